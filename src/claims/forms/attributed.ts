/**
 * `attributed` forms where the text (or a speaker) says the actor did it.
 *
 * - `bombings by the X group`, `EVENT (was) carried out by X`;
 * - `ISIS bombings`, `the Taliban's attack` (an actor-modified attack noun);
 * - `bombers (, who were reportedly) from X`;
 * - `X carried out / staged / launched EVENT`, `EVENT (that) X (has) implemented`
 *   (also inside a quote: `an operation the regime has implemented`);
 * - `X was behind / responsible for EVENT`;
 * - `X militants bombed / stormed / kidnapped …` (a group as subject of an attack verb).
 *
 * Openly conducted state operations are not claims (ANNOTATION.md §3): in the
 * writer's voice, these forms take a group; a government or other state
 * actor counts only for attacks that are not military operations
 * (`massacre`, `chemical attack`), or inside reported speech (a quote, or a
 * sentence with a speech verb), where the words are someone's accusation.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import type { ActorMention } from '../../actors/mentions.js';
import type { Token } from '../../document/model.js';
import { phraseAt, verbIn } from '../lexicon.js';
import { phraseAfter } from './blamed.js';
import {
  actorOf,
  actorTail,
  attackClass,
  attackContext,
  attackEarlier,
  eventAfter,
  eventAt,
  eventBefore,
  gluedPossessor,
  headActor,
  isJoiner,
  isPossessive,
  NOMINAL_POS,
  negatedBetween,
  nounAnaphor,
  objectActor,
  objectEnd,
  skipBack,
  skipForward,
  sentenceHasAttack,
  subjectOf,
  type Ctx,
  type EventSpan,
  type FindOptions,
  type ResolvedActor,
  type Subject,
} from '../syntax.js';
import { conjunctionBefore } from '../../syntax/coordination.js';
import { BE_FORMS, QUANTIFIER_SUBJECTS, QUOTATION_MARKS, WEAPON_NOUNS } from '../../lexicon/en/index.js';
import { governmentAt } from '../../actors/context.js';
import { armedObject, demonymConjunct, forcesBefore } from './agent.js';

/** Relative pronouns opening a clause after a subject (`the assassins who killed…`). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * Whether this actor may be tied to this event by a form that is not a
 * claim, denial or accusation, at token `i`:
 *
 * - a group, for an `attack` (not a military operation), or with no event named;
 * - a state or person, for an `attack` that is contested (`massacre`,
 *   `chemical attack`) or hedged (`likely carried out by`);
 * - anyone, inside a quote, for the event a relative clause presents as the
 *   actor's doing (`"… an operation the regime has implemented …"`): a
 *   speaker's accusation. A quoted report of an open operation
 *   (`"The regime carried out 13 raids"`) stays out.
 */
export function admissible(
  ctx: Ctx,
  actor: ResolvedActor,
  event: EventSpan | null,
  i: number,
  relative = false,
): boolean {
  if (actor.kind === 'media' || actor.kind === 'organisation') return false;
  // a plain noun phrase only when it names fighters ("terrorists", "the rebels")
  if (actor.kind === 'description') return ctx.lex.descriptionHeads.has(ctx.toks[actor.end - 1]!.lower);
  if (event === null) return actor.kind === 'group';
  if (relative && ctx.quoted[i] === 1) return true;
  // "launched an offensive", "a special operation carried out by the army": a campaign, not an attack
  if (ctx.lex.campaignNouns.has(ctx.toks[event.head]!.lower)) return actor.kind === 'group';
  if (contested(ctx, event)) return true;
  // "the army carried out bombardments against positions of the terrorists": a state's forces
  // striking fighters or their positions report combat, not an attack on victims (as for agent verbs)
  if (actor.kind === 'government' && !relative && armedObject(ctx, event.head + 1)) return false;
  // ANNOTATION.md §3: a state's operation narrated by the article is an attribution too (source null)
  return event.cls !== 'generic' || actor.kind === 'group' || hedged(ctx, i);
}

