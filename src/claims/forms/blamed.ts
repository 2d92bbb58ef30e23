/**
 * `attributed` forms where someone names the actor: blame, accusations,
 * attribution.
 *
 * - `SOURCE blamed X for EVENT`, `SOURCE blamed EVENT on X`, `EVENT (was) blamed on X`,
 *   `EVENT that SOURCE blames on X`, `X, which SOURCE blames for EVENT`;
 * - `pinning the blame on X`, `pointed the finger at X for EVENT`, `X was to blame`;
 * - `SOURCE accused X of (carrying out | using chemical weapons in) EVENT`,
 *   `X has been accused (by SOURCE) of …`;
 * - `EVENT (was) attributed to X`, `SOURCE attributed EVENT to X`;
 * - `SOURCE held X responsible for EVENT`, `X bears responsibility for EVENT`,
 *   `X's responsibility for EVENT`;
 * - `EVENT bore the hallmarks of X`; `suspected X militants`, `X is suspected of …`.
 *
 * Government actors count here: an accusation is not an openly conducted
 * operation reported as such.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import type { ResolvedActor } from '../syntax.js';
import { phraseAt, verbIn } from '../lexicon.js';
import { governingSubject } from './claimed.js';
import { allyAt, stateOfDemonym, stateOfDescription } from './agent.js';
import {
  actorOf,
  actorTail,
  attackClass,
  eventAfter,
  gluedPossessor,
  attackContext,
  eventAt,
  eventEndingNear,
  eventInSentence,
  headActor,
  isJoiner,
  isPossessive,
  npStart,
  negatedBetween,
  objectActor,
  sentenceHasAttack,
  pronounPerson,
  skipBack,
  skipForward,
  subjectOf,
  type Ctx,
  type EventSpan,
  type Subject,
  eventBefore,
} from '../syntax.js';
import {
  BE_FORMS,
  NEGATIVE_DETERMINERS,
  NON_RESTRICTIVE_RELATIVES,
  QUOTATION_MARKS,
  RELATIVE_PRONOUNS,
  speechForms,
} from '../../lexicon/en/index.js';
import { asideOpenBefore } from '../../syntax/index.js';
import { placeGovernmentAt } from '../../actors/context.js';
import numberWords from '../../lexicon/numbers.json';
import type { Token } from '../../document/model.js';

const OPEN = { places: true, descriptions: true } as const;
/** Parts of speech that carry a noun phrase on past a place name (`on Kyiv's outskirts`, `on Kyiv province`). */
const PHRASE_GOES_ON: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PART']);
/** Speech verbs after which a speaker's own statement follows (`Blaming X, Y says…`). */
const SAYING = speechForms('ownAccount');
const QUOTES = QUOTATION_MARKS;
const RELATIVE = RELATIVE_PRONOUNS;

const sourceName = (s: Subject | null): ResolvedActor | null => (s === null ? null : s.actor);

/** Who blames or accuses: the subject's actor, else the plain noun phrase before the verb ("locals"). */
export function sourceOf(ctx: Ctx, v: number): Subject | null {
  // a participle ("…, pinning the blame on X", "the report, accusing X of…"): the clause's own subject
  let b = v - 1;
  while (b > ctx.sentence.firstToken && ctx.toks[b]!.pos === 'ADV') b--;
  const progressive = BE_FORMS.has(ctx.toks[b]?.lower ?? ''); // "are accusing": the verb has its own subject
  if (ctx.toks[v]!.lower.endsWith('ing') && !progressive) return governingSubject(ctx, v, OPEN);
  const s = subjectOf(ctx, v, OPEN);
  if (s !== null) return s;
  let k = skipBack(ctx, v - 1);
  // "ministers who blamed the attack on X", "the envoy, who accused X of…": the relative's antecedent
  // blames; the claim's span stays at the verb (the source opens no part of it)
  if (RELATIVE.has(ctx.toks[k]?.lower ?? '') && k > ctx.sentence.firstToken) {
    let a = k - 1;
    if (ctx.toks[a]!.value === ',') a--;
    const r = a < ctx.sentence.firstToken ? null : (headActor(ctx, a, OPEN) ?? plainSource(ctx, a));
    return r === null ? null : { actor: r.actor, start: v };
  }
  // "The regional president, Ahmed Madobe, blamed…": a person named in apposition to a title
  if (ctx.toks[k]?.value === ',') return appositionSource(ctx, k);
  // "He blamed the attack on…", "She accused the army of…": the person the pronoun refers to
  const w = ctx.toks[k]?.lower;
  if ((w === 'he' || w === 'she') && k >= ctx.sentence.firstToken) {
    const r = pronounPerson(ctx, k);
    return r === null
      ? null
      : { actor: { name: r.name, kind: 'person', first: k, end: k + 1, via: 'anaphor', affiliation: null }, start: k };
  }
  return plainSource(ctx, k);
}

/**
 * The source of `TITLE, NAME, VERB`, `k` the comma closing the apposition: the name when the
 * apposition is a proper name (`The regional president, Ahmed Madobe,`), else the title's phrase.
 */
function appositionSource(ctx: Ctx, k: number): Subject | null {
  const { toks } = ctx;
  const s0 = ctx.sentence.firstToken;
  // a proper name of up to four words between two commas, or an aside that opens one
  let open = k - 1;
  while (open > s0 && open > k - 6 && toks[open]!.pos === 'PROPN') open--;
  const name = open < k - 1 && toks[open]!.value === ',';
  if (!name) open = asideOpenBefore(toks, k, s0, (j) => ctx.idx.startingAt.has(j));
  if (open < 0 || open >= k - 1 || open - 1 < s0) return null;
  const title = plainSource(ctx, skipBack(ctx, open - 1));
  if (title === null) return null;
  if (!name) return title;
  const text = ctx.doc.norm.slice(toks[open + 1]!.start, toks[k - 1]!.end);
  return {
    actor: { name: text, kind: 'person', first: open + 1, end: k, via: 'description', affiliation: null },
    start: title.start,
  };
}

