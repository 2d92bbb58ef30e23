/**
 * Tests on one token (or a token and its neighbour) that every walker in
 * `src/syntax` and every extractor reads: quotation marks, hyphens that glue a
 * compound, the possessive ending. Each is bounds-checked: an index past
 * either end of the token array answers `false`.
 *
 * @module
 */
import type { Token } from '../document/model.js';
import { HYPHENS } from '../lexicon/en/index.js';

/**
 * Whether a token is a quotation mark (`"`, `'`, `` ` ``, `«`, `»`, `“`, `”`, `‘`, `’`).
 *
 * @example
 * ```ts
 * isMark(parse('“Yes”').tokens[0]); // true
 * ```
 */
export function isMark(t: Token | undefined): boolean {
  if (t === undefined || t.value.length !== 1) return false;
  const c = t.value.charCodeAt(0);
  // " “ ” ‘ ’ ' ` « » (a character switch: this runs on many tokens per cue)
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x60 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019
  );
}

/**
 * Whether a token is a hyphen (the `hyphens` class of `src/lexicon/en/words.json`).
 *
 * @example
 * ```ts
 * isHyphen(parse('pro-Assad').tokens[1]); // true
 * ```
 */
export const isHyphen = (t: Token | undefined): boolean => t !== undefined && HYPHENS.has(t.value);

/**
 * Whether token `k` is a hyphen glued to the tokens on both sides (`forty-eight`, `two-day`).
 *
 * @example
 * ```ts
 * isGluedHyphen(parse('a two-day truce').tokens, 2); // true
 * isGluedHyphen(parse('a truce - for now').tokens, 2); // false
 * ```
 */
export const isGluedHyphen = (toks: readonly Token[], k: number): boolean =>
  isHyphen(toks[k]) && !toks[k]!.spaceBefore && toks[k + 1] !== undefined && !toks[k + 1]!.spaceBefore;

/**
 * Whether the token is an ASCII hyphen or the hyphen `‐` written without a space before it (the joint of `al-Qaida`).
 *
 * @example
 * ```ts
 * isJoiner(parse('al-Qaida').tokens[1]); // true
 * ```
 */
export const isJoiner = (t: Token | undefined): boolean =>
  t !== undefined && (t.value === '-' || t.value === '‐') && !t.spaceBefore;

/**
 * Whether the token is a possessive ending written against its word (`'s`, `’s`, or a bare `'`/`’`).
 *
 * @example
 * ```ts
 * isPossessiveEnding(parse('the group’s leader').tokens[2]); // true
 * ```
 */
export const isPossessiveEnding = (t: Token | undefined): boolean =>
  t !== undefined && !t.spaceBefore && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');

/**
 * Whether a word is ASCII capitals only (`/^[A-Z]+$/`, without a regular expression).
 *
 * @example
 * ```ts
 * isCapitals('NATO'); // true
 * isCapitals('Nato'); // false
 * ```
 */
export function isCapitals(v: string): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return v.length > 0;
}

/**
 * `s === s.toUpperCase()`, without building the upper-case copy for ASCII text (the common case).
 *
 * @example
 * ```ts
 * isUpperCase('AL-QAIDA 2'); // true
 * isUpperCase('Al-Qaida'); // false
 * ```
 */
export function isUpperCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
