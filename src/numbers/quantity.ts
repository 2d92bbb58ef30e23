/**
 * Reading a quantity phrase from tokens: an optional qualifier (`at least`,
 * `more than`, `nearly`, `about`…), then a number in digits or words, a vague
 * quantity (`dozens`, `tens of thousands`, `several`), or a range (`between 10
 * and 15`, `10-15`, `two or three`), normalised to `{ min, max }` as
 * ANNOTATION.md §2 says.
 */
import lexicon from '../lexicon/numbers.json';
import type { Token } from '../document/model.js';
import { digitValue, groupOf, isNumberWord, scaleOf, wordsValue } from './value.js';

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

/** A quantity read from tokens. */
export interface Quantity {
  /** First token of the phrase (the qualifier when there is one). */
  readonly firstToken: number;
  /** One past the last token of the phrase. */
  readonly endToken: number;
  /** First token of the number itself (after the qualifier). */
  readonly numberToken: number;
  /** Lower bound, or `null` when open. */
  readonly min: number | null;
  /** Upper bound, or `null` when open. */
  readonly max: number | null;
  /** The number as written (the lower end of a range; a vague word's conventional minimum). */
  readonly value: number;
  /** Hedged (`about 40`, `some 200`). */
  readonly approximate: boolean;
  /** A vague quantity word (`dozens`, `several`). */
  readonly vague: boolean;
  /** The qualifier's effect, or `null`. */
  readonly qualifier: QualifierKind | null;
}

const QUALIFIERS = new Map<string, QualifierKind>(Object.entries(lexicon.qualifiers) as [string, QualifierKind][]);
const MAX_QUALIFIER_WORDS = 3;
const VAGUE: Readonly<Record<string, number>> = lexicon.vague;
const VAGUE_SCALES: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
};
const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = { tens: 2, dozens: 2, hundreds: 2, several: 3, few: 2 };

const isHyphen = (t: Token | undefined): boolean =>
  t !== undefined && (t.value === '-' || t.value === '‐' || t.value === '–');

/** Reads a qualifier phrase at `i`: its kind and the index after it. */
function readQualifier(toks: readonly Token[], i: number): [QualifierKind, number] | null {
  let key = '';
  let best: [QualifierKind, number] | null = null;
  for (let j = i; j < toks.length && j < i + MAX_QUALIFIER_WORDS; j++) {
    key = j === i ? toks[j]!.lower : `${key} ${toks[j]!.lower}`;
    const kind = QUALIFIERS.get(key);
    if (kind !== undefined) best = [kind, j + 1];
  }
  return best;
}

/** A bare number (no qualifier): value, vague flag, and end index; ranges give `max`. */
interface Bare {
  value: number;
  max: number | null;
  vague: boolean;
  end: number;
}

/** Reads number words from `i`: "forty-eight", "one hundred and twelve", "a dozen", "two dozen". */
function readWords(toks: readonly Token[], i: number): Bare | null {
  const words: string[] = [];
  let j = i;
  let end = i;
  const first = toks[i]?.lower;
  if (first === 'a' || first === 'an') {
    const next = toks[i + 1]?.lower;
    if (next === undefined || (scaleOf(next) === null && next !== 'dozen' && next !== 'score')) return null;
    words.push('a');
    j = i + 1;
  }
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    const w = t.lower;
    if (
      isNumberWord(w) ||
      ((w === 'dozen' || w === 'score') && words.length > 0) ||
      (w === 'dozen' && words.length === 0)
    ) {
      words.push(w);
      end = j + 1;
      continue;
    }
    // Hyphen glued between two number words ("forty-eight"); "and" between number words.
    if ((isHyphen(t) && !t.spaceBefore) || w === 'and') {
      const next = toks[j + 1];
      if (words.length > 0 && next !== undefined && isNumberWord(next.lower)) continue;
    }
    break;
  }
  if (words.length === 0 || (words.length === 1 && words[0] === 'dozen')) return null;
  const value = wordsValue(words);
  return value === null ? null : { value, max: null, vague: false, end };
}

