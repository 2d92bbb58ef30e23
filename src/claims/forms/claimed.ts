/**
 * `claimed` forms: the actor itself says it did it.
 *
 * - `X claimed responsibility for EVENT`, `X claimed EVENT`, `X claimed it carried out EVENT`;
 * - `EVENT was claimed by X`, `EVENT, claimed by X`;
 * - `X said it carried out EVENT`, `X said its fighters were behind EVENT`;
 * - the actor's own medium: `a website affiliated with X said the attacks were carried out
 *   by members of the group`, `X's Amaq news agency said…`, `Amaq said…`;
 * - `a claim of responsibility by X`.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import claimWords from '../../lexicon/claims.json';
import {
  BE_FORMS,
  ISSUING_PARTICIPLES,
  NEGATIVE_PARTICLES,
  OBJECT_PRONOUNS,
  QUANTIFIER_SUBJECTS,
  QUOTATION_MARKS,
} from '../../lexicon/en/index.js';
import { stateOfDemonym } from './agent.js';
import { lexicon, phraseAt } from '../lexicon.js';
import { defineWordClass } from '../../document/classes.js';
import { asideOpenBefore, objectEnd } from '../../syntax/clause.js';
import {
  actorOf,
  actorTail,
  aheadOf,
  attackClass,
  attackContext,
  eventAfter,
  eventAt,
  eventBefore,
  eventEndingNear,
  inHeadline,
  isJoiner,
  isPossessive,
  negatedBetween,
  objectActor,
  resolveAnaphor,
  skipForward,
  subjectOf,
  type Ctx,
  type EventSpan,
  type FindOptions,
  type ResolvedActor,
  type Subject,
} from '../syntax.js';

/** A group's words for its own fighters and units in its own report (claims.json `selfNouns`). */
const SELF_NOUNS: ReadonlySet<string> = lexicon().selfNouns;

/**
 * When the word at `j` is an acronym the text writes in brackets right after a mention of
 * `speaker` (`THE X Y FRONT [XYF]`, `the X Y Front (XYF)`), the token after it; else -1. Asked
 * only at a speaker's own report, so the scan of the mentions stays rare.
 */
const BRACKET_SENTENCES = 12;
/** An acronym as wires write one (`XYF`); linear. */
const ACRONYM = /^[A-Z]{2,6}$/;
function bracketedAcronymEnd(ctx: Ctx, j: number, speaker: string): number {
  const { toks } = ctx;
  const a = toks[j];
  if (a === undefined || !ACRONYM.test(a.value)) return -1;
  // the sentences up to this one, nearest first (a name and its acronym come early in an article)
  for (let s = a.sentence; s >= 0 && s > a.sentence - BRACKET_SENTENCES; s--)
    for (const m of ctx.idx.inSentence(s)) {
      if (m.name !== speaker || m.firstToken >= j) continue;
      const open = toks[m.endToken]?.value;
      const close = toks[m.endToken + 2]?.value;
      if ((open === '[' && close === ']') || (open === '(' && close === ')'))
        if (toks[m.endToken + 1]!.value === a.value) return j + 1;
    }
  return -1;
}

/** A media subject speaks for the group it belongs to (`Amaq` → `Islamic State`); other media do not claim. */
function speaker(actor: ResolvedActor): ResolvedActor | null {
  if (actor.kind !== 'media') return actor;
  if (actor.affiliation === null) return null;
  return { ...actor, name: actor.affiliation, kind: 'group' };
}

/**
 * After an owner (`its`, `their`, `the group's`), the end of the group's own fighters' noun from
 * `j` (`its units`, `its urban commandos`, `its missile force`, `its "soldiers"`: claims.json
 * `selfNouns`, `ownFighters`), up to `limit`; -1 when the owned noun is something else.
 */
function ownNounEnd(ctx: Ctx, j: number, limit: number): number {
  const { toks } = ctx;
  // 'its "soldiers"': a group's own word for its fighters, quoted by the writer
  const quoted = QUOTE_OPENERS.has(toks[j]?.value ?? '');
  if (quoted) j++;
  while (j < limit && (toks[j]?.pos === 'ADJ' || toks[j]?.pos === 'NOUN') && !ownWord(ctx, toks[j]!.lower)) j++;
  if (!ownWord(ctx, toks[j]?.lower ?? '')) return -1;
  return quoted && QUOTATION_MARKS.has(toks[j + 1]?.value ?? '') ? j + 2 : j + 1;
}

/**
 * Whether the words from `k` name the speaker itself: `it`, `they`, `we`,
 * `its fighters`, `one of its members`, `members of the group`,
 * `members of the Sunni Muslim extremist group`. Returns the token after them, or -1.
 */
export function selfReference(ctx: Ctx, k: number, speaker: string | null = null): number {
  const { toks } = ctx;
  const t = toks[k];
  if (t === undefined) return -1;
  // "an IS fighter", "two Taliban suicide bombers": a member of the speaking group
  if (speaker !== null) {
    let j = k;
    while (j < k + 2 && (toks[j]?.pos === 'DET' || toks[j]?.pos === 'NUM')) j++;
    const m = ctx.idx.startingAt.get(j);
    // (or the acronym the text gave the speaker in brackets: "THE X Y FRONT [XYF] REPORTS THAT XYF
    // COLUMNS ATTACKED…")
    const own = m !== undefined && m.name === speaker ? m.endToken : bracketedAcronymEnd(ctx, j, speaker);
    if (own > 0) {
      let e = own;
      while (e < own + 2 && (toks[e]?.pos === 'ADJ' || toks[e]?.lower === 'suicide')) e++;
      // 'an IS "soldier"': the group's own word, quoted by the writer
      const quoted = QUOTE_OPENERS.has(toks[e]?.value ?? '') && QUOTATION_MARKS.has(toks[e + 2]?.value ?? '');
      if (quoted) e++;
      const w = toks[e]?.lower ?? '';
      // (units by the bracketed acronym, whether or not the acronym is itself a mention of the speaker)
      const byAcronym = m?.name !== speaker || (m.endToken === j + 1 && ACRONYM.test(toks[j]!.value));
      if (SELF_NOUNS.has(w) || (byAcronym && ctx.lex.ownFighters.has(w))) return quoted ? e + 2 : e + 1;
    }
  }
  // "one of its fighters", "five of its members", "some of our men": a part of the group
  if ((t.lower === 'one' || t.pos === 'NUM' || QUANTIFIER_SUBJECTS.has(t.lower)) && toks[k + 1]?.lower === 'of')
    return selfReference(ctx, k + 2);
  if (t.lower === 'it' || t.lower === 'they' || t.lower === 'we') return k + 1;
  // "(X said) the group's forces had targeted…": the group's own fighters, as "its forces"
  const anaphor = t.lower === 'the' && ctx.lex.anaphorNouns.has(toks[k + 1]?.lower ?? '');
  if (anaphor && isPossessive(toks[k + 2])) return ownNounEnd(ctx, k + 3, k + 6);
  // "(X said) the group / the organization had planted the bomb": a word that refers back to X
  if (anaphor && toks[k + 2]?.lower !== 'of') return k + 2;
  if (t.lower === 'its' || t.lower === 'their' || t.lower === 'our') return ownNounEnd(ctx, k + 1, k + 4);
  if (SELF_NOUNS.has(t.lower) && toks[k + 1]?.lower === 'of') {
    // "members of the group", "members of the Sunni Muslim extremist group"
    let j = k + 2;
    if (toks[j]?.pos === 'DET') j++;
    while (j < k + 8 && (toks[j]?.pos === 'ADJ' || toks[j]?.pos === 'PROPN' || toks[j]?.pos === 'NOUN')) {
      if (ctx.lex.groupNouns.has(toks[j]!.lower) && toks[j + 1]?.pos !== 'NOUN') return j + 1;
      j++;
    }
    return -1;
  }
  return -1;
}

/**
 * `its attacks on X have killed…`, `their forces' strikes destroyed…` from `k`: an attack noun owned by
 * the speaking group (its own fighters' too, the apostrophe kept or lost) that is the subject of an
 * attack verb within ten words (claims.json `selfAttackVerbs`: `killed`, `destroyed`…); its event, else `null`.
 */
