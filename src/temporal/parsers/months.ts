/**
 * Month-name dates read straight from the tokens, without chrono-node: the
 * forms news copy writes most (`March 5`, `March 5, 2016`, `5 March 2016`,
 * `the 3rd of March`, `March 2011`, `in March`, `mid-June 2016`). They are
 * read as chrono's month-name parsers read them (same extents, same parts), so
 * a candidate window whose only triggers are month names skips chrono.
 *
 * The reader is deliberately narrow: whenever a window holds anything chrono
 * could read differently — a day range (`March 3-5`, `5 to 7 March`), a
 * number or clock next to the date (which chrono may merge into it), an
 * ordinal word (`the first of March`), `the end of March`, a time zone or
 * offset after the date, a second month name close by — it gives the whole
 * window back to chrono.
 */
import { DAY_ORDINALS } from '../lexicon.js';
import { MONTH_LEADS } from '../../lexicon/en/index.js';
import { daysInMonth } from '../calendar.js';
import type { Scan } from '../scan.js';
import { clockAt } from './clocks.js';
import {
  DATE_TIME_JOINERS,
  RANGE_WORDS,
  YEAR,
  clockExtended,
  dateLike,
  extendedAfter,
  isWordChar,
  monthOf,
  startsWithDigit,
  tight,
  unreadable,
  type Reading,
  type Zones,
} from './readings.js';

/** Era words chrono reads after a year (`2016 AD`). */
const ERAS = new Set(['ad', 'bc', 'bce', 'ce', 'be']);
/** `this`, `last`, `past`, `next` before `year` after `the end of March`: chrono takes that year. */
const RELATIVE_YEARS = new Set(['this', 'last', 'past', 'next']);
/** Digits run together (`232017`): no day and no year to chrono. */
const DIGIT_RUN = /^\d{5,}$/;
/** A day and a year run together (`092017`). */
const DAY_YEAR = /^(0[1-9]|[12]\d|3[01])((?:19|20)\d{2})$/;
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/** Full month names (chrono reads a bare abbreviation only in some contexts). */
const FULL_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Months with 30 days (chrono drops an impossible day; the window goes to chrono then). */
const SHORT_MONTHS = new Set([4, 6, 9, 11]);
/** How far (tokens) another month word must stand from a month date for the two not to interact. */
const MONTH_GAP = 3;

/** What makes the reader give a window back to chrono. */
const UNSURE = null;

/** A reading and the tokens `[first, end)` it covers. */
interface Phrase {
  readonly reading: Reading;
  readonly first: number;
  readonly end: number;
}

/**
 * Reads the month-name dates of the window `[a, b)`, whose triggers are the
 * month tokens `months` (nothing else triggered it and it holds no numeric
 * date). `isZone` tells whether chrono appends an upper-case word after a
 * date as its time zone. Returns `null` when chrono must read the window.
 */
export function monthDates(
  s: Scan,
  a: number,
  b: number,
  months: readonly number[],
  clocks: readonly number[],
  zones: Zones,
): Reading[] | null {
  const toks = s.toks;
  if (unreadable(s, a, b)) return UNSURE;
  // Other month words (lower case: `may`, `march`) are chrono candidates too; far from a trigger they
  // cannot touch its reading (and what chrono reads of them is dropped as lower case), close by they can.
  for (let k = a; k < b; k++) {
    if (months.includes(k) || monthOf(s, k) === 0) continue;
    for (const m of months) if (Math.abs(m - k) <= MONTH_GAP) return UNSURE;
    if (startsWithDigit(toks[k - 1]?.lower ?? '') || startsWithDigit(toks[k + 1]?.lower ?? '')) return UNSURE;
    if (DAY_ORDINALS.has(toks[k - 1]?.lower ?? '') || DAY_ORDINALS.has(toks[k + 1]?.lower ?? '')) return UNSURE;
  }
  const phrases: Phrase[] = [];
  let last = -1;
  for (const m of months) {
    const r = monthDate(s, a, b, m, clocks, zones);
    if (r === UNSURE) return UNSURE;
    if (r === undefined) continue;
    if (r.first < last) return UNSURE; // one day number read with two months (`March 5 April`)
    last = r.end;
    phrases.push(r);
  }
  const out = phrases.map((p) => p.reading);
  // The other clock times: on their own, or joined to the date right after them (`600 pm on March 25`).
  for (const c of clocks) {
    if (phrases.some((p) => p.reading.h !== null && p.first <= c && c < p.end)) continue;
    const t = clockAt(s, a, b, c, zones);
    if (t === UNSURE) return UNSURE;
    const cEnd = t === undefined ? c + 1 : t.end;
    let joined = false;
    for (let i = 0; i < phrases.length; i++) {
      const p = phrases[i]!;
      if (p.end <= c && c - p.end <= 1 && (c === p.end || DATE_TIME_JOINERS.has(toks[p.end]!.lower))) return UNSURE;
      if (p.first < cEnd || p.first - cEnd > 1) continue;
      const between = p.first > cEnd ? toks[cEnd]!.lower : '';
      if (between !== '' && !DATE_TIME_JOINERS.has(between)) continue;
      if (t === undefined || between === ':' || p.reading.h !== null) return UNSURE;
      out[i] = { ...p.reading, start: t.reading.start, h: t.reading.h, min: t.reading.min };
      joined = true;
      break;
    }
    if (!joined && t !== undefined) out.push(t.reading);
  }
  return out;
}

