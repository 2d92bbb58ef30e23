/**
 * Refiners over what the parsers found: overlapping candidates are settled
 * (the longest wins, then the parser's rank), and clock times get their day
 * (`12:00 UTC Monday`, `16:00 UTC today`, `at 18:00 UTC` in a sentence that
 * names the day, else the publication day).
 */
import {
  addDays,
  addMonths,
  dayValue,
  isValidDay,
  monthValue,
  nextWeekday,
  pad,
  weekdayOf,
  weekValue,
  type Ymd,
} from './calendar.js';
import { PARTS_OF_DAY, STRETCH_EDGES, TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './lexicon.js';
import { readAnchor, type Anchor } from './anchor.js';
import { sortSmall } from '../document/sort.js';
import { dayOffsetValue, monthDayValue, monthNameValue, type Placement } from './resolve.js';
import { readTopStamp } from '../document/publication.js';
import { ARTICLES } from '../lexicon/en/index.js';
import { capitalised, low, shaped, type Found, type Scan } from './scan.js';

function charStart(s: Scan, f: Found): number {
  return f.chars?.start ?? s.toks[f.first]!.start;
}

function charEnd(s: Scan, f: Found): number {
  return f.chars?.end ?? s.toks[f.end - 1]!.end;
}

/** How many mentions a refiner looks through for a day (keeps hostile input linear). */
const MAX_LOOK = 32;

/** Whether a mention stands in page furniture (its dates anchor nothing in the article, nor the reverse). */
function inFurniture(s: Scan, f: Found): boolean {
  return s.doc.isBoilerplate(charStart(s, f));
}

/**
 * {@link inFurniture} of `kept[j]`, worked out once per pass (a refiner looks back at the same
 * mention up to {@link MAX_LOOK} times). Only for a pass that moves no mention's start before
 * looking back at it.
 */
function furnitureOf(s: Scan, kept: readonly Found[]): (j: number) => boolean {
  const known = new Int8Array(kept.length);
  return (j) => {
    if (known[j] === 0) known[j] = inFurniture(s, kept[j]!) ? 2 : 1;
    return known[j] === 2;
  };
}

const WHOLE = 1;
const PART = 2;

/** Keeps a non-overlapping set of mentions, longest first, and returns it in document order. */
export function settle(s: Scan, found: readonly Found[]): Found[] {
  const n = found.length;
  if (n === 0) return [];
  // Longest (in characters) first, then the parser's rank, then the order found; sorted as indexes.
  const len = new Int32Array(n);
  const order: number[] = [];
  let lo = s.toks.length;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const f = found[i]!;
    len[i] = charEnd(s, f) - charStart(s, f);
    order.push(i);
    if (f.first < lo) lo = f.first;
    if (f.end > hi) hi = f.end;
  }
  sortSmall(order, (x, y) => len[y]! - len[x]! || found[y]!.rank - found[x]!.rank || x - y);
  // Who owns each token of the span the mentions cover.
  const owner = new Int8Array(hi - lo);
  const kept: Found[] = [];
  for (const i of order) {
    const f = found[i]!;
    const part = f.chars !== undefined;
    let free = true;
    for (let k = f.first; k < f.end && free; k++) {
      const o = owner[k - lo]!;
      if (o === WHOLE || (o === PART && !part)) free = false;
    }
    if (!free) continue;
    for (let k = f.first; k < f.end; k++) owner[k - lo] = part ? PART : WHOLE;
    kept.push(f);
  }
  // Two parts of the same token (a year range) never overlap each other, so no further check.
  return sortSmall(kept, (a, b) => charStart(s, a) - charStart(s, b));
}

/**
 * Tokens that may stand between a clock time and its day: `12:00 UTC, Monday`, `at 9:00 on Friday`, and a
 * zone written before the clock (`Thursday 22 August 2013 KSA 01:41`, checked against the lexicon).
 */
const JOINERS = new Set([',', 'on', 'at', 'of']);

function timeOf(p: NonNullable<Found['pending']>): string {
  return typeof p === 'string' ? p : `${pad(p.h)}:${pad(p.min)}`;
}

const PART_OF_DAY_VALUE = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/;

/** The day a found mention names: a day (`Monday`, `5 May 2016`) or the day of a part of day (`Monday evening`). */
function dayOf(g: Found): string | null {
  if (g.value === null) return null;
  if (g.isDay === true) return g.value;
  if (g.type !== 'TIME') return null;
  return PART_OF_DAY_VALUE.exec(g.value)?.[1] ?? null;
}

/** How many tokens from a clock time a part of day may stand and still give it its day. */
const PART_OF_DAY_REACH = 6;

/** Whether tokens `[a, b)` between a clock and a part of day are few enough, and hold no comma. */
function nearPart(s: Scan, a: number, b: number): boolean {
  if (b - a > PART_OF_DAY_REACH) return false;
  for (let k = a; k < b; k++) if (s.toks[k]!.value === ',') return false;
  return true;
}

