/**
 * Which way a bare weekday or month-day points: news reports the past, so
 * `on Saturday` is the last Saturday on or before publication, unless the
 * verb group of the clause points forward (`will meet on Tuesday`, `is set to
 * begin on Wednesday`, `would meet … again on Tuesday`, `is meeting again
 * Monday`).
 *
 * The nearest verb group before the expression decides; when it says nothing
 * (a bare present, a noun phrase), the first verb group after it does.
 */
import type { Token } from '../document/model.js';
import { FUTURE_WORDS, IRREGULAR_PAST, PAST_AUXILIARIES, PRESENT_AUXILIARIES } from './lexicon.js';
import type { Scan } from './scan.js';

/** Where an expression points relative to publication. */
export type Direction = 'past' | 'future';

const LOOK_BEHIND = 12;
const LOOK_AHEAD = 10;
const STOPS = new Set([';', ':', '—', '–', '"', '“', '”']);

/** Words that only point forward when `to` or `for` follows (`set to`, `due to`, `going to`). */
const NEEDS_TO = new Set(['set', 'due', 'going', 'expected', 'scheduled', 'slated', 'plans', 'plan', 'planned']);
/** Future words that are not verbs but still belong to the clause (`until Friday`). */
const NON_VERB_FUTURE = new Set(['until', 'till', 'til', 'upcoming']);

function isGroupToken(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV';
}

function startsGroup(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'VERB' || NON_VERB_FUTURE.has(t.lower);
}

function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** The verdict of one verb group `toks[a..b)`. */
function verdict(toks: readonly Token[], a: number, b: number): Direction | null {
  let past = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    const w = t.normal;
    const next = toks[k + 1];
    if (FUTURE_WORDS.has(w) || FUTURE_WORDS.has(t.lower)) {
      if (!NEEDS_TO.has(t.lower)) return 'future';
      if (next !== undefined && (next.lower === 'to' || next.lower === 'for')) return 'future';
      if (t.lower === 'scheduled' || t.lower === 'expected' || t.lower === 'planned') return 'future';
    }
    // An infinitive: "to begin", "to be held".
    if (t.lower === 'to' && t.pos === 'PART' && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) {
      return 'future';
    }
    // A present progressive: "is meeting".
    if (PRESENT_AUXILIARIES.has(t.lower) && next !== undefined && next.pos === 'VERB' && next.lower.endsWith('ing')) {
      return 'future';
    }
    if (PAST_AUXILIARIES.has(t.lower)) {
      // "has"/"have" as a main verb (possession) says nothing; as an auxiliary it is the perfect.
      if (t.lower === 'has' || t.lower === 'have' || t.lower.endsWith('ve')) {
        if (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) past = true;
      } else past = true;
    } else if (isPastForm(t)) past = true;
  }
  return past ? 'past' : null;
}

/**
 * The direction the clause around tokens `[first, end)` gives, or `null`
 * when its verbs say nothing (callers then assume the past).
 *
 * @example
 * ```ts
 * // "He said he would meet the envoy on Tuesday." → 'future' for "Tuesday"
 * ```
 */
export function direction(s: Scan, first: number, end: number): Direction | null {
  const toks = s.toks;
  const sentence = toks[first]!.sentence;
  // Behind.
  for (let j = first - 1; j >= 0 && j >= first - LOOK_BEHIND; j--) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value)) break;
    if (!startsGroup(t)) continue;
    let a = j;
    while (a > 0 && toks[a - 1]!.sentence === sentence && isGroupToken(toks[a - 1]!)) a--;
    let b = j + 1;
    while (b < first && isGroupToken(toks[b]!)) b++;
    const v = verdict(toks, a, b);
    if (v !== null) return v;
    break;
  }
  // Ahead.
  for (let j = end; j < toks.length && j < end + LOOK_AHEAD; j++) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value)) break;
    if (!startsGroup(t)) continue;
    let b = j + 1;
    while (b < toks.length && toks[b]!.sentence === sentence && isGroupToken(toks[b]!)) b++;
    return verdict(toks, j, b);
  }
  return null;
}
