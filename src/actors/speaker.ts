/**
 * Reads the noun phrase that names who spoke or acted — a name, a pronoun, a
 * description, with appositions and relative clauses — and resolves it to an
 * entity of the registry.
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import type { ActorKind } from './kind.js';
import {
  firstNameGender,
  isDescriptionHead,
  isGovernmentName,
  isGroupHead,
  isMediaHead,
  isMediaName,
  isOrganisationHead,
  isTemporal,
  roleAt,
  titleAt,
} from './lexicon.js';
import { coreWords, isAcronym, isNameToken, isParticle, nameRunAt, runStart } from './names.js';
import { conjunctBefore, isThirdPersonPronoun, resolvePronoun } from './pronouns.js';
import {
  entityRegistry,
  isPossessive,
  textOf,
  type Entity,
  type EntityMention,
  type EntityRegistry,
} from './registry.js';
import { canonicalActor, lookupActor } from './known.js';
import { isPlaceWord, isStrippedPossessor, statePossessorAt } from './context.js';
import { timeEntities } from './entities.js';
import { isGluedHyphen, isMark, startsAsciiUpper } from '../syntax/tokens.js';
import { modelNounNumber } from '../document/nlp.js';
import {
  ARTICLES,
  ISSUING_PARTICIPLES,
  MUTE_SOURCES,
  POSSESSIVE_DETERMINERS,
  RELATIVE_ADVERBS,
  RELATIVE_PRONOUNS,
  ROLE_PREPOSITIONS,
} from '../lexicon/en/index.js';
import anaphoricHeads from '../lexicon/en/anaphoric-heads.json';
import usStates from '../lexicon/en/us-state-abbreviations.json';
import phraseWords from '../lexicon/en/phrases.json';

/**
 * How an actor phrase was resolved.
 *
 * @example
 * ```ts
 * const by: ActorResolution = 'pronoun'; // "he said"
 * ```
 */
export type ActorResolution = 'name' | 'pronoun' | 'description';

/**
 * The entity a noun phrase refers to.
 *
 * @example
 * ```ts
 * // "Basma Kodmani, a negotiator from the opposition High Negotiations Committee (HNC)"
 * // → { name: 'Basma Kodmani', kind: 'person', role: 'negotiator from the opposition …', resolvedBy: 'name', … }
 * ```
 */
export interface ResolvedActor {
  /** The fullest name, canonical name, or the description. */
  readonly name: string;
  /** What sort of actor. */
  readonly kind: ActorKind;
  /** Role or title when the text gives one. */
  readonly role: string | null;
  /** Organisation when the text gives one. */
  readonly organisation: string | null;
  /** Named, through a pronoun, or described. */
  readonly resolvedBy: ActorResolution;
  /** The tokens `[first, end)` of the mention that names the actor in the phrase. */
  readonly mention: readonly [number, number];
  /** The registry entity, when there is one. */
  readonly entity: Entity | null;
  /** 0–1. */
  readonly confidence: number;
  /** Other names of the actor the phrase gives (`Turkish health ministry` for `Turkey's health ministry`). */
  readonly aliases?: readonly string[];
}

/**
 * A resolved actor with every field set, always in this order, `aliases` included (`undefined`
 * when the phrase gives none): speakers reach shared readers (`refOfSpeaker`, salience, the
 * entity table) from many producers, and optional fields or spreads gave them several shapes
 * (megamorphic reads there).
 *
 * @example
 * ```ts
 * speakerActor('the monitor', 'description', null, null, 'description', [3, 5], null, 0.6).aliases; // undefined
 * ```
 */
export function speakerActor(
  name: string,
  kind: ActorKind,
  role: string | null,
  organisation: string | null,
  resolvedBy: ActorResolution,
  mention: readonly [number, number],
  entity: Entity | null,
  confidence: number,
  aliases?: readonly string[],
): ResolvedActor {
  return { name, kind, role, organisation, resolvedBy, mention, entity, confidence, aliases };
}

const RELATIVE = new Set([...RELATIVE_PRONOUNS, ...RELATIVE_ADVERBS]);
/** Prepositions that end a description's name (`a lawmaker on a TV station` → `lawmaker`). */
const CIRCUMSTANCE = new Set([
  'on',
  'during',
  'outside',
  'with',
  'to',
  'after',
  'before',
  'since',
  'by',
  'about',
  'over',
  'across',
  'under',
]);
const LEADING_DETERMINERS = new Set(['the', 'a', 'an']);
/** Lower-case body nouns that may follow a body's name (`the Syrian Observatory for Human Rights monitor`). */
const BODY_NOUNS = new Set([...anaphoricHeads.genericBodies, ...anaphoricHeads.namedBodies]);
/** Documents that speak for their issuer (`the ministry's statement`). */
const DOCUMENT_NOUNS = new Set(anaphoricHeads.documents);
/** Prepositional phrases that belong to a description (`sources on the ground`), as word arrays. */
const ATTACHMENTS: readonly (readonly string[])[] = phraseWords.descriptionAttachments.map((p) => p.split(' '));
/** The first words of {@link ATTACHMENTS}: most tokens open none, tested before the phrases. */
const ATTACHMENT_FIRST_WORDS: ReadonlySet<string> = new Set(ATTACHMENTS.map((words) => words[0]!));
/** Words that introduce members of a plural head (`including`, `such as`), as word arrays. */
const MEMBER_INTRODUCERS: readonly (readonly string[])[] = phraseWords.memberIntroducers.map((p) => p.split(' '));
/** Whether the words from token `k` introduce members of the head before them (`aid groups including Oxfam`). */
function introducesMembers(toks: readonly Token[], k: number): boolean {
  return MEMBER_INTRODUCERS.some((words) => words.every((w, j) => toks[k + j]?.lower === w));
}
/**
 * Where the words that introduce members of a plural head (`including`, `such as`) start when they end
 * right before token `k` (`aid groups including |Oxfam`), or -1.
 *
 * @example
 * ```ts
 * const doc = parse('Aid groups such as Oxfam said the camp had no water.');
 * memberIntroducerBefore(doc.tokens, 4); // 2
 * ```
 */
export function memberIntroducerBefore(toks: readonly Token[], k: number): number {
  for (const words of MEMBER_INTRODUCERS) {
    const at = k - words.length;
    if (at > 0 && words.every((w, j) => toks[at + j]?.lower === w)) return at;
  }
  return -1;
}
/** Whether the words from token `k` are one of {@link ATTACHMENTS}. */
function attachmentAt(toks: readonly Token[], k: number): boolean {
  const first = toks[k];
  if (first === undefined || !ATTACHMENT_FIRST_WORDS.has(first.lower)) return false;
  return ATTACHMENTS.some((words) => words.every((w, j) => toks[k + j]?.lower === w));
}
/** Participles that with `as` name the one described (`an activist identified as Abu Omar`). */
const NAMING = new Set(phraseWords.namingParticiples);
/** AP abbreviations of US states (`Ill.`), written after a city. */
const US_STATES = new Set(usStates.words);

/** Splits [first, end) at top-level commas. */
function segments(toks: readonly Token[], first: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let a = first;
  for (let k = first; k < end; k++) {
    const v = toks[k]!.value;
    if (v === '(') depth++;
    else if (v === ')') depth = Math.max(0, depth - 1);
    else if ((v === ',' || v === '—' || v === '–') && depth === 0) {
      if (k > a) out.push([a, k]);
      a = k + 1;
    }
  }
  if (end > a) out.push([a, end]);
  return out;
}

