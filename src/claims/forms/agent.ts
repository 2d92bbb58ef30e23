/**
 * `attributed` forms that name who did an attack without any claim, blame or
 * responsibility word (ANNOTATION.md §3):
 *
 * - a by-phrase after an attack noun or an attack verb: `air strikes by
 *   government forces`, `shells fired by the militants`, `prisoners executed by
 *   the militia`, `the execution of the pilot by Nusra Front`, with coordinated
 *   agents (`by Syrian regime or Russian jets` → two claims);
 * - an actor before an attack noun: `Russian strike`, `regime raids`,
 *   `US-led strike`, `Turkish jets' bombardment`;
 * - an actor-verb clause: `terrorists fired rocket shells at…`, `Turkish jets
 *   bombed…`, `regime forces targeted…` (in reported speech too: the source is
 *   then the quote's speaker, filled by `src/link/`).
 *
 * A state is named by its forces or its adjective (`Russian jets`, `Syrian
 * aircraft` → Russia, Syria), through the demonyms and country names of the
 * actors lexicon. Narrated by the article itself, such a claim has no source.
 *
 * @module
 */
import { capitalFirstWord, governmentAt, governmentFor, placeGovernmentAt } from '../../actors/context.js';
import { knownActorByName, knownActors, lookupActor, type KnownActor } from '../../actors/known.js';
import { phraseAt } from '../lexicon.js';
import {
  ADJUNCT_PREPOSITIONS,
  BE_FORMS,
  HAVE_FORMS,
  LOCATIVE_PREPOSITIONS,
  PHRASAL_PARTICLES,
  WEAPON_NOUNS,
} from '../../lexicon/en/index.js';
import { asideOpenBefore } from '../../syntax/index.js';
import { NEGATIVE_DETERMINERS, NEGATIVE_PARTICLES } from '../../lexicon/en/index.js';
import { attributionAt } from '../../attribution/index.js';
import { firstNameGender } from '../../actors/lexicon.js';
import { isAcronym } from '../../actors/names.js';
import { contested, hyphenModifier } from './attributed.js';
import type { Candidate } from '../candidate.js';
import type { ActorMention } from '../../actors/mentions.js';
import {
  attackClass,
  attackContext,
  eventAfter,
  eventAt,
  forcesHead,
  headActor,
  isJoiner,
  isPossessive,
  negatedBetween,
  objectActor,
  objectEnd,
  nounAnaphor,
  subjectOf,
  type Ctx,
  type EventSpan,
  type ResolvedActor,
  type Subject,
  namedCoalition,
  actorOf,
  makeActor,
  description,
  actorTail,
  inHeadline,
  placePhraseWord,
} from '../syntax.js';

interface StateWords {
  /** Lower-case demonyms → the state's canonical name (`russian` → `Russia`). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Lower-case one-word country names → the state (`russia` → `Russia`). */
  readonly countries: ReadonlyMap<string, string>;
  /** Country acronyms as written (`US`, `U.S.`, `UK`) → the state: read only in capitals. */
  readonly acronyms: ReadonlyMap<string, string>;
}

let words: StateWords | null = null;

/** The state word maps, built once (for callers that hold a lower-cased word already). */
export function stateWords(): StateWords {
  if (words !== null) return words;
  const demonyms = new Map<string, string>();
  const countries = new Map<string, string>();
  const acronyms = new Map<string, string>();
  for (const a of knownActors()) {
    if (a.kind !== 'government' || a.country === undefined) continue;
    for (const d of a.demonyms ?? []) if (!d.endsWith('s')) demonyms.set(d.toLowerCase(), a.name);
    for (const c of a.country) {
      if (c.includes(' ')) continue;
      if (/^[A-Z.]+$/.test(c)) acronyms.set(c, a.name);
      else countries.set(c.toLowerCase(), a.name);
    }
  }
  words = { demonyms, countries, acronyms };
  return words;
}

/**
 * The state a demonym names (`turkish` → `Turkey`), or `null`.
 *
 * @example
 * ```ts
 * stateOfDemonym('Turkish'); // 'Turkey'
 * ```
 */
export function stateOfDemonym(word: string): string | null {
  return stateWords().demonyms.get(word.toLowerCase()) ?? null;
}

/**
 * The state a one-word country name names (`Russia` → `Russia`, `Syria` → `Syria`), or `null`.
 *
 * @example
 * ```ts
 * stateOfCountry('russia'); // 'Russia'
 * ```
 */
export function stateOfCountry(word: string): string | null {
  return stateWords().countries.get(word.toLowerCase()) ?? null;
}

/**
 * A state's adjective at token `k` before `and` / `or` and another state's forces (`[Russian] and
 * Syrian jets`, `[Russian] and regime warplanes`): that state over the adjective alone, as an actor
 * of the other conjunct's kind; `null` when `k` is no demonym. The caller checks the two differ.
 */
export function demonymConjunct(ctx: Ctx, k: number, other: ResolvedActor): ResolvedActor | null {
  const state = stateWords().demonyms.get(ctx.toks[k]?.lower ?? '');
  return state === undefined ? null : { ...other, name: state, kind: 'government', first: k, end: k + 1, via: 'known' };
}

/** An actor kind a by-phrase or a subject may name as the one who did it. */
function agentKind(ctx: Ctx, a: ResolvedActor): boolean {
  if (a.kind === 'group' || a.kind === 'government') return true;
  // "NATO bombed a house": an alliance with forces of its own (claims.json attackingAlliances)
  if (a.kind === 'organisation') return ctx.lex.attackingAlliances.has(a.name);
  if (a.kind === 'person') return loyalTo(ctx, a.first);
  // a plain noun phrase only when it names fighters ("terrorists", "the rebels"); "gunmen", "attackers"
  // describe the act, not who did it
  const head = ctx.toks[a.end - 1]!.lower;
  return a.kind === 'description' && ctx.lex.descriptionHeads.has(head) && !ctx.lex.attackerNouns.has(head);
}

/**
 * A person the text names as one: a known person, or a proper name opening with a first name
 * (`Zahran Alloush`, `Karl Weiss`) — not a place the tagger read as a name (`Jobar`, `Eastern Ghouta`).
 */
function namedPerson(ctx: Ctx, a: ResolvedActor): boolean {
  if (a.kind !== 'person') return false;
  if (a.via === 'known') return true;
  return a.end - a.first >= 2 && firstNameGender(ctx.toks[a.first]!.value) !== null;
}

/** Whether the verb at `v` has a weapon or an attack as its object (`planted the bomb`, `fired rockets`). */
function personAttack(ctx: Ctx, v: number): boolean {
  if (weaponIn(ctx, v + 1, v + 6)) return true;
  const e = eventAfter(ctx, v + 1, 5);
  return e !== null && e.cls === 'attack';
}

/** Whether `loyal to` (and up to three title words) comes right before token `first`: `forces loyal to President X`. */
function loyalTo(ctx: Ctx, first: number): boolean {
  for (let k = first - 1; k >= ctx.sentence.firstToken && k > first - 5; k--) {
    if (ctx.toks[k]!.lower === 'to') return ctx.toks[k - 1]?.lower === 'loyal';
  }
  return false;
}

/**
 * A state named by its adjective or country name before forces or an attack:
 * `Russian jets`, `Syrian aircraft`, `Russia aircraft`, `French strikes`. Returns the
 * actor over the adjective (and the forces noun when there is one).
 */
function stateByAdjective(ctx: Ctx, k: number): ResolvedActor | null {
  const { toks, lex } = ctx;
  const t = toks[k];
  if (t === undefined) return null;
  const { demonyms, countries, acronyms } = stateWords();
  const demonym = demonyms.get(t.lower);
  // "US warplanes", "U.S. jets": an acronym as written, before forces only (below)
  const state = demonym ?? countries.get(t.lower) ?? acronyms.get(t.value);
  if (state === undefined) return null;
  let end = k + 1;
  // "Syrian regime forces", "Syrian government jets", "Russian war planes", "Turkish army tanks"
  while (
    end < k + 3 &&
    (toks[end]?.lower === 'regime' ||
      toks[end]?.lower === 'government' ||
      (lex.serviceNouns.has(toks[end]?.lower ?? '') &&
        lex.forceNouns.has(toks[end + 1]?.lower ?? '') &&
        ctx.idx.endingAt.get(end)?.kind !== 'group'))
  )
    end++;
  // "the Syrian government's jets"
  let owned = -1;
  if (end > k + 1 && isPossessive(toks[end])) {
    const h = forcesHead(ctx, end + 1);
    if (lex.forceNouns.has(toks[h]?.lower ?? '')) owned = h;
  }
  end = owned >= 0 ? owned : forcesHead(ctx, end);
  const next = toks[end];
  if (next === undefined) return null;
  const forces = lex.forceNouns.has(next.lower);
  // "Russian strikes" names who struck; "Syria attack" names where: a country name needs its forces,
  // but an acronym before a military noun is the state's own ("US airstrikes", "U.S. air strikes")
  if (!forces && demonym === undefined && !(acronyms.has(t.value) && militaryNext(ctx, end))) return null;
  if (!forces && attackClass(ctx, end) === null && !(next.lower === 'air' && attackClass(ctx, end + 1) !== null))
    return null;
  return { name: state, kind: 'government', first: k, end: forces ? end + 1 : end, via: 'known', affiliation: null };
}

/** Whether a military attack noun (attacks.json `military`: `airstrikes`, `shelling`) opens at `k`, `air` before it allowed. */
function militaryNext(ctx: Ctx, k: number): boolean {
  return attackClass(ctx, ctx.toks[k]?.lower === 'air' ? k + 1 : k) === 'military';
}

/** `US-led` before an attack noun: the coalition the text elsewhere calls `US-led coalition`. */
function ledCoalition(ctx: Ctx, k: number): ResolvedActor | null {
  const { toks } = ctx;
  if (toks[k]?.lower !== 'led' || !isJoiner(toks[k - 1])) return null;
  const leader = toks[k - 2];
  if (leader === undefined) return null;
  const known = lookupActor(`${leader.value}-led coalition`);
  if (known === null) return null;
  return { name: known.name, kind: known.kind, first: k - 2, end: k + 1, via: 'known', affiliation: null };
}

/** A bare `regime` / `government` at `k` (`regime raids`, `government warplanes`) as the state the document means. */
function bareGovernment(ctx: Ctx, k: number): ResolvedActor | null {
  const w = ctx.toks[k]?.lower;
  if (w !== 'regime' && w !== 'government') return null;
  const g = governmentMemo(ctx, w, k);
  return g === null
    ? null
    : { name: g.name, kind: 'government', first: k, end: k + 1, via: 'state', affiliation: null };
}

/**
 * `regimes` right before an attack noun, a possessive whose apostrophe scraped copy lost (`the
 * regimes shelling caused…`): the state the document means, as {@link bareGovernment} reads `regime`.
 */
function gluedGovernment(ctx: Ctx, k: number): ResolvedActor | null {
  if (ctx.toks[k]?.lower !== 'regimes') return null;
  const g = governmentMemo(ctx, 'regime', k);
  return g === null
    ? null
    : { name: g.name, kind: 'government', first: k, end: k + 1, via: 'state', affiliation: null };
}

/** {@link governmentAt} for the word at `k` (`regime`, or `government` also for `army`), memoised per token in `ctx.governments`. */
function governmentMemo(ctx: Ctx, w: 'regime' | 'government', k: number): KnownActor | null {
  let g = ctx.governments.get(k);
  if (g === undefined) ctx.governments.set(k, (g = governmentAt(ctx.doc, w, k)));
  return g;
}

const QUANTIFIERS = new Set(['all', 'any', 'every', 'no', 'some', 'such', 'either', 'neither', 'whichever']);

/** Singular members of a group: `a fighter from X`, `a member of X`. */
const MEMBERS = new Set(['fighter', 'member', 'militant', 'soldier', 'commander', 'operative']);

/**
 * The actor of the noun phrase starting at token `i` as an agent (after "by"):
 * a state by adjective, `US-led`, a registry or context mention, a fighters
 * description, or the group a member belongs to (`a fighter from the Nusra Front`).
 */
