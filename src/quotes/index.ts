/**
 * Quotes with speakers: direct (in quotation marks), indirect (reported
 * speech after a cue from the data file) and mixed (reported speech carrying
 * verbatim words), each with the cue and the speaker resolved through the
 * shared entity registry (names clustered to the fullest form, pronouns,
 * descriptions linked to the person holding the role).
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { EntityRef, Quote, QuoteKind, Resolution as SpeakerResolution } from '../types.js';
import { resolveActor, type ResolvedActor } from '../actors/speaker.js';
import { quoteMarks, type QuotedSpan } from '../marks/index.js';
import {
  attributedClauses,
  clauseSentence,
  cueVerb,
  hasFiniteVerb,
  isMark,
  refOfSpeaker,
  type AttributedClause,
  type AttributedKind,
  type Attribution,
  type CueMatch,
} from '../attribution/index.js';
import { npBack, skipBackBetween } from '../syntax/phrases.js';
import { checkDocument } from '../document/input.js';
import { applySalience, type SalienceItem } from './salience.js';
import { headlineQuotes } from './headline.js';
import { isDescriptionHead } from '../actors/lexicon.js';
import { isNameToken } from '../actors/names.js';
import { COORDINATORS, REDUCED_CLAUSE_OPENERS } from '../lexicon/en/index.js';
import { startsAsciiUpper } from '../syntax/tokens.js';
import wordsOfFrame from '../lexicon/en/words-of.json';

/** The demonstratives and nouns of `Those were the words of X` (src/lexicon/en/words-of.json). */
const WORDS_OF_DEMONSTRATIVES: ReadonlySet<string> = new Set(wordsOfFrame.demonstratives);
const WORDS_OF_NOUNS: ReadonlySet<string> = new Set(wordsOfFrame.nouns);

/** A quote before conversion to input offsets. */
interface Draft {
  /** Normalised offsets of the quote text. */
  readonly start: number;
  readonly stop: number;
  /** Token range (for ordering and overlap). */
  readonly first: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly speaker: ResolvedActor | null;
  readonly resolvedBy: SpeakerResolution | null;
  readonly cue: readonly [number, number, string] | null;
  readonly confidence: number;
  readonly quote: QuotedSpan | null;
}

/**
 * Finds direct, indirect and mixed quotes with their speakers.
 *
 * @param doc - a document from {@link parse}
 * @returns the quotes in document order (boilerplate ones only with `includeBoilerplate`)
 *
 * @example
 * ```ts
 * import { parse, extractQuotes } from 'newsfacts';
 * const [q] = extractQuotes(parse('"We will not leave," Jaafari said.'));
 * // q.kind === 'direct'; q.text === 'We will not leave,'; q.speaker?.name === 'Jaafari'; q.cue?.lemma === 'say'
 * ```
 */
export function extractQuotes(doc: Document): Quote[] {
  checkDocument(doc, 'extractQuotes');
  const toks = doc.tokens;
  if (toks.length === 0) return [];
  const attributed = attributedClauses(doc);
  const drafts: Draft[] = [];
  /** Tokens already covered by a quote's content (one byte per token: a list of ranges cost O(quotes) per cue). */
  const covered = new Uint8Array(toks.length);
  // The attribution layer's clauses: one answer for quotes, casualty and claim sources.
  for (const { at, kind } of attributed.clauses) {
    pushClause(drafts, doc, at, kind);
    covered.fill(1, Math.max(0, at.content![0]), at.content![1]);
  }
  addHeadlineQuotes(doc, drafts, covered);
  addLoneQuotes(doc, drafts, new Set(attributed.consumed), attributed.clauses);
  drafts.sort((x, y) => x.first - y.first || y.end - x.end);
  applySpeakerSalience(doc, drafts);
  return toQuotes(doc, drafts);
}

/** Headline attributions ("… : monitor") where no cue took the headline. */
function addHeadlineQuotes(doc: Document, drafts: Draft[], covered: Uint8Array): void {
  const toks = doc.tokens;
  for (const h of headlineQuotes(doc)) {
    if (covered[h.first] === 1 || covered[h.end - 1] === 1) continue;
    drafts.push({
      start: toks[h.first]!.start,
      stop: toks[h.end - 1]!.end,
      first: h.first,
      end: h.end,
      kind: 'indirect',
      speaker: h.speaker,
      resolvedBy: null,
      cue: null,
      confidence: 0.6,
      quote: null,
    });
    covered.fill(1, Math.max(0, h.first), h.end);
  }
}

