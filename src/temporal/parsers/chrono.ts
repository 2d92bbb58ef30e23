/**
 * Calendar dates and clock times read by chrono-node on candidate spans
 * only: wink's DATE/TIME entities and our own triggers (month names, numeric
 * dates, clock times), each with a few tokens of context, never the whole
 * text. chrono reads `February 25`, `27 Feb`, `March 01, 2008`, `3rd of March
 * 2016`, `01/02/2016 21:15`, `2016-02-01`, `6:40 p.m. (GMT +8)`; a missing
 * year is then placed by our own rules (past unless the clause points
 * forward; `November previous year`), and relative words are left to our
 * parsers, which keep granularity and never read the clock.
 */
// The English locale only: the package root loads every locale (three times the import time).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { DateOrder } from '../../types.js';
import { dayValue, isValidDay, monthValue, pad } from '../calendar.js';
import { direction } from '../direction.js';
import { DATE_NAME_HEADS, EDGE_MODIFIERS, PERIOD_EDGES, RELATIVE } from '../lexicon.js';
import { monthDayValue, monthNameValue, weekdayValue, yearValue, type Placement } from '../resolve.js';
import { capitalised, is, isInnerHyphen, low, report, type Scan } from '../scan.js';
import { clockTimes } from './clocks.js';
import { monthDates } from './months.js';
import { numericDates } from './numeric.js';
import { monthOf, type Reading, type Zones } from './readings.js';

/**
 * What one of chrono's parsers reads, known by its class name or found by what it
 * parses when the name is unknown (bundlers that minify rename classes): `relative` parsers read
 * casual and relative expressions (ours handle those), `month` parsers month
 * names (needless in a window without month letters), `clock` the clock-time
 * parser (in a window without a clock, what it reads is dropped, or swallows a
 * date).
 */
type ParserKind = 'relative' | 'month' | 'clock' | 'other';

/** Probe phrases per kind, tried in this order; the first kind whose probe a parser reads is its kind. */
const PROBES: readonly (readonly [ParserKind, readonly string[]])[] = [
  [
    'relative',
    [
      'today',
      'tomorrow',
      'yesterday',
      'tonight',
      'now',
      'noon',
      'last week',
      'next month',
      'this Friday',
      'Tuesday',
      '3 days ago',
      'in 2 days',
      'within 3 days',
      '2 weeks from now',
      'last 2 days',
      'next 2 weeks',
      'end of the month',
    ],
  ],
  ['month', ['March 5', '5 March', 'March 2016', '2016 March', 'in March']],
  ['clock', ['5pm', '17:00', 'at 5:30 p.m.']],
];
const PROBE_REFERENCE = new Date(Date.UTC(2019, 2, 6, 12));
const kinds = new WeakMap<object, ParserKind>();

/**
 * The kinds of chrono-node's English parsers by class name, as {@link probedKind} finds them (a test
 * checks that it still does): probing costs the first document about half a second, mostly V8
 * compiling the giant patterns of the relative parsers dropped right after. A class whose name is not
 * here (a minifier renamed it, a new chrono version added it) is probed.
 */
export const KNOWN_KINDS: Readonly<Record<string, ParserKind>> = {
  ENYearMonthDayParser: 'other',
  ISOFormatParser: 'other',
  SlashDateFormatParser: 'other',
  ENSlashMonthFormatParser: 'other',
  ENTimeUnitWithinFormatParser: 'relative',
  ENWeekdayParser: 'relative',
  ENTimeUnitAgoFormatParser: 'relative',
  ENTimeUnitLaterFormatParser: 'relative',
  ENCasualDateParser: 'relative',
  ENCasualTimeParser: 'relative',
  ENEndOfCurrentMonthParser: 'relative',
  ENRelativeDateFormatParser: 'relative',
  ENTimeUnitCasualRelativeFormatParser: 'relative',
  ENMonthNameLittleEndianParser: 'month',
  ENMonthNameMiddleEndianParser: 'month',
  ENYearMonthNameParser: 'month',
  ENMonthNameParser: 'month',
  ENTimeExpressionParser: 'clock',
};

/** The kind of a chrono parser, by its class name when known, else probed (once per parser class). */
export function parserKind(parser: chrono.Parser): ParserKind {
  const key = (parser as object).constructor;
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = Object.hasOwn(KNOWN_KINDS, key.name) ? KNOWN_KINDS[key.name]! : probedKind(parser);
    kinds.set(key, kind);
  }
  return kind;
}

