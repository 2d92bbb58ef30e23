/**
 * Phrases headed by a unit of time (`year`, `months`, `week`, `day`, `hours`,
 * `decade`, `quarter`, `weekend`):
 *
 * - durations: `six months` (of talks) → P6M, `the past 3-1/2 years` → P3.5Y,
 *   `six-year-old` → P6Y, `two-day` → P2D, `a week` → P1W, `several years` →
 *   PXY, `for years` → PXY, `two and a half years` → P2.5Y;
 * - dates relative to publication: `last year` → 2016, `this week` →
 *   2013-W12, `next month`, `earlier this month`, `the previous year`, `two
 *   years ago` → 2015, `the third quarter of 2009` → 2009-Q3, `earlier in the
 *   day` → the publication day;
 * - sets: `every week` → P1W, `each year` → P1Y, `50 a day` → P1D.
 */
import type { Token } from '../../document/model.js';
import { PERIOD_PREPOSITIONS } from '../../lexicon/en/index.js';
import { readQuantity, SPACED_RANGE_DASHES } from '../../numbers/index.js';
import { addDays, amount, daysInMonth, weekdayOf, weekValue, type Ymd } from '../calendar.js';
import { direction } from '../direction.js';
import {
  CLOCK_LEADS,
  DURATION_ADJECTIVES,
  EDGE_MODIFIERS,
  MONTHS,
  NUMBER_WORDS,
  POST_QUALIFIER_ENDS,
  BEFORE_COMMON_ERA,
  ORDINALS,
  ORDINAL_WORDS,
  PERIOD_EDGES,
  RELATIVE,
  UNITS,
  type Unit,
} from '../lexicon.js';
import {
  dayOffsetValue,
  decadeValue,
  lastWeekendValue,
  monthNameValue,
  monthOffsetValue,
  quarterOffsetValue,
  quarterValue,
  weekendValue,
  weekOffsetValue,
  yearValue,
} from '../resolve.js';
import type { Anchor } from '../anchor.js';
import {
  capitalised,
  inName,
  is,
  isInnerHyphen,
  isWireOrdinalD,
  low,
  report,
  sameSentence,
  type Scan,
} from '../scan.js';
import { MILITARY } from './times.js';

/** The TIMEX3 duration of `n` units (`null`: an unknown number, `X`). */
export function durationValue(n: number | null, u: Unit): string {
  if (n === 0.5) {
    if (u === 'H') return 'PT30M';
    if (u === 'TM') return 'PT30S';
    if (u === 'D') return 'PT12H';
    if (u === 'Y') return 'P6M';
  }
  const a = amount(n);
  switch (u) {
    case 'H':
      return `PT${a}H`;
    case 'TM':
      return `PT${a}M`;
    case 'TS':
      return `PT${a}S`;
    case 'DE':
      return n === null ? 'PXDE' : `P${amount(n * 10)}Y`;
    case 'CE':
      return n === null ? 'PXCE' : `P${amount(n * 100)}Y`;
    case 'FN':
      return `P${n === null ? 'X' : amount(n * 2)}W`;
    default:
      return `P${a}${u}`;
  }
}

/** The date `k` units away from an anchor, per unit (a fortnight is two weeks). */
const OFFSETS: Partial<Record<Unit, (a: Anchor, k: number) => string | null>> = {
  Y: yearValue,
  M: monthOffsetValue,
  W: weekOffsetValue,
  D: dayOffsetValue,
  DE: decadeValue,
  Q: quarterOffsetValue,
  WE: weekendValue,
  FN: (a, k) => weekOffsetValue(a, 2 * k),
};

/** The date `k` units away from publication, with the unit's granularity (`two years ago` → 2015). */
export function offsetValue(s: Scan, k: number | null, u: Unit): string | null {
  if (k === null || !Number.isInteger(k)) return null;
  return OFFSETS[u]?.(s.anchor, k) ?? null;
}

/**
 * How many units ago: the value for `N units ago`, with the granularity the text gives (ANNOTATION.md §4):
 * `two weeks ago` → the week (`2017-W42`), as `two months ago` is a month and `three days ago` a day.
 */
function agoValue(s: Scan, n: number | null, u: Unit, sign: number): string | null {
  if (n === null) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  return offsetValue(s, sign * n, u);
}

const MAX_NUMBER_TOKENS = 7;
/** The hyphens a number in words may be written with (`twenty-five`). */
const HYPHENS = /[-‐‑]/;
const VAGUE_COUNTS = new Set(['many', 'few', 'several', 'some', 'numerous', 'countless']);

interface Num {
  first: number;
  value: number | null;
  max: number | null;
  /** Token where the upper number of a range starts (`90` of `between 60 and 90`). */
  upper: number;
}

