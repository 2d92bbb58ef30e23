/**
 * What the casualty rules share while reading one sentence: the tokens, the
 * sentence bounds, and a mask of tokens that belong to dates and times.
 */
import type { Document, Token } from '../document/model.js';

/** The state the rules read. */
export interface Ctx {
  readonly doc: Document;
  readonly toks: readonly Token[];
  /** 1 where a token is part of a wink DATE/TIME/DURATION/PERCENT/MONEY entity. */
  readonly dateMask: Uint8Array;
  /** First token of the current sentence. */
  first: number;
  /** One past the last token of the current sentence. */
  end: number;
  /** The scope rule's marks for the current sentence, computed on first use. */
  marks?: ScopeMarks;
  /** Whether the current sentence (or the one before it) tells of violence or disaster, computed on first use. */
  violent?: { readonly first: number; readonly value: boolean };
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

const DATE_LAYER = Symbol('casualties-date-mask');
const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'PERCENT', 'MONEY']);

/** The date mask of a document (cached on it). */
export function dateMask(doc: Document): Uint8Array {
  return doc.layer(DATE_LAYER, (d) => {
    const mask = new Uint8Array(d.tokens.length);
    for (const e of d.entities) {
      if (!DATE_TYPES.has(e.type)) continue;
      for (let k = e.firstToken; k < e.endToken && k < mask.length; k++) mask[k] = 1;
    }
    return mask;
  });
}

/** The sentence's text between two tokens, in normalised offsets. */
export function textOf(ctx: Ctx, first: number, end: number): string {
  return ctx.doc.norm.slice(ctx.toks[first]!.start, ctx.toks[end - 1]!.end);
}
