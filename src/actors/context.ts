/**
 * Context-dependent state actors. "The regime", "the government" and
 * "government forces" name no country; a reader resolves them from what the
 * article is about. So does this module:
 *
 * 1. The **focus country** is the government entry of `actors.json` whose
 *    country names, demonyms and capital occur most often outside
 *    boilerplate, provided it occurs at least {@link MIN_FOCUS} times and
 *    strictly more often than the runner-up (a Syria-centred article says
 *    "Syria"/"Syrian"/"Damascus" far more than anything else).
 * 2. `the regime`, `the government`, `the authorities`, `the army`…
 *    (`the` right before the head, so "the interim government" is left
 *    alone) and compounds such as `government forces`, `pro-regime troops`,
 *    `regime warplanes` resolve to that government (`Syria`).
 * 3. `regime` (`the regime`, `regime forces`) first resolves to the
 *    government the article itself calls a regime (`the Syrian regime`,
 *    `the Assad regime`), which a US-centred article about Syria needs.
 * 4. With no clear focus they stay unresolved: no mention is returned.
 *
 * Country names and capitals are not aliases of governments ("bombings in
 * Damascus" is a place); {@link placeGovernmentAt} reads them as the
 * government only where a caller has a reason to (a subject of "denied").
 *
 * @module
 */
import refs from '../lexicon/state-references.json';
import { itemsInDocument, itemsInSentence } from '../document/sentence-cache.js';
import type { Document, Token } from '../document/model.js';
import { defineWordClass } from '../document/classes.js';
import { knownActors, registryActorsIn, type KnownActor } from './known.js';
import { REGIME_WORD } from './lexicon.js';
import { startsAsciiUpper } from '../syntax/tokens.js';

/** A focus country needs at least this many mentions. */
export const MIN_FOCUS = 2;

/**
 * A context-resolved state reference (normalised offsets, token indexes).
 *
 * @example
 * ```ts
 * const [m] = findStateReferences(parse('Syria said the regime in Syria denied it. Syrian media agreed.'));
 * // m.actor.name === 'Syria'; the mention covers "regime"
 * ```
 */
export interface StateReference {
  /** The government it resolves to. */
  readonly actor: KnownActor;
  /** First token. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

/** A phrase naming a country, its capital or its people, with its government. */
interface PlacePhrase {
  readonly words: readonly string[];
  readonly actor: KnownActor;
  /** A country name or capital (`true`), or a demonym (`false`). */
  readonly place: boolean;
}

/** What a lower-case word can start: place phrases, and the country it names with an "s" glued on. */
interface PlaceWord {
  /** Phrases starting with the word, longest first (empty when none). */
  readonly phrases: readonly PlacePhrase[];
  /** For "syrias" (the apostrophe of "Syria's" lost): the one-word country or capital's government. */
  readonly stripped: KnownActor | null;
}

let places: Map<string, PlaceWord> | null = null;

/** Every word that starts a place phrase or is a one-word place with an "s": one lookup per capitalised token. */
function placeIndex(): Map<string, PlaceWord> {
  if (places !== null) return places;
  const byFirst = new Map<string, PlacePhrase[]>();
  const add = (phrase: string, actor: KnownActor, place: boolean): void => {
    const words = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) return;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, actor, place });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  };
  for (const a of knownActors()) {
    if (a.kind !== 'government') continue;
    for (const c of a.country ?? []) add(c, a, true);
    if (a.capital !== undefined) add(a.capital, a, true);
    for (const d of a.demonyms ?? []) add(d, a, false);
  }
  const index = new Map<string, PlaceWord>();
  for (const [w, phrases] of byFirst) index.set(w, { phrases, stripped: null });
  for (const [w, list] of byFirst) {
    const c = list.find((x) => x.words.length === 1 && x.place);
    if (c === undefined || w.length < 3) continue;
    const key = `${w}s`;
    index.set(key, { phrases: index.get(key)?.phrases ?? [], stripped: c.actor });
  }
  places = index;
  return places;
}

/** Word-class bit of the words {@link placeIndex} holds (the index is built with the module for it). */
const PLACE_WORD = defineWordClass(placeIndex().keys());