/** Whether a token can be (part of) a number the numbers layer reads: digits, a number word, a vague quantity. */
function numberish(t: Token): boolean {
  const w = t.lower;
  const c = w.charCodeAt(0);
  if ((c >= 48 && c <= 57) || t.shape === 'number' || t.shape === 'other') return true;
  if (NUMBER_WORDS.has(w)) return true;
  if (w.length <= 3 || !HYPHENS.test(w)) return false;
  for (const part of w.split(HYPHENS)) if (NUMBER_WORDS.has(part)) return true;
  return false;
}

/** The longest number phrase that ends right before token `end` (`3-1/2`, `two`, `more than 30`, `several`). */
function numberBefore(s: Scan, end: number): Num | null {
  const sentence = s.toks[end - 1]?.sentence;
  let best: Num | null = null;
  let from = end;
  while (from > 0 && from > end - MAX_NUMBER_TOKENS && s.toks[from - 1]!.sentence === sentence) from--;
  // A quantity ends on a number in digits or words, a vague one, or a post-qualifier (`or more`): before
  // any other word (`last year`, `the day`) there is no phrase to read.
  const last = s.toks[end - 1];
  const numeric = last !== undefined && (numberish(last) || POST_QUALIFIER_ENDS.has(last.lower));
  for (let st = end - 1; numeric && st >= from; st--) {
    const q = readQuantity(s.toks, st);
    if (q === null || q.endToken !== end) continue;
    if (q.vague) best = { first: st, value: null, max: null, upper: st };
    else {
      const ranged = q.max !== null && q.min !== null && q.max !== q.min && q.qualifier === null;
      best = { first: st, value: q.value, max: ranged ? q.max : null, upper: st };
    }
  }
  if (best === null) {
    // Vague counts the numbers layer does not read: "many years", "a couple of weeks".
    const w = low(s, end - 1);
    if (VAGUE_COUNTS.has(w)) best = { first: end - 1, value: null, max: null, upper: end - 1 };
    else if (w === 'of' && low(s, end - 2) === 'couple' && low(s, end - 3) === 'a') {
      best = { first: end - 3, value: 2, max: null, upper: end - 3 };
    }
  }
  if (best !== null && best.max !== null) {
    // Where the upper number starts: the shortest plain quantity ending at `end`.
    for (let st = end - 1; st > best.first; st--) {
      const q = readQuantity(s.toks, st);
      if (q !== null && q.endToken === end && q.qualifier === null && q.max === q.min) {
        best.upper = st;
        break;
      }
    }
  }
  return best;
}

/** A number token glued before a hyphen (`six`-year, `12`-hour, `single`-day). */
function hyphenNumber(s: Scan, hyphen: number): { first: number; value: number | null } | null {
  const w = low(s, hyphen - 1);
  if (w === 'single' || w === 'one') return { first: hyphen - 1, value: 1 };
  if (w === 'multi' || w === 'many' || w === 'several') return { first: hyphen - 1, value: null };
  const q = numberBefore(s, hyphen);
  if (q === null || q.max !== null) return null;
  // Only a glued number: "six-year", "twenty-five-year", not "about six-year".
  return { first: q.first, value: q.value };
}

const AGO = new Set(['ago']);
const QUARTER_TIME_LEAD = new Set(['in', 'for', 'within', 'over', 'each', 'every', 'per', 'once']);
const RATE_BREAKERS = new Set([
  'ago',
  'earlier',
  'later',
  'after',
  'before',
  'and',
  'or',
  'of',
  'in',
  'from',
  'since',
  'long',
]);
const VAGUE_PREPOSITIONS = new Set(['for', 'in', 'over', 'within', 'after', 'across']);
const DAY_EDGE_VERBS = new Set([
  'end',
  'ended',
  'ending',
  'ends',
  'finish',
  'finished',
  'finishing',
  'close',
  'closed',
  'closing',
  'start',
  'started',
  'starting',
  'began',
  'begin',
  'opened',
]);

/** Reads the phrase headed by the unit word at token `h`. */
export function unitPhrase(s: Scan, h: number): void {
  const word = low(s, h);
  const u = UNITS.get(word);
  if (u === undefined) return;
  const plural = word.endsWith('s') && word !== 'hrs' && word !== 'yrs' && word !== 'mins';
  // "second" is mostly an ordinal: only after digits ("30 seconds" is plural anyway).
  if (word === 'second' && !/^\d/.test(s.toks[h - 1]?.value ?? '')) return;
  if (u === 'CE' && !plural && century(s, h)) return;
  if (hyphenCompound(s, h, u)) return;
  if (counted(s, h, u, plural)) return;
  uncounted(s, h, u, plural);
}

const CENTURY_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
/** The centuries written as words (`the sixteenth century`): the first to the twentieth. */
const LAST_WORD_CENTURY = 20;

/**
 * `the 20th century` → DATE `19` (TIMEX3 writes a century as its first two
 * digits), `19th-century`, `the sixteenth century`, `the early 21st century`.
 */
