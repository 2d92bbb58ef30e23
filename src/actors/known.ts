/**
 * Known actors (armed groups, governments, agencies, media) found by their
 * aliases, from the data file `src/lexicon/actors.json`.
 *
 * Matching is on token boundaries, case-insensitive except for short
 * all-capital acronyms (`IS` never matches "is"), and tolerant of hyphen and
 * apostrophe variants (`al-Qaida` = `al Qaida`, `Hay'at` = `Hayat`).
 */
import data from '../lexicon/actors.json';
import type { Document } from '../document/model.js';
import type { ActorKind } from '../types.js';

/** One entry of the actor data file. */
export interface KnownActor {
  /** Canonical name. */
  readonly name: string;
  /** What sort of actor it is. */
  readonly kind: ActorKind;
  /** Surface forms. */
  readonly aliases: readonly string[];
  /** Where the names come from. */
  readonly source: string;
}

/** A known actor mentioned in a document (normalised offsets). */
export interface KnownActorMention {
  /** The entry matched. */
  readonly actor: KnownActor;
  /** First token of the mention. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
  /** Normalised-text start offset. */
  readonly start: number;
  /** Normalised-text end offset. */
  readonly end: number;
}

/** Lower-case letters and digits, apostrophes dropped, hyphens and spaces as one space. */
export function aliasKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

interface Index {
  readonly byKey: Map<string, { actor: KnownActor; caseSensitive: string | null }>;
  readonly prefixes: Set<string>;
}

let index: Index | null = null;

function buildIndex(): Index {
  const byKey = new Map<string, { actor: KnownActor; caseSensitive: string | null }>();
  const prefixes = new Set<string>();
  for (const actor of data.actors as KnownActor[]) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const key = aliasKey(alias);
      if (key === '') continue;
      const acronym = /^[A-Z]{2,5}$/.test(alias) ? alias : null;
      const existing = byKey.get(key);
      // A mixed-case alias ("Isis") makes the key case-insensitive even if an acronym shares it.
      if (existing === undefined || (existing.caseSensitive !== null && acronym === null)) {
        byKey.set(key, { actor, caseSensitive: acronym });
      }
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    }
  }
  return { byKey, prefixes };
}

/** All entries of the actor data file. */
export function knownActors(): readonly KnownActor[] {
  return data.actors as KnownActor[];
}

/**
 * The canonical actor for a surface form, or `null`.
 *
 * @example
 * ```ts
 * canonicalActor('Daesh')?.name; // 'Islamic State'
 * canonicalActor('Levant Liberation Committee')?.name; // 'Tahrir al-Sham'
 * ```
 */
export function canonicalActor(surface: string): KnownActor | null {
  index ??= buildIndex();
  const hit = index.byKey.get(aliasKey(surface));
  if (hit === undefined) return null;
  if (hit.caseSensitive !== null && surface.trim() !== hit.caseSensitive) return null;
  return hit.actor;
}

const MAX_WORDS = 8;
const LAYER = Symbol('known-actors');

/**
 * Every known-actor mention in the document, longest match first at each
 * position, in document order. Cached on the document.
 */
export function findKnownActors(doc: Document): readonly KnownActorMention[] {
  return doc.layer(LAYER, scan);
}

function scan(doc: Document): KnownActorMention[] {
  index ??= buildIndex();
  const { byKey, prefixes } = index;
  const toks = doc.tokens;
  const out: KnownActorMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    if (first.shape !== 'word' && first.shape !== 'other') continue;
    let key = '';
    let best: { end: number; actor: KnownActor } | null = null;
    let words = 0;
    for (let j = i; j < toks.length && words < MAX_WORDS; j++) {
      const t = toks[j]!;
      if (j > i && t.sentence !== first.sentence) break;
      const part = t.lower.replace(/['’‘`´ʼ]/g, '');
      if (t.value === '-' || t.value === '‐' || t.value === '–') {
        if (t.spaceBefore) break;
        continue; // a hyphen joins words with a space in the key
      }
      if (part === '') continue; // a bare apostrophe token
      const prev = toks[j - 1];
      const joined = j === i ? '' : prev !== undefined && !t.spaceBefore && prev.value !== '-' ? '' : ' ';
      key = j === i ? part : key + joined + part;
      words++;
      const hit = byKey.get(key);
      if (hit !== undefined) {
        const surface = doc.norm.slice(first.start, t.end);
        if (hit.caseSensitive === null || surface === hit.caseSensitive) best = { end: j + 1, actor: hit.actor };
      }
      if (!prefixes.has(key) && !byKey.has(key)) {
        // Attached pieces ("Hay" + "'at") can still complete a key; stop only at a space.
        const next = toks[j + 1];
        if (next === undefined || next.spaceBefore) break;
      }
    }
    if (best !== null) {
      out.push({
        actor: best.actor,
        firstToken: i,
        endToken: best.end,
        start: first.start,
        end: toks[best.end - 1]!.end,
      });
      i = best.end - 1;
    }
  }
  return out;
}
