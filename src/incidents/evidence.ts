/**
 * What a stretch of a sentence says about which event it tells of: the attack
 * phrases in it (definite or not), the places it names, the dates tied to the
 * event (not the date a source spoke), and words that announce another event.
 *
 * A sentence is cut into segments where a coordinated clause opens with a new,
 * indefinite attack phrase after a figure (`… resulting in six deaths, and
 * earlier, an air raid in Hama killed four people`), so that two events told in
 * one sentence are two events.
 */
import {
  ARTICLES,
  COMPASS_DIRECTIONS,
  DISASTER_HEADS,
  DISASTER_VERBS,
  FAITH_ADJECTIVES,
  RELATIVE_PRONOUNS,
  WEAPON_ATTACK_HEADS,
  speechForms,
} from '../lexicon/en/index.js';
import attacks from '../lexicon/attacks.json';
import actors from '../lexicon/actors.json';
import words from '../lexicon/incidents.json';
import calendar from '../lexicon/dates.json';
import casualtyWords from '../lexicon/casualties.json';
import { ATTACK_NOUNS } from '../casualties/lexicon.js';
import type { Document, Token } from '../document/model.js';
import { isStampLabel } from '../document/publication.js';
import { CAPITALISED_WORD, titleAt } from '../actors/lexicon.js';
import type { DateMention, Span } from '../types.js';
import { defineWordClass } from '../document/classes.js';
import { firstNameGender, roleAt } from '../actors/lexicon.js';

/** A noun and its plural (`crash`, `crashes`; `quake`, `quakes`). */
const withPlural = (w: string): string[] => [w, /(?:s|sh|ch)$/.test(w) ? `${w}es` : `${w}s`];
/**
 * Heads of phrases naming an event: attacks, operations, combat, weapons used as attacks, and
 * non-violent disasters (`the crash`, `a landslide`: an incident is labelled by what happened, §5).
 */
const ATTACK_HEADS = new Set([
  ...attacks.attack,
  ...attacks.military,
  ...words.combat,
  ...WEAPON_ATTACK_HEADS,
  ...[...DISASTER_HEADS].flatMap(withPlural),
]);
const VIOLENT = new Set([...ATTACK_HEADS, ...attacks.context]);
const NON_VIOLENT = new Set(attacks.nonViolent);
const DEFINITE = new Set(words.definite);
const NEW_EVENT = new Set(words.newEvent);
/** "since a March 3 attack": a new attack phrase recalled as a point of comparison, an event of its own. */
const RECALL_PREPS = new Set(words.recallPrepositions);
/** "two weeks after a suicide bombing": recalled after a stretch of time (not a bare "after", a cause). */
const RECALL_AFTER_DURATION = new Set(words.recallAfterDuration);
const CLASS_MODIFIERS = new Set(words.classModifiers);
/** Units of a stretch of time ("days", "weeks"), from the dates lexicon. */
const TIME_UNITS = new Set(Object.keys(calendar.units));
const PLACE_PREPS = new Set(words.placePrepositions);
/** Verbs of striking whose object holding a place noun is the place struck ("hit al-Hamidiyeh neighborhood"). */
const PLACE_VERBS = new Set(words.placeVerbs);
/** Verbs of assault whose object is a place also as a bare name ("attacked Diallassagou"). */
const SETTLEMENT_VERBS = new Set(words.settlementVerbs);
/** Participles after which a place is the attackers' position ("terrorists positioned in Joubar"), not the event's. */
const ATTACKER_POSITIONS = new Set(words.attackerPositions);
/** Common nouns of settlements and areas (`town`, `province`, `suburb`). */
export const PLACE_NOUNS = new Set(words.placeNouns);
const SPEECH = speechForms('quoteCues');
type KnownActor = { kind: string; aliases: string[]; country?: string[]; demonyms?: string[] };
const KNOWN = actors.actors as KnownActor[];
const COUNTRIES = new Set(KNOWN.flatMap((a) => (a.country ?? []).map((c) => c.toLowerCase())));
/** Demonyms and country names: not the name of a place an event happened in ("the Syrian city of Homs" → Homs). */
export const DEMONYMS = new Set(
  KNOWN.flatMap((a) => [...(a.demonyms ?? []), ...(a.country ?? [])].map((d) => d.toLowerCase())),
);
/** Names of groups, organisations and media ("at the UN"): never a place. */
const ACTOR_NAMES = new Set(
  KNOWN.filter((a) => a.kind !== 'government').flatMap((a) => a.aliases.map((x) => x.toLowerCase())),
);
/** Nouns of fighting between armed sides (`clashes`, `fighting`): another kind of event than an attack. */
export const COMBAT = new Set(words.combat);
/** Attack nouns proper (not operations or combat): what a bare "the attack" in a later sentence refers back with. */
export { ATTACK_NOUNS };
const INDEFINITE = new Set(['a', 'an', 'another']);
const DISCOURSE = new Set(['meanwhile', 'elsewhere', 'separately', 'separate']);
const HYPHENS = new Set(['-', '‐', '‑']);
/** Arabic articles of a place name ("al-Bab", "ar-Raqqa", "Deir ez-Zor", "Ras el-Ain"), in both transliterations of the assimilated forms. */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'er', 'es', 'esh', 'et', 'ez']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Word-class bits (one bit test per token; the sets are read only on a hit): attack heads, words of violence… */
const ATTACK_HEAD = defineWordClass([...ATTACK_HEADS, ...DISASTER_VERBS]);
const VIOLENT_WORD = defineWordClass(VIOLENT);
/** …and every word {@link segmentWords} reacts to. */
const SEGMENT_CUE = defineWordClass([...DISCOURSE, ...VIOLENT, ...PLACE_PREPS, ...PLACE_VERBS, ...DIRECTIONS, 'of']);
/** What a word of {@link SEGMENT_CUE} is to {@link segmentWords}, as bits: one lookup per cue instead of one per set. */
const DISCOURSE_WORD = 1;
const VIOLENT_CUE = 2;
const PLACE_VERB = 4;
const PLACE_PREP = 8;
const DIRECTION = 16;
const SEGMENT_WORDS = new Map<string, number>();
for (const [set, bit] of [
  [DISCOURSE, DISCOURSE_WORD],
  [VIOLENT, VIOLENT_CUE],
  [PLACE_VERBS, PLACE_VERB],
  [PLACE_PREPS, PLACE_PREP],
  [DIRECTIONS, DIRECTION],
] as const)
  for (const w of set) SEGMENT_WORDS.set(w, (SEGMENT_WORDS.get(w) ?? 0) | bit);
