/**
 * Shallow syntax over tokens for the claim forms: the subject of a verb, the
 * actor after a preposition, the attack phrase (`event`) near a cue. Nothing
 * here parses a full sentence; each helper walks a bounded number of tokens
 * inside one sentence, so claims stay linear in the document length.
 *
 * @module
 */
import { placeGovernmentAt } from '../actors/context.js';
import { knownActorByName, lookupActor, type KnownActor } from '../actors/known.js';
import { resolveActor, type ResolvedActor as SpeakerActor } from '../actors/speaker.js';
import { mentionLookup, type ActorMention, type MentionLookup, type MentionSource } from '../actors/mentions.js';
import { temporalExpressions } from '../temporal/index.js';
import type { Document, Sentence, Token } from '../document/model.js';
import type { ActorKind } from '../actors/kind.js';
import { lexicon, phraseAt, type AttackClass, type Lexicon } from './lexicon.js';
import { quoteMarks } from '../marks/index.js';
import {
  BE_FORMS,
  FUNCTION_WORDS,
  HAVE_FORMS,
  PHRASAL_PARTICLES,
  QUOTATION_MARKS,
  RELATIVE_PRONOUNS,
  WEAPON_NOUNS,
} from '../lexicon/en/index.js';
import claimWords from '../lexicon/claims.json';
import phraseWords from '../lexicon/en/phrases.json';
import dates from '../lexicon/dates.json';
import membership from '../lexicon/membership.json';
import { isJoiner, isPossessiveEnding, isUpperCase, startsAsciiUpper } from '../syntax/tokens.js';
import { conditionalBefore, negatedBetween as negationIn } from '../syntax/negation.js';
import { conjunctionBefore } from '../syntax/coordination.js';
import { asideOpenBefore, objectEnd as shortObjectEnd } from '../syntax/clause.js';
import { defineWordClass } from '../document/classes.js';

/** Per-document state shared by the claim forms. */
export interface Ctx {
  readonly doc: Document;
  readonly toks: readonly Token[];
  /** The actor mentions, read sentence by sentence as the forms ask. */
  readonly idx: MentionLookup;
  readonly lex: Lexicon;
  /** 1 for tokens inside quotation marks (marks included), from the shared `src/marks` layer. */
  readonly quoted: Uint8Array;
  /** For a token that ends a wink date/time entity: the entity's first token; else -1. */
  readonly dateStart: Int32Array;
  /** Per sentence: 2 when {@link attackContext} holds, 1 when not, 0 not yet computed. */
  readonly violent: Uint8Array;
  /** Per token, {@link attackClass} memoised: 0 not yet computed, else 1 + its index in `ATTACK_CLASSES` (1: none). */
  readonly attackClasses: Uint8Array;
  /** The government a bare `regime` / `government` at a token stands for, by token, memoised
   * (its look-up scans sentences back, and several forms ask for the same token). */
  readonly governments: Map<number, KnownActor | null>;
  /** Per sentence, its mentions of a state or group named a coalition (`the US-led coalition`), memoised
   * (a bare `coalition` looks back through every sentence before it for the nearest one). */
  readonly coalitions: (readonly ActorMention[] | undefined)[];
  /** Per sentence, the nearest coalition mention in the sentences before it (`null` when none), memoised
   * so that a bare `coalition` is looked up in constant time. */
  readonly coalitionBefore: (ActorMention | null | undefined)[];
  /** The first sentence of the document with an attack or violence word, -1 when none; -2 not yet computed. */
  firstViolent: number;
  /** The sentence being read. */
  sentence: Sentence;
}

/** How a claim's actor was found. */
export type ActorVia = MentionSource | 'anaphor' | 'description';

/** An actor as a claim form resolved it (token indexes of the words that name it). */
export interface ResolvedActor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly first: number;
  readonly end: number;
  readonly via: ActorVia;
  readonly affiliation: string | null;
}

/** A subject: its actor and where its noun phrase starts (for the claim span). */
export interface Subject {
  readonly actor: ResolvedActor;
  readonly start: number;
}

/** What a subject or object search may return besides registry, shape and context mentions. */
export interface FindOptions {
  /** Country names and capitals as their government (`Moscow denied…`). */
  readonly places?: boolean;
  /** Plain noun phrases (`rebels`, `the opposition`) as `description` actors. */
  readonly descriptions?: boolean;
}

/** The four {@link FindOptions}, every field set (one object shape; indexed by places + 2 × descriptions). */
const FIND_OPTIONS: readonly Required<FindOptions>[] = [
  { places: false, descriptions: false },
  { places: true, descriptions: false },
  { places: false, descriptions: true },
  { places: true, descriptions: true },
];

/**
 * Search options as one of four shared objects: the searches derive options from options as they
 * recurse, and `{ ...opts, descriptions: false }` made a new object of a new shape each time (a
 * megamorphic store and a megamorphic read of the flag).
 */
function findOptions(places: boolean, descriptions: boolean): FindOptions {
  return FIND_OPTIONS[(places ? 1 : 0) + (descriptions ? 2 : 0)]!;
}

/** Builds the per-document context; its arrays belong to this context alone. */
export function makeCtx(doc: Document): Ctx {
  const toks = doc.tokens;
  const dateStart = new Int32Array(toks.length).fill(-1);
  for (const e of temporalExpressions(doc)) dateStart[e.endToken - 1] = e.firstToken;
  return new DocumentCtx(doc, lexicon(), dateStart, new Uint8Array(doc.sentences.length), new Uint8Array(toks.length));
}

/**
 * {@link Ctx} as a class: its lazy members are getters on the prototype. (As getters
 * in an object literal they gave every document's context a hidden class of its own,
 * allocated in V8's old space and holding the getters' closures over the document:
 * every young object of the document stayed reachable from old space until the next
 * full collection, so each scavenge promoted whole documents, about 2.8 MB per
 * scavenge for `extractClaims` alone, against a few KB now.)
 */
class DocumentCtx implements Ctx {
  readonly toks: readonly Token[];
  sentence: Sentence;
  /** The actor index and the quote marks are built on first use: a document whose cue words all
   * fail their cheap tests (most non-conflict news) never pays for them. */
  private idxValue: MentionLookup | null = null;
  private quotedValue: Uint8Array | null = null;
  readonly governments = new Map<number, KnownActor | null>();
  readonly coalitions: (readonly ActorMention[] | undefined)[] = [];
  readonly coalitionBefore: (ActorMention | null | undefined)[] = [null];
  firstViolent = -2;

  constructor(
    readonly doc: Document,
    readonly lex: Lexicon,
    readonly dateStart: Int32Array,
    readonly violent: Uint8Array,
    readonly attackClasses: Uint8Array,
  ) {
    this.toks = doc.tokens;
    this.sentence = doc.sentences[0]!;
  }

  get idx(): MentionLookup {
    return (this.idxValue ??= mentionLookup(this.doc));
  }

  get quoted(): Uint8Array {
    if (this.quotedValue === null) {
      // the shared quotation-mark layer (src/marks), as 0/1 per token
      const { spanOf } = quoteMarks(this.doc);
      const quoted = new Uint8Array(spanOf.length);
      for (let k = 0; k < spanOf.length; k++) if (spanOf[k]! >= 0) quoted[k] = 1;
      this.quotedValue = quoted;
    }
    return this.quotedValue;
  }
}

/** Determiners before an anaphoric noun (`the group`, `this group`; claims.json `anaphorDeterminers`). */
export const ANAPHOR_DETERMINERS: ReadonlySet<string> = new Set(claimWords.anaphorDeterminers);
/** Adjectives that keep `the … group` a reference back (`the same group`; claims.json `anaphorAdjectives`). */
const ANAPHOR_ADJECTIVES: ReadonlySet<string> = new Set(claimWords.anaphorAdjectives);
const RELATIVES = RELATIVE_PRONOUNS;
/** Forms of BE and HAVE before a participle (`was widely believed to have been carried out`). */
const AUX: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS]);
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(claimWords.organisationWords);
const NOT_AN_ACTOR: ReadonlySet<string> = new Set(claimWords.notActors);
const REPORTED: ReadonlySet<string> = new Set(claimWords.reportedParticiples);
const TITLES: ReadonlySet<string> = new Set(claimWords.titles);
/** An acronym of two to six capitals (`PCE`, `FMLN`): an organisation's. */
const ACRONYM_WORD = /^[A-Z]{2,6}$/;

/** Whether the token is a hyphen glued to its neighbours (the shared test of `src/syntax`). */
export { isJoiner };

/** Whether the word is a possessive ending (`'s`, `’s`, `'`), the shared test of `src/syntax`. */
export const isPossessive = isPossessiveEnding;

/**
 * The forces noun of the phrase at token `k`: `k` itself, or the word after a forces compound
 * (`air force`, `war planes`, `fighter jets`: claims lexicon `forceCompounds`) when that word is a
 * forces noun. The caller tests the result against `forceNouns`.
 */
export function forcesHead(ctx: Ctx, k: number): number {
  const { toks, lex } = ctx;
  return lex.forceCompounds.has(toks[k]?.lower ?? '') && lex.forceNouns.has(toks[k + 1]?.lower ?? '') ? k + 1 : k;
}

/** The values {@link attackClass} memoises, by code - 1 (`ctx.attackClasses`). */
const ATTACK_CLASSES: readonly (AttackClass | null)[] = [null, 'generic', 'military', 'attack'];

/**
 * The attack class of the token (`attack`, `military`, `generic`), or `null`. Memoised per token:
 * the forms ask for the same words many times (every word of a phrase as its head moves right).
 */
export function attackClass(ctx: Ctx, i: number): AttackClass | null {
  const t = ctx.toks[i];
  if (t === undefined) return null;
  const known = ctx.attackClasses[i]!;
  if (known !== 0) return ATTACK_CLASSES[known - 1]!;
  const cls = attackClassOf(ctx, t, i);
  ctx.attackClasses[i] = ATTACK_CLASSES.indexOf(cls) + 1;
  return cls;
}

/** {@link attackClass} of token `t` at `i`, worked out. */
function attackClassOf(ctx: Ctx, t: Token, i: number): AttackClass | null {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB' && t.pos !== 'ADJ') return null;
  // "rocket fire", "sniper fire": an attack; "a fire" is not, but as a generic event it is the
  // object of a claim ("claimed responsibility for the fire")
  // ("rebel fire", "regime fire": fighters or a state that fired)
  if (t.lower === 'fire') {
    const before = ctx.toks[i - 1]?.lower ?? '';
    const armed =
      ctx.lex.fireModifiers.has(before) ||
      ctx.lex.fighterAdjectives.has(before) ||
      before === 'regime' ||
      before === 'government';
    return armed ? 'attack' : 'generic';
  }
  return ctx.lex.attack.get(t.lower) ?? null;
}

