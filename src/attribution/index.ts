/**
 * Who reports a clause: every speech cue of the document (a verb of saying,
 * `according to`) with its source and the content it attributes, computed
 * once per Document and cached on it. Quotes, the source of a casualty figure
 * and the source of a claim all ask here, so one sentence gets one answer.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { EntityRef, Resolution } from '../types.js';
import type { ResolvedActor } from '../actors/speaker.js';
import { refFor } from '../entities/index.js';
import { timeEntities, type TimeIndex } from '../actors/entities.js';
import { quoteMarks, type QuoteMarks } from '../marks/index.js';
import { npBack, skipBackBetween } from '../syntax/phrases.js';
import { andAfterObject, attribute, participleAfterNoun, type Attribution } from './clause.js';
import { findCues, isMark, type CueMatch } from './cues.js';
import { reportAt } from './reports.js';
import { ARTICLES, NEGATIVE_DETERMINERS, RECORD_SOURCES } from '../lexicon/en/index.js';
import { isDescriptionHead } from '../actors/lexicon.js';
import { bodyNamedBefore } from '../actors/back-reference.js';
import { startsAsciiUpper } from '../syntax/tokens.js';

export { attribute, clauseSentence, hasFiniteVerb, isClosingMark, type Attribution } from './clause.js';
export { cueVerb, findCues, isMark, type CueFrame, type CueMatch } from './cues.js';
export { reportAt, type CountReport } from './reports.js';

/**
 * How an attributed clause reads: the quoted words themselves (`direct`),
 * reported speech (`indirect`), or reported speech carrying quoted words (`mixed`).
 *
 * @example
 * ```ts
 * const kind: AttributedKind = 'mixed'; // X said the deal "must not be missed"
 * ```
 */
export type AttributedKind = 'direct' | 'indirect' | 'mixed';

/**
 * One clause with its cue and source.
 *
 * @example
 * ```ts
 * attributedClauses(parse('Officials said the road was closed.')).clauses[0];
 * // { at: { cue: { lemma: 'say', … }, speaker: { name: 'Officials', … }, content: [2, 6], … }, kind: 'indirect' }
 * ```
 */
export interface AttributedClause {
  /** The cue, its source (`at.speaker`, before any salience step) and content. */
  readonly at: Attribution;
  readonly kind: AttributedKind;
}

/**
 * The attributed clauses of a document, in the order their cues stand.
 *
 * @example
 * ```ts
 * const { clauses, consumed } = attributedClauses(parse('"No," he said.'));
 * // clauses.length === 1; clauses[0].kind === 'direct'; consumed.has(0) === true
 * ```
 */
export interface DocumentAttributions {
  readonly clauses: readonly AttributedClause[];
  /** Indexes of the quoted spans a clause took (a direct quote, or the marks inside a mixed one). */
  readonly consumed: ReadonlySet<number>;
}

const LAYER = Symbol('attribution');

/**
 * Every attributed clause of the document, built once and cached on it.
 *
 * @param doc - a document from `parse`
 *
 * @example
 * ```ts
 * const doc = parse('Shelling resumed overnight, the monitor said.');
 * attributedClauses(doc).clauses[0]!.at.speaker?.name; // 'the monitor'
 * ```
 */
export function attributedClauses(doc: Document): DocumentAttributions {
  return doc.layer(LAYER, build);
}

/**
 * The attributed clause whose content holds token `k`, or `null`.
 *
 * @example
 * ```ts
 * const doc = parse('At least 40 people died, the monitor said.');
 * attributionAt(doc, 2)?.at.cue.lemma; // 'say'
 * ```
 */
export function attributionAt(doc: Document, k: number): AttributedClause | null {
  const all = attributedClauses(doc);
  const i = doc.layer(WIDEST, widestAt)[k];
  return i === undefined || i < 0 ? null : all.clauses[i]!;
}

/** Per document: the index of the widest clause holding each token, or -1 (a layer of the document, not a WeakMap entry). */
const WIDEST = Symbol('attribution-widest');

/**
 * A content before its cue may take in clauses nested in it ("X began calling her ''…,'' Y
 * said"): the widest wins (the first of equal width). Read once per document, so that asking
 * for every figure's clause stays linear (a scan of every clause per figure was quadratic).
 */
