/**
 * The reporting source a sentence gives for its figures: the subject of a
 * reporting verb ("…, the Syrian Observatory for Human Rights said"; "The
 * governor of Homs province, Talal Barzani, told AP …"), the object of
 * "according to", or the source of a previous sentence for a pronoun ("It
 * said …"). Names are given in their fullest form in the document ("the
 * Observatory" → "Syrian Observatory for Human Rights") and known groups by
 * their canonical name.
 */
import { canonicalActor } from '../actors/known.js';
import type { Document, Token } from '../document/model.js';
import { type Ctx, textOf } from './context.js';
import { SOURCE_VERBS, isCapitalised } from './lexicon.js';
import type { Found } from './rules.js';

/** A reporting cue in a sentence and the source it names. */
export interface SourceCue {
  /** The cue token ("said", "according"). */
  readonly at: number;
  /** The source, or `null` for an unresolved pronoun. */
  readonly name: string | null;
  /** "According to X, …" opening the sentence: it covers every clause. */
  readonly leading: boolean;
  /** When the cue reports a quotation ("says 'seize moment'"), the quoted tokens `[first, end)`: it sources only them. */
  readonly quote: readonly [number, number] | null;
}

const AUX = new Set([
  'have',
  'has',
  'had',
  'also',
  'later',
  'previously',
  'earlier',
  'further',
  'had',
  'would',
  'will',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
const LINKS = new Set(['of', 'for', 'and', 'al', 'el', 'bin', 'ibn', 'abu']);
const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const QUOTES = new Set(['"', '“', '”', "'", '’', '‘']);
const MAX_NP = 12;
const NOT_REPORTS = new Set(['responsibility', 'credit', 'victory']);

const isNounish = (t: Token): boolean =>
  t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'NUM' && t.shape !== 'number');

const isHyphen = (t: Token | undefined): boolean => t !== undefined && HYPHENS.has(t.value);

/** The noun phrase that ends at `e` (inclusive), walking back; `[first, end)` or `null`. */
function npBack(ctx: Ctx, e: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  let k = e;
  let steps = 0;
  while (k >= floor && steps < MAX_NP) {
    const t = toks[k]!;
    if (isNounish(t) || t.lower === "'s" || t.lower === '’s' || (isHyphen(t) && !t.spaceBefore)) k--;
    else if (LINKS.has(t.lower) && k - 1 >= floor && isNounish(toks[k - 1]!)) k--;
    else if (DETS.has(t.lower)) {
      k--;
      break;
    } else break;
    steps++;
  }
  let first = k + 1;
  while (first <= e && LINKS.has(toks[first]!.lower) && toks[first]!.lower !== 'al') first++;
  return first <= e ? [first, e + 1] : null;
}

/** The noun phrase that starts at `s`, walking forward; `[first, end)` or `null`. */
function npForward(ctx: Ctx, s: number): [number, number] | null {
  const { toks } = ctx;
  let k = s;
  if (k < ctx.end && DETS.has(toks[k]!.lower)) k++;
  const limit = Math.min(ctx.end, k + MAX_NP);
  while (k < limit) {
    const t = toks[k]!;
    if (isNounish(t) || t.lower === "'s" || t.lower === '’s' || (isHyphen(t) && !t.spaceBefore)) k++;
    else if (
      (LINKS.has(t.lower) || t.lower === 'from') &&
      k + 1 < limit &&
      (isNounish(toks[k + 1]!) || DETS.has(toks[k + 1]!.lower))
    ) {
      k++;
      if (DETS.has(toks[k]!.lower)) k++;
    } else break;
  }
  let end = k;
  while (end > s && LINKS.has(toks[end - 1]!.lower)) end--;
  return end > s ? [s, end] : null;
}

/** Whether a phrase reads as a name (its first word after an article is capitalised). */
function nameLike(ctx: Ctx, [first, end]: [number, number]): boolean {
  let k = first;
  if (DETS.has(ctx.toks[k]!.lower)) k++;
  return k < end && isCapitalised(ctx.toks[k]!);
}

/** The subject of a reporting verb at `cue`, or 'pronoun', or `null`. */
function subjectOf(ctx: Ctx, cue: number, floor: number): [number, number] | 'pronoun' | null {
  const { toks } = ctx;
  let e = cue - 1;
  while (e >= floor && AUX.has(toks[e]!.lower)) e--;
  if (e < floor) return null;
  const t = toks[e]!;
  if (PRONOUNS.has(t.lower)) return 'pronoun';
  if (t.value === ',') {
    // "NP1, apposition, said": prefer the part that is a name.
    let p = e - 1;
    while (p >= floor && p > e - 25 && toks[p]!.value !== ',') p--;
    if (p < floor || toks[p]!.value !== ',' || p === e - 1) return null;
    const app = npForward(ctx, p + 1);
    const np1 = npBack(ctx, p - 1, floor);
    if (np1 !== null && nameLike(ctx, np1)) return np1;
    if (app !== null && app[1] === e && nameLike(ctx, app)) return app;
    return np1;
  }
  return npBack(ctx, e, floor);
}

/** Drops the article, and descriptive words before a name ("the Britain-based Syrian Observatory…"). */
function clean(ctx: Ctx, [first, end]: [number, number]): [number, number] {
  const { toks } = ctx;
  let f = first;
  while (f < end && DETS.has(toks[f]!.lower)) f++;
  // The longest tail of name words, when words before it are lower-case descriptions.
  let c = end;
  while (c > f) {
    const t = toks[c - 1]!;
    const nameWord =
      isCapitalised(t) || (LINKS.has(t.lower) && c < end) || (isHyphen(t) && !t.spaceBefore) || t.lower === 'al';
    if (!nameWord) break;
    c--;
  }
  while (c < end && ((LINKS.has(toks[c]!.lower) && toks[c]!.lower !== 'al') || isHyphen(toks[c]))) c++;
  if (c > f && c < end && isCapitalised(toks[c]!)) {
    let lowerBefore = false;
    for (let k = f; k < c; k++)
      if (!isCapitalised(toks[k]!) && !isHyphen(toks[k]) && toks[k]!.pos !== 'PART') lowerBefore = true;
    if (lowerBefore) f = c;
  }
  return [f, end];
}

const RUNS = Symbol('casualties-proper-runs');

/** Each capitalised word of the body → the longest run of name words that contains it (≥ 2 words). */
function properRuns(doc: Document): Map<string, string> {
  return doc.layer(RUNS, (d) => {
    const toks = d.tokens;
    const runs = new Map<string, string>();
    let k = 0;
    while (k < toks.length) {
      const t = toks[k]!;
      if (!isCapitalised(t) || d.zoneAt(t.start) !== 'body' || t.pos === 'DET') {
        k++;
        continue;
      }
      let m = k + 1;
      while (m < toks.length && toks[m]!.sentence === t.sentence) {
        const u = toks[m]!;
        if (isCapitalised(u) && u.pos !== 'DET') m++;
        else if ((u.lower === 'for' || u.lower === 'of') && m + 1 < toks.length && isCapitalised(toks[m + 1]!)) m++;
        else if (isHyphen(u) && !u.spaceBefore && m + 1 < toks.length && !toks[m + 1]!.spaceBefore) m++;
        else break;
      }
      if (m - k >= 2) {
        const text = d.norm.slice(t.start, toks[m - 1]!.end);
        for (let i = k; i < m; i++) {
          const key = toks[i]!.lower;
          const old = runs.get(key);
          if (isCapitalised(toks[i]!) && (old === undefined || old.length < text.length)) runs.set(key, text);
        }
      }
      k = m;
    }
    return runs;
  });
}

/** Whether `word` is the last word of `run` or the head before its "for/of" part ("Observatory" in "Syrian Observatory for Human Rights"). */
function headWordOf(run: string, word: string): boolean {
  const words = run.split(/[\s]+/);
  const i = words.lastIndexOf(word);
  return i >= 0 && (i === words.length - 1 || words[i + 1] === 'for' || words[i + 1] === 'of');
}

/** The source's text: canonical name for a known actor, the fullest form for a short name. */
function sourceName(ctx: Ctx, range: [number, number]): string | null {
  const [f, e] = clean(ctx, range);
  if (f >= e) return null;
  const text = textOf(ctx, f, e);
  const known = canonicalActor(text);
  if (known !== null) return known.name;
  const last = ctx.toks[e - 1]!;
  if (e - f <= 2 && isCapitalised(last) && last.value !== last.value.toUpperCase()) {
    const full = properRuns(ctx.doc).get(last.lower);
    if (full !== undefined && full.length > text.length && headWordOf(full, last.value)) {
      return canonicalActor(full)?.name ?? full;
    }
  }
  return text;
}

/** The quotation that directly follows a cue ("says 'seize moment'", "said: “…”"), as `[first, end)`, or `null`. */
function quotedAfter(ctx: Ctx, cue: number): [number, number] | null {
  const { toks } = ctx;
  let k = cue + 1;
  if (k < ctx.end && (toks[k]!.value === ':' || toks[k]!.value === ',')) k++;
  if (k >= ctx.end || !QUOTES.has(toks[k]!.value)) return null;
  const open = toks[k]!.value;
  const close = open === '“' ? '”' : open === '‘' ? '’' : open;
  for (let m = k + 1; m < ctx.end; m++) if (toks[m]!.value === close) return [k + 1, m];
  return [k + 1, ctx.end];
}

/**
 * The reporting cues of the current sentence.
 *
 * @param ctx - the sentence
 * @param figures - the sentence's figures (a subject never reaches into one)
 * @param previous - the last source named in earlier sentences, for pronouns
 */
export function sourcesIn(ctx: Ctx, figures: readonly Found[], previous: string | null): SourceCue[] {
  const { toks } = ctx;
  const out: SourceCue[] = [];
  for (let k = ctx.first; k < ctx.end; k++) {
    const t = toks[k]!;
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      const np = npForward(ctx, k + 2);
      if (np === null) continue;
      let lead = k === ctx.first;
      if (!lead && k - 1 >= ctx.first && (QUOTES.has(toks[k - 1]!.value) || toks[k - 1]!.lower === 'but')) lead = true;
      out.push({
        at: k,
        name: sourceName(ctx, np),
        leading: lead && figures.every((f) => f.phrase.first > k),
        quote: null,
      });
      continue;
    }
    if (!SOURCE_VERBS.has(t.lower) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // "claimed responsibility", "claimed credit": a claim, not a report of the toll.
    if (NOT_REPORTS.has(toks[k + 1]?.lower ?? '')) continue;
    let floor = ctx.first;
    for (const f of figures) {
      const end = Math.max(f.phrase.end, f.phrase.victimsEnd);
      if (end <= k && end > floor) floor = end;
    }
    const subject = subjectOf(ctx, k, floor);
    const quote = quotedAfter(ctx, k);
    if (subject === 'pronoun') {
      out.push({ at: k, name: previous, leading: false, quote });
      continue;
    }
    if (subject !== null) {
      out.push({ at: k, name: sourceName(ctx, subject), leading: false, quote });
      continue;
    }
    // Inverted: "…, said the Observatory."
    const np = npForward(ctx, k + 1);
    if (np !== null && nameLike(ctx, np)) out.push({ at: k, name: sourceName(ctx, np), leading: false, quote: null });
  }
  return out;
}

/**
 * The source for one figure: the nearest cue of its sentence; a figure in a
 * non-restrictive relative clause (", who was killed in …,") takes only a
 * sentence-opening "According to X," (the rest sources the main clause).
 */
export function sourceFor(cues: readonly SourceCue[], f: Found): string | null {
  const at = f.phrase.first;
  let best: SourceCue | null = null;
  for (const c of cues) {
    if (c.name === null) continue;
    if (f.relative && !c.leading) continue;
    if (c.quote !== null && (at < c.quote[0] || at >= c.quote[1])) continue;
    if (best === null || Math.abs(c.at - at) < Math.abs(best.at - at)) best = c;
  }
  return best?.name ?? null;
}