/** The kind of a chrono parser found by what it reads: the first kind one of whose probe phrases it reads. */
export function probedKind(parser: chrono.Parser): ParserKind {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  for (const [k, probes] of PROBES) if (probes.some((p) => alone.parse(p, PROBE_REFERENCE).length > 0)) return k;
  return 'other';
}

const RELATIVE_TAGS = ['result/relativeDate', 'casualReference/', 'parser/ENCasual'];

const instances = new Map<string, chrono.Chrono>();

/**
 * A chrono instance with only its absolute-date and clock parsers, for a
 * day/month order; without the month-name parsers when the window has no
 * month letters, without the clock parser when it has no clock.
 */
function instance(order: DateOrder, months: boolean, clock: boolean): chrono.Chrono {
  const key = `${order}|${months}|${clock}`;
  let c = instances.get(key);
  if (c === undefined) {
    const conf = chrono.configuration.createCasualConfiguration(order === 'day-first');
    conf.parsers = conf.parsers.filter((p) => {
      const kind = parserKind(p);
      if (kind === 'relative') return false;
      if (!months && kind === 'month') return false;
      return clock || kind !== 'clock';
    });
    c = new chrono.Chrono(conf);
    instances.set(key, c);
  }
  return c;
}

const CONTEXT_BEFORE = 4;
const CONTEXT_AFTER = 6;
const MAX_WINDOW = 48;
const LEADING = new Set([
  'at',
  'on',
  'in',
  'from',
  'since',
  'by',
  'until',
  'till',
  'of',
  'to',
  'around',
  'about',
  'before',
  'after',
  'during',
  'for',
  'between',
]);
const FRACTION = /^\d{1,2}\s?[/.-]\s?\d{1,2}$/;
const HAS_LETTER = /[a-z]/i;
const NUMERIC = /\d[/.-]\d/;
/** What chrono's slash-date parser reads a date from: `3/5`, or day, month and year (`3.5.16`). */
const SLASH_DATE = /\d\/\d|\d[.-]\d{1,2}[/.-]\d\d/;
/** A day, month and four-digit year written with dots or dashes (`05.10.2017`, `02-09-2013`). */
const DOTTED_DATE = /(?<!\d)\d{1,2}([.-])\d{1,2}\1\d{4}(?!\d)/;
const SLASH = /\d\/\d/;
/** Anything chrono's month-name parsers might start from (a superset: `may`, `summary`). */
const MONTH_LETTERS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const CLOCK_CUE = /\d[:.]\d\d|\d\s?[ap]\.?m\b|o'clock|\bnoon\b|\bmidnight\b/i;

/** A candidate window `[a, b)` of tokens and the triggers `[from, to)` it holds. */
interface Window {
  a: number;
  b: number;
  from: number;
  to: number;
}

/** Upper-case words after a date, and whether chrono takes them for its time zone (`EST`, not `AFP`). */
const ZONE_WORDS = new Map<string, boolean>();
/** Distinct words remembered (bounded against hostile input). */
const MAX_ZONE_WORDS = 512;

/** Whether chrono appends `word` to a date before it as a time zone (asked once per word). */
function isZone(word: string): boolean {
  let zone = ZONE_WORDS.get(word);
  if (zone === undefined) {
    if (ZONE_WORDS.size >= MAX_ZONE_WORDS) ZONE_WORDS.clear();
    const probe = 'March 5';
    const r = instance('month-first', true, false).parse(`${probe} ${word}`, new Date(Date.UTC(2000, 5, 15, 12)));
    zone = r.length > 0 && r[0]!.text.length > probe.length;
    ZONE_WORDS.set(word, zone);
  }
  return zone;
}

/** Words after a clock time, and whether chrono takes them for its time zone (any case: `est`, `GMT`). */
const TIME_ZONE_WORDS = new Map<string, boolean>();

/** Whether chrono appends `word` to a clock time before it as a time zone (asked once per word). */
function isTimeZone(word: string): boolean {
  let zone = TIME_ZONE_WORDS.get(word);
  if (zone === undefined) {
    if (TIME_ZONE_WORDS.size >= MAX_ZONE_WORDS) TIME_ZONE_WORDS.clear();
    const probe = '5 March 2000 10:30';
    const r = instance('month-first', true, true).parse(`${probe} ${word}`, {
      instant: new Date(Date.UTC(2000, 5, 15, 12)),
      timezone: 0,
    });
    zone = r.length > 0 && r[0]!.text.length > probe.length;
    TIME_ZONE_WORDS.set(word, zone);
  }
  return zone;
}

