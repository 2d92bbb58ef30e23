/**
 * Casualty figures: counts of people killed, injured, missing or abducted
 * (ANNOTATION.md §2). Outcome words are found by one Set lookup per token;
 * each rule then looks around its anchor inside the sentence (rules.ts),
 * subsets are added (subsets.ts), and each figure gets its scope (scope.ts)
 * and its reporting source from the attribution layer (`src/attribution/`).
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import { RELATIVE_PRONOUNS } from '../lexicon/en/index.js';
import type { CasualtyFigure, CasualtyOutcome, CasualtyScope } from '../types.js';
import { type Ctx, SLOT, dateMask, isMoneyStartToken, scratch } from './context.js';
import {
  ANCHOR,
  HOSPITAL_VERBS,
  IDENTIFIED,
  MONEY_AFTER,
  MONEY_BEFORE,
  isNonCasualtyVerb,
  SKIPPABLE,
  TOKEN_CLASS,
  VERB_LEMMAS,
} from './lexicon.js';
import { type Found, figuresAt, namesAfterColon } from './rules.js';
import { scopeOf } from './scope.js';
import { markRoundUpSums } from './sums.js';
import { attributionAt, sourceAt } from '../attribution/index.js';
import type { EntityRef } from '../types.js';
import { type ToldWhole, isWhole, partitivesOfPronoun, partsOfEarlier, partsOfTold, subsetsIn } from './subsets.js';
import { mayBeVague, readQuantity } from '../numbers/index.js';
import { checkDocument } from '../document/input.js';
import { defineWordClass } from '../document/classes.js';
import { hasParticipleEnding } from '../syntax/tokens.js';
import { sortSmall } from '../document/sort.js';

const BEFORE_SKIP = new Set(['the', 'all', 'of', 'some']);
const PRONOUNS = new Set(['him', 'her', 'them']);

/** People gathered, arrested, freed, evacuated or displaced are not casualties: "12 wounded soldiers were evacuated". */
function vetoed(ctx: Ctx, f: Found): boolean {
  const { toks } = ctx;
  let b = f.phrase.first - 1;
  while (b >= ctx.first && BEFORE_SKIP.has(toks[b]!.lower)) b--;
  if (b >= ctx.first && isNonCasualtyVerb(toks[b]!)) return true;
  // "Relatives of the slain lawyer gathered": the object of a preposition is not the verb's subject.
  if (f.phrase.first > ctx.first && toks[f.phrase.first - 1]!.pos === 'ADP' && f.anchor >= f.phrase.first) return false;
  // "Four of the wounded were evacuated": a part of the casualties told, whatever is done with them next.
  if (isPartitiveOfOutcome(ctx, f)) return false;
  let a = Math.max(f.phrase.end, f.phrase.victimsEnd);
  for (let n = 0; a < ctx.end && n < 3 && (SKIPPABLE.has(toks[a]!.lower) || toks[a]!.pos === 'ADV'); n++) a++;
  if (a >= ctx.end || a === f.anchor || !isNonCasualtyVerb(toks[a]!)) return false;
  // The object of its outcome verb followed by a finite verb ("a conflict that has killed 100,000 people
  // deploy…"): that verb is another clause's. A participle still tells of the people ("12 hostages freed").
  if (f.anchor < f.phrase.first && !hasParticipleEnding(toks[a]!.lower)) return false;
  // "were detained in hospital": kept there for treatment, not arrested.
  if (f.anchor > a && f.anchor - a <= 2 && toks[f.anchor]!.lower === 'hospital' && HOSPITAL_VERBS.has(toks[a]!.lower))
    return false;
  // "was arrested and was later killed": the outcome comes after, in a clause of its own.
  return !(toks[a + 1]?.lower === 'and' && f.anchor > a);
}

/** "four of the wounded", "two of the dead": a count of a whole the outcome word itself names. */
function isPartitiveOfOutcome(ctx: Ctx, f: Found): boolean {
  const a = f.anchor;
  const { toks } = ctx;
  return (
    a === f.phrase.end - 1 && a - 2 > f.phrase.first && toks[a - 1]!.lower === 'the' && toks[a - 2]!.lower === 'of'
  );
}

/**
 * Keeps a figure unless its tokens are already in one, or it counts people arrested, freed,
 * evacuated… A death told of the same people after another outcome replaces it: they ended
 * dead ("X, who was kidnapped on Monday, was found dead"; "were abducted and later murdered").
 */
