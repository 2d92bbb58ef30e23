import type { ExtractOptions, Publication, Span, Zone, ZoneKind } from '../types.js';

/**
 * Universal part-of-speech tags as wink-nlp assigns them.
 *
 * @example
 * ```ts
 * const tag: PosTag = 'PROPN';
 * ```
 */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/**
 * The shape of a token as wink-nlp's tokenizer classifies it.
 *
 * @example
 * ```ts
 * const shape: TokenShape = 'number'; // "260", "01/02/2016", "3-1/2"
 * ```
 */
export type TokenShape =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'emoticon'
  | 'time'
  | 'ordinal'
  | 'currency'
  | 'other';

/**
 * One token of the document. Whitespace is not a token; `spaceBefore` and
 * `lineBefore` tell what separated it from the previous one.
 *
 * @example
 * ```ts
 * const doc = parse('Kerry said.');
 * doc.tokens[1]; // { index: 1, start: 6, end: 10, value: 'said', lower: 'said', pos: 'VERB', shape: 'word', … }
 * ```
 */
export interface Token {
  /** Position in `Document.tokens`. */
  readonly index: number;
  /** Offset in the normalised text (`Document.norm`); convert with `Document.span`. */
  readonly start: number;
  /** End offset (exclusive) in the normalised text. */
  readonly end: number;
  /** The token as it stands in the normalised text. */
  readonly value: string;
  /** Lower-cased `value`. */
  readonly lower: string;
  /** wink-nlp's normal form (lower case, contractions expanded: `n't` → `not`). */
  readonly normal: string;
  /** Part of speech. */
  readonly pos: PosTag;
  /**
   * wink-nlp's lemma of the word as tagged here, in lower case (`told` → `tell`, `killed` →
   * `kill`, `militants` → `militant`); the lower-cased word itself when it has none of its own.
   */
  readonly lemma: string;
  /** Token shape. */
  readonly shape: TokenShape;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** Index of the paragraph holding the token. */
  readonly paragraph: number;
  /** Whether whitespace precedes the token. */
  readonly spaceBefore: boolean;
  /** Whether a line break precedes the token. */
  readonly lineBefore: boolean;
}

/**
 * A sentence: wink-nlp's sentence boundaries, also cut at every paragraph break.
 *
 * @example
 * ```ts
 * parse('One. Two.').sentences.map((s) => [s.firstToken, s.endToken]); // [[0, 2], [2, 4]]
 * ```
 */
export interface Sentence {
  /** Position in `Document.sentences`. */
  readonly index: number;
  /** Normalised-text offset of the first token. */
  readonly start: number;
  /** Normalised-text end offset of the last token. */
  readonly end: number;
  /** Index of the first token. */
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
  /** Index of the paragraph holding the sentence. */
  readonly paragraph: number;
}

/**
 * A paragraph: text between blank lines, or a single line when lines are not
 * soft-wrapped prose. Each paragraph belongs to one zone.
 *
 * @example
 * ```ts
 * parse('Title\n\nBody text here.').paragraphs.length; // 2
 * ```
 */
export interface Paragraph {
  /** Position in `Document.paragraphs`. */
  readonly index: number;
  /** Normalised-text offset of the first non-blank character. */
  readonly start: number;
  /** Normalised-text offset after the last non-blank character. */
  readonly end: number;
  /** Index of the first token. */
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
  /** The zone the paragraph belongs to (a body paragraph may open with a dateline zone). */
  zone: ZoneKind;
}

/**
 * The options a document was parsed with, after validation.
 *
 * @example
 * ```ts
 * const o: ParseOptions = { publishedAt: '2017-02-25', url: null, includeBoilerplate: false };
 * ```
 */
export interface ParseOptions {
  /** The caller's publication date as an ISO value with its granularity, or `null`. */
  readonly publishedAt: string | null;
  /** The caller's URL, or `null`. */
  readonly url: string | null;
  /** Whether extractors keep items found in boilerplate. */
  readonly includeBoilerplate: boolean;
}

/**
 * The shared document model: one wink-nlp parse of one article, with tokens,
 * sentences, paragraphs, zones and the publication date. Every extractor reads
 * it; none parses the text again.
 *
 * Offsets inside the model (`Token.start`, `Sentence.start`, …) refer to the
 * normalised text `norm`; {@link Document.span} converts them to offsets into
 * the caller's input, which is what every returned item carries.
 *
 * @example
 * ```ts
 * const doc = parse('Kerry said talks must go on.');
 * doc.tokens.length;   // 7
 * doc.sentences.length; // 1
 * doc.span(0, 5);       // { start: 0, end: 5, text: 'Kerry' }
 * ```
 */
export interface Document {
  /** The caller's input, unchanged. */
  readonly text: string;
  /** The normalised text the model was built from (see `normalise`). */
  readonly norm: string;
  /** Tokens, without whitespace. */
  readonly tokens: readonly Token[];
  /**
   * Per token, the bits of the word classes it belongs to (`defineWordClass`): a layer's
   * trigger test is `(doc.classes[i] & bit) !== 0`, not a lookup of the token's string.
   * Internal: left out of the published types.
   *
   * @internal
   */
  readonly classes: Int32Array;
  /**
   * Per token, the bits of its word's facts as written (`defineWordFacts`: capitalisation, the
   * actors layer's case-sensitive vocabularies), worked out once per word, not per query.
   * Internal: left out of the published types.
   *
   * @internal
   */
  readonly facts: Int32Array;
  /**
   * Per token, the code of its part-of-speech tag (`TAG` of `document/tags.ts`): a pass that asks
   * only a token's tag reads this byte, not the token. Internal: left out of the published types.
   *
   * @internal
   */
  readonly tags: Uint8Array;
  /**
   * Per token, an id of its lower-case form: within one document, two tokens have the same id
   * exactly when their `lower` is the same string, so a layer groups or matches words by
   * comparing integers in this array instead of strings on token objects. Ids mean nothing
   * across documents. Internal: left out of the published types.
   *
   * @internal
   */
  readonly lowers: Int32Array;
  /** Sentences, never crossing a paragraph break. */
  readonly sentences: readonly Sentence[];
  /** Paragraphs with their zones. */
  readonly paragraphs: readonly Paragraph[];
  /** The page's zones, in input offsets. */
  readonly zones: readonly Zone[];
  /** The headline, in input offsets. */
  readonly headline: Span | null;
  /** The publication date used, and its provenance. */
  readonly publication: Publication;
  /** The validated options. */
  readonly options: ParseOptions;
  /** Converts normalised offsets to a span of the caller's input. */
  span(start: number, end: number): Span;
  /** Converts a normalised offset to an input offset. */
  toInput(offset: number): number;
  /** The span of tokens `[first, end)` in input offsets. */
  tokenSpan(first: number, end: number): Span;
  /** Whether the normalised offset lies in boilerplate. */
  isBoilerplate(offset: number): boolean;
  /** The zone kind at a normalised offset. */
  zoneAt(offset: number): ZoneKind;
  /**
   * A per-document cache for shared layers (entity registry, number phrases…):
   * `layer(key, build)` builds once and returns the cached value afterwards.
   * Internal: not part of the public API, and left out of the published types.
   *
   * @internal
   */
  layer<T>(key: symbol, build: (doc: Document) => T): T;
}

/** Options accepted by {@link parse}; the same as for `extract`. */
export type { ExtractOptions };