const BREAKERS = new Set([',', 'and', ';', 'while', 'but', 'whereas']);
const PLACE_LINKS = new Set(['al', 'el', 'ad', 'as', 'ar', 'ash', 'ibn', 'bin', 'abu', 'de', '-', '‐', '-']);
/** Words of bodies and agencies (`Police`, `Command`, `Ministry`, `Observatory`): a run holding one names no place. */
const BODY_WORDS = new Set(casualtyWords.nameStopWords);
/** Month and weekday names ("at Apr 092017"): never a place, even where the dates layer read no date. */
const CALENDAR = new Set([
  ...Object.keys(calendar.months),
  ...Object.keys(calendar.weekdays),
  ...Object.keys(calendar.weekdayAbbreviations),
]);
/** {@link CALENDAR} and each of its words with an "s" (one lookup: no string sliced per word tested). */
const CALENDAR_FORMS = new Set([...CALENDAR, ...[...CALENDAR].map((w) => `${w}s`)]);
/** A month or weekday name, also with a possessive "s" lost in copy ("Tuesdays attack"). */
export function isCalendarWord(w: string): boolean {
  return CALENDAR_FORMS.has(w);
}
const OPEN_DATE_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A phrase naming an attack, in token indexes. */
export interface Mention {
  readonly first: number;
  readonly end: number;
  /** Refers back to an event already told (`the blast`, `Saturday's attack`). */
  readonly definite: boolean;
}

/** A place phrase after a preposition (`the central city of Homs`), with the names it holds. */
export interface Place {
  readonly first: number;
  readonly end: number;
  /** The proper names in it, lower-cased (`homs`; `damascus`, `sayyda zeinab`). */
  readonly keys: readonly string[];
  /** Every name in it is a country (`Syria`): compatible with any place. */
  readonly country: boolean;
}

/** A stretch of one sentence and what it says about its event. */
export interface Segment {
  readonly sentence: number;
  readonly first: number;
  readonly end: number;
  readonly headline: boolean;
  readonly mentions: Mention[];
  readonly places: Place[];
  /** Dates of the event told here (not of a source's speaking), from the dates result. */
  readonly dates: DateMention[];
  /** A word announcing another event (`another`, `separately`, `meanwhile`, `elsewhere`). */
  readonly marker: boolean;
  /** Violence is told here (an attack noun, or a word such as `stormed`, `exploded`, `gunmen`). */
  readonly violent: boolean;
  /**
   * The segment opens with an earlier attack recalled for comparison or as a point in time
   * (`since a March 3 attack that killed 40`, `two weeks after a bombing killed 15`): another
   * event, which later sentences do not go on with.
   */
  readonly recall: boolean;
  /**
   * A plural attack phrase naming a kind of event (`similar assaults on hotels in Mogadishu`) is
   * here: no event of its own, and the places after it are the kind's, not an event's.
   */
  readonly kind: boolean;
}

/**
 * Whether token `k` is a word opening with a capital A–Z: the actors layer's word fact, one read of
 * the document's `facts` array (the place walks test it on many tokens; reading each token's string
 * for its first letter cost a cache miss per token).
 */
