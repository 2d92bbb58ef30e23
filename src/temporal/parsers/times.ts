/**
 * Clock times chrono does not read: four-digit military times with a zone or
 * `hrs` (`1700 GMT`, `0800 UTC`, `1700 hrs`), a bare one followed by its
 * conversion (`1700 (1600 GMT)`) or after `at` beside a date (`12 March 2017 at
 * 1130`), and `noon`. Their day is attached later
 * (the day named next to them, else one named in the sentence, else the
 * publication day). Zones are kept in the text, not in the value.
 */
import { CLOCK_LEADS, DAY_WORDS, MILITARY_SUFFIXES, MONTHS, PARTS_OF_DAY, TIME_ZONES, WEEKDAYS } from '../lexicon.js';
import { low, report, type Scan } from '../scan.js';

/** A four-digit clock time, `0000` to `2359` (`1935`): hours and minutes as groups 1 and 2. */
export const MILITARY = /^([01]\d|2[0-3])([0-5]\d)$/;
/** `2130hrs`, `0630GMT`, `1130HRS`: a four-digit time with its suffix or zone glued on (checked against the lexicon). */
const MILITARY_GLUED = /^([01]\d|2[0-3])([0-5]\d)([a-z]{1,4})$/;
/** Words joining the two ends of a range of times (`between 0600 and 0800 GMT`, `0600-0800 GMT`). */
const RANGE_JOINS = new Set(['and', 'to', 'until', 'till', '-', '–']);
const DAY_NUMBER = /^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$/;

/** The end of a zone written after a time at token `j`: `GMT`, `GMT+8`, `(GMT +8)`, `local time`. */
export function zoneEnd(s: Scan, j: number): number {
  const w = low(s, j);
  if (w === 'local' && low(s, j + 1) === 'time') return j + 2;
  if (TIME_ZONES.has(w)) {
    const next = s.toks[j + 1];
    if (next !== undefined && /^[+-]\d{1,2}(?::?\d{2})?$/.test(next.value)) return j + 2;
    return j + 1;
  }
  return j;
}

const YEAR = /^(?:19|20)\d{2}$/;

/**
 * `12 March 2017 at 1130`, `Monday at 0930`, `on March 12 at 2130`, `at 2200
 * on Sunday`, `at 2359 tonight`, `at 0630 this morning`: a bare four-digit
 * time after `at`, right beside a day, is the clock of that day.
 */
function besideDate(s: Scan, i: number): boolean {
  if (low(s, i - 1) !== 'at') return false;
  const before = low(s, i - 2);
  if (YEAR.test(before) || WEEKDAYS.has(before) || DAY_WORDS.has(before) || MONTHS.has(before)) return true;
  // `on March 12 at 2130`: a day of the month after its month.
  if (DAY_NUMBER.test(before) && MONTHS.has(low(s, i - 3))) return true;
  const next = low(s, i + 1);
  if (DAY_WORDS.has(next)) return true;
  if (next === 'this' && PARTS_OF_DAY.has(low(s, i + 2))) return true;
  const after = low(s, i + 2);
  return next === 'on' && (WEEKDAYS.has(after) || MONTHS.has(after) || /^\d{1,2}$/.test(after));
}

/** Whether a suffix glued to a four-digit time makes it one: a zone (`GMT`) or `hrs`, not `local`. */
function isZoneSuffix(x: string): boolean {
  return TIME_ZONES.has(x) || (MILITARY_SUFFIXES.has(x) && x !== 'local');
}

/** Whether a four-digit time at token `j` carries a zone or `hrs` (`0800 GMT`, `0800 hrs`), glued or not. */
function zoned(s: Scan, j: number): boolean {
  const v = s.toks[j]?.lower ?? '';
  const g = MILITARY_GLUED.exec(v);
  if (g !== null) return isZoneSuffix(g[3]!);
  if (!MILITARY.test(v)) return false;
  const w = low(s, j + 1);
  return zoneEnd(s, j + 1) > j + 1 || (MILITARY_SUFFIXES.has(w) && w !== 'local');
}

/**
 * `at 0545 local`, `at 0630`: after a preposition of time, `local` ends a time
 * unless a noun follows (`at 1200 local families` is a count), and a leading
 * zero makes a bare figure a time (a count or a year never has one).
 */
