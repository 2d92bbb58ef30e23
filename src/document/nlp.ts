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
    stableModel = Object.assign(Object.create(null) as typeof model, model, {
      metaCER: () => cer,
      featureFn: watchedFeatures((model as unknown as { featureFn: FeatureFn }).featureFn),
    });
  }
  return stableModel;
}

/** What newsfacts touches of wink-nlp's lexicon cache (`wink-nlp/src/cache.js`). */
interface WinkCache {
  /** The entry of a string (`[index]`, or 4 numbers per part of a contraction), or `null`. */
  lookup(text: string): number[] | null;
  /** Adds a token's string (and its lower-case form) when new; returns its index. */
  add(text: string, category: number): number;
  /** Strings in the lexicon, its own and learned ones (the next new one gets this index + 1). */
  currentSize(): number;
  /** Strings in the model's own lexicon (learned ones come after them). */
  intrinsicSize(): number;
}
type FeatureFn = (config: unknown) => Record<string, (word: string, category: number, cache: WinkCache) => unknown>;

/**
 * The model's feature extractors, each called by wink with its lexicon cache whenever it
 * learns a word: the first call of a new instance hands newsfacts that cache ({@link isolate}),
 * and every call gets the cache's own `lookup` (the extractors must see every word).
 */
function watchedFeatures(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const features = featureFn(config);
    const watched: ReturnType<FeatureFn> = Object.create(null) as ReturnType<FeatureFn>;
    for (const [name, f] of Object.entries(features)) {
      watched[name] = (word, category, cache) => f(word, category, cache === seen ? full! : isolate(cache));
    }
    return watched;
  };
}

/** The cache last isolated, and a view of it with wink's own `lookup`. */
let seen: WinkCache | null = null;
let full: WinkCache | null = null;
/** The first index a word learned during the current document gets. */
let floor = Number.MAX_SAFE_INTEGER;
/**
 * Words learned before the current document that it has met again (and their lower-case forms),
 * by wink index: per learned word, the number of the last document that met it. wink's tokenizer
 * asks at nearly every turn, so the question is one typed-array read, not a hash probe, and
 * starting a document clears nothing.
 */
class MetWords {
  private stamps = new Int32Array(1 << 14);
  /** The first learned index (the model's intrinsic size): stamp `k` is index `base + k`. */
  private base = 0;
  private current = 1;

  /** Starts over for a cache whose learned words start at index `base`. */
  reset(base: number): void {
    this.base = base;
    this.stamps = new Int32Array(1 << 14);
    this.current = 1;
  }

  /** A new document: no word met yet. */
  clear(): void {
    if (this.current === 0x7fffffff) {
      this.stamps.fill(0);
      this.current = 0;
    }
    this.current++;
  }

  has(index: number): boolean {
    const k = index - this.base;
    return k >= 0 && k < this.stamps.length && this.stamps[k] === this.current;
  }

  add(index: number): void {
    const k = index - this.base;
    if (k < 0) return;
    if (k >= this.stamps.length) {
      let size = this.stamps.length;
      while (size <= k) size *= 2;
      const stamps = new Int32Array(size);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    this.stamps[k] = this.current;
  }
}
const metAgain = new MetWords();

/**
 * Makes wink's tokenizer blind to the words it learned from earlier documents.
 * Its tokenizer asks the cache whether a string is a known word at every turn:
 * a known string stays one token (`GOVERNMENT'S`, `U.S.-backed`), an unknown one
 * is split by its rules; and the cache learns every token it adds, so the same
 * document came out tokenised differently after others (8 of 100 MUC-4 messages
 * after the 1 300 dev ones). The cache's `lookup`, which only the tokenizer reads
 * from outside the cache, now answers as a fresh instance reading this document
 * would: the model's words, and the words this document has brought (learned
 * now, or learned before and met again here). Returns the view with the real
 * `lookup` that the model's feature extractors get.
 */
function isolate(cache: WinkCache): WinkCache {
  const lookup = cache.lookup;
  const add = cache.add;
  full = Object.assign(Object.create(null) as WinkCache, cache);
  seen = cache;
  const intrinsic = cache.intrinsicSize();
  metAgain.reset(intrinsic);
  /** As when a fresh instance learns the string at `index`: it and its lower-case form become known to the document. */
  const meet = (text: string, index: number): void => {
    // Once per word and document: the string and its lower-case form are known from then on (the
    // lower-case form may be an earlier document's word even when the string is new).
    if (metAgain.has(index)) return;
    metAgain.add(index);
    const lower = text.toLowerCase();
    if (lower !== text) {
      const l = lookup(lower);
      if (l !== null && l.length === 1 && l[0]! >= intrinsic && l[0]! < floor) metAgain.add(l[0]!);
    }
  };
  cache.lookup = (text) => {
    const entry = lookup(text);
    if (entry === null || entry.length !== 1) return entry;
    const index = entry[0]!;
    if (index < intrinsic || index >= floor || metAgain.has(index)) return entry;
    // A word of an earlier document, not met in this one yet. Letters only, or digits only: a fresh
    // instance's tokenizer would make the string one token of its own anyway (wink's first category
    // test, `word` or `number`, then adds it as it stands, whatever the context: alone, before or
    // after punctuation, or in its recursive split), and adding a known string changes nothing in
    // the cache: so it is met now, as the add below would meet it, without the tokenizer's detour.
    if (!isPlainWord(text)) return null;
    meet(text, index);
    return entry;
  };
  cache.add = (text, category) => {
    const index = add(text, category);
    if (index >= intrinsic) meet(text, index);
    return index;
  };
  return full;
}

/** Whether `text` is ASCII letters only or digits only (see `isolate`). */
function isPlainWord(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const digits = text.charCodeAt(0) <= 0x39;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (digits ? c < 0x30 || c > 0x39 : (c | 0x20) < 0x61 || (c | 0x20) > 0x7a) return false;
  }
  return true;
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
    // Reading the probe teaches the new instance a word, which hands its cache to `isolate`.
    floor = Number.MAX_SAFE_INTEGER;
    instance = winkNLP(modelOnce(), [...WINK_PIPE]);
    const probe = instance.readDoc(PROBE).tokens().out(instance.its.uniqueId) as unknown as number[];
    firstLearned = probe[0] ?? 0;
  }
  return instance;
}

/**
 * Starts a document: what wink-nlp learned before it is hidden from its
 * tokenizer (see `isolate`) until the document meets it again, so that its
 * tokens never depend on the order documents come in. The document may then
 * be read in several pieces ({@link readDoc}).
 */
export function beginDocument(): void {
  nlp();
  floor = full === null ? Number.MAX_SAFE_INTEGER : full.currentSize() + 1;
  metAgain.clear();
}

/** wink-nlp's `readDoc` of (a piece of) the document begun with {@link beginDocument}. */
export function readDoc(text: string): ReturnType<WinkNLP['readDoc']> {
  return nlp().readDoc(text);
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
