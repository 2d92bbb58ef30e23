/**
 * Scores extractions against gold annotations as ANNOTATION.md says: a
 * prediction matches a gold item when their spans overlap (for quotes, the
 * overlap covers ≥ 30 % of the gold span or ≥ 50 % of the predicted one);
 * matching is one-to-one; optional gold items neither reward nor punish; an
 * item counts as correct when it matches and is right in the task's scored
 * fields (quotes: speaker; casualties: outcome and count; claims: actor and
 * status; dates: type and value).
 *
 * @module
 */
import { knownActorByName, lookupActor } from '../actors/known.js';
import { isOrganisationHead } from '../actors/lexicon.js';
import type { EntityRef, Extraction, Span } from '../types.js';
import type { GoldDocument, Miss, Prf, Score, Task, TaskScore } from './types.js';
import { checkArray, checkObject } from '../document/input.js';

/**
 * Lower-cased, accent-, apostrophe- and article-free form of a name, for comparison.
 *
 * @example
 * ```ts
 * nameKey("The Ja'afari") === nameKey('jaafari'); // true
 * ```
 */
export function nameKey(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[-‐‑–—_/]/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Tallies of one task over one or more documents. */
interface Tally {
  tp: number;
  fp: number;
  fn: number;
  spanTp: number;
  spanFp: number;
  spanFn: number;
  fields: Map<string, [number, number]>;
  misses: Miss[];
}

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, spanTp: 0, spanFp: 0, spanFn: 0, fields: new Map(), misses: [] };
}

/** How one task is matched and judged. */
interface TaskRule<P extends Span, G extends Span & { optional?: boolean }> {
  /** Whether a predicted and a gold item match by span. */
  matches(p: P, g: G): boolean;
  /** Scored fields: `null` when right, else what differs. */
  judge(p: P, g: G): string | null;
  /** Reported fields: name → right? */
  fields(p: P, g: G): Record<string, boolean>;
  /** A few words describing a gold item. */
  describe(g: G): string;
  /** A few words describing a predicted item. */
  describePredicted(p: P): string;
}

/** Greedy one-to-one assignment: all candidate pairs, right ones first, then by overlap. */
function assign<P extends Span, G extends Span & { optional?: boolean }>(
  predicted: readonly P[],
  gold: readonly G[],
  rule: TaskRule<P, G>,
): { pOf: Int32Array; gOf: Int32Array } {
  const pairs: { p: number; g: number; right: boolean; ov: number }[] = [];
  for (let i = 0; i < predicted.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const p = predicted[i]!;
      const g = gold[j]!;
      if (overlap(p, g) > 0 && rule.matches(p, g)) {
        pairs.push({ p: i, g: j, right: rule.judge(p, g) === null, ov: overlap(p, g) });
      }
    }
  }
  pairs.sort((a, b) => (a.right === b.right ? b.ov - a.ov : a.right ? -1 : 1));
  const pOf = new Int32Array(predicted.length).fill(-1);
  const gOf = new Int32Array(gold.length).fill(-1);
  for (const pair of pairs) {
    if (pOf[pair.p] !== -1 || gOf[pair.g] !== -1) continue;
    pOf[pair.p] = pair.g;
    gOf[pair.g] = pair.p;
  }
  return { pOf, gOf };
}

function tallyTask<P extends Span, G extends Span & { optional?: boolean }>(
  document: string,
  predicted: readonly P[],
  gold: readonly G[],
  rule: TaskRule<P, G>,
  into: Tally,
): void {
  const { pOf, gOf } = assign(predicted, gold, rule);
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i]!;
    const j = pOf[i]!;
    if (j === -1) {
      into.fp++;
      into.spanFp++;
      into.misses.push({
        kind: 'spurious',
        document,
        gold: null,
        predicted: p.text,
        detail: rule.describePredicted(p),
      });
      continue;
    }
    const g = gold[j]!;
    if (g.optional === true) continue;
    into.spanTp++;
    const wrong = rule.judge(p, g);
    if (wrong === null) into.tp++;
    else {
      into.fp++;
      into.fn++;
      into.misses.push({ kind: 'wrong', document, gold: g.text, predicted: p.text, detail: wrong });
    }
    for (const [name, ok] of Object.entries(rule.fields(p, g))) {
      const t = into.fields.get(name) ?? [0, 0];
      t[0] += ok ? 1 : 0;
      t[1] += 1;
      into.fields.set(name, t);
    }
  }
  for (let j = 0; j < gold.length; j++) {
    const g = gold[j]!;
    if (gOf[j] !== -1 || g.optional === true) continue;
    into.fn++;
    into.spanFn++;
    into.misses.push({ kind: 'missed', document, gold: g.text, predicted: null, detail: rule.describe(g) });
  }
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function toScore(task: Task, t: Tally): TaskScore {
  const fields: Record<string, number> = {};
  for (const [name, [ok, all]] of t.fields) fields[name] = all === 0 ? 1 : ok / all;
  return {
    task,
    scored: prf(t.tp, t.fp, t.fn),
    spans: prf(t.spanTp, t.spanFp, t.spanFn),
    fields,
    misses: t.misses,
  };
}

