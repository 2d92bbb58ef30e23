/**
 * Quotation marks paired into quoted stretches: a shared layer (quotes read
 * it to find direct quotes, the entity registry to keep names said inside a
 * quote apart from the narrative, claims to see an accusation in a speaker's
 * words).
 *
 * Marks are read token by token, one paragraph at a time: `“…”`, `"…"`
 * (guillemets and `„` arrive as `"` from normalisation), ``…'' and `''…''`,
 * and single marks `‘…’` / `'…'`, which must be told from apostrophes
 * (`Ja’afari`, `rebels’ homes`, `'90s`). A double quote still open at the end
 * of a paragraph continues when the next paragraph opens with a mark (the
 * newspaper convention for a quote over several paragraphs), and is otherwise
 * closed at the paragraph end; a closing mark with no opening one starts at
 * the paragraph start. Both recoveries are flagged `balanced: false`, so an
 * unbalanced mark never swallows the rest of the article.
 *
 * @module
 */
import type { Document, Paragraph, Token } from '../document/model.js';
import { speechForms, SUBJECT_PRONOUNS } from '../lexicon/en/index.js';

/**
 * Whether a quoted stretch used double or single marks.
 *
 * @example
 * ```ts
 * const style: MarkStyle = 'single'; // US says 'seize moment'
 * ```
 */
export type MarkStyle = 'double' | 'single';

/**
 * One quoted stretch. Token indexes refer to `Document.tokens`; offsets are
 * normalised-text offsets (convert with `doc.span`).
 *
 * @example
 * ```ts
 * const [q] = quotedSpans(parse('He said: “We will stay.”'));
 * // q.style === 'double'; doc.norm.slice(q.start, q.end) === 'We will stay.'
 * ```
 */
export interface QuotedSpan {
  /** Position in the list returned by {@link quotedSpans}. */
  readonly index: number;
  /** The opening mark's first token, or -1 when it was missing (recovered at the paragraph start). */
  readonly open: number;
  /** The closing mark's first token, or -1 when it was missing (recovered at the paragraph end). */
  readonly close: number;
  /** One past the closing mark's last token (`''` is two tokens), or `end` when it was missing. */
  readonly closeEnd: number;
  /** First token inside the marks. */
  readonly first: number;
  /** One past the last token inside the marks. */
  readonly end: number;
  /** Normalised offset just after the opening mark (or the paragraph start). */
  readonly start: number;
  /** Normalised offset of the closing mark (or the paragraph end). */
  readonly stop: number;
  /** Double or single marks. */
  readonly style: MarkStyle;
  /** Paragraph of the first token inside. */
  readonly firstParagraph: number;
  /** Paragraph of the last token inside. */
  readonly lastParagraph: number;
  /** `false` when a mark was missing and the stretch was recovered at a paragraph boundary. */
  readonly balanced: boolean;
}

/**
 * The quoted stretches of a document and a per-token lookup.
 *
 * @example
 * ```ts
 * const { spans, spanOf } = quoteMarks(parse('He said "no".'));
 * spans.length; // 1
 * spanOf[3]; // 0 (the token "no" is inside the first stretch)
 * ```
 */
export interface QuoteMarks {
  /** Quoted stretches in document order (single-mark stretches nested in double ones are left out). */
  readonly spans: readonly QuotedSpan[];
  /** For each token, the index of the stretch holding it (marks included), or -1. */
  readonly spanOf: Int32Array;
}

const LAYER = Symbol('quote-marks');

/**
 * The document's quotation marks paired into quoted stretches (cached).
 *
 * @param doc - a parsed document
 *
 * @example
 * ```ts
 * const doc = parse("US says 'seize moment' after the rebels' retreat");
 * const { spans } = quoteMarks(doc);
 * doc.norm.slice(spans[0]!.start, spans[0]!.stop); // 'seize moment'
 * ```
 */
export function quoteMarks(doc: Document): QuoteMarks {
  return doc.layer(LAYER, build);
}

/**
 * The quoted stretches of a document, in order.
 *
 * @example
 * ```ts
 * quotedSpans(parse('The so-called "safe zone" held.')).length; // 1 (whether it is a quote is the extractor's call)
 * ```
 */
