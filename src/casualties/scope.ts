/**
 * Incident toll or running total. A figure is `cumulative` when:
 *
 * - a war noun is the subject of the verb that counts it ("Syria's war has
 *   killed more than 260 000 people", "the conflict that has claimed 300,000
 *   lives"), or any war noun precedes a perfect verb ("The civil war, which
 *   began in 2011, has killed …"); weaker nouns (violence, crackdown,
 *   campaign) only with a perfect verb;
 * - the deaths are those of a whole war ("killed in the war"), or the toll is
 *   a war's ("the death toll in the conflict");
 * - a span of time runs up to now right after the figure ("… since March
 *   2011", "so far", "to date");
 * - the toll is a whole month's ("more than 100 civilians have been killed
 *   in August", "killed 700 in August shelling"), unless the sentence tells a
 *   single attack ("a car bomb killed 12 in August");
 * - the toll is a period's running total: "this month's death toll", "the toll
 *   for the year", or a perfect verb with "this / last / past month / year"
 *   after the figure ("have died in attacks on the town this year").
 *
 * A subset takes its parent's scope; a figure of a verb coordinated with a
 * cumulative one ("has killed 220 000 people, wounded a million") too, and one
 * added to it by "as well as" ("… killed in the war as well as the death of 58").
 */
import type { Token } from '../document/model.js';
import type { CasualtyScope } from '../types.js';
import type { Ctx, ScopeMarks } from './context.js';
import {
  ATTACKERS,
  ATTACK_NOUNS,
  CUMULATIVE_CUES,
  CUMULATIVE_NOUNS,
  PERFECT_NOUNS,
  PERIOD_DETERMINERS,
  PERIOD_UNITS,
  SPAN_CUE,
  SUPERLATIVE_PERIODS,
  MONTHS,
  TOLLS,
  WAR,
} from './lexicon.js';
import type { Found } from './rules.js';
import { HYPHENS, POSSESSIVE_DETERMINERS } from '../lexicon/en/index.js';
import attacks from '../lexicon/attacks.json';
import { readQuantity } from '../numbers/index.js';

const PERFECT = new Set(['has', 'have', 'had', "'s"]);
const WAR_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'since', 'of']);
const CUE_REACH = 6;

/** A war noun at `k` that is a word of its own (not "war-torn", "post-war"). */
function warNoun(ctx: Ctx, k: number, perfect: boolean): boolean {
  const t: Token = ctx.toks[k]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (!CUMULATIVE_NOUNS.has(t.lower) && !(perfect && PERFECT_NOUNS.has(t.lower))) return false;
  // Inside a name ("National Coalition for Syrian Revolution") it is not the war.
  const c = t.value.charCodeAt(0);
  if (c >= 65 && c <= 90 && k > ctx.first) return false;
  const before = ctx.toks[k - 1];
  const after = ctx.toks[k + 1];
  if (before !== undefined && HYPHENS.has(before.value) && !t.spaceBefore) return false;
  return !(after !== undefined && HYPHENS.has(after.value) && !after.spaceBefore);
}

function cueAt(ctx: Ctx, k: number): boolean {
  if ((ctx.cls[k]! & SPAN_CUE) === 0) return false;
  for (const cue of CUMULATIVE_CUES) {
    let ok = true;
    for (let i = 0; i < cue.length && ok; i++) ok = k + i < ctx.end && ctx.toks[k + i]!.lower === cue[i];
    if (!ok) continue;
    // "in the past seven days", "in the last week", "during the past week": a span only before a count or a
    // unit of time ("as in the past", "during the last attack" are none).
    if (cue[0] !== 'in' && cue[0] !== 'during') return true;
    const next = k + cue.length;
    if (
      next < ctx.end &&
      (readQuantity(ctx.toks, next, ctx.end) !== null || SUPERLATIVE_PERIODS.has(ctx.toks[next]!.lower))
    )
      return true;
  }
  return false;
}

/** "the deadliest since 2015", "the first since the truce": a record, not a running total. */
function superlativeBefore(ctx: Ctx, k: number): boolean {
  for (let m = k - 1; m >= Math.max(ctx.first, k - 3); m--) {
    const w = ctx.toks[m]!.lower;
    if (SUPERLATIVES.has(w) || (w.length > 4 && w.endsWith('est') && ctx.toks[m]!.pos === 'ADJ')) return true;
  }
  return false;
}

