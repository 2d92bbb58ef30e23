/**
 * TIMEX3 values of relative expressions, computed from the anchor. Each
 * function keeps only the granularity the expression gives, and returns an
 * underspecified value (`XXXX-12-18`, `XXXX-WXX-6`) or `null` when the anchor
 * lacks what it needs — never a date from the clock.
 */
import type { Anchor } from './anchor.js';
import {
  addDays,
  addMonths,
  dayValue,
  isValidDay,
  monthValue,
  pad,
  quarterOf,
  weekdayOf,
  weekValue,
  type Ymd,
} from './calendar.js';
import type { Season } from './lexicon.js';

/**
 * How a weekday, month or month-day is placed: on or before the anchor
 * (`past`), on or after it (`future`), strictly before (`last`), strictly
 * after (`next`), or whichever is closer (`nearest`, when the clause's tense
 * says nothing; a weekday then counts as `past`).
 */
export type Placement = 'past' | 'future' | 'last' | 'next' | 'nearest';

/** A weekday (1 = Monday … 7 = Sunday) placed against the anchor. */
export function weekdayDate(anchor: Anchor, wd: number, how: Placement): Ymd | null {
  if (anchor.day === null) return null;
  const a = weekdayOf(anchor.day);
  switch (how) {
    case 'nearest':
    case 'past':
      return addDays(anchor.day, -((a - wd + 7) % 7));
    case 'last':
      return addDays(anchor.day, -((a - wd + 7) % 7 || 7));
    case 'future':
      return addDays(anchor.day, (wd - a + 7) % 7);
    case 'next':
      return addDays(anchor.day, (wd - a + 7) % 7 || 7);
  }
}

/** The value of a weekday: a day, or `XXXX-WXX-6` without an anchor day. */
export function weekdayValue(anchor: Anchor, wd: number, how: Placement): string {
  const day = weekdayDate(anchor, wd, how);
  return day === null ? `XXXX-WXX-${wd}` : dayValue(day);
}

/** The year of month `m` (day `d`, default the whole month) placed against the anchor, or `null`. */
function placeYear(anchor: Anchor, m: number, d: number | null, how: Placement): number | null {
  if (anchor.y === null) return null;
  if (anchor.m === null) return anchor.y;
  // Compare (m, d) with the anchor's (month, day); a bare month compares by month only.
  const ad = anchor.d;
  let cmp = m - anchor.m;
  if (cmp === 0 && d !== null && ad !== null) cmp = d - ad;
  switch (how) {
    case 'nearest': {
      // The occurrence closest to the anchor, in days (a bare month counts from its 15th).
      const day = d ?? 15;
      const at = Date.UTC(anchor.y, anchor.m - 1, ad ?? 15);
      let best = anchor.y;
      for (const y of [anchor.y - 1, anchor.y + 1]) {
        if (Math.abs(Date.UTC(y, m - 1, day) - at) < Math.abs(Date.UTC(best, m - 1, day) - at)) best = y;
      }
      return best;
    }
    case 'past':
      return cmp <= 0 ? anchor.y : anchor.y - 1;
    case 'last':
      return cmp < 0 ? anchor.y : anchor.y - 1;
    case 'future':
      return cmp >= 0 ? anchor.y : anchor.y + 1;
    case 'next':
      return cmp > 0 ? anchor.y : anchor.y + 1;
  }
}

/** A month and day without a year (`December 18`): `2015-12-18`, or `XXXX-12-18`. */
export function monthDayValue(anchor: Anchor, m: number, d: number, how: Placement): string | null {
  const y = placeYear(anchor, m, d, how);
  if (y === null) return isValidDay(2000, m, d) ? `XXXX-${pad(m)}-${pad(d)}` : null;
  if (!isValidDay(y, m, d)) return null;
  return dayValue({ y, m, d });
}

/** A month without a year (`in September`): `2015-09`, or `XXXX-09`. */
export function monthNameValue(anchor: Anchor, m: number, how: Placement): string {
  return monthValue(placeYear(anchor, m, null, how), m);
}

/** The year `k` years from the anchor's (`last year` → k = -1). */
export function yearValue(anchor: Anchor, k: number): string | null {
  return anchor.y === null ? null : pad(anchor.y + k, 4);
}

/** The month `k` months from the anchor's. */
export function monthOffsetValue(anchor: Anchor, k: number): string | null {
  if (anchor.y === null || anchor.m === null) return null;
  const r = addMonths(anchor.y, anchor.m, k);
  return monthValue(r.y, r.m);
}

