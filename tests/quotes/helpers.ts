import { parse } from '../../src/document/parse.js';
import { extractQuotes } from '../../src/quotes/index.js';
import type { ExtractOptions, Quote } from '../../src/types.js';

/** Quotes of a text, as compact records for assertions. */
export function quotes(text: string, options?: ExtractOptions): Quote[] {
  return extractQuotes(parse(text, options));
}

/** [kind, text, speaker name] of each quote. */
export function brief(text: string, options?: ExtractOptions): [string, string, string | null][] {
  return quotes(text, options).map((q) => [q.kind, q.text, q.speaker?.name ?? null]);
}
