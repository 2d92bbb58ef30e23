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

/** A claim form: reads the sentence around a trigger token and returns candidates. */
export type Form = (ctx: import('./syntax.js').Ctx, i: number) => Candidate | readonly Candidate[] | null;

/** Span of a candidate: from the earliest to the latest of the given token bounds. */
export function spanOf(...bounds: (number | null | undefined)[]): { first: number; end: number } {
  const xs = bounds.filter((b): b is number => typeof b === 'number');
  return { first: Math.min(...xs), end: Math.max(...xs) };
}