/** Whether token `b` stands in an aside begun after token `a`: a bracket still open at `b`, or after a slash. */
function asideOf(s: Scan, a: number, b: number): boolean {
  let open = 0;
  for (let k = a; k < b; k++) {
    const v = s.toks[k]!.value;
    if (v === '/') return true;
    if (v === '(' || v === '[') open++;
    else if ((v === ')' || v === ']') && open > 0) open--;
  }
  return open > 0;
}

/** A day without its year or week, as text without a publication date leaves it (`XXXX-10-09`, `XXXX-WXX-1`). */
const UNANCHORED_DAY = /^XXXX-(?:\d\d-\d\d|WXX-[1-7])$/;

/**
 * Whether a mention names one day a clock time beside it can take: a resolved day, or one left
 * underspecified for want of a publication date (`at 1030 on 9 October` → `XXXX-10-09T10:30`).
 */
function namesDay(f: Found): boolean {
  return f.isDay === true || (f.type === 'DATE' && f.value !== null && UNANCHORED_DAY.test(f.value));
}

/** Whether mention `b` comes right after `a` in its sentence, only joiners and time zones between. */
function adjacent(s: Scan, a: Found, b: Found): boolean {
  for (let k = a.end; k < b.first; k++) if (!JOINERS.has(low(s, k)) && !TIME_ZONES.has(low(s, k))) return false;
  return b.first - a.end <= 2 && s.toks[a.first]!.sentence === s.toks[b.first]!.sentence;
}

/** Gives every pending clock time its day, merging it with a day named right next to it. */
export function attachTimes(s: Scan, kept: Found[]): Found[] {
  const drop = new Set<Found>();
  // A mention's start moves only on its own turn, before any later one looks back at it.
  const furnitureAt = furnitureOf(s, kept);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    if (f.pending === undefined || f.value !== null) continue;
    const time = timeOf(f.pending);
    // A day right before or after: merge.
    const prev = kept[i - 1];
    const next = kept[i + 1];
    let day: Found | null = null;
    if (next !== undefined && namesDay(next) && !drop.has(next) && adjacent(s, f, next)) day = next;
    else if (prev !== undefined && namesDay(prev) && !drop.has(prev) && adjacent(s, prev, f)) day = prev;
    if (day !== null && day.value !== null) {
      f.value = `${day.value}T${time}`;
      if (f.chars !== undefined && day.first < f.first)
        f.chars = { start: day.chars?.start ?? s.toks[day.first]!.start, end: f.chars.end };
      else if (f.chars !== undefined) f.chars = undefined;
      f.first = Math.min(f.first, day.first);
      f.end = Math.max(f.end, day.end);
      drop.add(day);
      continue;
    }
    // A day named elsewhere in the sentence, or the day of a part of day next to it (`7 pm local time on Monday evening`).
    const sentence = s.toks[f.first]!.sentence;
    let best: string | null = null;
    let dist = Infinity;
    for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
      const g = kept[j]!;
      if (s.toks[g.first]!.sentence !== sentence) break;
      const d = g.isDay === true ? g.value : nearPart(s, g.end, f.first) ? dayOf(g) : null;
      if (d !== null) {
        dist = f.first - g.end;
        best = d;
        break;
      }
    }
    for (let j = i + 1; j < kept.length && j <= i + MAX_LOOK; j++) {
      const g = kept[j]!;
      if (s.toks[g.first]!.sentence !== sentence) break;
      // A part of day only next to the clock, in its clause ("7 pm local time on Monday evening", "Thursday night
      // at about 10 pm"); a farther one may date another clause ("when they need to be caucusing Monday night, they
      // set out just after 2 p.m.").
      const d = g.isDay === true ? g.value : nearPart(s, f.end, g.first) ? dayOf(g) : null;
      if (d !== null) {
        // "3:00 a.m. (0000 GMT / 8:00 p.m. Tuesday EDT)": a day inside a bracket opened after the clock, or after
        // a slash, dates the other zone's clock written there, not this one.
        if (g.first - f.end < dist && !asideOf(s, f.end, g.first)) best = d;
        break;
      }
    }
    // "A bomb killed 18 people on Tuesday. … The explosion struck at around 7:15 pm": the day under discussion, named
    // in the few sentences before, else the publication day.
    if (best === null) best = dayUnderDiscussion(s, kept, i, drop, furnitureAt);
    const date = best ?? dayOffsetValue(s.anchor, 0) ?? 'XXXX-XX-XX';
    f.value = `${date}T${time}`;
  }
  return drop.size === 0 ? kept : kept.filter((f) => !drop.has(f));
}

/**
 * The day told from publication (no year written) named last in the {@link ANAPHORA_SENTENCES} sentences before the one of `kept[i]` (a part of day counts, a clock time
 * does not: its day may be a reference back written with its year), in the same zone (page furniture or article), or `null`.
 */
