/**
 * The entities layer: one entity per referent of the article, shared by every
 * extractor, so that a quote's speaker, a claim's actor and source and a
 * casualty figure's source are one type pointing at one entity by id.
 *
 * It starts from the actors registry (names clustered to the fullest form,
 * roles, descriptions linked to named people), merges entities that are the
 * same referent under another spelling ({@link aliasKey}), a short form
 * (`Syrian Observatory` of `Syrian Observatory for Human Rights`), an acronym
 * (`SOHR`) or a bare head (`the Observatory`), and takes in what extractors
 * resolve outside the registry (descriptions, sources) through {@link refFor}.
 * Built once per document and cached on it.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { entityRegistry, type Entity as RegistryEntity } from '../actors/registry.js';
import { knownActorByName } from '../actors/known.js';
import type { ActorKind } from '../actors/kind.js';
import type { Entity, EntityKind, EntityRef, Resolution, Span } from '../types.js';
import { aliasKey } from './alias.js';
import { WordSet } from '../actors/lexicon.js';
import { isWhiteSpaceCode } from '../document/normalise.js';
import genericHeads from '../lexicon/en/generic-heads.json';

/** Generic heads behind a bitmap: most names are rejected without being lower-cased (asked for every alias). */
const GENERIC_HEADS = new WordSet(genericHeads.words.map((w) => w.toLowerCase()));
/** The longest generic head: a longer word is none (lower-casing never shortens a string). */
const GENERIC_HEAD_LENGTH = Math.max(...genericHeads.words.map((w) => w.length));

/** Whether `bare` (a name without its leading `the`) is a generic head, read without lower-casing long names. */
const isGenericHead = (bare: string): boolean => bare.length <= GENERIC_HEAD_LENGTH && GENERIC_HEADS.hasFolded(bare);

/**
 * The name without a leading `the` (`/^the\s+/i`); the expression runs only on a name that
 * starts with a `t` (most do not, and this is asked for every alias and every short form).
 */
function withoutThe(name: string): string {
  const c = name.charCodeAt(0);
  return c === 116 || c === 84 ? name.replace(/^the\s+/i, '') : name;
}

export { aliasKey } from './alias.js';

/** An entity while the document is read. */
interface Draft {
  id: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  organisation: string | null;
  readonly aliases: string[];
  readonly mentions: Map<number, Span>;
  /** What {@link abbreviated} compares of the name, read once per name (a field: no WeakMap probe per pair of drafts). */
  parts: NameParts | null;
  /** Creation order (drafts are listed in it). */
  readonly seq: number;
  /** Keys of `Table.byKey` set to this draft, and registry ids of `Table.byRegistry` (to re-point them without a scan). */
  readonly keys: string[];
  readonly registryIds: number[];
  /** Merged into another draft and out of `Table.drafts`. */
  removed: boolean;
}

interface Table {
  readonly drafts: Draft[];
  /** aliasKey of every name and alias → its entity. */
  readonly byKey: Map<string, Draft>;
  /** Registry entity index → entity. */
  readonly byRegistry: Map<number, Draft>;
  /**
   * Named bodies by what a short form of them looks like — `i` initials, `h` the head word
   * before the connector, `s` word count and key of the words before it — and every body by
   * its own bare name, `n` as written and `k` word count and key: short forms and full names
   * are found by lookup, not by comparing every pair of drafts (quadratic on a long page).
   * Entries go stale when a name grows or a draft is merged away; readers check them again.
   * One map per kind of key (word counts a map level of their own): no key string is built per lookup.
   */
  readonly index: Index;
  /** The next draft's creation number. */
  seq: number;
}

/** Drafts filed under a string key. */
type Filed = Map<string, Draft[]>;

/** The lookups of {@link Table.index}: by initials, head word and bare name, and by word count then key. */
interface Index {
  readonly i: Filed;
  readonly h: Filed;
  readonly n: Filed;
  readonly s: Map<number, Filed>;
  readonly k: Map<number, Filed>;
}

function newIndex(): Index {
  return { i: new Map(), h: new Map(), n: new Map(), s: new Map(), k: new Map() };
}

/** The map of `byCount` for word count `n` (made when missing). */
function counted(byCount: Map<number, Filed>, n: number): Filed {
  let m = byCount.get(n);
  if (m === undefined) byCount.set(n, (m = new Map()));
  return m;
}

const KINDS: Record<ActorKind, EntityKind> = {
  person: 'person',
  group: 'armed-group',
  government: 'state',
  organisation: 'organisation',
  media: 'media',
  description: 'description',
};

