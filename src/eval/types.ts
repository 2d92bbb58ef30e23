/**
 * Gold annotation and score types for evaluating extractions
 * (the format of `corpus/gold/*.json`, validated by `corpus/gold.schema.json`).
 *
 * @module
 */
import type { CasualtyOutcome, CasualtyScope, ClaimStatus, QuoteKind, Span, TimexType } from '../types.js';

/**
 * Fields every gold item has.
 *
 * @example
 * ```ts
 * const item: GoldItemBase = { start: 10, end: 16, text: 'dozens', optional: true, note: 'vague' };
 * ```
 */
export interface GoldItemBase extends Span {
  /** Optional items neither reward nor punish. */
  optional?: boolean;
  /** The annotator's remark. */
  note?: string;
}

/**
 * A gold speaker.
 *
 * @example
 * ```ts
 * const s: GoldSpeaker = { name: 'Basma Kodmani', role: 'negotiator', organisation: 'High Negotiations Committee' };
 * ```
 */
export interface GoldSpeaker {
  /** The resolved name or description. */
  name: string;
  /** Role or title, when the text gives one. */
  role?: string | null;
  /** Organisation, when the text gives one. */
  organisation?: string | null;
}

/**
 * A gold count.
 *
 * @example
 * ```ts
 * const c: GoldCount = { min: 31, max: null };
 * ```
 */
export interface GoldCount {
  /** Lower bound or `null`. */
  min: number | null;
  /** Upper bound or `null`. */
  max: number | null;
  /** Hedged number (`about 40`). */
  approximate?: boolean;
}

/**
 * A gold quote.
 *
 * @example
 * ```ts
 * const q: GoldQuote = { start: 0, end: 5, text: 'Hello', kind: 'direct', speaker: { name: 'Kerry', role: null, organisation: null }, cue: 'said' };
 * ```
 */
export interface GoldQuote extends GoldItemBase {
  /** Direct, indirect or mixed. */
  kind: QuoteKind;
  /** The speaker, or `null` when the document never says. */
  speaker: GoldSpeaker | null;
  /** The cue as written, or `null`. */
  cue: string | null;
}

/**
 * A gold casualty figure.
 *
 * @example
 * ```ts
 * const f: GoldCasualty = { start: 0, end: 14, text: 'over 76 people', outcome: 'killed', count: { min: 77, max: null }, victims: 'people', scope: 'incident', source: null };
 * ```
 */
export interface GoldCasualty extends GoldItemBase {
  /** Killed, injured, missing or abducted. */
  outcome: CasualtyOutcome;
  /** The count's bounds. */
  count: GoldCount;
  /** The counted noun phrase, or `null`. */
  victims: string | null;
  /** Incident or cumulative. */
  scope: CasualtyScope;
  /** Reporting source, or `null`. */
  source: string | null;
}

/**
 * A gold responsibility claim.
 *
 * @example
 * ```ts
 * const c: GoldClaim = { start: 0, end: 40, text: 'Islamic State claimed responsibility', actor: 'Islamic State', status: 'claimed', event: null, source: null };
 * ```
 */
export interface GoldClaim extends GoldItemBase {
  /** Canonical actor name, or `null` for `unclaimed`. */
  actor: string | null;
  /** The claim status. */
  status: ClaimStatus;
  /** The attack phrase, or `null`. */
  event: string | null;
  /** Who reports it, when not the actor. */
  source: string | null;
}

/**
 * A gold temporal expression.
 *
 * @example
 * ```ts
 * const d: GoldDate = { start: 0, end: 8, text: 'Saturday', type: 'DATE', value: '2017-02-25' };
 * ```
 */
export interface GoldDate extends GoldItemBase {
  /** TIMEX3 type. */
  type: TimexType;
  /** TIMEX3 value, or `null`. */
  value: string | null;
}

/**
 * One gold file.
 *
 * @example
 * ```ts
 * const gold: GoldDocument = JSON.parse(fs.readFileSync('corpus/gold/000_766954e35f8f7fcd.json', 'utf8'));
 * ```
 */
