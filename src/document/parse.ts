import type { ExtractOptions, NumericDateOrder, Span, Zone, ZoneKind } from '../types.js';
import { type Block, splitBlocks, splitLines } from './layout.js';
import type { Document, Paragraph, ParseOptions, Sentence, Token } from './model.js';
import { trueCase } from './casing.js';
import { checkText } from './input.js';
import { normalise } from './normalise.js';
import { type PublicationEvidence, evidenceOrder, inferPublication, publicationValue } from './publication.js';
import { type RawToken, type RawTokens, readTokens } from './tokens.js';
import { type ZoneLayout, datelineLength, detectZones } from './zones.js';

/** Every option `extract`/`parse` read; any other name is a mistake worth an error. */
export const OPTION_NAMES: readonly string[] = ['publishedAt', 'dateOrder', 'url', 'includeBoilerplate'];

/** Levenshtein distance, bounded: option names are short. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Throws a `TypeError` naming an option that `extract`/`parse` do not know
 * (`{ publishdAt: … }` would otherwise leave every date silently unresolved),
 * with the nearest known name when one is close.
 */
function checkOptionNames(o: object): void {
  for (const name of Object.keys(o)) {
    if (OPTION_NAMES.includes(name)) continue;
    let best: string | null = null;
    let bestD = 3;
    for (const known of OPTION_NAMES) {
      const d = distance(name.toLowerCase(), known.toLowerCase());
      if (d < bestD) [best, bestD] = [known, d];
    }
    throw new TypeError(
      `newsfacts: unknown option \`options.${name}\`${best !== null ? ` (did you mean \`${best}\`?)` : ''}; known options: ${OPTION_NAMES.join(', ')}`,
    );
  }
}

/** Validates `extract`/`parse` arguments, throwing a `TypeError` that names the argument. */
export function validateOptions(text: unknown, options: unknown): ParseOptions {
  checkText(text);
  if (options === undefined || options === null) return { publishedAt: null, url: null, includeBoilerplate: false };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('newsfacts: `options` must be an object');
  }
  const o = options as ExtractOptions;
  checkOptionNames(o);
  let publishedAt: string | null = null;
  if (o.publishedAt !== undefined && o.publishedAt !== null) {
    if (!(o.publishedAt instanceof Date) && typeof o.publishedAt !== 'string') {
      throw new TypeError('newsfacts: `options.publishedAt` must be a Date or a date string');
    }
    publishedAt = publicationValue(o.publishedAt, dateOrderOption(o.dateOrder));
    if (publishedAt === null) {
      throw new TypeError(
        `newsfacts: \`options.publishedAt\` is not a valid date: ${JSON.stringify(String(o.publishedAt))} (use a Date, 'YYYY-MM-DD[THH:MM]', or a numeric date with \`options.dateOrder\`${o.dateOrder ? ` '${o.dateOrder}'` : ''})`,
      );
    }
  } else dateOrderOption(o.dateOrder);
  if (o.url !== undefined && o.url !== null && typeof o.url !== 'string') {
    throw new TypeError('newsfacts: `options.url` must be a string');
  }
  if (o.includeBoilerplate !== undefined && typeof o.includeBoilerplate !== 'boolean') {
    throw new TypeError('newsfacts: `options.includeBoilerplate` must be a boolean');
  }
  return { publishedAt, url: o.url ?? null, includeBoilerplate: o.includeBoilerplate ?? false };
}

/**
 * The caller's `dateOrder` (`'dmy'`, `'mdy'`, or `null` when absent); anything
 * else is a `TypeError` naming the option. A numeric `publishedAt` that reads
 * both ways without it is a `RangeError` naming it ({@link publicationValue}).
 */
function dateOrderOption(order: unknown): NumericDateOrder | null {
  if (order === undefined || order === null) return null;
  if (order === 'dmy' || order === 'mdy') return order;
  throw new TypeError(`newsfacts: \`options.dateOrder\` must be 'dmy' or 'mdy', got ${JSON.stringify(order)}`);
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>()]{4,300}/g;