const SUPERLATIVES = new Set(['first', 'worst', 'last', 'most', 'highest', 'largest', 'biggest', 'deadliest']);

/** Whether the verb of the figure is perfect: "has killed", "have been killed", "has claimed … lives". */
function perfectVerb(ctx: Ctx, f: Found): boolean {
  const from = Math.max(ctx.first, Math.min(f.anchor, f.phrase.first) - 4);
  for (let k = from; k < Math.max(f.anchor, f.phrase.first); k++) if (PERFECT.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** War nouns and time-span cues of the current sentence, found once per sentence (kept on the context). */
function marksOf(ctx: Ctx): ScopeMarks {
  if (ctx.marks !== undefined && ctx.marks.first === ctx.first && ctx.marks.end === ctx.end) return ctx.marks;
  const war: number[] = [];
  const cues: number[] = [];
  for (let k = ctx.first; k < ctx.end; k++) {
    const c = ctx.cls[k]!;
    if ((c & WAR) !== 0) war.push(k);
    if ((c & SPAN_CUE) !== 0 && cueAt(ctx, k)) cues.push(k);
  }
  ctx.marks = { first: ctx.first, end: ctx.end, war, cues };
  return ctx.marks;
}

/**
 * The scope of a figure found in the current sentence.
 *
 * @param ctx - the sentence
 * @param f - the figure
 * @param previous - the sentence's previous figure and its scope, for coordinated verbs
 */
export function scopeOf(ctx: Ctx, f: Found, previous: { found: Found; scope: CasualtyScope } | null): CasualtyScope {
  if (f.parent !== undefined) return scopeOf(ctx, f.parent, null);
  const start = Math.min(f.phrase.first, f.anchor);
  const objectOfVerb = f.anchor < f.phrase.first;
  const perfect = perfectVerb(ctx, f);
  if (previous !== null && previous.scope === 'cumulative' && joinsRunningTotal(ctx, f, previous.found, start))
    return 'cumulative';
  // The toll of a war: "the death toll in the conflict".
  if (TOLLS.has(ctx.toks[f.anchor]!.lower)) {
    for (let k = f.anchor + 1; k < f.phrase.first; k++) if (warNoun(ctx, k, true)) return 'cumulative';
  }
  const marks = marksOf(ctx);
  if (warSubjectBefore(ctx, marks, start, perfect, objectOfVerb)) return 'cumulative';
  if (wholeWarAfter(ctx, f, objectOfVerb)) return 'cumulative';
  const after = Math.max(f.phrase.end, f.phrase.victimsEnd, f.anchor + 1);
  if (spanCueNear(ctx, marks, start, after, perfect)) return 'cumulative';
  if (periodRoundUp(ctx, f, start, after, perfect)) return 'cumulative';
  // A perfect verb and the war later in the sentence: "have died in government jails during the conflict".
  if (perfect && !incidentIn(ctx) && warLaterIn(ctx, after)) return 'cumulative';
  // A war's toll told right after the war: "Syria's conflict erupted in 2011 … More than 300,000
  // people have been killed." A perfect verb (or a toll) with no attack of its own, and a count
  // of a war's size, take the war of the sentence before.
  if ((perfect || TOLLS.has(ctx.toks[f.anchor]!.lower)) && (f.phrase.min ?? f.phrase.max ?? 0) >= WAR_SIZE) {
    if (!incidentIn(ctx) && warInPreviousSentence(ctx)) return 'cumulative';
  }
  return 'incident';
}

/** Step of scopeOf: whether `f` joins the cumulative figure before it (a coordinated verb, "as well as"). */
function joinsRunningTotal(ctx: Ctx, f: Found, before: Found, start: number): boolean {
  const { toks } = ctx;
  // A coordinated verb sharing a cumulative subject: "has killed 220 000, wounded a million".
  if (f.anchor < f.phrase.first) {
    const end = Math.max(before.phrase.end, before.phrase.victimsEnd);
    let k = end;
    while (k < f.anchor && (toks[k]!.value === ',' || toks[k]!.lower === 'and')) k++;
    if (k === f.anchor) return true;
  }
  // Added to a running total by "as well as": "reported 23 journalists killed in the 30-month war as
  // well as the death of at least 58 citizen journalists".
  if (before.anchor < start) {
    let k = start - 1;
    if (k >= ctx.first && toks[k]!.pos === 'DET') k--;
    if (k - 2 >= ctx.first && toks[k]!.lower === 'as' && toks[k - 1]!.lower === 'well' && toks[k - 2]!.lower === 'as')
      return true;
  }
  return false;
}

/** Step of scopeOf: a war noun before the figure that is the subject of its verb. */
function warSubjectBefore(
  ctx: Ctx,
  marks: ScopeMarks,
  start: number,
  perfect: boolean,
  objectOfVerb: boolean,
): boolean {
  const { toks } = ctx;
  // A war noun before the verb: its subject when a verb stands between it and the counted object.
  for (let w = marks.war.length - 1; w >= 0; w--) {
    const k = marks.war[w]!;
    if (k >= start) continue;
    if (!warNoun(ctx, k, perfect)) continue;
    let sawVerb = false;
    let semicolon = false;
    for (let m = k + 1; m < start; m++) {
      const t = toks[m]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') sawVerb = true;
      if (t.value === ';') semicolon = true;
    }
    if (semicolon) return false;
    const prep = toks[k - 1];
    const inPhrase = prep !== undefined && k - 1 >= ctx.first && WAR_PREPOSITIONS.has(prep.lower);
    if (!inPhrase && (perfect || (objectOfVerb && sawVerb && start - k <= 8))) return true;
  }
  return false;
}

/** Step of scopeOf: the deaths of a whole war after the figure ("killed in the war", "died over three years"). */
function wholeWarAfter(ctx: Ctx, f: Found, objectOfVerb: boolean): boolean {
  const { toks } = ctx;
  const next = objectOfVerb ? Math.max(f.phrase.end, f.phrase.victimsEnd) : f.anchor + 1;
  // (A named or singular victim "killed in the war" is one death, not a running total.)
  if (
    f.phrase.kind === 'counted' &&
    next < ctx.end &&
    WAR_PREPOSITIONS.has(toks[next]!.lower) &&
    toks[next]!.lower !== 'of'
  ) {
    // Up to a possessive and a compound age before the noun: "in Syria's three-year war".
    if (warAfter(ctx, next + 1)) return true;
    // Years of it: "killed in five years", "died over three years of fighting".
    if (yearsAfter(ctx, next + 1)) return true;
  }
  return false;
}

/** Step of scopeOf: a span of time up to now near the figure ("since 2011", "so far", "to date"). */
function spanCueNear(ctx: Ctx, marks: ScopeMarks, start: number, after: number, perfect: boolean): boolean {
  for (const k of marks.cues) {
    if (k >= after && k - after <= CUE_REACH && !superlativeBefore(ctx, k)) return true;
    // …or further on in the same clause, past adjuncts alone ("the deaths of 735 civilians in its
    // strikes on Syria and Iraq since 2014").
    if (k > after + CUE_REACH && k - after <= CLAUSE_CUE_REACH && adjunctsOnly(ctx, after, k)) return true;
    // Before the figure, the cue needs a perfect verb: "Since 2011, the war has killed …".
    if (k < start && perfect) return true;
  }
  return false;
}

/** Most tokens between a figure and a span cue later in its clause, past adjuncts alone. */
const CLAUSE_CUE_REACH = 14;

/** Whether tokens `[a, b)` are adjuncts alone: no verb, punctuation, subordinator, pronoun or superlative. */
function adjunctsOnly(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.toks[k]!;
    const p = t.pos;
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || p === 'SCONJ') return false;
    if (p === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.lower)) return false;
    // "… in the single deadliest incident for Moscow since …": a record, not a running total.
    if (SUPERLATIVES.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('est') && p === 'ADJ')) return false;
  }
  return true;
}