/** Longest country/capital/demonym phrase starting at token `i` (capitalised in the text). */
function placeAt(
  doc: Document,
  i: number,
  word?: PlaceWord,
): { end: number; actor: KnownActor; place: boolean } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (t === undefined) return null;
  // (A word the index does not hold lacks its class bit: one bit test instead of a hash probe.)
  if (word === undefined && (doc.classes[i]! & PLACE_WORD) === 0) return null;
  if (!startsAsciiUpper(t.value)) return null; // country names and capitals are capitalised
  const cands = (word ?? placeIndex().get(t.lower))?.phrases;
  if (cands === undefined) return null;
  for (const c of cands) {
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      const u = toks[i + k];
      if (u === undefined || u.lower !== c.words[k] || u.sentence !== t.sentence) {
        ok = false;
        break;
      }
    }
    if (ok) return { end: i + c.words.length, actor: c.actor, place: c.place };
  }
  return null;
}

/**
 * The government a country name or capital starting at token `i` stands
 * for (`Russia`, `Moscow`, `the United States` → its government), or `null`.
 * Demonyms (`Syrian`) do not count here.
 *
 * @example
 * ```ts
 * const doc = parse('Moscow denied any involvement.');
 * placeGovernmentAt(doc, 0)?.actor.name; // 'Russia'
 * ```
 */
export function placeGovernmentAt(doc: Document, i: number): { endToken: number; actor: KnownActor } | null {
  const hit = placeAt(doc, i);
  return hit === null || !hit.place ? null : { endToken: hit.end, actor: hit.actor };
}

/**
 * Whether the token at `i` is a one-word country name or capital, also with
 * its possessive apostrophe lost (`Syrias`): a place, never a person.
 *
 * @example
 * ```ts
 * isPlaceWord(parse('Syrias northwest'), 0); // true
 * ```
 */
export function isPlaceWord(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || (doc.classes[i]! & PLACE_WORD) === 0) return false;
  if (!startsAsciiUpper(t.value)) return false;
  const w = placeIndex().get(t.lower);
  if (w === undefined) return false;
  return w.stripped !== null || w.phrases.some((p) => p.words.length === 1 && p.place);
}

/**
 * Whether the token at `i` is a one-word country name or capital with its
 * possessive apostrophe lost (`Turkeys`, `Syrias` in scraped copy): the owner
 * that opens the phrase after it (`Turkeys health ministry`).
 *
 * @example
 * ```ts
 * isStrippedPossessor(parse('Turkeys health ministry said'), 0); // true
 * ```
 */
export function isStrippedPossessor(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || (doc.classes[i]! & PLACE_WORD) === 0) return false;
  if (!startsAsciiUpper(t.value)) return false;
  const w = placeIndex().get(t.lower);
  if (w === undefined || w.stripped === null || w.phrases.some((p) => p.words.length === 1)) return false;
  // It owns a lower-case noun after it ("Turkeys health ministry", not "in Syrias Ghouta"), and stands
  // after no preposition and no name ("in Syrias …" is a place; "Omar Haddad Syrias envoy" names him).
  const next = doc.tokens[i + 1];
  const prev = doc.tokens[i - 1];
  if (next === undefined || next.value !== next.lower || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return false;
  if (prev === undefined) return true;
  return prev.pos !== 'ADP' && !startsAsciiUpper(prev.value);
}

/**
 * Whether token `i` is a country's name that lost its possessive apostrophe (`Syrias`, no place
 * name by itself) before a lower-case noun or adjective, whatever stands before it: in
 * `Mohammad al-Shaar Syrias interior minister` it ends the name before it and opens the role.
 *
 * @example
 * ```ts
 * strippedStateBeforeNoun(parse('Omar Haddad Syrias envoy'), 2); // true
 * ```
 */
export function strippedStateBeforeNoun(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || (doc.classes[i]! & PLACE_WORD) === 0 || !startsAsciiUpper(t.value)) return false;
  const w = placeIndex().get(t.lower);
  if (w === undefined || w.stripped === null || w.phrases.some((p) => p.words.length === 1)) return false;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.value === next.lower && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * The government of a one-word country name or capital that owns the phrase after it —
 * `Turkey's health ministry`, or with the apostrophe lost, `Turkeys health ministry` — and
 * the token after the possessor; `null` otherwise.
 *
 * @example
 * ```ts
 * statePossessorAt(parse("Jordan's army said"), 0)?.actor.name; // 'Jordan'
 * ```
 */