/** Tags of the words of a noun phrase (`the murderers of the two priests`). */
export const NOMINAL_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** A word of a noun phrase: determiner, adjective, number, noun, a joiner (`-`, `and`) or a possessive. */
function isNominal(t: Token): boolean {
  return NOMINAL_POS.has(t.pos) || isJoiner(t) || isPossessive(t);
}

/** A mention as the actor of a claim. */
export function actorOf(m: ActorMention): ResolvedActor {
  return {
    name: m.name,
    kind: m.kind,
    first: m.firstToken,
    end: m.endToken,
    via: m.via,
    affiliation: m.affiliation,
  };
}

/** A resolved actor with every field set in {@link actorOf}'s order (one object shape, no spreads). */
export function makeActor(
  name: string,
  kind: ActorKind,
  first: number,
  end: number,
  via: ActorVia,
  affiliation: string | null,
): ResolvedActor {
  return { name, kind, first, end, via, affiliation };
}

/** Moves left from `k` over adverbs, auxiliaries, negations, dates and parentheses. */
export function skipBack(ctx: Ctx, k: number): number {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  while (k >= s0) {
    const t = toks[k]!;
    if (ctx.idx.endingAt.has(k)) return k; // "IS claimed": a name, not the verb "is"
    if (lex.subjectSkips.has(t.lower) || lex.negations.has(t.lower) || (t.pos === 'ADV' && t.lower !== 'but')) {
      k--;
      continue;
    }
    const ds = ctx.dateStart[k]!;
    if (ds >= s0 && ds <= k) {
      k = ds - 1;
      const p = toks[k];
      if (p !== undefined && k >= s0 && (p.pos === 'ADP' || p.lower === 'early' || p.lower === 'late')) k--;
      continue;
    }
    // an acronym set off by commas after its name: 'the Patriotic Front, FPMR, has claimed'
    if (t.value === ',' && k - 2 > s0 && toks[k - 2]!.value === ',' && ACRONYM_WORD.test(toks[k - 1]!.value)) {
      k -= 3;
      continue;
    }
    if (t.value === ')' || t.value === ']') {
      const open = t.value === ')' ? '(' : '[';
      let j = k - 1;
      while (j >= s0 && j > k - 12 && toks[j]!.value !== open) j--;
      if (j < s0 || toks[j]!.value !== open) return k;
      k = j - 1;
      continue;
    }
    return k;
  }
  return k;
}

/** Whether {@link skipForward} moves over the token (unless an actor mention starts there). */
export function skippable(ctx: Ctx, t: Token, clause = false): boolean {
  const { lex } = ctx;
  return (
    (t.pos === 'ADV' && !lex.negations.has(t.lower) && t.lower !== 'not') ||
    lex.subjectSkips.has(t.lower) ||
    (clause && (t.lower === 'that' || t.value === ':' || t.value === ','))
  );
}

/**
 * Whether `test` holds at a token where {@link skipForward} from `k` can stop:
 * `k` itself, each token it may move over, and the one after them (or the
 * sentence end). A cheap necessary condition: no actor mention is read.
 */
export function aheadOf(ctx: Ctx, k: number, test: (j: number) => boolean, clause = false): boolean {
  const end = ctx.sentence.endToken;
  for (let j = k; j <= end; j++) {
    const t = ctx.toks[j];
    if (t === undefined) return false;
    if (test(j)) return true;
    if (j === end || !skippable(ctx, t, clause)) return false;
  }
  return false;
}