type Q = Extraction['quotes'][number];
type C = Extraction['casualties'][number];
type R = Extraction['claims'][number];
type D = Extraction['dates'][number];

/** Aliases of each reference's entity, by reference object (filled per scored document). */
const ALIASES = new WeakMap<EntityRef, Set<string>>();

/**
 * {@link nameKey} without a leading indefinite article, number or quantifier either: `a military
 * source`, `two security sources`, `17 armed factions`, `many US officials` are the descriptions
 * `military source`, `security sources`, `armed factions`, `us officials`.
 */
function whoKey(s: string | null | undefined): string {
  return nameKey(s).replace(/^(?:an?|\d+|many|several|some|two|three|four|five) (?=\S)/, '');
}

/** The words of a name without a leading article, as written. */
function nameWords(s: string): string[] {
  const words = s.trim().split(/\s+/);
  return words.length > 1 && /^(?:the|a|an)$/i.test(words[0]!) ? words.slice(1) : words;
}

/** Whether a name is a description (its first word after an article is lower-case: `military source`, `activists`). */
function isDescriptionName(s: string): boolean {
  return /^[a-z]/.test(nameWords(s)[0] ?? '');
}

/** Whether `short` is `long`'s acronym: the initials of its capitalised words (`SOHR`, `U.N.`). */
function isAcronymOf(short: string, long: string): boolean {
  const words = nameWords(short);
  if (words.length !== 1) return false;
  const letters = words[0]!.replace(/\./g, '');
  if (!/^[A-Z]{2,}$/.test(letters)) return false;
  const initials = nameWords(long)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials === letters;
}

/** Whether `short` is one capitalised organisation head that `long` contains (`the Observatory`, `the Ministry`). */
function isHeadOf(short: string, long: string): boolean {
  const words = nameWords(short);
  return words.length === 1 && isOrganisationHead(words[0]!) && nameWords(long).includes(words[0]!);
}

/**
 * Whether `short` is `long` without a lower-case complement after its name
 * (`U.N. Commission of Inquiry` for `U.N. Commission of Inquiry into human
 * rights in Syria`): the proper name is the same organisation.
 */
function isNameOfComplement(short: string, long: string): boolean {
  const s = nameWords(short);
  const l = nameWords(long);
  if (s.length >= l.length || !s.some((w) => isOrganisationHead(w))) return false;
  if (!s.every((w, i) => w === l[i])) return false;
  return /^[a-z]/.test(l[s.length]!) && !/^(?:of|for|and|the)$/.test(l[s.length]!);
}

/** Words that put a phrase after them out of the head: `head of the Syrian army` is no army. */
const NOT_MODIFIERS = new Set(['of', 'for', 'in', 'at', 'on', 'from', 'to', 'with', 'by', 'the', 'and', 's']);

/**
 * Whether the words of `long` are those of `short` with modifiers before them (`army spokesman`
 * ends with `spokesman`; `head of the army` does not narrow `army`).
 */
function endsWithWords(long: string, short: string): boolean {
  if (short === '' || !(long === short || long.endsWith(` ${short}`))) return false;
  return long
    .slice(0, long.length - short.length)
    .split(' ')
    .every((w) => !NOT_MODIFIERS.has(w));
}