/** The plain noun phrase ending at token `k` as a source ("locals", "officials have blamed"). */
function plainSource(ctx: Ctx, k: number): Subject | null {
  const t = ctx.toks[k];
  if (t === undefined || k < ctx.sentence.firstToken || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return null;
  let first = npStart(ctx, k);
  // "an attack officials have blamed on X": the attack noun heads its own phrase, not the source's
  for (let m = k - 1; m >= first; m--)
    if (attackClass(ctx, m) !== null) {
      first = m + 1;
      break;
    }
  const nameFirst = ctx.toks[first]!.pos === 'DET' ? first + 1 : first;
  const name = ctx.doc.norm.slice(ctx.toks[nameFirst]!.start, t.end);
  return {
    actor: { name, kind: 'description', first: nameFirst, end: k + 1, via: 'description', affiliation: null },
    start: first,
  };
}

/** The plain noun phrase starting at `k` as a source ("by Saudi officials"). */
export function phraseAfter(ctx: Ctx, k: number): Subject | null {
  const { toks } = ctx;
  let first = k;
  if (toks[first]?.pos === 'DET') first++;
  let end = first;
  while (end < ctx.sentence.endToken && ['ADJ', 'NOUN', 'PROPN'].includes(toks[end]!.pos)) end++;
  if (end === first) return null;
  const name = ctx.doc.norm.slice(toks[first]!.start, toks[end - 1]!.end);
  return { actor: { name, kind: 'description', first, end, via: 'description', affiliation: null }, start: k };
}

/** Tokens `[k, end)` as a source described (`according to police`), an article before them left out. */
function spanSource(ctx: Ctx, k: number, end: number): Subject | null {
  const first = ctx.toks[k]?.pos === 'DET' ? k + 1 : k;
  if (end <= first) return null;
  const name = ctx.doc.norm.slice(ctx.toks[first]!.start, ctx.toks[end - 1]!.end);
  return { actor: { name, kind: 'description', first, end, via: 'description', affiliation: null }, start: k };
}

/** Where a blame's span starts: at its source when the source is the verb's own subject, else at the verb. */
function spanStart(ctx: Ctx, source: Subject | null, v: number): number {
  if (source === null || source.start >= v || ctx.toks[v]!.lower.endsWith('ing')) return v;
  return source.start;
}

/** Further actors coordinated after the one ending at `end`: "blamed IS and the Assad regime". */
function coordinated(ctx: Ctx, end: number): Subject[] {
  const out: Subject[] = [];
  let k = pastOwner(ctx, afterGloss(ctx, actorTail(ctx, end)));
  for (let n = 0; n < 3; n++) {
    let w = ctx.toks[k]?.lower;
    // a serial comma: "blamed X, Y, and its armed forces"
    if (w === ',' && (ctx.toks[k + 1]?.lower === 'and' || ctx.toks[k + 1]?.lower === 'or')) w = ctx.toks[++k]!.lower;
    if (w !== 'and' && w !== 'or' && w !== ',') break;
    // "X and its armed forces": the possessive names whose forces, the forces are the actor
    const from = POSSESSIVE_PRONOUNS.has(ctx.toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    // "accused Turkey, a NATO member, of…": an indefinite phrase after a comma is an apposition
    if (w === ',' && INDEFINITE.has(ctx.toks[k + 1]?.lower ?? '')) break;
    // "accused the army and its Russian allies of…": the state the ally's adjective names
    const next = objectActor(ctx, from, OPEN, 6) ?? allyAt(ctx, k + 1);
    if (next === null) break;
    // ", the NATO member,": a name modifying a noun after a comma describes the actor before it
    if (w === ',' && ctx.toks[next.actor.end]?.pos === 'NOUN') break;
    out.push(next);
    k = pastOwner(ctx, afterGloss(ctx, actorTail(ctx, next.actor.end)));
  }
  return out;
}

/**
 * Past an owner's name after a conjunct (`the regime of [President] X and [Leader] Y`: up to
 * eight name words, glosses and a second owner after `of`) when a comma or conjunction follows it; else `k`.
 */
function pastOwner(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.lower !== 'of') return k;
  let m = k + 1;
  for (let n = 0; n < 8 && m < ctx.sentence.endToken; n++) {
    const t = toks[m]!;
    if (t.value === '[' || t.value === '(') {
      const past = afterGloss(ctx, m);
      if (past === m) return k;
      m = past;
    } else if (
      t.pos === 'PROPN' ||
      (t.pos === 'DET' && m === k + 1) ||
      // a surname true-casing left in lower case after a given name; a second owner ("X and [Y] Z")
      ((t.pos === 'NOUN' || t.pos === 'X') &&
        (toks[m - 1]!.pos === 'PROPN' || toks[m - 1]!.value === ']' || toks[m - 1]!.value === ')')) ||
      (t.lower === 'and' && (toks[m + 1]?.value === '[' || toks[m + 1]?.pos === 'PROPN'))
    )
      m++;
    else break;
  }
  const w = toks[m]?.lower;
  return m > k + 1 && (w === ',' || w === 'and' || w === 'or') ? m : k;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
const INDEFINITE = new Set(['a', 'an']);

/** Past a bracketed gloss of up to eight words at `k` (`ARENA [Nationalist Republican Alliance]`), else `k`. */
function afterGloss(ctx: Ctx, k: number): number {
  const open = ctx.toks[k]?.value;
  if (open !== '[' && open !== '(') return k;
  const close = open === '[' ? ']' : ')';
  for (let m = k + 1; m < k + 10 && m < ctx.sentence.endToken; m++) if (ctx.toks[m]!.value === close) return m + 1;
  return k;
}

/** An attack phrase within `limit` tokens from `k`, allowing verbs in between (`accused X of using gas in an attack`). */
function eventWithin(ctx: Ctx, k: number, limit: number): EventSpan | null {
  const end = Math.min(ctx.sentence.endToken, k + limit);
  for (let m = k; m < end; m++) {
    const t = ctx.toks[m]!;
    if (t.value === '.' || t.value === ';' || t.pos === 'CCONJ') break;
    if (ctx.lex.attack.has(t.lower) && t.pos !== 'VERB') {
      let head = m;
      while (head + 1 < end && ctx.lex.attack.has(ctx.toks[head + 1]!.lower)) head++;
      const e = eventAt(ctx, head);
      if (e !== null) return e;
    }
  }
  return null;
}

/** Whether a blamed actor can be behind an attack by itself: a group, a state, or fighters (`the rebels`). */
function fighters(ctx: Ctx, o: Subject): boolean {
  const a = o.actor;
  if (a.kind === 'group' || a.kind === 'government') return true;
  const head = ctx.toks[a.end - 1]!.lower;
  return a.kind === 'description' && ctx.lex.descriptionHeads.has(head) && !ctx.lex.attackerNouns.has(head);
}

/** `EVENT (which SOURCE) blamed on X`: the event before the verb, the actor after `on` (at `j`). */
/**
 * An event attributed to the actor named after the trigger (`blamed it on X`, `attributed
 * the attack to X`): the claim spans the event (or its source, when earlier) to the actor.
 */
function attributedToObject(
  ctx: Ctx,
  i: number,
  event: EventSpan,
  source: Subject | null,
  actor: Subject['actor'],
  form: string,
): Candidate {
  return {
    first: Math.min(event.first, spanStart(ctx, source, i)),
    end: actorTail(ctx, actor.end),
    status: 'attributed',
    actor,
    event,
    source: sourceName(source),
    form,
  };
}

function blamedOn(ctx: Ctx, i: number, j: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  const obj = objectActor(ctx, j + 1, OPEN);
  if (obj === null) return null;
  const k = skipBack(ctx, i - 1);
  let event: EventSpan | null = k >= ctx.sentence.firstToken ? eventAt(ctx, k) : null;
  if (event === null && RELATIVE.has(toks[k]?.lower ?? ''))
    event = eventEndingNear(ctx, toks[k - 1]?.value === ',' ? k - 2 : k - 1);
  let source: Subject | null = null;
  if (event === null) {
    // "the bombing of the bridge was blamed on X": a passive's subject is what was blamed, no source
    let b = i - 1;
    while (b > ctx.sentence.firstToken && toks[b]!.pos === 'ADV') b--;
    const passive = BE_FORMS.has(toks[b]?.lower ?? '');
    source = passive ? null : sourceOf(ctx, i);
    if (passive) {
      // "The bombing of the market, which killed six, was blamed on…": past the relative aside
      let open = k;
      if (toks[k]?.value === ',')
        for (let a = k - 1; a > ctx.sentence.firstToken && a > k - 14; a--)
          if (toks[a]!.value === ',' && RELATIVE.has(toks[a + 1]?.lower ?? '')) {
            open = a;
            break;
          }
      const e = eventBefore(ctx, open === k ? i : open + 1);
      if (e !== null) return withConjuncts(ctx, attributedToObject(ctx, i, e, null, obj.actor, 'blamed-on'));
    }
    let m = source === null ? k : source.start - 1;
    // "the strike, which it blamed on Israel": a pronoun subject left unresolved stands before the verb
    if (source === null && PRONOUN_SUBJECTS.has(toks[m]?.lower ?? '') && RELATIVE.has(toks[m - 1]?.lower ?? '')) m--;
    event = relativeAntecedentEvent(ctx, m);
    if (event === null) return null;
  }
  return withConjuncts(ctx, attributedToObject(ctx, i, event, source, obj.actor, 'blamed-on'));
}

/**
 * The attack a relative clause hangs on, the clause's subject ending at `m + 1` (`THE BOMBING, WHICH
 * THE ARMY BLAMED ON X`, `THE ATTACK, WHICH THE AUTHORITIES ATTRIBUTED TO X`): past the relative
 * word and its comma, the attack ending there or a restrictive relative's antecedent.
 */
function relativeAntecedentEvent(ctx: Ctx, m0: number): EventSpan | null {
  const { toks } = ctx;
  let m = m0;
  if (m >= ctx.sentence.firstToken && RELATIVE.has(toks[m]!.lower)) m--;
  const comma = m >= ctx.sentence.firstToken && toks[m]!.value === ',';
  if (comma) m--;
  return eventEndingNear(ctx, m) ?? (comma ? eventBeforeRelative(ctx, m) : null);
}

/**
 * `THE ATTACK THAT KILLED 10 UNIONISTS ON 31 OCTOBER, WHICH X BLAMED ON Y`: the attack a
 * restrictive relative clause (`that`, `which`, `in which`) ending at `m` hangs on.
 */
function eventBeforeRelative(ctx: Ctx, m: number): EventSpan | null {
  const { toks } = ctx;
  for (let k = m; k > ctx.sentence.firstToken && k > m - 16; k--) {
    const t = toks[k]!;
    if (t.value === ',' || t.value === ';') return null;
    if (t.lower !== 'that' && t.lower !== 'which') continue;
    const e = eventAt(ctx, toks[k - 1]?.lower === 'in' ? k - 2 : k - 1);
    if (e !== null) return e;
  }
  return null;
}

/** `X was blamed for EVENT` (`for` at `j`). */
function blamedPassive(ctx: Ctx, i: number, j: number): Candidate | null {
  const actor = subjectOf(ctx, i, OPEN);
  const event = eventAfter(ctx, j + 1);
  if (actor === null || event === null) return null;
  return {
    first: actor.start,
    end: event.end,
    status: 'attributed',
    actor: actor.actor,
    event,
    source: null,
    form: 'blamed-passive',
  };
}

/** `X, which SOURCE blames for EVENT` (`for` at `j`). */
function whichBlames(ctx: Ctx, i: number, j: number): Candidate | null {
  const { toks } = ctx;
  const source = subjectOf(ctx, i, OPEN);
  if (source === null) return null;
  let m = source.start - 1;
  if (m < ctx.sentence.firstToken || !RELATIVE.has(toks[m]!.lower)) return null;
  m--;
  if (toks[m]?.value === ',') m--;
  const saved = subjectOf(ctx, m + 1, { places: true });
  if (saved === null) return null;
  const event = eventAfter(ctx, j + 1);
  if (event === null) return null;
  return {
    first: saved.start,
    end: event.end,
    status: 'attributed',
    actor: saved.actor,
    event,
    source: sourceName(source),
    form: 'which-blames',
  };
}

/**
 * Past an aside set off by commas from the comma at `k` (`, in which 14 peasants died,`, `, which
 * left 14 dead,`; at most fourteen tokens) to `prep` right after its closing comma: the index of
 * `prep`, else `k`.
 */
function pastCommaAside(ctx: Ctx, k: number, prep: string): number {
  const { toks } = ctx;
  const last = Math.min(ctx.sentence.endToken - 1, k + 15);
  for (let c = k + 2; c < last; c++) if (toks[c]!.value === ',') return toks[c + 1]!.lower === prep ? c + 1 : k;
  return k;
}

/** `SOURCE blamed EVENT on X`: the event right after the verb (from `j`), no actor before it. */
function blamedEventOn(ctx: Ctx, i: number, j: number, source: Subject | null): Candidate | Candidate[] | null {
  const { toks } = ctx;
  // "blamed it on X" after a sentence about the attack: the pronoun stands for it
  if ((toks[j]?.lower === 'it' || toks[j]?.lower === 'this') && toks[j + 1]?.lower === 'on') {
    const obj = objectActor(ctx, j + 2, OPEN);
    if (obj === null || !attackContext(ctx)) return null;
    return {
      first: spanStart(ctx, source, i),
      end: actorTail(ctx, obj.actor.end),
      status: 'attributed',
      actor: obj.actor,
      event: null,
      source: sourceName(source),
      form: 'blamed-event-on',
    };
  }
  let ev = eventAfter(ctx, j, 6);
  if (ev === null) return null;
  for (let m = j; m < ev.head; m++) if (ctx.idx.startingAt.has(m)) return null;
  let k = ev.end;
  while (k < ev.end + 6 && toks[k] !== undefined && toks[k]!.lower !== 'on' && toks[k]!.value !== ',') k++;
  // "blamed the massacre, which left 14 dead, on X": past an aside on the attack
  if (toks[k]?.value === ',') k = pastCommaAside(ctx, k, 'on');
  let obj = toks[k]?.lower === 'on' ? objectActor(ctx, k + 1, OPEN) : null;
  // "blamed the raid on the bakery on X": the first "on" names the attack's target, the next one whom
  if (obj === null && toks[k]?.lower === 'on') {
    let n = k + 1;
    while (
      n < k + 8 &&
      toks[n] !== undefined &&
      toks[n]!.lower !== 'on' &&
      toks[n]!.value !== ',' &&
      toks[n]!.pos !== 'VERB'
    )
      n++;
    if (toks[n]?.lower === 'on') {
      obj = objectActor(ctx, n + 1, OPEN);
      let e = n;
      while (e > k + 1 && toks[e - 1]!.pos === 'ADV') e--; // "… on the bakery squarely on X"
      if (obj !== null) ev = { ...ev, end: e };
    }
  }
  // the "on" the event phrase took for its place names the actor ("blamed the attack on the ELN")
  if (obj === null && toks[ev.head + 1]?.lower === 'on' && ev.end > ev.head + 1) {
    obj = objectActor(ctx, ev.head + 2, { descriptions: true });
    // a place stays the attack's place ("blamed the raid on Jalalabad"): only a group, a state or fighters
    if (obj !== null && !fighters(ctx, obj)) obj = null;
    // a country or its capital is its state ("blamed the attack on Ukraine", "on Kyiv"): the blame
    // needs whom, and no other "on" follows (checked above)
    const place = obj === null ? placeGovernmentAt(ctx.doc, ev.head + 2) : null;
    if (place !== null && place.endToken === ev.end && !PHRASE_GOES_ON.has(toks[ev.end]?.pos ?? ''))
      obj = {
        actor: {
          name: place.actor.state ?? place.actor.name,
          kind: 'government',
          first: ev.head + 2,
          end: place.endToken,
          via: 'place',
          affiliation: null,
        },
        start: ev.head + 2,
      };
    if (obj !== null) ev = { ...ev, end: ev.head + 1 };
  }
  if (obj === null) return null;
  // coordinated actors are blamed one each (ANNOTATION.md §3): "blamed the attack on X and Y"
  const others = coordinated(ctx, obj.actor.end);
  const end = actorTail(ctx, others.length > 0 ? others[others.length - 1]!.actor.end : obj.actor.end);
  const one = (o: Subject): Candidate => ({
    first: spanStart(ctx, source, i),
    end,
    status: 'attributed',
    actor: o.actor,
    event: ev,
    source: sourceName(source),
    form: 'blamed-event-on',
  });
  return others.length === 0 ? one(obj) : [obj, ...others].map(one);
}

/**
 * A state's forces named by its adjective from `j` (`Turkish drones`, `a Russian warplane`, `Iraqi
 * fighter jets`; claims.json `forceNouns`, `forceCompounds`) where the registry names no body: the
 * state (ANNOTATION.md §3, a state named by its forces), or `null`.
 */
function stateForcesAt(ctx: Ctx, j: number): Subject | null {
  const { toks, lex } = ctx;
  const k = toks[j]?.pos === 'DET' ? j + 1 : j;
  const state = stateOfDemonym(toks[k]?.value ?? '');
  if (state === null) return null;
  let h = k + 1;
  while (h < k + 3 && lex.forceCompounds.has(toks[h]?.lower ?? '')) h++;
  if (!lex.forceNouns.has(toks[h]?.lower ?? '')) return null;
  return {
    actor: { name: state, kind: 'government', first: k, end: h + 1, via: 'known', affiliation: null },
    start: j,
  };
}

/** `SOURCE blamed X (and Y) (for EVENT)`: one candidate per blamed actor (object from `j`). */
function blamedActors(ctx: Ctx, i: number, j: number, source: Subject | null): Candidate[] | null {
  const { toks } = ctx;
  const obj = objectActor(ctx, j, OPEN, 10) ?? stateForcesAt(ctx, j);
  if (obj === null) return null;
  // "Blaming Assad, Trump says the attack…": a participle opening the sentence, blamed by the
  // subject of the speech verb after it (a headline's or a lead's shape); any actor, in sight of an attack
  const opener = source === null ? openerSource(ctx, i, obj.actor.end) : null;
  if (opener !== null) source = opener;
  // (the speaker after the opener's comma is no coordinated object: "Blaming Assad, Trump says")
  const others = coordinated(ctx, obj.actor.end).filter((o) => opener === null || o.actor.first < opener.start);
  let k = actorTail(ctx, others.length > 0 ? others[others.length - 1]!.actor.end : obj.actor.end);
  // "blamed pro-government militias, known as shabiha, for…", "blamed the militia, which is loyal to
  // Damascus, for…": past an aside between commas to its "for"
  if (toks[k]?.value === ',') {
    let close = k + 1;
    while (close < k + 10 && close < ctx.sentence.endToken && toks[close]!.value !== ',') close++;
    if (toks[close]?.value === ',' && toks[close + 1]?.lower === 'for') k = close + 1;
  }
  let event: EventSpan | null = null;
  if (toks[k]?.lower === 'for') {
    event = eventAfter(ctx, k + 1);
    if (event === null) return null;
    k = event.end;
  } else if ((opener === null && ![obj, ...others].some((o) => fighters(ctx, o))) || !attackContext(ctx)) return null;
  if (source !== null && source.actor.name === obj.actor.name) return null;
  // each actor its own span: the first with the blamer (and the event), the others as named
  return [obj, ...others].map((o, n) => ({
    first: n === 0 ? (opener !== null ? i : (source?.start ?? i)) : o.start,
    end:
      n === 0 ? (others.length === 0 || event !== null ? k : actorTail(ctx, o.actor.end)) : actorTail(ctx, o.actor.end),
    status: 'attributed' as const,
    actor: o.actor,
    event,
    source: sourceName(source),
    form: 'blamed',
  }));
}

/**
 * The speaker of `Blaming X(,) Y says…` (`i` the participle opening the sentence or following its
 * dateline date, `end` the end of
 * its object): the subject of a speech verb within four words after the object, a comma aside; else `null`.
 */
function openerSource(ctx: Ctx, i: number, end: number): Subject | null {
  const { toks } = ctx;
  // (after a dateline date only: "Wednesday 5 April 2017 Blaming Assad Trump says…")
  const first = ctx.sentence.firstToken;
  if (!(i === first || ctx.dateStart[i - 1] === first) || !toks[i]!.lower.endsWith('ing')) return null;
  const s = toks[end]?.value === ',' ? end + 1 : end;
  for (let v = s + 1; v < ctx.sentence.endToken && v <= s + 4; v++) {
    if (!SAYING.has(toks[v]!.lower)) continue;
    const subject = sourceOf(ctx, v);
    if (subject !== null && subject.start === s) return subject;
    // scraped copy without the comma ("Blaming Assad Trump says…" read as one name): the proper
    // name of one to three words between the object and the verb
    if (s === end && v - s <= 3 && subject !== null && subject.start < s) {
      for (let k = s; k < v; k++) if (toks[k]!.pos !== 'PROPN') return null;
      const name = ctx.doc.norm.slice(toks[s]!.start, toks[v - 1]!.end);
      return { actor: { name, kind: 'person', first: s, end: v, via: 'description', affiliation: null }, start: s };
    }
    return null;
  }
  return null;
}

/**
 * `blamed X for EVENT`, `blamed EVENT on X`, `EVENT blamed on X`, `X, which SOURCE blames for EVENT`:
 * picks the reading by the word after the verb and the auxiliary before it.
 */
export function blame(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADJ' && !(t.lower === 'blamed' || t.lower === 'blames'))
    return null;
  const j = skipForward(ctx, i + 1);
  const next = toks[j]?.lower;
  // "THE X, BLAMED BY THE ARMY FOR THE MASSACRE, …"
  if (toks[i - 1]?.value === ',' && (next === 'by' || next === 'for')) {
    const reduced = reducedAccusation(ctx, i, 'for');
    if (reduced !== null) return reduced;
  }
  if (next === 'on') return blamedOn(ctx, i, j);
  if (next === 'each' || next === 'one') return blamedEachOther(ctx, i, j);
  let b = i - 1;
  while (b > ctx.sentence.firstToken && toks[b]!.pos === 'ADV') b--;
  if (next === 'for') return BE_FORMS.has(toks[b]?.lower ?? '') ? blamedPassive(ctx, i, j) : whichBlames(ctx, i, j);
  const source = sourceOf(ctx, i);
  return blamedEventOn(ctx, i, j, source) ?? blamedActors(ctx, i, j, source);
}

/**
 * `The army and the rebels blamed each other (for EVENT)`: two coordinated subjects that blame one
 * another → each is attributed the attack, with the other as its source (ANNOTATION.md §3).
 */
function blamedEachOther(ctx: Ctx, i: number, j: number): Candidate[] | null {
  const { toks } = ctx;
  const other = toks[j]!.lower === 'each' ? toks[j + 1]?.lower === 'other' : toks[j + 1]?.lower === 'another';
  if (!other) return null;
  const opts = { places: true, descriptions: true } as const;
  const second = headActor(ctx, skipBack(ctx, i - 1), opts);
  if (second === null) return null;
  const c = second.start - 1;
  if (toks[c]?.lower !== 'and' || c - 1 < ctx.sentence.firstToken) return null;
  const first = headActor(ctx, c - 1, opts);
  if (first === null || first.actor.name === second.actor.name) return null;
  let end = j + 2;
  let event: EventSpan | null = null;
  if (toks[end]?.lower === 'for') {
    event = eventAfter(ctx, end + 1);
    if (event !== null) end = event.end;
  }
  if (event === null && !attackContext(ctx)) return null;
  const one = (a: Subject, b: Subject): Candidate => ({
    first: first.start,
    end,
    status: 'attributed',
    actor: a.actor,
    event,
    source: b.actor,
    form: 'blamed',
  });
  return [one(first, second), one(second, first)];
}

/** `pinning the blame on X`, `pointed the finger at X`, `X was to blame`, `the blame lies with X`. */
export function blameNoun(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const w = toks[i]!.lower;
  if (w === 'blame' && toks[i - 1]?.lower === 'to') {
    // "X was to blame", "concluded Russia was to blame"
    const be = i - 2;
    if (!['is', 'was', 'are', 'were', 'be'].includes(toks[be]?.lower ?? '')) return null;
    if (!attackContext(ctx)) return null;
    const subject = subjectOf(ctx, be, OPEN);
    if (subject === null || negatedBetween(ctx, subject.actor.end, i)) return null;
    let event = toks[i + 1]?.lower === 'for' ? eventAfter(ctx, i + 2) : null;
    event ??= eventInSentence(ctx, ctx.sentence);
    return {
      first: subject.start,
      end: event !== null && event.first > i ? event.end : i + 1,
      status: 'attributed',
      actor: subject.actor,
      event,
      source: null,
      form: 'to-blame',
    };
  }
  // "pinning the blame on X", "laid the blame on X", "pointed the finger at X"
  let v = i - 1;
  // "pointed the finger", "pointed their fingers"
  if (toks[v]?.pos === 'DET' || toks[v]?.pos === 'PRON') v--;
  if (!lex.blameNounVerbs.has(toks[v]?.lower ?? '')) return null;
  // "pinned the blame for the explosion on X": the event before the preposition
  // (the event phrase may have taken the "on" for its target: "the explosion on X")
  // ("the attack on the market on X": the first "on" is the target's, the one naming an actor is whom)
  let p = i + 1;
  let before = toks[p]?.lower === 'for' ? eventAfter(ctx, p + 1, 6) : null;
  let obj: Subject | null = null;
  if (before !== null) {
    for (let k = before.head + 1; k <= before.end && obj === null; k++) {
      if (toks[k]?.lower !== 'on' && toks[k]?.lower !== 'at') continue;
      obj = objectActor(ctx, k + 1, OPEN);
      if (obj !== null) before = { ...before, end: k };
    }
  } else if (toks[p]?.lower === 'on' || toks[p]?.lower === 'at') obj = objectActor(ctx, p + 1, OPEN);
  if (obj === null) return null;
  let end = actorTail(ctx, obj.actor.end);
  let event: EventSpan | null = before;
  if (event === null && toks[end]?.lower === 'for') {
    event = eventAfter(ctx, end + 1);
    if (event !== null) end = event.end;
  }
  event ??= eventWithin(ctx, ctx.sentence.firstToken, v - ctx.sentence.firstToken);
  // "pointed their fingers at the regime which denied any responsibility for the attack"
  event ??= eventWithin(ctx, end, 12);
  // "World powers have pointed the finger at the government" after a sentence about the attack
  if (event === null && !attackContext(ctx)) return null;
  const source = sourceOf(ctx, v);
  return {
    first: spanStart(ctx, source, v),
    end,
    status: 'attributed',
    actor: obj.actor,
    event,
    source: sourceName(source),
    form: 'blame-noun',
  };
}

/** Whether the words from `k` name people (`the two priests`, `Carlos Pizarro`, `a judge`): the victims of a killing. */
function victimsAfter(ctx: Ctx, k: number): boolean {
  const { toks, lex } = ctx;
  for (let m = k; m < k + 5 && m < ctx.sentence.endToken; m++) {
    const t = toks[m]!;
    if (t.pos === 'PROPN' || lex.victimHeads.has(t.lower)) return true;
    // "killing hundreds of civilians", "dozens of people": a quantity's "of" before the victims
    if (m > k && quantityOf(toks, m)) continue;
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Vague quantity words (`dozens`, `hundreds`: numbers.json `vague`) that take `of` before what they count. */
const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(Object.keys(numberWords.vague));

/** Whether token `m` is the `of` of a quantity (`40 of`, `hundreds of`), not a complement of a noun (`the town of`). */
function quantityOf(toks: readonly Token[], m: number): boolean {
  const q = toks[m - 1];
  return toks[m]?.lower === 'of' && q !== undefined && (q.pos === 'NUM' || VAGUE_QUANTITIES.has(q.lower));
}

/** Whether the words after `of` (from `k`) accuse someone of an attack. */
function accusedOf(ctx: Ctx, k0: number, depth = 0): { end: number; event: EventSpan | null } | null {
  const { toks, lex } = ctx;
  // "of likely dropping…", "of deliberately targeting…": a hedge or manner adverb before the gerund
  // 'of "murdering"…': a quotation mark opening the accusation's own words
  let k = QUOTES.has(toks[k0]?.value ?? '') ? k0 + 1 : k0;
  while (k < k0 + 2 && toks[k]?.pos === 'ADV' && !lex.negations.has(toks[k]!.lower) && toks[k]!.lower !== 'not') k++;
  // 'of "murdering" party leader X': the closing mark right after the gerund
  const shut = QUOTES.has(toks[k + 1]?.value ?? '') && k > k0 ? 1 : 0;
  const w = toks[k]?.lower ?? '';
  const limit = Math.min(ctx.sentence.endToken, k + 12);
  if (negatedBetween(ctx, k, k + 1) || w === 'not') return null;
  if (lex.perpetrationGerunds.has(w)) {
    // "of being (directly) responsible": adverbs before the responsibility word
    let r = k + 1;
    while (w === 'being' && r < k + 3 && toks[r]?.pos === 'ADV') r++;
    if (w === 'being' && !lex.responsibleWords.has(toks[r]?.lower ?? '')) return null;
    if (w === 'having' && phraseAt(toks, k + 1, lex.perpetration) === 0) return null;
    let weapon = false;
    for (let m = k + 1; m < Math.min(limit, k + 5); m++) if (lex.weapons.has(toks[m]!.lower)) weapon = true;
    if ((w === 'using' || w === 'dropping' || w === 'firing') && !weapon) return null;
    // "of blowing up a bridge", not "of blowing its chance"
    if (w === 'blowing' && toks[k + 1]?.lower !== 'up') return null;
    const event = eventWithin(ctx, toks[k + 1]?.lower === 'out' ? k + 2 : k + 1 + shut, 10);
    if ((w === 'carrying' || w === 'conducting' || w === 'staging' || w === 'launching') && event === null) return null;
    // "of killing (the) two priests", "of killing Carlos Pizarro": people killed are an attack too
    if (w === 'killing' && event === null && !victimsAfter(ctx, k + 1 + shut)) return null;
    let end = event?.end ?? k + 1;
    if (event === null) {
      for (let m = k + 1; m < Math.min(limit, k + 6); m++) {
        if (toks[m]!.value === ',' || toks[m]!.value === '.' || (toks[m]!.pos === 'ADP' && !quantityOf(toks, m))) break;
        // (a dash after the victims ends the phrase: "of gassing many hundreds of people - …")
        if (toks[m]!.pos === 'PUNCT' && !isJoiner(toks[m])) break;
        end = m + 1;
      }
    }
    return { end, event };
  }
  const event = eventAfter(ctx, k, 5);
  if (event !== null && event.cls !== 'generic') return { end: event.end, event };
  // "of war crimes over the bombing of hospitals", "of crimes in the attack on…": a generic wrong
  // named for an attack right after it
  if (event !== null && event.cls === 'generic') {
    const p = toks[event.end]?.lower;
    const named = p === 'over' || p === 'in' || p === 'for' ? eventAfter(ctx, event.end + 1, 4) : null;
    if (named !== null && named.cls !== 'generic') return { end: named.end, event: named };
  }
  // "of violating the truce by shelling the town": the act the accusation names after "by"
  if (depth === 0)
    for (let m = k + 1; m < Math.min(ctx.sentence.endToken, k + 8); m++) {
      const t = toks[m]!;
      if (t.pos === 'PUNCT' && !isJoiner(t)) break;
      if (t.lower === 'by' && (toks[m + 1]?.lower.endsWith('ing') ?? false)) return accusedOf(ctx, m + 1, 1);
    }
  // "accused the regime of responsibility." with the attack in this sentence or the one before
  if (w === 'responsibility' && event === null && toks[k + 1]?.lower !== 'for' && attackContext(ctx))
    return { end: k + 1, event: null };
  return null;
}

/**
 * Whether the object of an active `accused … of` stands before it: a pronoun subject
 * (`which it accused of masterminding…`) or a relative pronoun just before (`whom the army accused of`).
 */
function frontedObject(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  if (PRONOUN_SUBJECTS.has(toks[i - 1]?.lower ?? '')) return true;
  for (let m = i - 1; m >= ctx.sentence.firstToken && m > i - 5; m--)
    if (RELATIVE_PRONOUNS.has(toks[m]!.lower)) return true;
  return false;
}

const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** `SOURCE accused X (and Y) of EVENT`, `X has been accused (by SOURCE) of EVENT`. */
/**
 * The other conjunct of an accused subject: the ally after it (`X and their Russian ally`) or the
 * actor before `and` when that opens the clause (`Syria and Russia have been accused`); else `null`.
 */
function accusedConjunct(ctx: Ctx, subject: Subject): Subject | null {
  const { toks } = ctx;
  const end = actorTail(ctx, subject.actor.end);
  if (toks[end]?.lower === 'and') return allyAt(ctx, end + 1);
  // "The Syrian government and its ally Russia have been accused": past the owner of the ally
  let c = subject.start - 1;
  if (POSSESSIVE_PRONOUNS.has(toks[c]?.lower ?? '')) c--;
  if (toks[c]?.lower !== 'and' || c - 1 < ctx.sentence.firstToken) return null;
  const first = headActor(ctx, c - 1, { places: true });
  if (first === null || first.actor.name === subject.actor.name) return null;
  const kind = first.actor.kind;
  if (kind !== 'government' && kind !== 'group') return null;
  // the first conjunct opens the clause: not "Iran backs the regime and Russia has been accused…"
  const before = toks[first.start - 1];
  const opens =
    first.start === ctx.sentence.firstToken ||
    before?.value === ',' ||
    before?.lower === 'that' ||
    before?.lower === 'both';
  return opens ? first : null;
}

/** Past adverbs and dates before an accuse verb ("was on Monday accused of"): the token before them. */
function beforeAdverbs(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let b = i - 1;
  const s0 = ctx.sentence.firstToken;
  while (b > s0) {
    const ds = ctx.dateStart[b]!;
    if (toks[b]!.pos === 'ADV') b--;
    else if (ds >= s0 && ds <= b) b = toks[ds - 1]?.pos === 'ADP' && ds - 1 > s0 ? ds - 2 : ds - 1;
    else break;
  }
  return b;
}

/** The passive `X is accused (by S) of …`: one claim per coordinated subject. */
function accusedPassive(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  const actor = subjectOf(ctx, i, OPEN);
  if (actor === null) return null;
  let k = i + 1;
  let source: Subject | null = null;
  if (toks[k]?.lower === 'by') {
    source = objectActor(ctx, k + 1, OPEN, 8) ?? phraseAfter(ctx, k + 1);
    while (k < i + 10 && toks[k] !== undefined && toks[k]!.lower !== 'of') k++;
  }
  if (toks[k]?.lower !== 'of') return null;
  const what = accusedOf(ctx, k + 1);
  if (what === null) return null;
  const one: Candidate = {
    first: actor.start,
    end: what.end,
    status: 'attributed',
    actor: actor.actor,
    event: what.event,
    source: sourceName(source),
    form: 'accused-passive',
  };
  // coordinated actors are accused one each (ANNOTATION.md §3): "Syria and Russia have been accused",
  // "regime forces and their Russian ally have been accused"
  const other = accusedConjunct(ctx, actor);
  if (other === null) return one;
  return other.actor.first < actor.actor.first
    ? [{ ...one, first: other.start, actor: other.actor }, one]
    : [one, { ...one, first: other.start, actor: other.actor }];
}

/**
 * The accusation's `of` after the object ending at `k`: past "and its allies", "(…)",
 * 'and the "most radical" sectors', or an apposition ("accused Turkey, a NATO member, of…").
 * `k` itself when none is found.
 */
function ofAfterObject(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  for (let m = k; m < k + 9 && toks[m] !== undefined; m++) {
    if (toks[m]!.lower === 'of') return m;
    // "accused Turkey, a NATO member, of…": an apposition between the object and "of"
    if (toks[m]!.value === ',') {
      let close = m + 1;
      while (close < m + 9 && toks[close] !== undefined && toks[close]!.value !== ',' && toks[close]!.pos !== 'VERB')
        close++;
      return toks[close]?.value === ',' && toks[close + 1]?.lower === 'of' ? close + 1 : k;
    }
    // (a participle hyphenated into a modifier is no verb: "and Iranian-backed militias of…")
    if (toks[m]!.pos === 'VERB' && !isJoiner(toks[m - 1])) return k;
  }
  return k;
}

/** The active `S accused X (and Y) of …`: one claim per coordinated object. */
function accusedActive(ctx: Ctx, i: number): Candidate[] | null {
  const { toks } = ctx;
  const obj = objectActor(ctx, skipForward(ctx, i + 1), OPEN, 10) ?? stateForcesAt(ctx, skipForward(ctx, i + 1));
  if (obj === null) return toks[i + 1]?.lower === 'of' ? relativeAccused(ctx, i) : null;
  let k = ofAfterObject(ctx, actorTail(ctx, obj.actor.end));
  // "accused the KVRC, the DLF and the X of…": the "of" after the last of a list the commas join
  let listed: Subject[] = [];
  if (toks[k]?.lower !== 'of') {
    listed = coordinated(ctx, obj.actor.end);
    const last = listed[listed.length - 1];
    if (last === undefined) return null;
    k = ofAfterObject(ctx, actorTail(ctx, last.actor.end));
    if (toks[k]?.lower !== 'of') return null;
  }
  let what = accusedOf(ctx, k + 1);
  // "accusing the army and the sectors of the government of perpetrating…": the first "of" was a
  // complement of the object; the accusation's "of" follows within a few words
  for (let m = k + 1; what === null && m < k + 8 && m < ctx.sentence.endToken; m++)
    if (toks[m]!.lower === 'of') what = accusedOf(ctx, m + 1);
  if (what === null) return null;
  const source = sourceOf(ctx, i);
  const others = (listed.length > 0 ? listed : coordinated(ctx, obj.actor.end)).filter((o) => o.actor.end <= k + 8);
  return [obj, ...others].map((o, n) => ({
    first: n === 0 ? spanStart(ctx, source, i) : o.start,
    end: n === 0 ? what.end : actorTail(ctx, o.actor.end),
    status: 'attributed' as const,
    actor: o.actor,
    event: what.event,
    source: sourceName(source),
    form: 'accused',
  }));
}

/** `X, which SOURCE accuses of EVENT`: the relative's antecedent is the accused (`of` right after the verb at `i`). */
function relativeAccused(ctx: Ctx, i: number): Candidate[] | null {
  const obj = relativeAntecedent(ctx, i);
  const what = obj === null ? null : accusedOf(ctx, i + 2);
  if (obj === null || what === null) return null;
  const source = subjectOf(ctx, i, OPEN);
  return [
    {
      first: obj.start,
      end: what.end,
      status: 'attributed',
      actor: obj.actor,
      event: what.event,
      source: sourceName(source),
      form: 'which-accuses',
    },
  ];
}

export function accuse(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  // "THE X, ACCUSED BY THE ARMY OF THE MASSACRE, …": a reduced relative on the actor before it
  const reduced = toks[i - 1]?.value === ',' ? reducedAccusation(ctx, i, 'of') : null;
  if (reduced !== null) return reduced;
  const b = beforeAdverbs(ctx, i);
  // "is accused of" is passive; "are accusing X of" is not; "the regime accused of bombing"
  // (a headline's or a reduced relative's passive: an active "accused" has its object before "of")
  const passive =
    (BE_FORMS.has(toks[b]?.lower ?? '') ||
      (toks[i + 1]?.lower === 'of' && toks[i]!.lower === 'accused' && !frontedObject(ctx, i))) &&
    !toks[i]!.lower.endsWith('ing');
  if (passive) return accusedPassive(ctx, i);
  if (negatedBetween(ctx, i - 3, i)) return null; // "has not publicly accused"
  let hasOf = false;
  for (let m = i + 1; m < Math.min(ctx.sentence.endToken, i + 16) && !hasOf; m++) hasOf = toks[m]!.lower === 'of';
  if (!hasOf) return bareAccused(ctx, i);
  return accusedActive(ctx, i);
}

/** What may follow a bare accused object: the end of its clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', 'and', ...NON_RESTRICTIVE_RELATIVES]);

/**
 * `SOURCE accused X.` with no `of`, as a bare `blamed X` (issue 13): who did the attack the
 * sentence or the one before reports, when X can be behind an attack (a group, a state, fighters:
 * `the priest accused the "Atlacatl" Battalion soldiers, particularly an officer`) and the clause
 * ends with X. `suspect` stays out (`the suspected rebels`), and a pronoun object too.
 */
function bareAccused(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i]!.lemma !== 'accuse' || toks[i]!.pos !== 'VERB') return null;
  const obj = objectActor(ctx, skipForward(ctx, i + 1), OPEN, 10);
  if (obj === null || !fighters(ctx, obj) || !attackContext(ctx)) return null;
  const k = actorTail(ctx, obj.actor.end);
  if (k < ctx.sentence.endToken && !CLAUSE_ENDS.has(toks[k]!.lower)) return null;
  const source = sourceOf(ctx, i);
  if (source === null || source.actor.name === obj.actor.name) return null;
  return {
    first: spanStart(ctx, source, i),
    end: k,
    status: 'attributed',
    actor: obj.actor,
    event: null,
    source: sourceName(source),
    form: 'accused',
  };
}

/** `EVENT (was) attributed to X`, `SOURCE attributed EVENT to X`. */
export function attribute(ctx: Ctx, i: number): Candidate | Candidate[] | null {
  const { toks } = ctx;
  let to = skipForward(ctx, i + 1);
  let event: EventSpan | null = null;
  let source: Subject | null = null;
  // the passive's agent before "to": "THE BOMBING WAS ATTRIBUTED BY THE POLICE TO X"
  let agent: Subject | null = null;
  if (toks[to]?.lower === 'by') {
    agent = objectActor(ctx, to + 1, OPEN, 5) ?? phraseAfter(ctx, to + 1);
    if (agent === null || toks[agent.actor.end]?.lower !== 'to') return null;
    to = agent.actor.end;
  }
  if (toks[to]?.lower !== 'to') {
    event = eventAfter(ctx, to, 6);
    if (event === null) return null;
    to = event.end;
    while (to < event.end + 5 && toks[to] !== undefined && toks[to]!.lower !== 'to' && toks[to]!.value !== ',') to++;
    // "ATTRIBUTED THE MASSACRE, IN WHICH 14 PEASANTS DIED, TO X": past an aside on the attack
    if (toks[to]?.value === ',') to = pastCommaAside(ctx, to, 'to');
    if (toks[to]?.lower !== 'to') return null;
    source = subjectOf(ctx, i, OPEN);
  } else {
    let k = skipBack(ctx, i - 1);
    // "The attacks, attributed to X by police, killed…": a reduced relative in commas
    if (toks[k]?.value === ',') k--;
    // "whose murder has been attributed to X"; "the killing of the mayor was attributed to X": the
    // subject's head before its complement
    event = k >= ctx.sentence.firstToken ? (eventAt(ctx, k) ?? eventEndingNear(ctx, k)) : null;
    // "the attack, which the authorities attributed to X": the relative's subject is the source
    if (event === null) {
      source = sourceOf(ctx, i);
      const m = source === null ? -1 : source.start - 1;
      event = m > ctx.sentence.firstToken && RELATIVE.has(toks[m]!.lower) ? relativeAntecedentEvent(ctx, m) : null;
    }
    if (event === null) return null;
  }
  const obj = objectActor(ctx, to + 1, OPEN);
  // (an acronym the lexicon does not know is a group read as a description: "attributed to the KVR")
  if (obj === null || (obj.actor.via === 'description' && obj.actor.kind !== 'group')) {
    // a description only when it names people ("attributed to rebels"), not "a fire"
    if (obj === null || !ctx.lex.descriptionHeads.has(ctx.toks[obj.actor.end - 1]!.lower)) return null;
  }
  // "attributed to X by police": who attributes it, after the passive's object
  if (source === null && toks[obj.actor.end]?.lower === 'by') source = objectActor(ctx, obj.actor.end + 1, OPEN, 5);
  source ??= agent;
  return withConjuncts(ctx, attributedToObject(ctx, i, event, source, obj.actor, 'attributed-to'));
}

/**
 * A claim on an object and one on each actor coordinated after it, with the same attack and source
 * (`was blamed on X and Y`, `attributed to X and Y`): ANNOTATION.md §3, one claim per coordinated actor.
 */
function withConjuncts(ctx: Ctx, c: Candidate): Candidate | Candidate[] {
  if (c.actor === null) return c;
  const others = coordinated(ctx, c.actor.end);
  if (others.length === 0) return c;
  return [c, ...others.map((o) => ({ ...c, actor: o.actor, end: Math.max(c.end, actorTail(ctx, o.actor.end)) }))];
}

/**
 * `X is (being) held responsible (for EVENT)`, `EVENT, for which X were held responsible`:
 * the passive, whose subject is the actor; `held` at `i`.
 */
function heldPassive(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  let k = i + 1;
  while (k < i + 3 && toks[k]?.pos === 'ADV') k++;
  if (!lex.responsibleWords.has(toks[k]?.lower ?? '')) return null;
  // the subject before the auxiliaries ("are being held")
  let v = i;
  while (v - 1 > ctx.sentence.firstToken && (BE_FORMS.has(toks[v - 1]!.lower) || toks[v - 1]!.pos === 'ADV')) v--;
  const subject = subjectOf(ctx, v, OPEN);
  if (subject === null || negatedBetween(ctx, subject.actor.end, i)) return null;
  let end = k + 1;
  let event: EventSpan | null = null;
  if (toks[end]?.lower === 'for') {
    event = eventAfter(ctx, end + 1);
    if (event !== null) end = event.end;
  }
  let first = subject.start;
  // "this incident, for which the FMLN guerrillas are being held responsible"
  if (event === null && RELATIVE.has(toks[first - 1]?.lower ?? '') && toks[first - 2]?.lower === 'for') {
    event = eventEndingNear(ctx, toks[first - 3]?.value === ',' ? first - 4 : first - 3);
    if (event !== null) first = event.first;
  }
  if (event === null && !attackContext(ctx)) return null;
  return { first, end, status: 'attributed', actor: subject.actor, event, source: null, form: 'held-responsible' };
}

/**
 * The antecedent of a relative pronoun that is the object of `hold … responsible` at `i` (`the KVR,
 * which / whom the government holds responsible for the bombing`): the actor before `, which
 * SOURCE`, when the responsibility word follows the verb directly (adverbs and quotation marks
 * aside); else `null`.
 */
function relativeObject(ctx: Ctx, i: number): Subject | null {
  const { toks, lex } = ctx;
  let k = i + 1;
  while (k < i + 4 && (toks[k]?.pos === 'ADV' || QUOTES.has(toks[k]?.value ?? ''))) k++;
  if (!lex.responsibleWords.has(toks[k]?.lower ?? '')) return null;
  return relativeAntecedent(ctx, i);
}

/**
 * The antecedent of a relative pronoun that is the object of the verb at `i`, whose subject
 * follows the pronoun (`the KVR, which / whom the government holds…`, `THE X, WHICH THE ARMY
 * ACCUSES…`): the actor before `, which SOURCE`; else `null`.
 */
function relativeAntecedent(ctx: Ctx, i: number): Subject | null {
  const { toks } = ctx;
  const source = subjectOf(ctx, i, OPEN);
  if (source === null) return null;
  const r = source.start - 1;
  const rel = toks[r]?.lower ?? '';
  if (rel !== 'which' && rel !== 'whom' && rel !== 'who' && rel !== 'that') return null;
  return actorEndingAt(ctx, toks[r - 1]?.value === ',' ? r - 2 : r - 1);
}

/**
 * The actor (no medium) whose phrase ends at token `before`, past the name's acronym in brackets
 * (`THE X Y ARMY (XYA)`); else `null`.
 */
function actorEndingAt(ctx: Ctx, before0: number): Subject | null {
  const { toks } = ctx;
  let before = before0;
  const close = toks[before]?.value;
  if ((close === ')' || close === ']') && toks[before - 2]?.value === (close === ')' ? '(' : '[')) before -= 3;
  if (before < ctx.sentence.firstToken) return null;
  const actor = headActor(ctx, before, { places: false, descriptions: true });
  return actor === null || actor.actor.kind === 'media' ? null : actor;
}

/**
 * A reduced relative set off by a comma after an actor puts an attack on it: `THE X, ACCUSED BY
 * THE ARMY OF THE MASSACRE,`, `the X, blamed by police for the bombing,` (the participle at `i`,
 * `by SOURCE` optional, then `prep` and the attack within ten tokens); else `null`.
 */
function reducedAccusation(ctx: Ctx, i: number, prep: 'of' | 'for'): Candidate | null {
  const { toks } = ctx;
  if (toks[i - 1]?.value !== ',') return null;
  const actor = actorEndingAt(ctx, i - 2);
  if (actor === null) return null;
  let k = i + 1;
  let source: Subject | null = null;
  if (toks[k]?.lower === 'by') {
    source = objectActor(ctx, k + 1, OPEN, 8) ?? phraseAfter(ctx, k + 1);
    while (k < i + 10 && k < ctx.sentence.endToken && toks[k]!.lower !== prep && toks[k]!.value !== ',') k++;
  }
  if (toks[k]?.lower !== prep) return null;
  const what = prep === 'of' ? accusedOf(ctx, k + 1) : wrapEvent(eventAfter(ctx, k + 1));
  if (what === null) return null;
  return {
    first: actor.start,
    end: what.end,
    status: 'attributed',
    actor: actor.actor,
    event: what.event,
    source: sourceName(source),
    form: 'reduced-relative',
  };
}

/** An event as the end and event of an accusation's object; `null` for none. */
const wrapEvent = (e: EventSpan | null): { end: number; event: EventSpan } | null =>
  e === null ? null : { end: e.end, event: e };

/** `SOURCE held X responsible for EVENT`, and the passive (`X is held responsible`). */
export function heldResponsible(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  let b = i - 1;
  while (b > ctx.sentence.firstToken && toks[b]!.pos === 'ADV') b--;
  if (BE_FORMS.has(toks[b]?.lower ?? '') || toks[b]?.lower === 'being') return heldPassive(ctx, i);
  // Cheap test first ("held talks", "rebel-held" are everywhere): the responsibility word comes after
  // the object and its tail, which end in the sentence (a tail's "(X)" may reach two tokens past it).
  let responsible = false;
  const last = Math.min(ctx.sentence.endToken + 2, toks.length - 1);
  // (right after the verb when its object is a relative pronoun before it: "X, which SOURCE holds responsible")
  for (let k = i + 1; k <= last && !responsible; k++) responsible = lex.responsibleWords.has(toks[k]!.lower);
  if (!responsible) return null;
  const direct = objectActor(ctx, i + 1, OPEN, 8);
  const obj = direct ?? relativeObject(ctx, i);
  if (obj === null) return null;
  const base = direct === null ? i + 1 : obj.actor.end;
  let k = direct === null ? i + 1 : actorTail(ctx, obj.actor.end);
  // 'holds the army "fully responsible"': quotation marks and adverbs inside the phrase
  // ("directly and fully responsible": coordinated adverbs)
  while (
    k < base + 5 &&
    (QUOTES.has(toks[k]?.value ?? '') ||
      toks[k]?.pos === 'ADV' ||
      (toks[k]?.lower === 'and' && toks[k - 1]?.pos === 'ADV' && toks[k + 1]?.pos === 'ADV'))
  )
    k++;
  if (!lex.responsibleWords.has(toks[k]?.lower ?? '')) return null;
  if (QUOTES.has(toks[k + 1]?.value ?? '')) k++;
  k++;
  let event: EventSpan | null = null;
  if (toks[k]?.lower === 'for') {
    event = eventAfter(ctx, k + 1);
    if (event !== null) k = event.end;
  }
  // (a relative's antecedent only with the attack named: "X, who holds responsible posts," is none)
  if (event === null && (direct === null || !attackContext(ctx))) return null;
  const source = subjectOf(ctx, i, OPEN);
  return {
    first: spanStart(ctx, source, i),
    end: k,
    status: 'attributed',
    actor: obj.actor,
    event,
    source: sourceName(source),
    form: 'held-responsible',
  };
}

/** "pointed to Russian responsibility for the strike": the state its adjective names. */
function stateResponsibility(ctx: Ctx, i: number, adjState: string): Candidate | null {
  const { toks } = ctx;
  const forK = toks[i + 1]?.lower === 'for' ? i + 2 : -1;
  const event = forK > 0 ? eventAfter(ctx, forK) : null;
  if (event === null && !attackContext(ctx)) return null;
  const actor: ResolvedActor = {
    name: adjState,
    kind: 'government',
    first: i - 1,
    end: i,
    via: 'known',
    affiliation: null,
  };
  return {
    first: i - 1,
    end: event?.end ?? i + 1,
    status: 'attributed',
    actor,
    event,
    source: null,
    form: 'responsibility-of',
  };
}

/** "X's responsibility" (the possessive ends at `k`): a named actor, or a state's description or fighters. */
function possessorResponsibility(ctx: Ctx, k: number, event: EventSpan | null, end: number): Candidate | null {
  const { toks, lex } = ctx;
  const m = ctx.idx.endingAt.get(k - 1);
  if (m === undefined) {
    // "THE GOVERNMENT'S RESPONSIBILITY FOR THE MASSACRE", "the army's responsibility": a state's
    // description or fighters, for a named attack
    const d = event === null || event.cls === 'generic' ? null : headActor(ctx, k - 1, { descriptions: true });
    if (d === null || d.actor.kind !== 'description' || !lex.descriptionHeads.has(toks[d.actor.end - 1]!.lower))
      return null;
    const actor = stateOfDescription(ctx, d.actor);
    return { first: d.start, end, status: 'attributed', actor, event, source: null, form: 'responsibility-of' };
  }
  if (m.modifier) return null;
  const actor = actorOf(m);
  return { first: m.firstToken, end, status: 'attributed', actor, event, source: null, form: 'responsibility-of' };
}

/** "the rebels bore full responsibility" (the bear verb at `k`, the noun at `i`). */
function bearerResponsibility(ctx: Ctx, k: number, i: number, event: EventSpan | null, end: number): Candidate | null {
  const { toks, lex } = ctx;
  // fighters or forces described, as well as a name (an unknown proper name is no actor here:
  // "the Security Council bears responsibility")
  let subject = subjectOf(ctx, k, { places: true });
  if (subject === null) {
    const d = subjectOf(ctx, k, { places: true, descriptions: true });
    if (d !== null && d.actor.kind === 'description' && lex.descriptionHeads.has(toks[d.actor.end - 1]!.lower))
      subject = { ...d, actor: stateOfDescription(ctx, d.actor) };
  }
  // "the Security Council bears responsibility (to protect…)": a body that attacks no one
  if (subject?.actor.kind === 'organisation' || subject?.actor.kind === 'media') return null;
  if (subject === null || negatedBetween(ctx, subject.actor.end, i)) return null;
  return {
    first: subject.start,
    end,
    status: 'attributed',
    actor: subject.actor,
    event,
    source: null,
    form: 'bears-responsibility',
  };
}

/** `X bears (primary) responsibility for EVENT`, `X's (direct) responsibility for EVENT`. */
export function responsibility(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const adjState = stateOfDemonym(toks[i - 1]?.value ?? '');
  // ("denied Russian responsibility" is the denial form's)
  if (adjState !== null && toks[i - 2]?.lower !== 'no' && !verbIn(lex, 'denialVerbs', toks[i - 2]))
    return stateResponsibility(ctx, i, adjState);
  let k = i - 1;
  // 'bore "full responsibility"': adjectives, and the marks around the source's words
  while (k >= ctx.sentence.firstToken && (toks[k]!.pos === 'ADJ' || QUOTATION_MARKS.has(toks[k]!.value))) k--;
  const possessive = isPossessive(toks[k]);
  // "the Assad regimes responsibility": a possessive that lost its apostrophe
  const glued = possessive || lex.bearVerbs.has(toks[k]?.lower ?? '') ? null : gluedPossessor(ctx, k);
  if (!possessive && glued === null && !lex.bearVerbs.has(toks[k]?.lower ?? '')) return null;
  // "X's responsibility in this slaughter": with "in", only for an attack named right after it
  // ('"full responsibility" for': past the closing mark)
  const p = QUOTATION_MARKS.has(toks[i + 1]?.value ?? '') && k < i - 1 ? i + 2 : i + 1;
  const prep = toks[p]?.lower;
  const forK = prep === 'for' || prep === 'in' ? p + 1 : -1;
  const event = forK > 0 ? eventAfter(ctx, forK) : null;
  if (prep === 'in' && (event === null || event.cls === 'generic')) return null;
  if (event === null && !attackContext(ctx)) return null;
  const end = event?.end ?? i + 1;
  if (glued !== null)
    return {
      first: glued.start,
      end,
      status: 'attributed',
      actor: glued.actor,
      event,
      source: null,
      form: 'responsibility-of',
    };
  if (isPossessive(toks[k])) return possessorResponsibility(ctx, k, event, end);
  if (!lex.bearVerbs.has(toks[k]?.lower ?? '')) return null;
  return bearerResponsibility(ctx, k, i, event, end);
}

/** `EVENT bore the hallmarks of X`. */
export function hallmarks(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i + 1]?.lower !== 'of') return null;
  const obj = objectActor(ctx, i + 2, {});
  if (obj === null) return null;
  const event = eventInSentence(ctx, ctx.sentence);
  let first = i;
  while (first > ctx.sentence.firstToken && first > i - 4 && toks[first - 1]!.pos !== 'VERB') first--;
  if (first > ctx.sentence.firstToken) first--;
  return {
    first: event !== null && event.first < first ? event.first : first,
    end: actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event,
    source: null,
    form: 'hallmarks',
  };
}

