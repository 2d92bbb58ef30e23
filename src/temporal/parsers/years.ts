/**
 * Years and decades: `in 2012`, `since 2014`, `the 2008 Olympics`, `late
 * 2006`, `mid-2011`, ranges `2009-2010` (two dates), decades `the 1990s` →
 * `199`, `the '90s`, `the 70s`, and `since '82` → 1982. Numbers that count
 * things (`2000 troops`, `$2012`, `1500 km`) are not years.
 */
import { pad } from '../calendar.js';
import { COPYRIGHT_MARKS, EDGE_MODIFIERS, MONTHS, NUMBER_WORDS, PERIOD_EDGES } from '../lexicon.js';
import { capitalised, is, low, report, type Scan } from '../scan.js';
import { clockRange } from './times.js';
import { PERIOD_PREPOSITIONS, POSSESSIVE_DETERMINERS } from '../../lexicon/en/index.js';

/** Words before a year that make it a date (`in 2012`, `circa 1990`, `mid 2012`): the prepositions of time and the edge words. */
const TEMPORAL_PREPOSITIONS = new Set([
  ...PERIOD_PREPOSITIONS,
  'from',
  'of',
  'before',
  'after',
  'circa',
  'around',
  'between',
  'to',
  'early',
  'late',
  'mid',
]);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', "'s", '’s']);
const NOT_BEFORE_YEAR = new Set([
  '$',
  '£',
  '€',
  '¥',
  'us$',
  'usd',
  'eur',
  'rs',
  'no',
  'no.',
  'number',
  '#',
  'flight',
  'route',
  'resolution',
  'article',
  'section',
  'chapter',
  'page',
  'pages',
  'room',
  'suite',
  'highway',
  'bus',
  'model',
  'code',
  'zip',
  'box',
  'unit',
  'about',
  'some',
  'nearly',
  'almost',
  'over',
  'than',
  'least',
  'approximately',
  'roughly',
  'estimated',
  'killed',
  'killing',
]);
const MEASURES = new Set([
  '%',
  'percent',
  'per',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'mile',
  'metres',
  'meters',
  'm',
  'feet',
  'ft',
  'kg',
  'tonnes',
  'tons',
  'barrels',
  'dollars',
  'euros',
  'pounds',
  'people',
  'troops',
  'soldiers',
  'times',
  'hours',
  'hrs',
  'gmt',
  'utc',
]);
const OWNERS = new Set([...POSSESSIVE_DETERMINERS, 'low', 'high', 'upper', 'lower']);

const YEAR = /^(\d{4})$/;
const YEAR_RANGE = /^(\d{4})[-–/](\d{2}|\d{4})$/;
const EDGE_YEAR = /^(mid|early|late)-(\d{4})$/i;
const DECADE = /^(?:(mid|early|late)-)?(?:'|’)?(\d{2}|\d{4})(?:'|’)?s$/i;

/** Prepositions of time that open a clause with its year (`In 2013 rebels took …`, `Since 2011 troops have …`). */
const CLAUSE_YEAR_LEADS = PERIOD_PREPOSITIONS;

/**
 * `In 2013 rebels killed 40 soldiers`, `SINCE 2011 TROOPS HAVE HELD …`: a number between 1900 and
 * 2099 after a preposition of time opening its clause, before a noun followed by its verb, is the
 * year of that clause, not a count of the noun (a count after `in` does not open a clause).
 */
function clauseOpeningYear(s: Scan, i: number): boolean {
  const lead = s.toks[i - 1];
  if (lead === undefined || !CLAUSE_YEAR_LEADS.has(lead.lower)) return false;
  const before = s.toks[i - 2];
  if (before !== undefined && before.sentence === lead.sentence && before.pos !== 'CCONJ' && before.value !== ',')
    return false;
  const noun = s.toks[i + 1];
  const verb = s.toks[i + 2];
  return (
    noun !== undefined &&
    noun.pos === 'NOUN' &&
    verb !== undefined &&
    verb.sentence === lead.sentence &&
    (verb.pos === 'VERB' || verb.pos === 'AUX')
  );
}