const isCapital = (facts: Int32Array, k: number): boolean => (facts[k]! & CAPITALISED_WORD) !== 0;

/**
 * Where the cue recalling the new (indefinite) attack phrase at `m` starts, or -1: `since` right
 * before it, or `after` / `before` right before it with a stretch of time before that (`two weeks
 * after`, `days before`).
 */
function recallCue(toks: readonly Token[], m: Mention, first: number): number {
  if (m.definite) return -1;
  const lead = toks[m.first]!.lower;
  if (lead !== 'a' && lead !== 'an') return -1;
  const p = m.first - 1;
  if (p < first) return -1;
  const w = toks[p]!.lower;
  if (RECALL_PREPS.has(w)) return p;
  if (RECALL_AFTER_DURATION.has(w) && p - 1 >= first && TIME_UNITS.has(toks[p - 1]!.lower)) {
    // "two weeks after", "a month before", "days after": the quantity before the unit is part of the cue.
    const q = p - 2;
    return q >= first && (toks[q]!.pos === 'NUM' || toks[q]!.lower === 'a' || toks[q]!.lower === 'few') ? q : p - 1;
  }
  return -1;
}

/** Whether `k` heads an attack phrase: an attack noun, not a verb form, not a non-violent compound. */
function isAttackHead(toks: readonly Token[], k: number, first: number): boolean {
  const t = toks[k]!;
  if (!ATTACK_HEADS.has(t.lower)) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  // "killing dozens": a gerund with an object is the verb, not the noun.
  if (
    t.lower.endsWith('ing') &&
    toks[k + 1] !== undefined &&
    (toks[k + 1]!.pos === 'NUM' || toks[k + 1]!.pos === 'DET')
  )
    return false;
  const next = toks[k + 1];
  // "attack helicopters", "strike aircraft": the attack noun modifies another noun.
  if (next !== undefined && next.pos === 'NOUN' && !ATTACK_HEADS.has(next.lower)) return false;
  // "Drone strike on …", "a car bomb": two attack nouns in a row are one phrase, headed by the last.
  if (next !== undefined && ATTACK_HEADS.has(next.lower) && next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  return !(k > first && NON_VIOLENT.has(toks[k - 1]!.lower));
}

/** The attack phrase around head `h`: its determiner, numbers, modifiers and a possessive owner. */
function mentionAt(toks: readonly Token[], h: number, first: number): Mention {
  let s = h;
  while (s - 1 >= first && h - s < 5) {
    const t = toks[s - 1]!;
    if (t.value === "'s" || t.value === '’s') {
      // "Saturday's attack": the owner and its possessive are the determiner.
      if (s - 2 >= first) s -= 2;
      break;
    }
    if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)) {
      s--;
      break;
    }
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || ATTACK_HEADS.has(t.lower)) {
      // Two attack nouns in a row are one phrase ("air raid"); a non-attack noun is a modifier.
      s--;
      continue;
    }
    if ((t.value === '-' || t.value === '‐') && !t.spaceBefore) {
      s--;
      continue;
    }
    break;
  }
  s = pastCutCompound(toks, s, h, first);
  const lead = toks[s]!;
  const definite =
    DEFINITE.has(lead.lower) || (s + 1 < h && (toks[s + 1]!.value === "'s" || toks[s + 1]!.value === '’s'));
  return { first: s, end: h + 1, definite };
}

/**
 * Where a phrase walked back to `s` starts when the walk stopped inside a hyphenated compound
 * (`Al-Shabaab claims deadly hotel siege`: its limit reached `-Shabaab`): after the compound, never
 * half a word; `s` itself otherwise.
 */
function pastCutCompound(toks: readonly Token[], s: number, h: number, first: number): number {
  const t = toks[s]!;
  if (s <= first || t.spaceBefore || !(isHyphenToken(t) || isHyphenToken(toks[s - 1]))) return s;
  let k = s;
  while (k < h && !toks[k + 1]!.spaceBefore) k++;
  return Math.min(k + 1, h);
}

/** Whether a token is a hyphen (`-`, `‐`). */
function isHyphenToken(x: Token | undefined): boolean {
  return x !== undefined && (x.value === '-' || x.value === '‐');
}

/** Whether the plural attack phrase `m` headed by `h` names a kind of event, not one ("similar bombings", "such attacks"). */
function namesAKind(toks: readonly Token[], m: Mention, h: number): boolean {
  if (m.definite || !toks[h]!.lower.endsWith('s')) return false;
  for (let k = m.first; k < h; k++) if (CLASS_MODIFIERS.has(toks[k]!.lower)) return true;
  return false;
}

/** Whether a token in `[from, to)` is a capitalised word. */
function capitalWithin(facts: Int32Array, from: number, to: number): boolean {
  for (let j = from; j < to && j < facts.length; j++) if (isCapital(facts, j)) return true;
  return false;
}