function add(ctx: Ctx, taken: Uint8Array, found: Found[], f: Found): void {
  const { first, end } = f.phrase;
  if (f.outcome === 'killed' && taken[first] === 1) {
    const i = found.findIndex((g) => g.phrase.first === first && g.phrase.end === end && g.outcome !== 'killed');
    const old = found[i];
    // Both outcome words come after the people, the death last: a later state of the same subject.
    const later = old !== undefined && old.anchor >= end && f.anchor > old.anchor;
    if (later && !found.some((g) => g.parent === old) && !vetoed(ctx, f)) found[i] = f;
    return;
  }
  // "Three of the five hostages": a part that holds its whole, just added, spans it.
  const whole = f.relation === 'part' && f.parent !== undefined && found.includes(f.parent) ? f.parent.phrase : null;
  for (let k = first; k < end; k++) if (taken[k] === 1 && (whole === null || k < whole.first || k >= whole.end)) return;
  if (vetoed(ctx, f)) return;
  for (let k = first; k < end; k++) taken[k] = 1;
  found.push(f);
}

/**
 * Finds counts of people killed, injured, missing or abducted: numbers in
 * digits or words, vague quantities, qualifiers and ranges as `{ min, max }`;
 * the victims; subsets as figures of their own; incident or cumulative scope;
 * the reporting source. Items in boilerplate are dropped unless the document
 * was parsed with `includeBoilerplate: true`.
 *
 * @param doc - a document from {@link parse}
 * @returns the figures in document order
 *
 * @example
 * ```ts
 * import { parse, extractCasualties } from 'newsfacts';
 * const [f, g] = extractCasualties(
 *   parse('The blast killed at least 31 people, including 12 children, police said.'),
 * );
 * // f.text === 'at least 31 people'; f.outcome === 'killed'
 * // f.count → { min: 31, max: null, exact: false, approximate: false }
 * // f.victims === 'people'; f.scope === 'incident'; f.source === 'police'
 * // g.text === '12 children' (a subset: its own figure)
 * ```
 */
export function extractCasualties(doc: Document): CasualtyFigure[] {
  checkDocument(doc, 'extractCasualties');
  const scan = scanTokens(doc);
  // No outcome word, no figure: the date mask (the shared temporal layer) is not needed.
  if (scan.anchors.length === 0) return [];
  const toks = doc.tokens;
  const ctx: Ctx = {
    doc,
    toks,
    dateMask: dateMask(doc, scan.moneyBefore, scan.moneyAfter),
    cls: scan.cls,
    first: 0,
    end: 0,
    // Every field from the start: one object shape for the rules' many `ctx` reads.
    marks: undefined,
    violent: undefined,
    surnames: undefined,
    counted: undefined,
    vague: new Set(),
  };
  const out: CasualtyFigure[] = [];
  // Tokens already in a figure (a phrase is counted once, by the first rule that reads it).
  const taken = scratch(SLOT.taken, toks.length);
  const anchors = scan.anchors;
  // The figures of the last sentence that had some: the next sentence may list their parts ("They included …").
  let earlier: { readonly sentence: number; readonly found: readonly Found[] } | null = null;
  // The latest whole per outcome: "two of the dead" later in the article names some of its people.
  const told = new Map<CasualtyOutcome, ToldWhole>();
  for (let n = 0; n < anchors.length;) {
    const s = doc.sentences[toks[anchors[n]!]!.sentence]!;
    const first = n;
    while (n < anchors.length && anchors[n]! < s.endToken) n++;
    ctx.first = s.firstToken;
    ctx.end = s.endToken;
    let found = figuresOfSentence(ctx, taken, anchors.slice(first, n));
    const before = earlierOf(doc, earlier, s.index);
    if (before.length > 0 && found.length > 0) found = partsOfEarlier(ctx, found, before);
    if (found.length === 0) continue;
    let wholes: readonly Found[] = before;
    if (told.size > 0) {
      const linked = partsOfTold(ctx, found, told);
      found = linked.found;
      if (linked.wholes.length > 0) wholes = before.concat(linked.wholes);
    } else found = found.filter((f) => f.wholeNeeded !== true || f.parent !== undefined);
    if (found.length === 0) continue;
    emitSentence(ctx, found, wholes, out);
    for (const f of found) if (isWhole(f)) told.set(f.outcome, { found: f, sentence: s.index });
    earlier = { sentence: s.index, found };
    // "At least 11 people were killed. They included two soldiers …": a next sentence with no outcome word.
    const next = doc.sentences[s.index + 1];
    if (next === undefined || (n < anchors.length && toks[anchors[n]!]!.sentence === next.index)) continue;
    if (next.paragraph !== s.paragraph) continue;
    ctx.first = next.firstToken;
    ctx.end = next.endToken;
    const parts: Found[] = [];
    for (const f of partsOfEarlier(ctx, [], found)) add(ctx, taken, parts, f);
    if (parts.length > 0) emitSentence(ctx, parts, found, out);
  }
  for (const k of scan.identified) identifiedVictims(ctx, taken, out, k);
  sortSmall(out, (a, b) => a.start - b.start || a.end - b.end);
  markRoundUpSums(doc, out, (f) => ctx.vague.has(f));
  return out;
}

