/**
 * The temporal-expression recogniser (shared layer): every temporal
 * expression as a TIMEX3 `type` and `value`, resolved against the document's
 * publication date. `extractDates` (src/dates/) is its public face; other
 * extractors use the same spans to know where dates and durations stand.
 *
 * One pass over the tokens looks each word up in the temporal vocabulary
 * (src/lexicon/dates.json) and hands it to the small parser for its kind —
 * weekdays, units of time, years and decades, reference words, seasons,
 * frequencies, holidays, military times — while month names, numeric dates and clock
 * times become candidate spans for chrono-node. Refiners then settle
 * overlaps and give clock times their day.
 *
 * @module
 */
import { documentDateOrder } from '../document/publication.js';
import { BE_FORMS } from '../lexicon/en/index.js';
import type { Document, Token } from '../document/model.js';
import type { DateOrder, TimexType } from '../types.js';
import { readAnchor } from './anchor.js';
import {
  DAY_WORDS,
  ELAPSED_LEADS,
  HOLIDAY_LEADS,
  MONTHS,
  PARTS_OF_DAY,
  REFERENCES,
  SEASONS,
  SET_WORDS,
  UNITS,
  WEEKDAYS,
} from './lexicon.js';
import { chronoDates, type Trigger } from './parsers/chrono.js';
import { dayWord, partOfDay, referenceAdjective, referenceNoun, referenceWord } from './parsers/references.js';
import { everySeason, seasonPhrase } from './parsers/seasons.js';
import { holiday } from './parsers/holidays.js';
import { setWord } from './parsers/sets.js';
import { militaryTime, noon } from './parsers/times.js';
import { ordinalDay } from './parsers/month-days.js';
import { quarterToken, unitPhrase } from './parsers/units.js';
import { weekdayPhrase } from './parsers/weekday.js';
import { shortYear, yearPhrase } from './parsers/years.js';
import {
  anchorStoryDates,
  attachTimes,
  coordinatedDays,
  forwardFromSentenceDay,
  joinWeekdays,
  monthEnds,
  pairedClocks,
  partsOfDays,
  resolveAnaphoricDays,
  samePeriodsLastYear,
  settle,
  sharedMonthDays,
  stretchesOfPeriods,
} from './refine.js';
import { capitalised, report, type Scan } from './scan.js';
import { defineWordClass } from '../document/classes.js';