/**
 * The public kind of an internal actor kind.
 *
 * @example
 * ```ts
 * entityKindOf('government'); // 'state'
 * ```
 */
export function entityKindOf(kind: ActorKind): EntityKind {
  return KINDS[kind];
}

/** Words left out of an acronym (`Syrian Observatory for Human Rights` → `SOHR`). */
const ACRONYM_SKIP = new Set(['for', 'of', 'the', 'and', 'on', 'in', 'de', 'al']);
/** Words after which a body's name goes on with what it is for (`Observatory` for `Human Rights`). */
const CONNECTORS = new Set(['for', 'of', 'on']);

/** Whether a UTF-16 code unit is one of `\s` or a hyphen-minus (what {@link words} splits at). */
const splitsWords = (c: number): boolean => c === 0x2d || isWhiteSpaceCode(c);

/** A name's words: `name.split(/[\s-]+/)` without empty strings, by one character loop (no expression, no filter pass). */
function words(name: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    if (!splitsWords(name.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(name.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(start === 0 ? name : name.slice(start));
  return out;
}

/** The longest word of {@link ACRONYM_SKIP} and {@link CONNECTORS}: a longer word is in neither (lower-casing never shortens). */
const SHORT_WORD = 3;

/** `words(name).length`, counted without splitting (asked for every name and short form of the table). */
function wordCount(name: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const sep = splitsWords(name.charCodeAt(i));
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return n;
}

/** The initials of a name's words (`ws`: the name's {@link words}). */
function initials(ws: readonly string[]): string {
  let out = '';
  for (const w of ws) if (w.length > SHORT_WORD || !ACRONYM_SKIP.has(w.toLowerCase())) out += w[0]!.toUpperCase();
  return out;
}

/** Named bodies that a short form, an acronym or a bare head can stand for. */
const isBody = (k: EntityKind): boolean =>
  k === 'organisation' || k === 'armed-group' || k === 'state' || k === 'media';

/**
 * Where a body's name is cut for its short form: before its first connector
 * (`Syrian Observatory | for Human Rights`), or `-1` when it has none.
 */
function shortLength(ws: readonly string[]): number {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.length <= SHORT_WORD && CONNECTORS.has(w.toLowerCase())) return i;
  }
  return -1;
}

/**
 * The one named body that `name` abbreviates in the table: an acronym of its
 * initials (`SOHR`), the words before its connector (`Syrian Observatory`),
 * or that part's last word alone (`Observatory`, unless generic: `the Army` is
 * not the Army of Islam); `null` when none or several.
 */
/** What {@link abbreviated} compares of a body's name, read once per name (not once per pair of drafts). */
interface NameParts {
  readonly name: string;
  readonly words: number;
  readonly cut: number;
  readonly initials: string;
  /** The word before the cut (`Observatory`), or `''`. */
  readonly headWord: string;
  /** aliasKey of the words before the cut, or `''`. */
  readonly shortKey: string;
}

function nameParts(d: Draft): NameParts {
  const known = d.parts;
  if (known !== null && known.name === d.name) return known; // a merge may give the draft a fuller name
  const dws = words(d.name);
  const cut = shortLength(dws);
  const parts: NameParts = {
    name: d.name,
    words: dws.length,
    cut,
    initials: dws.length > 1 ? initials(dws) : '',
    headWord: cut < 0 ? '' : dws[cut - 1]!,
    shortKey: cut < 0 ? '' : aliasKey(dws.slice(0, cut).join(' ')),
  };
  d.parts = parts;
  return parts;
}

function indexAs(index: Filed, key: string, d: Draft): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [d]);
  else if (list[list.length - 1] !== d) list.push(d);
}

/** Files a body under its short-form keys and its own bare name (again after its name changed). */
function indexDraft(t: Table, d: Draft): void {
  if (!isBody(d.kind)) return;
  const p = nameParts(d);
  const x = t.index;
  if (p.words > 1) indexAs(x.i, p.initials, d);
  if (p.cut >= 0) {
    indexAs(x.h, p.headWord, d);
    indexAs(counted(x.s, p.cut), p.shortKey, d);
  }
  const bare = withoutThe(d.name);
  indexAs(x.n, bare, d);
  indexAs(counted(x.k, wordCount(bare)), aliasKey(bare), d);
}

/** The live drafts filed under `key` in `index` (none when there is no such map), in creation order, each once. */
function filed(index: Filed | undefined, key: string): Draft[] {
  const list = index?.get(key);
  if (list === undefined) return [];
  const out = list.filter((d, i) => !d.removed && list.indexOf(d) === i);
  return out.length > 1 ? out.sort((a, b) => a.seq - b.seq) : out;
}