/** The figures of the sentence just before `index` in the same paragraph, if `earlier` holds them. */
function earlierOf(
  doc: Document,
  earlier: { readonly sentence: number; readonly found: readonly Found[] } | null,
  index: number,
): readonly Found[] {
  if (earlier === null || earlier.sentence !== index - 1) return [];
  return doc.sentences[index - 1]!.paragraph === doc.sentences[index]!.paragraph ? earlier.found : [];
}

/** Turns the current sentence's found phrases into figures (scope, source, the whole a part divides). */
function emitSentence(ctx: Ctx, found: Found[], before: readonly Found[], out: CasualtyFigure[]): void {
  sortSmall(found, (a, b) => a.phrase.first - b.phrase.first);
  let previousFigure: { found: Found; scope: CasualtyScope } | null = null;
  for (const f of found) {
    const scope = scopeOf(ctx, f, previousFigure);
    previousFigure = { found: f, scope };
    const figure = toFigure(ctx, f, found, scope, before);
    if (figure !== null) out.push(figure);
  }
}

/** How many sentences back the figure whose victims "were identified as" may stand. */
const IDENTIFIED_REACH = 4;

/**
 * "The victims were identified as X and Y": the names are figures with the outcome of the last
 * figure before them in the article, when one stands at most {@link IDENTIFIED_REACH} sentences back.
 */
function identifiedVictims(ctx: Ctx, taken: Uint8Array, out: CasualtyFigure[], k: number): void {
  const { toks, doc } = ctx;
  const s = doc.sentences[toks[k]!.sentence]!;
  const v = victimsBeforeIdentified(toks, k, s.firstToken);
  if (v - 1 < 0 || toks[v]!.lower !== 'victims' || toks[v - 1]!.lower !== 'the' || toks[k + 1]?.lower !== 'as') return;
  let before: CasualtyFigure | null = null;
  for (const f of out) if (f.start < toks[v]!.start && (before === null || f.start > before.start)) before = f;
  if (before === null) return;
  const from = doc.sentences[Math.max(0, s.index - IDENTIFIED_REACH)]!;
  if (before.start < toks[from.firstToken]!.start) return;
  ctx.first = s.firstToken;
  ctx.end = s.endToken;
  const found: Found[] = [];
  for (const f of namesAfterColon(ctx, v, before.outcome, k)) add(ctx, taken, found, f);
  for (const f of found) {
    const figure = toFigure(ctx, f, found, 'incident');
    if (figure !== null) out.push(figure);
  }
}

/** Most tokens of a relative clause in commas between "the victims" and "were identified". */
const IDENTIFIED_ASIDE = 24;

/**
 * The subject "victims" of "identified" at `k`: two tokens back ("the victims were identified"), or
 * before a relative clause in commas ("the victims, whose bodies were found in a ditch, were
 * identified"); -1 when neither.
 */
function victimsBeforeIdentified(toks: readonly Token[], k: number, first: number): number {
  const be = toks[k - 1]?.lower;
  if (toks[k - 2]?.value !== ',' || (be !== 'were' && be !== 'was')) return k - 2;
  for (let m = k - 3; m > first && k - m <= IDENTIFIED_ASIDE; m--) {
    if (toks[m]!.value !== ',') continue;
    return RELATIVE_PRONOUNS.has(toks[m + 1]!.lower) ? m - 1 : -1;
  }
  return -1;
}

/** What one pass over the tokens finds: the outcome words and sums of money. */
interface TokenScan {
  /** Outcome words (anchors), in text order. */
  readonly anchors: number[];
  readonly moneyBefore: number[];
  readonly moneyAfter: number[];
  /** Per token, its `TOKEN_CLASS` bits. */
  readonly cls: Uint8Array;
  /** Tokens "identified" (of "the victims were identified as …"). */
  readonly identified: number[];
}