function agentAt(ctx: Ctx, i: number): Subject | null {
  const { toks, lex } = ctx;
  // "done by all terrorist groups", "by any side": a generalisation names no one
  if (QUANTIFIERS.has(toks[i]?.lower ?? '')) return null;
  let j = i;
  if (toks[j]?.pos === 'DET' || toks[j]?.lower === 'the') j++;
  // "by the so-called Jaish al-Fateh", "by a self-styled group": the label says nothing of who
  const label = labelAt(toks, j);
  if (label > 0) return agentAt(ctx, j + label);
  // "injured by terrorists rocket shells": fighters whose possessive lost its apostrophe, before a weapon
  const owner = toks[j];
  if (
    owner !== undefined &&
    owner.lower.endsWith('s') &&
    lex.descriptionHeads.has(owner.lower) &&
    (lex.weapons.has(toks[j + 1]?.lower ?? '') || lex.fireModifiers.has(toks[j + 1]?.lower ?? ''))
  )
    return {
      actor: { name: owner.value, kind: 'description', first: j, end: j + 1, via: 'description', affiliation: null },
      start: i,
    };
  // "jets of the Syrian regime", "aircraft of the Russian occupation forces": the forces' owner
  // ("the air force of President X": the state the person heads)
  // ("aircraft belonging to the Russian air force": claims.json ownerPhrases)
  const f = forcesHead(ctx, j);
  const of = lex.forceNouns.has(toks[f]?.lower ?? '') ? phraseAt(toks, f + 1, lex.ownerPhrases) : 0;
  if (of > 0 && f + 1 + of < ctx.sentence.endToken) {
    const owner = agentAt(ctx, f + 1 + of) ?? headOfState(ctx, f + 1 + of);
    if (owner !== null && owner.actor.kind !== 'description') {
      // "the bombers of the US-led coalition": the span keeps the coalition's noun
      const end = toks[owner.actor.end]?.lower === 'coalition' ? owner.actor.end + 1 : owner.actor.end;
      return { actor: { ...owner.actor, end }, start: i };
    }
  }
  const adj = stateByAdjective(ctx, j);
  if (adj !== null) return { actor: adj, start: i };
  // "forces loyal to (the) regime", "troops loyal to the government": the state they serve
  if (lex.forceNouns.has(toks[j]?.lower ?? '') && toks[j + 1]?.lower === 'loyal' && toks[j + 2]?.lower === 'to') {
    const m = toks[j + 3]?.pos === 'DET' ? j + 4 : j + 3;
    const served = bareGovernment(ctx, m);
    if (served !== null) return { actor: { ...served, first: j, end: m + 1 }, start: i };
  }
  const led = ledCoalition(ctx, j + 2);
  if (led !== null && led.first === j) return { actor: led, start: i };
  const bare = bareGovernment(ctx, j) ?? namedCoalition(ctx, j);
  // ("by coalition fighter jets", "by government war planes": past a forces compound)
  const fh = forcesHead(ctx, j + 1);
  const viaForces = lex.forceNouns.has(toks[fh]?.lower ?? '');
  if (bare !== null && (viaForces || toks[j + 1]?.pos !== 'NOUN'))
    return { actor: { ...bare, end: viaForces ? fh + 1 : j + 1 }, start: i };
  let obj = objectActor(ctx, i, { descriptions: true }, 8);
  // a country or its capital heading the phrase after "by" is its state: "carried out by Washington",
  // "launched by Russia" (not "by machinegun fire of two U.S. citizens", nor upper-case "staged by US")
  if (obj === null || obj.actor.kind === 'description') {
    const place = objectActor(ctx, i, { places: true }, 8);
    const head = toks[j]?.pos === 'NUM' ? j + 1 : j; // "launched by two US destroyers"
    if (place !== null && place.actor.first === head && !(toks[head]!.value === 'US' && recased(ctx, i - 1)))
      obj = place;
  }
  if (obj !== null && obj.actor.kind !== 'description' && agentKind(ctx, obj.actor)) return obj;
  // "a fighter from the Nusra Front", "gunmen belonging to IS": the member's group
  for (let k = j; k < Math.min(ctx.sentence.endToken, j + 4); k++) {
    const n = phraseAt(toks, k, lex.fromWords);
    const member = toks[k - 1]?.lower ?? '';
    if (n > 0 && k > j && (lex.attackerNouns.has(member) || lex.groupNouns.has(member) || MEMBERS.has(member))) {
      const group = objectActor(ctx, k + n, {}, 8);
      if (group !== null && group.actor.kind === 'group') return { actor: group.actor, start: i };
      break;
    }
    if (toks[k]!.pos !== 'NOUN' && toks[k]!.pos !== 'ADJ' && toks[k]!.pos !== 'NUM' && toks[k]!.pos !== 'DET') break;
  }
  return obj !== null && agentKind(ctx, obj.actor) ? obj : null;
}

/** A head of state named at `k` (`President Vladimir Putin`) as the state he heads, or `null`. */
function headOfState(ctx: Ctx, k: number): Subject | null {
  const obj = objectActor(ctx, k, {}, 8);
  if (obj === null || obj.actor.kind !== 'person') return null;
  const state = knownActorByName(obj.actor.name)?.state;
  return state === undefined ? null : { actor: { ...obj.actor, name: state, kind: 'government' }, start: obj.start };
}

/** Whether token `k` was re-cased from wire copy in capitals (`BY` read as `by`): `US` there may be `us`. */
function recased(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && ctx.doc.text.slice(t.start, t.end) !== ctx.doc.norm.slice(t.start, t.end);
}

/** Words of a label before a name (`so-called`, `self-styled`), as a count of tokens at `j`, or 0. */
function labelAt(toks: Ctx['toks'], j: number): number {
  const a = toks[j]?.lower;
  const second = a === 'so' ? 'called' : a === 'self' ? 'styled' : null;
  if (second === null) return 0;
  if (toks[j + 1]?.lower === second) return 2;
  return isJoiner(toks[j + 1]) && toks[j + 2]?.lower === second ? 3 : 0;
}

/** `by either Syrian or Russian jets`, `by both the army and the militia`: the pair's opening word. */
const PAIR_OPENERS = new Set(['either', 'both']);

/** Two states' adjectives sharing one forces noun: `by Syrian or Russian jets`, `by Russian and Syrian forces`. */
function adjectivePair(ctx: Ctx, i: number): Subject[] | null {
  const { toks } = ctx;
  let j = i;
  if (toks[j]?.pos === 'DET') j++;
  const c = toks[j + 1]?.lower;
  if (c !== 'and' && c !== 'or') return null;
  // "by Russian and regime warplanes": the bare regime before the forces noun is the document's state
  const bare = ctx.lex.forceNouns.has(toks[j + 3]?.lower ?? '') ? bareGovernment(ctx, j + 2) : null;
  const second =
    stateByAdjective(ctx, j + 2) ?? (bare === null ? null : { ...bare, end: j + 4 }) ?? governmentForces(ctx, j + 2);
  if (second === null || second.end === j + 3) return null;
  const firstActor = demonymConjunct(ctx, j, second);
  if (firstActor === null) return null;
  return [
    { actor: firstActor, start: i },
    { actor: second, start: j + 2 },
  ];
}

/**
 * A state's name before its forces at `k` (`Assad regime forces`, `Assad regime air forces`): the
 * state over the whole phrase, or `null`.
 */
function governmentForces(ctx: Ctx, k: number): ResolvedActor | null {
  const m = ctx.idx.startingAt.get(k);
  if (m === undefined || m.kind !== 'government' || m.via === 'place') return null;
  const end = forcesHead(ctx, m.endToken);
  // "Assad regime air strikes": `air` alone is no forces noun here
  if (end === m.endToken && ctx.lex.forceCompounds.has(ctx.toks[end]?.lower ?? '')) return null;
  if (!ctx.lex.forceNouns.has(ctx.toks[end]?.lower ?? '')) return null;
  const state = knownActorByName(m.name)?.state ?? m.name;
  return { name: state, kind: 'government', first: k, end: end + 1, via: m.via, affiliation: m.affiliation };
}

/**
 * `its Russian ally`, `their Iranian backers` from token `k`: the state the adjective names (the
 * partner noun is no actor of its own), or `null`.
 */
export function allyAt(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  const own = toks[k]?.lower;
  const j = own === 'its' || own === 'their' || own === 'his' ? k + 1 : k;
  const state = stateWords().demonyms.get(toks[j]?.lower ?? '');
  if (state === undefined || !lex.allyNouns.has(toks[j + 1]?.lower ?? '')) return null;
  return {
    actor: { name: state, kind: 'government', first: j, end: j + 2, via: 'known', affiliation: null },
    start: k,
  };
}

/** Further agents after `and` / `or`: `by Syrian regime or Russian jets`. */
function moreAgents(ctx: Ctx, end: number): Subject[] {
  const out: Subject[] = [];
  let k = end;
  for (let n = 0; n < 2; n++) {
    const w = ctx.toks[k]?.lower;
    if (w !== 'and' && w !== 'or') break;
    const next = agentAt(ctx, k + 1) ?? allyAt(ctx, k + 1);
    if (next === null) break;
    out.push(next);
    k = next.actor.end;
  }
  return out;
}

/** Whether the attack phrase names a military campaign rather than an attack (`an offensive`, `the operation`). */
const campaign = (ctx: Ctx, e: EventSpan | null): boolean =>
  e !== null && ctx.lex.campaignNouns.has(ctx.toks[e.head]!.lower);

/** Whether a weapon is named in tokens `[a, b)` of the sentence (`used chlorine gas`, `dropped barrel bombs`). */
function weaponIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = Math.max(a, ctx.sentence.firstToken); k < Math.min(b, ctx.sentence.endToken); k++)
    if (ctx.lex.weapons.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** Per document context: 0 not asked yet, 1 no weapon in the sentence, 2 a weapon. */
const weaponSentences = new WeakMap<Ctx, Uint8Array>();

/** Whether the sentence (or the one before) is about an attack, or names a weapon (each sentence scanned once). */
function violent(ctx: Ctx): boolean {
  if (attackContext(ctx)) return true;
  let seen = weaponSentences.get(ctx);
  if (seen === undefined) {
    seen = new Uint8Array(ctx.doc.sentences.length);
    weaponSentences.set(ctx, seen);
  }
  const s = ctx.sentence.index;
  if (seen[s] === 0) seen[s] = weaponIn(ctx, ctx.sentence.firstToken, ctx.sentence.endToken) ? 2 : 1;
  return seen[s] === 2;
}

/**
 * The attack noun before "by", directly or through its target's preposition (claims.json
 * `targetPrepositions`): `the execution of the pilot by`, `the attack on the base by`.
 */
function attackBeforeBy(ctx: Ctx, by: number): EventSpan | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (attackClass(ctx, by - 1) !== null) return eventAt(ctx, by - 1);
  // "an air strike on Tuesday by", "an air strike late on Wednesday by": past the date adjunct
  const d = ctx.dateStart[by - 1]!;
  if (d > s0 && d < by) {
    let k = d - 1;
    if (toks[k]!.pos === 'ADP') k--;
    if (k >= s0 && (toks[k]!.lower === 'late' || toks[k]!.lower === 'early')) k--;
    if (k >= s0 && attackClass(ctx, k) !== null) return eventAt(ctx, k);
  }
  for (let k = by - 1; k >= s0 && k > by - 7; k--) {
    const t = toks[k]!;
    if (ctx.lex.targetPrepositions.has(t.lower) && attackClass(ctx, k - 1) !== null) return eventAt(ctx, k - 1);
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'AUX') return null;
  }
  return null;
}

/** The `use` of `the use of WEAPON by`, ending right before the `by` at `by`, or -1. */
function useBefore(ctx: Ctx, by: number): number {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = by - 1;
  let weapon = false;
  while (k >= s0 && k > by - 5 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ')) {
    if (lex.weapons.has(toks[k]!.lower) || lex.contested.has(toks[k]!.lower)) weapon = true;
    k--;
  }
  return weapon && toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'use' && k - 1 >= s0 ? k - 1 : -1;
}

/**
 * `ATTACK by X`, `the ATTACK of Y by X`, `VERBED by X` (an attack verb's or a
 * perpetration verb's participle: `fired by`, `carried out by`), with
 * coordinated agents as claims of their own.
 */
export function byAgent(ctx: Ctx, i: number): Candidate[] | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (i - 1 < s0) return null;
  if (meansGerund(ctx, i)) return null;
  let event = attackBeforeBy(ctx, i);
  // "the use of chemical weapons by X": the use of a weapon is the act
  const used = event === null ? useBefore(ctx, i) : -1;
  let first = event?.first ?? (used >= 0 && toks[used - 1]?.pos === 'DET' ? used - 1 : used);
  // a weak verb with no attack in sight ("was hit by …"): an attack only when armed forces did it
  let weak = false;
  if (event === null && used < 0) {
    const done = participleBeforeBy(ctx, i);
    if (done === null) return null;
    ({ first, event, weak } = done);
  }
  if (campaign(ctx, event)) return null;
  // "the shelling and other attacks by the rebels": the coordinated attacks are the event too
  if (event !== null && first === event.first) {
    event = coordinatedAttacks(ctx, event);
    first = event.first;
  }
  return byAgentClaims(ctx, i, first, event, weak);
}

