import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance type. */
export type WinkNLP = ReturnType<typeof winkNLP>;

/**
 * The wink-nlp annotations newsfacts reads: sentence boundaries and parts of
 * speech. wink's NER, negation, sentiment and custom-entity steps are left
 * out of the pipe: nothing here reads them (dates come from newsfacts' own
 * temporal recogniser), they do not change tokens, sentences or POS tags, and
 * together they cost about 40 % of a default `readDoc`.
 */
export const WINK_PIPE: readonly string[] = ['sbd', 'pos'];

let instance: WinkNLP | null = null;

/**
 * The one wink-nlp instance of the process, created on first use (loading the
 * model costs tens of milliseconds, so importing newsfacts stays cheap).
 */
export function nlp(): WinkNLP {
  if (instance === null) instance = winkNLP(model, [...WINK_PIPE]);
  return instance;
}