/** `suspected X militants (attacked…)`, `X is suspected of EVENT`. */
/**
 * `Suspicion fell on the Islamic State`, `suspicions focused on the PKK`: the one suspicion falls on
 * is attributed the attack in sight (ANNOTATION.md §3), with no source (the text's own report of who
 * is suspected). `i` is the suspicion noun.
 */
export function suspicionOn(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  let v = i + 1;
  if (toks[v]?.pos === 'ADV' || toks[v]?.pos === 'AUX') v++;
  if (!lex.suspicionVerbs.has(toks[v]?.lower ?? '')) return null;
  let on = v + 1;
  if (toks[on]?.pos === 'ADV') on++;
  if (toks[on]?.lower !== 'on' && toks[on]?.lower !== 'upon') return null;
  // "no suspicion fell on…", "suspicion has not fallen on…"
  if (NEGATIVE_DETERMINERS.has(toks[i - 1]?.lower ?? '') || negatedBetween(ctx, i, on)) return null;
  const obj = objectActor(ctx, on + 1, OPEN, 8);
  if (obj === null || obj.actor.kind === 'media' || obj.actor.kind === 'organisation') return null;
  if (obj.actor.kind === 'description' && !lex.descriptionHeads.has(toks[obj.actor.end - 1]!.lower)) return null;
  if (!attackContext(ctx)) return null;
  return {
    first: i,
    end: actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event: null,
    source: null,
    form: 'suspicion-on',
  };
}

