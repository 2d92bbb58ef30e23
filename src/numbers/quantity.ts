/**
 * Reading a quantity phrase from tokens: an optional qualifier (`at least`,
 * `more than`, `nearly`, `about`…), then a number in digits or words, a vague
 * quantity (`dozens`, `tens of thousands`, `several`), or a range (`between 10
 * and 15`, `10-15`, `two or three`), an optional post-qualifier (`40 or
 * more`, `40-odd`), normalised to `{ min, max }` as ANNOTATION.md §2 says.
 */
import lexicon from '../lexicon/numbers.json';
import type { Token } from '../document/model.js';
import { decimalValue, digitValue, scaleOf } from './value.js';
import { WordNumber, fractionOfScale } from './words.js';
import { isGluedHyphen, isHyphen } from '../syntax/tokens.js';

/**
 * How a qualifier bounds the number after it: `min` (at least N → min N),
 * `above` (more than N → min N+1), `max` (nearly N → max N), `below` (fewer
 * than N → max N−1), `approx` (about N → min = max = N, approximate), `exact`.
 *
 * @example
 * ```ts
 * const q: QualifierKind = 'above'; // "more than 32" → min 33
 * ```
 */
export type QualifierKind = 'min' | 'above' | 'max' | 'below' | 'approx' | 'exact';

/**
 * A quantity read from tokens.
 *
 * @example
 * ```ts
 * const q: Quantity = readQuantity(parse('more than 260 000 people').tokens, 0)!;
 * // q.min === 260001, q.max === null, q.value === 260000, q.endToken === 4 (before "people")
 * ```
 */
export interface Quantity {
  /** First token of the phrase (the qualifier when there is one). */
  readonly firstToken: number;
  /** One past the last token of the phrase (a post-qualifier included, a glued "-word" not). */
  readonly endToken: number;
  /** First token of the number itself (after the qualifier). */
  readonly numberToken: number;
  /** Lower bound, or `null` when open. */
  readonly min: number | null;
  /** Upper bound, or `null` when open. */
  readonly max: number | null;
  /** The number as written (the lower end of a range; a vague word's conventional minimum). */
  readonly value: number;
  /** Hedged (`about 40`, `some 200`, `40 or so`, `a couple`). */
  readonly approximate: boolean;
  /** A vague quantity word (`dozens`, `several`). */
  readonly vague: boolean;
  /** The qualifier's effect (before or after the number), or `null`. */
  readonly qualifier: QualifierKind | null;
  /**
   * The number is glued by a hyphen to the word after it (`two-day`,
   * `1,000-strong`, `12-year-old`): a modifier, not a count of that word.
   */
  readonly hyphenated: boolean;
}

const QUALIFIERS = new Map<string, QualifierKind>(Object.entries(lexicon.qualifiers) as [string, QualifierKind][]);
const POST_QUALIFIERS = new Map<string, QualifierKind>(
  Object.entries(lexicon.postQualifiers) as [string, QualifierKind][],
);
const MAX_QUALIFIER_WORDS = 4;
const VAGUE: Readonly<Record<string, number>> = lexicon.vague;
const VAGUE_SCALES: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
};
/**
 * The words one of which every vague quantity holds ({@link readVague}: a word of the lexicon's
 * `vague` list, or the `few` of `a few`).
 */
const VAGUE_WORDS: ReadonlySet<string> = new Set(Object.keys(VAGUE).map((k) => k.split(' ').pop()!));
const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = { tens: 2, dozens: 2, hundreds: 2, several: 3, few: 2 };
/** Words that may be part of a number in words. */
const NUMBERISH = new Set([
  ...Object.keys(lexicon.units),
  ...Object.keys(lexicon.tens),
  'hundred',
  'thousand',
  'million',
  'billion',
  'a',
  'an',
  'and',
  'half',
  'dozen',
  'score',
  'couple',
  'pair',
]);
/** Words a quantity phrase may start with (numbers, vague words, qualifiers, "between"). */
const QUANTITY_STARTS = new Set([
  ...NUMBERISH,
  ...Object.keys(VAGUE).map((k) => k.split(' ')[0]!),
  ...[...QUALIFIERS.keys()].map((k) => k.split(' ')[0]!),
  'between',
  'quarter',
  'third',
]);
/** Longest run of tokens one number may take (guards against hostile input). */
const MAX_NUMBER_TOKENS = 16;

