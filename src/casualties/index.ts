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
import { type Ctx, dateMask } from './context.js';
import { ANCHORS, NON_CASUALTY_VERBS, SKIPPABLE, SOURCE_VERBS } from './lexicon.js';
import { type Found, figuresAt } from './rules.js';
import { scopeOf } from './scope.js';
import { sourceFor, sourcesIn } from './source.js';
import { subsetsIn } from './subsets.js';

/** How many sentences back a pronoun ("It said …") may find its source. */
const PRONOUN_REACH = 3;
const BEFORE_SKIP = new Set(['the', 'all', 'of', 'some']);

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
  const toks = doc.tokens;
  const ctx: Ctx = { doc, toks, dateMask: dateMask(doc), first: 0, end: 0 };
  const keep = doc.options.includeBoilerplate;
  const out: CasualtyFigure[] = [];
  let previous: string | null = null;
  let previousAt = -PRONOUN_REACH - 1;
  for (const s of doc.sentences) {
    let anchors: number[] | null = null;
    let cues = false;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const w = toks[k]!.lower;
      if (ANCHORS.has(w)) (anchors ??= []).push(k);
      else if (SOURCE_VERBS.has(w) || w === 'according') cues = true;
    }
    if (anchors === null && !cues) continue;
    ctx.first = s.firstToken;
    ctx.end = s.endToken;
    const found: Found[] = [];
    const taken = new Uint8Array(s.endToken - s.firstToken);
    const add = (f: Found): void => {
      const { first, end } = f.phrase;
      for (let k = first; k < end; k++) if (taken[k - s.firstToken] === 1) return;
      if (vetoed(ctx, f)) return;
      for (let k = first; k < end; k++) taken[k - s.firstToken] = 1;
      found.push(f);
    };
    if (anchors !== null) {
      for (const a of anchors) for (const f of figuresAt(ctx, a)) add(f);
      for (const f of subsetsIn(ctx, found)) add(f);
    }
    const inReach: string | null = s.index - previousAt <= PRONOUN_REACH ? previous : null;
    const sentenceCues = sourcesIn(ctx, found, inReach);
    found.sort((a, b) => a.phrase.first - b.phrase.first);
    let previousFigure: { found: Found; scope: CasualtyScope } | null = null;
    for (const f of found) {
      const scope = scopeOf(ctx, f, previousFigure);
      previousFigure = { found: f, scope };
      const first = toks[f.phrase.first]!;
      const boilerplate = doc.isBoilerplate(first.start);
      if (boilerplate && !keep) continue;
      const { min, max, approximate } = f.phrase;
      out.push({
        ...doc.tokenSpan(f.phrase.first, f.phrase.end),
        boilerplate,
        outcome: f.outcome,
        count: { min, max, exact: min !== null && min === max, approximate },
        victims: f.phrase.victims,
        scope,
        source: sourceFor(sentenceCues, f),
      });
    }
    for (const c of sentenceCues) {
      if (c.name !== null && c.name !== inReach) {
        previous = c.name;
        previousAt = s.index;
      } else if (c.name !== null) previousAt = s.index;
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