/** Whether the event phrase names a disputed kind of attack (`massacre`, `chemical`, `gas`). */
export function contested(ctx: Ctx, e: EventSpan): boolean {
  for (let k = e.first; k < e.end; k++) if (ctx.lex.contested.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** Whether a hedge (`likely`, `reportedly`, `suspected`) stands within four tokens before `i`. */
function hedged(ctx: Ctx, i: number): boolean {
  for (let k = Math.max(ctx.sentence.firstToken, i - 4); k < i; k++)
    if (ctx.lex.hedges.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/**
 * The attack noun of `ATTACK with WEAPON` whose weapon phrase ends at `p` (`an attack with mortar
 * rounds`, `attacks with explosive devices`): its token, or -1.
 */
function weaponedAttack(ctx: Ctx, p: number): number {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let w = p;
  while (w > s0 && w > p - 5 && (NOMINAL_POS.has(toks[w]!.pos) || toks[w]!.lower === 'and')) w--;
  if (w === p || toks[w]!.lower !== 'with' || w - 1 < s0) return -1;
  return attackClass(ctx, w - 1) === 'attack' ? w - 1 : -1;
}

/** `ATTACK by X`, `EVENT carried out by X`. */
export function byPhrase(ctx: Ctx, by: number): Candidate | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  // "was perpetrated, according to the authorities, by X": the aside names the source
  const aside = toks[by - 1]?.value === ',' ? accordingAside(ctx, by - 1) : null;
  const i = aside?.open ?? by;
  const p = i - 1;
  if (p < s0) return null;
  let event = null;
  let first = -1;
  let copula = false;
  const prevClass = attackClass(ctx, p);
  const armed = prevClass === 'attack' ? -1 : weaponedAttack(ctx, p);
  if (prevClass === 'attack') {
    event = eventAt(ctx, p);
    first = event?.first ?? p;
  } else if (armed >= 0) {
    // "an attack with mortar rounds by X": the attack before its weapon
    event = eventAt(ctx, armed);
    first = event?.first ?? armed;
  } else {
    // a perpetration participle right before "by": "carried out by", "perpetrated by"
    let k = -1;
    for (let back = 1; back <= 2; back++) {
      const n = phraseAt(toks, i - back, lex.perpetration);
      if (n === back) k = i - back;
    }
    if (k < 0) {
      // "the attack was a crude maneuver by X", 'the bombing was "a cowardly act by X"': the
      // predicate noun of an attack subject, whatever the noun
      const subject = copularEvent(ctx, p);
      if (subject === null) return null;
      event = subject;
      first = subject.first;
      copula = true;
    }
    if (k >= 0) event = eventBefore(ctx, k);
    if (k >= 0) {
      let f = k;
      while (f - 1 >= s0 && (toks[f - 1]!.pos === 'AUX' || toks[f - 1]!.pos === 'ADV')) f--;
      first = event?.first ?? f;
    }
  }
  // (a description too after a predicate noun: the attack's own by-phrase leaves those to byAgent)
  const obj = objectActor(ctx, by + 1, copula ? { descriptions: true } : {});
  if (obj === null) return null;
  if (!admissible(ctx, obj.actor, event, by)) return null;
  return {
    first,
    end: actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event,
    source: aside?.source ?? null,
    form: 'by',
  };
}

/**
 * The attack that is the subject of a copula whose predicate noun ends at `p` (`the attack was a
 * crude maneuver | by X`, `the bombing was "a cowardly act | by X"`): a noun after `a`/`an`
 * (adjectives between, a quotation mark before), the copula, and an attack phrase before it.
 */
function copularEvent(ctx: Ctx, p: number): EventSpan | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (toks[p]?.pos !== 'NOUN') return null;
  let d = p - 1;
  while (d > s0 && d > p - 4 && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN')) d--;
  if (d < s0) return null;
  const det = toks[d]!.lower;
  if (det !== 'a' && det !== 'an') return null;
  let v = d - 1;
  if (QUOTATION_MARKS.has(toks[v]?.value ?? '')) v--;
  if (v <= s0 || !BE_FORMS.has(toks[v]!.lower)) return null;
  const event = eventBefore(ctx, v);
  return event === null || event.cls === 'generic' ? null : event;
}

/**
 * For a comma at `close` that ends an `, according to SOURCE,` aside, the opening comma and the
 * source (a plain noun phrase when no actor is named); `null` when no such aside ends there.
 */
function accordingAside(ctx: Ctx, close: number): { open: number; source: ResolvedActor | null } | null {
  const { toks } = ctx;
  for (let k = close - 1; k > ctx.sentence.firstToken && k > close - 10; k--) {
    if (toks[k]!.value === ',') return null;
    if (toks[k]!.lower !== 'according' || toks[k + 1]?.lower !== 'to' || toks[k - 1]?.value !== ',') continue;
    const src = objectActor(ctx, k + 2, { places: true, descriptions: true }, close - k - 2) ?? phraseAfter(ctx, k + 2);
    return { open: k - 1, source: src?.actor ?? null };
  }
  return null;
}

/** Parts of speech of a sentence's first word whose capital is no sign of a name. */
const OPENERS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX']);

/** Whether the character at `k` is an ASCII lower-case letter. */
function isLowerAt(v: string, k: number): boolean {
  const c = v.charCodeAt(k);
  return c >= 97 && c <= 122;
}

/** `ISIS bombings`, `the Taliban's attack`, `IS group suicide blast`. */
/**
 * Whether the attack noun at `i` is the first part of a hyphenated modifier (`ISIL bomb-laden
 * vehicles`, `a bomb-making workshop`): the phrase is about something else.
 */
export function hyphenModifier(ctx: Ctx, i: number): boolean {
  const h = ctx.toks[i + 1];
  return (
    h !== undefined && !h.spaceBefore && (h.value === '-' || h.value === '‐') && ctx.toks[i + 2]?.spaceBefore === false
  );
}

/**
 * `Taliban attack`, `IS group suicide blast`, `Hezbollah's deadly raid`: a group named right before an
 * attack noun at `i` is its attacker (attributed, narrated).
 */
export function actorAttack(ctx: Ctx, i: number): Candidate | null {
  if (!attackNounHead(ctx, i) || !capitalBefore(ctx, i)) return null;
  const m = groupBeforeAttack(ctx, i);
  if (m === null) return null;
  const head = eventAt(ctx, i);
  if (head === null) return null;
  const { toks, lex } = ctx;
  let evFirst = m.endToken;
  while (evFirst < i && (isPossessive(toks[evFirst]) || lex.groupNouns.has(toks[evFirst]!.lower))) evFirst++;
  const actor = actorOf(m);
  return {
    first: m.firstToken,
    end: i + 1,
    status: 'attributed',
    actor,
    event: { first: evFirst, end: head.end, head: i, cls: head.cls },
    source: null,
    form: 'actor-attack',
  };
}

/** Words after a third-person verb that open its object (`ISIS attacks Kurdish forces`). */
const VERB_OBJECT_POS = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'NUM']);
/** Words after an `-ing` participle that open its object (`killing at least 10`). */
const PARTICIPLE_OBJECT_POS = new Set(['DET', 'PRON', 'NUM']);

/**
 * Step 1 of actorAttack: whether the word at `i` is the head attack noun of its phrase — not a
 * hyphenated modifier, nor an attack noun describing forces or a weapon, nor a verb or participle.
 */
function attackNounHead(ctx: Ctx, i: number): boolean {
  const { lex } = ctx;
  if (attackClass(ctx, i) !== 'attack') return false;
  if (attackClass(ctx, i + 1) !== null) return false; // the head is further right
  if (hyphenModifier(ctx, i)) return false;
  // "Daesh assault units", "Hezbollah attack helicopters", "IS bomb squads": the attack noun describes
  // forces, fighters or a weapon named after it, not an attack
  const h = ctx.toks[i + 1];
  if (
    h !== undefined &&
    h.pos === 'NOUN' &&
    h.value === h.lower &&
    (lex.forceNouns.has(h.lower) || lex.descriptionHeads.has(h.lower) || WEAPON_NOUNS.has(h.lower))
  )
    return false;
  // "ISIS attacks Kurdish forces", "ISIS murders gays": a third-person verb with its object, not a noun
  const word = ctx.toks[i]!;
  const next = ctx.toks[i + 1];
  if (
    word.lower.endsWith('s') &&
    word.value === word.lower &&
    next !== undefined &&
    next.sentence === ctx.sentence.index &&
    next.value === next.lower &&
    VERB_OBJECT_POS.has(next.pos)
  )
    return false;
  // "held by the Daesh, killing at least 10": a participle
  return !(
    word.lower.endsWith('ing') &&
    next !== undefined &&
    (PARTICIPLE_OBJECT_POS.has(next.pos) || next.lower === 'at')
  );
}

/** Step 2 of actorAttack (cheap): a capital letter or a possessive within four words before the noun at `i`. */
function capitalBefore(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let m = i - 1; m >= s0 && m >= i - 4; m--) {
    const t = toks[m]!;
    const c = t.value.charCodeAt(0);
    // …but not the capital of a sentence-opening function word ("The attack", "In an attack"; "IS", "US" are names).
    if ((c >= 65 && c <= 90 && !(m === s0 && OPENERS.has(t.pos) && isLowerAt(t.value, 1))) || isPossessive(t))
      return true;
  }
  return false;
}