function ownAttacks(ctx: Ctx, k: number): EventSpan | null {
  const { toks, lex } = ctx;
  const w = toks[k]?.lower;
  if (w !== 'its' && w !== 'their' && w !== 'our') return null;
  let j = k + 1;
  // "its forces'", "its fighters", "its forces" (apostrophe lost): the group's own fighters
  if (SELF_NOUNS.has(toks[j]?.lower ?? '') || lex.ownFighters.has(toks[j]?.lower ?? '')) {
    j++;
    if (isPossessive(toks[j])) j++;
  }
  while (j < k + 5 && toks[j]?.pos === 'ADJ') j++;
  const cls = attackClass(ctx, j);
  if (cls !== 'attack' && cls !== 'military') return null;
  const event = eventAt(ctx, j);
  if (event === null) return null;
  for (let v = event.end; v < ctx.sentence.endToken && v < event.end + 10; v++) {
    const t = toks[v]!;
    if (t.value === ',' || t.value === ';') return null;
    if (t.pos === 'VERB' && lex.selfAttackVerbs.has(t.lower)) return negatedBetween(ctx, event.end, v) ? null : event;
  }
  return null;
}

/**
 * Whether the verb at `j` is a negated act (`did not strike`, `has never targeted`; claims.json
 * `deniedActLemmas`): a negative particle within the two words before it, and for `use` a weapon
 * within five words after it.
 */
function negatedAct(ctx: Ctx, j: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (t === undefined || t.sentence !== ctx.sentence.index || !lex.deniedActLemmas.has(t.lemma)) return false;
  if (!NEGATIVE_PARTICLES.has(toks[j - 1]?.lower ?? '') && !NEGATIVE_PARTICLES.has(toks[j - 2]?.lower ?? ''))
    return false;
  if (t.lemma !== 'use') return true;
  for (let k = j + 1; k < j + 6 && k < ctx.sentence.endToken; k++) if (lex.weapons.has(toks[k]!.lower)) return true;
  return false;
}

/** Within `limit` tokens after `k`: a perpetration cue (`carried out`, `was behind`, `was responsible for`). */
function perpetrationAfter(ctx: Ctx, k: number, limit = 6): number {
  const { toks, lex } = ctx;
  const end = Math.min(ctx.sentence.endToken, k + limit);
  for (let j = k; j < end; j++) {
    // a passive ("claimed to have been shot") says what was done to it
    if (toks[j]!.lower === 'been' || toks[j]!.lower === 'being') return -1;
    // "(said) one of its soldiers was killed": the same, without "been"
    const next = toks[j + 1];
    if (
      BE_FORMS.has(toks[j]!.lower) &&
      next !== undefined &&
      (lex.attackVerbs.has(next.lower) || lex.selfAttackVerbs.has(next.lower)) &&
      next.lower.endsWith('ed')
    )
      return -1;
    const n = phraseAt(toks, j, lex.perpetration);
    // ("it did not carry out…": "did" as an auxiliary is no act of its own)
    if (n > 0 && !(n === 1 && toks[j]!.pos === 'AUX')) return j + n;
    if (lex.responsibleWords.has(toks[j]!.lower)) return j + (toks[j + 1]?.lower === 'for' ? 2 : 1);
    if (lex.attackVerbs.has(toks[j]!.lower) || lex.selfAttackVerbs.has(toks[j]!.lower)) return j + 1;
    const t = toks[j]!;
    // "its jets did not strike…", "it did not use chemical weapons": a negated act (claims.json deniedActLemmas)
    if (t.pos === 'VERB' && negatedAct(ctx, j)) return j + 1;
    // only auxiliaries and adverbs between the subject and its verb: "it had (successfully) carried out
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && !lex.subjectSkips.has(t.lower)) break;
  }
  return -1;
}

/**
 * The token after a disowning phrase (`nothing to do with`, `no part in`; claims.json
 * `disownPhrases`) right after a group's own reference at `self`, past auxiliaries and a light verb
 * (`it had nothing to do with`, `it played no part in`); -1 when there is none.
 */
function disownedAfter(ctx: Ctx, self: number): number {
  const { toks, lex } = ctx;
  for (let j = self; j < self + 4 && j < ctx.sentence.endToken; j++) {
    const n = phraseAt(toks, j, lex.disownPhrases);
    if (n > 0) return j + n;
    const t = toks[j]!;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'VERB') return -1;
  }
  return -1;
}

/**
 * After a group's own reference at `self`, its act: the verb right after it, or a second verb
 * coordinated with the first (`claims it seized a farm and, from there, attacked the brigade`:
 * past `and`, an aside between commas and adverbs); -1 when neither.
 */
function ownAct(ctx: Ctx, self: number): number {
  const direct = perpetrationAfter(ctx, self);
  if (direct > 0) return direct;
  const { toks } = ctx;
  const end = Math.min(ctx.sentence.endToken, self + 12);
  for (let k = self; k < end; k++) {
    const w = toks[k]!.value;
    if (w === '.' || w === ';' || w === ':' || QUOTES_OR_SPEECH(ctx, k)) return -1;
    if (toks[k]!.lower !== 'and') continue;
    let j = k + 1;
    if (toks[j]?.value === ',') {
      let c = j + 1;
      while (c < j + 6 && c < ctx.sentence.endToken && toks[c]!.value !== ',') c++;
      if (toks[c]?.value !== ',') return -1;
      j = c + 1;
    }
    return perpetrationAfter(ctx, j, 3);
  }
  return -1;
}

// (Module-level predicates, not closures created per call: tsx's keepNames gives each named closure
// a defineProperty when it is created.)

/** A group's own word for its fighters or members (`its units`, `their men`). */
function ownWord(ctx: Ctx, w: string): boolean {
  return SELF_NOUNS.has(w) || ctx.lex.ownFighters.has(w);
}

/** `responsibility` (or `the responsibility`) at token `j`. */
function responsibilityAt(ctx: Ctx, j: number): boolean {
  const { toks, lex } = ctx;
  return (
    lex.responsibilityNouns.has(toks[j]!.lower) ||
    (toks[j]!.lower === 'the' && lex.responsibilityNouns.has(toks[j + 1]?.lower ?? ''))
  );
}

/** A claim verb and `responsibility` at token `j` (`claim responsibility`). */
function claimResponsibilityAt(ctx: Ctx, j: number): boolean {
  const { toks, lex } = ctx;
  return lex.claimVerbs.has(toks[j]!.lower) && lex.responsibilityNouns.has(toks[j + 1]?.lower ?? '');
}

/** A verb of the group's own attacks (a self-attack verb, or a strong agent verb). */
function selfAct(ctx: Ctx, w: string): boolean {
  const { selfAttackVerbs, agentVerbs, agentWeak } = ctx.lex;
  return selfAttackVerbs.has(w) || (agentVerbs.has(w) && !agentWeak.has(w));
}

/** Whether token `k` opens someone else's words (a quotation mark or a speech verb): the act is theirs. */
const QUOTES_OR_SPEECH = (ctx: Ctx, k: number): boolean =>
  ctx.quoted[k] === 1 || ctx.lex.speechVerbs.has(ctx.toks[k]!.lower);

/** Parts of speech of a short time adjunct between `responsibility` and `for` (`at the time`, `this morning`). */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * The token after a `for` at `k`, or after a short adjunct before it (`accepted responsibility
 * this morning for…`, `claimed credit at the time for…`); -1 when neither.
 */
function forAfter(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.lower === 'for') return k + 1;
  for (let m = k; m < k + 5 && m < ctx.sentence.endToken; m++) {
    if (toks[m]!.lower === 'for') return m > k ? m + 1 : -1;
    if (!ADJUNCT_POS.has(toks[m]!.pos) || ctx.idx.startingAt.has(m)) return -1;
  }
  return -1;
}

/**
 * The actor a relative clause opening before the verb at `v` hangs on: `ELN guerrillas, which have
 * claimed…`, `the regime which denied…` — the mention ending just before the relative pronoun (across
 * a comma, group nouns and a bracketed gloss).
 */
