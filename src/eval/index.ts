/**
 * `newsfacts/eval`: scoring extractions against gold annotations in the corpus
 * format (`corpus/gold/*.json`): precision, recall and F1 per extractor, field
 * accuracies, and every miss. For benchmarks and for checking rules against
 * your own annotated articles; not needed to extract.
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * import { score } from 'newsfacts/eval';
 * score(extract(text, { publishedAt: gold.publishedAt }), gold).tasks.quotes.scored.f1; // e.g. 0.97
 * ```
 *
 * @module newsfacts/eval
 */
export { score, scoreCorpus, nameKey } from './score.js';
export type * from './types.js';
