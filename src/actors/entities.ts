/**
 * The document's temporal expressions (the shared temporal layer) indexed by
 * their first and last token, so the walkers around a cue ask "does a date
 * start here?" in constant time.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { temporalExpressions, type TemporalExpression } from '../temporal/index.js';

/**
 * Date/time entities by first token and by end token.
 *
 * @example
 * ```ts
 * timeEntities(parse('He spoke on Sunday.')).startingAt.get(3)?.type; // 'DATE'
 * ```
 */
export interface TimeIndex {
  /** Entity starting at a token. */
  readonly startingAt: ReadonlyMap<number, TemporalExpression>;
  /** Entity ending just before a token (keyed by `endToken`). */
  readonly endingAt: ReadonlyMap<number, TemporalExpression>;
}

const LAYER = Symbol('time-entities');

/**
 * The document's temporal expressions indexed by position (cached).
 *
 * @example
 * ```ts
 * const doc = parse('He said on Sunday that talks resume.');
 * timeEntities(doc).startingAt.get(3)?.type; // 'DATE'
 * ```
 */
export function timeEntities(doc: Document): TimeIndex {
  return doc.layer(LAYER, (d) => {
    const startingAt = new Map<number, TemporalExpression>();
    const endingAt = new Map<number, TemporalExpression>();
    for (const e of temporalExpressions(d)) {
      if (!startingAt.has(e.firstToken)) startingAt.set(e.firstToken, e);
      endingAt.set(e.endToken, e);
    }
    return { startingAt, endingAt };
  });
}