/** The place names read so far by {@link placeAfter}: the names kept, and how many runs were names at all. */
interface PlaceKeys {
  readonly keys: string[];
  all: number;
}

/**
 * Ends the run of capitalised words `run` (from {@link placeAfter}): a place name unless it names a body
 * ("at Damascus Police Command") or is a group, or a lone demonym that is no country.
 */
function flushRun(run: readonly string[], into: PlaceKeys): void {
  if (run.length === 0) return;
  for (const w of run) if (BODY_WORDS.has(w)) return;
  const key = run.length === 1 ? run[0]! : run.join(' ');
  into.all++;
  if (!ACTOR_NAMES.has(key) && !(run.length === 1 && DEMONYMS.has(key) && !COUNTRIES.has(key))) into.keys.push(key);
}

/** A walk over the place phrase after a preposition (see {@link placeAfter}). */
interface PlaceWalk extends PlaceKeys {
  /** The document's word facts (`doc.facts`). */
  readonly facts: Int32Array;
  /** The current run of capitalised words (lower-cased). */
  readonly run: string[];
  /** The last token of the phrase so far, or -1. */
  last: number;
  /** Whether every word of the current run is tagged an adjective. */
  adjectives: boolean;
}

/** What a step of the place walk says besides the token to go on after: the phrase ends before this token. */
const WALK_END = -1;
/** …: there is no place after all. */
const WALK_NONE = -2;
/** …: the token is no word of a name (the walk goes on to the other tests). */
const WALK_NOT_NAME = -3;

/** The place phrase after the preposition at `k`, or `null` when no proper name follows. */
function placeAfter(
  toks: readonly Token[],
  facts: Int32Array,
  k: number,
  end: number,
  inDate: Uint8Array,
): Place | null {
  const start = k + 1;
  // Every place name holds a capitalised word within the window read below (an article glued to
  // a name looks two tokens on): most prepositions ("in the morning", "at least") have none, and
  // cost this one test per token.
  if (!capitalWithin(facts, start, Math.min(end, start + 12))) return null;
  let j = start;
  if (j < end && (toks[j]!.lower === 'the' || toks[j]!.lower === 'a')) j++;
  const walk: PlaceWalk = { facts, keys: [], all: 0, run: [], last: -1, adjectives: false };
  for (; j < end && j - start < 10; j++) {
    const next = placeStep(toks, j, end, start, inDate, walk);
    if (next === WALK_NONE) return null;
    if (next === WALK_END) break;
    j = next;
  }
  flushRun(walk.run, walk);
  const keys = walk.keys;
  if (keys.length === 0 || walk.last < start || walk.all === 0) return null;
  // "in Syria's north": a country owning a place noun; "in Homs" a city.
  let country = true;
  for (const key of keys) if (!COUNTRIES.has(key)) country = false;
  return { first: start, end: walk.last + 1, keys, country };
}

/** One token `j` of the place walk: the token the walk goes on after, or {@link WALK_END} / {@link WALK_NONE}. */
function placeStep(
  toks: readonly Token[],
  j: number,
  end: number,
  start: number,
  inDate: Uint8Array,
  walk: PlaceWalk,
): number {
  const t = toks[j]!;
  if (inDate[j] === 1 || isCalendarWord(t.lower)) return WALK_END;
  const named = nameStep(toks, j, end, walk);
  if (named !== WALK_NOT_NAME) return named;
  if (walk.run.length > 0) {
    flushRun(walk.run, walk);
    walk.run.length = 0;
  }
  if (PLACE_NOUNS.has(t.lower)) {
    walk.last = Math.max(walk.last, j);
    return j;
  }
  // "the central city of Homs", "Howayqa neighbourhood of Deir Ezzor"
  if (t.lower === 'of' && j > start && PLACE_NOUNS.has(toks[j - 1]!.lower)) return j;
  // "the central city of Homs"; "Syria's northwestern province of Idlib"
  // ("in north Houston": a compass word the tagger reads as an adverb opens the place too.)
  if (
    (t.pos === 'ADJ' || COMPASS_DIRECTIONS.has(t.lower)) &&
    !isCapital(walk.facts, j) &&
    ((walk.keys.length === 0 && walk.last < 0) || PLACE_NOUNS.has(toks[j + 1]?.lower ?? ''))
  )
    return j;
  return WALK_END;
}

