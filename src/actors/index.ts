/**
 * The actors layer: who the article talks about, shared by the extractors.
 *
 * - {@link entityRegistry}: every person, organisation, government, medium and
 *   description in the document, aliases clustered to the fullest name, with
 *   role, organisation, gender and number (cached on the document);
 * - {@link resolveMention}: the entity a token refers to (a name, a
 *   description, or a pronoun resolved by agreement, recency and role);
 * - {@link resolveActor}: the entity a whole phrase names (`The governor of
 *   Homs province, Talal Barzani,` → Talal Barzani);
 * - {@link findKnownActors} / {@link canonicalActor}: the data file of known
 *   armed groups, governments and media with canonical names.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { resolvePronoun } from './pronouns.js';
import { entityRegistry, type Entity, type EntityMention } from './registry.js';

export { entityRegistry, roleClassesOf } from './registry.js';
export type { Entity, EntityMention, EntityRegistry, MentionForm } from './registry.js';
export { resolvePronoun, isThirdPersonPronoun } from './pronouns.js';
export type { PronounResolution } from './pronouns.js';
export { resolveActor, describe } from './speaker.js';
export type { ResolvedActor, ActorResolution } from './speaker.js';
export { findKnownActors, canonicalActor, knownActors, findRegistryActors, lookupActor } from './known.js';
export type { KnownActor, KnownActorMention } from './known.js';
export { firstNameGender } from './lexicon.js';
export type { Gender } from './lexicon.js';

/**
 * What a token refers to.
 *
 * @example
 * ```ts
 * const r: MentionResolution = { entity, mention: null, resolvedBy: 'pronoun', confidence: 0.75 };
 * ```
 */
export interface MentionResolution {
  /** The entity referred to. */
  readonly entity: Entity;
  /** The registry mention covering the token (for a pronoun: its antecedent). */
  readonly mention: EntityMention | null;
  /** Through a name, a description, or a pronoun. */
  readonly resolvedBy: 'name' | 'description' | 'pronoun';
  /** 0–1. */
  readonly confidence: number;
}

/**
 * The entity the token at `tokenIndex` refers to: the registry mention
 * covering it (a name or a description, which may be linked to the named
 * person holding that role), or, for `he`/`she`/`it`/`they`, the resolved
 * antecedent. `null` when the token mentions no entity.
 *
 * @param doc - a parsed document
 * @param tokenIndex - index into `doc.tokens`
 *
 * @example
 * ```ts
 * const doc = parse('Colonel Ivan Petrov arrived late. He said the road was mined.');
 * resolveMention(doc, 6)?.entity.name; // 'Ivan Petrov' (the token "He")
 * resolveMention(doc, 6)?.resolvedBy; // 'pronoun'
 * ```
 */
export function resolveMention(doc: Document, tokenIndex: number): MentionResolution | null {
  const reg = entityRegistry(doc);
  const mi = reg.mentionAt[tokenIndex];
  if (mi !== undefined && mi !== -1) {
    const m = reg.mentions[mi]!;
    return {
      entity: reg.entities[m.entity]!,
      mention: m,
      resolvedBy: m.form === 'name' ? 'name' : 'description',
      confidence: m.form === 'name' ? 0.9 : 0.7,
    };
  }
  const p = resolvePronoun(doc, tokenIndex);
  if (p === null) return null;
  return { entity: p.entity, mention: p.antecedent, resolvedBy: 'pronoun', confidence: p.confidence };
}
