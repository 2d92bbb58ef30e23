/**
 * Incident toll or running total: a figure is `cumulative` when a war-like
 * noun is the subject of its verb ("a war that has killed more than 260 000
 * people", "the conflict has claimed 300,000 lives"), when a toll is the
 * toll of a war ("the death toll in the conflict"), or when a span of time
 * runs up to now ("…since March 2011", "so far", "to date").
 */
import type { CasualtyScope } from '../types.js';
import type { Ctx } from './context.js';
import { CUMULATIVE_CUES, CUMULATIVE_NOUNS, TOLLS } from './lexicon.js';
import type { Found } from './rules.js';

const SUBJECT_PREPOSITIONS = new Set(['of', 'in', 'during', 'since', 'throughout', 'amid', 'before', 'after', 'into']);
const LINK_VERBS = new Set([
  'claimed',
  'taken',
  'caused',
  'left',
  'killed',
  'cost',
  'costs',
  'claims',
  'kills',
  'killing',
]);
const PERFECT = new Set(['has', 'have', 'had']);
const WINDOW = 8;

/** Whether a war noun at `k` heads a noun phrase that is not inside a prepositional phrase. */
function isSubjectNoun(ctx: Ctx, k: number): boolean {
  let s = k - 1;
  while (s >= ctx.first) {
    const t = ctx.toks[s]!;
    if (
      t.pos === 'ADJ' ||
      t.pos === 'PROPN' ||
      t.pos === 'DET' ||
      t.pos === 'PART' ||
      t.pos === 'NUM' ||
      t.lower === 'civil'
    )
      s--;
    else if (t.pos === 'PUNCT' && !t.spaceBefore && t.value !== ',') s--;
    else break;
  }
  return s < ctx.first || !SUBJECT_PREPOSITIONS.has(ctx.toks[s]!.lower);
}

function cueAt(ctx: Ctx, k: number): boolean {
  for (const cue of CUMULATIVE_CUES) {
    let ok = true;
    for (let i = 0; i < cue.length && ok; i++) ok = ctx.toks[k + i]?.lower === cue[i] && k + i < ctx.end;
    if (ok) return true;
  }
  return false;
}

/**
 * The scope of a figure found in the current sentence.
 *
 * @param ctx - the sentence
 * @param f - the figure
 */
export function scopeOf(ctx: Ctx, f: Found): CasualtyScope {
  if (f.parent !== undefined) return scopeOf(ctx, f.parent);
  const { toks } = ctx;
  const start = Math.min(f.phrase.first, f.anchor);
  // A toll of a war: "the death toll in Syria's conflict rose to 400,000".
  if (TOLLS.has(toks[f.anchor]!.lower)) {
    for (let k = f.anchor + 1; k < f.phrase.first; k++) if (CUMULATIVE_NOUNS.has(toks[k]!.lower)) return 'cumulative';
  }
  // A war noun as the subject of the verb: "Syria's war has killed", "the conflict that has killed".
  for (let k = start - 1; k >= Math.max(ctx.first, start - WINDOW); k--) {
    const t = toks[k]!;
    if (CUMULATIVE_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      if (isSubjectNoun(ctx, k)) return 'cumulative';
      break;
    }
    if (t.pos === 'NUM' || t.value === ';' || t.value === '.') break;
    if (t.pos === 'VERB' && !LINK_VERBS.has(t.lower) && k !== f.anchor) break;
  }
  // A span of time up to now: "since 2011", "so far", "to date".
  for (let k = ctx.first; k < ctx.end; k++) {
    if (!cueAt(ctx, k)) continue;
    if (k > start) {
      if (k - Math.max(f.phrase.end, f.anchor) <= 6) return 'cumulative';
      continue;
    }
    // Before the figure, "since" needs a perfect verb: "Since 2011, the war has killed …".
    for (let m = k + 1; m < Math.max(f.anchor, f.phrase.first); m++)
      if (PERFECT.has(toks[m]!.lower)) return 'cumulative';
  }
  return 'incident';
}
