/**
 * Numeric dates with a four-digit year read straight from the tokens, without
 * chrono-node: `26.12.2014`, `23-07-2016`, `01/02/2016` — the date lines
 * many outlets put over their articles. They are read as chrono's slash-date
 * parser reads them: day and month in the document's order, swapped when only
 * the other order makes a date (`26.12.2014` is day-first whatever the order),
 * so the order is worked out only for a date that reads both ways — and only
 * for slashes: dots and dashes (`05.10.2017`, `02-09-2013`) are read
 * day-first, as the page's own date stamp is.
 *
 * As with month names, a window holding anything chrono could read
 * differently — another number glued or next to the date (`updated 1935
 * 05.10.2017` is a clock time and its day to chrono), a range, a zone, a month
 * name, a two-digit year — goes to chrono whole.
 */
import type { DateOrder } from '../../types.js';
import { isValidDay } from '../calendar.js';
import type { Scan } from '../scan.js';
import {
  DATE_TIME_JOINERS,
  MONTH_WORD,
  RANGE_WORDS,
  dateLike,
  extendedAfter,
  isWordChar,
  startsWithDigit,
  tight,
  unreadable,
  type Reading,
  type ZoneTest,
  type Zones,
} from './readings.js';
import { MILITARY } from './times.js';

/** Day and month (either order), one separator used twice, a four-digit year. */
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2([1-9]\d{3})$/;
/** A number with an inner separator (`3.5`, `10:30`, `1/2`): chrono's slash-date and time parsers read those. */
const INNER_SEPARATOR = /\d[/.:-]\d/;

const UNSURE = null;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Reads the numeric dates `dates` (token indexes, the window's only
 * triggers) of the window `[a, b)`. `order` gives the document's day/month
 * order (asked only for a date that reads both ways). Returns `null` when
 * chrono must read the window.
 */
export function numericDates(
  s: Scan,
  a: number,
  b: number,
  dates: readonly number[],
  order: () => DateOrder,
  zones: Zones,
): Reading[] | null {
  const toks = s.toks;
  if (unreadable(s, a, b)) return UNSURE;
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (MONTH_WORD.test(w)) return UNSURE;
    if (!dates.includes(k) && INNER_SEPARATOR.test(w)) return UNSURE;
  }
  const out: Reading[] = [];
  for (const k of dates) {
    const r = numericDate(s, a, b, k, order, zones.date);
    if (r === UNSURE) return UNSURE;
    out.push(r);
  }
  return out;
}

function numericDate(
  s: Scan,
  a: number,
  b: number,
  k: number,
  order: () => DateOrder,
  isZone: ZoneTest,
): Reading | null {
  const toks = s.toks;
  const t = toks[k]!;
  const m = DMY.exec(t.value);
  if (m === null) return UNSURE;
  const p1 = Number(m[1]);
  const p2 = Number(m[3]);
  const y = Number(m[4]);
  if (p1 < 1 || p2 < 1) return UNSURE;
  // chrono swaps day and month when the month it reads is no month; so only a date that reads both ways needs the order.
  let d: number;
  let mo: number;
  if (p1 > 12) [d, mo] = [p1, p2];
  else if (p2 > 12) [d, mo] = [p2, p1];
  // Dots and dashes (`05.10.2017`, `02-09-2013`) are the day-first conventions of Europe, Russia and the
  // Middle East, as the page's own stamp reads them (document/publication.ts); slashes follow the document.
  else if (m[2] !== '/' || order() === 'day-first') [d, mo] = [p1, p2];
  else [d, mo] = [p2, p1];
  if (mo > 12 || !isValidDay(y, mo, d)) return UNSURE;
  const dot = m[2] === '.';

  // Before: nothing glued, no range, no number — but a four-digit clock time right before the date is the
  // time of a stamp line (`Middle East 2159 18.05.2017`), which chrono misreads.
  let first = k;
  let clock: RegExpExecArray | null = null;
  if (k > a) {
    const prev = toks[k - 1]!;
    if (!t.spaceBefore && isWordChar(prev.value.charCodeAt(prev.value.length - 1))) return UNSURE;
    if (!t.spaceBefore && prev.value.endsWith('/')) return UNSURE;
    const w = prev.lower;
    if (startsWithDigit(w)) {
      clock = MILITARY.exec(w);
      const before = k - 2 >= a ? toks[k - 2]!.lower : '';
      if (clock === null || !tight(s, k) || !prev.spaceBefore || startsWithDigit(before)) return UNSURE;
      if (DATE_TIME_JOINERS.has(before) || RANGE_WORDS.has(before)) return UNSURE;
      first = k - 1;
    } else {
      if (DATE_TIME_JOINERS.has(w) && k - 2 >= a && startsWithDigit(toks[k - 2]!.lower)) return UNSURE;
      if (RANGE_WORDS.has(w) && k - 2 >= a && dateLike(s, k - 2, b)) return UNSURE;
    }
  }
  // After: no range, zone or offset. A number after a dotted date makes a clock time with it to chrono (the
  // dots read as one); after `-` or `/` it does not, and the date stands alone (`01-06-2016 3 killed`). Letters
  // glued to the date (`18.10.2014Get short URL`, a lost line break) leave it alone too.
  const end = k + 1;
  const next = end < b ? toks[end]! : undefined;
  const gluedWord = next !== undefined && !next.spaceBefore && isLetter(next.value.charCodeAt(0));
  if (!gluedWord && extendedAfter(s, end, b, isZone)) return UNSURE;
  if (next !== undefined && !gluedWord) {
    if (!next.spaceBefore && next.value.startsWith('/')) return UNSURE;
    const w = next.lower;
    const w2 = end + 1 < b ? toks[end + 1]!.lower : '';
    const n = startsWithDigit(w) ? w : DATE_TIME_JOINERS.has(w) ? w2 : '';
    if (startsWithDigit(n) && (dot || INNER_SEPARATOR.test(n))) return UNSURE;
  }
  if (clock !== null) {
    const h = Number(clock[1]);
    const min = Number(clock[2]);
    return { start: toks[first]!.start, end: t.end, y, mo, d, wd: null, h, min, clock: true };
  }
  return { start: t.start, end: t.end, y, mo, d, wd: null, h: null, min: null };
}