function century(s: Scan, h: number): boolean {
  let k = isInnerHyphen(s, h - 1) ? h - 2 : h - 1;
  let n: number | undefined;
  const m = CENTURY_ORDINAL.exec(low(s, k));
  if (m !== null) n = Number(m[1]);
  else if (low(s, k) === 'first' && isInnerHyphen(s, k - 1) && low(s, k - 2) === 'twenty') {
    n = 21;
    k -= 2;
  } else {
    n = ORDINAL_WORDS.get(low(s, k));
    if (n !== undefined && n > LAST_WORD_CENTURY) n = undefined;
  }
  // "the second century of the empire" counts centuries of something else.
  if (n === undefined || n < 1 || is(s, h + 1, 'of')) return false;
  let first = k;
  if (EDGE_MODIFIERS.has(low(s, first - 1))) first--;
  if (is(s, first - 1, 'the')) first--;
  // "the 5th century BC": TIMEX3 writes an era before the common one with a `BC` prefix.
  const bc = BEFORE_COMMON_ERA.has(low(s, h + 1));
  const value = `${bc ? 'BC' : ''}${String(n - 1).padStart(2, '0')}`;
  report(s, { first, end: bc ? h + 2 : h + 1, type: 'DATE', value, rank: 3, by: 'units' });
  return true;
}

/** `six-year-old`, `two-day`, `12-hour`, `decades-long`, `year-long`. */
function hyphenCompound(s: Scan, h: number, u: Unit): boolean {
  const after = isInnerHyphen(s, h + 1) && (low(s, h + 2) === 'old' || low(s, h + 2) === 'long') ? h + 3 : h + 1;
  if (isInnerHyphen(s, h - 1)) {
    const n = hyphenNumber(s, h - 1);
    if (n !== null) {
      report(s, {
        first: n.first,
        end: after,
        type: 'DURATION',
        value: durationValue(n.value, u),
        rank: 3,
        by: 'units',
      });
      return true;
    }
  }
  if (after === h + 3 && low(s, h + 2) === 'long') {
    // "decades-long", "year-long": no number.
    const n = low(s, h).endsWith('s') ? null : 1;
    const first = is(s, h - 1, 'a') ? h - 1 : h;
    report(s, { first, end: after, type: 'DURATION', value: durationValue(n, u), rank: 3, by: 'units' });
    return true;
  }
  return false;
}

/** Extends `first` left over `the past`, `the next`, `the last`, `the first`, `every`. */
function durationLead(s: Scan, first: number): { first: number; set: boolean } {
  const w = low(s, first - 1);
  if (w === 'every' || w === 'each') return { first: first - 1, set: true };
  if (
    w === 'past' ||
    w === 'last' ||
    w === 'next' ||
    w === 'coming' ||
    w === 'first' ||
    w === 'previous' ||
    w === 'final' ||
    w === 'following'
  ) {
    return { first: is(s, first - 2, 'the') ? first - 2 : first - 1, set: false };
  }
  return { first, set: false };
}

/** A unit with a number before it: durations, `N units ago`, `every N units`, ranges. */
function counted(s: Scan, h: number, u: Unit, plural: boolean): boolean {
  let end = h + 1;
  let n = numberOfUnits(s, h);
  if (n === null && !plural) {
    const w = low(s, h - 1);
    if (w === 'per') {
      report(s, { first: h - 1, end: h + 1, type: 'SET', value: durationValue(1, u), rank: 3, by: 'units' });
      return true;
    }
    if (w !== 'a' && w !== 'an') return false;
    const one = oneUnit(s, h, u);
    if (one === null) return false;
    if (one === RATE) return true;
    [n, end] = one;
  }
  if (n === null) return false;
  // "at 2200 hrs": a military clock time, not 2200 hours.
  // `0500 hrs` with a leading zero is a clock wherever it stands (`from 2200 to 0500 hrs`): no count has one.
  const hours = s.toks[h - 1]?.value ?? '';
  if (u === 'H' && MILITARY.test(hours) && (CLOCK_LEADS.has(low(s, h - 2)) || hours.charCodeAt(0) === 48)) return false;
  // A year-like number before "years" is not a count ("2009 years" is rare; "in 2009 years later" noise).
  if (n.value !== null && n.value >= 1000 && u !== 'D' && u !== 'H' && u !== 'TM' && u !== 'TS') return false;
  if (n.max !== null) {
    countedRange(s, n, u, end);
    return true;
  }
  countedPhrase(s, n, u, end, plural);
  return true;
}

/** The number before unit `h` (`two and a half years`, `six straight days`, `three days`), or `null`. */
function numberOfUnits(s: Scan, h: number): Num | null {
  // "two and a half years"
  if (low(s, h - 1) === 'half' && low(s, h - 2) === 'a' && low(s, h - 3) === 'and') {
    const q = numberBefore(s, h - 3);
    if (q !== null && q.value !== null && q.max === null) return { ...q, value: q.value + 0.5 };
  }
  const n = numberBefore(s, h);
  if (n === null && DURATION_ADJECTIVES.has(low(s, h - 1))) return numberBefore(s, h - 1);
  return n;
}