export function quotedSpans(doc: Document): readonly QuotedSpan[] {
  return quoteMarks(doc).spans;
}

const DOUBLE_OPEN = new Set(['“', '‟']);
const DOUBLE_CLOSE = new Set(['”']);
const SINGLE_OPEN = new Set(['‘', '‛']);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', ':', '“', '"', '‘']);

interface Mark {
  /** First token of the mark. */
  readonly at: number;
  /** One past the mark's last token (two for `` and ''). */
  readonly to: number;
  readonly kind: 'open' | 'close' | 'either';
}

/** Whether the token after `t` is glued to it (no space between). */
function glued(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  return next !== undefined && !next.spaceBefore && next.paragraph === toks[i]!.paragraph;
}

function isWordy(t: Token | undefined): boolean {
  return t !== undefined && t.pos !== 'PUNCT' && t.pos !== 'SYM';
}

/**
 * Whether a character code can open a quotation mark token (double and single marks, straight
 * and curly: `"` `'` `` ` `` `“` `”` `‟` `‘` `‛`).
 */
function isMarkChar(c: number): boolean {
  return c < 0x80
    ? c === 0x22 || c === 0x27 || c === 0x60
    : c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2018 || c === 0x201b;
}

/**
 * The tokens that open with a quotation character, in document order: one read of each
 * token's first character in the flat normalised text (eight native searches of the whole
 * text, one per character, cost several times more on a page of a few thousand characters).
 */
function markCandidates(toks: readonly Token[], norm: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < toks.length; i++) if (isMarkChar(norm.charCodeAt(toks[i]!.start))) found.push(i);
  return found;
}

/** The first position in the sorted `cands` holding a token at or after `first`. */
function firstCandidate(cands: readonly number[], first: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function doubleMarks(
  toks: readonly Token[],
  norm: string,
  first: number,
  end: number,
  cands: readonly number[],
): Mark[] {
  const out: Mark[] = [];
  // Only tokens opening with a quotation character can be marks: visit those, in order; `from` is
  // the first token still to visit (a two-token mark skips its second token).
  let from = first;
  for (let x = firstCandidate(cands, first); x < cands.length && cands[x]! < end; x++) {
    let i = cands[x]!;
    if (i < from) continue;
    from = i + 1;
    const c = norm.charCodeAt(toks[i]!.start);
    if (c !== 0x22 && c !== 0x27 && c !== 0x60 && c !== 0x201c && c !== 0x201d && c !== 0x201f) continue;
    const v = toks[i]!.value;
    if (DOUBLE_OPEN.has(v)) out.push({ at: i, to: i + 1, kind: 'open' });
    else if (DOUBLE_CLOSE.has(v)) out.push({ at: i, to: i + 1, kind: 'close' });
    else if (v === '"') out.push({ at: i, to: i + 1, kind: straightKind(toks, i, i + 1, first) });
    else if ((v === '`' || v === "'") && i + 1 < end && toks[i + 1]!.value === v && !toks[i + 1]!.spaceBefore) {
      // `` … '' and '' … '' (typewriter double quotes)
      const kind = v === '`' ? 'open' : straightKind(toks, i, i + 2, first);
      out.push({ at: i, to: i + 2, kind });
      i++;
      from = i + 1;
    } else if (
      v === "'" &&
      i + 1 < end &&
      /^'[A-Za-z]/.test(toks[i + 1]!.value) &&
      !toks[i + 1]!.spaceBefore &&
      (i === first || toks[i]!.spaceBefore)
    ) {
      // ''a …'': the tokenizer glued the second opening mark to the word ("'a").
      out.push({ at: i, to: i + 1, kind: 'open' });
    }
  }
  return out;
}

/** Opening, closing or either, for a straight mark spanning tokens [at, to). */
function straightKind(toks: readonly Token[], at: number, to: number, paragraphFirst: number): Mark['kind'] {
  const before = at === paragraphFirst || toks[at]!.spaceBefore || OPEN_CONTEXT.has(toks[at - 1]?.value ?? '');
  const after = to >= toks.length || toks[to]!.spaceBefore || toks[to]!.paragraph !== toks[at]!.paragraph;
  if (before && !after) return 'open';
  if (after && !before) return 'close';
  return 'either';
}

/** Records a quoted span: opening mark tokens `[open, openTo)`, closing mark at `close` (or -1), quoted tokens `[first, end)`. */
type PushSpan = (
  open: number,
  openTo: number,
  close: number,
  first: number,
  end: number,
  style: MarkStyle,
  balanced: boolean,
  closeTo?: number,
) => void;

function build(doc: Document): QuoteMarks {
  const toks = doc.tokens;
  const spanOf = new Int32Array(toks.length).fill(-1);
  const spans: QuotedSpan[] = [];
  const paras = doc.paragraphs;
  const cands = markCandidates(toks, doc.norm);
  // A double quote left open at a paragraph end, carried into the next paragraph.
  let carried: { open: Mark; paragraph: number } | null = null;
  const push = spanPusher(toks, spans, spanOf);

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const first = para.firstToken;
    const end = para.endToken;
    if (end <= first) continue;
    const marks = doubleMarks(toks, doc.norm, first, end, cands);
    let open: Mark | null = null;
    if (carried !== null) {
      // The previous paragraph's quote goes on if this paragraph opens with a mark.
      const m0 = marks[0];
      if (m0 !== undefined && m0.at === first && m0.kind !== 'close') {
        open = carried.open;
        marks.shift();
      } else {
        const c = carried.open;
        push(c.at, c.to, -1, c.to, paras[carried.paragraph]!.endToken, 'double', false);
      }
      carried = null;
    }
    open = pairDoubles(toks, first, marks, open, push);
    if (open !== null) carried = { open, paragraph: p };
    if (carried !== null && !opensWithMark(toks, paras[p + 1])) {
      const c = carried.open;
      push(c.at, c.to, -1, c.to, unclosedEnd(doc, c.to, end), 'double', false);
      carried = null;
    }
    singles(toks, doc.norm, first, end, spanOf, push, cands);
  }
  if (carried !== null) {
    const c = carried.open;
    push(c.at, c.to, -1, c.to, unclosedEnd(doc, c.to, paras[carried.paragraph]!.endToken), 'double', false);
  }
  return renumbered(spans, spanOf);
}