/** Step 1 of byAgent: `by compelling the regime…`, `by shelling the town`: a gerund with its object after `by` at `i` is a means, no agent (`by retreating troops` is one). */
function meansGerund(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const after = toks[i + 1];
  const objectOpens = toks[i + 2]?.pos === 'DET' || toks[i + 2]?.pos === 'PRON';
  return after !== undefined && after.lower.endsWith('ing') && after.pos !== 'NOUN' && objectOpens;
}

/** What byAgent found done before `by`: its first token, the attack named, and whether the verb is weak. */
interface DoneBefore {
  readonly first: number;
  readonly event: EventSpan | null;
  readonly weak: boolean;
}

/**
 * Step 2 of byAgent, with no attack noun before `by` at `i`: the participle before it (`dropped
 * by`, `planted earlier by`, `were killed by`, `carried out by`) and what was done, named before
 * the participle (`sarin nerve gas dropped by`); `null` when none, or a campaign.
 */
function participleBeforeBy(ctx: Ctx, i: number): DoneBefore | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let v = i - 1;
  let perp = -1;
  for (let back = 1; back <= 2 && perp < 0; back++)
    if (phraseAt(toks, i - back, lex.perpetration) === back) perp = i - back;
  // "targeted last week by", "hit on Tuesday night by": past a date adjunct
  const ds = ctx.dateStart[v]!;
  if (perp < 0 && ds > s0 && ds <= v) {
    v = ds - 1;
    if (toks[v]!.pos === 'ADP' && v - 1 >= s0) v--;
  }
  // "kidnapped in San Rafael by", "shot near the border yesterday by": past a place adjunct
  if (perp < 0) v = pastPlaceAdjunct(ctx, v);
  // "planted earlier by", "shot dead by"
  if (perp < 0 && (toks[v]!.pos === 'ADV' || toks[v]!.lower === 'dead') && v - 1 >= s0) v--;
  // "kidnapped in Medellin today, presumably by X": the participle before the comma
  if (perp < 0 && toks[v]!.value === ',' && toks[v + 1]!.pos === 'ADV') {
    let p = v - 1;
    while (p > s0 && p > v - 6 && !lex.agentVerbs.has(toks[p]!.lower) && toks[p]!.value !== ',') p--;
    if (lex.agentVerbs.has(toks[p]!.lower) && PASSIVE.has(toks[p - 1]?.lower ?? '')) v = p;
  }
  const w = toks[v]!.lower;
  let weak = false;
  if (perp >= 0) v = perp;
  // "injured by terrorists", "wounded by regime shelling": a victim verb before "by" is a passive
  else if (!lex.agentVerbs.has(w) && !lex.victimVerbs.has(w)) return null;
  else if (lex.agentWeak.has(w) && !violent(ctx)) weak = true;
  let first = v;
  let event: EventSpan | null = null;
  // what was done, named before the participle: "sarin nerve gas dropped by", "a device which was planted"
  let k = v - 1;
  while (
    k >= s0 &&
    k > v - 6 &&
    (toks[k]!.pos === 'AUX' ||
      toks[k]!.pos === 'ADV' ||
      toks[k]!.lower === 'which' ||
      toks[k]!.lower === 'that' ||
      toks[k]!.lower === 'to')
  )
    k--;
  // "an offensive launched by the army": a campaign, not an attack (claims.json campaignNouns);
  // unless its attacks are named ("THE OFFENSIVE LAUNCHED BY THE ARMED FORCES … WITH INDISCRIMINATE BOMBINGS")
  if (k >= s0 && lex.campaignNouns.has(toks[k]!.lower) && !attacksWith(ctx, i + 1)) return null;
  if (k >= s0 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN')) {
    event = eventAt(ctx, k);
    let f = k;
    while (f - 1 >= s0 && f > k - 4 && DONE_POS.has(toks[f - 1]!.pos)) f--;
    first = event?.first ?? f;
  }
  if (perp >= 0 && event === null && !violent(ctx)) return null;
  // "a bulldozer which was used by": a weapon verb needs a weapon
  if (perp < 0 && lex.weaponVerbs.has(w) && !weaponIn(ctx, first, v)) return null;
  return { first, event, weak };
}

/**
 * The verb before a place adjunct ending at `v` (`kidnapped in San Rafael`, `shot near the
 * border`: a locative preposition and up to five words of a noun phrase), when it is a verb; else `v`.
 */
function pastPlaceAdjunct(ctx: Ctx, v: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let p = v; p > s0 && p > v - 6; p--) {
    const t = toks[p]!;
    if (LOCATIVE_PREPOSITIONS.has(t.lower)) return p < v && toks[p - 1]!.pos === 'VERB' ? p - 1 : v;
    if (!DONE_POS.has(t.pos) && !isJoiner(t)) return v;
  }
  return v;
}

/** Words of the noun phrase naming what was done before a participle (`sarin nerve gas dropped by`). */
const DONE_POS = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN']);

/** Step 3 of byAgent: `the shelling and other attacks by the rebels`: the attack coordinated before `event` joins it. */
function coordinatedAttacks(ctx: Ctx, event: EventSpan): EventSpan {
  const c = ctx.toks[event.first - 1]?.lower;
  const before =
    (c === 'and' || c === 'or') && attackClass(ctx, event.first - 2) !== null ? eventAt(ctx, event.first - 2) : null;
  return before !== null && before.end === event.first - 1 ? { ...event, first: before.first } : event;
}

/** Step 4 of byAgent: the claims of the agents after `by` at `i` (one each, `by Syrian or Russian jets`). */
function byAgentClaims(ctx: Ctx, i: number, first: number, event: EventSpan | null, weak: boolean): Candidate[] | null {
  const { toks, lex } = ctx;
  const at = PAIR_OPENERS.has(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const pair = adjectivePair(ctx, at);
  const agent = pair === null ? agentAt(ctx, at) : pair[0]!;
  if (agent === null) return null;
  // "the hospital was hit by Syrian warplanes": forces that are weapons themselves make it an attack
  if (weak && !lex.armedForces.has(toks[(pair?.[1] ?? agent).actor.end - 1]?.lower ?? '')) return null;
  if (negatedBetween(ctx, first, i)) return null;
  return agentClaims(ctx, pair ?? [agent, ...moreAgents(ctx, agent.actor.end)], first, event);
}

/**
 * `missiles fired from Russian aircraft`, `barrel bombs dropped from regime helicopters`: after a
 * platform participle (claims.json `platformVerbs`), `from` names the forces that fired, as `by`
 * would — read only for a state's armed forces (claims.json `armedForces`: `fired from the hills`,
 * `launched from Gaza` name a place). `i` is `from`.
 */
export function fromPlatform(ctx: Ctx, i: number): Candidate[] | null {
  const { toks, lex } = ctx;
  const v = toks[i - 1];
  if (v === undefined || i - 1 < ctx.sentence.firstToken || !lex.platformVerbs.has(v.lower)) return null;
  const at = toks[i + 1]?.pos === 'DET' ? i + 2 : i + 1;
  // "Russian aircraft", "regime helicopters", "army helicopters" (a state reference of the actors layer)
  const m = ctx.idx.startingAt.get(at);
  const end =
    stateByAdjective(ctx, at)?.end ??
    (m !== undefined && m.kind === 'government' && m.via !== 'place' ? m.endToken : -1);
  if (end < 0 || !lex.armedForces.has(toks[end - 1]?.lower ?? '')) return null;
  return byAgent(ctx, i);
}

/** Whether `with` and an attack noun follow within twelve words from `k`, in the clause (`… with indiscriminate bombings`). */
function attacksWith(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  for (let m = k; m < ctx.sentence.endToken && m < k + 12; m++) {
    if (toks[m]!.value === '.' || toks[m]!.value === ';') return false;
    if (toks[m]!.lower !== 'with') continue;
    for (let a = m + 1; a < m + 4; a++) if (attackClass(ctx, a) === 'attack') return true;
  }
  return false;
}

/** One attribution per agent of a by-phrase (its state for a state's forces), the first from `first`. */
function agentClaims(ctx: Ctx, agents: readonly Subject[], first: number, event: EventSpan | null): Candidate[] {
  return agents.map((a, n) => ({
    first: n === 0 ? Math.min(first, a.start) : a.start,
    end: a.actor.end,
    status: 'attributed' as const,
    actor: stateOfDescription(ctx, a.actor),
    event,
    source: null,
    form: 'by-agent',
  }));
}

/**
 * `killed at the hands of Russian forces`, `the deaths of 45 civilians at the hands of IS`: the
 * idiom names who did the violence told right before it (a victim verb, an agent verb or an attack
 * or death noun within six words before `at`), as a by-phrase does (ANNOTATION.md §3). `i` is `hands`.
 */
export function atHandsOf(ctx: Ctx, i: number): Candidate[] | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (toks[i - 1]?.lower !== 'the' || toks[i - 2]?.lower !== 'at' || toks[i + 1]?.lower !== 'of' || i - 2 <= s0)
    return null;
  let first = -1;
  let event: EventSpan | null = null;
  for (let k = i - 3; k >= s0 && k > i - 9; k--) {
    const w = toks[k]!.lower;
    if (toks[k]!.value === ',' || toks[k]!.value === ';') break;
    if (lex.victimVerbs.has(w) || lex.agentVerbs.has(w) || lex.deathWords.has(w)) first = k;
    else if (attackClass(ctx, k) !== null) {
      event = eventAt(ctx, k);
      first = event?.first ?? k;
    }
  }
  if (first < 0) return null;
  const agent = agentAt(ctx, i + 2);
  if (agent === null) return null;
  return agentClaims(ctx, [agent, ...moreAgents(ctx, agent.actor.end)], first, event);
}

/** Compound words that may stand between an actor and the attack noun: `Russian air strike`, `regime barrel bombs`. */
const BETWEEN = new Set([
  'air',
  'aerial',
  'missile',
  'rocket',
  'artillery',
  'mortar',
  'drone',
  'barrel',
  'cluster',
  'ground',
]);

/**
 * The actor named right before the attack noun at `head`: `Russian strike`,
 * `Syrian air strikes`, `regime raids`, `US-led strike`, `the coalition's strikes`.
 */
function agentBefore(ctx: Ctx, head: number): ResolvedActor | null {
  const { toks, lex, idx } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = head - 1;
  for (let n = 0; n < 3 && k >= s0; n++) {
    const w = toks[k]!.lower;
    if (BETWEEN.has(w) || lex.compound.has(w) || (attackClass(ctx, k) !== null && !idx.endingAt.has(k))) k--;
    else break;
  }
  if (k < s0) return null;
  const owned = isPossessive(toks[k]);
  if (owned) k--;
  const led = ledCoalition(ctx, k);
  if (led !== null) return led;
  const m = idx.endingAt.get(k);
  if (m !== undefined) {
    if (m.kind !== 'group' && m.kind !== 'government' && !ctx.lex.attackingAlliances.has(m.name)) return null;
    if (m.via === 'place' || (m.modifier && m.via !== 'state')) {
      const adj = stateByAdjective(ctx, m.firstToken);
      if (adj === null) return owned ? countryOwner(ctx, m.firstToken, k, head) : null;
      return { ...adj, end: k + 1 };
    }
    // "attacks against IS", "strikes on the regime": the target, not the agent
    const before = toks[m.firstToken - 1]?.lower;
    if (before === 'against' || before === 'on' || before === 'targeting') return null;
    // (an alliance's strikes are read as a state's forces' are: the same actor as "blamed NATO")
    const kind = m.kind === 'organisation' ? 'government' : m.kind;
    return { name: m.name, kind, first: m.firstToken, end: m.endToken, via: m.via, affiliation: m.affiliation };
  }
  const bare = bareGovernment(ctx, k) ?? gluedGovernment(ctx, k) ?? namedCoalition(ctx, k, true);
  if (bare !== null) return bare;
  const adj = stateByAdjective(ctx, k);
  if (adj !== null) return { ...adj, end: Math.max(adj.end, k + 1) };
  // "Russian warplanes' strikes", "regime forces' shelling": a forces noun after the adjective
  if (lex.forceNouns.has(toks[k]!.lower)) {
    const a = stateByAdjective(ctx, k - 1) ?? bareGovernment(ctx, k - 1);
    if (a !== null) return { ...a, end: k + 1 };
  }
  return null;
}

