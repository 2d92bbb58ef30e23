/**
 * Subsets of a figure are figures of their own (ANNOTATION.md §2): "killing
 * 76 people, including 25 fighters", "among them two children", "258 of
 * them civilians", "two of whom were women". Companions share the outcome of
 * the figure before them: "was killed along with several other members",
 * "as well as 12 others".
 */
import type { CasualtyOutcome } from '../types.js';
import { type Ctx, textOf } from './context.js';
import { ATTACKERS, INTRANSITIVE, NOUNS, PARTITIVE_VICTIMS, isPersonHead, verbOutcome } from './lexicon.js';
import { readQuantity } from '../numbers/index.js';
import { type Phrase, readCounted, readName, readSingular, victimsAfter } from './phrases.js';
import { DASHES, type Found, makeFound, namesOfCount, objectsAfter, singularPhrase } from './rules.js';
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
const SUBSET_CUE = defineWordClass([
  ...SUBJECT_OUTCOMES,
  'along',
  'together',
  'as',
  'including',
  'include',
  'includes',
  'included',
  'among',
  'of',
]);

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

/** How far back a companion ("…, along with two of his bodyguards") may find the subject of its clause. */
const MAX_COMPANION_GAP = 30;

/**
 * The subject figure of the clause a companion phrase closes, further back than {@link parentBefore}
 * reaches: "Minister X, 65, was killed at 0815 near his home in the capital, along with two of his
 * bodyguards". The figure's outcome word stands between it and "along"; no other figure nor clause
 * opener (a relative pronoun, "and") comes between.
 */
function subjectParent(ctx: Ctx, figures: readonly Found[], k: number): Found | null {
  let best: Found | null = null;
  for (const f of figures) {
    const end = Math.max(f.phrase.end, f.phrase.victimsEnd);
    if (end > k || k - end > MAX_COMPANION_GAP || f.anchor <= end || f.anchor >= k) continue;
    if (best === null || end > Math.max(best.phrase.end, best.phrase.victimsEnd)) best = f;
  }
  if (best === null) return null;
  for (let m = best.anchor + 1; m < k; m++) if (CLAUSE_OPENERS.has(ctx.toks[m]!.lower)) return null;
  return best;
}

/** Words that open another clause between a figure's verb and a companion phrase. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'who', 'which', 'whom', 'that', 'while', ';', ':']);

/** Whether a count starts between `from` and `to` (a new count there is not a subset of the figure before). */
function countBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (readQuantity(ctx.toks, m, to) !== null) return true;
  return false;
}

/**
 * Whether the sentence has "include", "includes" or "included", or "along/together with": the
 * subset and companion forms that need no parent figure.
 */
function hasParentlessForm(ctx: Ctx): boolean {
  const { doc, toks } = ctx;
  const classes = doc.classes;
  for (let k = ctx.first; k < ctx.end; k++) {
    // Each form opens on a cue word ("along", "together", an outcome word: their class bit) or on a
    // word starting with "includ": any other token is passed over without reading its string.
    if ((classes[k]! & SUBSET_CUE) === 0 && (doc.norm.charCodeAt(toks[k]!.start) | 0x20) !== 0x69) continue;
    const w = toks[k]!.lower;
    if (w.length >= 7 && w.startsWith('includ') && w !== 'including') return true;
    if ((w === 'along' || w === 'together') && ctx.toks[k + 1]?.lower === 'with') return true;
    if (namesOpenAt(ctx, k)) return true;
  }
  return false;
}

/** The marks after "the dead" that open the list of its victims. */
const LIST_OPENERS: ReadonlySet<string> = new Set([':', ...DASHES]);

/** Whether "the dead", "those killed" at `k` is followed by a dash or colon opening a list ("The dead - X, Y and Z - were …"). */
function namesOpenAt(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (!SUBJECT_OUTCOMES.has(toks[k]!.lower) || k - 1 < ctx.first || k + 2 >= ctx.end) return false;
  const before = toks[k - 1]!.lower;
  return (before === 'the' || before === 'those') && LIST_OPENERS.has(toks[k + 1]!.value);
}

