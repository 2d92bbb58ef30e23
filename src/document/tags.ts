/**
 * Part-of-speech tags as small codes, one byte per token (`doc.tags`), so that
 * a pass over every token that asks only its tag ("is it a noun?") reads a
 * typed array instead of each token object and its string: over a whole
 * document, reading ~350 token objects costs more than the test itself.
 *
 * `parse` fills `doc.tags[i]` with {@link tagCode} of `doc.tokens[i].pos`; a
 * layer tests `doc.tags[i] === TAG.NOUN` and reads the token only on a hit.
 *
 * @module
 */
import type { PosTag } from './model.js';

/** Every tag wink-nlp's English model gives, in code order (code = index + 1; 0 is no tag). */
const TAGS: readonly PosTag[] = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];

/**
 * The code of each tag (`TAG.NOUN`), as stored in `doc.tags`.
 *
 * @example
 * ```ts
 * const doc = parse('Activists said.');
 * doc.tags[0] === TAG.NOUN; // true
 * ```
 */
export const TAG: Readonly<Record<PosTag, number>> = Object.freeze(
  Object.fromEntries(TAGS.map((t, i) => [t, i + 1])) as Record<PosTag, number>,
);

const CODES = new Map<string, number>(TAGS.map((t, i) => [t, i + 1]));

/**
 * The code of a tag (`0` for a string that is no tag).
 *
 * @example
 * ```ts
 * tagCode('NOUN') === TAG.NOUN; // true
 * tagCode('noun'); // 0
 * ```
 */
export function tagCode(pos: string): number {
  return CODES.get(pos) ?? 0;
}