/**
 * A one-word country name `[k, end]` owning the attack noun at `head` (`Russia's air strikes`,
 * `Turkey's shelling of Afrin`, `Israel's bombing of the airport`): the state, when the noun is a
 * military one or names its target (`of`, `on`, `against` after it). Where an attack took place is
 * told with a superlative or a bare noun (`Britain's worst bombing`, `Syria's chemical attack`).
 */
function countryOwner(ctx: Ctx, k: number, end: number, head: number): ResolvedActor | null {
  if (end !== k) return null;
  const state = stateOfCountry(ctx.toks[k]!.lower);
  if (state === null) return null;
  // (or a campaign of them: "Russia's bombing campaign")
  const next = ctx.toks[head + 1]?.lower ?? '';
  const target = ctx.lex.targetPrepositions.has(next) || ctx.lex.campaignNouns.has(next);
  if (attackClass(ctx, head) !== 'military' && !target) return null;
  return { name: state, kind: 'government', first: k, end: k + 2, via: 'known', affiliation: null };
}

/** Parts of speech of a sentence's first word whose capital is no sign of a name. */
const OPENER_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX']);

/** Whether the attack noun at `i` is one from the air (`airstrikes`, `air raids`). */
function fromTheAir(ctx: Ctx, i: number): boolean {
  const w = ctx.toks[i]!.lower;
  return ctx.lex.airAttacks.has(w) || (ctx.lex.airHeads.has(w) && ctx.toks[i - 1]?.lower === 'air');
}

/**
 * `an airstrike of the US-led coalition`, `the air raids of Russia`: an attack from the air owned by
 * a state or a coalition after `of` (an armed group has no air force: after `of` it is the target,
 * as is a place's noun phrase, `the bombardment of Aleppo`, `air strikes of IS positions`).
 */
function airAttackOf(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  let j = i + 2;
  if (toks[j]?.pos === 'DET') j++;
  const m = ctx.idx.startingAt.get(j);
  if (m === undefined || m.kind !== 'government' || m.modifier) return null;
  // the owner ends its noun phrase ("of Russia", "of the US-led coalition"; not "of Syrian army positions")
  let e = m.endToken;
  if (toks[e]?.lower === 'coalition') e++;
  if (toks[e]?.pos === 'NOUN' || toks[e]?.pos === 'PROPN') return null;
  // a place is its state only as a country name ("of Russia"), never a city ("of Aleppo")
  if (m.via === 'place' && placeGovernmentAt(ctx.doc, j)?.endToken !== m.endToken) return null;
  const ev = eventAt(ctx, i);
  if (ev === null) return null;
  const actor = { ...actorOf(m), end: e };
  return {
    first: ev.first,
    end: e,
    status: 'attributed',
    actor,
    event: { ...ev, end: i + 1 },
    source: null,
    form: 'agent-attack',
  };
}

/**
 * `shelling from army posts`, `fire from regime checkpoints`, `rockets from Syrian army positions`:
 * the state whose army, regime or government holds the positions the attack comes from.
 */
function fireFromPositions(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  let j = i + 2;
  if (toks[j]?.pos === 'DET') j++;
  let p = j;
  while (p < j + 3 && !lex.positionNouns.has(toks[p]?.lower ?? '')) p++;
  if (p === j || !lex.positionNouns.has(toks[p]?.lower ?? '')) return null;
  let state: string | null = null;
  for (let k = j; k < p && state === null; k++) {
    const w = toks[k]!.lower;
    state = stateWords().demonyms.get(w) ?? null;
    if (state === null && (w === 'army' || w === 'regime' || w === 'government'))
      state = governmentMemo(ctx, w === 'army' ? 'government' : w, k)?.name ?? null;
  }
  if (state === null) return null;
  const ev = eventAt(ctx, i);
  if (ev === null && ctx.toks[i]!.lower !== 'fire') return null;
  const actor: ResolvedActor = {
    name: state,
    kind: 'government',
    first: j,
    end: p + 1,
    via: 'known',
    affiliation: null,
  };
  return {
    first: ev?.first ?? i,
    end: p + 1,
    status: 'attributed',
    actor,
    event: ev === null ? null : { ...ev, end: i + 1 },
    source: null,
    form: 'agent-attack',
  };
}

/** `Russian strike`, `regime raids`, `Syrian air strikes`, `US-led strike`: a state or group before an attack noun. */
export function agentAttack(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  if (ctx.toks[i + 1]?.lower === 'from') {
    // "rockets from army positions"; otherwise the adjective reading ("Russian air strikes from the Caspian")
    const r = fireFromPositions(ctx, i) ?? attackFromFighters(ctx, i) ?? attackFromForces(ctx, i);
    if (r !== null) return r;
  }
  const cls = attackClass(ctx, i);
  if (cls === null || cls === 'generic') return null;
  if (attackClass(ctx, i + 1) !== null) return null; // the head is further right
  if (hyphenModifier(ctx, i)) return null; // "bomb-laden vehicles"
  const t = ctx.toks[i]!;
  if ((t.pos === 'VERB' && !gerundNoun(ctx, i)) || ctx.lex.campaignNouns.has(t.lower)) return null;
  if (ctx.toks[i + 1]?.lower === 'of' && fromTheAir(ctx, i)) {
    // "air strikes of Russia"; otherwise the adjective reading ("Syrian airstrikes of Aleppo")
    const r = airAttackOf(ctx, i);
    if (r !== null) return r;
  }
  // cheap test: a capital, a hyphen, a possessive or "regime" within four words before
  let named = false;
  for (let m = i - 1; m >= ctx.sentence.firstToken && m >= i - 4 && !named; m--) {
    const tm = ctx.toks[m]!;
    const c = tm.value.charCodeAt(0);
    // a capital is a name's, not a sentence opener's ("The attack", "In an attack")
    const opener = m === ctx.sentence.firstToken && OPENER_POS.has(tm.pos);
    named =
      (c >= 65 && c <= 90 && !opener) ||
      isJoiner(tm) ||
      isPossessive(tm) ||
      tm.lower === 'regime' ||
      tm.lower === 'regimes' ||
      tm.lower === 'government' ||
      tm.lower === 'coalition' ||
      tm.lower === 'coalitions';
  }
  if (!named) return fighterAttack(ctx, i);
  const actor = agentBefore(ctx, i);
  if (actor === null) return fighterAttack(ctx, i);
  // a group before an attack noun is read by actorAttack ("ISIS bombings")
  if (actor.kind === 'group' && cls === 'attack') return null;
  // "there have been no US strikes so far": a negated attack is none
  if (NEGATIVE_DETERMINERS.has(ctx.toks[actor.first - 1]?.lower ?? '')) return null;
  // "Daesh airstrikes", "IS air raids": a group has no air force, so it is the target
  if (actor.kind === 'group' && fromTheAir(ctx, i)) return null;
  const ev = eventAt(ctx, i);
  if (ev === null) return null;
  // "the coalition attacks on Manbij intensified in June": a state's attacks as the subject of an
  // escalation verb tell a campaign, no one attack (as "X intensified its bombardment")
  if (actor.kind === 'government' && escalatedAfter(ctx, ev.end) && !contested(ctx, ev)) return null;
  const evFirst = Math.max(ev.first, actor.end);
  const one: Candidate = {
    first: Math.min(actor.first, ev.first),
    end: ev.end,
    status: 'attributed',
    actor,
    event: { ...ev, first: evFirst },
    source: null,
    form: 'agent-attack',
  };
  // "Syrian regime and Russian bombing", "Iraqi or Turkish air strikes": one claim each (ANNOTATION.md §3)
  const other = conjoinedState(ctx, actor.first);
  return other === null ? one : [{ ...one, first: other.first, actor: other }, one];
}

/** Whether the first verb from `k` (within eight words, in the clause) is an escalation verb (`intensified`, `escalated`). */
function escalatedAfter(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  for (let m = k; m < ctx.sentence.endToken && m < k + 8; m++) {
    const t = toks[m]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB') return ctx.lex.escalateVerbs.has(t.lower);
  }
  return false;
}

/** Parts of speech that may follow a gerund used as a noun (`rebel shelling on the city`, `… killed four`). */
const AFTER_NOUN_POS = new Set(['ADP', 'PUNCT', 'VERB', 'AUX', 'CCONJ']);

/**
 * A gerund the tagger read as a verb that is a noun after its modifier (`rebel shelling killed…`,
 * `in regime bombing on the town`): a noun or adjective before, no object after.
 */
function gerundNoun(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!toks[i]!.lower.endsWith('ing') || prev === undefined || i - 1 < ctx.sentence.firstToken) return false;
  // (an owner's possessive before it too: "Hezbollah's shelling killed four")
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && prev.pos !== 'ADJ' && !isPossessive(prev)) return false;
  return next === undefined || next.sentence !== toks[i]!.sentence || AFTER_NOUN_POS.has(next.pos);
}

/**
 * `rebel rocket attacks`, `an insurgent ambush`, `opposition shelling`: a fighters noun
 * as the modifier of an attack noun (claims lexicon `fighterAdjectives`) names who
 * attacked, as a description (`rebels`). Not after a hyphen (`anti-rebel strikes`,
 * `pro-opposition`), nor of an attack word that is a verb with its object.
 */
function fighterAttack(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  const adjective = (w: string): boolean => lex.fighterAdjectives.has(w) || lex.reportedFighterAdjectives.has(w);
  for (let n = 0; n < 2 && k >= s0 && !adjective(toks[k]!.lower); n++) {
    if (BETWEEN.has(toks[k]!.lower) || lex.compound.has(toks[k]!.lower) || attackClass(ctx, k) !== null) k--;
    else break;
  }
  if (k < s0) return null;
  let name = lex.fighterAdjectives.get(toks[k]!.lower);
  const reported = name === undefined ? lex.reportedFighterAdjectives.get(toks[k]!.lower) : undefined;
  if (reported !== undefined && !(ctx.quoted[k] === 1) && armedReport(ctx, k, i)) name = reported;
  if (name === undefined || isJoiner(toks[k - 1])) return null;
  // "the militant attacks the convoy": a verb with its object
  const next = toks[i + 1];
  if (next !== undefined && (next.pos === 'DET' || next.pos === 'PROPN') && (toks[i]!.pos === 'VERB' || k === i - 1))
    return null;
  const ev = eventAt(ctx, i);
  if (ev === null) return null;
  const actor: ResolvedActor = {
    name,
    kind: 'description',
    first: k,
    end: k + 1,
    via: 'description',
    affiliation: null,
  };
  return {
    first: Math.min(k, ev.first),
    end: ev.end,
    status: 'attributed',
    actor,
    event: { ...ev, first: Math.max(ev.first, k + 1) },
    source: null,
    form: 'agent-attack',
  };
}

/**
 * Whether `terrorist` at `k` before the attack noun at `i` names who fired (claims.json
 * `reportedFighterAdjectives`): in someone's report, with a weapon in the attack phrase
 * (`terrorist rocket attacks`, `terrorist attacks with mortar shells, a police source told SANA`);
 * a bare `terrorist attack`, or one narrated by the article, names the kind of attack.
 */
function armedReport(ctx: Ctx, k: number, i: number): boolean {
  const { toks, lex } = ctx;
  let weapon = false;
  for (let m = k + 1; m < i && !weapon; m++) weapon = lex.weapons.has(toks[m]!.lower);
  if (!weapon && toks[i + 1]?.lower === 'with')
    for (let m = i + 2; m < Math.min(ctx.sentence.endToken, i + 5) && !weapon; m++)
      weapon = lex.weapons.has(toks[m]!.lower);
  return weapon && attributionAt(ctx.doc, k) !== null;
}

/**
 * The state named before `and` / `or` just ahead of token `first` (`[Syrian regime] and
 * Russian bombing`, `[Iraqi] or Turkish strikes`, `[the regime] and Russian warplanes`):
 * a state's mention, a bare `regime` / `government` or a state's adjective; `null` when none.
 */
function conjoinedState(ctx: Ctx, first: number): ResolvedActor | null {
  const { toks, idx } = ctx;
  const c = toks[first - 1]?.lower;
  if ((c !== 'and' && c !== 'or') || first - 2 < ctx.sentence.firstToken) return null;
  const k = first - 2;
  const m = idx.endingAt.get(k);
  if (m !== undefined && m.kind === 'government' && m.via !== 'place')
    return { name: m.name, kind: m.kind, first: m.firstToken, end: m.endToken, via: m.via, affiliation: m.affiliation };
  const bare = bareGovernment(ctx, k);
  if (bare !== null) {
    const adj = demonymConjunct(ctx, k - 1, bare);
    return adj === null ? bare : { ...adj, end: bare.end };
  }
  return demonymConjunct(ctx, k, {
    name: '',
    kind: 'government',
    first: k,
    end: k + 1,
    via: 'known',
    affiliation: null,
  });
}

