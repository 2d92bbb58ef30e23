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

/**
 * The model as wink-nlp is given it, with its custom-entity meta model read
 * once. wink-eng-lite-web-model 1.8's `metaCER()` assigns
 * `machines = JSON.stringify(machines)` to its own module variable on every
 * call, so each new wink instance got the previous call's string encoded
 * again: the string roughly doubles per instance and, after about seven
 * recycles (see {@link limitVocabulary}), `JSON.stringify` throws
 * `RangeError: Invalid string length` from inside the model: a long-running
 * worker died. Every instance now shares the first call's result (a string
 * wink only reads).
 */
let stableModel: typeof model | null = null;
function modelOnce(): typeof model {
  if (stableModel === null) {
    const cer: unknown = (model as unknown as { metaCER: () => unknown }).metaCER();
    stableModel = Object.assign(Object.create(null) as typeof model, model, { metaCER: () => cer });
  }
  return stableModel;
}

let instance: WinkNLP | null = null;
/** The unique id of the first word the current instance learned: ids at or above it are learned words. */
let firstLearned = 0;
/** Learned words (wink's vocabulary beyond its model) after which the instance is replaced; `null`: never. */
let vocabularyLimit: number | null = 250_000;
/** A word in no model: reading it once tells where the learned ids start. */
const PROBE = 'newsfactsvocabularyprobe';

/**
 * The one wink-nlp instance of the process, created on first use (loading the
 * model costs tens of milliseconds, so importing newsfacts stays cheap).
 */
export function nlp(): WinkNLP {
  if (instance === null) {
    instance = winkNLP(modelOnce(), [...WINK_PIPE]);
    const probe = instance.readDoc(PROBE).tokens().out(instance.its.uniqueId) as unknown as number[];
    firstLearned = probe[0] ?? 0;
  }
  return instance;
}

/**
 * Called after a document is read, with the largest wink unique id in it:
 * when the current instance has learned more words than the limit, it is
 * dropped (the next document gets a fresh one, and with it the model's own
 * vocabulary only). Returns whether it was dropped, so that caches keyed by
 * wink ids are cleared too.
 */
export function recycleAfter(maxUniqueId: number): boolean {
  if (instance === null || vocabularyLimit === null || maxUniqueId - firstLearned <= vocabularyLimit) return false;
  instance = null;
  return true;
}

/**
 * Bounds the memory wink-nlp's vocabulary takes in a long-running process.
 * wink-nlp learns every word it has not seen (about 150–260 bytes each) and
 * never forgets one, so a worker reading an endless stream of new names,
 * typos and numbers grows without bound. Once more than `words` words have
 * been learned, newsfacts starts a fresh wink-nlp instance before the next
 * document (about 0.3 s to reload the model; results are the same). The
 * default is 250 000 words (tens of MB); `null` never recycles.
 *
 * @param words - learned words allowed before recycling (a positive integer), or `null`
 * @throws TypeError when `words` is neither `null` nor a positive integer
 *
 * @example
 * ```ts
 * import { limitVocabulary } from 'newsfacts';
 * limitVocabulary(100_000); // recycle after 100 000 new words
 * limitVocabulary(null); // never recycle
 * ```
 */
export function limitVocabulary(words: number | null): void {
  if (words !== null && (typeof words !== 'number' || !Number.isInteger(words) || words < 1)) {
    throw new TypeError(
      `newsfacts: \`limitVocabulary(words)\` takes a positive integer or null, got ${words === undefined ? 'undefined' : JSON.stringify(words)}`,
    );
  }
  vocabularyLimit = words;
}

/** {@link modelNounNumber} answers, per lower-case word (the model's vocabulary never changes). */
const nounNumbers = new Map<string, NounNumber>();

/**
 * How wink's English model knows a lower-case word as a common noun: `'plural'`
 * (`enthusiasts` → lemma `enthusiast`), `'singular'` (`technology`), or `null`
 * when the word is not in the model's own vocabulary (learned from the text:
 * `williams`, `jenkins`) or is no noun on its own.
 *
 * @example
 * ```ts
 * const n: NounNumber = 'plural';
 * ```
 */
export type NounNumber = 'singular' | 'plural' | null;

/**
 * How the model knows a lower-case word as a common noun ({@link NounNumber}).
 * Used on the rare capitalised word that opens a sentence and that the tagger
 * calls a proper noun. Memoised; the first call per word reads it once with wink.
 *
 * @param lower - a lower-case word
 * @returns `'plural'`, `'singular'` or `null`
 *
 * @example
 * ```ts
 * modelNounNumber('enthusiasts'); // 'plural'
 * modelNounNumber('technology'); // 'singular'
 * modelNounNumber('jenkins'); // null
 * ```
 */
export function modelNounNumber(lower: string): NounNumber {
  const hit = nounNumbers.get(lower);
  if (hit !== undefined) return hit;
  const w = nlp();
  const toks = w.readDoc(lower).tokens();
  let answer: NounNumber = null;
  if (toks.length() === 1) {
    const uid = (toks.out(w.its.uniqueId) as unknown as number[])[0]!;
    const pos = (toks.out(w.its.pos) as unknown as string[])[0];
    const lemma = (toks.out(w.its.lemma as unknown as typeof w.its.value) as unknown as string[])[0];
    if (uid < firstLearned && pos === 'NOUN' && lemma !== undefined) answer = lemma === lower ? 'singular' : 'plural';
  }
  if (nounNumbers.size > 10_000) nounNumbers.clear();
  nounNumbers.set(lower, answer);
  return answer;
}