/**
 * Whether a predicted "who" is the gold name. Exact forms: its canonical name,
 * an alias of its entity, or a name the actors lexicon gives the same
 * canonical entry (a gold `Syrian government` is the state `Syria`); articles
 * never count (`a military source` is `military source`). Equivalent forms a
 * reader takes for the same referent, whichever side writes them:
 *
 * - an acronym of the other name's capitalised words (`SOHR`, `Syrian
 *   Observatory for Human Rights`);
 * - a lone organisation head the other name holds (`the Observatory`);
 * - an organisation's name without a lower-case complement (`U.N. Commission
 *   of Inquiry` for `… of Inquiry into human rights in Syria`);
 * - a gold description that the prediction narrows with modifiers (gold
 *   `spokesman`, predicted `army spokesman`; gold `US officials`, predicted
 *   description `many US officials`), or that is the predicted person's role
 *   at this place (gold `spokesman`, predicted `Ali Omar`, role `army
 *   spokesman`);
 * - a gold description that is the text's own words where the prediction
 *   was resolved by description (`a monitoring group said`: gold `monitoring
 *   group`, predicted the Observatory the article names).
 *
 * Leading articles, numbers and quantifiers never count (`two security
 * sources` is `security sources`).
 *
 * A person's name is never shortened: `Assad` is not `Bashar al-Assad`
 * (ANNOTATION.md §1: the fullest form).
 */
function sameWho(r: EntityRef | null | undefined, gold: string | null | undefined): boolean {
  const g = whoKey(gold);
  if (r === null || r === undefined) return g === '';
  if (g === '' || gold === null || gold === undefined) return false;
  const p = whoKey(r.name);
  if (p === g || (ALIASES.get(r)?.has(g) ?? false)) return true;
  const known = knownActorByName(gold) ?? lookupActor(gold);
  if (known !== null && nameKey(known.name) === nameKey(r.name)) return true;
  if (r.kind !== 'person') {
    if (isAcronymOf(gold, r.name) || isAcronymOf(r.name, gold)) return true;
    if (isHeadOf(gold, r.name) || isHeadOf(r.name, gold)) return true;
    if (isNameOfComplement(gold, r.name) || isNameOfComplement(r.name, gold)) return true;
  }
  // The text's own words at this place are the gold description: the prediction only resolved them
  // further (`a monitoring group said` → the Observatory the article names).
  if (r.resolvedBy === 'description' && r.mention !== null && isDescriptionName(gold) && whoKey(r.mention.text) === g)
    return true;
  if (!isDescriptionName(gold) && r.kind !== 'description' && r.resolvedBy !== 'description') return false;
  return endsWithWords(p, g) || endsWithWords(whoKey(r.role), g);
}

/**
 * The scorer's comparison before the equivalent forms of {@link sameWho} were
 * admitted (2026-12): the canonical name, an alias of the entity, or the
 * actors lexicon's canonical entry, compared exactly. Reported beside it as
 * `speakerExact`, so that figures stay comparable with earlier ones.
 */
function sameWhoExact(r: EntityRef | null | undefined, gold: string | null | undefined): boolean {
  const g = nameKey(gold);
  if (r === null || r === undefined) return g === '';
  if (nameKey(r.name) === g || (ALIASES.get(r)?.has(g) ?? false)) return true;
  const known = gold === null || gold === undefined ? null : (knownActorByName(gold) ?? lookupActor(gold));
  return known !== null && nameKey(known.name) === nameKey(r.name);
}

const countText = (c: { min: number | null; max: number | null }): string => `${c.min ?? '…'}–${c.max ?? '…'}`;

const quoteRule: TaskRule<Q, GoldDocument['quotes'][number]> = {
  matches: (p, g) => {
    const ov = overlap(p, g);
    return ov >= 0.3 * (g.end - g.start) || ov >= 0.5 * (p.end - p.start);
  },
  judge: (p, g) =>
    sameWho(p.speaker, g.speaker?.name) ? null : `speaker ${p.speaker?.name ?? 'null'} ≠ ${g.speaker?.name ?? 'null'}`,
  fields: (p, g) => ({
    speaker: sameWho(p.speaker, g.speaker?.name),
    speakerExact: sameWhoExact(p.speaker, g.speaker?.name),
    kind: p.kind === g.kind,
    cue: nameKey(p.cue?.text) === nameKey(g.cue),
  }),
  describe: (g) => `${g.kind} by ${g.speaker?.name ?? 'null'}`,
  describePredicted: (p) => `${p.kind} by ${p.speaker?.name ?? 'null'}`,
};