export interface GoldDocument {
  /** The document's file name in `corpus/documents/`. */
  document: string;
  /** The publication date a caller would pass. */
  publishedAt: string;
  /** The headline, or `null`. */
  headline: Span | null;
  /** Boilerplate ranges (whole lines). */
  boilerplate: Span[];
  /** Gold quotes. */
  quotes: GoldQuote[];
  /** Gold casualty figures. */
  casualties: GoldCasualty[];
  /** Gold claims. */
  claims: GoldClaim[];
  /** Gold dates. */
  dates: GoldDate[];
}

/**
 * The extractors a score is reported for.
 *
 * @example
 * ```ts
 * const task: Task = 'casualties';
 * ```
 */
export type Task = 'quotes' | 'casualties' | 'claims' | 'dates';

/**
 * Why an item was counted against the extractor.
 *
 * - `missed`: a gold item no prediction overlaps;
 * - `spurious`: a prediction that overlaps no gold item;
 * - `wrong`: the spans match but a scored field differs.
 *
 * @example
 * ```ts
 * const kind: MissKind = 'wrong';
 * ```
 */
export type MissKind = 'missed' | 'spurious' | 'wrong';

/**
 * One error, for reading what went wrong.
 *
 * @example
 * ```ts
 * const miss: Miss = { kind: 'missed', document: '000_766954e35f8f7fcd.txt', gold: 'six deaths', predicted: null, detail: 'killed 6' };
 * ```
 */
export interface Miss {
  /** The kind of error. */
  kind: MissKind;
  /** The document it occurred in. */
  document: string;
  /** The gold item's text, when there is one. */
  gold: string | null;
  /** The predicted item's text, when there is one. */
  predicted: string | null;
  /** What differed, in a few words. */
  detail: string;
}

/**
 * Precision, recall and F1 with the counts behind them.
 *
 * @example
 * ```ts
 * const prf: Prf = { tp: 9, fp: 1, fn: 0, precision: 0.9, recall: 1, f1: 0.947 };
 * ```
 */
export interface Prf {
  /** Correct predictions. */
  tp: number;
  /** Predictions not counted correct. */
  fp: number;
  /** Gold items not found correctly. */
  fn: number;
  /** tp / (tp + fp), 1 when nothing was predicted and nothing was expected. */
  precision: number;
  /** tp / (tp + fn). */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
}

/**
 * The score of one extractor.
 *
 * @example
 * ```ts
 * const s: TaskScore = scoreCorpus(pairs).tasks.quotes;
 * s.scored.f1;   // matched and right in the scored fields
 * s.spans.f1;    // matched, whatever the fields say
 * s.fields;      // { speaker: 0.95, kind: 1 } accuracy over matched pairs
 * ```
 */
export interface TaskScore {
  /** The task. */
  task: Task;
  /** Matched and right in the scored fields: the headline figure of the benchmarks. */
  scored: Prf;
  /** Matched by span alone. */
  spans: Prf;
  /** Accuracy of each field over matched, non-optional pairs. */
  fields: Record<string, number>;
  /** Every error. */
  misses: Miss[];
}

/**
 * How well zones were found.
 *
 * @example
 * ```ts
 * const z: ZoneScore = { headline: 1, boilerplate: { tp: 1200, fp: 0, fn: 14, precision: 1, recall: 0.99, f1: 0.99 } };
 * ```
 */
export interface ZoneScore {
  /** Share of documents whose headline span is exactly right. */
  headline: number;
  /** Boilerplate found, by non-blank character. */
  boilerplate: Prf;
}

/**
 * Scores of all extractors, plus zone detection.
 *
 * @example
 * ```ts
 * const result: Score = score(extraction, gold);
 * result.tasks.dates.scored.f1;
 * ```
 */
export interface Score {
  /** Per-extractor scores. */
  tasks: Record<Task, TaskScore>;
  /** Zone detection: headline exact match rate and boilerplate character overlap. */
  zones: ZoneScore;
}
