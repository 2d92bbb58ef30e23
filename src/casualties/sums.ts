/**
 * Round-up sums: a headline or lead toll that adds up the article's own
 * attacks told after it ("Three killed in rocket attacks on Aleppo" … "two
 * women were killed" in one district … "one person dead" in another). Such a
 * figure counts several incidents, so it is marked `cumulative` (in no
 * incident, as ANNOTATION.md §5 puts a period's round-up), and the attacks
 * keep their own tolls.
 *
 * The test is arithmetic on the figures found: a figure is a sum when two to
 * {@link MAX_PARTS} figures after it, of its outcome, in as many different
 * sentences (not its own), none a subset or a repeat of another, each an
 * exact count (not "at least 12"), add up to its count exactly. A breakdown of one toll by victim ("including 7
 * civilians and 5 fighters") is made of subsets and is not read as parts.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { CasualtyFigure } from '../types.js';

/** Most figures a round-up is read as the sum of. */
const MAX_PARTS = 4;
/** Most later figures (per outcome) searched for the parts: a round-up leads the story it sums. */
const MAX_CANDIDATES = 12;
/** Most sentences between the total and its first part, and between one part and the next: the attacks are told in a row. */
const MAX_GAP = 3;
/** Body sentences of the lead, where a round-up stands (besides the headline). */
const LEAD_SENTENCES = 3;

/** The count a figure states as one number: exact (`3 people`) or a floor (`at least 21`), else `null`. */
function valueOf(f: CasualtyFigure): number | null {
  const { min, max, approximate } = f.count;
  if (min === null || approximate || min < 2) return null;
  return max === min || max === null ? min : null;
}

/** Words that count one person in a counted phrase ("one person dead"), not a named or described victim. */
const ONE = new Set(['one', '1']);

/** A count of one written as a number ("one person", "1 civilian"): a part a round-up may sum. */
function isCountedOne(f: CasualtyFigure): boolean {
  if (f.count.min !== 1 || f.count.max !== 1) return false;
  const space = f.text.indexOf(' ');
  return ONE.has((space < 0 ? f.text : f.text.slice(0, space)).toLowerCase());
}

/** Sentence index of each figure, by its first character (figures are in text order). */
function sentencesOf(doc: Document, figures: readonly CasualtyFigure[]): number[] {
  const toks = doc.tokens;
  const out: number[] = [];
  let k = 0;
  for (const f of figures) {
    // The last token from `k` on that starts at or before the figure: a binary search (token starts
    // map to input offsets in order), not a walk over every token up to the last figure.
    let lo = k;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.toInput(toks[mid]!.start) <= f.start) lo = mid;
      else hi = mid - 1;
    }
    k = Math.max(k, lo);
    out.push(toks[k]?.sentence ?? 0);
  }
  return out;
}

/**
 * Marks `cumulative` the incident figures of `figures` (in text order) that sum figures told after
 * them in other sentences; returns how many it marked.
 */
export function markRoundUpSums(
  doc: Document,
  figures: CasualtyFigure[],
  vague: (f: CasualtyFigure) => boolean,
): number {
  if (figures.length < 3) return 0;
  const sentence = sentencesOf(doc, figures);
  const leadEnd = leadEndOf(doc);
  const sums = new Set<CasualtyFigure>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (sentence[i]! >= leadEnd) break;
    const total = vague(f) ? null : valueOf(f);
    if (f.scope !== 'incident' || f.partOf !== null || total === null) continue;
    // Later figures of the outcome, one per sentence, none in the total's sentence, smaller than it.
    const parts: { value: number; sentence: number; text: string }[] = [];
    for (let j = i + 1; j < figures.length && parts.length < MAX_CANDIDATES; j++) {
      const g = figures[j]!;
      if (g.outcome !== f.outcome || g.partOf !== null || g.scope !== 'incident') continue;
      // A part of an exact total is an exact count ("15 people", "one person"): a floor ("at least 12")
      // may be part of a larger toll of the same attack told again. Floors add up to a floor ("at
      // least 21" = "at least 15" + "six more").
      const floorOk = f.count.max === null;
      const v =
        vague(g) || (g.count.max !== g.count.min && !floorOk) ? null : (valueOf(g) ?? (isCountedOne(g) ? 1 : null));
      if (v === null || v >= total || sentence[j] === sentence[i]) continue;
      // One figure per sentence; the same words again ("three persons" … "three persons") tell one attack twice.
      const text = g.text.toLowerCase();
      if (parts.some((p) => p.sentence === sentence[j] || p.text === text)) continue;
      parts.push({ value: v, sentence: sentence[j]!, text });
    }
    if (parts.length >= 2 && sumsTo(parts, total, sentence[i]!)) {
      f.scope = 'cumulative';
      sums.add(f);
      // Its subsets ("Three killed, including 2 women") are parts of the sum too.
      for (const g of figures)
        if (g.partOf !== null && g.partOf.start === f.start && g.partOf.end === f.end) g.scope = 'cumulative';
    }
  }
  return sums.size === 0 ? 0 : sums.size + markRepeats(figures, sentence, leadEnd, sums, vague);
}

/**
 * Marks `cumulative` the figures of the lead that give again, before it, the count of a round-up
 * marked in it ("Gunmen kill 31 in attacks on two villages" over "killed at least 31 civilians",
 * which adds up the 19 and the 12 told after): the headline too often stands too far from the
 * parts for the arithmetic itself. Returns how many it marked.
 */
function markRepeats(
  figures: CasualtyFigure[],
  sentence: readonly number[],
  leadEnd: number,
  sums: ReadonlySet<CasualtyFigure>,
  vague: (f: CasualtyFigure) => boolean,
): number {
  let marked = 0;
  for (let i = 0; i < figures.length && sentence[i]! < leadEnd; i++) {
    const f = figures[i]!;
    const value = vague(f) ? null : valueOf(f);
    if (f.scope !== 'incident' || f.partOf !== null || value === null) continue;
    for (let j = i + 1; j < figures.length && sentence[j]! < leadEnd; j++) {
      const g = figures[j]!;
      if (sums.has(g) && g.outcome === f.outcome && g.count.min === value && sentence[j] !== sentence[i]) {
        f.scope = 'cumulative';
        marked++;
        break;
      }
    }
  }
  return marked;
}

/**
 * Whether two to {@link MAX_PARTS} of `parts`, taken in order, each at most {@link MAX_GAP}
 * sentences after the one before (the total's sentence `from` first), add up to `total`.
 */
function sumsTo(parts: readonly { value: number; sentence: number }[], total: number, from: number): boolean {
  const search = (k0: number, last: number, left: number, used: number): boolean => {
    if (left === 0) return used >= 2;
    if (used === MAX_PARTS) return false;
    for (let k = k0; k < parts.length; k++) {
      const p = parts[k]!;
      if (p.sentence - last > MAX_GAP) break;
      if (p.value <= left && search(k + 1, p.sentence, left - p.value, used + 1)) return true;
    }
    return false;
  };
  return search(0, from, total, 0);
}

/** The index of the first sentence after the lead: the headline and dateline, then {@link LEAD_SENTENCES} body sentences. */
function leadEndOf(doc: Document): number {
  let body = 0;
  for (const s of doc.sentences) {
    const zone = doc.zoneAt(s.start);
    if (zone === 'body' && ++body > LEAD_SENTENCES) return s.index;
  }
  return doc.sentences.length;
}