function dayUnderDiscussion(
  s: Scan,
  kept: readonly Found[],
  i: number,
  drop: ReadonlySet<Found>,
  furnitureAt: (j: number) => boolean,
): string | null {
  const f = kept[i]!;
  const sentence = s.toks[f.first]!.sentence;
  const furniture = furnitureAt(i);
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
    const g = kept[j]!;
    const back = sentence - s.toks[g.first]!.sentence;
    if (back > ANAPHORA_SENTENCES) break;
    // Its own sentence's days were weighed already (a farther part of day there may date another clause).
    if (back === 0 || drop.has(g) || g.anaphoric === true || furnitureAt(j) !== furniture) continue;
    // A date written with its year is mostly a reference back (`the truce that began on September 12 2016`), not
    // the day the news happened on: only a day told from publication (`on Tuesday`, `yesterday`) carries over.
    if (yearWritten(s, g)) continue;
    const d = dayOf(g);
    if (d !== null) return d;
  }
  return null;
}

const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

const CLOCK_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** Tokens that join a clock time to the same instant in another zone, or to the end of its range. */
const PAIR_JOINERS = new Set(['(', ')', '-', '–', '—', '/']);

/**
 * Two clock times side by side on the same day (`KSA 01:41 - GMT 22:41`,
 * `0130 local time (2230 GMT)`, `from 11 pm - 5 am`) more than twelve hours
 * apart cross midnight: no two zones are that far apart, so the second is the
 * day before (it reads later) or the day after (it reads earlier).
 */
export function pairedClocks(s: Scan, kept: Found[]): void {
  for (let i = 1; i < kept.length; i++) {
    const f = kept[i - 1]!;
    const g = kept[i]!;
    if (f.type !== 'TIME' || g.type !== 'TIME' || f.value === null || g.value === null) continue;
    if (g.first - f.end > 3 || s.toks[f.first]!.sentence !== s.toks[g.first]!.sentence) continue;
    const a = CLOCK_VALUE.exec(f.value);
    const b = CLOCK_VALUE.exec(g.value);
    if (a === null || b === null || a[5] !== b[5] || f.value.slice(0, 10) !== g.value.slice(0, 10)) continue;
    let joined = true;
    for (let k = f.end; k < g.first && joined; k++) joined = PAIR_JOINERS.has(low(s, k)) || TIME_ZONES.has(low(s, k));
    if (!joined) continue;
    const gap = Number(b[4]) - Number(a[4]);
    if (gap <= 12 && gap >= -12) continue;
    const day = addDays({ y: Number(b[1]), m: Number(b[2]), d: Number(b[3]) }, gap > 0 ? -1 : 1);
    g.value = `${dayValue(day)}T${b[4]}:${b[5]}`;
  }
}

/**
 * A weekday written before the date it falls on (`Saturday 21 Feb 2015`,
 * `Friday, 10 July 2015 19:14`) is part of that date: one mention with the
 * date's value. A weekday the date does not fall on stays apart.
 */
export function joinWeekdays(s: Scan, kept: Found[]): Found[] {
  let drop: Set<Found> | null = null;
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    if (f.type !== 'DATE' || f.end - f.first !== 1) continue;
    const wd = WEEKDAYS.get(low(s, f.first));
    if (wd === undefined) continue;
    const g = kept[i + 1]!;
    const gap = g.first - f.end;
    if (gap > 1 || (gap === 1 && low(s, f.end) !== ',') || g.value === null) continue;
    if (s.toks[g.first]!.sentence !== s.toks[f.first]!.sentence) continue;
    const m = DAY_PREFIX.exec(g.value);
    if (m === null || weekdayOf({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) !== wd) continue;
    g.first = f.first;
    if (g.chars !== undefined) g.chars = { start: s.toks[f.first]!.start, end: g.chars.end };
    (drop ??= new Set()).add(f);
    i++;
  }
  for (const g of kept) abbreviatedWeekday(s, g);
  return drop === null ? kept : kept.filter((f) => !drop.has(f));
}

/**
 * `Thu Dec 14 2017`, `Sat. 24 Aug 2013`: a capitalised weekday abbreviation
 * right before the full date it falls on is part of that date's mention.
 */