/**
 * Most tokens in one sentence. Real sentences stay far below it (the longest of
 * 17 000 in FA-KES and PolNeAR has 110 tokens); a longer run without a sentence
 * end (a list, a table, hostile input) is cut, so that walkers bounded by their
 * sentence cost a constant per token and the extractors stay linear in the text.
 */
export const MAX_SENTENCE = 250;

/** Where to cut an overlong sentence before `limit`: after its last `;`, `,` or conjunction in the final fifth, else at the limit. */
function sentenceCut(tokens: readonly Token[], first: number, limit: number): number {
  const floor = limit - Math.floor(MAX_SENTENCE / 5);
  for (const test of [(t: Token) => t.value === ';', (t: Token) => t.value === ',']) {
    for (let k = limit - 1; k > floor; k--) if (test(tokens[k]!)) return k + 1;
  }
  for (let k = limit - 1; k > floor; k--) if (tokens[k]!.pos === 'CCONJ') return k;
  return Math.max(first + 1, limit);
}

/**
 * Reads an article once with wink-nlp and builds the shared document model:
 * tokens with offsets, sentences, paragraphs, zones (headline, dateline, body,
 * boilerplate) and the publication date. Pass the result to any extractor.
 *
 * @param text - the article as plain text
 * @param options - publication date, URL, whether to keep boilerplate items
 * @throws TypeError when `text` is not a string or an option is invalid
 *
 * @example
 * ```ts
 * import { parse, extractQuotes } from 'newsfacts';
 * const doc = parse('"We will not leave," he said.', { publishedAt: '2016-02-01' });
 * doc.sentences.length; // 1
 * extractQuotes(doc)[0]?.kind; // 'direct'
 * ```
 */
export function parse(text: string, options?: ExtractOptions): Document {
  const opts = validateOptions(text, options);
  const { text: normalised, map, glued } = normalise(text);
  // Text in capitals is read through a true-cased view of the same length (offsets unchanged).
  const norm = trueCase(normalised) ?? normalised;
  const raw = readTokens(norm);
  const lines = splitLines(norm);
  const blocks = splitBlocks(norm, lines, normalised);
  const layout = detectZones(norm, blocks);

  const toInput = map === null ? (o: number): number => o : (o: number): number => map[o]!;
  const span = (start: number, end: number): Span => {
    const s = toInput(start);
    const e = toInput(end);
    return { start: s, end: e, text: text.slice(s, e) };
  };

  const tokens = raw.tokens;
  const paragraphs = assignParagraphs(tokens, blocks, layout);
  const sentences = assignSentences(tokens, raw, glued);
  const pieces = zonePieces(norm, blocks, layout);
  const zones = mergeZones(pieces, span);

  const headlineBlock = layout.headline >= 0 ? blocks[layout.headline]! : null;
  const headline = headlineBlock === null ? null : span(headlineBlock.start, headlineBlock.end);

  // The page's own evidence is only read when the caller gave no date.
  const publication =
    opts.publishedAt !== null
      ? inferPublication(opts.publishedAt, NO_EVIDENCE, span)
      : inferPublication(null, pageEvidence(norm, blocks, layout, tokens, opts.url), span);

  const zoneAt = zoneLookup(pieces);

  const cache = new Map<symbol, unknown>();
  const doc: Document = {
    text,
    norm,
    tokens,
    classes: raw.classes,
    facts: raw.facts,
    tags: raw.tags,
    lowers: raw.lowers,
    sentences,
    paragraphs,
    zones,
    headline,
    publication,
    options: opts,
    span,
    toInput,
    tokenSpan: (first: number, end: number): Span => span(tokens[first]!.start, tokens[end - 1]!.end),
    isBoilerplate: (offset: number): boolean => zoneAt(offset) === 'boilerplate',
    zoneAt,
    layer<T>(key: symbol, build: (d: Document) => T): T {
      // One lookup on the hot path (layers are asked for many times per document).
      const known = cache.get(key);
      if (known !== undefined || cache.has(key)) return known as T;
      const value = build(doc);
      cache.set(key, value);
      return value;
    },
  };
  return doc;
}

