/**
 * Lookups over the actor vocabularies kept as data (`src/lexicon/roles.json`,
 * `src/lexicon/first-names.json`): titles, role nouns, organisation and media
 * heads, government names, given names by gender. Built once per process.
 *
 * @module
 */
import roles from '../lexicon/roles.json';
import firstNames from '../lexicon/first-names.json';
import anaphoricHeads from '../lexicon/en/anaphoric-heads.json';
import pluralBodies from '../lexicon/en/plural-bodies.json';
import type { Document, Token, TokenShape } from '../document/model.js';
import { defineWordFacts } from '../document/classes.js';

/**
 * Grammatical gender a word or name gives a person.
 *
 * @example
 * ```ts
 * const g: Gender = 'female'; // Spokeswoman, Mrs, Maria
 * ```
 */
export type Gender = 'male' | 'female';

/**
 * A title or role found at a token.
 *
 * @example
 * ```ts
 * titleAt(parse('Maj Gen Carla Ruiz').tokens, 0, 4); // { end: 2, words: 'Maj Gen', gender: null, roleClass: null, plural: false }
 * ```
 */
export interface RoleMatch {
  /** One past the last token of the match. */
  readonly end: number;
  /** The title/role as listed. */
  readonly words: string;
  /** Gender the word gives, if any. */
  readonly gender: Gender | null;
  /** Role class for linking descriptions to people (`envoy`, `delegation`…), if any. */
  readonly roleClass: string | null;
  /** Plural role noun (`officials`, `activists`). */
  readonly plural: boolean;
}

interface Entry {
  readonly words: string[];
  readonly gender: Gender | null;
  readonly roleClass: string | null;
  readonly plural: boolean;
  readonly text: string;
}

/** log2 of the bits in a {@link WordSet}'s filter: 8192 bits (1 KB), 0.5-3 % set for our vocabularies. */
const FILTER_BITS = 13;
/** Words in a filter. */
const FILTER_WORDS = (1 << FILTER_BITS) >> 5;

/**
 * A 32-bit mix of a word's first two characters, last character and length
 * (no hashing of the whole string). Well mixed, so that "the", "of", "and"
 * do not pass a filter just because they share a letter or a length with a
 * vocabulary word; a filter sets and tests two bits taken from it.
 */
function mix(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return mixCodes(w.charCodeAt(0), w.charCodeAt(n > 1 ? 1 : 0), w.charCodeAt(n - 1), n);
}

