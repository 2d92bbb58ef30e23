import type { PosTag, Token, TokenShape } from './model.js';
import { beginDocument, nlp, readDoc, recycleAfter, type WinkNLP } from './nlp.js';
import { classGeneration, lemmaClassBits, wordClassBits, wordFacts } from './classes.js';
import { tagCode } from './tags.js';

/** A token whose sentence and paragraph {@link parse} fills in once it knows them. */
export type RawToken = { -readonly [K in keyof Token]: Token[K] };

/** Tokens read from wink-nlp, before sentences and paragraphs are known. */
export interface RawTokens {
  /** Tokens without whitespace; `sentence` and `paragraph` are 0 until set. */
  readonly tokens: RawToken[];
  /** For each wink token index, our token index (whitespace tokens map to the next token). */
  readonly fromWink: Int32Array;
  /** wink sentence spans as [first, last] wink token indexes. */
  readonly winkSentences: [number, number][];
  /** Per token, the bits of its word classes (see `defineWordClass`). */
  readonly classes: Int32Array;
  /** Per token, the bits of its word's facts (see `defineWordFacts`). */
  readonly facts: Int32Array;
  /** Per token, the code of its tag (see `document/tags.ts`). */
  readonly tags: Uint8Array;
  /** Per token, the id of its lower-case form: two tokens of one document have the same id exactly when their `lower` is the same string. */
  readonly lowers: Int32Array;
}

const SHAPES: Record<string, TokenShape> = {
  word: 'word',
  number: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  url: 'url',
  email: 'email',
  mention: 'mention',
  hashtag: 'hashtag',
  emoji: 'emoji',
  emoticon: 'emoticon',
  time: 'time',
  ordinal: 'ordinal',
  currency: 'currency',
};

/** Longest run of non-blank characters handed to wink-nlp in one piece. */
const MAX_RUN = 200;

/**
 * wink-nlp's tokenizer is quadratic in the length of one token (a 20 000-letter
 * "word" takes seconds). Real tokens are never that long, so overlong runs of
 * non-blank characters are cut with a space every {@link MAX_RUN} characters
 * in the copy wink reads; offsets are unchanged because the copy has the same
 * length, and the cut characters simply belong to no token.
 */
export function guardRuns(text: string): string {
  let parts: string[] | null = null;
  let last = 0;
  // The run starting at `from` is cut at its (MAX_RUN + 1)th character, `probe`, when no blank
  // comes before it. Only the characters back from `probe` to the last blank are read, so prose
  // (a blank every few characters) is checked by reading a few characters per MAX_RUN, not all.
  let from = 0;
  for (let probe = MAX_RUN; probe < text.length; probe = from + MAX_RUN) {
    let k = probe;
    while (k >= from && !isBlank(text.charCodeAt(k))) k--;
    if (k < from) {
      (parts ??= []).push(text.slice(last, probe), ' ');
      last = probe + 1;
      from = probe + 1;
    } else from = k + 1;
  }
  if (parts === null) return guardUrls(text);
  parts.push(text.slice(last));
  return guardUrls(parts.join(''));
}

/** Whether a code unit ends a run of {@link guardRuns}: a space or a line break (the normalised text's only blanks). */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

/**
 * Most ways wink-nlp's URL pattern may split a host before it gives up: past
 * this, the `//` that starts the pattern is blanked in the copy wink reads.
 */
const MAX_URL_SPLITS = 4096;

/**
 * wink-nlp's URL pattern (`//` then dot-separated labels, each
 * `(?:[a-z\d]-*)*[a-z\d]+`) backtracks through every way of splitting every
 * label before it fails: its time is the product of the label lengths, and
 * about 90 characters like `//aaaa.aaaa.…!` take minutes. Wherever that
 * product is above {@link MAX_URL_SPLITS}, the second `/` of the `//` is
 * replaced by a space in the copy wink reads, so the pattern cannot start
 * there; the offsets stay the same and the slash belongs to no token. Real
 * URLs (a few labels, then a path) are far below the bound and stay URLs.
 */