/**
 * Whether `and a half` stands at token `i`, ending a count of units (`two years and a half`, `the last month
 * and a half`), not opening a number of something else (`and a half million dollars`, `and a half-hearted …`).
 */
function andAHalf(s: Scan, i: number): boolean {
  if (low(s, i) !== 'and' || low(s, i + 1) !== 'a' || low(s, i + 2) !== 'half') return false;
  const after = s.toks[i + 3];
  return (
    after === undefined ||
    after.sentence !== s.toks[i]!.sentence ||
    (after.pos !== 'NUM' && after.pos !== 'NOUN' && !isInnerHyphen(s, i + 3))
  );
}

/** What {@link oneUnit} returns for a rate it has reported (`twice a week`). */
const RATE = 'rate';

/**
 * `a year`, `half a day`, `a year and a half` after `a`/`an` at unit `h`: the
 * count and where the phrase ends; {@link RATE} when it reported a rate
 * (`twice a week`, `$5 a month` → SET); `null` for a fraction (`a quarter of`).
 */
function oneUnit(s: Scan, h: number, u: Unit): [Num, number] | typeof RATE | null {
  // "a quarter of its dealers", "about a quarter": a fraction, not three months.
  if (u === 'Q' && !QUARTER_TIME_LEAD.has(low(s, h - 2))) return null;
  let end = h + 1;
  const n: Num =
    low(s, h - 2) === 'half'
      ? { first: h - 2, value: 0.5, max: null, upper: h - 2 }
      : { first: h - 1, value: 1, max: null, upper: h - 1 };
  // "a year and a half"
  if (low(s, h + 1) === 'and' && low(s, h + 2) === 'a' && low(s, h + 3) === 'half') {
    n.value = 1.5;
    end = h + 4;
  }
  // "50 a day", "twice a week", "$5 a month", "per year": a rate is a SET.
  const before = s.toks[h - 2];
  if (
    n.value === 1 &&
    before !== undefined &&
    before.sentence === s.toks[h]!.sentence &&
    (before.pos === 'NUM' ||
      before.pos === 'NOUN' ||
      before.lower === 'once' ||
      before.lower === 'twice' ||
      before.lower === 'times') &&
    !RATE_BREAKERS.has(low(s, h + 1))
  ) {
    report(s, { first: h - 1, end: h + 1, type: 'SET', value: durationValue(1, u), rank: 3, by: 'units' });
    return RATE;
  }
  return [n, end];
}

/** Words and dashes between the two numbers of a range (`60 to 90`, `30 -- 40`; the dashes are the count ranges'). */
const RANGE_LINKS: ReadonlySet<string> = new Set(['and', 'to', 'or', ...SPACED_RANGE_DASHES]);

/** "between 60 and 90 days", "two to three years": two durations, as TimeML writes them. */
function countedRange(s: Scan, n: Num, u: Unit, end: number): void {
  if (n.first === n.upper && gluedRange(s, n, u, end)) return;
  const lower = n.first === n.upper ? n.first + 1 : n.upper;
  let lowEnd = lower;
  while (lowEnd > n.first + 1 && RANGE_LINKS.has(low(s, lowEnd - 1))) lowEnd--;
  const lowFirst = is(s, n.first, 'between') ? n.first + 1 : n.first;
  if (lowEnd > lowFirst)
    report(s, {
      first: lowFirst,
      end: lowEnd,
      type: 'DURATION',
      value: durationValue(n.value, u),
      rank: 3,
      by: 'units',
    });
  report(s, { first: n.upper, end, type: 'DURATION', value: durationValue(n.max, u), rank: 3, by: 'units' });
}

/**
 * "30-40 days" in one token: the two durations of {@link countedRange}, each a part of the token
 * (`30` → P30D, `40 days` → P40D), as a year range is read. Whether it reported them.
 */
function gluedRange(s: Scan, n: Num, u: Unit, end: number): boolean {
  const t = s.toks[n.first]!;
  const dash = RANGE_DASH.exec(t.value);
  if (dash === null || n.max === null) return false;
  const sep = dash.index;
  const lower = { start: t.start, end: t.start + sep };
  const upper = { start: t.start + sep + dash[0].length, end: s.toks[end - 1]!.end };
  report(s, {
    first: n.first,
    end: n.first + 1,
    chars: lower,
    type: 'DURATION',
    value: durationValue(n.value, u),
    rank: 3,
    by: 'units',
  });
  report(s, {
    first: n.first,
    end,
    chars: upper,
    type: 'DURATION',
    value: durationValue(n.max, u),
    rank: 3,
    by: 'units',
  });
  return true;
}