/** Reads a vague quantity: "dozens", "tens of thousands", "several hundred", "a few". */
function readVague(toks: readonly Token[], i: number): Bare | null {
  const w = toks[i]?.lower;
  if (w === undefined) return null;
  let j = i;
  let base: number;
  let word: string;
  if (w === 'a' && toks[i + 1]?.lower === 'few') {
    word = 'few';
    base = VAGUE['a few']!;
    j = i + 2;
  } else if (Object.hasOwn(VAGUE, w)) {
    word = w;
    base = VAGUE[w]!;
    j = i + 1;
  } else return null;
  // "tens of thousands", "hundreds of thousands", "dozens of hundreds"
  if (Object.hasOwn(VAGUE_SCALES, word) && toks[j]?.lower === 'of') {
    const next = toks[j + 1]?.lower;
    if (next !== undefined && Object.hasOwn(VAGUE_SCALES, next) && VAGUE_SCALES[next]! > VAGUE_SCALES[word]!) {
      return {
        value: (VAGUE_MULTIPLIERS[word] ?? 1) * VAGUE_SCALES[word]! * VAGUE_SCALES[next]!,
        max: null,
        vague: true,
        end: j + 2,
      };
    }
  }
  // "several hundred", "a few thousand", "a few dozen"
  if (word === 'several' || word === 'few') {
    const next = toks[j]?.lower;
    const scale = next === undefined ? null : (scaleOf(next) ?? (next === 'dozen' ? 12 : null));
    if (scale !== null) return { value: (VAGUE_MULTIPLIERS[word] ?? 1) * scale, max: null, vague: true, end: j + 1 };
  }
  return { value: base, max: null, vague: true, end: j };
}

/** Reads a number in digits at `i`, with glued thousands groups ("260 000") and a scale word. */
function readDigits(toks: readonly Token[], i: number): Bare | null {
  const t = toks[i];
  if (t === undefined || (t.shape !== 'number' && t.shape !== 'other')) return null;
  const range = /^(\d{1,7})[-–](\d{1,7})$/.exec(t.value);
  if (range !== null) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    return b > a ? { value: a, max: b, vague: false, end: i + 1 } : null;
  }
  let value = digitValue(t.value);
  if (value === null) return null;
  let end = i + 1;
  // "260 000": a 1–3 digit group followed by 3-digit groups after single spaces.
  if (/^\d{1,3}$/.test(t.value)) {
    let text = t.value;
    while (end < toks.length && /^\d{3}$/.test(toks[end]!.value) && toks[end]!.spaceBefore && !toks[end]!.lineBefore) {
      text += toks[end]!.value;
      end++;
    }
    value = Number(text);
  }
  const scale = toks[end] === undefined ? null : scaleOf(toks[end]!.lower);
  if (scale !== null) {
    value = Math.round(value * scale);
    end++;
  }
  return { value, max: null, vague: false, end };
}

function readBare(toks: readonly Token[], i: number): Bare | null {
  return readDigits(toks, i) ?? readWords(toks, i) ?? readVague(toks, i);
}

/** "A to B", "A or B", "A-B" after a first number. */
function readRangeEnd(toks: readonly Token[], first: Bare): Bare {
  const link = toks[first.end];
  if (link === undefined || first.vague || first.max !== null) return first;
  const w = link.lower;
  if (w === 'to' || w === 'or' || (isHyphen(link) && !link.spaceBefore)) {
    const second = readDigits(toks, first.end + 1) ?? readWords(toks, first.end + 1);
    if (second !== null && second.max === null && second.value > first.value) {
      return { value: first.value, max: second.value, vague: false, end: second.end };
    }
  }
  return first;
}

/**
 * Reads the quantity phrase that starts at token `i`, or returns `null` when
 * no number starts there.
 *
 * @example
 * ```ts
 * const doc = parse('AT LEAST six people died');
 * readQuantity(doc.tokens, 0); // { min: 6, max: null, value: 6, qualifier: 'min', firstToken: 0, endToken: 3, … }
 * ```
 */
export function readQuantity(toks: readonly Token[], i: number): Quantity | null {
  let qualifier: QualifierKind | null = null;
  let j = i;
  const q = readQualifier(toks, i);
  if (q !== null) {
    [qualifier, j] = q;
  }
  // between A and B
  if (toks[j]?.lower === 'between') {
    const a = readDigits(toks, j + 1) ?? readWords(toks, j + 1);
    if (a !== null && toks[a.end]?.lower === 'and') {
      const b = readDigits(toks, a.end + 1) ?? readWords(toks, a.end + 1);
      if (b !== null && b.value > a.value) {
        return {
          firstToken: i,
          endToken: b.end,
          numberToken: j + 1,
          min: a.value,
          max: b.value,
          value: a.value,
          approximate: qualifier === 'approx',
          vague: false,
          qualifier,
        };
      }
    }
    return null;
  }
  // A qualifier word with no number after it ("over", "some") is not a quantity.
  const first = readBare(toks, j);
  if (first === null) return null;
  const bare = readRangeEnd(toks, first);
  let min: number | null = bare.value;
  let max: number | null = bare.max ?? (bare.vague ? null : bare.value);
  let approximate = false;
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
  return {
    firstToken: i,
    endToken: bare.end,
    numberToken: j,
    min,
    max,
    value: bare.value,
    approximate,
    vague: bare.vague,
    qualifier,
  };
}
