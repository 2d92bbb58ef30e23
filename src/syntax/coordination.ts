/**
 * Coordination of noun phrases: where the conjunction that joins a noun
 * phrase to the one before it stands (`The government and its ally deny …`).
 *
 * @module
 */
import type { Token } from '../document/model.js';

/**
 * Whether the word is a coordinating conjunction that joins noun phrases (`and`, `or`).
 *
 * @example
 * ```ts
 * isCoordinator('or'); // true
 * ```
 */
export function isCoordinator(lower: string): boolean {
  return lower === 'and' || lower === 'or';
}

/**
 * For a noun phrase that ends at token `k`, the `and`/`or` that joins it to a
 * conjunct before it, reading back at most five tokens over noun-phrase words
 * (nouns, adjectives, determiners, pronouns, names, `-ed` participles) and
 * never to `floor` itself; -1 when there is none.
 *
 * @example
 * ```ts
 * const t = parse('The government and its Russian ally deny it.').tokens;
 * conjunctionBefore(t, 5, 0); // 2 ("and")
 * ```
 */
export function conjunctionBefore(toks: readonly Token[], k: number, floor: number): number {
  for (let j = Math.min(k, toks.length) - 1; j > floor && j >= k - 5; j--) {
    const t = toks[j]!;
    if (isCoordinator(t.lower)) return j;
    const pos = t.pos;
    if (
      pos !== 'NOUN' &&
      pos !== 'ADJ' &&
      pos !== 'DET' &&
      pos !== 'PRON' &&
      pos !== 'PROPN' &&
      !(pos === 'VERB' && t.lower.endsWith('ed'))
    )
      return -1;
  }
  return -1;
}
