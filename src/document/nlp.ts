import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance type. */
export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | null = null;

/**
 * The one wink-nlp instance of the process, created on first use (loading the
 * model costs tens of milliseconds, so importing newsfacts stays cheap).
 */
export function nlp(): WinkNLP {
  if (instance === null) instance = winkNLP(model);
  return instance;
}
