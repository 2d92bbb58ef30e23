import { parse } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/index.js';
import { extract } from '../../src/extract.js';
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

/** A claim as `[status, actor name, source name]`, for the stress sets ('*' in a wanted row = any). */
export type ClaimRow = [string, string | null, string | null];

/** The claims `extract()` finds in a text, as rows. */
export function claimRows(text: string): ClaimRow[] {
  return extract(text).claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);
}

/** Whether every wanted row is among the claims found (one each). */
export function holdsRows(got: ClaimRow[], want: ClaimRow[]): boolean {
  const pool = got.slice();
  return want.every((w) => {
    const i = pool.findIndex(
      (g) => g[0] === w[0] && (w[1] === '*' || g[1] === w[1]) && (w[2] === '*' || g[2] === w[2]),
    );
    if (i < 0) return false;
    pool.splice(i, 1);
    return true;
  });
}