/** Words before "of" that leave the head of an object to its complement (`a number of terrorists`). */
const QUANTITIES = new Set([
  'number',
  'numbers',
  'dozens',
  'dozen',
  'scores',
  'hundreds',
  'tens',
  'some',
  'many',
  'several',
  'group',
  'groups',
  'all',
  'most',
]);

/** Heads naming fighters, as objects that make a state's strike combat. */
const FIGHTERS = new Set([
  'terrorists',
  'terrorist',
  'militants',
  'rebels',
  'insurgents',
  'jihadists',
  'extremists',
  'gunmen',
  'fighters',
  'guerrillas',
  'subversives',
  'pockets',
  'mercenaries',
]);

/** Description heads that name a state's forces (`the regular forces`, `army units`). */
const FORCE_HEADS = new Set(['forces', 'troops', 'army', 'soldiers', 'units', 'military']);

const SELF = new Set(['its', 'their', 'our']);

/**
 * Whether the word at `k` can end the name of someone: a capitalised name, fighters, forces or a
 * group noun, the end of a bracketed or hyphenated name, or fighters named just before.
 */
function namesSomeone(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  const h = toks[k]!;
  const c = h.value.charCodeAt(0);
  return (
    (c >= 65 && c <= 90) ||
    lex.descriptionHeads.has(h.lower) ||
    lex.groupNouns.has(h.lower) ||
    lex.forceNouns.has(h.lower) ||
    h.value === ')' ||
    h.value === ']' ||
    isJoiner(toks[k - 1]) ||
    fightersBefore(ctx, k)
  );
}

/**
 * Whether `and` at `k` joins the verb after it to a verb before it whose subject is a named actor
 * (`IS fighters infiltrated Sarrin in Aleppo province and attacked a school`): the nearest verb
 * before, not an earlier one (`The YPG said the attacks occurred … and targeted`: `occurred` has
 * no actor as subject, and the YPG is the subject of `said`).
 */
function sharedSubject(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (toks[k]!.lower !== 'and' || toks[k]!.pos !== 'CCONJ') return false;
  for (let j = k - 1; j >= ctx.sentence.firstToken && j > k - 12; j--) {
    if (toks[j]!.value === ',') return false;
    if (toks[j]!.pos === 'VERB') return subjectOf(ctx, j, {}) !== null;
  }
  return false;
}

/**
 * The preposition opening a short prepositional phrase that ends at `k` and follows a word naming
 * someone (`jets [in violation of the truce]`, `troops [from the nearby base]`), or -1. The phrase
 * holds only noun-phrase words and `of`; its preposition is an adjunct or place preposition
 * (words.json), not `by` (an agent: `forces backed by X`) nor `of`.
 */
function adjunctBefore(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let m = k; m > k - 7 && m > s0; m--) {
    const w = toks[m]!.lower;
    if ((ADJUNCT_PREPOSITIONS.has(w) || LOCATIVE_PREPOSITIONS.has(w)) && w !== 'by') {
      if (m === k) return -1;
      return toks[m - 1]!.pos === 'NOUN' || toks[m - 1]!.pos === 'PROPN' ? (namesSomeone(ctx, m - 1) ? m : -1) : -1;
    }
    if (w !== 'of' && !PP_POS.has(toks[m]!.pos) && !isJoiner(toks[m])) return -1;
  }
  return -1;
}

/** Parts of speech inside a short prepositional phrase (`of` aside). */
const PP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether the noun phrase at `start` opens its clause: first in the sentence, or after a comma,
 * `that`, a conjunction or a speech verb (`residents said Turkish jets…`) — not the object of a
 * preposition or another verb.
 */
function clauseInitial(ctx: Ctx, start: number): boolean {
  const b = ctx.toks[start - 1];
  if (b === undefined || start <= ctx.sentence.firstToken) return true;
  if (b.value === ',' || b.lower === 'that' || b.pos === 'CCONJ' || b.pos === 'SCONJ') return true;
  return ctx.lex.speechVerbs.has(b.lower);
}

/**
 * Whether fighters are named within five words before `k` ("terrorists positioned in X targeted…");
 * a hyphenated name counts as one word ("positioned in Bab al-Nayrab neighborhood").
 */
function fightersBefore(ctx: Ctx, k: number): boolean {
  // (within fourteen words past a plain place phrase: "terrorist groups located in the eastern
  // neighborhoods of Aleppo city and its western outskirts fired…")
  for (let m = k - 1, n = 0, plain = true; m >= ctx.sentence.firstToken && (n < 5 || (plain && n < 14)); m--) {
    const t = ctx.toks[m]!;
    if (ctx.lex.descriptionHeads.has(t.lower)) return true;
    if (!isJoiner(t) && !isJoiner(ctx.toks[m - 1])) n++;
    plain &&=
      placePhraseWord(t) || LOCATIVE_PREPOSITIONS.has(t.lower) || PHRASAL_PARTICLES.has(t.lower) || t.pos === 'VERB';
  }
  return false;
}

/** Whether sentence `s` names fighters (`insurgents`, `militants`). */
function fightersIn(ctx: Ctx, s: number): boolean {
  const sent = ctx.doc.sentences[s];
  if (sent === undefined) return false;
  for (let k = sent.firstToken; k < sent.endToken; k++) if (FIGHTERS.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** Parts of speech that open another clause after a verb's object (`while`, `because`, a comma). */
const CLAUSE_BREAK = new Set(['SCONJ', 'PUNCT']);

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'get', 'got', 'gets']);

/**
 * Whether the object after an agent verb (from `k`) is armed: fighters or their
 * positions (`killed a number of terrorists`, `targeted the militants' bunkers`).
 * A state's forces striking them report combat, not an attack on victims.
 */
export function armedObject(ctx: Ctx, k: number): boolean {
  const { toks, lex, idx } = ctx;
  for (let m = k; m < Math.min(ctx.sentence.endToken, k + 8); m++) {
    const t = toks[m]!;
    if (t.value === ',' || t.value === ';') break;
    // "killed 1300 people using chemical weapons": the weapons are the means, not the target
    if (m > k && lex.weaponVerbs.has(t.lower)) break;
    // "the families of five rebels" is about the families; "a number of terrorists" about the terrorists
    if (t.lower === 'of' && !QUANTITIES.has(toks[m - 1]?.lower ?? '')) break;
    // "an aid convoy", "a relief depot": a civilian target, not a fighters' position
    if (lex.targetNouns.has(t.lower) && lex.civilianModifiers.has(toks[m - 1]?.lower ?? '')) return false;
    if (FIGHTERS.has(t.lower) || lex.targetNouns.has(t.lower) || lex.attackerNouns.has(t.lower)) return true;
    // "killed a number of them": fighters named in the sentence before
    if (t.lower === 'them') return fightersIn(ctx, ctx.sentence.index - 1);
    const g = idx.startingAt.get(m);
    if (g !== undefined && g.kind === 'group' && !g.modifier) return true;
  }
  return false;
}

/**
 * A description that names a state (ANNOTATION.md §3: a state's canonical name is the state):
 * `regime`, `the intense regime`, `Syria regime`, `the Russian regime`, `Syrian ground forces` —
 * a `regime`/`government` head, or a forces head after the state's adjective or name.
 * Other actors come back unchanged.
 */
export function stateOfDescription(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  if (a.kind !== 'description') return a;
  const head = ctx.toks[a.end - 1]!.lower;
  const stateHead = head === 'regime' || head === 'government';
  if (!stateHead && !FORCE_HEADS.has(head)) return a;
  const { demonyms, countries } = stateWords();
  for (let m = a.first; m < a.end - 1; m++) {
    const w = ctx.toks[m]!.lower;
    const state = demonyms.get(w) ?? countries.get(w);
    if (state !== undefined)
      return { name: state, kind: 'government', first: a.first, end: a.end, via: 'known', affiliation: null };
  }
  if (!stateHead) return a;
  // "the Cuban government" with a state the lexicon does not know: not the document's own government
  // (upper-case copy reads only the head as the description: look at the word before it too)
  const from = ctx.toks[a.first - 1]?.pos === 'ADJ' || ctx.toks[a.first - 1]?.pos === 'PROPN' ? a.first - 1 : a.first;
  // a modified "government" ("the cuban government" in re-cased wire copy) may be any state's
  if (head === 'government' && from < a.end - 1) return a;
  for (let m = from; m < a.end - 1; m++) {
    const c = ctx.toks[m]!.value.charCodeAt(0);
    if (c >= 65 && c <= 90 && m !== ctx.sentence.firstToken) return a;
  }
  const g = bareGovernment(ctx, a.end - 1);
  return g === null ? a : { ...g, first: a.first };
}

/**
 * A subject of fighters from a named group ending at `k` (`terrorists from Jaish al-Fateh fired…`,
 * `militants of the Nusra Front shelled…`): the group, a member noun right before `from`/`of`.
 */
function memberSubject(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  const m = ctx.idx.endingAt.get(k);
  if (m === undefined || m.kind !== 'group' || m.modifier || m.via === 'place') return null;
  let p = m.firstToken - 1;
  if (toks[p]?.pos === 'DET') p--;
  const prep = toks[p]?.lower;
  let w = p - 1;
  if (prep !== 'from' && prep !== 'of') {
    // "gunmen believed to belong to X", "militants thought to be members of X": a belief participle
    // and a membership phrase (claims.json `fromWords`) between the member noun and the group
    let f = p - 1;
    while (f > p - 3 && phraseAt(toks, f, lex.fromWords) !== p - f + 1) f--;
    if (phraseAt(toks, f, lex.fromWords) !== p - f + 1) return null;
    w = f - 1;
    if (toks[w]?.lower === 'be') w--;
    if (toks[w]?.lower !== 'to' || !lex.beliefParticiples.has(toks[w - 1]?.lower ?? '')) return null;
    w -= 2;
  }
  const member = toks[w]?.lower ?? '';
  if (w < ctx.sentence.firstToken) return null;
  if (!lex.descriptionHeads.has(member) && !lex.attackerNouns.has(member) && !MEMBERS.has(member)) return null;
  // the member noun opens the subject: nothing but its modifiers before it ("Earlier today terrorists")
  let start = w;
  while (start > ctx.sentence.firstToken && (toks[start - 1]!.pos === 'ADJ' || toks[start - 1]!.pos === 'DET')) start--;
  return { actor: actorOf(m), start };
}

/**
 * Whether the word before the verb at `i` (past adverbs) names forces that are weapons themselves
 * (`artillery`), or a weapon its owner fired (`Houthi missiles struck…`, {@link weaponOwner}).
 */
function armedSubject(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k > ctx.sentence.firstToken && ctx.toks[k]!.pos === 'ADV') k--;
  const w = ctx.toks[k]?.lower ?? '';
  if (ctx.lex.armedForces.has(w)) return true;
  if (WEAPON_NOUNS.has(w) && attackClass(ctx, k) === null && weaponOwner(ctx, k) !== null) return true;
  // past a prepositional phrase: "jets in violation of the truce hit…"
  const pp = k > ctx.sentence.firstToken ? adjunctBefore(ctx, k) : -1;
  return pp > 0 && ctx.lex.armedForces.has(ctx.toks[pp - 1]!.lower);
}

/**
 * The owner named before a weapon noun at `k` that heads a subject (`Houthi missiles`, `Hezbollah
 * rockets`, `Russian cruise missiles`, `regime barrel bombs`, `the group's drones`): a group, a
 * state by its adjective, or the regime or government the article means, with up to two lower-case
 * words of the weapon's kind between (`barrel`, `ballistic`); `null` when none is named. A weapon
 * fired by an actor is that actor's attack (ANNOTATION.md §3, a state named by its forces).
 */
function weaponOwner(ctx: Ctx, k: number): Subject | null {
  const { toks, idx } = ctx;
  const s0 = ctx.sentence.firstToken;
  let a = k - 1;
  for (
    let n = 0;
    n < 2 &&
    a > s0 &&
    toks[a]!.value === toks[a]!.lower &&
    (toks[a]!.pos === 'NOUN' || toks[a]!.pos === 'ADJ') &&
    !idx.endingAt.has(a);
    n++
  )
    a--;
  if (a < s0) return null;
  const start = (first: number): number => (toks[first - 1]?.pos === 'DET' && first - 1 >= s0 ? first - 1 : first);
  const owner = isPossessive(toks[a]) ? a - 1 : a;
  const m = idx.endingAt.get(owner);
  if (m !== undefined) {
    if (m.modifier || m.via === 'place' || (m.kind !== 'group' && m.kind !== 'government')) return null;
    // "rockets fired at Hamas positions", "strikes on IS": the target is no owner
    if (ctx.lex.targetPrepositions.has(toks[m.firstToken - 1]?.lower ?? '')) return null;
    return { actor: actorOf(m), start: start(m.firstToken) };
  }
  const state = stateWords().demonyms.get(toks[owner]!.lower);
  if (state !== undefined)
    return {
      actor: { name: state, kind: 'government', first: owner, end: k + 1, via: 'known', affiliation: null },
      start: start(owner),
    };
  const g = bareGovernment(ctx, owner);
  return g === null ? null : { actor: { ...g, end: k + 1 }, start: start(owner) };
}