/** End of the head region of a phrase: before its first preposition, relative word or finite verb outside a name. */
function headEnd(doc: Document, a: number, b: number, reg: EntityRegistry): number {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (reg.mentionAt[k] !== -1) {
      const m = reg.mentions[reg.mentionAt[k]!]!;
      if (m.form === 'name') {
        k = Math.min(b, m.end) - 1;
        continue;
      }
    }
    // "Several aid groups including Oxfam said": the name after it is a member, not the head.
    if (k > a && introducesMembers(toks, k)) return k;
    if (k > a && (t.pos === 'ADP' || RELATIVE.has(t.lower))) {
      // "Army of Islam official": a preposition inside a capitalised name is part of it.
      if (
        t.pos === 'ADP' &&
        isNameToken(doc, k - 1) &&
        k + 1 < b &&
        isNameToken(doc, k + 1) &&
        !/^(at|on|in|to|from)$/.test(t.lower) &&
        // "Tom Reed of Springfield": a person's name ends before "of".
        !(t.lower === 'of' && firstNameGender(toks[a]!.lower) !== null)
      )
        continue;
      return k;
    }
    // "Human Rights Watch": a capitalised word inside a name is no verb.
    const inName = t.pos === 'VERB' && isNameToken(doc, k) && isNameToken(doc, k - 1);
    if (k > a && !inName && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower) && t.lower !== 'lead')))
      return k;
    if (t.value === '(') {
      let j = k;
      while (j < b && toks[j]!.value !== ')') j++;
      if (j >= b) return k;
      k = j;
    }
  }
  return b;
}

/**
 * Resolves the phrase [first, end) — the subject of a speech verb, the
 * object of `according to`, a headline's actor — to the actor it names.
 * Leading adverbials (`On Sunday,`) and relative clauses are skipped; a name
 * in an apposition wins over a description (`The UN envoy to Syria, Staffan de
 * Mistura,`); a pronoun is resolved; a description is linked to the named
 * person holding the same role when the document has exactly one.
 *
 * @param doc - a parsed document
 * @param first - first token of the phrase
 * @param end - one past its last token
 * @returns the actor, or `null` when the phrase names nothing
 *
 * @example
 * ```ts
 * const doc = parse('The governor of Homs province, Talal Barzani, told reporters there were three blasts.');
 * resolveActor(doc, 0, 9)?.name; // 'Talal Barzani'
 * ```
 */
export function resolveActor(doc: Document, first: number, end: number): ResolvedActor | null {
  const toks = doc.tokens;
  first = skipLeadingWords(toks, first, end);
  end = trimTrailingWords(toks, first, end);
  if (end <= first) return null;
  // "Um Khaled 45 told AFP": a person's age after the name, its commas lost, is no part of the phrase
  // ("Brigade 51 said" keeps its number: only a person's name before it).
  if (end - first >= 2 && isAge(toks[end - 1]) && personNameEndsAt(doc, end - 1)) end--;
  if (isTimePhrase(doc, first, end)) return null;
  const issuer = documentIssuer(doc, first, end);
  if (issuer !== null) return issuer;
  let segs = segments(toks, first, end);
  joinStateAbbreviations(toks, segs);
  // Leading adverbials ("On Sunday,", "In Washington,") before the real subject.
  while (segs.length > 1 && isAdverbial(doc, segs[0]![0], segs[0]![1])) segs = segs.slice(1);
  segs = splitLostCommaApposition(doc, segs);
  // "Anna Berg UNHCRs head of mission": a person's name, a body's name that lost its apostrophe, a role.
  {
    const [a, b] = segs[0]!;
    const owned = personWithOwnedRole(doc, a, b);
    if (owned !== null) return owned;
  }
  const reg = entityRegistry(doc);
  // "Anna Berg ICRC regional director for Europe": a person's name before a role, the comma lost.
  {
    const [a, b] = segs[0]!;
    const cut = personBeforeRole(doc, a, b, reg);
    if (cut !== -1) segs = [[a, cut], [cut, b], ...segs.slice(1)];
  }
  const identified = identifiedAs(doc, segs[0]!, reg);
  if (identified !== null) return identified;
  const head = segs[0]!;
  const fromHead = named(doc, head[0], head[1], reg);
  // A name heading the phrase wins; a description linked to a person gives way to the name in its apposition.
  if (fromHead !== null && fromHead.kind !== 'description' && fromHead.resolvedBy !== 'description')
    return participleObjectCut(doc, head, fromHead.mention[0], reg) ?? withAppositionRole(doc, fromHead, segs);
  const inApposition = nameInApposition(doc, segs, fromHead, reg);
  if (inApposition !== null) return inApposition;
  if (fromHead !== null && fromHead.kind === 'description') {
    const glued = nameAfterDescription(doc, head, reg);
    if (glued !== null) return glued;
  }
  return fromHead;
}

/**
 * "Blaming Moscow Johnson says …", "Speaking in Geneva De Mistura said …": a name run right after a
 * sentence-opening participle (and its preposition), the comma after the participle's object lost,
 * holds the object and then the subject. The subject is the run's tail that the document names as a
 * person of its own, or the rest after a place; `null` when the run splits so nowhere. `named`: where
 * the name read for the phrase starts.
 */
function participleObjectCut(
  doc: Document,
  head: readonly [number, number],
  named: number,
  reg: EntityRegistry,
): ResolvedActor | null {
  const toks = doc.tokens;
  // ("Speaking to Anadolu Agency Najib Ansari said": the name read already starts after the object.)
  let a = Math.max(head[0], named);
  const b = head[1];
  // ("Blaming Assad Trump": the participle inside the phrase when it opens a headline.)
  if (isOpeningParticiple(doc, a)) a++;
  else if (!isOpeningParticiple(doc, a - 1) && !(toks[a - 1]?.pos === 'ADP' && isOpeningParticiple(doc, a - 2)))
    return null;
  if (b - a < 2) return null;
  for (let k = a; k < b; k++) if (!isNameToken(doc, k)) return null;
  for (let k = a + 1; k < b; k++) {
    const tail = textOf(doc, k, b);
    const own = reg.entities.find(
      (e) => e.kind === 'person' && (e.name === tail || e.name.endsWith(` ${tail}`)) && e.name !== textOf(doc, a, b),
    );
    if (own !== undefined) return fromEntity(own, [k, b], 'name', 0.7);
    // ("Blaming Moscow Johnson": after a place; "Trump blamed Assad. Blaming Assad Trump": a tail the
    // document writes alone elsewhere, which the registry merged into the run.)
    // ("Speaking to Radio Free Asia Dawa Tsering": after a body the lexicon knows.)
    if (
      (k === a + 1 && isPlaceWord(doc, a)) ||
      lookupActor(textOf(doc, a, k)) !== null ||
      writtenAlone(doc, reg, tail, a, b)
    )
      return speakerActor(tail, 'person', null, null, 'name', [k, b], null, 0.6);
  }
  return null;
}

/** Whether a name mention outside [a, b) reads exactly `tail`. */
function writtenAlone(doc: Document, reg: EntityRegistry, tail: string, a: number, b: number): boolean {
  for (const m of reg.mentions)
    if (m.form === 'name' && (m.nameEnd <= a || m.nameFirst >= b) && textOf(doc, m.nameFirst, m.nameEnd) === tail)
      return true;
  return false;
}

/**
 * "Ahmed Saleh, 45, a teacher from Douma, said": a person named with no role takes the description in
 * the apposition after the name (an age skipped) as the role; the actor as it was otherwise.
 */
function withAppositionRole(doc: Document, r: ResolvedActor, segs: readonly [number, number][]): ResolvedActor {
  if (r.kind !== 'person' || r.role !== null || r.resolvedBy !== 'name' || segs.length < 2) return r;
  const toks = doc.tokens;
  let k = 1;
  if (segs[k]![1] - segs[k]![0] === 1 && isAge(toks[segs[k]![0]])) k++;
  const seg = segs[k];
  if (seg === undefined || !ARTICLES.has(toks[seg[0]]!.lower) || !speakerDescribed(doc, seg[0] + 1, seg[1])) return r;
  const role = describe(doc, seg[0], seg[1]);
  return role === ''
    ? r
    : speakerActor(r.name, r.kind, role, r.organisation, r.resolvedBy, r.mention, r.entity, r.confidence, r.aliases);
}

