/**
 * Tests on one token (or a token and its neighbour) that every walker in
 * `src/syntax` and every extractor reads: quotation marks, hyphens that glue a
 * compound, the possessive ending. Each is bounds-checked: an index past
 * either end of the token array answers `false`.
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import { HYPHENS, POSSESSIVE_DETERMINERS } from '../lexicon/en/index.js';

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
 * Whether a word starts with an ASCII capital (`/^[A-Z]/` without a regex).
 *
 * @example
 * ```ts
 * startsAsciiUpper('News'); // true
 * startsAsciiUpper('news'); // false
 * ```
 */
export function startsAsciiUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  return c >= 65 && c <= 90;
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

/**
 * Whether a lower-case word has a participle ending: -ed, -ing or -en ("freed", "fleeing", "taken").
 * By its ending only, whatever its tag.
 */
export function hasParticipleEnding(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('ing') || lower.endsWith('en');
}

/**
 * Whether the verb-tagged token at `k` is a participle used as a pre-nominal modifier: an -ed/-en
 * form before a noun, right after a number or adjective, or after a determiner or possessive with
 * at most three adjectives or adverbs between (`the first reported death`, `its reported toll`, `two
 * written statements`, `the most widely reported attack`) — after a determiner, before a name too
 * (`the recently announced iPhone`, `another unaligned Iowa strategist`). Such a word is no clause's
 * verb and no cue.
 *
 * @example
 * ```ts
 * isPrenominalParticiple(parse('the first reported death').tokens, 2); // true
 * isPrenominalParticiple(parse('the army reported deaths').tokens, 2); // false
 * ```
 */
export function isPrenominalParticiple(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.pos !== 'VERB' || !(t.lower.endsWith('ed') || t.lower.endsWith('en'))) return false;
  const head = toks[k + 1]?.pos;
  if ((head !== 'NOUN' && head !== 'PROPN') || k === 0) return false;
  const prev = toks[k - 1]!;
  if (prev.pos === 'NUM' || prev.pos === 'ADJ') return head === 'NOUN';
  // Back over adjectives and adverbs to the determiner ("No one immediately claimed responsibility":
  // a number before an adverb is a subject, so only a determiner or possessive ends the walk).
  // (Before a name, -ly adverbs only: "the dead included SARC's chief" is a clause.)
  let j = k - 1;
  while (j >= 0 && j > k - 4 && modifierBefore(toks[j]!, head === 'NOUN')) j--;
  const d = toks[j];
  return d !== undefined && (d.pos === 'DET' || POSSESSIVE_DETERMINERS.has(d.lower));
}

/** A modifier a pre-nominal participle may follow: an adverb or adjective, or before a name an -ly adverb. */
function modifierBefore(t: Token, beforeNoun: boolean): boolean {
  if (beforeNoun) return t.pos === 'ADV' || t.pos === 'ADJ';
  return t.pos === 'ADV' && t.lower.endsWith('ly');
}

/**
 * Whether a token's text is a four-digit year of the last two centuries (`1989`, `2015`): such a
 * number dates something and never counts people.
 *
 * @example
 * ```ts
 * isYearWord('2015'); // true
 * isYearWord('2500'); // false
 * ```
 */
export function isYearWord(value: string): boolean {
  return value.length === 4 && /^(?:1[89]|20)\d\d$/.test(value);
}

/**
 * Whether sentence `sentence` is a title-case line ("Syrian Forces Deny Killing Civilians In
 * Town"): at least four words of four letters or more after the first, none of them starting in
 * lower case. Running prose always has lower-case content words.
 *
 * @example
 * ```ts
 * titleCaseSentence(parse('Monitor Says Rebels Killed Twelve Soldiers Near Idlib'), 0); // true
 * titleCaseSentence(parse('The monitor said rebels killed twelve soldiers.'), 0); // false
 * ```
 */
export function titleCaseSentence(doc: Document, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let words = 0;
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    const t = doc.tokens[k]!;
    if (t.shape !== 'word' || t.value.length < 4) continue;
    const c = t.value.charCodeAt(0);
    if (c < 65 || c > 90) return false;
    words++;
  }
  return words >= 4;
}
