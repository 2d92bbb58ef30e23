/**
 * Known actors (armed groups, governments, agencies, international
 * organisations, media) found by their aliases, from the data file
 * `src/lexicon/actors.json`.
 *
 * Matching is on token boundaries and tolerant of hyphen and apostrophe
 * variants (`al-Qaida` = `al Qaida`, `Hay'at` = `Hayat`). Letter case:
 *
 * - short acronyms (all capitals, or ≤ 5 letters with two capitals: `IS`,
 *   `SDF`, `LeT`) match only exactly as written, so `IS` never matches "is"
 *   and `LeT` never matches "let";
 * - in running text, a word the alias capitalises must be capitalised in the
 *   text (`Southern Front` matches "Southern Front" and "SOUTHERN FRONT", not
 *   "the southern front"; `Amnesty International` never matches "an amnesty
 *   deal"); lower-case alias words (`al`, `of`) match any case.
 *   {@link canonicalActor} and {@link lookupActor}, which look up a string the
 *   caller chose, only apply the acronym rule.
 *
 * Two views: {@link findKnownActors} / {@link canonicalActor} give armed
 * groups only (what the seed registry held, and what the quotes layer names
 * speakers by); {@link findRegistryActors} / {@link lookupActor} give every
 * entry (claims need governments, forces and the groups' own media).
 *
 * @module
 */
import data from '../lexicon/actors.json';
import { itemsInDocument, itemsInSentence } from '../document/sentence-cache.js';
import type { Document } from '../document/model.js';
import type { ActorKind } from './kind.js';
import { APOSTROPHE_WORD, hasApostrophe, WordMap } from './lexicon.js';
import { defineWordClass } from '../document/classes.js';

/**
 * One entry of the actor data file.
 *
 * @example
 * ```ts
 * const amaq: KnownActor = {
 *   name: 'Amaq News Agency',
 *   kind: 'media',
 *   aliases: ['Amaq News Agency', 'Amaq'],
 *   source: 'Wikipedia: Amaq News Agency',
 *   affiliation: 'Islamic State',
 * };
 * ```
 */
export interface KnownActor {
  /** Canonical name. */
  readonly name: string;
  /** What sort of actor it is. */
  readonly kind: ActorKind;
  /** Surface forms. */
  readonly aliases: readonly string[];
  /** Where the names come from. */
  readonly source: string;
  /** For a medium: the canonical name of the group whose own medium it is (`Amaq` → `Islamic State`). */
  readonly affiliation?: string;
  /** For a government: the country's names (`Syria`), which make it the focus of an article. */
  readonly country?: readonly string[];
  /** For a government: the country's demonyms (`Syrian`). */
  readonly demonyms?: readonly string[];
  /** For a government: the capital, which stands for the government as a subject (`Damascus denied…`). */
  readonly capital?: string;
  /** For armed forces, ministries and agencies: the canonical name of the state they belong to (`Turkish jets` → `Turkey`). */
  readonly state?: string;
}

/**
 * A known actor mentioned in a document (normalised offsets).
 *
 * @example
 * ```ts
 * const [m] = findKnownActors(parse('Daesh claimed it.'));
 * // m.actor.name === 'Islamic State'; m.firstToken === 0; m.endToken === 1; m.start === 0; m.end === 5
 * ```
 */
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

const APOSTROPHES = /['’‘`´ʼ]/g;
const JOINERS = /[\s\-‐‑–]+/g;

/**
 * The lookup key of a name: lower-case, apostrophes dropped, hyphens and
 * spaces as one space, without a leading "the".
 *
 * @example
 * ```ts
 * aliasKey("Hay'at Tahrir al-Sham"); // 'hayat tahrir al sham'
 * aliasKey('the Islamic State group'); // 'islamic state group'
 * ```
 */
export function aliasKey(s: string): string {
  return caseKey(s).toLowerCase();
}

/** {@link aliasKey} without lower-casing (a leading "The" is dropped too). */
function caseKey(s: string): string {
  if (isPlainKey(s)) return dropThe(s);
  return s.replace(APOSTROPHES, '').replace(JOINERS, ' ').trim().replace(/^the /i, '');
}

/**
 * Whether {@link caseKey}'s replacements leave `s` as it is: printable ASCII with no apostrophe or
 * hyphen, and single spaces between words only (most names; a character loop instead of four passes).
 */
function isPlainKey(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 0x20) return false;
    } else if (c < 0x21 || c > 0x7e || c === 0x27 || c === 0x60 || c === 0x2d) return false;
  }
  return true;
}