/**
 * Step 3 of actorAttack: the group named before the attack noun at `i`, past compound words
 * (`IS group suicide blast`, `Taliban's deadly attack`) — not a modifier, a place, or the
 * target (`against X`, `on X`); else `null`.
 */
function groupBeforeAttack(ctx: Ctx, i: number): ActorMention | null {
  const { toks, lex, idx } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  for (let n = 0; n < 3 && k >= s0; n++) {
    const t = toks[k]!;
    if (idx.endingAt.has(k)) break;
    if (isPossessive(t) && idx.endingAt.has(k - 1)) {
      k--;
      break;
    }
    if (lex.compound.has(t.lower) || attackClass(ctx, k) === 'attack') {
      k--;
      continue;
    }
    return null;
  }
  const m = idx.endingAt.get(k);
  if (m === undefined || m.modifier || m.kind !== 'group' || m.via === 'place') return null;
  if (
    isJoiner(toks[m.endToken]) ||
    toks[m.firstToken - 1]?.lower === 'against' ||
    toks[m.firstToken - 1]?.lower === 'on'
  )
    return null;
  return m;
}

const HEDGES = new Set([
  'reportedly',
  'allegedly',
  'apparently',
  'believed',
  'thought',
  'said',
  'suspected',
  'likely',
  'probably',
  'to',
  'be',
  'been',
  'either',
]);

/** Words between a determiner and the member phrase of an identity predicate (`a 19-year-old member of`). */
const MEMBER_PHRASE_POS = new Set(['ADJ', 'NOUN', 'NUM']);

/**
 * After a copula, where the group phrase of an identity predicate starts: past adverbs, an
 * identifying participle with `as` (claims.json `attackerNamingVerbs`: `were later identified as
 * members of X`) and one determiner or number (`was a member of X`, `were two fighters from X`).
 */
function identityPredicate(ctx: Ctx, k: number, limit: number): number {
  const { toks, lex } = ctx;
  while (k < limit && toks[k]?.pos === 'ADV') k++;
  if (lex.attackerNamingVerbs.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'as') k += 2;
  // "was a 19-year-old member of X", "were two fighters from X": a determiner or number opens the
  // member phrase; its words up to the phrase (a member noun and its modifiers)
  if (toks[k]?.pos !== 'DET' && toks[k]?.pos !== 'NUM') return k;
  for (let j = k + 1; j < k + 6 && j < limit; j++) {
    if (phraseAt(toks, j, lex.fromWords) > 0) return j;
    if (!MEMBER_PHRASE_POS.has(toks[j]!.pos) && !isJoiner(toks[j])) break;
  }
  return k;
}