export function relativeAntecedent(ctx: Ctx, v: number): Subject | null {
  const { toks, idx, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = v - 1;
  while (k > s0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
  if (!['which', 'who'].includes(toks[k]?.lower ?? '') && !(toks[k]?.lower === 'that' && toks[k - 1]?.value === ','))
    return null;
  // "the regime, which denied…" or, without the comma, "the Syrian regime which denied…"
  const from = toks[k - 1]?.value === ',' ? k - 2 : k - 1;
  for (let j = from; j >= s0 && j > k - 10; j--) {
    const m = idx.endingAt.get(j);
    if (m !== undefined) {
      if (m.modifier || m.via === 'place' || (m.kind !== 'group' && m.kind !== 'government')) return null;
      return { actor: actorOf(m), start: m.firstToken };
    }
    const t = toks[j]!;
    if (t.value === ']' || t.value === ')') {
      const open = t.value === ']' ? '[' : '(';
      while (j > s0 && j > k - 12 && toks[j]!.value !== open) j--;
      continue;
    }
    if (!lex.groupNouns.has(t.lower)) return null;
  }
  return null;
}

/**
 * `EVENT, in what X claimed was revenge for…`: the group's own word on the event the clause
 * hangs on (or the attack named after `was`).
 */
function claimedWas(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (!BE_FORMS.has(toks[i + 1]?.lower ?? '')) return null;
  let w = i - 1;
  while (w > ctx.sentence.firstToken && w > i - 8 && toks[w]!.lower !== 'what') w--;
  if (toks[w]?.lower !== 'what' || toks[w - 1]?.lower !== 'in') return null;
  const subject = subjectOf(ctx, i, { descriptions: true });
  if (subject === null || subject.start <= w || subject.actor.kind === 'media') return null;
  if (!lex.claimVerbs.has(toks[i]!.lower) || negatedBetween(ctx, w, i)) return null;
  let event = eventAfter(ctx, i + 2, 6);
  if (event === null && toks[w - 2]?.value === ',') event = eventEndingNear(ctx, w - 3);
  if (event === null || event.cls === 'generic') return null;
  return {
    first: Math.min(event.first, subject.start),
    end: Math.max(event.end, i + 1),
    status: 'claimed',
    actor: groupOfFighters(ctx, subject.actor),
    event,
    source: null,
    form: 'claimed-was',
  };
}

/** "an IS-claimed attack", "the al-Shabaab-claimed bombing": a group hyphenated before the participle. */
function hyphenClaimed(ctx: Ctx, i: number): Candidate | null {
  const m = ctx.idx.endingAt.get(i - 2);
  const event = m !== undefined && m.kind === 'group' && m.via !== 'place' ? eventAfter(ctx, i + 1, 3) : null;
  if (event === null || event.first > i + 1) return null;
  const actor = speaker(actorOf(m!));
  return actor === null
    ? null
    : { first: m!.firstToken, end: event.end, status: 'claimed', actor, event, source: null, form: 'claim-verb' };
}

/**
 * What a claim verb claims, its object starting at `j`: the claim's end, the attack named, and
 * whether the object is the claimant's own violent act (`claimed it downed two helicopters`), or null.
 */
function claimedObject(
  ctx: Ctx,
  j: number,
  accepting: boolean,
): { end: number; event: EventSpan | null; act: boolean } | null {
  const { toks, lex } = ctx;
  let end = -1;
  let event: EventSpan | null = null;
  let act = false;
  if (accepting && !lex.responsibilityNouns.has(toks[j]?.lower ?? '')) return null;
  if (lex.responsibilityNouns.has(toks[j]?.lower ?? '')) {
    end = j + 1;
    const forK = forAfter(ctx, j + 1);
    if (forK > 0) event = eventAfter(ctx, forK);
  } else {
    const to = toks[j]?.lower === 'to' && toks[j + 1]?.lower === 'have' ? j + 2 : -1;
    const content = to > 0 ? -1 : skipForward(ctx, j, true);
    const self = content >= 0 ? selfReference(ctx, content) : -1;
    const perp = to > 0 ? perpetrationAfter(ctx, to, 2) : self > 0 ? ownAct(ctx, self) : -1;
    if (perp > 0) {
      if (self > 0 && negatedBetween(ctx, self, perp)) return null;
      end = perp;
      event = eventAfter(ctx, perp);
      // (not a weak verb, which needs an attack in sight: "claimed it had hit its targets")
      act = lex.selfAttackVerbs.has(toks[perp - 1]!.lower) && !lex.agentWeak.has(toks[perp - 1]!.lower);
    } else {
      event = eventAfter(ctx, j, 7);
      // "Islamic State later claimed it." after a sentence about the attack
      if (event === null && (toks[j]?.lower === 'it' || toks[j]?.lower === 'them') && toks[j + 1]?.pos === 'PUNCT') {
        end = j + 1;
      } else if (event === null || event.cls === 'generic' || event.first > j + 5) return null;
      else {
        // "claims the attacks were carried out by…": a content clause, not an object
        const after = toks[event.end];
        if (after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB')) return null;
        end = event.end;
      }
    }
  }
  if (event !== null) end = Math.max(end, event.end);
  return { end, event, act };
}

/**
 * The group named before a long aside ending right before the verb at `v`: `THE X MOVEMENT, XM
 * [FORMERLY THE Y], WHICH WAS THOUGHT TO BE INACTIVE, HAS CLAIMED…` — past a clause set off by
 * commas, an editor's bracket and an acronym in apposition; null when no group stands there.
 */
function pastLongAside(ctx: Ctx, v: number): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  let k = v - 1;
  while (k > s0 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
  if (toks[k]?.value !== ',') return null;
  const open = asideOpenBefore(toks, k, s0, (j) => ctx.idx.startingAt.has(j));
  if (open < 0) return null;
  k = open - 1;
  // an editor's bracket after the name or its acronym: "XM [FORMERLY THE Y]"
  const bracket = toks[k]?.value === ']';
  if (bracket) {
    while (k > s0 && k > open - 14 && toks[k]!.value !== '[') k--;
    if (toks[k]?.value !== '[') return null;
    k--;
  }
  // an acronym in apposition: "THE X MOVEMENT, XM" (one word before the editor's bracket: the
  // casing layer may have lowered an acronym it did not know)
  if (toks[k] !== undefined && (ACRONYM.test(toks[k]!.value) || bracket) && toks[k - 1]?.value === ',') k -= 2;
  if (k === open - 1) return null;
  const m = k >= s0 ? ctx.idx.endingAt.get(k) : undefined;
  if (m === undefined || m.modifier || m.kind !== 'group') return null;
  return { actor: actorOf(m), start: toks[m.firstToken - 1]?.pos === 'DET' ? m.firstToken - 1 : m.firstToken };
}

/** Who makes the claim of the verb at `i` (asserted by `verb`): the author, subject, antecedent or the group spoken for. */
function claimant(ctx: Ctx, i: number, verb: number): Subject | null {
  const { toks, lex } = ctx;
  let subject =
    documentAuthor(ctx, i) ??
    subjectOf(ctx, verb, { descriptions: true }) ??
    relativeAntecedent(ctx, i) ??
    pastLongAside(ctx, verb) ??
    // "A STATEMENT FROM THE X CLAIMED…": the document's author, its phrase the verb's subject
    documentAuthor(ctx, verb, true);
  if (subject === null && toks[i]!.lower.endsWith('ing')) subject = governingSubject(ctx, i);
  // "a woman speaking on behalf of the ELN called the radio to claim…": the group she speaks for
  if (subject === null || subject.actor.kind === 'description' || subject.actor.kind === 'person')
    subject = behalfOf(ctx, subject?.start ?? ctx.sentence.firstToken, verb) ?? subject;
  if (subject === null) return null;
  // "leaflets claiming responsibility" with no author named: a document is no actor
  const docHead = toks[subject.actor.end - 1]!.lower;
  if (subject.actor.kind !== 'group' && (lex.mediaNouns.has(docHead) || DOCUMENTS.has(docHead))) return null;
  if (subject.start < i && negatedBetween(ctx, subject.actor.end, i)) return null;
  return subject;
}

/** `X claimed responsibility for…`, `X claimed the attack`, `X claimed it carried out…`. */
export function claimVerb(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  if (isJoiner(toks[i - 1]) && t.lower === 'claimed') return hyphenClaimed(ctx, i);
  // a Title-Case headline's verb the tagger read as a name ("Taliban Claim Responsibility For…")
  const titled = t.pos === 'PROPN' && t.value !== t.lower && inHeadline(ctx, i);
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'AUX' && !titled) return null;
  if (toks[i - 1]?.lower !== 'what' && BE_FORMS.has(toks[i + 1]?.lower ?? '')) {
    const was = claimedWas(ctx, i);
    if (was !== null) return was;
  }
  // "took", "take" are everywhere: accepting needs "responsibility" / "credit" right after the verb
  // (across adverbs), which needs no actor mention to see.
  // ("assumed the responsibility for", "assumed the authorship of": an article before the noun)
  if (!lex.claimVerbs.has(t.lower) && !aheadOf(ctx, i + 1, (j) => responsibilityAt(ctx, j))) return null;
  let j = skipForward(ctx, i + 1);
  if (toks[j]?.lower === 'the' && lex.responsibilityNouns.has(toks[j + 1]?.lower ?? '')) j++;
  // "claim, moreover, to have destroyed…": an adverb set off by commas
  if (toks[j]?.value === ',' && toks[j + 1]?.pos === 'ADV' && toks[j + 2]?.value === ',') j = skipForward(ctx, j + 3);
  if (toks[j]?.lower === 'by') return null; // passive: claimedBy
  j = pastMediumBeforeThat(ctx, j);
  // "stopped short of claiming", "did not claim", "without claiming": not a claim (hedged/negated forms)
  for (let k = i - 1; k >= ctx.sentence.firstToken && k >= i - 4; k--) {
    if (phraseAt(toks, k, lex.stopShort) > 0) return null;
  }
  if (negatedBetween(ctx, i - 4, i)) return null;
  // "had to admit responsibility", "wants to claim": not asserted; but "called the radio to claim
  // responsibility" is the caller's claim, made by the call
  let verb = i;
  const to = skipBackAdverbs(ctx, i - 1);
  if (toks[to]?.lower === 'to') {
    verb = contactVerbBefore(ctx, to);
    if (verb < 0) return null;
  }
  const what = claimedObject(ctx, j, !lex.claimVerbs.has(t.lower));
  if (what === null) return null;
  const { end, event } = what;
  // "the White House took credit", "claimed responsibility" with no attack in sight: not about an attack
  // (a violent act of its own is one: "claimed it downed two helicopters")
  if (event === null && !what.act && !attackContext(ctx)) return null;
  const subject = claimant(ctx, i, verb);
  if (subject === null) return null;
  const actor = speaker(groupOfFighters(ctx, subject.actor));
  if (actor === null) return null;
  return { first: subject.start, end, status: 'claimed', actor, event, source: null, form: 'claim-verb' };
}

/**
 * The verb of a call or message whose purpose infinitive (`to` at `to`) claims: `called the
 * Cali media to claim…`, `phoned a radio station to claim…`; -1 when there is none.
 */
function contactVerbBefore(ctx: Ctx, to: number): number {
  const { toks, lex } = ctx;
  for (let m = to - 1; m >= ctx.sentence.firstToken && m > to - 8; m--) {
    const t = toks[m]!;
    if (lex.contactVerbs.has(t.lower)) return m;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/**
 * The group a speaker is said to speak for, in tokens `[from, to)`: `on behalf of X`,
 * `speaking for X`, `claiming to speak for X`, `a spokesman for X`, `a member of X` → X;
 * `null` when none is named.
 */
export function behalfOf(ctx: Ctx, from: number, to: number): Subject | null {
  const { toks, idx } = ctx;
  for (let m = Math.max(from, ctx.sentence.firstToken); m < to - 1; m++) {
    const w = toks[m]!.lower;
    const at =
      w === 'behalf' && toks[m + 1]!.lower === 'of'
        ? m + 2
        : (ctx.lex.speakVerbs.has(w) || ctx.lex.roleNouns.has(w)) &&
            (toks[m + 1]!.lower === 'for' || toks[m + 1]!.lower === 'of')
          ? m + 2
          : -1;
    if (at < 0) continue;
    let j = at;
    if (toks[j]?.pos === 'DET' || toks[j]?.lower === 'the') j++;
    if (QUOTE_OPENERS.has(toks[j]?.value ?? '')) j++;
    const g = idx.startingAt.get(j);
    if (g !== undefined && g.kind === 'group' && !g.modifier && g.endToken <= to)
      return { actor: actorOf(g), start: from };
  }
  return null;
}

const QUOTE_OPENERS = new Set(['"', '“', "'", '‘']);

/** A state's bodies that speak for it (`the Turkish Defence Ministry`, `a Syrian army spokesman`). */
const STATE_BODY = new Set(['ministry', 'army', 'military', 'government', 'forces', 'presidency']);

/** Documents that claim for their author: `a leaflet signed by X claiming…`, `X's communique claiming…`. */
const DOCUMENTS = new Set([
  'leaflet',
  'leaflets',
  'communique',
  'communiqué',
  'communiques',
  'statement',
  'letter',
  'letters',
  'note',
  'message',
  'pamphlet',
  'pamphlets',
  'video',
  'bulletin',
  'poster',
  'posters',
  'flyer',
  'flyers',
]);

/** The group owning the noun at `d` by a possessive (`the FMLN's radio`, `X's clandestine radio`), or `null`. */
function ownerOf(ctx: Ctx, d: number): Subject | null {
  const { toks, idx } = ctx;
  let p = d - 1;
  while (p > ctx.sentence.firstToken && p > d - 3 && toks[p]!.pos === 'ADJ') p--;
  const owner = isPossessive(toks[p]) ? idx.endingAt.get(p - 1) : undefined;
  return owner !== undefined && owner.kind === 'group' && !owner.modifier
    ? { actor: actorOf(owner), start: owner.firstToken }
    : null;
}

/**
 * The author of a document that claims (`a leaflet signed by the FMLN claiming
 * responsibility…`, `a communique from X claiming…`, `X's statement claiming…`):
 * a group named in the document's noun phrase before the participle at `i`.
 */
function documentAuthor(ctx: Ctx, i: number, subject = false): Subject | null {
  const { toks, idx } = ctx;
  if (!subject && !toks[i]!.lower.endsWith('ing')) return null;
  const s0 = ctx.sentence.firstToken;
  for (let d = i - 1; d >= s0 && d > i - 10; d--) {
    // as the subject of a speech verb, the document's phrase runs up to the verb: no clause between
    // (an issuing participle stays inside it: `a communique signed by X`, `a statement issued by X`)
    if (subject && (toks[d]!.value === ',' || (toks[d]!.pos === 'VERB' && !ISSUING_PARTICIPLES.has(toks[d]!.lower))))
      return null;
    if (!DOCUMENTS.has(toks[d]!.lower)) {
      // "X's radio reported…", "the FMLN's spokesman said…": a group's own medium, as the subject
      if (subject && ctx.lex.mediaNouns.has(toks[d]!.lower)) {
        const owner = ownerOf(ctx, d);
        if (owner !== null) return owner;
      }
      continue;
    }
    // "X's communique"
    const owner = isPossessive(toks[d - 1]) ? idx.endingAt.get(d - 2) : undefined;
    if (owner !== undefined && owner.kind === 'group' && !owner.modifier)
      return { actor: actorOf(owner), start: owner.firstToken };
    // "a Nusra Front statement", "an IS communique": the group names the document's author
    const before = idx.endingAt.get(d - 1);
    if (before !== undefined && before.kind === 'group' && before.via !== 'place') {
      const start = toks[before.firstToken - 1]?.pos === 'DET' ? before.firstToken - 1 : before.firstToken;
      return { actor: actorOf(before), start };
    }
    for (let k = d + 1; k < i; k++) {
      const w = toks[k]!.lower;
      if (w !== 'by' && w !== 'from' && w !== 'of') continue;
      const author = objectActor(ctx, k + 1, {}, 8);
      if (author !== null && author.actor.kind === 'group') {
        const start = toks[d - 1]?.pos === 'DET' ? d - 1 : d;
        return { actor: author.actor, start };
      }
    }
    return null;
  }
  return null;
}

/** Reflexive pronouns after `identifying` (`…identifying themselves as members of X`). */
const REFLEXIVES = new Set(['themselves', 'himself', 'herself', 'itself']);

/**
 * The perpetrators' own signature, in an attack's context (this sentence or the one before names
 * an attack): documents signed by a group (`leaflets signed by the MRTA were found at the scene`,
 * `the leaflets left at the scene were signed by X`), and attackers or their documents
 * identifying themselves as a group's (`the kidnappers identified themselves as members of
 * the ELN`, `they left pamphlets identifying themselves as members of X`) → the group, claimed.
 * Triggered by `signed`, `identified`, `identifying`.
 */
export function selfIdentified(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const w = toks[i]!.lower;
  const s0 = ctx.sentence.firstToken;
  let k = i + 1;
  if (w === 'signed') {
    if (toks[k]?.lower !== 'by') return null;
    k++;
  } else {
    if (!REFLEXIVES.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'as') return null;
    k += 2;
  }
  // the signer: a document or the attackers before the verb, within the clause
  let holder = -1;
  for (let d = i - 1; d >= s0 && d > i - 9 && holder < 0; d--) {
    const t = toks[d]!;
    if (t.value === ',' || t.value === ';') break;
    if (DOCUMENTS.has(t.lower) || (w !== 'signed' && lex.attackerNouns.has(t.lower))) holder = d;
  }
  if (holder < 0) return null;
  const obj = objectActor(ctx, k, {}, 10);
  if (obj === null) return null;
  const actor = speaker(obj.actor);
  if (actor === null || actor.kind !== 'group' || !attackContext(ctx)) return null;
  const start = toks[holder - 1]?.pos === 'DET' ? holder - 1 : holder;
  return {
    first: Math.min(start, i),
    end: actorTail(ctx, obj.actor.end),
    status: 'claimed',
    actor,
    event: null,
    source: null,
    form: 'self-identified',
  };
}

/**
 * Fighters who claim (`the guerrillas claimed`) speak for their group: the
 * group named last in this sentence or the two before, when there is one.
 */
function groupOfFighters(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  if (a.kind !== 'description' || !ctx.lex.groupNouns.has(ctx.toks[a.end - 1]!.lower)) return a;
  const m = resolveAnaphor(ctx, a.first, true);
  return m === null ? a : { ...actorOf(m), first: a.first, end: a.end, via: 'anaphor' };
}

/** Moves left over adverbs only. */
function skipBackAdverbs(ctx: Ctx, k: number): number {
  while (k >= ctx.sentence.firstToken && ctx.toks[k]!.pos === 'ADV') k--;
  return k;
}

/**
 * For a participle `claiming` with no subject of its own (`IS issued a
 * statement claiming…`, `…, claiming responsibility`), the subject of the
 * nearest verb before it that has an actor subject.
 */
export function governingSubject(ctx: Ctx, i: number, opts: FindOptions = {}): Subject | null {
  const { toks } = ctx;
  for (let j = i - 1; j >= ctx.sentence.firstToken && j > i - 20; j--) {
    if (toks[j]!.pos !== 'VERB') continue;
    const s = subjectOf(ctx, j, opts);
    if (s === null) continue;
    // "X said a military aircraft had targeted the market, blaming the regime": a speech act's
    // participle after a reported clause is the reporter's, not the reported subject's
    for (let v = s.start - 1; v >= ctx.sentence.firstToken && v > i - 30; v--) {
      if (toks[v]!.pos !== 'VERB' || !ctx.lex.speechVerbs.has(toks[v]!.lower)) continue;
      return subjectOf(ctx, v, opts) ?? s;
    }
    return s;
  }
  return null;
}

/** `EVENT was claimed by X`, `an attack claimed by X`; `EVENT has not been claimed` → unclaimed. */
export function claimedBy(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.lower !== 'claimed') return null;
  let by = skipForward(ctx, i + 1);
  // "was claimed in a statement by X", "claimed on Telegram by X": past the medium
  const medium = mediumPhraseEnd(ctx, by, Math.min(by + 5, ctx.sentence.endToken - 1));
  if (medium >= 0 && toks[medium + 1]?.lower === 'by') by = medium + 1;
  else if (toks[by]?.value === ',') by = byAfterAside(ctx, by);
  const event = eventBefore(ctx, i);
  if (toks[by]?.lower !== 'by') {
    // "the attack has not been claimed", "was not immediately claimed"
    let k = i - 1;
    let passive = false;
    let negated = false;
    while (k >= ctx.sentence.firstToken && k > i - 5) {
      const w = toks[k]!.lower;
      if (w === 'been' || w === 'was' || w === 'were' || w === 'is' || w === 'are') passive = true;
      else if (w === 'not' || w === "n't" || w === 'never') negated = true;
      else if (toks[k]!.pos !== 'ADV' && w !== 'has' && w !== 'have' && w !== 'had' && w !== 'yet') break;
      k--;
    }
    if (!passive || !negated) return null;
    const first = event?.first ?? k + 1;
    return { first, end: i + 1, status: 'unclaimed', actor: null, event, source: null, form: 'not-claimed' };
  }
  // (a described group too: "claimed by the Tolmek Kesar group", a name before a group noun)
  const obj =
    objectActor(ctx, by + 1, {}) ?? (event !== null || attackContext(ctx) ? describedGroupAt(ctx, by + 1) : null);
  if (obj === null) return null;
  const actor = speaker(obj.actor);
  if (actor === null) return null;
  let first = event?.first ?? i;
  if (event === null) {
    let k = i - 1;
    while (k >= ctx.sentence.firstToken && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV')) k--;
    first = k + 1;
  }
  const end = actorTail(ctx, obj.actor.end);
  return { first, end, status: 'claimed', actor, event, source: null, form: 'claimed-by' };
}

/**
 * The noun phrase at `k` as a described group (`the Tolmek Kesar group`, `the rebels`): a
 * description whose head is a group noun or a fighters noun, as a claim verb's subject reads it
 * (`the Tolmek Kesar group claimed…`); `null` for anything else (`claimed by local media`).
 */
function describedGroupAt(ctx: Ctx, k: number): ReturnType<typeof objectActor> {
  const d = objectActor(ctx, k, { descriptions: true });
  if (d === null || d.actor.via !== 'description') return null;
  const head = ctx.toks[d.actor.end - 1]!.lower;
  return ctx.lex.groupNouns.has(head) || ctx.lex.descriptionHeads.has(head) ? d : null;
}

/**
 * `claimed, in a post on Telegram, by X`: the `by` right after an aside opened by the comma at `c`
 * (a phrase with no verb, up to eight words), or `c` itself when there is none.
 */
function byAfterAside(ctx: Ctx, c: number): number {
  const { toks } = ctx;
  for (let m = c + 1; m < Math.min(ctx.sentence.endToken - 1, c + 10); m++) {
    const t = toks[m]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ';') return c;
    if (t.value === ',') return toks[m + 1]?.lower === 'by' ? m + 1 : c;
  }
  return c;
}

/**
 * Word-class bit of the words a perpetration cue of {@link saidItDid} starts with (a responsibility
 * word, an attack verb, the first word of a perpetration phrase, a negation before a denied act): most
 * speech verbs have none after them.
 */
const PERPETRATION_CUE = defineWordClass([
  ...NEGATIVE_PARTICLES,
  ...lexicon().responsibleWords,
  ...lexicon().attackVerbs,
  ...lexicon().selfAttackVerbs,
  ...lexicon().perpetration.byFirst.keys(),
  ...lexicon().disownPhrases.byFirst.keys(),
]);

/**
 * `X said it carried out EVENT`, `a website affiliated with X said the
 * attacks were carried out by members of the group`; when the group says
 * someone else carried it out (`said that five suicide bombers had carried
 * out Saturday's attack`) it is `hedged`; `X said it was not behind` is `denied`.
 */
export function saidItDid(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  // Cheap test first (speech verbs are everywhere): every reading needs a perpetration cue soon after,
  // one bit test per token before the lookups.
  const classes = ctx.doc.classes;
  let cue = false;
  for (let k = i + 1; k < Math.min(ctx.sentence.endToken, i + 24) && !cue; k++) {
    if ((classes[k]! & PERPETRATION_CUE) === 0) continue;
    const w = toks[k]!.lower;
    cue =
      (NEGATIVE_PARTICLES.has(w) && (negatedAct(ctx, k + 1) || negatedAct(ctx, k + 2))) ||
      lex.responsibleWords.has(w) ||
      lex.attackVerbs.has(w) ||
      lex.selfAttackVerbs.has(w) ||
      phraseAt(toks, k, lex.perpetration) > 0 ||
      phraseAt(toks, k, lex.disownPhrases) > 0;
  }
  if (!cue) return null;
  // "A communique signed by the FMLN said…", "the ELN issued a statement saying…": the document's
  // author speaks, or the subject of the verb a bare participle hangs on
  let subject = subjectOf(ctx, i, {});
  if (subject === null || speaker(subject.actor)?.kind !== 'group') subject = documentAuthor(ctx, i, true) ?? subject;
  // "The Daesh group in a statement (published by its Aamaq agency) said…": the subject before the medium
  if (subject === null || speaker(subject.actor)?.kind !== 'group') subject = subjectBeforeMedium(ctx, i) ?? subject;
  if (subject === null && toks[i]!.lower.endsWith('ing')) subject = governingSubject(ctx, i);
  if (subject === null) return null;
  const base = subject.actor;
  const actor = speaker(base);
  if (actor === null || (actor.kind !== 'group' && actor.kind !== 'government')) return null;
  // (a state's own account of its operation is its claim too, ANNOTATION.md §3: "the Defence
  // Ministry said its jets struck militant positions"; and its denial: "… its jets did not strike")
  return ownStatement(ctx, i, subject, actor);
}

/**
 * `According to X, its commandos attacked…`, `according to a communique from X, it carried out…`:
 * the group's own account of its act, told through `according to` (at `i`, the aside closed by a
 * comma), read as `X said its commandos attacked…` is; only the group's own acts (a claim or a
 * denial by X), not others' it reports.
 */
export function accordingOwn(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i + 1]?.lower !== 'to') return null;
  let c = -1;
  for (let k = i + 2; k < Math.min(ctx.sentence.endToken, i + 12) && c < 0; k++) {
    // (a name's words are no verb, whatever their tag: "the Shining/VERB Path")
    const name = ctx.idx.startingAt.get(k);
    if (name !== undefined) k = name.endToken - 1;
    else if (toks[k]!.value === ',') c = k;
    else if (toks[k]!.pos === 'VERB' && !ISSUING_PARTICIPLES.has(toks[k]!.lower)) return null;
  }
  if (c < 0) return null;
  const author = documentAuthor(ctx, c, true) ?? objectActor(ctx, i + 2, {}, c - i - 2);
  const actor = author === null ? null : speaker(author.actor);
  if (author === null || actor === null || actor.kind !== 'group') return null;
  const found = ownStatement(ctx, c, { actor: author.actor, start: i }, actor);
  return found !== null && found.status !== 'attributed' && found.actor?.name === actor.name
    ? { ...found, first: i, form: 'according-own' }
    : null;
}

/**
 * Where the content of the speech verb at `i` starts: past the hearer of "tell", up to two medium
 * phrases ("in a statement on its Andalus radio station"), a date, an opening "that" and quotation marks.
 */
function contentStart(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let j = i + 1;
  // "told Reuters (that) the group had…", "told the BBC its fighters…": past the hearer of "tell"
  // (an article and up to three name or noun words; the next article or pronoun opens the content)
  if (toks[i]!.lemma === 'tell') {
    let k = toks[j]?.pos === 'DET' ? j + 1 : j;
    const first = k;
    while (k < first + 3 && (toks[k]?.pos === 'PROPN' || toks[k]?.pos === 'NOUN')) k++;
    if (k > first) j = k;
  }
  for (let n = 0; n < 2; n++) {
    const k = mediumPhraseEnd(ctx, j, Math.min(j + 6, ctx.sentence.endToken));
    if (k < 0) break;
    j = k + 1;
    // the rest of a compound medium ("radio station", "news agency") when `that` or a comma follows it
    let e = j;
    while (e < j + 2 && toks[e]?.pos === 'NOUN') e++;
    if (e > j && (toks[e]?.lower === 'that' || toks[e]?.value === ',')) j = e;
  }
  j = skipDate(ctx, j);
  j = skipForward(ctx, j, true);
  while (toks[j] !== undefined && (toks[j]!.value === '"' || toks[j]!.value === '“' || toks[j]!.value === "'")) j++;
  return j;
}

/** "said it carried out…", "said it had nothing to do with…": the speaker's own act (its reference ends at `self`). */
function selfStatement(ctx: Ctx, self: number, start: number, actor: ResolvedActor): Candidate | null {
  const { toks } = ctx;
  // "said it had nothing to do with the attack", "said it played no part in the bombing"
  const disown = disownedAfter(ctx, self);
  if (disown > 0) {
    const event = eventAfter(ctx, disown, 5);
    // "nothing to do with it" after an attack; not "with the election"
    const back = OBJECT_PRONOUNS.has(toks[disown]?.lower ?? '') && toks[disown]!.pos === 'PRON';
    if (event === null && !(back && attackContext(ctx))) return null;
    return {
      first: start,
      end: event?.end ?? disown,
      status: 'denied',
      actor,
      event,
      source: null,
      form: 'said-it-did',
    };
  }
  const perp = perpetrationAfter(ctx, self);
  if (perp < 0) return null;
  const event = eventAfter(ctx, perp);
  const status = negatedBetween(ctx, self, perp) ? 'denied' : 'claimed';
  return { first: start, end: event?.end ?? perp, status, actor, event, source: null, form: 'said-it-did' };
}

/** "said that five suicide bombers had carried out Saturday's attack": attackers it leaves unnamed (content at `j`). */
function othersDid(ctx: Ctx, j: number, start: number, actor: ResolvedActor): Candidate | null {
  const { toks } = ctx;
  // skip the other subject's noun phrase ("five suicide bombers"), then its verb
  let k = j;
  while (k < j + 6 && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(toks[k]?.pos ?? '')) k++;
  const perp = k > j ? perpetrationAfter(ctx, k, 4) : -1;
  // (only attackers it leaves unnamed: "said three gunmen had carried out…"; "said the army planted
  // the bomb" names another actor, whom the group accuses)
  if (perp > 0 && !negatedBetween(ctx, j, perp) && !otherActorIn(ctx, j, k, actor.name)) {
    const ev = eventAfter(ctx, perp);
    if (ev !== null && ev.cls === 'attack') {
      return { first: start, end: ev.end, status: 'hedged', actor, event: ev, source: null, form: 'said-others-did' };
    }
  }
  return null;
}

/** The rest of {@link saidItDid}: what the group or state at `subject` says after the speech verb at `i`. */
function ownStatement(ctx: Ctx, i: number, subject: Subject, actor: ResolvedActor): Candidate | null {
  const { toks, lex } = ctx;
  // the medium: "A website affiliated with X", "a statement from X", "X's news agency"
  const medium = mediumBefore(ctx, subject.start);
  const start = medium >= 0 ? medium : subject.start;
  const j = contentStart(ctx, i);
  // "announced that its forces' attacks on terrorists … have killed 23": its own attacks, with their effect
  const owned = ownAttacks(ctx, j);
  if (owned !== null)
    return { first: start, end: owned.end, status: 'claimed', actor, event: owned, source: null, form: 'said-it-did' };
  const self = selfReference(ctx, j, actor.name);
  if (self > 0) return selfStatement(ctx, self, start, actor);
  // passive content: "the attacks were carried out by members of the … group / by its fighters"
  const event = eventAfter(ctx, j, 6);
  if (event !== null) {
    const k = skipForward(ctx, event.end);
    const perp = phraseAt(toks, k, lex.perpetration);
    if (perp > 0 && toks[k + perp]?.lower === 'by') {
      const who = selfReference(ctx, k + perp + 1);
      if (who > 0)
        return { first: start, end: who, status: 'claimed', actor, event, source: null, form: 'said-by-self' };
      return null;
    }
  }
  // another subject did it
  return subject.actor.kind === 'group' && medium < 0 ? othersDid(ctx, j, start, actor) : null;
}

/**
 * Whether tokens `[a, b)` name a state or its forces (`the army`, `police`, `Syrian jets`): an
 * actor the group accuses, not its own (`three gunmen`, `guerrillas`, a unit of its own by name).
 */
function otherActorIn(ctx: Ctx, a: number, b: number, self: string): boolean {
  const { toks, lex, idx } = ctx;
  for (let k = a; k < b; k++) {
    const m = idx.startingAt.get(k);
    if (m !== undefined && m.name !== self && m.kind === 'government' && m.via !== 'place') return true;
    // ("units", "forces", "militia" may be its own: only a state's forces by their word)
    if (lex.stateForceNouns.has(toks[k]!.lower)) return true;
  }
  return false;
}

/**
 * The subject of a speech verb at `i` that a medium phrase separates from it (`The Daesh group in a
 * statement published by its affiliated Aamaq news agency said…`, `The Taliban in a message on
 * Telegram said…`): the subject before `in`/`on`/`via` when a medium noun follows within three
 * words; else `null`.
 */
function subjectBeforeMedium(ctx: Ctx, i: number): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  for (let j = i - 2; j > s0 && j > i - 14; j--) {
    if (toks[j]!.value === ',' || toks[j]!.value === '.') return null;
    if (mediumPhraseEnd(ctx, j, Math.min(j + 3, i - 1)) < 0) continue;
    // the first medium phrase may sit inside another ("… posted by its media wing on Telegram")
    const found = subjectOf(ctx, j, {});
    if (found !== null && speaker(found.actor)?.kind === 'group') return found;
  }
  return null;
}

