/**
 * All actor mentions of a document in one index: registry matches
 * ({@link findRegistryActors}), groups recognised by shape
 * ({@link findGroupsByShape}), state references resolved from context
 * ({@link findStateReferences}), and country names or capitals standing for
 * their government ({@link placeMentions}, flagged `via: 'place'` so a
 * caller decides where a place may be an actor). Registry matches win over
 * shapes, shapes over context, where they overlap.
 *
 * A mention is flagged `modifier` when the text uses the name to describe
 * something else (`al-Qaida-linked`, `anti-ISIS`, `an affiliate of al-Qaida`;
 * words in `src/lexicon/affiliation.json`).
 *
 * @module
 */
import affiliation from '../lexicon/affiliation.json';
import type { Document } from '../document/model.js';
import type { ActorKind } from './kind.js';
import { placeMentionsIn, stateReferencesIn } from './context.js';
import { registryActorsIn } from './known.js';
import { groupsByShapeIn } from './shape.js';
import { isAcronym } from './names.js';
import { ACRONYM_WORD } from './lexicon.js';

/**
 * How an actor mention was recognised.
 *
 * @example
 * ```ts
 * const via: MentionSource = 'state'; // "the regime" resolved to the focus country's government
 * ```
 */
export type MentionSource = 'known' | 'shape' | 'state' | 'place';

/**
 * One actor mention (token indexes into `Document.tokens`).
 *
 * @example
 * ```ts
 * const m: ActorMention = {
 *   name: 'Islamic State', kind: 'group', firstToken: 0, endToken: 1,
 *   via: 'known', modifier: false, affiliation: null,
 * };
 * ```
 */
export interface ActorMention {
  /** Canonical name (registry), the name as written (shape), or the resolved government. */
  readonly name: string;
  /** What sort of actor it is. */
  readonly kind: ActorKind;
  /** First token. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
  /** How it was recognised. */
  readonly via: MentionSource;
  /** `true` when the name describes something else (`al-Qaida-linked`). */
  readonly modifier: boolean;
  /** For a medium, the group whose own medium it is (`Amaq` → `Islamic State`). */
  readonly affiliation: string | null;
}

/**
 * The mention index of a document.
 *
 * @example
 * ```ts
 * const idx = actorMentions(parse('Daesh denied it.'));
 * idx.startingAt.get(0)?.name; // 'Islamic State'
 * idx.endingAt.get(0)?.name;   // 'Islamic State' (keyed by the last token)
 * ```
 */
export interface MentionIndex {
  /** Mentions in document order. */
  readonly all: readonly ActorMention[];
  /** Mention by its first token. */
  readonly startingAt: ReadonlyMap<number, ActorMention>;
  /** Mention by its last token (`endToken - 1`). */
  readonly endingAt: ReadonlyMap<number, ActorMention>;
}

/**
 * A lookup of mentions by token, built one sentence at a time: asking about
 * a token reads (once) the sentence holding it, so a caller that looks at a
 * few sentences never pays for the whole document.
 *
 * @example
 * ```ts
 * const idx = mentionLookup(parse('The talks resumed. Daesh denied it.'));
 * idx.startingAt.get(4)?.name; // 'Islamic State' (only the second sentence was read)
 * ```
 */
export interface MentionLookup {
  /** Mention by its first token. */
  readonly startingAt: TokenMentions;
  /** Mention by its last token (`endToken - 1`). */
  readonly endingAt: TokenMentions;
  /** The mentions of one sentence, in order. */
  inSentence(sentence: number): readonly ActorMention[];
}

/**
 * Mentions keyed by a token index (the read-only `Map` methods callers use).
 *
 * @example
 * ```ts
 * const m: ActorMention | undefined = mentionLookup(doc).startingAt.get(0);
 * ```
 */
export interface TokenMentions {
  get(token: number): ActorMention | undefined;
  has(token: number): boolean;
}

const PARTICIPLES = new Set(affiliation.participles);
const PREFIXES = new Set(affiliation.prefixes);
const NOUNS = new Set(affiliation.nouns);
const LAYER = Symbol('actor-mentions');
const LOOKUP = Symbol('actor-mention-lookup');
const ACRONYMS = Symbol('article-acronyms');

/** A group or state body the article names with an acronym it defines: `Rapid Support Forces (RSF)`. */
interface DefinedAcronym {
  readonly name: string;
  readonly kind: ActorKind;
  readonly affiliation: string | null;
  /** The acronym's token in its definition (itself no second mention). */
  readonly at: number;
}

/**
 * The acronyms an article defines for a group or a state body it names (`the paramilitary Rapid
 * Support Forces (RSF)`, `Islamic State West Africa Province [ISWAP]`, a group known by its shape
 * too): acronym as written → the actor. Read once per document, and only when a sentence holds an
 * acronym no other reading took (so `an RSF attack` later in the article is the group's).
 */