/** Moves right from `k` over adverbs (and `that`/`:` when `clause`). */
export function skipForward(ctx: Ctx, k: number, clause = false): number {
  const { toks } = ctx;
  const end = ctx.sentence.endToken;
  while (k < end) {
    const t = toks[k]!;
    if (ctx.idx.startingAt.has(k)) return k;
    if (skippable(ctx, t, clause)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** For a comma closing an apposition or relative clause, the comma that opens it; else -1. */
function clauseOpen(ctx: Ctx, k: number): number {
  return asideOpenBefore(ctx.toks, k, ctx.sentence.firstToken, (j) => ctx.idx.startingAt.has(j) || roleName(ctx, j));
}

/**
 * Whether a capitalised name at `j` stands in apposition to a role noun before its comma (`a
 * Taliban spokesman, Zabihullah Mujahid, said`): the aside names the role's holder, a person the
 * actor index need not know.
 */
function roleName(ctx: Ctx, j: number): boolean {
  const { toks } = ctx;
  const t = toks[j]!;
  if (t.pos !== 'PROPN' || toks[j - 1]?.value !== ',' || !ctx.lex.roleNouns.has(toks[j - 2]?.lower ?? '')) return false;
  return startsAsciiUpper(t.value);
}

/** Left edge of the noun phrase that ends with token `first - 1`'s neighbour `first`. */
export function npStart(ctx: Ctx, first: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = first;
  for (let n = 0; n < 6 && k - 1 >= s0; n++) {
    const t = toks[k - 1]!;
    if (ctx.dateStart[k - 1]! >= 0) break;
    if (isNominal(t) || (isJoiner(toks[k]) && t.shape === 'word')) {
      if (t.pos === 'DET' && t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'an') break;
      // descriptors before a name are singular ("Terror group IS", "the jihadist alliance X"); a plural noun ends another phrase
      if (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && !ctx.lex.groupNouns.has(t.lower)) break;
      k--;
      if (t.pos === 'DET') break;
      continue;
    }
    break;
  }
  return k;
}

/**
 * The most recent actor (group or government, not a place, not a modifier)
 * before token `i`, in its sentence or the two before: what "it", "they",
 * "the group" refer to.
 */
export function resolveAnaphor(ctx: Ctx, i: number, groupsOnly = false): ActorMention | null {
  const here = ctx.toks[i]!.sentence;
  // the sentence and the two before it, latest mention first
  for (let s = here; s >= 0 && s >= here - 2; s--) {
    const ms = ctx.idx.inSentence(s);
    let ally: ActorMention | null = null;
    for (let m = ms.length - 1; m >= 0; m--) {
      const a = ms[m]!;
      if (a.endToken > i) continue;
      if (a.modifier || (a.via === 'place' && !placeAsActor(ctx, a))) continue;
      // "The Observatory documented deaths in strikes it blamed on…": a pronoun after its own
      // sentence's subject, a monitor or other organisation, is that subject, no group named before
      if (s === here && !groupsOnly && pronounOfSubject(ctx, a, i)) return a;
      if (a.kind !== 'group' && (a.kind !== 'government' || groupsOnly)) continue;
      // "X, the extremist group linked to al-Qaida, said…": the group an apposition ties X to is
      // not what "the group" refers back to; X, earlier in the sentence, is (else the ally)
      if (ally === null && affiliatedObject(ctx, a.firstToken)) {
        ally = a;
        continue;
      }
      return a;
    }
    if (ally !== null) return ally;
  }
  return null;
}

/**
 * Whether the pronoun at `i` refers to `a`, an organisation or an independent medium that is the
 * subject of a verb earlier in the pronoun's sentence (`The Observatory said 12 died in strikes it
 * blamed on…`): not a group nor a state, so the caller finds no antecedent among them.
 */
function pronounOfSubject(ctx: Ctx, a: ActorMention, i: number): boolean {
  if (a.kind !== 'organisation' && !(a.kind === 'media' && a.affiliation === null)) return false;
  const w = ctx.toks[i]!.lower;
  if (w !== 'it' && w !== 'its') return false;
  let v = a.endToken;
  while (ctx.toks[v]?.pos === 'ADV') v++;
  const next = ctx.toks[v];
  return next !== undefined && v < i && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Whether the mention starting at `k` is the object of an affiliation (`linked to X`, `allied with the X`). */
function affiliatedObject(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  let p = k - 1;
  if (toks[p]?.pos === 'DET') p--;
  const prep = toks[p]?.lower;
  return (prep === 'to' || prep === 'with') && lex.affiliationWords.has(toks[p - 1]?.lower ?? '');
}

/**
 * A country named as a place that acts as its government: the subject of a verb with no
 * place preposition before it (`Russia began carrying out air strikes`; not `in Syria`).
 */
function placeAsActor(ctx: Ctx, a: ActorMention): boolean {
  const { toks } = ctx;
  if (a.kind !== 'government') return false;
  const before = toks[a.firstToken - 1];
  if (before !== undefined && before.sentence === toks[a.firstToken]!.sentence) {
    if (PLACE_PREPOSITIONS.has(before.lower) || PLACE_PREPOSITIONS.has(toks[a.firstToken - 2]?.lower ?? ''))
      return false;
  }
  const next = toks[a.endToken];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Whether `they` at `i` follows, in its own sentence, the plural subject of an
 * earlier clause that no actor mention names (`Army units advanced into the
 * district where they executed…`, `The troops entered the village and they
 * shelled…`): `they` is those fighters, not a group named in the sentences before,
 * so reading it as that group would put the act on the wrong actor. A subject is
 * a fighters or forces noun in the plural (claims lexicon `groupNouns`,
 * `forceNouns`, `attackerNouns`) with a verb right after it (adverbs between).
 * Returns that noun's token, or -1.
 */
function nearerPluralSubject(ctx: Ctx, i: number): number {
  const { toks, lex, idx } = ctx;
  if (toks[i]!.lower !== 'they') return -1;
  const s0 = ctx.sentence.firstToken;
  for (let k = i - 1; k >= s0 && k > i - 25; k--) {
    const w = toks[k]!.lower;
    if (!w.endsWith('s') || (!lex.groupNouns.has(w) && !lex.forceNouns.has(w) && !lex.attackerNouns.has(w))) continue;
    if (idx.endingAt.has(k)) return -1; // "IS fighters … they": the mention is the antecedent
    let v = k + 1;
    while (toks[v]?.pos === 'ADV') v++;
    const next = toks[v];
    if (next !== undefined && v < i && (next.pos === 'VERB' || next.pos === 'AUX')) return k;
  }
  return -1;
}

function anaphor(ctx: Ctx, first: number, end: number, groupsOnly = false): Subject | null {
  const m = resolveAnaphor(ctx, first, groupsOnly);
  if (m === null) return null;
  return {
    actor: { name: m.name, kind: m.kind, first, end, via: 'anaphor', affiliation: m.affiliation },
    start: first,
  };
}

/** Whether a word is written in capitals and is longer than an initial ("GUERRILLAS", not "A"). */
function isShouted(t: Token): boolean {
  return t.value.length > 3 && isUpperCase(t.value) && t.value !== t.lower;
}

/** Whether the word at `k` is an acronym (two to six capitals) that is not a word of shouted copy. */
function loneAcronym(toks: readonly Token[], k: number): boolean {
  return ACRONYM_WORD.test(toks[k]!.value) && !shoutedAt(toks, k);
}

/**
 * Whether the word at `k` is shouted copy rather than an acronym: written in capitals with a word
 * in capitals beside it (`THE GUERRILLAS ATTACKED`). A lone word in capitals among words in lower
 * case is an acronym (`blamed the BKDM for`; in wire copy the casing layer keeps an acronym's
 * capitals and lower-cases the rest).
 */
function shoutedAt(toks: readonly Token[], k: number): boolean {
  if (!isShouted(toks[k]!)) return false;
  const upperWord = (t: Token | undefined): boolean =>
    t !== undefined && t.shape === 'word' && /[A-Z]/.test(t.value) && isUpperCase(t.value) && t.value.length > 1;
  return upperWord(toks[k - 1]) || upperWord(toks[k + 1]);
}

/**
 * Whether `which` at `j` opens a relative clause whose subject starts at `first`
 * (`the corridors, which rebels have denied`, `the market which the militia denied`),
 * rather than asking (`asked which government…`): it follows a noun or a comma.
 */
function relativeWhich(toks: readonly Token[], j: number, first: number): boolean {
  if (toks[j]!.lower !== 'which') return false;
  if (j !== first - 1 && !(j === first - 2 && toks[first - 1]!.pos === 'DET')) return false;
  const p = toks[j - 1];
  return p !== undefined && (p.value === ',' || p.pos === 'NOUN' || p.pos === 'PROPN');
}

/** Whether a token starts with a capital letter (A–Z). */
function capitalised(t: Token | undefined): boolean {
  const c = t?.value.charCodeAt(0) ?? 0;
  return c >= 65 && c <= 90;
}

/** Parts of speech of a quoted name word (the tagger reads a lone quoted word as any of them). */
const NOMINAL_NAME: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * The opening mark of a quoted name of one or two words whose closing mark is at `close`
 * ('"Atlacatl"', '"Red Dawn"'), or -1.
 */
function quotedModifierOpen(toks: readonly Token[], close: number, s0: number): number {
  // marks hugging the words ('"Atlacatl"'), not a closing and an opening one ('" after "')
  if (toks[close]!.spaceBefore) return -1;
  for (let o = close - 2; o >= s0 && o >= close - 3; o--) {
    if (!QUOTATION_MARKS.has(toks[o]!.value)) continue;
    if (toks[o + 1]!.spaceBefore) return -1;
    for (let w = o + 1; w < close; w++) if (!NOMINAL_NAME.has(toks[w]!.pos) || toks[w]!.shape !== 'word') return -1;
    return o;
  }
  return -1;
}

/** A plain noun phrase ending at `k` as a description actor (`rebels`, `the opposition`), or `null`. */
export function description(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  const head = toks[k];
  if (head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  const member = memberDescription(ctx, k);
  if (member !== undefined) return member;
  // "the air force", "a security force": such a head needs the word that says which force ("by force" is no one)
  const modified = lex.modifiedHeads.has(head.lower);
  if (modified && !forceModifier(ctx, k)) return null;
  // Upper-case copy tags every word a name: only a fighters head is a description there ("THE GUERRILLAS")
  if (shoutedAt(toks, k)) return shoutedDescription(ctx, k, modified);
  const first = descriptionFirst(ctx, k);
  const det = toks[first - 1];
  let proper = true;
  for (let j = first; j <= k && proper; j++) proper = toks[j]!.pos === 'PROPN' || isJoiner(toks[j]);
  // Only a description head or a proper name is a description (tested first: the tests below only reject).
  if (!lex.descriptionHeads.has(head.lower) && !proper) return null;
  if (noDescription(ctx, first, k, proper)) return null;
  // "terrorist organizations", "rebel groups": the fighters the collective noun gathers (their canonical name)
  const fighters = k > first && lex.collectiveHeads.has(head.lower) ? `${toks[k - 1]!.lower}s` : '';
  // (a quoted word keeps its words, not its marks: 'the "Atlacatl" Battalion' → Atlacatl Battalion)
  const name = lex.descriptionHeads.has(fighters)
    ? fighters
    : QUOTATION_MARKS.has(toks[first]!.value)
      ? ctx.doc.norm.slice(toks[first]!.start, head.end).replace(/["“”]/g, '')
      : ctx.doc.norm.slice(toks[first]!.start, head.end);
  // ("that" before a plural opens a clause: "its claim that rebels shelled…")
  const clauseThat = det?.lower === 'that' && head.lower !== head.lemma;
  const start =
    det !== undefined && det.pos === 'DET' && !clauseThat && first - 1 >= ctx.sentence.firstToken ? first - 1 : first;
  // An unknown proper name: an organisation when a word says so ("Communist Party", "PCE"), else a person.
  let organisation = false;
  for (let j = first; j <= k && !organisation; j++)
    organisation = ORGANISATION_WORDS.has(toks[j]!.lower) || ACRONYM_WORD.test(toks[j]!.value);
  const kind = !proper || lex.descriptionHeads.has(head.lower) ? 'description' : organisation ? 'group' : 'person';
  return { actor: { name, kind, first, end: k + 1, via: 'description', affiliation: null }, start };
}

/**
 * Step 1 of description: members named by their force (`ARMED FORCES MEMBERS`, `army personnel`)
 * are the force's; `MILITARY MEN` the service their adjective names. `undefined` when the head at
 * `k` is no such member noun.
 */
function memberDescription(ctx: Ctx, k: number): Subject | null | undefined {
  const { toks, lex } = ctx;
  if (!lex.forceMemberNouns.has(toks[k]!.lower)) return undefined;
  const s0 = ctx.sentence.firstToken;
  if (k - 1 >= s0 && lex.descriptionHeads.has(toks[k - 1]!.lower)) return description(ctx, k - 1);
  if (k - 1 >= s0 && lex.serviceAdjectives.has(toks[k - 1]!.lower)) {
    const m = toks[k - 1]!;
    const start = toks[k - 2]?.pos === 'DET' && k - 2 >= s0 ? k - 2 : k - 1;
    return {
      actor: { name: m.value, kind: 'description', first: k - 1, end: k, via: 'description', affiliation: null },
      start,
    };
  }
  return undefined;
}

/** Whether the word before a force head at `k` says which force (`the air force`; `by force` is no one). */
function forceModifier(ctx: Ctx, k: number): boolean {
  const m = ctx.toks[k - 1];
  return !(
    m === undefined ||
    k - 1 < ctx.sentence.firstToken ||
    (m.pos !== 'NOUN' && m.pos !== 'ADJ' && m.pos !== 'PROPN') ||
    FUNCTION_WORDS.has(m.lower)
  );
}

/** Step 2 of description, in upper-case copy: only a fighters head at `k` is a description (`THE GUERRILLAS`). */
function shoutedDescription(ctx: Ctx, k: number, modified: boolean): Subject | null {
  const { toks, lex } = ctx;
  const head = toks[k]!;
  if (!lex.descriptionHeads.has(head.lower)) return null;
  const f = modified ? k - 1 : k;
  const start = toks[f - 1]?.lower === 'the' && f - 1 >= ctx.sentence.firstToken ? f - 1 : f;
  const name = modified ? ctx.doc.norm.slice(toks[f]!.start, head.end) : head.value;
  return {
    actor: { name, kind: 'description', first: f, end: k + 1, via: 'description', affiliation: null },
    start,
  };
}

/**
 * Step 3 of description: the first token of the noun phrase ending at `k` (up to three modifiers,
 * a quoted name word), a proper name without its titles (`French President Francois Hollande`).
 */
function descriptionFirst(ctx: Ctx, k: number): number {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let first = k;
  while (first - 1 >= s0 && first > k - 4) {
    const t = toks[first - 1]!;
    // a dateline glued to the sentence ("Aleppo SANA-Terrorist organizations"): capitals both sides of a hyphen
    if (isJoiner(t) && capitalised(toks[first]) && capitalised(toks[first - 2])) break;
    // a speech verb the tagger read as an adjective ends the phrase ("the rights monitor said/ADJ rebels")
    if (lex.speechVerbs.has(t.lower) && t.pos === 'ADJ') break;
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || isJoiner(t) || isJoiner(toks[first])) first--;
    else if (first < k + 1 && QUOTATION_MARKS.has(t.value)) {
      // a quoted name word modifying the head: 'the "Atlacatl" Battalion soldiers' (wire copy
      // quotes the name of a unit or group it introduces)
      const open = quotedModifierOpen(toks, first - 1, s0);
      if (open < 0) break;
      first = open;
    } else break;
  }
  // a proper name without titles and descriptors: "French President Francois Hollande" → "Francois Hollande"
  if (toks[k]!.pos === 'PROPN') {
    let p = k;
    // (a hyphenated particle stays with its name: "al-Mshairfeh", not "Mshairfeh")
    while (
      p - 1 >= first &&
      (toks[p - 1]!.pos === 'PROPN' || isJoiner(toks[p - 1]) || isJoiner(toks[p])) &&
      !TITLES.has(toks[p - 1]!.lower)
    )
      p--;
    first = p;
  }
  return first;
}

/**
 * Step 4 of description: whether the phrase `first..k` is no actor — a place, a date, a quantifier
 * (`no group`, `which government`), a weapon or attack written with capitals, a bare `group`.
 */
function noDescription(ctx: Ctx, first: number, k: number, proper: boolean): boolean {
  const { toks, lex } = ctx;
  const head = toks[k]!;
  const det = toks[first - 1];
  // never a place ("guerrillas operating in Chalatenango", "clashes near Homs") nor a date ("on Sunday")
  if (PLACE_PREPOSITIONS.has(det?.lower ?? '') || PLACE_PREPOSITIONS.has(toks[first - 2]?.lower ?? '')) {
    if (!lex.descriptionHeads.has(head.lower)) return true;
  }
  for (let j = first; j <= k; j++) if (CALENDAR.has(toks[j]!.lower) || ctx.dateStart[j]! >= 0) return true;
  // "no group", "any group", "which government", "neither … nor the alliance": not an actor
  for (let j = Math.max(ctx.sentence.firstToken, first - 3); j <= k; j++)
    if (NOT_AN_ACTOR.has(toks[j]!.lower) && !relativeWhich(toks, j, first)) return true;
  if (proper && placeGovernmentAt(ctx.doc, first) !== null) return true; // a place, not an actor
  // a weapon or an attack written with capitals ("Roadside IED kills three", "Car Bomb Blast"): nothing that acts
  if (proper)
    for (let j = first; j <= k; j++)
      if (WEAPON_NOUNS.has(toks[j]!.lower) || isAttackWord(lex, toks[j]!.lower)) return true;
  // a bare "group" / "a group" says nothing about who
  return first === k && (head.lower === 'group' || head.lower === 'groups');
}

/** Whether a word names an attack or a military operation (`Blast`, `Strike`), not an act's author. */
function isAttackWord(lex: Lexicon, w: string): boolean {
  const c = lex.attack.get(w);
  return c === 'attack' || c === 'military';
}

/** Prepositions after which a proper name is a place, not an actor. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(phraseWords.placePrepositions);
/** Weekday and month names (`src/lexicon/dates.json`; `may` left out, a verb far more often): never an actor. */
const CALENDAR = new Set([...Object.keys(dates.weekdays), ...Object.keys(dates.months).filter((m) => m.length > 3)]);

const PP_HEADS: ReadonlySet<string> = new Set(phraseWords.prepositionalHeads);

/**
 * Whether the noun phrase holding the mention starting at `first` is the
 * object of a preposition (`fighters from X`, `allies in Moscow`), so not a
 * subject. An affiliation (`a website affiliated with X`) is not: the medium
 * speaks for X.
 */
/** Prepositions between a role noun and the group it stands for (`spokesman for`, `member of`, `caller from`). */
const ROLE_PREPOSITIONS_OF_GROUP: ReadonlySet<string> = new Set(claimWords.roleGroupPrepositions);

function inPrepositionalPhrase(ctx: Ctx, first: number): boolean {
  const { toks, lex } = ctx;
  let k = first - 1;
  const s0 = ctx.sentence.firstToken;
  while (k >= s0 && k > first - 5 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || TITLES.has(toks[k]!.lower)))
    k--;
  if (k < s0 || !PP_HEADS.has(toks[k]!.lower)) return false;
  if ((toks[k]!.lower === 'with' || toks[k]!.lower === 'to') && lex.affiliationWords.has(toks[k - 1]?.lower ?? ''))
    return false;
  if (toks[k]!.lower === 'to' && toks[k - 1]?.lower === 'loyal') return false;
  // "the spokesman for the Taliban", "a member of the group", "a caller from the front": the
  // person speaks or acts for the group
  if (ROLE_PREPOSITIONS_OF_GROUP.has(toks[k]!.lower) && lex.roleNouns.has(toks[k - 1]?.lower ?? '')) return false;
  return true;
}

const QUOTE_MARKS = QUOTATION_MARKS;

/**
 * The group a unit or a person in the noun phrase ending at `k` belongs to:
 * `the IRA's Belfast brigade` (a possessive before the unit), `Taliban
 * spokesman Zabiullah Mujahid`, `an IS commander` (a role noun right after the
 * group's name).
 */
function ownerBefore(ctx: Ctx, k: number, unit: boolean): ActorMention | null {
  const { toks, lex, idx } = ctx;
  const s0 = ctx.sentence.firstToken;
  let p = k;
  // a person's name after the role: "spokesman Zabiullah Mujahid"
  while (p > s0 && p > k - 4 && toks[p]!.pos === 'PROPN' && !idx.endingAt.has(p)) p--;
  if (lex.roleNouns.has(toks[p]!.lower) || unit) {
    let q = lex.roleNouns.has(toks[p]!.lower) ? p - 1 : p;
    for (let n = 0; n < 3 && q >= s0; n++) {
      const t = toks[q]!;
      if (idx.endingAt.has(q)) break;
      // an editor's bracket after the owner's name: 'FMLN [FARABUNDO MARTI …] URBAN CELLS'
      if (t.value === ']') {
        let o = q - 1;
        while (o > s0 && o > q - 12 && toks[o]!.value !== '[') o--;
        if (toks[o]!.value !== '[') return null;
        q = o - 1;
        continue;
      }
      if (isPossessive(t) && idx.endingAt.has(q - 1)) {
        q--;
        break;
      }
      // a speech verb the tagger read as an adjective ends the phrase: "Human Rights Watch said/ADJ
      // government forces were…" — the speaker owns no unit there
      if (lex.speechVerbs.has(t.lower)) return null;
      if (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN') q--;
      else return null;
    }
    const m = idx.endingAt.get(q);
    if (m !== undefined && !m.modifier && m.via !== 'place' && m.kind !== 'person') return m;
    // an acronym the lexicon does not know owns its units too: 'THE KMKG COLUMNS ATTACKED'
    if (m === undefined && q >= s0 && q < k && loneAcronym(toks, q))
      return {
        name: toks[q]!.value,
        kind: 'group',
        firstToken: q,
        endToken: q + 1,
        via: 'shape',
        modifier: false,
        affiliation: null,
      };
  }
  return null;
}

/**
 * In an apposition (tokens `from`…`to`), the group a role noun names:
 * `Zabiullah Mujahid, the spokesperson for the Taliban, claimed…`.
 */
function appositionOwner(ctx: Ctx, from: number, to: number): Subject | null {
  const { toks, lex, idx } = ctx;
  for (let k = from; k < to; k++) {
    if (!lex.roleNouns.has(toks[k]!.lower)) continue;
    const prep = toks[k + 1]?.lower;
    if (prep !== 'for' && prep !== 'of') continue;
    let j = k + 2;
    if (toks[j]?.pos === 'DET') j++;
    const m = idx.startingAt.get(j);
    if (m !== undefined && !m.modifier && m.via !== 'place') return { actor: actorOf(m), start: from };
  }
  return null;
}

/** The actor an apposition (tokens `from`…`to`) opens with: `, the Martyr Abu Omar Brigade,`. */
function appositionName(ctx: Ctx, from: number, to: number): Subject | null {
  let j = from;
  if (ctx.toks[j]?.pos === 'DET') j++;
  const m = ctx.idx.startingAt.get(j);
  if (m === undefined) return unknownGroupName(ctx, j, to, from);
  if (m.modifier || m.via === 'place' || m.endToken > to) return null;
  return { actor: actorOf(m), start: from };
}

/**
 * An unknown organisation's name filling tokens `[j, to)` exactly: proper nouns (connectors
 * inside) that a word of theirs calls an organisation (`the Selmar Patriotic Union`); else `null`.
 */
function unknownGroupName(ctx: Ctx, j: number, to: number, start: number): Subject | null {
  const { toks } = ctx;
  if (to - j > 8 || to <= j || toks[j]!.pos !== 'PROPN' || toks[to - 1]!.pos !== 'PROPN') return null;
  for (let e = j; e < to; e++) if (toks[e]!.pos !== 'PROPN' && !NAME_INNER.has(toks[e]!.lower)) return null;
  const d = description(ctx, to - 1);
  return d !== null && d.actor.kind === 'group' && d.actor.first === j ? { actor: d.actor, start } : null;
}

/** Connectors inside an organisation's name (`Front for the Liberation of X`). */
const NAME_INNER: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and']);

/**
 * `by a previously unknown group, the X`: the name in apposition after a group noun (at `k - 1`,
 * the comma at `k`) that ends the phrase; else `null`.
 */
function namedAfterGroupNoun(ctx: Ctx, k: number, start: number): Subject | null {
  const { toks, lex } = ctx;
  const noun = toks[k - 1];
  if (noun === undefined || noun.pos !== 'NOUN' || !lex.groupNouns.has(noun.lower)) return null;
  let to = k + 1;
  while (to < ctx.sentence.endToken && to < k + 10 && toks[to]!.value !== ',' && toks[to]!.pos !== 'PUNCT') to++;
  const named = appositionName(ctx, k + 1, to);
  return named === null ? null : { actor: named.actor, start };
}

/**
 * A bare `coalition` at `k` (`coalition strikes`) as the coalition the article has named
 * before (`the US-led coalition`), the nearest such mention; `null` when none. With `glued`, also
 * `the coalitions` before a noun, a possessive whose apostrophe scraped copy lost (`the coalitions
 * airstrike`).
 */
export function namedCoalition(ctx: Ctx, k: number, glued = false): ResolvedActor | null {
  const w = ctx.toks[k]?.lower;
  if (w !== 'coalition' && !(glued && w === 'coalitions' && ctx.toks[k - 1]?.lower === 'the')) return null;
  const s = ctx.sentence.index;
  const ms = coalitionsIn(ctx, s);
  let m: ActorMention | null = null;
  for (let n = ms.length - 1; n >= 0 && m === null; n--) if (ms[n]!.endToken <= k) m = ms[n]!;
  m ??= coalitionBefore(ctx, s);
  if (m === null) return null;
  return { name: m.name, kind: m.kind, first: k, end: k + 1, via: 'state', affiliation: m.affiliation };
}

/** The last coalition mention in the sentences before `s`, or `null`; filled forward from the last one known. */
function coalitionBefore(ctx: Ctx, s: number): ActorMention | null {
  const memo = ctx.coalitionBefore;
  let t = s;
  while (memo[t] === undefined) t--; // memo[0] is null: no sentence before the first
  let cur: ActorMention | null = memo[t] ?? null;
  for (let u = t + 1; u <= s; u++) {
    const ms = coalitionsIn(ctx, u - 1);
    if (ms.length > 0) cur = ms[ms.length - 1]!;
    memo[u] = cur;
  }
  return cur;
}

/** The mentions of sentence `s` (in order) that name a state or group called a coalition, once per sentence. */
function coalitionsIn(ctx: Ctx, s: number): readonly ActorMention[] {
  let out = ctx.coalitions[s];
  if (out !== undefined) return out;
  const list: ActorMention[] = [];
  for (const m of ctx.idx.inSentence(s)) {
    if (m.modifier || (m.kind !== 'government' && m.kind !== 'group')) continue;
    if (m.name.toLowerCase().includes('coalition')) list.push(m);
  }
  out = list.length === 0 ? NO_MENTIONS : list;
  ctx.coalitions[s] = out;
  return out;
}

const NO_MENTIONS: readonly ActorMention[] = [];

/** The mention ending right before the parenthesis that closes at `close` (`X Y FRONT (XYF)`), if any. */
function beforeParenthesis(ctx: Ctx, close: number): ActorMention | undefined {
  for (let k = close - 1; k >= ctx.sentence.firstToken && k > close - 5; k--)
    if (ctx.toks[k]!.value === '(') return ctx.idx.endingAt.get(k - 1);
  return undefined;
}

/** The actor whose noun phrase ends at token `k` ("the Islamic State (IS) group", "IS militants", "the group", "it"). */
export function headActor(ctx: Ctx, k0: number, opts: FindOptions): Subject | null {
  const { toks, lex, idx } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = k0;
  if (k < s0) return null;
  // a quoted name before its verb: 'the "Gerardo Barrios Civic Force" claimed'
  if (k > s0 && QUOTE_MARKS.has(toks[k]!.value) && toks[k - 1]!.shape === 'word' && ctx.quoted[k - 1] === 1) k--;
  const headK = k;
  let h = k;
  while (h > s0 && lex.groupNouns.has(toks[h]!.lower) && !idx.endingAt.has(h)) h--;
  // an editor's bracket that names the group before its fighters: 'THE [FMLN] GUERRILLAS'
  // ('THE [X Y FRONT (XYF)] GUERRILLAS': the acronym, or the name before it)
  const bracketed =
    h !== headK && toks[h]!.value === ']'
      ? (idx.endingAt.get(h - 1) ??
        (toks[h - 1]!.value === ')' ? (idx.endingAt.get(h - 2) ?? beforeParenthesis(ctx, h - 1)) : undefined))
      : undefined;
  if (h !== headK) h = skipBack(ctx, h);
  // skipBack stepped over the bracket: its opening mark is right after h
  const bracketOpen = bracketed !== undefined && toks[h + 1]?.value === '[' ? h + 1 : -1;
  // a name in quotation marks: 'the "Islamic State" militant group'
  if (h > s0 && QUOTE_MARKS.has(toks[h]!.value)) h--;
  let m = h >= s0 ? idx.endingAt.get(h) : undefined;
  if (m === undefined && bracketed !== undefined && !bracketed.modifier && bracketed.kind !== 'person') m = bracketed;
  // the owner of a unit or a spokesman: "the IRA's Belfast brigade", "Taliban spokesman Zabiullah Mujahid"
  if (m === undefined) {
    const owner = ownerBefore(ctx, headK, h !== headK);
    if (owner !== null) m = owner;
  }
  // an acronym the lexicon does not know before the fighters it names: 'the KMKG guerrillas'; or
  // the head itself after 'the' ('the KRPF said it had kidnapped…')
  if (m === undefined && h >= s0 && loneAcronym(toks, h) && (h !== headK || (h > s0 && toks[h - 1]!.lower === 'the')))
    return {
      actor: { name: toks[h]!.value, kind: 'group', first: h, end: h + 1, via: 'description', affiliation: null },
      start: npStart(ctx, h),
    };
  if (m !== undefined && inPrepositionalPhrase(ctx, m.firstToken)) return null;
  if (m !== undefined && !m.modifier && (m.via !== 'place' || opts.places === true)) {
    // "the government of President X", "forces loyal to X": the head noun phrase is the actor.
    let p = m.firstToken - 1;
    while (p >= s0 && p > m.firstToken - 4 && (TITLES.has(toks[p]!.lower) || toks[p]!.pos === 'DET')) p--;
    if (p > s0 && (toks[p]!.lower === 'of' || (toks[p]!.lower === 'to' && toks[p - 1]?.lower === 'loyal'))) {
      const outer = headActor(ctx, toks[p]!.lower === 'to' ? p - 2 : p - 1, findOptions(opts.places === true, false));
      if (outer !== null) return outer;
    }
    return { actor: actorOf(m), start: npStart(ctx, m === bracketed && bracketOpen >= 0 ? bracketOpen : m.firstToken) };
  }
  const t = toks[headK]!;
  // "the coalition" after the article named one ("the US-led coalition"): that coalition
  if (t.lower === 'coalition' && headK > s0 && toks[headK - 1]!.lower === 'the') {
    const c = namedCoalition(ctx, headK);
    if (c !== null) return { actor: c, start: headK - 1 };
  }
  if (h === headK - 1 && h >= s0 && ANAPHOR_DETERMINERS.has(toks[h]!.lower) && lex.anaphorNouns.has(t.lower))
    // "the group" refers back; with no group before it, "the extremists" is still a description
    return anaphor(ctx, h, headK + 1, true) ?? (opts.descriptions === true ? description(ctx, headK) : null);
  // "the same group", "the aforementioned militants": only a reference back, never a description
  if (
    h === headK - 1 &&
    h > s0 &&
    ANAPHOR_ADJECTIVES.has(toks[h]!.lower) &&
    ANAPHOR_DETERMINERS.has(toks[h - 1]!.lower) &&
    lex.anaphorNouns.has(t.lower)
  )
    return anaphor(ctx, h - 1, headK + 1, true);
  if (lex.anaphors.has(t.lower)) {
    const near = nearerPluralSubject(ctx, headK);
    if (near < 0) return anaphor(ctx, headK, headK + 1);
    // "U.S. authorities … they launch", "Syrian troops entered…, where they shelled": that noun phrase's actor
    const np = headActor(ctx, near, findOptions(opts.places === true, false));
    return np === null ? null : { actor: { ...np.actor, first: headK, end: headK + 1, via: 'anaphor' }, start: headK };
  }
  if (opts.descriptions === true) return description(ctx, headK);
  return null;
}

/**
 * Whether an anaphoric subject is a fighters noun that refers back to a group (`THE GUERRILLAS
 * DYNAMITED…` after the ELN is named): the group is who did it. A pronoun (`it`, `they`) is not
 * read here, nor a noun after the group's own speech verb (`the FMLN said the guerrillas
 * attacked…`): those are the group's own account, read by the claim forms.
 */
export function nounAnaphor(ctx: Ctx, subject: Subject): boolean {
  const { toks, lex } = ctx;
  const first = subject.actor.first;
  if (toks[first]?.pos !== 'DET' || !lex.anaphorNouns.has(toks[subject.actor.end - 1]?.lower ?? '')) return false;
  let j = first - 1;
  if (toks[j]?.lower === 'that') j--;
  if (j >= ctx.sentence.firstToken && lex.speechVerbs.has(toks[j]!.lower)) {
    const speaker = subjectOf(ctx, j, {});
    if (speaker !== null && speaker.actor.name === subject.actor.name) return false;
  }
  return onlyGroupBefore(ctx, first, subject.actor.name);
}

/**
 * Whether `name` is the only group named in the two sentences before token `i`'s (the window of
 * {@link resolveAnaphor}) and none is named before it in its own: with two groups there (`members
 * of ISIL and al-Nusra … the militants`), a fighters noun may mean either; a group named in the
 * noun's own sentence is mostly the other side (`the SDF advanced … mines planted by the jihadists`).
 */
function onlyGroupBefore(ctx: Ctx, i: number, name: string): boolean {
  const here = ctx.toks[i]!.sentence;
  for (let s = here; s >= 0 && s >= here - 2; s--) {
    const ms = ctx.idx.inSentence(s);
    for (let m = 0; m < ms.length; m++) {
      const a = ms[m]!;
      if (a.endToken > i || a.modifier || a.via === 'place' || a.kind !== 'group') continue;
      // a group named in the noun's own sentence is another side ("the SDF broke in … landmines planted by the jihadists")
      if (s === here) return false;
      if (a.name === name) continue;
      // a name and its acronym in apposition are one group ("THE NATIONAL LIBERATION ARMY, ELN,"); a
      // bracket may describe another ("al-Nusra Front (Qaeda branch in the Levant)")
      const prev = ms[m - 1];
      const next = ms[m + 1];
      if (prev?.name === name && a.firstToken === prev.endToken + 1 && ctx.toks[prev.endToken]!.value === ',') continue;
      if (next?.name === name && next.firstToken === a.endToken + 1 && ctx.toks[a.endToken]!.value === ',') continue;
      return false;
    }
  }
  return true;
}

/** Whether a word can stand inside a plain place noun phrase (`the villages of X and Y`, `its western outskirts`). */
export function placePhraseWord(t: Token): boolean {
  return PLACE_PHRASE_POS.has(t.pos) || t.lower === 'of' || t.lower === 'and' || t.lower === 'its' || isJoiner(t);
}
const PLACE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The subject of the verb at token `v`: the actor before it, across
 * auxiliaries, adverbs, dates, appositions and relative clauses
 * (`the Islamic State (IS) group, which is the enemy of …, claimed`), a
 * coordinated first verb (`It celebrated … but stopped short`), or a
 * relative clause left open (`Tahrir al-Sham, which opposes the talks … said`).
 */
export function subjectOf(ctx: Ctx, v: number, opts: FindOptions, depth = 0): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  const aside = pastAsides(ctx, v);
  let k = aside.k;
  if (aside.spokesman !== null) {
    const start = npStart(ctx, k);
    return { actor: aside.spokesman.actor, start: start <= k ? start : k };
  }
  if (k < s0) return null;
  k = pastAccordingTo(ctx, k);
  if (k < s0) return null;
  const t = toks[k]!;
  if (t.pos === 'CCONJ' || t.lower === 'but' || t.lower === 'and')
    return depth > 0 ? null : firstVerbSubject(ctx, k, opts, depth);
  if (t.value === ',') return null;
  let direct = headActor(ctx, k, opts) ?? alliesIn(ctx, k);
  // "The coalition fighting IS carried out strikes", "YPG units backed by rebels killed": the
  // actor found is the object of a participle modifying the subject; the subject is the phrase before it
  // (the object of "by" is no subject of its own: "forces backed by Hezbollah killed", with no actor found there)
  // (its object may be a name with a group noun after it: "forces backed by Hezbollah fighters killed")
  const object =
    ctx.idx.endingAt.get(k) ?? (ctx.lex.groupNouns.has(toks[k]!.lower) ? ctx.idx.endingAt.get(k - 1) : undefined);
  if (direct !== null || object !== undefined) {
    const outer = participleHost(ctx, direct?.start ?? npStart(ctx, object!.firstToken));
    if (outer >= 0) return headActor(ctx, outer, findOptions(false, opts.descriptions === true));
  }
  // a coordinated subject: "The Syrian government and its Russian ally deny…" → the first conjunct
  if (direct === null || direct.actor.via === 'description') {
    const j = conjunctionBefore(toks, k, s0);
    if (j >= 0) direct = headActor(ctx, j - 1, findOptions(opts.places === true, false)) ?? direct;
  }
  // "A previously unknown faction, the Martyr Abu Omar Brigade, claimed…": the apposition names it
  if (aside.named !== null) {
    return { actor: aside.named.actor, start: direct?.start ?? npStart(ctx, k) };
  }
  // (a name guessed from its shape may be the place's: "terrorist organizations located in Binnish
  // and Maaret Masrin fired…", read past the participle phrase first)
  if (direct !== null && !(direct.actor.kind === 'person' && direct.actor.via === 'description')) return direct;
  const placed = placedSubject(ctx, k, opts);
  if (placed !== null) return placed;
  if (direct !== null) return direct;
  return openRelativeSubject(ctx, v, opts);
}

/**
 * The fighters noun (a `descriptionHeads` word) right before `from` at `f`, or before a raising
 * verb with `to be` (`militants thought to be from X`); -1 when there is none.
 */
function fightersBeforeFrom(ctx: Ctx, f: number): number {
  const { toks, lex } = ctx;
  let h = f - 1;
  if (toks[h]?.lower === 'be' && toks[h - 1]?.lower === 'to' && lex.raisingVerbs.has(toks[h - 2]?.lower ?? '')) h -= 3;
  const t = toks[h];
  if (h < ctx.sentence.firstToken || t === undefined || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return -1;
  return lex.descriptionHeads.has(t.lower) ? h : -1;
}

/** What subjectOf read past before the verb: the last token left, and a spokesman or a name found in an apposition. */
interface Asides {
  readonly k: number;
  readonly spokesman: Subject | null;
  readonly named: Subject | null;
}

/** Step 1 of subjectOf: back from the verb at `v` past up to three asides between commas. */
function pastAsides(ctx: Ctx, v: number): Asides {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = skipBack(ctx, v - 1);
  let spokesman: Subject | null = null;
  let named: Subject | null = null;
  for (let guard = 0; guard < 3 && k >= s0 && toks[k]!.value === ','; guard++) {
    const open = clauseOpen(ctx, k);
    if (open < 0) break;
    spokesman ??= appositionOwner(ctx, open + 1, k);
    named ??= appositionName(ctx, open + 1, k);
    k = skipBack(ctx, open - 1);
  }
  return { k, spokesman, named };
}

/** Step 2 of subjectOf: `Syrian warplanes according to the Observatory struck…`: the subject's end before the source inserted at `k`. */
function pastAccordingTo(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let a = k, n = 0; a > s0 + 1 && n < 8 && NOMINAL_POS.has(toks[a]!.pos); a--, n++) {
    if (toks[a - 1]!.lower !== 'to' || toks[a - 2]!.lower !== 'according') continue;
    let e = a - 3;
    if (toks[e]?.value === ',') e--;
    return skipBack(ctx, e);
  }
  return k;
}

/** Step 3 of subjectOf: after a conjunction at `k` (`It celebrated … but stopped short`), the subject of a verb before it. */
function firstVerbSubject(ctx: Ctx, k: number, opts: FindOptions, depth: number): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let j = k - 1; j >= s0 && j > k - 40; j--) {
    if (toks[j]!.pos !== 'VERB') continue;
    const s = subjectOf(ctx, j, findOptions(opts.places === true, false), depth + 1);
    if (s !== null) return s;
  }
  return null;
}

/**
 * Step 4 of subjectOf: a participle phrase with a place ending at `k`: `guerrillas operating in
 * Chalatenango claimed` → the guerrillas (within five words, a hyphenated name one word:
 * `positioned in Bab al-Nayrab neighborhood`; within fourteen when the place is a plain noun
 * phrase, coordinated too: `located in the eastern neighborhoods of Aleppo city and its western
 * outskirts`), or a place right after the subject (`Rebels in a joint operations room targeted…`).
 */
function placedSubject(ctx: Ctx, k: number, opts: FindOptions): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let j = k, n = 0, plain = true; j > s0 && (n < 5 || (plain && n < 14)); j--) {
    if (!isJoiner(toks[j]) && !isJoiner(toks[j - 1])) n++;
    if (!PLACE_PREPOSITIONS.has(toks[j]!.lower)) {
      plain &&= placePhraseWord(toks[j]!);
      continue;
    }
    const part = toks[j - 1]!;
    if (ctx.lex.descriptionHeads.has(part.lower) && (part.pos === 'NOUN' || part.pos === 'PROPN'))
      return fightersAt(ctx, j, j - 1, k, opts);
    // "Militants thought to be from ISWAP attacked…": past a raising verb with "to be"
    const h = toks[j]!.lower === 'from' ? fightersBeforeFrom(ctx, j) : -1;
    if (h >= 0) return fightersAt(ctx, j, h, k, opts);
    // (a phrasal participle: "militants holed up in…")
    const pv = PHRASAL_PARTICLES.has(part.lower) && j - 2 > s0 ? j - 2 : j - 1;
    const pt = toks[pv]!;
    if (pt.pos !== 'VERB' || !(pt.lower.endsWith('ing') || pt.lower.endsWith('ed'))) return null;
    return headActor(ctx, pv - 1, findOptions(false, opts.descriptions === true));
  }
  return null;
}

/**
 * Step 4a of subjectOf: fighters (their head at `h`) before the place preposition at `j` (the phrase
 * ending at `k`) that open their clause;
 * `Jihadists from the Islamic State group killed…`, `gunmen from Boko Haram stormed…`: the fighters
 * are the group's, a named group (no place) right after `from`.
 */
function fightersAt(ctx: Ctx, j: number, h: number, k: number, opts: FindOptions): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  const start = npStart(ctx, h);
  const before = toks[start - 1];
  if (start > s0 && before?.lower !== 'that' && before?.value !== ',' && !ctx.lex.speechVerbs.has(before?.lower ?? ''))
    return null;
  if (toks[j]!.lower === 'from') {
    const g = ctx.idx.startingAt.get(toks[j + 1]?.pos === 'DET' ? j + 2 : j + 1);
    if (g !== undefined && g.kind === 'group' && !g.modifier && g.via !== 'place' && g.endToken <= k + 1)
      return { actor: actorOf(g), start };
  }
  return headActor(ctx, h, findOptions(false, opts.descriptions === true));
}

/** Step 5 of subjectOf: a relative clause whose closing comma is missing before `v`: `X, which opposes the talks … said that`. */
function openRelativeSubject(ctx: Ctx, v: number, opts: FindOptions): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let j = v - 1; j > s0 && j > v - 40; j--) {
    if (toks[j]!.value !== ',') continue;
    if (!RELATIVES.has(toks[j + 1]!.lower)) break;
    return headActor(ctx, skipBack(ctx, j - 1), findOptions(opts.places === true, false));
  }
  return null;
}