/** `bombers (, who were reportedly) from X`, `gunmen belonging to X`, `the bomber was a member of X`. */
export function attackerFrom(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  let k = i + 1;
  // "the murderers of the priests were members of X": the victims' complement before the verb
  if (toks[k]?.lower === 'of') {
    let e = k + 1;
    while (e < k + 6 && NOMINAL_POS.has(toks[e]?.pos ?? '')) e++;
    if (e > k + 1 && BE_FORMS.has(toks[e]?.lower ?? '')) k = e;
  }
  if (toks[k]?.value === ',') k++;
  if (RELATIVE_PRONOUNS.has(toks[k]?.lower ?? '')) {
    k++;
    // "the assassins who killed the judge were members of X", "the killers, who fled in a car, were
    // from X": past the relative clause to the main verb (its own subject and a speech verb end it)
    if (!BE_FORMS.has(toks[k]?.lower ?? '')) {
      let e = k;
      const stop = Math.min(ctx.sentence.endToken, k + 12);
      while (
        e < stop &&
        !BE_FORMS.has(toks[e]!.lower) &&
        toks[e]!.value !== ';' &&
        !lex.speechVerbs.has(toks[e]!.lower)
      )
        e++;
      if (e < stop && BE_FORMS.has(toks[e]!.lower) && toks[e - 1]?.pos !== 'PRON') k = e;
    }
  }
  let copula = BE_FORMS.has(toks[k]?.lower ?? '');
  if (copula) k++;
  while (k < i + 14 && HEDGES.has(toks[k]?.lower ?? '')) k++;
  if (copula) k = identityPredicate(ctx, k, i + 14);
  // "the attackers belonged to X": the verb itself says whose they are
  else if (toks[k]?.pos === 'VERB' && toks[k]!.lemma === 'belong') copula = true;
  const n = phraseAt(toks, k, lex.fromWords);
  if (n === 0) return (copula ? groupFighters(ctx, i, k) : null) ?? groupAttacker(ctx, i);
  const obj = objectActor(ctx, k + n, copula ? { descriptions: true } : {});
  if (obj === null) return null;
  // a state's forces only after a verb ("the killers were members of the army"): "attackers of the army" are not its men
  const forces =
    copula &&
    (obj.actor.kind === 'government' ||
      (obj.actor.kind === 'description' && lex.forceNouns.has(toks[obj.actor.end - 1]!.lower)));
  if (obj.actor.kind !== 'group' && !forces) return null;
  // "the head of X", "one of X": "of" needs an attacker noun right before it
  if (toks[k]?.lower === 'of' && k !== i + 1) return null;
  let first = i;
  const s0 = ctx.sentence.firstToken;
  while (
    first - 1 >= s0 &&
    (toks[first - 1]!.pos === 'ADJ' || toks[first - 1]!.pos === 'NOUN' || toks[first - 1]!.pos === 'NUM')
  )
    first--;
  if (first - 1 >= s0 && toks[first - 1]!.pos === 'DET') first--;
  return {
    first,
    end: actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event: null,
    source: null,
    form: 'attacker-from',
  };
}

/** Words before a noun phrase that make it a target, not an agent (`the fight against ISIS gunmen`). */
const TARGET_BEFORE = new Set(['against', 'on', 'targeting', 'fighting', 'dead']);

/**
 * `Daesh suicide bombers entered the town`, `two Nusra Front gunmen opened fire`: a group named
 * before an attacker noun (past up to two modifiers, `suicide`) sent the attackers → the group,
 * attributed, in a sentence about an attack (this or the one before).
 */
/**
 * `the killers were X guerrillas` (the attacker noun at `i`, the predicate from `k`): a group's
 * fighters as the predicate of an attacker noun, the phrase ending the clause; else `null`.
 */
function groupFighters(ctx: Ctx, i: number, k: number): Candidate | null {
  const { toks, lex } = ctx;
  let e = k;
  while (e < k + 6 && e < ctx.sentence.endToken && NOMINAL_POS.has(toks[e]!.pos)) e++;
  const next = toks[e];
  if (e === k || !lex.groupNouns.has(toks[e - 1]!.lower) || (next !== undefined && next.pos !== 'PUNCT')) return null;
  const g = headActor(ctx, e - 1, { places: false, descriptions: false });
  if (g === null || g.actor.kind !== 'group' || g.actor.first < k) return null;
  const first = toks[i - 1]?.pos === 'DET' ? i - 1 : i;
  return { first, end: e, status: 'attributed', actor: g.actor, event: null, source: null, form: 'attacker-from' };
}

function groupAttacker(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  for (
    let n = 0;
    n < 2 && k > s0 && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ') && !ctx.idx.endingAt.has(k);
    n++
  )
    k--;
  const m = ctx.idx.endingAt.get(k);
  if (m === undefined || m.kind !== 'group' || m.via === 'place' || k < s0) return null;
  let first = m.firstToken;
  if (toks[first - 1]?.pos === 'NUM') first--;
  if (toks[first - 1]?.pos === 'DET') first--;
  // the object of a verb ("pressing IS gunmen", "shot dead six ISIS bombers") or a headline's
  // victims ("6 ISIS Bombers Killed") are the attackers' targets, not their act
  const before = toks[first - 1];
  if (
    before !== undefined &&
    first > s0 &&
    (before.pos === 'VERB' || before.lower.endsWith('ing') || TARGET_BEFORE.has(before.lower))
  )
    return null;
  if (ctx.lex.victimVerbs.has(toks[i + 1]?.lower ?? '') || !attackContext(ctx)) return null;
  return {
    first,
    end: i + 1,
    status: 'attributed',
    actor: actorOf(m),
    event: null,
    source: null,
    form: 'attacker-from',
  };
}

/** Whether the clause starting at token `k` is the complement of a speech, claim or denial verb. */
function complementOfSpeech(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  let j = k - 1;
  if (POSSESSIVE_PRONOUNS.has(toks[j]?.lower ?? '')) j--;
  // "said three of its fighters…", "said some of their men…": a part of the speaker's own
  if (toks[j]?.lower === 'of' && (toks[j - 1]?.pos === 'NUM' || QUANTIFIER_SUBJECTS.has(toks[j - 1]?.lower ?? '')))
    j -= 2;
  if (toks[j]?.lower === 'that') j--;
  const w = toks[j]?.lower ?? '';
  return (
    lex.speechVerbs.has(w) ||
    lex.claimVerbs.has(w) ||
    verbIn(lex, 'denialVerbs', toks[j]) ||
    verbIn(lex, 'implyVerbs', toks[j])
  );
}

