/**
 * Subsets of a figure are figures of their own (ANNOTATION.md §2): "killing
 * 76 people, including 25 fighters", "among them two children", "258 of
 * them civilians", "two of whom were women". Companions share the outcome of
 * the figure before them: "was killed along with several other members",
 * "as well as 12 others".
 */
import type { CasualtyOutcome } from '../types.js';
import type { Ctx } from './context.js';
import { INTRANSITIVE, NOUNS, verbOutcome } from './lexicon.js';
import { readQuantity } from '../numbers/index.js';
import { type Phrase, readCounted, victimsAfter } from './phrases.js';
import { type Found, objectsAfter } from './rules.js';
import { defineWordClass } from '../document/classes.js';

const MAX_GAP = 12;
/** The marks that open and close an apposition: commas and dashes. */
const APPOSITION_MARKS = new Set([',', '-', '--', '–', '—']);
const SUBJECT_OUTCOMES = new Set(['killed', 'dead', 'wounded', 'injured', 'missing']);

/** An outcome word heading the subject before "include" ("those killed in …", "the dead"): its outcome and token. */
function outcomeBefore(ctx: Ctx, k: number): [CasualtyOutcome, number] | null {
  for (let m = k - 1; m >= Math.max(ctx.first, k - 10); m--) {
    const w = ctx.toks[m]!.lower;
    if (!SUBJECT_OUTCOMES.has(w)) continue;
    const before = ctx.toks[m - 1]?.lower;
    if (before !== 'those' && before !== 'the') return null;
    const o = verbOutcome(ctx.toks[m]!) ?? INTRANSITIVE.get(w) ?? NOUNS.get(w);
    return o === undefined ? null : [o, m];
  }
  return null;
}
const BE = new Set(['were', 'are', 'was', 'is', 'being']);
/** Word-class bit of the words a subset form starts at or before ("of" of "258 of them"): a bit test per token. */
const SUBSET_CUE = defineWordClass(['along', 'together', 'as', 'including', 'include', 'includes', 'included', 'among', 'of']);

/** The last figure that ends before `k`, close enough to own a subset starting there. */
function parentBefore(figures: readonly Found[], k: number): Found | null {
  let best: Found | null = null;
  for (const f of figures) {
    const end = Math.max(f.phrase.end, f.phrase.victimsEnd);
    if (end <= k && k - end <= MAX_GAP && (best === null || end > Math.max(best.phrase.end, best.phrase.victimsEnd))) {
      best = f;
    }
  }
  return best;
}

/** Whether a count starts between `from` and `to` (a new count there is not a subset of the figure before). */
function countBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (readQuantity(ctx.toks, m, to) !== null) return true;
  return false;
}

/** Whether the sentence has "include", "includes" or "included" (the one subset form that needs no parent). */
function hasIncludeVerb(ctx: Ctx): boolean {
  for (let k = ctx.first; k < ctx.end; k++) {
    const w = ctx.toks[k]!.lower;
    if (w.length >= 7 && w.startsWith('includ') && w !== 'including') return true;
  }
  return false;
}

/**
 * The subsets in the current sentence of the figures already found there.
 *
 * @param ctx - the sentence
 * @param figures - the sentence's figures, in any order
 */