/** The dash of a range glued between two numbers in one token (`30-40`, `2–3`). */
const RANGE_DASH = /(?<=\d)[-–‐‑](?=\d)/;

/** Adverbs after a count of days that place it from the day under discussion (`three days before`). */
const SHIFT_WORDS = new Map([
  ['before', -1],
  ['earlier', -1],
  ['later', 1],
]);

const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const CLAUSE_STOPS = new Set([',', '.', ';', ':', '!', '?']);

/** Whether token `i` ends its clause (a stop, a comma, the end of the sentence). */
function clauseEnds(s: Scan, i: number): boolean {
  const t = s.toks[i];
  return t === undefined || t.sentence !== s.toks[i - 1]!.sentence || CLAUSE_STOPS.has(t.value);
}

/** Words after a bare plural unit that make it an interval of no stated length (`minutes later`, `hours after the blast`). */
const VAGUE_AFTER = new Set(['later', 'earlier', 'afterwards', 'after', 'before']);

/** Words that make `the … day` a day of the story's timeline (`the next day`, `the previous day`). */
const NARRATIVE_DAY = new Set(['next', 'following', 'previous', 'preceding']);

/** A counted unit with its lead: a SET (`every two weeks`), a date (`two years ago`, `… from now`), or a DURATION. */
function countedPhrase(s: Scan, n: Num, u: Unit, end: number, plural: boolean): void {
  const lead = durationLead(s, n.first);
  const first = lead.first;
  if (lead.set) {
    report(s, { first, end, type: 'SET', value: durationValue(n.value ?? 1, u), rank: 3, by: 'units' });
    return;
  }
  // "two years ago" → a date; "two years from now" → a date ahead.
  if (AGO.has(low(s, end))) {
    report(s, { first, end: end + 1, type: 'DATE', value: agoValue(s, n.value, u, -1), rank: 3, by: 'units' });
    return;
  }
  // "… launched the campaign three days before.", "A week later it sank": days from the day under discussion
  // (refine.ts resolveAnaphoricDays); a week is seven of them.
  const sign =
    (u === 'D' || u === 'W') && n.value !== null && n.max === null ? SHIFT_WORDS.get(low(s, end)) : undefined;
  const opens = first === 0 || s.toks[first - 1]!.sentence !== s.toks[first]!.sentence;
  // `later` and `earlier` take no object (`returned three weeks later recapturing the city`): anywhere but before
  // `than`; `before` only ends its clause (`three days before the vote` counts from the vote).
  const adverb = low(s, end) !== 'before';
  if (sign !== undefined && (clauseEnds(s, end + 1) || ((opens || adverb) && low(s, end + 1) !== 'than'))) {
    const value = durationValue(n.value, u);
    report(s, {
      first,
      end: end + 1,
      type: 'DURATION',
      value,
      rank: 3,
      anaphoric: true,
      shift: sign * n.value! * (u === 'W' ? 7 : 1),
      by: 'units',
    });
    return;
  }
  if ((low(s, end) === 'from' && low(s, end + 1) === 'now') || low(s, end) === 'hence') {
    const stop = low(s, end) === 'hence' ? end + 1 : end + 2;
    report(s, { first, end: stop, type: 'DATE', value: agoValue(s, n.value, u, 1), rank: 3, by: 'units' });
    return;
  }
  // "two years and a half"
  if (n.value !== null && Number.isInteger(n.value) && andAHalf(s, end)) {
    report(s, { first, end: end + 3, type: 'DURATION', value: durationValue(n.value + 0.5, u), rank: 3, by: 'units' });
    return;
  }
  // "six years old" stays a duration.
  report(s, {
    first,
    end: low(s, end) === 'old' && plural ? end + 1 : end,
    type: 'DURATION',
    value: durationValue(n.value, u),
    rank: 3,
    by: 'units',
  });
}

/** Extends a relative period left over `earlier`/`late`, and `the end of`. */
function edgeLead(s: Scan, first: number): number {
  if (EDGE_MODIFIERS.has(low(s, first - 1))) return first - 1;
  if (low(s, first - 1) === 'of' && PERIOD_EDGES.has(low(s, first - 2)) && low(s, first - 3) === 'the')
    return first - 3;
  return first;
}

