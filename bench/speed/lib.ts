/**
 * The library as the speed suite's child processes load it: newsfacts'
 * public API plus the one wink-nlp instance it parses with, so the baseline
 * (a bare `readDoc`) runs on the same instance and model.
 */
export { extract, parse, extractQuotes, extractCasualties, extractClaims, extractDates } from '../../src/index.js';
export { nlp } from '../../src/document/nlp.js';