export function guardUrls(text: string): string {
  let at = text.indexOf('//');
  if (at < 0) return text;
  let out: string[] | null = null;
  let last = 0;
  while (at >= 0) {
    const from = at + 2;
    if (urlSplits(text, from) > MAX_URL_SPLITS) {
      (out ??= []).push(text.slice(last, at + 1), ' ');
      last = at + 2;
    }
    at = text.indexOf('//', from);
  }
  if (out === null) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** A bound on the ways wink's URL pattern can split the host after offset `from` (up to the next blank). */
function urlSplits(text: string, from: number): number {
  let end = from;
  let at = -1;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 0x20 || c === 0x0a) break;
    if (c === 0x40 && at < 0) at = end;
    end++;
  }
  // Without user info the host ends at the first "/", "?" or "#"; with it, the host may start after any "@".
  let product = 1;
  let lead = 0;
  let run = 0;
  let leading = true;
  for (let i = from; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2e;
    if (at < 0 && (c === 0x2f || c === 0x3f || c === 0x23)) break;
    if (c === 0x2e) {
      product *= Math.max(lead, run, 1);
      if (product > MAX_URL_SPLITS) return product;
      lead = 0;
      run = 0;
      leading = true;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xa1) {
      run++;
      if (leading) lead = run;
    } else {
      run = 0;
      leading = false;
    }
  }
  return product * Math.max(lead, run, 1);
}

/**
 * What newsfacts keeps of wink lexemes, by wink unique id. A lexeme's value,
 * type and normal form never change once wink has added it to its vocabulary,
 * so they are read from wink once per lexeme instead of once per token (the
 * `out` passes for them and a `toLowerCase` per token cost about half of what
 * `parse` adds to `readDoc`).
 *
 * Compact, because it grows with wink's vocabulary: a typed array indexed by
 * wink's (dense) ids pointing into an array of one small object per lexeme,
 * holding the strings wink already holds (a lower-cased value is wink's normal
 * form whenever the two are equal, so no new string is kept for it): a token
 * is built from one object, not from reads of several parallel arrays.
 * Cleared when it reaches {@link MAX_LEXEMES}, so a long stream of articles
 * cannot grow it without bound.
 */
const MAX_LEXEMES = 1 << 17;
const SHAPE_OF = new Map<string, TokenShape>(Object.entries(SHAPES));

/** What a token takes from its lexeme, and what is remembered per lexeme (see {@link Lexemes}). */
interface Lexeme {
  /** Its position in {@link Lexemes.entries} (the key of its other lemmas; -1 for a contraction part, never remembered). */
  readonly entry: number;
  readonly value: string;
  readonly lower: string;
  readonly normal: string;
  readonly shape: TokenShape;
  /** The id of `lower` ({@link Lexemes.lowerId}): one per lower-case string. */
  readonly lowerId: number;
  /** All whitespace (a line-break token). */
  readonly blank: boolean;
  /**
   * wink's lemma under the tag `firstTag` (the first it was read with, `''` before that); under
   * other tags in {@link Lexemes.otherLemmas}. Outside a contraction wink's lemma depends only on
   * the word's id and its tag (its lemmatizer consults the model's intrinsic vocabulary only), so
   * it is read once per word and tag instead of by an `its.lemma` pass over every token (about
   * 9 % of `parse`); most words keep one tag, whose lemma is found without hashing.
   */
  firstTag: string;
  /** {@link tagCode} of `firstTag` (0 before it is known): most tokens' tag code is read from here, not looked up. */
  firstTagCode: number;
  firstLemma: string | undefined;
  /** Word-class bits of `lower`, and lemma-class bits of `firstLemma` (0 when it is the word itself); -1 until read. */
  wordBits: number;
  lemmaBits: number;
  /** The word's facts as written ({@link wordFacts}); -1 until read. */
  facts: number;
}

/** A lexeme's facts from wink's value, normal form and type. */
function newLexeme(value: string, normal: string, type: string, entry: number): Lexeme {
  const lower = value.toLowerCase();
  return {
    entry,
    value,
    lower: lower === value ? value : lower === normal ? normal : lower,
    normal,
    shape: SHAPE_OF.get(type) ?? 'other',
    lowerId: lexemes.lowerId(lower),
    blank: value.trim() === '',
    firstTag: '',
    firstTagCode: 0,
    firstLemma: undefined,
    wordBits: -1,
    lemmaBits: -1,
    facts: -1,
  };
}