export function subsetsIn(ctx: Ctx, figures: readonly Found[]): Found[] {
  const { toks } = ctx;
  const out: Found[] = [];
  // With no figure yet, every form but "Those killed … include 14 children" needs a parent: a
  // sentence whose anchors gave nothing (most of them) is skipped after one cheap test per token.
  if (figures.length === 0 && !hasIncludeVerb(ctx)) return out;
  const classes = ctx.doc.classes;
  for (let k = ctx.first; k < ctx.end; k++) {
    // Every form starts at one of the cue words or just before "of".
    if ((classes[k]! & SUBSET_CUE) === 0 && ((classes[k + 1] ?? 0) & SUBSET_CUE) === 0) continue;
    const w = toks[k]!.lower;
    const next = toks[k + 1]?.lower;
    let start = -1;
    let relation: 'part' | 'companion' = 'part';
    // Companions share the outcome: "X was killed along with several other members", "as well as 12 others".
    if ((w === 'along' || w === 'together') && next === 'with') {
      start = k + 2;
      relation = 'companion';
    } else if (w === 'as' && next === 'well' && toks[k + 2]?.lower === 'as') {
      start = k + 3;
      relation = 'companion';
    } else if (w === 'including' || w === 'include' || w === 'includes' || w === 'included') start = k + 1;
    else if (w === 'among' && (next === 'them' || next === 'whom')) start = k + 2;
    else if (w === 'of' && next === 'whom' && k > ctx.first) {
      // "…, of whom 10 were children"
      start = k + 2;
    }
    if (start >= 0) {
      const parent = parentBefore(figures.concat(out), k);
      if (parent === null) {
        // "Those killed in the two attacks include 14 children": the outcome word is the subject.
        if (w.startsWith('includ') && w !== 'including') {
          const outcome = outcomeBefore(ctx, k);
          if (outcome !== null) for (const f of objectsAfter(ctx, k, outcome[0], outcome[1])) out.push(f);
        }
        continue;
      }
      let s = start;
      while (s < ctx.end && BE.has(toks[s]!.lower)) s++;
      for (const f of objectsAfter(ctx, s - 1, parent.outcome, parent.anchor)) {
        out.push({ ...f, relative: parent.relative, parent, relation });
      }
      continue;
    }
    // "258 of them civilians", "two of whom were women"
    if (next === 'of' && (toks[k + 2]?.lower === 'them' || toks[k + 2]?.lower === 'whom')) {
      const parent = parentBefore(figures.concat(out), k);
      if (parent === null || countBetween(ctx, Math.max(parent.phrase.end, parent.phrase.victimsEnd), k)) continue;
      const p = readCounted(ctx, k);
      if (p === null || p.end !== k + 3) continue;
      let s = k + 3;
      while (s < ctx.end && BE.has(toks[s]!.lower)) s++;
      const v = victimsAfter(ctx, s);
      const phrase: Phrase = v === null ? p : { ...p, victims: v.victims };
      out.push({
        phrase,
        outcome: parent.outcome,
        anchor: parent.anchor,
        relative: parent.relative,
        parent,
        relation: 'part',
      });
    }
  }
  for (const f of figures) {
    const p = partBeforeAmong(ctx, f);
    if (p !== null)
      out.push({ phrase: p, outcome: f.outcome, anchor: f.anchor, relative: f.relative, parent: f, relation: 'part' });
    for (const part of partsInApposition(ctx, f)) out.push(part);
  }
  return out;
}

/**
 * "Three other civilians, two women and a man, also died": the groups in commas after a count
 * that add up to it are its parts.
 */
function partsInApposition(ctx: Ctx, f: Found): Found[] {
  const { toks } = ctx;
  const p = f.phrase;
  const end = Math.max(p.end, p.victimsEnd);
  // Between commas or dashes: "six Jesuit priests -- five Spaniards and one Salvadoran -- and two women".
  const open = toks[end]?.value;
  if (open === undefined || !APPOSITION_MARKS.has(open)) return [];
  if (p.kind !== 'counted' || p.min === null || p.min < 2 || p.max !== p.min) return [];
  if (end + 1 >= ctx.end || readQuantity(toks, end + 1, ctx.end) === null) return [];
  const parts = objectsAfter(ctx, end, f.outcome, f.anchor);
  if (parts.length < 2) return [];
  let sum = 0;
  for (const q of parts) sum += q.phrase.min ?? 0;
  const last = parts[parts.length - 1]!.phrase;
  if (sum !== p.min || toks[Math.max(last.end, last.victimsEnd)]?.value !== open) return [];
  return parts.map((q) => ({ ...q, relative: f.relative, parent: f, relation: 'part' as const }));
}

/** "Eight women were (also) among at least 30 people killed": the counted subject before "among" is a part of the figure. */
function partBeforeAmong(ctx: Ctx, f: Found): Phrase | null {
  const { toks } = ctx;
  const among = f.phrase.first - 1;
  if (among - 1 <= ctx.first || toks[among]!.lower !== 'among' || f.phrase.kind !== 'counted') return null;
  let be = among - 1;
  if (toks[be]!.pos === 'ADV' && be - 1 > ctx.first) be--;
  if (!BE.has(toks[be]!.lower)) return null;
  for (let m = Math.max(ctx.first, be - 8); m < be; m++) {
    const p = readCounted(ctx, m);
    if (p !== null && Math.max(p.end, p.victimsEnd) === be) return p;
  }
  return null;
}