/**
 * "The dead - Ahmed Saleh, Karim Nouri and Hadi Jaber - were members of the council": the named or
 * described victims listed between dashes (or after a colon, to the end) after "the dead", each a
 * figure of the outcome word; at least two, and nothing but the list before the closing mark.
 */
function namesAfterOutcome(ctx: Ctx, k: number): Found[] {
  const { toks } = ctx;
  const outcome = verbOutcome(toks[k]!) ?? INTRANSITIVE.get(toks[k]!.lower) ?? NOUNS.get(toks[k]!.lower);
  if (outcome === undefined) return [];
  const open = toks[k + 1]!.value;
  const found = objectsAfter(ctx, k + 1, outcome, k);
  if (found.length < 2 || found.some((f) => f.phrase.kind === 'counted')) return [];
  const last = found[found.length - 1]!.phrase;
  const close = toks[Math.max(last.end, last.victimsEnd)];
  const closed = open === ':' ? close === undefined || close.pos === 'PUNCT' : close?.value === open;
  return closed ? found : [];
}

/** How far back from "along with" the outcome verb of a companion with no parent figure may stand. */
const MAX_COMPANION_VERB = 8;

/**
 * The outcome verb of the clause that "along with" at `k` closes, when its subject is no figure
 * ("He was killed along with two other people", "the mayor died on Sunday together with …"): a
 * participle after a form of "be", or "died"; no clause opener between. Its outcome and token, or null.
 */
function companionVerb(ctx: Ctx, k: number): [CasualtyOutcome, number] | null {
  const { toks } = ctx;
  for (let m = k - 1; m >= Math.max(ctx.first, k - MAX_COMPANION_VERB); m--) {
    const t = toks[m]!;
    if (CLAUSE_OPENERS.has(t.lower)) return null;
    // "died", and "dead"/"missing" after a form of "be" and at most one participle ("was shot dead").
    const died = INTRANSITIVE.get(t.lower);
    if (died !== undefined && t.pos === 'VERB') return [died, m];
    if (died !== undefined) {
      const b = toks[m - 1]?.lower ?? '';
      return BE.has(b) || BE.has(toks[m - 2]?.lower ?? '') ? [died, m] : null;
    }
    const o = verbOutcome(t);
    if (o === undefined || !t.lower.endsWith('ed')) continue;
    let b = m - 1;
    while (b >= ctx.first && toks[b]!.pos === 'ADV') b--;
    const aux = toks[b]?.lower;
    return b >= ctx.first && aux !== undefined && (BE.has(aux) || aux === 'been') ? [o, m] : null;
  }
  return null;
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
  if (figures.length === 0 && !hasParentlessForm(ctx)) return out;
  const classes = ctx.doc.classes;
  for (let k = ctx.first; k < ctx.end; k++) {
    // Every form starts at one of the cue words or just before "of".
    if ((classes[k]! & SUBSET_CUE) === 0 && ((classes[k + 1] ?? 0) & SUBSET_CUE) === 0) continue;
    const w = toks[k]!.lower;
    const next = toks[k + 1]?.lower;
    if (namesOpenAt(ctx, k)) {
      for (const f of namesAfterOutcome(ctx, k)) out.push(f);
      continue;
    }
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
      const parent =
        parentBefore(figures.concat(out), k) ?? (relation === 'companion' ? subjectParent(ctx, figures, k) : null);
      if (parent === null) {
        // "He was killed along with two other people": the subject is no figure, the companions are.
        const verb = relation === 'companion' ? companionVerb(ctx, k) : null;
        if (verb !== null) for (const f of objectsAfter(ctx, start - 1, verb[0], verb[1])) out.push(f);
        // "Those killed in the two attacks include 14 children": the outcome word is the subject.
        if (w.startsWith('includ') && w !== 'including') {
          const outcome = outcomeBefore(ctx, k);
          if (outcome !== null) for (const f of objectsAfter(ctx, k, outcome[0], outcome[1])) out.push(f);
        }
        continue;
      }
      let s = start;
      while (s < ctx.end && BE.has(toks[s]!.lower)) s++;
      const parts = objectsAfter(ctx, s - 1, parent.outcome, parent.anchor);
      for (const f of parts) out.push({ ...f, relative: parent.relative, parent, relation });
      // "eight IS members were killed, including the bomber": the text counts the attacker among the
      // dead (his own death alone is no casualty figure, ANNOTATION.md §2).
      const attacker = parts.length === 0 && relation === 'part' ? attackerAt(ctx, s) : null;
      if (attacker !== null)
        out.push(makeFound(attacker, parent.outcome, parent.anchor, parent.relative, { parent, relation }));
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
      out.push(makeFound(phrase, parent.outcome, parent.anchor, parent.relative, { parent, relation: 'part' }));
    }
  }
  for (const f of figures) {
    const p = partBeforeAmong(ctx, f);
    if (p !== null) out.push(makeFound(p, f.outcome, f.anchor, f.relative, { parent: f, relation: 'part' }));
    for (const part of partsInApposition(ctx, f)) out.push(part);
    for (const part of partsAfterSemicolon(ctx, f)) out.push(part);
  }
  return out;
}