/** `X carried out EVENT`; `EVENT (that) X (has) implemented`. */
export function perpetration(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const n = phraseAt(toks, i, lex.perpetration);
  if (n === 0) return null;
  const after = i + n;
  if (toks[after]?.lower === 'by') return null; // passive: byPhrase
  const prev = toks[i - 1]?.lower ?? '';
  // a passive ("was carried out"), not a progressive ("was perpetrating war crimes")
  const progressive = toks[i]!.lower.endsWith('ing');
  if (!progressive && (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'being')) return null;
  // Cheap test first: an attack noun after the verb (SVO) or before it (a relative clause on the event).
  let near = false;
  for (let k = after; k < Math.min(ctx.sentence.endToken, after + 7) && !near; k++) near = attackClass(ctx, k) !== null;
  for (let k = i - 1; k >= ctx.sentence.firstToken && k > i - 10 && !near; k--) near = attackClass(ctx, k) !== null;
  if (!near) return null;
  // "Russian planes carried out the raids": a state named by its forces, as the agent verbs read it;
  // "X is believed to have carried out the attack": the subject of the raising verb
  const v = raisingVerbBefore(ctx, i);
  const subject = forcesBefore(ctx, v) ?? subjectOf(ctx, v, {});
  if (subject === null) return null;
  // "stepped up its campaign against the jihadists, carrying out air strikes": the object of a
  // preposition is no subject of the participle after it
  if (lex.objectPrepositions.has(toks[subject.start - 1]?.lower ?? '')) return null;
  if (negatedBetween(ctx, subject.actor.end, i)) return null;
  // "X claimed/said it carried out…": the pronoun is the speaker, read by the claim forms.
  if (subject.actor.via === 'anaphor' && complementOfSpeech(ctx, subject.start)) return null;
  const object = eventAfter(ctx, after, 6);
  if (object !== null) {
    if (toks[i]!.lower === 'did' || toks[i]!.lower === 'done') return null;
    if (!admissible(ctx, subject.actor, object, i)) return null;
    return {
      first: subject.start,
      end: object.end,
      status: 'attributed',
      actor: subject.actor,
      event: object,
      source: null,
      form: 'perpetrated',
    };
  }
  // relative: "an operation the regime has implemented", "the attack that IS carried out"
  let k = subject.start - 1;
  if (k >= ctx.sentence.firstToken && (toks[k]!.lower === 'that' || toks[k]!.lower === 'which')) k--;
  if (k < ctx.sentence.firstToken) return null;
  const event = eventAt(ctx, k);
  if (event === null || !admissible(ctx, subject.actor, event, i, true)) return null;
  return {
    first: event.first,
    end: after,
    status: 'attributed',
    actor: subject.actor,
    event,
    source: null,
    form: 'perpetrated-rel',
  };
}

/** Whether this sentence or the one before it in the paragraph names an attack. */
function attackNamedNearby(ctx: Ctx): boolean {
  if (sentenceHasAttack(ctx, ctx.sentence)) return true;
  // the two sentences before in the paragraph (a photo caption may stand between: "… (AP) As Trump
  // stood by his charge that Assad's forces were responsible")
  for (let n = 1; n <= 2; n++) {
    const prev = ctx.doc.sentences[ctx.sentence.index - n];
    if (prev === undefined || prev.paragraph !== ctx.sentence.paragraph) return false;
    if (sentenceHasAttack(ctx, prev)) return true;
  }
  return false;
}

/**
 * Whether a bare `responsible` at `i` ends its clause (a full stop, a comma or the sentence's end
 * after it) and a speech verb stands before it in the sentence (`in saying X were responsible`).
 */
