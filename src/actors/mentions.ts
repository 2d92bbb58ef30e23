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
import type { ActorKind } from '../types.js';
import { findStateReferences, placeMentions } from './context.js';
import { findRegistryActors } from './known.js';
import { findGroupsByShape } from './shape.js';

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

const PARTICIPLES = new Set(affiliation.participles);
const PREFIXES = new Set(affiliation.prefixes);
const NOUNS = new Set(affiliation.nouns);
const LAYER = Symbol('actor-mentions');

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
  return doc.layer(LAYER, build);
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

function build(doc: Document): MentionIndex {
  const taken = new Uint8Array(doc.tokens.length);
  const all: ActorMention[] = [];
  const add = (m: Omit<ActorMention, 'modifier'>): void => {
    for (let k = m.firstToken; k < m.endToken; k++) if (taken[k] === 1) return;
    for (let k = m.firstToken; k < m.endToken; k++) taken[k] = 1;
    all.push({ ...m, modifier: isModifier(doc, m.firstToken, m.endToken) });
  };
  for (const m of findRegistryActors(doc)) {
    add({
      name: m.actor.name,
      kind: m.actor.kind,
      firstToken: m.firstToken,
      endToken: m.endToken,
      via: 'known',
      affiliation: m.actor.affiliation ?? null,
    });
  }
  for (const g of findGroupsByShape(doc)) {
    add({
      name: g.name,
      kind: 'group',
      firstToken: g.firstToken,
      endToken: g.endToken,
      via: 'shape',
      affiliation: null,
    });
  }
  for (const r of findStateReferences(doc)) {
    add({
      name: r.actor.name,
      kind: 'government',
      firstToken: r.firstToken,
      endToken: r.endToken,
      via: 'state',
      affiliation: null,
    });
  }
  for (const p of placeMentions(doc)) {
    if (taken[p.firstToken] === 1) continue;
    add({
      name: p.actor.name,
      kind: 'government',
      firstToken: p.firstToken,
      endToken: p.endToken,
      via: 'place',
      affiliation: null,
    });
  }
  all.sort((a, b) => a.firstToken - b.firstToken);
  const startingAt = new Map<number, ActorMention>();
  const endingAt = new Map<number, ActorMention>();
  for (const m of all) {
    startingAt.set(m.firstToken, m);
    endingAt.set(m.endToken - 1, m);
  }
  return { all, startingAt, endingAt };
}
