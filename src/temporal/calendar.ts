/**
 * Calendar arithmetic on plain year/month/day numbers (proleptic Gregorian,
 * no time zones) and the TIMEX3 value strings built from them.
 */

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Zero-pads `n` to `w` digits. */
export function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether y-m-d is a real day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day. */
export function weekdayOf(day: Ymd): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The day `n` days after (`n` < 0: before) `day`. */
export function addDays(day: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The first day after `day` (never `day` itself) that falls on ISO weekday `wd` (1 = Monday … 7 = Sunday).
 *
 * @example
 * ```ts
 * nextWeekday({ y: 2019, m: 5, d: 15 }, 3); // { y: 2019, m: 5, d: 22 }: 15 May 2019 is a Wednesday
 * ```
 */
export function nextWeekday(day: Ymd, wd: number): Ymd {
  return addDays(day, (wd - weekdayOf(day) + 7) % 7 || 7);
}

/** The month `n` months after `(y, m)`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Ymd): { y: number; w: number } {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d));
  const wd = weekdayOf(day);
  t.setUTCDate(t.getUTCDate() + 4 - wd); // the Thursday of this week decides the year
  const y = t.getUTCFullYear();
  const jan1 = Date.UTC(y, 0, 1);
  const w = Math.floor((t.getTime() - jan1) / 86400000 / 7) + 1;
  return { y, w };
}

/** Compares two days: negative when `a` is earlier. */
export function compareDays(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** `2017-02-25`. */
export function dayValue(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `2017-02`, or `XXXX-02` when the year is unknown. */
export function monthValue(y: number | null, m: number): string {
  return `${y === null ? 'XXXX' : pad(y, 4)}-${pad(m)}`;
}

/** The Thursday of ISO week `w` of week-year `y` (the day that puts the week in its month and year). */
export function weekThursday(y: number, w: number): Ymd {
  // 4 January is always in week 1.
  const jan4: Ymd = { y, m: 1, d: 4 };
  return addDays(jan4, 4 - weekdayOf(jan4) + 7 * (w - 1));
}

/** `2013-W12` for the ISO week holding `day`. */
export function weekValue(day: Ymd): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** The quarter (1–4) holding month `m`. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** A duration amount as TIMEX3 writes it: `3`, `3.5`, `X` for unknown. */
export function amount(n: number | null): string {
  if (n === null || !Number.isFinite(n) || n < 0) return 'X';
  return String(Math.round(n * 1000) / 1000);
}