/** Token `j` of the place walk as a word of a name (or what ends one), else {@link WALK_NOT_NAME}. */
function nameStep(toks: readonly Token[], j: number, end: number, walk: PlaceWalk): number {
  const t = toks[j]!;
  const run = walk.run;
  const facts = walk.facts;
  // "al-Waer", "el-Arish": a lower-case article glued to a capitalised name.
  if (
    ARABIC_ARTICLES.has(t.lower) &&
    HYPHENS.has(toks[j + 1]?.value ?? '') &&
    toks[j + 2] !== undefined &&
    isCapital(facts, j + 2)
  ) {
    run.push(t.lower);
    return j + 1;
  }
  // Acronyms ("at the UN", "in IS-held areas") are bodies, not places; a title-case attack noun ends it.
  const capital = isCapital(facts, j);
  if (capital && t.value.length > 1 && t.value === t.value.toUpperCase()) return WALK_END;
  if (ATTACK_HEADS.has(t.lower)) return WALK_END;
  // "a Kurdish-controlled town": a capital in a hyphenated adjective names no place.
  if (capital && toks[j + 1] !== undefined && HYPHENS.has(toks[j + 1]!.value) && !toks[j + 1]!.spaceBefore)
    return j + 1;
  // "blamed the attack on Syrian President Bashar Assad": a title before a name makes a person, no place.
  if (
    capital &&
    j + 1 < end &&
    isCapital(facts, j + 1) &&
    titleAt(toks, j, end) !== null &&
    !namedSite(toks, facts, j, end)
  )
    return walk.keys.length === 0 ? WALK_NONE : WALK_END;
  if (capital && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X')) {
    if (run.length === 0) walk.adjectives = true;
    walk.adjectives &&= t.pos === 'ADJ' || FAITH_ADJECTIVES.has(t.lower);
    run.push(t.lower);
    walk.last = j;
    return j;
  }
  if (run.length > 0 && PLACE_LINKS.has(t.lower) && toks[j + 1] !== undefined && isCapital(facts, j + 1)) {
    run.push(t.lower);
    return j;
  }
  // "a Catholic church", "Kurdish villages": capitalised adjectives before a common noun that names
  // no place modify it; they are no place.
  if (run.length > 0 && walk.adjectives && t.pos === 'NOUN' && !capital && !PLACE_NOUNS.has(t.lower))
    return walk.keys.length === 0 ? WALK_NONE : WALK_END;
  return WALK_NOT_NAME;
}

/** Words that end a place named after someone (`King Fahd Road`, `Martyr Basil Square`): dates.json `dateNameHeads`. */
const SITE_HEADS = new Set(calendar.dateNameHeads);

/** Whether the capitalised run from `j` ends in a site's head (`King Fahd Road`): a place, for all the title in it. */
function namedSite(toks: readonly Token[], facts: Int32Array, j: number, end: number): boolean {
  for (let k = j + 1; k < end && k <= j + 5 && isCapital(facts, k); k++)
    if (SITE_HEADS.has(toks[k]!.lower)) return true;
  return false;
}

/** A date that says when a source spoke ("said on Tuesday", "told AFP on Monday"), not when the event was. */
function isReportDate(toks: readonly Token[], k: number, first: number): boolean {
  for (let m = k - 1; m >= first && m >= k - 4; m--) {
    // (not a noun of the same spelling: "in Borno state on Wednesday")
    if (SPEECH.has(toks[m]!.lower) && toks[m]!.pos !== 'NOUN') return true;
    // "said the late Monday strike …": a date inside a noun phrase after the verb is the event's.
    if (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'DET' || toks[m]!.value === ',') break;
  }
  return beforeThatClause(toks, k, first);
}

/** How far a speech verb may stand before a date that closes its adjuncts (`said in a statement on its website on Monday that`). */
const REPORT_ADJUNCT_REACH = 14;

/**
 * Whether the date at `k` closes the adjuncts of a speech verb before its `that` clause (`X said in a
 * statement on its Amaq agency on Monday that its fighters …`): it dates the saying, not the event.
 */
function beforeThatClause(toks: readonly Token[], k: number, first: number): boolean {
  let e = k + 1;
  while (e < toks.length && e <= k + 4 && toks[e]!.lower !== 'that') {
    const t = toks[e]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    e++;
  }
  if (toks[e]?.lower !== 'that') return false;
  for (let m = k - 1; m >= first && m >= k - REPORT_ADJUNCT_REACH; m--) {
    const t = toks[m]!;
    if (SPEECH.has(t.lower) && t.pos !== 'NOUN') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',' || t.value === ';') return false;
  }
  return false;
}

/**
 * A date inside a clause opened by a recall preposition ("since the group lost its strongholds in 2017"):
 * it starts a period, it dates no event. A verb must stand between them: in "since a March 3 attack" the
 * date is the recalled attack's own.
 */
function inPeriodClause(toks: readonly Token[], k: number, first: number): boolean {
  let verb = false;
  for (let m = k - 1; m >= first && m >= k - 10; m--) {
    const t = toks[m]!;
    if (RECALL_PREPS.has(t.lower)) return verb;
    if (t.value === ',' || t.value === ';' || ATTACK_HEADS.has(t.lower)) return false;
    if (t.pos === 'VERB') verb = true;
  }
  return false;
}

/** Words that modify an attack noun (`suicide`, `terrorist`, `rocket`: attacks.json `compound`). */
const ATTACK_MODIFIERS = new Set(attacks.compound);