function widestAt(doc: Document): Int32Array {
  const clauses = attributedClauses(doc).clauses;
  const at = new Int32Array(doc.tokens.length).fill(-1);
  for (let i = 0; i < clauses.length; i++) {
    const [a, b] = clauses[i]!.at.content!;
    for (let k = Math.max(0, a); k < b && k < at.length; k++) {
      const j = at[k]!;
      if (j < 0) at[k] = i;
      else {
        const [ja, jb] = clauses[j]!.at.content!;
        if (b - a > jb - ja) at[k] = i;
      }
    }
  }
  return at;
}

/**
 * The source of the clause holding token `k` as the shared entity reference, or
 * `null` when no cue attributes it or its source names nobody. A token no speech
 * clause holds takes the subject of a count report before it ({@link reportAt}:
 * "the monitor gave a toll of 36 dead").
 *
 * @example
 * ```ts
 * const doc = parse('At least 40 people died, the Syrian Observatory for Human Rights said.');
 * sourceAt(doc, 2)?.name; // 'Syrian Observatory for Human Rights'
 * ```
 */
export function sourceAt(doc: Document, k: number): EntityRef | null {
  const c = attributionAt(doc, k);
  // No speech clause holds the token: the subject of a count it reports ("the monitor gave a toll of 36").
  const s = c === null ? (reportAt(doc, k)?.speaker ?? null) : c.at.speaker;
  if (s === null) return null;
  // "The monitoring group updated its toll of 15": the one body of that kind named before.
  return refOfSpeaker(doc, bodyNamedBefore(doc, s) ?? s);
}

/**
 * The shared entity reference of a speaker the actors layer resolved: its mention,
 * role, organisation and registry entity, and how it was resolved (`resolvedBy`
 * when the reader that found it knows better, e.g. `salience`).
 *
 * @example
 * ```ts
 * const doc = parse('The monitor said 12 people died.');
 * refOfSpeaker(doc, resolveActor(doc, 0, 2)!).name; // 'monitor'
 * ```
 */
export function refOfSpeaker(doc: Document, s: ResolvedActor, resolvedBy: Resolution = s.resolvedBy): EntityRef {
  return refFor(doc, {
    name: s.name,
    kind: s.kind,
    first: s.mention[0],
    end: s.mention[1],
    role: s.role,
    organisation: s.organisation,
    resolvedBy,
    entity: s.entity,
    // always set (undefined when none), so that refFor reads one shape
    aliases: s.aliases,
  });
}

function build(doc: Document): DocumentAttributions {
  const toks = doc.tokens;
  const clauses: AttributedClause[] = [];
  const consumed = new Set<number>();
  if (toks.length === 0) return { clauses, consumed };
  const marks = quoteMarks(doc);
  const dates = timeEntities(doc);
  const cues = findCues(doc);
  /** Tokens already covered by a clause's content (one byte per token). */
  const covered = new Uint8Array(toks.length);
  // Cues sentence by sentence: left bounds first, so one content stops where the next attribution starts.
  let i = 0;
  while (i < cues.length) {
    const s = toks[cues[i]!.first]!.sentence;
    let j = i;
    while (j < cues.length && toks[cues[j]!.first]!.sentence === s) j++;
    const group = cues.slice(i, j);
    // Only a later cue's start bounds a content (see nextClauseBound): the first cue of a sentence,
    // most sentences' only one, needs no walk back to its subject here.
    const bounds = group.map((c, g) => (g === 0 ? -1 : attributionStart(doc, c, dates, marks)));
    let previous: Attribution | null = null;
    for (let g = 0; g < group.length; g++) {
      const cue = group[g]!;
      if (covered[cue.first] === 1) continue; // reported speech nested in reported speech
      const at = attribute(doc, cue, previous, nextClauseBound(doc, bounds, g, cue.end));
      if (at === null) continue;
      // "I call on the council to meet the leader added": a first-person cue before another cue of its
      // sentence (a comma between, no clause break), stands in that one's words (their quotation marks lost).
      if (g + 1 < group.length && firstPersonSubject(doc, at) && !punctuated(doc, cue.end, group[g + 1]!.first))
        continue;
      previous = at;
      const clause = accept(doc, at, consumed);
      if (clause === null) continue;
      clauses.push(clause);
      const [a, b] = clause.at.content!;
      covered.fill(1, Math.max(0, a), b);
    }
    i = j;
  }
  return { clauses, consumed };
}

