/**
 * Per-sentence caches on a document: items that never cross a sentence
 * boundary (registry mentions, shaped group names, places, state references)
 * are found one sentence at a time, on first request, so an extractor that
 * reads a few sentences never pays for the whole text; the whole document's
 * list is assembled from the same per-sentence results when asked for.
 *
 * @module
 */
import type { Document } from './model.js';

/** Items found so far, per sentence, and the whole document's once asked for. */
interface SentenceCache<T> {
  readonly bySentence: (readonly T[] | undefined)[];
  all: readonly T[] | null;
}

/** Reads the items of the token range `[first, end)` of one sentence. */
export type SentenceScan<T> = (doc: Document, first: number, end: number) => readonly T[];

/** One builder for every cache (no closure per call on the hot path). */
function newCache(doc: Document): SentenceCache<never> {
  return { bySentence: new Array(doc.sentences.length), all: null };
}

/**
 * The items of one sentence, scanned on first request and cached on the
 * document under `key` (one key per kind of item, always with the same scan).
 *
 * @param doc - a parsed document
 * @param key - the cache's key on the document
 * @param sentence - index into `doc.sentences` (out of range: no items)
 * @param scan - reads the items of a sentence's token range
 *
 * @example
 * ```ts
 * const CAPS = Symbol('capitalised');
 * const caps: SentenceScan<number> = (d, a, b) => d.tokens.slice(a, b).filter((t) => /^[A-Z]/.test(t.value)).map((t) => t.index);
 * itemsInSentence(parse('Talks resumed. Jaafari left.'), CAPS, 1, caps); // [3]: "Jaafari"
 * ```
 */
export function itemsInSentence<T>(doc: Document, key: symbol, sentence: number, scan: SentenceScan<T>): readonly T[] {
  const cache = doc.layer(key, newCache) as SentenceCache<T>;
  let found = cache.bySentence[sentence];
  if (found === undefined) {
    const s = doc.sentences[sentence];
    found = s === undefined ? [] : scan(doc, s.firstToken, s.endToken);
    cache.bySentence[sentence] = found;
  }
  return found;
}

/**
 * Every sentence's items in document order, from the same cache as
 * {@link itemsInSentence} (sentences already read are not scanned again).
 *
 * @param doc - a parsed document
 * @param key - the cache's key on the document
 * @param scan - reads the items of a sentence's token range
 *
 * @example
 * ```ts
 * itemsInDocument(parse('Talks resumed. Jaafari left.'), CAPS, caps); // [0, 3]
 * ```
 */
export function itemsInDocument<T>(doc: Document, key: symbol, scan: SentenceScan<T>): readonly T[] {
  const cache = doc.layer(key, newCache) as SentenceCache<T>;
  if (cache.all === null) {
    const all: T[] = [];
    for (let s = 0; s < doc.sentences.length; s++) for (const x of itemsInSentence(doc, key, s, scan)) all.push(x);
    cache.all = all;
  }
  return cache.all;
}