/**
 * The medium noun of a phrase opened by `in` / `on` / `via` at `j` (`in a statement`, `on its
 * Telegram channel`, `via Amaq`): the first `mediaNouns` word from `j + 1` to `last` (inclusive), or
 * -1 when `j` opens no such phrase.
 */
function mediumPhraseEnd(ctx: Ctx, j: number, last: number): number {
  const w = ctx.toks[j]?.lower;
  if (w !== 'in' && w !== 'on' && w !== 'via') return -1;
  for (let k = j + 1; k <= last; k++) if (ctx.lex.mediaNouns.has(ctx.toks[k]?.lower ?? '')) return k;
  return -1;
}

/**
 * A claim verb's medium between it and its `that` clause, from `j`: `claimed in a communique
 * that…`, `claimed, through leaflets, that…` (a medium noun or a document, within five words):
 * the `that`; else `j`.
 */
function pastMediumBeforeThat(ctx: Ctx, j: number): number {
  const { toks } = ctx;
  const comma = toks[j]?.value === ',';
  const p = comma ? j + 1 : j;
  const w = toks[p]?.lower;
  if (w !== 'in' && w !== 'through' && w !== 'via' && w !== 'on') return j;
  for (let k = p + 1; k < Math.min(ctx.sentence.endToken, p + 6); k++) {
    const t = toks[k]!;
    if (!ctx.lex.mediaNouns.has(t.lower) && !DOCUMENTS.has(t.lower)) continue;
    let e = k + 1;
    while (e < k + 3 && toks[e]?.pos === 'NOUN') e++;
    if (comma) {
      if (toks[e]?.value !== ',') return j;
      e++;
    }
    return toks[e]?.lower === 'that' ? e : j;
  }
  return j;
}

