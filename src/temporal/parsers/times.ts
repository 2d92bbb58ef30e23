/**
 * Clock times chrono does not read: four-digit military times with a zone or
 * `hrs` (`1700 GMT`, `0800 UTC`, `1700 hrs`), a bare one followed by its
 * conversion (`1700 (1600 GMT)`) or after `at` beside a date (`12 March 2017 at
 * 1130`), and `noon`. Their day is attached later
 * (the day named next to them, else one named in the sentence, else the
 * publication day). Zones are kept in the text, not in the value.
 */
import { DAY_WORDS, MILITARY_SUFFIXES, MONTHS, TIME_ZONES, WEEKDAYS } from '../lexicon.js';
import { low, report, type Scan } from '../scan.js';

const MILITARY = /^([01]\d|2[0-3])([0-5]\d)$/;
const NOON_LEAD = new Set(['at', 'by', 'before', 'after', 'until', 'around', 'about', 'till', 'from']);

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
 * `12 March 2017 at 1130`, `Monday at 0930`, `at 2200 on Sunday`: a bare
 * four-digit time after `at`, right beside a date, is the clock of that day.
 */
function besideDate(s: Scan, i: number): boolean {
  if (low(s, i - 1) !== 'at') return false;
  const before = low(s, i - 2);
  if (YEAR.test(before) || WEEKDAYS.has(before) || DAY_WORDS.has(before) || MONTHS.has(before)) return true;
  const after = low(s, i + 2);
  return low(s, i + 1) === 'on' && (WEEKDAYS.has(after) || MONTHS.has(after) || /^\d{1,2}$/.test(after));
}

/** Reads a four-digit military time at token `i`. */
export function militaryTime(s: Scan, i: number): void {
  const v = s.toks[i]!.value;
  if (v.length !== 4) return;
  const m = MILITARY.exec(v);
  if (m === null) return;
  const pending = { h: Number(m[1]), min: Number(m[2]) };
  let end = zoneEnd(s, i + 1);
  if (end === i + 1 && MILITARY_SUFFIXES.has(low(s, i + 1)) && low(s, i + 1) !== 'local') end = i + 2;
  if (end === i + 1 && !besideDate(s, i)) {
    // "1700 (1600 GMT)": a bare time explained by a zoned one in brackets.
    const inner = s.toks[i + 2];
    if (low(s, i + 1) !== '(' || inner === undefined || !MILITARY.test(inner.value) || zoneEnd(s, i + 3) === i + 3)
      return;
  }
  report(s, { first: i, end, type: 'TIME', value: null, pending, rank: 2, by: 'times' });
}

/** `at noon`, `by midday`. */
export function noon(s: Scan, i: number): void {
  const w = low(s, i);
  if (w !== 'noon' && w !== 'midday') return;
  if (!NOON_LEAD.has(low(s, i - 1))) return;
  report(s, { first: i, end: i + 1, type: 'TIME', value: null, pending: { h: 12, min: 0 }, rank: 2, by: 'times' });
}
