/**
 * Negation and modality inside a clause: whether a stretch of tokens holds a
 * negation (`did not say`, `declined to comment`, `has yet to claim`), whether
 * a negative word stands before a phrase (`no one`, `not a single`), whether a
 * condition opens the clause (`If the attack was …`). The word classes are
 * data in `src/lexicon/en/words.json`.
 *
 * @module
 */
import type { Token } from '../document/model.js';
import { CONDITIONALS, NEGATIVE_DETERMINERS, NEGATIVE_PARTICLES, REFUSAL_VERBS } from '../lexicon/en/index.js';

/**
 * Whether a word negates the verb after it: a negative particle (`not`, `n't`,
 * `never`) or a verb of refusal or failure (`declined`, `refused`, `failed`).
 *
 * @example
 * ```ts
 * negatesVerb('declined'); // true
 * negatesVerb('said'); // false
 * ```
 */
export function negatesVerb(lower: string): boolean {
  return NEGATIVE_PARTICLES.has(lower) || REFUSAL_VERBS.has(lower);
}

/**
 * Whether tokens `[from, to)` hold a negation of what follows them: a
 * negative particle, `without`, `yet to`, or a verb of refusal or failure
 * before `to` (`refused to say`). Bounds are clipped to the token array.
 *
 * @example
 * ```ts
 * const t = parse('The group has yet to claim the attack.').tokens;
 * negatedBetween(t, 0, 5); // true ("yet to")
 * ```
 */
export function negatedBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (NEGATIVE_PARTICLES.has(w) || w === 'without') return true;
    if ((w === 'yet' || REFUSAL_VERBS.has(w)) && toks[k + 1]?.lower === 'to') return true;
  }
  return false;
}

/**
 * Whether a negative word (a negative particle or determiner: `no`, `not`,
 * `none`, `never`, `without`) stands right before token `first`, past a
 * `single` or an `a` (`not a single soldier`, `no one`); `floor` is the first
 * token that may be read.
 *
 * @example
 * ```ts
 * const t = parse('Not a single soldier died.').tokens;
 * negatedBefore(t, 2, 0); // true (before "single", past "a")
 * ```
 */
export function negatedBefore(toks: readonly Token[], first: number, floor: number): boolean {
  let k = first - 1;
  if (k >= floor && (toks[k]!.lower === 'single' || toks[k]!.lower === 'a')) k--;
  if (k < floor || k >= toks.length) return false;
  const w = toks[k]!.lower;
  return NEGATIVE_DETERMINERS.has(w) || NEGATIVE_PARTICLES.has(w);
}

/**
 * Whether a conditional subordinator (`if`, `whether`, `unless`) opens the
 * clause holding token `i`: read back at most 24 tokens and never past a
 * comma, semicolon, colon or `floor` (the sentence's first token).
 *
 * @example
 * ```ts
 * const t = parse('If the attack was done by rebels, they will pay.').tokens;
 * conditionalBefore(t, 5, 0); // true
 * ```
 */
export function conditionalBefore(toks: readonly Token[], i: number, floor: number): boolean {
  for (let k = Math.min(i, toks.length) - 1; k >= floor && k > i - 25; k--) {
    const t = toks[k]!;
    if (t.value === ',' || t.value === ';' || t.value === ':') return false;
    if (CONDITIONALS.has(t.lower)) return true;
  }
  return false;
}