class Lexemes {
  /**
   * The entry of each wink unique id (`null`: none yet), indexed by the id itself: wink numbers
   * its words densely from 0 (the model's vocabulary, then the words it learns), so a direct
   * index finds an entry with one read, no hashing or probing. Filled with `null` as it grows,
   * so V8 keeps it a packed array.
   */
  private byUid: (Lexeme | null)[] = nulls(1 << 17);
  readonly entries: Lexeme[] = [];
  /** Lemmas of entry `e` under tags other than its first, keyed `e * POS_CODES + code`. */
  readonly otherLemmas = new Map<number, string>();
  /** The class generation the remembered bits were worked out under ({@link syncClasses}). */
  private bitsGeneration = classGeneration();
  /**
   * An id per lower-case string met (`doc.lowers`): tokens compare their lower-case forms as
   * integers in one typed array, not as strings on token objects. Kept when the entries are
   * emptied between two pieces of one document ({@link limit}: the document's ids must stay
   * comparable); emptied with them between documents ({@link clearAll}, {@link limitLowers}), so
   * it holds no more words than the lexeme table and the wink instance do.
   */
  private readonly lowerIds = new Map<string, number>();

  /** The id of a lower-case string (a new one the first time it is met). */
  lowerId(lower: string): number {
    let id = this.lowerIds.get(lower);
    if (id === undefined) {
      id = this.lowerIds.size;
      this.lowerIds.set(lower, id);
    }
    return id;
  }

  /** Between documents: empties the ids (and the entries holding them) once {@link MAX_LEXEMES} are kept. */
  limitLowers(): void {
    if (this.lowerIds.size >= MAX_LEXEMES) this.clearAll();
  }

  /** Between documents only: empties the entries and the lower-case ids. */
  clearAll(): void {
    this.lowerIds.clear();
    this.clear();
  }

  /** The entry of wink unique id `uid`, or `null`. */
  find(uid: number): Lexeme | null {
    return uid < this.byUid.length ? this.byUid[uid]! : null;
  }

  /** What {@link gather} read (kept, so that its loads are not optimised away). */
  private gathered = 0;

  /**
   * Reads, in one tight loop before the tokens are built, the entry of each wink id of a piece and
   * its value's length. Building a token waits on memory (its table slot, its entry, its value
   * string are cold: about 70 % of the token loop in a line-level profile); here consecutive reads
   * do not depend on each other, so the processor overlaps their misses, and the token loop then
   * finds them cached (that loop's CPU time -15 to -20 % in an A/B run over the FA-KES dev texts).
   */
  gather(uids: readonly number[]): void {
    const byUid = this.byUid;
    let n = 0;
    for (let i = 0; i < uids.length; i++) {
      const uid = uids[i]!;
      const x = uid < byUid.length ? byUid[uid]! : null;
      if (x !== null) n += x.facts + x.value.length;
    }
    this.gathered = n;
  }

  /** Adds an entry (the id must not be in the table) and returns it. */
  add(uid: number, value: string, normal: string, type: string): Lexeme {
    if (uid >= this.byUid.length) this.grow(uid);
    const x = newLexeme(value, normal, type, this.entries.length);
    this.entries.push(x);
    this.byUid[uid] = x;
    return x;
  }

  /** Makes room for ids up to `uid`, doubling. */
  private grow(uid: number): void {
    let size = this.byUid.length;
    while (size <= uid) size *= 2;
    const byUid = this.byUid;
    while (byUid.length < size) byUid.push(null);
  }

  /** Forgets the remembered bits when a word class was defined since they were worked out. */
  syncClasses(): void {
    const g = classGeneration();
    if (g === this.bitsGeneration) return;
    this.bitsGeneration = g;
    for (const x of this.entries) {
      x.wordBits = -1;
      x.lemmaBits = -1;
      x.facts = -1;
    }
  }

  /** Empties the table once it holds {@link MAX_LEXEMES} entries (only between documents: entries must stay valid while one is read). */
  limit(): void {
    if (this.entries.length >= MAX_LEXEMES) this.clear();
  }

  clear(): void {
    this.byUid = nulls(1 << 17);
    this.entries.length = 0;
    this.otherLemmas.clear();
  }
}

/** A packed array of `n` nulls. */
function nulls(n: number): null[] {
  return new Array<null>(n).fill(null);
}

