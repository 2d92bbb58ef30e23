/**
 * The per-document entity registry: every person, organisation, government,
 * medium and description the article mentions, with aliases clustered to the
 * fullest name, roles and organisations from titles and appositions, gender
 * and number, and definite role descriptions linked to the one named person
 * holding that role. Built once per document (`doc.layer`) in one pass over
 * the body tokens.
 *
 * @module
 */
import type { Document, Sentence, Token } from '../document/model.js';
import usStates from '../lexicon/en/us-state-abbreviations.json';
import phraseWords from '../lexicon/en/phrases.json';
import {
  BE_FORMS,
  HEDGE_MODIFIERS,
  LOCATIVE_PREPOSITIONS,
  PLACE_NOUNS,
  ROLE_PREPOSITIONS,
  SPEECH_LEMMAS,
} from '../lexicon/en/index.js';
import type { ActorKind } from './kind.js';
import { findKnownActors, lookupActor, registryActorsIn, type KnownActor } from './known.js';
import { isPlaceWord, isStrippedPossessor, placeGovernmentAt } from './context.js';
import roles from '../lexicon/roles.json';
import anaphoricHeads from '../lexicon/en/anaphoric-heads.json';
import {
  firstNameGender,
  givenNameGenderAt,
  GOVERNMENT_WORD,
  GROUP_HEAD_WORD,
  isGovernmentName,
  isMediaName,
  isOrganisationHead,
  isPluralBody,
  lexicon,
  LOWER_START_WORD,
  MEDIA_HEAD_WORD,
  ORGANISATION_HEAD_WORD,
  roleAtToken,
  TEMPORAL_WORD,
  titleAtToken,
  type Gender,
  UPPER_START_WORD,
} from './lexicon.js';
import {
  capitalLinkAt,
  coreWords,
  coreWordsOfTokens,
  isAcronym,
  isNameToken,
  isParticle,
  nameRunAt,
  runStart,
} from './names.js';
import { defineWordClass } from '../document/classes.js';
import { TAG } from '../document/tags.js';
import { isWhiteSpaceCode } from '../document/normalise.js';
import { isCapitals, isGluedHyphen, isMark, isUpperCase, startsAsciiUpper } from '../syntax/tokens.js';
import { modelNounNumber } from '../document/nlp.js';
import { timeEntities } from './entities.js';

/**
 * One entity of the document.
 *
 * @example
 * ```ts
 * const e = entityRegistry(parse('UN mediator Staffan de Mistura spoke. De Mistura left.')).entities[0]!;
 * // e.name === 'Staffan de Mistura'; e.kind === 'person'; e.role === 'UN mediator'; e.mentions.length === 2
 * ```
 */
export interface Entity {
  /** Position in `EntityRegistry.entities`. */
  readonly id: number;
  /** The fullest name in the document, the canonical name of a known actor, or the description. */
  name: string;
  /** Person, organisation, group, government, media or description. */
  kind: ActorKind;
  /** Role or title when the text gives one (`UN mediator`; two joined by `; `). */
  role: string | null;
  /** The body the entity speaks for when the text gives it. */
  organisation: string | null;
  /** Gender from titles, role words or the given name; `null` when unknown. */
  gender: Gender | null;
  /** Whether the entity is plural (`officials`, `Activists`). */
  plural: boolean;
  /** Whether the entity is a person or people (`he`/`she`/`they`), not a body (`it`/`they`). */
  human: boolean;
  /** Role classes (`envoy`, `delegation`, `spokesperson`) used to link descriptions. */
  readonly roleClasses: Set<string>;
  /** Mentions in document order. */
  readonly mentions: EntityMention[];
  /** The known-actor entry when the entity is one (`Islamic State`). */
  known: KnownActor | null;
  /**
   * The key words of a named person's or organisation's fullest name, as
   * `coreWords` gives them (`['staffan', 'mistura']`); empty for known actors
   * and descriptions.
   */
  readonly keyWords: readonly string[];
}

/**
 * How a mention names its entity.
 *
 * @example
 * ```ts
 * const form: MentionForm = 'description'; // "the UN envoy"
 * ```
 */
export type MentionForm = 'name' | 'description';

/**
 * A stretch of text that mentions an entity (token indexes into `Document.tokens`).
 *
 * @example
 * ```ts
 * // "UN mediator Staffan de Mistura said": first/end cover the whole phrase,
 * // nameFirst/nameEnd only "Staffan de Mistura".
 * ```
 */
export interface EntityMention {
  /** The entity mentioned. */
  entity: number;
  /** First token of the mention (title and role words included). */
  readonly first: number;
  /** One past the last token. */
  readonly end: number;
  /** First token of the name (or of the description's head phrase). */
  readonly nameFirst: number;
  /** One past the name. */
  readonly nameEnd: number;
  /** Named or described. */
  readonly form: MentionForm;
  /** Sentence index. */
  readonly sentence: number;
  /** Whether the mention looks like the subject of a verb. */
  readonly subject: boolean;
}

/**
 * Every entity of a document.
 *
 * @example
 * ```ts
 * const reg = entityRegistry(doc);
 * reg.entities.map((e) => e.name); // ['Staffan de Mistura', 'Syrian Observatory for Human Rights', …]
 * ```
 */