/** {@link mix} of a word given as its first, second and last code units and its length. */
function mixCodes(first: number, second: number, last: number, length: number): number {
  let h = Math.imul(first, 0x9e3779b1);
  h = Math.imul(h ^ second, 0x85ebca77);
  h = Math.imul(h ^ last, 0xc2b2ae3d);
  h = Math.imul(h ^ length, 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/**
 * Whether a filter may hold the lower case of the token at `[start, end)` of
 * `text`, read from the text itself (the token's own string is not touched).
 * Exact for keys in lower case: `true` whenever the first, second or last
 * character is beyond ASCII (the caller then looks the word up).
 */
function mayHoldSpan(bits: Uint32Array, text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n <= 0) return true;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(n > 1 ? start + 1 : start);
  const z = text.charCodeAt(end - 1);
  if (a > 0x7f || b > 0x7f || z > 0x7f) return true;
  return mayHoldMix(bits, mixCodes(lowerAscii(a), lowerAscii(b), lowerAscii(z), n));
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function mayHoldMix(bits: Uint32Array, h: number): boolean {
  const a = h >>> (32 - FILTER_BITS);
  if ((bits[a >> 5]! & (1 << (a & 31))) === 0) return false;
  const b = (h >>> 3) & ((1 << FILTER_BITS) - 1);
  return (bits[b >> 5]! & (1 << (b & 31))) !== 0;
}

/** Sets the word's two filter bits. */
function markWord(bits: Uint32Array, w: string): void {
  const h = mix(w);
  const a = h >>> (32 - FILTER_BITS);
  const b = (h >>> 3) & ((1 << FILTER_BITS) - 1);
  bits[a >> 5]! |= 1 << (a & 31);
  bits[b >> 5]! |= 1 << (b & 31);
}

/** Whether both of the word's filter bits are set (false: the word is surely absent). */
function mayHold(bits: Uint32Array, w: string): boolean {
  return mayHoldMix(bits, mix(w));
}

/**
 * A set of words with a bitmap in front: a word whose first character, last
 * character and length match no member is rejected by three character reads
 * and a bit test, without hashing it or probing the set. The lexicon
 * lookups run on most tokens of every document, and nearly all miss.
 *
 * @example
 * ```ts
 * const heads = new WordSet(['agency', 'tv']);
 * heads.has('tv'); // true
 * heads.has('bridge'); // false (the bitmap answers)
 * ```
 */
export class WordSet {
  private readonly bits = new Uint32Array(FILTER_WORDS);
  private readonly words = new Set<string>();

  /** @param words - the members */
  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  /**
   * Whether the case-folding bitmap test is exact: lower-casing keeps a word's
   * length except for `İ` (→ `i̇`), so a member holding U+0307 turns it off.
   */
  private foldSafe = true;

  /** Adds a word. */
  add(word: string): void {
    this.words.add(word);
    markWord(this.bits, word);
    if (word.includes('\u0307')) this.foldSafe = false;
  }

  /** Whether the word is a member. */
  has(word: string): boolean {
    return mayHold(this.bits, word) && this.words.has(word);
  }

  /**
   * Whether the lower case of a word (any case) is a member: the bitmap answers
   * most misses before the word is scanned or lower-cased (members must be lower case).
   */
  hasFolded(word: string): boolean {
    if (!this.foldSafe) return this.words.has(lowered(word));
    return mayHoldSpan(this.bits, word, 0, word.length) && this.words.has(lowered(word));
  }

  /**
   * `false` when the lower case of the token at `[start, end)` of `text` is
   * surely not a member, read from the text without touching the token's
   * string (members must be lower case); `true` means "look it up".
   */
  mayHoldSpan(text: string, start: number, end: number): boolean {
    return mayHoldSpan(this.bits, text, start, end);
  }

  /** The members. */
  values(): IterableIterator<string> {
    return this.words.values();
  }

  /** How many members. */
  get size(): number {
    return this.words.size;
  }
}

/**
 * A map from words with the same bitmap in front as {@link WordSet}.
 *
 * @example
 * ```ts
 * const verbs = new WordMap(new Map([['said', 'say']]));
 * verbs.get('said'); // 'say'
 * verbs.get('bridge'); // undefined (the bitmap answers)
 * ```
 */
export class WordMap<V> {
  private readonly bits = new Uint32Array(FILTER_WORDS);
  /** The underlying map (do not add to it directly: use {@link WordMap.set}). */
  readonly map: Map<string, V>;

  /** @param map - the entries (taken over, not copied) */
  constructor(map: Map<string, V> = new Map()) {
    this.map = map;
    for (const k of map.keys()) markWord(this.bits, k);
  }

  /** Sets an entry. */
  set(word: string, value: V): void {
    this.map.set(word, value);
    markWord(this.bits, word);
  }

  /** The entry of a word, or `undefined`. */
  get(word: string): V | undefined {
    return mayHold(this.bits, word) ? this.map.get(word) : undefined;
  }

  /** Whether the word has an entry. */
  has(word: string): boolean {
    return mayHold(this.bits, word) && this.map.has(word);
  }

  /** As {@link WordSet.mayHoldSpan}: `false` when the token's lower case surely has no entry. */
  mayHoldSpan(text: string, start: number, end: number): boolean {
    return mayHoldSpan(this.bits, text, start, end);
  }
}

interface Tables {
  /** Titles by first word (case-sensitive), longest first. */
  readonly titles: WordMap<Entry[]>;
  /** Role nouns by first word (lower case), longest first. */
  readonly roles: WordMap<Entry[]>;
  readonly groupHeads: WordSet;
  readonly orgHeads: WordSet;
  readonly mediaHeads: WordSet;
  readonly mediaNames: WordSet;
  readonly governmentNames: WordSet;
  readonly temporal: WordSet;
  /** Given names (lower case) with the gender they suggest; a name on both lists reads as female. */
  readonly genders: Map<string, Gender>;
  /** First words of role nouns, group heads and media heads (lower case). */
  readonly descriptionHeads: WordSet;
}

let tables: Tables | null = null;

function entries(
  list: readonly { words: string; gender?: string; class?: string; number?: string }[],
  lower: boolean,
): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const e of list) {
    const text = lower ? e.words.toLowerCase() : e.words;
    const words = text.split(/\s+/);
    const entry: Entry = {
      words,
      gender: e.gender === 'male' || e.gender === 'female' ? e.gender : null,
      roleClass: e.class ?? null,
      plural: e.number === 'plural',
      text: e.words,
    };
    const arr = m.get(words[0]!) ?? [];
    arr.push(entry);
    m.set(words[0]!, arr);
  }
  for (const arr of m.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return m;
}

/**
 * The vocabularies, built on first use.
 *
 * @example
 * ```ts
 * lexicon().genders.get('maria'); // 'female'
 * ```
 */
export function lexicon(): Tables {
  if (tables !== null) return tables;
  const roleList = roles.roles as { words: string; gender?: string; class?: string; number?: string }[];
  // Plural forms of the singular role nouns ("envoys", "negotiators") are roles too.
  const plurals = roleList
    .filter((r) => !r.words.includes(' ') && r.number !== 'plural' && !/(man|woman|person|people)$/.test(r.words))
    .map((r) => ({ ...r, words: pluralOf(r.words), number: 'plural', gender: undefined }));
  tables = {
    titles: new WordMap(entries(roles.titles as { words: string; gender?: string }[], false)),
    roles: new WordMap(entries([...roleList, ...plurals], true)),
    // The body nouns that name one body ('the institute', 'the tribunal') head group descriptions too.
    // (Plural bodies too: "resistance committees" heads a description as "committee" does.)
    groupHeads: new WordSet([...roles.groupHeads, ...anaphoricHeads.namedBodies, ...pluralBodies.words]),
    orgHeads: new WordSet(roles.organisationHeads),
    mediaHeads: new WordSet(roles.mediaHeads.map((w) => w.toLowerCase())),
    mediaNames: new WordSet(roles.mediaNames.map((w) => w.toLowerCase())),
    governmentNames: new WordSet(roles.governmentNames.map((w) => w.toLowerCase())),
    temporal: new WordSet(roles.temporalNouns),
    genders: new Map<string, Gender>(),
    descriptionHeads: new WordSet(),
  };
  for (const n of firstNames.male) tables.genders.set(n, 'male');
  for (const n of firstNames.female) tables.genders.set(n, 'female');
  for (const k of tables.roles.map.keys()) tables.descriptionHeads.add(k);
  for (const k of tables.groupHeads.values()) tables.descriptionHeads.add(k);
  for (const k of tables.mediaHeads.values()) tables.descriptionHeads.add(k.split(' ')[0]!);
  return tables;
}

function pluralOf(w: string): string {
  if (/(s|sh|ch|x)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function matchAt(
  map: WordMap<Entry[]>,
  toks: readonly Token[],
  i: number,
  limit: number,
  lower: boolean,
): RoleMatch | null {
  const t = toks[i];
  if (t === undefined) return null;
  const arr = map.get(lower ? t.lower : t.value);
  if (arr === undefined) return null;
  for (const e of arr) {
    if (i + e.words.length > limit) continue;
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      const tk = toks[i + k]!;
      if ((lower ? tk.lower : tk.value) !== e.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok)
      return { end: i + e.words.length, words: e.text, gender: e.gender, roleClass: e.roleClass, plural: e.plural };
  }
  return null;
}

/**
 * The title (`Colonel`, `Maj Gen`, `US Secretary of State` minus `US`) starting
 * at token `i`, matched with its capitalisation, or `null`.
 *
 * @example
 * ```ts
 * titleAt(parse('Colonel Ivan Petrov').tokens, 0, 3)?.words; // 'Colonel'
 * ```
 */
export function titleAt(toks: readonly Token[], i: number, limit: number): RoleMatch | null {
  const m = matchAt(lexicon().titles, toks, i, limit, false);
  // "Martin Luther King Jr.": a title word right before a generational suffix is the surname.
  if (m !== null) return NAME_SUFFIXES.has(toks[m.end]?.value ?? '') ? null : m;
  // A capitalised role word before a name is a title too ("Delegate Rosa Dunn", "Activist Li Wei").
  const t = toks[i];
  if (t === undefined) return null;
  const c0 = t.value.charCodeAt(0);
  const c1 = t.value.charCodeAt(1);
  if (c0 < 65 || c0 > 90 || c1 < 97 || c1 > 122) return null;
  const r = matchAt(lexicon().roles, toks, i, limit, true);
  return r !== null && !r.plural && !NAME_SUFFIXES.has(toks[r.end]?.value ?? '') ? r : null;
}

/**
 * The role noun (`spokeswoman`, `lead negotiator`'s `negotiator`, `officials`) at token `i`, any case.
 *
 * @example
 * ```ts
 * roleAt(parse('a spokeswoman said').tokens, 1, 3)?.gender; // 'female'
 * ```
 */
export function roleAt(toks: readonly Token[], i: number, limit: number): RoleMatch | null {
  const m = matchAt(lexicon().roles, toks, i, limit, true);
  // "Martin Luther King Jr.": a role word right before a generational suffix is a surname.
  if (m !== null) return NAME_SUFFIXES.has(toks[m.end]?.value ?? '') ? null : m;
  if (i >= limit) return m;
  // "Vice-president", "co-founder", "ex-minister": one hyphenated token whose last part is a one-word role.
  const w = toks[i]?.lower;
  const e = w === undefined ? undefined : hyphenRole(w);
  return e === undefined
    ? null
    : { end: i + 1, words: toks[i]!.value, gender: e.gender, roleClass: e.roleClass, plural: e.plural };
}

/** The one-word role after the last hyphen of a lower-case word (`vice-president` → `president`), if any. */
function hyphenRole(w: string): Entry | undefined {
  const h = w.lastIndexOf('-');
  if (h <= 0 || h === w.length - 1) return undefined;
  return lexicon()
    .roles.get(w.slice(h + 1))
    ?.find((x) => x.words.length === 1);
}

/**
 * Whether a lower-case word heads a group noun phrase (`delegation`, `government`, `opposition`).
 *
 * @example
 * ```ts
 * isGroupHead('delegation'); // true
 * ```
 */
export function isGroupHead(lower: string): boolean {
  return lexicon().groupHeads.has(lower);
}

/** The plural body heads (src/lexicon/en/plural-bodies.json). */
const PLURAL_BODIES: ReadonlySet<string> = new Set(pluralBodies.words);

/**
 * Whether a lower-case group head is plural (`committees`, `groups`): a description it heads is
 * plural, a later `they` may refer to it.
 *
 * @example
 * ```ts
 * isPluralBody('committees'); // true
 * isPluralBody('committee');  // false
 * ```
 */
export function isPluralBody(lower: string): boolean {
  return PLURAL_BODIES.has(lower);
}

/**
 * Whether a capitalised word ends organisation names (`Observatory`, `Committee`, `Army`).
 *
 * @example
 * ```ts
 * isOrganisationHead('Observatory'); // true
 * ```
 */
export function isOrganisationHead(word: string): boolean {
  return lexicon().orgHeads.has(word);
}

/**
 * Whether a word heads a media phrase (`TV`, `news agency`'s `agency`, `newspaper`).
 *
 * @example
 * ```ts
 * isMediaHead('TV'); // true
 * ```
 */
export function isMediaHead(word: string): boolean {
  return lexicon().mediaHeads.hasFolded(word);
}

/**
 * Whether a name is a known news organisation (`AFP`, `Reuters`, `Sana`).
 *
 * @example
 * ```ts
 * isMediaName('Reuters'); // true
 * ```
 */
export function isMediaName(name: string): boolean {
  return lexicon().mediaNames.hasFolded(name);
}

/**
 * Whether a name is a state, capital or international body that speaks as a government (`Moscow`, `US`, `UN`).
 *
 * @example
 * ```ts
 * isGovernmentName('Moscow'); // true
 * ```
 */
export function isGovernmentName(name: string): boolean {
  return lexicon().governmentNames.hasFolded(name);
}

/**
 * Whether a lower-case noun is temporal (`time`, `Saturday`).
 *
 * @example
 * ```ts
 * isTemporal('saturday'); // true
 * ```
 */
export function isTemporal(lower: string): boolean {
  return lexicon().temporal.has(lower);
}

const NAME_SUFFIXES: ReadonlySet<string> = new Set(roles.nameSuffixes);
const NAME_SUFFIXES_LOWER: ReadonlySet<string> = new Set(roles.nameSuffixes.map((w) => w.toLowerCase()));

/**
 * Whether a lower-case word of a name string is a generational suffix (`jr.`, `iii`): no core word of the name.
 *
 * @example
 * ```ts
 * isNameSuffixWord('jr'); // true
 * ```
 */
export function isNameSuffixWord(lower: string): boolean {
  return NAME_SUFFIXES_LOWER.has(lower);
}

/**
 * Whether a token's text is a generational suffix of a person's name (`Jr.`, `Sr`, `III`),
 * matched as written: part of the name before it, never a name alone.
 *
 * @example
 * ```ts
 * isNameSuffix('III'); // true
 * isNameSuffix('Jr.'); // true
 * isNameSuffix('iii'); // false
 * ```
 */
export function isNameSuffix(value: string): boolean {
  return NAME_SUFFIXES.has(value);
}

/**
 * The gender a given name suggests, or `null` when unknown or shared.
 *
 * @example
 * ```ts
 * firstNameGender('Maria'); // 'female'
 * firstNameGender('Kerry'); // null (given to women and men)
 * ```
 */
export function firstNameGender(name: string): Gender | null {
  // Callers pass a token's `lower` (one string per word, its hash computed once: no lower-case
  // copy and no hashing per call) or any other spelling: the filter reads it case-folded, so most
  // words are rejected before a lower-case copy is made.
  const genders = (genderMap ??= new WordMap(lexicon().genders));
  if (!genders.mayHoldSpan(name, 0, name.length)) return null;
  return genders.get(lowered(name)) ?? null;
}

/** {@link firstNameGender}'s table behind its bit filter, built on first use. */
let genderMap: WordMap<Gender> | null = null;

/**
 * The word in lower case, without allocating when it already is (callers pass
 * a token's `lower`; the sets above hold lower-case words only).
 */
function lowered(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/**
 * Whether a lower-case word may head a description: a role noun's first word, a group head, or a media head.
 *
 * @example
 * ```ts
 * isDescriptionHead('officials'); // true
 * isDescriptionHead('bridge'); // false
 * ```
 */
export function isDescriptionHead(lower: string): boolean {
  return lexicon().descriptionHeads.has(lower);
}

/*
 * Word facts (`doc.facts[i]`, see `defineWordFacts`): the answers of the tests above for a token's
 * own word, worked out once per wink lexeme. The actors layer asks them of the same few tokens
 * again and again (a name run's words, the words around it), each time reading the token's string
 * and a vocabulary's bitmap and set; a fact is one read of a typed array.
 */

/** `roleAt` may match at the token: its lower case starts a role noun, or ends one after a hyphen. */
export const ROLE_WORD = 1 << 0;
/** `titleAt` may match at the token: its value starts a title, or it is a capitalised role word. */
export const TITLE_WORD = 1 << 1;
/** {@link isNameSuffix} of the token's value. */
export const NAME_SUFFIX_WORD = 1 << 2;
/** {@link isTemporal} of the token's lower case. */
export const TEMPORAL_WORD = 1 << 3;
/** {@link isMediaHead} of the token's lower case. */
export const MEDIA_HEAD_WORD = 1 << 4;
/** {@link isOrganisationHead} of the token's value. */
export const ORGANISATION_HEAD_WORD = 1 << 5;
/** {@link firstNameGender} of the token's lower case is `male`. */
export const MALE_NAME_WORD = 1 << 6;
/** {@link firstNameGender} of the token's lower case is `female`. */
export const FEMALE_NAME_WORD = 1 << 7;
/** {@link isGovernmentName} of the token's lower case (or value: the test folds case). */
export const GOVERNMENT_WORD = 1 << 8;
/** {@link isGroupHead} of the token's lower case. */
export const GROUP_HEAD_WORD = 1 << 9;
/** The token's value starts with a lower-case ASCII letter (a–z): no name starts so; the scans skip it without reading the token. */
export const LOWER_START_WORD = 1 << 10;
/** {@link hasApostrophe} of the token's lower case: a piece that may join a known actor's name (`Hay` + `'at`). */
export const APOSTROPHE_WORD = 1 << 11;

/**
 * Whether the word holds an apostrophe (`'`, `’`, `‘`, `` ` ``, `´`, `ʼ`; a character loop).
 *
 * @example
 * ```ts
 * hasApostrophe("hay'at"); // true
 * hasApostrophe('hayat'); // false
 * ```
 */
export function hasApostrophe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4 || c === 0x2bc) return true;
  }
  return false;
}
/** A word (shape `word`) whose value opens with a capital A–Z: a name's word, as the name scans test it. */
export const CAPITALISED_WORD = 1 << 12;
/**
 * A token that may stand in a proper name by its shape and first letter: shape `word`, `other` or
 * `hashtag`, value opening with a capital ({@link startsWithCapital}). `isNameToken` answers `false`
 * for every other token from this bit, without reading the token (punctuation, numbers).
 */
export const NAME_SHAPED_WORD = 1 << 13;
/** {@link isAcronymValue} of the token's value (`HNC`, `U.N.`). */
export const ACRONYM_WORD = 1 << 14;
/** The token's lower case holds `regime` (`regime`, `pro-regime`, `regimes`): the words the named-regime count reads. */
export const REGIME_WORD = 1 << 15;
/** The token's value starts with an upper-case ASCII letter (A–Z), whatever its shape. */
export const UPPER_START_WORD = 1 << 16;

/**
 * Whether a word opens with an upper-case letter: A–Z, a Latin-1 capital (`É`, `Ó`) or a Greek one.
 *
 * @example
 * ```ts
 * startsWithCapital('Ómar'); // true
 * startsWithCapital('omar'); // false
 * ```
 */
export function startsWithCapital(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x3a9);
}