/** Whether a word holds a hyphen (`-`, `‐`, `‑`), as `/[-‐‑]/` tests, without a regular expression. */
function hasHyphen(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** A qualifier phrase: its words (lower case) and its effect. */
interface QualifierPhrase {
  readonly words: readonly string[];
  readonly kind: QualifierKind;
}

/** Qualifier phrases by first word, longest first: one lookup, then word comparisons (no keys built). */
const QUALIFIER_PHRASES: ReadonlyMap<string, readonly QualifierPhrase[]> = (() => {
  const byFirst = new Map<string, QualifierPhrase[]>();
  for (const [key, kind] of QUALIFIERS) {
    const words = key.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, kind });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/** Reads a qualifier phrase at `i`: its kind and the index after it (the longest phrase that fits before `limit`). */
function readQualifier(toks: readonly Token[], i: number, limit: number): [QualifierKind, number] | null {
  const cands = QUALIFIER_PHRASES.get(toks[i]!.lower);
  if (cands === undefined) return null;
  const room = Math.min(limit - i, MAX_QUALIFIER_WORDS);
  next: for (const c of cands) {
    if (c.words.length > room) continue;
    for (let k = 1; k < c.words.length; k++) if (toks[i + k]!.lower !== c.words[k]) continue next;
    return [c.kind, i + c.words.length];
  }
  return null;
}

/** A bare number (no qualifier): value, range end, vague flag, scale used, and end index. */
interface Bare {
  value: number;
  max: number | null;
  vague: boolean;
  /** The scale word multiplying a digit number (`2 million` → 1e6), else 1. */
  scale: number;
  approximate: boolean;
  end: number;
  /** A range whose upper end is open ("from 500 to well over 1000"): `max` stays `null`. */
  open: boolean;
}

/**
 * A {@link Bare}, every field set in one order: every bare number has one object shape, so the
 * readers that take one (range ends, bounds) stay monomorphic.
 */
function makeBare(
  value: number,
  max: number | null,
  vague: boolean,
  scale: number,
  approximate: boolean,
  end: number,
  open: boolean,
): Bare {
  return { value, max, vague, scale, approximate, end, open };
}

/**
 * Reads number words from `i` ("forty-eight", "one hundred and twelve", "a
 * dozen", "half a dozen", "one and a half"): the longest prefix that forms a
 * number.
 */
function readWords(toks: readonly Token[], i: number, limit: number): Bare | null {
  // The words, each with the token index after it; a token "twenty-five" is split.
  const words: { w: string; end: number }[] = [];
  for (let j = i; j < limit && words.length < MAX_NUMBER_TOKENS; j++) {
    const t = toks[j]!;
    if (j > i && isHyphen(t)) {
      if (isGluedHyphen(toks, j) && words.length > 0) continue;
      break;
    }
    if (t.shape !== 'word' || !(NUMBERISH.has(t.lower) || (t.lower.length > 3 && hasHyphen(t.lower)))) break;
    if (t.lower.length > 3 && hasHyphen(t.lower)) {
      for (const part of t.lower.split(/[-‐‑]/)) words.push({ w: part, end: j + 1 });
      continue;
    }
    words.push({ w: t.lower, end: j + 1 });
  }
  const n = new WordNumber();
  let best: Bare | null = null;
  for (let k = 0; k < words.length; k++) {
    const { w } = words[k]!;
    if (w === 'and' && n.acceptsAnd(words[k + 1]?.w, words[k + 2]?.w)) continue;
    // A split token counts only when all its parts are read.
    if (!n.push(w)) break;
    const v = n.value();
    if (v !== null && (k + 1 >= words.length || words[k + 1]!.end !== words[k]!.end)) {
      const approximate = w === 'couple';
      best = makeBare(v, null, false, scaleOf(w) ?? 1, approximate, words[k]!.end, false);
    }
  }
  return best;
}

/** A vague quantity's bare number ending before token `end`. */
function vagueBare(value: number, end: number): Bare {
  return makeBare(value, null, true, 1, false, end, false);
}

/** Reads a vague quantity: "dozens", "tens of thousands", "several hundred", "a few". */
function readVague(toks: readonly Token[], i: number, limit: number): Bare | null {
  const w = toks[i]?.lower;
  if (w === undefined || i >= limit) return null;
  let j: number;
  let base: number;
  let word: string;
  if (w === 'a' && i + 1 < limit && toks[i + 1]!.lower === 'few') {
    word = 'few';
    base = VAGUE['a few']!;
    j = i + 2;
  } else if (Object.hasOwn(VAGUE, w)) {
    word = w;
    base = VAGUE[w]!;
    j = i + 1;
  } else return null;
  // "tens of thousands", "hundreds of thousands", "dozens of millions"
  if (Object.hasOwn(VAGUE_SCALES, word) && j + 1 < limit && toks[j]!.lower === 'of') {
    const next = toks[j + 1]!.lower;
    if (Object.hasOwn(VAGUE_SCALES, next) && VAGUE_SCALES[next]! > VAGUE_SCALES[word]!) {
      return vagueBare((VAGUE_MULTIPLIERS[word] ?? 1) * VAGUE_SCALES[word]! * VAGUE_SCALES[next]!, j + 2);
    }
  }
  // "several hundred", "a few thousand", "a few dozen"
  if ((word === 'several' || word === 'few') && j < limit) {
    const next = toks[j]!.lower;
    const scale = scaleOf(next) ?? (next === 'dozen' ? 12 : null);
    if (scale !== null) return vagueBare((VAGUE_MULTIPLIERS[word] ?? 1) * scale, j + 1);
  }
  return vagueBare(base, j);
}

const DIGIT_GROUP = '(\\d{1,3}(?:,\\d{3})+|\\d{1,7})';
const DIGIT_RANGE = new RegExp(`^${DIGIT_GROUP}[-–]${DIGIT_GROUP}$`);

/** Whether `s` is `min`–`max` ASCII digits (`/^\d{min,max}$/` without a regular expression). */
function digitsOnly(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether `s` holds a range dash (`-`, `–`): only then can it be a range such as `10-15`. */
function hasRangeDash(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x2d || c === 0x2013) return true;
  }
  return false;
}

/**
 * Reads a number in digits at `i`, with space-separated thousands groups
 * ("260 000") and scale words ("1.2 million", "3 hundred thousand", "2 dozen").
 */
function readDigits(toks: readonly Token[], i: number, limit: number): Bare | null {
  const t = toks[i];
  if (t === undefined || i >= limit || (t.shape !== 'number' && t.shape !== 'other')) return null;
  const range = hasRangeDash(t.value) ? DIGIT_RANGE.exec(t.value) : null;
  if (range !== null) {
    const a = Number(range[1]!.replace(/,/g, ''));
    const b = Number(range[2]!.replace(/,/g, ''));
    return b > a ? makeBare(a, b, false, 1, false, i + 1, false) : null;
  }
  let value = digitValue(t.value);
  if (value === null) return null;
  let end = i + 1;
  // "260 000": a 1–3 digit group followed by 3-digit groups after single spaces on the same line.
  if (digitsOnly(t.value, 1, 3)) {
    let text = t.value;
    while (end < limit && end - i < 6) {
      const g = toks[end]!;
      if (!digitsOnly(g.value, 3, 3) || !g.spaceBefore || g.lineBefore || g.start - toks[end - 1]!.end !== 1) break;
      text += g.value;
      end++;
    }
    value = Number(text);
  }
  // Scale words: "dozen"; or an optional "hundred" then an optional larger scale.
  let scale = 1;
  if (end < limit && toks[end]!.lower === 'dozen') {
    scale = 12;
    end++;
  } else {
    if (end < limit && toks[end]!.lower === 'hundred') {
      scale = 100;
      end++;
    }
    const big = end < limit ? scaleOf(toks[end]!.lower) : null;
    if (big !== null && big > 100) {
      scale *= big;
      end++;
    }
  }
  if (scale !== 1 && end === i + 2) {
    // Before a scale word a dot is a decimal point ("1.250 million").
    value = decimalValue(t.value) ?? value;
  }
  const v = value * scale;
  const r = Math.round(v);
  return makeBare(Math.abs(v - r) < 1e-6 * Math.max(1, v) ? r : v, null, false, scale, false, end, false);
}

/** "a quarter of a million", "three quarters of a million". */
function readFraction(toks: readonly Token[], i: number, limit: number): Bare | null {
  const second = toks[i + 1]?.lower;
  if (
    i + 1 >= limit ||
    (second !== 'quarter' && second !== 'quarters' && second !== 'third' && second !== 'thirds' && second !== 'half')
  ) {
    return null;
  }
  const words: string[] = [];
  for (let j = i; j < limit && words.length < 6; j++) words.push(toks[j]!.lower);
  const f = fractionOfScale(words);
  return f === null ? null : makeBare(f.value, null, false, 1, false, i + f.used, false);
}

function readNumber(toks: readonly Token[], i: number, limit: number): Bare | null {
  return readDigits(toks, i, limit) ?? readFraction(toks, i, limit) ?? readWords(toks, i, limit);
}

function readBare(toks: readonly Token[], i: number, limit: number): Bare | null {
  return readNumber(toks, i, limit) ?? readVague(toks, i, limit);
}

/** "A to B", "A or B", "A-B" after a first number; "two to three million" scales both ends. */
function readRangeEnd(toks: readonly Token[], first: Bare, limit: number): Bare {
  if (first.vague || first.max !== null || first.end >= limit) return first;
  const link = toks[first.end]!;
  const w = link.lower;
  // "from 500 to well over 1000", "between 20 and nearly 30"'s kin: a qualifier on the upper end
  // leaves it open ("well over 1000") or bounds it ("nearly 1000").
  if (w === 'to' && first.end + 2 < limit) {
    const q = readQualifier(toks, first.end + 1, limit);
    if (q !== null) {
      const [kind, at] = q;
      const second = at < limit ? readNumber(toks, at, limit) : null;
      if (second !== null && second.max === null && second.value > first.value && kind !== 'exact') {
        const open = kind === 'above' || kind === 'min';
        return makeBare(
          first.value,
          open ? null : second.value,
          false,
          second.scale,
          kind === 'approx',
          second.end,
          open,
        );
      }
    }
  }
  if (w === 'to' || w === 'or' || (isHyphen(link) && !link.spaceBefore) || spacedDigitDash(toks, first, limit)) {
    const second = readNumber(toks, first.end + 1, limit);
    if (second !== null && second.max === null) {
      let low = first.value;
      if (first.scale === 1 && second.scale > 1 && low < second.scale && second.value % second.scale === 0) {
        low *= second.scale;
      }
      if (second.value > low) {
        return makeBare(low, second.value, false, second.scale, false, second.end, false);
      }
    }
  }
  return first;
}

/**
 * Dashes that make a range of two numbers in digits with spaces around them ("30 -- 40 days"):
 * numbers.json `spacedRangeDashes`, read by the count ranges here and the duration ranges of
 * src/temporal.
 *
 * @example
 * ```ts
 * SPACED_RANGE_DASHES.has('--'); // true
 * ```
 */
export const SPACED_RANGE_DASHES: ReadonlySet<string> = new Set(lexicon.spacedRangeDashes);

/** Whether a spaced dash after `first` joins it to a second number, both in digits ("30 -- 40", "20 - 30"). */
function spacedDigitDash(toks: readonly Token[], first: Bare, limit: number): boolean {
  const link = toks[first.end]!;
  if (!link.spaceBefore || !SPACED_RANGE_DASHES.has(link.value) || first.end + 1 >= limit) return false;
  return toks[first.end - 1]!.shape === 'number' && toks[first.end + 1]!.shape === 'number';
}

/** A qualifier written after the number: "or more", "or so", "-plus", "-odd", a glued "+". */
function readPostQualifier(toks: readonly Token[], j: number, limit: number): [QualifierKind, number] | null {
  if (j >= limit) return null;
  const t = toks[j]!;
  if (t.value === '+' && !t.spaceBefore) return ['min', j + 1]; // "20+"
  if (t.lower === 'or' && j + 1 < limit) {
    const kind = POST_QUALIFIERS.get(`or ${toks[j + 1]!.lower}`);
    return kind === undefined ? null : [kind, j + 2];
  }
  if (isGluedHyphen(toks, j) && j + 1 < limit) {
    const kind = POST_QUALIFIERS.get(toks[j + 1]!.lower);
    return kind === undefined ? null : [kind, j + 2];
  }
  const kind = POST_QUALIFIERS.get(t.lower);
  return kind === undefined || kind !== 'min' ? null : [kind, j + 1];
}

/**
 * Whether a quantity read inside tokens `[first, end)` can be vague (`dozens`, `several`, `a
 * few`): one of them is a vague word. `false` answers without reading any number; `true`
 * means "read it".
 *
 * @example
 * ```ts
 * mayBeVague(parse('dozens of people').tokens, 0, 3); // true
 * mayBeVague(parse('31 people').tokens, 0, 2); // false
 * ```
 */
export function mayBeVague(toks: readonly Token[], first: number, end: number): boolean {
  for (let k = Math.max(0, first); k < end && k < toks.length; k++) if (VAGUE_WORDS.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * Reads the quantity phrase that starts at token `i`, or returns `null` when
 * no number starts there. Ordinals (`fifth`, `5th`) and years are not read
 * specially: ordinals are not quantities, and a caller that cares about years
 * looks at its context.
 *
 * @param toks - the document's tokens
 * @param i - where the phrase may start (its qualifier, if any)
 * @param limit - one past the last token the phrase may use (e.g. the sentence end); all tokens by default
 *
 * @example
 * ```ts
 * const doc = parse('AT LEAST six people died');
 * readQuantity(doc.tokens, 0); // { min: 6, max: null, value: 6, qualifier: 'min', firstToken: 0, endToken: 3, … }
 * readQuantity(parse('a two-day visit').tokens, 1); // { min: 2, max: 2, hyphenated: true, … }
 * ```
 */
export function readQuantity(toks: readonly Token[], i: number, limit: number = toks.length): Quantity | null {
  const end = Math.min(limit, toks.length);
  if (i < 0 || i >= end) return null;
  const t = toks[i]!;
  // Most tokens start no quantity: a digit test, then one lookup, then a hyphen scan ("twenty-five").
  const c0 = t.value.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) && !QUANTITY_STARTS.has(t.lower) && !(t.lower.length > 3 && hasHyphen(t.lower)))
    return null;
  let qualifier: QualifierKind | null = null;
  let j = i;
  const q = readQualifier(toks, i, end);
  if (q !== null) [qualifier, j] = q;
  if (j < end && toks[j]!.lower === 'between') return readBetween(toks, i, j, end, qualifier);
  // A qualifier word with no number after it ("over", "some") is not a quantity.
  const first = readBare(toks, j, end);
  if (first === null) return null;
  const bare = readRangeEnd(toks, first, end);
  let phraseEnd = bare.end;
  if (qualifier === null && bare.max === null && !bare.open) {
    const post = readPostQualifier(toks, bare.end, end);
    if (post !== null) [qualifier, phraseEnd] = post;
  }
  const { min, max, approximate } = qualifiedBounds(bare, qualifier);
  return {
    firstToken: i,
    endToken: phraseEnd,
    numberToken: j,
    min,
    max,
    value: bare.value,
    approximate,
    vague: bare.vague,
    qualifier,
    hyphenated: phraseEnd === bare.end && isGluedHyphen(toks, bare.end) && toks[bare.end + 1]!.shape === 'word',
  };
}

/** "between A and B" at `j` (after a qualifier that starts at `i`), or `null`. */
function readBetween(
  toks: readonly Token[],
  i: number,
  j: number,
  end: number,
  qualifier: QualifierKind | null,
): Quantity | null {
  const a = readNumber(toks, j + 1, end);
  if (a === null || a.end >= end || toks[a.end]!.lower !== 'and') return null;
  // "between 500 and well over 1000": an open upper end; "between 20 and nearly 30": a bounded one.
  const upper = a.end + 1 < end ? readQualifier(toks, a.end + 1, end) : null;
  const openEnd = upper !== null && (upper[0] === 'above' || upper[0] === 'min');
  const b = readNumber(toks, upper === null || upper[0] === 'exact' ? a.end + 1 : upper[1], end);
  if (b === null) return null;
  let low = a.value;
  if (a.scale === 1 && b.scale > 1 && low < b.scale && b.value % b.scale === 0) low *= b.scale;
  if (b.value <= low) return null;
  return {
    firstToken: i,
    endToken: b.end,
    numberToken: j + 1,
    min: low,
    max: openEnd ? null : b.value,
    value: low,
    approximate: qualifier === 'approx' || upper?.[0] === 'approx',
    vague: false,
    qualifier,
    hyphenated: isGluedHyphen(toks, b.end),
  };
}

/** The bounds a qualifier puts on a bare number: "at least 5" has no upper bound, "more than 5" starts at 6, "about 5" is approximate. */
function qualifiedBounds(
  bare: Bare,
  qualifier: QualifierKind | null,
): { min: number | null; max: number | null; approximate: boolean } {
  let min: number | null = bare.value;
  let max: number | null = bare.open ? null : (bare.max ?? (bare.vague ? null : bare.value));
  let approximate = bare.approximate;
  switch (qualifier) {
    case 'min':
      max = bare.max;
      break;
    case 'above':
      min = Number.isInteger(bare.value) ? bare.value + 1 : bare.value;
      max = null;
      break;
    case 'max':
      min = null;
      max = bare.max ?? bare.value;
      break;
    case 'below':
      min = null;
      max = Number.isInteger(bare.value) ? (bare.max ?? bare.value) - 1 : (bare.max ?? bare.value);
      break;
    case 'approx':
      approximate = true;
      break;
    default:
      break;
  }
  return { min, max, approximate };
}
