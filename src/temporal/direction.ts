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
import {
  ANNOUNCING_VERBS,
  COMMITMENT_VERBS,
  FUTURE_WORDS,
  IRREGULAR_PAST,
  ONSET_WORDS,
  TEMPORAL_SUBORDINATORS,
  TIMETABLE_NOUNS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  SCHEDULE_NOUNS,
  UNDERTAKING_NOUNS,
} from './lexicon.js';
import type { Scan } from './scan.js';
import { PHRASAL_PARTICLES } from '../lexicon/en/index.js';

/** Where an expression points relative to publication. */
export type Direction = 'past' | 'future';

/** A verb group's say: `weak` is a forward reading a past verb nearby overrides (an infinitive, a progressive). */
type Verdict = Direction | 'weak' | null;

const LOOK_BEHIND = 12;
const LOOK_AHEAD = 10;
const STOPS = new Set([';', ':', '—', '–', '"', '“', '”']);

/** Words that only point forward when `to` or `for` follows (`set to`, `due to`, `going to`). */
const NEEDS_TO = new Set(['set', 'due', 'going', 'expected', 'scheduled', 'slated', 'plans', 'plan', 'planned']);

/**
 * Modal auxiliaries, whatever part of speech the tagger gave them ("will" is sometimes a NOUN). Not
 * the lexicon's MODALS (src/lexicon/en), which adds `can`, `'d`, `wo`, `ca` and lacks the curly `’ll`.
 */
const MODALS = new Set(['will', 'would', 'shall', 'might', 'could', 'should', 'must', 'may', "'ll", '’ll']);

const SIMPLE_PAST = new Set(['was', 'were', 'had', 'did']);

/** Modals whose perfect looks back (`may have been killed`, `could have hit`); `will have done` is a future perfect. */
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", '’ll']);
const PAST_PERFECT_MODALS: ReadonlySet<string> = new Set([...MODALS].filter((w) => !FUTURE_MODALS.has(w)));

/** Whether token `k` opens a modal perfect: a modal, `have`, and a past participle (`may have been`, `might have hit`). */
function modalPerfect(toks: readonly Token[], k: number): boolean {
  if (!PAST_PERFECT_MODALS.has(toks[k]!.lower)) return false;
  let h = k + 1;
  // "may not have", "could well have"
  const between = toks[h]?.pos;
  if (between === 'PART' || between === 'ADV') h++;
  const have = toks[h]?.lower;
  if (have !== 'have' && have !== '’ve' && have !== "'ve") return false;
  // A verb after `have` is its participle (`known`, `used`, `hit`); `may have to leave` is an obligation ahead.
  const p = toks[h + 1];
  return p !== undefined && (p.pos === 'VERB' || p.pos === 'AUX') && p.lower !== 'to';
}

/**
 * Whether tokens `[a, b)` are only prepositions and clock times ("opens on Monday", "starts at 18:30 on
 * Thursday"), or the noun of a scheduling phrase right after the verb ("takes place on Sunday", "comes into
 * effect on Friday").
 */
function onlyPrepositions(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.pos === 'ADP' || t.shape === 'number') continue;
    if (k <= a + 1 && SCHEDULE_NOUNS.has(t.lower)) continue;
    return false;
  }
  return b - a <= 4;
}

function isGroupToken(t: Token): boolean {
  return (
    t.pos === 'AUX' ||
    t.pos === 'VERB' ||
    t.pos === 'PART' ||
    t.pos === 'ADV' ||
    MODALS.has(t.value) ||
    PHRASAL_PARTICLES.has(t.lower) // "lined up to hear"
  );
}

function startsGroup(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'VERB' || MODALS.has(t.value);
}

/** Whether `t` is a past-tense verb form (`killed`, `met`, `rebuilt`). */
export function isPastForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  if (IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  // An irregular verb the list lacks (`rebuilt`, `overran`): a full verb the model lemmatised to another form,
  // neither a present (`says` → `say`) nor a gerund.
  return t.pos === 'VERB' && t.lemma !== w && !w.endsWith('s') && !w.endsWith('ing');
}

/** Verbs in the present third person that report rather than schedule. */
const REPORTING = new Set([
  'says',
  'has',
  'is',
  'does',
  'tells',
  'claims',
  'reports',
  'shows',
  'means',
  'seems',
  'looks',
]);

/** `starts`, `opens`, `takes`: a present-tense verb that, with a date, schedules. */
function isPresentThirdPerson(t: Token): boolean {
  const w = t.lower;
  return t.pos === 'VERB' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !REPORTING.has(w);
}