const ZONES: Zones = { date: isZone, time: isTimeZone };

/** Candidate windows around the triggers (in token order), merged, within sentences. */
function windows(s: Scan, triggers: readonly number[]): Window[] {
  const toks = s.toks;
  const out: Window[] = [];
  let last: Window | undefined;
  for (let t = 0; t < triggers.length; t++) {
    const i = triggers[t]!;
    const sentence = toks[i]!.sentence;
    let a = i;
    while (a > 0 && a > i - CONTEXT_BEFORE && toks[a - 1]!.sentence === sentence) a--;
    let b = i + 1;
    while (b < toks.length && b < i + 1 + CONTEXT_AFTER && toks[b]!.sentence === sentence) b++;
    // Triggers come in token order, so windows do too.
    if (last !== undefined && a <= last.b && toks[a]!.sentence === toks[last.a]!.sentence && b - last.a <= MAX_WINDOW) {
      last.b = Math.max(last.b, b);
      last.to = t + 1;
    } else {
      last = { a, b, from: t, to: t + 1 };
      out.push(last);
    }
  }
  return out;
}

/** The reference chrono resolves against: the anchor day at noon UTC, or a fixed day (never the clock). */
function reference(s: Scan): chrono.ParsingReference {
  const a = s.anchor;
  const t = Date.UTC(a.y ?? 2000, (a.m ?? 6) - 1, a.d ?? 15, 12);
  return { instant: new Date(t), timezone: 0 };
}

/** Parts of speech of a noun phrase's head or modifier after a date (`the June 3 offensive`). */
const ATTRIBUTIVE = new Set(['NOUN', 'ADJ']);

/** Placement of a month or month-day from the words before it, else from the clause's tense. */
function placement(s: Scan, first: number, end: number): { how: Placement; first: number } {
  const w = low(s, first - 1);
  if (w === 'last' || w === 'previous' || w === 'past') return { how: 'last', first: first - 1 };
  if (w === 'next' || w === 'coming') return { how: 'next', first: first - 1 };
  if (w === 'this') return { how: direction(s, first, end) ?? 'nearest', first: first - 1 };
  // "could come a month after the April 9 ceasefire": a date naming an event (`the <date> <noun>`) is the
  // event's, not the modal clause's; it is placed on whichever side of publication it lies nearer.
  if (w === 'the' && ATTRIBUTIVE.has(s.toks[end]?.pos ?? '') && s.toks[end]!.sentence === s.toks[first]!.sentence) {
    const how = direction(s, first, end);
    return { how: how === 'future' ? 'nearest' : (how ?? 'nearest'), first };
  }
  let lead = first;
  if (EDGE_MODIFIERS.has(w)) lead = first - 1;
  // "early-April", "late-May": the modifier hyphened to a month it splits from.
  else if (isInnerHyphen(s, first - 1) && EDGE_MODIFIERS.has(low(s, first - 2))) lead = first - 2;
  else if (w === 'of' && PERIOD_EDGES.has(low(s, first - 2)) && is(s, first - 3, 'the')) lead = first - 3;
  return { how: direction(s, first, end) ?? 'nearest', first: lead };
}

/** A year given after a month: `November previous year`, `October of next year`, `March this year`. */
function yearAfter(s: Scan, end: number): { y: number; end: number } | null {
  let j = end;
  if (low(s, j) === 'of' || low(s, j) === ',') j++;
  if (is(s, j, 'the')) j++;
  const r = RELATIVE.get(low(s, j));
  if (r === undefined || low(s, j + 1) !== 'year') return null;
  const y = yearValue(s.anchor, r);
  return y === null ? null : { y: Number(y), end: j + 2 };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The tokens inside `[a, b)` that the character span `[cs, ce)` touches, or `null`. */
function touched(s: Scan, a: number, b: number, cs: number, ce: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = a; k < b; k++) {
    const t = s.toks[k]!;
    if (t.end <= cs || t.start >= ce) continue;
    if (first < 0) first = k;
    last = k;
  }
  return first < 0 ? null : [first, last + 1];
}

