import type { PosTag, TokenShape } from './model.js';
import { nlp } from './nlp.js';

/** Raw token facts read from wink-nlp, before sentences and paragraphs are known. */
export interface RawTokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly value: string[];
  readonly normal: string[];
  readonly pos: PosTag[];
  readonly shape: TokenShape[];
  /** For each wink token index, our token index (whitespace tokens map to the next token). */
  readonly fromWink: Int32Array;
  /** wink sentence spans as [first, last] wink token indexes. */
  readonly winkSentences: [number, number][];
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
  let run = 0;
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      run = 0;
      continue;
    }
    if (++run > MAX_RUN) {
      (parts ??= []).push(text.slice(last, i), ' ');
      last = i + 1;
      run = 0;
    }
  }
  if (parts === null) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Runs wink-nlp's `readDoc` once over the normalised text and reads back, for
 * every non-whitespace token, its offsets (wink's tokenizer is lossless:
 * preceding spaces + values rebuild the text), value, normal form, POS and
 * shape, plus wink's sentences.
 */
export function readTokens(norm: string): RawTokens {
  const wink = nlp();
  const its = wink.its;
  const input = guardRuns(norm);
  const wdoc = wink.readDoc(input);
  const toks = wdoc.tokens();
  const values = toks.out(its.value) as string[];
  const spaces = toks.out(its.precedingSpaces) as string[];
  const poses = toks.out(its.pos) as string[];
  const types = toks.out(its.type) as string[];
  const normals = toks.out(its.normal) as string[];
  const n = values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const fromWink = new Int32Array(n + 1);
  const value: string[] = [];
  const normal: string[] = [];
  const pos: PosTag[] = [];
  const shape: TokenShape[] = [];
  let at = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    fromWink[i] = k;
    const v = values[i]!;
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
    if (p === 'SPACE' || v.trim() === '') continue;
    start[k] = s;
    end[k] = at;
    value.push(v);
    normal.push(normals[i]!);
    pos.push(p);
    shape.push(SHAPES[types[i]!] ?? 'other');
    k++;
  }
  fromWink[n] = k;
  const winkSentences = wdoc.sentences().out(its.span) as unknown as [number, number][];
  return {
    start: start.subarray(0, k),
    end: end.subarray(0, k),
    value,
    normal,
    pos,
    shape,
    fromWink,
    winkSentences,
  };
}