/** Renames a draft (a fuller name won) and files it under the new name. */
function rename(t: Table, d: Draft, name: string): void {
  d.name = name;
  indexDraft(t, d);
}

/** An Arabic article that opens a name in lower case (`al-Nusra`, `ad-Dawla`, `el-Sisi`). */
const NAME_PARTICLE = /^(?:al|ad|el)-/;

function abbreviated(t: Table, name: string, self: Draft | null): Draft | null {
  const bare = withoutThe(name);
  const count = wordCount(bare);
  if (count === 0 || count > 4) return null;
  // a common noun ("army", "the coalition") or a bare generic head ("Army") is no short form of a
  // name ("Army of Islam"): the whole name or an alias the text gives is needed
  // a name starts with a capital, any script's ("Ómar"), or an Arabic article ("al-Nusra")
  const first = bare[0]!;
  const capital = first !== first.toLowerCase() || NAME_PARTICLE.test(bare);
  if (!capital || (count === 1 && isGenericHead(bare))) return null;
  const acronym = count === 1 && /^[A-Z]{2,6}$/.test(bare);
  const head = count === 1 && /^[A-Z][a-z]+$/.test(bare);
  // The spelling key, read only when some body's short form has as many words (most names meet none).
  let key: string | null = null;
  let found: Draft | null = null;
  const candidates = acronym
    ? filed(t.index.i, bare)
    : head
      ? filed(t.index.h, bare)
      : filed(t.index.s.get(count), (key = aliasKey(bare)));
  for (const d of candidates) {
    if (d === self || !isBody(d.kind)) continue;
    const p = nameParts(d);
    let hit: boolean;
    if (acronym) hit = p.words > 1 && p.initials === bare;
    else if (p.cut < 0) hit = false;
    else if (head) hit = p.headWord === bare;
    else hit = count === p.cut && p.shortKey === (key ??= aliasKey(bare));
    if (!hit) continue;
    if (found !== null && found !== d) return null;
    found = d;
  }
  return found;
}

/** Keys `d` by `name` (its {@link aliasKey} `key` when the caller has it). */
function addKey(t: Table, d: Draft, name: string, key?: string): void {
  // A bare generic head ("Army") names no one body: it keys nothing.
  if (isGenericHead(withoutThe(name))) return;
  const k = key ?? aliasKey(name);
  if (k !== '' && !t.byKey.has(k)) setKey(t, k, d);
}

function setKey(t: Table, k: string, d: Draft): void {
  t.byKey.set(k, d);
  d.keys.push(k);
}

function setRegistry(t: Table, id: number, d: Draft): void {
  t.byRegistry.set(id, d);
  d.registryIds.push(id);
}

/** Points every key and registry id that names `from` at `into` (what a scan of both maps did). */
function repoint(t: Table, from: Draft, into: Draft): void {
  for (const k of from.keys) if (t.byKey.get(k) === from) setKey(t, k, into);
  for (const id of from.registryIds) if (t.byRegistry.get(id) === from) setRegistry(t, id, into);
}

function addAlias(t: Table, d: Draft, name: string, key?: string): void {
  if (name === '' || d.aliases.includes(name)) return;
  d.aliases.push(name);
  addKey(t, d, name, key);
}

function addMention(d: Draft, span: Span): void {
  if (!d.mentions.has(span.start)) d.mentions.set(span.start, span);
}

/** Moves everything of `from` into `into` (the fuller name wins). */
function merge(t: Table, into: Draft, from: Draft): void {
  if (from.name.length > into.name.length && from.kind === into.kind) rename(t, into, from.name);
  into.role ??= from.role;
  into.organisation ??= from.organisation;
  for (const a of from.aliases) addAlias(t, into, a);
  for (const m of from.mentions.values()) addMention(into, m);
  repoint(t, from, into);
  from.removed = true;
  t.drafts.splice(t.drafts.indexOf(from), 1);
}

/**
 * A new entity named `name` (its {@link aliasKey} `key` when the caller has it). Ids are given
 * once the registry's entities are merged (see build; `numbered` false there), later ones follow on.
 */
function newDraft(t: Table, name: string, kind: EntityKind, key?: string, numbered = true): Draft {
  const d: Draft = {
    id: numbered ? `e${t.drafts.length + 1}` : '',
    name,
    kind,
    role: null,
    organisation: null,
    aliases: [],
    mentions: new Map(),
    parts: null,
    seq: t.seq++,
    keys: [],
    registryIds: [],
    removed: false,
  };
  t.drafts.push(d);
  addAlias(t, d, name, key);
  indexDraft(t, d);
  return d;
}