/**
 * When the noun phrase starting at `start` is the object of a participle that modifies
 * a noun before it (`the coalition fighting [IS]`, `planes participating in [the
 * alliance]`, `units backed by [rebels]`), the last token of that modified noun phrase;
 * else -1. The participle is a verb in -ing (one preposition at most before the
 * object) or in -ed with a preposition (`backed by`), right after a noun or a name; not an affiliation (`affiliated
 * to X`: X is the actor), a claim, an attack or a weapon verb (`shells fired by X`).
 */
function participleHost(ctx: Ctx, start: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let p = start - 1;
  const prep = p > s0 && (PP_HEADS.has(toks[p]!.lower) || toks[p]!.lower === 'by');
  if (prep) p--;
  if (p <= s0) return -1;
  const part = toks[p]!;
  // an -ed form with its object right after it is a finite verb ("investigators concluded the Houthis…")
  if (part.pos !== 'VERB' || !(part.lower.endsWith('ing') || (prep && part.lower.endsWith('ed')))) return -1;
  // "groups affiliated to X", "an attack claimed by X", "shells fired by X", "the shelling X": X is the actor
  if (ctx.lex.affiliationWords.has(part.lower) || ctx.lex.claimVerbs.has(part.lower)) return -1;
  // "warplanes according to the Observatory hit…": a source, not a modifier of the noun before
  if (part.lower === 'according') return -1;
  if (attackClass(ctx, p) !== null || attackClass(ctx, p - 1) !== null) return -1;
  if (ctx.lex.weaponVerbs.has(part.lower) || ctx.lex.agentVerbs.has(part.lower)) return -1;
  const host = toks[p - 1]!;
  if (host.pos === 'NOUN' || host.pos === 'PROPN') return p - 1;
  return -1;
}