/** Parts of speech that cannot start the object of a verb. */
const NO_OBJECT_POS = new Set(['ADP', 'VERB', 'AUX', 'PART', 'SCONJ', 'PUNCT']);
const LEAST = new Set(['least', 'most']);

/**
 * Whether the words from `k` can start the object of a victim verb: `killed at least 20`,
 * `killed over 100`, `killed and executed 270 people` — not `killed over key road`,
 * `killed fighting Kurds`, `killed on Thursday were`, `killed and many injured`
 * (a headline's or a reduced relative's passive: its subject is the victims).
 */
function objectFollows(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[k];
  if (t === undefined || t.sentence !== ctx.sentence.index) return false;
  if (t.lower === 'and' || t.lower === 'or') {
    const v = toks[k + 1];
    // "killed and executed 270 people": the object of the second verb
    return (
      v !== undefined && (lex.victimVerbs.has(v.lower) || lex.agentVerbs.has(v.lower)) && objectFollows(ctx, k + 2)
    );
  }
  if (t.pos === 'CCONJ') return false;
  if (!NO_OBJECT_POS.has(t.pos)) return true;
  const u = toks[k + 1];
  if (t.pos !== 'ADP' || u === undefined || u.sentence !== t.sentence) return false;
  // "killed at least 20", "killed over 100 people"
  return (t.lower === 'at' && LEAST.has(u.lower)) || u.pos === 'NUM';
}

/**
 * `terrorists fired rocket shells at…`, `Turkish jets bombed…`, `a Russian warplane
 * targeted…`, `the regime is targeting residential areas`: a group, a state's
 * forces or a fighters description as the subject of an attack verb with an object.
 */
export function agentVerb(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  if (!attackVerbAt(ctx, i)) return null;
  const before = subjectEndBefore(ctx, i);
  if (before === null) return null;
  const found = verbSubject(ctx, i, before);
  if (found === null) return null;
  const subject = acceptedSubject(ctx, i, found, before.pp);
  if (subject === null) return null;
  // "the army did not bomb the market": a state's negated act, a denial only in its own voice (claims/index.ts)
  if (negatedBetween(ctx, subject.actor.end, i)) return negatedStateAct(ctx, i, subject);
  const one = agentVerbClaim(ctx, i, subject);
  if (one === null) return null;
  // "militants known as X and Y shelled…": the first conjunct did it too (ANNOTATION.md §3, one claim each)
  const other = firstConjunct(ctx, subject);
  return other === null ? one : [{ ...one, first: other.start, actor: other.actor }, one];
}

/**
 * `the army did not strike the hospital`, `its jets never shot at…`: a verb of claims.json
 * `deniedActLemmas` that is no agent verb of its own (`strike`, `shoot`), right after a negative
 * particle (one word between at most) — read by agentVerb, for its negated-act denial only.
 *
 * @example
 * ```ts
 * // 'Syrian jets did not strike the market, a military source said.' → denied, Syria (claims/index.ts)
 * ```
 */
export function negatedAgentVerb(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  // (an agent verb by its word or lemma is read by agentVerb itself)
  if (t.pos !== 'VERB' || lex.agentVerbs.has(t.lower) || lex.verbLemmas.agentVerbs.has(t.lemma)) return null;
  if (!NEGATIVE_PARTICLES.has(toks[i - 1]?.lower ?? '') && !NEGATIVE_PARTICLES.has(toks[i - 2]?.lower ?? ''))
    return null;
  // (these verbs are weak ones, as agentWeak's `struck`, `shot`: an attack in sight; not "did not strike a deal")
  if (!violent(ctx)) return null;
  const found = agentVerb(ctx, i);
  const one = Array.isArray(found) ? found[found.length - 1] : found;
  return one?.form === 'negated-act' ? one : null;
}

/** Step 1 of agentVerb: whether the word at `i` is an active attack verb with an object (or weapon) of its own. */
function attackVerbAt(ctx: Ctx, i: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  // a participle after "have" the tagger read as an adjective ("to have fired rockets")
  const perfect = t.pos === 'ADJ' && HAVE_FORMS.has(toks[i - 1]?.lower ?? '');
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && !perfect) return false;
  const w = t.lower;
  // "IS seizes Syrian air base", "rebels overran an army post": taking a place by force, not goods or people
  if (lex.seizeVerbs.has(w) && !placeTaken(ctx, i + 1)) return false;
  // "began an offensive", "resumed their raids": an aspectual verb only with an attack as its object
  if (lex.beginVerbs.has(w)) {
    const e = eventAfter(ctx, i + 1, 5);
    if (e === null || e.cls === 'generic') return false;
  }
  let p = i - 1;
  while (p > ctx.sentence.firstToken && toks[p]!.pos === 'ADV') p--;
  const prev = toks[p]?.lower ?? '';
  // passive: "were killed", "were also hit" (but "is targeting", "has been using", "were shelling" are active)
  if ((PASSIVE.has(prev) || prev === 'is' || prev === 'are') && !w.endsWith('ing')) return false;
  // an object must follow ("23 ISIS Terrorists Killed" is a headline's passive; "hit back", "fired by")
  const next = toks[i + 1];
  if (next === undefined || next.sentence !== t.sentence || next.pos === 'PUNCT') return false;
  if (next.lower === 'back' || next.lower === 'by' || next.lower === 'in' || next.lower === 'during') return false;
  if (lex.victimVerbs.has(w) && !objectFollows(ctx, i + 1)) return false;
  // "X targets were hit": a noun tagged as such, with its own verb after it
  if (t.pos !== 'VERB' && t.lower.endsWith('s') && next.pos === 'AUX') return false;
  if (lex.weaponVerbs.has(w)) {
    // the weapon is the verb's own object: "using mosques … while storing their weapons" names none
    let stop = i + 1;
    // ("used helicopters to deliver chlorine": a purpose infinitive keeps it)
    while (stop < i + 11 && stop < ctx.sentence.endToken && !CLAUSE_BREAK.has(toks[stop]!.pos)) {
      if (toks[stop]!.pos === 'VERB' && toks[stop - 1]!.lower !== 'to') break;
      stop++;
    }
    if (!weaponIn(ctx, i + 1, stop)) return false;
  } else if (lex.agentWeak.has(w) && !lex.victimVerbs.has(w) && !violent(ctx) && !armedSubject(ctx, i)) return false;
  return true;
}

/** Where agentVerb's subject ends before the verb, and how it was reached. */
interface SubjectEnd {
  /** The last token of the subject. */
  readonly k: number;
  /** Past a raising verb (`appeared to have dropped`). */
  readonly raised: boolean;
  /** The first token of a prepositional phrase between subject and verb, or -1. */
  readonly pp: number;
  /** A weapon with its owner before it (`Houthi missiles struck`), as the subject. */
  readonly weapon: Subject | null;
}

/**
 * Step 2 of agentVerb: the last token of the subject before the verb at `i` — past auxiliaries,
 * a raising verb, an aside between commas and a prepositional phrase — when a word there names
 * someone; else `null`.
 */
function subjectEndBefore(ctx: Ctx, i: number): SubjectEnd | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  // "a Russian warplane targeted", "Syrian jets struck", "regime warplanes launched": forces of a state
  // (past a negative particle too, "jets did not strike": acceptedSubject's caller reads the negation)
  let k = i - 1;
  while (k >= s0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || NEGATIVE_PARTICLES.has(toks[k]!.lower))) k--;
  // "warplanes appeared to have dropped", "militants are believed to have fired": past the raising verb
  let raised = false;
  let r = k;
  if (r >= s0 && (toks[r]!.lower === 'have' || toks[r]!.lower === 'be')) r--;
  if (r - 1 >= s0 && toks[r]!.lower === 'to' && lex.raisingVerbs.has(toks[r - 1]!.lower)) {
    k = r;
    k -= 2;
    while (k >= s0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
    raised = true;
  }
  // "government forces, backed by Russian jets, shelled": the subject ends before the aside
  if (!raised && toks[k]?.value === ',') {
    // (an acronym alone between the commas is the name's own: "THE X Y MOVEMENT, XYM, DYNAMITED")
    const open = asideOpenBefore(
      toks,
      k,
      s0,
      (j) =>
        ctx.idx.startingAt.has(j) ||
        (j === k - 1 && isAcronym(toks[j]!) && toks[j - 2] !== undefined && namesSomeone(ctx, j - 2)),
    );
    if (open > s0) k = open - 1;
  }
  // Cheap test first (these verbs are common): the word before names someone — a capitalised
  // name, fighters, forces or a group noun, or the end of a bracketed or hyphenated name.
  const h = toks[k];
  if (h === undefined || k < s0) return null;
  // "Russian jets in violation of the truce hit…", "troops from the base shelled…": a prepositional
  // phrase between the subject and the verb; the subject ends before it
  // (a lower-case hyphenated word ends no name there: "in violation of a cease-fire hit")
  let pp = -1;
  // (a second verb after "and" shares the first's subject, a named actor: "IS fighters infiltrated
  // the town of X in Y province and attacked a school"; subjectOf reads it)
  // ("Houthi missiles struck…": a weapon with its owner before it names who fired it)
  // (an attack noun as such is read by the attack-noun forms: "IS car bomb kills 20")
  const weapon = WEAPON_NOUNS.has(h.lower) && attackClass(ctx, k) === null ? weaponOwner(ctx, k) : null;
  const named = weapon !== null || namesSomeone(ctx, k) || sharedSubject(ctx, k);
  const c0 = h.value.charCodeAt(0);
  if (!named || (isJoiner(toks[k - 1]) && !(c0 >= 65 && c0 <= 90))) {
    pp = adjunctBefore(ctx, k);
    if (pp >= 0) k = pp - 1;
    else if (!named) return null;
  }
  return { k, raised, pp, weapon };
}

/**
 * Step 3 of agentVerb: the subject ending at `end.k` — a state's forces, the weapon's owner,
 * the clause's subject, a country or a member — past a support participle's agent.
 */
function verbSubject(ctx: Ctx, i: number, end: SubjectEnd): Subject | null {
  const { toks, lex } = ctx;
  const { k, pp } = end;
  const s0 = ctx.sentence.firstToken;
  let subject = k >= s0 && lex.forceNouns.has(toks[k]!.lower) ? stateForces(ctx, k) : null;
  if (subject === null && end.weapon !== null && pp < 0) subject = end.weapon;
  subject ??=
    subjectOf(ctx, end.raised || pp >= 0 ? k + 1 : i, { descriptions: true }) ??
    countrySubject(ctx, k, i) ??
    memberSubject(ctx, k);
  // "Hezbollah fighters backed by Syrian troops attacked…": the agent of a support participle
  // (claims.json `supportParticiples`) modifies the subject; the subject stands before the participle
  // (a particle between them too: "backed up by"; the last of coordinated agents: "backed by jets and
  // artillery units launched…")
  if (subject === null) return null;
  const by = agentByBefore(ctx, subject.start);
  if (by < 0) return subject;
  const p = toks[by - 1]?.lower === 'up' ? by - 2 : by - 1;
  if (lex.supportParticiples.has(toks[p]?.lower ?? '') && p > s0) return subjectOf(ctx, p, { descriptions: true });
  return subject;
}

/**
 * The `by` right before a subject starting at `start`, or before the first of the conjuncts it ends
 * (`by fighter jets and [artillery units]`: up to five words of a noun phrase before `and`); else -1.
 */
function agentByBefore(ctx: Ctx, start: number): number {
  const { toks } = ctx;
  if (toks[start - 1]?.lower === 'by') return start - 1;
  if (toks[start - 1]?.lower !== 'and') return -1;
  for (let k = start - 2; k >= ctx.sentence.firstToken && k > start - 8; k--) {
    const t = toks[k]!;
    if (t.lower === 'by') return k < start - 2 ? k : -1;
    if (!DONE_POS.has(t.pos) && !isPossessive(t)) return -1;
  }
  return -1;
}

