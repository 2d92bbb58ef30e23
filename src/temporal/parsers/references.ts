/**
 * Words that refer to the present, past or future without a calendar value
 * (`now`, `currently` → PRESENT_REF; `recently`, `the past` → PAST_REF;
 * `soon`, `the future` → FUTURE_REF), and the days named from publication:
 * `today`, `yesterday`, `tomorrow`, `tonight` (TIME `…TNI`), `this morning`,
 * `last night`, `yesterday afternoon`, `earlier today`, and `overnight` or
 * `during the night` (the night before publication, TIME `…TNI`).
 */
import { dayOffsetValue } from '../resolve.js';
import {
  ATTACK_NOUNS,
  DAY_WORDS,
  EDGE_MODIFIERS,
  PARTS_OF_DAY,
  REFERENCES,
  SET_QUANTIFIERS,
  UNITS,
} from '../lexicon.js';
import { durationValue } from './units.js';
import { direction, isPastForm } from '../direction.js';
import { inName, is, low, report, sameSentence, type Scan } from '../scan.js';

const INTENSIFIERS = new Set(['very', 'quite', 'fairly', 'pretty', 'more', 'most', 'only', 'until', 'so']);
const FUTURE_ADJECTIVES = new Set(['near', 'foreseeable', 'distant', 'immediate', 'not-too-distant']);
const TERM_ADJECTIVES = new Set(['near', 'long', 'short', 'medium']);
const ANAPHORIC_AFTER = new Set(['after', 'afterwards', 'afterward', 'before', 'thereafter']);
const MARKET_SESSIONS = new Set(['trading', 'trade', 'session', 'dealings', 'deals']);

/** Words before `the night` that make it the night just gone (`during the night`, `through the night`). */
const NIGHT_LEADS = new Set(['during', 'through', 'overnight']);
const DETERMINERS = new Set(['a', 'an', 'that', 'this', 'one', 'every', 'each']);

/**
 * `killed overnight`, `clashes during the night`: the night before the anchor
 * day (`…TNI`), or the coming one in a clause that points forward (`will
 * continue overnight`). Not a kind of thing (`an overnight curfew`, `overnight
 * closures`), but a night's event (`the overnight shelling`). Returns whether it reported one.
 */
function overnight(s: Scan, i: number): boolean {
  const w = low(s, i);
  let first = i;
  if (w === 'overnight') {
    const next = s.toks[i + 1];
    // `an overnight airstrike`, `overnight air strikes`: an attack names the night it happened.
    const attack =
      ATTACK_NOUNS.has(low(s, i + 1)) ||
      ((next?.pos === 'NOUN' || next?.pos === 'ADJ') && ATTACK_NOUNS.has(low(s, i + 2)));
    if (!attack && DETERMINERS.has(low(s, i - 1))) return false;
    // `overnight closures` is a kind of closure; `overnight shelling`, `overnight killing 12` name the night.
    if (
      !attack &&
      next !== undefined &&
      next.sentence === s.toks[i]!.sentence &&
      (next.pos === 'NOUN' || next.pos === 'ADJ') &&
      !next.lower.endsWith('ing')
    )
      return false;
  } else if (w === 'night' && low(s, i - 1) === 'the' && NIGHT_LEADS.has(low(s, i - 2)) && low(s, i + 1) !== 'of')
    first = i - 1;
  else return false;
  const k = direction(s, first, i + 1) === 'future' ? 0 : -1;
  const date = dayOffsetValue(s.anchor, k);
  report(s, {
    first,
    end: i + 1,
    type: 'TIME',
    value: date === null ? null : `${date}TNI`,
    rank: 1,
    by: 'references',
  });
  return true;
}