/**
 * `suspected IS militants`, `a suspected Boko Haram attack`: the group right after the hedge word at
 * `i`; `police suspect the Islamic State`: the group a suspecting verb takes as its object, the
 * verb's subject the source. `X is suspected of / in EVENT`: the subject.
 */
export function suspected(ctx: Ctx, i: number): Candidate | null {
  const { toks, idx } = ctx;
  // (the verb with its object: "investigators suspect the Islamic State")
  const verb = toks[i]!.pos === 'VERB' && toks[i + 1]?.pos === 'DET';
  const m = idx.startingAt.get(verb ? i + 2 : i + 1);
  if (m !== undefined && !m.modifier && m.via !== 'place' && m.kind === 'group') {
    if (!attackContext(ctx)) return null;
    const actor = actorOf(m);
    // (its subject is the source when one is found: "but police suspect…" names a plain noun)
    if (verb && toks[i - 1]?.pos === 'DET') return null;
    const by = verb ? subjectOf(ctx, i, { descriptions: true }) : null;
    return {
      first: by?.start ?? i,
      end: actorTail(ctx, m.endToken),
      status: 'attributed',
      actor,
      event: null,
      source: by?.actor ?? null,
      form: 'suspected-x',
    };
  }
  if (toks[i + 1]?.lower !== 'of' && toks[i + 1]?.lower !== 'in') return suspectedObject(ctx, i);
  const prev = toks[i - 1]?.lower ?? '';
  if (!['is', 'was', 'are', 'were', 'been', 'being'].includes(prev)) return reducedSuspected(ctx, i);
  const what =
    accusedOf(ctx, i + 2) ??
    (() => {
      const e = eventAfter(ctx, i + 2, 5);
      return e === null ? null : { end: e.end, event: e };
    })();
  if (what === null) return null;
  const subject = subjectOf(ctx, i, { places: true });
  if (subject === null) return null;
  return {
    first: subject.start,
    end: what.end,
    status: 'attributed',
    actor: subject.actor,
    event: what.event,
    source: null,
    form: 'suspected-of',
  };
}