/**
 * Where chrono's `end of` / `last day of` before month token `m` starts
 * (`the end of March`, `the last day of the month of March` is not one):
 * a token index, `undefined` when there is none, `null` when unsure.
 */
function periodEnd(s: Scan, a: number, m: number): number | null | undefined {
  const toks = s.toks;
  let k = m - 1;
  if (k >= a && toks[k]!.lower === 'the') k--;
  if (k < a || toks[k]!.lower !== 'of') return undefined;
  k--;
  if (k < a) return undefined;
  const w = toks[k]!.lower;
  let lead: number;
  if (w === 'end') lead = k;
  else if (w === 'day' && k - 1 >= a && toks[k - 1]!.lower === 'last') lead = k - 1;
  else return w === 'day' && k - 1 < a ? UNSURE : undefined;
  for (let j = lead + 1; j <= m; j++) if (!tight(s, j)) return UNSURE;
  return lead;
}

/** A number chrono may read as a clock time (`8.15`, `10:30`). */
const CLOCKISH = /\d[:.]\d/;
/** A 24-hour clock time (`18:20`), as chrono's time parser reads one after a date. */
const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** The parts of a month-name date read so far, tokens `[first, end)`. */
interface Parts {
  first: number;
  end: number;
  d: number | null;
  y: number | null;
  h: number | null;
  min: number | null;
}

/** What the steps of {@link monthDate} return: go on, no date here, or give the window to chrono. */
type Step = true | undefined | null;
const GO_ON = true;

/** The month token `m` as written: its number, whether it is `mid-June`-like, and the month word itself. */
interface MonthWord {
  readonly m: number;
  readonly mo: number;
  readonly edge: boolean;
  readonly name: string;
  readonly full: boolean;
}

/** Reads the date around month token `m`: a phrase, `undefined` for none, `null` when unsure. */
function monthDate(
  s: Scan,
  a: number,
  b: number,
  m: number,
  clocks: readonly number[],
  zones: Zones,
): Phrase | null | undefined {
  const mo = monthOf(s, m);
  if (mo === 0) return UNSURE;
  const mt = s.toks[m]!;
  const edge = mt.lower.includes('-');
  const name = edge ? mt.lower.slice(mt.lower.indexOf('-') + 1) : mt.lower;
  const full = FULL_MONTHS.has(name);
  if (edge && !full) return UNSURE;
  const w: MonthWord = { m, mo, edge, name, full };
  const x: Parts = { first: m, end: m + 1, d: null, y: null, h: null, min: null };
  let step: Step = dayBefore(s, a, b, w, x);
  if (step === GO_ON) step = dayOrYearAfter(s, b, w, x);
  if (step === GO_ON && x.d !== null && !possibleDay(mo, x.d)) step = UNSURE;
  if (step === GO_ON) step = clockAfter(s, b, x, clocks, zones);
  if (step === GO_ON) step = nothingExtends(s, b, x, zones);
  if (step === GO_ON) step = endOfMonth(s, a, b, w, x);
  if (step === GO_ON) step = bareMonth(s, a, b, w, x);
  if (step !== GO_ON) return step;
  const start = s.toks[x.first]!.start;
  // `mid-June`: the month is the end of the token, as chrono reads it.
  const reading: Reading = {
    start: edge && x.first === m ? start + mt.lower.indexOf('-') + 1 : start,
    end: s.toks[x.end - 1]!.end,
    y: x.y,
    mo,
    d: x.d,
    wd: null,
    h: x.h,
    min: x.min,
  };
  return { reading, first: x.first, end: x.end };
}