/** Paragraphs, and each token's paragraph (two pointers over sorted ranges). */
function assignParagraphs(tokens: RawToken[], blocks: readonly Block[], layout: ZoneLayout): Paragraph[] {
  const nTok = tokens.length;
  const paragraphs: Paragraph[] = [];
  let t = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    while (t < nTok && tokens[t]!.end <= block.start) tokens[t++]!.paragraph = Math.max(0, b - 1);
    const first = t;
    while (t < nTok && tokens[t]!.start < block.end) tokens[t++]!.paragraph = b;
    paragraphs.push({
      index: b,
      start: block.start,
      end: block.end,
      firstToken: first,
      endToken: t,
      zone: layout.kinds[b]!,
    });
  }
  while (t < nTok) tokens[t++]!.paragraph = Math.max(0, blocks.length - 1);
  return paragraphs;
}

/**
 * Sentences: wink's, cut wherever the paragraph changes, before a sentence glued to the one before it
 * (`glued`: normalised offsets of the spaces normalise put back, `…in Syria|The Pentagon says…`), and
 * overlong ones cut; sets each token's sentence.
 */
function assignSentences(tokens: RawToken[], raw: RawTokens, glued: readonly number[]): Sentence[] {
  const nTok = tokens.length;
  const sentences: Sentence[] = [];
  const pushSentence = (first: number, end: number): void => {
    while (end - first > MAX_SENTENCE) {
      const cut = sentenceCut(tokens, first, first + MAX_SENTENCE);
      pushOne(first, cut);
      first = cut;
    }
    pushOne(first, end);
  };
  const pushOne = (first: number, end: number): void => {
    if (end <= first) return;
    const index = sentences.length;
    for (let k = first; k < end; k++) tokens[k]!.sentence = index;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
      firstToken: first,
      endToken: end,
      paragraph: tokens[first]!.paragraph,
    });
  };
  let covered = 0;
  let g = 0; // the next glued sentence start
  for (const [a, b] of raw.winkSentences) {
    let first = Math.max(raw.fromWink[a]!, covered);
    const end = raw.fromWink[b + 1]!;
    for (let k = first + 1; k < end; k++) {
      let cut = tokens[k]!.paragraph !== tokens[k - 1]!.paragraph;
      if (g < glued.length) {
        while (g < glued.length && glued[g]! < tokens[k - 1]!.end) g++;
        if (g < glued.length && glued[g]! + 1 === tokens[k]!.start) cut = true;
      }
      if (cut) {
        pushSentence(first, k);
        first = k;
      }
    }
    pushSentence(first, end);
    covered = Math.max(covered, end);
  }
  if (covered < nTok) pushSentence(covered, nTok);
  return sentences;
}

/** A stretch of one zone kind in normalised offsets. */
interface ZonePiece {
  kind: ZoneKind;
  start: number;
  end: number;
}

/** Each paragraph's zone, with datelines and link-list tails cut out of body paragraphs, in normalised offsets. */
function zonePieces(norm: string, blocks: readonly Block[], layout: ZoneLayout): ZonePiece[] {
  const pieces: ZonePiece[] = [];
  const datelineOf = new Map(layout.datelines.map(([b, s, e]) => [b, [s, e] as const]));
  const tailOf = new Map(layout.tails);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const kind = layout.kinds[b]!;
    const dl = datelineOf.get(b);
    // A link-list tail (`… Related News …`) cut off the end of a body paragraph.
    const tail = tailOf.get(b);
    let end = tail ?? block.end;
    while (tail !== undefined && end > block.start && (norm[end - 1] === ' ' || norm[end - 1] === '\t')) end--;
    if (dl !== undefined && dl[1] < end) {
      pieces.push({ kind: 'dateline', start: dl[0], end: dl[1] });
      let s = dl[1];
      while (s < end && norm[s] === ' ') s++;
      pieces.push({ kind, start: s, end });
    } else pieces.push({ kind, start: block.start, end });
    if (tail !== undefined) pieces.push({ kind: 'boilerplate', start: tail, end: block.end });
  }
  return pieces;
}