/** "the bomber", "the suicide attacker": one attacker with "the", at `k` (a part of the dead he is counted among). */
function attackerAt(ctx: Ctx, k: number): Phrase | null {
  const { toks } = ctx;
  if (k + 1 >= ctx.end || toks[k]!.lower !== 'the') return null;
  let head = k + 1;
  if (toks[head]!.pos === 'ADJ' || toks[head]!.pos === 'NOUN') head += ATTACKERS.has(toks[head]!.lower) ? 0 : 1;
  const t = toks[head];
  if (t === undefined || head >= ctx.end || !ATTACKERS.has(t.lower) || t.lower.endsWith('s')) return null;
  if (head + 1 < ctx.end && (toks[head + 1]!.pos === 'NOUN' || toks[head + 1]!.pos === 'PROPN')) return null;
  return singularPhrase(k, head, t.lower);
}

/** The marks after which a clause spells out the figure before it: a semicolon or a colon. */
const BREAKDOWN_MARKS = new Set([';', ':']);

/**
 * "13 bodies were seen in the streets; eight guerrillas, four soldiers and a civilian": the groups
 * listed after a semicolon or colon that closes the figure's clause, and that add up to its count,
 * are its parts (the list ends the sentence; no other count stands between).
 */
function partsAfterSemicolon(ctx: Ctx, f: Found): Found[] {
  const { toks } = ctx;
  const p = f.phrase;
  if (p.kind !== 'counted' || p.min === null || p.min < 2 || p.max !== p.min) return [];
  const end = Math.max(p.end, p.victimsEnd);
  let mark = -1;
  for (let k = end; k < ctx.end && k - end <= MAX_GAP; k++) {
    if (BREAKDOWN_MARKS.has(toks[k]!.value)) {
      mark = k;
      break;
    }
  }
  if (mark < 0 || mark + 1 >= ctx.end || countBetween(ctx, end, mark)) return [];
  if (readQuantity(toks, mark + 1, ctx.end) === null) return [];
  const parts = objectsAfter(ctx, mark, f.outcome, f.anchor);
  if (parts.length < 2) return [];
  let sum = 0;
  for (const q of parts) sum += q.phrase.min ?? 0;
  const last = parts[parts.length - 1]!.phrase;
  const after = Math.max(last.end, last.victimsEnd);
  if (sum !== p.min || (after < ctx.end && toks[after]!.pos !== 'PUNCT')) return [];
  return parts.map((q) => ({ ...q, relative: f.relative, parent: f, relation: 'part' as const }));
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
  if (end + 1 >= ctx.end) return [];
  if (readQuantity(toks, end + 1, ctx.end) === null) {
    // "Two farmers, Ali Hassan and Omar Idris, were killed": as many names as the count, closed by
    // the mark that opened them, are its parts (an object's names are read with it, objectsAfter).
    if (f.anchor < p.first) return [];
    const named = namesOfCount(ctx, p, end);
    if (named === null || toks[named.end]?.value !== open) return [];
    return named.names.map((phrase) => ({ ...f, phrase, parent: f, relation: 'part' as const }));
  }
  const parts = objectsAfter(ctx, end, f.outcome, f.anchor);
  if (parts.length < 2) return [];
  let sum = 0;
  for (const q of parts) sum += q.phrase.min ?? 0;
  const last = parts[parts.length - 1]!.phrase;
  const close = Math.max(last.end, last.victimsEnd);
  // Closed by the mark that opened it, or (a dash) by the sentence's end: "killed six — four soldiers and two police officers."
  const closed = toks[close]?.value === open || (DASHES.has(open) && atSentenceEnd(ctx, close));
  if (sum !== p.min || !closed) return [];
  return parts.map((q) => ({ ...q, relative: f.relative, parent: f, relation: 'part' as const }));
}