/** Whether `t` looks like a base-form verb (`begin`, `be`), not `figures`, `released`, `meeting`. */
function isBaseForm(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  // `sing`, `bring` end like a gerund but are their own lemma.
  if (w.endsWith('ing') && t.lemma === w) return true;
  return !(w.endsWith('ed') || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss')));
}

/**
 * The verdict of one verb group `toks[a..b)`; `progressive` lets a present
 * progressive (`is meeting`) point forward, which only holds for a verb
 * before the expression.
 */
function verdict(
  toks: readonly Token[],
  a: number,
  b: number,
  progressive: boolean,
  scheduled = false,
  ahead = false,
): Verdict {
  // A simple past ("was forced to withdraw", "had planned to") keeps what follows in the past;
  // a present perfect ("has been scheduled") does not.
  let simplePast = false;
  let perfect = false;
  // A present passive ("before they are transported away on Friday") is no past tense: it says nothing.
  let present = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    const w = t.normal;
    const next = toks[k + 1];
    // "Dozens may have been killed on Sunday": a modal perfect reports the past, however modal.
    if (modalPerfect(toks, k)) return 'past';
    // "agreed to withdraw by Friday", "vowed to retake the town on Sunday": a commitment looks ahead of when it
    // was made, whatever its tense (the date is then placed from the day it was made, when the sentence gives it);
    // a date before it ("On Saturday the rebels agreed to …") dates the commitment itself.
    if (
      !ahead &&
      COMMITMENT_VERBS.has(t.lemma) &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      next?.lower === 'to' &&
      next.pos === 'PART' &&
      toks[k + 2] !== undefined &&
      isBaseForm(toks[k + 2]!)
    ) {
      return 'future';
    }
    if (FUTURE_WORDS.has(w) || FUTURE_WORDS.has(t.lower)) {
      if (!NEEDS_TO.has(t.lower)) return 'future';
      const scheduled = t.lower === 'scheduled' || t.lower === 'expected' || t.lower === 'planned';
      if (!simplePast && ((next !== undefined && (next.lower === 'to' || next.lower === 'for')) || scheduled)) {
        return 'future';
      }
    }
    // An infinitive: "to begin", "to be held" (not "according to figures").
    if (
      !simplePast &&
      t.lower === 'to' &&
      t.pos === 'PART' &&
      next !== undefined &&
      isBaseForm(next) &&
      toks[k - 1]?.lower !== 'according'
    ) {
      // "are due to start", "is set to begin" with `due`/`set` tagged an adjective, outside the group: a schedule,
      // not a purpose, so a reporting clause after it ("…, officials said") does not turn it back.
      // "were due to start" stays open to the clause's past.
      const lead = toks[k - 1];
      if (lead !== undefined && k === a && NEEDS_TO.has(lead.lower) && !SIMPLE_PAST.has(toks[k - 2]?.lower ?? ''))
        return 'future';
      return 'weak';
    }
    // A present progressive: "is meeting".
    if (
      progressive &&
      PRESENT_AUXILIARIES.has(t.lower) &&
      next !== undefined &&
      next.pos === 'VERB' &&
      next.lower.endsWith('ing')
    ) {
      return 'future';
    }
    // A scheduled present right before the date ("the truce starts on Thursday", "opens Monday").
    if (scheduled && k === b - 1 && isPresentThirdPerson(t) && !simplePast && !perfect) return 'weak';
    if (PAST_AUXILIARIES.has(t.lower)) {
      // "has"/"have" as a main verb (possession) says nothing; as an auxiliary it is the perfect.
      if (t.lower === 'has' || t.lower === 'have' || t.lower.endsWith('ve')) {
        if (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) perfect = true;
      } else simplePast = true;
    } else if (PRESENT_AUXILIARIES.has(t.lower)) present = true;
    else if (isPastForm(t) && !perfect && !present) simplePast = true;
  }
  return simplePast || perfect ? 'past' : null;
}

/**
 * Whether the sentence around tokens `[first, end)` is told in the past (a
 * past-tense verb or auxiliary, and no modal or future word): "Government
 * forces controlled most of the city by Friday" and "By Friday most villages
 * taken in the first push had been recaptured" look back, however far the verb.
 */