/** Reads a reference word (`now`, `recently`, `soon`, …) at token `i`. */
export function referenceWord(s: Scan, i: number): void {
  const w = low(s, i);
  const ref = REFERENCES.get(w);
  if (ref === undefined) return;
  const next = low(s, i + 1);
  const t = s.toks[i]!;
  // "now-defunct", "soon-to-open", "now that": modifiers and connectives, not references.
  if (next === '-' && s.toks[i + 1] !== undefined && !s.toks[i + 1]!.spaceBefore) return;
  if (w === 'now' && next === 'that') return;
  // "as soon as", "soon after", "shortly before": connectives anchored to another event.
  if ((w === 'soon' || w === 'shortly') && (low(s, i - 1) === 'as' || ANAPHORIC_AFTER.has(next))) return;
  if (t.pos === 'NOUN' && w !== 'now') return;
  if (inName(s, i, i + 1)) return;
  // "forces soon violated the truce": before a past verb "soon" means shortly after, not the future.
  if (w === 'soon' && s.toks[i + 1] !== undefined && isPastForm(s.toks[i + 1]!)) return;
  let first = i;
  if (INTENSIFIERS.has(low(s, i - 1)) && w !== 'now') first = i - 1;
  report(s, { first, end: i + 1, type: 'DATE', value: ref, rank: 1, by: 'references' });
}

/** Prepositions that make `recent weeks` a stretch of time (`for recent weeks`, `over recent months`). */
const STRETCH_LEADS = new Set(['for', 'over', 'throughout']);

/** `current` → PRESENT_REF, `recent` and `in recent weeks` → PAST_REF, `over recent weeks` → DURATION PXW. */
export function referenceAdjective(s: Scan, i: number): void {
  const w = low(s, i);
  const t = s.toks[i]!;
  if (t.pos !== 'ADJ') return;
  // "the current year" is a relative period (units); the longer mention wins anyway.
  if (w === 'current') {
    report(s, { first: i, end: i + 1, type: 'DATE', value: 'PRESENT_REF', rank: 0, by: 'references' });
    return;
  }
  if (w !== 'recent') return;
  let first = i;
  if (low(s, i - 1) === 'more' || low(s, i - 1) === 'most') first = i - 1;
  const unit = UNITS.get(low(s, i + 1));
  if (unit !== undefined && low(s, i + 1).endsWith('s')) {
    // "for recent weeks", "over recent months": a stretch up to now of no stated length (PXW), as "for weeks" is;
    // "in recent weeks", "recent days have seen": the recent past (PAST_REF), as both dev sets annotate it.
    if (STRETCH_LEADS.has(low(s, first - 1)))
      report(s, { first, end: i + 2, type: 'DURATION', value: durationValue(null, unit), rank: 1, by: 'references' });
    else report(s, { first, end: i + 2, type: 'DATE', value: 'PAST_REF', rank: 1, by: 'references' });
    return;
  }
  report(s, { first, end: i + 1, type: 'DATE', value: 'PAST_REF', rank: 1, by: 'references' });
}