/** Step of scopeOf: a round-up of several attacks, or a month's, year's or week's running toll. */
function periodRoundUp(ctx: Ctx, f: Found, start: number, after: number, perfect: boolean): boolean {
  const counted = f.phrase.kind === 'counted';
  // A round-up of several attacks in several places: "Five citizens were killed … in terrorist attacks
  // with explosive devices and shells in Aleppo, Hama, Damascus and its countryside".
  if (counted && roundUpAfter(ctx, after)) return true;
  // A month's or year's running toll: "this month's death toll rose to 200", "the toll for the year",
  // "have died in attacks on the town this year".
  if (periodToll(ctx, f, after, perfect)) return true;
  // A period's round-up: "the deadliest week of the year, with 90 killed in bombings and shelling".
  if (counted && superlativePeriodBefore(ctx, start) && !singleAttackIn(ctx)) return true;
  // A month's toll: "More than 100 civilians have been killed … in August shelling of Aleppo".
  return counted && monthAfter(ctx, after) && !singleAttackIn(ctx);
}

/** Step of scopeOf: the war named later in the sentence after "during / throughout / since". */
function warLaterIn(ctx: Ctx, after: number): boolean {
  const { toks } = ctx;
  for (let k = after; k < ctx.end - 1; k++) {
    const w = toks[k]!.lower;
    if (w === ';') break;
    if (w === 'during' || w === 'throughout' || w === 'since') {
      if (warAfter(ctx, k + 1)) return true;
    }
  }
  return false;
}