/** Whether chrono keeps day `d` of month `mo` (it drops an impossible one; any year: 29 February is left to chrono). */
function possibleDay(mo: number, d: number): boolean {
  return d > 29 ? mo !== 2 && !(d === 31 && SHORT_MONTHS.has(mo)) : !(d === 29 && mo === 2);
}

/** A day before the month (`5 March`, `5th of March`), and what chrono would read into the date before it. */
function dayBefore(s: Scan, a: number, b: number, w: MonthWord, x: Parts): Step {
  const toks = s.toks;
  const m = w.m;
  let p = m - 1;
  if (p >= a && toks[p]!.lower === 'of' && tight(s, m)) p--;
  if (p >= a && DAY_ORDINALS.has(toks[p]!.lower)) return UNSURE;
  if (p >= a && !w.edge && DAY.test(toks[p]!.lower) && tight(s, p + 1)) {
    x.d = parseInt(toks[p]!.lower, 10);
    x.first = p;
  } else if (p >= a && startsWithDigit(toks[p]!.lower)) return UNSURE;
  const first = x.first;
  if (first - 1 >= a) {
    const before = toks[first - 1]!.lower;
    // `2016 March`, `2016 5 March` (chrono's year-first forms), `3 to 5 March` (a range), `8.15 on 5 March`.
    if (startsWithDigit(before)) return UNSURE;
    if (DATE_TIME_JOINERS.has(before) && first - 2 >= a && CLOCKISH.test(toks[first - 2]!.lower)) return UNSURE;
    if (RANGE_WORDS.has(before) && first - 2 >= a && dateLike(s, first - 2, b)) return UNSURE;
  }
  // chrono reads a date only after a non-word character.
  if (first > 0 && !toks[first]!.spaceBefore) {
    const prev = toks[first - 1]!.value;
    if (isWordChar(prev.charCodeAt(prev.length - 1))) return UNSURE;
  }
  return GO_ON;
}

/** After the month: a day (`March 5`), a year (`March 2011`, `5 March 2016`, `March of 2011`), or nothing. */
function dayOrYearAfter(s: Scan, b: number, w: MonthWord, x: Parts): Step {
  const toks = s.toks;
  const end = x.end;
  let q = end;
  if (q < b && toks[q]!.value === ',') q++;
  const next = q < b ? toks[q]!.lower : '';
  if (next !== '' && DAY_ORDINALS.has(next)) return UNSURE;
  if (next !== '' && startsWithDigit(next)) {
    if (!tight(s, q) || (q > end && !tight(s, end))) return UNSURE;
    if (YEAR.test(next)) {
      // chrono reads `5 March, 2016` only with the comma glued to the month.
      if (x.d !== null && q > end && toks[end]!.spaceBefore) return UNSURE;
      x.y = Number(next);
      x.end = q + 1;
    } else if (DAY.test(next) && x.d === null && !w.edge) {
      x.d = parseInt(next, 10);
      x.end = q + 1;
      let r = x.end;
      if (r < b && toks[r]!.value === ',') r++;
      const after = r < b ? toks[r]!.lower : '';
      if (startsWithDigit(after)) {
        if (!YEAR.test(after) || !tight(s, r) || (r > x.end && !tight(s, x.end))) return UNSURE;
        x.y = Number(after);
        x.end = r + 1;
      }
    } else if (x.d === null && !w.edge && q === end && DIGIT_RUN.test(next)) {
      // `Apr 232017`, `Last updated at Oct 032017` (the space between day and year lost in scraping):
      // chrono reads nothing there; a run of a day and a year is that day.
      const glued = DAY_YEAR.exec(next);
      if (glued === null || !possibleDay(w.mo, Number(glued[1]))) return undefined;
      [x.d, x.y, x.end] = [Number(glued[1]), Number(glued[2]), q + 1];
    } else return UNSURE;
  } else if (next === 'of' && q === end) {
    // `March of 2011` (chrono's month-year form); `5 March of 2016` reads differently.
    const yt = toks[q + 1];
    if (yt !== undefined && q + 1 < b && startsWithDigit(yt.lower)) {
      if (x.d !== null || !YEAR.test(yt.lower) || !tight(s, q) || !tight(s, q + 1)) return UNSURE;
      x.y = Number(yt.lower);
      x.end = q + 2;
    }
  }
  return GO_ON;
}