/** Whether token `k` is a present participle (not `According`) that opens its sentence. */
function isOpeningParticiple(doc: Document, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing') && t.lower !== 'according' && opensSentence(doc, k)
  );
}

/** Skips what opens a phrase but names no one: a conjunction, `that`, punctuation, an adverb (`Later,`). */
function skipLeadingWords(toks: readonly Token[], first: number, end: number): number {
  while (
    first < end &&
    (toks[first]!.pos === 'CCONJ' ||
      toks[first]!.lower === 'that' ||
      toks[first]!.pos === 'PUNCT' ||
      (toks[first]!.pos === 'ADV' &&
        first + 1 < end &&
        toks[first + 1]!.pos !== 'DET' &&
        toks[first]!.lower !== 'virtually' &&
        // "well-placed sources": an adverb glued to a hyphen opens a compound modifier.
        !isGluedHyphen(toks, first + 1)))
  )
    first++;
  return first;
}

/** Drops trailing punctuation (a closing bracket kept) and adverbs from the phrase's end. */
function trimTrailingWords(toks: readonly Token[], first: number, end: number): number {
  while (
    end > first &&
    ((toks[end - 1]!.pos === 'PUNCT' && toks[end - 1]!.value !== ')') || toks[end - 1]!.pos === 'ADV')
  )
    end--;
  return end;
}

/** "… on Saturday who had said": whether [first, end) is only a date or weekday, never a speaker (ANNOTATION.md §1). */
function isTimePhrase(doc: Document, first: number, end: number): boolean {
  const date = timeEntities(doc).startingAt.get(first);
  return (date !== undefined && date.endToken >= end) || (end - first === 1 && isTemporal(doc.tokens[first]!.lower));
}

/** "Springfield, Ill.": joins a state after a city to the place, not an apposition that names someone (in place). */
function joinStateAbbreviations(toks: readonly Token[], segs: [number, number][]): void {
  for (let k = segs.length - 1; k > 0; k--) {
    const [a, b] = segs[k]!;
    if (b - a === 1 && US_STATES.has(toks[a]!.value)) {
      segs[k - 1] = [segs[k - 1]![0], b];
      segs.splice(k, 1);
    }
  }
}

/**
 * "Mohammad Sibai a spokesman for …": an apposition whose comma was lost starts at an article after a
 * name; returns the segments with the first one split there (or as they were).
 */
function splitLostCommaApposition(doc: Document, segs: [number, number][]): [number, number][] {
  const toks = doc.tokens;
  const [a, b] = segs[0]!;
  // "Karim a resident of the town said": a lone given name before an article and a speaker's description.
  const lone =
    b - a > 2 &&
    ARTICLES.has(toks[a + 1]!.lower) &&
    isNameToken(doc, a) &&
    firstNameGender(toks[a]!.lower) !== null &&
    speakerDescribed(doc, a + 2, Math.min(b, a + 8)); // "Manal a 28-year-old teacher"
  for (let k = lone ? a + 1 : a + 2; k < b - 1; k++) {
    const w = toks[k]!.lower;
    if (
      (w === 'a' ||
        w === 'an' ||
        w === 'the' ||
        w === 'another' || // "The Civil Defense another activist group said"
        (w === 'one' && toks[k + 1]?.lower === 'of')) &&
      (isNameToken(doc, k - 1) || (isAge(toks[k - 1]) && k - 2 > a && isNameToken(doc, k - 2)))
    ) {
      // ("Ali Haddad 45 a teacher": the age between the name and the apposition is neither's.)
      if (!isNameToken(doc, k - 1)) return [[a, k - 1], [k, b], ...segs.slice(1)];
      // ("The Syrian Observatory for Human Rights a Britain-based monitoring group": the name after its article.)
      const a0 = ARTICLES.has(toks[a]!.lower) && a + 1 < k ? a + 1 : a;
      if (nameRunAt(doc, runStart(doc, a0), k) === k || isNameToken(doc, a0)) return [[a, k], [k, b], ...segs.slice(1)];
      return segs;
    }
  }
  return segs;
}

/** "a Quneitra-based activist identified as Abu Omar al-Golani": the name given is the speaker; `null` when none. */
function identifiedAs(doc: Document, seg: readonly [number, number], reg: EntityRegistry): ResolvedActor | null {
  const toks = doc.tokens;
  const [a, b] = seg;
  for (let k = a + 1; k + 2 < b; k++) {
    if (!NAMING.has(toks[k]!.lower) || toks[k + 1]!.lower !== 'as' || !isNameToken(doc, k + 2)) continue;
    const r = named(doc, k + 2, b, reg);
    if (r !== null && r.resolvedBy === 'name') return { ...r, role: r.role ?? (describe(doc, a, k) || null) };
    return null;
  }
  return null;
}

/**
 * The name in an apposition after the head segment (`The UN envoy to Syria, Staffan de Mistura,`), with the
 * head as its role when it gives none; `null` when no apposition names anyone.
 */
function nameInApposition(
  doc: Document,
  segs: readonly [number, number][],
  fromHead: ResolvedActor | null,
  reg: EntityRegistry,
): ResolvedActor | null {
  const toks = doc.tokens;
  const head = segs[0]!;
  for (let k = 1; k < segs.length; k++) {
    const [a, b] = segs[k]!;
    if (RELATIVE.has(toks[a]!.lower) || toks[a]!.pos === 'VERB' || toks[a]!.lower === 'to') break;
    const r = named(doc, a, b, reg);
    if (r !== null && r.resolvedBy === 'name') {
      const role =
        fromHead?.resolvedBy === 'description' ? r.role : (fromHead?.name ?? describe(doc, head[0], head[1]));
      return { ...r, role: r.role ?? role };
    }
  }
  return null;
}

/**
 * A name that ends a description whose comma before it was lost (`A police officer in Mosul Karim Haddad
 * told`), or that ends a phrase opening inside a participle's adjunct; `null` when none.
 */
function nameAfterDescription(
  doc: Document,
  head: readonly [number, number],
  reg: EntityRegistry,
): ResolvedActor | null {
  const toks = doc.tokens;
  const tail = gluedName(doc, head[0], head[1], reg);
  if (tail !== null) return { ...tail, role: tail.role ?? roleBefore(doc, head[0], tail.mention[0]) };
  // "Speaking to reporters after meeting Arab ministers U.S. Secretary of State John Kerry said": the
  // phrase opens inside a participle's adjunct (its comma lost); the name that ends it is the subject.
  // ("Decrying an affront to humanity President Donald Trump declared": the participle's object
  // runs into the subject.)
  const opener = toks[head[0] - 1];
  if (
    opener?.pos === 'VERB' &&
    opener.lower.endsWith('ing') &&
    opener.lower !== 'according' &&
    opensSentence(doc, head[0] - 1)
  ) {
    const named = trailingName(doc, head[0], head[1], reg);
    if (named !== null) return named;
  }
  const lead = toks[head[0] - 1];
  const participle = toks[head[0] - 2];
  if (
    lead?.pos === 'ADP' &&
    participle !== undefined &&
    participle.pos === 'VERB' &&
    participle.lower.endsWith('ing') &&
    participle.lower !== 'according' && // "According to rescuers from the White Helmets": the cue itself
    opensSentence(doc, head[0] - 2)
  ) {
    const named = trailingName(doc, head[0], head[1], reg);
    if (named !== null) return named;
  }
  return null;
}

/**
 * Where the person's name that opens [a, b) ends when a role follows it with the comma
 * lost (`Anna Berg ICRC regional director`, `Omar Saleh senior official`): after a
 * two-word name or longer, at most three capitalised words (the body) and modifiers
 * before a role word; -1 otherwise.
 */