/**
 * Whether a word is an all-capital acronym of 2–6 letters, or 2–4 capitals each with a dot (`HNC`,
 * `UN`, `U.N.`): `/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/` as character checks.
 *
 * @example
 * ```ts
 * isAcronymValue('HNC'); // true
 * isAcronymValue('U.N.'); // true
 * isAcronymValue('Hnc'); // false
 * ```
 */
export function isAcronymValue(v: string): boolean {
  const n = v.length;
  if (n < 2 || n > 8) return false;
  const c0 = v.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  if (v.charCodeAt(1) === 0x2e) {
    if (n % 2 !== 0 || n < 4) return false;
    for (let i = 0; i < n; i += 2) {
      const c = v.charCodeAt(i);
      if (c < 65 || c > 90 || v.charCodeAt(i + 1) !== 0x2e) return false;
    }
    return true;
  }
  if (n > 6) return false;
  for (let i = 1; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The facts above of a word (its value, lower case and shape). */
function actorFacts(value: string, lower: string, shape: TokenShape): number {
  const t = lexicon();
  let f = 0;
  if (t.roles.get(lower) !== undefined || hyphenRole(lower) !== undefined) f |= ROLE_WORD;
  const c0 = value.charCodeAt(0);
  const c1 = value.charCodeAt(1);
  if (
    t.titles.get(value) !== undefined ||
    (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122 && t.roles.get(lower) !== undefined)
  )
    f |= TITLE_WORD;
  if (NAME_SUFFIXES.has(value)) f |= NAME_SUFFIX_WORD;
  if (t.temporal.has(lower)) f |= TEMPORAL_WORD;
  if (t.mediaHeads.hasFolded(lower)) f |= MEDIA_HEAD_WORD;
  if (t.orgHeads.has(value)) f |= ORGANISATION_HEAD_WORD;
  const g = firstNameGender(lower);
  if (g === 'male') f |= MALE_NAME_WORD;
  else if (g === 'female') f |= FEMALE_NAME_WORD;
  if (t.governmentNames.hasFolded(lower)) f |= GOVERNMENT_WORD;
  if (t.groupHeads.has(lower)) f |= GROUP_HEAD_WORD;
  if (c0 >= 97 && c0 <= 122) f |= LOWER_START_WORD;
  if (hasApostrophe(lower)) f |= APOSTROPHE_WORD;
  if (shape === 'word' && c0 >= 65 && c0 <= 90) f |= CAPITALISED_WORD;
  if ((shape === 'word' || shape === 'other' || shape === 'hashtag') && startsWithCapital(value)) f |= NAME_SHAPED_WORD;
  if (isAcronymValue(value)) f |= ACRONYM_WORD;
  if (lower.length >= 6 && lower.includes('regime')) f |= REGIME_WORD;
  if (c0 >= 65 && c0 <= 90) f |= UPPER_START_WORD;
  return f;
}

defineWordFacts(actorFacts);

/**
 * {@link roleAt} of the document's token `i`: `null` at once when its word starts no role noun.
 *
 * @example
 * ```ts
 * roleAtToken(parse('a spokeswoman said'), 1, 3)?.gender; // 'female'
 * ```
 */
export function roleAtToken(doc: Document, i: number, limit: number): RoleMatch | null {
  return (doc.facts[i]! & ROLE_WORD) === 0 ? null : roleAt(doc.tokens, i, limit);
}

/**
 * {@link titleAt} of the document's token `i`: `null` at once when its word starts no title.
 *
 * @example
 * ```ts
 * titleAtToken(parse('Colonel Ivan Petrov'), 0, 3)?.words; // 'Colonel'
 * ```
 */
export function titleAtToken(doc: Document, i: number, limit: number): RoleMatch | null {
  return (doc.facts[i]! & TITLE_WORD) === 0 ? null : titleAt(doc.tokens, i, limit);
}

/**
 * The gender the given name of the document's token `i` suggests ({@link firstNameGender} of its lower case).
 *
 * @example
 * ```ts
 * givenNameGenderAt(parse('Maria spoke.'), 0); // 'female'
 * ```
 */
export function givenNameGenderAt(doc: Document, i: number): Gender | null {
  const f = doc.facts[i]!;
  return (f & FEMALE_NAME_WORD) !== 0 ? 'female' : (f & MALE_NAME_WORD) !== 0 ? 'male' : null;
}
