/**
 * Casualty figures: counts of people killed, injured, missing or abducted
 * (ANNOTATION.md §2). Outcome words are found by one Set lookup per token;
 * each rule then looks around its anchor inside the sentence (rules.ts),
 * subsets are added (subsets.ts), and each figure gets its scope (scope.ts)
 * and reporting source (source.ts).
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { CasualtyFigure, CasualtyScope } from '../types.js';
import { type Ctx, SLOT, dateMask, isMoneyStart, scratch } from './context.js';
import { ANCHOR, CUE, MONEY_AFTER, MONEY_BEFORE, NON_CASUALTY_VERBS, SKIPPABLE, TOKEN_CLASS } from './lexicon.js';
import { type Found, figuresAt } from './rules.js';
import { scopeOf } from './scope.js';
import { sourceFor, sourcesIn, type SourceWho } from './source.js';
import { refFor } from '../entities/index.js';
import { sourceAt } from '../attribution/index.js';
import type { EntityRef } from '../types.js';
import { subsetsIn } from './subsets.js';
import { readQuantity } from '../numbers/index.js';
import { checkDocument } from '../document/input.js';

/** How many sentences back a pronoun ("It said …") may find its source. */
const PRONOUN_REACH = 3;
const BEFORE_SKIP = new Set(['the', 'all', 'of', 'some']);
const PRONOUNS = new Set(['him', 'her', 'them']);

/** People gathered, arrested, freed, evacuated or displaced are not casualties: "12 wounded soldiers were evacuated". */
function vetoed(ctx: Ctx, f: Found): boolean {
  const { toks } = ctx;
  let b = f.phrase.first - 1;
  while (b >= ctx.first && BEFORE_SKIP.has(toks[b]!.lower)) b--;
  if (b >= ctx.first && NON_CASUALTY_VERBS.has(toks[b]!.lower)) return true;
  let a = Math.max(f.phrase.end, f.phrase.victimsEnd);
  for (let n = 0; a < ctx.end && n < 3 && (SKIPPABLE.has(toks[a]!.lower) || toks[a]!.pos === 'ADV'); n++) a++;
  return a < ctx.end && a !== f.anchor && NON_CASUALTY_VERBS.has(toks[a]!.lower);
}

