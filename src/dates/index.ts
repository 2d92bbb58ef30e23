/**
 * Dates and times (ANNOTATION.md §4): every temporal expression as a TIMEX3
 * `type` and `value`, resolved against the document's publication date.
 *
 * One pass over the tokens looks each word up in the temporal vocabulary
 * (src/lexicon/dates.json) and hands it to the small parser for its kind —
 * weekdays, units of time, years and decades, reference words, seasons,
 * frequencies, military times — while month names, numeric dates and clock
 * times become candidate spans for chrono-node. Refiners then settle
 * overlaps and give clock times their day.
 *
 * @module
 */
import { documentDateOrder } from '../document/publication.js';
import type { Document } from '../document/model.js';
import type { DateMention, DateOrder } from '../types.js';
import { readAnchor } from './anchor.js';
import { DAY_WORDS, MONTHS, PARTS_OF_DAY, REFERENCES, SEASONS, SET_WORDS, UNITS, WEEKDAYS } from './lexicon.js';
import { chronoDates } from './parsers/chrono.js';
import { dayWord, partOfDay, referenceAdjective, referenceNoun, referenceWord } from './parsers/references.js';
import { seasonPhrase } from './parsers/seasons.js';
import { setWord } from './parsers/sets.js';
import { militaryTime, noon } from './parsers/times.js';
import { quarterToken, unitPhrase } from './parsers/units.js';
import { weekdayPhrase } from './parsers/weekday.js';
import { shortYear, yearPhrase } from './parsers/years.js';
import { attachTimes, resolveAnaphoricDays, settle } from './refine.js';
import { capitalised, type Scan } from './scan.js';

const REFERENCE_NOUNS = new Set([
  'past',
  'future',
  'being',
  'moment',
  'term',
  'present',
  'days',
  'weeks',
  'months',
  'years',
]);
const CLOCK = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$|^\d{1,2}(?:[ap]\.?m\.?)$/i;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:t[\d:]+z?)?$/i;
const MERIDIEM = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);
const EDGE_YEAR = /^(?:mid|early|late)-\d/;

const ORDER = Symbol('dates/order');

/**
 * Finds temporal expressions and normalises them to TIMEX3 values against the
 * document's publication date.
 *
 * @param doc - a document from {@link parse}
 * @returns the dates in document order (items in boilerplate only when the
 *   document was parsed with `includeBoilerplate: true`)
 *
 * @example
 * ```ts
 * import { parse, extractDates } from 'newsfacts';
 * const dates = extractDates(parse('The talks began on Friday.', { publishedAt: '2016-02-01' }));
 * // [{ text: 'Friday', type: 'DATE', value: '2016-01-29', start: 19, end: 25, boilerplate: false }]
 * ```
 */
export function extractDates(doc: Document): DateMention[] {
  const toks = doc.tokens;
  const s: Scan = { doc, toks, anchor: readAnchor(doc.publication.value), out: [] };
  const triggers: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.shape === 'url' || t.shape === 'email') continue;
    const w = t.lower;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      yearPhrase(s, i);
      militaryTime(s, i);
      if (CLOCK.test(w) || NUMERIC_DATE.test(w) || MERIDIEM.has(toks[i + 1]?.lower ?? '')) triggers.push([i, i + 1]);
      continue;
    }
    if (EDGE_YEAR.test(w) || ((c === 39 || c === 0x2019) && w.length > 1)) yearPhrase(s, i);
    if (WEEKDAYS.has(w)) weekdayPhrase(s, i);
    if (UNITS.has(w)) unitPhrase(s, i);
    if (REFERENCES.has(w)) referenceWord(s, i);
    if (w === 'current' || w === 'recent') referenceAdjective(s, i);
    if (REFERENCE_NOUNS.has(w)) referenceNoun(s, i);
    if (DAY_WORDS.has(w)) dayWord(s, i);
    if (PARTS_OF_DAY.has(w)) partOfDay(s, i);
    if (SEASONS.has(w)) seasonPhrase(s, i);
    if (SET_WORDS.has(w)) setWord(s, i);
    if (w === 'noon' || w === 'midday') noon(s, i);
    if (w === "'" || w === '’') shortYear(s, i);
    if (w.length === 2 && w.charCodeAt(0) === 113) quarterToken(s, i);
    if (capitalised(s, i) && (MONTHS.has(w) || (w.endsWith('.') && MONTHS.has(w.slice(0, -1)))))
      triggers.push([i, i + 1]);
    else if (capitalised(s, i) && /^(?:mid|early|late)-[a-z]+$/.test(w) && MONTHS.has(w.slice(w.indexOf('-') + 1))) {
      triggers.push([i, i + 1]);
    }
  }
  for (const e of doc.entities) {
    if ((e.type === 'DATE' || e.type === 'TIME') && e.endToken > e.firstToken)
      triggers.push([e.firstToken, e.endToken]);
  }
  const order = (): DateOrder => doc.publication.order ?? doc.layer(ORDER, documentDateOrder);
  chronoDates(s, triggers, order);
  const kept = attachTimes(s, settle(s, s.out));
  resolveAnaphoricDays(s, kept);
  const keepBoilerplate = doc.options.includeBoilerplate;
  const out: DateMention[] = [];
  for (const f of kept) {
    const start = f.chars?.start ?? toks[f.first]!.start;
    const end = f.chars?.end ?? toks[f.end - 1]!.end;
    const boilerplate = doc.isBoilerplate(start);
    if (boilerplate && !keepBoilerplate) continue;
    out.push({ ...doc.span(start, end), boilerplate, type: f.type, value: f.value });
  }
  return out;
}