/** The ISO week `k` weeks from the anchor's (`this week` → `2013-W12`). */
export function weekOffsetValue(anchor: Anchor, k: number): string | null {
  return anchor.day === null ? null : weekValue(addDays(anchor.day, 7 * k));
}

/** The weekend of the week `k` weeks from the anchor's (`2013-W12-WE`). */
export function weekendValue(anchor: Anchor, k: number): string | null {
  const w = weekOffsetValue(anchor, k);
  return w === null ? null : `${w}-WE`;
}

/** The most recent weekend on or before the anchor (`over the weekend`). */
export function lastWeekendValue(anchor: Anchor): string | null {
  if (anchor.day === null) return null;
  const wd = weekdayOf(anchor.day);
  const back = wd >= 6 ? 0 : wd; // Monday → 1 day back to Sunday
  return `${weekValue(addDays(anchor.day, -back))}-WE`;
}

/** The day `k` days from the anchor's; `XXXX-MM-DD` when only the year is missing and the month is not left. */
export function dayOffsetValue(anchor: Anchor, k: number): string | null {
  if (anchor.day !== null) return dayValue(addDays(anchor.day, k));
  if (anchor.m !== null && anchor.d !== null) {
    const d = anchor.d + k;
    if (isValidDay(2001, anchor.m, d)) return `XXXX-${pad(anchor.m)}-${pad(d)}`; // 2001: no leap day
  }
  return null;
}

/** The quarter `k` quarters from the anchor's (`2017-Q1`). */
export function quarterOffsetValue(anchor: Anchor, k: number): string | null {
  if (anchor.y === null || anchor.m === null) return null;
  const n = anchor.y * 4 + (quarterOf(anchor.m) - 1) + k;
  return `${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`;
}

/** Quarter `q` of a year placed against the anchor (`the fourth quarter`). */
export function quarterValue(anchor: Anchor, q: number, how: Placement): string | null {
  if (anchor.y === null) return null;
  if (anchor.m === null) return `${pad(anchor.y, 4)}-Q${q}`;
  const now = quarterOf(anchor.m);
  if (how === 'nearest') {
    // The quarter whose middle month is closest to the anchor's month.
    const at = anchor.y * 12 + anchor.m;
    let best = anchor.y;
    for (const y of [anchor.y - 1, anchor.y + 1]) {
      if (Math.abs(y * 12 + q * 3 - 1 - at) < Math.abs(best * 12 + q * 3 - 1 - at)) best = y;
    }
    return `${pad(best, 4)}-Q${q}`;
  }
  const before = how === 'past' || how === 'last';
  let y = anchor.y;
  if (before && q > now) y--;
  if (!before && q < now) y++;
  return `${pad(y, 4)}-Q${q}`;
}

/** The decade `k` decades from the anchor's (`this decade` → `201`). */
export function decadeValue(anchor: Anchor, k: number): string | null {
  return anchor.y === null ? null : String(Math.floor(anchor.y / 10) + k);
}

/**
 * A season placed against the anchor (`last summer` → `2016-SU`). Winter `Y`
 * is the winter that starts in December of `Y`. `k` is a year offset (`this
 * winter` → 0) or a placement.
 */
export function seasonValue(anchor: Anchor, season: Season, k: number | Placement, range: [number, number]): string {
  if (anchor.y === null) return `XXXX-${season}`;
  if (typeof k === 'number') return `${pad(anchor.y + k, 4)}-${season}`;
  const m = anchor.m ?? 6;
  const y = anchor.y;
  if (k === 'nearest') k = 'past';
  let year: number;
  if (season === 'WI') {
    const current = m === 12 ? y : m <= 2 ? y - 1 : null; // the winter we are in, if any
    if (k === 'past') year = current ?? y - 1;
    else if (k === 'last') year = current === null ? y - 1 : current - 1;
    else if (k === 'future') year = current ?? y;
    else year = current === null ? y : current + 1;
  } else {
    const [from, to] = range;
    if (k === 'past') year = from <= m ? y : y - 1;
    else if (k === 'last') year = to < m ? y : y - 1;
    else if (k === 'future') year = to >= m ? y : y + 1;
    else year = from > m ? y : y + 1;
  }
  return `${pad(year, 4)}-${season}`;
}