function pastSentence(toks: readonly Token[], first: number, end: number): boolean {
  const sentence = toks[first]!.sentence;
  let past = false;
  for (let j = first - 1; j >= 0 && toks[j]!.sentence === sentence; j--) {
    const tense = tenseAt(toks, j);
    if (tense === TENSE_NOT_PAST) return false;
    if (tense === TENSE_PAST) past = true;
  }
  for (let j = end; j < toks.length && toks[j]!.sentence === sentence; j++) {
    const tense = tenseAt(toks, j);
    if (tense === TENSE_NOT_PAST) return false;
    if (tense === TENSE_PAST) past = true;
  }
  return past;
}

/** What {@link tenseAt} tells of a word: nothing, a past form, or a modal or future word (not past). */
const TENSE_NONE = 0;
const TENSE_PAST = 1;
const TENSE_NOT_PAST = 2;

/**
 * The tense token `k` gives its sentence for {@link pastSentence}: a modal perfect (`would have`) tells
 * nothing, a modal or future word rules the past out, a simple past or past form tells of the past.
 * (A function of its own, not a closure: none is made per call.)
 */
function tenseAt(toks: readonly Token[], k: number): number {
  if (modalPerfect(toks, k)) return TENSE_NONE;
  const t = toks[k]!;
  if (MODALS.has(t.lower) || FUTURE_WORDS.has(t.lower)) return TENSE_NOT_PAST;
  return SIMPLE_PAST.has(t.lower) || isPastForm(t) ? TENSE_PAST : TENSE_NONE;
}

/**
 * Whether the expression at `first` is the onset of a measure an announcing verb names: "announced a halt
 * starting on Thursday", "declared a curfew from Sunday" — the measure takes effect ahead of the announcement.
 */
