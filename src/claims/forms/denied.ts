/**
 * `denied` forms: the actor says it did not do it.
 *
 * - `X denied (any) involvement / responsibility / a role in EVENT`;
 * - `X denied the charges / the accusations / those reports`;
 * - `X denied carrying out / being behind / using chemical weapons in EVENT`;
 * - `X denied that it (was behind | carried out | was involved in) EVENT`.
 *
 * The subject may be a registry actor, a context-resolved state (`the
 * regime`), a country or capital standing for its government (`Moscow
 * denied…`), a pronoun (`though it denied any responsibility`) or a
 * description (`the rebels denied…`).
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { phraseAt } from '../lexicon.js';
import { governmentAt } from '../../actors/context.js';
import { lookupActor } from '../../actors/known.js';
import {
  actorTail,
  attackContext,
  attackEarlier,
  gluedPossessor,
  headActor,
  isPossessive,
  objectActor,
  eventAfter,
  eventEndingNear,
  negatedBetween,
  pronounPerson,
  skipBack,
  skipForward,
  subjectOf,
  type Ctx,
  type EventSpan,
  type Subject,
} from '../syntax.js';
import { governingSubject, relativeAntecedent } from './claimed.js';
import { stateOfDemonym, stateWords } from './agent.js';
import voiceNouns from '../../lexicon/en/voice-nouns.json';
import { NEGATIVE_PARTICLES, REFLEXIVE_PRONOUNS } from '../../lexicon/en/index.js';

const QUANTIFIERS = new Set(['any', 'all', 'the', 'its', 'their', 'those', 'these', 'such', 'a', 'an', 'that', 'this']);

/** A denied object: its end, the attack it names, and whether it is a violent act itself. */
type DeniedObject = { end: number; event: EventSpan | null; act?: boolean };

/** "denied carrying out / being behind / using barrel bombs…": the perpetration gerund `w` at `k`. */
function deniedGerund(ctx: Ctx, k: number, w: string, limit: number): DeniedObject | null {
  const { toks, lex } = ctx;
  const next = toks[k + 1]?.lower ?? '';
  if (w === 'being' && !lex.responsibleWords.has(next)) return null;
  if (w === 'having' && phraseAt(toks, k + 1, lex.perpetration) === 0 && !lex.responsibleWords.has(next)) return null;
  if (w === 'using' || w === 'dropping' || w === 'firing') {
    let ok = false;
    for (let m = k + 1; m < Math.min(limit, k + 5); m++) if (lex.weapons.has(toks[m]!.lower)) ok = true;
    if (!ok) return null;
  }
  const from = toks[k + 1]?.lower === 'out' ? k + 2 : k + 1; // "carrying out"
  const event = eventAfter(ctx, from, 8);
  let end = event?.end ?? Math.min(k + 2, ctx.sentence.endToken);
  if (event === null) {
    for (let m = k + 1; m < Math.min(limit, k + 6); m++) {
      if (toks[m]!.value === ',' || toks[m]!.value === '.') break;
      end = m + 1;
    }
  }
  return { end, event, act: lex.actGerunds.has(w) };
}

/** "denied that it was behind…", "denied its aircraft were involved in…": a content clause from `j`. */
function deniedClause(ctx: Ctx, j: number, limit: number): DeniedObject | null {
  const { toks, lex } = ctx;
  const c = skipForward(ctx, j, true);
  for (let m = c; m < limit; m++) {
    const t = toks[m]!;
    if (t.value === '.' || t.value === ';') break;
    const n = phraseAt(toks, m, lex.perpetration);
    // "denied that its troops had shelled the village"
    if (n === 0 && lex.agentVerbs.has(t.lower) && t.pos === 'VERB') {
      if (negatedBetween(ctx, c, m)) return null;
      const event = eventAfter(ctx, m + 1, 8);
      let end = event?.end ?? m + 1;
      for (let e = m + 1; event === null && e < Math.min(limit, m + 5); e++) {
        if (toks[e]!.value === ',' || toks[e]!.value === '.') break;
        end = e + 1;
      }
      // a violent verb is the act itself; a weak one ("hit", "struck") only with forces as its
      // subject ("denied its aircraft had struck the hospital")
      let s = m - 1;
      while (s > c && (toks[s]!.pos === 'AUX' || toks[s]!.pos === 'ADV')) s--;
      const act = !lex.agentWeak.has(t.lower) || lex.forceNouns.has(toks[s]!.lower);
      return { end, event, act };
    }
    if (n > 0 || lex.responsibleWords.has(t.lower)) {
      if (negatedBetween(ctx, c, m)) return null;
      const after = m + Math.max(n, 1);
      const event = eventAfter(ctx, toks[after]?.lower === 'for' || toks[after]?.lower === 'in' ? after + 1 : after, 8);
      return { end: event?.end ?? after, event };
    }
  }
  return null;
}