/** Whether token `k` ends its sentence: past the last token, or on a final stop. */
function atSentenceEnd(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return k >= ctx.end || t === undefined || ((t.value === '.' || t.value === '!') && k + 1 >= ctx.end);
}

/** "Eight women were (also) among at least 30 people killed": the counted subject before "among" is a part of the figure. */
function partBeforeAmong(ctx: Ctx, f: Found): Phrase | null {
  const { toks } = ctx;
  let among = f.phrase.first - 1;
  // "… were among the 14 people killed": the article before the count is no bar.
  if (toks[among]?.lower === 'the' && among - 1 > ctx.first) among--;
  if (among - 1 <= ctx.first || toks[among]!.lower !== 'among' || f.phrase.kind !== 'counted') return null;
  let be = among - 1;
  if (toks[be]!.pos === 'ADV' && be - 1 > ctx.first) be--;
  if (!BE.has(toks[be]!.lower)) return null;
  for (let m = Math.max(ctx.first, be - 8); m < be; m++) {
    // "The mayor was among the 9 killed": a singular description is a part too.
    const p = readCounted(ctx, m) ?? readSingular(ctx, m);
    if (p !== null && Math.max(p.end, p.victimsEnd) === be) return p;
  }
  return null;
}

/** Where a sentence that lists parts of the previous sentence's figure starts its parts, and the outcome it names. */
export interface NextSentenceOpener {
  /** The first token of the parts. */
  readonly start: number;
  /** The outcome the opener names ("Those killed included", "Among the dead were"), or `null` for a pronoun ("They included"). */
  readonly outcome: CasualtyOutcome | null;
  /** "They are X, Y and Z": the parts must be names, as many as the whole counts. */
  readonly names?: boolean;
}

const NAMING_BE = new Set(['are', 'were']);

const PRONOUN_SUBJECTS = new Set(['they', 'these', 'those']);
const OUTCOME_SUBJECT_DETS = new Set(['the', 'those']);

/** Whether a word is "include", "includes" or "included" (not "including"). */
function isIncludeVerb(w: string | undefined): boolean {
  return w !== undefined && w.length >= 7 && w.startsWith('includ') && w !== 'including';
}

/** The outcome of an outcome word heading a subject ("killed" of "those killed", "dead" of "the dead"). */
function outcomeWord(ctx: Ctx, k: number): CasualtyOutcome | null {
  const t = ctx.toks[k];
  if (t === undefined || k >= ctx.end || !SUBJECT_OUTCOMES.has(t.lower)) return null;
  return verbOutcome(t) ?? INTRANSITIVE.get(t.lower) ?? NOUNS.get(t.lower) ?? null;
}

/**
 * A sentence that opens by listing parts of the figure before it: "They included two soldiers",
 * "Among them were…", "Those killed included…", "Among the dead were…". Only the first tokens are read.
 *
 * @param ctx - the sentence
 */