function abbreviatedWeekday(s: Scan, g: Found): void {
  if (g.value === null || g.first === 0) return;
  let k = g.first - 1;
  if (low(s, k) === ',') k--;
  const t = s.toks[k];
  if (t === undefined || t.sentence !== s.toks[g.first]!.sentence) return;
  if (!capitalised(s, k)) return;
  const w = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  const wd = WEEKDAY_ABBREVIATIONS.get(w);
  if (wd === undefined) return;
  const m = DAY_PREFIX.exec(g.value);
  if (m === null || weekdayOf({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) !== wd) return;
  g.first = k;
  if (g.chars !== undefined) g.chars = { start: t.start, end: g.chars.end };
}

const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;
const YEAR_ONLY = /^\d{4}$/;
const DAY_COORDINATORS = new Set(['and', 'or', '&', ',']);

/**
 * `December 11 and 12 2016`: the second day of a coordination shares the
 * month of the first, and the year after it is the year of both (the year
 * alone would be read as `2016`).
 */
export function coordinatedDays(s: Scan, kept: Found[]): void {
  for (let i = 1; i < kept.length; i++) {
    const f = kept[i]!;
    const g = kept[i - 1]!;
    if (f.type !== 'DATE' || f.value === null || !YEAR_ONLY.test(f.value) || f.end - f.first !== 1) continue;
    const day = f.first - 1;
    if (g.end !== day - 1 || !DAY_COORDINATORS.has(low(s, day - 1)) || !DAY_NUMBER.test(low(s, day))) continue;
    const m = g.value === null ? null : DAY_PREFIX.exec(g.value);
    if (m === null || m[1] !== f.value || s.toks[g.first]!.sentence !== s.toks[f.first]!.sentence) continue;
    const d = Number(low(s, day));
    if (!isValidDay(Number(m[1]), Number(m[2]), d)) continue;
    f.first = day;
    f.chars = undefined;
    f.value = `${m[1]}-${m[2]}-${pad(d)}`;
    f.isDay = true;
  }
}

/** A day's value, its year known or not (`1989-12-06`, `XXXX-12-06`). */
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;
/** Words before the first day of `5 and 6 December` that make it a day, not a count. */
const FIRST_DAY_LEADS = new Set(['on', 'between', 'from', 'since', 'until', 'by', 'of']);
/** Parts of speech after the second day of `December 11 and 12` that end it (a noun would make it a count). */
const AFTER_SECOND_DAY = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'PRON', 'DET']);

/** Whether token `k` exists and is in sentence `sentence`. */
function inSentence(s: Scan, k: number, sentence: number): boolean {
  return k >= 0 && k < s.toks.length && s.toks[k]!.sentence === sentence;
}

/**
 * The other day of a coordination that names its month once: `on 5 and 6 December` (the first
 * day before the month's day), `on 21 or 22 May`, `December 11 and 12,` (the second after it,
 * without a year: with one, {@link coordinatedDays} reads it). The bare number becomes a DATE of
 * its own in the same month and year.
 */
export function sharedMonthDays(s: Scan, kept: Found[]): void {
  // New days are set aside (`before[i]` goes just before kept[i], `after[i]` just after) and merged
  // once at the end: a splice per day would make a hostile list of them quadratic.
  const before = new Map<number, Found>();
  const after = new Map<number, Found>();
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    // The mention just before, a day set after the previous one included.
    const prev = after.get(i - 1) ?? kept[i - 1];
    if (f.type !== 'DATE' || f.value === null || f.chars !== undefined) continue;
    const m = DAY_VALUE.exec(f.value);
    if (m === null) continue;
    const sentence = s.toks[f.first]!.sentence;
    const next = kept[i + 1];
    let day = -1;
    // `on 5 and 6 December`: the mention opens with its day, a number and a coordinator before it.
    const b = f.first - 2;
    if (
      DAY_NUMBER.test(low(s, f.first)) &&
      inSentence(s, b - 1, sentence) &&
      DAY_COORDINATORS.has(low(s, f.first - 1)) &&
      DAY_NUMBER.test(low(s, b)) &&
      FIRST_DAY_LEADS.has(low(s, b - 1)) &&
      (prev === undefined || prev.end <= b)
    )
      day = b;
    // `December 11 and 12,`: the mention ends with its day, a coordinator and a number after it.
    const a = f.end + 1;
    if (
      day < 0 &&
      DAY_NUMBER.test(low(s, f.end - 1)) &&
      inSentence(s, a, sentence) &&
      DAY_COORDINATORS.has(low(s, f.end)) &&
      low(s, f.end) !== ',' &&
      DAY_NUMBER.test(low(s, a)) &&
      (!inSentence(s, a + 1, sentence) || AFTER_SECOND_DAY.has(s.toks[a + 1]!.pos)) &&
      (next === undefined || next.first > a)
    )
      day = a;
    if (day < 0) continue;
    const d = Number(low(s, day));
    if (!isValidDay(m[1] === 'XXXX' ? 2000 : Number(m[1]), Number(m[2]), d)) continue;
    const value = `${m[1]}-${m[2]}-${pad(d)}`;
    const g: Found = shaped({
      first: day,
      end: day + 1,
      type: 'DATE',
      value,
      rank: 1,
      isDay: m[1] !== 'XXXX',
      by: 'coordinated',
    });
    (day < f.first ? before : after).set(i, g);
  }
  if (before.size === 0 && after.size === 0) return;
  const merged: Found[] = [];
  for (let i = 0; i < kept.length; i++) {
    const b = before.get(i);
    if (b !== undefined) merged.push(b);
    merged.push(kept[i]!);
    const a = after.get(i);
    if (a !== undefined) merged.push(a);
  }
  kept.length = merged.length;
  for (let i = 0; i < merged.length; i++) kept[i] = merged[i]!;
}

const FULL_DATE = /^(\d{4}-\d{2})-\d{2}$/;

const FOUR_DIGITS = /^\d{4}$/;