/**
 * End of the denied object, or -1 when the object is not about responsibility; `act` when it is a
 * violent act itself (`killing civilians`, claims.json `actGerunds`).
 */
function deniedObject(ctx: Ctx, j: number): DeniedObject | null {
  const { toks, lex } = ctx;
  const limit = Math.min(ctx.sentence.endToken, j + 14);
  let k = j;
  // "any", "its", "direct", "Russian": determiners and adjectives before the denied noun
  // (a gerund the tagger read as an adjective is the denied act: "denied killing/ADJ civilians")
  while (
    k < j + 3 &&
    (QUANTIFIERS.has(toks[k]?.lower ?? '') ||
      (toks[k]?.pos === 'ADJ' && !lex.perpetrationGerunds.has(toks[k]!.lower)) ||
      stateOfDemonym(toks[k]?.value ?? '') !== null)
  )
    k++;
  const w = toks[k]?.lower ?? '';
  // "The army denied it.": a pronoun ending the clause stands for the accusation just reported
  // ("denied it was involved in…": the pronoun opens the denied clause, read below)
  if (k === j && (w === 'it' || w === 'this')) {
    const after = toks[k + 1];
    if (after === undefined || after.sentence !== toks[k]!.sentence || after.pos === 'PUNCT')
      return { end: k + 1, event: null };
    if (w === 'this' || (after.pos !== 'AUX' && after.pos !== 'VERB')) return null;
  }
  if (lex.denialObjects.has(w)) {
    // "rejected accusations that it was behind the attack": read the clause for the event
    // ("rejected claims its jets hit the hospital": a content clause without "that", opened by its subject's owner)
    if (toks[k + 1]?.lower === 'that' || OWNERS.has(toks[k + 1]?.lower ?? '')) {
      const clause = deniedObject(ctx, k + 1);
      if (clause !== null) return clause;
    }
    const event = eventAfter(ctx, k + 1, 6);
    return { end: event?.end ?? k + 1, event };
  }
  if (lex.perpetrationGerunds.has(w)) return deniedGerund(ctx, k, w, limit);
  // "denied the strike on the hospital", "denied the massacre": the attack itself as the object
  if (toks[k]?.pos === 'DET' || k > j) {
    const event = eventAfter(ctx, k, 4);
    if (event !== null && event.cls !== 'generic' && toks[event.end]?.lower !== 'that')
      return { end: event.end, event };
  }
  return deniedClause(ctx, j, limit);
}

/**
 * `EVENT, which X denied.`: a relative clause with no object after the verb
 * denies the attack phrase it hangs on (the accusation just reported).
 */
function deniedAntecedent(ctx: Ctx, i: number): DeniedObject | null {
  const { toks } = ctx;
  const after = toks[i + 1];
  if (after !== undefined && after.sentence === ctx.sentence.index && after.pos !== 'PUNCT') return null;
  const subject = subjectOf(ctx, i, { places: true, descriptions: true });
  if (subject === null) return null;
  // "which" read as the determiner of the subject ("which/DET rebels")
  const rel = toks[subject.start]!.lower;
  let k = rel === 'which' || rel === 'that' ? subject.start : subject.start - 1;
  // "an accusation the YPG has denied": the accusation itself is the antecedent
  if (ctx.lex.accuseNouns.has(toks[k]?.lower ?? '')) return { end: i + 1, event: null };
  if (toks[k]?.lower !== 'which' && toks[k]?.lower !== 'that') return null;
  k--;
  if (toks[k]?.value === ',') k--;
  const event = eventEndingNear(ctx, k);
  if (event !== null) return { end: i + 1, event };
  // "X accused the rebels of shelling the corridors, which the rebels denied": the accusation
  return accusationBefore(ctx, k) ? { end: i + 1, event: null } : null;
}