const REFERENCE_NOUNS = ['past', 'future', 'being', 'moment', 'term', 'present', 'days', 'weeks', 'months', 'years'];
const CLOCK = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$|^(?:\d{1,2}|[1-9][0-5]\d|1[0-2][0-5]\d)(?:[ap]\.?m\.?)$/i;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:t[\d:]+z?)?$/i;
const MERIDIEM = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);
/** `3.31`, `8.15`: a clock to chrono, a decimal mostly (`3.31%`, `$7.25`). */
const DECIMAL = /^\d{1,2}\.\d{2}$/;
/** Words after a decimal that chrono reads into a clock time: a range, a zone, `o'clock`, `at night`. */
const DECIMAL_TIME_NEXT = /^(?:[a-z]{2,4}|[-–~+(?]|o'clock|o’clock|gmt[+-]?\d*|utc[+-]?\d*)$/;

/**
 * Whether the decimal at token `i` may be a clock time to chrono: alone
 * (`at 8.15` included) it reads as a fraction and is dropped, so only a word
 * that chrono reads with it (a zone, a range, `o'clock`) makes it a trigger.
 * Next to a date it is read with the date's own window.
 */
function decimalTime(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  return next !== undefined && next.sentence === toks[i]!.sentence && DECIMAL_TIME_NEXT.test(next.lower);
}
const HMS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;

/**
 * A race or lap time (`won the marathon in 2:45:10`, `his lap time was
 * 1:32:04`): hours, minutes and seconds after a word that measures elapsed
 * time, directly or across a copula, are a DURATION, not a clock.
 */
function raceTime(s: Scan, i: number): boolean {
  const w = s.toks[i]!.lower;
  // Only `h:mm:ss` can match: a colon three characters from the end (most numbers have none).
  if (w.length < 7 || w.charCodeAt(w.length - 3) !== 58) return false;
  const m = HMS.exec(w);
  if (m === null) return false;
  const prev = s.toks[i - 1]?.lower ?? '';
  // Across a copula the measure must be someone's (`his time was`, `the winning time is`), not `the time was 10:32:04`.
  const across =
    (BE_FORMS.has(prev) || prev === ':') &&
    ELAPSED_LEADS.has(s.toks[i - 2]?.lower ?? '') &&
    s.toks[i - 3]?.pos !== 'DET';
  if (!ELAPSED_LEADS.has(prev) && !across) return false;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const value = `PT${h > 0 ? `${h}H` : ''}${min > 0 ? `${min}M` : ''}${sec > 0 || (h === 0 && min === 0) ? `${sec}S` : ''}`;
  report(s, { first: i, end: i + 1, type: 'DURATION', value, rank: 3, by: 'times' });
  return true;
}
const EDGE_YEAR = /^(?:mid|early|late)-\d/;
/** `mid-September`, `Mid-June`: the month after the hyphen is capitalised (`mid-may` is no date). */
function monthCapitalised(v: string): boolean {
  const c = v.charCodeAt(v.indexOf('-') + 1);
  return c >= 65 && c <= 90;
}
const EDGE_MONTH = /^(?:mid|early|late)-([a-z]+)$/;

/** A parser for the phrase around token `i`. */
type Parser = (s: Scan, i: number) => void;

/** Which words start which parsers, in the order the parsers run on a word that starts several. */
const TRIGGERS: readonly (readonly [Iterable<string>, Parser])[] = [
  [[...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((w) => `${w}s`)], weekdayPhrase],
  [UNITS.keys(), unitPhrase],
  [REFERENCES.keys(), referenceWord],
  [['current', 'recent'], referenceAdjective],
  [REFERENCE_NOUNS, referenceNoun],
  [DAY_WORDS.keys(), dayWord],
  [PARTS_OF_DAY.keys(), partOfDay],
  [SEASONS.keys(), seasonPhrase],
  [['season'], everySeason],
  [SET_WORDS.keys(), setWord],
  [['noon', 'midday'], noon],
  [["'", '’'], shortYear],
  [['q1', 'q2', 'q3', 'q4'], quarterToken],
  [HOLIDAY_LEADS, holiday],
];
/** Month names, with and without an abbreviation's dot: candidates for the month reader and chrono. */
const MONTH_WORDS = new Set([...MONTHS.keys(), ...[...MONTHS.keys()].map((m) => `${m}.`)]);

/** What each word triggers, looked up once per token: its parsers, and whether it names a month. */
const DISPATCH = new Map<string, { parsers: Parser[]; month: boolean }>();
const entry = (w: string): { parsers: Parser[]; month: boolean } => {
  let e = DISPATCH.get(w);
  if (e === undefined) DISPATCH.set(w, (e = { parsers: [], month: false }));
  return e;
};
for (const [words, parser] of TRIGGERS) for (const w of words) entry(w).parsers.push(parser);
for (const w of MONTH_WORDS) entry(w).month = true;
/** Word-class bit of the words in {@link DISPATCH} (a bit test per token; the lookup only on a hit). */
const DISPATCHED = defineWordClass(DISPATCH.keys());

const ORDER = Symbol('dates/order');

/**
 * A temporal expression found in a document (normalised-text offsets).
 */
export interface TemporalExpression {
  /** First token. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
  /** Normalised-text start offset (may fall inside a token: `2009` of `2009-2010`). */
  readonly start: number;
  /** Normalised-text end offset. */
  readonly end: number;
  /** TIMEX3 type. */
  readonly type: TimexType;
  /** TIMEX3 value, or `null` when nothing anchors it. */
  readonly value: string | null;
}

const LAYER = Symbol('temporal-expressions');

/**
 * Every temporal expression of the document, boilerplate included, in
 * document order (cached on the document).
 *
 * @example
 * ```ts
 * temporalExpressions(parse('The talks began on Friday.', { publishedAt: '2016-02-01' }));
 * // [{ firstToken: 4, endToken: 5, start: 19, end: 25, type: 'DATE', value: '2016-01-29' }]
 * ```
 */
export function temporalExpressions(doc: Document): readonly TemporalExpression[] {
  return doc.layer(LAYER, recognise);
}

function recognise(doc: Document): TemporalExpression[] {
  const toks = doc.tokens;
  const classes = doc.classes;
  const norm = doc.norm;
  const s: Scan = { doc, toks, anchor: readAnchor(doc.publication.value), out: [] };
  const triggers: number[] = [];
  const kinds: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // The first character of the lower-case word, read from the text in order (a token's value is
    // `norm.slice(t.start, t.end)`): most tokens trigger nothing, and their own strings stay unread.
    // Folding ASCII capitals is enough: no other character lower-cases to a digit, an apostrophe, m, e or l.
    const v = norm.charCodeAt(t.start);
    const c = v >= 65 && v <= 90 ? v + 32 : v;
    if (c >= 48 && c <= 57) {
      const w = t.lower;
      if (t.shape === 'url' || t.shape === 'email') continue;
      yearPhrase(s, i);
      militaryTime(s, i);
      ordinalDay(s, i);
      const meridiem = MERIDIEM.has(toks[i + 1]?.lower ?? '');
      if (!meridiem && raceTime(s, i)) continue;
      if (meridiem || (CLOCK.test(w) && (!DECIMAL.test(w) || decimalTime(toks, i)))) {
        triggers.push(i);
        kinds.push('clock');
      } else if (NUMERIC_DATE.test(w)) {
        triggers.push(i);
        kinds.push('numeric');
      }
      continue;
    }
    const hit = (classes[i]! & DISPATCHED) !== 0 ? DISPATCH.get(t.lower) : undefined;
    if (hit === undefined) {
      // "mid-2011", "'90s", "mid-June"
      if ((c === 39 || c === 0x2019) && t.lower.length > 3) yearPhrase(s, i);
      else if ((c === 109 || c === 101 || c === 108) && t.lower.length > 4 && t.lower.includes('-')) {
        const w = t.lower;
        if (EDGE_YEAR.test(w)) yearPhrase(s, i);
        else if (MONTHS.has(EDGE_MONTH.exec(w)?.[1] ?? '') && monthCapitalised(t.value)) {
          triggers.push(i);
          kinds.push('month');
        }
      }
      continue;
    }
    for (const parse of hit.parsers) parse(s, i);
    if (hit.month && capitalised(s, i)) {
      triggers.push(i);
      kinds.push('month');
    }
  }
  const order = (): DateOrder => doc.publication.order ?? doc.layer(ORDER, documentDateOrder);
  chronoDates(s, triggers, kinds, order);
  const kept = joinWeekdays(s, attachTimes(s, settle(s, s.out)));
  pairedClocks(s, kept);
  coordinatedDays(s, kept);
  sharedMonthDays(s, kept);
  monthEnds(s, kept);
  stretchesOfPeriods(s, kept);
  samePeriodsLastYear(s, kept);
  partsOfDays(s, kept);
  forwardFromSentenceDay(s, kept);
  anchorStoryDates(s, kept);
  resolveAnaphoricDays(s, kept);
  return kept.map((f) => ({
    firstToken: f.first,
    endToken: f.end,
    start: f.chars?.start ?? toks[f.first]!.start,
    end: f.chars?.end ?? toks[f.end - 1]!.end,
    type: f.type,
    value: f.value,
  }));
}