const TABLE = Symbol('entities');

function build(doc: Document): Table {
  const t: Table = { drafts: [], byKey: new Map(), byRegistry: new Map(), index: newIndex(), seq: 0 };
  const reg = entityRegistry(doc);
  for (const e of reg.entities) {
    if (e.mentions.length === 0) continue;
    const key = aliasKey(e.name);
    const same = key === '' ? undefined : t.byKey.get(key);
    const d = same ?? newDraft(t, e.name, entityKindOf(e.kind), key, false);
    if (e.name.length > d.name.length) rename(t, d, e.name);
    setRegistry(t, e.id, d);
    d.role ??= e.role;
    d.organisation ??= e.organisation;
    for (const m of e.mentions) {
      const span = doc.tokenSpan(m.nameFirst, m.nameEnd);
      addMention(d, span);
      if (m.form === 'name') addAlias(t, d, span.text);
    }
  }
  // Short forms, acronyms and bare heads of a named body are that body.
  for (const d of [...t.drafts]) {
    if (d.removed || d.kind === 'person') continue;
    const full = abbreviated(t, d.name, d);
    if (full !== null) merge(t, full, d);
  }
  t.drafts.forEach((d, i) => (d.id = `e${i + 1}`));
  return t;
}

function table(doc: Document): Table {
  return doc.layer(TABLE, build);
}

/**
 * What an extractor knows of a "who" at one place: the name and kind it
 * resolved, the tokens `[first, end)` that mention it, how, and the registry
 * entity when it went through the registry.
 *
 * @example
 * ```ts
 * const input: RefInput = { name: 'monitoring group', kind: 'description', first: 20, end: 22, resolvedBy: 'description' };
 * ```
 */
export interface RefInput {
  readonly name: string;
  readonly kind: ActorKind;
  /** First token of the mention at this place. */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  readonly resolvedBy: Resolution;
  readonly role?: string | null;
  readonly organisation?: string | null;
  /** The registry entity, when the extractor resolved through the registry. */
  readonly entity?: RegistryEntity | null;
  /** Other names the phrase gives the referent (`Turkish health ministry` for `Turkey's health ministry`). */
  readonly aliases?: readonly string[];
}

/**
 * The entity already holding a mention of exactly `r`'s span under the same name (spelling key)
 * and kind; `null` when none.
 */
function atSameSpan(doc: Document, t: Table, r: RefInput, key: string): Draft | null {
  const span = doc.tokenSpan(r.first, r.end);
  const kind = entityKindOf(r.kind);
  for (const d of t.drafts) {
    if (d.removed || d.kind !== kind || d.mentions.get(span.start)?.end !== span.end) continue;
    if (aliasKey(d.name) === key || d.aliases.some((a) => aliasKey(a) === key)) return d;
  }
  return null;
}

