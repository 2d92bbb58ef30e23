/**
 * wink-nlp's date and time entities indexed by their first and last token, so
 * the walkers around a cue ask "does a date start here?" in constant time.
 *
 * @module
 */
import type { Document, WinkEntity } from '../document/model.js';

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
  readonly startingAt: ReadonlyMap<number, WinkEntity>;
  /** Entity ending just before a token (keyed by `endToken`). */
  readonly endingAt: ReadonlyMap<number, WinkEntity>;
}

const LAYER = Symbol('time-entities');

/**
 * The document's DATE/TIME/DURATION entities indexed by position (cached).
 *
 * @example
 * ```ts
 * const doc = parse('He said on Sunday that talks resume.');
 * timeEntities(doc).startingAt.get(3)?.type; // 'DATE'
 * ```
 */
export function timeEntities(doc: Document): TimeIndex {
  return doc.layer(LAYER, (d) => {
    const startingAt = new Map<number, WinkEntity>();
    const endingAt = new Map<number, WinkEntity>();
    for (const e of d.entities) {
      if (!/DATE|TIME/.test(e.type)) continue;
      if (!startingAt.has(e.firstToken)) startingAt.set(e.firstToken, e);
      endingAt.set(e.endToken, e);
    }
    return { startingAt, endingAt };
  });
}
