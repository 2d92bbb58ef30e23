/**
 * Reconciling an incident's figures per outcome into UCDP's low / best / high
 * (the rule is documented on the public `Toll` type and in docs/guides/incidents.md).
 */
import type { CasualtyFigure, CasualtyOutcome, EntityRef, Toll, TollValue } from '../types.js';
import { ATTACKERS } from '../casualties/lexicon.js';
import words from '../lexicon/incidents.json';
import { isAsciiLetter, isWhiteSpaceCode } from '../document/normalise.js';
import { sortSmall } from '../document/sort.js';

/** One stated count: a figure, or coordinated figures that add up. */
interface Candidate {
  readonly figures: CasualtyFigure[];
  readonly min: number | null;
  readonly max: number | null;
  /** 4 exact, 3 approximate or closed range, 2 open lower bound, 1 upper bound only, 0 vague quantity. */
  readonly specificity: number;
  readonly sourced: boolean;
  readonly headline: boolean;
  /** Given as an update of the toll (`the toll rose to 19`): supersedes the counts told before it. */
  readonly update: boolean;
}

/** Verbs that give a toll anew (`rose to`, `has climbed to`), from the incidents lexicon. */
const UPDATE_VERBS = new Set(words.tollUpdateVerbs);
/** How far before a figure its update verb is looked for (`has risen to `). */
const UPDATE_REACH = 24;

/** The last word of `text` ending at or before `end` (after trailing white space), lower-cased, and where it starts. */
function wordBefore(text: string, end: number, from: number): { word: string; start: number } {
  let e = end;
  while (e > from && isWhiteSpaceCode(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return { word: text.slice(b, e).toLowerCase(), start: b };
}

/**
 * Whether the figure is a toll's update: `<verb> to` right before it ("the toll rose to 19", "climbed to at least 20").
 *
 * @param text - the caller's input
 * @param f - a figure of that input
 */
export function isUpdate(text: string, f: CasualtyFigure): boolean {
  const from = Math.max(0, f.start - UPDATE_REACH);
  const to = wordBefore(text, f.start, from);
  if (to.word !== 'to') return false;
  return UPDATE_VERBS.has(wordBefore(text, to.start, from).word);
}

/** Whether a figure counts the attackers ("three attackers were shot dead"), not the victims of the attack. */
function countsAttackers(f: CasualtyFigure): boolean {
  if (f.victims === null) return false;
  const i = f.victims.lastIndexOf(' ');
  return ATTACKERS.has(f.victims.slice(i + 1).toLowerCase());
}

/**
 * What may stand between two coordinated figures that add up: `and`, a comma,
 * `as well as`, `along with`, `plus`, or `was killed along with` (a companion).
 */
const ADDITIVE_WORDS = new Set(['', 'and', 'plus', 'as well as', 'along with', 'together with']);
const COMPANION = /^(?:was|were) [a-z]+ (?:along|together) with$/i;

/** Whether the text between two figures joins them additively (white space folded first: linear). */
function additiveGap(gap: string): boolean {
  if (gap.length > 80) return false;
  let g = gap.trim().replace(/\s+/g, ' ');
  if (g.startsWith(',')) g = g.slice(1).trim();
  return ADDITIVE_WORDS.has(g.toLowerCase()) || COMPANION.test(g);
}
const DIGIT = /\d/;
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|a|an)\b/i;

const stated = (c: { min: number | null; max: number | null }): number => c.min ?? c.max ?? 0;
const upper = (c: { min: number | null; max: number | null }): number => c.max ?? c.min ?? 0;

/** A single person without a number ("the slain lawyer", "Maj Gen Hassan Daeboul"), not "one soldier". */
function isPerson(f: CasualtyFigure): boolean {
  return f.count.exact && f.count.min === 1 && !/\b(?:one|1)\b/i.test(f.text);
}

/** How specific a figure's count is (see {@link Candidate.specificity}). */
function specificityOf(f: CasualtyFigure): number {
  const { min, max, exact, approximate } = f.count;
  if (exact) return approximate ? 3 : 4;
  if (min !== null && max !== null) return 3;
  if (min === null) return 1;
  // "dozens", "scores", "several": no number written.
  return DIGIT.test(f.text) || NUMBER_WORD.test(f.text.replace(/\b(?:dozens|scores|hundreds|thousands|tens)\b/gi, ''))
    ? 2
    : 0;
}

/** Whether `b` adds to `a`: coordinated in one sentence with nothing but a conjunction between them. */
function adds(text: string, a: CasualtyFigure, b: CasualtyFigure): boolean {
  if (a.outcome !== b.outcome || b.start < a.end || b.start - a.end > 40) return false;
  return additiveGap(text.slice(a.end, b.start));
}

/**
 * The stated counts of one outcome: figures that are not parts of another, coordinated ones in
 * one group (they add up).
 */
function groupsOf(text: string, figures: readonly CasualtyFigure[], withParts: boolean): CasualtyFigure[][] {
  const wholes = withParts ? figures : figures.filter((f) => f.partOf === null);
  const groups: CasualtyFigure[][] = [];
  for (const f of wholes) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last !== undefined && prev !== undefined && adds(text, prev, f)) last.push(f);
    else groups.push([f]);
  }
  // One group is the one candidate whatever the tests below say (each falls back to the groups).
  if (groups.length < 2) return groups;
  // A person named or described on their own ("Maj Gen Hassan Daeboul, who was killed") is one of the
  // dead that a count already holds: a candidate only when the incident has no count.
  const counted = groups.filter((g) => g.length > 1 || !isPerson(g[0]!));
  // The attackers' dead ("three attackers were shot dead") are not another statement of the
  // victims' toll: a candidate only when the incident has no other count.
  const victims = counted.filter((g) => !g.every(countsAttackers));
  return victims.length > 0 ? victims : counted.length > 0 ? counted : groups;
}