export interface EntityRegistry {
  /** Entities in order of first mention. */
  readonly entities: readonly Entity[];
  /** Mentions of names and descriptions in document order. */
  readonly mentions: readonly EntityMention[];
  /** For each token, the index in `mentions` of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
}

const LAYER = Symbol('entity-registry');

/**
 * The document's entity registry (built once, cached on the document).
 *
 * @param doc - a parsed document
 *
 * @example
 * ```ts
 * import { parse } from 'newsfacts';
 * const reg = entityRegistry(parse("Bashar al-Ja'afari spoke first. Later Jaafari said no."));
 * reg.entities.length; // 1
 * reg.entities[0]!.name; // "Bashar al-Ja'afari"
 * ```
 */
export function entityRegistry(doc: Document): EntityRegistry {
  return doc.layer(LAYER, build);
}

const CLASS_PATTERNS =
  (roles as { classPatterns?: { class: string; all: string[]; any: string[] }[] }).classPatterns ?? [];

/**
 * Role classes of a role text: classes of its role words, and the data file's word patterns.
 *
 * @example
 * ```ts
 * roleClassesOf(parse('UN mediator'), 0, 2); // Set { 'envoy' }
 * ```
 */
export function roleClassesOf(doc: Document, first: number, end: number): Set<string> {
  const found: string[] = [];
  pushRoleClasses(doc, first, end, found);
  return new Set(found);
}

/** {@link roleClassesOf} into an array (in the same order, repeats possible): no Set or closure per role text. */
function pushRoleClasses(doc: Document, first: number, end: number, out: string[]): void {
  const toks = doc.tokens;
  for (let k = first; k < end; k++) {
    const r = roleAtToken(doc, k, end);
    if (r !== null && r.roleClass !== null && !r.plural) out.push(r.roleClass);
  }
  // Role texts are a few words: look the pattern words up in place.
  for (const p of CLASS_PATTERNS) {
    if (allIn(toks, first, end, p.all) && anyIn(toks, first, end, p.any)) out.push(p.class);
  }
}

/** Whether a token of [first, end) is the lower-case word `w`. */
function wordIn(toks: readonly Token[], first: number, end: number, w: string): boolean {
  for (let k = first; k < end; k++) if (toks[k]!.lower === w) return true;
  return false;
}

function allIn(toks: readonly Token[], first: number, end: number, words: readonly string[]): boolean {
  for (const w of words) if (!wordIn(toks, first, end, w)) return false;
  return true;
}

function anyIn(toks: readonly Token[], first: number, end: number, words: readonly string[]): boolean {
  for (const w of words) if (wordIn(toks, first, end, w)) return true;
  return false;
}

/** Tokens that may modify a role noun before a name (`lead`, `special`, `presidential`, `Russian`). */
function isModifier(t: Token): boolean {
  return (
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    (t.pos === 'VERB' && /^(lead|acting|leading|ruling|governing|outgoing|serving|retired|former)$/.test(t.lower))
  );
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** Whether a noun phrase ends before token `t`: a verb, an auxiliary, punctuation, a preposition or the text's end. */
function endsNounPhrase(t: Token | undefined): boolean {
  return t === undefined || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'ADP';
}

/**
 * Whether token `i` is a possessive marker (`’s`, `'s`, a bare `’` after a plural).
 *
 * @example
 * ```ts
 * const t = parse('Syria’s envoy').tokens;
 * isPossessive(t[1], t[0]); // true
 * ```
 */
export function isPossessive(t: Token | undefined, prev?: Token): boolean {
  if (t === undefined) return false;
  if (t.lower === "'s" || t.lower === '’s') return true;
  // A bare apostrophe after a plural ("the rebels’ leader"), not the second mark of a closing ''.
  return (t.value === '’' || t.value === "'") && !t.spaceBefore && prev !== undefined && /s$/i.test(prev.value);
}

/** Role prefix before a name: `[start, roleStart)` is a possessor/determiner, `[roleStart, end)` the role words. */
interface Prefix {
  readonly start: number;
  readonly roleStart: number;
  readonly possessor: [number, number] | null;
}

/**
 * Reads role words written before the name at `nameStart` ("The Syrian government’s lead negotiator").
 *
 * @example
 * ```ts
 * rolePrefix(parse('The company’s chief engineer Dana Moss'), 5, 0); // { start: 0, roleStart: 3, possessor: [1, 2] }
 * ```
 */
export function rolePrefix(doc: Document, nameStart: number, floor: number): Prefix | null {
  const toks = doc.tokens;
  let k = nameStart - 1;
  if (k < floor) return null;
  // The word just before the name must be a role noun (or the end of a title handled in the run).
  let hasRole = false;
  let l = nameStart;
  let count = 0;
  while (k >= floor && count < 8) {
    const t = toks[k]!;
    if (t.sentence !== toks[nameStart]!.sentence) break;
    if (t.pos === 'PUNCT' && t.value !== '-' && t.value !== '.') break;
    if (t.value === '-' && (t.spaceBefore || toks[k + 1]?.spaceBefore)) break;
    const r = roleAtToken(doc, k, nameStart);
    if (r !== null && r.end <= l + (l === nameStart ? 0 : 8)) hasRole = true;
    if (DETERMINERS.has(t.lower) || isPossessive(t, toks[k - 1])) break;
    if (
      !isModifier(t) &&
      t.value !== '-' &&
      t.value !== '.' &&
      !(t.pos === 'ADP' && isNameToken(doc, k + 1) && k + 1 <= l)
    )
      break;
    if (t.pos === 'ADP') {
      // "Army of Islam official": "of" inside a capitalised name; "envoy for Syria Staffan de Mistura": a role's place.
      // ("Activists in Deir Ezzor": a locative preposition joins no name.)
      const inName = k - 1 >= floor && isNameToken(doc, k - 1) && !LOCATIVE_PREPOSITIONS.has(t.lower);
      const rolePlace = k - 1 >= floor && /^(for|of|to)$/.test(t.lower) && roleAtToken(doc, k - 1, k) !== null;
      if (!inName && !rolePlace) break;
    }
    l = k;
    k--;
    count++;
  }
  if (!hasRole || l >= nameStart) return null;
  let start = l;
  let possessor: [number, number] | null = null;
  const before = toks[l - 1];
  if (before !== undefined && l - 1 >= floor && isPossessive(before, toks[l - 2])) {
    // Possessor phrase: back over modifiers to a determiner.
    let p = l - 2;
    while (p >= floor && p > l - 8 && isModifier(toks[p]!) && toks[p]!.sentence === toks[l]!.sentence) p--;
    const pStart = p >= floor && DETERMINERS.has(toks[p]!.lower) ? p : p + 1;
    possessor = [p + 1, l - 1];
    start = pStart;
  } else if (before !== undefined && l - 1 >= floor && DETERMINERS.has(before.lower)) start = l - 1;
  return { start, roleStart: l, possessor };
}

/**
 * Text of tokens [a, b) from the caller's input.
 *
 * @example
 * ```ts
 * textOf(parse('UN mediator Staffan de Mistura'), 2, 5); // 'Staffan de Mistura'
 * ```
 */
export function textOf(doc: Document, a: number, b: number): string {
  if (b <= a) return '';
  // doc.tokenSpan(a, b).text without the span object.
  return doc.text.slice(doc.toInput(doc.tokens[a]!.start), doc.toInput(doc.tokens[b - 1]!.end));
}

/**
 * Where an appositive noun phrase after a comma ends, or -1 when it is not a role apposition.
 *
 * @example
 * ```ts
 * // "Nadia Karim, a spokeswoman for the union, said": from the token after the first comma
 * appositionEnd(doc, 3, doc.tokens.length); // the index of the second comma
 * ```
 */
export function appositionEnd(doc: Document, from: number, limit: number): number {
  const toks = doc.tokens;
  let k = from;
  if (k >= limit) return -1;
  if (DETERMINERS.has(toks[k]!.lower)) k++;
  let sawRole = false;
  let depth = 0;
  let headDone = false;
  for (; k < limit; k++) {
    const t = toks[k]!;
    if (t.value === '(') {
      depth++;
      continue;
    }
    if (t.value === ')') {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (t.value === ',' || t.value === ';' || t.value === ':' || t.value === '—' || t.value === '–') break;
    if (t.pos === 'PUNCT' && t.value !== '-' && t.value !== '.' && !isPossessive(t, toks[k - 1])) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // Participles inside the phrase ("a Britain-based group") are fine; a finite verb ends it.
      if (!/(ed|ing)$/.test(t.lower) || !sawRole) {
        if (!(t.pos === 'VERB' && /^(lead|acting)$/.test(t.lower))) break;
      }
      if (sawRole && headDone) break;
    }
    if (t.pos === 'PRON' || t.pos === 'SCONJ' || /^(who|which|that|whose)$/.test(t.lower)) break;
    if (t.pos === 'ADP') headDone = true;
    if (!headDone && ((doc.facts[k]! & GROUP_HEAD_WORD) !== 0 || roleAtToken(doc, k, limit) !== null)) sawRole = true;
  }
  return sawRole ? k : -1;
}

/**
 * A mention as the registry keeps it. `subject` is worked out on first read: only pronoun
 * resolution asks, and for few mentions, while every mention of every document would pay.
 */
class Mention implements EntityMention {
  private isSubjectCache: boolean | undefined = undefined;
  constructor(
    private readonly doc: Document,
    public entity: number,
    readonly first: number,
    readonly end: number,
    readonly nameFirst: number,
    readonly nameEnd: number,
    readonly form: MentionForm,
    readonly sentence: number,
  ) {}
  get subject(): boolean {
    if (this.isSubjectCache === undefined) this.isSubjectCache = isSubject(this.doc, this.first, this.end);
    return this.isSubjectCache;
  }
}

/** An entity while the registry is built: the object handed out in the end (no copy), key words replaceable. */
type Draft = Omit<Entity, 'keyWords'> & { keyWords: readonly string[] };

/** The key words of entities that have none (known actors, descriptions): one shared, never-written array. */
const NO_WORDS: readonly string[] = [];
/** Word-class bit of the nouns that head descriptions (role nouns, group and media heads): a bit test per lower-case noun. */
const DESCRIPTION_HEAD = defineWordClass(lexicon().descriptionHeads.values());

/**
 * Builds one document's registry in named steps: {@link RegistryBuilder.scan}
 * reads the body once, registering known actors, name runs (with titles, role
 * prefixes and appositions) and descriptions; {@link RegistryBuilder.linkRoleDescriptions}
 * links singular role descriptions to the one person holding the role;
 * {@link RegistryBuilder.finish} hands the drafts out as the entities.
 */
class RegistryBuilder {
  readonly toks: readonly Token[];
  readonly mentionAt: Int32Array;
  readonly mentions: EntityMention[] = [];
  readonly drafts: Draft[] = [];
  private readonly known: ReturnType<typeof findKnownActors>;
  /** Known-actor mentions come in token order and the scan only moves forward: a cursor, not a map. */
  private kp = 0;
  private readonly byKnown = new Map<string, number>();
  private readonly byOrgKey = new Map<string, number>();
  private readonly byDescription = new Map<string, number>();
  private readonly persons: number[] = [];
  private readonly byLastWord = new Map<string, number[]>();
  private readonly byFirstWord = new Map<string, number[]>();
  /** When each entity was last named (by entity id; 0 = never). */
  private readonly lastSeen: number[] = [];
  private seen = 0;
  private readonly byInitials = new Map<string, number>();
  private readonly genders = new Map<string, Gender | null>();
  private readonly norm: string;
  private readonly classes: Int32Array;
  private readonly facts: Int32Array;
  /** Tag codes (`doc.tags`): the scans ask a token's tag without reading the token. */
  private readonly tags: Uint8Array;
  /** Where the input is the normalised text (most pages), name keys are read from the tokens. */
  private readonly plain: boolean;
  private byInitialsChecked = 0;
  /** Role classes of the name run being registered (registerRun is not re-entered: one buffer per builder). */
  private readonly classBuf: string[] = [];

  constructor(readonly doc: Document) {
    this.toks = doc.tokens;
    this.mentionAt = new Int32Array(doc.tokens.length).fill(-1);
    this.classes = doc.classes;
    this.facts = doc.facts;
    this.tags = doc.tags;
    this.known = findKnownActors(doc);
    this.norm = doc.norm;
    this.plain = doc.text === doc.norm;
  }

  private knownAt(i: number): ReturnType<typeof findKnownActors>[number] | undefined {
    while (this.kp < this.known.length && this.known[this.kp]!.firstToken < i) this.kp++;
    const m = this.known[this.kp];
    return m !== undefined && m.firstToken === i ? m : undefined;
  }

  private newEntity(d: Omit<Draft, 'id' | 'mentions' | 'roleClasses'> & { roleClasses?: Set<string> }): number {
    // The field order of the Entity literal this replaced: one object shape for every entity.
    this.drafts.push({
      id: this.drafts.length,
      name: d.name,
      kind: d.kind,
      role: d.role,
      organisation: d.organisation,
      gender: d.gender,
      plural: d.plural,
      human: d.human,
      roleClasses: d.roleClasses ?? new Set(),
      mentions: [],
      known: d.known,
      keyWords: d.keyWords,
    });
    return this.drafts.length - 1;
  }

  private addMention(
    entity: number,
    first: number,
    end: number,
    nameFirst: number,
    nameEnd: number,
    form: MentionForm,
  ): EntityMention {
    const m = new Mention(this.doc, entity, first, end, nameFirst, nameEnd, form, this.toks[nameFirst]!.sentence);
    for (let k = first; k < end; k++) this.mentionAt[k] = this.mentions.length;
    this.mentions.push(m);
    this.drafts[entity]!.mentions.push(m);
    return m;
  }

  /** The zone of a token: its paragraph's, except where a dateline opens a body paragraph. */
  private inBody(i: number): boolean {
    const t = this.toks[i]!;
    const para = this.doc.paragraphs[t.paragraph]!;
    if (para.zone !== 'body') return false;
    return i - para.firstToken > 12 || this.doc.zoneAt(t.start) === 'body';
  }

  /** Reads the body once, registering known actors, name runs and descriptions. */
  scan(): void {
    for (let i = 0; i < this.toks.length; i++) {
      const tok = this.toks[i]!;
      // Fast path: a token starts a mention only when it opens a this.known actor, starts a name, or is a
      // noun heading a description (a lower-case word is never a name; only nouns head descriptions).
      const km = this.knownAt(i);
      let nameHere = false;
      if (km === undefined) {
        // A word starting with a-z (its fact bit: the token is not read) heads a description or nothing.
        const tag = this.tags[i]!;
        const noun = tag === TAG.NOUN || tag === TAG.PROPN;
        if ((this.facts[i]! & LOWER_START_WORD) !== 0) {
          if ((this.classes[i]! & DESCRIPTION_HEAD) === 0) continue;
          // ("The chief said": a head word the tagger read as an adjective, ending its phrase.)
          if (!noun && !(tag === TAG.ADJ && endsNounPhrase(this.toks[i + 1]))) continue;
        } else {
          nameHere = isNameToken(this.doc, i);
          if (!nameHere && !noun) continue;
        }
      }
      if (this.mentionAt[i] !== -1 || !this.inBody(i)) continue;
      const sentence = this.doc.sentences[tok.sentence]!;
      const limit = sentence.endToken;

      // 1. Known actors from the shared data file — unless a group's name runs on into the head of a
      // body the data does not know ("the Ansaru Brigade", "Hamas Security Council"): then the whole
      // run is the name (read as a name run below), not the known group and a body called "Brigade".
      if (km !== undefined && !this.knownRunsOn(km, limit)) {
        i = this.addKnown(i, km);
        continue;
      }
      if (km !== undefined) nameHere = isNameToken(this.doc, i);

      // 2. Proper-name runs ("TV" alone is the head of a description: "state TV").
      // A capitalised role noun alone ("Residents", "Activists") is a description, not a name.
      const loneRole =
        nameHere &&
        !isNameToken(this.doc, i + 1) &&
        !capitalLinkAt(this.doc, i + 1, limit) &&
        ((this.doc.facts[i]! & MEDIA_HEAD_WORD) !== 0 || roleAtToken(this.doc, i, i + 1) !== null);
      // "Suspected Allied Democratic Forces rebels", "Alleged Boko Haram fighters": a hedge capitalised at a
      // sentence's start opens no name; the name starts after it.
      if (nameHere && HEDGE_MODIFIERS.has(tok.lower) && isNameToken(this.doc, i + 1)) continue;
      let runEnd = nameHere && !loneRole ? nameRunAt(this.doc, i, limit) : null;
      if (runEnd !== null && runEnd - i >= 3) runEnd = this.knownInside(i, runEnd, tok.sentence);
      // "an official in Idlib Leys el-Faris": a word the article uses as a place elsewhere, after a
      // locative preposition, is no part of the name run into it.
      if (
        runEnd !== null &&
        runEnd - i >= 3 &&
        isNameToken(this.doc, i + 1) &&
        isPlaceAfterPreposition(this.toks, i) &&
        // "in Aleppo Police Command": a place opens a body's name, and stays in it.
        (this.doc.facts[runEnd - 1]! & ORGANISATION_HEAD_WORD) === 0 &&
        !isAcronym(this.toks[runEnd - 1]!) &&
        this.placeWords().has(tok.value)
      )
        continue;
      // "Civilians fleeing …", "Talks resumed": one capitalised word opening a sentence that the
      // article also writes in lower case as a noun is that noun, not a name.
      if (runEnd === i + 1 && i === sentence.firstToken && this.lowerNouns().has(this.doc.lowers[i]!)) runEnd = null;
      // "Enthusiasts who flew drones …", "Technology could be part of it": a capitalised word that the
      // model knows as a common noun, opening a sentence, is no name — unless the article writes it
      // capitalised inside a sentence too ("Banks said … Tom Banks").
      else if (runEnd === i + 1 && i === sentence.firstToken && this.commonNounOpener(i)) runEnd = null;
      // A photo credit ("REUTERS/Bassam Khabieh", "AFP/Jane Doe") names no one in the story (ANNOTATION.md §1).
      // "Springfield, Ill.": a state after a city is part of the place (AP style), no one's name.
      if (runEnd === i + 1 && isStateAfterCity(this.toks, i)) continue;
      // "talks resumed in Geneva": one unknown capitalised word after a locative preposition is a
      // place (known actors and longer names were read above and below), not a person.
      if (runEnd === i + 1 && isPlaceAfterPreposition(this.toks, i)) continue;
      // …and the city before it is a place, no person ("Dayton, Ohio").
      if (runEnd !== null && this.toks[runEnd]?.value === ',' && isStateAfterCity(this.toks, runEnd + 1)) {
        i = runEnd - 1;
        continue;
      }
      // "SAN SALVADOR, 12 NOV": a capital of several words is a place, no one's name (as a person it
      // took the state's name for a variant of its own: "San Salvador" … "El Salvador")
      if (runEnd !== null && runEnd > i + 1 && this.isCapital(i, runEnd)) {
        i = runEnd - 1;
        continue;
      }
      // ("AP Photo/…": the agency of a photo credit is no speaker either.)
      if (
        runEnd !== null &&
        (isPhotoCredit(this.toks, i) || isPhotoCredit(this.toks, runEnd + 1) || isCreditAgency(this.toks, i, runEnd))
      ) {
        i = runEnd - 1;
        continue;
      }
      // "Beirut Doctors Without Borders (MSF) accused …": a dateline's place glued to a known actor's
      // name (the run as a whole known to no one) is no part of the name.
      if (
        runEnd !== null &&
        runEnd - i >= 3 &&
        isPlaceWord(this.doc, i) &&
        lookupActor(textOf(this.doc, i + 1, runEnd)) !== null &&
        lookupActor(textOf(this.doc, i, runEnd)) === null
      )
        continue;
      if (runEnd !== null) {
        const start = runStart(this.doc, i);
        i = this.registerRun(start, runEnd, limit, sentence.firstToken) - 1;
        continue;
      }

      // 3. Descriptions: role nouns, group and media heads.
      i = this.addDescription(i, sentence);
    }
  }

  /** Whether tokens `[i, end)` are a state's capital as the actors lexicon writes it (`San Salvador`). */
  private isCapital(i: number, end: number): boolean {
    const hit = placeGovernmentAt(this.doc, i);
    const capital = hit?.actor.capital;
    if (hit === null || hit.endToken !== end || capital === undefined) return false;
    return this.doc.norm.slice(this.toks[i]!.start, this.toks[end - 1]!.end).toLowerCase() === capital.toLowerCase();
  }

  /**
   * The capitalised words the document writes alone after a locative preposition (`in Idlib
   * and …`, `near east Tarsun.`) or before a place noun (`Idlib province`): its places.
   * Built on first use, from the prepositions' positions.
   */
  private placeWordSet: Set<string> | null = null;
  private placeWords(): Set<string> {
    if (this.placeWordSet === null) {
      const set = new Set<string>();
      const toks = this.toks;
      for (let k = 1; k < toks.length; k++) {
        // (A–Z first, as the word's fact bit: only capitalised words' tokens are read)
        if ((this.facts[k]! & UPPER_START_WORD) === 0) continue;
        const t = toks[k]!;
        if (isNameToken(this.doc, k + 1) || toks[k + 1]?.value === '-') continue;
        if (!isNameToken(this.doc, k) || isNameToken(this.doc, k - 1)) continue;
        if (isPlaceAfterPreposition(toks, k) || PLACE_NOUNS.has(toks[k + 1]?.lower ?? '')) set.add(t.value);
      }
      this.placeWordSet = set;
    }
    return this.placeWordSet;
  }

  /**
   * Whether the capitalised word at `i`, opening a sentence, is a common noun of the model that the
   * article never writes capitalised inside a sentence: a plural (`Enthusiasts`), or a singular that
   * is no given name and whose verb is no speech verb (`Technology could …`; not `Cook said`).
   */
  private commonNounOpener(i: number): boolean {
    const t = this.toks[i]!;
    const v = t.lower;
    // "BEIRUT", "Russia": capitals and the names of states and their places stay names.
    if (v.length < 4 || isUpperCase(t.value) || placeGovernmentAt(this.doc, i) !== null || isPlaceWord(this.doc, i))
      return false;
    const plural = v.charCodeAt(v.length - 1) === 115 && !v.endsWith('ss');
    if (!plural && (givenNameGenderAt(this.doc, i) !== null || this.speechVerbAfter(i + 1))) return false;
    // (The set lookup first: the model's noun number reads a document for a word not met before.)
    if (this.innerCapitals().has(t.value)) return false;
    const n = modelNounNumber(v);
    return n !== null && (n === 'singular') !== plural;
  }

  /** Whether a speech verb follows at `k`, after auxiliaries and adverbs ("said", "has told"). */
  private speechVerbAfter(k: number): boolean {
    const toks = this.toks;
    for (let j = k; j < toks.length && j < k + 4; j++) {
      const t = toks[j]!;
      if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
      return SPEECH_LEMMAS.has(t.lower);
    }
    return false;
  }

  /** The capitalised words the document writes inside a sentence (built on first use: one pass over the tokens). */
  private innerCapitalSet: Set<string> | null = null;
  private innerCapitals(): Set<string> {
    if (this.innerCapitalSet === null) {
      const set = new Set<string>();
      const toks = this.toks;
      for (let k = 1; k < toks.length; k++) {
        // (A–Z first, as the word's fact bit: only capitalised words' tokens are read)
        if ((this.facts[k]! & UPPER_START_WORD) === 0) continue;
        const t = toks[k]!;
        if (t.sentence !== toks[k - 1]!.sentence || isMark(toks[k - 1])) continue;
        set.add(t.value);
      }
      this.innerCapitalSet = set;
    }
    return this.innerCapitalSet;
  }

  /**
   * The nouns the document writes in lower case, as lower-case ids (`doc.lowers`; built on first
   * use: one pass over three typed arrays, no token or string read).
   */
  private lowerNounSet: Set<number> | null = null;
  private lowerNouns(): Set<number> {
    if (this.lowerNounSet === null) {
      const set = new Set<number>();
      const tags = this.tags;
      const facts = this.facts;
      const lowers = this.doc.lowers;
      for (let k = 0; k < tags.length; k++) {
        if (tags[k] === TAG.NOUN && (facts[k]! & LOWER_START_WORD) !== 0) set.add(lowers[k]!);
      }
      this.lowerNounSet = set;
    }
    return this.lowerNounSet;
  }

  /**
   * Where the name run [i, end) really ends when a known actor starts inside it with the
   * comma lost: a place after a locative preposition (`in Homs Amnesty International`) or a
   * person's name (`Ann Lund Human Rights Watch`) run into the actor's name; `end` otherwise.
   */
  private knownInside(i: number, end: number, sentence: number): number {
    const toks = this.toks;
    for (const m of registryActorsIn(this.doc, sentence)) {
      const k = m.firstToken;
      // "Speaking to Anadolu Agency Najib Ansari said": a known body's name and two more capitalised
      // words (no body's head) after it: the body ends where its name does, a person's name follows.
      if (
        k === i &&
        m.endToken === end - 2 &&
        (m.actor.kind === 'media' || m.actor.kind === 'organisation') &&
        isNameToken(this.doc, end - 1) &&
        (this.doc.facts[end - 1]! & ORGANISATION_HEAD_WORD) === 0 &&
        (this.doc.facts[end - 2]! & ORGANISATION_HEAD_WORD) === 0 &&
        !isAcronym(toks[end - 2]!) &&
        !isPlaceWord(this.doc, end - 2)
      )
        return m.endToken;
      // ("the Syrian Observatory for Human Rights Rami Abdel Rahman", "… Rami Abdel-Rahman": up to four
      // tokens, a known given name first.)
      if (
        k === i &&
        end - m.endToken >= 2 &&
        end - m.endToken <= 4 &&
        (m.actor.kind === 'media' || m.actor.kind === 'organisation') &&
        givenNameGenderAt(this.doc, m.endToken) !== null &&
        (this.doc.facts[end - 1]! & ORGANISATION_HEAD_WORD) === 0 &&
        !isPlaceWord(this.doc, end - 1)
      )
        return m.endToken;
      if (k <= i || k >= end) continue;
      if (!isNameToken(this.doc, k - 1)) return end;
      // ("in Homs Amnesty International", "the village of Tokhar Amnesty International")
      const place =
        k === i + 1 &&
        (LOCATIVE_PREPOSITIONS.has(toks[i - 1]?.lower ?? '') ||
          (toks[i - 1]?.lower === 'of' && PLACE_NOUNS.has(toks[i - 2]?.lower ?? '')));
      const person = k - i >= 2 && givenNameGenderAt(this.doc, i) !== null;
      return place || person ? k : end;
    }
    return end;
  }

  /**
   * Whether the known group at `km` is the first part of a longer name: capitalised name words
   * right after it, up to an organisation head (`Brigade`, `Front`, `Council`), in the sentence,
   * the whole run known to no one, nor its tail. A state's or people's word (`Turkish Armed Forces`) is not read
   * so: it names the state's own forces.
   */
  private knownRunsOn(km: NonNullable<ReturnType<RegistryBuilder['knownAt']>>, limit: number): boolean {
    if (km.actor.kind !== 'group') return false;
    let k = km.endToken;
    while (k < limit && k < km.endToken + 3 && isNameToken(this.doc, k)) {
      if ((this.doc.facts[k]! & ORGANISATION_HEAD_WORD) !== 0) {
        // (Not two bodies side by side: "Hezbollah Syrian Army" in a title-case headline.)
        for (let t = km.endToken; t <= k; t++) if (lookupActor(textOf(this.doc, t, k + 1)) !== null) return false;
        return lookupActor(textOf(this.doc, km.firstToken, k + 1)) === null;
      }
      k++;
    }
    return false;
  }

  /** A known actor from the shared data file at token `i`; returns the last token it covers. */
  private addKnown(i: number, km: NonNullable<ReturnType<RegistryBuilder['knownAt']>>): number {
    const key = km.actor.name;
    let id = this.byKnown.get(key);
    if (id === undefined) {
      id = this.newEntity({
        name: km.actor.name,
        kind: km.actor.kind,
        role: null,
        organisation: null,
        gender: null,
        plural: false,
        human: km.actor.kind === 'person',
        known: km.actor,
        keyWords: NO_WORDS,
      });
      this.byKnown.set(key, id);
    }
    this.addMention(id, i, km.endToken, i, km.endToken, 'name');
    return km.endToken - 1;
  }

  /** A description headed at `i` (role nouns, group and media heads); returns the last token read. */
  private addDescription(i: number, sentence: Sentence): number {
    const limit = sentence.endToken;
    const t = this.toks[i]!;
    // ("The chief said": a role word the tagger read as an adjective heads the phrase it ends.)
    const nounLike = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && endsNounPhrase(this.toks[i + 1]));
    const role = nounLike ? roleAtToken(this.doc, i, limit) : null;
    const head =
      role !== null ||
      ((t.pos === 'NOUN' || t.pos === 'PROPN') && (this.doc.facts[i]! & (GROUP_HEAD_WORD | MEDIA_HEAD_WORD)) !== 0);
    if (head) {
      const headEnd = role?.end ?? i + 1;
      // A role word directly before a name belongs to that name's mention.
      if (headEnd < limit && isNameToken(this.doc, headEnd)) return i;
      // Not the head yet ("police chief": a role word the tagger read as an adjective goes on the phrase).
      if (
        headEnd < limit &&
        isModifier(this.toks[headEnd]!) &&
        (this.toks[headEnd]!.pos === 'NOUN' ||
          (this.toks[headEnd]!.pos === 'ADJ' &&
            endsNounPhrase(this.toks[headEnd + 1]) &&
            roleAtToken(this.doc, headEnd, limit) !== null))
      )
        return i;
      let l = i;
      let led = false;
      for (;;) {
        while (
          l - 1 >= sentence.firstToken &&
          this.mentionAt[l - 1] === -1 &&
          isModifier(this.toks[l - 1]!) &&
          l > i - 5 &&
          // "sarin gas Turkeys health ministry": an owner whose apostrophe was lost opens the description.
          !(l < i && isStrippedPossessor(this.doc, l))
        )
          l--;
        // "well-placed", "so-called", "high-ranking", "senior-most": a compound of an adverb or adjective
        // and a participle or adverb before the head modifies it ("state-run", "Britain-based" are read
        // below: a noun or name before the hyphen may be the body that speaks).
        if (l - 3 >= sentence.firstToken && this.mentionAt[l - 3] === -1 && isGluedHyphen(this.toks, l - 2)) {
          const w = this.toks[l - 1]!;
          const f = this.toks[l - 3]!.pos;
          if ((w.pos === 'VERB' || w.pos === 'ADV') && (f === 'ADV' || f === 'ADJ')) {
            l -= 3;
            continue;
          }
          // "the U.S.-led coalition", "Saudi-backed forces": a name and a participle glued by a hyphen
          // lead the body (the description the speaker's phrase reads; "it" then finds the same one).
          if (
            w.pos === 'VERB' &&
            w.lower.endsWith('ed') &&
            this.mentionAt[l - 1] === -1 &&
            isNameToken(this.doc, l - 3)
          ) {
            l -= 3;
            led = true;
            continue;
          }
        }
        break;
      }
      while (
        l - 1 >= sentence.firstToken &&
        this.toks[l - 1]!.value === '-' &&
        !this.toks[l - 1]!.spaceBefore &&
        l - 2 >= sentence.firstToken
      )
        l -= 2; // "state-affiliated"
      // "the U.S.-led coalition": a compound that names a known actor is that actor.
      const known = led ? lookupActor(textOf(this.doc, l, headEnd)) : null;
      if (known !== null) {
        const [start, end] = [this.toks[l]!.start, this.toks[headEnd - 1]!.end];
        return this.addKnown(l, { actor: known, firstToken: l, endToken: headEnd, start, end });
      }
      // One token: its lower case is the key (no new string to build and hash).
      const key =
        headEnd - l === 1
          ? this.toks[l]!.lower
          : this.doc.norm.slice(this.toks[l]!.start, this.toks[headEnd - 1]!.end).toLowerCase();
      let id = this.byDescription.get(key);
      const text = id === undefined ? textOf(this.doc, l, headEnd) : '';
      const plural =
        role?.plural ??
        (/s$/.test(t.lower) &&
          !/ss$/.test(t.lower) &&
          ((this.doc.facts[i]! & GROUP_HEAD_WORD) === 0 || isPluralBody(t.lower)));
      if (id === undefined) {
        id = this.newEntity({
          name: text,
          kind: (this.doc.facts[i]! & MEDIA_HEAD_WORD) !== 0 ? 'media' : 'description',
          role: null,
          organisation: null,
          gender: role?.gender ?? null,
          plural,
          human: role !== null,
          known: null,
          keyWords: NO_WORDS,
          roleClasses: plural ? new Set() : roleClassesOf(this.doc, l, headEnd),
        });
        this.byDescription.set(key, id);
      }
      let first = l;
      if (first - 1 >= sentence.firstToken && DETERMINERS.has(this.toks[first - 1]!.lower)) first--;
      this.addMention(id, first, headEnd, l, headEnd, 'description');
      return headEnd - 1;
    }
    return i;
  }

  /** Registers the name run [start, end) with its titles, role prefix and appositions; returns where to go on. */
  registerRun(start: number, end: number, limit: number, floor: number): number {
    // "Mon Jun 20 2016", "Thu 6 April": a dateline's abbreviated weekday and month are a date, no name.
    const date = timeEntities(this.doc).startingAt.get(start);
    if (date !== undefined && date.endToken >= end) return end;
    // A capitalised modifier of a following noun ("Syrian state media", "UN mediator") is not a mention by itself.
    const next = this.toks[end];
    // "Saudi-backed", "Britain-based": a name glued to a lower-case word is a modifier.
    if (
      next !== undefined &&
      next.value === '-' &&
      !next.spaceBefore &&
      this.toks[end + 1] !== undefined &&
      !this.toks[end + 1]!.spaceBefore
    ) {
      const after = this.toks[end + 1]!;
      if (after.value === after.lower) return end + 2;
    }
    // "the Syrian Observatory for Human Rights monitor said": a known body's name before a generic
    // body noun (the tagger may call it a verb) is that body, named; the noun repeats what it is.
    if (next !== undefined && end < limit && next.lower === next.value && GENERIC_BODY_HEADS.has(next.lower)) {
      const text = textOf(this.doc, start, end);
      const known = lookupActor(text);
      if (known !== null && (known.kind === 'organisation' || known.kind === 'media'))
        return this.registerBody(start, start, end, text, known.kind);
    }
    if (next !== undefined && end < limit) {
      const nextRole = roleAtToken(this.doc, end, limit) !== null;
      // ("Nadim Houry deputy director of …": lower-case modifiers before the role.)
      const roleStart = nextRole ? end : this.modifiedRoleAt(end, limit);
      if (
        (next.pos === 'NOUN' || nextRole) &&
        !isPossessive(next, this.toks[end - 1]) &&
        !(roleStart !== -1 && this.personBeforeRole(start, end, roleStart, limit))
      ) {
        // "Bashar al Assads forces": a person's name that lost its possessive apostrophe owns the noun;
        // the person is still mentioned (as "Bashar al Assad", so that "Assad" finds him later).
        if (next.lower === next.value && !nextRole) this.strippedPossessor(start, end);
        if (next.lower === next.value || nextRole) return end;
      }
      // "the Turkish military said": a lower-case word the tagger calls an adjective, right before the
      // verb, is the phrase's head noun; the name before it modifies it.
      const verb = this.toks[end + 1];
      if (
        next.pos === 'ADJ' &&
        next.lower === next.value &&
        end + 1 < limit &&
        verb !== undefined &&
        (verb.pos === 'VERB' || verb.pos === 'AUX')
      )
        return end;
    }
    // "envoy for Syria Staffan de Mistura": a place run into the name after a role's preposition.
    if (
      end - start >= 3 &&
      (this.doc.facts[start]! & GOVERNMENT_WORD) !== 0 &&
      this.toks[start - 1]?.pos === 'ADP' &&
      (givenNameGenderAt(this.doc, start + 1) !== null || titleAtToken(this.doc, start + 1, end) !== null)
    )
      start++;
    // "… and in Deir al-Zor Moumtzis said": a run glued to the content before a speech verb, ending in
    // the surname of a person named in full before, is that person; the words before it end the content.
    if (end - start >= 2) start = this.earlierSurname(start, end);
    // Titles inside the run: the name is what follows the last title.
    let nameStart = start;
    let gender: Gender | null = null;
    // "Syrian Revolution General Commission": a run ending in a body's head holds no title.
    const body = (this.doc.facts[end - 1]! & ORGANISATION_HEAD_WORD) !== 0;
    for (let k = start; k < end && !body; k++) {
      const m = titleAtToken(this.doc, k, end);
      if (m !== null && m.end < end && isNameToken(this.doc, m.end)) {
        nameStart = m.end;
        if (m.gender !== null) gender = m.gender;
        k = m.end - 1;
      }
    }
    const name = textOf(this.doc, nameStart, end);
    let kind = classify(this.doc, nameStart, end, name);
    if (kind === null) return end;
    // "regional director for Europe", "envoy to the Middle East": what a role is for is a place or body, no person.
    if (kind === 'person' && nameStart === start && this.afterRolePreposition(start)) kind = 'organisation';
    if (kind !== 'person') return this.registerBody(start, nameStart, end, name, kind);
    // "the northern town of Djibo", "the capital Ouagadougou", "Djibo district": one word a place noun
    // governs is a place, no person (places are no entities).
    if (end - start === 1 && this.placeNounGoverns(start)) return end;
    const {
      roleParts,
      organisation,
      first,
      gender: roleGender,
    } = this.personRoles(start, nameStart, end, limit, floor);
    if (gender === null) gender = roleGender;
    const words = this.wordsOf(nameStart, end, name);
    if (words.length === 0) return end;
    if (words.length >= 2 && gender === null) gender = this.givenNameGender(words[0]!);
    // "Musafa Abu Mohammad": a given name the list does not know, then a kunya particle that has a gender.
    if (gender === null && end - nameStart >= 3 && isParticle(this.toks[nameStart + 1]!.lower))
      gender = this.givenNameGender(this.toks[nameStart + 1]!.lower);
    const id = this.personFor(words, name, gender);
    const d = this.drafts[id]!;
    if (d.role === null && roleParts.length > 0) {
      const texts = roleParts.map(([a, b]) => textOf(this.doc, a, b));
      const role = texts.length === 1 ? texts[0]! : texts.filter((r) => r !== '').join('; ');
      if (role !== '') d.role = role;
    }
    if (organisation !== null && d.organisation === null) d.organisation = organisation;
    for (const c of this.classBuf) d.roleClasses.add(c);
    if (gender !== null && d.gender === null) d.gender = gender;
    this.addMention(id, first, end, nameStart, end, 'name');
    return end;
  }

  /**
   * Where the name of the run [start, end) starts when the run follows a preposition or conjunction,
   * stands before a speech verb, and ends in the surname of a person named earlier with a given name
   * and a role or gender: at the surname (with the words of that name before it); `start` otherwise,
   * and when the run opens with a given name (`Hafez al-Assad` is no `Assad` named before).
   */
  private earlierSurname(start: number, end: number): number {
    const toks = this.toks;
    const before = toks[start - 1];
    if (before === undefined || (before.pos !== 'ADP' && before.pos !== 'CCONJ') || !this.speechVerbAfter(end))
      return start;
    const last = toks[end - 1]!.lower;
    const ids = this.byLastWord.get(last);
    if (ids === undefined || this.givenNameGender(toks[start]!.lower) !== null) return start;
    for (const id of ids) {
      const d = this.drafts[id]!;
      const k = d.keyWords;
      if (k.length < 2 || k[k.length - 1] !== last || (d.role === null && d.gender === null)) continue;
      let j = end - 1;
      while (j - 1 > start && k.includes(toks[j - 1]!.lower)) j--;
      if (j > start && !k.includes(toks[start]!.lower)) return j;
    }
    return start;
  }

  /** Whether the one-word name at `i` is governed by a place noun: `the town of X`, `the capital X`, `X province`. */
  private placeNounGoverns(i: number): boolean {
    const toks = this.toks;
    const before = toks[i - 1]?.lower ?? '';
    if (before === 'of' && PLACE_NOUNS.has(toks[i - 2]?.lower ?? '')) return true;
    // Only `capital` before the name: "the city Jandalai said" is a city and a speaker whose comma was lost.
    return (before === 'capital' && toks[i - 2]?.lower === 'the') || PLACE_NOUNS.has(toks[i + 1]?.lower ?? '');
  }

  /**
   * "Omar Haddad head of the council said": a person's name (two words or more, opening with
   * a known given name) before a lower-case role word with its preposition is the person, the
   * comma before the role lost, not a modifier of the role ("UN envoy").
   */
  private personBeforeRole(start: number, end: number, roleStart: number, limit: number): boolean {
    const next = this.toks[end]!;
    if (end - start < 2) return false;
    // "Maria Lopez Executive Director of …": a capitalised title after a given name and surname (the
    // name run already ended before it) is the person's role, the comma lost.
    if (next.value !== next.lower) return givenNameGenderAt(this.doc, start) !== null;
    const role = roleAtToken(this.doc, roleStart, limit);
    // "Dr Hamza Khatib director of …", "Major General Igor Konashenkov spokesman for …": a title before
    // the capitalised words makes them a person's name, and the lower-case role after it that person's
    // (a role of one person: "Dr Ali Omar colleagues said" is no apposition).
    const title = titleAtToken(this.doc, start, end);
    if (title !== null && title.end < end && isNameToken(this.doc, title.end)) return role !== null && !role.plural;
    if (givenNameGenderAt(this.doc, start) === null && !this.bareTwoWordName(start, end)) return false;
    if (role === null) return false;
    // ("deputy director of", "deputy emergencies director at": role words in a row, a lower-case
    // modifier between them, then the preposition.)
    let e = role.end;
    for (let n = 0; n < 3 && e < limit; n++) {
      const at = roleAtToken(this.doc, e, limit) !== null ? e : this.modifiedRoleAt(e, limit);
      if (at === -1) break;
      e = roleAtToken(this.doc, at, limit)!.end;
    }
    const after = this.toks[e];
    return after !== undefined && ROLE_PREPOSITIONS.has(after.lower);
  }

  /**
   * Where a role word starts after one or two lower-case modifiers at `k` (`deputy director`, `senior
   * emergencies researcher`), or -1.
   */
  private modifiedRoleAt(k: number, limit: number): number {
    for (let j = k; j < k + 2 && j + 1 < limit; j++) {
      const t = this.toks[j]!;
      if (t.value !== t.lower || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return -1;
      if (roleAtToken(this.doc, j + 1, limit) !== null) return j + 1;
    }
    return -1;
  }

  /**
   * "Zoltar Bakri head of the council said": two capitalised words opening the sentence (or
   * after a comma), neither a place, a country, a known actor nor a body's head, read as a
   * person's name whose given name the name list does not know, when a role and its
   * preposition follow.
   */
  private bareTwoWordName(start: number, end: number): boolean {
    if (end - start !== 2) return false;
    const before = this.toks[start - 1];
    if (before !== undefined && before.sentence === this.toks[start]!.sentence && before.value !== ',') return false;
    for (let k = start; k < end; k++) {
      const t = this.toks[k]!;
      if (
        t.pos !== 'PROPN' ||
        isAcronym(t) ||
        (this.doc.facts[k]! & ORGANISATION_HEAD_WORD) !== 0 ||
        isPlaceWord(this.doc, k)
      )
        return false;
    }
    if (placeGovernmentAt(this.doc, start) !== null) return false;
    return lookupActor(`${this.toks[start]!.value} ${this.toks[start + 1]!.value}`) === null;
  }

  /** Whether the name at `start` is the object of `for`/`to` after a role noun (`director for [the] …`). */
  private afterRolePreposition(start: number): boolean {
    let k = start - 1;
    if (this.toks[k]?.lower === 'the') k--;
    const prep = this.toks[k];
    if (prep === undefined || (prep.lower !== 'for' && prep.lower !== 'to')) return false;
    return k - 1 >= 0 && this.toks[k - 1]!.sentence === prep.sentence && roleAtToken(this.doc, k - 1, k) !== null;
  }

  /** Registers an organisation, government, group or medium named by [nameStart, end) (an acronym after it is an alias). */
  private registerBody(start: number, nameStart: number, end: number, name: string, kind: ActorKind): number {
    const orgWords = this.wordsOf(nameStart, end, name);
    const key = orgWords.length === 1 ? orgWords[0]! : orgWords.join(' ');
    // "according to the Syrian Observatory": a known body's shorter name takes its full one (ANNOTATION.md
    // §1: the fullest form), one entity with the full name written elsewhere in the document.
    const known = lookupActor(name);
    const full =
      known !== null && (known.kind === 'organisation' || known.kind === 'media')
        ? fullerKnownName(orgWords, known.name)
        : null;
    const fullKey = full === null ? null : coreWords(full).join(' ');
    let id =
      this.byOrgKey.get(key) ?? (fullKey === null ? undefined : this.byOrgKey.get(fullKey)) ?? this.acronymOwner(name);
    if (id === undefined) {
      id = this.newEntity({
        name: full ?? name,
        kind,
        role: null,
        organisation: null,
        gender: null,
        plural: false,
        human: false,
        known: null,
        keyWords: full === null ? orgWords : coreWords(full),
      });
    }
    this.byOrgKey.set(key, id);
    if (fullKey !== null && !this.byOrgKey.has(fullKey)) this.byOrgKey.set(fullKey, id);
    // "High Negotiations Committee (HNC)" / "… [HNC]" / "… or HNC" / "…, HNC,": the acronym is an alias.
    const a = this.toks[end];
    const b = this.toks[end + 1];
    const opens =
      a !== undefined &&
      (a.value === '(' ||
        a.value === '[' ||
        a.lower === 'or' ||
        // (not a list: "the Red Crescent, UNHCR, and UNICEF")
        (a.value === ',' && this.toks[end + 2]?.value === ',' && this.toks[end + 3]?.pos !== 'CCONJ'));
    if (opens && b !== undefined && isAcronym(b)) {
      this.byOrgKey.set(b.value.toLowerCase(), id);
    }
    this.addMention(id, start, end, nameStart, end, 'name');
    return end;
  }

  /**
   * A person's role words before the name run and its appositions around it
   * (`The governor of Homs province, Talal Barzani,`; `Khawla Mattar, spokeswoman
   * for …,`): the role texts as token ranges, the organisation, the gender they
   * give, and where the mention starts. Role classes go to the builder's buffer.
   */
  private personRoles(
    start: number,
    nameStart: number,
    end: number,
    limit: number,
    floor: number,
  ): { roleParts: [number, number][]; organisation: string | null; first: number; gender: Gender | null } {
    const toks = this.toks;
    const doc = this.doc;
    let gender: Gender | null = null;
    // Role texts as token ranges, written out only if the entity has no role yet.
    const roleParts: [number, number][] = [];
    const classes = this.classBuf;
    // (Truncating costs a runtime call even when the buffer is already empty, as it mostly is.)
    if (classes.length !== 0) classes.length = 0;
    let organisation: string | null = null;
    let first = start;
    const prefix = rolePrefix(this.doc, start, floor);
    if (prefix !== null || nameStart > start) {
      const roleStart = prefix?.roleStart ?? start;
      roleParts.push([roleStart, nameStart]);
      pushRoleClasses(this.doc, roleStart, nameStart, classes);
      organisation = organisationIn(this.doc, roleStart, nameStart);
      if (prefix?.possessor) organisation ??= textOf(this.doc, prefix.possessor[0], prefix.possessor[1]);
      for (let k = roleStart; k < nameStart; k++) {
        const r = roleAtToken(this.doc, k, nameStart);
        if (r?.gender) gender ??= r.gender;
        const tt = titleAtToken(this.doc, k, nameStart);
        if (tt?.gender) gender ??= tt.gender;
      }
      first = prefix?.start ?? start;
    }
    // Left apposition: "The governor of Homs province, Talal Barzani,".
    if (this.toks[first - 1]?.value === ',' && first - 1 > floor) {
      let l = first - 2;
      while (l > floor && this.toks[l - 1]!.value !== ',' && this.toks[l - 1]!.pos !== 'PUNCT') l--;
      if (l >= floor && appositionEnd(this.doc, l, first - 1) === first - 1) {
        const s = DETERMINERS.has(this.toks[l]!.lower) ? l + 1 : l;
        roleParts.unshift([s, trimmedEnd(this.doc, s, first - 1)]);
        pushRoleClasses(this.doc, s, first - 1, classes);
        organisation ??= organisationIn(this.doc, s, first - 1);
        for (let k = s; k < first - 1; k++) gender ??= roleAtToken(this.doc, k, first - 1)?.gender ?? null;
      }
    }
    // Right apposition: "Khawla Mattar, spokeswoman for …,".
    if (this.toks[end]?.value === ',' && end + 1 < limit) {
      const e = appositionEnd(this.doc, end + 1, limit);
      if (e > end + 1) {
        const s = DETERMINERS.has(this.toks[end + 1]!.lower) ? end + 2 : end + 1;
        roleParts.push([s, trimmedEnd(this.doc, s, e)]);
        pushRoleClasses(this.doc, s, e, classes);
        organisation ??= organisationIn(this.doc, s, e);
        for (let k = s; k < e && k < s + 3; k++) gender ??= roleAtToken(this.doc, k, e)?.gender ?? null;
      }
    }
    return { roleParts, organisation, first, gender };
  }

  /** firstNameGender, remembered per document: names recur, and the given-name table is large (a cold probe). */
  givenNameGender(word: string): Gender | null {
    let g = this.genders.get(word);
    if (g === undefined) {
      g = firstNameGender(word);
      this.genders.set(word, g);
    }
    return g;
  }

  /** The core words of the name written by tokens [a, b) (`name` is their text). */
  wordsOf(a: number, b: number, name: string): string[] {
    return (this.plain ? coreWordsOfTokens(this.doc, a, b) : null) ?? coreWords(name);
  }

  /** The organisation whose capitalised initials spell an acronym (HNC → Higher Negotiations Committee). */
  acronymOwner(name: string): number | undefined {
    if (name.length < 2 || name.length > 6) return undefined;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      if (c < 65 || c > 90) return undefined;
    }
    for (let id = this.byInitialsChecked; id < this.drafts.length; id++) {
      const d = this.drafts[id]!;
      if (d.kind === 'person' || d.kind === 'description') continue;
      const initials = initialsOf(d.name);
      if (initials.length >= 2 && !this.byInitials.has(initials)) this.byInitials.set(initials, id);
    }
    this.byInitialsChecked = this.drafts.length;
    return this.byInitials.get(name);
  }

  /**
   * Registers the name run [start, end) as a person when it opens with a known given name and its
   * last word lost a possessive apostrophe (`Bashar al Assads`): the name without the "s".
   */
  strippedPossessor(start: number, end: number): void {
    const last = this.toks[end - 1]!.value;
    if (end - start < 2 || !/^[A-Z][a-z-]*[a-rt-z]s$/.test(last) || last.length < 4) return;
    const gender = this.givenNameGender(this.toks[start]!.lower);
    if (gender === null) return;
    const name = textOf(this.doc, start, end).slice(0, -1);
    const words = coreWords(name);
    if (words.length < 2) return;
    const id = this.personFor(words, name);
    const d = this.drafts[id]!;
    if (d.gender === null) d.gender = gender;
    this.addMention(id, start, end, start, end, 'name');
  }

  /**
   * The person entity for a name's core words: a this.known person whose name ends with (or is ended
   * by) them, of the mention's gender when both are known (`Mrs. Obama` is not `Barack Obama`).
   */
  personFor(words: string[], name: string, gender: Gender | null = null): number {
    // Candidates share the last word (or, for a lone word, the first); the most recently this.seen wins.
    const byLast = this.byLastWord.get(words[words.length - 1]!);
    let best = bestPerson(byLast, words, this.drafts, this.lastSeen, -1, gender);
    if (words.length === 1)
      best = bestPerson(this.byFirstWord.get(words[0]!), words, this.drafts, this.lastSeen, best, gender);
    if (best === -1) {
      const id = this.newEntity({
        name,
        kind: 'person',
        role: null,
        organisation: null,
        gender: null,
        plural: false,
        human: true,
        known: null,
        keyWords: words,
      });
      this.persons.push(id);
      this.index(id, words);
      this.lastSeen[id] = ++this.seen;
      return id;
    }
    const d = this.drafts[best]!;
    if (words.length > d.keyWords.length || (words.length === d.keyWords.length && name.length > d.name.length)) {
      d.name = name;
      d.keyWords = words;
      this.index(best, words);
    }
    this.lastSeen[best] = ++this.seen;
    return best;
  }

  index(id: number, words: string[]): void {
    const last = words[words.length - 1]!;
    const l = this.byLastWord.get(last) ?? [];
    if (!l.includes(id)) l.push(id);
    this.byLastWord.set(last, l);
    const f = this.byFirstWord.get(words[0]!) ?? [];
    if (!f.includes(id)) f.push(id);
    this.byFirstWord.set(words[0]!, f);
  }

  /**
   * Role classes a clause gives a named person (`X is the group's spokesman`, `named X as its new
   * spokesman`): the role noun after a form of BE or after an appointing verb's `as`.
   */
  predicateRoles(): void {
    const toks = this.toks;
    for (const m of this.mentions) {
      if (m.form !== 'name') continue;
      const d = this.drafts[m.entity]!;
      if (d.kind !== 'person') continue;
      const next = toks[m.end];
      if (next === undefined) continue;
      let k = -1;
      if (next.pos === 'AUX' && BE_FORMS.has(next.lower)) k = m.end + 1;
      else if (next.lower === 'as' && APPOINTING_VERBS.has(toks[m.first - 1]?.lower ?? '')) k = m.end + 1;
      if (k === -1) continue;
      const limit = this.doc.sentences[next.sentence]!.endToken;
      const stop = Math.min(limit, k + PREDICATE_ROLE_REACH);
      // The determiner or a body's possessive ("its", "the group's") and modifiers before the role noun.
      let j = k;
      while (j < stop && roleAtToken(this.doc, j, limit) === null) {
        const t = toks[j]!;
        if (!(
          t.pos === 'DET' ||
          t.pos === 'ADJ' ||
          t.pos === 'PRON' ||
          isPossessive(t, toks[j - 1]) ||
          t.pos === 'NOUN'
        ))
          break;
        j++;
      }
      const r = j < stop ? roleAtToken(this.doc, j, limit) : null;
      if (r === null || r.plural || r.roleClass === null) continue;
      d.roleClasses.add(r.roleClass);
    }
  }

  /** Links singular role descriptions to the one person holding that role class. */
  linkRoleDescriptions(): void {
    const holders = new Map<string, Set<number>>();
    for (const id of this.persons) {
      for (const c of this.drafts[id]!.roleClasses) {
        const s = holders.get(c) ?? new Set<number>();
        s.add(id);
        holders.set(c, s);
      }
    }
    for (const m of this.mentions) {
      if (m.form !== 'description') continue;
      const d = this.drafts[m.entity]!;
      if (d.plural || d.roleClasses.size === 0) continue;
      const who = new Set<number>();
      for (const c of d.roleClasses) for (const id of holders.get(c) ?? []) who.add(id);
      const count = who.size;
      const only = count === 1 ? [...who][0]! : -1;
      // "Army spokesman Omar Haddad … A spokesman for the navy said": a description tied to another body
      // than the holder's is someone else.
      if (count === 1 && this.otherBody(m.nameEnd, only)) continue;
      if (count === 1) {
        m.entity = only;
        this.drafts[only]!.mentions.push(m);
        d.mentions.splice(d.mentions.indexOf(m), 1);
      }
    }
  }

  /**
   * Whether the words after a description's head name the body it serves (`spokesman for the navy`,
   * `official at the ministry`) and that body's first word is in neither the role nor the
   * organisation of the person `id`.
   */
  otherBody(e: number, id: number): boolean {
    const toks = this.toks;
    if (!ROLE_PREPOSITIONS.has(toks[e]?.lower ?? '')) return false;
    let k = e + 1;
    if (DETERMINERS.has(toks[k]?.lower ?? '')) k++;
    const w = toks[k];
    if (w === undefined || !(w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ')) return false;
    const p = this.drafts[id]!;
    const text = `${p.role ?? ''} ${p.organisation ?? ''}`.toLowerCase();
    return !text.includes(w.lower);
  }

  /** The drafts are the entities: no second object per entity. */
  finish(): EntityRegistry {
    for (const d of this.drafts) if (!inOrder(d.mentions)) d.mentions.sort((a, b) => a.first - b.first);
    return { entities: this.drafts, mentions: this.mentions, mentionAt: this.mentionAt };
  }
}

/** Verbs that give the person after them a role with `as` (data: phrases.json appointingVerbs). */
const APPOINTING_VERBS: ReadonlySet<string> = new Set(phraseWords.appointingVerbs);
/** How far after a name and its verb {@link RegistryBuilder.predicateRoles} looks for the role noun, in tokens. */
const PREDICATE_ROLE_REACH = 6;

/** Generic body nouns (`monitor`, `group`, `watchdog`; data: anaphoric-heads.json genericBodies). */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(anaphoricHeads.genericBodies);

/** Whether the name at `i` is glued after `AGENCY/` (`REUTERS/Bassam Khabieh`): a photo credit. */
/** US state abbreviations as AP style writes them after a city (data: us-state-abbreviations.json). */
const US_STATES: ReadonlySet<string> = new Set(usStates.words);

/** Whether one name word at `i` stands after `in`/`at`/`near`… (data: locativePrepositions), not as a possessor. */
function isPlaceAfterPreposition(toks: readonly Token[], i: number): boolean {
  const prev = toks[placeModifiersBefore(toks, i) - 1];
  const next = toks[i + 1];
  return (
    prev !== undefined &&
    prev.sentence === toks[i]!.sentence &&
    LOCATIVE_PREPOSITIONS.has(prev.lower) &&
    // A state or capital stays: it speaks as a government elsewhere ("in Damascus … Damascus accused").
    !isGovernmentName(toks[i]!.value) &&
    !(next !== undefined && (next.value === "'s" || next.value === '’s' || next.value === "'" || next.value === '’'))
  );
}

/**
 * Where the lower-case adjectives before a place's name start (`in east Aleppo`, `near
 * rebel-held Douma`: at most two words): `i` when there are none.
 *
 * @example
 * ```ts
 * placeModifiersBefore(parse('in east Aleppo').tokens, 2); // 1
 * ```
 */
export function placeModifiersBefore(toks: readonly Token[], i: number): number {
  let k = i;
  while (k > i - 2 && k > 0 && toks[k - 1]!.pos === 'ADJ' && toks[k - 1]!.value === toks[k - 1]!.lower) k--;
  return k;
}

/** Whether token `i` is a state abbreviation after a city and its comma (`Springfield, Ill.`). */
function isStateAfterCity(toks: readonly Token[], i: number): boolean {
  const state = toks[i];
  const comma = toks[i - 1];
  const city = toks[i - 2];
  return (
    state !== undefined &&
    US_STATES.has(state.value) &&
    comma !== undefined &&
    comma.value === ',' &&
    city !== undefined &&
    city.sentence === state.sentence &&
    /^\p{Lu}/u.test(city.value)
  );
}

/**
 * Whether the name run [i, end) is one side of a credit written `Name/AGENCY` (`Ahmed Jaber/AFP`):
 * the photographer's name glued before `/` and an agency, or the agency glued after a name and `/`.
 * Neither names anyone in the story (ANNOTATION.md §1: a photo credit never speaks).
 */
function isCreditAgency(toks: readonly Token[], i: number, end: number): boolean {
  const slash = toks[end];
  const agency = toks[end + 1];
  if (slash?.value === '/' && !slash.spaceBefore && agency !== undefined && !agency.spaceBefore)
    return isCapitals(agency.value) || isMediaName(agency.value);
  const before = toks[i - 1];
  const name = toks[i - 2];
  return (
    end === i + 1 &&
    before?.value === '/' &&
    !before.spaceBefore &&
    !toks[i]!.spaceBefore &&
    name !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(name.value) &&
    (isCapitals(toks[i]!.value) || isMediaName(toks[i]!.value))
  );
}

function isPhotoCredit(toks: readonly Token[], i: number): boolean {
  const slash = toks[i - 1];
  const agency = toks[i - 2];
  const name = toks[i];
  if (slash === undefined || agency === undefined || name === undefined) return false;
  if (slash.value !== '/' || slash.spaceBefore || name.spaceBefore) return false;
  // "AFP/Name", "Reuters/Name", "AP Photo/Name": an agency or its photo desk before the slash.
  return (
    (agency.value.length >= 2 && isCapitals(agency.value)) ||
    agency.lower === 'photo' ||
    agency.lower === 'photos' ||
    isMediaName(agency.value)
  );
}

function build(doc: Document): EntityRegistry {
  const b = new RegistryBuilder(doc);
  b.scan();
  b.predicateRoles();
  b.linkRoleDescriptions();
  return b.finish();
}

/** The capital initials of a name's words (`Higher Negotiations Committee` → `HNC`): the first
 * character of each run between white space and hyphens, when it is A-Z. */
/**
 * The known body's name when it opens with the words of the written name and goes on (`Syrian
 * Observatory` → `Syrian Observatory for Human Rights`), or `null` (another wording: `Syrian
 * Coalition`, `Doctors Without Borders` keep their own).
 */
function fullerKnownName(words: readonly string[], knownName: string): string | null {
  return extendsWords(coreWords(knownName), words) ? knownName : null;
}

/** Whether `long` opens with all of `short` and goes on (`syrian observatory for human rights` ⊃ `syrian observatory`). */
function extendsWords(long: readonly string[], short: readonly string[]): boolean {
  return short.length > 0 && long.length > short.length && short.every((w, i) => long[i] === w);
}

function initialsOf(name: string): string {
  let out = '';
  let atStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2d || isWhiteSpaceCode(c)) {
      atStart = true;
      continue;
    }
    if (atStart && c >= 65 && c <= 90) out += name[i];
    atStart = false;
  }
  return out;
}

/** Whether mentions are already in document order (linked descriptions are appended out of order). */
function inOrder(ms: readonly EntityMention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (ms[k - 1]!.first > ms[k]!.first) return false;
  return true;
}

/** Of the candidate persons `ids`, the most recently named one whose key words fit `words` (or `best`). */
function bestPerson(
  ids: readonly number[] | undefined,
  words: readonly string[],
  drafts: readonly { keyWords: readonly string[]; mentions: readonly unknown[]; gender: Gender | null }[],
  lastSeen: readonly number[],
  best: number,
  gender: Gender | null,
): number {
  if (ids === undefined) return best;
  for (const id of ids) {
    // ("Michelle Obama" … "Mr. Obama": a title's gender tells two people of one surname apart.)
    const g = drafts[id]!.gender;
    if (gender !== null && g !== null && g !== gender) continue;
    const kw = drafts[id]!.keyWords;
    if (endsWith(kw, words) || endsWith(words, kw) || (words.length === 1 && kw[0] === words[0] && kw.length > 1)) {
      if (best === -1) best = id;
      else if (words.length === 1 && drafts[id]!.mentions.length !== drafts[best]!.mentions.length) {
        // a lone surname shared by two people with different given names ("Donald Trump", "Melania
        // Trump" named in passing): the one the article names more, not the latest
        if (drafts[id]!.mentions.length > drafts[best]!.mentions.length) best = id;
      } else if ((lastSeen[id] ?? 0) > (lastSeen[best] ?? 0)) best = id;
    }
  }
  return best;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false;
  return true;
}

/** The kind of a capitalised name, or `null` when it is not an entity (a lone title). */
function classify(doc: Document, first: number, end: number, name: string): ActorKind | null {
  const toks = doc.tokens;
  if (end <= first) return null;
  const last = toks[end - 1]!;
  const facts = doc.facts;
  if (end - first === 1 && (facts[end - 1]! & TEMPORAL_WORD) !== 0) return null; // "June", "Sunday"
  if (end - first === 1 && (facts[end - 1]! & MEDIA_HEAD_WORD) !== 0) return null; // "state TV": a description

  // A one-token name is its token's lower case; a longer one goes as written: the lookups fold case
  // only when the bitmap lets the name through, so most names are never lower-cased.
  const asWritten = end - first === 1 && name === last.value ? last.lower : name;
  if (
    isMediaName(asWritten) ||
    (end - first >= 2 && (facts[end - 1]! & MEDIA_HEAD_WORD) !== 0 && startsAsciiUpper(last.value))
  )
    return 'media';
  if (isGovernmentName(asWritten)) return 'government';
  // a state's name ("El Salvador"): never a person, whatever given name it holds
  if (placeGovernmentAt(doc, first)?.endToken === end) return 'government';
  for (let k = first; k < end; k++) {
    const t = toks[k]!;
    if (
      (facts[k]! & ORGANISATION_HEAD_WORD) !== 0 ||
      (k > first && (t.value === 'of' || t.value === 'for' || t.value === 'on' || capitalLinkAt(doc, k, end)))
    )
      return 'organisation';
  }
  let allAcronyms = true;
  for (let k = first; k < end; k++) if (!isAcronym(toks[k]!) && toks[k]!.value !== '-') allAcronyms = false;
  if (allAcronyms) return 'organisation';
  if (titleAtToken(doc, first, end)?.end === end) return null;
  // "the White Helmets", "Popular Mobilisation Units": a name ending in a plural common noun, no given
  // name first, is a body ("Tom Banks" stays a person).
  if (
    end - first >= 2 &&
    last.lower.length > 3 &&
    last.lower.endsWith('s') &&
    !last.lower.endsWith('ss') &&
    givenNameGenderAt(doc, first) === null &&
    titleAtToken(doc, first, end) === null &&
    // (Not the tail of a longer name split at its "of": "Office for the Coordination of Humanitarian Affairs".)
    toks[first - 1]?.pos !== 'ADP' &&
    modelNounNumber(last.lower) === 'plural'
  )
    return 'organisation';
  return 'person';
}

/** A capitalised organisation named inside a role text (`UN`, `High Negotiations Committee`), as written. */
function organisationIn(doc: Document, first: number, end: number): string | null {
  const toks = doc.tokens;
  for (let k = first; k < end; k++) {
    const r = nameRunAt(doc, k, end);
    if (r === null) continue;
    const text = textOf(doc, k, r);
    const last = toks[r - 1]!;
    if (
      (doc.facts[r - 1]! & ORGANISATION_HEAD_WORD) !== 0 ||
      isAcronym(last) ||
      isGovernmentName(text) ||
      hasOrganisationHead(toks, k, r)
    ) {
      if (titleAtToken(doc, k, r)?.end === r) {
        k = r - 1;
        continue;
      }
      return text;
    }
    k = r - 1;
  }
  return null;
}

/** Whether a name run has an organisation head before an `of`/`for` complement (`Ministry of Defence`, `Observatory for Human Rights`). */
function hasOrganisationHead(toks: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end - 1; k++) {
    const next = toks[k + 1]!.lower;
    if ((next === 'of' || next === 'for') && isOrganisationHead(toks[k]!.value)) return true;
  }
  return false;
}

