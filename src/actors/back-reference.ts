/**
 * Second references to a body: a definite description whose head names a kind
 * of body (`the ministry`, `the monitoring group`, `the Britain-based monitor`,
 * `the observatory`) is the one body of that kind the article named before it.
 * Source: news-writing conventions for second references (AP Stylebook,
 * "second reference"); the head words are `anaphoric-heads.json`'s.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import heads from '../lexicon/en/anaphoric-heads.json';
import { entityRegistry, type Entity } from './registry.js';
import { speakerActor, type ResolvedActor } from './speaker.js';

/** For a head that names a kind of body, the words a body's name holds to be of that kind (`@media`: any medium). */
const KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(heads.genericBodyKinds),
  // A specific body noun refers back only to a body whose name holds it ("the ministry" → "Health Ministry").
  ...[...heads.namedBodies, ...heads.bodies].map((h): [string, readonly string[]] => [h, [h]]),
]);

const BODY_KINDS: ReadonlySet<string> = new Set(['organisation', 'group', 'government', 'media']);

/** Whether a body's name fits one of the kind words of a head. */
function fits(e: Entity, words: readonly string[]): boolean {
  if (!BODY_KINDS.has(e.kind)) return false;
  const name = ` ${e.name.toLowerCase()} `;
  return words.some((w) => (w === '@media' ? e.kind === 'media' : name.includes(` ${w} `)));
}

const GENERIC_HEADS: ReadonlySet<string> = new Set(heads.genericBodies);

/**
 * For a generic head ("group", "organisation"), the words its lower-case modifiers give a body's name
 * to hold: the modifier itself ("the rights group" → "… Human Rights …") and, for a kind word, that
 * kind's ("the monitoring group" → a monitor, an observatory); `null` without such a modifier.
 */
function modifierWords(doc: Document, a: number, h: number, head: string): readonly string[] | null {
  if (!GENERIC_HEADS.has(head)) return null;
  const out: string[] = [];
  for (let k = a; k < h; k++) {
    const t = doc.tokens[k]!;
    if (t.lower === 'the' || t.value !== t.lower || !/^[a-z]+$/.test(t.lower)) continue;
    out.push(t.lower);
    for (const [kind, words] of KIND_WORDS) if (words.includes(t.lower)) out.push(kind, ...words);
  }
  return out.length === 0 ? null : out.filter((w) => w !== '@media');
}

/**
 * The body a definite description of a body refers back to: the one registry
 * entity of that kind (by its head noun) named before the description (for a
 * headline's source, anywhere in the article); `null`
 * when the actor is no such description, or none or several bodies fit (then
 * the description stays as it is).
 *
 * @param doc - the parsed document
 * @param s - a resolved source or speaker
 * @returns the body as a resolved actor (`resolvedBy: 'description'`, the description's mention), or `null`
 *
 * @example
 * ```ts
 * const doc = parse('The Health Ministry met on Monday. The ministry put the toll at 30.');
 * bodyNamedBefore(doc, theMinistry)?.name; // 'Health Ministry'
 * ```
 */
export function bodyNamedBefore(doc: Document, s: ResolvedActor): ResolvedActor | null {
  if (s.kind !== 'description' || (s.entity !== null && s.entity.kind !== 'description')) return null;
  const toks = doc.tokens;
  const [a, b] = s.mention;
  const head = toks[b - 1];
  if (head === undefined || head.value !== head.lower) return null;
  const words = KIND_WORDS.get(head.lower) ?? modifierWords(doc, a, b - 1, head.lower);
  if (words === null || words === undefined) return null;
  // A headline's closing source ("Strike kills 15 near Raqqa - monitor") is the body the article names.
  const headline = doc.zoneAt(toks[a]!.start) === 'headline';
  // Definite: "the ministry", "the Britain-based monitor" (no "a monitor", no "ministry officials").
  if (!headline && toks[a]?.lower !== 'the' && toks[a - 1]?.lower !== 'the') return null;
  const reg = entityRegistry(doc);
  let only: Entity | null = null;
  // (Each entity judged once, however many of its names come before: fits() lower-cases the name.)
  const judged = new Set<number>();
  for (const m of reg.mentions) {
    if ((m.first >= a && !headline) || m.form !== 'name' || judged.has(m.entity)) continue;
    judged.add(m.entity);
    const e = reg.entities[m.entity]!;
    if (!fits(e, words)) continue;
    if (only !== null) return null;
    only = e;
  }
  if (only === null) return null;
  return speakerActor(only.name, only.kind, s.role, s.organisation, 'description', s.mention, only, s.confidence);
}
