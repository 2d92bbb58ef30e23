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
 *   2011", "so far", "to date").
 *
 * A subset takes its parent's scope; a figure of a verb coordinated with a
 * cumulative one ("has killed 220 000 people, wounded a million") too.
 */
import type { Token } from '../document/model.js';
import type { CasualtyScope } from '../types.js';
import type { Ctx, ScopeMarks } from './context.js';
import { CUMULATIVE_CUES, CUMULATIVE_NOUNS, PERFECT_NOUNS, SPAN_CUE, TOLLS, WAR } from './lexicon.js';
import type { Found } from './rules.js';

const PERFECT = new Set(['has', 'have', 'had', "'s"]);
const WAR_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'since', 'of']);
const HYPHENS = new Set(['-', '‐', '‑', '–']);
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
    if (ok) return true;
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
  const { toks } = ctx;
  const start = Math.min(f.phrase.first, f.anchor);
  const objectOfVerb = f.anchor < f.phrase.first;
  const perfect = perfectVerb(ctx, f);
  // A coordinated verb sharing a cumulative subject: "has killed 220 000, wounded a million".
  if (previous !== null && previous.scope === 'cumulative' && objectOfVerb) {
    const end = Math.max(previous.found.phrase.end, previous.found.phrase.victimsEnd);
    let k = end;
    while (k < f.anchor && (toks[k]!.value === ',' || toks[k]!.lower === 'and')) k++;
    if (k === f.anchor) return 'cumulative';
  }
  // The toll of a war: "the death toll in the conflict".
  if (TOLLS.has(toks[f.anchor]!.lower)) {
    for (let k = f.anchor + 1; k < f.phrase.first; k++) if (warNoun(ctx, k, true)) return 'cumulative';
  }
  const marks = marksOf(ctx);
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
    if (semicolon) break;
    const prep = toks[k - 1];
    const inPhrase = prep !== undefined && k - 1 >= ctx.first && WAR_PREPOSITIONS.has(prep.lower);
    if (!inPhrase && (perfect || (objectOfVerb && sawVerb && start - k <= 8))) return 'cumulative';
  }
  // The deaths of a whole war: "killed in the war", "died during the conflict".
  const next = objectOfVerb ? Math.max(f.phrase.end, f.phrase.victimsEnd) : f.anchor + 1;
  if (next < ctx.end && WAR_PREPOSITIONS.has(toks[next]!.lower) && toks[next]!.lower !== 'of') {
    for (let k = next + 1; k < Math.min(ctx.end, next + 4); k++) if (warNoun(ctx, k, false)) return 'cumulative';
  }
  // A span of time up to now: "since 2011", "so far", "to date".
  const after = Math.max(f.phrase.end, f.phrase.victimsEnd, f.anchor + 1);
  for (const k of marks.cues) {
    if (k >= after && k - after <= CUE_REACH && !superlativeBefore(ctx, k)) return 'cumulative';
    // Before the figure, the cue needs a perfect verb: "Since 2011, the war has killed …".
    if (k < start && perfect) return 'cumulative';
  }
  return 'incident';
}