/** Tokens after a figure within which a perfect verb's period ("this year") is looked for. */
const PERIOD_REACH = 10;

/** Whether `k` opens "this month", "last year", "the past month" (a calendar period, not a day). */
function periodAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  const u = ctx.toks[k + 1];
  return (
    t !== undefined &&
    u !== undefined &&
    k + 1 < ctx.end &&
    PERIOD_DETERMINERS.has(t.lower) &&
    PERIOD_UNITS.has(u.lower)
  );
}

/**
 * A period's running toll: the toll noun of a month or year ("this month's death toll rose to 200",
 * "the toll for the month stands at 230"), or a perfect verb with the period after the figure in its
 * clause ("Some 400 people have died in attacks on the town this year").
 */
function periodToll(ctx: Ctx, f: Found, after: number, perfect: boolean): boolean {
  const { toks } = ctx;
  // The toll noun: the anchor, or one before the count ("the toll for the month stands at 230 dead").
  let a = f.anchor;
  if (!TOLLS.has(toks[a]!.lower))
    for (let k = f.phrase.first - 1; k >= Math.max(ctx.first, f.phrase.first - 8); k--)
      if (TOLLS.has(toks[k]!.lower)) {
        a = k;
        break;
      }
  if (TOLLS.has(toks[a]!.lower)) {
    // "this month's (death) toll"
    for (let k = a - 1; k >= Math.max(ctx.first + 1, a - 3); k--) {
      const w = toks[k]!.value;
      if ((w === "'s" || w === '’s') && PERIOD_UNITS.has(toks[k - 1]!.lower)) return true;
    }
    // "the toll for the month", "the toll for this year"
    const p = toks[a + 1]?.lower;
    if ((p === 'for' || p === 'in') && a + 3 < ctx.end) {
      const d = toks[a + 2]!.lower;
      if ((d === 'the' || PERIOD_DETERMINERS.has(d)) && PERIOD_UNITS.has(toks[a + 3]!.lower)) return true;
    }
  }
  if (!perfect) return false;
  for (let k = after; k < Math.min(ctx.end - 1, after + PERIOD_REACH); k++) {
    const t = toks[k]!;
    if (t.value === ';' || t.pos === 'SCONJ') return false;
    if (periodAt(ctx, k)) return true;
  }
  return false;
}

/** Prepositions that open a stretch of time a toll covers ("in August", "during March"): a subset of the shared PERIOD_PREPOSITIONS, without the edges ("since", "until", "by"). */
const TOLL_SPAN_PREPOSITIONS = new Set(['in', 'during', 'throughout']);
/** Tokens after a figure within which a month's toll gives its month. */
const MONTH_REACH = 9;
/** Month names of the dates lexicon. */

/**
 * Whether a month with no day, after "in / during / throughout", follows the figure within a few
 * tokens and before any place name ("killed … in August", "in August shelling of Aleppo"): a toll
 * of a whole month, many events, as monitors give it.
 */