/**
 * Whether a lower-case word is an attack noun, a word of violence or a modifier of an attack noun
 * (`blast`, `terrorist`, `suicide`): never a place name, also where a title-case line capitalises it.
 */
export function isViolentWord(lower: string): boolean {
  return VIOLENT.has(lower) || ATTACK_MODIFIERS.has(lower);
}

/** Whether tokens `[first, end)` hold an attack noun or another word of violence. */
export function tellsOfViolence(doc: Document, first: number, end: number): boolean {
  const classes = doc.classes;
  for (let k = first; k < end; k++) if ((classes[k]! & VIOLENT_WORD) !== 0) return true;
  return false;
}

/** A date of the page, not of an event: in the dateline, or a dated timestamp opening the sentence ("Mon Jul 18 2016 …"). */
function isPageDate(doc: Document, d: { date: DateMention; first: number }, sentenceFirst: number): boolean {
  if (doc.zoneAt(doc.tokens[d.first]!.start) === 'dateline') return true;
  // "Mon Jul 18 2016 …", "Date of publication 28 August 2016 …" at the top of the text: a day
  // (a bare year opening a sentence, "In 1988 a gas attack …", is the event's).
  if (!(d.first - sentenceFirst <= 4 && /\d{4}/.test(d.date.text) && (d.date.value?.length ?? 0) >= 10)) return false;
  // ("The war began on Oct. 7, 2023, when …": a verb before the date makes it the clause's own, the
  // event's; "Posted on July 2 2016 by …", "Last updated at Apr 092017": the page's own stamp.)
  const toks = doc.tokens;
  if (d.first === sentenceFirst || isStampLabel(doc.norm.slice(toks[sentenceFirst]!.start, toks[d.first]!.start)))
    return true;
  for (let k = sentenceFirst; k < d.first; k++) if (toks[k]!.pos === 'VERB') return false;
  return true;
}

/**
 * The segments of one sentence, with their evidence.
 *
 * @param doc - the document
 * @param s - the sentence index
 * @param itemStarts - token indexes where a figure or claim starts in the sentence (a clause break needs one before it)
 * @param dates - the document's dates with their first token
 * @param inDate - 1 for tokens inside a date
 */
export function segmentsOf(
  doc: Document,
  s: number,
  itemStarts: readonly number[],
  dates: readonly { date: DateMention; first: number }[],
  inDate: Uint8Array,
): Segment[] {
  const sent = doc.sentences[s]!;
  const headline = doc.zoneAt(sent.start) === 'headline';
  const { mentions, cuts, kinds } = mentionsAndCuts(doc, sent.firstToken, sent.endToken, itemStarts);
  const out: Segment[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const first = cuts[c]!;
    const end = cuts[c + 1]!;
    // One segment (most sentences): every mention is its own.
    const segMentions = cuts.length === 2 ? mentions : mentionsWithin(mentions, first, end);
    // The first phrase naming a kind of event in the segment ("similar assaults"), or -1.
    let kind = -1;
    for (const k of kinds)
      if (k >= first && k < end) {
        kind = k;
        break;
      }
    const { places, marker, violent } = segmentWords(doc, first, end, segMentions, inDate, kind);
    const recall = segMentions.length > 0 && recallCue(doc.tokens, segMentions[0]!, first) >= 0;
    out.push({
      sentence: s,
      first,
      end,
      headline,
      mentions: segMentions,
      places,
      dates: eventDates(doc, dates, first, end, sent.firstToken),
      marker,
      violent,
      recall,
      kind: kind >= 0,
    });
  }
  return out;
}

/** The mentions starting in `[first, end)`, in order. */
function mentionsWithin(mentions: readonly Mention[], first: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (m.first >= first && m.first < end) out.push(m);
  return out;
}

/**
 * The attack phrases of a sentence, and where it is cut: before a new, indefinite attack phrase
 * that opens a coordinated clause after a figure of the sentence.
 */
