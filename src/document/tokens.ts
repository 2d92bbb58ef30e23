import type { PosTag, Token, TokenShape } from './model.js';
import { nlp } from './nlp.js';

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

/** What newsfacts keeps of one wink lexeme: the same for every token with that unique id. */
interface Lexeme {
  readonly value: string;
  readonly lower: string;
  readonly shape: TokenShape;
  /** wink's normal form (for a token that is not part of a contraction). */
  readonly normal: string;
  /** Whether the value is all whitespace (a line-break token). */
  readonly blank: boolean;
}

/**
 * Lexemes by wink unique id. A lexeme's value, type and normal form never change
 * once wink has added it to its vocabulary, so they are read from wink once per
 * lexeme instead of once per token (the `out` passes for them and a
 * `toLowerCase` per token cost about half of what `parse` adds to `readDoc`).
 * Cleared when it grows past {@link MAX_LEXEMES}, so a long stream of articles
 * cannot grow it without bound.
 */
const lexemes = new Map<number, Lexeme>();
const MAX_LEXEMES = 100_000;

type WinkTokens = ReturnType<ReturnType<ReturnType<typeof nlp>['readDoc']>['tokens']>;

/** Reads one token's lexeme from wink (contractions are never cached: their normal is the expansion's). */
function readLexeme(toks: WinkTokens, i: number, its: ReturnType<typeof nlp>['its']): Lexeme {
  const item = toks.itemAt(i);
  const value = item.out(its.value) as string;
  return {
    value,
    lower: value.toLowerCase(),
    shape: SHAPES[item.out(its.type) as string] ?? 'other',
    normal: item.out(its.normal) as string,
    blank: value.trim() === '',
  };
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
  const uids = toks.out(its.uniqueId) as unknown as number[];
  const contractions = toks.out(its.contractionFlag) as unknown as boolean[];
  const poses = toks.out(its.pos) as string[];
  const n = uids.length;
  const lexs: Lexeme[] = new Array<Lexeme>(n);
  for (let i = 0; i < n; i++) {
    const uid = uids[i]!;
    if (contractions[i]) {
      lexs[i] = readLexeme(toks, i, its);
      continue;
    }
    let lex = lexemes.get(uid);
    if (lex === undefined) {
      lex = readLexeme(toks, i, its);
      if (lexemes.size >= MAX_LEXEMES) lexemes.clear();
      lexemes.set(uid, lex);
    }
    lexs[i] = lex;
  }
  const winkSentences = wdoc.sentences().out(its.span) as unknown as [number, number][];
  return (
    fastTokens(input, lexs, poses, winkSentences) ??
    spacedTokens(input, lexs, poses, toks.out(its.precedingSpaces) as string[], winkSentences)
  );
}

function isSpaceToken(pos: string, lex: Lexeme): boolean {
  return pos === 'SPACE' || lex.blank;
}

function makeToken(index: number, start: number, lex: Lexeme, pos: PosTag, prevEnd: number, line: boolean): RawToken {
  const gap = start > prevEnd;
  return {
    index,
    start,
    end: start + lex.value.length,
    value: lex.value,
    lower: lex.lower,
    normal: lex.normal,
    pos,
    shape: lex.shape,
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
 * previous one. Returns `null` when a token is not found there (wink altered
 * it), for {@link spacedTokens} to redo the document the careful way.
 */
function fastTokens(
  input: string,
  lexs: readonly Lexeme[],
  poses: readonly string[],
  winkSentences: [number, number][],
): RawTokens | null {
  const n = lexs.length;
  const len = input.length;
  const fromWink = new Int32Array(n + 1);
  const tokens: RawToken[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    fromWink[i] = tokens.length;
    const lex = lexs[i]!;
    const v = lex.value;
    const p = poses[i] as PosTag;
    if (isSpaceToken(p, lex)) continue;
    const prevEnd = at;
    let line = false;
    let c = input.charCodeAt(at);
    while (at < len && (c === 0x20 || c === 0x0a)) {
      if (c === 0x0a) line = true;
      c = input.charCodeAt(++at);
    }
    if (!input.startsWith(v, at)) return null;
    tokens.push(makeToken(tokens.length, at, lex, p, prevEnd, line));
    at += v.length;
  }
  fromWink[n] = tokens.length;
  return { tokens, fromWink, winkSentences };
}

/** Offsets from wink's preceding spaces, finding a token again nearby should wink ever alter one. */
function spacedTokens(
  input: string,
  lexs: readonly Lexeme[],
  poses: readonly string[],
  spaces: readonly string[],
  winkSentences: [number, number][],
): RawTokens {
  const n = lexs.length;
  const fromWink = new Int32Array(n + 1);
  const tokens: RawToken[] = [];
  let at = 0;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    fromWink[i] = tokens.length;
    const lex = lexs[i]!;
    const v = lex.value;
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
    if (isSpaceToken(p, lex)) continue;
    tokens.push(makeToken(tokens.length, s, lex, p, prevEnd, hasNewline(input, prevEnd, s)));
    prevEnd = at;
  }
  fromWink[n] = tokens.length;
  return { tokens, fromWink, winkSentences };
}

function hasNewline(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 0x0a) return true;
  return false;
}