/**
 * The owner a possessive names when scraped copy lost its apostrophe (`the Assad regimes
 * responsibility`, `Russias role`): token `k` ends in `s`, is no known name itself, and its stem
 * — with up to two words before it — is a known actor. `null` otherwise.
 */
export function gluedPossessor(ctx: Ctx, k: number): Subject | null {
  const toks = ctx.toks;
  const t = toks[k];
  if (t === undefined || t.lower.length < 4 || !t.lower.endsWith('s') || t.lower.endsWith("'s")) return null;
  if (ctx.idx.endingAt.has(k) || lookupActor(t.value) !== null) return null;
  let stem = t.value.slice(0, -1);
  const s0 = ctx.sentence.firstToken;
  for (let j = k; j >= s0 && j > k - 3; j--) {
    if (j < k) stem = `${toks[j]!.value} ${stem}`;
    const known = lookupActor(stem) ?? knownActorByName(stem);
    if (known === null || known.kind === 'media' || known.kind === 'organisation') continue;
    const first = toks[j - 1]?.lower === 'the' ? j - 1 : j;
    return {
      actor: { name: known.name, kind: known.kind, first: j, end: k + 1, via: 'known', affiliation: null },
      start: first,
    };
  }
  return null;
}

/**
 * `(its) allies in Moscow`, `backers in Tehran` ending at token `k`: the state whose capital or
 * name follows `in` (the partners are its government), or `null`.
 */
