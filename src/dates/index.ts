import type { Document } from '../document/model.js';
import type { DateMention } from '../types.js';

/**
 * Finds temporal expressions and normalises them to TIMEX3 values against the
 * document's publication date.
 *
 * @param doc - a document from {@link parse}
 * @returns the dates in document order
 *
 * @example
 * ```ts
 * import { parse, extractDates } from 'newsfacts';
 * const dates = extractDates(parse('The talks began on Friday.', { publishedAt: '2016-02-01' }));
 * ```
 */
export function extractDates(doc: Document): DateMention[] {
  void doc;
  return [];
}