/**
 * Moves past a date right after a verb: "said on Tuesday (that) it…", "said late Monday",
 * "was released on Sunday by…".
 */
export function skipDate(ctx: Ctx, j: number): number {
  let k = j;
  if (ctx.toks[k]?.lower === 'on' || ctx.toks[k]?.lower === 'late' || ctx.toks[k]?.lower === 'early') k++;
  for (let e = k; e < Math.min(ctx.sentence.endToken, k + 5); e++) {
    const start = ctx.dateStart[e]!;
    if (start >= 0 && start <= k) return e + 1;
  }
  return j;
}

/** Start of a medium phrase ending just before `k` ("A website affiliated with", "a statement from"), or -1. */
function mediumBefore(ctx: Ctx, k: number): number {
  const { toks, lex } = ctx;
  let j = k - 1;
  const s0 = ctx.sentence.firstToken;
  if (j < s0) return -1;
  const prep = toks[j]!.lower;
  if (prep !== 'with' && prep !== 'to' && prep !== 'of' && prep !== 'from' && prep !== 'by') return -1;
  j--;
  if (j >= s0 && lex.affiliationWords.has(toks[j]!.lower)) j--;
  let found = -1;
  for (let n = 0; n < 4 && j >= s0; n++, j--) {
    const t = toks[j]!;
    if (lex.mediaNouns.has(t.lower)) found = j;
    else if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
  }
  if (found < 0) return -1;
  let s = found;
  while (s - 1 >= s0 && (toks[s - 1]!.pos === 'ADJ' || toks[s - 1]!.pos === 'NOUN' || toks[s - 1]!.pos === 'PROPN'))
    s--;
  if (s - 1 >= s0 && toks[s - 1]!.pos === 'DET') s--;
  return s;
}