/** Whether the words of `f` write a year (`the end of June 2015`). */
function yearWritten(s: Scan, f: Found): boolean {
  for (let k = f.first; k < f.end; k++) if (FOUR_DIGITS.test(s.toks[k]!.value)) return true;
  return false;
}

/**
 * `the end of August` names the end of a month, not its last day: the value
 * keeps the month (`2014-08`), as `the end of this year` keeps the year, and
 * the extent takes its `the`. `the last day of April` stays a day.
 */
export function monthEnds(s: Scan, kept: Found[]): void {
  for (const f of kept) {
    if (f.type !== 'DATE' || f.value === null || low(s, f.first) !== 'end' || low(s, f.first + 1) !== 'of') continue;
    const m = FULL_DATE.exec(f.value);
    if (m === null) continue;
    f.value = m[1]!;
    // "by the end of June" written in June is this June's end, whatever the tense (its last day lies ahead).
    const a = s.anchor;
    if (a.y !== null && a.m !== null && Number(m[1]!.slice(5)) === a.m && !yearWritten(s, f))
      f.value = monthValue(a.y, a.m);
    f.isDay = false;
    if (low(s, f.first - 1) === 'the') {
      f.first--;
      f.chars = undefined;
    }
  }
}

/**
 * `the last 12 days of September`, `the first two weeks of 2016`: a stretch
 * at one end of a named period is one mention, the stretch's DURATION over
 * the whole phrase, not a duration and a separate month.
 */
export function stretchesOfPeriods(s: Scan, kept: Found[]): void {
  for (let i = kept.length - 2; i >= 0; i--) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.type !== 'DURATION' || b.type !== 'DATE' || b.value === null || a.chars !== undefined) continue;
    if (b.first !== a.end + 1 || low(s, a.end) !== 'of' || low(s, a.first) !== 'the') continue;
    if (!STRETCH_EDGES.has(low(s, a.first + 1)) || b.chars !== undefined) continue;
    a.end = b.end;
    kept.splice(i + 1, 1);
  }
}

/**
 * `the night of March 3`, `the morning of Friday`: the part of that day, one
 * TIME over the phrase (`2022-03-03TNI`). `overnight on Friday`: that day's
 * night, one TIME in place of the night before publication and the day.
 */
export function partsOfDays(s: Scan, kept: Found[]): void {
  // `overnight` mentions taken into the day after them, dropped at the end in one pass.
  const taken = new Set<Found>();
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    if (f.type !== 'DATE' || f.isDay !== true || f.value === null || f.chars !== undefined) continue;
    const night = kept[i - 1];
    if (
      night !== undefined &&
      night.end === f.first - 1 &&
      night.end - night.first === 1 &&
      low(s, night.first) === 'overnight' &&
      low(s, f.first - 1) === 'on' &&
      FULL_DAY.test(f.value)
    ) {
      f.first = night.first;
      f.type = 'TIME';
      f.value = `${f.value}TNI`;
      taken.add(night);
      continue;
    }
    if (low(s, f.first - 1) !== 'of' || low(s, f.first - 3) !== 'the') continue;
    const pod = PARTS_OF_DAY.get(low(s, f.first - 2));
    if (pod === undefined || low(s, f.first - 2) === 'overnight' || !FULL_DAY.test(f.value)) continue;
    f.first -= 3;
    f.type = 'TIME';
    f.value = `${f.value}T${pod}`;
  }
  if (taken.size === 0) return;
  let w = 0;
  for (const f of kept) if (!taken.has(f)) kept[w++] = f;
  kept.length = w;
}

/** How many sentences back `the day` looks for the day under discussion. */
const ANAPHORA_SENTENCES = 3;

/**
 * `the day` (`ended the day`, `earlier in the day`, `the start of the day`,
 * `that day`) is the day the text is talking about: the last day named within
 * the few sentences before it (a clock time with its day counts), else
 * publication. Days counted from it (`the next day`, `three days before.`)
 * are that many days on; `the previous year` is read by {@link yearFromContext}.
 */
