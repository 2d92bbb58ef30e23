/**
 * Weekdays: `Saturday`, `on Friday`, `last Tuesday`, `this coming Friday`,
 * `early on Saturday`, `Saturday night` (TIME `…TNI`), `Fridays raid` (an
 * apostrophe lost), `on Fridays` (SET). A bare weekday is the last such day on
 * or before publication unless the clause points forward.
 */
import { addDays, dayValue, weekdayOf, type Ymd } from '../calendar.js';
import { direction } from '../direction.js';
import { EVENT_AHEAD_LEADS, NAMED_DAYS, PARTS_OF_DAY, RELATIVE, SET_QUANTIFIERS, WEEKDAYS } from '../lexicon.js';
import { weekdayDate, type Placement } from '../resolve.js';
import { capitalised, inName, low, report, type Scan } from '../scan.js';

/** Reads the weekday phrase around token `i` (a weekday name). */
export function weekdayPhrase(s: Scan, i: number): void {
  const wd = WEEKDAYS.get(low(s, i));
  if (wd === undefined) {
    plainWeekdays(s, i);
    return;
  }
  // "Black Monday", "Good Friday": the name of a particular day, not the weekday before publication.
  if (capitalised(s, i - 1) && NAMED_DAYS.has(low(s, i - 1))) return;
  let first = i;
  let how: Placement | null = null;
  const w1 = low(s, i - 1);
  const w2 = low(s, i - 2);
  if (SET_QUANTIFIERS.has(w1)) {
    everyWeekday(s, i, wd);
    return;
  }
  if (w1 === 'coming' && w2 === 'this') [how, first] = ['next', i - 2];
  else if (w1 === 'past' && w2 === 'this') [how, first] = ['last', i - 2];
  else if (w1 === 'last' || w1 === 'previous') [how, first] = ['last', i - 1];
  else if (w1 === 'next' || w1 === 'coming') [how, first] = ['next', i - 1];
  else if (w1 === 'this') first = i - 1;
  // "early on Saturday", "late on Friday", "early Saturday"
  if (first === i) {
    if (w1 === 'on' && (w2 === 'early' || w2 === 'late' || w2 === 'earlier' || w2 === 'later')) first = i - 2;
    else if (w1 === 'early' || w1 === 'late') first = i - 1;
  }
  let end = i + 1;
  const pod = PARTS_OF_DAY.get(low(s, end));
  if (pod !== undefined) {
    // "Saturday Night Live", "Monday Night Football": a title, not a night.
    if (capitalised(s, end) && capitalised(s, end + 1) && s.doc.zoneAt(s.toks[i]!.start) !== 'headline') return;
    end++;
  }
  // "on Tuesday last week", "Friday next week": that weekday of the week named after it.
  if (how === null && pod === undefined && low(s, end + 1) === 'week' && s.anchor.day !== null) {
    const r = RELATIVE.get(low(s, end));
    if (r !== undefined) {
      const a = s.anchor.day;
      const day = addDays(a, 7 * r + wd - weekdayOf(a));
      report(s, { first, end: end + 2, type: 'DATE', value: dayValue(day), rank: 3, isDay: true, by: 'weekday' });
      return;
    }
  }
  const byTense = how === null;
  // "Wednesday's attack": the day of an event in the news (see eventDay).
  const owner = byTense && pod === undefined && (low(s, end) === "'s" || low(s, end) === '’s');
  how ??= direction(s, first, end) ?? 'past';
  const day = owner ? eventDay(s, first, end, wd) : weekdayDate(s.anchor, wd, how);
  const date = day === null ? `XXXX-WXX-${wd}` : dayValue(day);
  if (pod !== undefined) {
    report(s, {
      first,
      end,
      type: 'TIME',
      value: `${date}T${pod}`,
      rank: 2,
      by: 'weekday',
      ...tense(byTense, how, wd),
    });
  } else {
    report(s, {
      first,
      end,
      type: 'DATE',
      value: date,
      rank: 2,
      isDay: day !== null,
      by: 'weekday',
      ...tense(byTense, how, wd),
    });
  }
}

