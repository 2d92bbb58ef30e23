/**
 * What the casualty rules share while reading one sentence: the tokens, the
 * sentence bounds, and a mask of tokens that belong to dates and times.
 */
import type { Document, Token } from '../document/model.js';
import { temporalExpressions } from '../temporal/index.js';

/** The state the rules read. */
export interface Ctx {
  readonly doc: Document;
  readonly toks: readonly Token[];
  /** 1 where a token is part of a date, time, duration, sum of money or percentage. */
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
const CURRENCY_BEFORE = new Set(['$', '€', '£', '¥', 'us$', 'usd', 'eur', 'gbp', 'rs', 'rs.', 'inr']);
const CURRENCY_AFTER = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'sterling',
  'yuan',
  'rupees',
  'lira',
  'liras',
  'riyals',
  'dinars',
  'percent',
  'pct',
  '%',
]);
const AMOUNT_WORD = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'mn', 'bn', 'm', 'k']);

/** Whether a token is part of a number (digits, or a scale word after one). */
function isAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.shape === 'number' || AMOUNT_WORD.has(t.lower));
}

/**
 * The date mask of a document (cached on it): 1 on tokens of temporal
 * expressions (the shared temporal layer) and of money and percentages
 * (`$5 million`, `40 percent`, `12%`, `200 dollars`), whose numbers never
 * count people.
 */
export function dateMask(doc: Document): Uint8Array {
  return doc.layer(DATE_LAYER, (d) => {
    const toks = d.tokens;
    const mask = new Uint8Array(toks.length);
    for (const e of temporalExpressions(d)) {
      for (let k = e.firstToken; k < e.endToken && k < mask.length; k++) mask[k] = 1;
    }
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i]!.lower;
      if (CURRENCY_BEFORE.has(w) || (w.length > 1 && CURRENCY_BEFORE.has(w[0]!) && /\d/.test(w[1]!))) {
        mask[i] = 1;
        for (let k = i + 1; k < toks.length && isAmount(toks[k]); k++) mask[k] = 1;
      } else if (CURRENCY_AFTER.has(w) || (w === 'per' && toks[i + 1]?.lower === 'cent')) {
        mask[i] = 1;
        for (let k = i - 1; k >= 0 && isAmount(toks[k]); k--) mask[k] = 1;
      }
    }
    return mask;
  });
}

/** The sentence's text between two tokens, in normalised offsets. */
export function textOf(ctx: Ctx, first: number, end: number): string {
  return ctx.doc.norm.slice(ctx.toks[first]!.start, ctx.toks[end - 1]!.end);
}
