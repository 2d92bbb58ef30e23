/**
 * What the date parsers share: the tokens of one document, its anchor, and
 * the candidate mentions they report.
 */
import type { Document, Token } from '../document/model.js';
import type { TimexType } from '../types.js';
import type { Anchor } from './anchor.js';
import { WEEKDAYS, type PartOfDay } from './lexicon.js';

/** A clock time still waiting for its day. */
export interface ClockTime {
  readonly h: number;
  readonly min: number;
}

/** A temporal expression found by a parser, in token indexes. */
export interface Found {
  /** First token. */
  first: number;
  /** One past the last token. */
  end: number;
  /** Normalised-text offsets when the mention is part of a token (`2009` of `2009-2010`). */
  chars?: { start: number; end: number };
  type: TimexType;
  value: string | null;
  /** Tie-break between mentions of the same length (higher wins). */
  rank: number;
  /** For a TIME whose day is not in its own words: the clock time or part of day to attach to a day. */
  pending?: ClockTime | PartOfDay;
  /** The day a DATE names, when it names one day (`YYYY-MM-DD`); lets a nearby clock time attach to it. */
  isDay?: boolean;
  /**
   * For a weekday placed by tense alone (`on Sunday`, not `last Sunday`): its ISO
   * weekday, so that a story told in an earlier year can re-anchor it.
   */
  weekday?: number;
  /**
   * For a month or month-day without a year placed back by tense alone (`In March the rebels took the town`):
   * its month and day, so that a story told in an earlier year can place it in that year.
   */
  storyMonth?: { readonly m: number; readonly d: number | null };
  /**
   * For a weekday placed ahead by tense alone (`set to begin on Thursday`): its ISO weekday, so that a plan
   * told from an earlier day of its sentence can be placed from that day.
   */
  ahead?: number;
  /** `the day`: the day under discussion, taken from the last day named shortly before (else publication). */
  anaphoric?: boolean;
  /**
   * `three days before` (at the end of its clause): days from the day under
   * discussion. Reported as the DURATION with `anaphoric`; it becomes that
   * day's DATE when a day was named shortly before, else it stays the
   * duration without its last word.
   */
  shift?: number;
  /** `the previous year`: years from the year under discussion (with `anaphoric`). */
  yearShift?: number;
  /** `the following month`, `the previous week`: months or weeks from the one under discussion (with `anaphoric`). */
  periodShift?: { readonly unit: 'M' | 'W'; readonly n: number };
  /** The parser that found it (for debugging and tests). */
  by: string;
}

/** One document being scanned. */
export interface Scan {
  readonly doc: Document;
  readonly toks: readonly Token[];
  readonly anchor: Anchor;
  /** Where found mentions go. */
  readonly out: Found[];
}

/** Whether token `i` exists and its lower-case form is `w`. */
export function is(s: Scan, i: number, w: string): boolean {
  return i >= 0 && i < s.toks.length && s.toks[i]!.lower === w;
}

/** Lower-case form of token `i`, or `''` outside the document. */
export function low(s: Scan, i: number): string {
  return i >= 0 && i < s.toks.length ? s.toks[i]!.lower : '';
}

/** Whether tokens `i` and `i + 1` are in the same sentence. */
export function sameSentence(s: Scan, i: number, j: number): boolean {
  const a = s.toks[i];
  const b = s.toks[j];
  return a !== undefined && b !== undefined && a.sentence === b.sentence;
}

/** Whether token `i` is glued to the one before it (no space between). */
export function glued(s: Scan, i: number): boolean {
  const t = s.toks[i];
  return t !== undefined && i > 0 && !t.spaceBefore;
}

/**
 * Whether token `i` is the `d` of wire copy's ordinal `2d`, `3d`, `23d`, which is read as two tokens (the figure
 * and a glued `d`): the ordinal is then the figure before it with `d` added.
 */
export function isWireOrdinalD(s: Scan, i: number): boolean {
  return low(s, i) === 'd' && glued(s, i);
}

/** Whether token `i` is a hyphen glued on both sides (`six-year-old`). */
export function isInnerHyphen(s: Scan, i: number): boolean {
  const t = s.toks[i];
  if (t === undefined || (t.value !== '-' && t.value !== '‐' && t.value !== '–')) return false;
  const next = s.toks[i + 1];
  return !t.spaceBefore && next !== undefined && !next.spaceBefore;
}

/** Whether token `i` starts with a capital letter. */
export function capitalised(s: Scan, i: number): boolean {
  const v = s.toks[i]?.value;
  if (v === undefined || v.length === 0) return false;
  const c = v.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * A mention with every field of {@link Found} present, always in the same order. Some thirty parsers
 * report literals with differing optional fields, and the refiners read every mention's fields
 * (`f.first`, `f.type`, `f.chars`, `f.pending`…) and set some later (`f.isDay = true`): one shape for
 * all keeps those reads monomorphic instead of megamorphic.
 */
export function shaped(f: Found): Found {
  return {
    first: f.first,
    end: f.end,
    chars: f.chars,
    type: f.type,
    value: f.value,
    rank: f.rank,
    pending: f.pending,
    isDay: f.isDay,
    weekday: f.weekday,
    storyMonth: f.storyMonth,
    ahead: f.ahead,
    anaphoric: f.anaphoric,
    shift: f.shift,
    yearShift: f.yearShift,
    periodShift: f.periodShift,
    by: f.by,
  };
}

/** Adds a mention ({@link shaped}). */
export function report(s: Scan, f: Found): void {
  const g = shaped(f);
  if (g.end > g.first) s.out.push(g);
}

/** Parts of speech of a function word that opens a sentence (`On`, `In`, `But`, `Soon`). */
const SENTENCE_OPENERS = new Set(['ADP', 'CCONJ', 'SCONJ', 'ADV']);

/**
 * Whether tokens `[first, end)` are part of a name or title rather than a
 * date: capitalised in the middle of a sentence right after a capitalised
 * word (`USA TODAY`, `the Liberty Now PAC`, ABC's `This Week`). Headlines,
 * written in title case, are exempt.
 */
export function inName(s: Scan, first: number, end: number): boolean {
  const t = s.toks[first]!;
  let p = first - 1;
  if (s.toks[p]?.lower === "'s" || s.toks[p]?.lower === '’s') p--;
  const prev = s.toks[p];
  if (prev === undefined || prev.sentence !== t.sentence || !capitalised(s, p)) return false;
  // "On Fridays crowds gather", "Now that…": a sentence's first word is capitalised as any word there is.
  // `The Fridays raid killed four`: nor is a sentence's first `The`.
  if (s.toks[p - 1]?.sentence !== prev.sentence && (SENTENCE_OPENERS.has(prev.pos) || prev.lower === 'the'))
    return false;
  // "said on Saturday Tuesdays executions …": a weekday before is a date, not part of a name.
  if (WEEKDAYS.has(prev.lower)) return false;
  for (let k = first; k < end; k++) if (s.toks[k]!.shape === 'word' && !capitalised(s, k)) return false;
  return s.doc.zoneAt(t.start) !== 'headline';
}