/** Whether the 4-digit number at token `i` reads as a year. */
function isYear(s: Scan, i: number, v: number): boolean {
  const prev = low(s, i - 1);
  const next = s.toks[i + 1];
  const nextLow = next?.lower ?? '';
  if (v >= 1900 && v <= 2099 && clauseOpeningYear(s, i)) return true;
  if (NOT_BEFORE_YEAR.has(prev) || MEASURES.has(nextLow)) return false;
  // "Copyright © 2018 TRT World": page furniture, not a date of the news (a mark may stand between).
  if (COPYRIGHT_MARKS.has(prev) || (s.toks[i - 1]?.shape !== 'word' && COPYRIGHT_MARKS.has(low(s, i - 2))))
    return false;
  // Glued to letters or other numbers ("A2012", "2012-13" handled elsewhere).
  if (next !== undefined && !next.spaceBefore && /^[\d%]/.test(next.value)) return false;
  // "between 1500 and 2000 people", "from 2000 to a few hundred": one end of a range of counts.
  // (`and` only after `between`: "erupted in 2011 and millions have fled" keeps its year.)
  if ((nextLow === 'and' ? prev === 'between' : COUNT_RANGE_JOINS.has(nextLow)) && countAfter(s, i + 2)) return false;
  if (v < 1900 || v > 2099) {
    if (v < 1000 || v > 2199 || clockRange(s, i)) return false;
    return TEMPORAL_PREPOSITIONS.has(prev);
  }
  // "the Russell 2000 Index", "FTSE 100": a number inside a name.
  if (capitalised(s, i - 1) && s.toks[i - 1]!.pos === 'PROPN' && next !== undefined && capitalised(s, i + 1)) {
    if (!MONTHS.has(nextLow.replace(/\.$/, '')) && next.pos === 'PROPN') return false;
  }
  // "2000 troops": a count before a plural noun, unless a determiner makes it a modifier ("the 2012 elections").
  if (next !== undefined && next.pos === 'NOUN' && /[^s]s$/.test(nextLow) && !DETERMINERS.has(prev)) return false;
  return true;
}

/** Words joining the ends of a range (and `between … and`). */
const COUNT_RANGE_JOINS = new Set(['to', '-', '–']);

/** Whether token `j` opens a count: a number before a noun (`2000 people`) or a quantity (`a few hundred`). */
function countAfter(s: Scan, j: number): boolean {
  const t = s.toks[j];
  if (t === undefined || t.sentence !== s.toks[j - 1]!.sentence) return false;
  if (t.shape === 'number' || /^\d/.test(t.value)) {
    const n = s.toks[j + 1];
    return n !== undefined && n.pos === 'NOUN' && n.sentence === t.sentence;
  }
  const w = t.lower === 'a' || t.lower === 'an' ? low(s, j + 1) : t.lower;
  return NUMBER_WORDS.has(w);
}

/** Extends a year left over `early`/`late`/`mid` and `the end of`. */
function yearLead(s: Scan, first: number): number {
  if (EDGE_MODIFIERS.has(low(s, first - 1))) return first - 1;
  if (low(s, first - 1) === 'of' && PERIOD_EDGES.has(low(s, first - 2)) && is(s, first - 3, 'the')) return first - 3;
  return first;
}

/** The decade of a two-digit `dd`: the most recent one not after the anchor year (1900s without an anchor). */
function century(s: Scan, dd: number): number {
  const y = s.anchor.y;
  if (y === null) return 1900 + dd;
  const c = Math.floor(y / 100) * 100 + dd;
  return c <= y ? c : c - 100;
}

/** Whether token `i` is glued to a word or number before it (`A380s` read as `A3` + `80s`). */
function gluedToWord(s: Scan, i: number): boolean {
  const prev = s.toks[i - 1];
  return prev !== undefined && !s.toks[i]!.spaceBefore && /[\p{L}\d]$/u.test(prev.value);
}

/** What may follow a year of three digits: the end of its clause, or an era. */
const EARLY_YEAR_NEXT = new Set(['.', ',', ';', 'and', 'ad', 'ce', 'bc', 'bce', 'when']);
const THREE_DIGITS = /^[1-9]\d{2}$/;

/**
 * A year of three digits (`migrated to Medina in 622.`, `died in 639 and`):
 * only after `in` and at the end of its clause or before an era, and not a
 * rank or a ratio (`first in 250.`, `one in 200,`).
 */