export function nextSentenceOpener(ctx: Ctx): NextSentenceOpener | null {
  const { toks } = ctx;
  const k = ctx.first;
  if (k + 2 >= ctx.end) return null;
  const w0 = toks[k]!.lower;
  const w1 = toks[k + 1]!.lower;
  let start = -1;
  let outcome: CasualtyOutcome | null = null;
  if (PRONOUN_SUBJECTS.has(w0) && isIncludeVerb(w1)) start = k + 2;
  else if (w0 === 'among' && w1 === 'them') start = k + 2;
  else if (w0 === 'among' && OUTCOME_SUBJECT_DETS.has(w1)) {
    outcome = outcomeWord(ctx, k + 2);
    if (outcome !== null) start = k + 3;
  } else if (OUTCOME_SUBJECT_DETS.has(w0) && isIncludeVerb(toks[k + 2]!.lower)) {
    outcome = outcomeWord(ctx, k + 1);
    if (outcome !== null) start = k + 3;
  }
  // "Four people were killed. They are X, Y, Z and W.": the victims named, one by one.
  if (start < 0 && (w0 === 'they' || w0 === 'these') && NAMING_BE.has(w1) && readName(ctx, k + 2, false, true) !== null)
    return { start: k + 2, outcome: null, names: true };
  if (start < 0) return null;
  while (start < ctx.end && BE.has(toks[start]!.lower)) start++;
  return start < ctx.end ? { start, outcome } : null;
}

/**
 * The one figure of the previous sentence that parts listed at the start of the next may divide:
 * its only counted whole of the outcome (of any outcome for a pronoun opener), else `null`.
 *
 * @param earlier - the previous sentence's figures
 * @param outcome - the outcome the opener names, or `null`
 */
export function wholeBefore(earlier: readonly Found[], outcome: CasualtyOutcome | null): Found | null {
  let whole: Found | null = null;
  for (const f of earlier) {
    if (f.parent !== undefined || (outcome !== null && f.outcome !== outcome)) continue;
    if (f.phrase.kind !== 'counted' || (f.phrase.min ?? f.phrase.max ?? 0) < 2) continue;
    if (whole !== null) return null;
    whole = f;
  }
  return whole;
}

/** Whether a part can divide a whole: it counts no more people than the whole does. */
function fitsIn(part: Found, whole: Found): boolean {
  const p = part.phrase.min ?? part.phrase.max ?? 1;
  const w = whole.phrase.max ?? whole.phrase.min;
  return w === null || p <= w;
}

/**
 * The parts a sentence lists at its start of the previous sentence's figure ("At least 11 people were
 * killed. They included two soldiers and a little girl."): the figures the sentence already has
 * after the opener, now marked as parts, or, for a sentence with no outcome word of its own, the
 * people listed after the opener.
 *
 * @param ctx - the sentence, which follows `earlier`'s in the same paragraph
 * @param found - the sentence's own figures (an empty array when it has no outcome word)
 * @param earlier - the previous sentence's figures
 * @returns `found` with its parts linked, plus the parts read after a pronoun opener
 */
export function partsOfEarlier(ctx: Ctx, found: readonly Found[], earlier: readonly Found[]): Found[] {
  const opener = nextSentenceOpener(ctx);
  if (opener === null) return found.length > 0 ? found.slice() : partOfThem(ctx, earlier);
  const out: Found[] = [];
  let linked = false;
  for (const f of found) {
    const whole = f.phrase.first >= opener.start && f.parent === undefined ? wholeBefore(earlier, f.outcome) : null;
    if (whole !== null && (opener.outcome === null || opener.outcome === f.outcome) && fitsIn(f, whole)) {
      out.push({ ...f, relative: whole.relative, parent: whole, relation: 'part' });
      linked = true;
    } else out.push(f);
  }
  if (linked || found.length > 0 || opener.outcome !== null) return out;
  const whole = wholeBefore(earlier, null);
  if (whole === null) return out;
  const listed = objectsAfter(ctx, opener.start - 1, whole.outcome, whole.anchor);
  if (opener.names === true && (listed.length !== whole.phrase.min || listed.some((f) => f.phrase.kind === 'counted')))
    return out;
  for (const f of listed) {
    if (fitsIn(f, whole)) out.push({ ...f, relative: whole.relative, parent: whole, relation: 'part' });
  }
  return out;
}

/**
 * "37 people were wounded. Two of them were children.": a sentence with no outcome word that opens
 * with a count "of them" and, after a form of "be", the people it describes, divides the one counted
 * whole of the sentence before. The figure is "Two of them"; its victims are the described people.
 */