/** `s` without a leading `the ` (any case), as `/^the /i` removes it. */
function dropThe(s: string): string {
  return s.length >= 4 &&
    s.charCodeAt(3) === 0x20 &&
    (s.charCodeAt(0) | 0x20) === 0x74 &&
    (s.charCodeAt(1) | 0x20) === 0x68 &&
    (s.charCodeAt(2) | 0x20) === 0x65
    ? s.slice(4)
    : s;
}

const ACRONYM = /^(?:[A-Z]{2,5}|(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,5})$/;

interface Entry {
  readonly actor: KnownActor;
  /** Exact surface required (short acronyms), or `null`. */
  readonly caseSensitive: string | null;
  /** Per word of the key: must the text capitalise it? */
  readonly capitals: readonly boolean[];
  /** {@link caseFits} answers for the surfaces met so far (the same few spellings recur across documents). */
  readonly fits: Map<string, boolean>;
}

interface Index {
  readonly byKey: Map<string, Entry>;
  readonly prefixes: Set<string>;
  /**
   * Every key's first word, and that word without a final "s" (a possessive
   * glued on: "Assad" + "'s"): a token that is none of these starts no mention.
   */
  readonly starts: Set<string>;
  /**
   * First letters (a–z) of the aliases whose first word is written in lower
   * case (`al-Qaida`, `anti-IS coalition`): a lower-case token starting with
   * another letter cannot start a mention, since a capitalised alias word needs
   * a capital in the text. Checking this costs no string hashing.
   */
  readonly lowerFirst: Uint8Array;
  readonly byName: Map<string, KnownActor>;
  /**
   * {@link START}, {@link KEY} and {@link PREFIX} bits of a word: one lookup for a mention's first word
   * (behind a bitmap, so the many words that start nothing are turned away without hashing them).
   */
  readonly heads: WordMap<number>;
  /** The keys and their prefixes as a tree of words (the first words here). */
  readonly trie: Map<string, Node>;
}

/**
 * A node of {@link Index.trie}: the key made of the words on the path to it
 * joined by spaces. A mention's next word is one lookup of the token's own
 * string (hashed once) instead of building and hashing the key so far.
 */
interface Node {
  /** The entry whose key this is, if any ({@link Index.byKey}). */
  readonly entry: Entry | undefined;
  /** Whether the key is the start of a longer key ({@link Index.prefixes}). */
  readonly prefix: boolean;
  /** The next words. */
  readonly next: Map<string, Node>;
}

/** A key's first word (or that word without a final "s"). */
const START = 1;
/** A whole key. */
const KEY = 2;
/** The first words of a longer key. */
const PREFIX = 4;

let index: Index | null = null;

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();

function capitalsOf(alias: string): boolean[] {
  return caseKey(alias)
    .split(' ')
    .map((w) => isUpper(w[0]));
}