function alliesIn(ctx: Ctx, k: number): Subject | null {
  const m = ctx.idx.endingAt.get(k);
  if (m === undefined || m.via !== 'place' || m.kind !== 'government') return null;
  const toks = ctx.toks;
  if (toks[m.firstToken - 1]?.lower !== 'in' || !ctx.lex.allyNouns.has(toks[m.firstToken - 2]?.lower ?? ''))
    return null;
  let start = npStart(ctx, m.firstToken - 2);
  if (OWNER_PRONOUNS.has(toks[start - 1]?.lower ?? '')) start--; // "his allies in Moscow"
  return { actor: actorOf(m), start };
}

const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * The end of a short object after a verb, from token `k`: up to `limit` words,
 * stopping at a comma, a full stop, a verb, a preposition or a conjunction.
 */
export function objectEnd(ctx: Ctx, k: number, limit: number): number {
  return shortObjectEnd(ctx.toks, k, limit, ctx.sentence.endToken);
}

/** Whether a negation lies between tokens `a` and `b` (exclusive). */
export function negatedBetween(ctx: Ctx, a: number, b: number): boolean {
  const from = Math.max(a, ctx.sentence.firstToken);
  if (!negationIn(ctx.toks, from, b)) return false;
  // a non-restrictive aside between holds its own negation, not the verb's ('the Front, which
  // had not carried out any attack for years, claimed…'; 'X, a group that never…, claimed')
  let close = b - 1;
  while (close > from && ctx.toks[close]!.value !== ',') close--;
  if (close <= from) return true;
  const open = clauseOpen(ctx, close);
  if (open < from) return true;
  return negationIn(ctx.toks, from, open) || negationIn(ctx.toks, close + 1, b);
}

/**
 * The actor of the noun phrase starting at token `i` (after "by", "on",
 * "to", an accusing verb…): registry, shape or context mentions that are not
 * modifiers, preferring the name after "known as" / "calling itself"
 * (`an al-Qaida-linked insurgent coalition known as the Levant Liberation
 * Committee`); a description when allowed and nothing else is named.
 */