function partOfThem(ctx: Ctx, earlier: readonly Found[]): Found[] {
  const { toks } = ctx;
  const p = readCounted(ctx, ctx.first);
  if (p === null || p.head < 0 || toks[p.head]!.lower !== 'them' || p.end + 1 >= ctx.end) return [];
  if (!PART_BE.has(toks[p.end]!.lower)) return [];
  let h = p.end + 1;
  while (h < ctx.end && h - p.end <= 3 && !isPersonHead(toks[h]!) && toks[h]!.pos === 'ADJ') h++;
  if (h >= ctx.end || !isPersonHead(toks[h]!)) return [];
  const whole = wholeBefore(earlier, null);
  if (whole === null) return [];
  const part: Found = makeFound(
    { ...p, victims: textOf(ctx, p.end + 1, h + 1), head: h },
    whole.outcome,
    whole.anchor,
    whole.relative,
    { parent: whole, relation: 'part' },
  );
  return fitsIn(part, whole) ? [part] : [];
}
const PART_BE = new Set(['were', 'are']);

/** How many sentences back the whole that "the dead" / "the wounded" names may stand. */
const TOLD_REACH = 12;

/** A whole already told in the article: its figure and sentence. */
export interface ToldWhole {
  readonly found: Found;
  readonly sentence: number;
}

/**
 * Whether a figure counts some of the people an earlier figure counted, by naming them with a
 * definite outcome noun: "Two children were (also) among the dead / those killed", "Three of the
 * wounded are in critical condition". The outcome word is the figure's anchor.
 */
function namesToldWhole(ctx: Ctx, f: Found, found: readonly Found[]): boolean {
  const { toks } = ctx;
  const p = f.phrase;
  const a = f.anchor;
  if (a - 2 < ctx.first || !OUTCOME_SUBJECT_DETS.has(toks[a - 1]!.lower)) return false;
  if (!SUBJECT_OUTCOMES.has(toks[a]!.lower) && f.wholeNeeded !== true) return false;
  const link = toks[a - 2]!.lower;
  // "Three of the wounded": the partitive inside the counted phrase.
  if (link === 'of') return p.kind === 'counted' && a - 2 > p.first;
  // "A bus driver / Anna Petrova was among the dead" as well as "Two toddlers were among the dead".
  if (link !== 'among') return false;
  // "Two children were (also) among the dead": only BE and an adverb between the people and "among",
  // past the other people coordinated with them ("Five women and 13 rebels were among the dead").
  let k = Math.max(p.end, p.victimsEnd);
  while (k < a - 2 && (toks[k]!.lower === 'and' || toks[k]!.value === ',')) {
    const g = found.find((x) => x.anchor === a && x.phrase.first === k + 1);
    if (g === undefined) break;
    k = Math.max(g.phrase.end, g.phrase.victimsEnd);
  }
  if (k >= a - 2 || !BE.has(toks[k]!.lower)) return false;
  for (k++; k < a - 2; k++) if (toks[k]!.pos !== 'ADV') return false;
  return true;
}

/**
 * Subsets told apart from their total (ANNOTATION.md §2, §5): a figure of the current sentence
 * that names its people as some of "the dead" or "the wounded" is a part of the latest whole of
 * that outcome told before it, in this paragraph or an earlier one (at most {@link TOLD_REACH}
 * sentences back), when it counts no more people than the whole.
 *
 * @param ctx - the sentence
 * @param found - the sentence's figures
 * @param told - the latest whole figure per outcome before this sentence
 * @returns `found` with such parts linked, and the wholes they were linked to
 */