/** The clause an attribution gives, or `null` (no content, a quote taken already, nobody speaking). */
function accept(doc: Document, at: Attribution, consumed: Set<number>): AttributedClause | null {
  if (at.content === null) return null;
  if (at.direct !== null) {
    if (consumed.has(at.direct.index)) return null;
    consumed.add(at.direct.index);
    return { at: { ...at, content: [at.direct.first, at.direct.end] }, kind: 'direct' };
  }
  const toks = doc.tokens;
  const cue = at.cue;
  // "it is safe to say …", "to appeal to …", "Send tips to …": an infinitive or imperative cue with nobody speaking.
  if (
    at.speaker === null &&
    (toks[cue.first - 1]?.lower === 'to' || at.leftBound === cue.first) &&
    !(cue.type === 'according' && citesRecord(doc, cue.end))
  )
    return null;
  // "No group has said it carried out the attacks", "Nobody said …": a negative subject before the cue
  // reports that nothing was said, no words of anyone.
  if (negativeSubject(doc, at)) return null;
  const marks = quoteMarks(doc);
  const spanOf = marks.spanOf;
  let kind: AttributedKind = 'indirect';
  const [a, b] = at.content;
  // '"…" said X a young mechanic said': a content that opens on a quotation's closing mark is the
  // attribution of that quotation, not words of this cue.
  const opening = spanOf[a]!;
  if (opening !== -1 && marks.spans[opening]!.close === a) return null;
  for (let k = a; k < b; k++) {
    const qi = spanOf[k]!;
    if (qi !== -1) {
      kind = 'mixed';
      consumed.add(qi);
    }
  }
  return { at, kind };
}

/** Marks that end one clause of a sentence before another (a comma does not: `…, the statement said`). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['...', '…', ';', ':', '—', '–']);

/** Whether a clause break ({@link CLAUSE_BREAKS}) stands in tokens [a, b). */
function punctuated(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CLAUSE_BREAKS.has(doc.tokens[k]!.value)) return true;
  return false;
}

/** Whether the cue's subject is `I` or `we`, right before it. */
function firstPersonSubject(doc: Document, at: Attribution): boolean {
  if (at.speaker !== null || at.leftBound >= at.cue.first) return false;
  const w = doc.tokens[at.leftBound]!.lower;
  return w === 'i' || w === 'we';
}

/** Whether the cue's subject, before it, opens with a negative determiner (`no group`, `nobody`, `none of them`). */
function negativeSubject(doc: Document, at: Attribution): boolean {
  const toks = doc.tokens;
  const cue = at.cue;
  if (at.content === null || at.content[0] < cue.first) return false;
  const first = at.speaker !== null ? at.speaker.mention[0] : at.leftBound;
  if (first >= cue.first) return false;
  const w = toks[first]?.lower ?? '';
  return (
    NEGATIVE_DETERMINERS.has(w) ||
    (toks[first - 1]?.lower === 'no' && toks[first - 1]!.sentence === toks[first]!.sentence)
  );
}

/**
 * Whether the phrase after `according to` (from `k`, up to punctuation, at most eight words) names a
 * record or count (`exit polls`, `state corporate records`): an attribution with no speaker named.
 */
function citesRecord(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  for (let j = k; j < k + 8 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.pos === 'PUNCT') return false;
    if (RECORD_SOURCES.has(t.lower)) return true;
  }
  return false;
}

