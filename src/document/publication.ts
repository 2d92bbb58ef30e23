/**
 * The publication date of a document: the caller's, or inferred from a
 * timestamp line (`01/02/2016 21:15`, `March 01, 2008`, `Published: 3 May
 * 2019`), a dated URL (`/2017/feb/25/`), or the dateline (`London, 27 Feb –`).
 *
 * Numeric dates that read both ways (`01/02/2016`) are read day-first or
 * month-first by the evidence of the document itself ({@link evidenceOrder}):
 * unambiguous numeric dates (`23/04/2019`), a weekday next to the date that
 * agrees with only one reading, the caller's `publishedAt` matching one
 * reading, the order of written dates (`27 Feb` vs `Feb 27`), a 24-hour or
 * a.m./p.m. clock, British or American spelling, and the country domain of
 * the URL. Day-first wins a tie, as most of the world writes dates that way.
 *
 * The rule for the page's own date: the first stamp at the top of the page
 * (timestamp lines, then the paragraphs above the article), never a date deeper
 * in the body; a stamp labelled as a revision (`Updated:`, `Last modified on`)
 * gives way to a first-publication stamp after it (`First published on`,
 * `Published`, or an unlabelled stamp) and stands only when the page prints no
 * other. On FA-KES the page's stamp differs from the CSV's date for about a
 * quarter of the articles; the bench (`publication` suite) sorts those
 * differences by cause, and most are the CSV off (the article's own weekdays fit
 * the page's date).
 */
import lexicon from '../lexicon/dates.json';
import type { DateOrder, NumericDateOrder, Publication, Span } from '../types.js';
import type { Document } from './model.js';

