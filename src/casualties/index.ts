import type { Document } from '../document/model.js';
import type { CasualtyFigure } from '../types.js';

/**
 * Finds counts of people killed, injured, missing or abducted.
 *
 * @param doc - a document from {@link parse}
 * @returns the figures in document order
 *
 * @example
 * ```ts
 * import { parse, extractCasualties } from 'newsfacts';
 * const figures = extractCasualties(parse('The blast killed at least 31 people.'));
 * ```
 */
export function extractCasualties(doc: Document): CasualtyFigure[] {
  void doc;
  return [];
}
