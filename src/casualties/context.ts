/**
 * What the casualty rules share while reading one sentence: the tokens, the
 * sentence bounds, and a mask of tokens that belong to dates and times.
 */
import type { Document, Token } from '../document/model.js';
import type { CasualtyFigure } from '../types.js';
import type { Phrase } from './phrases.js';
import { temporalExpressions } from '../temporal/index.js';

/** The state the rules read. */
export interface Ctx {
  readonly doc: Document;
  readonly toks: readonly Token[];
  /** 1 where a token is part of a date, time, duration, sum of money or percentage. */
  readonly dateMask: Uint8Array;
  /** Per token, its `TOKEN_CLASS` bits (0 for other words). */
  readonly cls: Uint8Array;
  /** First token of the current sentence. */
  first: number;
  /** One past the last token of the current sentence. */
  end: number;
  /** The scope rule's marks for the current sentence, computed on first use. */
  marks?: ScopeMarks;
  /** Whether the current sentence (or the one before it) tells of violence or disaster, computed on first use. */
  violent?: { readonly first: number; readonly value: boolean };
  /** The last words of the article's full names ("Barillas" of "Danilo Barillas"), computed on first use. */
  surnames?: ReadonlySet<string>;
  /** The counted phrases read so far, by first token (`readCounted`), built on first use. */
  counted?: CountedMemo;
  /**
   * The figures of this call whose count is a vague quantity ("dozens", "hundreds"): no round-up sums
   * them. A set of the call's own (a module-level WeakSet made every collection trace its entries).
   */
  readonly vague: Set<CasualtyFigure>;
}

/**
 * What `readCounted` answered at each token, for the bounds it was read within: the subject and
 * object walks ask again at the same tokens (each conjunct, each window position, each anchor of
 * the sentence), and the answer depends only on the token and the bounds. A phrase is never
 * changed after it is read (its fields are read-only), so one object serves every caller.
 */
export interface CountedMemo {
  /** Per token, one past the `first` bounds the answer was read within (0: not read; a zeroed array is empty). */
  readonly first: Int32Array;
  /** …and the `end` bounds. */
  readonly end: Int32Array;
  /** Per token, the answer (`null`: no counted phrase starts there). */
  readonly phrase: (Phrase | null | undefined)[];
}

/**
 * An empty {@link CountedMemo} for a document of `n` tokens.
 *
 * @example
 * ```ts
 * const memo = countedMemo(doc.tokens.length); // memo.first[k] === 0: nothing read at token k yet
 * ```
 */
export function countedMemo(n: number): CountedMemo {
  return { first: new Int32Array(n), end: new Int32Array(n), phrase: new Array<Phrase | null | undefined>(n) };
}

/** Where a sentence has war nouns and time-span cues ("since", "so far"). */
export interface ScopeMarks {
  /** The sentence the marks belong to: its first token… */
  readonly first: number;
  /** …and one past its last. */
  readonly end: number;
  /** Tokens that are war nouns ("war", "conflict", "crackdown"). */
  readonly war: readonly number[];
  /** Tokens where a time-span cue starts. */
  readonly cues: readonly number[];
}

const AMOUNT_WORD = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'mn', 'bn', 'm', 'k']);

/** Whether a token is part of a number (digits, or a scale word after one). */
function isAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === 'number' || AMOUNT_WORD.has(t.lower));
}

/**
 * Whether a word opens an amount of money: a currency word, or a currency
 * symbol glued to digits (`$5`, `€12m`).
 */
export function isMoneyStart(w: string): boolean {
  return w.length >= 2 && isMoneyCodes(w.charCodeAt(0), w.charCodeAt(1));
}

/** A currency symbol (the one-character entries of CURRENCY_BEFORE: $ € £ ¥) before a digit. */
function isMoneyCodes(c0: number, c1: number): boolean {
  return (c0 === 0x24 || c0 === 0x20ac || c0 === 0xa3 || c0 === 0xa5) && c1 >= 48 && c1 <= 57;
}

/**
 * {@link isMoneyStart} of a token, read from the normalised text `norm` it stands in (its
 * value is `norm.slice(t.start, t.end)`, and lower-casing changes no currency symbol or digit):
 * a pass over every token reads the one text in order instead of each token's own string.
 */
export function isMoneyStartToken(norm: string, t: Token): boolean {
  return t.end - t.start >= 2 && isMoneyCodes(norm.charCodeAt(t.start), norm.charCodeAt(t.start + 1));
}

/**
 * A zeroed array of `n` bytes for one call of the extractor. Each call gets
 * its own (no buffer is shared between calls, so documents processed
 * interleaved, or re-entrantly, never see each other's marks).
 *
 * @param _slot - which array of the call (kept for readability at call sites)
 * @param n - the length
 */
export function scratch(_slot: number, n: number): Uint8Array {
  return new Uint8Array(n);
}

/** {@link scratch} slots of the casualty extractor. */
export const SLOT = { classes: 0, dates: 1, taken: 2 } as const;

/**
 * The date mask of a document: 1 on tokens of temporal expressions (the
 * shared temporal layer) and of money and percentages (`$5 million`, `40
 * percent`, `12%`, `200 dollars`), whose numbers never count people. The
 * array belongs to the current extraction.
 *
 * @param doc - the document
 * @param before - tokens that open an amount of money (a currency word or symbol)
 * @param after - tokens that close one (a currency or percentage word, "per" of "per cent")
 */
export function dateMask(doc: Document, before: readonly number[], after: readonly number[]): Uint8Array {
  const toks = doc.tokens;
  const mask = scratch(SLOT.dates, toks.length);
  for (const e of temporalExpressions(doc)) {
    for (let k = e.firstToken; k < e.endToken && k < mask.length; k++) mask[k] = 1;
  }
  for (const i of before) {
    mask[i] = 1;
    for (let k = i + 1; k < toks.length && isAmount(toks[k]); k++) mask[k] = 1;
  }
  for (const i of after) {
    if (toks[i]!.lower === 'per' && toks[i + 1]?.lower !== 'cent') continue;
    mask[i] = 1;
    for (let k = i - 1; k >= 0 && isAmount(toks[k]); k--) mask[k] = 1;
  }
  return mask;
}

/** The sentence's text between two tokens, in normalised offsets. */
export function textOf(ctx: Ctx, first: number, end: number): string {
  return ctx.doc.norm.slice(ctx.toks[first]!.start, ctx.toks[end - 1]!.end);
}
