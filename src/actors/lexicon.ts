/**
 * Lookups over the actor vocabularies kept as data (`src/lexicon/roles.json`,
 * `src/lexicon/first-names.json`): titles, role nouns, organisation and media
 * heads, government names, given names by gender. Built once per process.
 *
 * @module
 */
import roles from '../lexicon/roles.json';
import firstNames from '../lexicon/first-names.json';
import type { Token } from '../document/model.js';

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

interface Tables {
  /** Titles by first word (case-sensitive), longest first. */
  readonly titles: Map<string, Entry[]>;
  /** Role nouns by first word (lower case), longest first. */
  readonly roles: Map<string, Entry[]>;
  readonly groupHeads: Set<string>;
  readonly orgHeads: Set<string>;
  readonly mediaHeads: Set<string>;
  readonly mediaNames: Set<string>;
  readonly governmentNames: Set<string>;
  readonly temporal: Set<string>;
  readonly female: Set<string>;
  readonly male: Set<string>;
  /** First words of role nouns, group heads and media heads (lower case). */
  readonly descriptionHeads: Set<string>;
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
 * lexicon().female.has('maria'); // true
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
    titles: entries(roles.titles as { words: string; gender?: string }[], false),
    roles: entries([...roleList, ...plurals], true),
    groupHeads: new Set(roles.groupHeads),
    orgHeads: new Set(roles.organisationHeads),
    mediaHeads: new Set(roles.mediaHeads.map((w) => w.toLowerCase())),
    mediaNames: new Set(roles.mediaNames.map((w) => w.toLowerCase())),
    governmentNames: new Set(roles.governmentNames.map((w) => w.toLowerCase())),
    temporal: new Set(roles.temporalNouns),
    female: new Set(firstNames.female),
    male: new Set(firstNames.male),
    descriptionHeads: new Set<string>(),
  };
  for (const k of tables.roles.keys()) tables.descriptionHeads.add(k);
  for (const k of tables.groupHeads) tables.descriptionHeads.add(k);
  for (const k of tables.mediaHeads) tables.descriptionHeads.add(k.split(' ')[0]!);
  return tables;
}

function pluralOf(w: string): string {
  if (/(s|sh|ch|x)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function matchAt(
  map: Map<string, Entry[]>,
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
  if (m !== null) return m;
  // A capitalised role word before a name is a title too ("Delegate Rosa Dunn", "Activist Li Wei").
  const t = toks[i];
  if (t === undefined || !/^[A-Z][a-z]/.test(t.value)) return null;
  const r = matchAt(lexicon().roles, toks, i, limit, true);
  return r !== null && !r.plural ? r : null;
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
  return matchAt(lexicon().roles, toks, i, limit, true);
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
  const t = lexicon();
  return t.mediaHeads.has(word) || t.mediaHeads.has(word.toLowerCase());
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
  const t = lexicon();
  return t.mediaNames.has(name) || t.mediaNames.has(name.toLowerCase());
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
  const t = lexicon();
  return t.governmentNames.has(name) || t.governmentNames.has(name.toLowerCase());
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
  const k = name.toLowerCase();
  const t = lexicon();
  if (t.female.has(k)) return 'female';
  if (t.male.has(k)) return 'male';
  return null;
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