/** The class of a verb by its lemma: an anchor when it is an outcome verb's. */
function lemmaClass(lemma: string): number | undefined {
  return VERB_LEMMAS.has(lemma) ? ANCHOR : undefined;
}

/** Word-class bit of the words in {@link TOKEN_CLASS} (a bit test per token; the lookup only on a hit). */
const CLASSED = defineWordClass(TOKEN_CLASS.keys());
/** Word-class bit of the outcome verbs' lemmas (of a word whose lemma is not itself). */
const OUTCOME_LEMMA = defineWordClass(VERB_LEMMAS.keys(), 'lemma');

/** One lookup per token: the outcome words and the currencies whose numbers are sums. */
function scanTokens(doc: Document): TokenScan {
  const toks = doc.tokens;
  const scan: TokenScan = {
    anchors: [],
    moneyBefore: [],
    moneyAfter: [],
    cls: scratch(SLOT.classes, toks.length),
    identified: [],
  };
  const classes = doc.classes;
  const norm = doc.norm;
  for (let k = 0; k < toks.length; k++) {
    const bits = classes[k]!;
    if ((bits & (CLASSED | OUTCOME_LEMMA)) === 0) continue;
    const t = toks[k]!;
    // An inflection of an outcome verb not listed as a word ("maims") anchors through its lemma.
    // (A token's own object is read only on a class hit; the other tokens' money test is moneyStarts.)
    const c = (bits & CLASSED) !== 0 ? TOKEN_CLASS.get(t.lower) : t.pos === 'VERB' ? lemmaClass(t.lemma) : undefined;
    if (c === undefined) {
      if (isMoneyStartToken(norm, t)) scan.moneyBefore.push(k);
      continue;
    }
    scan.cls[k] = c;
    if ((c & IDENTIFIED) !== 0) scan.identified.push(k);
    if ((c & ANCHOR) !== 0) scan.anchors.push(k);
    if ((c & MONEY_BEFORE) !== 0 || isMoneyStartToken(norm, t)) scan.moneyBefore.push(k);
    else if ((c & MONEY_AFTER) !== 0) scan.moneyAfter.push(k);
  }
  // The tokens of no class that open a sum ("$5", "€12m"): found in the text, not token by token.
  for (const k of moneyStarts(doc))
    if (scan.cls[k] === 0 && (classes[k]! & OUTCOME_LEMMA) === 0) scan.moneyBefore.push(k);
  return scan;
}

/** Currency symbols that open a sum glued to its digits (the one-character entries of CURRENCY_BEFORE). */
const CURRENCY_SYMBOL = /[$€£¥]/g;

/**
 * The tokens {@link isMoneyStartToken} holds, in text order: each currency symbol of the normalised
 * text that starts a token (a binary search over the token starts): the same hits as testing every
 * token, since the test reads two characters at a token's start and the first is one of these symbols.
 */
function moneyStarts(doc: Document): number[] {
  const out: number[] = [];
  const { norm, tokens: toks } = doc;
  CURRENCY_SYMBOL.lastIndex = 0;
  for (let m = CURRENCY_SYMBOL.exec(norm); m !== null; m = CURRENCY_SYMBOL.exec(norm)) {
    const at = m.index;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    const t = toks[lo];
    if (t !== undefined && t.start === at && isMoneyStartToken(norm, t)) out.push(lo);
  }
  return out;
}

/** The figures of the current sentence: each anchor's rules, then the subsets. */
function figuresOfSentence(ctx: Ctx, taken: Uint8Array, anchors: readonly number[]): Found[] {
  const found: Found[] = [];
  for (const a of anchors) for (const f of figuresAt(ctx, a)) add(ctx, taken, found, f);
  for (const f of subsetsIn(ctx, found)) if (!adoptPart(found, f)) add(ctx, taken, found, f);
  return partitivesOfPronoun(ctx, found);
}

/**
 * A part read by the subset rules that the sentence's rules already found as a figure of its own
 * ("killed six — four soldiers and two police officers": the last conjunct was read after "and"):
 * the figure becomes the part (when no figure hangs on it). Whether it was adopted.
 */