export function statePossessorAt(doc: Document, i: number): { actor: KnownActor; after: number } | null {
  const t = doc.tokens[i];
  if (t === undefined || (doc.classes[i]! & PLACE_WORD) === 0 || !startsAsciiUpper(t.value)) return null;
  const w = placeIndex().get(t.lower);
  if (w === undefined) return null;
  if (w.stripped !== null) return isStrippedPossessor(doc, i) ? { actor: w.stripped, after: i + 1 } : null;
  const s = doc.tokens[i + 1];
  if (s === undefined || (s.value !== "'s" && s.value !== '’s')) return null;
  const c = w.phrases.find((x) => x.words.length === 1 && x.place);
  return c === undefined ? null : { actor: c.actor, after: i + 2 };
}

/** A country name, capital or demonym found in the text (token indexes). */
interface PlaceHit {
  readonly first: number;
  readonly end: number;
  readonly actor: KnownActor;
  /** A country name or capital (`true`), or a demonym (`false`). */
  readonly place: boolean;
  /** A country name that lost its apostrophe ("Syrias"): counts for the focus, is no mention. */
  readonly stripped?: boolean;
}

const PLACES = Symbol('place-hits');

/** Every country name, capital and demonym in the document, found once and cached (focus and mentions share it). */
function placeHits(doc: Document): readonly PlaceHit[] {
  return itemsInDocument(doc, PLACES, scanPlaces);
}

/** The country names, capitals and demonyms of one sentence (cached; a hit never crosses a sentence). */
function placeHitsIn(doc: Document, sentence: number): readonly PlaceHit[] {
  return itemsInSentence(doc, PLACES, sentence, scanPlaces);
}

/** The country names, capitals and demonyms of the token range `[first, end)`. */
function scanPlaces(doc: Document, first: number, end: number): readonly PlaceHit[] {
  const out: PlaceHit[] = [];
  const toks = doc.tokens;
  const index = placeIndex();
  const classes = doc.classes;
  for (let i = first; i < end; i++) {
    if ((classes[i]! & PLACE_WORD) === 0) continue;
    if (!startsAsciiUpper(toks[i]!.value)) continue; // capitalised words only (A–Z)
    const word = index.get(toks[i]!.lower);
    if (word === undefined) continue;
    const hit = placeAt(doc, i, word);
    if (hit === null) {
      // A country name with its apostrophe lost ("Syrias war" for "Syria's war", as in scraped text), for counting only.
      if (word.stripped !== null)
        out.push({ first: i, end: i + 1, actor: word.stripped, place: false, stripped: true });
      continue;
    }
    out.push({ first: i, end: hit.end, actor: hit.actor, place: hit.place });
    i = hit.end - 1;
  }
  return out;
}

/**
 * Country names and capitals of the document standing for their government,
 * as `{ firstToken, endToken, actor }` (demonyms left out). Cached.
 *
 * @example
 * ```ts
 * placeMentions(parse('Moscow denied it.'))[0]?.actor.name; // 'Russia'
 * ```
 */
export function placeMentions(doc: Document): readonly StateReference[] {
  return placeHits(doc)
    .filter((h) => h.place && h.stripped !== true)
    .map((h) => ({ actor: h.actor, firstToken: h.first, endToken: h.end }));
}

/**
 * {@link placeMentions} of one sentence, reading only that sentence.
 *
 * @example
 * ```ts
 * placeMentionsIn(parse('Talks resumed. Moscow denied it.'), 1)[0]?.actor.name; // 'Russia'
 * ```
 */
export function placeMentionsIn(doc: Document, sentence: number): StateReference[] {
  const out: StateReference[] = [];
  for (const h of placeHitsIn(doc, sentence)) {
    if (h.place && h.stripped !== true) out.push({ actor: h.actor, firstToken: h.first, endToken: h.end });
  }
  return out;
}

const FOCUS = Symbol('focus-government');

/**
 * The government of the article's focus country, or `null` when no country
 * clearly dominates. Cached on the document.
 *
 * @example
 * ```ts
 * focusGovernment(parse('Syrian troops entered Aleppo. Syria said the regime would win.'))?.name;
 * // 'Syria'
 * ```
 */
export function focusGovernment(doc: Document): KnownActor | null {
  return doc.layer(FOCUS, computeFocus);
}