/** `every Friday`, `each Tuesday morning`: the weekday of every week (SET `XXXX-WXX-5`, `XXXX-WXX-2TMO`). */
function everyWeekday(s: Scan, i: number, wd: number): void {
  const pod = PARTS_OF_DAY.get(low(s, i + 1));
  const value = `XXXX-WXX-${wd}${pod === undefined ? '' : `T${pod}`}`;
  report(s, { first: i - 1, end: pod === undefined ? i + 1 : i + 2, type: 'SET', value, rank: 2, by: 'weekday' });
}

/** Words before a plural weekday that make it a habit (`on Fridays`, `most Sundays`). */
const HABIT_LEAD = new Set(['on', 'most', 'all', 'some', 'many', 'every', 'other', 'alternate']);

/**
 * A weekday with an `s` (`Fridays`): before a noun, a possessive that lost its
 * apostrophe (`Fridays raid` = Friday's raid, a DATE); as a habit (`on
 * Fridays`, `Fridays are quiet`) a SET (`XXXX-WXX-5`).
 */
function plainWeekdays(s: Scan, i: number): void {
  const w = low(s, i);
  // "TGI Fridays", "Fridays for Future": a name, not a day.
  if (!w.endsWith('s') || !capitalised(s, i) || inName(s, i, i + 1) || low(s, i + 1) === 'for') return;
  const wd = WEEKDAYS.get(w.slice(0, -1));
  if (wd === undefined) return;
  const next = s.toks[i + 1];
  if (next !== undefined && next.sentence === s.toks[i]!.sentence && possessive(s, i)) {
    const day = eventDay(s, i, i + 1, wd);
    const value = day === null ? `XXXX-WXX-${wd}` : dayValue(day);
    report(s, { first: i, end: i + 1, type: 'DATE', value, rank: 2, isDay: day !== null, by: 'weekday' });
    return;
  }
  report(s, { first: i, end: i + 1, type: 'SET', value: `XXXX-WXX-${wd}`, rank: 2, by: 'weekday' });
}

/**
 * Whether the plural-looking weekday at `i` is a possessive that lost its
 * apostrophe: before a noun or adjective (`Fridays raid`, `Fridays heavy
 * shelling`), a name (`Wednesdays U.N. meeting`) or a participle and its noun
 * (`Wednesdays purported attack`) — unless a habit word leads it (`on Fridays
 * prayers are held`), where only a bare singular noun, which cannot stand
 * without a determiner, still makes it one (`details on Wednesdays blast`).
 */
function possessive(s: Scan, i: number): boolean {
  const next = s.toks[i + 1]!;
  if (PARTS_OF_DAY.has(next.lower)) return false;
  const habit = HABIT_LEAD.has(low(s, i - 1));
  if (next.pos === 'NOUN') return !habit || !next.lower.endsWith('s');
  if (habit) return false;
  if (next.pos === 'ADJ') return true;
  if (next.pos === 'PROPN') return capitalised(s, i + 1);
  return next.pos === 'VERB' && next.lower.endsWith('ed') && s.toks[i + 2]?.pos === 'NOUN';
}

/**
 * The day of a weekday that names an event (`Friday's vote`, `Fridays raid`):
 * placed by the clause's tense, except that a forward-looking clause (`experts
 * came to investigate Wednesdays attack`) takes whichever such day is nearer,
 * as the event is the one in the news.
 */
function eventDay(s: Scan, first: number, end: number, wd: number): Ymd | null {
  const how = direction(s, first, end) ?? 'past';
  if (how !== 'future' || s.anchor.day === null) return weekdayDate(s.anchor, wd, how);
  // "are campaigning ahead of Sunday's election": the event lies ahead of the clause, so ahead of publication.
  const lead = low(s, first - 1);
  if (EVENT_AHEAD_LEADS.has(lead) || (lead === 'of' && EVENT_AHEAD_LEADS.has(`${low(s, first - 2)} of`)))
    return weekdayDate(s.anchor, wd, 'future');
  const a = weekdayOf(s.anchor.day);
  return weekdayDate(s.anchor, wd, (a - wd + 7) % 7 < (wd - a + 7) % 7 ? 'past' : 'future');
}

/** The weekday of a mention placed by tense alone (`on Sunday`), for the story-timeline and plan refiners. */
function tense(byTense: boolean, how: Placement, wd: number): { weekday?: number; ahead?: number } {
  if (!byTense) return {};
  return how === 'past' ? { weekday: wd } : how === 'future' ? { ahead: wd } : {};
}