/** Zones in input offsets: runs of same-kind body or boilerplate pieces merged. */
function mergeZones(pieces: readonly ZonePiece[], span: (start: number, end: number) => Span): Zone[] {
  const zones: Zone[] = [];
  let last: ZonePiece | null = null;
  for (const p of pieces) {
    if (last !== null && last.kind === p.kind && (p.kind === 'body' || p.kind === 'boilerplate')) last.end = p.end;
    else {
      if (last !== null) zones.push({ kind: last.kind, ...span(last.start, last.end) });
      last = { ...p };
    }
  }
  if (last !== null) zones.push({ kind: last.kind, ...span(last.start, last.end) });
  return zones;
}

/** Zone lookup by normalised offset: the last piece starting at or before it. */
function zoneLookup(pieces: readonly ZonePiece[]): (offset: number) => ZoneKind {
  return (offset: number): ZoneKind => {
    let lo = 0;
    let hi = pieces.length - 1;
    let found: ZoneKind = pieces[0]?.kind ?? 'body';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid]!.start <= offset) {
        found = pieces[mid]!.kind;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Stands in for the page's evidence when the caller's date makes it unnecessary. */
const NO_EVIDENCE: PublicationEvidence = {
  stamps: [],
  datelines: [],
  url: null,
  pageUrls: [],
  order: () => 'day-first',
};

/** How many paragraphs at the top of a page may hold its date stamp, and how far down they may start. */
const TOP_BLOCKS = 8;
const TOP_CHARS = 500;

/**
 * The datelines of the page; without one in a body paragraph, one opening the first paragraph
 * whatever its zone (wire copy whose dateline paragraph is too short to be prose: `LIMA, 28 MAR
 * 89 (TELEVISION PERUANA) -- [COMMUNIQUE] [INTERIOR MINISTRY] [TEXT] THIS IS COMMUNIQUE …`).
 */
function datelineEvidence(
  norm: string,
  blocks: readonly Block[],
  layout: ZoneLayout,
): { text: string; start: number }[] {
  if (layout.datelines.length > 0) return layout.datelines.map(([, s, e]) => ({ text: norm.slice(s, e), start: s }));
  const first = blocks[0];
  if (first === undefined || layout.kinds[0] === 'body') return [];
  const len = datelineLength(norm.slice(first.start, first.end), true);
  return len > 0 ? [{ text: norm.slice(first.start, first.start + len), start: first.start }] : [];
}

/** The page's evidence of its publication date: stamps, datelines, URLs, and the day/month order. */
function pageEvidence(
  norm: string,
  blocks: readonly Block[],
  layout: ZoneLayout,
  tokens: readonly Token[],
  url: string | null,
): PublicationEvidence {
  const pageUrls = Array.from(norm.slice(0, 20000).matchAll(URL_IN_TEXT), (m) => ({ text: m[0], start: m.index }));
  // The top of the page: every paragraph down to the first body one (at most eight, starting in the first 500 characters).
  const tops: { text: string; start: number; headline: boolean }[] = [];
  for (let i = 0; i < blocks.length && i < TOP_BLOCKS; i++) {
    const b = blocks[i]!;
    if (b.start > TOP_CHARS) break;
    tops.push({
      text: norm.slice(b.start, Math.min(b.end, b.start + 300)),
      start: b.start,
      headline: i === layout.headline,
    });
    if (layout.kinds[i] === 'body') break;
  }
  return {
    tops,
    stamps: blocks
      .map((b, i) => ({ b, i }))
      .filter(({ i }) => layout.kinds[i] === 'dateline')
      .map(({ b }) => ({ text: norm.slice(b.start, b.end), start: b.start })),
    datelines: datelineEvidence(norm, blocks, layout),
    url,
    pageUrls,
    order: () =>
      evidenceOrder({
        tokens,
        publishedAt: null,
        urls: [...(url === null ? [] : [url]), ...pageUrls.map((u) => u.text)],
      }),
  };
}