function computeFocus(doc: Document): KnownActor | null {
  const counts = new Map<KnownActor, number>();
  const toks = doc.tokens;
  for (const h of placeHits(doc)) {
    if (!doc.isBoilerplate(toks[h.first]!.start)) counts.set(h.actor, (counts.get(h.actor) ?? 0) + 1);
  }
  let best: KnownActor | null = null;
  let top = 0;
  let second = 0;
  for (const [a, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = a;
    } else if (n > second) second = n;
  }
  return best !== null && top >= MIN_FOCUS && top > second ? best : null;
}

const DEFINITE = new Set(refs.definite);
const FORCE_MODIFIERS = new Set(refs.forceModifiers);
/** Force modifiers that are nouns themselves (`army units`): read only with no name or adjective right before. */
const NOUN_MODIFIERS = new Set(refs.nounModifiers);
/** Parts of speech before a noun modifier that make it part of a longer name (`Free Syrian Army units`, `Turkish army tanks`). */
const NAME_POS = new Set(['PROPN', 'ADJ', 'NOUN']);
const FORCE_NOUNS = refs.forceNouns.map((n) => n.split(' '));
const REFS = Symbol('state-references');
const REGIME = Symbol('named-regime');
/** Every word a state reference can start with. */
const WATCHED = new Set([...DEFINITE, ...FORCE_MODIFIERS, 'pro', 'anti']);
/** Word-class bit of {@link WATCHED}: one bit test per token. */
const WATCHED_WORD = defineWordClass(WATCHED);

/**
 * Every "the regime" / "the government" / "government forces"… in the
 * document resolved to the focus government; none when there is no focus.
 * Cached on the document.
 *
 * @example
 * ```ts
 * const doc = parse('Syria is at war. Syrian rebels say government forces shelled the town.');
 * findStateReferences(doc).map((r) => r.actor.name); // ['Syria']
 * ```
 */
export function findStateReferences(doc: Document): readonly StateReference[] {
  return itemsInDocument(doc, REFS, scanReferences);
}

/**
 * {@link findStateReferences} of one sentence, reading only that sentence
 * (and, when it holds a state reference, what the whole article is about).
 * Cached on the document.
 *
 * @example
 * ```ts
 * const doc = parse('Syria is at war. Syrian rebels say government forces shelled the town.');
 * stateReferencesIn(doc, 1).map((r) => r.actor.name); // ['Syria']
 * ```
 */
export function stateReferencesIn(doc: Document, sentence: number): readonly StateReference[] {
  return itemsInSentence(doc, REFS, sentence, scanReferences);
}

/**
 * The government the article itself calls a regime (`Syrian regime`,
 * `Assad regime`, `Iranian regime` among its registry mentions), the most
 * named one; `null` when it calls none so. Only sentences with a word
 * holding "regime" can hold such a mention, so only they are read. Cached.
 */
function namedRegime(doc: Document): KnownActor | null {
  return doc.layer(REGIME, (d) => {
    const counts = new Map<KnownActor, number>();
    const toks = d.tokens;
    const facts = d.facts;
    let last = -1;
    for (let k = 0; k < toks.length; k++) {
      // (the word's fact bit: only a token whose lower case holds "regime" is read)
      if ((facts[k]! & REGIME_WORD) === 0) continue;
      const t = toks[k]!;
      if (t.sentence === last) continue;
      last = t.sentence;
      for (const m of registryActorsIn(d, t.sentence)) {
        if (m.actor.kind !== 'government') continue;
        if (!/regime/i.test(d.norm.slice(m.start, m.end))) continue;
        counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
      }
    }
    return mostCounted(counts);
  });
}

/** The actor counted most often (the first of equals), or `null` when none. */
function mostCounted(counts: ReadonlyMap<KnownActor, number>): KnownActor | null {
  let best: KnownActor | null = null;
  let top = 0;
  for (const [a, n] of counts)
    if (n > top) {
      top = n;
      best = a;
    }
  return best;
}

/**
 * The government a bare `regime` or `government` stands for in this document:
 * for `regime`, the one the article calls a regime, else the focus country's,
 * else the most named country whose government the lexicon calls a regime
 * (`Syrian regime`: an article about Homs naming Syria and Russia as often);
 * for other words, the focus country's.
 *
 * @example
 * ```ts
 * governmentFor(parse('Russian jets and regime raids hit Homs in Syria.'), 'regime')?.name; // 'Syria'
 * ```
 */
export function governmentFor(doc: Document, word: string): KnownActor | null {
  const focus = focusGovernment(doc);
  if (word !== 'regime') return focus;
  return namedRegime(doc) ?? focus ?? doc.layer(REGIME_COUNTRY, regimeCountry);
}