/** `a claim of responsibility by X`, `X's claim of responsibility for EVENT`. */
export function claimNoun(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (toks[i]!.pos !== 'NOUN') return null;
  let j = i + 1;
  if (toks[j]?.lower !== 'of' || !lex.responsibilityNouns.has(toks[j + 1]?.lower ?? '')) return null;
  j += 2;
  let event = null;
  if (toks[j]?.lower === 'for') {
    event = eventAfter(ctx, j + 1);
    if (event !== null) j = event.end;
  }
  // possessive before: "the group's claim", "IS's claim"
  const before = i - 1 >= ctx.sentence.firstToken && isPossessive(toks[i - 1]) ? i - 2 : -1;
  if (before >= ctx.sentence.firstToken) {
    const m = ctx.idx.endingAt.get(before);
    if (m !== undefined && !m.modifier && m.via !== 'place') {
      const actor = speaker(actorOf(m));
      if (actor !== null)
        return { first: m.firstToken, end: j, status: 'claimed', actor, event, source: null, form: 'claim-noun' };
    }
  }
  const by = skipForward(ctx, j);
  if (toks[by]?.lower === 'by' || toks[by]?.lower === 'from') {
    const obj = objectActor(ctx, by + 1, {});
    if (obj === null) return null;
    const actor = speaker(obj.actor);
    if (actor === null) return null;
    return {
      first: i,
      end: actorTail(ctx, obj.actor.end),
      status: 'claimed',
      actor,
      event,
      source: null,
      form: 'claim-noun',
    };
  }
  return null;
}