/**
 * `three X members suspected of the bombing`, `a member of X suspected of planting the bomb`: the
 * participle at `i` after a noun, a reduced relative on the phrase it ends; attributed to that
 * phrase's group (a group only: `two men suspected of the murder` names no one), when an attack
 * follows `of` / `in`.
 */
function reducedSuspected(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  const prev = toks[i - 1];
  if (toks[i]!.lower !== 'suspected' || prev === undefined || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN'))
    return null;
  const what = accusedOf(ctx, i + 2);
  if (what === null || what.event === null) return null;
  const np = headActor(ctx, i - 1, {});
  if (np === null || np.actor.kind !== 'group') return null;
  return {
    first: np.start,
    end: what.end,
    status: 'attributed',
    actor: np.actor,
    event: what.event,
    source: null,
    form: 'suspected-of',
  };
}

/**
 * `SOURCE suspect(s) X (of / in EVENT)`: the active verb at `i` with a group as its object, a name
 * in apposition after a group noun too (`POLICE SUSPECT THE MAOIST ORGANIZATION, "X," IN THE
 * ATTACK`); the attack after `of` / `in`, or one the sentence or the one before reports.
 */
function suspectedObject(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i]!.pos !== 'VERB' || toks[i]!.lower.endsWith('ing')) return null;
  const source = sourceOf(ctx, i);
  if (source === null || negatedBetween(ctx, source.actor.end, i)) return null;
  const obj = objectActor(ctx, skipForward(ctx, i + 1), OPEN, 10) ?? namedInApposition(ctx, i + 1);
  if (obj === null || obj.actor.kind !== 'group') return null;
  let k = actorTail(ctx, obj.actor.end);
  while (k < obj.actor.end + 3 && (toks[k]?.value === ',' || QUOTATION_MARKS.has(toks[k]?.value ?? ''))) k++;
  const prep = toks[k]?.lower;
  const what = prep === 'of' || prep === 'in' ? accusedOf(ctx, k + 1) : null;
  // (an of-phrase that names no attack: "suspect X of planning a march")
  if (what === null && (prep === 'of' || prep === 'in')) return null;
  if ((what === null || what.event === null) && !attackContext(ctx)) return null;
  return {
    first: spanStart(ctx, source, i),
    end: what?.end ?? actorTail(ctx, obj.actor.end),
    status: 'attributed',
    actor: obj.actor,
    event: what?.event ?? null,
    source: sourceName(source),
    form: 'suspected-x',
  };
}