function reportedBare(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const next = toks[i + 1];
  if (next !== undefined && next.sentence === ctx.sentence.index && next.value !== '.' && next.value !== ',')
    return false;
  for (let k = i - 1; k >= ctx.sentence.firstToken && k > i - 12; k--)
    if (ctx.lex.speechVerbs.has(toks[k]!.lower)) return true;
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our']);

const BELIEF = new Set([
  'likely',
  'most',
  'more',
  'almost',
  'certainly',
  'reportedly',
  'allegedly',
  'apparently',
  'suspected',
  'probably',
  'possibly',
  'believed',
  'thought',
  'presumed',
  'deemed',
  'held',
  'found',
  'seen',
  'considered',
  'alleged',
  'said',
  'to',
  'be',
  'directly',
  'ultimately',
  'also',
]);

/** Participles that may follow their subject without a verb: `nine soldiers implicated in the massacre`. */

/**
 * `X was behind EVENT`, `X were (believed) responsible for EVENT`, `X were guilty of
 * EVENT`, `members of X are implicated in EVENT`; coordinated subjects give one claim
 * each (`the government and the armed forces are responsible for…`, ANNOTATION.md §3).
 */
export function responsible(ctx: Ctx, i: number): Candidate[] | null {
  const { toks, lex } = ctx;
  const w = toks[i]!.lower;
  const preps = lex.responsiblePredicates.get(w);
  if (preps === undefined) return null;
  let j = i + 1;
  // 'the rebels were "fully responsible" for…': the marks around the source's own words
  const quoted = QUOTATION_MARKS.has(toks[j]?.value ?? '') && w !== 'behind';
  if (quoted) j++;
  let event = null;
  const prep = w === 'behind' ? 0 : prepositionAt(toks, j, preps);
  if (prep > 0 || w === 'behind') {
    j += prep;
    // "responsible for carrying out the attack", "behind staging the bombing": past the gerund
    if (lex.perpetrationGerunds.has(toks[j]?.lower ?? '') && attackClass(ctx, j) === null)
      j += toks[j + 1]?.lower === 'out' ? 2 : 1;
    event = eventAfter(ctx, j, 8);
    if (event === null || event.cls === 'generic') event = deathsOf(ctx, j) ?? event;
    if (event === null || event.cls === 'generic') return null;
  } else if (
    lex.reducedParticiples.has(w) &&
    !lex.implicateVerbs.has(w) &&
    toks[i]!.pos === 'VERB' &&
    !BE_FORMS.has(toks[i - 1]?.lower ?? '')
  ) {
    // ('implicated X in', 'charged X with' keep their own active form, implicate(), with its source)
    // "POLICE ARRESTED THREE MEMBERS OF X IN CONNECTION WITH THE ATTACK": the active verb, its object the actor
    const active = activePredicate(ctx, i, preps);
    return active === null ? null : [active];
  } else if (w === 'responsible') {
    // "police concluded that ETA were responsible": the attack is named in this or the previous sentence;
    // reported and ending its clause ("… joined the US in saying Assad's forces were responsible."), the
    // article's attack however far back
    if (!attackNamedNearby(ctx) && !(reportedBare(ctx, i) && attackEarlier(ctx))) return null;
  } else return null;
  let v = i - 1;
  // "was the author of", "were the perpetrators of": a noun predicate's article
  if (toks[v]?.pos === 'DET' && toks[v]!.lower !== 'no') v--;
  // "identified / pointed to the FMLN as the author of EVENT": the actor named right before "as"
  if (toks[v]?.lower === 'as' && event !== null && v < i - 1) return namedAsAuthor(ctx, v, event);

  // "ARE TO BE BROUGHT TO TRIAL FOR": the verb bringing to trial stands for the predicate
  if (w === 'trial') {
    if (toks[v]?.lower !== 'to' || !lex.trialVerbs.has(toks[v - 1]?.lower ?? '')) return null;
    v -= 2;
  }
  // "are solely responsible", "were believed responsible", 'were "fully responsible"'
  while (
    v >= ctx.sentence.firstToken &&
    (BELIEF.has(toks[v]!.lower) || toks[v]!.pos === 'ADV' || (quoted && QUOTATION_MARKS.has(toks[v]!.value)))
  )
    v--;
  const be = BE_FORMS.has(toks[v]?.lower ?? '');
  // "eight members of the army involved in the massacre": a participle right after its noun, or
  // after an aside on it ("THE EIGHT MILITARY MEN, INCLUDING ONE COLONEL, CHARGED WITH KILLING…")
  const aside = !be && lex.reducedParticiples.has(w) && v === i - 1 ? reducedAfterAside(ctx, i - 1) : -1;
  if (!be && !BELIEF.has(toks[v + 1]?.lower ?? '') && !(lex.reducedParticiples.has(w) && v === i - 1)) return null;
  const subjects = coordinatedSubjects(ctx, be ? v + 1 : aside >= 0 ? aside : i, {
    places: true,
    descriptions: true,
  });
  const out: Candidate[] = [];
  for (const subject of subjects) {
    if (subject.actor.kind === 'media') continue;
    // "X said its fighters were behind…", "X said it was responsible…": the claim forms read these
    const selfish =
      (subject.actor.via === 'anaphor' && !nounAnaphor(ctx, subject)) ||
      (subject.actor.via === 'description' && POSSESSIVE_PRONOUNS.has(toks[subject.actor.first - 1]?.lower ?? ''));
    if (selfish && (complementOfSpeech(ctx, subject.start) || ctx.quoted[i] === 1)) continue;
    if (negatedBetween(ctx, subject.actor.end, i)) continue;
    const c = predicateSubject(ctx, subject, event?.end ?? i + 1, event);
    if (c !== null) out.push(c);
  }
  return out.length > 0 ? out : null;
}

/** `identified / pointed to X as the author of EVENT` (`as` at `v`): the group or state named right before `as`. */
function namedAsAuthor(ctx: Ctx, v: number, event: EventSpan): Candidate[] | null {
  const { toks } = ctx;
  const m = ctx.idx.endingAt.get(v - 1);
  if (m === undefined || m.via === 'place' || m.modifier || (m.kind !== 'group' && m.kind !== 'government'))
    return null;
  const start = toks[m.firstToken - 1]?.pos === 'DET' ? m.firstToken - 1 : m.firstToken;
  return [
    {
      first: start,
      end: event.end,
      status: 'attributed',
      actor: actorOf(m),
      event,
      source: null,
      form: 'responsible',
    },
  ];
}

/**
 * The active verb of a predicate at `i` (`arrested`, `charged`, `convicted`: claims.json
 * `reducedParticiples`) with its object and `preps` after it: `POLICE ARRESTED THREE MEMBERS OF
 * X IN CONNECTION WITH THE ATTACK`, `the court convicted two soldiers of the massacre` → the
 * object, attributed, the verb's subject its source; a place or date phrase may stand between
 * the object and the preposition. `null` when no attack follows.
 */
function activePredicate(ctx: Ctx, i: number, preps: readonly string[]): Candidate | null {
  const { toks } = ctx;
  const obj = objectActor(ctx, i + 1, { places: false, descriptions: true }, 10);
  if (obj === null || negatedBetween(ctx, i - 3, i)) return null;
  const after = actorTail(ctx, obj.actor.end);
  for (let m = after; m < after + 5 && m < ctx.sentence.endToken; m++) {
    const t = toks[m]!;
    if (t.value === ',' || t.pos === 'VERB') return null;
    const n = prepositionAt(toks, m, preps);
    if (n === 0) continue;
    const event = eventAfter(ctx, m + n, 8);
    if (event === null || event.cls === 'generic') return null;
    const c = predicateSubject(ctx, obj, event.end, event);
    const source = subjectOf(ctx, i, { places: true, descriptions: true });
    return c === null
      ? null
      : { ...c, first: source?.start ?? i, source: source?.actor ?? null, form: 'active-predicate' };
  }
  return null;
}

/** Tokens of the first of `preps` (a word or a phrase: `in connection with`) at `j`; 0 when none. */
function prepositionAt(toks: readonly Token[], j: number, preps: readonly string[]): number {
  for (const p of preps) {
    const words = p.split(' ');
    let n = 0;
    while (n < words.length && toks[j + n]?.lower === words[n]) n++;
    if (n === words.length) return n;
  }
  return 0;
}

/**
 * `the death(s) of VICTIMS` at `j` (a determiner or a number before the noun allowed) as the act a
 * predicate puts on its subject (`X were responsible for the death of two soldiers`, `guilty of the
 * deaths of six priests`): a death word of claims.json with `of` and its victims after it; else `null`.
 */
function deathsOf(ctx: Ctx, j: number): EventSpan | null {
  const { toks, lex } = ctx;
  let h = j;
  while (h < j + 2 && (toks[h]?.pos === 'DET' || toks[h]?.pos === 'NUM')) h++;
  const t = toks[h];
  if (t === undefined || t.pos !== 'NOUN' || !lex.deathWords.has(t.lower) || toks[h + 1]?.lower !== 'of') return null;
  // in an article about violence only ("the doctor was responsible for the death of a patient" is not)
  if (!attackContext(ctx)) return null;
  const end = objectEnd(ctx, h + 2, 8);
  return end > h + 2 ? { first: j, end, head: h, cls: 'attack' } : null;
}

/**
 * The subject of a predicate that puts an attack on it (`X were responsible for`, `X were the ones
 * who murdered`) as an attribution, when it can be behind one: not a medium, a description only
 * with a fighters or service head.
 */
function predicateSubject(ctx: Ctx, subject: Subject, end: number, event: EventSpan | null): Candidate | null {
  const { lex } = ctx;
  if (subject.actor.kind === 'media') return null;
  const head = ctx.toks[subject.actor.end - 1]!.lower;
  if (subject.actor.kind === 'description' && !lex.descriptionHeads.has(head) && !lex.serviceAdjectives.has(head))
    return null;
  return {
    first: subject.start,
    end,
    status: 'attributed',
    actor: subject.actor,
    event,
    source: null,
    form: 'responsible',
  };
}

/**
 * `X was / were the one(s) who ATTACKED …` (claims.json `cleftHeads`): a cleft naming who did an
 * attack (`ARMED FORCES PERSONNEL WERE THE ONES WHO MURDERED THE PRIESTS`, `the militia was the one
 * that shelled the town`), the subject of the copula; `one(s)` at `i`.
 */
export function cleftAgent(ctx: Ctx, i: number): Candidate[] | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (i - 2 <= s0 || toks[i - 1]!.lower !== 'the' || !BE_FORMS.has(toks[i - 2]!.lower)) return null;
  const rel = toks[i + 1]?.lower;
  if (rel !== 'who' && rel !== 'that') return null;
  let k = i + 2;
  while (k < i + 4 && toks[k]?.pos === 'ADV') k++;
  let event: EventSpan | null = null;
  let end: number;
  const n = phraseAt(toks, k, lex.perpetration);
  if (n > 0) {
    event = eventAfter(ctx, k + n, 8);
    if (event === null || event.cls === 'generic') return null;
    end = event.end;
  } else if (verbIn(lex, 'agentVerbs', toks[k])) end = objectEnd(ctx, k + 1, 6);
  else return null;
  if (negatedBetween(ctx, i - 2, k)) return null;
  const out: Candidate[] = [];
  for (const subject of coordinatedSubjects(ctx, i - 2, { places: true, descriptions: true })) {
    if (subject.actor.kind === 'organisation') continue;
    const c = predicateSubject(ctx, subject, end, event);
    if (c !== null) out.push(c);
  }
  return out.length > 0 ? out : null;
}

