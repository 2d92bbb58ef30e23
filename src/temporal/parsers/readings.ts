/**
 * What our own window readers (month-name and numeric dates) share: the
 * reading they give, and the tests that tell when a window holds something
 * chrono-node would read differently, so the window goes to chrono instead.
 */
import { DAY_ORDINALS, MONTHS } from '../lexicon.js';
import type { Scan } from '../scan.js';

/**
 * A calendar date or clock time read from a window: its normalised-text span
 * and the parts the words give (`null` where they say nothing).
 */
export interface Reading {
  readonly start: number;
  readonly end: number;
  readonly y: number | null;
  readonly mo: number | null;
  readonly d: number | null;
  readonly wd: number | null;
  readonly h: number | null;
  readonly min: number | null;
  /** The hour was read from a clock time for sure (chrono's hours need a clock cue in their words). */
  readonly clock?: boolean;
  /**
   * One end of a range of days (`March 3` and `5` of `March 3-5`): its span may cut a token (`3-5`), and its
   * month or year may come from the other end, so it needs no letter of its own.
   */
  readonly part?: boolean;
}

/** Whether chrono appends a word after a date (or a time) as its time zone (`EST`, not `AFP`). */
export type ZoneTest = (word: string) => boolean;

/** The zone tests of chrono: after a date (upper case only) and after a clock time (any case). */
export interface Zones {
  readonly date: ZoneTest;
  readonly time: ZoneTest;
}

/** Words that make a day range or a date range with what follows or precedes (chrono merges those). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', '-', '–', 'until', 'through', 'till']);
/** Words chrono lets stand between a date and a clock time it merges into it. */
export const DATE_TIME_JOINERS: ReadonlySet<string> = new Set([
  't',
  'at',
  'after',
  'before',
  'on',
  'of',
  ',',
  '-',
  '.',
  '∙',
  ':',
]);
/** `mid-June`, `early-March`, `late-October`. */
export const EDGE_MONTH = /^(?:mid|early|late)-([a-z]+)$/;
/** A four-digit year as chrono reads one. */
export const YEAR = /^[1-9]\d{3}$/;
/** One or two digits (chrono's year-month-day reads `2016 5 3`). */
const DAY_OR_MONTH = /^\d{1,2}$/;
const DAY_OR_MONTH_START = /^\d{1,2}(?!\d)/;
/** A month name inside a token as chrono's month parsers find one (`March`, `5-March`, `mid-June`; not `Martyrs`). */
export const MONTH_WORD =
  /(?:^|[^a-z])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])/;
/** A word chrono may take for a time-zone abbreviation. */
const UPPER_WORD = /^[A-Z]{2,4}$/;