function monthAfter(ctx: Ctx, after: number): boolean {
  const { toks } = ctx;
  for (let k = after; k < Math.min(ctx.end, after + MONTH_REACH); k++) {
    const t = toks[k]!;
    // Within the clause, past a coordinated toll ("have been killed and 700 got injured in August").
    if (t.value === ',' || t.value === ';' || t.pos === 'SCONJ') return false;
    // One site before the month tells one event too ("killed 40 recruits at a base in March", "at the
    // wedding in May"): "at" a noun phrase is a point, not an area many attacks add up in.
    if (t.lower === 'at' && toks[k + 1]?.pos === 'DET' && k + 2 < ctx.end && toks[k + 2]!.pos === 'NOUN') return false;
    // A place before the month tells one event recalled by its month ("killed 37 civilians in
    // Maaret al-Numan in April"), not a month's toll; a name modifying a noun does not ("in Aleppo
    // shelling in August").
    if (t.pos === 'PROPN' && !MONTHS.has(t.lower)) {
      let e = k + 1;
      while (e < ctx.end && toks[e]!.pos === 'PROPN') e++;
      const n = toks[e];
      if (n === undefined || e >= ctx.end || !(n.pos === 'NOUN' || (n.pos === 'VERB' && n.lower.endsWith('ing'))))
        return false;
      k = e;
    }
    if (!TOLL_SPAN_PREPOSITIONS.has(t.lower) || k + 1 >= ctx.end) continue;
    const m = toks[k + 1]!;
    if (!MONTHS.has(m.lower)) continue;
    // "in August 12", "in 12 August": a day, one event's date.
    const next = toks[k + 2];
    return !(next !== undefined && k + 2 < ctx.end && next.pos === 'NUM' && next.value.length <= 2);
  }
  return false;
}

/** Tokens after a figure within which a round-up gives its attacks and places. */
const ROUND_UP_REACH = 20;
/** Prepositions before a round-up's places ("in Aleppo, Hama and …", "on Homs, Latakia and …"). */
const ROUND_UP_PREPOSITIONS = new Set(['in', 'on', 'across']);
/** Fewest capitalised words a list of places of a round-up holds ("Aleppo, Hama and Damascus"). */
const ROUND_UP_NAMES = 3;

/** Nouns of a single attack or disaster: a figure in their sentence is that incident's. */
const INCIDENT_NOUNS_LIST = [
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'blast',
  'blasts',
  'explosion',
  'explosions',
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'raid',
  'raids',
  'massacre',
  'earthquake',
  'quake',
  'storm',
  'flood',
  'floods',
  'crash',
  'shelling',
];
const INCIDENT_NOUNS = new Set(INCIDENT_NOUNS_LIST);
/**
 * Attack nouns (attacks.json, 'attack' and 'military'), the incident nouns of a disaster, and the
 * lone attacker of one attack ("a suicide bomber", "a gunman").
 */
const ONE_EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...attacks.attack,
  ...attacks.military,
  ...INCIDENT_NOUNS_LIST,
  ...ATTACKERS,
]);

/**
 * Whether the figure's clause goes on with plural attacks and then a list of places joined by
 * "and" holding three names or more ("in terrorist attacks … in Aleppo, Hama, Damascus and its
 * Countryside", commas lost or not): a daily round-up's total of several events.
 */
function roundUpAfter(ctx: Ctx, after: number): boolean {
  const { toks } = ctx;
  const end = Math.min(ctx.end, after + ROUND_UP_REACH);
  let attacksAt = -1;
  for (let k = after; k < end; k++) {
    const t = toks[k]!;
    if (t.value === ';' || t.pos === 'SCONJ') return false;
    if (attacksAt < 0) {
      if (t.lower.endsWith('s') && ATTACK_NOUNS.has(t.lower)) attacksAt = k;
      continue;
    }
    if (!ROUND_UP_PREPOSITIONS.has(t.lower) || k + 1 >= end) continue;
    let names = 0;
    let joined = false;
    for (let m = k + 1; m < end; m++) {
      const u = toks[m]!;
      const c = u.value.charCodeAt(0);
      if (c >= 65 && c <= 90 && (u.pos === 'PROPN' || u.pos === 'NOUN')) names++;
      else if (u.lower === 'and' || u.value === ',') joined = true;
      else if (u.lower !== 'its' && u.lower !== 'the') break;
    }
    return joined && names >= ROUND_UP_NAMES;
  }
  return false;
}