/**
 * A group named in apposition after a group noun that opens at `k` (`THE MAOIST ORGANIZATION,
 * "X Y,"`, `the rebel group, X,`): the name after the comma (and an opening mark), within a few words.
 */
function namedInApposition(ctx: Ctx, k: number): Subject | null {
  const { toks, lex } = ctx;
  for (let c = k + 1; c < k + 10 && c < ctx.sentence.endToken; c++) {
    if (toks[c]!.value !== ',') continue;
    if (!lex.groupNouns.has(toks[c - 1]!.lower)) return null;
    const n = QUOTATION_MARKS.has(toks[c + 1]?.value ?? '') ? c + 2 : c + 1;
    const m = ctx.idx.startingAt.get(n);
    if (m === undefined || m.modifier || m.kind !== 'group') return null;
    return { actor: actorOf(m), start: k };
  }
  return null;
}

/**
 * `X, WHO ACCORDING TO POLICE PLANTED THE BOMB,`: a relative clause whose aside names who reports
 * the act (`according` at `i`); the antecedent X is the actor, the aside's noun phrase the source,
 * when a perpetration or attack verb follows the aside and an attack is named or in sight.
 */
export function accordingRelative(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  if (toks[i + 1]?.lower !== 'to' || !RELATIVE.has(toks[i - 1]?.lower ?? '') || toks[i - 2]?.value !== ',') return null;
  const antecedent = headActor(ctx, i - 3, OPEN);
  if (antecedent === null || antecedent.actor.kind === 'media' || antecedent.actor.kind === 'organisation') return null;
  // the act: a perpetration phrase or an agent verb within a few words after "according to"
  // (the source's own words are read by the tagger as anything: "police" is a verb to it)
  let v = -1;
  let verbEnd = -1;
  for (let j = i + 3; j < Math.min(ctx.sentence.endToken, i + 9) && verbEnd < 0; j++) {
    const n = phraseAt(toks, j, lex.perpetration);
    if (n > 0 || lex.agentVerbs.has(toks[j]!.lower)) [v, verbEnd] = [j, j + Math.max(n, 1)];
  }
  if (verbEnd < 0 || negatedBetween(ctx, i, v)) return null;
  let last = v;
  while (
    last > i + 2 &&
    (toks[last - 1]!.value === ',' || toks[last - 1]!.pos === 'AUX' || toks[last - 1]!.pos === 'ADV')
  )
    last--;
  const source =
    objectActor(ctx, i + 2, { places: true, descriptions: true }, last - i - 2) ?? spanSource(ctx, i + 2, last);
  const event = eventAfter(ctx, verbEnd, 6);
  if (event === null && !attackContext(ctx)) return null;
  return {
    first: antecedent.start,
    end: event?.end ?? verbEnd,
    status: 'attributed',
    actor: antecedent.actor,
    event,
    source: source?.actor ?? null,
    form: 'according-relative',
  };
}