function personBeforeRole(doc: Document, a: number, b: number, reg: EntityRegistry): number {
  const toks = doc.tokens;
  const mi = reg.mentionAt[a]!;
  if (mi === -1) return -1;
  const m = reg.mentions[mi]!;
  // ("Dr Hamza Khatib director of …": the mention opens with the person's title.)
  if (m.form !== 'name' || (m.nameFirst !== a && m.first !== a) || m.nameEnd - m.nameFirst < 2 || m.nameEnd >= b)
    return -1;
  if (reg.entities[m.entity]!.kind !== 'person') return -1;
  let k = m.nameEnd;
  while (k < b && k < m.nameEnd + 3 && isNameToken(doc, k)) k++;
  while (k < b && k < m.nameEnd + 6 && toks[k]!.pos === 'ADJ' && toks[k]!.value === toks[k]!.lower) k++;
  // ("Nadim Houry deputy director of …": a lower-case noun or two may modify the role too.)
  for (let j = k; j < k + 2 && j + 1 < b && roleAt(toks, k, b) === null; j++) {
    const t = toks[j]!;
    if (t.value !== t.lower || !(t.pos === 'NOUN' || t.pos === 'ADJ')) break;
    if (roleAt(toks, j + 1, b) !== null) k = j + 1;
  }
  if (k >= b || toks[k]!.value !== toks[k]!.lower || roleAt(toks, k, b) === null) return -1;
  return m.nameEnd;
}

/**
 * "Anna Berg UNHCRs head of mission in Chad": a person's name of two words or more, then an
 * acronym that lost its possessive apostrophe (the body), then a lower-case role: the person, with
 * the role and the body as organisation; `null` otherwise.
 */
function personWithOwnedRole(doc: Document, a: number, b: number): ResolvedActor | null {
  const toks = doc.tokens;
  let k = a;
  while (k < b && isNameToken(doc, k) && !STRIPPED_ACRONYM.test(toks[k]!.value)) k++;
  if (k - a < 2 || k + 1 >= b || !STRIPPED_ACRONYM.test(toks[k]!.value)) return null;
  if (toks[k + 1]!.value !== toks[k + 1]!.lower || roleAt(toks, k + 1, b) === null) return null;
  const body = toks[k]!.value.slice(0, -1);
  const known = lookupActor(body);
  return {
    ...textActor(doc, a, k, 'person', textOf(doc, k + 1, b)),
    organisation: known?.name ?? body,
  };
}

/**
 * Whether a token is a person's age written after the name (`Ali Haddad 45 a teacher`): one to three digits.
 *
 * @example
 * ```ts
 * isAge(parse('Ali Haddad 45 a teacher').tokens[2]); // true
 * ```
 */
export function isAge(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NUM' && /^[1-9][0-9]?[0-9]?$/.test(t.value);
}

/** Whether a person's name of the registry ends right before token `e`. */
function personNameEndsAt(doc: Document, e: number): boolean {
  const reg = entityRegistry(doc);
  const mi = reg.mentionAt[e - 1] ?? -1;
  if (mi === -1) return false;
  const m = reg.mentions[mi]!;
  return m.form === 'name' && m.nameEnd === e && reg.entities[m.entity]!.kind === 'person';
}

/** An acronym that lost its possessive apostrophe (`MSFs`, `UNHCRs`). */
const STRIPPED_ACRONYM = /^[A-Z]{2,8}s$/;

/** Whether [a, b) holds a noun that heads a speaker's description (`source`, `official`, `witnesses`). */
function speakerDescribed(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && (isDescriptionHead(t.lower) || roleAt(doc.tokens, k, b) !== null))
      return true;
  }
  return false;
}

/** The role text of [a, b) (`police officer in Mosul`), or `null` when it holds no role word (`attacks in Hama`). */
function roleBefore(doc: Document, a: number, b: number): string | null {
  for (let k = a; k < b; k++) if (roleAt(doc.tokens, k, b) !== null) return describe(doc, a, b) || null;
  return null;
}

/**
 * The named actor that ends the phrase [a, b) after other capitalised words, a comma
 * lost between them (`an official in Mosul Karim Haddad`, `a spokesman for the Levant
 * Front Ann Lund`): the registry's name mention ending the phrase, when the word just
 * before it is a capitalised word that is no title; `null` otherwise.
 */
function gluedName(doc: Document, a: number, b: number, reg: EntityRegistry): ResolvedActor | null {
  const toks = doc.tokens;
  const found = nameEnding(doc, a, b, reg);
  if (found === null || found.m.first <= a + 1) return null;
  const { m, ent } = found;
  const before = m.first - 1;
  // "… to give inspectors access to the site Reuters reported": a named medium or known actor right after a
  // lower-case noun that describes no speaker is the subject, the comma before it lost.
  const afterNoun =
    (ent.kind === 'media' || ent.known !== null) &&
    toks[before]!.pos === 'NOUN' &&
    toks[before]!.value === toks[before]!.lower &&
    // ("the news site Reuters": a medium's head before its name is an apposition, also the medium)
    (!isDescriptionHead(toks[before]!.lower) || isMediaHead(toks[before]!.lower)) &&
    roleAt(toks, before, m.first) === null;
  // "a source at Aleppo Police Command": a speaker described at a body is not the body.
  if (ent.kind !== 'person' && !afterNoun && speakerDescribed(doc, a, m.first)) return null;
  // "head of the local council Omar Haddad": a role phrase ending in a lower-case noun names the person after it.
  const afterRole =
    !isNameToken(doc, before) &&
    toks[before]!.pos === 'NOUN' &&
    ent.kind === 'person' &&
    m.nameEnd - m.nameFirst >= 2 &&
    // ("an activist from the town Omar Darwish": a described speaker and a place phrase; "the brother of
    // the victim Omar Darwish", where a person's noun stands before the name, is read below.)
    (opensWithRole(doc, a, before) || opensDescribed(doc, a, before));
  if (
    (!afterRole && !afterNoun && !isNameToken(doc, before)) ||
    titleAt(toks, before, m.first) !== null ||
    roleAt(toks, before, m.first) !== null
  )
    return null;
  // "a friend of US President Joe Biden": a person after "of" is whom the description relates to.
  let run = before;
  while (run - 1 > a && isNameToken(doc, run - 1)) run--;
  // ("the Peoples Council of Syria Hadiya Abbas": the body's whole name, its "of" inside it.)
  const body = reg.mentionAt[before]!;
  if (body !== -1 && reg.mentions[body]!.form === 'name' && reg.mentions[body]!.first > a)
    run = Math.min(run, reg.mentions[body]!.first);
  if (toks[run - 1]?.lower === 'of' || isPossessive(toks[run - 1], toks[run - 2])) return null;
  return fromEntity(ent, [m.nameFirst, m.nameEnd], 'name', 0.8);
}

/** The registry's name of two words or more that ends [a, b) after other words, or `null`. */
function trailingName(doc: Document, a: number, b: number, reg: EntityRegistry): ResolvedActor | null {
  const found = nameEnding(doc, a, b, reg);
  if (found === null || found.m.first <= a || found.m.nameEnd - found.m.nameFirst < 2) return null;
  return fromEntity(found.ent, [found.m.nameFirst, found.m.nameEnd], 'name', 0.7);
}

/** The registry's name mention (of an entity that is no description) that ends [a, b) before its punctuation, or `null`. */
function nameEnding(
  doc: Document,
  a: number,
  b: number,
  reg: EntityRegistry,
): { m: EntityRegistry['mentions'][number]; ent: EntityRegistry['entities'][number] } | null {
  const toks = doc.tokens;
  let e = b;
  while (e > a && toks[e - 1]!.pos === 'PUNCT') e--;
  const mi = e > a ? reg.mentionAt[e - 1]! : -1;
  if (mi === -1) return null;
  const m = reg.mentions[mi]!;
  const ent = reg.entities[m.entity]!;
  if (m.form !== 'name' || m.end !== e || ent.kind === 'description') return null;
  return { m, ent };
}