/**
 * A group's own words in a quote with the attribution after it:
 * `"We carried out the attack on the convoy," a Taliban spokesman said.`,
 * `"Our fighters were behind the bombing," said Abu Musab, a spokesman for Boko Haram.`
 * The speaker is read minimally here (the first group named within ten tokens
 * after the closing mark, next to a speech verb) because the actor depends on
 * it; sources of other claims come from the quotes extractor through `link/`.
 */
export function weDidIt(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex, idx } = ctx;
  // The words first ("we", "our" are common), then whether they are quoted, then who says them.
  const self = selfReference(ctx, i);
  if (self < 0) return null;
  let end = perpetrationAfter(ctx, self);
  if (end < 0 && !aheadOf(ctx, self, (j) => claimResponsibilityAt(ctx, j))) return null;
  // "we will carry out…", "we would be responsible…": an intention or a condition, not a claim
  for (let k = self; k < end; k++) if (lex.modals.has(toks[k]!.lower)) return null;
  // unquoted, the words are the article's own: a group's only when its own medium publishes it
  const own = ctx.quoted[i] !== 1 ? datelineMedium(ctx) : null;
  if (ctx.quoted[i] !== 1 && own === null) return null;
  if (end < 0) {
    // "We claim responsibility for…"
    const k = skipForward(ctx, self);
    if (!lex.claimVerbs.has(toks[k]?.lower ?? '') || !lex.responsibilityNouns.has(toks[k + 1]?.lower ?? ''))
      return null;
    end = k + 2;
  }
  // "We did not carry out…", "Our aircraft carried out no strikes there": the speaker denies it
  const denied = negatedBetween(ctx, self, end + 1) || toks[end]?.lower === 'no';
  // "We did not carry out…": the auxiliary read as the verb; the real one follows the negation
  if (denied && (toks[end]?.lower === 'not' || toks[end]?.lower === "n't")) {
    const real = perpetrationAfter(ctx, end + 1, 2);
    if (real > 0) end = real;
  }
  const event = eventAfter(ctx, toks[end]?.lower === 'for' || toks[end]?.lower === 'no' ? end + 1 : end);
  if (own !== null) {
    // "OUR FORCES ATTACKED ENEMY POSITIONS" in a communiqué read on the group's radio
    if (event === null && !attackContext(ctx)) return null;
    const actor: ResolvedActor = { name: own, kind: 'group', first: i, end: self, via: 'anaphor', affiliation: null };
    const status = denied ? ('denied' as const) : ('claimed' as const);
    return { first: i, end: Math.max(end, event?.end ?? end), status, actor, event, source: null, form: 'own-medium' };
  }
  // the closing mark, then the attribution
  const para = toks[i]!.paragraph;
  let close = i;
  while (close < toks.length && close < i + 80 && ctx.quoted[close] === 1 && toks[close]!.paragraph === para) close++;
  if (ctx.quoted[close] === 1 || toks[close]?.paragraph !== para) return null;
  let speech = false;
  let actor: ResolvedActor | null = null;
  for (let k = close; k < Math.min(toks.length, close + 12) && toks[k]!.paragraph === para; k++) {
    if (lex.speechVerbs.has(toks[k]!.lower)) speech = true;
    const m = idx.startingAt.get(k);
    if (actor === null && m !== undefined && !m.modifier && m.via !== 'place') {
      const a: ResolvedActor = actorOf(m);
      actor = speaker(a);
    }
    // "the Turkish Defence Ministry said", "a Syrian army spokesman said": the state
    const state: string | null = actor === null ? stateOfDemonym(toks[k]!.value) : null;
    if (state !== null) {
      for (let b = k + 1; b < k + 4 && toks[b] !== undefined; b++)
        if (STATE_BODY.has(toks[b]!.lower)) {
          actor = { name: state, kind: 'government', first: k, end: b + 1, via: 'known', affiliation: null };
          break;
        }
    }
    if (toks[k]!.value === '.' && speech) break;
  }
  // a state speaks through its ministry or army only to deny ("…," the defence ministry said)
  if (!speech || actor === null || !(actor.kind === 'group' || (denied && actor.kind === 'government'))) return null;
  if (denied && event === null && !attackContext(ctx)) return null;
  return {
    first: i,
    end: Math.max(end, event?.end ?? end),
    status: denied ? 'denied' : 'claimed',
    actor,
    event,
    source: null,
    form: 'we-did-it',
  };
}