/** Keeps a figure unless its tokens are already in one, or it counts people arrested, freed, evacuated… */
function add(ctx: Ctx, taken: Uint8Array, found: Found[], f: Found): void {
  const { first, end } = f.phrase;
  for (let k = first; k < end; k++) if (taken[k] === 1) return;
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
  const toks = doc.tokens;
  // One pass over the tokens, one lookup each: the outcome words (anchors), the sentences that have a
  // reporting cue, and the currencies whose numbers are sums of money.
  const anchorTokens: number[] = [];
  const cueIn = scratch(SLOT.cues, doc.sentences.length);
  const moneyBefore: number[] = [];
  const moneyAfter: number[] = [];
  const cls = scratch(SLOT.classes, toks.length);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const w = t.lower;
    const c = TOKEN_CLASS.get(w);
    if (c === undefined) {
      if (isMoneyStart(w)) moneyBefore.push(k);
      continue;
    }
    cls[k] = c;
    if ((c & ANCHOR) !== 0) anchorTokens.push(k);
    else if ((c & CUE) !== 0) cueIn[t.sentence] = 1;
    if ((c & MONEY_BEFORE) !== 0 || isMoneyStart(w)) moneyBefore.push(k);
    else if ((c & MONEY_AFTER) !== 0) moneyAfter.push(k);
  }
  // No outcome word, no figure: the date mask (the shared temporal layer) is not needed.
  if (anchorTokens.length === 0) return [];
  const ctx: Ctx = { doc, toks, dateMask: dateMask(doc, moneyBefore, moneyAfter), cls, first: 0, end: 0 };
  const keep = doc.options.includeBoilerplate;
  const out: CasualtyFigure[] = [];
  // Tokens already in a figure (a phrase is counted once, by the first rule that reads it).
  const taken = scratch(SLOT.taken, toks.length);
  // Sentences with a reporting cue, for pronouns ("It said …") to find their source.
  const cueSentences: number[] = [];
  const previousSource = (index: number): SourceWho | null => {
    for (let c = cueSentences.length - 1; c >= 0; c--) {
      const earlier = doc.sentences[cueSentences[c]!]!;
      if (earlier.index >= index) continue;
      if (index - earlier.index > PRONOUN_REACH) break;
      const saved = [ctx.first, ctx.end] as const;
      ctx.first = earlier.firstToken;
      ctx.end = earlier.endToken;
      const cues = sourcesIn(ctx, [], () => null);
      let name: SourceWho | null = null;
      for (let k = cues.length - 1; k >= 0 && name === null; k--) name = cues[k]!.read()?.name ?? null;
      [ctx.first, ctx.end] = saved;
      if (name !== null) return name;
    }
    return null;
  };
  for (let i = 0; i < cueIn.length; i++) if (cueIn[i] === 1) cueSentences.push(i);
  for (let n = 0; n < anchorTokens.length;) {
    const s = doc.sentences[toks[anchorTokens[n]!]!.sentence]!;
    const anchors: number[] = [];
    while (n < anchorTokens.length && anchorTokens[n]! < s.endToken) anchors.push(anchorTokens[n++]!);
    const cues = cueIn[s.index] === 1;
    ctx.first = s.firstToken;
    ctx.end = s.endToken;
    const found: Found[] = [];
    for (const a of anchors) for (const f of figuresAt(ctx, a)) add(ctx, taken, found, f);
    for (const f of subsetsIn(ctx, found)) add(ctx, taken, found, f);
    if (found.length === 0) continue;
    const sentenceCues = cues ? sourcesIn(ctx, found, () => previousSource(s.index)) : [];
    found.sort((a, b) => a.phrase.first - b.phrase.first);
    let previousFigure: { found: Found; scope: CasualtyScope } | null = null;
    for (const f of found) {
      const scope = scopeOf(ctx, f, previousFigure);
      previousFigure = { found: f, scope };
      const first = toks[f.phrase.first]!;
      const boilerplate = doc.isBoilerplate(first.start);
      if (boilerplate && !keep) continue;
      const { min, max, approximate } = f.phrase;
      const span = doc.tokenSpan(f.phrase.first, f.phrase.end);
      const part = f.relation === 'part' && f.parent !== undefined && found.includes(f.parent) ? f.parent : null;
      out.push({
        start: span.start,
        end: span.end,
        text: span.text,
        boilerplate,
        outcome: f.outcome,
        count: { min, max, exact: min !== null && min === max, approximate },
        victims: f.phrase.victims,
        scope,
        // The attribution layer's answer first (one source per clause for quotes, figures and claims).
        source: sourceAt(doc, f.phrase.first) ?? refOfSource(doc, sourceFor(sentenceCues, f)),
        partOf: part === null ? null : doc.tokenSpan(part.phrase.first, part.phrase.end),
        confidence: confidenceOf(ctx, f),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * How sure a figure is, 0–1 (documented on `CasualtyFigure.confidence`): 0.9 for a
 * counted phrase with its victims, less for what makes a reading weaker — no
 * victim noun, a vague quantity, a person without a number, a headline, a
 * relative clause, a subset or companion.
 */
function confidenceOf(ctx: Ctx, f: Found): number {
  const p = f.phrase;
  let c = p.kind === 'counted' ? 0.9 : p.kind === 'singular' ? 0.75 : 0.7;
  if (p.kind === 'counted') {
    if (p.victims === null) c -= 0.1;
    if ((readQuantity(ctx.toks, p.first, p.end) ?? readQuantity(ctx.toks, p.first + 1, p.end))?.vague === true)
      c -= 0.1;
  }
  // "gunned them down": a pronoun resolved to the people counted before it.
  if (p.first === p.head && p.end === p.first + 1 && PRONOUNS.has(ctx.toks[p.first]!.lower)) c -= 0.15;
  if (ctx.doc.zoneAt(ctx.toks[p.first]!.start) === 'headline') c -= 0.1;
  if (f.relative) c -= 0.05;
  if (f.parent !== undefined) c -= 0.05;
  return Math.round(c * 100) / 100;
}

/** The shared entity reference of a figure's source. */
function refOfSource(doc: Document, w: SourceWho | null): EntityRef | null {
  if (w === null) return null;
  const first = doc.tokens[w.first]!;
  const named = first.value[0] !== undefined && first.value[0] !== first.value[0].toLowerCase();
  return refFor(doc, {
    name: w.name,
    kind: named ? 'organisation' : 'description',
    first: w.first,
    end: w.end,
    resolvedBy: w.pronoun ? 'pronoun' : named ? 'name' : 'description',
  });
}