export function resolveAnaphoricDays(s: Scan, kept: Found[]): void {
  // No mention's start moves in this pass (a duration only loses its last word).
  const furnitureAt = furnitureOf(s, kept);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    if (f.anaphoric !== true) continue;
    const sentence = s.toks[f.first]!.sentence;
    if (f.yearShift !== undefined) {
      yearFromContext(s, kept, i, f.yearShift, furnitureAt);
      continue;
    }
    if (f.periodShift !== undefined) {
      periodFromContext(s, kept, i, f.periodShift, furnitureAt);
      continue;
    }
    const furniture = furnitureAt(i);
    for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
      const g = kept[j]!;
      if (sentence - s.toks[g.first]!.sentence > ANAPHORA_SENTENCES) break;
      // `Related: … on June 3, 2014` above the article names no day of its story.
      if (furnitureAt(j) !== furniture) continue;
      const day = dayPart(g);
      if (day !== null) {
        if (f.shift !== undefined) {
          f.type = 'DATE';
          f.value = dayValue(
            addDays({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8)) }, f.shift),
          );
          f.isDay = true;
          f.shift = undefined;
        }
        // Keep a part of day ("in morning trading" → …TMO).
        else f.value = f.value !== null && f.value.length > 10 ? day + f.value.slice(10) : day;
        // Now a day of the story itself: `The following day … The previous week …` counts on from it.
        f.anaphoric = false;
        break;
      }
    }
    // `A day later` with no day in the sentences before: the last day the article named before it, further back.
    if (f.shift !== undefined && f.type === 'DURATION') {
      for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
        const g = kept[j]!;
        if (furnitureAt(j) !== furniture) continue;
        const day = dayPart(g);
        if (day === null) continue;
        f.type = 'DATE';
        f.value = dayValue(
          addDays({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8)) }, f.shift),
        );
        f.isDay = true;
        f.shift = undefined;
        f.anaphoric = false;
        break;
      }
    }
    // `three days before` with no day before it: the duration it counts (`the next day` keeps publication's).
    if (f.shift !== undefined) {
      if (f.type === 'DURATION') f.end--;
      f.shift = undefined;
    }
  }
}

/** How many sentences back `the previous year` looks for the year under discussion. */
const YEAR_ANAPHORA_SENTENCES = 1;
const YEAR_PART = /^\d{4}(?![\d])/;

/**
 * `the previous year`, `the year before`: a year from the year of the last
 * date named in the sentence or the one before (`costs fell last year, $19.8
 * billion less than the year previous` → the year before last year), else
 * from publication (the value it was reported with).
 */
const MONTH_PART = /^(\d{4})-(\d{2})(?![\d])/;

/**
 * Offers `take` the dated mentions before `kept[i]`, nearest first, within this sentence and the
 * {@link YEAR_ANAPHORA_SENTENCES} before it (at most {@link MAX_LOOK} mentions back), until it takes one.
 * Mentions with no value, anaphoric ones, durations and sets are skipped.
 */
function takeFromContext(
  s: Scan,
  kept: Found[],
  i: number,
  furnitureAt: (j: number) => boolean,
  take: (g: Found, value: string) => boolean,
): void {
  const sentence = s.toks[kept[i]!.first]!.sentence;
  const furniture = furnitureAt(i);
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
    const g = kept[j]!;
    if (sentence - s.toks[g.first]!.sentence > YEAR_ANAPHORA_SENTENCES) break;
    if (g.value === null || g.anaphoric === true || g.type === 'DURATION' || g.type === 'SET') continue;
    if (furnitureAt(j) !== furniture) continue;
    if (take(g, g.value)) return;
  }
}

/**
 * `the following month` after `in May`, `the previous week` after `on 3 May`: the month (week) that many from
 * the last month (day) named in this sentence or the one before; else the value from publication stays.
 */
function periodFromContext(
  s: Scan,
  kept: Found[],
  i: number,
  shift: { unit: 'M' | 'W'; n: number },
  furnitureAt: (j: number) => boolean,
): void {
  const f = kept[i]!;
  takeFromContext(s, kept, i, furnitureAt, (g, value) => {
    if (shift.unit === 'M') {
      const m = MONTH_PART.exec(value);
      if (m === null) return false;
      const to = addMonths(Number(m[1]), Number(m[2]), shift.n);
      f.value = monthValue(to.y, to.m);
      return true;
    }
    const day = dayPart(g);
    if (day === null) return false;
    f.value = weekValue(
      addDays({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8)) }, 7 * shift.n),
    );
    return true;
  });
  f.periodShift = undefined;
}

/** `the following year` after `in 2013`: that many years from the last year named in this sentence or the one before. */
function yearFromContext(s: Scan, kept: Found[], i: number, shift: number, furnitureAt: (j: number) => boolean): void {
  const f = kept[i]!;
  takeFromContext(s, kept, i, furnitureAt, (_g, value) => {
    const m = YEAR_PART.exec(value);
    if (m === null) return false;
    f.value = pad(Number(m[0]) + shift, 4);
    return true;
  });
  f.yearShift = undefined;
}

/** The `YYYY-MM-DD` a mention names, if it names one day. */
function dayPart(f: Found): string | null {
  if (f.value === null || f.anaphoric === true) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(f.value);
  if (m === null) return null;
  return f.isDay === true || f.type === 'TIME' ? m[0] : null;
}

/** How many paragraphs a story's own date carries to the weekdays after it. */
const STORY_PARAGRAPHS = 2;
/**
 * How many sentences after its last dated one a story's bare weekday may stand: pages that lost their
 * paragraph breaks put a whole article in one paragraph, where a background date (`since resolution 2118 of
 * September 27 2013`) would otherwise anchor a weekday of the news two sentences on.
 */
const STORY_SENTENCES = 1;
const WRITTEN_YEAR = /(?:^|[^\d])((?:1[89]|20)\d{2})(?!\d)/;
const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How far into the page a date may be its own stamp (as the publication reader looks). */
const STAMP_REACH = 500;

