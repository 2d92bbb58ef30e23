/**
 * Named days and periods of the year (src/lexicon/dates.json `holidays`):
 * `Christmas Day`, `New Year's Eve` are month-days, placed like `December 25`
 * (the most recent on or before publication unless the clause points ahead);
 * the Islamic lunar ones (`Ramadan`, `Eid al-Adha`), whose Gregorian dates
 * move each year, are a DATE without a value (ANNOTATION.md §4: no guessed
 * day). `the holy month of Ramadan` spans its description. A Christmas
 * or New Year before a noun (`Christmas sales`) is the season around it, a
 * DURATION of unstated days (`PXD`), as MEANTIME annotates it. A name beside
 * another capitalised word is a person's or a place's (`Tariq Ramadan`,
 * `Christmas Island`, `Ramadan al-Sabta`), except in a headline.
 */
import { direction } from '../direction.js';
import { HOLIDAY_PREFIXES, HOLIDAYS, NAME_PARTICLES } from '../lexicon.js';
import { monthDayValue } from '../resolve.js';
import { capitalised, inName, low, report, type Scan } from '../scan.js';

/** Parts of speech of the words between `the` and `month of Ramadan` (`holy`, `Muslim`, `fasting`). */
const MONTH_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'VERB', 'NOUN']);

/** How many tokens a holiday's name may take (`new` `year` `'s` `eve`, `eid` `al` `-` `adha`). */
const MAX_TOKENS = 5;

/**
 * Whether the holiday ending before token `end` modifies a noun (`Christmas sales`, `the Christmas and New Year
 * sales period`, `Christmas shopping`): the days around it, a season of unstated length, as MEANTIME annotates it.
 */
function attributive(s: Scan, end: number): boolean {
  let k = end;
  // `Christmas and New Year sales`: past a coordinated capitalised name of up to three words.
  if (s.toks[k]?.pos === 'CCONJ') {
    k++;
    for (let n = 0; n < 3 && capitalised(s, k); n++) k++;
    if (k === end + 1) return false;
  }
  const t = s.toks[k];
  return t !== undefined && t.sentence === s.toks[end - 1]!.sentence && t.pos === 'NOUN' && !capitalised(s, k);
}

/** Reads a holiday's name starting at token `i` (a capitalised first word of one). */
export function holiday(s: Scan, i: number): void {
  if (!capitalised(s, i)) return;
  const t = s.toks[i]!;
  let key = t.lower;
  let end = -1;
  let value: string | null | undefined;
  for (let k = i; k < i + MAX_TOKENS && k < s.toks.length; k++) {
    const u = s.toks[k]!;
    if (u.sentence !== t.sentence) break;
    if (k > i) key += (u.spaceBefore ? ' ' : '') + (u.lower === '’s' ? "'s" : u.lower);
    if (!HOLIDAY_PREFIXES.has(key)) break; // `New York`: no holiday goes on so
    const v = HOLIDAYS.get(key);
    if (v !== undefined) [end, value] = [k + 1, v];
  }
  if (end < 0 || value === undefined) return;
  // Part of a name: `Tariq Ramadan`, `Mohammed Eid`, `Ramadan Shallah`, `Christmas Island`.
  if (inName(s, i, end)) return;
  const after = s.toks[end];
  if (after !== undefined && after.sentence === t.sentence && after.shape === 'word') {
    // `Ramadan al-Sabta`, `Eid bin Ali`: a name particle after it.
    if (NAME_PARTICLES.has(after.lower) && (capitalised(s, end + 1) || low(s, end + 1) === '-')) return;
    if (capitalised(s, end) && s.doc.zoneAt(t.start) !== 'headline') return;
  }
  let first = i;
  // `the month of Ramadan`, `the holy Muslim month of Ramadan`, `the fasting month of Ramadan`: up to two modifiers.
  if (low(s, i - 1) === 'of' && low(s, i - 2) === 'month') {
    first = i - 2;
    for (let n = 0; n < 2 && MONTH_MODIFIERS.has(s.toks[first - 1]?.pos ?? ''); n++) first--;
    if (low(s, first - 1) === 'the') first--;
  }
  if (value === null) {
    report(s, { first, end, type: 'DATE', value: null, rank: 2, by: 'holidays' });
    return;
  }
  if (attributive(s, end)) {
    report(s, { first, end, type: 'DURATION', value: 'PXD', rank: 2, by: 'holidays' });
    return;
  }
  const m = Number(value.slice(0, 2));
  const d = Number(value.slice(3, 5));
  const placed = monthDayValue(s.anchor, m, d, direction(s, first, end) ?? 'past');
  report(s, {
    first,
    end,
    type: 'DATE',
    value: placed,
    rank: 2,
    isDay: placed !== null && !placed.startsWith('X'),
    by: 'holidays',
  });
}