/** A unit with no number: `last year`, `this week`, `the previous year`, `every week`, `for years`, quarters, `the day`. */
function uncounted(s: Scan, h: number, u: Unit, plural: boolean): void {
  const w = low(s, h - 1);
  // Sets: "every week", "each year", "every other week".
  if ((w === 'every' || w === 'each') && !plural) {
    report(s, { first: h - 1, end: h + 1, type: 'SET', value: durationValue(1, u), rank: 3, by: 'units' });
    return;
  }
  if (w === 'other' && low(s, h - 2) === 'every' && !plural) {
    report(s, { first: h - 2, end: h + 1, type: 'SET', value: durationValue(2, u), rank: 3, by: 'units' });
    return;
  }
  if (u === 'Q' && quarter(s, h)) return;
  if (u === 'W' && weekOfMonth(s, h)) return;
  if (!plural && periodOfPublication(s, h, u)) return;
  const r = RELATIVE.get(w);
  if (r !== undefined && !plural) {
    relativePeriod(s, h, u, r);
    return;
  }
  if (plural) {
    const the = w === 'the' ? 1 : 0;
    // "in just minutes", "for only days"
    const adverb = the === 0 && (w === 'just' || w === 'only' || w === 'mere') ? 1 : 0;
    const prep = low(s, h - 1 - the - adverb);
    // "the coming weeks", "the past few days" handled elsewhere; "the coming days" → FUTURE_REF
    if (the === 1 && (prep === 'coming' || prep === 'next')) return;
    // "Minutes later", "hours after the blast", "days earlier": an interval of no stated length.
    const next = low(s, h + 1);
    if (the === 0 && adverb === 0 && VAGUE_AFTER.has(next)) {
      report(s, { first: h, end: h + 1, type: 'DURATION', value: durationValue(null, u), rank: 1, by: 'units' });
      return;
    }
    if (VAGUE_PREPOSITIONS.has(prep) && (the === 0 || prep === 'over')) {
      report(s, {
        first: h - the - adverb,
        end: h + 1,
        type: 'DURATION',
        value: durationValue(null, u),
        rank: 1,
        by: 'units',
      });
    }
    return;
  }
  if (u === 'D' && w === 'the') dayOfPublication(s, h);
  // "clashes that day", "on the same day", "That same day": the day under discussion.
  // Not a compound's first word (`said that day labourers …`, `that day-long strike`).
  const head =
    s.toks[h + 1] === undefined ||
    !NOUN_TAGS.has(s.toks[h + 1]!.pos) ||
    s.toks[h + 1]!.sentence !== s.toks[h]!.sentence;
  if (u === 'D' && !plural && head && low(s, h + 1) !== 'that' && !isInnerHyphen(s, h + 1)) {
    if (w === 'that') dayUnderDiscussion(s, h - 1, h + 1);
    else if (w === 'same' && (low(s, h - 2) === 'the' || low(s, h - 2) === 'that')) dayUnderDiscussion(s, h - 2, h + 1);
  }
  if (u === 'WE' && w === 'the' && (WEEKEND_LEADS.has(low(s, h - 2)) || !sameSentence(s, h - 2, h))) {
    // `over the weekend`, `The weekend was calm`: the last one; `closed until the weekend`: this week's.
    const lead = low(s, h - 2);
    // "will resume at the weekend", "is due to meet over the weekend": an outright future in the clause wins over the lead.
    const ahead =
      lead === 'until' ||
      lead === 'till' ||
      (lead !== 'last' && direction(s, h - 1, h + 1, PAST_WEEKEND_LEADS.has(lead)) === 'future');
    const value = ahead ? weekendValue(s.anchor, 0) : lastWeekendValue(s.anchor);
    report(s, { first: h - 1, end: h + 1, type: 'DATE', value, rank: 2, by: 'units' });
  }
}

/** Words before `the weekend` that make it the last one, whatever the clause's verbs (`talks over the weekend failing to …`). */
const PAST_WEEKEND_LEADS: ReadonlySet<string> = new Set(['over', 'during', 'at', 'on', 'this', 'last']);
/** Words before `the weekend` that make it a date (`over the weekend`, `until the weekend`), with a sentence's start. */
const WEEKEND_LEADS: ReadonlySet<string> = new Set([...PERIOD_PREPOSITIONS, ...PAST_WEEKEND_LEADS]);