/**
 * Whether [a, b) opens, after an article and lower-case modifiers, with a word that describes a speaker
 * (`activist`, `resident`, `doctor`) and a preposition after it (`an activist from the town`,
 * `a local doctor in the town`), with no verb in the phrase.
 */
function opensDescribed(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  let k = a;
  if (k < b && ARTICLES.has(toks[k]!.lower)) k++;
  for (; k < b && k < a + 5; k++) {
    const t = toks[k]!;
    if (t.value !== t.lower || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
    if (t.pos === 'NOUN' && isDescriptionHead(t.lower) && toks[k + 1]?.pos === 'ADP') break;
  }
  if (k + 1 >= b) return false;
  for (let j = k + 2; j < b; j++)
    if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX' || toks[j]!.pos === 'PRON') return false;
  return true;
}

/** Whether [a, b) opens, after an article, with a role word and its preposition (`the head of …`, `spokesman for …`). */
function opensWithRole(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  let k = a;
  if (k < b && ARTICLES.has(toks[k]!.lower)) k++;
  const r = k < b ? roleAt(toks, k, b) : null;
  return r !== null && r.end < b && ROLE_PREPOSITIONS.has(toks[r.end]!.lower);
}

/**
 * "The ministry's statement said", "a statement from the interior ministry
 * said": a document speaks for the body that issued it.
 */
function documentIssuer(doc: Document, first: number, end: number): ResolvedActor | null {
  const toks = doc.tokens;
  for (let d = first; d < end && d < first + 8; d++) {
    const t = toks[d]!;
    if (t.value === ',') return null;
    // (Evidence, like a document, speaks for whose it is: "findings by the inspectors".)
    if (!(DOCUMENT_NOUNS.has(t.lower) || MUTE_SOURCES.has(t.lower)) || t.pos !== 'NOUN') continue;
    const before = toks[d - 1];
    if (d - 1 > first && before !== undefined && isPossessive(before, toks[d - 2]))
      return resolveActor(doc, first, d - 1);
    // "Human Rights Watchs 16-page report": a registered name that lost its apostrophe, before the
    // document and its modifiers.
    const owner = strippedOwner(doc, first, d);
    if (owner !== null) return owner;
    // "an Observatory toll": a named issuer before the document.
    // ("a February report by …": a month is no issuer.)
    if (d > first && before !== undefined && isNameToken(doc, d - 1) && !isTemporal(before.lower))
      return resolveActor(doc, first, d);
    // "a statement released Saturday by the commission": a participle and its time before the issuer.
    let j = d + 1;
    if (j < end && ISSUING_PARTICIPLES.has(toks[j]!.lower)) {
      j++;
      while (j < end && j < d + 5 && isTemporal(toks[j]!.lower)) j++;
    }
    const after = toks[j];
    if (after !== undefined && j + 1 < end && /^(from|by|of)$/.test(after.lower)) return resolveActor(doc, j + 1, end);
    // "said the statement, issued by the Interior Ministry": the issuer in an apposition after the phrase.
    // ("the statement, released by the health ministry, said": the apposition inside the phrase.)
    return d === end - 1 || toks[d + 1]!.value === ',' ? issuerInApposition(doc, d + 1) : null;
  }
  return null;
}

/** Longest apposition (`, issued on Friday by the Interior Ministry ,`) {@link issuerInApposition} reads, in tokens. */
const ISSUER_APPOSITION_REACH = 16;

/**
 * The issuer named in the apposition that follows a document noun ending at `end - 1`: a comma, an
 * issuing participle (`issued`, `released`), at most a few time words, `by` and the issuer up to the
 * next comma or the sentence's end; `null` when the words after the noun are no such apposition.
 */
function issuerInApposition(doc: Document, end: number): ResolvedActor | null {
  const toks = doc.tokens;
  if (toks[end]?.value !== ',' || !ISSUING_PARTICIPLES.has(toks[end + 1]?.lower ?? '')) return null;
  const stop = Math.min(doc.sentences[toks[end]!.sentence]!.endToken, end + ISSUER_APPOSITION_REACH);
  let j = end + 2;
  while (j < stop && j < end + 6 && (isTemporal(toks[j]!.lower) || toks[j]!.lower === 'on')) j++;
  if (toks[j]?.lower !== 'by') return null;
  let e = j + 1;
  while (e < stop && toks[e]!.value !== ',' && toks[e]!.pos !== 'PUNCT' && !isMark(toks[e])) e++;
  return e > j + 1 ? resolveActor(doc, j + 1, e) : null;
}

/**
 * The registered body or person that owns the document at `d` through a possessive whose
 * apostrophe was lost (`Human Rights Watchs report`, `Amnestys 16-page report`): the name run
 * from `first` ending in that word, at most three modifiers before `d`, read without its "s" and
 * found in the registry; `null` otherwise.
 */
function strippedOwner(doc: Document, first: number, d: number): ResolvedActor | null {
  const toks = doc.tokens;
  let j = d - 1;
  while (j > first && j >= d - 4 && !isNameToken(doc, j)) {
    const t = toks[j]!;
    if (!(t.pos === 'NUM' || t.value === '-' || t.pos === 'ADJ' || (t.pos === 'NOUN' && t.value === t.lower)))
      return null;
    j--;
  }
  const last = toks[j]!.value;
  if (!isNameToken(doc, j) || !isStrippedS(last)) return null;
  const words = coreWords(textOf(doc, first, j + 1).slice(0, -1));
  const reg = entityRegistry(doc);
  for (const e of reg.entities) {
    if (e.kind === 'description' || e.kind === 'person' || e.keyWords.length !== words.length) continue;
    if (e.keyWords.every((w, i) => w === words[i])) return fromEntity(e, [first, j + 1], 'name', 0.8);
  }
  return null;
}

/** A phrase resolved on its own: name, pronoun, or description. */
function named(doc: Document, a: number, b: number, reg: EntityRegistry): ResolvedActor | null {
  if (b <= a) return null;
  let h = phraseHead(doc, a, b, reg);
  if (h - a === 1 && doc.tokens[a]!.pos === 'PRON') return pronounActor(doc, a);
  if (isMuteHead(doc, h - 1)) return null;
  if (h - a > 1 && POSSESSIVE_DETERMINERS.has(doc.tokens[a]!.lower) && isThirdPersonPronoun(doc.tokens[a]!.lower)) {
    // (With no owner found, the description without the pronoun: "office", as the subject walk reads it.)
    return ownedByPronoun(doc, a, b) ?? named(doc, a + 1, b, reg);
  }
  const registered = registryActor(doc, a, h, reg);
  if (registered !== null && registered !== DESCRIBED) return registered;
  let described = registered === DESCRIBED;
  // "the Syrian Observatory for Human Rights monitor": a name with a generic body noun after it is the name.
  const last = doc.tokens[h - 1]!;
  // ("A Turkish broadcaster": a lone demonym before the body noun is a modifier, no name.)
  // ("a Greek broadcaster": one capitalised word after an indefinite article is a modifier too; a name
  // takes no "a".)
  const before2 = doc.tokens[h - 3]?.lower;
  const demonym =
    (/(ish|ian|ese)$/.test(doc.tokens[h - 2]?.lower ?? '') && (h - 2 === a || ARTICLES.has(before2 ?? ''))) ||
    (h - 3 >= a && (before2 === 'a' || before2 === 'an'));
  if (h - 2 >= a && BODY_NOUNS.has(last.value) && isNameToken(doc, h - 2) && !demonym) {
    h--;
    described = false;
  }
  if (!described) {
    const name = unregisteredName(doc, a, h, reg);
    if (name !== null) return name;
  }
  return descriptionActor(doc, a, b, reg);
}

/**
 * "The flight data suggests …", "Evidence indicates …": whether the head word at `k` is evidence no one
 * speaks through (MUTE_SOURCES), which is no speaker (ANNOTATION.md §1 rule 5) — lower case, or
 * capitalised only because it opens its sentence. Whose it is, when the phrase names it, was read
 * before (documentIssuer).
 */
function isMuteHead(doc: Document, k: number): boolean {
  const t = doc.tokens[k];
  if (t === undefined || !MUTE_SOURCES.has(t.lower)) return false;
  return (
    t.value === t.lower || (startsAsciiUpper(t.value) && opensSentence(doc, k) && t.value.slice(1) === t.lower.slice(1))
  );
}

/** Where the head of [a, b) ends: the registry's head, without a trailing parenthesis ("Sen. Ann Price (R-Ore.)"). */
function phraseHead(doc: Document, a: number, b: number, reg: EntityRegistry): number {
  const toks = doc.tokens;
  let h = headEnd(doc, a, b, reg);
  if (h > a + 1 && toks[h - 1]!.value === ')') {
    let o = h - 1;
    while (o > a && toks[o]!.value !== '(') o--;
    if (o > a) h = o;
  }
  return h;
}

/**
 * "his office", "their spokesman": a description owned by a third-person possessive pronoun is the
 * pronoun's antecedent's (`Adel Abdul Mahdi's office`); `null` when the pronoun resolves to nothing
 * or the rest describes nobody.
 */
function ownedByPronoun(doc: Document, a: number, b: number): ResolvedActor | null {
  // ("Its head Rami Abdel Rahman": a name in the phrase speaks.)
  for (let k = a + 1; k < b; k++) if (isNameToken(doc, k)) return null;
  const text = describe(doc, a + 1, b);
  if (text === '') return null;
  const r = resolvePronoun(doc, a);
  if (r === null || r.entity.kind === 'description') return null;
  return speakerActor(
    `${r.entity.name}'s ${text}`,
    'description',
    null,
    null,
    'description',
    [a, b],
    null,
    0.6 * r.confidence + 0.2,
  );
}

/** A third-person pronoun subject, resolved by salience; `null` for any other pronoun. */
function pronounActor(doc: Document, a: number): ResolvedActor | null {
  if (!isThirdPersonPronoun(doc.tokens[a]!.lower)) return null;
  const r = resolvePronoun(doc, a);
  if (r === null) return null;
  if (doc.tokens[a]!.lower === 'they') {
    const pair = coordinatedAntecedent(doc, r.antecedent);
    if (pair !== null) return speakerActor(pair, r.entity.kind, null, null, 'pronoun', [a, a + 1], null, r.confidence);
  }
  const named = nameInAppositionTo(doc, r.antecedent);
  return fromEntity(named ?? r.entity, [a, a + 1], 'pronoun', r.confidence);
}

/**
 * "The minister's wife, Sara Holm, spoke to reporters. She said …": the person named in an apposition
 * right after a description of one person (`, Sara Holm,`), whom the description and a pronoun after it
 * stand for (ANNOTATION.md §1 rule 3: linked by an apposition); `null` otherwise.
 */
function nameInAppositionTo(doc: Document, m: EntityMention): Entity | null {
  const toks = doc.tokens;
  const reg = entityRegistry(doc);
  if (m.form !== 'description' || reg.entities[m.entity]!.plural || toks[m.end]?.value !== ',') return null;
  const k = reg.mentionAt[m.end + 1] ?? -1;
  if (k === -1) return null;
  const n = reg.mentions[k]!;
  const e = reg.entities[n.entity]!;
  if (n.form !== 'name' || n.first !== m.end + 1 || e.kind !== 'person' || toks[n.end]?.value !== ',') return null;
  return e;
}

/**
 * "The United States and Britain condemned the attack. They said …": the names joined by `and` that
 * end at the antecedent `m` of `they` (`United States and Britain`), each a name the registry reads;
 * `null` when the antecedent is joined to nothing.
 */
function coordinatedAntecedent(doc: Document, m: EntityMention): string | null {
  const reg = entityRegistry(doc);
  const lm = conjunctBefore(doc, m);
  return lm === null ? null : `${reg.entities[lm.entity]!.name} and ${reg.entities[m.entity]!.name}`;
}

/** {@link registryActor} found a description of the registry: it is named below as written. */
const DESCRIBED = Symbol('described');

/** A registry mention heading [a, h) ("the Islamic State (IS) group": the name before a group noun). */
function registryActor(
  doc: Document,
  a: number,
  h: number,
  reg: EntityRegistry,
): ResolvedActor | typeof DESCRIBED | null {
  const toks = doc.tokens;
  let hm = h;
  if (hm - 1 > a && isGroupHead(toks[hm - 1]!.lower)) {
    hm--;
    if (toks[hm - 1]?.value === ')') {
      let o = hm - 1;
      while (o > a && toks[o]!.value !== '(') o--;
      if (o > a) hm = o;
    }
  }
  let described = false;
  for (const end of hm === h ? [h] : [h, hm]) {
    for (let k = end - 1; k >= a; k--) {
      const mi = reg.mentionAt[k]!;
      if (mi === -1) continue;
      const m = reg.mentions[mi]!;
      if (m.end !== end && m.nameEnd !== end) break;
      const e = reg.entities[m.entity]!;
      if (m.form === 'name')
        return (
          titledPerson(doc, a, m, reg) ??
          personAfterTitle(doc, m.nameFirst, m.nameEnd) ??
          organisationOf(doc, a, m.nameFirst, m.nameEnd, reg) ??
          fromEntity(e, [m.nameFirst, m.nameEnd], 'name', 0.9)
        );
      if (e.kind === 'person') return fromEntity(e, [m.first, m.end], 'description', 0.7);
      described = true;
      break;
    }
  }
  return described ? DESCRIBED : null;
}

/** An actor read from the text at [a, b), outside the registry. */
function textActor(doc: Document, a: number, b: number, kind: ActorKind, role: string | null): ResolvedActor {
  return speakerActor(textOf(doc, a, b), kind, role, null, 'name', [a, b], null, 0.7);
}

/**
 * "Security Council President Ann Lund": capitalised words of a title run into a
 * person's name with the comma lost; the person starts at a known first name that
 * follows a word that is none (not "Abu Karim", "Mohammad Ali"), after a title, role or
 * organisation head.
 */
function personAfterTitle(doc: Document, a: number, b: number): ResolvedActor | null {
  const toks = doc.tokens;
  // The words before must hold a title, role or organisation head ("Security Council president"),
  // or they may be the person's own given names ("Mamun Abu Omar").
  let titled = false;
  for (let j = a; j < b - 2 && !titled; j++)
    titled = isOrganisationHead(toks[j]!.value) || roleAt(toks, j, j + 1) !== null || titleAt(toks, j, j + 1) !== null;
  if (!titled) return null;
  for (let k = a + 1; k < b - 1; k++) {
    if (firstNameGender(toks[k]!.lower) === null || firstNameGender(toks[k - 1]!.lower) !== null) continue;
    if (!isNameToken(doc, k - 1) || toks[k - 1]!.lower === toks[k - 1]!.value) continue;
    return textActor(doc, k, b, 'person', textOf(doc, a, k));
  }
  return null;
}

/**
 * "the Organisation for the Prohibition of Chemical Weapons": a name after `of` or
 * `for` that completes an organisation's name the registry holds in two pieces.
 */
function organisationOf(
  doc: Document,
  a: number,
  first: number,
  end: number,
  reg: EntityRegistry,
): ResolvedActor | null {
  const toks = doc.tokens;
  const link = toks[first - 1];
  if (link === undefined || first - 2 < a || (link.lower !== 'of' && link.lower !== 'for')) return null;
  const mi = reg.mentionAt[first - 2]!;
  if (mi === -1) return null;
  const m = reg.mentions[mi]!;
  if (m.form !== 'name' || m.nameEnd !== first - 1 || !isOrganisationHead(toks[m.nameFirst]!.value)) return null;
  const known = canonicalActor(textOf(doc, m.nameFirst, end));
  if (known !== null) return { ...textActor(doc, m.nameFirst, end, known.kind, null), name: known.name };
  return textActor(doc, m.nameFirst, end, 'organisation', null);
}

/** "Kevin Kennedy Regional Humanitarian Coordinator": a capitalised title after a person's name is theirs. */
function titledPerson(
  doc: Document,
  a: number,
  m: EntityRegistry['mentions'][number],
  reg: EntityRegistry,
): ResolvedActor | null {
  const pm = m.nameFirst > a ? reg.mentionAt[m.nameFirst - 1]! : -1;
  const person = pm === -1 ? null : reg.mentions[pm]!;
  if (person === null || person.form !== 'name') return null;
  let titled = false;
  for (let r = m.nameFirst; r < m.nameEnd && !titled; r++) titled = roleAt(doc.tokens, r, r + 1) !== null;
  if (!titled) return null;
  const pe = reg.entities[person.entity]!;
  return pe.kind === 'person' ? fromEntity(pe, [person.nameFirst, person.nameEnd], 'name', 0.8) : null;
}

/** A name the registry does not hold (headlines are not in it), read here: [a, h) must end with the name run. */
function unregisteredName(doc: Document, a: number, h: number, reg: EntityRegistry): ResolvedActor | null {
  const toks = doc.tokens;
  for (let k = a; k < h; k++) {
    if (!isNameToken(doc, k) || isTemporal(toks[k]!.lower)) continue; // a weekday or month is no speaker
    const s = runStart(doc, k);
    const r = nameRunAt(doc, k, h);
    if (r === k + 1 && isMediaHead(toks[k]!.lower)) return null; // "state TV": a description
    // "Eyewitnesses said": a plural common noun of the model opening its sentence, which the registry
    // did not take for a name, is a description.
    if (r === k + 1 && reg.mentionAt[k] === -1 && opensSentence(doc, k) && modelNounNumber(toks[k]!.lower) === 'plural')
      return null;
    // "the mayor of Springfield, Ill.": a state after a city and its comma ends a place, not a name.
    if (r === k + 1 && US_STATES.has(toks[k]!.value) && toks[k - 1]?.value === ',') return null;
    if (r === null || r !== h) {
      if (r !== null) k = r - 1;
      continue;
    }
    let nameStart = s;
    for (let j = s; j < r; j++) {
      const m = titleAt(toks, j, r);
      if (m !== null && m.end < r && isNameToken(doc, m.end)) nameStart = m.end;
    }
    const name = textOf(doc, nameStart, r);
    // A person of the registry by the same name ("Kerry says" in a headline).
    const words = coreWords(name);
    if (words.length > 0) {
      for (const e of reg.entities) {
        if (e.kind !== 'person') continue;
        const ew = e.keyWords; // coreWords(e.name), kept by the registry
        if (words.every((w) => ew.includes(w))) return fromEntity(e, [nameStart, r], 'name', 0.7);
      }
    }
    const known = canonicalActor(name);
    if (known !== null) return speakerActor(known.name, known.kind, null, null, 'name', [nameStart, r], null, 0.8);
    return speakerActor(name, kindOfName(name, toks[r - 1]!), null, null, 'name', [nameStart, r], null, 0.6);
  }
  return null;
}

/** Whether token `k` opens its sentence (or follows an opening quotation mark or parenthesis that does). */
function opensSentence(doc: Document, k: number): boolean {
  const first = doc.sentences[doc.tokens[k]!.sentence]!.firstToken;
  return k === first || (k === first + 1 && (doc.tokens[first]!.pos === 'PUNCT' || isMark(doc.tokens[first])));
}

/** A description ("Western diplomatic source"), or the fuller name a capitalised short form stands for ("the Monitor"). */
function descriptionActor(doc: Document, a: number, b: number, reg: EntityRegistry): ResolvedActor | null {
  const toks = doc.tokens;
  // (The bounds read once: describe() would read them again.)
  const [da, db] = descriptionBounds(doc, a, b);
  const text = describedText(doc, da, db);
  if (text === '') return null;
  const full = db - da === 1 ? shortFormOf(doc, da, reg) : null;
  if (full !== null) return fromEntity(full, [da, db], 'name', 0.7);
  let kind: ActorKind = 'description';
  for (let k = da; k < db; k++) if (isMediaHead(toks[k]!.lower) && k === db - 1) kind = 'media';
  const owned = stateOwned(doc, da, db) ?? personOwned(doc, da, db, reg);
  return speakerActor(owned?.name ?? text, kind, null, null, 'description', [da, db], null, 0.6, owned?.aliases);
}

/**
 * "Ban Ki-moons office", "President Omar Haddads spokesman": a person's name whose possessive lost
 * its apostrophe, before a lower-case description, owns it — named with the apostrophe restored and
 * the person's fullest name in the document, titles left out. A person is known by a given name or a
 * title in the run (not "United Nations spokesman", "Reuters correspondent").
 */
function personOwned(
  doc: Document,
  a: number,
  b: number,
  reg: EntityRegistry,
): { name: string; aliases: string[] } | null {
  const toks = doc.tokens;
  // The run of titles, names and particles that opens the phrase, ending in the word that lost its apostrophe.
  let s = a;
  let titled = false;
  let k = a;
  while (k < b) {
    const m = titleAt(toks, k, b);
    if (m !== null && m.end < b && isNameToken(doc, m.end)) {
      titled = true;
      s = m.end;
      k = m.end;
    } else if (isNameToken(doc, k) || (k > s && isParticle(toks[k]!.lower))) k++;
    // ("Ki-moons": a hyphen glued inside the name.)
    else if (k > s && toks[k]!.value === '-' && !toks[k]!.spaceBefore && toks[k + 1]?.spaceBefore === false) k += 2;
    else break;
  }
  const p = k - 1;
  // ("Mohammad al-Shaar Syrias interior minister": a state's possessive after the name is the role's.)
  if (p < s || k >= b || !isStrippedS(toks[p]!.value) || isPlaceWord(doc, p)) return null;
  for (let j = k; j < b; j++) if (toks[j]!.value !== toks[j]!.lower || toks[j]!.pos === 'ADP') return null;
  const written = textOf(doc, s, k).slice(0, -1);
  const words = coreWords(written);
  const key = words[words.length - 1];
  // The person named elsewhere in the document by the words without the "s", or titled in the run.
  let name: string | null = null;
  for (const e of reg.entities)
    if (
      e.kind === 'person' &&
      key !== undefined &&
      e.keyWords.includes(key) &&
      words.every((w) => e.keyWords.includes(w))
    )
      name = e.name;
  if (name === null && !titled) return null;
  return { name: `${name ?? written}'s ${textOf(doc, k, b)}`, aliases: [] };
}

/** Whether a capitalised word ends in an "s" that can be a lost possessive's (`Haddads`, `Ki-moons`; not `Reuters`'s double). */
function isStrippedS(v: string): boolean {
  return v.length > 3 && v.endsWith('s') && !v.endsWith('ss') && !v.endsWith("'s") && v !== v.toUpperCase();
}

/**
 * "Turkey's health ministry", "Turkeys health ministry" (the apostrophe lost): a state's body
 * described in lower case after the state's possessive is named with the apostrophe, and also by
 * the state's demonym (`Turkish health ministry`), the other way news names it; `null` for any
 * other phrase.
 */
function stateOwned(doc: Document, a: number, b: number): { name: string; aliases: string[] } | null {
  const toks = doc.tokens;
  const owner = statePossessorAt(doc, a);
  if (owner === null || owner.after >= b) return null;
  for (let k = owner.after; k < b; k++) if (toks[k]!.value !== toks[k]!.lower || toks[k]!.pos === 'ADP') return null;
  const rest = textOf(doc, owner.after, b);
  const t = toks[a]!.value;
  const possessor = owner.after === a + 1 ? `${t.slice(0, -1)}'s` : `${t}'s`;
  const demonym = owner.actor.demonyms?.[0];
  return { name: `${possessor} ${rest}`, aliases: demonym === undefined ? [] : [`${demonym} ${rest}`] };
}

/**
 * "the Monitor" after "the Levant Rights Monitor": a capitalised word inside a
 * sentence, after an article, that heads a longer name of the registry (its last
 * word, or the word before its for/of part) refers to that name.
 */
function shortFormOf(doc: Document, k: number, reg: EntityRegistry): Entity | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const before = toks[k - 1];
  if (before === undefined || before.lower !== 'the' || !/^[A-Z][a-z]/.test(t.value)) return null;
  let found: Entity | null = null;
  for (const e of reg.entities) {
    if (e.kind === 'description') continue;
    const words = e.name.split(' ');
    const i = words.lastIndexOf(t.value);
    if (words.length < 2 || i < 1 || !(i === words.length - 1 || words[i + 1] === 'for' || words[i + 1] === 'of'))
      continue;
    if (found !== null && found !== e) return null; // two names end so: no guess
    found = e;
  }
  return found;
}