/** `the past`, `the future`, `the near future`, `the time being`, `the moment`, `the long term`, `at present`, `these days`, `the coming days`. */
export function referenceNoun(s: Scan, i: number): void {
  const w = low(s, i);
  const next = s.toks[i + 1];
  if (w === 'past') {
    // "the past" alone; "the past week" / "the past 3 years" are durations (units).
    if (!is(s, i - 1, 'the')) return;
    if (
      next !== undefined &&
      next.sentence === s.toks[i]!.sentence &&
      (next.pos === 'NOUN' || next.pos === 'NUM' || next.pos === 'ADJ' || next.pos === 'PROPN')
    ) {
      return;
    }
    report(s, { first: i - 1, end: i + 1, type: 'DATE', value: 'PAST_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'future') {
    // "the future" as a head noun (the tagger often calls it ADJ), not "the future president".
    if (next !== undefined && next.sentence === s.toks[i]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) {
      return;
    }
    let first = i - 1;
    if (FUTURE_ADJECTIVES.has(low(s, first))) first--;
    if (!is(s, first, 'the')) return;
    report(s, { first, end: i + 1, type: 'DATE', value: 'FUTURE_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'being' && low(s, i - 1) === 'time' && is(s, i - 2, 'the')) {
    report(s, { first: i - 2, end: i + 1, type: 'DATE', value: 'PRESENT_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'moment' && is(s, i - 1, 'the') && (low(s, i - 2) === 'at' || low(s, i - 2) === 'for')) {
    report(s, { first: i - 1, end: i + 1, type: 'DATE', value: 'PRESENT_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'term' && TERM_ADJECTIVES.has(low(s, i - 1)) && is(s, i - 2, 'the')) {
    report(s, { first: i - 2, end: i + 1, type: 'DATE', value: 'FUTURE_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'present' && low(s, i - 1) === 'at') {
    report(s, { first: i, end: i + 1, type: 'DATE', value: 'PRESENT_REF', rank: 1, by: 'references' });
    return;
  }
  if (w === 'days' && low(s, i - 1) === 'these') {
    report(s, { first: i - 1, end: i + 1, type: 'DATE', value: 'PRESENT_REF', rank: 1, by: 'references' });
    return;
  }
  if ((w === 'days' || w === 'weeks' || w === 'months' || w === 'years') && is(s, i - 2, 'the')) {
    const adj = low(s, i - 1);
    if (adj === 'coming' || adj === 'next' || adj === 'following') {
      report(s, { first: i - 2, end: i + 1, type: 'DATE', value: 'FUTURE_REF', rank: 1, by: 'references' });
    }
  }
}

/** `today`, `yesterday`, `tomorrow`, `tonight`, with `earlier today` and `yesterday morning`. */
export function dayWord(s: Scan, i: number): void {
  const w = low(s, i);
  const k = DAY_WORDS.get(w);
  if (k === undefined || inName(s, i, i + 1)) return;
  let first = i;
  if (EDGE_MODIFIERS.has(low(s, i - 1))) first = i - 1;
  const date = dayOffsetValue(s.anchor, k);
  if (w === 'tonight') {
    report(s, {
      first,
      end: i + 1,
      type: 'TIME',
      value: date === null ? null : `${date}TNI`,
      rank: 2,
      by: 'references',
    });
    return;
  }
  const pod = PARTS_OF_DAY.get(low(s, i + 1));
  if (pod !== undefined) {
    report(s, {
      first,
      end: i + 2,
      type: 'TIME',
      value: date === null ? null : `${date}T${pod}`,
      rank: 2,
      by: 'references',
    });
    return;
  }
  report(s, { first, end: i + 1, type: 'DATE', value: date, rank: 2, isDay: date !== null, by: 'references' });
}

/** `this morning`, `last night`, `this afternoon`: parts of the publication day (or the day before); `every morning` (SET). */
export function partOfDay(s: Scan, i: number): void {
  const pod = PARTS_OF_DAY.get(low(s, i));
  if (pod === undefined) return;
  const w = low(s, i - 1);
  // "in morning trading", "in afternoon trade": a part of the day under discussion.
  if (MARKET_SESSIONS.has(low(s, i + 1)) && (w === 'in' || w === 'during' || w === 'early' || w === 'late')) {
    const date = dayOffsetValue(s.anchor, 0);
    report(s, {
      first: i,
      end: i + 1,
      type: 'TIME',
      value: date === null ? null : `${date}T${pod}`,
      rank: 1,
      anaphoric: true,
      by: 'references',
    });
    return;
  }
  // "every morning", "each evening": a part of every day (SET XXXX-XX-XXTMO).
  if (SET_QUANTIFIERS.has(w)) {
    report(s, { first: i - 1, end: i + 1, type: 'SET', value: `XXXX-XX-XXT${pod}`, rank: 2, by: 'references' });
    return;
  }
  if (pod === 'NI' && overnight(s, i)) return;
  let k: number;
  if (w === 'this') k = 0;
  else if (w === 'last' && (pod === 'NI' || pod === 'EV')) k = -1;
  else return;
  const date = dayOffsetValue(s.anchor, k);
  // `early this morning`, `late last night`, `later this evening`: the edge word is part of the expression.
  const edge = EDGE_MODIFIERS.has(low(s, i - 2)) && sameSentence(s, i - 2, i);
  report(s, {
    first: edge ? i - 2 : i - 1,
    end: i + 1,
    type: 'TIME',
    value: date === null ? null : `${date}T${pod}`,
    rank: 2,
    by: 'references',
  });
}