/** `last year`, `this week`, `next month`, `the previous year`, `the past week` (a duration). */
function relativePeriod(s: Scan, h: number, u: Unit, r: number): void {
  const rel = low(s, h - 1);
  let first = h - 1;
  const the = is(s, h - 2, 'the');
  // "this past week", "this coming year"
  if ((rel === 'past' || rel === 'coming') && is(s, h - 2, 'this')) first = h - 2;
  else if (the) {
    first = h - 2;
    // "The next day the town flooded", "the previous day": the day after (before) the day under discussion;
    // "over the next day" stays a stretch of time.
    if (u === 'D' && NARRATIVE_DAY.has(rel) && !VAGUE_PREPOSITIONS.has(low(s, h - 3)) && low(s, h - 3) !== 'during') {
      const value = dayOffsetValue(s.anchor, r);
      report(s, {
        first,
        end: h + 1,
        type: 'DATE',
        value,
        rank: 2,
        isDay: true,
        anaphoric: true,
        shift: r,
        by: 'units',
      });
      return;
    }
    // "the past year", "the last week", "the next month": a stretch of time ending (starting) now;
    // but "the last quarter" is the quarter before this one.
    if ((rel === 'past' || rel === 'last' || rel === 'next') && u !== 'Q') {
      // "the last month and a half"
      const half = andAHalf(s, h + 1);
      const end = half ? h + 4 : h + 1;
      report(s, { first, end, type: 'DURATION', value: durationValue(half ? 1.5 : 1, u), rank: 2, by: 'units' });
      return;
    }
  }
  if (u === 'H' || u === 'TM' || u === 'TS' || inName(s, first, h + 1)) return;
  // "from the previous year", "the following year": years from the year under discussion;
  // "the following month", "the previous week": months or weeks from the one under discussion.
  const narrative = the && NARRATIVE_DAY.has(rel) && rel !== 'next';
  const year =
    narrative && u === 'Y'
      ? { anaphoric: true, yearShift: r }
      : narrative && (u === 'M' || u === 'W')
        ? { anaphoric: true, periodShift: { unit: u, n: r } }
        : {};
  first = edgeLead(s, first);
  let value: string | null;
  if (u === 'WE')
    value = r === 0 ? weekendValue(s.anchor, 0) : r < 0 ? lastWeekendValue(s.anchor) : weekendValue(s.anchor, 1);
  else value = offsetValue(s, r, u);
  report(s, { first, end: h + 1, type: 'DATE', value, rank: 2, isDay: u === 'D', by: 'units', ...year });
}

/** `the third quarter (of 2009 | of this year)`, `first-quarter`, `the final quarter`. */
function quarter(s: Scan, h: number): boolean {
  let first: number;
  let q: number | undefined;
  if (isInnerHyphen(s, h - 1)) {
    q = ORDINALS.get(low(s, h - 2));
    first = h - 2;
  } else {
    q = ORDINALS.get(low(s, h - 1));
    first = is(s, h - 2, 'the') ? h - 2 : h - 1;
  }
  if (q === undefined) return false;
  first = edgeLead(s, first);
  let end = h + 1;
  let value: string | null = null;
  if (low(s, end) === 'of') {
    const t = s.toks[end + 1];
    if (t !== undefined && /^\d{4}$/.test(t.value)) {
      value = `${t.value}-Q${q}`;
      end += 2;
    } else {
      const r = RELATIVE.get(low(s, end + 1));
      if (r !== undefined && (low(s, end + 2) === 'year' || low(s, end + 2) === 'year’s')) {
        const y = yearValue(s.anchor, r);
        value = y === null ? null : `${y}-Q${q}`;
        end += 3;
      }
    }
  }
  if (end === h + 1) {
    const t = s.toks[end];
    if (t !== undefined && /^\d{4}$/.test(t.value)) {
      value = `${t.value}-Q${q}`;
      end++;
    } else value = quarterValue(s.anchor, q, direction(s, first, end) ?? 'nearest');
  }
  report(s, { first, end, type: 'DATE', value, rank: 3, by: 'units' });
  return true;
}

/** `earlier in the day`, `ended the day`, `for the day`: the publication day. */
function dayOfPublication(s: Scan, h: number): void {
  const before = low(s, h - 2);
  let first = h - 1;
  if (before === 'in' && ['earlier', 'later', 'early', 'late'].includes(low(s, h - 3))) first = h - 3;
  else if (!DAY_EDGE_VERBS.has(before) && before !== 'for') return;
  const after = low(s, h + 1);
  // "the day after the vote" names another day; "late in the day after falling 250 points" does not.
  const gerund = s.toks[h + 2]?.pos === 'VERB' && low(s, h + 2).endsWith('ing');
  if (((after === 'before' || after === 'after') && !gerund) || after === 'of') return;
  dayUnderDiscussion(s, first, h + 1);
}

/** Tokens `[first, end)` name the day under discussion: the publication day until a nearby day replaces it. */
function dayUnderDiscussion(s: Scan, first: number, end: number): void {
  const value = dayOffsetValue(s.anchor, 0);
  report(s, { first, end, type: 'DATE', value, rank: 2, isDay: true, anaphoric: true, by: 'units' });
}

/**
 * `the year before`, `the previous year` (see relative periods), and the edges
 * of the current period: `the start of the day`, `the beginning of the year`,
 * `the end of the month`. A day is the day under discussion (resolved later).
 */