function earlyYear(s: Scan, i: number): void {
  const v = s.toks[i]!.value;
  if (low(s, i - 1) !== 'in' || !EARLY_YEAR_NEXT.has(low(s, i + 1))) return;
  const before = s.toks[i - 2];
  // `ranked first in 250`, `one in 200`: a rank or a ratio.
  if (before === undefined || before.shape === 'number' || before.lower === 'one') return;
  if (before.pos === 'NUM' || before.pos === 'ADJ' || before.pos === 'ADV') return;
  report(s, { first: i, end: i + 1, type: 'DATE', value: pad(Number(v), 4), rank: 1, by: 'years' });
}

/** Reads a year, a year range or a decade at token `i`. */
export function yearPhrase(s: Scan, i: number): void {
  const t = s.toks[i]!;
  const v = t.value;
  // Most numbers are none of these: a year has 4 characters (3 long ago), a range 7 or 9, a decade ends in `s`.
  const c = v.charCodeAt(0);
  if (v.length === 3 && THREE_DIGITS.test(v)) {
    earlyYear(s, i);
    return;
  }
  if (c >= 48 && c <= 57 && v.length !== 4 && v.length !== 7 && v.length !== 9) {
    const z = v.charCodeAt(v.length - 1);
    if (z !== 115 && z !== 83) return;
  }
  if (gluedToWord(s, i)) return;
  let m = YEAR.exec(v);
  if (m !== null) {
    const y = Number(m[1]);
    if (!isYear(s, i, y)) return;
    // A year right after a month name belongs to the month ("March 2011"), found by chrono.
    if (MONTHS.has(low(s, i - 1).replace(/\.$/, ''))) return;
    report(s, { first: yearLead(s, i), end: i + 1, type: 'DATE', value: m[1]!, rank: 1, by: 'years' });
    return;
  }
  m = YEAR_RANGE.exec(v);
  if (m !== null) {
    const a = Number(m[1]);
    const bText = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
    const b = Number(bText);
    if (a < 1900 || a > 2099 || b <= a || b - a > 50 || NOT_BEFORE_YEAR.has(low(s, i - 1))) return;
    if (MEASURES.has(low(s, i + 1))) return;
    const sep = m[1]!.length;
    report(s, {
      first: i,
      end: i + 1,
      chars: { start: t.start, end: t.start + sep },
      type: 'DATE',
      value: m[1]!,
      rank: 1,
      by: 'years',
    });
    report(s, {
      first: i,
      end: i + 1,
      chars: { start: t.start + sep + 1, end: t.end },
      type: 'DATE',
      value: pad(b, 4),
      rank: 1,
      by: 'years',
    });
    return;
  }
  m = EDGE_YEAR.exec(v);
  if (m !== null) {
    const y = Number(m[2]);
    if (y >= 1900 && y <= 2099) report(s, { first: i, end: i + 1, type: 'DATE', value: m[2]!, rank: 1, by: 'years' });
    return;
  }
  m = DECADE.exec(v);
  if (m !== null) {
    const digits = m[2]!;
    if (OWNERS.has(low(s, i - 1))) return; // "in their 70s", "the low 30s"
    let year: number;
    if (digits.length === 4) {
      year = Number(digits);
      if (year % 10 !== 0 || year < 1000 || year > 2190) return;
    } else {
      const dd = Number(digits);
      if (dd % 10 !== 0) return;
      year = century(s, dd);
    }
    report(s, { first: i, end: i + 1, type: 'DATE', value: String(Math.floor(year / 10)), rank: 1, by: 'years' });
  }
}

/** `since '82`, `the summer of '69`: an apostrophe glued to two digits. */
export function shortYear(s: Scan, i: number): void {
  const t = s.toks[i]!;
  const next = s.toks[i + 1];
  if ((t.value !== "'" && t.value !== '’') || next === undefined || next.spaceBefore || !/^\d{2}$/.test(next.value)) {
    return;
  }
  const prev = low(s, i - 1);
  if (!TEMPORAL_PREPOSITIONS.has(prev) && !MONTHS.has(prev.replace(/\.$/, ''))) return;
  const y = century(s, Number(next.value));
  report(s, { first: i, end: i + 2, type: 'DATE', value: pad(y, 4), rank: 1, by: 'years' });
}
