/**
 * A small grammar of English cardinal number words, fed one word at a time so
 * that a reader can stop at the longest prefix that forms a number
 * ("six and wounded" → six; "forty forty" → forty).
 *
 * number := "zero" | group (scale group?)* with scales strictly decreasing
 * group  := unit | tens unit? | (unit|tens unit?|"a") "hundred" (unit | tens unit?)?
 * plus "a"/"an" before hundred, scales, dozen, score, couple, pair;
 * multipliers "dozen"/"score" after a group ("two dozen"); "half a dozen",
 * "a half dozen", "half a million"; "one and a half", "two and a half million".
 */
import lexicon from '../lexicon/numbers.json';

const UNITS: Readonly<Record<string, number>> = lexicon.units;
const TENS: Readonly<Record<string, number>> = lexicon.tens;
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { dozen: 12, score: 20 };
const PAIRS: Readonly<Record<string, number>> = { couple: 2, pair: 2 };

type State =
  | 'start'
  | 'a' // "a" at the start: needs hundred, a scale, dozen, score, couple, pair or half
  | 'half' // "half" at the start: needs "a"
  | 'halfA' // "half a" / "a half": needs dozen or a scale
  | 'andA' // "… and a": needs "half"
  | 'unit'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'plusHalf' // "… and a half": a scale may follow
  | 'closed'; // complete; nothing may follow

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Incremental reader of one number in words. */
export class WordNumber {
  private state: State = 'start';
  private total = 0;
  private group = 0;
  private groupHasHundred = false;
  private lastScale = Infinity;

  /** Whether an "and" before `next` (and `after`) continues this number. */
  acceptsAnd(next: string | undefined, after: string | undefined): boolean {
    if (next === undefined) return false;
    if ((this.state === 'hundred' || this.state === 'scale') && (has(UNITS, next) || has(TENS, next))) {
      return next !== 'zero';
    }
    return (
      next === 'a' &&
      after === 'half' &&
      (this.state === 'unit' || this.state === 'tens' || this.state === 'hundred' || this.state === 'scale')
    );
  }

  /** Adds a word; returns `false` (and changes nothing) when the word cannot continue the number. */
  push(w: string): boolean {
    const s = this.state;
    if (s === 'closed') return false;
    if (w === 'a' || w === 'an') {
      if (s === 'start') return this.go('a');
      if (s === 'half') return this.go('halfA');
      if (s === 'unit' || s === 'tens' || s === 'hundred' || s === 'scale') return this.go('andA');
      return false;
    }
    if (w === 'half') {
      if (s === 'start') return this.go('half');
      if (s === 'a') return this.go('halfA');
      if (s === 'andA') {
        this.group += 0.5;
        return this.go('plusHalf');
      }
      return false;
    }
    if (has(MULTIPLIERS, w)) {
      const m = MULTIPLIERS[w]!;
      if (s === 'a') this.group = m;
      else if (s === 'halfA') this.group = m / 2;
      else if ((s === 'unit' || s === 'tens' || s === 'hundred') && this.lastScale === Infinity) this.group *= m;
      else return false;
      return this.go('closed');
    }
    if (has(PAIRS, w)) {
      if (s !== 'a') return false;
      this.group = PAIRS[w]!;
      return this.go('closed');
    }
    if (has(UNITS, w)) {
      const u = UNITS[w]!;
      if (u === 0) {
        if (s !== 'start') return false;
        return this.go('closed');
      }
      if (s === 'start' || s === 'hundred' || s === 'scale' || (s === 'tens' && u < 10)) {
        this.group += u;
        return this.go('unit');
      }
      return false;
    }
    if (has(TENS, w)) {
      if (s === 'start' || s === 'hundred' || s === 'scale') {
        this.group += TENS[w]!;
        return this.go('tens');
      }
      return false;
    }
    if (w === 'hundred') {
      if (this.groupHasHundred) return false;
      if (s === 'a') this.group = 100;
      else if (s === 'halfA') {
        this.group = 50;
        return this.go('closed');
      } else if (s === 'unit' || s === 'tens') this.group *= 100;
      else return false;
      this.groupHasHundred = true;
      return this.go('hundred');
    }
    if (has(SCALE_WORDS, w)) {
      const sc = SCALE_WORDS[w]!;
      if (sc >= this.lastScale) return false;
      if (s === 'a') this.group = 1;
      else if (s === 'halfA') this.group = 0.5;
      else if (s !== 'unit' && s !== 'tens' && s !== 'hundred' && s !== 'plusHalf') return false;
      this.total += this.group * sc;
      this.group = 0;
      this.groupHasHundred = false;
      this.lastScale = sc;
      return this.go(s === 'halfA' || s === 'plusHalf' ? 'closed' : 'scale');
    }
    return false;
  }

  /** The value so far, or `null` when the words read so far are not a complete number. */
  value(): number | null {
    switch (this.state) {
      case 'start':
      case 'a':
      case 'half':
      case 'halfA':
      case 'andA':
        return null;
      default:
        return this.total + this.group;
    }
  }

  private go(next: State): true {
    this.state = next;
    return true;
  }
}

const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  quarter: 1 / 4,
  quarters: 1 / 4,
  third: 1 / 3,
  thirds: 1 / 3,
};
const FRACTION_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
const FRACTION_SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/**
 * A fraction of a scale word at the start of `words`: "a quarter of a
 * million" → 250 000, "three quarters of a million", "a third of a
 * million"; returns the value and how many words it used, or `null`.
 */
export function fractionOfScale(words: readonly string[]): { value: number; used: number } | null {
  const n = FRACTION_COUNTS[words[0] ?? ''];
  const f = FRACTIONS[words[1] ?? ''];
  if (n === undefined || f === undefined || words[2] !== 'of') return null;
  let k = 3;
  if (words[k] === 'a' || words[k] === 'an' || words[k] === 'one') k++;
  const scale = FRACTION_SCALES[words[k] ?? ''];
  if (scale === undefined || n > 1 !== words[1]!.endsWith('s')) return null;
  return { value: Math.round(n * f * scale), used: k + 1 };
}