/** Quoted stretches no cue took: "with the words", interrupted quotes, continuation paragraphs. */
function addLoneQuotes(
  doc: Document,
  drafts: Draft[],
  consumed: Set<number>,
  clauses: readonly AttributedClause[],
): void {
  drafts.sort((x, y) => x.first - y.first);
  const sorted = drafts.slice();
  let byCue: Map<number, AttributedClause> | null = null;
  for (const q of quoteMarks(doc).spans) {
    if (consumed.has(q.index)) continue;
    const framed = withTheWords(doc, q) ?? quotedPredicate(doc, q);
    if (framed !== null) {
      insertSorted(drafts, sorted, framed);
      consumed.add(q.index);
      continue;
    }
    const named = wordsOf(doc, q);
    if (named !== null) {
      insertSorted(drafts, sorted, named);
      consumed.add(q.index);
      continue;
    }
    const k = cueAfter(doc, q);
    if (k !== -1) {
      // "“…” the agency said adding that …": a quote with a cue of its own after it that took another
      // content is that cue's speaker's, or (no clause for the cue) nobody's.
      byCue ??= new Map(clauses.map((c) => [c.at.cue.first, c]));
      const own = byCue.get(k);
      if (own === undefined || own.at.speaker === null) continue;
      const d = directDraft(q, own.at.speaker, cueOf(doc, own.at.cue), 0.75, null);
      insertSorted(drafts, sorted, d);
      consumed.add(q.index);
      continue;
    }
    const d = loneQuote(doc, q, sorted);
    if (d !== null) {
      insertSorted(drafts, sorted, d);
      consumed.add(q.index);
    }
  }
}

/** Adds a draft, keeping `sorted` in order: lone quotes come in document order, after earlier drafts mostly. */
function insertSorted(drafts: Draft[], sorted: Draft[], d: Draft): void {
  drafts.push(d);
  let at = sorted.length;
  while (at > 0 && sorted[at - 1]!.first > d.first) at--;
  sorted.splice(at, 0, d);
}

/**
 * Pronouns and second references ("the group", "the source") take the latest fitting speaker;
 * quotes that carry an earlier quote's speaker (continuations, interrupted quotes) follow its change.
 */
function applySpeakerSalience(doc: Document, drafts: Draft[]): void {
  const items: SalienceItem[] = drafts.map((d) => ({ first: d.first, end: d.end, speaker: d.speaker }));
  const seen = new Set<ResolvedActor>();
  const carried = drafts.map((d) => {
    if (d.speaker === null) return false;
    if (d.resolvedBy !== null || seen.has(d.speaker)) return true;
    seen.add(d.speaker);
    return false;
  });
  applySalience(
    doc,
    items.filter((_, k) => !carried[k]),
  );
  const changed = new Map<ResolvedActor, ResolvedActor | null>();
  for (let k = 0; k < drafts.length; k++) {
    const was = drafts[k]!.speaker;
    if (carried[k] && was !== null && changed.has(was)) items[k]!.speaker = changed.get(was)!;
    const sp = items[k]!.speaker;
    if (sp === was) continue;
    if (was !== null) changed.set(was, sp);
    drafts[k] = { ...drafts[k]!, speaker: sp };
  }
}

/** The drafts as output quotes: overlaps dropped (the earlier kept), boilerplate unless asked, input offsets. */
function toQuotes(doc: Document, drafts: readonly Draft[]): Quote[] {
  const toks = doc.tokens;
  const out: Quote[] = [];
  let lastEnd = -1;
  for (const d of drafts) {
    if (d.first < lastEnd) continue; // overlapping: keep the earlier
    const span = doc.span(d.start, d.stop);
    if (span.text.trim() === '') continue;
    const boilerplate = doc.isBoilerplate(d.start);
    if (boilerplate && !doc.options.includeBoilerplate) continue;
    lastEnd = d.end;
    // Plain literals (no object spread): one fixed shape per output object.
    let cue: Quote['cue'] = null;
    if (d.cue !== null) {
      const c = doc.span(toks[d.cue[0]]!.start, toks[d.cue[1] - 1]!.end);
      cue = { start: c.start, end: c.end, text: c.text, lemma: d.cue[2] };
    }
    out.push({
      start: span.start,
      end: span.end,
      text: span.text,
      boilerplate,
      kind: d.kind,
      speaker: speakerOf(doc, d),
      cue,
      confidence: round(d.confidence * (d.speaker?.confidence ?? 0.5)),
    });
  }
  return out;
}