/** The entity a name mentioned at `[first, end)` refers to, registering it when new. */
function draftFor(doc: Document, t: Table, r: RefInput): Draft {
  if (r.entity) {
    const d = t.byRegistry.get(r.entity.id);
    if (d !== undefined) return d;
  }
  const key = aliasKey(r.name);
  const byName = key === '' ? undefined : t.byKey.get(key);
  if (byName !== undefined) {
    // a name first registered as capitals wrote it (`RUSSIA`), then named canonically (`Russia`): the canonical one
    if (byName.name !== r.name && byName.name === r.name.toUpperCase() && knownActorByName(r.name) !== null)
      rename(t, byName, r.name);
    return byName;
  }
  // ("Jordan's foreign ministry" after "the Jordanian foreign ministry": the phrase's other name.)
  if (r.aliases !== undefined)
    for (const a of r.aliases) {
      const d = t.byKey.get(aliasKey(a));
      if (d !== undefined) return d;
    }
  // The same words at the same place are the same referent, even a bare description that keys
  // nothing ("police said" read as a quote's speaker and as a figure's source).
  const same = r.end > r.first ? atSameSpan(doc, t, r, key) : null;
  if (same !== null) {
    // a description as the extractor writes it (`army`), not as wire copy in capitals has it (`ARMY`)
    if (same.kind === 'description' && same.name !== r.name && same.name.toLowerCase() === r.name.toLowerCase())
      rename(t, same, r.name);
    return same;
  }
  // A registry mention inside the phrase that names the same referent.
  const reg = entityRegistry(doc);
  for (let k = r.first; k < r.end; k++) {
    const mi = reg.mentionAt[k];
    if (mi === undefined || mi < 0) continue;
    const d = t.byRegistry.get(reg.mentions[mi]!.entity);
    // The same referent: one of its forms, or the end of its name that the phrase reader kept
    // ("Monitor for Civil Rights" of "The Levant Monitor for Civil Rights").
    if (d === undefined || d.kind === 'description' || !/^[A-Z][a-z]/.test(d.name)) continue;
    const named = /^[A-Z]/.test(r.name) && wordCount(r.name) >= 2;
    if (d.aliases.some((a) => aliasKey(a) === key || (named && aliasKey(a).endsWith(key)))) return d;
  }
  const kind = entityKindOf(r.kind);
  if (kind !== 'person') {
    const full = abbreviated(t, r.name, null);
    if (full !== null) {
      addAlias(t, full, r.name);
      return full;
    }
  }
  const d = newDraft(t, r.name, kind);
  if (isBody(kind) && wordCount(d.name) > 1) {
    // Short forms met before the full name ("the Observatory") refer to it from now on: the
    // bodies named by its initials, its head word, or the words before its connector.
    const p = nameParts(d);
    const shorts = [
      ...(p.words > 1 ? filed(t.index.n, p.initials) : []),
      ...(p.cut >= 0 ? [...filed(t.index.n, p.headWord), ...filed(t.index.k.get(p.cut), p.shortKey)] : []),
    ]
      .filter((x, i, all) => all.indexOf(x) === i)
      .sort((a, b) => a.seq - b.seq);
    for (const short of shorts) {
      if (short === d || !isBody(short.kind) || short.name.length >= d.name.length) continue;
      const c = short.name.charCodeAt(short.name.startsWith('the ') ? 4 : 0);
      if (c < 65 || c > 90 || abbreviated(t, short.name, short) !== d) continue;
      repoint(t, short, d);
      addAlias(t, d, short.name);
    }
  }
  return d;
}

/**
 * The shared "who" of a result: registers the mention with its entity (a
 * registry entity, one of the same spelling key or short form, or a new one)
 * and returns the reference every extractor gives.
 *
 * @param doc - the parsed document
 * @param r - what the extractor resolved
 *
 * @example
 * ```ts
 * const doc = parse('The Syrian Observatory for Human Rights said 12 people died. SOHR said more.');
 * refFor(doc, { name: 'SOHR', kind: 'organisation', first: 11, end: 12, resolvedBy: 'name' }).name;
 * // 'Syrian Observatory for Human Rights'
 * ```
 */
export function refFor(doc: Document, r: RefInput): EntityRef {
  const t = table(doc);
  const d = draftFor(doc, t, r);
  // a person the extractor named canonically ("Bashar al-Assad") whose entity the text spells
  // otherwise ("Bashar Assad"): the canonical name is one of its names too
  if (r.kind === 'person' && d.kind === 'person' && r.name !== d.name) addAlias(t, d, r.name);
  if (r.aliases !== undefined) {
    // "Turkeys health ministry" registered first as written: the apostrophe restored names it.
    if (r.name !== d.name && aliasKey(r.name) === aliasKey(d.name) && r.name.includes("'")) rename(t, d, r.name);
    addAlias(t, d, r.name);
    for (const a of r.aliases) addAlias(t, d, a);
  }
  const mention = r.end > r.first ? doc.tokenSpan(r.first, r.end) : null;
  if (mention !== null) addMention(d, mention);
  return {
    entity: d.id,
    name: d.name,
    kind: d.kind,
    mention,
    role: r.role ?? d.role,
    organisation: r.organisation ?? d.organisation,
    resolvedBy: r.resolvedBy,
  };
}

/**
 * The document's entities in order of first mention, with every mention that
 * results resolved to them. Call it once the extractors have run: what they
 * resolved outside the registry (descriptions, sources) is added as they go.
 *
 * @param doc - the parsed document
 *
 * @example
 * ```ts
 * const doc = parse('Rami Abdulrahman said 12 died. Rami Abdel Rahman said more would.');
 * entitiesOf(doc).map((e) => e.name); // ['Rami Abdulrahman']
 * ```
 */
export function entitiesOf(doc: Document): Entity[] {
  return table(doc)
    .drafts.filter((d) => d.mentions.size > 0)
    .map((d) => {
      let first = Number.MAX_SAFE_INTEGER;
      for (const k of d.mentions.keys()) if (k < first) first = k;
      return { d, first };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ d }) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      aliases: [...d.aliases].sort((a, b) => b.length - a.length),
      role: d.role,
      organisation: d.organisation,
      mentions: [...d.mentions.values()].sort((a, b) => a.start - b.start),
    }));
}