const casualtyRule: TaskRule<C, GoldDocument['casualties'][number]> = {
  matches: () => true,
  judge: (p, g) => {
    const diffs: string[] = [];
    if (p.outcome !== g.outcome) diffs.push(`outcome ${p.outcome} ≠ ${g.outcome}`);
    if (p.count.min !== g.count.min || p.count.max !== g.count.max) {
      diffs.push(`count ${countText(p.count)} ≠ ${countText(g.count)}`);
    }
    return diffs.length === 0 ? null : diffs.join('; ');
  },
  fields: (p, g) => ({
    outcome: p.outcome === g.outcome,
    count: p.count.min === g.count.min && p.count.max === g.count.max,
    victims: nameKey(p.victims) === nameKey(g.victims),
    scope: p.scope === g.scope,
    source: sameWho(p.source, g.source),
  }),
  describe: (g) => `${g.outcome} ${countText(g.count)}`,
  describePredicted: (p) => `${p.outcome} ${countText(p.count)}`,
};

const claimRule: TaskRule<R, GoldDocument['claims'][number]> = {
  matches: () => true,
  judge: (p, g) => {
    const diffs: string[] = [];
    if (!sameWho(p.actor, g.actor)) diffs.push(`actor ${p.actor?.name ?? 'null'} ≠ ${g.actor ?? 'null'}`);
    if (p.status !== g.status) diffs.push(`status ${p.status} ≠ ${g.status}`);
    return diffs.length === 0 ? null : diffs.join('; ');
  },
  fields: (p, g) => {
    const pe = nameKey(p.event?.text);
    const ge = nameKey(g.event);
    return {
      actor: sameWho(p.actor, g.actor),
      status: p.status === g.status,
      event: pe === ge || (pe !== '' && ge !== '' && (pe.includes(ge) || ge.includes(pe))),
      source: sameWho(p.source, g.source),
    };
  },
  describe: (g) => `${g.status} ${g.actor ?? 'null'}`,
  describePredicted: (p) => `${p.status} ${p.actor?.name ?? 'null'}`,
};

const dateRule: TaskRule<D, GoldDocument['dates'][number]> = {
  matches: () => true,
  judge: (p, g) =>
    p.type === g.type && p.value === g.value ? null : `${p.type} ${p.value ?? 'null'} ≠ ${g.type} ${g.value ?? 'null'}`,
  fields: (p, g) => ({
    type: p.type === g.type,
    value: p.value === g.value,
    extent: p.start === g.start && p.end === g.end,
  }),
  describe: (g) => `${g.type} ${g.value ?? 'null'}`,
  describePredicted: (p) => `${p.type} ${p.value ?? 'null'}`,
};

interface Tallies {
  quotes: Tally;
  casualties: Tally;
  claims: Tally;
  dates: Tally;
  headline: [number, number];
  boilerplate: [number, number, number];
}

function emptyTallies(): Tallies {
  return {
    quotes: emptyTally(),
    casualties: emptyTally(),
    claims: emptyTally(),
    dates: emptyTally(),
    headline: [0, 0],
    boilerplate: [0, 0, 0],
  };
}

/** Offsets of the non-blank characters inside the spans. */
function charsIn(spans: readonly Span[]): Set<number> {
  const s = new Set<number>();
  for (const sp of spans) {
    for (let i = sp.start; i < sp.end; i++) if (sp.text[i - sp.start]!.trim() !== '') s.add(i);
  }
  return s;
}

/** A gold name matches an entity reference by any alias of its entity ("UN" for "United Nations"). */
function noteAliases(extraction: Extraction): void {
  const byId = new Map((extraction.entities ?? []).map((e) => [e.id, e]));
  const note = (r: EntityRef | null): void => {
    const e = r === null ? undefined : byId.get(r.entity);
    if (r !== null && e !== undefined) ALIASES.set(r, new Set(e.aliases.map((a) => nameKey(a))));
  };
  for (const q of extraction.quotes) note(q.speaker);
  for (const c of extraction.casualties) note(c.source);
  for (const c of extraction.claims) (note(c.actor), note(c.source));
}

/**
 * The predicted quotes matched to non-optional gold quotes, as the scorer
 * matches them, each with whether its speaker is right: for breakdowns of
 * speaker errors in aggregate (bench only, not part of `newsfacts/eval`).
 */