function adoptPart(found: Found[], f: Found): boolean {
  if (f.parent === undefined) return false;
  const i = found.findIndex(
    (g) =>
      g.parent === undefined &&
      g !== f.parent &&
      g.outcome === f.outcome &&
      g.phrase.first === f.phrase.first &&
      g.phrase.end === f.phrase.end,
  );
  if (i < 0 || found.some((g) => g.parent === found[i])) return false;
  found[i] = { ...found[i]!, parent: f.parent, relation: f.relation };
  return true;
}

/**
 * The attribution layer's source for a figure. A figure in a non-restrictive relative clause
 * ("Colonel X, who was killed in the ambush, had been promoted, according to state media") takes
 * only a cue that stands before it: a cue after it sources the main clause, not the aside.
 */
function layerSource(doc: Document, f: Found): EntityRef | null {
  const k = f.phrase.first;
  if (f.relative) {
    const c = attributionAt(doc, k);
    if (c === null || c.at.cue.first > k) return null;
  }
  return sourceAt(doc, k);
}

/** The public figure of a found phrase, or `null` in boilerplate the caller did not keep or for a share of an open count. */
function toFigure(
  ctx: Ctx,
  f: Found,
  found: readonly Found[],
  scope: CasualtyScope,
  before: readonly Found[] = [],
): CasualtyFigure | null {
  const { doc } = ctx;
  // "At least 12 people were killed … Most of the dead were civilians": more than half of an open
  // count states no number of its own (it links the parts told after it, subsets.ts, and no more).
  if (f.share === 'most' && f.parent?.phrase.max === null) return null;
  const boilerplate = doc.isBoilerplate(ctx.toks[f.phrase.first]!.start);
  if (boilerplate && !doc.options.includeBoilerplate) return null;
  const { min, max, approximate } = f.phrase;
  const span = doc.tokenSpan(f.phrase.first, f.phrase.end);
  // Whether a counted phrase's number is vague, read once for the flag and the confidence.
  const vagueNumber = f.phrase.kind === 'counted' && isVagueCount(ctx, f);
  const vague = vagueNumber && min !== null && max === null;
  const part =
    f.relation === 'part' && f.parent !== undefined && (found.includes(f.parent) || before.includes(f.parent))
      ? f.parent
      : null;
  const figure: CasualtyFigure = {
    start: span.start,
    end: span.end,
    text: span.text,
    boilerplate,
    outcome: f.outcome,
    count: { min, max, exact: min !== null && min === max, approximate },
    victims: f.phrase.victims,
    scope,
    // The attribution layer's answer (one source per clause for quotes, figures and claims).
    source: layerSource(doc, f),
    partOf: part === null ? null : doc.tokenSpan(part.phrase.first, part.phrase.end),
    confidence: confidenceOf(ctx, f, vagueNumber),
  };
  if (vague) ctx.vague.add(figure);
  return figure;
}

/** Whether a counted phrase's number is a vague quantity ("dozens of people", "hundreds"). */
function isVagueCount(ctx: Ctx, f: Found): boolean {
  const p = f.phrase;
  // Most counts are digits or number words: no vague word, nothing to read again.
  if (!mayBeVague(ctx.toks, p.first, p.end)) return false;
  return (readQuantity(ctx.toks, p.first, p.end) ?? readQuantity(ctx.toks, p.first + 1, p.end))?.vague === true;
}

/**
 * How sure a figure is, 0–1 (documented on `CasualtyFigure.confidence`; `vagueNumber`: the
 * counted phrase's number is a vague quantity, {@link isVagueCount}): 0.9 for a
 * counted phrase with its victims, less for what makes a reading weaker — no
 * victim noun, a vague quantity, a person without a number, a headline, a
 * relative clause, a subset or companion.
 */
function confidenceOf(ctx: Ctx, f: Found, vagueNumber: boolean): number {
  const p = f.phrase;
  let c = p.kind === 'counted' ? 0.9 : p.kind === 'singular' ? 0.75 : 0.7;
  if (p.kind === 'counted') {
    if (p.victims === null) c -= 0.1;
    if (vagueNumber) c -= 0.1;
  }
  // "gunned them down": a pronoun resolved to the people counted before it.
  if (p.first === p.head && p.end === p.first + 1 && PRONOUNS.has(ctx.toks[p.first]!.lower)) c -= 0.15;
  if (ctx.doc.zoneAt(ctx.toks[p.first]!.start) === 'headline') c -= 0.1;
  if (f.relative) c -= 0.05;
  if (f.parent !== undefined) c -= 0.05;
  return Math.round(c * 100) / 100;
}