/** More sentences than this after an opening mark that never closes are no longer the quote's. */
const UNCLOSED_SENTENCES = 3;

/**
 * Where a double quote that never closes ends: at its paragraph's end, unless more than
 * {@link UNCLOSED_SENTENCES} sentences follow in that paragraph (a page run into one paragraph,
 * its closing mark lost): then at the end of the sentence the quote opens in.
 */
function unclosedEnd(doc: Document, from: number, end: number): number {
  const toks = doc.tokens;
  const t = toks[from];
  if (t === undefined || from >= end) return end;
  const cue = invertedCueAt(doc, from, Math.min(end, doc.sentences[t.sentence]!.endToken));
  if (cue !== -1) return cue;
  if (toks[end - 1]!.sentence - t.sentence <= UNCLOSED_SENTENCES) return end;
  return Math.min(end, doc.sentences[t.sentence]!.endToken);
}

/** The forms of the speech verbs that take a content clause (said, told, added, …). */
const CLAUSE_CUES: ReadonlySet<string> = speechForms('quoteCues');

/**
 * "“The bombing of a hospital is an outrage said Dr Ana Ruiz, the medical manager.": in the first
 * sentence of a quote whose closing mark was lost, a lower-case speech verb after a word of the
 * quote (no comma), followed only by its speaker up to the sentence end (no finite verb), is the
 * attribution: the quote ends before it. -1 when there is none.
 */
function invertedCueAt(doc: Document, from: number, stop: number): number {
  const toks = doc.tokens;
  // (A cue needs no verb after it up to `stop`: only cues after the sentence's last verb qualify, found
  // once here rather than by a scan from every candidate.)
  const last = lastVerb(toks, from + 2, stop);
  for (let k = Math.max(from + 2, last); k < stop - 1; k++) {
    const t = toks[k]!;
    if (t.value !== t.lower || !CLAUSE_CUES.has(t.lower) || t.lower.endsWith('ing')) continue;
    if (last > k) continue;
    const prev = toks[k - 1]!;
    const next = toks[k + 1]!;
    // "“We will stay, the mayor said.": the speaker before the cue, after the quote's comma.
    const comma = subjectAfterComma(toks, from, k);
    if (comma !== -1) return comma;
    if (prev.pos === 'PUNCT' || prev.pos === 'DET' || prev.pos === 'AUX' || prev.pos === 'PRON') continue;
    if (next.pos === 'PROPN' || next.pos === 'DET') return k;
  }
  return -1;
}