function kindOfName(name: string, last: Token): ActorKind {
  if (isMediaName(name)) return 'media';
  // "Sky News", "Press TV", "Anadolu News": a capitalised media head ending a longer name is an outlet.
  if (name.includes(' ') && isMediaHead(last.lower) && startsAsciiUpper(last.value)) return 'media';
  if (isGovernmentName(name)) return 'government';
  if (isOrganisationHead(last.value) || isAcronym(last)) return 'organisation';
  // "Syrian Observatory for Human Rights": the head stands before what the body is for.
  const cut = /\s(?:for|of|on)\s/.exec(name);
  if (cut !== null && isOrganisationHead(name.slice(0, cut.index).split(' ').pop() ?? '')) return 'organisation';
  return 'person';
}

function fromEntity(e: Entity, mention: [number, number], by: ActorResolution, confidence: number): ResolvedActor {
  return speakerActor(e.name, e.kind, e.role, e.organisation, by, mention, e, confidence);
}

/** Whether a segment is a leading adverbial rather than a subject. */
function isAdverbial(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens[a]!;
  if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV') return true;
  if (doc.zoneAt(t.start) === 'dateline') return true;
  const e = timeEntities(doc).startingAt.get(a);
  if (e !== undefined && e.endToken >= b) return true;
  return false;
}