/** Prepositions that put the implicated actor in the attack. */
const IMPLICATING = new Set(['in', 'to', 'with']);

/**
 * `SOURCE implicated X in EVENT`, `documents linking X with EVENT`, `ties X to EVENT`: the
 * active verb with its object and the attack after `in`/`to`/`with` (the passive `X is implicated
 * in` is read by the attributed forms).
 */
export function implicate(ctx: Ctx, i: number): Candidate[] | null {
  const { toks } = ctx;
  if (toks[i]!.pos !== 'VERB' || BE_FORMS.has(toks[skipBack(ctx, i - 1)]?.lower ?? '')) return null;
  // (the object comes first: "fighters linked to X", "implicated in the murder" are reduced passives)
  if (IMPLICATING.has(toks[i + 1]?.lower ?? '')) return null;
  const obj = objectActor(ctx, i + 1, OPEN, 10);
  if (obj === null) return null;
  // a description only when it names people or a force ("implicated officers", not "a fire")
  const head = toks[obj.actor.end - 1]!.lower;
  if (obj.actor.via === 'description' && !ctx.lex.descriptionHeads.has(head) && !ctx.lex.forceNouns.has(head))
    return null;
  // "implicated four officers and five members of the army in…": every conjunct
  const actors = [obj, ...coordinated(ctx, obj.actor.end)];
  const k = pastOwner(ctx, afterGloss(ctx, actorTail(ctx, actors[actors.length - 1]!.actor.end)));
  if (!IMPLICATING.has(toks[k]?.lower ?? '')) return null;
  const event = eventAfter(ctx, k + 1, 6);
  if (event === null || event.cls === 'generic') return null;
  const source = sourceOf(ctx, i);
  return actors.map((a) => attributedToObject(ctx, i, event, source, a.actor, 'implicated'));
}