/**
 * For a comma at `k` right before a reduced participle, the comma opening an `including …` aside
 * on the noun before it (`THE EIGHT MILITARY MEN, INCLUDING ONE COLONEL, | CHARGED WITH…`); -1 when
 * none opens within twelve tokens.
 */
function reducedAfterAside(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.value !== ',') return -1;
  for (let j = k - 1; j > ctx.sentence.firstToken && j > k - 12; j--) {
    if (toks[j]!.value !== ',') continue;
    return toks[j + 1]?.lower === 'including' ? j : -1;
  }
  return -1;
}

/**
 * The subject of the verb at `v` and, when it is the second of two coordinated noun
 * phrases, the first one too (`The government and the armed forces are…` → both).
 */
function coordinatedSubjects(ctx: Ctx, v: number, opts: FindOptions): Subject[] {
  // ("Russian planes were behind the raid": a state named by its forces)
  const main = forcesBefore(ctx, v) ?? subjectOf(ctx, v, opts);
  if (main === null) return [];
  const s0 = ctx.sentence.firstToken;
  const k = skipBack(ctx, v - 1);
  const last = k >= s0 ? headActor(ctx, k, opts) : null;
  if (last === null) return [main];
  const c = conjunctionBefore(ctx.toks, last.start, s0);
  if (c < 0 || c !== last.start - 1) return [main];
  // "Russian and regime warplanes": a demonym sharing the second conjunct's forces noun is its state
  const demonym = last.actor.kind === 'government' ? demonymConjunct(ctx, c - 1, last.actor) : null;
  const first: Subject | null = demonym !== null ? { actor: demonym, start: c - 1 } : headActor(ctx, c - 1, opts);
  if (first === null) return [main];
  const out = [first, last];
  return out[0]!.actor.name === out[1]!.actor.name ? [main] : out;
}