/** Token bounds of a description's name within [a, b). */
function descriptionBounds(doc: Document, a: number, b: number): [number, number] {
  const toks = doc.tokens;
  let s = a;
  while (s < b && LEADING_DETERMINERS.has(toks[s]!.lower)) s++;
  // "24.08.2013 Syrian state media": a date is no part of a description.
  const date = timeEntities(doc).startingAt.get(s);
  if (date !== undefined && date.endToken < b) s = date.endToken;
  let e = descriptionEnd(doc, s, b);
  s = afterGluedNumber(toks, s, e);
  s = atStrippedPossessor(doc, s, e);
  s = mediumStart(doc, s, e);
  while (e > s && toks[e - 1]!.pos === 'PUNCT') e--;
  return [s, e];
}

/** Where a description opening at `s` ends before `b`: at a relative word, a bracket, an auxiliary or a circumstance. */
function descriptionEnd(doc: Document, s: number, b: number): number {
  const toks = doc.tokens;
  for (let k = s + 1; k < b; k++) {
    const t = toks[k]!;
    if (RELATIVE.has(t.lower) || t.value === '(' || (t.pos === 'AUX' && k > s)) return k;
    if (t.pos === 'ADP' && CIRCUMSTANCE.has(t.lower)) {
      const prev = toks[k - 1]!.lower;
      if (/^(affiliated|linked|associated|allied|close|loyal|aligned|familiar)$/.test(prev)) continue;
      if (attachmentAt(toks, k)) continue; // "sources on the ground"
      return k;
    }
    // "reports at the time", "officials in March": a time is a circumstance; a place or body stays
    // ("a source at Aleppo Police Command", "security sources in Akcakale").
    if (t.pos === 'ADP') {
      const o = toks[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
      const obj = toks[o];
      if (obj !== undefined && (isTemporal(obj.lower) || obj.pos === 'NUM' || timeEntities(doc).startingAt.has(k + 1)))
        return k;
    }
  }
  return b;
}

/**
 * "Blast kills 12 wounds 50 State media": a number after a noun or verb ends a run glued on from a
 * headline; the description starts after it. (A number that counts the speakers opens the
 * description or follows a determiner or quantifier: "two officials", "at least 12 witnesses".)
 */
function afterGluedNumber(toks: readonly Token[], s: number, e: number): number {
  for (let k = e - 2; k > s; k--) {
    if (toks[k]!.pos !== 'NUM' || isGluedHyphen(toks, k + 1)) continue; // "a 16-page report"
    const p = toks[k - 1]!.pos;
    if (p === 'NOUN' || p === 'VERB' || p === 'PROPN' || p === 'NUM') return k + 1;
    break;
  }
  return s;
}

/** "sarin gas Turkeys health ministry": an owner whose apostrophe was lost opens the description. */
function atStrippedPossessor(doc: Document, s: number, e: number): number {
  for (let k = e - 2; k > s; k--) if (isStrippedPossessor(doc, k)) return k;
  return s;
}

/** Where a description of a medium (`state television`, `the official Sana news agency`) starts. */
function mediumStart(doc: Document, s: number, e: number): number {
  const toks = doc.tokens;
  // "children in a … neighbourhood in the central city of Homs state television": a medium's description
  // that a comma-less attribution ran into the content starts after the last preposition before its head.
  if (e - s >= 3 && isMediaHead(toks[e - 1]!.lower)) {
    for (let k = e - 2; k > s; k--) {
      if (toks[k]!.pos === 'ADP' && !isNameToken(doc, k)) {
        if (isNameToken(doc, k - 1)) continue; // "Voice of America news service": inside a name
        // ("a source close to Hezbollah's Al-Manar TV": a speaker described before it keeps the whole.)
        if (isNameToken(doc, k + 1) && roleBefore(doc, s, k) === null) s = k + 1;
        break;
      }
    }
  }
  // A named medium: start at its name ("The official Sana news agency" → "Sana news agency").
  if (e - s >= 2 && isMediaHead(toks[e - 1]!.lower)) {
    for (let k = s; k < e - 1; k++) {
      if (isNameToken(doc, k) || (toks[k]!.lower === 'al' && isNameToken(doc, k + 2))) {
        if (
          k > s &&
          toks[k - 1]!.pos !== 'ADJ' &&
          toks[k - 1]!.value !== '-' &&
          !/^(official|state|state-run)$/.test(toks[k - 1]!.lower)
        )
          break;
        return k;
      }
    }
  }
  return s;
}

/**
 * The text of a description (`Western diplomatic source`, `activists from the city`).
 *
 * @example
 * ```ts
 * describe(parse('A Syrian lawmaker on a state TV station'), 0, 8); // 'Syrian lawmaker'
 * ```
 */
export function describe(doc: Document, a: number, b: number): string {
  const [s, e] = descriptionBounds(doc, a, b);
  return describedText(doc, s, e);
}

/** The text of the description at the bounds [s, e) {@link descriptionBounds} gave, or `''` when it holds no noun. */
function describedText(doc: Document, s: number, e: number): string {
  if (e <= s) return '';
  // A description needs a noun.
  let noun = false;
  for (let k = s; k < e && !noun; k++) {
    const t = doc.tokens[k]!;
    // ("According to report": a document noun the tagger read as a verb.)
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || roleAt(doc.tokens, k, e) !== null || DOCUMENT_NOUNS.has(t.lower))
      noun = true;
  }
  if (!noun) return '';
  return textOf(doc, s, e);
}