/** Marks of a group's own covert medium before its name in a dateline (data: claims.json `covertMediaMarks`). */
const COVERT_MEDIA_MARKS: ReadonlySet<string> = new Set(claimWords.covertMediaMarks);

/**
 * The group whose own medium the dateline credits (`CLANDESTINE, 11 DEC 89 (RADIO VENCEREMOS) --`,
 * `(Amaq) –`, or an editorial report's `(CLANDESTINE) RADIO VENCEREMOS IN SPANISH…`): the article is that group's own account, so what it narrates the group doing is
 * the group's claim (ANNOTATION.md §3, "by any medium").
 */
export function datelineMedium(ctx: Ctx): string | null {
  const first = ctx.doc.sentences[0];
  if (first === undefined) return null;
  for (const m of ctx.idx.inSentence(0)) {
    if (m.firstToken - first.firstToken > 40) break;
    if (m.kind !== 'media' || m.affiliation === null) continue;
    const before = ctx.toks[m.firstToken - 1];
    if (before?.value === '(') return m.affiliation;
    // an editorial report on a broadcast: "[EDITORIAL REPORT] (CLANDESTINE) RADIO VENCEREMOS IN SPANISH…"
    if (before?.value === ')' && COVERT_MEDIA_MARKS.has(ctx.toks[m.firstToken - 2]?.lower ?? '')) return m.affiliation;
  }
  return null;
}

/**
 * Admissions, a claim in the actor's own voice: `X has confessed to taking part
 * in the bombing`, `X admitted carrying out the attack`, `X admitted involvement in…`.
 */
export function admission(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (toks[i]!.pos !== 'VERB' && toks[i]!.pos !== 'AUX' && toks[i]!.pos !== 'NOUN') return null;
  let k = skipForward(ctx, i + 1);
  if (toks[k]?.lower === 'to') k++;
  const phrase = phraseAt(toks, k, lex.admitPhrases);
  let after = -1;
  if (phrase > 0) after = k + phrase;
  else if (
    lex.perpetrationGerunds.has(toks[k]?.lower ?? '') &&
    toks[k]!.lower !== 'being' &&
    toks[k]!.lower !== 'having'
  )
    after = toks[k + 1]?.lower === 'out' ? k + 2 : k + 1;
  // "admitted killing the mayor", "confessed to kidnapping the engineer": the gerund of a verb a
  // group reports its own attacks with ('selfAttackVerbs'), its object the victims, no attack noun needed
  let event = after < 0 ? directAttack(ctx, k) : eventAfter(ctx, after, 8);
  if (event?.cls === 'generic') event = null;
  if (event === null && (after < 0 ? !ownAttackGerund(ctx, k) : phrase > 0)) return null;
  if (negatedBetween(ctx, i - 3, i) || negatedBetween(ctx, i, k)) return null;
  const subject = subjectOf(ctx, i, { descriptions: true });
  if (subject === null || subject.actor.kind === 'media' || subject.actor.kind === 'organisation') return null;
  return {
    first: subject.start,
    end: event?.end ?? objectEnd(toks, k + 1, 6, ctx.sentence.endToken),
    status: 'claimed',
    actor: subject.actor,
    event,
    source: null,
    form: 'admitted',
  };
}

/**
 * The attack an admission verb takes as its direct object at `k` (`has admitted the murder of the
 * two policemen`, `ADMITTED THE KIDNAPPING`): a determiner, then up to three modifiers before the
 * attack noun; not across a preposition (`admitted the lapses in the attack` admits no attack).
 */
function directAttack(ctx: Ctx, k: number): ReturnType<typeof eventAt> {
  const { toks } = ctx;
  if (toks[k]?.pos !== 'DET' || toks[k]!.lower === 'no') return null;
  for (let j = k + 1; j < Math.min(ctx.sentence.endToken, k + 5); j++) {
    if (attackClass(ctx, j) !== null) return eventAfter(ctx, k, j - k + 1);
    const pos = toks[j]!.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return null;
  }
  return null;
}

/**
 * Whether token `k` is the gerund of an attack verb a group reports its own acts with
 * (`selfAttackVerbs`, or an agent verb that is not weak: `killing` → killed, `kidnapping` →
 * kidnapped, `murdering` → murdered), with an object after it.
 */
function ownAttackGerund(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (t === undefined || !t.lower.endsWith('ing') || t.lower.length < 6) return false;
  const stem = t.lower.slice(0, -3);
  const l = t.lemma;
  const past = selfAct(ctx, `${stem}ed`) || selfAct(ctx, `${l}ed`) || selfAct(ctx, `${l}d`);
  const next = ctx.toks[k + 1]?.pos ?? '';
  return past && (next === 'DET' || next === 'NUM' || next === 'PROPN' || next === 'NOUN');
}