const MONTHS = new Map<string, number>(Object.entries(lexicon.months));
const WEEKDAYS = new Map<string, number>([
  ...Object.entries(lexicon.weekdays),
  ...Object.entries(lexicon.weekdayAbbreviations),
]);
const BRITISH = new Set(lexicon.britishSpellings);
const AMERICAN = new Set(lexicon.americanSpellings);
const DAY_FIRST_DOMAINS = new Set(lexicon.dayFirstDomains);
const MONTH_FIRST_DOMAINS = new Set(lexicon.monthFirstDomains);

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** ISO weekday (1 = Monday … 7 = Sunday). */
function weekday(y: number, m: number, d: number): number {
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const NUMERIC_PUBLISHED = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:(?:[T ]|, ?)(\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/**
 * Reads the caller's `publishedAt` into a TIMEX3-style value that keeps only
 * the granularity given: `2017-02-25`, `2016-02-01T21:15`, `2017-02`, `2017`.
 * A `Date` at UTC midnight is a day; any other `Date` keeps its UTC minute.
 * A numeric date (`10/7/2016`, `10.7.2016 21:15`) is read in `dateOrder`
 * (`'dmy'` or `'mdy'`); without it, one that reads both ways throws a
 * `RangeError` naming `options.dateOrder`. Returns `null` for an invalid value.
 *
 * @example
 * ```ts
 * publicationValue('2016-02-01T21:15'); // '2016-02-01T21:15'
 * publicationValue(new Date(Date.UTC(2017, 1, 25))); // '2017-02-25'
 * publicationValue('10/7/2016', 'mdy'); // '2016-10-07'
 * publicationValue('23/7/2016'); // '2016-07-23'
 * publicationValue('10/7/2016'); // throws RangeError (set options.dateOrder)
 * publicationValue('yesterday'); // null
 * ```
 */
export function publicationValue(input: Date | string, dateOrder: NumericDateOrder | null = null): string | null {
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return null;
    const day = `${pad(input.getUTCFullYear(), 4)}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`;
    if (input.getUTCHours() === 0 && input.getUTCMinutes() === 0 && input.getUTCSeconds() === 0) return day;
    return `${day}T${pad(input.getUTCHours())}:${pad(input.getUTCMinutes())}`;
  }
  const text = input.trim();
  const n = NUMERIC_PUBLISHED.exec(text);
  if (n !== null) return numericPublished(text, n, dateOrder);
  const m = ISO.exec(text);
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

/** A numeric `publishedAt` in the caller's order; both readings valid and no order → RangeError. */
function numericPublished(text: string, n: RegExpExecArray, dateOrder: NumericDateOrder | null): string | null {
  const a = Number(n[1]);
  const b = Number(n[3]);
  const y = Number(n[4]);
  const dmy = validDay(y, b, a);
  const mdy = validDay(y, a, b);
  let mo: number;
  let d: number;
  if (dateOrder === 'dmy') {
    if (!dmy) return null;
    [mo, d] = [b, a];
  } else if (dateOrder === 'mdy') {
    if (!mdy) return null;
    [mo, d] = [a, b];
  } else if (dmy && mdy && a !== b) {
    throw new RangeError(
      `newsfacts: \`options.publishedAt\` ${JSON.stringify(text)} reads both day-first and month-first: set \`options.dateOrder\` to 'dmy' or 'mdy'`,
    );
  } else if (dmy) [mo, d] = [b, a];
  else if (mdy) [mo, d] = [a, b];
  else return null;
  let value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (n[5] !== undefined) {
    if (Number(n[5]) > 23 || Number(n[6]) > 59) return null;
    value += `T${pad(Number(n[5]))}:${n[6]}`;
  }
  return value;
}

/** A candidate publication date found in the text. */
interface Found {
  value: string;
  start: number;
  end: number;
  order: DateOrder | null;
  /** `true` when a label calls it a revision (`Updated:`, `Last modified on`), not the first publication. */
  updated?: boolean;
}

// ───────────────────────────── day/month order ─────────────────────────────

/** What {@link evidenceOrder} reads: the document's tokens, the caller's date, and URLs. */
export interface OrderEvidence {
  /** The document's tokens (value and lower-case form, in order). */
  readonly tokens: readonly { readonly value: string; readonly lower: string }[];
  /** The caller's publication value, if any. */
  readonly publishedAt: string | null;
  /** The caller's URL and URLs printed in the page. */
  readonly urls: readonly string[];
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const CLOCK_24 = /^(\d{1,2})[:.]\d{2}$/;
const MERIDIEM = new Set(['am', 'pm', 'a.m.', 'p.m.']);
const HOST = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i;

/** The two readings of an ambiguous numeric date: [day-first, month-first] as y-m-d, or null when invalid. */
function readings(a: number, b: number, y: number): [[number, number, number] | null, [number, number, number] | null] {
  return [validDay(y, b, a) ? [y, b, a] : null, validDay(y, a, b) ? [y, a, b] : null];
}

function fullYear(y: string): number {
  return y.length === 4 ? Number(y) : 2000 + Number(y);
}

/**
 * The score of the evidence for day-first (positive) against month-first
 * (negative) dates in a document; see the module comment for the sources.
 *
 * @example
 * ```ts
 * evidenceScore({ tokens: [{ value: '23/04/2019', lower: '23/04/2019' }], publishedAt: null, urls: [] }); // 3
 * ```
 */
export function evidenceScore(ev: OrderEvidence): number {
  const toks = ev.tokens;
  let numeric = 0;
  let written = 0;
  let spelling = 0;
  let clock = 0;
  const pub = ev.publishedAt === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(ev.publishedAt);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.lower;
    const c0 = w.charCodeAt(0);
    // Dates and clocks start with a digit, words with anything else: one regex or lookups per token, not all.
    if (c0 >= 48 && c0 <= 57) {
      const m = NUMERIC_DATE.exec(w);
      if (m === null) {
        const c = CLOCK_24.exec(w);
        if (c !== null && Number(c[1]) >= 13 && Number(c[1]) <= 23 && !MERIDIEM.has(toks[i + 1]?.lower ?? ''))
          clock += 1;
        continue;
      }
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) numeric += 3;
      else if (b > 12 && a <= 12) numeric -= 3;
      else if (a !== b) {
        const y = fullYear(m[3]!);
        const [df, mf] = readings(a, b, y);
        // A weekday right before the date ("Monday, 01/02/2016") agrees with one reading only.
        for (let k = Math.max(0, i - 2); k < i; k++) {
          const wd = WEEKDAYS.get(toks[k]!.lower.replace(/\.$/, ''));
          if (wd === undefined || df === null || mf === null) continue;
          const okDf = weekday(...df) === wd;
          const okMf = weekday(...mf) === wd;
          if (okDf !== okMf) numeric += okDf ? 3 : -3;
        }
        // The caller's date matches one reading.
        if (pub !== null && df !== null && mf !== null) {
          const p = [Number(pub[1]), Number(pub[2]), Number(pub[3])];
          const isDf = df[0] === p[0] && df[1] === p[1] && df[2] === p[2];
          const isMf = mf[0] === p[0] && mf[1] === p[1] && mf[2] === p[2];
          if (isDf !== isMf) numeric += isDf ? 3 : -3;
        }
      }
      continue;
    }
    const month = MONTHS.get(w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
    if (month !== undefined && t.value.charCodeAt(0) <= 90) {
      if (i > 0 && DAY_NUMBER.test(toks[i - 1]!.lower)) written += 1;
      else {
        const next = toks[i + 1]?.lower ?? '';
        if (DAY_NUMBER.test(next) && Number(DAY_NUMBER.exec(next)![1]) <= 31) written -= 1;
      }
      continue;
    }
    if (BRITISH.has(w)) spelling += 0.5;
    else if (AMERICAN.has(w)) spelling -= 0.5;
    else if (MERIDIEM.has(w) && i > 0 && /^\d/.test(toks[i - 1]!.value)) clock -= 1;
  }
  let domain = 0;
  for (const u of ev.urls) {
    const host = HOST.exec(u)?.[1]?.toLowerCase();
    if (host === undefined) continue;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (DAY_FIRST_DOMAINS.has(tld)) domain += 2;
    else if (MONTH_FIRST_DOMAINS.has(tld)) domain -= 2;
  }
  const clamp = (x: number, c: number): number => Math.max(-c, Math.min(c, x));
  return numeric + clamp(written, 3) + clamp(spelling, 2) + clamp(clock, 1) + clamp(domain, 2);
}

/**
 * Day-first or month-first, by the evidence of the document (ties: day-first).
 *
 * @example
 * ```ts
 * evidenceOrder({ tokens: [{ value: '04/23/2019', lower: '04/23/2019' }], publishedAt: null, urls: [] }); // 'month-first'
 * ```
 */
export function evidenceOrder(ev: OrderEvidence): DateOrder {
  return evidenceScore(ev) < 0 ? 'month-first' : 'day-first';
}

/**
 * The day/month order of a parsed document's numeric dates: the order its
 * publication date was read with, else the evidence of its text.
 *
 * @example
 * ```ts
 * documentDateOrder(parse('Posted 04/23/2019. The flood came on 04/21/2019.')); // 'month-first'
 * ```
 */
export function documentDateOrder(doc: Document): DateOrder {
  if (doc.publication.order !== null) return doc.publication.order;
  const urls: string[] = [];
  if (doc.options.url !== null) urls.push(doc.options.url);
  for (const t of doc.tokens) if (t.shape === 'url') urls.push(t.value);
  return evidenceOrder({ tokens: doc.tokens, publishedAt: doc.options.publishedAt, urls });
}

// ───────────────────────────── stamps, URLs, datelines ─────────────────────────────

const NUMERIC_STAMP = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,? (?:at )?(\d{1,2})[:.](\d{2}))?/;

/**
 * Reads a numeric timestamp (`01/02/2016 21:15`). A part over 12 decides the
 * order; otherwise `prefer` (the document's evidence) does, and the reading is
 * reported in `order`.
 *
 * @example
 * ```ts
 * readStamp('01/02/2016 21:15 by admin', 0)?.value; // '2016-02-01T21:15'
 * ```
 */
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

const MONTH_WORD = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const TIME_PART = '(?:,? (?:at )?(\\d{1,2})[:.](\\d{2})(?: ?([AaPp])\\.?[Mm]\\.?)?|,? at (\\d{2})(\\d{2})(?!\\d))?';
const WORD_STAMPS = [
  // 1 March 2008, 27 Feb 2017 10:30
  { re: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_WORD} ?,? (\\d{4})${TIME_PART}`), day: 1, month: 2, year: 3 },
  // March 01, 2008 / Feb. 3, 2017 at 5:30 p.m. / June 16 , 2010 (a page rebuilt from tokens spaces its comma)
  { re: new RegExp(`${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)? ?,? (\\d{4})${TIME_PART}`), day: 2, month: 1, year: 3 },
];

/**
 * A clock printed before a stamp's date (`9:42 AM EAT, Sun August 18, 2024`, `10:42 GMT 3 March 2018`):
 * hours, minutes, a.m./p.m., a zone in capitals and a weekday, ending where the date starts.
 */
const LEADING_CLOCK =
  /(?<!\d)(\d{1,2})[:.](\d{2}) ?(?:([AaPp])\.?[Mm]\.?)?(?: [A-Z]{2,5})?,? (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? )?$/;

/** The `Thh:mm` of a clock that ends `before` (the text before a stamp's date), and where it starts; or `null`. */
function leadingClock(before: string): { time: string; start: number } | null {
  const m = LEADING_CLOCK.exec(before.slice(-40));
  if (m === null) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ap = m[3]?.toLowerCase();
  if (ap !== undefined && (h === 0 || h > 12)) return null;
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { time: `T${pad(h)}:${pad(min)}`, start: before.length - Math.min(40, before.length) + m.index };
}

/**
 * Reads a timestamp line written with a month name (`March 01, 2008`,
 * `Monday 27 February 2017 10:30 GMT`, `Published: 3 May 2019`), with a clock
 * before or after the date (`Updated 9:42 AM EAT, Sun August 18, 2024`).
 *
 * @example
 * ```ts
 * readWordStamp('March 01, 2008', 0)?.value; // '2008-03-01'
 * ```
 */
export function readWordStamp(line: string, offset: number): Found | null {
  for (const { re, day, month, year } of WORD_STAMPS) {
    const m = re.exec(line);
    if (m === null) continue;
    const mo = MONTHS.get(m[month]!.toLowerCase());
    const d = Number(m[day]);
    const y = Number(m[year]);
    if (mo === undefined || !validDay(y, mo, d)) continue;
    let value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    let start = m.index;
    if (m[4] !== undefined) {
      let h = Number(m[4]);
      const ap = m[6]?.toLowerCase();
      if (ap === 'p' && h < 12) h += 12;
      if (ap === 'a' && h === 12) h = 0;
      if (h < 24 && Number(m[5]) < 60) value += `T${pad(h)}:${m[5]}`;
    } else if (m[7] !== undefined) {
      // `Mon 13 Mar 2017 at 1130`: a four-digit clock after `at`.
      if (Number(m[7]) < 24 && Number(m[8]) < 60) value += `T${m[7]}:${m[8]}`;
    } else {
      // The clock may come first: `Updated 9:42 AM EAT, Sun August 18, 2024`.
      const c = leadingClock(line.slice(0, m.index));
      if (c !== null) [value, start] = [value + c.time, c.start];
    }
    return { value, start: offset + start, end: offset + m.index + m[0].length, order: null };
  }
  return null;
}

const URL_DATE =
  /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](0?[1-9]|[12]\d|3[01])(?:\/|$|[^\d])/i;

/**
 * Reads a dated path from a URL (`/2017/feb/25/`, `/2017/02/25/`).
 *
 * @example
 * ```ts
 * readUrlDate('https://www.theguardian.com/world/2017/feb/25/story', 0)?.value; // '2017-02-25'
 * ```
 */
export function readUrlDate(url: string, offset: number): Found | null {
  const m = URL_DATE.exec(url);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = /^\d/.test(m[2]!) ? Number(m[2]) : MONTHS.get(m[2]!.toLowerCase())!;
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
  /(?:(\d{1,2}) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.?|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.? (\d{1,2}))(?:,? ((?:19|20)\d{2}|\d{2})(?!\d))?/;

/** A dateline's year: four digits as written, two as wire copy writes them (`12 JAN 90`: 50–99 → 19xx, else 20xx). */
function datelineYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n >= 50 ? 1900 + n : 2000 + n;
}

/**
 * Reads the date of a dateline (`London, 27 Feb –`, `SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) --`), underspecified
 * (`XXXX-02-27`) without a year.
 *
 * @example
 * ```ts
 * readDatelineDate('London, 27 Feb –', 0)?.value; // 'XXXX-02-27'
 * readDatelineDate('San Salvador, 12 Jan 90 (Radio Venceremos) --', 0)?.value; // '1990-01-12'
 * ```
 */
export function readDatelineDate(dateline: string, offset: number): Found | null {
  const m = DATELINE_DATE.exec(dateline);
  if (m === null) return null;
  const monthName = (m[2] ?? m[3])!.slice(0, 3).toLowerCase();
  const mo = MONTHS.get(monthName);
  const d = Number(m[1] ?? m[4]);
  if (mo === undefined) return null;
  const y = m[5] !== undefined ? datelineYear(m[5]) : 2000; // leap-year-safe check without a year
  if (!validDay(y, mo, d)) return null;
  const year = m[5] === undefined ? 'XXXX' : pad(datelineYear(m[5]), 4);
  return {
    value: `${year}-${pad(mo)}-${pad(d)}`,
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    order: null,
  };
}

// ───────────────────────────── a stamp at the top of the page ─────────────────────────────

const WEEKDAY_WORD = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? ';
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/**
 * One date with a year, as a page prints its own: `28 July 2015`, `November 17 2017`,
 * `Aug 012016` (day glued to the year), `05.10.2017`, `2017-10-05`, with an optional
 * weekday before it and clock time after it (`at 1130`, `10:59`, `102138`, ISO's `T10:42:00Z`).
 * Groups: 1 weekday · 2 d 3 month 4 y · 5 month 6 d 7 y · 8 month 9 dd 10 yyyy ·
 * 11 a 12 separator 13 b 14 y (numeric) · 15 y 16 m 17 d (ISO) · 18 h 19 min 20 a/p ·
 * 21 h 22 min (`at 1130`) · 23 hhmmss.
 */
const TOP_DATE = new RegExp(
  `(?<![\\p{L}\\d])(${WEEKDAY_WORD})?(?:` +
    `(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME},? ((?:19|20)\\d{2})` +
    `|${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})` +
    `|${MONTH_NAME} (\\d{2})((?:19|20)\\d{2})` +
    `|(\\d{1,2})([/.-])(\\d{1,2})\\12((?:19|20)\\d{2})` +
    `|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})` +
    `)(?!\\d)(?:(?:,? (?:at )?|T)(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?(?: ?([ap])\\.?m\\.?)?(?!\\d)|,? at (\\d{2})(\\d{2})(?!\\d)| (\\d{6})(?!\\d))?`,
  'giu',
);
/** A label that introduces the page's own date (`Published`, `Posted on`, `Date of publication`, `Last updated at`). */
const STAMP_LABEL =
  /(?:^|[^\p{L}])(?:date of publication|publication date|(?:first |last )?(?:published|posted|updated|modified)(?: on| at)?|last update)[: ]*$/iu;
/**
 * Whether `before`, the words before a date, end in a label of the page's own date stamp
 * (`Posted on`, `Last updated at`, `Date of publication`).
 *
 * @example
 * ```ts
 * isStampLabel('Last updated at '); // true
 * isStampLabel('The war began on '); // false
 * ```
 */
export function isStampLabel(before: string): boolean {
  return STAMP_LABEL.test(before.length > 40 ? before.slice(-40) : before);
}
/** A label of a revision rather than of the first publication (`Updated:`, `Last modified on`). */
const REVISION_LABEL = /(?:^|[^\p{L}])(?:(?:last )?(?:updated|modified)(?: on| at)?|last update)[: ]*$/iu;
/** Words after which a date is part of a sentence (`since 6 October 2016`, `a report dated …`), not a stamp. */
const IN_SENTENCE = new Set(lexicon.datePrepositions);
const LETTER = /\p{L}/u;

/** The last word of `s` when only non-letters other than digits follow it (`'the Posted on, '` → `on`), else `''`; one pass from the end. */
function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && !LETTER.test(s[e - 1]!) && s[e - 1] !== "'") {
    const c = s.charCodeAt(e - 1);
    if (c >= 48 && c <= 57) return '';
    e--;
  }
  let b = e;
  while (b > 0 && (LETTER.test(s[b - 1]!) || s[b - 1] === "'")) b--;
  return s.slice(b, e);
}
/** How far into a paragraph at the top of the page a stamp may stand. */
const TOP_REACH = 250;

/**
 * Reads the page's own date printed at the top of a paragraph: the date a
 * site writes above or before its article (`28 July 2015 A suicide bomber…`,
 * `Date of publication 7 October 2016`, `Published November 17 2017`,
 * `Mon 13 Mar 2017 at 1130`, `… Monitor AFP Saturday 16 Jul 2016 Air raids…`),
 * within the paragraph's first 250 characters. A date there is taken as a
 * stamp when it opens the paragraph, follows a label (`Posted on`, `Updated:`,
 * `Last modified`), carries a weekday, or is numeric — unless the word before
 * it makes it part of a sentence (`since`, `on`, `dated`); a month-name date
 * without those signs counts only outside the headline and before a capital
 * (`… on Aleppo city 6 October 2016 Aleppo SANA-…`), and never after a
 * sentence has ended. Ambiguous numeric dates are read day-first when written
 * with dots or dashes, and in `prefer` order (the page's evidence) with slashes.
 * A revision stamp (`Last modified on …`) gives way to a later stamp in the
 * paragraph, and is returned with `updated: true` when none follows.
 *
 * @example
 * ```ts
 * readTopStamp('Published November 17 2017 Shelling killed ten.', 0, false)?.value; // '2017-11-17'
 * readTopStamp('Mon 13 Mar 2017 at 1130 Regional NNA - Shelling…', 0, false)?.value; // '2017-03-13T11:30'
 * readTopStamp('Rebels have held it since 6 October 2016.', 0, false); // null
 * ```
 */
export function readTopStamp(
  block: string,
  offset: number,
  headline: boolean,
  prefer: () => DateOrder = () => 'day-first',
): Found | null {
  const text = block.slice(0, TOP_REACH);
  let revision: Found | null = null;
  TOP_DATE.lastIndex = 0;
  for (let m = TOP_DATE.exec(text); m !== null; m = TOP_DATE.exec(text)) {
    // A clock printed before the date (`Updated 9:42 AM EAT, Sun August 18, 2024`) is part of the stamp.
    const clock = m[18] === undefined && m[21] === undefined && m[23] === undefined ? leadingClock(text.slice(0, m.index)) : null;
    const from = clock === null ? m.index : clock.start;
    const before = text.slice(0, from);
    // A finished sentence before it: the date is in the body, not above it.
    if (/[.!?]["”’']? \p{Lu}/u.test(text.slice(0, from + 1))) return revision;
    const weekdayGiven = m[1] !== undefined;
    const numeric = m[11] !== undefined || m[15] !== undefined || m[8] !== undefined;
    const prevWord = lastWord(before.slice(-40));
    const prev = prevWord.toLowerCase();
    const opens = /^[\s\p{P}]*$/u.test(before);
    const labelled = STAMP_LABEL.test(before.slice(-40));
    let ok = opens || labelled;
    if (!ok && !IN_SENTENCE.has(prev)) {
      // After a lower-case word a date is part of a sentence (`passed away Friday, March 25, 2016`);
      // a stamp follows a title, an agency credit (`AFP Saturday 16 Jul 2016`) or a time.
      if ((weekdayGiven || numeric) && !/^\p{Ll}/u.test(prevWord)) ok = true;
      else if (!headline)
        ok = /^(?:\s*$|\s+[\p{Lu}\d(]|\s*[-–—|(])/u.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 3) || ' ',
        );
    }
    if (!ok) continue;
    const f = topValue(m, prefer);
    if (f === null) continue;
    const found = {
      value: clock === null ? f.value : f.value + clock.time,
      start: offset + from,
      end: offset + m.index + m[0].length,
      order: f.order,
    };
    // `Last modified on 25 Feb … First published on 24 Feb`: a revision stamp gives way to a later publication stamp.
    if (labelled && REVISION_LABEL.test(before.slice(-40))) {
      revision ??= { ...found, updated: true };
      continue;
    }
    return found;
  }
  return revision;
}

/** The value of a {@link TOP_DATE} match, or `null` for an impossible date. */
function topValue(m: RegExpExecArray, prefer: () => DateOrder): { value: string; order: DateOrder | null } | null {
  let y: number;
  let mo: number | undefined;
  let d: number;
  let order: DateOrder | null = null;
  if (m[2] !== undefined) [y, mo, d] = [Number(m[4]), MONTHS.get(m[3]!.toLowerCase()), Number(m[2])];
  else if (m[5] !== undefined) [y, mo, d] = [Number(m[7]), MONTHS.get(m[5]!.toLowerCase()), Number(m[6])];
  else if (m[8] !== undefined) [y, mo, d] = [Number(m[10]), MONTHS.get(m[8]!.toLowerCase()), Number(m[9])];
  else if (m[11] !== undefined) {
    const a = Number(m[11]);
    const b = Number(m[13]);
    y = Number(m[14]);
    if (a > 12 && b <= 12) [mo, d] = [b, a];
    else if (b > 12 && a <= 12) [mo, d] = [a, b];
    else {
      // Dots and dashes (`05.10.2017`, `02-09-2013`) are the day-first conventions of
      // Europe, Russia and the Middle East; the US writes slashes, read by the page's evidence.
      order = a === b ? null : m[12] === '/' ? prefer() : 'day-first';
      [mo, d] = order === 'month-first' ? [a, b] : [b, a];
    }
  } else [y, mo, d] = [Number(m[15]), Number(m[16]), Number(m[17])];
  if (mo === undefined || !validDay(y, mo, d)) return null;
  let value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  let h: number | null = null;
  let min = 0;
  if (m[18] !== undefined) {
    h = Number(m[18]);
    min = Number(m[19]);
    if (m[20]?.toLowerCase() === 'p' && h < 12) h += 12;
    if (m[20]?.toLowerCase() === 'a' && h === 12) h = 0;
  } else if (m[21] !== undefined) [h, min] = [Number(m[21]), Number(m[22])];
  else if (m[23] !== undefined) {
    [h, min] = [Number(m[23].slice(0, 2)), Number(m[23].slice(2, 4))];
    if (Number(m[23].slice(4)) > 59) h = null;
  }
  if (h !== null && h < 24 && min < 60) value += `T${pad(h)}:${pad(min)}`;
  return { value, order };
}

/** Inputs to {@link inferPublication}, all in normalised offsets. */
export interface PublicationEvidence {
  /** Text of date/time stamp lines in the dateline zone, with their offsets. */
  readonly stamps: readonly { text: string; start: number }[];
  /**
   * The paragraphs at the top of the page, down to the first body paragraph
   * (headline flagged), where a stamp may be printed before the article.
   */
  readonly tops?: readonly { text: string; start: number; headline: boolean }[];
  /** Dateline prefixes of body paragraphs, with offsets. */
  readonly datelines: readonly { text: string; start: number }[];
  /** The caller's URL, if any. */
  readonly url: string | null;
  /** URLs printed in the page, with offsets. */
  readonly pageUrls: readonly { text: string; start: number }[];
  /** The document's day/month order by the evidence of its text (asked only for an ambiguous stamp). */
  readonly order: () => DateOrder;
}

/**
 * Picks the publication date: the caller's value; else a timestamp line
 * (numeric, read in the document's day/month order, or with a month name);
 * else a stamp printed at the top of the page ({@link readTopStamp}); a
 * revision stamp (`Updated: …`) only when no other stamp is found there;
 * else a dated URL (the caller's, then one printed in the page); else the
 * dateline, with `XXXX` for a year it does not give.
 *
 * @example
 * ```ts
 * const none = { stamps: [], datelines: [], url: null, pageUrls: [], order: () => 'day-first' as const };
 * inferPublication('2017-02-25', none, span).source; // 'option'
 * ```
 */
export function inferPublication(
  option: string | null,
  ev: PublicationEvidence,
  span: (start: number, end: number) => Span,
): Publication {
  if (option !== null) return { value: option, source: 'option', evidence: null, order: null };
  let revision: Found | null = null;
  for (const s of ev.stamps) {
    let f = readStamp(s.text, s.start);
    if (f !== null && f.order !== null) f = readStamp(s.text, s.start, ev.order());
    f ??= readWordStamp(s.text, s.start);
    if (f === null) continue;
    if (REVISION_LABEL.test(s.text.slice(Math.max(0, f.start - s.start - 40), f.start - s.start))) {
      revision ??= f;
      continue;
    }
    return { value: f.value, source: 'timestamp', evidence: span(f.start, f.end), order: f.order };
  }
  for (const t of ev.tops ?? []) {
    const f = readTopStamp(t.text, t.start, t.headline, ev.order);
    if (f === null) continue;
    // A revision stamp (`Updated: …`) stands for the page only when no publication stamp follows it.
    if (f.updated === true) {
      revision ??= f;
      continue;
    }
    return { value: f.value, source: 'timestamp', evidence: span(f.start, f.end), order: f.order };
  }
  if (revision !== null)
    return {
      value: revision.value,
      source: 'timestamp',
      evidence: span(revision.start, revision.end),
      order: revision.order,
    };
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
