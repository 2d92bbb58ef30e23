/**
 * `newsfacts/eval`: scoring extractions against gold annotations in the
 * corpus format (ANNOTATION.md's matching rules), for benchmarks and for
 * users who measure the library on their own annotated news.
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * import { score } from 'newsfacts/eval';
 * const s = score(extract(text, { publishedAt: gold.publishedAt }), gold);
 * s.tasks.quotes.scored.f1; // 0.97
 * ```
 *
 * @packageDocumentation
 */
export { score, scoreCorpus, nameKey } from './score.js';
export type * from './types.js';