function buildIndex(): Index {
  const byKey = new Map<string, Entry>();
  const prefixes = new Set<string>();
  const byName = new Map<string, KnownActor>();
  const starts = new Set<string>();
  const lowerFirst = new Uint8Array(26);
  for (const actor of data.actors as KnownActor[]) {
    byName.set(actor.name, actor);
    // A state's canonical name is its country's ("Syria"), which in running text is a place: not an alias.
    const names = actor.country?.includes(actor.name) === true ? actor.aliases : [actor.name, ...actor.aliases];
    for (const alias of names) {
      const key = aliasKey(alias);
      if (key === '') continue;
      const acronym = ACRONYM.test(alias) ? alias : null;
      const capitals = capitalsOf(alias);
      const existing = byKey.get(key);
      if (existing === undefined) byKey.set(key, { actor, caseSensitive: acronym, capitals, fits: new Map() });
      else {
        // A mixed-case alias ("Isis") makes the key case-insensitive even if an acronym shares it;
        // a word needs a capital only if every alias with this key capitalises it.
        const caseSensitive = existing.caseSensitive !== null && acronym !== null ? existing.caseSensitive : null;
        const merged = existing.capitals.map((c, i) => c && (capitals[i] ?? false));
        byKey.set(key, { actor: existing.actor, caseSensitive, capitals: merged, fits: new Map() });
      }
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
      starts.add(words[0]!);
      const c0 = caseKey(alias).charCodeAt(0);
      if (c0 >= 97 && c0 <= 122) lowerFirst[c0 - 97] = 1;
      if (words[0]!.endsWith('s')) starts.add(words[0]!.slice(0, -1));
    }
  }
  const bits = new Map<string, number>();
  const on = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  on(starts, START);
  on(byKey.keys(), KEY);
  on(prefixes, PREFIX);
  const trie = new Map<string, Node>();
  for (const key of [...byKey.keys(), ...prefixes]) {
    let level = trie;
    let path = '';
    for (const w of key.split(' ')) {
      path = path === '' ? w : `${path} ${w}`;
      let node = level.get(w);
      if (node === undefined) {
        node = { entry: byKey.get(path), prefix: prefixes.has(path), next: new Map() };
        level.set(w, node);
      }
      level = node.next;
    }
  }
  return { byKey, prefixes, byName, starts, lowerFirst, heads: new WordMap(bits), trie };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/**
 * All entries of the actor data file.
 *
 * @example
 * ```ts
 * knownActors().length; // 281
 * ```
 */
export function knownActors(): readonly KnownActor[] {
  return data.actors as KnownActor[];
}

/**
 * The entry with this canonical name, or `null`.
 *
 * @example
 * ```ts
 * knownActorByName('Islamic State')?.kind; // 'group'
 * ```
 */
export function knownActorByName(name: string): KnownActor | null {
  return getIndex().byName.get(name) ?? null;
}

/**
 * The registry entry of any kind for a surface form (group, government,
 * organisation, medium, person), or `null`.
 *
 * @example
 * ```ts
 * lookupActor('Sana news agency')?.name; // 'SANA'
 * lookupActor('the Syrian regime')?.name; // 'Syria'
 * ```
 */
export function lookupActor(surface: string): KnownActor | null {
  const hit = getIndex().byKey.get(aliasKey(surface));
  if (hit === undefined) return null;
  if (hit.caseSensitive !== null && surface.trim() !== hit.caseSensitive) return null;
  return hit.actor;
}

/**
 * The canonical armed group for a surface form, or `null` (entries of kind
 * `group` only, as in the seed registry; {@link lookupActor} reads them all).
 *
 * @example
 * ```ts
 * canonicalActor('Daesh')?.name; // 'Islamic State'
 * canonicalActor('Levant Liberation Committee')?.name; // 'Tahrir al-Sham'
 * canonicalActor('UN'); // null: an organisation, see lookupActor
 * ```
 */
export function canonicalActor(surface: string): KnownActor | null {
  const a = lookupActor(surface);
  return a !== null && a.kind === 'group' ? a : null;
}

/** Surfaces remembered per entry at most (a bound against hostile input spelling one name many ways). */
const MAX_FITS = 64;

/** {@link caseFits}, remembered per entry: the regular expressions run once per spelling, not per mention. */
function fitsCase(hit: Entry, surface: string): boolean {
  let fits = hit.fits.get(surface);
  if (fits === undefined) {
    fits = caseFits(hit, surface);
    if (hit.fits.size < MAX_FITS) hit.fits.set(surface, fits);
  }
  return fits;
}

/** Whether a surface written in running text honours the entry's letter case. */
function caseFits(hit: Entry, surface: string): boolean {
  if (hit.caseSensitive !== null) return surface === hit.caseSensitive;
  const words = caseKey(surface).split(' ');
  if (words.length !== hit.capitals.length) return true;
  for (let i = 0; i < words.length; i++) if (hit.capitals[i] === true && !isUpper(words[i]![0])) return false;
  return true;
}

const MAX_WORDS = 8;
const LAYER = Symbol('registry-actors');
const GROUPS = Symbol('known-groups');

/**
 * Every registry mention in the document, of any kind (armed groups,
 * governments and their forces, organisations, media, persons), longest
 * match first at each position, in document order. Cached on the document.
 *
 * @example
 * ```ts
 * findRegistryActors(parse('SANA said the Syrian army and Hezbollah advanced.')).map((m) => m.actor.name);
 * // ['SANA', 'Syrian Arab Army', 'Hezbollah']
 * ```
 */
export function findRegistryActors(doc: Document): readonly KnownActorMention[] {
  return itemsInDocument(doc, LAYER, scan);
}

/**
 * The registry mentions of one sentence (the same as {@link findRegistryActors}
 * keeps for it), scanning only that sentence; cached on the document, so a
 * caller that reads a few sentences never pays for the whole text.
 *
 * @param doc - a parsed document
 * @param sentence - index into `doc.sentences`
 *
 * @example
 * ```ts
 * const doc = parse('The talks resumed. Daesh denied it.');
 * registryActorsIn(doc, 1).map((m) => m.actor.name); // ['Islamic State']
 * ```
 */
export function registryActorsIn(doc: Document, sentence: number): readonly KnownActorMention[] {
  return itemsInSentence(doc, LAYER, sentence, scan);
}

/**
 * The armed-group mentions of the document (registry entries of kind
 * `group`), in document order; the quotes layer names speakers by them.
 * Governments, organisations and media are left to {@link findRegistryActors}:
 * a speaker written "Sana news agency" or "the Syrian government delegation"
 * keeps the document's words. Cached on the document.
 *
 * @example
 * ```ts
 * findKnownActors(parse('Hezbollah and the Levant Liberation Committee denied it.')).map((m) => m.actor.name);
 * // ['Hezbollah', 'Tahrir al-Sham']
 * ```
 */
export function findKnownActors(doc: Document): readonly KnownActorMention[] {
  return doc.layer(GROUPS, (d) => findRegistryActors(d).filter((m) => m.actor.kind === 'group'));
}

const partOf = (lower: string): string => (hasApostrophe(lower) ? lower.replace(APOSTROPHES, '') : lower);

/** Whether a token glued to the previous one can continue a name ("Hay" + "'at", "al" + "-"), unlike "people" + ",". */
function joinsNext(t: Document['tokens'][number] | undefined): boolean {
  if (t === undefined || t.spaceBefore) return false;
  return t.shape === 'word' || t.value === '-' || t.value === '‐' || t.value === '–' || hasApostrophe(t.value);
}

/** Acronym aliases that spell an English word (`IS`, `WHO`), from the data file. */
const WORD_ACRONYMS: ReadonlySet<string> = new Set((data as { wordAcronyms?: string[] }).wordAcronyms ?? []);

/** Whether a word next to token `i` (in `[from, to)`) is written in capitals too: upper-case copy. */
function shouting(toks: Document['tokens'], i: number, from: number, to: number): boolean {
  const caps = (k: number): boolean => {
    const t = toks[k];
    return (
      t !== undefined &&
      k >= from &&
      k < to &&
      t.shape === 'word' &&
      t.value.length > 1 &&
      t.value === t.value.toUpperCase() &&
      t.value !== t.value.toLowerCase()
    );
  };
  return caps(i - 1) || caps(i + 1);
}

/** The registry mentions starting in tokens `[from, to)` of one sentence. */
function scan(doc: Document, from: number, to: number): KnownActorMention[] {
  const { lowerFirst, heads } = getIndex();
  const toks = doc.tokens;
  const classes = doc.classes;
  const facts = doc.facts;
  const norm = doc.norm;
  const out: KnownActorMention[] = [];
  for (let i = from; i < to; i++) {
    // The word's bits first, read in order from two typed arrays without touching the token: a
    // word that no key holds and that has no apostrophe starts nothing (the tests below say so too).
    const keyWord = (classes[i]! & KNOWN_WORD) !== 0;
    if (!keyWord && (facts[i]! & APOSTROPHE_WORD) === 0) continue;
    const first = toks[i]!;
    // The common case, cheaply: a lower-case word no lower-case alias starts like ("the", "said").
    // Its first character read from the one flat text the tokens index (as the registry's scan
    // does), not from each token's own string, whose first read was a sixth of this function.
    const c0 = norm.charCodeAt(first.start);
    if (c0 >= 97 && c0 <= 122 && lowerFirst[c0 - 97] === 0) continue;
    // Then: no alias starts with this word, and no attached piece can make it one.
    let head = first.lower;
    let info = keyWord ? (heads.get(head) ?? 0) : 0;
    if ((info & START) === 0) {
      if (!hasApostrophe(head)) continue;
      head = partOf(head);
      info = heads.get(head) ?? 0;
      if ((info & START) === 0) continue;
    }
    if (first.shape !== 'word' && first.shape !== 'other') continue;
    if ((info & (KEY | PREFIX)) === 0 && !joinsNext(toks[i + 1])) continue;
    const m = longestMatchAt(doc, i, from, to, head, info);
    if (m !== null) {
      out.push(m);
      i = m.endToken - 1;
    }
  }
  return out;
}

/**
 * The longest known actor whose key starts at token `i` (its first word's
 * index key `head` and bits `info`), read within `[from, to)`, or `null`.
 */
function longestMatchAt(
  doc: Document,
  i: number,
  from: number,
  to: number,
  head: string,
  info: number,
  skipPossessive = false,
): KnownActorMention | null {
  const { byKey, prefixes, trie } = getIndex();
  let possessive = -1;
  const toks = doc.tokens;
  const first = toks[i]!;
  let key = '';
  // The longest fitting key so far, as two locals (no object per hit).
  let bestEnd = -1;
  let bestActor: KnownActor | null = null;
  let words = 0;
  // The key's node while its words are joined by spaces only; `null` once a piece is glued on ("Hay" + "'at"),
  // when the key string itself is looked up; `undefined` when no key starts so.
  let node: Node | null | undefined = (info & (KEY | PREFIX)) === 0 ? undefined : trie.get(head);
  for (let j = i; j < to && words < MAX_WORDS; j++) {
    const t = toks[j]!;
    if (j > i && t.sentence !== first.sentence) break;
    // (The token's apostrophe fact is hasApostrophe of its lower case: no character loop per word.)
    const part = (doc.facts[j]! & APOSTROPHE_WORD) === 0 ? t.lower : t.lower.replace(APOSTROPHES, '');
    if (t.value === '-' || t.value === '‐' || t.value === '–') {
      if (t.spaceBefore) break;
      continue; // a hyphen joins words with a space in the key
    }
    if (part === '') continue; // a bare apostrophe token
    // "Islamic State's Central Africa Province": an owner's possessive after a whole known name may join
    // it to a longer known name written without it; read so only when the name with it goes no further.
    if (part === 's' && j > i && bestEnd === j && !t.spaceBefore && t.lower !== 's') {
      if (skipPossessive) continue;
      possessive = j;
    }
    const prev = toks[j - 1];
    const joined = j === i ? '' : prev !== undefined && !t.spaceBefore && prev.value !== '-' ? '' : ' ';
    key = j === i ? part : key + joined + part;
    words++;
    let hit: Entry | undefined;
    let prefix: boolean;
    if (j === i) {
      // the first word's bits are known already (and `head` is `part`: keys hold no apostrophes)
      hit = (info & KEY) === 0 ? undefined : node?.entry;
      prefix = (info & PREFIX) !== 0;
    } else {
      if (node !== null && (joined === '' || part.includes(' '))) node = null;
      if (node === null) {
        hit = byKey.get(key);
        prefix = prefixes.has(key);
      } else {
        node = node?.next.get(part);
        hit = node?.entry;
        prefix = node?.prefix ?? false;
      }
    }
    // (A one-word surface is the token's own string: no slice to build and hash.)
    if (hit !== undefined && fitsCase(hit, j === i ? first.value : doc.norm.slice(first.start, t.end))) {
      bestEnd = j + 1;
      bestActor = hit.actor;
    }
    if (hit === undefined && !prefix) {
      // Attached pieces ("Hay" + "'at") can still complete a key; stop only at a space.
      const next = toks[j + 1];
      if (next === undefined || next.spaceBefore) break;
    }
  }
  // "IT IS RESPONSIBLE", "OFFICERS WHO WERE": in upper-case copy an acronym that spells a word is the word
  if (bestActor !== null && bestEnd === i + 1 && WORD_ACRONYMS.has(first.value) && shouting(toks, i, from, to))
    bestActor = null;
  if (possessive >= 0 && bestEnd <= possessive) {
    const longer = longestMatchAt(doc, i, from, to, head, info, true);
    if (longer !== null && longer.endToken > possessive + 1) return longer;
  }
  if (bestActor === null) return null;
  return { actor: bestActor, firstToken: i, endToken: bestEnd, start: first.start, end: toks[bestEnd - 1]!.end };
}

/** Word-class bit of every word the index keys (a start, a whole key or a prefix): a bit test per token. */
const KNOWN_WORD = defineWordClass(getIndex().heads.map.keys());