/** The last verb or auxiliary in [a, b), or `a` when there is none. */
function lastVerb(toks: readonly Token[], a: number, b: number): number {
  for (let j = b - 1; j > a; j--) if (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'VERB') return j;
  return a;
}

/**
 * The comma before the subject of the cue at `k` (a pronoun, or a noun phrase of at most five words:
 * `, he said`, `, the mayor said`, `, Ana Ruiz said`), after the quote's first words; or -1.
 */
function subjectAfterComma(toks: readonly Token[], from: number, k: number): number {
  const j = k - 1;
  const t = toks[j]!;
  if (t.pos === 'PRON')
    return SUBJECT_PRONOUNS.has(t.lower) && toks[j - 1]?.value === ',' && j - 1 > from ? j - 1 : -1;
  let m = j;
  while (
    m > from &&
    k - m <= 5 &&
    (toks[m]!.pos === 'NOUN' || toks[m]!.pos === 'PROPN' || toks[m]!.pos === 'ADJ' || toks[m]!.pos === 'DET')
  )
    m--;
  return m < j && m > from + 1 && toks[m]!.value === ',' && (toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'PROPN')
    ? m
    : -1;
}

/** The {@link PushSpan} that appends to `spans` and marks the span's tokens (marks included) in `spanOf`. */
function spanPusher(toks: readonly Token[], spans: QuotedSpan[], spanOf: Int32Array): PushSpan {
  return (open, openTo, close, first, end, style, balanced, closeTo = close + 1) => {
    if (end <= first) return;
    const index = spans.length;
    let start = open >= 0 ? toks[openTo - 1]!.end : toks[first]!.start;
    if (open >= 0 && toks[openTo - 1]!.value === "'" && /^'[A-Za-z]/.test(toks[openTo]?.value ?? '')) start += 1;
    const stop = close >= 0 ? toks[close]!.start : toks[end - 1]!.end;
    spans.push({
      index,
      open,
      close,
      closeEnd: close >= 0 ? closeTo : end,
      first,
      end,
      start,
      stop,
      style,
      firstParagraph: toks[first]!.paragraph,
      lastParagraph: toks[end - 1]!.paragraph,
      balanced,
    });
    const from = open >= 0 ? open : first;
    const to = close >= 0 ? closeTo : end;
    for (let k = from; k < to; k++) spanOf[k] = index;
  };
}

/**
 * Pairs the double marks of one paragraph (first token `first`), given the
 * mark still open from the paragraph before; returns the mark left open at its end.
 */
function pairDoubles(
  toks: readonly Token[],
  first: number,
  marks: readonly Mark[],
  open: Mark | null,
  push: PushSpan,
): Mark | null {
  let sawMark = false;
  for (const m of marks) {
    if (open === null) {
      if (m.kind === 'close' && !sawMark) {
        // A closing mark with no opening one: recover from the paragraph start.
        push(-1, -1, m.at, first, m.at, 'double', false, m.to);
      } else if (m.kind !== 'close') open = m;
      // A closing mark after other quotes with no opener in between is dropped.
    } else if (m.kind === 'open' && m.at > open.to && isWordy(toks[m.to]) && toks[m.at - 1]?.value !== ',') {
      // A second opening mark: the first one was never closed. Close it before
      // this mark if that leaves a sentence boundary, else treat the mark as closing.
      const prev = toks[m.at - 1]!;
      if (/^[.!?]$/.test(prev.value)) {
        push(open.at, open.to, -1, open.to, m.at, 'double', false);
        open = m;
      } else {
        push(open.at, open.to, m.at, open.to, m.at, 'double', true, m.to);
        open = null;
      }
    } else {
      push(open.at, open.to, m.at, open.to, m.at, 'double', true, m.to);
      open = null;
    }
    sawMark = true;
  }
  return open;
}

/** Whether a paragraph opens with a double opening mark (a quote carried over goes on there). */
function opensWithMark(toks: readonly Token[], next: Paragraph | undefined): boolean {
  return (
    next !== undefined &&
    next.endToken > next.firstToken &&
    (DOUBLE_OPEN.has(toks[next.firstToken]!.value) ||
      (toks[next.firstToken]!.value === '"' && !toks[next.firstToken + 1]?.spaceBefore))
  );
}

/** The spans in text order, numbered again (singles are found after doubles of the same paragraph), with `spanOf` redone. */
function renumbered(spans: QuotedSpan[], spanOf: Int32Array): QuoteMarks {
  spans.sort((a, b) => a.first - b.first);
  const renum = spans.map((s, i) => ({ ...s, index: i }));
  spanOf.fill(-1);
  for (const s of renum) {
    const from = s.open >= 0 ? s.open : s.first;
    const to = s.closeEnd;
    for (let k = from; k < to; k++) spanOf[k] = s.index;
  }
  return { spans: renum, spanOf };
}

/** Parts of speech that open the noun a plural possessor owns ("the rebels’ [new] homes", "the countries’ [two] leaders"). */
const POSSESSED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether the single mark at `j` (glued to the word before it, a space after)
 * is the apostrophe of a plural possessive: a word ending in `s` before it and
 * the possessed noun phrase after it (`the countries’ leaders`). Such a mark is
 * never a closing quotation mark; one after an `s` followed by anything else
 * (`‘heroes’ and`, `‘traitors’ on Monday`) still closes.
 */
function isPluralPossessive(toks: readonly Token[], j: number): boolean {
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (prev === undefined || next === undefined || next.paragraph !== toks[j]!.paragraph) return false;
  const last = prev.value.charCodeAt(prev.value.length - 1);
  return (last === 0x73 || last === 0x53) && POSSESSED.has(next.pos) && isWordy(next);
}

/** Pairs single marks outside double-quoted stretches of one paragraph. */
function singles(
  toks: readonly Token[],
  norm: string,
  first: number,
  end: number,
  spanOf: Int32Array,
  push: (open: number, openTo: number, close: number, f: number, e: number, s: MarkStyle, b: boolean) => void,
  cands: readonly number[],
): void {
  // Only tokens opening with a quotation character are visited; `from` is the first token still to visit.
  let from = first;
  for (let x = firstCandidate(cands, first); x < cands.length && cands[x]! < end; x++) {
    const i = cands[x]!;
    if (i < from) continue;
    from = i + 1;
    if (spanOf[i] !== -1) continue;
    // Only ‘ ‛ ' can open a single-quoted stretch.
    const c = norm.charCodeAt(toks[i]!.start);
    if (c !== 0x2018 && c !== 0x201b && c !== 0x27) continue;
    const v = toks[i]!.value;
    const isOpen =
      SINGLE_OPEN.has(v) ||
      (v === "'" &&
        (i === first || toks[i]!.spaceBefore || OPEN_CONTEXT.has(toks[i - 1]!.value)) &&
        glued(toks, i) &&
        isWordy(toks[i + 1]));
    if (!isOpen || !glued(toks, i)) continue;
    // Find the closing mark: glued to the word before it, followed by a space, punctuation or the end.
    let close = -1;
    const limit = Math.min(end, i + 120);
    for (let j = i + 2; j < limit; j++) {
      if (spanOf[j] !== -1) break;
      const w = toks[j]!.value;
      if (w !== '’' && w !== "'") continue;
      if (toks[j]!.spaceBefore) continue;
      const next = toks[j + 1];
      const atEnd = j + 1 >= end || next === undefined;
      const followedByPunct = !atEnd && next!.pos === 'PUNCT';
      const followedBySpace = !atEnd && next!.spaceBefore;
      if (!atEnd && !followedByPunct && !followedBySpace) continue; // inside a word
      if (isPluralPossessive(toks, j)) continue; // "the countries’ leaders": an apostrophe, never a closing mark
      close = j;
      break;
    }
    if (close === -1) continue;
    push(i, i + 1, close, i + 1, close, 'single', true);
    from = close + 1;
  }
}
