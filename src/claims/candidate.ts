import type { ClaimStatus } from '../types.js';
import type { EventSpan, ResolvedActor } from './syntax.js';

/** A claim found by one form, in token indexes, before merging and conversion. */
export interface Candidate {
  /** First token of the claim text. */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  readonly status: ClaimStatus;
  readonly actor: ResolvedActor | null;
  readonly event: EventSpan | null;
  /** Who reports it, when the form names someone other than the actor. */
  readonly source: ResolvedActor | null;
  /** The form that found it (for debugging and tests). */
  readonly form: string;
}

/**
 * A candidate with every field set, always in the same order: the steps after the forms rebuild
 * candidates through here, not with `{ ...c, actor }` (a spread of candidates of several shapes
 * made that store megamorphic, a runtime call each time, and every later read polymorphic).
 */
export function makeCandidate(
  first: number,
  end: number,
  status: ClaimStatus,
  actor: ResolvedActor | null,
  event: EventSpan | null,
  source: ResolvedActor | null,
  form: string,
): Candidate {
  return { first, end, status, actor, event, source, form };
}

/** A claim form: reads the sentence around a trigger token and returns candidates. */
export type Form = (ctx: import('./syntax.js').Ctx, i: number) => Candidate | readonly Candidate[] | null;

/** Span of a candidate: from the earliest to the latest of the given token bounds. */
export function spanOf(...bounds: (number | null | undefined)[]): { first: number; end: number } {
  const xs = bounds.filter((b): b is number => typeof b === 'number');
  return { first: Math.min(...xs), end: Math.max(...xs) };
}