/** Maps a character span of the normalised text to whole tokens inside `[a, b)`, or `null`. */
function toTokens(s: Scan, a: number, b: number, cs: number, ce: number): [number, number] | null {
  const span = touched(s, a, b, cs, ce);
  if (span === null) return null;
  const [first, end] = span;
  const last = end - 1;
  const ft = s.toks[first]!;
  const lt = s.toks[last]!;
  if (ft.shape === 'url' || lt.shape === 'url') return null;
  // A token cut by the span must only add letters and hyphens ("mid-June"), not digits (URLs, codes).
  const norm = s.doc.norm;
  for (let k = ft.start; k < cs; k++) if (isDigit(norm.charCodeAt(k))) return null;
  for (let k = Math.max(ce, lt.start); k < lt.end; k++) if (isDigit(norm.charCodeAt(k))) return null;
  return span;
}

/** What started a candidate window: a month name, a numeric date, or a clock time. */
export type Trigger = 'month' | 'numeric' | 'clock';

/**
 * Reads the windows around `triggers` (token indexes, in order; `kinds[k]`
 * says what trigger `k` is): month-name dates and numeric dates with our own
 * readers when a window holds nothing else they cannot read, the rest with
 * chrono.
 */
export function chronoDates(
  s: Scan,
  triggers: readonly number[],
  kinds: readonly Trigger[],
  order: () => DateOrder,
): void {
  if (triggers.length === 0) return;
  let ref: chrono.ParsingReference | null = null;
  const norm = s.doc.norm;
  for (const w of windows(s, triggers)) {
    const { a, b } = w;
    // Our readers take windows of month names (with the clock times of their days) or of numeric dates.
    let monthCount = 0;
    let numerics = 0;
    let clocks = 0;
    for (let t = w.from; t < w.to; t++) {
      const k = kinds[t]!;
      if (k === 'month') monthCount++;
      else if (k === 'numeric') numerics++;
      else clocks++;
    }
    let own: Reading[] | null = null;
    if (monthCount > 0 && numerics === 0) {
      const ms: number[] = [];
      const cs: number[] = [];
      for (let t = w.from; t < w.to; t++) (kinds[t] === 'month' ? ms : cs).push(triggers[t]!);
      own = monthDates(s, a, b, ms, cs, ZONES);
    } else if (numerics > 0 && monthCount === 0 && clocks === 0) {
      own = numericDates(s, a, b, triggers.slice(w.from, w.to), order, ZONES);
    } else if (monthCount === 0 && numerics === 0) {
      own = clockTimes(s, a, b, triggers.slice(w.from, w.to), ZONES);
    }
    if (own !== null) {
      for (const r of own) read(s, a, b, r);
      continue;
    }
    const from = s.toks[a]!.start;
    const text = norm.slice(from, s.toks[b - 1]!.end);
    // The document's day/month order (worked out when first needed) matters to chrono's slash dates and,
    // in a window with numbers like them, to its month-name parsers.
    const months = MONTH_LETTERS.test(text);
    const ordered = NUMERIC.test(text) && (months || SLASH_DATE.test(text));
    // A full date with dots or dashes and no slashes is day-first, as numeric.ts reads it.
    const dayFirst = DOTTED_DATE.test(text) && !SLASH.test(text);
    const parser = instance(dayFirst ? 'day-first' : ordered ? order() : 'month-first', months, CLOCK_CUE.test(text));
    let results: chrono.ParsedResult[];
    try {
      // chrono joins a range of days by a hyphen only (`March 3-5, 2018`); an en or em dash is read as one (same length).
      const hyphened = text.includes('–') || text.includes('—') ? text.replace(RANGE_DASHES, '-') : text;
      results = parser.parse(hyphened, (ref ??= reference(s)), { forwardDate: false });
    } catch {
      continue; // chrono never sees more than a window; a failure there loses one candidate only
    }
    for (const r of results) {
      const tags = r.tags();
      let relative = false;
      for (const t of tags) if (RELATIVE_TAGS.some((p) => t.startsWith(p))) relative = true;
      if (relative) continue;
      const c = r.start;
      const start = from + r.index;
      if (r.end !== null && r.end !== undefined && rangeOfDays(s, a, b, start, r)) continue;
      read(s, a, b, {
        start,
        end: start + r.text.length,
        y: certain(c, 'year'),
        mo: certain(c, 'month'),
        d: certain(c, 'day'),
        wd: certain(c, 'weekday'),
        h: certain(c, 'hour'),
        min: certain(c, 'minute'),
      });
    }
  }
}

/** A dash between two figures (`3–5`), which chrono reads as a range only when it is a hyphen. */
const RANGE_DASHES = /(?<=\d ?)[–—](?= ?\d)/g;
/** What joins the two ends of a range of days in chrono's text (`3-5`, `3 to 5`, `June 3 until June 5`). */
const RANGE_JOIN = / ?(?:-|\bto\b|\buntil\b|\btill\b|\bthrough\b) ?/g;
/** A dashed numeric date opening the text (`2018-03-03`, `3-5-2018`), whose own hyphens join no range. */
const DASHED_DATE_HEAD = /^\d{1,4}-\d{1,2}-\d{1,4}/;