export function objectActor(ctx: Ctx, i: number, opts: FindOptions, limit = 14): Subject | null {
  const { toks, lex, idx } = ctx;
  const end = Math.min(ctx.sentence.endToken, i + limit);
  let found: Subject | null = null;
  let lastNoun = -1;
  for (let k = i; k < end; k++) {
    const t = toks[k]!;
    // 'attributed the attacks to "recalcitrant army sectors"', 'claimed by the "Red Dawn Front"': the
    // marks around a quoted name inside the phrase (wire copy quotes a group's name it introduces)
    if (QUOTE_MARKS.has(t.value)) continue;
    const naming = phraseAt(toks, k, lex.namingWords);
    if (naming > 0 && k > i) {
      const named = objectActor(ctx, k + naming, findOptions(opts.places === true, false), 10);
      if (named !== null) return named;
      k += naming - 1;
      continue;
    }
    const m = idx.startingAt.get(k);
    if (m !== undefined) {
      if (!m.modifier && (m.via !== 'place' || opts.places === true) && found === null) {
        found = { actor: actorOf(m), start: i };
      }
      k = m.endToken - 1;
      lastNoun = k;
      continue;
    }
    // an acronym the lexicon does not know names who ('by KMKG urban cells', 'by alleged KMKG members')
    if (found === null && loneAcronym(toks, k)) {
      found = acronymActor(t.value, k, i);
      lastNoun = k;
      continue;
    }
    if (found !== null) {
      // Keep looking only for a "known as …" naming that overrides a description-like first match.
      if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || isJoiner(t) || t.value === '(' || t.value === ')')
        continue;
      if (t.value === ',' && phraseAt(toks, k + 1, lex.namingWords) > 0) continue;
      break;
    }
    // a determiner right after a common noun opens another noun phrase (scraped copy without commas:
    // "under attack from rival Islamist fighters the Observatory said")
    // (an apposition naming an armed group or a state goes on: "al Qaeda offshoot the Nusra Front")
    if (t.pos === 'DET' && k > i && toks[k - 1]!.pos === 'NOUN') {
      const next = idx.startingAt.get(k + 1);
      if (next === undefined || (next.kind !== 'group' && next.kind !== 'government')) break;
    }
    if (
      isNominal(t) ||
      // a hedge the tagger reads as a verb: "by presumed members of X" (words.json hedgeModifiers)
      lex.suspectWords.has(t.lower) ||
      t.value === '(' ||
      t.value === ')' ||
      (isJoiner(toks[k + 1]) && t.shape === 'word') ||
      (isJoiner(toks[k - 1]) && t.shape === 'word')
    ) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') lastNoun = k;
      continue;
    }
    if (t.lower === 'of' || (t.lower === 'to' && toks[k - 1]?.lower === 'loyal') || t.lower === 'loyal') continue;
    if (t.value === ',' && phraseAt(toks, k + 1, lex.namingWords) > 0) continue;
    // "by a previously unknown group, the X": an adverb inside the description, the name after it
    if (t.pos === 'ADV' && toks[k + 1]?.pos === 'ADJ' && k > i) continue;
    if (t.value === ',' && lastNoun === k - 1)
      return namedAfterGroupNoun(ctx, k, i) ?? describedAt(ctx, opts, i, lastNoun);
    break;
  }
  if (found !== null) return personsState(ctx, found);
  return describedAt(ctx, opts, i, lastNoun);
}

/** The end of objectActor when it named no one: the phrase `[i, lastNoun]` as a description, if asked. */
function describedAt(ctx: Ctx, opts: FindOptions, i: number, lastNoun: number): Subject | null {
  return opts.descriptions === true && lastNoun >= i ? describedObject(ctx, i, lastNoun) : null;
}

/**
 * Step 2 of objectActor, when no actor is named in the phrase from `i` to `lastNoun`: its first
 * noun phrase's head as a description, or the body a member noun belongs to (`members of the
 * Communist Party`); else `null`.
 */
function describedObject(ctx: Ctx, i: number, lastNoun: number): Subject | null {
  const { toks, lex } = ctx;
  // The head of the first noun phrase: stop before "of"/"loyal" complements.
  let head = i;
  for (let k = i; k <= lastNoun; k++) {
    const w = toks[k]!.lower;
    // (nor past a comma: "pro-government militias, known as shabiha,")
    if (w === 'of' || w === 'loyal' || w === '(' || w === ',') break;
    if (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN') head = k;
  }
  // "members of the Communist Party", "three officers of the army": in a perpetrator's position
  // the body they belong to acts (membership.json)
  if (MEMBER_NOUNS.has(toks[head]!.lower) && toks[head + 1]?.lower === 'of') {
    let body = -1;
    for (let k = head + 2; k <= lastNoun; k++) {
      const w = toks[k]!.lower;
      if (w === 'of' || w === 'loyal' || w === '(' || w === '[') break;
      if (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN') body = k;
    }
    // not a body named only by a word that refers back ("members of the extremist group"): the named group's
    const b = body < 0 || lex.anaphorNouns.has(toks[body]!.lower) ? null : description(ctx, body);
    if (b !== null) return { actor: b.actor, start: i };
  }
  const d = description(ctx, head);
  return d !== null ? { actor: d.actor, start: i } : null;
}

/** An acronym at `k` the lexicon does not know, as a group acting from the phrase at `start`. */
function acronymActor(name: string, k: number, start: number): Subject {
  return { actor: { name, kind: 'group', first: k, end: k + 1, via: 'description', affiliation: null }, start };
}

/** Nouns for those who belong to a body (`members`, `officers`): `MEMBER of BODY` as a perpetrator is the body. */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(membership.memberNouns);

/** Nouns after a head of state's name that make the phrase the state (`the Bashar Assad regime`). */
const STATE_BODIES: ReadonlySet<string> = new Set([
  'regime',
  'government',
  'forces',
  'troops',
  'army',
  'administration',
]);

/**
 * A head of state's name before a state body (`the Bashar Assad regime`) or owning forces
 * (`Assad's air force`) as the state the lexicon gives the person.
 */
function personsState(ctx: Ctx, s: Subject): Subject {
  const a = s.actor;
  if (a.kind !== 'person') return s;
  const toks = ctx.toks;
  // "Assad's forces", "Assad's air force": the forces a head of state owns are the state's too
  let e = a.end;
  const owned = isPossessive(toks[e]);
  if (owned) e++;
  if (owned) e = forcesHead(ctx, e);
  const w = toks[e]?.lower ?? '';
  if (!STATE_BODIES.has(w) && !(owned && ctx.lex.forceNouns.has(w))) return s;
  const state = knownActorByName(a.name)?.state;
  if (state === undefined) return s;
  return { ...s, actor: { ...a, name: state, kind: 'government', end: e + 1 } };
}

/** Token span `[first, end)` of an event phrase. */
export interface EventSpan {
  readonly first: number;
  readonly end: number;
  readonly head: number;
  readonly cls: AttackClass;
}

/**
 * The attack phrase whose head noun is token `head`: determiners,
 * adjectives, numbers, compounds and possessive dates before it (`Saturday’s
 * Damascus bombings`, `The swift, high-profile attacks`), never an actor name
 * (`ISIS bombings` → `bombings`), plus one place phrase after it (`the blasts
 * in Damascus`).
 */
export function eventAt(ctx: Ctx, head: number, floor = 0): EventSpan | null {
  const { toks, idx } = ctx;
  // "sexual assault", "verbal attacks", "cyber attack": not the attacks claims are about
  if (
    ctx.lex.nonViolent.has(toks[head - 1]?.lower ?? '') ||
    (isJoiner(toks[head - 1]) && ctx.lex.nonViolent.has(toks[head - 2]?.lower ?? ''))
  )
    return null;
  let cls = attackClass(ctx, head);
  if (cls === null) {
    // a noun phrase naming a disputed attack without an attack noun: "the alleged chemical weapon use"
    if (toks[head]?.pos !== 'NOUN') return null;
    let contested = false;
    for (let k = head - 1; k >= ctx.sentence.firstToken && k > head - 5; k--) {
      const t = toks[k]!;
      if (ctx.lex.contested.has(t.lower)) contested = true;
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && !isJoiner(t)) break;
    }
    if (!contested) return null;
    cls = 'attack';
  }
  const s0 = ctx.sentence.firstToken;
  let first = head;
  for (let n = 0; n < 8 && first - 1 >= s0; n++) {
    const k = first - 1;
    const t = toks[k]!;
    if (idx.endingAt.has(k) && !idx.endingAt.get(k)!.modifier && idx.endingAt.get(k)!.via !== 'place') break;
    if (idx.endingAt.has(k) && toks[k + 1] !== undefined && isPossessive(toks[k + 1]) && k + 1 === first) break;
    if (t.value === ',' && toks[k - 1]?.pos === 'ADJ' && toks[first]!.pos === 'ADJ') {
      first = k;
      continue;
    }
    if (isNominal(t) || (isJoiner(toks[k + 1]) && t.shape === 'word')) {
      if (ctx.lex.groupNouns.has(t.lower) && toks[k - 1] !== undefined && idx.endingAt.has(k - 1)) break;
      first = k;
      if (t.pos === 'DET') break;
      continue;
    }
    break;
  }
  while (first < head && (toks[first]!.value === ',' || isJoiner(toks[first]))) first++;
  let end = head + 1;
  const p = toks[end];
  if (p !== undefined && p.value === p.lower && ['in', 'on', 'at', 'near'].includes(p.lower)) {
    let k = end + 1;
    if (toks[k]?.pos === 'DET') k++;
    let last = -1;
    while (k < ctx.sentence.endToken && (toks[k]!.pos === 'PROPN' || isJoiner(toks[k]) || isJoiner(toks[k + 1]))) {
      if (toks[k]!.pos === 'PROPN') last = k;
      k++;
    }
    const after = toks[last + 1];
    const modifiesNoun =
      after !== undefined &&
      (after.pos === 'NOUN' || after.pos === 'ADJ' || isJoiner(after)) &&
      after.sentence === toks[head]!.sentence;
    if (last > end && ctx.dateStart[last]! < 0 && !modifiesNoun) end = last + 1;
  }
  // "counter attack", "air raid": operations, whatever the head noun
  const pre = isJoiner(toks[head - 1]) ? toks[head - 2] : toks[head - 1];
  const military = pre !== undefined && (pre.lower === 'counter' || pre.lower === 'air');
  // "these heinous actions", "this criminal act": a condemned act is an attack
  if (cls === 'generic')
    for (let k = first; k < head; k++) if (ctx.lex.condemnations.has(toks[k]!.lower)) cls = 'attack';
  return { first: Math.max(first, floor), end, head, cls: military ? 'military' : cls };
}

/**
 * The first attack phrase starting within `limit` tokens after `i` (only
 * noun-phrase words in between), with the last noun of a compound as head
 * (`a suicide bomb attack`).
 */
export function eventAfter(ctx: Ctx, i: number, limit = 8): EventSpan | null {
  const { toks } = ctx;
  const end = Math.min(ctx.sentence.endToken, i + limit);
  for (let k = i; k < end; k++) {
    const t = toks[k]!;
    if (attackClass(ctx, k) !== null) {
      let head = k;
      while (head + 1 < ctx.sentence.endToken && attackClass(ctx, head + 1) !== null) head++;
      // "car bomb attack", "bomb blasts": a following plain noun compound keeps the head moving.
      return eventAt(ctx, head, i);
    }
    if (
      isNominal(t) ||
      t.pos === 'PRON' ||
      // a hedge the tagger reads as a verb: "their suspected involvement in", "the alleged murder"
      ctx.lex.suspectWords.has(t.lower) ||
      t.lower === 'for' ||
      t.lower === 'in' ||
      t.lower === 'of' ||
      // a quotation mark around the writer's or a source's words: 'behind the "deliberate attacks"'
      QUOTE_MARKS.has(t.value) ||
      (isJoiner(toks[k + 1]) && t.shape === 'word')
    )
      continue;
    break;
  }
  return null;
}

/** Whether a verb token is a regular past participle (`carried`, `launched`): a reduced relative's verb. */
function reducedParticiple(t: Token): boolean {
  return t.lower.endsWith('ed') && t.lemma !== t.lower;
}

/** The attack phrase ending right before token `i` (across auxiliaries and a relative pronoun), or `null`. */
export function eventBefore(ctx: Ctx, i: number): EventSpan | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  // "was widely believed to have been carried out by", "has not been claimed"
  while (
    k >= s0 &&
    (AUX.has(toks[k]!.lower) ||
      toks[k]!.pos === 'ADV' ||
      ctx.lex.negations.has(toks[k]!.lower) ||
      toks[k]!.lower === 'to' ||
      ctx.lex.hedges.has(toks[k]!.lower) ||
      REPORTED.has(toks[k]!.lower))
  )
    k--;
  if (k >= s0 && RELATIVES.has(toks[k]!.lower)) k--;
  if (k >= s0 && toks[k]!.value === ',') k--;
  // the head may carry a place or a complement: "The ambush near Kismayo was claimed…"
  for (let h = k; h >= s0 && h > k - 7; h--) {
    const t = toks[h]!;
    // a reduced relative between the head and its verb: "the act carried out against Soviet
    // citizens was the work of…" (a past participle right after the attack phrase)
    if (t.pos === 'VERB' && h !== k && reducedParticiple(t) && h - 1 >= s0) {
      const e = eventAt(ctx, h - 1);
      if (e !== null) return e;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',' || t.value === ';') return null;
    const e = eventAt(ctx, h);
    if (e !== null) return e;
    // (a particle of a participle's phrasal verb: "carried out against…")
    const particle = t.pos === 'ADV' && toks[h - 1]?.pos === 'VERB' && reducedParticiple(toks[h - 1]!);
    if (
      t.pos !== 'NOUN' &&
      t.pos !== 'PROPN' &&
      t.pos !== 'ADP' &&
      t.pos !== 'DET' &&
      t.pos !== 'ADJ' &&
      t.pos !== 'NUM' &&
      !particle
    )
      return null;
  }
  return null;
}