/** The word-class bits of a lexeme's lower-case form. */
function wordBitsOf(x: Lexeme): number {
  return x.wordBits >= 0 ? x.wordBits : (x.wordBits = wordClassBits(x.lower));
}

/** The facts of a lexeme's word as written. */
function factsOf(x: Lexeme): number {
  return x.facts >= 0 ? x.facts : (x.facts = wordFacts(x.value, x.lower, x.shape));
}

/** The lemma-class bits of a lexeme under its first tag (its lemma must be known). */
function firstLemmaBitsOf(x: Lexeme): number {
  if (x.lemmaBits >= 0) return x.lemmaBits;
  const lemma = x.firstLemma;
  return (x.lemmaBits = lemma === undefined || lemma === x.lower ? 0 : lemmaClassBits(lemma));
}

/** Small codes of wink's POS tags, for the lemma memo of {@link Lexemes}. */
const POS_CODE = new Map<string, number>(
  'ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE'
    .split(' ')
    .map((p, i) => [p, i]),
);
/** Room for the codes in a memo key (more than there are tags). */
const POS_CODES = 32;

const lexemes = new Lexemes();

/**
 * Inputs longer than this are handed to wink-nlp in pieces of about this many
 * characters, each cut after a blank line (a paragraph break, which ends every
 * sentence anyway). wink's working arrays for a piece (the whitespace split,
 * its token array, the automata's tag arrays, the \`out\` passes) are dropped
 * before the next piece is read, instead of all being alive at once for a
 * 10 MB input next to the tokens built from them.
 */
export const WINK_PIECE = 1 << 18;
let winkPiece = WINK_PIECE;

/**
 * Sets the piece size of {@link readTokens} (tests read small inputs in many pieces); returns the previous one.
 *
 * @internal
 */
export function setWinkPiece(chars: number): number {
  const previous = winkPiece;
  winkPiece = chars;
  return previous;
}

/** Where the piece starting at `from` ends: after the last blank line in its second half, else after the next one, else at the end. */
function pieceEnd(input: string, from: number, piece: number): number {
  if (input.length - from <= piece) return input.length;
  const back = input.lastIndexOf('\n\n', from + piece);
  if (back > from + (piece >> 1)) return back + 2;
  const ahead = input.indexOf('\n\n', from + piece);
  return ahead < 0 ? input.length : ahead + 2;
}

/**
 * Tokens built so far from a document's pieces. A class rather than an object
 * literal: every instance gets its fields in one order, with one map, from the
 * constructor. The token loops ({@link fastTokens}, {@link spacedTokens}) do
 * not touch it after their loop: its tables are added here by {@link Built.addPiece}
 * (a bundle run kept bailing out of the optimised token loop once per document,
 * "wrong map", right after the loop's writes to the object literal this replaced).
 */
class Built {
  readonly tokens: RawToken[] = [];
  /** Per piece: our token index of each of its wink tokens (and one past), and its tokens' class bits. */
  readonly fromWink: Int32Array[] = [];
  readonly classes: Int32Array[] = [];
  readonly facts: Int32Array[] = [];
  readonly tags: Uint8Array[] = [];
  readonly lowers: Int32Array[] = [];
  readonly winkSentences: [number, number][] = [];
  /** wink tokens in the pieces read so far. */
  winkTokens = 0;
  /** The end of the last token (the next is looked for from there). */
  at = 0;
  maxUid = 0;

  /** Adds a piece's tables, `count` tokens long ({@link pieceArrays}), the end of its last token being `at`. */
  addPiece(tables: PieceTables, count: number, at: number): void {
    this.at = at;
    this.fromWink.push(tables[0]);
    this.classes.push(tables[1].subarray(0, count));
    this.facts.push(tables[2].subarray(0, count));
    this.tags.push(tables[3].subarray(0, count));
    this.lowers.push(tables[4].subarray(0, count));
  }
}

/**
 * Runs wink-nlp's `readDoc` over the normalised text (in pieces when it is
 * longer than `piece`, see {@link WINK_PIECE}) and reads back, for every
 * non-whitespace token, its offsets (wink's tokenizer is lossless: preceding
 * spaces + values rebuild the text), value, normal form, POS and shape, plus
 * wink's sentences.
 */