function periodOfPublication(s: Scan, h: number, u: Unit): boolean {
  if (!is(s, h - 1, 'the')) return false;
  const after = low(s, h + 1);
  if (
    u === 'D' &&
    ((after === 'before' && is(s, h + 2, 'yesterday')) || (after === 'after' && is(s, h + 2, 'tomorrow')))
  ) {
    // "the day before yesterday", "the day after tomorrow": two days from publication.
    const value = dayOffsetValue(s.anchor, after === 'before' ? -2 : 2);
    report(s, { first: h - 1, end: h + 3, type: 'DATE', value, rank: 2, isDay: true, by: 'units' });
    return true;
  }
  if (u === 'D' && DAY_BEFORE_AFTER.has(after) && clauseEnds(s, h + 2)) {
    // "The day before, police had warned", "clashes broke out the day after.": a day from the day under discussion.
    const shift = DAY_BEFORE_AFTER.get(after)!;
    const value = dayOffsetValue(s.anchor, shift);
    report(s, {
      first: h - 1,
      end: h + 2,
      type: 'DATE',
      value,
      rank: 2,
      isDay: true,
      anaphoric: true,
      shift,
      by: 'units',
    });
    return true;
  }
  if ((after === 'before' || after === 'previous' || after === 'prior' || after === 'earlier') && u !== 'D') {
    // "the year before" (not "the day before the vote")
    const next = s.toks[h + 2];
    if (
      after === 'before' &&
      next !== undefined &&
      next.sentence === s.toks[h]!.sentence &&
      /^[\p{L}\d]/u.test(next.value)
    ) {
      return false;
    }
    const value = offsetValue(s, -1, u);
    const year = u === 'Y' ? { anaphoric: true, yearShift: -1 } : {};
    report(s, { first: h - 1, end: h + 2, type: 'DATE', value, rank: 2, by: 'units', ...year });
    return true;
  }
  if (low(s, h - 2) === 'of' && PERIOD_EDGES.has(low(s, h - 3)) && is(s, h - 4, 'the')) {
    // "At the end of the day, …" is an idiom (ultimately), not a time.
    if (low(s, h - 5) === 'at' && low(s, h - 3) === 'end' && low(s, h + 1) === ',') return true;
    if (u === 'D') {
      dayUnderDiscussion(s, h - 4, h + 1);
      return true;
    }
    if (u === 'Y' || u === 'M' || u === 'W' || u === 'Q') {
      report(s, { first: h - 4, end: h + 1, type: 'DATE', value: offsetValue(s, 0, u), rank: 2, by: 'units' });
      return true;
    }
  }
  return false;
}

/** `the day before`, `the day after`: days from the day under discussion. */
const DAY_BEFORE_AFTER: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['earlier', -1],
  ['prior', -1],
  ['after', 1],
  ['later', 1],
]);

/** `the last week of March`, `the first week of June 2009`, `THE 2D WEEK OF DECEMBER`: an ISO week (the nth or last full week). */
function weekOfMonth(s: Scan, h: number): boolean {
  const split = isWireOrdinalD(s, h - 1); // `2d`
  const which = split ? `${low(s, h - 2)}d` : low(s, h - 1);
  // `first` … `fourth`, `1st` … `4th`, `2d`/`3d` (ORDINALS), or `last`/`final` (-1).
  const nth = which === 'last' || which === 'final' ? 0 : ORDINALS.get(which);
  if (nth === undefined || low(s, h + 1) !== 'of') return false;
  const n = nth - 1;
  const month = MONTHS.get(low(s, h + 2).replace(/\.$/, ''));
  if (month === undefined || !capitalised(s, h + 2)) return false;
  let end = h + 3;
  let year: number | null = null;
  const y = s.toks[end];
  if (y !== undefined && /^\d{4}$/.test(y.value)) {
    year = Number(y.value);
    end++;
  } else {
    const placed = monthNameValue(s.anchor, month, direction(s, h - 1, end) ?? 'nearest');
    if (!placed.startsWith('X')) year = Number(placed.slice(0, 4));
  }
  const ord = split ? h - 2 : h - 1;
  const first = is(s, ord - 1, 'the') ? ord - 1 : ord;
  let value: string | null = null;
  if (year !== null) {
    // The first full week starts on the first Monday; the last full week ends on the last Sunday.
    let day: Ymd;
    if (n >= 0) {
      const d1 = { y: year, m: month, d: 1 };
      day = addDays(d1, ((8 - weekdayOf(d1)) % 7) + 7 * n);
    } else {
      const dl = { y: year, m: month, d: daysInMonth(year, month) };
      day = addDays(dl, -(weekdayOf(dl) % 7));
    }
    value = weekValue(day);
  }
  report(s, { first, end, type: 'DATE', value, rank: 3, by: 'units' });
  return true;
}

/** `Q3`, `Q3 2009`: a quarter written as a code. */
export function quarterToken(s: Scan, i: number): void {
  const m = /^Q([1-4])$/.exec(s.toks[i]!.value);
  if (m === null) return;
  const q = Number(m[1]);
  const t = s.toks[i + 1];
  if (t !== undefined && /^\d{4}$/.test(t.value)) {
    report(s, { first: i, end: i + 2, type: 'DATE', value: `${t.value}-Q${q}`, rank: 3, by: 'units' });
    return;
  }
  report(s, {
    first: i,
    end: i + 1,
    type: 'DATE',
    value: quarterValue(s.anchor, q, direction(s, i, i + 1) ?? 'nearest'),
    rank: 3,
    by: 'units',
  });
}