function announcedOnset(toks: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (toks[k]?.lower === 'on' && toks[k - 1]?.lower !== 'from') k--;
  const onset = toks[k];
  if (onset === undefined || !ONSET_WORDS.has(onset.lower)) return false;
  const sentence = onset.sentence;
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BEHIND; j--) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value)) return false;
    if (!startsGroup(t)) continue;
    if (ANNOUNCING_VERBS.has(t.lemma)) return true;
    // The object's noun read as a verb ("a halt"): only a tensed verb or an auxiliary ends the search.
    if (t.pos === 'AUX' || MODALS.has(t.lower) || isPastForm(t) || PRESENT_AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/** Present copulas that tie a timetable noun to its date (`the deadline is Friday`). */
const PRESENT_COPULAS = new Set(['is', 'are']);

/**
 * Whether the expression at `first` is the complement of a present copula whose subject names a dated event or
 * limit: "the deadline is Friday", "the vote for the new council is on Sunday" — a timetable, stated ahead.
 */
function presentTimetable(toks: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (toks[k]?.lower === 'on') k--;
  const copula = toks[k];
  if (copula === undefined || !PRESENT_COPULAS.has(copula.lower)) return false;
  const sentence = copula.sentence;
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BEHIND; j--) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value) || t.value === ',') return false;
    if (TIMETABLE_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * The direction the clause around tokens `[first, end)` gives, or `null`
 * when its verbs say nothing (callers then assume the past). `strict` counts
 * only an outright future (a modal, `due to`, `plans to`), not an infinitive
 * or progressive nearby (`talks over the weekend failing to …`).
 *
 * @example
 * ```ts
 * // "He said he would meet the envoy on Tuesday." → 'future' for "Tuesday"
 * ```
 */
export function direction(s: Scan, first: number, end: number, strict = false): Direction | null {
  const toks = s.toks;
  const sentence = toks[first]!.sentence;
  const prep = toks[first - 1]?.lower;
  const byPreposition = prepositionDirection(toks, first, end, sentence, prep);
  if (byPreposition !== null) return byPreposition;
  if (announcedOnset(toks, first) || presentTimetable(toks, first)) return 'future';
  const behind = verdictBehind(toks, first, sentence, prep);
  if (behind === 'past' || behind === 'future') return behind;
  const ahead = verdictAhead(toks, end, sentence);
  // "a chance to demonstrate its clout Tuesday, as voters went to the polls": the past verb wins.
  if (ahead === 'past') return 'past';
  if (ahead !== null && (ahead === 'future' || !strict)) return 'future';
  if (behind === 'weak' && !strict) return 'future';
  // The preposition before the expression: a deadline points forward, "since" back.
  if (prep === 'by') return pastSentence(toks, first, end) ? 'past' : 'future';
  if (prep === 'since') return 'past';
  return null;
}

/** The direction `since`, `until` or `till` right before the expression gives, whatever the verbs; else `null`. */
function prepositionDirection(
  toks: readonly Token[],
  first: number,
  end: number,
  sentence: number,
  prep: string | undefined,
): Direction | null {
  // "would mark a year since the June 3 offensive": whatever the verbs, `since` looks back.
  if (prep === 'since' || (prep === 'the' && toks[first - 2]?.lower === 'since')) return 'past';
  if (prep !== 'until' && prep !== 'till') return null;
  // "closed until Friday": a limit ahead, unless an auxiliary puts the clause in the past ("had been closed until").
  for (let j = first - 2; j >= 0 && j >= first - LOOK_BEHIND && toks[j]!.sentence === sentence; j--) {
    if (SIMPLE_PAST.has(toks[j]!.lower)) return 'past';
    if (STOPS.has(toks[j]!.value)) break;
  }
  // "Until Monday's announcement, both companies had …"
  for (let j = end; j < toks.length && j < end + LOOK_AHEAD && toks[j]!.sentence === sentence; j++) {
    if (SIMPLE_PAST.has(toks[j]!.lower)) return 'past';
  }
  return 'future';
}

/**
 * The verdict of the verb groups before the expression at `first`: the nearest, and the one before it when the
 * nearest says nothing ("will fly … and land on"); `weak` when an infinitive or progressive right before decides
 * unless the clause goes on in the past.
 */
function verdictBehind(toks: readonly Token[], first: number, sentence: number, prep: string | undefined): Verdict {
  let groups = 0;
  let limit = first - LOOK_BEHIND;
  for (let j = first - 1; j >= 0 && j >= limit && groups < 2; j--) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value)) break;
    // "are set to hand over their weapons on Thursday before they are transported away from the area on Friday":
    // a temporal clause whose verbs said nothing (a present) takes its time from the main clause, however far.
    if (groups === 1 && TEMPORAL_SUBORDINATORS.has(t.lower)) limit = j - LOOK_BEHIND;
    if (!startsGroup(t)) continue;
    let a = j;
    while (a > 0 && toks[a - 1]!.sentence === sentence && isGroupToken(toks[a - 1]!)) a--;
    let b = j + 1;
    while (b < first && isGroupToken(toks[b]!)) b++;
    // Only the nearest group gives a weak forward reading, and a scheduled present only right before the date.
    const adjacent = groups === 0 && onlyPrepositions(toks, b, first);
    const v = verdict(toks, a, b, groups === 0, adjacent);
    if (v === 'past' || v === 'future') return v;
    if (v === 'weak') {
      // "launched an offensive to retake the town on May 31": an infinitive completing an undertaking noun, with
      // its object before the date, says what the operation was for; the verb that launched it dates it.
      // Only a time adverbial ("on May 31"), not a date that names the purpose's event ("ahead of Monday's vote").
      if (!adjacent && prep === 'on' && UNDERTAKING_NOUNS.has(toks[a - 1]?.lower ?? '') && toks[a]!.lower === 'to') {
        if (undertakingInPast(toks, a, first, sentence)) return 'past';
      }
      return 'weak';
    }
    groups++;
    j = a;
  }
  return null;
}

/** Whether the verb group before the undertaking noun ending at `a - 1` (`launched` an offensive to …) is past. */
function undertakingInPast(toks: readonly Token[], a: number, first: number, sentence: number): boolean {
  for (let k = a - 2; k >= 0 && k >= first - LOOK_BEHIND && toks[k]!.sentence === sentence; k--) {
    const u = toks[k]!;
    if (STOPS.has(u.value)) return false;
    if (!startsGroup(u)) continue;
    let c = k;
    while (c > 0 && toks[c - 1]!.sentence === sentence && isGroupToken(toks[c - 1]!)) c--;
    let e = k + 1;
    while (e < a && isGroupToken(toks[e]!)) e++;
    return verdict(toks, c, e, false) === 'past';
  }
  return false;
}

/** The verdict of the first verb group after the expression ending at `end`, or `null` when none is near. */
function verdictAhead(toks: readonly Token[], end: number, sentence: number): Verdict {
  for (let j = end; j < toks.length && j < end + LOOK_AHEAD; j++) {
    const t = toks[j]!;
    if (t.sentence !== sentence || STOPS.has(t.value)) return null;
    if (!startsGroup(t)) continue;
    const a = j > end && toks[j - 1]!.lower === 'to' ? j - 1 : j;
    let b = j + 1;
    while (b < toks.length && toks[b]!.sentence === sentence && isGroupToken(toks[b]!)) b++;
    return verdict(toks, a, b, false, false, true);
  }
  return null;
}