export function readTokens(norm: string, piece: number = winkPiece): RawTokens {
  const wink = nlp();
  const input = guardRuns(norm);
  beginDocument();
  lexemes.limitLowers();
  const built = new Built();
  let from = 0;
  do {
    const to = pieceEnd(input, from, piece);
    readPiece(wink, input, from, to, built);
    from = to;
  } while (from < input.length);
  // A fresh wink instance numbers words anew: the table keyed by its ids goes with the old one.
  if (recycleAfter(built.maxUid)) lexemes.clearAll();
  const { tokens, winkSentences } = built;
  if (built.fromWink.length === 1)
    return {
      tokens,
      winkSentences,
      fromWink: built.fromWink[0]!,
      classes: built.classes[0]!,
      facts: built.facts[0]!,
      tags: built.tags[0]!,
      lowers: built.lowers[0]!,
    };
  const fromWink = new Int32Array(built.winkTokens + 1);
  const classes = new Int32Array(tokens.length);
  const facts = new Int32Array(tokens.length);
  const tags = new Uint8Array(tokens.length);
  const lowers = new Int32Array(tokens.length);
  let w = 0;
  let t = 0;
  for (let p = 0; p < built.fromWink.length; p++) {
    const f = built.fromWink[p]!;
    fromWink.set(f.subarray(0, f.length - 1), w);
    w += f.length - 1;
    classes.set(built.classes[p]!, t);
    facts.set(built.facts[p]!, t);
    tags.set(built.tags[p]!, t);
    lowers.set(built.lowers[p]!, t);
    t += built.classes[p]!.length;
  }
  fromWink[w] = tokens.length;
  return { tokens, winkSentences, fromWink, classes, facts, tags, lowers };
}

/** Reads `input[from, to)` with wink-nlp and adds its tokens and sentences to `built`. */
function readPiece(wink: WinkNLP, input: string, from: number, to: number, built: Built): void {
  const its = wink.its;
  const wdoc = readDoc(from === 0 && to === input.length ? input : input.slice(from, to));
  const toks = wdoc.tokens();
  const reader = new PieceReader(
    toks,
    its,
    toks.out(its.uniqueId) as unknown as number[],
    toks.out(its.pos) as string[],
    toks.out(its.contractionFlag) as unknown as boolean[],
  );
  const base = built.winkTokens;
  for (const [a, b] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
    built.winkSentences.push([a + base, b + base]);
  }
  lexemes.limit();
  lexemes.syncClasses();
  const tokens = built.tokens;
  const first = tokens.length;
  const tables = pieceArrays(reader.poses.length);
  lexemes.gather(reader.uids);
  let at = fastTokens(input, reader, tokens, built.at, tables);
  if (at < 0) {
    // Redo the piece the careful way, from where it started. The tokens read before the failure are
    // read again (a second lexeme lookup each): this is the rare fallback (wink altered a token), and
    // keeping each read's lexeme, lemma and class bits would cost the common path three arrays a piece.
    tokens.length = first;
    at = spacedTokens(input, from, reader, toks.out(its.precedingSpaces) as string[], tokens, built.at, tables);
  }
  tables[0][reader.poses.length] = tokens.length;
  built.addPiece(tables, tokens.length - first, at);
  built.winkTokens += reader.uids.length;
  if (reader.maxUid > built.maxUid) built.maxUid = reader.maxUid;
}

type WinkTokens = ReturnType<ReturnType<WinkNLP['readDoc']>['tokens']>;

/**
 * One piece's wink tokens, read one at a time as its tokens are built (one pass,
 * no per-piece arrays of lexemes, lemmas and bits): {@link PieceReader.read} gives
 * a token's lexeme (from the shared table, added on first sight; for a contraction
 * part, an object of this document's own, never cached: its normal form is its
 * expansion's, "wo" → "will"), and leaves its lemma (memoised per word and tag, see
 * {@link Lexeme.firstLemma}) and word-class bits in {@link PieceReader.lemma} and
 * {@link PieceReader.bits}.
 */
class PieceReader {
  /** The lemma of the token last read. */
  lemma: string | undefined = undefined;
  /** The word-class bits of the token last read. */
  bits = 0;
  /** The facts of the token last read. */
  facts = 0;
  /** The tag code of the token last read. */
  tag = 0;
  /** The lower-case id of the token last read. */
  lower = 0;
  /** The largest wink unique id read so far. */
  maxUid = 0;