/** Words before a country name that make it where the sentence's events happen (`in Syria`, `northern Syria`). */
const LOCATIVES: ReadonlySet<string> = new Set(refs.locatives);
/** How many sentences back a bare head looks for the same head with a state's name (`the Syrian army … the army`). */
const SAME_HEAD_SENTENCES = 5;

/**
 * The government a bare `word` (`government`, `army`, `military`, `authorities`) at token `i`
 * stands for: the state named with the same head in the five sentences before (`the Turkish
 * army … the army`); else the country its own sentence names as where things happen (`in Syria`,
 * `northern Syria`; a capital is where a government sits, no place of events) when that sentence does not name the focus country; else the focus
 * country's. `regime` keeps {@link governmentFor}. A state merely mentioned elsewhere is no
 * answer: with no focus and no such name, `null`.
 *
 * @example
 * ```ts
 * const doc = parse('Turkish officials met in Ankara. Turkey wants trade. In northern Syria, the army shelled a market.');
 * governmentAt(doc, 'army', doc.tokens.findIndex((t) => t.lower === 'army'))?.name; // 'Syria'
 * ```
 */
export function governmentAt(doc: Document, word: string, i: number): KnownActor | null {
  if (word === 'regime') return governmentFor(doc, word);
  const focus = focusGovernment(doc);
  const t = doc.tokens[i];
  if (t === undefined) return focus;
  return (
    namedBefore(doc, word, i) ??
    sentenceLocation(doc, t.sentence, focus) ??
    (word === 'government' ? namedHead(doc, word) : null) ??
    focus
  );
}

const HEADS = Symbol('named-heads');

/**
 * The state the article names most with `word` right after its name or adjective (`the Syrian
 * government`, anywhere in the article): whose government a bare `government` is when nothing
 * nearer names it. An article centred on Russia that speaks of `the Syrian government` means
 * Syria's by `government air strikes`, not the state it names most. `null` when none; cached.
 */
function namedHead(doc: Document, word: string): KnownActor | null {
  const byWord = doc.layer(HEADS, (d) => {
    const counts = new Map<string, Map<KnownActor, number>>();
    for (const h of placeHits(d)) {
      const next = d.tokens[h.end];
      if (next === undefined || next.sentence !== d.tokens[h.first]!.sentence) continue;
      const c = counts.get(next.lower) ?? new Map<KnownActor, number>();
      c.set(h.actor, (c.get(h.actor) ?? 0) + 1);
      counts.set(next.lower, c);
    }
    return counts;
  });
  const c = byWord.get(word);
  return c === undefined ? null : mostCounted(c);
}

/** The state whose name or adjective stands right before an earlier `word` (`Syrian army`), nearest first. */
function namedBefore(doc: Document, word: string, i: number): KnownActor | null {
  const toks = doc.tokens;
  const s = toks[i]!.sentence;
  const from = doc.sentences[Math.max(0, s - SAME_HEAD_SENTENCES)]!.firstToken;
  for (let k = i - 1; k > from; k--) {
    if (toks[k]!.lower !== word) continue;
    for (const h of placeHitsIn(doc, toks[k]!.sentence)) if (h.end === k) return h.actor;
  }
  return null;
}

/** Per known actor, its capital's first word in lower case (`damascus`), or `undefined` without one. */
const CAPITAL_FIRST_WORDS = new Map<KnownActor, string | undefined>();

/**
 * The first word, in lower case, of the capital of `actor` (`damascus`, `new` for New Delhi), or
 * `undefined` when it has none; computed once per actor.
 */
export function capitalFirstWord(actor: KnownActor): string | undefined {
  if (CAPITAL_FIRST_WORDS.has(actor)) return CAPITAL_FIRST_WORDS.get(actor);
  const w = actor.capital?.split(' ')[0]?.toLowerCase();
  CAPITAL_FIRST_WORDS.set(actor, w);
  return w;
}

/**
 * The country sentence `s` names as where things happen (a country name after a locative word,
 * past one determiner; not a capital), unless the sentence names `focus` too; else `null`.
 */