export function partsOfTold(
  ctx: Ctx,
  found: readonly Found[],
  told: ReadonlyMap<CasualtyOutcome, ToldWhole>,
): { found: Found[]; wholes: Found[] } {
  const index = ctx.toks[ctx.first]!.sentence;
  const wholes: Found[] = [];
  const linked = new Map<Found, Found>();
  for (const f of found) {
    if (f.parent !== undefined) continue;
    // "four of the victims": of the dead, else of the wounded.
    const anyOutcome = f.wholeNeeded === true && PARTITIVE_VICTIMS.has(ctx.toks[f.anchor]!.lower);
    const whole = anyOutcome ? (told.get('killed') ?? told.get('injured')) : told.get(f.wholeOutcome ?? f.outcome);
    if (whole === undefined || index - whole.sentence > TOLD_REACH || !namesToldWhole(ctx, f, found)) continue;
    if (!fitsIn(f, whole.found) || (f.phrase.min ?? 0) >= (whole.found.phrase.min ?? Infinity)) continue;
    // A part takes its whole's outcome ("four of the victims"), unless it tells its own ("two of the wounded died").
    const outcome = f.wholeOutcome === undefined ? whole.found.outcome : f.outcome;
    let phrase = f.phrase;
    if (f.share === 'most') {
      // More than half of the whole: at least half its lower bound plus one, at most all of it (of an
      // open whole no figure is made, but the share still links the parts told after it: index.ts).
      const w = whole.found.phrase;
      if (w.min === null || w.min < 2) continue;
      phrase = { ...phrase, min: Math.floor(w.min / 2) + 1, max: w.max };
    }
    if (!wholes.includes(whole.found)) wholes.push(whole.found);
    linked.set(f, { ...f, phrase, outcome, relative: whole.found.relative, parent: whole.found, relation: 'part' });
  }
  // A part that needs a whole and found none is no figure.
  const kept = found.filter((f) => f.wholeNeeded !== true || f.parent !== undefined || linked.has(f));
  if (linked.size === 0) return { found: kept, wholes };
  // Parts of a figure now linked ("Fifteen of the dead, four of them children") keep their parent.
  const out = kept.map((f) => linked.get(f) ?? f);
  for (let i = 0; i < out.length; i++) {
    const parent = out[i]!.parent;
    const now = parent === undefined ? undefined : linked.get(parent);
    // A share counts no one of its own: "most of the dead were evacuees but they included several
    // rebels" lists parts of the whole.
    if (now !== undefined) out[i] = { ...out[i]!, parent: now.share === 'most' ? now.parent! : now };
  }
  return { found: out, wholes };
}

/** Whether a figure is a whole that later parts may name ("12 people" … "two of the dead"): a count of two or more, no part itself. */
export function isWhole(f: Found): boolean {
  return f.parent === undefined && f.phrase.kind === 'counted' && (f.phrase.min ?? f.phrase.max ?? 0) >= 2;
}

/**
 * "received 23 wounded people, three of whom later died": a count of "them" or "whom" that a rule of
 * its own outcome word read (the verb after it) is still a part of the figure the pronoun stands for,
 * the last one before it with no other count between, when they died of people wounded, missing or
 * abducted and are no more than them. It keeps its outcome: those of the wounded who died are dead,
 * but they are not another statement of the attack's death toll (incidents/toll.ts reads `partOf`).
 *
 * @param ctx - the sentence
 * @param found - the sentence's figures
 * @returns `found`, with such counts linked to their whole
 */
export function partitivesOfPronoun(ctx: Ctx, found: readonly Found[]): Found[] {
  const { toks } = ctx;
  return found.map((f) => {
    const p = f.phrase;
    if (f.parent !== undefined || p.kind !== 'counted' || p.end - 2 <= p.first || toks[p.end - 2]!.lower !== 'of')
      return f;
    const pronoun = toks[p.end - 1]!.lower;
    if (pronoun !== 'whom' && pronoun !== 'them') return f;
    const parent = parentBefore(
      found.filter((g) => g !== f),
      p.first,
    );
    if (parent === null || countBetween(ctx, Math.max(parent.phrase.end, parent.phrase.victimsEnd), p.first)) return f;
    // Those who died of the wounded, missing or abducted; a part no larger than its whole ("killing 15 and
    // injuring dozens of them": "them" are the group attacked, not the 15 dead).
    if (f.outcome !== 'killed' || parent.outcome === 'killed') return f;
    if ((p.min ?? 0) > (parent.phrase.min ?? 0)) return f;
    return { ...f, parent, relation: 'part' as const };
  });
}