  constructor(
    private readonly toks: WinkTokens,
    private readonly its: WinkNLP['its'],
    readonly uids: readonly number[],
    readonly poses: readonly string[],
    private readonly contractions: readonly boolean[],
  ) {}

  /** wink's lemma of token `i`; the lexeme's own lower-case string when equal (one string kept per word, not two). */
  private lemmaOf(i: number, x: Lexeme): string {
    const lemma = this.toks.itemAt(i).out(this.its.lemma as unknown as typeof this.its.value) as string;
    return lemma === x.lower ? x.lower : lemma;
  }

  /** The lemma of wink token `i` (entry `x`) under a tag other than the entry's first, read once. */
  private lemmaAt(x: Lexeme, i: number): string {
    const pos = this.poses[i]!;
    if (x.firstTag === '') {
      x.firstTag = pos;
      x.firstTagCode = tagCode(pos);
      return (x.firstLemma = this.lemmaOf(i, x));
    }
    const code = POS_CODE.get(pos);
    if (code === undefined) return this.lemmaOf(i, x);
    const key = x.entry * POS_CODES + code;
    let lemma = lexemes.otherLemmas.get(key);
    if (lemma === undefined) {
      lemma = this.lemmaOf(i, x);
      lexemes.otherLemmas.set(key, lemma);
    }
    return lemma;
  }

  /** The lexeme of wink token `i`, its lemma into {@link lemma} and its word-class bits into {@link bits}. */
  read(i: number): Lexeme {
    const its = this.its;
    const uid = this.uids[i]!;
    if (uid > this.maxUid) this.maxUid = uid;
    if (this.contractions[i]) {
      const item = this.toks.itemAt(i);
      const x = newLexeme(
        item.out(its.value) as string,
        item.out(its.normal) as string,
        item.out(its.type) as string,
        -1,
      );
      const lemma = (this.lemma = this.lemmaOf(i, x));
      this.bits = wordClassBits(x.lower) | (lemma === undefined || lemma === x.lower ? 0 : lemmaClassBits(lemma));
      this.facts = wordFacts(x.value, x.lower, x.shape);
      this.tag = tagCode(this.poses[i]!);
      this.lower = x.lowerId;
      return x;
    }
    let x = lexemes.find(uid);
    if (x === null) {
      const item = this.toks.itemAt(i);
      x = lexemes.add(uid, item.out(its.value) as string, item.out(its.normal) as string, item.out(its.type) as string);
    }
    this.facts = factsOf(x);
    this.lower = x.lowerId;
    const first = x.firstTag === this.poses[i];
    const lemma = (this.lemma = first ? x.firstLemma! : this.lemmaAt(x, i));
    // (Under its first tag, the lexeme's remembered code; `lemmaAt` has just set it for a new lexeme.)
    this.tag = first || x.firstTag === this.poses[i] ? x.firstTagCode : tagCode(this.poses[i]!);
    // Under its first tag (most words keep one) the lemma's bits are remembered with the lexeme.
    this.bits =
      wordBitsOf(x) |
      (first || x.firstTag === this.poses[i]
        ? firstLemmaBitsOf(x)
        : lemma === undefined || lemma === x.lower
          ? 0
          : lemmaClassBits(lemma));
    return x;
  }
}

function isSpaceToken(pos: string, x: Lexeme): boolean {
  return pos === 'SPACE' || x.blank;
}

function makeToken(
  index: number,
  start: number,
  x: Lexeme,
  pos: PosTag,
  lemma: string | undefined,
  prevEnd: number,
  line: boolean,
): RawToken {
  const gap = start > prevEnd;
  const lower = x.lower;
  return {
    index,
    start,
    end: start + x.value.length,
    value: x.value,
    lower,
    normal: x.normal,
    pos,
    // The same string as `lower` when the word is its own lemma (no second copy per token): the
    // reader hands that very string then (`lemmaOf`), so no string is compared here (reading a
    // lemma string's header per token was a tenth of this loop: a cold line of memory each).
    lemma: lemma === undefined ? lower : lemma,
    shape: x.shape,
    sentence: 0,
    paragraph: 0,
    spaceBefore: gap,
    lineBefore: gap && line,
  };
}

