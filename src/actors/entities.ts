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
 * Temporal expressions by token position.
 *
 * @example
 * ```ts
 * timeEntities(parse('He spoke on Sunday.')).startingAt.get(3)?.type; // 'DATE'
 * ```
 */
export interface TokenIndex {
  /** The expression at a token position, or `undefined`. */
  get(token: number): TemporalExpression | undefined;
  /** Whether an expression is at a token position. */
  has(token: number): boolean;
  /** How many positions hold an expression. */
  readonly size: number;
}

/** A {@link TokenIndex} over a sparse array (cheaper to build than a Map for a few entries). */
class SparseIndex implements TokenIndex {
  private readonly at: (TemporalExpression | undefined)[];
  size = 0;

  /** @param positions - one more than the largest token position */
  constructor(positions: number) {
    // A holey array of the document's length: fast elements, not a dictionary.
    this.at = new Array<TemporalExpression | undefined>(positions);
  }

  get(token: number): TemporalExpression | undefined {
    return this.at[token];
  }

  has(token: number): boolean {
    return this.at[token] !== undefined;
  }

  set(token: number, e: TemporalExpression): void {
    if (this.at[token] === undefined) this.size++;
    this.at[token] = e;
  }
}

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
  readonly startingAt: TokenIndex;
  /** Entity ending just before a token (keyed by `endToken`). */
  readonly endingAt: TokenIndex;
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
    const startingAt = new SparseIndex(d.tokens.length + 1);
    const endingAt = new SparseIndex(d.tokens.length + 1);
    for (const e of temporalExpressions(d)) {
      if (!startingAt.has(e.firstToken)) startingAt.set(e.firstToken, e);
      endingAt.set(e.endToken, e);
    }
    return { startingAt, endingAt };
  });
}