function sentenceLocation(doc: Document, s: number, focus: KnownActor | null): KnownActor | null {
  const toks = doc.tokens;
  let found: KnownActor | null = null;
  for (const h of placeHitsIn(doc, s)) {
    if (h.actor === focus) return null;
    if (found !== null || (!h.place && h.stripped !== true)) continue;
    // a capital is where a government sits, not where things happen ("his allies in Moscow")
    if (h.place && doc.tokens[h.first]!.lower === capitalFirstWord(h.actor)) continue;
    let b = h.first - 1;
    if (toks[b]?.pos === 'DET') b--;
    if (b >= 0 && toks[b]!.sentence === s && LOCATIVES.has(toks[b]!.lower)) found = h.actor;
  }
  return found;
}

const REGIME_COUNTRY = Symbol('regime-country');

function regimeCountry(doc: Document): KnownActor | null {
  const counts = new Map<KnownActor, number>();
  for (const h of placeHits(doc)) {
    if (!h.actor.aliases.some((a) => /\bregime\b/i.test(a))) continue;
    counts.set(h.actor, (counts.get(h.actor) ?? 0) + 1);
  }
  return mostCounted(counts);
}

/**
 * The force noun of {@link FORCE_NOUNS} at `at` (before `to`), the first that matches, or `undefined`;
 * after a noun modifier (`oneWord`) only a one-word one ("army units", not "the army air force").
 * (A loop, not `find`/`every` with closures: it runs for every watched word.)
 */
function forceNounAt(toks: readonly Token[], at: number, to: number, oneWord: boolean): readonly string[] | undefined {
  for (const words of FORCE_NOUNS) {
    if (oneWord && words.length !== 1) continue;
    let k = 0;
    while (k < words.length && at + k < to && toks[at + k]!.lower === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

/** What {@link scanReferences} finds in most sentences: nothing (one shared, never written array). */
const NO_REFERENCES: readonly StateReference[] = [];

/**
 * The state references in tokens `[from, to)` (one sentence). The focus is
 * read only when a watched word is met, the named regime only for "regime".
 */
function scanReferences(doc: Document, from: number, to: number): readonly StateReference[] {
  const toks = doc.tokens;
  const classes = doc.classes;
  let out: StateReference[] | null = null;
  for (let i = from; i < to; i++) {
    if ((classes[i]! & WATCHED_WORD) === 0) continue; // one bit test for the common case (no token read)
    const t = toks[i]!;
    // modifier + force noun: "government forces", "pro-regime troops", "regime air force"
    let modEnd = -1;
    if (FORCE_MODIFIERS.has(t.lower)) {
      // "army units", "military jets": not "Free Syrian Army units" nor "Turkish army tanks"
      const before = toks[i - 1];
      const named = NOUN_MODIFIERS.has(t.lower) && i > from && before !== undefined && NAME_POS.has(before.pos);
      if (!named) modEnd = i + 1;
    } else if (
      (t.lower === 'pro' || t.lower === 'anti') &&
      toks[i + 1]?.value === '-' &&
      !toks[i + 1]!.spaceBefore &&
      toks[i + 2] !== undefined &&
      !toks[i + 2]!.spaceBefore &&
      FORCE_MODIFIERS.has(`pro-${toks[i + 2]!.lower}`)
    )
      modEnd = t.lower === 'pro' ? i + 3 : -1;
    if (modEnd > 0) {
      // the force noun lies in this sentence ("government. Forces…" is no reference)
      // (a noun modifier takes a one-word force noun: "army units", not "the army air force")
      const noun = forceNounAt(toks, modEnd, to, NOUN_MODIFIERS.has(t.lower));
      if (noun !== undefined && toks[modEnd]!.spaceBefore) {
        const actor = governmentAt(doc, toks[modEnd - 1]!.lower, i);
        if (actor !== null) {
          (out ??= []).push({ actor, firstToken: i, endToken: modEnd + noun.length });
          i = modEnd + noun.length - 1;
          continue;
        }
      }
    }
    // "the regime", "the government" (not "the government-held", not "the government's delegation"? kept)
    if (DEFINITE.has(t.lower) && toks[i - 1]?.lower === 'the') {
      const next = toks[i + 1];
      if (next !== undefined && next.value === '-' && !next.spaceBefore) continue;
      // "the military alliance", "the government delegation": the head noun comes later
      if (next !== undefined && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      const actor = governmentAt(doc, t.lower, i);
      if (actor === null) continue;
      (out ??= []).push({ actor, firstToken: i, endToken: i + 1 });
    }
  }
  return out ?? NO_REFERENCES;
}