/**
 * The state whose forces the force noun at `k` names (`Syrian government aircraft`, `the
 * regime's warplanes`, `US-led coalition jets`), or `null`.
 */
function stateForces(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let a = k - 1;
  while (
    a >= s0 &&
    a > k - 3 &&
    (lex.forceCompounds.has(toks[a]!.lower) ||
      toks[a]!.lower === 'coalition' ||
      (lex.serviceNouns.has(toks[a]!.lower) && ctx.idx.endingAt.get(a)?.kind !== 'group'))
  )
    a--;
  // "Syrian government aircraft", "Syrian regime warplanes": the state's adjective before its government
  // "the regime's warplanes", "the Syrian government's jets": the owner before the possessive
  if (a > s0 && isPossessive(toks[a]) && (toks[a - 1]!.lower === 'regime' || toks[a - 1]!.lower === 'government')) a--;
  // "Russia's jets", "Ankara's warplanes": a state, or its capital standing for it, owns the forces
  else if (a > s0 && isPossessive(toks[a])) return ownedForces(ctx, a, k);
  const gw = toks[a]?.lower;
  let adj = a > s0 && (gw === 'government' || gw === 'regime') ? stateByAdjective(ctx, a - 1) : null;
  if (adj !== null) a--;
  else adj = stateByAdjective(ctx, a) ?? bareGovernment(ctx, a) ?? ledCoalition(ctx, a) ?? allianceAt(ctx, a);
  if (adj !== null) return { actor: { ...adj, end: k + 1 }, start: toks[a - 1]?.pos === 'DET' ? a - 1 : adj.first };
  // "coalition warplanes", "coalition war planes" (a compound's first word between)
  const ci = lex.forceCompounds.has(toks[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  if (toks[ci]?.lower === 'coalition') {
    const c = lookupActor(`${toks[ci - 1]?.value ?? ''} coalition`);
    if (c !== null && c.kind === 'government')
      return {
        actor: { name: c.name, kind: c.kind, first: ci - 1, end: k + 1, via: 'known', affiliation: null },
        start: ci - 1,
      };
    // "coalition warplanes" after the article named "the Saudi-led coalition": that coalition's forces
    const named = namedCoalition(ctx, ci);
    if (named !== null) return { actor: { ...named, end: k + 1 }, start: toks[ci - 1]?.pos === 'DET' ? ci - 1 : ci };
  }
  return null;
}

/** An alliance that flies strikes (claims.json `attackingAlliances`) named at token `k` (`NATO jets`), as an actor; else `null`. */
function allianceAt(ctx: Ctx, k: number): ResolvedActor | null {
  const m = ctx.idx.endingAt.get(k);
  if (m === undefined || m.firstToken !== k || !ctx.lex.attackingAlliances.has(m.name)) return null;
  return { name: m.name, kind: 'government', first: k, end: k + 1, via: m.via, affiliation: m.affiliation };
}

/**
 * The state whose forces stand right before the verb at `v` (adverbs and auxiliaries between):
 * `Russian planes carried out the raids`, `Turkish troops were behind…` → the state, as the agent
 * verbs read it (a demonym, country, capital's possessive or `US-led` before a forces noun); `null`
 * when the word before is no forces noun or names no state.
 */
export function forcesBefore(ctx: Ctx, v: number): Subject | null {
  const { toks, lex } = ctx;
  let k = v - 1;
  while (k >= ctx.sentence.firstToken && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  if (k <= ctx.sentence.firstToken || !lex.forceNouns.has(toks[k]!.lower)) return null;
  return stateForces(ctx, k);
}

/** The state named right before the possessive at `p` (`Russia's`, `Ankara's`) owning the forces ending at `k`, or `null`. */
function ownedForces(ctx: Ctx, p: number, k: number): Subject | null {
  const m = ctx.idx.endingAt.get(p - 1);
  if (m === undefined || m.kind !== 'government') return null;
  const s0 = ctx.sentence.firstToken;
  const start = ctx.toks[m.firstToken - 1]?.pos === 'DET' && m.firstToken - 1 >= s0 ? m.firstToken - 1 : m.firstToken;
  return { actor: makeActor(m.name, 'government', m.firstToken, k + 1, m.via, m.affiliation), start };
}

/**
 * Step 4 of agentVerb: the subject found, when it can be the attacker of the verb at `i` —
 * no anaphor, counted victim, object of a preposition, affiliate or negated clause — with a
 * described state's forces read as the state; else `null`.
 */
function acceptedSubject(ctx: Ctx, i: number, found: Subject, pp: number): Subject | null {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  let subject = found;
  if (subject.actor.via === 'anaphor' && !nounAnaphor(ctx, subject)) return null;
  // (past a prepositional phrase, the subject opens its clause: not "air strikes on [rebels] in Idlib killed…")
  if (pp >= 0 && !clauseInitial(ctx, subject.start)) return null;
  // "More than 50 rebels killed NGO": a headline's counted victims before a bare participle
  if (lex.victimVerbs.has(t.lower) && counted(ctx, subject.start) && inHeadline(ctx, i)) return null;
  // a person named as the attacker ("X planted the bomb", "X shot hundreds of missiles"): only with
  // a weapon or an attack as what was done (ANNOTATION.md §3)
  if (!agentKind(ctx, subject.actor) && !(namedPerson(ctx, subject.actor) && personAttack(ctx, i))) return null;
  // "hit 63 Daesh targets", "destroyed nine Hamas positions": a counted noun the tagger read as a noun,
  // with the group as its modifier, is no subject and verb
  if (t.pos !== 'VERB' && (toks[subject.start]!.pos === 'NUM' || toks[subject.start - 1]?.pos === 'NUM')) return null;
  // "what are said to be Isis targets inside Syria": a noun after a copula's complement is no verb
  if (t.pos !== 'VERB' && BE_FORMS.has(toks[subject.start - 1]?.lower ?? '')) return null;
  // "strikes carried out by X against the insurgents have killed…": the object of a preposition is no subject
  // (a time is no object: "at 0620 FMLN urban cells placed…")
  if (lex.objectPrepositions.has(toks[subject.start - 1]?.lower ?? '') && toks[subject.start]!.pos !== 'NUM')
    return null;
  // "the attack on Turkish troops killed…": the target of the attack noun before, not the verb's subject
  if (toks[subject.start - 1]?.lower === 'on' && attackClass(ctx, subject.start - 2) !== null) return null;
  // "terrorist organizations affiliated to Jabhat al-Nusra fired…": the affiliates, not the group, did it
  const host = affiliateHost(ctx, firstConjunct(ctx, subject)?.start ?? subject.start);
  if (host !== undefined) {
    if (host === null) return null;
    subject = host;
  }
  subject = { ...subject, actor: stateOfDescription(ctx, subject.actor) };
  // "X said its fighters had killed…": the group's own account, read by the claim forms
  if (subject.actor.kind === 'description' && SELF.has(toks[subject.actor.first - 1]?.lower ?? '')) return null;
  return subject;
}

/**
 * `the army did not bomb the market`, `Syrian jets never struck the hospital`: a state's forces as
 * the subject of a negated act (claims.json `deniedActLemmas`) — a `denied` candidate of form
 * `negated-act`, kept by claims/index.ts only when the state's own voice reports the clause (`…, a
 * military source told the state agency`), ANNOTATION.md §3; `null` for anyone else's negated act.
 */
function negatedStateAct(ctx: Ctx, i: number, subject: Subject): Candidate | null {
  const { toks, lex } = ctx;
  const a = subject.actor;
  const state = a.kind === 'government' || (a.kind === 'description' && FORCE_HEADS.has(toks[a.end - 1]!.lower));
  if (!state || !lex.deniedActLemmas.has(toks[i]!.lemma)) return null;
  const object = eventAfter(ctx, i + 1, 6);
  const end = object !== null ? object.end : Math.max(i + 1, objectEnd(ctx, i + 1, 5));
  return { first: subject.start, end, status: 'denied', actor: a, event: object, source: null, form: 'negated-act' };
}

/**
 * Whether a state's act whose subject starts at `k` is reported by someone (the attribution layer
 * holds the clause) and names an attack or an operation (`launched an offensive`, `intensified their
 * bombardment`, `killed dozens of terrorists`): ANNOTATION.md §3 makes such a report a required
 * attribution, whereas the article's own narration of a state's operation is no claim.
 */
function reportedOperation(ctx: Ctx, k: number, object: EventSpan | null): boolean {
  if (object !== null && object.cls === 'generic') return false;
  return attributionAt(ctx.doc, k) !== null;
}

/**
 * Step 5 of agentVerb: the claim of the subject for the verb at `i` and its object — none
 * for a campaign, an escalation of no attack, or a state's forces armed with the object.
 */
function agentVerbClaim(ctx: Ctx, i: number, subject: Subject): Candidate | null {
  const { toks, lex } = ctx;
  const w = toks[i]!.lower;
  let end = i + 1;
  if (toks[end]?.lower === 'up' || toks[end]?.lower === 'out') end++;
  const object = eventAfter(ctx, end, 6);
  // "an army source said units killed dozens of terrorists", "activists said regime forces launched an
  // offensive", "… intensified their bombardment": a reported state operation, whatever its target or
  // scale, is an attribution (ANNOTATION.md §3); the article's own narration of one stays out
  const state =
    subject.actor.kind === 'government' ||
    (subject.actor.kind === 'description' && FORCE_HEADS.has(toks[subject.actor.end - 1]!.lower));
  const told = state && reportedOperation(ctx, subject.start, object);
  if (campaign(ctx, object) && !told) return null;
  // "are stepping up chlorine gas attacks": an escalation is an attack only of an attack
  if (lex.escalateVerbs.has(w) && (object === null || object.cls === 'generic')) return null;
  // (the object of "used", "dropped" is the weapon, not the target: "the regime used chemical weapons")
  if (state && !told && !lex.weaponVerbs.has(w) && armedObject(ctx, end)) return null;
  // "regime forces and Russian jets intensified their bombardment": a state stepping up its
  // operations, narrated, tells a campaign, no one attack — unless the weapon is contested ("stepping
  // up chlorine gas attacks", a charge of its own)
  if (state && !told && lex.escalateVerbs.has(w) && !(object !== null && contested(ctx, object))) return null;
  end = object !== null ? object.end : Math.max(end, objectEnd(ctx, end, 5));
  return {
    first: subject.start,
    end,
    status: 'attributed',
    actor: subject.actor,
    event: object,
    source: null,
    form: 'agent-verb',
  };
}

/**
 * `gunmen opened fire on worshippers`, `IS militants opened fire on the convoy`: `fire` at `i` after
 * an open-fire verb (claims.json `openFireVerbs`) is that verb's object, and its subject shot — read
 * as an agent verb.
 */
export function openedFire(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const v = ctx.toks[i - 1];
  if (v === undefined || i - 1 < ctx.sentence.firstToken || !ctx.lex.openFireVerbs.has(v.lower) || v.pos !== 'VERB')
    return null;
  const found = agentVerb(ctx, i - 1);
  if (found === null) return null;
  const all = Array.isArray(found) ? found : [found];
  return all.map((c) => ({ ...c, end: Math.max(c.end, i + 1) }));
}

/**
 * Whether the object from `k` is a place or a military site (claims.json `seizedTargets`, or a
 * place name): `Syrian air base`, `the town of Azaz`, `control of the airport`, `Raqqa`.
 */
function placeTaken(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  const end = Math.min(ctx.sentence.endToken, k + 6);
  for (let j = k; j < end; j++) {
    const t = toks[j]!;
    if (lex.seizedTargets.has(t.lower)) return true;
    // a place name, or a name modifying the site ("Nigerian army base")
    const m = ctx.idx.startingAt.get(j);
    if (m !== undefined) {
      if (m.via === 'place') return true;
      j = m.endToken - 1;
      continue;
    }
    // "control of the airport"
    if (t.lower === 'control' && toks[j + 1]?.lower === 'of') {
      j++;
      continue;
    }
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * `came under attack from rival Islamist fighters`, `an assault from Shabaab militants`: an attack
 * noun at `i` and `from` with an armed group or fighters right after it (never a place: `from the
 * north`, `from Turkey`) → they did it.
 */
function attackFromFighters(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (attackClass(ctx, i) !== 'attack') return null;
  const obj = objectActor(ctx, i + 2, { descriptions: true }, 6);
  if (obj === null || obj.start > i + 3) return null;
  const a = obj.actor;
  const fighters = a.kind === 'description' && lex.groupDescriptions.has(toks[a.end - 1]!.lower);
  if (a.kind !== 'group' && !fighters) return null;
  const ev = eventAt(ctx, i);
  if (ev === null) return null;
  return {
    first: ev.first,
    end: actorTail(ctx, a.end),
    status: 'attributed',
    actor: a,
    event: ev,
    source: null,
    form: 'by-agent',
  };
}

/**
 * `came under fire from Turkish troops`, `shelling from regime forces`, `an attack from coalition
 * jets`: an attack noun (or `fire`) at `i` and `from` with a state's forces right after it (a
 * demonym, the regime or a named coalition before a forces noun, as the agent verbs read them).
 */
function attackFromForces(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const cls = attackClass(ctx, i);
  if (toks[i]!.lower !== 'fire' && (cls === null || cls === 'generic')) return null;
  let j = i + 2;
  if (toks[j]?.pos === 'DET') j++;
  let p = j;
  while (p < j + 3 && !lex.forceNouns.has(toks[p]?.lower ?? '')) p++;
  if (!lex.forceNouns.has(toks[p]?.lower ?? '') || toks[p]!.sentence !== ctx.sentence.index) return null;
  const forces = stateForces(ctx, p);
  if (forces === null || forces.actor.first < i + 2) return null;
  const ev = eventAt(ctx, i);
  return {
    first: ev?.first ?? i,
    end: p + 1,
    status: 'attributed',
    actor: forces.actor,
    event: ev,
    source: null,
    form: 'agent-attack',
  };
}

/**
 * `air raids believed to be Russian`, `the jets were identified as Turkish`, `the planes that struck
 * the market were Russian`: a predicate naming the state of an attack or of forces before it — a
 * belief participle with `to be`, an identifying participle with `as` (claims.json
 * `beliefParticiples`, `identifyParticiples`) or a bare copula (past a relative clause on the
 * subject) — makes that state the attacker, attributed.
 */
export function believedState(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const s = complementState(ctx, i);
  if (s < 0) return null;
  const w = toks[s]!;
  const { demonyms, countries } = stateWords();
  const state = demonyms.get(w.lower) ?? countries.get(w.lower);
  if (state === undefined) return null;
  // (a copula, not a name written like one: "Raqqa airstrikes IS Syria" is Islamic State)
  if (COPULAS.has(toks[i]!.lower) && (toks[i]!.pos !== 'AUX' || ctx.idx.startingAt.has(i))) return null;
  // "Russian" alone, or "Russian jets"/"Russian strikes": not "Russian citizens", "Russian-made"
  const after = toks[s + 1];
  if (after !== undefined && after.sentence === w.sentence) {
    if (
      (after.pos === 'NOUN' || after.pos === 'PROPN') &&
      !lex.forceNouns.has(after.lower) &&
      attackClass(ctx, s + 1) === null
    )
      return null;
    // ("Russian-made"; "the attack was Syria's deadliest": a possessive names no attacker)
    if (isJoiner(after) || isPossessive(after)) return null;
  }
  const k = complementSubject(ctx, i);
  if (k < 0) return null;
  const attack = attackClass(ctx, k) !== null;
  // "the troops were Syrian": forces' nationality, an attacker's only with an attack in sight
  // (or in the relative clause on them: "the planes that struck the market were Russian")
  if (!attack && !lex.beliefParticiples.has(toks[i]!.lower) && !violent(ctx) && !actInRelative(ctx, k + 1, i))
    return null;
  const event = attack ? eventAt(ctx, k) : null;
  let first = event?.first ?? k;
  if (event === null)
    while (first - 1 >= ctx.sentence.firstToken && ['ADJ', 'NOUN', 'NUM', 'DET'].includes(toks[first - 1]!.pos))
      first--;
  return {
    first,
    end: s + 1,
    status: 'attributed',
    actor: { name: state, kind: 'government', first: s, end: s + 1, via: 'known', affiliation: null },
    event,
    source: null,
    form: 'believed-state',
  };
}

/**
 * `were Russian`, `identified as Turkish`: a state word at `s` after a copula or an identifying
 * participle's `as` (claims.json `identifyParticiples`), read by believedState from that cue.
 *
 * @example
 * ```ts
 * // 'The planes that struck the market were Russian, activists said.' → Russia, attributed
 * ```
 */
export function stateComplement(ctx: Ctx, s: number): Candidate | null {
  const { toks, lex } = ctx;
  if (s - 1 < ctx.sentence.firstToken) return null;
  const p = toks[s - 1]!.lower;
  if (COPULAS.has(p)) return believedState(ctx, s - 1);
  if (p === 'as' && s - 2 >= ctx.sentence.firstToken && lex.identifyParticiples.has(toks[s - 2]!.lower))
    return believedState(ctx, s - 2);
  return null;
}

/** Whether a relative clause between `a` and `b` names an attack by its verb (`that struck the market`). */
function actInRelative(ctx: Ctx, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  if (toks[a]?.lower !== 'that' && toks[a]?.lower !== 'which') return false;
  for (let j = a + 1; j < b; j++)
    if (lex.agentVerbs.has(toks[j]!.lower) || lex.selfAttackVerbs.has(toks[j]!.lower)) return true;
  return false;
}

/**
 * The token of the state word after the predicate cue at `i` — `believed to be X`, `identified as X`,
 * `were X` — in the sentence; -1 when the cue has none of these shapes.
 */
function complementState(ctx: Ctx, i: number): number {
  const { toks, lex } = ctx;
  const w = toks[i]!.lower;
  let s = -1;
  if (lex.beliefParticiples.has(w) && toks[i + 1]?.lower === 'to' && toks[i + 2]?.lower === 'be') s = i + 3;
  else if (lex.identifyParticiples.has(w) && toks[i + 1]?.lower === 'as') s = i + 2;
  else if (COPULAS.has(w)) s = i + 1;
  return s > i && s < ctx.sentence.endToken ? s : -1;
}

/** Past-tense and present copulas before a state's adjective (`the jets were Russian`). */
const COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);

/**
 * The head of the subject a predicate cue at `i` is said of: an attack or forces noun right before
 * it (past adverbs and auxiliaries), or, for a copula, before a relative clause on it (`the planes
 * that struck the market were…`, up to ten words back); -1 when there is none.
 */
function complementSubject(ctx: Ctx, i: number): number {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  const head = (k: number): boolean => k >= s0 && (lex.forceNouns.has(toks[k]!.lower) || attackClass(ctx, k) !== null);
  let k = i - 1;
  while (k >= s0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  if (head(k)) return k;
  if (!COPULAS.has(toks[i]!.lower)) return -1;
  for (let r = i - 2; r >= s0 && r > i - 12; r--) {
    const t = toks[r]!.lower;
    if (t === 'that' || t === 'which') return head(r - 1) ? r - 1 : -1;
    if (t === ';' || t === ':' || ctx.quoted[r] !== ctx.quoted[i]) return -1;
  }
  return -1;
}

/**
 * The fighters a subject found at `start` is affiliated to (`terrorist organizations [affiliated to]
 * X`, `groups linked with X`): the description before the participle; `null` when that is no actor
 * (`groups linked to X`); `undefined` when `start` follows no affiliation participle.
 */
function affiliateHost(ctx: Ctx, start: number): Subject | null | undefined {
  const { toks, lex } = ctx;
  let p = start - 1;
  if (toks[p]?.pos === 'DET') p--;
  const prep = toks[p]?.lower;
  if ((prep !== 'to' && prep !== 'with') || !lex.affiliateParticiples.has(toks[p - 1]?.lower ?? '')) return undefined;
  if (p - 2 < ctx.sentence.firstToken) return null;
  const d = description(ctx, p - 2);
  return d !== null && d.actor.kind === 'description' ? d : null;
}

/** The actor coordinated before a subject (`X and Y` → X), when it can be an agent; else `null`. */
function firstConjunct(ctx: Ctx, subject: Subject): Subject | null {
  const s0 = ctx.sentence.firstToken;
  const c = Math.min(subject.actor.first, subject.start) - 1;
  if (c <= s0 || (ctx.toks[c]!.lower !== 'and' && ctx.toks[c]!.lower !== 'or')) return null;
  // "Russian and Syrian jets bombed…": two states' adjectives sharing the forces noun
  const demonym = subject.actor.kind === 'government' ? demonymConjunct(ctx, c - 1, subject.actor) : null;
  if (
    demonym !== null &&
    demonym.name !== subject.actor.name &&
    ctx.lex.forceNouns.has(ctx.toks[subject.actor.end - 1]!.lower)
  )
    return { actor: demonym, start: c - 1 };
  const other = headActor(ctx, c - 1, { descriptions: true });
  if (other === null || other.actor.name === subject.actor.name || !agentKind(ctx, other.actor)) return null;
  return other;
}

/** Words before a country name that leave it the subject of the clause (`said Turkey shelled`, `that Syria used`). */
const CLAUSE_OPENERS = new Set(['that', 'the']);

/**
 * A country name ending at token `k` as the subject of the verb at `v` (`Monitors said Turkey shelled
 * Kurdish villages`, `that Syria had used chemical weapons`): its state. Not a capital (`Damascus`
 * is as often the place shelled), not a place after a preposition, and only before a finite verb.
 */
function countrySubject(ctx: Ctx, k: number, v: number): Subject | null {
  const { toks } = ctx;
  const t = toks[v]!;
  if (t.pos !== 'VERB' || (t.lower.endsWith('ing') && toks[v - 1]?.pos !== 'AUX')) return null;
  const s0 = ctx.sentence.firstToken;
  for (let m = k; m >= s0 && m > k - 3; m--) {
    const place = placeGovernmentAt(ctx.doc, m);
    if (place === null || place.endToken !== k + 1) continue;
    if (toks[m]!.lower === capitalFirstWord(place.actor)) return null;
    const before = toks[m - 1];
    if (
      m > s0 &&
      before !== undefined &&
      !CLAUSE_OPENERS.has(before.lower) &&
      before.pos !== 'VERB' &&
      before.pos !== 'PUNCT'
    )
      return null;
    const start = before?.lower === 'the' && m > s0 ? m - 1 : m;
    return {
      actor: {
        name: place.actor.state ?? place.actor.name,
        kind: 'government',
        first: m,
        end: k + 1,
        via: 'known',
        affiliation: null,
      },
      start,
    };
  }
  return null;
}

/** Whether a number counts the noun phrase starting at `k` (`50 rebels`, `More than 50 rebels`). */
function counted(ctx: Ctx, k: number): boolean {
  return ctx.toks[k]?.pos === 'NUM' || ctx.toks[k - 1]?.pos === 'NUM';
}

/** Roles whose holder speaks for the state: `the president said he ordered…`. */
const HEADS_OF_STATE = new Set(['president', 'premier', 'minister', 'king', 'emir', 'chancellor', 'leader', 'sultan']);
const ORDER_PRONOUNS = new Set(['he', 'she', 'we', 'i']);

/**
 * A self-claim through the state's officials: `the president said he ordered
 * the strikes`, `Turkish Prime Minister X said his government authorised the
 * raid` → the state, claimed.
 */
export function orderedBy(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  while (k >= s0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  if (k < s0 || !ORDER_PRONOUNS.has(toks[k]!.lower)) return null;
  let v = k - 1;
  if (toks[v]?.lower === 'that') v--;
  if (v < s0 || !lex.speechVerbs.has(toks[v]!.lower)) return null;
  const event = eventAfter(ctx, i + 1, 6);
  if (event === null || event.cls === 'generic') return null;
  // the speaker: a head-of-state role, with the state's adjective or the document's state
  let role = -1;
  let state: string | null = null;
  let first = v;
  for (let m = v - 1; m >= s0 && m > v - 7; m--) {
    const w = toks[m]!.lower;
    if (HEADS_OF_STATE.has(w)) role = m;
    // "the Turkish president", "Pakistan's prime minister", "President Putin"
    const d = stateWords().demonyms.get(w) ?? (isPossessive(toks[m + 1]) ? stateWords().countries.get(w) : undefined);
    if (d !== undefined) state ??= d;
    const p = ctx.idx.startingAt.get(m);
    const led = p?.kind === 'person' ? (lookupActor(p.name)?.state ?? undefined) : undefined;
    if (led !== undefined) {
      state ??= led;
      if (role < 0) role = m;
    }
    if (toks[m]!.pos === 'VERB' || toks[m]!.value === ',' || toks[m]!.value === '.') break;
    first = m;
  }
  if (role < 0) return null;
  state ??= governmentFor(ctx.doc, 'government')?.name ?? null;
  if (state === null) return null;
  return {
    first,
    end: event.end,
    status: 'claimed',
    actor: { name: state, kind: 'government', first: role, end: role + 1, via: 'known', affiliation: null },
    event,
    source: null,
    form: 'ordered',
  };
}