/** Whether `w` starts with a digit. */
export function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether character code `c` is a regular-expression word character. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The month named by token `i` (`March`, `Sept.`, `mid-June`), or 0. */
export function monthOf(s: Scan, i: number): number {
  const w = s.toks[i]!.lower;
  const m = MONTHS.get(w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
  if (m !== undefined) return m;
  const c = w.charCodeAt(0);
  if (w.length < 7 || (c !== 109 && c !== 101 && c !== 108)) return 0; // not mid-/early-/late-…
  const edge = EDGE_MONTH.exec(w);
  return edge === null ? 0 : (MONTHS.get(edge[1]!) ?? 0);
}

/** Whether tokens `i - 1` and `i` are glued or one plain space apart (chrono's patterns allow no more). */
export function tight(s: Scan, i: number): boolean {
  const a = s.toks[i - 1]!;
  const b = s.toks[i]!;
  return b.start === a.end || (b.start === a.end + 1 && s.doc.norm.charCodeAt(a.end) === 32);
}

/** Whether token `k` (inside the window ending at `b`) can start a date or time chrono would join to a date by a range word. */
export function dateLike(s: Scan, k: number, b: number): boolean {
  if (k >= b) return false;
  const w = s.toks[k]!.lower;
  return startsWithDigit(w) || DAY_ORDINALS.has(w) || monthOf(s, k) !== 0;
}

/**
 * Whether something chrono reads after a date stands at token `end` of the
 * window `[a, b)`: a range (`… to 7 March`), a zone offset (`+3`, `GMT+3`,
 * `(UTC -5)`) or a time-zone abbreviation (`EST`). Numbers and clock times
 * after a date are each reader's own business.
 */
export function extendedAfter(s: Scan, end: number, b: number, isZone: ZoneTest): boolean {
  if (end >= b) return false;
  const toks = s.toks;
  const t = toks[end]!;
  if (!t.spaceBefore && isWordChar(t.value.charCodeAt(0))) return true;
  const w = t.lower;
  const w2 = end + 1 < b ? toks[end + 1]!.lower : '';
  if (RANGE_WORDS.has(w) && dateLike(s, end + 1, b)) return true;
  if (w === 'gmt' || w === 'utc' || (w.length > 1 && (w.startsWith('+') || w.startsWith('-')))) return true;
  if ((w === '+' || w === '-' || w === '(') && (startsWithDigit(w2) || w2 === 'gmt' || w2 === 'utc' || w2 === '+'))
    return true;
  let z = end;
  if (toks[z]!.value === ',') z++;
  if (z < b && toks[z]!.value === '(') z++;
  const zv = z < b ? toks[z]!.value : '';
  return UPPER_WORD.test(zv) && isZone(zv);
}

/**
 * Whether the window `[a, b)` holds a form chrono reads that no reader of
 * ours takes apart: a clock with `o'clock`, or a year followed by two numbers
 * (`2016 5 3`, chrono's year-month-day).
 */
export function unreadable(s: Scan, a: number, b: number): boolean {
  const toks = s.toks;
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (w.includes('clock')) return true;
    if (w.length === 4 && YEAR.test(w) && k + 2 < b && DAY_OR_MONTH.test(toks[k + 1]!.lower)) {
      if (DAY_OR_MONTH_START.test(toks[k + 2]!.lower)) return true;
    }
  }
  return false;
}

/** Whether token `k` starts with a digit and is glued to the token before it. */
function gluedDigit(s: Scan, k: number): boolean {
  const t = s.toks[k];
  return t !== undefined && !t.spaceBefore && startsWithDigit(t.lower);
}

/** `am`, `pm`, `a.m.`, `a`, `p` (chrono reads a meridiem from the letter alone). */
const MERIDIEM_START = /^[ap](?:\.?m\.?)?$/;
/** A word chrono may take for a time zone after a clock time (any case). */
const ZONE_LIKE = /^[A-Za-z]{2,4}$/;

/**
 * Whether something chrono reads with a clock time stands at token `k` after
 * it: a meridiem, `o'clock`, `at night`, `in the morning`, a range (`18:20 -
 * 19:00`), a zone or offset (any case after a time: `18:20 est`), a glued `/`
 * or word.
 */
export function clockExtended(s: Scan, k: number, b: number, isTimeZone: ZoneTest): boolean {
  if (k >= b) return false;
  const toks = s.toks;
  const t = toks[k]!;
  const w = t.lower;
  if (!t.spaceBefore) {
    if (isWordChar(w.charCodeAt(0)) || w.startsWith('/')) return true;
    // Seconds or a fraction of them (`12:45:30`), not a colon ending a line (`12:45 p.m.:`).
    if ((w.startsWith(':') || w.startsWith('.')) && (startsWithDigit(w.slice(1)) || gluedDigit(s, k + 1))) return true;
  }
  if (MERIDIEM_START.test(w) || w === '?' || w === 'o' || (w.startsWith('o') && w.includes('clock'))) return true;
  const w2 = k + 1 < b ? toks[k + 1]!.lower : '';
  if ((w === 'at' && w2.startsWith('night')) || (w === 'in' && w2 === 'the')) return true;
  if (RANGE_WORDS.has(w) || w === '~' || w === '〜') return dateLike(s, k + 1, b) || k + 1 >= b;
  if (w === 'gmt' || w === 'utc' || w.startsWith('+') || (w.length > 1 && w.startsWith('-'))) return true;
  let z = k;
  if (toks[z]!.value === ',') z++;
  if (z < b && toks[z]!.value === '(') z++;
  if (z >= b) return false;
  const zv = toks[z]!.value;
  return ZONE_LIKE.test(zv) && isTimeZone(zv);
}
