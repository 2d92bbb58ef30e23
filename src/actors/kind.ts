/**
 * The actor kinds the actors layer reads phrases as (internal).
 *
 * @module
 */

/**
 * What sort of entity an actor is (the entities layer maps it to the public `EntityKind`).
 *
 * @example
 * ```ts
 * const kind: ActorKind = 'media'; // state TV, Sana news agency
 * ```
 */
export type ActorKind = 'person' | 'group' | 'government' | 'organisation' | 'media' | 'description';