/**
 * A range of days without clock times (`March 3-5`, `3-5 March 2018`, `June 3 to June 5`): two dates, one for
 * each end (TIMEX3 marks the two ends of a range), each taking the month and year the other gives. Returns
 * whether it was read so.
 */
function rangeOfDays(s: Scan, a: number, b: number, start: number, r: chrono.ParsedResult): boolean {
  const e = r.end!;
  if (r.start.isCertain('hour') || e.isCertain('hour') || !r.start.isCertain('day') || !e.isCertain('day'))
    return false;
  // the join comes after the first end: past a dashed numeric date (`2018-03-03 to 2018-03-05`)
  RANGE_JOIN.lastIndex = DASHED_DATE_HEAD.exec(r.text)?.[0].length ?? 0;
  const join = RANGE_JOIN.exec(r.text);
  if (join === null || join.index === 0) return false;
  const mo = certain(r.start, 'month') ?? certain(e, 'month');
  const endMo = certain(e, 'month') ?? mo;
  const y = certain(r.start, 'year') ?? certain(e, 'year');
  const endY = certain(e, 'year') ?? y;
  const none = { wd: null, h: null, min: null, part: true } as const;
  const cut = start + join.index;
  read(s, a, b, { start, end: cut, y, mo, d: r.start.get('day'), ...none });
  read(s, a, b, {
    start: cut + join[0].length,
    end: start + r.text.length,
    y: endY,
    mo: endMo,
    d: e.get('day'),
    ...none,
  });
  return true;
}

function certain(c: ParsedComponents, k: chrono.Component): number | null {
  return c.isCertain(k) ? c.get(k) : null;
}

const TWO_DIGITS = /^\d{2}$/;

/** Whether token `k`, a two-digit number read as the end of `year`, counts a noun right after it (`28 bodies`). */
function countsNext(s: Scan, k: number, year: number): boolean {
  const t = s.toks[k]!;
  const next = s.toks[k + 1];
  return (
    TWO_DIGITS.test(t.value) &&
    Number(t.value) === year % 100 &&
    next !== undefined &&
    next.sentence === t.sentence &&
    next.pos === 'NOUN'
  );
}

/** A reading placed on tokens: `[first, end)`, the characters of a range end cut out of a token, its year. */
interface Placed {
  first: number;
  end: number;
  cut: { start: number; end: number } | undefined;
  y: number | null;
}

/** Turns one reading (chrono's or our own) into a mention. */
function read(s: Scan, a: number, b: number, r: Reading): void {
  const p = placedReading(s, a, b, r);
  if (p === null) return;
  const text = s.doc.norm.slice(s.toks[p.first]!.start, s.toks[p.end - 1]!.end);
  if (p.cut === undefined && FRACTION.test(text)) return;
  if (r.mo === null && r.h === null) return;
  dropCountedYear(s, p, r);
  if (!plausibleDate(s, p, r, text)) return;
  const c = calendarValue(s, p, r);
  if (r.h === null) {
    // Placed back by tense alone: a story told in an earlier year re-places it (refine.ts anchorStoryDates).
    const story =
      r.mo !== null && p.y === null && (c.how === 'past' || c.how === 'nearest') ? { m: r.mo, d: r.d } : undefined;
    const { first, end, cut } = p;
    report(s, {
      first,
      end,
      chars: cut,
      type: 'DATE',
      value: c.date,
      rank: 3,
      isDay: c.isDay,
      storyMonth: story,
      by: 'chrono',
    });
    return;
  }
  reportClockTime(s, p, r, r.h, text, c.date);
}

/** The tokens a reading covers, trimmed of leading prepositions and trailing punctuation, or `null`. */
function placedReading(s: Scan, a: number, b: number, r: Reading): Placed | null {
  let span = toTokens(s, a, b, r.start, r.end);
  // One end of a range cut out of a token (`3` of `March 3-5`): the tokens it touches, its own characters.
  let cut: { start: number; end: number } | undefined;
  if (span === null && r.part === true) {
    span = touched(s, a, b, r.start, r.end);
    cut = { start: r.start, end: r.end };
  }
  if (span === null) return null;
  let [first, end] = span;
  while (first < end - 1 && LEADING.has(low(s, first))) first++;
  if (cut === undefined) {
    while (end > first + 1 && s.toks[end - 1]!.pos === 'PUNCT' && low(s, end - 1) !== ')') end--;
  } else cut.start = Math.max(cut.start, s.toks[first]!.start);
  return { first, end, cut, y: r.y };
}

