/**
 * The publication date of a document: the caller's, or inferred from a
 * timestamp line, a dated URL, or the dateline.
 */
import type { DateOrder, Publication, Span } from '../types.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Reads the caller's `publishedAt` into a TIMEX3-style value that keeps only
 * the granularity given: `2017-02-25`, `2016-02-01T21:15`, `2017-02`, `2017`.
 * A `Date` at UTC midnight is a day; any other `Date` keeps its UTC minute.
 * Returns `null` for an invalid value.
 *
 * @example
 * ```ts
 * publicationValue('2016-02-01T21:15'); // '2016-02-01T21:15'
 * publicationValue(new Date(Date.UTC(2017, 1, 25))); // '2017-02-25'
 * publicationValue('yesterday'); // null
 * ```
 */
export function publicationValue(input: Date | string): string | null {
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return null;
    const day = `${pad(input.getUTCFullYear(), 4)}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`;
    if (input.getUTCHours() === 0 && input.getUTCMinutes() === 0 && input.getUTCSeconds() === 0) return day;
    return `${day}T${pad(input.getUTCHours())}:${pad(input.getUTCMinutes())}`;
  }
  const m = ISO.exec(input.trim());
  if (m === null) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return m[1]!;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return `${m[1]}-${m[2]}`;
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return null;
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
}

/** A candidate publication date found in the text. */
interface Found {
  value: string;
  start: number;
  end: number;
  order: DateOrder | null;
}

const NUMERIC_STAMP = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,? (\d{1,2})[:.](\d{2}))?/;

/** Reads a numeric timestamp (`01/02/2016 21:15`), day-first unless a part over 12 decides. */
export function readStamp(line: string, offset: number, prefer: DateOrder = 'day-first'): Found | null {
  const m = NUMERIC_STAMP.exec(line);
  if (m === null) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  let order: DateOrder | null = null;
  let day: number;
  let month: number;
  if (a > 12 && b <= 12) [day, month] = [a, b];
  else if (b > 12 && a <= 12) [day, month] = [b, a];
  else {
    order = a === b ? null : prefer;
    [day, month] = prefer === 'day-first' ? [a, b] : [b, a];
  }
  if (!validDay(y, month, day)) return null;
  let value = `${pad(y, 4)}-${pad(month)}-${pad(day)}`;
  if (m[4] !== undefined && Number(m[4]) < 24 && Number(m[5]) < 60) value += `T${pad(Number(m[4]))}:${m[5]}`;
  return { value, start: offset + m.index, end: offset + m.index + m[0].length, order };
}

const URL_DATE =
  /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](0?[1-9]|[12]\d|3[01])(?:\/|$|[^\d])/i;

/** Reads a dated path from a URL (`/2017/feb/25/`, `/2017/02/25/`). */
export function readUrlDate(url: string, offset: number): Found | null {
  const m = URL_DATE.exec(url);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = /^\d/.test(m[2]!) ? Number(m[2]) : MONTHS[m[2]!.toLowerCase()]!;
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return null;
  const start = offset + m.index + 1;
  return {
    value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`,
    start,
    end: start + m[1]!.length + m[2]!.length + m[3]!.length + 2,
    order: null,
  };
}

const DATELINE_DATE =
  /(?:(\d{1,2}) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.? (\d{1,2}))(?:,? ((?:19|20)\d{2}))?/;

/** Reads the date of a dateline (`London, 27 Feb –`), underspecified (`XXXX-02-27`) without a year. */
export function readDatelineDate(dateline: string, offset: number): Found | null {
  const m = DATELINE_DATE.exec(dateline);
  if (m === null) return null;
  const monthName = (m[2] ?? m[3])!.slice(0, 3).toLowerCase();
  const mo = MONTHS[monthName];
  const d = Number(m[1] ?? m[4]);
  if (mo === undefined) return null;
  const y = m[5] !== undefined ? Number(m[5]) : 2000; // leap-year-safe check without a year
  if (!validDay(y, mo, d)) return null;
  const year = m[5] ?? 'XXXX';
  return {
    value: `${year}-${pad(mo)}-${pad(d)}`,
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    order: null,
  };
}

/** Inputs to {@link inferPublication}, all in normalised offsets. */
export interface PublicationEvidence {
  /** Text of date/time stamp lines in the dateline zone, with their offsets. */
  readonly stamps: readonly { text: string; start: number }[];
  /** Dateline prefixes of body paragraphs, with offsets. */
  readonly datelines: readonly { text: string; start: number }[];
  /** The caller's URL, if any. */
  readonly url: string | null;
  /** URLs printed in the page, with offsets. */
  readonly pageUrls: readonly { text: string; start: number }[];
}

/**
 * Picks the publication date: the caller's value; else a timestamp line;
 * else a dated URL (the caller's, then one printed in the page); else the
 * dateline, whose missing year is taken from another source when they agree
 * on nothing else, or left as `XXXX`.
 */
export function inferPublication(
  option: string | null,
  ev: PublicationEvidence,
  span: (start: number, end: number) => Span,
): Publication {
  if (option !== null) return { value: option, source: 'option', evidence: null, order: null };
  for (const s of ev.stamps) {
    const f = readStamp(s.text, s.start);
    if (f !== null) return { value: f.value, source: 'timestamp', evidence: span(f.start, f.end), order: f.order };
  }
  if (ev.url !== null) {
    const f = readUrlDate(ev.url, 0);
    if (f !== null) return { value: f.value, source: 'url', evidence: null, order: null };
  }
  for (const u of ev.pageUrls) {
    const f = readUrlDate(u.text, u.start);
    if (f !== null) return { value: f.value, source: 'url', evidence: span(f.start, f.end), order: null };
  }
  for (const d of ev.datelines) {
    const f = readDatelineDate(d.text, d.start);
    if (f !== null) return { value: f.value, source: 'dateline', evidence: span(f.start, f.end), order: null };
  }
  return { value: null, source: 'none', evidence: null, order: null };
}