function afterClockLead(s: Scan, i: number, v: string): number {
  if (!CLOCK_LEADS.has(low(s, i - 1))) return i;
  if (low(s, i + 1) === 'local') {
    const pos = s.toks[i + 2]?.pos;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') return i + 2;
  }
  return v.charCodeAt(0) === 48 ? i + 1 : i;
}

/** Words opening a range of times (`from 1710 to 2250`, `between 0600 and 0800`). */
const RANGE_OPENERS = new Set(['from', 'between']);

/** Whether a four-digit figure can only be a clock, not a year: a leading zero, or past 2199 (`0630`, `2250`). */
function clockOnly(v: string): boolean {
  return MILITARY.test(v) && (v.charCodeAt(0) === 48 || Number(v) > 2199);
}

/**
 * Whether token `i` is one end of a range of four-digit clock times (`FROM 1710 TO 2250`, `between
 * 0600 and 0800`): both ends military times, one of them no year.
 */
export function clockRange(s: Scan, i: number): boolean {
  const v = s.toks[i]?.value ?? '';
  if (!MILITARY.test(v)) return false;
  // i the first end: from/between, a join, the second end; else i the second end
  let first = i;
  if (!(RANGE_OPENERS.has(low(s, i - 1)) && RANGE_JOINS.has(low(s, i + 1)))) {
    if (!RANGE_JOINS.has(low(s, i - 1)) || !RANGE_OPENERS.has(low(s, i - 3))) return false;
    first = i - 2;
  }
  const a = s.toks[first]!;
  const b = s.toks[first + 2];
  if (b === undefined || b.sentence !== a.sentence || !MILITARY.test(a.value) || !MILITARY.test(b.value)) return false;
  return clockOnly(a.value) || clockOnly(b.value);
}

/** Reads a four-digit military time at token `i`. */
export function militaryTime(s: Scan, i: number): void {
  const v = s.toks[i]!.value;
  if (v.length > 4) {
    // `2130hrs`, `0630GMT`: the suffix glued on.
    // (Only a token that opens with an hour's first digit can be one: most words never reach the pattern.)
    const c = v.charCodeAt(0);
    const g = v.length <= 8 && c >= 48 && c <= 50 ? MILITARY_GLUED.exec(s.toks[i]!.lower) : null;
    if (g === null || !isZoneSuffix(g[3]!)) return;
    const pending = { h: Number(g[1]), min: Number(g[2]) };
    report(s, { first: i, end: i + 1, type: 'TIME', value: null, pending, rank: 2, by: 'times' });
    return;
  }
  if (v.length !== 4) return;
  const m = MILITARY.exec(v);
  if (m === null) return;
  const pending = { h: Number(m[1]), min: Number(m[2]) };
  let end = zoneEnd(s, i + 1);
  if (end === i + 1 && MILITARY_SUFFIXES.has(low(s, i + 1)) && low(s, i + 1) !== 'local') end = i + 2;
  if (end === i + 1) end = afterClockLead(s, i, v);
  if (end === i && besideDate(s, i)) end = i + 1;
  // `between 0600 and 0800 GMT`, `0600-0800 hrs`: the first end of a range whose second end is a zoned time.
  if (end === i && RANGE_JOINS.has(low(s, i + 1)) && zoned(s, i + 2)) end = i + 1;
  // `from 1710 to 2250`: either end of a range of clock times.
  if (end === i && clockRange(s, i)) end = i + 1;
  if (end === i) {
    // "1700 (1600 GMT)": a bare time explained by a zoned one in brackets.
    const inner = s.toks[i + 2];
    if (low(s, i + 1) !== '(' || inner === undefined || !MILITARY.test(inner.value) || zoneEnd(s, i + 3) === i + 3)
      return;
    end = i + 1;
  }
  report(s, { first: i, end, type: 'TIME', value: null, pending, rank: 2, by: 'times' });
}

/** `at noon`, `by midday`. */
export function noon(s: Scan, i: number): void {
  const w = low(s, i);
  if (w !== 'noon' && w !== 'midday') return;
  if (!CLOCK_LEADS.has(low(s, i - 1))) return;
  report(s, { first: i, end: i + 1, type: 'TIME', value: null, pending: { h: 12, min: 0 }, rank: 2, by: 'times' });
}