export function matchedQuotes(
  extraction: Extraction,
  gold: GoldDocument,
): { predicted: Q; gold: GoldDocument['quotes'][number]; right: boolean }[] {
  noteAliases(extraction);
  const { pOf } = assign(extraction.quotes, gold.quotes, quoteRule);
  const out: { predicted: Q; gold: GoldDocument['quotes'][number]; right: boolean }[] = [];
  extraction.quotes.forEach((p, i) => {
    const g = gold.quotes[pOf[i]!];
    if (g === undefined || g.optional === true) return;
    out.push({ predicted: p, gold: g, right: quoteRule.judge(p, g) === null });
  });
  return out;
}

function addDocument(t: Tallies, extraction: Extraction, gold: GoldDocument): void {
  const name = gold.document;
  noteAliases(extraction);
  tallyTask(name, extraction.quotes, gold.quotes, quoteRule, t.quotes);
  tallyTask(name, extraction.casualties, gold.casualties, casualtyRule, t.casualties);
  tallyTask(name, extraction.claims, gold.claims, claimRule, t.claims);
  tallyTask(name, extraction.dates, gold.dates, dateRule, t.dates);
  const h = extraction.document.headline;
  const gh = gold.headline;
  t.headline[0] +=
    (h === null && gh === null) || (h !== null && gh !== null && h.start === gh.start && h.end === gh.end) ? 1 : 0;
  t.headline[1] += 1;
  // Boilerplate by non-blank character.
  const predicted = charsIn(extraction.document.zones.filter((z) => z.kind === 'boilerplate'));
  const expected = charsIn(gold.boilerplate);
  for (const i of predicted)
    if (expected.has(i)) t.boilerplate[0]++;
    else t.boilerplate[1]++;
  for (const i of expected) if (!predicted.has(i)) t.boilerplate[2]++;
}

function finish(t: Tallies): Score {
  return {
    tasks: {
      quotes: toScore('quotes', t.quotes),
      casualties: toScore('casualties', t.casualties),
      claims: toScore('claims', t.claims),
      dates: toScore('dates', t.dates),
    },
    zones: {
      headline: t.headline[1] === 0 ? 1 : t.headline[0] / t.headline[1],
      boilerplate: prf(t.boilerplate[0], t.boilerplate[1], t.boilerplate[2]),
    },
  };
}

/**
 * Scores one extraction against its gold annotation.
 *
 * @param extraction - what {@link newsfacts!extract} returned for the document
 * @param gold - the document's gold file
 * @returns per-task precision, recall, F1, field accuracies and errors
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * import { score } from 'newsfacts/eval';
 * const result = score(extract(text, { publishedAt: gold.publishedAt }), gold);
 * result.tasks.casualties.scored.f1; // e.g. 1
 * ```
 */
export function score(extraction: Extraction, gold: GoldDocument): Score {
  checkScoreArguments(extraction, gold, 'score(extraction, gold)');
  const t = emptyTallies();
  addDocument(t, extraction, gold);
  return finish(t);
}

/**
 * Scores many documents at once (micro-averaged: counts are summed before
 * precision, recall and F1 are computed).
 *
 * @param pairs - each document's extraction with its gold file
 *
 * @example
 * ```ts
 * const total = scoreCorpus(golds.map((gold) => ({ extraction: extract(texts[gold.document], { publishedAt: gold.publishedAt }), gold })));
 * total.tasks.quotes.scored.f1;
 * ```
 */
export function scoreCorpus(pairs: readonly { extraction: Extraction; gold: GoldDocument }[]): Score {
  const t = emptyTallies();
  checkArray(pairs, 'scoreCorpus(pairs)', 'pairs', '{ extraction, gold }');
  pairs.forEach((p, i) => {
    checkObject(p, 'scoreCorpus(pairs)', `pairs[${i}]`, 'an object { extraction, gold }');
    checkScoreArguments(p.extraction, p.gold, `scoreCorpus(pairs): pairs[${i}]`);
  });
  for (const { extraction, gold } of pairs) addDocument(t, extraction, gold);
  return finish(t);
}

/** `score`'s arguments, each wrong one named in a TypeError. */
function checkScoreArguments(extraction: unknown, gold: unknown, fn: string): void {
  checkObject(extraction, fn, 'extraction', 'what extract() returns');
  for (const k of ['quotes', 'casualties', 'claims', 'dates'] as const) {
    checkArray((extraction as Record<string, unknown>)[k], fn, `extraction.${k}`, 'items');
  }
  checkObject(gold, fn, 'gold', 'a gold document (corpus/gold.schema.json)');
}