/**
 * The attack phrase a relative clause hangs on, its head within eight tokens
 * before `m` (`a deadly poison gas attack in the west of the country | that …`,
 * `the alleged chemical weapon use in Idlib on Tuesday | which …`).
 */
export function eventEndingNear(ctx: Ctx, m: number): EventSpan | null {
  const { toks } = ctx;
  for (let k = m; k >= ctx.sentence.firstToken && k > m - 8; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',' || t.value === ';' || t.value === '.') return null;
    const e = eventAt(ctx, k);
    if (e !== null) return e;
  }
  return null;
}

/** The first attack phrase anywhere in sentence `s` (for events named in a sentence a claim continues). */
export function eventInSentence(ctx: Ctx, s: Sentence): EventSpan | null {
  const saved = ctx.sentence;
  ctx.sentence = s;
  try {
    for (let k = s.firstToken; k < s.endToken; k++) {
      const c = attackClass(ctx, k);
      if (c === null || c === 'generic') continue;
      let head = k;
      while (head + 1 < s.endToken && attackClass(ctx, head + 1) !== null) head++;
      return eventAt(ctx, head);
    }
    return null;
  } finally {
    ctx.sentence = saved;
  }
}

/**
 * Word-class bit of every word {@link attackWordAt} or {@link attackContext} may answer yes for:
 * attack nouns, attack, contested and agent verbs, words of violence (one bit test per token; the
 * sets are read only on a hit).
 */
const ATTACK_CUE = (() => {
  const lex = lexicon();
  return defineWordClass([
    ...lex.attack.keys(),
    ...lex.attackVerbs,
    ...lex.contested,
    ...lex.agentVerbs,
    ...lex.violence,
  ]);
})();

/** Whether the word at `k` names an attack (an attack noun or an attack verb). */
function attackWordAt(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k]!.lower;
  const c = ctx.lex.attack.get(w);
  // "operation" alone is too common (a rescue operation, the campaign's operations) to say an attack is in sight
  if (w === 'operation' || w === 'operations') return false;
  if ((c === 'attack' || c === 'military') && !ctx.lex.nonViolent.has(ctx.toks[k - 1]?.lower ?? '')) return true;
  if (ctx.lex.attackVerbs.has(w) || ctx.lex.contested.has(w)) return true;
  // "shelled", "stormed", "targeted": an attack verb that needs no object to say so
  return ctx.lex.agentVerbs.has(w) && !ctx.lex.agentWeak.has(w) && ctx.toks[k]!.pos === 'VERB';
}

/** Whether sentence `s` names an attack (an attack noun or an attack verb). */
export function sentenceHasAttack(ctx: Ctx, s: Sentence): boolean {
  const classes = ctx.doc.classes;
  for (let k = s.firstToken; k < s.endToken; k++)
    if ((classes[k]! & ATTACK_CUE) !== 0 && attackWordAt(ctx, k)) return true;
  return false;
}

/**
 * Whether this sentence, or the one before it in the same paragraph, names an
 * attack (an attack noun or verb, or a weapon of a contested attack): what a
 * bare denial or "claimed responsibility" without an event needs to be about
 * an attack rather than about a report or a scandal.
 */
export function attackContext(ctx: Ctx): boolean {
  const cached = ctx.violent[ctx.sentence.index];
  if (cached !== 0) return cached === 2;
  const v = attackContextOf(ctx);
  ctx.violent[ctx.sentence.index] = v ? 2 : 1;
  return v;
}

/** Whether a sentence holds an attack word or a word of violence: one bit test per token. */
function violentSentence(ctx: Ctx, s: Sentence): boolean {
  const classes = ctx.doc.classes;
  for (let k = s.firstToken; k < s.endToken; k++) {
    if ((classes[k]! & ATTACK_CUE) === 0) continue;
    if (attackWordAt(ctx, k) || ctx.lex.violence.has(ctx.toks[k]!.lower)) return true;
  }
  return false;
}

function attackContextOf(ctx: Ctx): boolean {
  if (violentSentence(ctx, ctx.sentence)) return true;
  const prev = ctx.doc.sentences[ctx.sentence.index - 1];
  return prev !== undefined && prev.paragraph === ctx.sentence.paragraph && violentSentence(ctx, prev);
}

/**
 * Whether the article reported an attack before the sentence being read, however far back (the
 * headline or lead of an attack story): a later `X denied any involvement` concerns that attack.
 * The first violent sentence is found once per document.
 */
export function attackEarlier(ctx: Ctx): boolean {
  if (ctx.firstViolent === -2) {
    ctx.firstViolent = -1;
    for (const s of ctx.doc.sentences)
      if (violentSentence(ctx, s)) {
        ctx.firstViolent = s.index;
        break;
      }
  }
  return ctx.firstViolent >= 0 && ctx.firstViolent < ctx.sentence.index;
}

/** Extends an actor's end over trailing group nouns and a parenthesised acronym (`the Islamic State (IS) group`). */
export function actorTail(ctx: Ctx, end: number): number {
  const { toks, lex } = ctx;
  let k = end;
  for (let n = 0; n < 4 && k < ctx.sentence.endToken; n++) {
    const t = toks[k]!;
    if (lex.groupNouns.has(t.lower) && t.pos !== 'VERB') {
      k++;
      continue;
    }
    if (t.value === '(' && toks[k + 2]?.value === ')') {
      k += 3;
      continue;
    }
    break;
  }
  return k;
}

/** Whether a conditional word opens the clause holding token `i` ("If the operation was done by …"). */
export function conditional(ctx: Ctx, i: number): boolean {
  return conditionalBefore(ctx.toks, i, ctx.sentence.firstToken);
}

/**
 * Whether the verb at `i` is under a modal that makes the act unreal: a threat or a guess
 * (`will carry out`, `might launch`, `could attack`) or a counterfactual (`should have
 * claimed`). Epistemic perfects stay (`may have carried out`: a hedged attribution).
 */
export function unrealModal(ctx: Ctx, i: number): boolean {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  while (k >= s0 && k > i - 4 && (toks[k]!.pos === 'ADV' || toks[k]!.lower === 'not')) k--;
  // (a month that ends a date is no modal: "KIDNAPPED ON 5 MAY BY …")
  if (k < s0 || ctx.dateStart[k]! >= 0) return false;
  const w = toks[k]!.lower;
  if (w === 'have' && k - 1 >= s0) return lex.counterfactualModals.has(toks[k - 1]!.lower);
  return lex.unrealModals.has(w);
}

/**
 * The person a subject `he` / `she` at `k` refers to (the actors layer resolves the pronoun), or
 * `null` when the word is no such pronoun, lies before the sentence, or names no person.
 * @example pronounPerson(ctx, k) // "Ahmed Madobe spoke. He blamed the militants…" → Ahmed Madobe
 */
export function pronounPerson(ctx: Ctx, k: number): SpeakerActor | null {
  const w = ctx.toks[k]?.lower;
  if ((w !== 'he' && w !== 'she') || k < ctx.sentence.firstToken) return null;
  const r = resolveActor(ctx.doc, k, k + 1);
  return r === null || r.resolvedBy !== 'pronoun' || r.kind !== 'person' ? null : r;
}

/** Whether token `i` lies in the document's headline (compared in input offsets, as the headline is kept). */
export function inHeadline(ctx: Ctx, i: number): boolean {
  const h = ctx.doc.headline;
  return h !== null && ctx.doc.tokenSpan(i, i + 1).start < h.end;
}