/**
 * `SOURCE condemned / denounced X (and Y) for EVENT` (a verb of en/condemnation-verbs.json): an accusation of
 * each named actor, only with `for` and an attack after them (`condemned the attack` names no one;
 * `denounced the Front for its statements` is no attack); verb at `i`.
 */
export function censure(ctx: Ctx, i: number): Candidate[] | null {
  const { toks } = ctx;
  if (toks[i]!.pos !== 'VERB') return null;
  const j = skipForward(ctx, i + 1);
  const obj = objectActor(ctx, j, {}, 8);
  if (obj === null || obj.actor.kind === 'media' || obj.actor.kind === 'person') return null;
  const others = coordinated(ctx, obj.actor.end);
  const k = actorTail(ctx, others.length > 0 ? others[others.length - 1]!.actor.end : obj.actor.end);
  if (toks[k]?.lower !== 'for') return null;
  const event = eventAfter(ctx, k + 1);
  if (event === null || event.cls === 'generic' || negatedBetween(ctx, ctx.sentence.firstToken, i)) return null;
  const source = sourceOf(ctx, i);
  return [obj, ...others].map((o) => ({
    first: spanStart(ctx, source, i),
    end: event.end,
    status: 'attributed',
    actor: o.actor,
    event,
    source: sourceName(source),
    form: 'blamed',
  }));
}