/** Weapon words too general to make `use of` an attack on their own (`the use of weapons`). */
const BARE_WEAPONS = new Set(['weapons', 'munitions']);

/**
 * `the regime's use of chemical weapons`, `Assads deplorable use of sarin`, `Russia's use of cluster
 * bombs`: the owner of the use used the weapon → attributed (a possessive whose apostrophe scraped
 * copy lost is read too).
 */
export function useOf(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (toks[i + 1]?.lower !== 'of' || toks[i]!.pos !== 'NOUN') return null;
  let weapon = -1;
  for (let k = i + 2; k < Math.min(ctx.sentence.endToken, i + 6) && weapon < 0; k++) {
    const w = toks[k]!.lower;
    if ((lex.weapons.has(w) || lex.contested.has(w)) && !BARE_WEAPONS.has(w)) weapon = k;
  }
  if (weapon < 0) return null;
  const s0 = ctx.sentence.firstToken;
  let k = i - 1;
  // "deplorable", "repeated" (a participle the tagger may read as a verb)
  while (k > s0 && k > i - 3 && (toks[k]!.pos === 'ADJ' || (toks[k]!.pos === 'VERB' && toks[k]!.lower.endsWith('ed'))))
    k--;
  let owner: Subject | null = null;
  const possessive = isPossessive(toks[k]);
  const o = possessive ? k - 1 : k;
  const w = toks[o]?.lower ?? '';
  const bare = possessive ? w : w.endsWith('s') ? w.slice(0, -1) : '';
  if (bare === 'regime' || bare === 'government') {
    const g = governmentAt(ctx.doc, bare, o);
    if (g !== null)
      owner = {
        actor: { name: g.name, kind: 'government', first: o, end: o + 1, via: 'state', affiliation: null },
        start: toks[o - 1]?.pos === 'DET' ? o - 1 : o,
      };
  } else owner = possessive ? headActor(ctx, o, { places: true }) : gluedPossessor(ctx, o);
  if (owner === null || o < s0) return null;
  const kind = owner.actor.kind;
  if (kind === 'media' || kind === 'organisation' || kind === 'description') return null;
  let end = weapon + 1;
  while (end < ctx.sentence.endToken && end < weapon + 3 && toks[end]!.pos === 'NOUN') end++;
  return {
    first: owner.start,
    end,
    status: 'attributed',
    actor: owner.actor,
    event: null,
    source: null,
    form: 'use-of',
  };
}

/**
 * The raising verb before a verb at `i` through `to have` (`is believed to have carried out`,
 * `appears to have staged`: claims.json `raisingVerbs`), or `i` itself when there is none.
 */
function raisingVerbBefore(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  if (toks[i - 1]?.lower !== 'have' || toks[i - 2]?.lower !== 'to') return i;
  return ctx.lex.raisingVerbs.has(toks[i - 3]?.lower ?? '') ? i - 3 : i;
}

/**
 * `the attack appeared to have been (the work of X)`: from the copula at `k`, the token before the
 * raising verb before its `to (have)` (claims.json `raisingVerbs`), where the event ends; `k`
 * itself when there is none.
 */
function pastRaising(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const w = toks[k]?.lower;
  if (w !== 'be' && w !== 'been') return k;
  let r = k - 1;
  if (toks[r]?.lower === 'have') r--;
  if (toks[r]?.lower !== 'to' || !ctx.lex.raisingVerbs.has(toks[r - 1]?.lower ?? '')) return k;
  // (the token before the raising verb: eventBefore reads back from it, past an auxiliary)
  return r - 2;
}

/** `EVENT was the work of X`, `the bombing, the handiwork of X`, `EVENT appeared to be the work of X`. */
export function workOf(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (!lex.workNouns.has(toks[i]!.lower) || toks[i + 1]?.lower !== 'of') return null;
  if (toks[i - 1]?.lower !== 'the') return null;
  const s0 = ctx.sentence.firstToken;
  let k = i - 2;
  while (k >= s0 && BELIEF.has(toks[k]!.lower)) k--;
  if (!BE_FORMS.has(toks[k]?.lower ?? '') && toks[k]?.value !== ',') return null;
  k = pastRaising(ctx, k);
  const event = eventBefore(ctx, k + 1);
  if (event === null || event.cls === 'generic') return null;
  const obj = objectActor(ctx, i + 2, { descriptions: true }, 10);
  if (obj === null || !admissible(ctx, obj.actor, event, i)) return null;
  if (negatedBetween(ctx, event.end, i)) return null;
  return {
    first: event.first,
    end: actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event,
    source: null,
    form: 'work-of',
  };
}

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/** `X militants bombed / stormed / kidnapped …`: a group as the subject of an attack verb. */
export function attackVerb(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i]!.pos !== 'VERB') return null;
  const subject = subjectOf(ctx, i, {});
  if (subject === null || subject.actor.kind !== 'group' || subject.actor.via === 'anaphor') return null;
  if (negatedBetween(ctx, subject.actor.end, i)) return null;
  let end = i + 1;
  // "X blew himself up": the subject is a person; "bombers from X" is read by attackerFrom
  if (REFLEXIVES.has(toks[end]?.lower ?? '')) return null;
  if (toks[end]?.lower === 'up') end++;
  const k = skipForward(ctx, end);
  end = Math.max(end, objectEnd(ctx, k, 6));
  return {
    first: subject.start,
    end,
    status: 'attributed',
    actor: subject.actor,
    event: null,
    source: null,
    form: 'attack-verb',
  };
}
