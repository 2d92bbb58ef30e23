/**
 * The library as the speed suite's child processes load it: newsfacts'
 * public API, the wink-nlp instance it parses with, and a bare wink-nlp
 * instance with the default pipeline — what a user who calls
 * `winkNLP(model).readDoc(text)` gets — for the baseline.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export {
  extract,
  parse,
  extractQuotes,
  extractCasualties,
  extractClaims,
  extractDates,
  limitVocabulary,
} from '../../src/index.js';
export { nlp, WINK_PIPE } from '../../src/document/nlp.js';

let bare: ReturnType<typeof winkNLP> | null = null;

/** A bare wink-nlp instance with its default pipeline (sbd, negation, sentiment, pos, ner, cer). */
export function bareWink(): ReturnType<typeof winkNLP> {
  return (bare ??= winkNLP(model));
}