/** Whether an accusation (`accused`, `blamed`, `allegations`) stands in the sentence at or before `k`. */
function accusationBefore(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  for (let m = k; m >= ctx.sentence.firstToken && m > k - 25; m--) {
    const w = toks[m]!.lower;
    if (lex.accuseVerbs.has(w) || lex.accuseNouns.has(w) || lex.blameVerbs.has(w)) return true;
  }
  return false;
}

/** Whether the denied object between `a` and `b` is the actor's own part (`any involvement`, `a role`: claims.json `roleObjects`). */
function deniesRole(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b && k <= a + 4; k++) if (ctx.lex.roleObjects.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** Whether a weapon of a contested attack is named between `a` and `b` ("denied using chemical weapons"). */
function weaponsNamed(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b && k < ctx.toks.length; k++) if (ctx.lex.contested.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/**
 * `the accusation was denied by Ankara`, `the reports were rejected by the
 * rebels`: a passive denial of an accusation or an attack.
 */
function passiveDenial(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const by = skipForward(ctx, i + 1);
  if (toks[by]?.lower !== 'by') return null;
  // the subject: an accusation word or an attack phrase
  let k = i - 1;
  while (
    k >= ctx.sentence.firstToken &&
    (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || PASSIVE.has(toks[k]!.lower))
  )
    k--;
  const head = toks[k];
  if (head === undefined || k < ctx.sentence.firstToken) return null;
  const event = eventEndingNear(ctx, k);
  // the accusation may carry its content: "The accusation of shelling the camp was denied by…"
  let accusation = -1;
  for (let m = k; m >= ctx.sentence.firstToken && m > k - 8 && accusation < 0; m--)
    if (lex.denialObjects.has(toks[m]!.lower)) accusation = m;
  if (event === null && accusation < 0) return null;
  if (accusation >= 0) k = accusation;
  if (event === null && !attackContext(ctx)) return null;
  // "denied by the Turkish foreign ministry", "by an army spokesman": the state a body or its voice speaks for
  let ne = by + 1;
  while (ne < ctx.sentence.endToken && ne < by + 7 && NP_POS.has(toks[ne]!.pos)) ne++;
  const obj = stateVoice(ctx, ne, by + 1) ?? objectActor(ctx, by + 1, { places: true, descriptions: true });
  if (obj === null || obj.actor.kind === 'media' || obj.actor.kind === 'organisation') return null;
  let first = event?.first ?? k;
  if (event === null && toks[k - 1]?.pos === 'DET') first = k - 1;
  return {
    first,
    end: actorTail(ctx, obj.actor.end),
    status: 'denied',
    actor: obj.actor,
    event,
    source: null,
    form: 'denied-by',
  };
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Parts of speech of a noun phrase after `by` (`the Turkish foreign ministry`). */
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Words after a state's forces or ministry that make the phrase its spokesman (`an army source`,
 * `a military spokesman`): the voice nouns (data: voice-nouns.json), and `statement` (`an army
 * statement`), a body's own words.
 */
const VOICE_NOUNS: ReadonlySet<string> = new Set([...voiceNouns.nouns, 'statement']);
/** State bodies whose source or spokesman speaks for the state (`an army source`, `the defence ministry`). */
const STATE_BODIES = new Set([
  'army',
  'military',
  'government',
  'regime',
  'ministry',
  'defence',
  'defense',
  'security',
]);

/**
 * `an army source`, `a military spokesman`, `government officials` before the
 * verb: the state the document means (ANNOTATION.md §3: a denial made for an
 * actor by its spokesperson, ministry or military source is the actor's).
 */
function stateVoice(ctx: Ctx, v: number, from = ctx.sentence.firstToken): Subject | null {
  const { toks } = ctx;
  const s0 = Math.max(from, ctx.sentence.firstToken);
  let k = v - 1;
  while (k >= s0 && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX')) k--;
  if (k < s0) return null;
  const owner = stateOwnerBefore(ctx, k, s0);
  if (owner !== null) return owner;
  let b = k - 1;
  if (toks[k]!.lower === 'ministry') {
    // "the Syrian defence ministry", "the ministry": a ministry speaks for its state itself
    while (b >= s0 && b > k - 4 && toks[b]!.pos !== 'DET' && !stateWords().demonyms.has(toks[b]!.lower)) b--;
  } else {
    if (!VOICE_NOUNS.has(toks[k]!.lower)) return null;
    while (b >= s0 && b > k - 4 && STATE_BODIES.has(toks[b]!.lower)) b--;
    if (b === k - 1) return null;
  }
  // "a Syrian army source": the state its adjective names
  const named = b >= s0 ? (stateWords().demonyms.get(toks[b]!.lower) ?? null) : null;
  if (named !== null) {
    const start = toks[b - 1]?.pos === 'DET' && b - 1 >= s0 ? b - 1 : b;
    return { actor: { name: named, kind: 'government', first: b, end: k + 1, via: 'state', affiliation: null }, start };
  }
  const word = toks[b + 1]!.lower === 'regime' ? 'regime' : 'government';
  const g = governmentAt(ctx.doc, word, b + 1);
  if (g === null) return null;
  const start = toks[b]?.pos === 'DET' && b >= s0 ? b : b + 1;
  return {
    actor: { name: g.name, kind: 'government', first: b + 1, end: k + 1, via: 'state', affiliation: null },
    start,
  };
}

/**
 * `Turkey's defence ministry`, `Ankara's army spokesman`: a state (or its capital) owning the
 * ministry or voice noun at `k` (state bodies between) speaks through it; `null` when no
 * possessive of a state stands within three words before `k`.
 */
function stateOwnerBefore(ctx: Ctx, k: number, s0: number): Subject | null {
  const { toks } = ctx;
  const w = toks[k]!.lower;
  if (w !== 'ministry' && !VOICE_NOUNS.has(w)) return null;
  let p = k - 1;
  // ("foreign", "interior", "defence": the ministry's own words, no name)
  while (p > s0 && p > k - 4 && !isPossessive(toks[p]) && /^[a-z]+$/.test(toks[p]!.lower) && !ctx.idx.endingAt.has(p))
    p--;
  if (p <= s0 || !isPossessive(toks[p])) return null;
  const m = ctx.idx.endingAt.get(p - 1);
  if (m === undefined || m.kind !== 'government' || m.modifier) return null;
  const start = toks[m.firstToken - 1]?.pos === 'DET' && m.firstToken - 1 >= s0 ? m.firstToken - 1 : m.firstToken;
  return {
    actor: { name: m.name, kind: 'government', first: m.firstToken, end: k + 1, via: 'state', affiliation: null },
    start,
  };
}

/**
 * The other conjunct of a coordinated subject (`Both the army and the rebels
 * denied…`): the actor after `and` when the subject found is the first, or
 * the one before `and` when it is the second.
 */
function otherConjunct(ctx: Ctx, subject: Subject, v: number): Subject | null {
  const { toks } = ctx;
  const opts = { places: true, descriptions: true } as const;
  const end = actorTail(ctx, subject.actor.end);
  if (toks[end]?.lower === 'and' && end < v) {
    let k = skipBack(ctx, v - 1);
    if (toks[k]?.lower === 'both' || toks[k]?.lower === 'all') k = skipBack(ctx, k - 1);
    const second = headActor(ctx, k, opts) ?? allyByAdjective(ctx, k);
    return second !== null && second.actor.first > end ? second : null;
  }
  let k = subject.start - 1;
  // "Syria and its ally Russia deny…": the owner of the second conjunct's ally noun
  if (OWNERS.has(toks[k]?.lower ?? '') && ctx.lex.allyNouns.has(toks[k + 1]?.lower ?? '')) k--;
  if (toks[k]?.lower !== 'and' || k - 1 < ctx.sentence.firstToken) return null;
  return headActor(ctx, k - 1, opts);
}

/** Owner pronouns before an ally noun in a coordination (`and its ally`, `and their backers`). */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * `its Russian ally`, `their Iranian backers` ending at token `k`: the state its adjective names
 * (the ally noun is no actor of its own), or `null`.
 */
function allyByAdjective(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  if (!lex.allyNouns.has(toks[k]?.lower ?? '')) return null;
  const adj = toks[k - 1];
  const state = adj === undefined ? null : (stateWords().demonyms.get(adj.lower) ?? null);
  if (state === null) return null;
  const start = OWNERS.has(toks[k - 2]?.lower ?? '') ? k - 2 : k - 1;
  return {
    actor: { name: state, kind: 'government', first: k - 1, end: k + 1, via: 'known', affiliation: null },
    start,
  };
}

/**
 * `the government's denial`, `repeated Moscow's denials`: a denial noun owned by an actor, about
 * the attack in sight. A source whose apostrophe was lost (`the governments denial`) is read too.
 */
export function denialNoun(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  // (an attack in sight, or the article's attack however far back: "back up denials from the Assad
  // administration" paragraphs after the gas attack)
  if (toks[i]!.pos !== 'NOUN' || !(attackContext(ctx) || attackEarlier(ctx))) return null;
  let k = i - 1;
  if (isPossessive(toks[k])) k--;
  const w = toks[k]?.lower ?? '';
  let owner: Subject | null = null;
  const bare = w.endsWith('s') ? w.slice(0, -1) : w;
  const after = toks[i + 1]?.lower;
  // "the Syrian government's denial": the named owner first
  if (isPossessive(toks[i - 1])) owner = headActor(ctx, k, { places: true });
  // "denials from the Assad administration", "the denial by Damascus": the actor after the preposition
  const by = owner === null && (after === 'by' || after === 'from' || after === 'of');
  let o = by ? objectActor(ctx, i + 2, { places: true }, 6) : null;
  // "denials from the Assads administration": an owner whose apostrophe scraped copy lost
  if (by && o === null) {
    const g = toks[i + 2]?.pos === 'DET' ? i + 3 : i + 2;
    const owner = gluedPossessor(ctx, g);
    // (a head of state's administration is the state's: "the Assads administration" → Syria)
    const state =
      owner === null
        ? null
        : owner.actor.kind === 'government'
          ? owner.actor.name
          : lookupActor(owner.actor.name)?.state;
    if (owner !== null && state != null)
      o = { ...owner, actor: { ...owner.actor, name: state, kind: 'government', end: g + 2 } };
  }
  if (o !== null && o.actor.kind !== 'description' && o.actor.kind !== 'media' && o.actor.kind !== 'organisation')
    return { first: i, end: o.actor.end, status: 'denied', actor: o.actor, event: null, source: null, form: 'denied' };
  if (owner === null && (bare === 'government' || bare === 'regime')) {
    const g = governmentAt(ctx.doc, bare, k);
    if (g !== null) {
      const start = toks[k - 1]?.pos === 'DET' ? k - 1 : k;
      owner = {
        actor: { name: g.name, kind: 'government', first: k, end: k + 1, via: 'state', affiliation: null },
        start,
      };
    }
  }
  if (owner === null || owner.actor.kind === 'media' || owner.actor.kind === 'organisation') return null;
  return {
    first: owner.start,
    end: i + 1,
    status: 'denied',
    actor: owner.actor,
    event: null,
    source: null,
    form: 'denied',
  };
}

/**
 * `He denied that…` / `She denied…` where the pronoun is a spokesperson or leader of a group or a
 * state's official (ANNOTATION.md §3: a denial made for an actor is the actor's): the group or state
 * the person speaks for (the actors layer resolves the pronoun and the person's organisation), or
 * the state a head of state leads; else `null`.
 */
function personVoice(ctx: Ctx, i: number): Subject | null {
  const k = skipBack(ctx, i - 1);
  const r = pronounPerson(ctx, k);
  if (r === null) return null;
  const org = r.organisation === null ? null : lookupActor(r.organisation);
  // the group its role names: "Taliban spokesman", "ISIS commander"
  let byRole = null;
  const words = r.role?.split(' ') ?? [];
  for (let n = 1; n < words.length && n <= 3 && byRole === null; n++) byRole = lookupActor(words.slice(0, n).join(' '));
  const known = org ?? byRole ?? lookupActor(r.name);
  if (known === null) return null;
  const name =
    known.kind === 'group'
      ? known.name
      : known.kind === 'government' || known.kind === 'person'
        ? known.state
        : undefined;
  if (name === undefined) return null;
  const kind = known.kind === 'group' ? 'group' : 'government';
  return { actor: { name, kind, first: k, end: k + 1, via: 'anaphor', affiliation: null }, start: k };
}

/**
 * Whether the verb at `v` is negated by a negative particle right before it, after an auxiliary
 * or none (`did not deny`, `has never denied`, `never denied`): the plain negation of a denial,
 * not one further away (`no one who denied…`).
 */
function plainNegation(ctx: Ctx, v: number): boolean {
  const { toks } = ctx;
  let k = v - 1;
  while (k > v - 3 && toks[k]?.pos === 'ADV' && !NEGATIVE_PARTICLES.has(toks[k]!.lower)) k--;
  if (!NEGATIVE_PARTICLES.has(toks[k]?.lower ?? '')) return false;
  const aux = toks[k - 1];
  return aux !== undefined && (aux.pos === 'AUX' || aux.pos === 'PRON' || aux.pos === 'PROPN' || aux.pos === 'NOUN');
}

/**
 * `X distanced itself from the bombing`: after a disavowal verb (claims.json `disavowalVerbs`) at
 * `i`, the token after its reflexive and `from` (the denied object); -2 when the verb is one but
 * no reflexive and `from` follow (`distanced its troops from the border`); -1 for any other verb.
 */
function disavowed(ctx: Ctx, i: number): number {
  const t = ctx.toks[i]!;
  if (!ctx.lex.disavowalVerbs.has(t.lemma) && !ctx.lex.disavowalVerbs.has(t.lower)) return -1;
  return REFLEXIVE_PRONOUNS.has(ctx.toks[i + 1]?.lower ?? '') && ctx.toks[i + 2]?.lower === 'from' ? i + 3 : -2;
}

/** `X denied involvement in…`, `X denied carrying out…`, `X denied that it was behind…`. */
export function denial(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'AUX') return null;
  // passive "was denied permission" / "were denied access"
  const prev = toks[i - 1]?.lower ?? '';
  if (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'being') return passiveDenial(ctx, i);
  const at = disavowed(ctx, i);
  if (at === -2) return null;
  const obj = deniedObject(ctx, at >= 0 ? at : skipForward(ctx, i + 1)) ?? (at >= 0 ? null : deniedAntecedent(ctx, i));
  if (obj === null) return null;
  // "Mr. X denied the charges": a denial is a claim only about an attack; one of the actor's own
  // part ("JNIM denied any involvement") concerns the attack the article reported, however far back
  if (
    obj.event === null &&
    obj.act !== true &&
    !attackContext(ctx) &&
    !weaponsNamed(ctx, i, obj.end) &&
    !(deniesRole(ctx, i, obj.end) && attackEarlier(ctx))
  )
    return null;
  let subject =
    stateVoice(ctx, i) ?? subjectOf(ctx, i, { places: true, descriptions: true }) ?? relativeAntecedent(ctx, i);
  if (subject === null && t.lower === 'denying') subject = governingSubject(ctx, i);
  subject ??= personVoice(ctx, i);
  if (subject === null) return null;
  const other = otherConjunct(ctx, subject, i);
  // "It did not deny responsibility", "the group has never denied the bombing": no denial, and the
  // actor leaves the accusation standing: it stops short of claiming (ANNOTATION.md §3, hedged)
  const notDenied = negatedBetween(ctx, subject.actor.end, i);
  if (notDenied && (other !== null || !plainNegation(ctx, i))) return null;
  if (subject.actor.kind === 'media' && subject.actor.affiliation === null) return null;
  const actor =
    subject.actor.kind === 'media' && subject.actor.affiliation !== null
      ? { ...subject.actor, name: subject.actor.affiliation, kind: 'group' as const }
      : subject.actor;
  const denied: Candidate = {
    first: subject.start,
    end: obj.end,
    status: notDenied ? 'hedged' : 'denied',
    actor,
    event: obj.event,
    source: null,
    form: notDenied ? 'not-denied' : 'denied',
  };
  if (notDenied) return denied;
  // coordinated actors deny one each: "Both the army and the rebels denied…"
  if (other === null || other.actor.kind === 'media' || other.actor.kind === 'organisation') return denied;
  if (other.actor.first > actor.first)
    return [
      { ...denied, end: actorTail(ctx, subject.actor.end) },
      { ...denied, first: other.start, actor: other.actor },
    ];
  return [{ ...denied, first: other.start, end: actorTail(ctx, other.actor.end), actor: other.actor }, denied];
}
