import { extractCasualties } from '../../src/casualties/index.js';
import { parse } from '../../src/document/parse.js';
import type { CasualtyFigure, ExtractOptions } from '../../src/types.js';

/** The figures of a text, as compact records. */
export function figures(text: string, options?: ExtractOptions): CasualtyFigure[] {
  const found = extractCasualties(parse(text, options));
  for (const f of found) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`offsets do not give the text: ${f.text}`);
  }
  return found;
}

/** Text, outcome and [min, max] of each figure. */
export function brief(text: string, options?: ExtractOptions): [string, string, number | null, number | null][] {
  return figures(text, options).map((f) => [f.text, f.outcome, f.count.min, f.count.max]);
}

/** The single figure of a text (fails when there is not exactly one). */
export function only(text: string, options?: ExtractOptions): CasualtyFigure {
  const found = figures(text, options);
  if (found.length !== 1)
    throw new Error(`expected one figure in «${text}», got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0]!;
}
