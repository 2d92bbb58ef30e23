import { parse } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/index.js';
import type { ExtractOptions, ResponsibilityClaim } from '../../src/types.js';

/** Claims of a text, as compact rows for assertions. */
export function claims(text: string, options?: ExtractOptions): ResponsibilityClaim[] {
  return extractClaims(parse(text, options));
}

/** `[status, actor name]` of each claim. */
export function summary(text: string, options?: ExtractOptions): [string, string | null][] {
  return claims(text, options).map((c) => [c.status, c.actor?.name ?? null]);
}

/** A few sentences that make Syria an article's focus country (for "the regime"). */
export const SYRIA =
  'Syria has been at war since 2011. Syrian troops and Syrian rebels fought near Damascus, and Syria blamed foreign powers.';