/** Tokens before a figure within which a superlative period ("the deadliest week …, with") is looked for. */
const SUPERLATIVE_PERIOD_REACH = 8;

/** Whether a period called the deadliest ("the deadliest week of the year, with 90 killed") stands shortly before `start`. */
function superlativePeriodBefore(ctx: Ctx, start: number): boolean {
  for (let k = start - 1; k >= Math.max(ctx.first, start - SUPERLATIVE_PERIOD_REACH); k--) {
    const w = ctx.toks[k]!.lower;
    if (w === ';' || ctx.toks[k]!.pos === 'VERB') return false;
    // "the deadliest week", "the worst month" (not "last week", "the first day": a point in time).
    const before = ctx.toks[k - 1]?.lower ?? '';
    if (SUPERLATIVE_PERIODS.has(w) && before !== 'last' && before !== 'first' && superlativeBefore(ctx, k)) return true;
  }
  return false;
}

/** Singular attack nouns after an article or demonstrative ("a car bomb", "the attack"): one event told. */
const SINGLE_DETS = new Set(['a', 'an', 'the', 'this', 'that']);

/** Whether the sentence tells one attack ("the attack", "a car bomb … in August" is one event's toll). */
function singleAttackIn(ctx: Ctx): boolean {
  const { toks } = ctx;
  for (let k = ctx.first; k < ctx.end; k++) {
    const w = toks[k]!.lower;
    if (!ONE_EVENT_NOUNS.has(w) || w.endsWith('s') || w === 'shelling' || w === 'fighting') continue;
    for (let m = k - 1; m >= Math.max(ctx.first, k - 3); m--) if (SINGLE_DETS.has(toks[m]!.lower)) return true;
  }
  return false;
}

/** Tokens after "in/during" within which the war noun is looked for. */
const WAR_REACH = 9;
/** Nouns that may stand in the modifiers of a war noun ("the seven-year civil war"). */
const AGE_NOUNS = new Set(['year', 'years', 'month', 'months', 'decade', 'decades', 'day', 'week']);

/**
 * Whether the noun phrase opening at `k` is a war ("the war", "Yemen’s seven-year civil war"):
 * its modifiers are skipped, and any other common noun ends the search ("an attack … in the war").
 */
function warAfter(ctx: Ctx, k: number): boolean {
  for (let m = k; m < Math.min(ctx.end, k + WAR_REACH); m++) {
    if (warNoun(ctx, m, false)) return true;
    const t = ctx.toks[m]!;
    if (t.pos === 'NOUN' && !AGE_NOUNS.has(t.lower) && !HYPHENS.has(ctx.toks[m + 1]?.value ?? '')) return false;
    if (
      t.pos === 'VERB' ||
      t.pos === 'ADP' ||
      (t.pos === 'PUNCT' && !HYPHENS.has(t.value) && t.value !== '’' && t.value !== "'")
    )
      return false;
  }
  return false;
}
/** The smallest count a war's running total told without the war in its own sentence is taken to have. */
const WAR_SIZE = 1000;

/** Whether the current sentence names an incident of its own ("in the attack", "an earthquake"). */
function incidentIn(ctx: Ctx): boolean {
  for (let k = ctx.first; k < ctx.end; k++) if (INCIDENT_NOUNS.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** Whether the sentence before the current one, in the same paragraph, has a war noun (not "violence" or "campaign"). */
function warInPreviousSentence(ctx: Ctx): boolean {
  const here = ctx.toks[ctx.first]!;
  const previous = ctx.doc.sentences[here.sentence - 1];
  if (previous === undefined || ctx.toks[previous.firstToken]!.paragraph !== here.paragraph) return false;
  const saved = [ctx.first, ctx.end] as const;
  ctx.first = previous.firstToken;
  let found = false;
  for (let k = previous.firstToken; k < previous.endToken && !found; k++) found = warNoun(ctx, k, false);
  ctx.first = saved[0];
  return found;
}

/** Whether a span of years starts within a few tokens of `k` ("five years", "over three years"). */
function yearsAfter(ctx: Ctx, k: number): boolean {
  for (let m = k; m < Math.min(ctx.end, k + 4); m++) {
    const t = ctx.toks[m]!;
    if ((t.lower === 'years' || t.lower === 'decades') && ctx.dateMask[m] === 1) return true;
  }
  return false;
}
