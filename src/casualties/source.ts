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
import { readQuantity } from '../numbers/index.js';
import { CUE, SOURCE_HEADS, SOURCE_VERBS, TOLLS, TOLL_GIVERS, isCapitalised } from './lexicon.js';
import type { Found } from './rules.js';
import { BE_FORMS, COORDINATORS, NON_RESTRICTIVE_RELATIVES, QUOTATION_MARKS } from '../lexicon/en/index.js';
import { isGluedHyphen, isHyphen } from '../syntax/tokens.js';
import dates from '../lexicon/dates.json';

/** A reporting cue in a sentence; what it says is read on demand. */
export interface SourceCue {
  /** The cue token ("said", "according"). */
  readonly at: number;
  /** Its source and coverage, or `null` when it names none. */
  read(): CueReading | null;
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
const QUOTES = QUOTATION_MARKS;
const MAX_NP = 12;
/** Generic words after a monitor's name ("… Rights monitor", "… monitoring group"). */
const MONITOR_WORDS = new Set(['monitor', 'monitoring', 'group', 'watchdog', 'organisation', 'organization']);
const RELATIVES = NON_RESTRICTIVE_RELATIVES;
const HANGING_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'on']);
/** Weekdays and the deictic day words of `src/lexicon/dates.json` ("Monday", "yesterday"), and "overnight". */
const DATE_WORDS = new Set([...Object.keys(dates.weekdays), ...Object.keys(dates.dayWords), 'overnight']);
const NOT_REPORTS = new Set(['responsibility', 'credit', 'victory']);
/** Words that may follow the subject of an inverted cue ("said the Civil Defence, also known as…"). */
const INVERSION_ENDS = new Set(['also', 'which', 'who', 'citing', 'adding']);

const isNounish = (t: Token): boolean =>
  t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'NUM' && t.shape !== 'number');

/** A hyphen glued to the words on both sides ("Britain-based"). */
const gluedHyphen = (ctx: Ctx, k: number): boolean => isGluedHyphen(ctx.toks, k);
/** A date or time word ("Monday", "on Thursday activists said" has no comma left). */
const isDateWord = (ctx: Ctx, k: number): boolean => ctx.dateMask[k] === 1 || DATE_WORDS.has(ctx.toks[k]!.lower);