function articleAcronyms(doc: Document): ReadonlyMap<string, DefinedAcronym> {
  return doc.layer(ACRONYMS, (d) => {
    const toks = d.tokens;
    const out = new Map<string, DefinedAcronym>();
    const facts = d.facts;
    for (let k = 1; k < toks.length - 2; k++) {
      // (an acronym's fact bit first: one read of a typed array per token, the token read only before an acronym)
      if ((facts[k + 1]! & ACRONYM_WORD) === 0) continue;
      const open = toks[k]!.value;
      if (open !== '(' && open !== '[') continue;
      const a = toks[k + 1]!;
      const close = toks[k + 2]!.value;
      if ((close !== ')' && close !== ']') || !isAcronym(a) || out.has(a.value)) continue;
      const s = toks[k - 1]!.sentence;
      if (a.sentence !== s) continue;
      let found: DefinedAcronym | null = null;
      for (const m of registryActorsIn(d, s))
        if (m.endToken === k && (m.actor.kind === 'group' || m.actor.kind === 'government'))
          found = { name: m.actor.name, kind: m.actor.kind, affiliation: m.actor.affiliation ?? null, at: k + 1 };
      if (found === null)
        for (const g of groupsByShapeIn(d, s))
          if (g.endToken === k) found = { name: g.name, kind: 'group', affiliation: null, at: k + 1 };
      if (found !== null) out.set(a.value, found);
    }
    return out;
  });
}

/**
 * Every actor mention of the document, indexed by first and last token.
 * Cached on the document.
 *
 * @example
 * ```ts
 * actorMentions(parse('The al-Qaida-linked Levant Liberation Committee claimed it.')).all.map((m) => [m.name, m.modifier]);
 * // [['al-Qaida', true], ['Tahrir al-Sham', false]]
 * ```
 */
export function actorMentions(doc: Document): MentionIndex {
  return doc.layer(LAYER, (d) => {
    const lookup = mentionLookup(d);
    const all: ActorMention[] = [];
    for (let s = 0; s < d.sentences.length; s++) for (const m of lookup.inSentence(s)) all.push(m);
    const startingAt = new Map<number, ActorMention>();
    const endingAt = new Map<number, ActorMention>();
    for (const m of all) {
      startingAt.set(m.firstToken, m);
      endingAt.set(m.endToken - 1, m);
    }
    return { all, startingAt, endingAt };
  });
}

/**
 * The mention index of a document as a lazy lookup (the same mentions as
 * {@link actorMentions}, sentence by sentence). Cached on the document.
 *
 * @example
 * ```ts
 * mentionLookup(parse('Daesh denied it.')).endingAt.get(0)?.name; // 'Islamic State'
 * ```
 */
export function mentionLookup(doc: Document): MentionLookup {
  return doc.layer(LOOKUP, makeLookup);
}

function makeLookup(doc: Document): MentionLookup {
  const toks = doc.tokens;
  const bySentence: (readonly ActorMention[] | undefined)[] = new Array(doc.sentences.length);
  const inSentence = (sentence: number): readonly ActorMention[] => {
    let ms = bySentence[sentence];
    if (ms === undefined) {
      ms = sentenceMentions(doc, sentence);
      bySentence[sentence] = ms;
    }
    return ms;
  };
  // A sentence holds a few mentions: a scan of its list beats per-token arrays for the whole document.
  const starting = (k: number): ActorMention | undefined => {
    const t = toks[k];
    if (t === undefined || k < 0) return undefined;
    for (const m of inSentence(t.sentence)) if (m.firstToken === k) return m;
    return undefined;
  };
  const ending = (k: number): ActorMention | undefined => {
    const t = toks[k];
    if (t === undefined || k < 0) return undefined;
    for (const m of inSentence(t.sentence)) if (m.endToken - 1 === k) return m;
    return undefined;
  };
  return {
    startingAt: { get: starting, has: (k) => starting(k) !== undefined },
    endingAt: { get: ending, has: (k) => ending(k) !== undefined },
    inSentence,
  };
}

const isPossessiveToken = (t: { lower: string; spaceBefore: boolean } | undefined): boolean =>
  t !== undefined && !t.spaceBefore && (t.lower === "'s" || t.lower === '’s');