function mentionsAndCuts(
  doc: Document,
  sentFirst: number,
  sentEnd: number,
  itemStarts: readonly number[],
): { mentions: Mention[]; cuts: number[]; kinds: number[] } {
  const toks = doc.tokens;
  const classes = doc.classes;
  const cuts: number[] = [sentFirst];
  const mentions: Mention[] = [];
  /** First tokens of phrases naming a kind of event. */
  const kinds: number[] = [];
  for (let k = sentFirst; k < sentEnd; k++) {
    if ((classes[k]! & ATTACK_HEAD) === 0) continue;
    // "The jetliner crashed into the sea": a disaster told by its verb is named by the verb, a new
    // event as an indefinite phrase is ("a truck crashed" after a bombing is another incident).
    if (DISASTER_VERBS.has(toks[k]!.lower)) {
      if (mentions.length === 0 || mentions[mentions.length - 1]!.end <= k)
        mentions.push({ first: k, end: k + 1, definite: false });
      continue;
    }
    if (!isAttackHead(toks, k, sentFirst)) continue;
    const m = mentionAt(toks, k, sentFirst);
    if (namesAKind(toks, m, k)) {
      kinds.push(m.first);
      continue;
    }
    if (mentions.length > 0 && mentions[mentions.length - 1]!.end > m.first) continue;
    mentions.push(m);
    if (m.definite) continue;
    const from = cuts[cuts.length - 1]!;
    // "It was the second attack this month; a bombing last month killed 30": a semicolon ends a clause.
    const semicolon = semicolonBefore(toks, m.first, from);
    if (semicolon > from) {
      cuts.push(semicolon);
      continue;
    }
    if (!startsWithin(itemStarts, from, m.first)) continue;
    // "The strike killed 12, the deadliest since a bombing killed 40": the recalled attack is told apart.
    const recalled = recallCue(toks, m, from + 1);
    if (recalled > from) {
      cuts.push(recalled);
      continue;
    }
    let b = m.first - 1;
    let cut = -1;
    while (b > from && m.first - b <= 4) {
      const w = toks[b]!.lower;
      if (BREAKERS.has(w)) cut = b;
      else if (toks[b]!.pos !== 'ADV' && !NEW_EVENT.has(w)) break;
      b--;
    }
    if (cut > from) cuts.push(cut);
  }
  cuts.push(sentEnd);
  return { mentions, cuts, kinds };
}

/** Whether one of `starts` lies in `[from, to)`. */
function startsWithin(starts: readonly number[], from: number, to: number): boolean {
  for (const i of starts) if (i >= from && i < to) return true;
  return false;
}

/** A semicolon right before an attack phrase starting at `at` (adverbs and "another" may stand between), or -1. */
function semicolonBefore(toks: readonly Token[], at: number, from: number): number {
  for (let b = at - 1; b > from && at - b <= 4; b--) {
    const w = toks[b]!.lower;
    if (w === ';') return b;
    if (toks[b]!.pos !== 'ADV' && !NEW_EVENT.has(w)) return -1;
  }
  return -1;
}

/** What the words of a segment say: its places, whether it announces another event, whether it tells of violence. */
function segmentWords(
  doc: Document,
  first: number,
  end: number,
  mentions: readonly Mention[],
  inDate: Uint8Array,
  kind: number,
): { places: Place[]; marker: boolean; violent: boolean } {
  const toks = doc.tokens;
  const classes = doc.classes;
  const places: Place[] = [];
  let marker = false;
  let violent = false;
  // Another event is announced by a discourse adverb ("Meanwhile", "Elsewhere") or next to an attack
  // phrase ("another bombing", "a separate attack", "and earlier, an air raid").
  for (const m of mentions) {
    for (let k = Math.max(first, m.first - 3); k < m.end; k++) {
      const w = toks[k]!.lower;
      // "Earlier this week a chemical attack …": a date that looks back, right before a new attack phrase.
      if (NEW_EVENT.has(w) && (inDate[k] !== 1 || (w === 'earlier' && !m.definite))) marker = true;
    }
  }
  for (let k = first; k < end; k++) {
    if ((classes[k]! & SEGMENT_CUE) === 0) continue;
    const w = toks[k]!.lower;
    const bits = SEGMENT_WORDS.get(w) ?? 0;
    // ("in a separate feud": the adjective, not the verb "to separate the two sides")
    if ((bits & DISCOURSE_WORD) !== 0 && toks[k]!.pos !== 'VERB') marker = true;
    if ((bits & VIOLENT_CUE) !== 0) violent = true;
    // "in Homs", "near Aleppo", "north of Idlib city"; "shells hit al-Hamidiyeh neighborhood"
    // (Not in a relative clause, "an airstrike which hit the Sermin district": that retells the attack
    // of its clause, whose place the sentence already gives or leaves to the story told.)
    const verb =
      (bits & PLACE_VERB) !== 0 && toks[k]!.pos === 'VERB' && !(k > first && RELATIVE_PRONOUNS.has(toks[k - 1]!.lower));
    // "the strike of Boukamal", "the shelling of Douma": "of" right after an attack noun names its place.
    const ofAttack =
      w === 'of' && k > first && (classes[k - 1]! & ATTACK_HEAD) !== 0 && isAttackHead(toks, k - 1, first);
    const direction = (bits & DIRECTION) !== 0;
    const prep = (bits & PLACE_PREP) !== 0 || (direction && toks[k + 1]?.lower === 'of') || verb || ofAttack;
    if (!prep) continue;
    if (direction) k++;
    const p = placeAfter(toks, doc.facts, k, end, inDate);
    // A verb's object is a place only with a place noun ("hit a Hezbollah position" names none), or
    // as a bare name after a verb of assault ("attacked Diallassagou").
    if (
      p !== null &&
      verb &&
      !holdsPlaceNoun(toks, p) &&
      !(SETTLEMENT_VERBS.has(w) && bareSettlement(toks, doc.facts, p, end))
    )
      continue;
    if (p !== null) {
      // Not the event's place: where the attackers were ("positioned in Joubar"), where a kind of
      // event happens ("similar assaults on hotels in Mogadishu"), or a speaker's post ("said Ali
      // Omar, a police commander in the Lower Juba region").
      if (
        (k - 1 < first || !ATTACKER_POSITIONS.has(toks[k - 1]!.lower)) &&
        !(kind >= 0 && kind < k) &&
        !speakersPost(toks, k, p, first, end)
      )
        places.push(p);
      k = p.end - 1;
    }
  }
  return { places, marker, violent };
}