/** `on 23 September 28 bodies were found`: a two-digit number chrono took for the year counts the noun after it. */
function dropCountedYear(s: Scan, p: Placed, r: Reading): void {
  if (p.y !== null && r.d !== null && r.h === null && p.end - p.first > 2 && countsNext(s, p.end - 1, p.y)) {
    p.end--;
    p.y = null;
  }
}

/** Whether a placed reading is a date or time at all: not part of a name, a fraction or a lower-case word. */
function plausibleDate(s: Scan, p: Placed, r: Reading, text: string): boolean {
  const { first, end } = p;
  // "April 7th Street", "the March 14 alliance": a date that names a place or a group is part of the name.
  // The head is capitalised, or the date stands between `the` and it (`on March 14 coalition jets struck` is a date).
  if (
    r.mo !== null &&
    r.d !== null &&
    p.y === null &&
    DATE_NAME_HEADS.has(low(s, end)) &&
    (capitalised(s, end) || low(s, first - 1) === 'the')
  )
    return false;
  // A numeric date needs its year ("3/4" is a fraction or a score).
  if (r.h === null && p.y === null && r.part !== true && !HAS_LETTER.test(text)) return false;
  // Month names must be capitalised ("may", "march" are words).
  for (let k = first; k < end; k++) {
    if (!capitalised(s, k) && monthOf(s, k) !== 0 && !s.toks[k]!.lower.includes('-')) return false;
  }
  return true;
}

/** The calendar value of a placed reading: its year completed from the words after it or placed by tense. */
function calendarValue(s: Scan, p: Placed, r: Reading): { date: string | null; isDay: boolean; how: Placement | null } {
  const { mo, d, wd } = r;
  let date: string | null = null;
  let isDay = false;
  let how: Placement | null = null;
  if (mo !== null) {
    if (p.y === null) {
      const after = p.cut === undefined ? yearAfter(s, p.end) : null;
      if (after !== null) {
        p.y = after.y;
        p.end = after.end;
      } else {
        const pl = placement(s, p.first, p.end);
        how = pl.how;
        p.first = pl.first;
      }
    } else {
      p.first = placement(s, p.first, p.end).first;
    }
    const y = p.y;
    if (d !== null) {
      if (y !== null) date = isValidDay(y, mo, d) ? dayValue({ y, m: mo, d }) : null;
      else date = monthDayValue(s.anchor, mo, d, how ?? 'past');
      isDay = date !== null && !date.startsWith('X');
    } else date = y !== null ? monthValue(y, mo) : monthNameValue(s.anchor, mo, how ?? 'past');
  } else if (wd !== null) {
    const wdIso = wd === 0 ? 7 : wd;
    date = weekdayValue(s.anchor, wdIso, direction(s, p.first, p.end) ?? 'past');
    isDay = !date.startsWith('X');
  }
  return { date, isDay, how };
}

/** Reports a clock time (with its day when the reading has one) if its words hold a clock. */
function reportClockTime(s: Scan, p: Placed, r: Reading, h: number, text: string, day: string | null): void {
  // A clock time needs a clock in its words ("14" of "14%" is no hour).
  if (r.clock !== true && !CLOCK_CUE.test(text)) return;
  const { first, end } = p;
  const min = r.min ?? 0;
  const date = day !== null && r.d === null && r.wd === null ? null : day; // a month is no day for a clock time
  // `at 1130am.`: the tokenizer keeps a sentence's full stop on a glued meridiem; it is no part of the time.
  const last = s.toks[end - 1]!;
  const chars = GLUED_MERIDIEM_STOP.test(last.lower) ? { start: s.toks[first]!.start, end: last.end - 1 } : undefined;
  if (date === null) {
    report(s, { first, end, chars, type: 'TIME', value: null, pending: { h, min }, rank: 3, by: 'chrono' });
    return;
  }
  report(s, { first, end, chars, type: 'TIME', value: `${date}T${pad(h)}:${pad(min)}`, rank: 3, by: 'chrono' });
}

/** A meridiem glued to its figure and followed by a full stop (`1130am.`, `0pm.`); `p.m.` keeps its dot. */
const GLUED_MERIDIEM_STOP = /\d[ap]m\.$/;