/**
 * Offsets without wink's preceding spaces: the normalised text holds no
 * whitespace but spaces and line breaks, and a word token never starts with
 * one, so each word token starts at the first non-blank character after the
 * previous one. Adds the piece's tokens to `tokens` and its tables (the token
 * of each wink token is set by the caller past the last) and returns the end of
 * its last token, reading from `from`; returns -1 when a token is not found
 * there (wink altered it), for {@link spacedTokens} to redo the piece the
 * careful way.
 */
function fastTokens(input: string, reader: PieceReader, tokens: RawToken[], from: number, tables: PieceTables): number {
  const poses = reader.poses;
  const n = poses.length;
  const len = input.length;
  const first = tokens.length;
  const [fromWink, classes, facts, tags, lowers] = tables;
  let at = from;
  for (let i = 0; i < n; i++) {
    fromWink[i] = tokens.length;
    const x = reader.read(i);
    const p = poses[i] as PosTag;
    if (isSpaceToken(p, x)) continue;
    const v = x.value;
    const prevEnd = at;
    let line = false;
    let c = input.charCodeAt(at);
    while (at < len && (c === 0x20 || c === 0x0a)) {
      if (c === 0x0a) line = true;
      c = input.charCodeAt(++at);
    }
    if (!input.startsWith(v, at)) return -1;
    classes[tokens.length - first] = reader.bits;
    facts[tokens.length - first] = reader.facts;
    tags[tokens.length - first] = reader.tag;
    lowers[tokens.length - first] = reader.lower;
    tokens.push(makeToken(tokens.length, at, x, p, reader.lemma, prevEnd, line));
    at += v.length;
  }
  return at;
}

/** Offsets from wink's preceding spaces (the piece starts at `from`), finding a token again nearby should wink ever alter one; returns the end of the last token. */
function spacedTokens(
  input: string,
  from: number,
  reader: PieceReader,
  spaces: readonly string[],
  tokens: RawToken[],
  lastEnd: number,
  tables: PieceTables,
): number {
  const poses = reader.poses;
  const n = poses.length;
  const first = tokens.length;
  const [fromWink, classes, facts, tags, lowers] = tables;
  let at = from;
  let prevEnd = lastEnd;
  for (let i = 0; i < n; i++) {
    fromWink[i] = tokens.length;
    const x = reader.read(i);
    const v = x.value;
    at += spaces[i]!.length;
    if (!input.startsWith(v, at)) {
      // Defensive: should wink ever alter a token, find it again nearby.
      const found = input.indexOf(v, at);
      if (found < 0 || found - at > 64) continue;
      at = found;
    }
    const p = poses[i] as PosTag;
    const s = at;
    at += v.length;
    if (isSpaceToken(p, x)) continue;
    classes[tokens.length - first] = reader.bits;
    facts[tokens.length - first] = reader.facts;
    tags[tokens.length - first] = reader.tag;
    lowers[tokens.length - first] = reader.lower;
    tokens.push(makeToken(tokens.length, s, x, p, reader.lemma, prevEnd, hasNewline(input, prevEnd, s)));
    prevEnd = at;
  }
  return prevEnd;
}

/** A piece's per-token tables: our index of each wink token (and one past), class bits, facts, tag codes, lower-case ids. */
type PieceTables = [Int32Array, Int32Array, Int32Array, Uint8Array, Int32Array];

/**
 * A piece's per-token tables ({@link Built}: our index of each wink token and one past, class bits,
 * facts, tag codes, lower-case ids) as views of one buffer: one allocation instead of four (a typed array's buffer
 * costs about as much to allocate as reading a few dozen tokens).
 */
function pieceArrays(n: number): PieceTables {
  const buffer = new ArrayBuffer((4 * n + 1) * 4 + n);
  return [
    new Int32Array(buffer, 0, n + 1),
    new Int32Array(buffer, (n + 1) * 4, n),
    new Int32Array(buffer, (2 * n + 1) * 4, n),
    new Uint8Array(buffer, (4 * n + 1) * 4, n),
    new Int32Array(buffer, (3 * n + 1) * 4, n),
  ];
}

function hasNewline(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 0x0a) return true;
  return false;
}