/** Adds the draft of one attributed clause; content before its cue takes in reported speech nested in it. */
function pushClause(drafts: Draft[], doc: Document, at: Attribution, kind: AttributedKind): void {
  const toks = doc.tokens;
  const cue = at.cue;
  if (kind === 'direct') {
    drafts.push(directDraft(at.direct!, at.speaker, cueOf(doc, cue), at.confidence, null));
    return;
  }
  const [a, b] = at.content!;
  if (b <= cue.first) {
    // "X began calling her ''…,'' Y said": drop the nested drafts.
    for (let d = drafts.length - 1; d >= 0; d--) {
      const x = drafts[d]!;
      if (x.end <= a) break; // drafts are in document order here
      if (x.first >= a && x.end <= b && x.quote === null) drafts.splice(d, 1);
    }
  }
  drafts.push({
    start: toks[a]!.start,
    stop: toks[b - 1]!.end,
    first: a,
    end: b,
    kind,
    speaker: at.speaker,
    resolvedBy: null,
    cue: cueOf(doc, cue),
    confidence: at.confidence,
    quote: null,
  });
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function cueOf(doc: Document, cue: CueMatch): [number, number, string] {
  void doc;
  return [cue.first, cue.end, cue.lemma];
}

function directDraft(
  q: QuotedSpan,
  speaker: ResolvedActor | null,
  cue: readonly [number, number, string] | null,
  confidence: number,
  resolvedBy: SpeakerResolution | null,
): Draft {
  return {
    start: q.start,
    stop: q.stop,
    first: q.first,
    end: q.end,
    kind: 'direct',
    speaker,
    resolvedBy,
    cue,
    confidence: q.balanced ? confidence : confidence * 0.7,
    quote: q,
  };
}

function speakerOf(doc: Document, d: Draft): EntityRef | null {
  return d.speaker === null ? null : refOfSpeaker(doc, d.speaker, d.resolvedBy ?? d.speaker.resolvedBy);
}

/** A quoted stretch no cue took: `… with the words “…”`, an interrupted quote, a continuation paragraph. */
function loneQuote(doc: Document, q: QuotedSpan, drafts: readonly Draft[]): Draft | null {
  const at = previousIndex(drafts, q.first);
  const prev = at < 0 ? null : drafts[at]!;
  return (
    interrupted(doc, q, prev) ??
    interruptedOverTail(doc, q, prev, at < 1 ? null : drafts[at - 1]!) ??
    continuation(doc, q, prev)
  );
}

/** "celebrated with the words “…”": the verb's subject speaks. */
function withTheWords(doc: Document, q: QuotedSpan): Draft | null {
  const toks = doc.tokens;
  const open = q.open;
  if (!(
    open >= 3 &&
    toks[open - 1]!.lower === 'words' &&
    toks[open - 2]!.lower === 'the' &&
    (toks[open - 3]!.lower === 'with' || toks[open - 3]!.lower === 'in')
  ))
    return null;
  // The verb, possibly with its object between ("greeted the runners with the words").
  let v = open - 4;
  const reach = Math.max(0, open - 10);
  while (v > reach && toks[v]!.pos !== 'VERB' && toks[v]!.pos !== 'PUNCT') v--;
  if (v < 0 || toks[v]!.pos !== 'VERB') return null;
  const floor = doc.sentences[toks[v]!.sentence]!.firstToken;
  const p = skipBackBetween(doc, v - 1, floor);
  if (p < floor) return null;
  const s = npBack(doc, p, floor);
  const speaker = resolveActor(doc, s, p + 1);
  return directDraft(q, speaker, [v, open, `${toks[v]!.lower} with the words`], 0.8, null);
}

/** Longest speaker phrase {@link wordsOf} reads after `of`, in tokens. */
const WORDS_OF_REACH = 20;

/**
 * A quote that ends its sentence, named by the next one: `“We will not stop.” Those were the words of
 * Samir Haddad, a commander …` (src/lexicon/en/words-of.json) — the one after `of` speaks; `null`
 * when the sentence after the quote is no such frame.
 */
function wordsOf(doc: Document, q: QuotedSpan): Draft | null {
  const toks = doc.tokens;
  if (q.close < 0) return null;
  const d = q.closeEnd;
  const dem = toks[d];
  if (dem === undefined || !WORDS_OF_DEMONSTRATIVES.has(dem.lower) || !startsAsciiUpper(dem.value)) return null;
  if (toks[d + 1]?.pos !== 'AUX' || toks[d + 2]?.lower !== 'the') return null;
  if (!WORDS_OF_NOUNS.has(toks[d + 3]?.lower ?? '') || toks[d + 4]?.lower !== 'of') return null;
  const a = d + 5;
  const stop = Math.min(clauseSentence(doc, a)[1], a + WORDS_OF_REACH);
  let e = a;
  while (e < stop && !isMark(toks[e]) && !/^[.;:!?]$/.test(toks[e]!.value)) e++;
  const speaker = e > a ? resolveActor(doc, a, e) : null;
  if (speaker === null) return null;
  return directDraft(q, speaker, [d, a, 'words of'], 0.75, null);
}

/** A quote used as the predicate of its speaker: 'The agency "has documented 40 cases"'. */
function quotedPredicate(doc: Document, q: QuotedSpan): Draft | null {
  const toks = doc.tokens;
  const open = q.open;
  const head = toks[q.first];
  if (
    open < 1 ||
    head === undefined ||
    !(head.pos === 'AUX' || (head.pos === 'VERB' && !head.lower.endsWith('ing'))) ||
    !hasFiniteVerb(doc, q.first, q.end)
  )
    return null;
  const p = open - 1;
  const t = toks[p]!;
  const floor = doc.sentences[toks[open]!.sentence]!.firstToken;
  if (p < floor || !(t.pos === 'NOUN' || t.pos === 'PROPN' || isNameToken(doc, p)) || isMark(t)) return null;
  const s = npBack(doc, p, floor);
  const speaker = s === floor || toks[s - 1]?.value === ',' ? resolveActor(doc, s, p + 1) : null;
  if (speaker !== null && speaker.kind !== 'description') return directDraft(q, speaker, null, 0.6, null);
  if (speaker !== null && speaker.resolvedBy === 'description' && isDescriptionHead(toks[p]!.lower))
    return directDraft(q, speaker, null, 0.6, null);
  return null;
}

/** The index of the last draft starting before token `first` (drafts in document order), or -1. */
function previousIndex(drafts: readonly Draft[], first: number): number {
  let lo = 0;
  let hi = drafts.length - 1;
  let prev = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.first < first) {
      prev = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return prev;
}

/**
 * Interrupted: “…,” he said. “…” — only the attribution lies between the two quotes. The quote
 * before may also be reported speech with the cue after it (`Obama “felt bound to act,” an aide
 * said. “…”`, `The plan failed, she said. “…”`).
 */
function interrupted(doc: Document, q: QuotedSpan, prev: Draft | null): Draft | null {
  if (prev === null || prev.cue === null) return null;
  if (prev.kind === 'direct' && prev.quote === null) return null;
  // ("“…,” she told AFP. “…”": a direct quote whose pronoun found no antecedent is still the one
  // interrupted; its speaker, null here, is the one salience gives both.)
  if (prev.speaker === null && prev.quote === null) return null;
  const toks = doc.tokens;
  const prevEnd = prev.quote !== null ? prev.quote.closeEnd - 1 : prev.end - 1;
  if (toks[prevEnd]!.paragraph !== toks[q.first]!.paragraph) return null;
  let between = q.open >= 0 ? q.open : q.first;
  // "The road is shut, he said, but “…”": a conjunction after the attribution's comma joins a quote
  // of the same speaker.
  if (COORDINATORS.has(toks[between - 1]?.lower ?? '') && toks[between - 2]?.value === ',') between--;
  const lead = toks[between - 1]?.value ?? '';
  if (
    prev.cue[1] <= between &&
    prev.cue[0] > prevEnd &&
    ((/^[.,:;]$/.test(lead) && !hasFiniteVerbBetween(doc, prev.cue[1], between)) ||
      attributionTail(doc, prev.cue[1], between))
  ) {
    return directDraft(q, prev.speaker, prev.cue, 0.85, prev.resolvedBy);
  }
  return null;
}

/** How far after a quote {@link cueAfter} looks for its own cue, in tokens. */
const CUE_AFTER_REACH = 20;

/**
 * The speech verb that follows a quoted clause with only its subject between (`“…” the agency said
 * adding …`, the comma lost), or -1: the quote has an attribution of its own and continues nobody.
 */
function cueAfter(doc: Document, q: QuotedSpan): number {
  const toks = doc.tokens;
  if (q.close < 0 || q.open < 0) return -1;
  // The quote opens its sentence (or follows a colon): not a title or scare quote inside a phrase.
  if (clauseSentence(doc, q.open)[0] !== q.open && toks[q.open - 1]!.value !== ':') return -1;
  const end = Math.min(clauseSentence(doc, q.close)[1], q.closeEnd + CUE_AFTER_REACH);
  for (let k = q.closeEnd; k < end; k++) {
    const t = toks[k]!;
    if (isMark(t) || t.pos === 'AUX') return -1;
    if (t.pos === 'VERB') return cueVerb(t.lower) !== null && hasFiniteVerb(doc, q.first, q.end) ? k : -1;
  }
  return -1;
}

/** Longest tail after a cue that {@link attributionTail} reads, in tokens. */
const TAIL_REACH = 40;
/** Longest quotation (a programme's or paper's title) an attribution's tail may hold, in tokens. */
const TITLE_REACH = 6;

/**
 * Whether [a, b) — after the cue of a quote, up to the mark of the next one — only finishes the
 * attribution's sentence, its verbs those of the speaker's apposition or a participle phrase
 * (`…,” said Ann Lee, a lawyer who works in Oslo. “…”`, `…,” he said, referring to the plan. “…”`,
 * `…,” he said on “Morning Talk.” “…”`): one sentence ending right before the mark, with no other
 * speech cue and no quotation but a short one (a title) in it.
 */
function attributionTail(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  if (b - a > TAIL_REACH || b - 1 <= a) return false;
  // (The sentence as the attribution layer joins it: "Tampa, Fla., who …" is one.)
  if (clauseSentence(doc, a)[1] !== b) return false;
  const marks = quoteMarks(doc);
  let last = '';
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (isMark(t)) {
      const q = marks.spanOf[k] === -1 ? null : marks.spans[marks.spanOf[k]!]!;
      if (q === null || q.open !== k || q.close < 0 || q.closeEnd > b || q.end - q.first > TITLE_REACH) return false;
      last = toks[q.end - 1]?.value ?? '';
      k = q.closeEnd - 1;
      continue;
    }
    if (t.pos === 'VERB' && cueVerb(t.lower) !== null && !speakersOwnCue(doc, k)) return false;
    last = t.value;
  }
  return last === '.';
}