/**
 * Whether the date `f` is the page's own stamp printed at the top of a
 * paragraph (`September 8 2013 Kerry said …` under the headline): the date the
 * page was written, not a day of the story, so it starts no story timeline —
 * the publication date (the caller's, when it disagrees) anchors the weekdays
 * after it. Read only for an earlier-year date near the top of the page.
 */
function pageStamp(s: Scan, f: Found, paragraph: number): boolean {
  const start = charStart(s, f);
  const p = s.doc.paragraphs[paragraph];
  if (start > STAMP_REACH || p === undefined) return false;
  const stamp = readTopStamp(s.doc.norm.slice(p.start, Math.min(p.end, p.start + 300)), p.start, p.zone === 'headline');
  return stamp !== null && stamp.start <= start && start < stamp.end;
}

/**
 * A weekday pushed past publication by a forward verb (`set to begin on
 * Thursday night`) in a sentence that opens on an earlier day (`On Wednesday
 * the ministry declared a truce set to begin on Thursday night`, published on
 * Friday) is the first such weekday after that day, not the one after
 * publication: the plan is told from the day it was made.
 */
export function forwardFromSentenceDay(s: Scan, kept: Found[]): void {
  const pub = s.anchor.day;
  if (pub === null) return;
  const pubValue = dayValue(pub);
  for (let i = 1; i < kept.length; i++) {
    const f = kept[i]!;
    if (f.ahead === undefined || f.value === null || f.value.slice(0, 10) <= pubValue) continue;
    const sentence = s.toks[f.first]!.sentence;
    for (let j = i - 1; j >= 0; j--) {
      const g = kept[j]!;
      if (s.toks[g.first]!.sentence !== sentence) break;
      const d = dayOf(g);
      if (d === null) continue;
      const m = FULL_DAY.exec(d);
      if (m === null || d >= pubValue) break;
      const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      f.value = dayValue(nextWeekday(day, f.ahead)) + (f.type === 'TIME' ? f.value.slice(f.value.indexOf('T')) : '');
      break;
    }
  }
}

/** The parts of a dated value (`2012`, `2012-03`, `2012-03-04`, `2012-03-04T…`): year, and month and day when given. */
const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/;

/** Prepositions before a date that opens its sentence as the frame of what follows (`In 2012, …`, `On 4 May 2013 …`). */
const FRAME_LEADS = new Set(['in', 'on', 'during', 'by']);
/** Adverbs before a frame preposition that send the story back (`Back in March 2013 …`). */
const FRAME_BACK = new Set(['back', 'way']);

/**
 * Whether the date at token `first` opens its sentence, bare or after a frame preposition: a year or month
 * written there sets the time of the story (`In 2012, rebels took the town. In March …`), where one inside a
 * clause is background (`divided since 2012`, `the war that began in 2011`).
 */
function opensSentence(s: Scan, first: number): boolean {
  const sentence = s.toks[first]!.sentence;
  let k = first - 1;
  // `In a 2012 interview, …`: the year as the modifier of the frame's noun.
  if (ARTICLES.has(low(s, k)) && FRAME_LEADS.has(low(s, k - 1))) k--;
  if (FRAME_LEADS.has(low(s, k))) k--;
  // `Back in March 2013 the rebels took the town`.
  if (FRAME_BACK.has(low(s, k)) && k + 1 < first) k--;
  return k < 0 || s.toks[k]!.sentence !== sentence;
}

/** A point on a story's timeline: the last date written with its earlier year, as an anchor. */
interface StoryRef {
  /** The date written with its year: months and days are placed against it. */
  readonly anchor: Anchor;
  /** The last day of the story (the written one, or a month-day placed on it): weekdays are placed near it. */
  readonly day: Ymd | null;
  /** Whether months may be placed against it: a day, or a year or month that opens its sentence (`In 2012, …`). */
  readonly frames: boolean;
  readonly paragraph: number;
  readonly sentence: number;
}

/**
 * A story told in an earlier year (`On 18 August 2013 rebels shelled the
 * town … On Sunday night a rocket hit the school`, `Rebels took the valley in
 * 2012. In March they lost it`, published in 2017) puts a bare weekday, month
 * or month-day on its own timeline, not on publication's: a weekday is the one
 * nearest the last day written with its year (a weekday pointed ahead in
 * the same sentence, `would withdraw on Sunday`, the next one after it); after a year or month that
 * frames the weekday's own sentence (`In a 2012 interview, he said the army
 * would withdraw on Sunday`) it is that year's, its week unknown
 * (`2012-WXX-7`); a month or month-day placed back
 * by tense alone is the latest such one not after the last date written with
 * its year (a year, a month or a day), within two paragraphs and one sentence.
 * Any other date in between (`yesterday`, `the fourth quarter of 2005`) ends
 * the story; a month or day placed on it carries the story on.
 */