function isModifier(doc: Document, first: number, end: number): boolean {
  const toks = doc.tokens;
  const next = toks[end];
  const after = toks[end + 1];
  if (next !== undefined && (next.value === '-' || next.value === '‐') && !next.spaceBefore) {
    if (after !== undefined && !after.spaceBefore && PARTICIPLES.has(after.lower)) return true;
  }
  const prev = toks[first - 1];
  const before = toks[first - 2];
  if (prev !== undefined && (prev.value === '-' || prev.value === '‐') && !toks[first]!.spaceBefore) {
    if (before !== undefined && !prev.spaceBefore && PREFIXES.has(before.lower)) return true;
  }
  // "al-Qaida's affiliate", "al Qaeda offshoot the Nusra Front"
  const follow = isPossessiveToken(next) ? after : next;
  if (follow !== undefined && NOUNS.has(follow.lower)) return true;
  // "an affiliate of (the) X"
  let k = first - 1;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower === 'of' && NOUNS.has(toks[k - 1]?.lower ?? '')) return true;
  return false;
}

/**
 * Whether tokens [first, end) overlap none of the ranges taken so far (`taken` holds them as
 * first/end pairs); takes them if so. A sentence holds a few mentions: a scan of the pairs costs
 * less than a buffer per sentence (a typed array allocated for every sentence merged, and the
 * collections it brings). (Module-level, not a closure in `sentenceMentions`, which runs once per
 * sentence: tsx's keepNames gives every closure created per call a `defineProperty`.)
 */
function free(taken: number[], first: number, end: number): boolean {
  if (first >= end) return true; // (an empty range takes nothing)
  for (let n = 0; n < taken.length; n += 2) if (taken[n]! < end && first < taken[n + 1]!) return false;
  taken.push(first, end);
  return true;
}

/** One actor mention, every field set in the same order (one object shape). */
function mention(
  doc: Document,
  name: string,
  kind: ActorKind,
  first: number,
  end: number,
  via: MentionSource,
  affiliation: string | null,
): ActorMention {
  return { name, kind, firstToken: first, endToken: end, via, affiliation, modifier: isModifier(doc, first, end) };
}

/**
 * The tokens of a sentence that are acronyms the article defines for a group or a state body
 * ({@link articleAcronyms}), outside their definition: `an RSF attack` after `Rapid Support Forces (RSF)`.
 */
function definedAcronymsIn(doc: Document, sentence: number): number[] {
  const s = doc.sentences[sentence]!;
  const toks = doc.tokens;
  let out: number[] | null = null;
  let defs: ReadonlyMap<string, DefinedAcronym> | null = null;
  const facts = doc.facts;
  for (let k = s.firstToken; k < s.endToken; k++) {
    // (the acronym's fact bit first: no token read for other words; then two capitals open it, not `U.N.`)
    if ((facts[k]! & ACRONYM_WORD) === 0) continue;
    const v = toks[k]!.value;
    const c = v.charCodeAt(1);
    if (!(c >= 65 && c <= 90)) continue;
    defs ??= articleAcronyms(doc);
    if (defs.size === 0) return [];
    const d = defs.get(v);
    if (d === undefined || d.at === k) continue;
    (out ??= []).push(k);
  }
  return out ?? [];
}

/**
 * The mentions of one sentence: registry matches, then shapes, state
 * references and places where the earlier ones left the tokens free.
 */
function sentenceMentions(doc: Document, sentence: number): ActorMention[] {
  const known = registryActorsIn(doc, sentence);
  const shaped = groupsByShapeIn(doc, sentence);
  const states = stateReferencesIn(doc, sentence);
  const places = placeMentionsIn(doc, sentence);
  const defined = definedAcronymsIn(doc, sentence);
  const all: ActorMention[] = [];
  if (known.length + shaped.length + states.length + places.length + defined.length === 0) return all;
  const taken: number[] = [];
  for (const m of known) {
    if (free(taken, m.firstToken, m.endToken))
      all.push(
        mention(doc, m.actor.name, m.actor.kind, m.firstToken, m.endToken, 'known', m.actor.affiliation ?? null),
      );
  }
  for (const g of shaped) {
    if (free(taken, g.firstToken, g.endToken))
      all.push(mention(doc, g.name, 'group', g.firstToken, g.endToken, 'shape', null));
  }
  for (const k of defined) {
    const d = articleAcronyms(doc).get(doc.tokens[k]!.value)!;
    if (free(taken, k, k + 1)) all.push(mention(doc, d.name, d.kind, k, k + 1, 'known', d.affiliation));
  }
  for (const r of states) {
    if (free(taken, r.firstToken, r.endToken))
      all.push(mention(doc, r.actor.name, 'government', r.firstToken, r.endToken, 'state', null));
  }
  for (const p of places) {
    if (free(taken, p.firstToken, p.endToken))
      all.push(mention(doc, p.actor.name, 'government', p.firstToken, p.endToken, 'place', null));
  }
  return all.length > 1 ? all.sort((a, b) => a.firstToken - b.firstToken) : all;
}