/** The noun phrase that ends at `e` (inclusive), walking back; `[first, end)` or `null`. */
function npBack(ctx: Ctx, e: number, floor: number): [number, number] | null {
  const { toks } = ctx;
  let k = e;
  let steps = 0;
  while (k >= floor && steps < MAX_NP) {
    const t = toks[k]!;
    if (isDateWord(ctx, k)) break;
    if (k - 2 >= floor && gluedHyphen(ctx, k - 1))
      k -= 3; // "Britain-based", "UK-based", "pro-government"
    // The word right before the cue heads the subject even when wink tags it a verb ("the monitor said").
    else if (
      k === e &&
      t.pos === 'VERB' &&
      t.shape === 'word' &&
      !/(?:ed|ing)$/.test(t.lower) &&
      !SOURCE_VERBS.has(t.lower)
    )
      k--;
    else if (isNounish(t) || t.lower === "'s" || t.lower === '’s' || gluedHyphen(ctx, k)) k--;
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

/**
 * `npBack` widened over the phrases that hang on it: "a spokesman at the
 * hospital in Idlib", "a group monitoring the conflict".
 */
function npBackWide(ctx: Ctx, e: number, floor: number): [number, number] | null {
  const np = npBack(ctx, e, floor);
  if (np === null) return null;
  // Hop back over prepositions and participles; keep the widest phrase whose head is source-like
  // ("a spokesman at the hospital in Idlib"), not any noun before a preposition ("attacks in Hama").
  let best = np;
  let first = np[0];
  for (let hops = 0; hops < 3; hops++) {
    const k = first - 1;
    if (k - 1 < floor) break;
    const t = ctx.toks[k]!;
    const hangs =
      (t.pos === 'ADP' && HANGING_PREPOSITIONS.has(t.lower)) ||
      ((t.pos === 'VERB' || t.pos === 'NOUN') && /ing$/.test(t.lower));
    if (!hangs) break;
    const before = npBack(ctx, k - 1, floor);
    if (before === null) break;
    first = before[0];
    if (SOURCE_HEADS.has(ctx.toks[before[1] - 1]!.lower)) best = [before[0], np[1]];
  }
  return best;
}

/** The noun phrase that starts at `s`, walking forward and stopping before a number; `[first, end)` or `null`. */
function npForward(ctx: Ctx, s: number, stop: number = ctx.end): [number, number] | null {
  const { toks } = ctx;
  let k = s;
  const limit = Math.min(ctx.end, stop, s + MAX_NP);
  if (k < limit && DETS.has(toks[k]!.lower)) k++;
  while (k < limit) {
    const t = toks[k]!;
    if (isDateWord(ctx, k) || readQuantity(toks, k, limit) !== null) break;
    if (gluedHyphen(ctx, k) && k + 1 < limit) {
      k += 2;
      // The noun a compound modifier describes, whatever its tag ("the UK-based monitor").
      const n = toks[k];
      if (
        k < limit &&
        n !== undefined &&
        n.shape === 'word' &&
        !SOURCE_VERBS.has(n.lower) &&
        !RELATIVES.has(n.lower) &&
        n.pos !== 'ADP'
      )
        k++;
    } else if (isNounish(t) || t.lower === "'s" || t.lower === '’s') k++;
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
  while (end > s && (LINKS.has(toks[end - 1]!.lower) || DETS.has(toks[end - 1]!.lower))) end--;
  return end > s ? [s, end] : null;
}

/** Whether a phrase reads as a name (its first word after an article is capitalised). */
function nameLike(ctx: Ctx, [first, end]: [number, number]): boolean {
  let k = first;
  if (DETS.has(ctx.toks[k]!.lower)) k++;
  return k < end && isCapitalised(ctx.toks[k]!);
}

/** A subject found for a cue, and whether a relative pronoun opens its clause ("…, which Washington said …"). */
interface Subject {
  readonly range: [number, number] | 'pronoun';
  readonly relative: number;
  /** The cue's subject is a relative pronoun and `range` its antecedent ("the monitor, which cited …"). */
  readonly antecedent: boolean;
}

/** The relative pronoun just before token `first` (not before `floor`), or -1. */
function relativeBefore(toks: readonly Token[], floor: number, first: number): number {
  const r = first - 1;
  return r >= floor && RELATIVES.has(toks[r]!.lower) ? r : -1;
}

/** The subject of a reporting verb at `cue`, or `null`. */
function subjectOf(ctx: Ctx, cue: number, floor: number): Subject | null {
  const { toks } = ctx;
  let e = cue - 1;
  // Auxiliaries and any adverb between the subject and the cue ("The Syrian Center for Policy
  // Research however puts the death toll at …", commas stripped).
  while (e >= floor && (AUX.has(toks[e]!.lower) || toks[e]!.pos === 'ADV')) e--;
  if (e < floor) return null;
  const t = toks[e]!;
  if (PRONOUNS.has(t.lower)) return { range: 'pronoun', relative: relativeBefore(toks, floor, e), antecedent: false };
  // "…, according to state media, which cited a military source": the relative pronoun stands for
  // the source named before it, and what the relative clause cites is that source's own source.
  // (After a comma only: "… nerve agents” WHO said" is the World Health Organization.)
  if (RELATIVES.has(t.lower) && t.pos !== 'SCONJ' && e - 2 >= floor && toks[e - 1]!.value === ',') {
    const np = npBackWide(ctx, e - 2, floor);
    return np === null ? null : { range: np, relative: -1, antecedent: true };
  }
  if (t.value === ',') {
    // "NP1, apposition, said": prefer the part that is a name.
    let p = e - 1;
    while (p >= floor && p > e - 25 && toks[p]!.value !== ',') p--;
    if (p < floor || toks[p]!.value !== ',' || p === e - 1) return null;
    const app = npForward(ctx, p + 1);
    const np1 = npBackWide(ctx, p - 1, floor);
    if (np1 !== null && nameLike(ctx, np1)) return { range: np1, relative: -1, antecedent: false };
    if (app !== null && app[1] === e && nameLike(ctx, app)) return { range: app, relative: -1, antecedent: false };
    return np1 === null ? null : { range: np1, relative: -1, antecedent: false };
  }
  // "X which relies on a network of activists says": the subject is before the relative clause.
  for (let r = e; r >= Math.max(floor + 1, e - 15); r--) {
    const w = toks[r]!.lower;
    if (!RELATIVES.has(w) || toks[r]!.pos === 'SCONJ') continue;
    const before = toks[r - 1]!.value === ',' ? r - 2 : r - 1;
    const np = before >= floor ? npBack(ctx, before, floor) : null;
    const direct = npBackWide(ctx, e, floor);
    // Only a named antecedent over a lower-case nearest phrase ("X which relies on … on the ground says";
    // "X which has a network of sources in Syria gave a toll": the phrase is read whole, from its head).
    if (np !== null && r < e && nameLike(ctx, np) && (direct === null || !nameLike(ctx, direct))) {
      return { range: np, relative: -1, antecedent: false };
    }
    break;
  }
  const np = npBackWide(ctx, e, floor);
  return np === null ? null : { range: np, relative: relativeBefore(toks, floor, np[0]), antecedent: false };
}

/** Drops the article, and descriptive words before a name ("the Britain-based Syrian Observatory…"). */
function clean(ctx: Ctx, [first, end0]: [number, number]): [number, number] {
  const { toks } = ctx;
  let f = first;
  while (f < end0 && DETS.has(toks[f]!.lower)) f++;
  // "the Syrian Observatory for Human Rights monitor (group)": the name without the generic word after it.
  let end = end0;
  while (end - 1 > f && MONITOR_WORDS.has(toks[end - 1]!.lower) && !isCapitalised(toks[end - 1]!)) end--;
  if (end === end0 || end - f < 2 || !isCapitalised(toks[end - 1]!)) end = end0;
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
  const beforeTail = toks[c - 1];
  if (
    c > f &&
    c < end &&
    isCapitalised(toks[c]!) &&
    beforeTail !== undefined &&
    beforeTail.pos !== 'ADP' &&
    beforeTail.pos !== 'DET'
  ) {
    let lowerBefore = false;
    let preposition = false;
    for (let k = f; k < c; k++) {
      if (!isCapitalised(toks[k]!) && !isHyphen(toks[k]) && toks[k]!.pos !== 'PART') lowerBefore = true;
      if (toks[k]!.pos === 'ADP') preposition = true;
    }
    if (lowerBefore && !preposition) f = c;
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
      if (!isCapitalised(t) || t.pos === 'DET' || d.paragraphs[t.paragraph]?.zone !== 'body') {
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

const CANONICAL_CACHE = new Map<string, string | null>();
const CANONICAL_CACHE_SIZE = 4096;

/** The canonical name of a known actor for a surface form, or `null` (memoised: sources repeat across articles). */
function canonicalName(text: string): string | null {
  const hit = CANONICAL_CACHE.get(text);
  if (hit !== undefined) return hit;
  const name = canonicalActor(text)?.name ?? null;
  if (CANONICAL_CACHE.size >= CANONICAL_CACHE_SIZE) CANONICAL_CACHE.clear();
  CANONICAL_CACHE.set(text, name);
  return name;
}

/** Whether `word` is the last word of `run` or the head before its "for/of" part ("Observatory" in "Syrian Observatory for Human Rights"). */
function headWordOf(run: string, word: string): boolean {
  const words = run.split(/[\s]+/);
  const i = words.lastIndexOf(word);
  return i >= 0 && (i === words.length - 1 || words[i + 1] === 'for' || words[i + 1] === 'of');
}

/**
 * A figure's reporting source: its name (canonical for a known actor, the
 * fullest form for a short name), the tokens that mention it, and whether it
 * was reached through a pronoun (`It said`).
 */
export interface SourceWho {
  readonly name: string;
  readonly first: number;
  readonly end: number;
  readonly pronoun: boolean;
}

/** A source named `name` at tokens `[first, end)`. */
function namedWho(name: string, first: number, end: number): SourceWho {
  return { name, first, end, pronoun: false };
}

/** The source named by `range`: canonical name for a known actor, the fullest form for a short name. */
function sourceName(ctx: Ctx, range: [number, number]): SourceWho | null {
  const [f, e] = clean(ctx, range);
  if (f >= e) return null;
  const text = textOf(ctx, f, e);
  const known = canonicalName(text);
  if (known !== null) return namedWho(known, f, e);
  const last = ctx.toks[e - 1]!;
  if (e - f <= 2 && isCapitalised(last) && last.value !== last.value.toUpperCase()) {
    const full = properRuns(ctx.doc).get(last.lower);
    if (full !== undefined && full.length > text.length && headWordOf(full, last.value)) {
      return namedWho(canonicalName(full) ?? full, f, e);
    }
  }
  return namedWho(text, f, e);
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

/** What a cue says once analysed. */
export interface CueReading {
  readonly name: SourceWho | null;
  readonly leading: boolean;
  readonly quote: readonly [number, number] | null;
  readonly relative: number;
}

/** Analyses the cue at `k` (a reporting verb or "according"): its source and what it covers. */
function readCue(ctx: Ctx, k: number, figures: readonly Found[], previous: () => SourceWho | null): CueReading | null {
  const { toks } = ctx;
  const starts = figures.map((f) => f.phrase.first);
  if (toks[k]!.lower === 'according') {
    const stop = Math.min(ctx.end, ...starts.filter((s) => s > k + 1));
    const np = npForward(ctx, k + 2, stop);
    if (np === null) return null;
    let lead = k === ctx.first;
    if (!lead && k - 1 >= ctx.first && (QUOTES.has(toks[k - 1]!.value) || toks[k - 1]!.lower === 'but')) lead = true;
    return { name: sourceName(ctx, np), leading: lead && starts.every((s) => s > k), quote: null, relative: -1 };
  }
  let floor = ctx.first;
  for (const f of figures) {
    const end = Math.max(f.phrase.end, f.phrase.victimsEnd);
    if (end <= k && end > floor) floor = end;
  }
  // Passive: "confirmed by the Civil Defence".
  if (toks[k + 1]?.lower === 'by') {
    const agent = npForward(ctx, k + 2);
    return agent === null ? null : { name: sourceName(ctx, agent), leading: false, quote: null, relative: -1 };
  }
  const second = secondPredicate(ctx, k, previous);
  if (second !== undefined) return second;
  const subject = subjectOf(ctx, k, floor);
  // Inverted: "…, said the Observatory", "… said the Civil Defence, also known as …".
  const after = subject?.antecedent === true ? null : npForward(ctx, k + 1);
  if (after !== null) {
    const prev = toks[k - 1];
    const opened = subject === null || prev === undefined || prev.value === ',' || QUOTES.has(prev.value);
    const next = toks[after[1]];
    const closed = after[1] >= ctx.end || next === undefined || next.pos === 'PUNCT' || INVERSION_ENDS.has(next.lower);
    const namedAfter = nameLike(ctx, after);
    const plainBefore = subject !== null && subject.range !== 'pronoun' && !nameLike(ctx, subject.range);
    if (closed && ((opened && (namedAfter || DETS.has(toks[after[0]]!.lower))) || (namedAfter && plainBefore))) {
      return { name: sourceName(ctx, after), leading: false, quote: null, relative: -1 };
    }
  }
  if (subject === null) return null;
  const before = subject.range === 'pronoun' ? previous() : null;
  const name = subject.range === 'pronoun' ? before && { ...before, pronoun: true } : sourceName(ctx, subject.range);
  return { name, leading: false, quote: quotedAfter(ctx, k), relative: subject.relative };
}

/**
 * A cue that opens a second predicate ("Police put the toll at 21 dead and said the attackers
 * fled"): its subject is the first verb's, and it reports only what follows it (the figure
 * before it is the first verb's). `undefined` when the cue does not follow a coordinator after
 * a verb of its sentence.
 */
function secondPredicate(ctx: Ctx, k: number, previous: () => SourceWho | null): CueReading | null | undefined {
  const { toks } = ctx;
  if (k - 2 < ctx.first || !COORDINATORS.has(toks[k - 1]!.lower)) return undefined;
  let v = k - 2;
  while (v > ctx.first && toks[v]!.pos !== 'VERB') v--;
  if (toks[v]!.pos !== 'VERB') return undefined;
  const subject = subjectOf(ctx, v, ctx.first);
  if (subject === null) return null;
  const name = subject.range === 'pronoun' ? previous() : sourceName(ctx, subject.range);
  return {
    name: name && { ...name, pronoun: subject.range === 'pronoun' },
    leading: false,
    quote: quotedAfter(ctx, k),
    relative: k,
  };
}

/** Most words between a toll-giving verb and its toll noun ("gave an updated death toll"). */
const TOLL_REACH = 4;

/** Whether a toll noun follows the verb at `k` within a few words, before any verb or mark. */
function tollAfter(ctx: Ctx, k: number): boolean {
  const stop = Math.min(ctx.end, k + 1 + TOLL_REACH);
  for (let m = k + 1; m < stop; m++) {
    const t = ctx.toks[m]!;
    if (TOLLS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The reporting cues of the current sentence, read lazily: only the cues a
 * figure asks about, nearest first, are analysed.
 *
 * @param ctx - the sentence
 * @param figures - the sentence's figures (a subject never reaches into one)
 * @param previous - the last source named in earlier sentences, for pronouns (asked only when needed)
 */
export function sourcesIn(ctx: Ctx, figures: readonly Found[], previous: () => SourceWho | null): SourceCue[] {
  const { toks } = ctx;
  const out: SourceCue[] = [];
  const { first, end } = ctx;
  for (let k = first; k < end; k++) {
    // the cue words ("said", "according") carry the CUE bit: one test for every other word
    if ((ctx.cls[k]! & CUE) === 0) continue;
    const t = toks[k]!;
    const according = t.lower === 'according' && toks[k + 1]?.lower === 'to';
    const giver = TOLL_GIVERS.has(t.lower);
    if (giver) {
      // "the monitor gave a toll of 48 dead", "the observatory put the toll at six": only before a
      // toll, and not a participle ("WHO said in a statement putting the death toll at 70").
      if (!tollAfter(ctx, k) || (t.lower.endsWith('ing') && !BE_FORMS.has(toks[k - 1]?.lower ?? ''))) continue;
    } else if (!according) {
      if (!SOURCE_VERBS.has(t.lower) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
      // "claimed responsibility", "claimed credit": a claim, not a report of the toll.
      if (NOT_REPORTS.has(toks[k + 1]?.lower ?? '')) continue;
      // "…, adding that …": a participle speaks for its clause's subject, which the attribution
      // layer finds; the noun phrase before it ("… as Abu Obaida adding that") is no source.
      if (t.lower.endsWith('ing') && !BE_FORMS.has(toks[k - 1]?.lower ?? '')) continue;
    }
    out.push(lazyCue(ctx, k, giver, figures, previous));
  }
  return out;
}

/**
 * The cue at `k` of the current sentence, analysed on first `read()`. (A function of its own: a
 * closure made in the token loop of {@link sourcesIn} would have V8 allocate its captured
 * variables for every token of the sentence, cue or not.)
 */
function lazyCue(
  ctx: Ctx,
  k: number,
  giver: boolean,
  figures: readonly Found[],
  previous: () => SourceWho | null,
): SourceCue {
  const { first, end } = ctx;
  let reading: CueReading | null | undefined;
  return {
    at: k,
    read: () => {
      if (reading === undefined) {
        const saved = [ctx.first, ctx.end] as const;
        ctx.first = first;
        ctx.end = end;
        reading = readCue(ctx, k, figures, previous);
        // A toll-giving verb sources only the toll it gives, after it ("More than 330000 people have been
        // killed …, but some NGOs put the death toll higher").
        if (giver && reading !== null) reading = { ...reading, relative: Math.max(reading.relative, k) };
        [ctx.first, ctx.end] = saved;
      }
      return reading;
    },
  };
}

/**
 * The source for one figure: the nearest cue of its sentence that covers it;
 * a figure in a non-restrictive relative clause (", who was killed in …,")
 * takes only a sentence-opening "According to X," (the rest sources the main
 * clause); a cue that reports a quotation covers only the quotation; a cue in
 * a relative clause after the figure ("…, which Washington said …") does not
 * cover it.
 */
export function sourceFor(cues: readonly SourceCue[], f: Found): SourceWho | null {
  const at = f.phrase.first;
  const order = [...cues].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at));
  for (const c of order) {
    const r = c.read();
    if (r === null || r.name === null) continue;
    if (f.relative && !r.leading) continue;
    if (r.quote !== null && (at < r.quote[0] || at >= r.quote[1])) continue;
    if (r.relative >= 0 && at < r.relative) continue;
    return r.name;
  }
  return null;
}