export function anchorStoryDates(s: Scan, kept: Found[]): void {
  const pubYear = s.anchor.y;
  if (pubYear === null) return;
  let ref: StoryRef | null = null;
  for (const f of kept) {
    if (f.value === null || f.type === 'DURATION' || f.type === 'SET') continue;
    // Page furniture (a related story's date) is no part of the article's timeline.
    if (inFurniture(s, f)) continue;
    const paragraph = s.toks[f.first]!.paragraph;
    const sentence = s.toks[f.first]!.sentence;
    const near =
      ref !== null && paragraph - ref.paragraph <= STORY_PARAGRAPHS && sentence - ref.sentence <= STORY_SENTENCES;
    const wd = f.weekday ?? f.ahead;
    if (wd !== undefined) {
      // A plan (`will meet on Thursday`) is told from the story's day only in that day's own sentence.
      if (!near || (f.weekday === undefined && sentence !== ref!.sentence)) continue;
      const day = ref!.day;
      const rest = f.type === 'TIME' ? f.value.slice(f.value.indexOf('T')) : '';
      if (day === null) {
        // A year or month that frames the weekday's own sentence (`In June 2014 the militants entered the city, and
        // on Sunday night they …`): the story's year, its week unknown (`2014-WXX-7TNI`), never publication's week.
        if (ref!.frames && sentence === ref!.sentence) f.value = `${pad(ref!.anchor.y!, 4)}-WXX-${wd}${rest}`;
        continue;
      }
      if (f.weekday !== undefined) {
        // The nearest such weekday: up to three days before the date, else up to three after.
        const back = (weekdayOf(day) - wd + 7) % 7;
        f.value = dayValue(addDays(day, back <= 3 ? -back : 7 - back)) + rest;
      } else f.value = dayValue(nextWeekday(day, wd)) + rest; // a plan: the next one
      continue;
    }
    if (f.storyMonth !== undefined && near && ref!.frames) {
      const { m, d } = f.storyMonth;
      // Back from a day; around a month (`In November 2016 … Earlier in April` is the April after it).
      const how: Placement = ref!.anchor.d === null ? 'nearest' : 'past';
      const value: string | null =
        d === null ? monthNameValue(ref!.anchor, m, how) : monthDayValue(ref!.anchor, m, d, how);
      if (value !== null) {
        f.value = value;
        // The story goes on, its weekdays from the day this names.
        ref = { ...ref!, day: d === null ? null : readAnchor(value).day, paragraph, sentence };
        continue;
      }
    }
    if (!/^\d/.test(f.value)) continue; // PRESENT_REF and the like say nothing of the timeline
    ref = null;
    const m = DATED.exec(f.value);
    if (m === null || Number(m[1]) >= pubYear) continue;
    const written = WRITTEN_YEAR.exec(s.doc.norm.slice(s.toks[f.first]!.start, s.toks[f.end - 1]!.end));
    if (written !== null && written[1] === m[1] && !pageStamp(s, f, paragraph)) {
      const anchor = readAnchor(m[0]);
      ref = { anchor, day: anchor.day, frames: anchor.day !== null || opensSentence(s, f.first), paragraph, sentence };
    }
  }
}

/** Nouns of `the same period last year`: a period named just before, a year back. */
const SAME_PERIODS = new Set(['period', 'month', 'quarter', 'week', 'day', 'time', 'season']);
/** A month, a quarter or a day named before (`in February`, `the third quarter`): its year and the rest. */
const PERIOD_VALUE = /^(\d{4})(-(?:\d{2}(?:-\d{2})?|Q[1-4]))$/;

/**
 * `rose in February compared to the same period last year`, `the same month a
 * year ago`, `the same quarter a year earlier`: the month, quarter or day named
 * before in the sentence, a year back (`2009-02`), over the whole phrase. With
 * nothing named before, the year stays.
 */
export function samePeriodsLastYear(s: Scan, kept: Found[]): void {
  for (let i = 1; i < kept.length; i++) {
    const f = kept[i]!;
    const k = f.first;
    if (!SAME_PERIODS.has(low(s, k - 1)) || low(s, k - 2) !== 'same' || low(s, k - 3) !== 'the') continue;
    // `last year`, `a year ago` (DATE of a year), or `a year earlier` (the duration before `earlier`).
    const yearBack =
      (f.type === 'DATE' && f.value !== null && YEAR_ONLY.test(f.value)) ||
      (f.type === 'DURATION' && f.value === 'P1Y' && (low(s, f.end) === 'earlier' || low(s, f.end) === 'before'));
    if (!yearBack) continue;
    const sentence = s.toks[k]!.sentence;
    for (let j = i - 1; j >= 0 && j >= i - MAX_LOOK; j--) {
      const g = kept[j]!;
      if (s.toks[g.first]!.sentence !== sentence) break;
      const m = g.value === null ? null : PERIOD_VALUE.exec(g.value);
      if (m === null) continue;
      f.value = pad(Number(m[1]) - 1, 4) + m[2]!;
      if (f.type === 'DURATION') f.end++;
      f.type = 'DATE';
      f.first = k - 3;
      f.chars = undefined;
      break;
    }
  }
}