/**
 * Whether the cue verb at `k` in an attribution's tail has no subject of its own: a participle
 * (`…, asking for anonymity`), a reduced clause (`when asked if …`) or a gerund after a preposition
 * (`an early voice in urging …`) — the speaker's own words or circumstances, not another speaker.
 */
function speakersOwnCue(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  const before = doc.tokens[k - 1];
  return (
    t.lower.endsWith('ing') ||
    (before !== undefined && (REDUCED_CLAUSE_OPENERS.has(before.lower) || before.pos === 'ADP'))
  );
}

/**
 * `“…,” said Ann Lee, who noted that prices fell. “…”`, `“…,” she said, adding that …. “…”`: the quote
 * before `q` is reported speech whose cue stands in the attribution of a direct quote before it, in one
 * sentence ending right before `q`'s mark — `q` continues that direct quote's speaker.
 */
function interruptedOverTail(doc: Document, q: QuotedSpan, prev: Draft | null, before: Draft | null): Draft | null {
  if (prev === null || before === null || prev.quote !== null || prev.cue === null || prev.cue[0] >= prev.first)
    return null;
  if (before.quote === null || before.cue === null || before.speaker === null || before.cue[1] > prev.cue[0])
    return null;
  const toks = doc.tokens;
  const open = q.open >= 0 ? q.open : q.first;
  if (prev.end > open || toks[before.quote.closeEnd - 1]!.paragraph !== toks[q.first]!.paragraph) return null;
  // (The tail is the rest of the direct quote's attribution sentence, its last word a full stop.)
  const a = before.cue[1];
  if (open - a > TAIL_REACH || clauseSentence(doc, a)[1] !== open || toks[open - 1]?.value !== '.') return null;
  return directDraft(q, before.speaker, before.cue, 0.8, before.resolvedBy);
}

/** A whole quoted paragraph: continues the speaker of the quote in the paragraph before. */
function continuation(doc: Document, q: QuotedSpan, prev: Draft | null): Draft | null {
  const toks = doc.tokens;
  const open = q.open;
  const para = doc.paragraphs[q.firstParagraph]!;
  const opensParagraph = open === para.firstToken || (open === -1 && q.first === para.firstToken);
  if (!opensParagraph || q.style !== 'double') return null;
  const lastPara = doc.paragraphs[q.lastParagraph]!;
  const close = q.close >= 0 ? q.closeEnd - 1 : q.end;
  if (lastPara.endToken - close > 2) return null;
  if (q.end - q.first < 4 || !hasFiniteVerb(doc, q.first, q.end)) return null;
  if (prev !== null && prev.speaker !== null) {
    const prevPara = toks[prev.end - 1]!.paragraph;
    if (prevPara >= q.firstParagraph - 1 && doc.paragraphs[prevPara]!.zone === 'body') {
      return directDraft(q, prev.speaker, null, 0.7, 'continuation');
    }
  }
  return directDraft(q, null, null, 0.3, null);
}

/** Whether tokens [a, b) contain a finite verb (an attribution has only punctuation after its cue). */
function hasFiniteVerbBetween(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}