/** A clock time right after a day (`23 April 2016 18:20`, `March 5 at 10:30`): chrono joins it to the date. */
function clockAfter(s: Scan, b: number, x: Parts, clocks: readonly number[], zones: Zones): Step {
  const toks = s.toks;
  const end = x.end;
  let c = end;
  if (c < b && (toks[c]!.lower === 'at' || toks[c]!.value === ',')) c++;
  if (c < b && clocks.includes(c)) {
    const clock = x.d === null ? null : CLOCK.exec(toks[c]!.value);
    if (clock === null || !tight(s, c) || (c > end && !tight(s, end))) return UNSURE;
    const [h, min] = [Number(clock[1]), Number(clock[2])];
    if (h > 24 || min > 59 || clockExtended(s, c + 1, b, zones.time)) return UNSURE;
    [x.h, x.min, x.end] = [h, min, c + 1];
  }
  return GO_ON;
}

/** What follows must not extend the date or make a range of it. */
function nothingExtends(s: Scan, b: number, x: Parts, zones: Zones): Step {
  const toks = s.toks;
  const end = x.end;
  if (x.h === null && extendedAfter(s, end, b, zones.date)) return UNSURE;
  if (end < b) {
    const w = toks[end]!.lower;
    // A number after a date without its year may be chrono's year (`5 March 16`) or a time it joins to the
    // date; after the year it is neither (`5 March 2016 10 dead`), unless written as a clock (`… 2016 8.15`).
    const n = startsWithDigit(w) ? w : DATE_TIME_JOINERS.has(w) && end + 1 < b ? toks[end + 1]!.lower : '';
    if (x.h === null && startsWithDigit(n) && (x.y === null || CLOCKISH.test(n))) return UNSURE;
    // An era after a number (`2016 AD`, `5 BC`) is part of chrono's year.
    if (ERAS.has(w) && startsWithDigit(toks[end - 1]!.lower)) return UNSURE;
  }
  return GO_ON;
}

/** `the end of March`, `the last day of March`: chrono moves these to the month's last day. */
function endOfMonth(s: Scan, a: number, b: number, w: MonthWord, x: Parts): Step {
  if (x.d !== null) return GO_ON;
  const toks = s.toks;
  const lead = periodEnd(s, a, w.m);
  if (lead === UNSURE) return UNSURE;
  if (lead === undefined) return GO_ON;
  const end = x.end;
  const after = end < b ? toks[end]!.lower : '';
  // Its month-year form reads no bare `Jan` (see below); `the end of March this year` takes its year after.
  if (x.y === null && after !== ',' && after !== 'of' && !w.full && !w.name.endsWith('.') && w.name.length <= 3)
    return undefined;
  if (w.edge || (w.mo === 2 && x.y === null)) return UNSURE;
  if (end + 1 < b && RELATIVE_YEARS.has(after) && toks[end + 1]!.lower === 'year') return UNSURE;
  x.d = daysInMonth(x.y ?? 2001, w.mo);
  x.first = lead;
  return GO_ON;
}

/** A month with no day and no year: chrono's month-year form, `in March`, or no date (`Jan`, the modal `may`). */
function bareMonth(s: Scan, a: number, b: number, w: MonthWord, x: Parts): Step {
  if (x.d !== null || x.y !== null) return GO_ON;
  const toks = s.toks;
  const { m, name } = w;
  const end = x.end;
  const lead = !w.edge && m > a && toks[m - 1]!.lower === 'in';
  if (lead && !tight(s, m)) return UNSURE;
  // chrono's month-year form takes a `,` or `of` after the month, year or not (`in May, the…`).
  const after = end < b ? toks[end]!.lower : '';
  const taken = after === ',' || after === 'of';
  if (taken && end + 1 < b && !toks[end + 1]!.spaceBefore && isWordChar(toks[end + 1]!.value.charCodeAt(0)))
    return UNSURE;
  if (!taken && !lead) {
    // A bare three-letter month (`Jan`) is no date to chrono, nor is a bare `May` (unless it is all the window says).
    if (!w.full && !name.endsWith('.') && name.length <= 3) return undefined;
    // `last May`, `early May`, `since May`: a word that only goes with a period makes it the month.
    // `late-May` splits into `late`, `-`, `May`.
    const before = toks[m - 1]?.lower === '-' && !toks[m]!.spaceBefore ? toks[m - 2]?.lower : toks[m - 1]?.lower;
    if (name === 'may' && !(a === m && b === m + 1) && !MONTH_LEADS.has(before ?? '')) return undefined;
  }
  return GO_ON;
}
