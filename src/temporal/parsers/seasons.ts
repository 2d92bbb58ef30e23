/**
 * Seasons: `last summer` → 2016-SU, `this winter`, `the fall of 2009` →
 * 2009-FA, `spring 2017`, `in the spring` (placed by tense), and `each
 * winter` → SET XXXX-WI, `every season` → a SET of no stated period. A season word needs a modifier, a year, or `in the`
 * before it: `the Arab Spring`, `the fall of Aleppo` and `hot springs` are
 * not dates.
 */
import { PERIOD_PREPOSITIONS } from '../../lexicon/en/index.js';
import { direction } from '../direction.js';
import { SEASON_MONTHS, SEASONS, SET_QUANTIFIERS } from '../lexicon.js';
import { seasonValue, type Placement } from '../resolve.js';
import { capitalised, is, low, report, type Scan } from '../scan.js';

const YEAR = /^\d{4}$/;
const SEASON_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our']);
const NOUN_AFTER = new Set(['NOUN', 'PROPN']);
/** Prepositions before `the summer` or a bare season that make it a date: the prepositions of time, `over` and `for`. */
const SEASON_PREPOSITIONS = new Set([...PERIOD_PREPOSITIONS, 'over', 'for']);

/** Reads a season phrase at token `i`. */
export function seasonPhrase(s: Scan, i: number): void {
  const w = low(s, i);
  const season = SEASONS.get(w);
  if (season === undefined) return;
  const t = s.toks[i]!;
  // A capitalised season after a name is part of a name ("Arab Spring").
  if (capitalised(s, i) && s.toks[i - 1]?.pos === 'PROPN' && t.sentence === s.toks[i - 1]!.sentence) return;
  const range = SEASON_MONTHS.get(season)!;
  const prev = low(s, i - 1);
  let first = i;
  let end = i + 1;
  let value: string | null = null;
  let type: 'DATE' | 'SET' = 'DATE';
  // A year after: "spring 2017", "the fall of 2009", "summer of 2009".
  const yearAt = YEAR.test(s.toks[i + 1]?.value ?? '')
    ? i + 1
    : low(s, i + 1) === 'of' && YEAR.test(s.toks[i + 2]?.value ?? '')
      ? i + 2
      : -1;
  if (prev === 'every' || prev === 'each') {
    first = i - 1;
    type = 'SET';
    value = `XXXX-${season}`;
  } else if (yearAt > 0) {
    value = `${s.toks[yearAt]!.value}-${season}`;
    end = yearAt + 1;
    if (is(s, i - 1, 'the')) first = i - 1;
  } else if (prev === 'this' || prev === 'last' || prev === 'next' || prev === 'past' || prev === 'coming') {
    first = i - 1;
    const how: Placement | number = prev === 'this' ? 0 : prev === 'next' || prev === 'coming' ? 'next' : 'last';
    // "this summer" is the summer of the anchor's year, whatever the tense ("allowed them to besiege it this
    // summer", written in November); only "this winter", which spans two years, goes by the clause.
    if (how === 0 && season !== 'WI') value = seasonValue(s.anchor, season, 0, range);
    else value = seasonValue(s.anchor, season, how === 0 ? (direction(s, first, end) ?? 'past') : how, range);
  } else if ((prev === 'early' || prev === 'late' || prev === 'mid') && w !== 'fall') {
    first = i - 1;
    value = seasonValue(s.anchor, season, direction(s, first, end) ?? 'past', range);
  } else if (prev === 'the' && SEASON_PREPOSITIONS.has(low(s, i - 2)) && low(s, i + 1) !== 'of') {
    first = i - 1;
    value = seasonValue(s.anchor, season, direction(s, first, end) ?? 'past', range);
  } else if (SEASON_DETERMINERS.has(prev) && w !== 'fall' && NOUN_AFTER.has(s.toks[i + 1]?.pos ?? '')) {
    // "their autumn meetings", "the spring offensive": a season modifying a noun.
    value = seasonValue(s.anchor, season, direction(s, first, end) ?? 'past', range);
  } else if (SEASON_PREPOSITIONS.has(prev) && w !== 'fall' && t.pos === 'NOUN') {
    value = seasonValue(s.anchor, season, direction(s, first, end) ?? 'past', range);
  } else return;
  report(s, { first, end, type, value, rank: 2, by: 'seasons' });
}

/**
 * `each season`, `every season`: a SET whose period the text does not give
 * (the four seasons of the year, a sports or a harvest season), so its value
 * is `null` rather than a guess.
 */
export function everySeason(s: Scan, i: number): void {
  if (SET_QUANTIFIERS.has(low(s, i - 1)))
    report(s, { first: i - 1, end: i + 1, type: 'SET', value: null, rank: 2, by: 'seasons' });
}
