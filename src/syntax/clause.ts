/**
 * Clause structure inside one sentence: the comma that opens an apposition,
 * a relative clause or an aside that a later comma closes, and the end of a
 * short object after a verb.
 *
 * @module
 */
import type { Token } from '../document/model.js';
import { APPOSITION_OPENERS, ASIDE_OPENERS, DOUBLE_QUOTATION_MARKS, RELATIVE_PRONOUNS } from '../lexicon/en/index.js';

/**
 * For a comma at `k` that closes an apposition, a relative clause or an aside
 * (`X, which …, claimed`, `X, the group's leader, said`, `X, in a statement
 * carried by Y, said`), the comma that opens it; -1 when the comma before `k`
 * opens none of these, or a semicolon or colon (or `floor`, or 44 tokens) comes
 * first. `opensWithName(j)` tells whether a name starts at token `j` (`, Jamaat-ul-Ahrar,`).
 *
 * @example
 * ```ts
 * const t = parse('The group, which rejects the talks, said no.').tokens;
 * asideOpenBefore(t, 7, 0, () => false); // 2
 * ```
 */
export function asideOpenBefore(
  toks: readonly Token[],
  k: number,
  floor: number,
  opensWithName: (j: number) => boolean,
): number {
  for (let j = Math.min(k, toks.length) - 1; j >= floor && j > k - 45; j--) {
    const v = toks[j]!.value;
    if (v === ';' || v === ':') return -1;
    if (v !== ',') continue;
    // a quoted name closes after its comma ('for "the Avengers," a group …'): the aside opens after the mark
    let n = j + 1;
    const mark = toks[n];
    if (mark !== undefined && DOUBLE_QUOTATION_MARKS.has(mark.value) && !mark.spaceBefore && toks[n + 1]?.spaceBefore)
      n++;
    const next = toks[n];
    if (next === undefined) return -1;
    const opens =
      RELATIVE_PRONOUNS.has(next.lower) ||
      APPOSITION_OPENERS.has(next.lower) ||
      next.pos === 'DET' ||
      ASIDE_OPENERS.has(next.lower) ||
      participleAside(toks, j, next) ||
      opensWithName(n);
    return opens ? j : -1;
  }
  return -1;
}

/**
 * A participle phrase set off by commas after a noun or a name (`the KTL, named after a local
 * hero, claimed…`, `the group, based in the north, denied…`): a verb form in -ed or -ing right
 * after the comma at `j`, a noun or name right before it.
 */
function participleAside(toks: readonly Token[], j: number, next: Token): boolean {
  if (next.pos !== 'VERB' || next.lower.length < 5) return false;
  if (!next.lower.endsWith('ed') && !next.lower.endsWith('ing')) return false;
  const host = toks[j - 1];
  return host !== undefined && (host.pos === 'NOUN' || host.pos === 'PROPN');
}

/**
 * The end of a short object after a verb, from token `k`: at most `limit`
 * words and never past `end` (the sentence's end), stopping at a comma, a
 * full stop, a colon or semicolon (`seizes air base: monitor`), a verb, a preposition or a
 * conjunction; `k` when there is none.
 *
 * @example
 * ```ts
 * const t = parse('Rebels shelled the old market in Homs.').tokens;
 * objectEnd(t, 2, 6, t.length); // 5 ("the old market")
 * ```
 */
export function objectEnd(toks: readonly Token[], k: number, limit: number, end: number): number {
  let last = k;
  for (let m = k; m < Math.min(end, k + limit, toks.length); m++) {
    const t = toks[m]!;
    if (t.value === ',' || t.value === '.' || t.value === ':' || t.value === ';') break;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'CCONJ') break;
    last = m + 1;
  }
  return last;
}