/**
 * Whether a place phrase holds a singular common noun of settlements or areas ("al-Hamidiyeh
 * neighborhood", "the town of Azaz"); a plural one names several places ("other areas of Eastern
 * Ghouta", "the villages of X and Y"), no one event's.
 */
function holdsPlaceNoun(toks: readonly Token[], p: Place): boolean {
  let one = false;
  for (let j = p.first; j < p.end; j++) {
    const w = toks[j]!.lower;
    if (!PLACE_NOUNS.has(w)) continue;
    if (w.endsWith('s')) return false;
    one = true;
  }
  return one;
}

/**
 * Whether the object `p` of a verb of assault is a bare place name ("attacked Diallassagou, about
 * 20km away"): one run of capitalised words right after the verb, no country, not a person's given
 * name, and no noun after it that it would modify ("attacked Kurdish positions", "stormed Ali's house").
 */
function bareSettlement(toks: readonly Token[], facts: Int32Array, p: Place, end: number): boolean {
  if (p.country || p.keys.length !== 1) return false;
  for (let j = p.first; j < p.end; j++) if (!isCapital(facts, j)) return false;
  if (firstNameGender(toks[p.first]!.value) !== null) return false;
  const next = toks[p.end];
  if (p.end >= end || next === undefined) return true;
  return next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.value !== "'s" && next.value !== '’s';
}

/** Tokens after a speaker's place in which the speech verb may follow ("an official in Idlib told …"). */
const SPEAKER_VERB_REACH = 3;

/**
 * Whether the place phrase `p` after the preposition at `k` is a speaker's post, not where the event
 * happened: it follows a person's role noun, and the role is in apposition to a name in a clause
 * that reports speech ("said Ali Omar, a police commander in the Lower Juba region") or is the
 * subject of a speech verb right after the place ("a civil defence official in Idlib told reporters").
 */
function speakersPost(toks: readonly Token[], k: number, p: Place, first: number, end: number): boolean {
  if (k - 1 < first || roleAt(toks, k - 1, k) === null) return false;
  // The role phrase's article, before its modifiers ("a civil defence official"): no count, no verb.
  let d = k - 2;
  while (d >= first && k - 2 - d < 4 && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN' || toks[d]!.pos === 'PROPN'))
    d--;
  if (d < first || !ARTICLES.has(toks[d]!.lower)) return false;
  // "A civil defence official in Idlib told …": the subject of a speech verb right after the place.
  if (d === first || toks[d - 1]!.value === ',')
    for (let j = p.end; j < end && j <= p.end + SPEAKER_VERB_REACH; j++) if (SPEECH.has(toks[j]!.lower)) return true;
  // "said Ali Omar, a police commander in …": in apposition to a name, in a clause reporting speech.
  if (d - 2 < first || toks[d - 1]!.value !== ',' || toks[d - 2]!.pos !== 'PROPN') return false;
  return reportsSpeech(toks, first, end);
}

/**
 * Whether the segment `[first, end)` reports speech (a speech verb anywhere in it). Read only when a
 * speaker's post is in question (rare): a plain function, no closure made per segment.
 */
function reportsSpeech(toks: readonly Token[], first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (SPEECH.has(toks[j]!.lower)) return true;
  return false;
}

/** The dates of the event told in `[first, end)`: not open references, nor when a source spoke, nor the page's. */
function eventDates(
  doc: Document,
  dates: readonly { date: DateMention; first: number }[],
  first: number,
  end: number,
  sentFirst: number,
): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    if (
      d.first >= first &&
      d.first < end &&
      (d.date.type === 'DATE' || d.date.type === 'TIME') &&
      d.date.value !== null &&
      !OPEN_DATE_VALUES.has(d.date.value) &&
      !isReportDate(doc.tokens, d.first, first) &&
      !inPeriodClause(doc.tokens, d.first, first) &&
      !isPageDate(doc, d, sentFirst)
    )
      out.push(d.date);
  }
  return out;
}

/** The span of tokens `[first, end)` in input offsets. */
export function spanOf(doc: Document, first: number, end: number): Span {
  return doc.tokenSpan(first, end);
}