/** The first later attribution in the sentence that opens a new clause (after a comma or conjunction). */
function nextClauseBound(doc: Document, bounds: readonly number[], g: number, cueEnd: number): number {
  const toks = doc.tokens;
  if (g + 1 >= bounds.length) return Number.MAX_SAFE_INTEGER;
  const spanOf = quoteMarks(doc).spanOf;
  const endingAt = timeEntities(doc).endingAt;
  for (let k = g + 1; k < bounds.length; k++) {
    const b = bounds[k]!;
    const t = toks[b]!;
    const before = toks[b - 1];
    // "X added that health workers reported …": the `that` of this cue opens its content, with the
    // nested attribution inside it.
    if ((b === cueEnd && t.lower === 'that') || (b - 1 === cueEnd && before?.lower === 'that')) continue;
    // (Also with an adjunct between: "X said on Saturday that reliable sources reported …".)
    const that = t.lower === 'that' ? b : before?.lower === 'that' ? b - 1 : -1;
    if (that > cueEnd && that - cueEnd <= 4 && adjunctOnly(doc, cueEnd, that)) continue;
    if (t.value === ',' || t.value === ';' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return b;
    if (
      before !== undefined &&
      (before.value === ',' ||
        before.value === ';' ||
        before.value === '...' ||
        before.value === '…' ||
        before.pos === 'CCONJ' ||
        before.pos === 'SCONJ')
    )
      return b;
    // "… calling her ''scum,'' she said": a closing quotation mark before a new subject.
    if (before !== undefined && isMark(before) && spanOf[b - 1] !== -1) return b;
    // "… on Tuesday night he said …": a date or adverb before a new subject.
    if (before !== undefined && before.pos === 'ADV') return b;
    if (endingAt.has(b)) return b;
    // (The participle itself, its comma lost: "… the school adding that …", see attributionStart.)
    if (b > cueEnd && participleAfterNoun(doc, b)) return b;
    // "… by saying it looked like a provocation according to Reuters": a trailing `according to`
    // reports the whole sentence; the content before it ends there.
    if (b > cueEnd && t.lower === 'according' && toks[b + 1]?.lower === 'to' && namesSource(doc, b + 2)) return b;
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * Whether the phrase at `k` (after `according to`) opens with a source — a name, an article, or a
 * description head within two words (`Reuters`, `the release`, `civil defense officials`) — not with
 * a manner of sorting (`according to type`, `according to their location`).
 */
function namesSource(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k];
  if (t === undefined) return false;
  if (startsAsciiUpper(t.value) || ARTICLES.has(t.lower)) return true;
  for (let j = k; j < k + 3 && j < toks.length; j++) if (isDescriptionHead(toks[j]!.lower)) return true;
  return false;
}

/** Whether [a, b) holds no verb or punctuation: a short adjunct ("on Saturday", "in a statement"). */
function adjunctOnly(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  return true;
}

/** Where a cue's attribution starts (its subject, a coordinator, a participle's comma). */
function attributionStart(doc: Document, cue: CueMatch, dates: TimeIndex, marks: QuoteMarks): number {
  const toks = doc.tokens;
  const floor = doc.sentences[toks[cue.first]!.sentence]!.firstToken;
  if (cue.type === 'according') return toks[cue.first - 1]?.value === ',' ? cue.first - 1 : cue.first;
  // "said there are plans to reopen the school adding that …": a speech participle before `that`,
  // its comma lost, starts a second report of the same speaker (no reduced relative of the noun).
  if (cue.participle && participleAfterNoun(doc, cue.first)) return cue.first;
  const p = skipBackBetween(doc, cue.first - 1, floor, dates);
  const t = toks[p];
  if (p < floor || t === undefined) return cue.first;
  if (t.value === ',' || t.pos === 'CCONJ') return p;
  if (t.pos === 'PUNCT' || isMark(t)) return cue.first;
  const q = npBack(doc, p, floor, dates, marks);
  // "Turkey denied those accusations and the security sources said …": after a verb's object, "and" and a
  // determiner open a new clause, whose subject this is.
  const and = andAfterObject(doc, q, p, cue.participle ? -1 : cue.end);
  if (and !== -1) return and;
  // "…, while the government says": the subordinator starts the attribution.
  const before = toks[q - 1];
  if (before !== undefined && q - 1 >= floor && (before.pos === 'SCONJ' || before.pos === 'CCONJ')) {
    return toks[q - 2]?.value === ',' ? q - 2 : q - 1;
  }
  return q;
}