/** The sum of a group's lower bounds (`null` when none has one) and of its upper bounds (`null` when one is open). */
function boundsOf(g: readonly CasualtyFigure[]): { min: number | null; max: number | null } {
  const min = g.every((f) => f.count.min === null) ? null : g.reduce((n, f) => n + (f.count.min ?? 0), 0);
  const max = g.some((f) => f.count.max === null) ? null : g.reduce((n, f) => n + f.count.max!, 0);
  return { min, max };
}

/** The candidates of several stated counts ({@link groupsOf}), with what tells them apart. */
function candidatesOf(text: string, groups: readonly CasualtyFigure[][], headlineEnd: number): Candidate[] {
  return groups.map((g) => {
    const { min, max } = boundsOf(g);
    return {
      figures: g,
      min,
      max,
      specificity: g.reduce((n, f) => Math.min(n, specificityOf(f)), 4),
      sourced: g.some((f) => f.source !== null),
      headline: g.every((f) => f.end <= headlineEnd),
      update: g.some((f) => isUpdate(text, f)),
    };
  });
}

function valueOf(value: number, from: readonly { readonly figures: readonly CasualtyFigure[] }[]): TollValue {
  const figures: CasualtyFigure[] = [];
  for (const c of from) for (const f of c.figures) figures.push(f);
  sortSmall(figures, (a, b) => a.start - b.start);
  const sources: EntityRef[] = [];
  for (const f of figures)
    if (f.source !== null && !sources.some((s) => s.entity === f.source!.entity)) sources.push(f.source);
  return { value, figures, sources };
}

/** The same toll value again, as a value of its own (low, best and high never share arrays). */
function copyOf(v: TollValue): TollValue {
  return { value: v.value, figures: [...v.figures], sources: [...v.sources] };
}

/** The outcomes a toll is reconciled for, in the order of the result's keys. */
const OUTCOMES: readonly CasualtyOutcome[] = ['killed', 'injured', 'missing', 'abducted'];

/** How specific a count must be to repeat another (`dozens` twice is no toll stated twice). */
const MIN_REPEATED = 2;

/** How many candidates state each number, counting those with a number written ({@link MIN_REPEATED}). */
function timesStated(cands: readonly Candidate[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const c of cands) if (c.specificity >= MIN_REPEATED) times.set(stated(c), (times.get(stated(c)) ?? 0) + 1);
  return times;
}

/**
 * Reconciles the figures of one incident: per outcome with at least one figure,
 * the low, best and high values and the figures and sources behind each.
 *
 * @param text - the caller's input (to read what stands between coordinated figures)
 * @param figures - the incident's figures, in text order
 * @param headlineEnd - input offset where the headline ends (0 when there is none)
 */
export function tollsOf(
  text: string,
  figures: readonly CasualtyFigure[],
  headlineEnd: number,
): Partial<Record<CasualtyOutcome, Toll>> {
  const out: Partial<Record<CasualtyOutcome, Toll>> = {};
  for (const outcome of OUTCOMES) {
    // Plain loops: an incident holds a few figures, and closures over them cost more than the figures.
    const mine: CasualtyFigure[] = [];
    for (const f of figures) if (f.outcome === outcome) mine.push(f);
    if (mine.length === 0) continue;
    let groups = groupsOf(text, mine, false);
    // Only parts were found ("including 25 fighters" with the whole in another outcome): they are what is known.
    if (groups.length === 0) groups = groupsOf(text, mine, true);
    if (groups.length === 1) {
      // One stated count: it is the low, the best and the high value (nothing to tell apart, nothing to read).
      const c = boundsOf(groups[0]!);
      const best = valueOf(stated(c), [{ figures: groups[0]! }]);
      out[outcome] = { low: copyOf(best), best, high: { ...copyOf(best), value: upper(c) } };
      continue;
    }
    const cands = candidatesOf(text, groups, headlineEnd);
    let low = Infinity;
    let high = -Infinity;
    // A toll updated in the body ("the death toll rose to 19") supersedes the counts told before it:
    // the latest update is the best, however it is worded.
    let update: Candidate | undefined;
    for (const c of cands) {
      low = Math.min(low, stated(c));
      high = Math.max(high, upper(c));
      if (c.update && !c.headline) update = c;
    }
    // Among equally specific counts, the one the article states more than once (the headline's toll
    // the lead repeats: "kills 27" … "killed at least 27") is its own report; another source's
    // different count told once ("committees put the toll higher, at 34") is an alternative.
    const times = timesStated(cands);
    let best = update ?? cands[0]!;
    if (update === undefined)
      for (let i = 1; i < cands.length; i++) {
        const c = cands[i]!;
        const better =
          c.specificity - best.specificity ||
          (times.get(stated(c)) ?? 0) - (times.get(stated(best)) ?? 0) ||
          Number(c.sourced) - Number(best.sourced) ||
          Number(best.headline) - Number(c.headline) ||
          stated(c) - stated(best);
        if (better > 0) best = c;
      }
    const value = stated(best);
    const lows: Candidate[] = [];
    const bests: Candidate[] = [];
    const highs: Candidate[] = [];
    for (const c of cands) {
      if (stated(c) === low) lows.push(c);
      if (
        stated(c) === value &&
        (update !== undefined ||
          c.specificity === best.specificity ||
          // the same number stated again, less specifically ("at least 27" after "27"), backs it too
          (c.specificity >= MIN_REPEATED && best.specificity >= MIN_REPEATED))
      )
        bests.push(c);
      if (upper(c) === high) highs.push(c);
    }
    out[outcome] = { low: valueOf(low, lows), best: valueOf(value, bests), high: valueOf(high, highs) };
  }
  return out;
}