/** The end of a role text without its trailing punctuation or parenthesis. */
function trimmedEnd(doc: Document, first: number, end: number): number {
  let e = end;
  while (e > first && (doc.tokens[e - 1]!.pos === 'PUNCT' || doc.tokens[e - 1]!.value === ')')) e--;
  return e;
}

/** Whether the mention at `first` opens its sentence or follows a clause boundary (a comma, a conjunction, `that`). */
function opensClause(doc: Document, first: number): boolean {
  const prev = doc.tokens[first - 1];
  if (prev === undefined || prev.sentence !== doc.tokens[first]!.sentence) return true;
  return prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.value === ',' || prev.lower === 'that';
}

/** Longest prepositional post-modifier {@link isSubject} skips (`of the northern valley`), in tokens. */
const POST_MODIFIER_REACH = 8;
/** What a prepositional post-modifier's object is made of. */
const POST_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the mention [first, end) is followed by its verb (adverbs, appositions, auxiliaries and one
 * prepositional post-modifier skipped).
 */
function isSubject(doc: Document, first: number, end: number): boolean {
  const toks = doc.tokens;
  const sentence = toks[first]!.sentence;
  let k = end;
  let guard = 0;
  let pp = false;
  while (k < toks.length && toks[k]!.sentence === sentence && guard++ < 40) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const prev = toks[first - 1];
      return prev === undefined || prev.pos !== 'ADP';
    }
    if (t.pos === 'ADV') {
      k++;
      continue;
    }
    // "Residents of the valley said": a prepositional post-modifier between the head and its verb.
    // ("Ali Omar a member of the council said": not a description in a name's apposition, its comma lost.)
    // ("fighting Islamic State in Syria has": nor the object of a verb before it.)
    if (t.pos === 'ADP' && !pp && opensClause(doc, first)) {
      pp = true;
      let j = k + 1;
      while (j < k + POST_MODIFIER_REACH && POST_MODIFIER_POS.has(toks[j]?.pos ?? '') && toks[j]!.sentence === sentence)
        j++;
      if (j === k + 1) return false;
      k = j;
      continue;
    }
    if (t.value === ',' || t.value === '(') {
      // Skip an apposition or relative clause up to the next comma.
      let j = k + 1;
      while (
        j < toks.length &&
        toks[j]!.sentence === sentence &&
        toks[j]!.value !== ',' &&
        toks[j]!.value !== ')' &&
        j - k < 30
      )
        j++;
      if (j >= toks.length || toks[j]!.sentence !== sentence) return false;
      k = j + 1;
      continue;
    }
    return false;
  }
  return false;
}
