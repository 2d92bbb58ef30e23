/**
 * Responsibility claims (ANNOTATION.md §3): who claimed, hedged, denied or
 * was blamed for an attack.
 *
 * How it works: one pass over the tokens of each sentence; a token that is a
 * cue word (a data file: `src/lexicon/claims.json`, `src/lexicon/attacks.json`)
 * triggers the small forms registered for it (`forms/*.ts`), each reading a
 * bounded window around the cue with the shallow helpers of `syntax.ts` and
 * the shared actor index (`src/actors/`). A refiner (`merge.ts`) keeps one
 * reading per actor where forms overlap. Sources named inside quotes and
 * casualty figures are added afterwards by `src/link/`.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { EntityRef, ResponsibilityClaim } from '../types.js';
import { refFor } from '../entities/index.js';
import { knownActorByName, lookupActor } from '../actors/known.js';
import { stateOfCountry, stateOfDemonym, stateOfDescription, stateWords } from './forms/agent.js';
import { attributedClauses, attributionAt } from '../attribution/index.js';
import { makeCandidate, type Candidate, type Form } from './candidate.js';
import beliefVerbs from '../lexicon/en/belief-verbs.json';
import condemnationVerbs from '../lexicon/en/condemnation-verbs.json';
import {
  accordingRelative,
  accuse,
  attribute,
  blame,
  censure,
  blameNoun,
  hallmarks,
  heldResponsible,
  implicate,
  responsibility,
  sourceOf,
  suspected,
  suspicionOn,
} from './forms/blamed.js';
import {
  agentAttack,
  agentVerb,
  atHandsOf,
  believedState,
  byAgent,
  fromPlatform,
  negatedAgentVerb,
  openedFire,
  orderedBy,
  stateComplement,
} from './forms/agent.js';
import {
  actorAttack,
  attackerFrom,
  attackVerb,
  byPhrase,
  cleftAgent,
  perpetration,
  responsible,
  useOf,
  workOf,
} from './forms/attributed.js';
import {
  accordingOwn,
  admission,
  claimedBy,
  claimNoun,
  claimVerb,
  datelineMedium,
  saidItDid,
  selfIdentified,
  weDidIt,
} from './forms/claimed.js';
import { denial, denialNoun } from './forms/denied.js';
import { releaseAct, releasePromise } from './forms/release.js';
import { implied, praise, stopShort } from './forms/hedged.js';
import { noOneClaimed, unclaimedAdjective } from './forms/unclaimed.js';
import { namedAttacker } from './forms/named.js';
import { frontParent } from './forms/front.js';
import { lexicon, verbIn, type AttackClass, type LemmaClass, type Lexicon } from './lexicon.js';
import { mergeCandidates } from './merge.js';
import { claimConfidence } from './confidence.js';
import {
  ANAPHOR_DETERMINERS,
  conditional,
  isPossessive,
  makeActor,
  makeCtx,
  nounAnaphor,
  resolveAnaphor,
  NOMINAL_POS,
  unrealModal,
  type Ctx,
  type ResolvedActor,
  type Subject,
  inHeadline,
  isJoiner,
} from './syntax.js';
import { ARTICLES, HAVE_FORMS, NEGATIVE_DETERMINERS, POSSESSIVE_DETERMINERS } from '../lexicon/en/index.js';
import { checkDocument } from '../document/input.js';
import { speechForms } from '../lexicon/en/index.js';
import { isUpperCase, isYearWord } from '../syntax/tokens.js';
import { defineWordClass } from '../document/classes.js';

/** Speech verbs after which a group's own account can follow (`X said it carried out…`): the speech-verb lemma class. */
const SAYING = speechForms('ownAccount');

let triggers: Map<string, Form[]> | null = null;
/**
 * Lemma → the forms it triggers, for a token tagged VERB whose word triggers nothing (`rejecting` →
 * reject): a form that is also a cue of another class must stay listed in its own class.
 */
let lemmaTriggers: Map<string, Form[]> | null = null;

/** Adds `form` to the trigger list of each word (once per word, in the order the forms are added). */
function addTrigger(map: Map<string, Form[]>, words: Iterable<string>, form: Form): void {
  for (const w of words) {
    const list = map.get(w) ?? [];
    if (!list.includes(form)) list.push(form);
    map.set(w, list);
  }
}

/** The attack nouns (`attacks.json`) whose class passes `keep`. */
function attackNouns(lex: Lexicon, keep: (c: AttackClass) => boolean): string[] {
  return [...lex.attack].filter(([, c]) => keep(c)).map(([w]) => w);
}

/** Step 1: the forms of a group's own word, a denial, a blame or a suspicion (their cue words, in form order). */
function addSpeechTriggers(map: Map<string, Form[]>, lex: Lexicon): void {
  addTrigger(map, lex.claimVerbs, claimVerb);
  addTrigger(map, lex.acceptVerbs, claimVerb);
  addTrigger(map, lex.claimVerbs, claimedBy);
  addTrigger(map, lex.claimNouns, claimNoun);
  addTrigger(map, SAYING, saidItDid);
  addTrigger(map, ['we', 'our'], weDidIt);
  addTrigger(map, lex.unclaimedSubjects, noOneClaimed);
  addTrigger(map, lex.unclaimedAdjectives, unclaimedAdjective);
  addTrigger(map, lex.denialVerbs, denial);
  addTrigger(map, lex.denialNouns, denialNoun);
  addTrigger(map, lex.hedgeVerbs, praise);
  addTrigger(map, lex.stopShort.byFirst.keys(), stopShort);
  addTrigger(map, lex.implyVerbs, implied);
  addTrigger(map, lex.blameVerbs, blame);
  addTrigger(map, lex.blameNouns, blameNoun);
  addTrigger(map, lex.accuseVerbs, accuse);
  addTrigger(map, lex.attributeVerbs, attribute);
  addTrigger(map, lex.implicateVerbs, implicate);
  addTrigger(map, lex.holdVerbs, heldResponsible);
  addTrigger(map, lex.responsibilityNouns, responsibility);
  addTrigger(map, lex.hallmarks, hallmarks);
  addTrigger(map, lex.suspectWords, suspected);
  addTrigger(map, lex.suspicionNouns, suspicionOn);
  addTrigger(map, ['according'], accordingRelative);
  addTrigger(map, ['according'], accordingOwn);
}

/** Step 2: the forms that narrate an attack with its agent (`by X`, `X's attack`, `X shelled…`). */
function addAgentTriggers(map: Map<string, Form[]>, lex: Lexicon): void {
  addTrigger(map, ['by'], byPhrase);
  addTrigger(
    map,
    attackNouns(lex, (c) => c === 'attack'),
    actorAttack,
  );
  addTrigger(map, lex.attackerNouns, attackerFrom);
  addTrigger(map, [...lex.attackerNouns, ...lex.suspectNouns], namedAttacker);
  addTrigger(map, lex.perpetration.byFirst.keys(), perpetration);
  addTrigger(map, lex.responsiblePredicates.keys(), responsible);
  addTrigger(map, lex.workNouns, workOf);
  addTrigger(map, ['use'], useOf);
  addTrigger(map, lex.attackVerbs, attackVerb);
  addTrigger(map, ['by'], byAgent);
  addTrigger(map, ['from'], fromPlatform);
  addTrigger(map, ['hands'], atHandsOf);
  addTrigger(map, lex.cleftHeads, cleftAgent);
  addTrigger(
    map,
    attackNouns(lex, (c) => c !== 'generic'),
    agentAttack,
  );
  // "rebel fire", "regime rocket fire": an attack noun only after such a modifier (attackClass)
  addTrigger(map, ['fire'], agentAttack);
  addTrigger(map, ['fire'], openedFire);
  addTrigger(map, lex.agentVerbs, agentVerb);
  addTrigger(map, lex.seizeVerbs, agentVerb);
  addTrigger(map, lex.beginVerbs, agentVerb);
}

/** Step 3: admissions, releases, self-identification, orders and beliefs. */
function addAdmissionTriggers(map: Map<string, Form[]>, lex: Lexicon): void {
  addTrigger(map, lex.admitVerbs, admission);
  addTrigger(map, lex.releaseVerbs, releasePromise);
  addTrigger(map, lex.releaseActs.byFirst.keys(), releaseAct);
  addTrigger(map, ['signed', 'identified', 'identifying'], selfIdentified);
  addTrigger(map, ['ordered', 'authorised', 'authorized', 'approved'], orderedBy);
  addTrigger(map, lex.beliefParticiples, believedState);
  // "were Russian", "identified as Turkish": read from the state word (rarer than a copula)
  const { demonyms, countries } = stateWords();
  addTrigger(map, [...demonyms.keys(), ...countries.keys()], stateComplement);
}

/** Step 4: lemma → forms, for inflected verbs of the lemma classes and the condemnation verbs. */
function buildLemmaTriggers(lex: Lexicon): Map<string, Form[]> {
  const byLemma: Record<LemmaClass, Form> = {
    denialVerbs: denial,
    hedgeVerbs: praise,
    implyVerbs: implied,
    blameVerbs: blame,
    accuseVerbs: accuse,
    attributeVerbs: attribute,
    admitVerbs: admission,
    agentVerbs: agentVerb,
  };
  const out = new Map<string, Form[]>();
  for (const [cls, form] of Object.entries(byLemma) as [LemmaClass, Form][])
    for (const l of lex.verbLemmas[cls]) out.set(l, [...(out.get(l) ?? []), form]);
  // "did not strike", "had not shot": a negated act's verb that is no agent verb (claims.json deniedActLemmas)
  for (const l of lex.deniedActLemmas)
    if (!lex.verbLemmas.agentVerbs.has(l)) out.set(l, [...(out.get(l) ?? []), negatedAgentVerb]);
  // "denounced X for the massacre": a condemnation verb (en/condemnation-verbs.json) accusing a named actor
  for (const l of condemnationVerbs.lemmas) out.set(l, [...(out.get(l) ?? []), censure]);
  return out;
}

/** Cue word → the forms it triggers (built once, with the lemma table). */
function triggerMap(): Map<string, Form[]> {
  if (triggers !== null) return triggers;
  const lex = lexicon();
  const map = new Map<string, Form[]>();
  addSpeechTriggers(map, lex);
  addAgentTriggers(map, lex);
  addAdmissionTriggers(map, lex);
  triggers = map;
  lemmaTriggers = buildLemmaTriggers(lex);
  return map;
}

/** Word-class bit of the trigger words (one bit test per token instead of a lookup). */
const TRIGGER = defineWordClass(triggerMap().keys());
/** Word-class bit of the trigger lemmas (of a word whose lemma is not itself). */
const TRIGGER_LEMMA = defineWordClass(lemmaTriggers!.keys(), 'lemma');

/** Runs the forms over every sentence; returns the raw candidates. */
export function findCandidates(doc: Document, ctx: Ctx = makeCtx(doc)): Candidate[] {
  const map = triggerMap();
  const keepBoilerplate = doc.options.includeBoilerplate;
  const classes = doc.classes;
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (!keepBoilerplate && doc.isBoilerplate(s.start)) continue;
    ctx.sentence = s;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const bits = classes[i]!;
      if ((bits & (TRIGGER | TRIGGER_LEMMA)) === 0) continue;
      const t = ctx.toks[i]!;
      const forms =
        (bits & TRIGGER) !== 0 ? map.get(t.lower) : t.pos === 'VERB' ? lemmaTriggers!.get(t.lemma) : undefined;
      if (forms === undefined) continue;
      // a verb whose word is a cue of another class ("bomb", an attack noun) keeps its lemma's forms too
      const byLemma = (bits & TRIGGER) !== 0 && t.pos === 'VERB' ? lemmaTriggers!.get(t.lemma) : undefined;
      for (let f = 0, n = forms.length + (byLemma?.length ?? 0); f < n; f++) {
        const form = f < forms.length ? forms[f]! : byLemma![f - forms.length]!;
        if (f >= forms.length && forms.includes(form)) continue;
        const found = form(ctx, i);
        if (found === null || conditional(ctx, i)) continue;
        for (const c of Array.isArray(found) ? found : [found as Candidate]) {
          if (c.end <= c.first) continue;
          // "the group will carry out further attacks", "no hostile actions by X": no attack reported
          // (a release promise is a future act by nature: "they will release the hostage" admits the kidnapping)
          if (
            (c.status === 'attributed' || c.status === 'claimed') &&
            ((unrealModal(ctx, i) && c.form !== 'release-promise') ||
              noAct(ctx, c) ||
              otherAttacks(ctx, c) ||
              (c.status === 'attributed' &&
                NARRATED.has(c.form) &&
                (recordOfAttacks(ctx, c, i) || habitualPresent(ctx, c, i))) ||
              stateSearch(ctx, i, c))
          )
            continue;
          if (c.status !== 'unclaimed' && standingRecord(ctx, c, i)) continue;
          out.push(c);
          // a front's claim or attribution is its parent group's too: "THE X, A FRONT OF THE Y, CLAIMED…"
          const parent = c.actor !== null && c.actor.kind === 'group' ? frontParent(ctx, c.actor.end) : null;
          if (parent !== null) out.push(makeCandidate(c.first, c.end, c.status, parent, c.event, c.source, 'front-of'));
        }
      }
    }
  }
  return out;
}

function toClaim(doc: Document, c: Candidate): ResponsibilityClaim {
  const span = doc.tokenSpan(c.first, c.end);
  const actor = c.actor === null ? null : refOfActor(doc, c.actor);
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    boilerplate: doc.isBoilerplate(doc.tokens[c.first]!.start),
    actor,
    status: c.status,
    event: c.event === null ? null : doc.tokenSpan(c.event.first, c.event.end),
    source:
      c.source === null || (c.actor !== null && c.source.name === c.actor.name) ? null : refOfActor(doc, c.source),
    casualties: [],
    confidence: claimConfidence(c),
  };
}

/**
 * Finds claims, denials and attributions of responsibility for attacks.
 * `source` is filled here when the sentence names who blames or accuses;
 * for words inside someone's quote, and for `casualties`, pass the result
 * through `linkClaims` (which `extract` does).
 *
 * @param doc - a document from {@link parse}
 * @returns the claims in document order
 *
 * @example
 * ```ts
 * import { parse, extractClaims } from 'newsfacts';
 * const [c] = extractClaims(parse('Islamic State claimed responsibility for the attack.'));
 * // c.status === 'claimed'; c.actor?.name === 'Islamic State'; c.event?.text === 'the attack'
 * // c.text === 'Islamic State claimed responsibility for the attack'
 * ```
 */
export function extractClaims(doc: Document): ResponsibilityClaim[] {
  checkDocument(doc, 'extractClaims');
  const ctx = makeCtx(doc);
  const found = reportedOwnVoice(
    ctx,
    stateOwnVoice(
      ctx,
      ownVoice(
        ctx,
        findCandidates(doc, ctx)
          .map((c) => {
            if (c.actor === null) return c;
            // "Syrian Forces Deny…", "the Turkish army denied…": a state's forces act for the state, whatever the form
            const forces = c.actor.kind === 'description' ? referredGroup(ctx, namedForces(ctx, c.actor)) : c.actor;
            const actor = stateOf(gluedOwner(ctx, unitOfGroup(ctx, forces)));
            const loyal = actor === c.actor ? loyalForces(doc, c.actor) : null;
            return loyal === null
              ? makeCandidate(c.first, c.end, c.status, actor, c.event, c.source, c.form)
              : makeCandidate(Math.min(c.first, loyal.first), c.end, c.status, loyal.actor, c.event, c.source, c.form);
          })
          .filter((c) => !narratedForce(ctx, c)),
      ),
    ),
  );
  const claims = mergeCandidates(believedBy(ctx, describedGroup(ctx, deniedContent(found)))).map((c) =>
    toClaim(doc, c),
  );
  return doc.options.includeBoilerplate ? claims : claims.filter((c) => !c.boilerplate);
}

/**
 * A description of a state's forces that names the state (`Syrian Forces`, `the Turkish army`):
 * that state (only by its adjective or name; a bare `the regime` is left to the forms).
 */
function namedForces(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  ctx.sentence = ctx.doc.sentences[ctx.toks[a.first]!.sentence]!;
  const s = stateOfDescription(ctx, a);
  return s.via === 'known' ? s : a;
}

/**
 * `THE GUERRILLAS`, `the terrorists` (a determiner and an anaphoric fighters noun) after a group is
 * named, as the object of a blame or a by-phrase (`blamed the guerrillas for…`, `dynamited by the
 * guerrillas`): that group, when it is the only one named in the sentence and the two before.
 * (As a subject, the forms read it through `headActor`.)
 */
function referredGroup(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  if (a.kind !== 'description' || a.end - a.first !== 1) return a;
  const det = ctx.toks[a.first - 1];
  if (det === undefined || !ANAPHOR_DETERMINERS.has(det.lower) || !ctx.lex.anaphorNouns.has(ctx.toks[a.first]!.lower))
    return a;
  const m = resolveAnaphor(ctx, a.first, true);
  if (
    m === null ||
    !nounAnaphor(ctx, {
      actor: makeActor(m.name, a.kind, a.first - 1, a.end, a.via, a.affiliation),
      start: a.first - 1,
    })
  )
    return a;
  return makeActor(m.name, m.kind, a.first, a.end, 'anaphor', m.affiliation);
}

/**
 * A described unit whose first words name a group (`FMLN urban commandos`, `ELN rebels`) acts
 * for the group: the description becomes the group, its words kept as the mention.
 */
function unitOfGroup(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  if (a.kind !== 'description') return a;
  const m = ctx.idx.startingAt.get(a.first);
  if (m === undefined || m.kind !== 'group' || m.via === 'place' || m.endToken >= a.end) return a;
  return makeActor(m.name, 'group', a.first, a.end, m.via, m.affiliation);
}

/**
 * A description opened by an owner whose possessive lost its apostrophe, as scraped copy
 * writes it (`Russias Aerospace Forces`, `Saddam Husseins forces`, `ISILs terrorists`): the
 * forces or fighters act for that owner — a state, a head of state's state, or a group.
 * The glued word alone is not a known name; its stem, with up to two name words before it, is.
 */
function gluedOwner(ctx: Ctx, a: ResolvedActor): ResolvedActor {
  if ((a.via !== 'description' && a.via !== 'shape') || a.end - a.first < 2) return a;
  const toks = ctx.toks;
  // the owner ends on the first or second word of the phrase, before its head
  for (let k = a.first; k < a.end - 1 && k <= a.first + 2; k++) {
    const t = toks[k]!;
    const v = t.value;
    const c = v.charCodeAt(0);
    // (scraped copy loses the apostrophe of a lower-case owner too: "the Assad regimes air force")
    const ownerNoun = t.lower === 'regimes' || t.lower === 'governments';
    if (v.length < 4 || !((c >= 65 && c <= 90) || ownerNoun) || t.lower.charCodeAt(t.lower.length - 1) !== 115 /* s */)
      continue;
    if (lookupActor(v) !== null || stateOfDemonym(v.slice(0, -1)) !== null) continue;
    let stem = v.slice(0, -1);
    const country = stateOfCountry(stem);
    if (country !== null) return makeActor(country, 'government', a.first, a.end, 'known', a.affiliation);
    for (let j = k; j >= a.first; j--) {
      if (j < k) stem = `${toks[j]!.value} ${stem}`;
      const known = lookupActor(stem);
      if (known === null) continue;
      const name =
        known.kind === 'group'
          ? known.name
          : known.kind === 'government'
            ? (known.state ?? known.name)
            : known.kind === 'person'
              ? known.state
              : undefined;
      if (name === undefined) return a;
      return makeActor(name, known.kind === 'group' ? 'group' : 'government', a.first, a.end, 'known', a.affiliation);
    }
  }
  return a;
}

/**
 * What a denial says was not done is no attribution: `Assad denied that his forces had used
 * chemical weapons` gives the denial only, not `forces` attributed inside it.
 */
function deniedContent(cands: Candidate[]): Candidate[] {
  const denials = cands.filter((c) => c.status === 'denied');
  if (denials.length === 0) return cands;
  return cands.filter((c) => !(narrated(c) && denials.some((d) => d.first < c.first && c.end <= d.end)));
}

/**
 * `the extremists`, `the militants` right after the text named a group as behind an attack
 * (`IS claimed the bombing. … The governor blamed the extremists for the carnage.`): that group,
 * its canonical actor (ANNOTATION.md §3). Only a definite plural description whose head is a
 * group description (claims.json `groupDescriptions`), and only the group of the latest claim
 * within the two sentences before, claimed, hedged or attributed to it.
 */
function describedGroup(ctx: Ctx, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  const toks = ctx.toks;
  for (let n = 1; n < cands.length; n++) {
    const c = cands[n]!;
    const a = c.actor;
    if (a === null || a.kind !== 'description' || c.status === 'unclaimed') continue;
    if (!ctx.lex.groupDescriptions.has(toks[a.end - 1]!.lower)) continue;
    // definite: "the (hardline Sunni) fighters", not "fighters" nor "IS fighters" (a name glued before)
    const det = toks[a.first - 1]?.lower;
    if (det !== 'the' && det !== 'these' && det !== 'those') continue;
    const here = toks[a.first]!.sentence;
    for (let m = n - 1; m >= 0; m--) {
      const p = cands[m]!;
      const ps = toks[p.first]!.sentence;
      if (ps < here - 2) break;
      if (p.actor === null || p.status === 'denied' || p.status === 'unclaimed') continue;
      if (p.actor.kind !== 'group' || ps === here) continue;
      out ??= cands.slice();
      const actor = makeActor(p.actor.name, 'group', a.first, a.end, 'anaphor', p.actor.affiliation);
      out[n] = makeCandidate(c.first, c.end, c.status, actor, c.event, c.source, c.form);
      break;
    }
  }
  return out ?? cands;
}

/** Whether the attributed act is denied by its own determiner: `no hostile actions by X`, `any action X might launch`. */
function noAct(ctx: Ctx, c: Candidate): boolean {
  if (c.status !== 'attributed' || c.event === null) return false;
  const w = ctx.toks[c.event.first]!.lower;
  return NEGATIVE_DETERMINERS.has(w) || w === 'any';
}

/**
 * Whether a candidate is an air force's act the article narrates with no state named (`THE AIR
 * FORCE HEAVILY BOMBED THE TOWN`): a state's open operation (ANNOTATION.md §3), read only when
 * someone accuses or blames it (`accused the air force of bombing…`), or with its state
 * (`Assad's air force` → Syria).
 */
function narratedForce(ctx: Ctx, c: Candidate): boolean {
  if (!narrated(c) || c.actor === null || c.actor.kind !== 'description') return false;
  if (!ctx.lex.modifiedHeads.has(ctx.toks[c.actor.end - 1]!.lower)) return false;
  ctx.sentence = ctx.doc.sentences[ctx.toks[c.first]!.sentence]!;
  return !reportedBefore(ctx, c.first) && attributionAt(ctx.doc, c.first) === null;
}

/**
 * Whether a candidate is a state's forces' search operation the article narrates (`POLICE FORCES
 * RAIDED AN OFFICE`, `the army raided five farms`; claims.json `searchVerbs`): an act of the
 * security forces, not an attack anyone is said to be behind. A reported one keeps its source.
 */
function stateSearch(ctx: Ctx, i: number, c: Candidate): boolean {
  if (!narrated(c) || c.event !== null || c.actor === null || !ctx.lex.searchVerbs.has(ctx.toks[i]!.lower))
    return false;
  // the article's own voice only: no speech verb before it, no attribution over it
  if (reportedBefore(ctx, c.first) || attributionAt(ctx.doc, c.first) !== null) return false;
  // (an air raid stays one: "Russian jets raided the village")
  const head = ctx.toks[c.actor.end - 1]!.lower;
  if (ctx.lex.armedForces.has(head) || ctx.lex.modifiedHeads.has(head)) return false;
  if (c.actor.kind === 'government') return true;
  return c.actor.kind === 'description' && (ctx.lex.stateForceNouns.has(head) || head === 'forces');
}

/**
 * Whether the attack is other attacks than the one reported, a background mention: `JNIM has
 * carried out similar attacks in the region`, `IS claimed previous bombings` (claims.json
 * `backgroundModifiers` between the event's first word and its head). No journalist reads it as
 * putting this attack on the actor, so it gives no claim (ANNOTATION.md §3: a mention that
 * someone is behind an attack — the one the article reports). A plural head only (`a similar
 * attack a day before` is one attack, reported), and not after a coordination that names this one.
 */
function otherAttacks(ctx: Ctx, c: Candidate): boolean {
  if (c.event === null || c.status === 'denied' || c.status === 'unclaimed') return false;
  const { toks } = ctx;
  // plural only: "a similar attack by insurgents a day before" reports one attack of its own
  const head = toks[c.event.head]!;
  if (head.lower === head.lemma || !head.lower.endsWith('s')) return false;
  let background = false;
  let comparison = false;
  for (let k = c.event.first; k < c.event.head; k++) {
    const t = toks[k]!;
    // "this crime and other crimes by X", "executions and other atrocities": this one among them
    if (t.pos === 'CCONJ' || t.value === ',') return false;
    if (ctx.lex.backgroundModifiers.has(t.lower)) background = true;
    else if (ctx.lex.comparisonModifiers.has(t.lower)) comparison = true;
  }
  // "has carried out dozens of raids": a quantity of attacks before the phrase, with "of"
  const q = c.event.first - 2;
  if (!comparison && toks[q + 1]?.lower === 'of' && ctx.lex.comparisonModifiers.has(toks[q]?.lower ?? ''))
    return perfectBefore(ctx, q);
  return background || (comparison && perfectBefore(ctx, c.event.first));
}

/**
 * Whether an act the text narrates (an actor-verb clause, a by-phrase; not an accusation: `X had
 * previously accused Y of…` stays) is a record of past attacks, not this one (claims.json `recordAdverbs`):
 * its verb is a perfect or a habitual present with a frequency adverb (`The group … has repeatedly
 * targeted farmers`, `X frequently attacks military bases`),
 * or a perfect with a span from a year up to now after it (`Violence by groups linked to X has
 * killed 10,000 people since 2015`, a running total). The perfect is the trigger verb's own, or
 * the first verb after the attributed phrase (a by-phrase inside the subject).
 */
function recordOfAttacks(ctx: Ctx, c: Candidate, i: number): boolean {
  const { toks, lex } = ctx;
  const end = ctx.sentence.endToken;
  // a habitual present with a frequency adverb: "X frequently attacks military bases", "they
  // routinely shell the town" (the trigger verb in its present form, not a past "often attacked")
  const tv = toks[i]!;
  if (tv.pos === 'VERB' && (tv.lower === tv.lemma || tv.lower === `${tv.lemma}s` || tv.lower === `${tv.lemma}es`))
    for (let k = i - 1; k >= ctx.sentence.firstToken && k >= i - 2 && toks[k]!.pos === 'ADV'; k--)
      if (lex.recordAdverbs.has(toks[k]!.lower)) return true;
  // the perfect's auxiliary: before the trigger verb ("has repeatedly targeted"), or the first
  // verb after the phrase ("violence by X | has killed")
  let h = -1;
  for (let k = i - 1; k >= ctx.sentence.firstToken && k >= i - 3; k--) {
    const t = toks[k]!;
    if (HAVE_FORMS.has(t.lower)) h = k;
    if (h >= 0 || (t.pos !== 'ADV' && t.pos !== 'AUX')) break;
  }
  if (h < 0)
    for (let k = c.end; k < end && k < c.end + 8; k++) {
      const t = toks[k]!;
      // a coordinated actor is still the phrase ("by groups linked to X and Islamic State | has"), but
      // no other coordination nor a comma: "X is targeted by Y and in recent months forces have waged…"
      if (t.pos === 'CCONJ') {
        const m = ctx.idx.startingAt.get(toks[k + 1]?.pos === 'DET' ? k + 2 : k + 1);
        if (m === undefined || m.via === 'place') break;
        k = m.endToken - 1;
        continue;
      }
      if (t.pos === 'PUNCT') break;
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      if (HAVE_FORMS.has(t.lower)) h = k;
      break;
    }
  if (h < 0) return false;
  let v = h + 1;
  for (; v < end && v <= h + 3 && toks[v]!.pos === 'ADV'; v++) if (lex.recordAdverbs.has(toks[v]!.lower)) return true;
  if (toks[v]?.pos !== 'VERB') return false;
  // "has killed more than 35,000 people": a running total
  if (lex.victimVerbs.has(toks[v]!.lower) && runningTotal(ctx, v + 1)) return true;
  // "since 2015": a span from a year up to now
  return sinceYear(ctx, v + 1, Math.min(end - 1, v + 14)) >= 0;
}

/**
 * Whether the count in the object from `k` (past up to three words: `more than`, `at least`) is a
 * running total: 1,000 or more in figures, or a magnitude word (claims.json `totalMagnitudes`:
 * `thousands of people`, `35 thousand`).
 */
function runningTotal(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  for (let j = k; j < k + 4 && j < ctx.sentence.endToken; j++) {
    const t = toks[j]!;
    if (ctx.lex.totalMagnitudes.has(t.lower)) return true;
    if (t.pos === 'NUM') {
      if (ctx.lex.totalMagnitudes.has(toks[j + 1]?.lower ?? '')) return true;
      return FIGURE_TOTAL.test(t.value);
    }
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'SCONJ') return false;
  }
  return false;
}

/** A count of 1,000 or more in figures (`1,000`, `35,000`, `12000`): bounded, linear. */
const FIGURE_TOTAL = /^[1-9](?:\d{3,}|\d{0,2}(?:,\d{3})+)$/;

/**
 * Whether the trigger verb at `i` is a habitual present with a bare plural attack as its object
 * (`Islamic State still carries out sporadic attacks`, `Russian jets bomb hospitals`), in the body:
 * a practice, no one attack (a headline narrates in the present: `Jets bomb market`).
 */
function habitualPresent(ctx: Ctx, c: Candidate, i: number): boolean {
  const { toks } = ctx;
  const tv = toks[i]!;
  // (a third-person present: "carries", "launches", "targets"; not a past "carried")
  if (c.event === null || tv.pos !== 'VERB' || tv.lower === tv.lemma || !tv.lower.endsWith('s')) return false;
  if (inHeadline(ctx, i)) return false;
  const head = toks[c.event.head]!;
  if (head.lower === head.lemma || !head.lower.endsWith('s')) return false;
  for (let k = c.event.first; k < c.event.head; k++)
    if (toks[k]!.pos !== 'ADJ' && toks[k]!.pos !== 'NOUN') return false;
  return true;
}

/** Whether the token at `k` is a year (`2015`). */
function isYear(ctx: Ctx, k: number): boolean {
  return isYearWord(ctx.toks[k]?.value ?? '');
}

/**
 * The first `since` in tokens `[from, to)` that opens a span from a year up to now (`since 2015`,
 * `since September 2015`: a year right after it, or after one more word of the same date), or -1.
 * A span after a superlative or `first` (`the deadliest attack since 2019`, claims.json
 * `recordSpanBlockers`) compares one attack with the past: no running total.
 */
function sinceYear(ctx: Ctx, from: number, to: number): number {
  const { toks, lex } = ctx;
  for (let k = from; k < to; k++) {
    if (toks[k]!.lower !== 'since') continue;
    const year =
      isYear(ctx, k + 1) || (isYear(ctx, k + 2) && ctx.dateStart[k + 2]! >= k && ctx.dateStart[k + 2]! <= k + 1);
    if (!year) continue;
    let blocked = false;
    for (let b = k - 1; b >= ctx.sentence.firstToken && b >= k - 4 && !blocked; b--)
      blocked = lex.recordSpanBlockers.has(toks[b]!.lower) || toks[b]!.lower.endsWith('est');
    if (!blocked) return k;
  }
  return -1;
}

/**
 * Whether a claim, of any status, is a standing record rather than about the attack reported
 * (ANNOTATION.md §3: background): the actor's practice over years or its habit.
 *
 * - A perfect over a span from a year up to now, in the claim's own clause: `Since 2017, the
 *   coalition has been accused of bombing hospitals`, `the ADF has been blamed for the killings
 *   of civilians since 2014`, `the monitor has documented 10,000 air strikes by Russian jets since
 *   September 2015` (a running total).
 * - A frequency adverb on a denial, an accusation or a blame (claims.json `habitAdverbs`) whose
 *   object is a practice, no one attack: `The rebels have repeatedly denied targeting civilians`,
 *   `Moscow has consistently denied that its jets hit civilian targets` (not `has repeatedly denied
 *   any involvement in the bombing`, `denied those accusations`, `denied using chemical weapons` —
 *   the contested weapon of the attack reported — nor `repeatedly accused the army of the massacre`).
 */
function standingRecord(ctx: Ctx, c: Candidate, i: number): boolean {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  const end = ctx.sentence.endToken;
  // the verb group before the trigger: auxiliaries and adverbs
  let h = -1;
  let habitual = false;
  for (let k = i - 1; k >= s0 && k >= i - 4; k--) {
    const t = toks[k]!;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && !HAVE_FORMS.has(t.lower) && t.lower !== 'been') break;
    if (HAVE_FORMS.has(t.lower)) h = k;
    if (lex.habitAdverbs.has(t.lower)) habitual = true;
  }
  // a noun phrase object of a perfect: "has documented more than 10,000 air strikes by X since…"
  for (let k = c.first - 1; h < 0 && k >= s0 && k >= c.first - 8; k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
    if (!HAVE_FORMS.has(t.lower)) continue;
    let v = k + 1;
    while (v < c.first && toks[v]!.pos === 'ADV') v++;
    if (toks[v]?.pos === 'VERB') h = k;
    break;
  }
  if (h >= 0) {
    // the span in the claim's clause: after it, or opening the sentence ("Since 2017, …")
    const opening = toks[s0]!.lower === 'since' && sinceYear(ctx, s0, s0 + 1) === s0;
    if (opening || sinceYear(ctx, i + 1, Math.min(end, c.end + 8)) >= 0) return true;
  }
  if (!habitual || c.status === 'claimed' || c.status === 'unclaimed') return false;
  // a practice: no attack named, or one with no determiner that points at it ("targeting civilians")
  if (c.event !== null && DEFINITE_EVENT.has(toks[c.event.first]!.lower)) return false;
  if (c.event !== null && isPossessive(toks[c.event.first + 1])) return false;
  for (let k = i + 1; k < Math.min(end, c.end + 1, i + 8); k++) {
    const w = toks[k]!.lower;
    // "denied any involvement / responsibility": the actor's part in the attack the article reports;
    // "denied those accusations": the accusation just reported
    if (k < i + 4 && lex.roleObjects.has(w)) return false;
    if (k < i + 4 && lex.denialObjects.has(w) && DEFINITE_EVENT.has(toks[k - 1]!.lower)) return false;
    // "has repeatedly denied using chemical weapons": the contested weapon of the attack reported
    if (lex.contested.has(w)) return false;
  }
  return true;
}

/** Determiners that point at one attack (`the bombing`, `this attack`, `its offensive`). */
const DEFINITE_EVENT: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  'this',
  'that',
  'these',
  'those',
]);

/** Whether a perfect (`has carried out`, `have claimed`, a passive `has been blamed for`) governs the noun phrase at `k`. */
function perfectBefore(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  for (let j = k - 1; j >= ctx.sentence.firstToken && j > k - 5; j--) {
    const t = toks[j]!;
    if (HAVE_FORMS.has(t.lower)) return j < k - 1;
    if (t.pos !== 'VERB' && t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PART' && t.lower !== 'been') return false;
  }
  return false;
}

/** Forms that read an act the text narrates (an actor-verb clause, a by-phrase), not someone's accusation. */
const NARRATED = new Set([
  'by',
  'by-agent',
  'perpetrated',
  'perpetrated-rel',
  'actor-attack',
  'agent-attack',
  'attack-verb',
  'agent-verb',
  'attacker-from',
]);

/** Whether a candidate is an act the article narrates, with no one named as reporting it. */
const narrated = (c: Candidate): boolean => c.status === 'attributed' && c.source === null && NARRATED.has(c.form);

/** Forms that read an attack noun phrase (`Russian strikes`, `rebel attacks`), no clause. */
const NOUN_PHRASE_FORMS = new Set(['agent-attack', 'actor-attack']);

/** Lemmas of belief verbs (`src/lexicon/en/belief-verbs.json`): their subject holds the clause after them. */
const BELIEF_LEMMAS: ReadonlySet<string> = new Set(beliefVerbs.lemmas);
/** Lemmas of condemnation verbs (`src/lexicon/en/condemnation-verbs.json`): their subject holds their object's attribution. */
const CONDEMN_LEMMAS: ReadonlySet<string> = new Set(condemnationVerbs.lemmas);

/**
 * Another party's belief is its report (ANNOTATION.md §3): an act attributed in a clause right
 * after a belief verb (`POLICE BELIEVE (THAT) THE ELN PLANTED THE BOMB`, `the army suspects the
 * rebels were behind it`) has the verb's subject as its source, when no source is named yet; so
 * does one a condemnation verb takes as its object (`the coalition condemned the massacre
 * committed by IS`: the coalition says IS did it), and one right after a speech verb whose clause
 * the attribution layer did not read (`activists said forces, backed by jets, shelled the town`).
 */
function believedBy(ctx: Ctx, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.status !== 'attributed' || c.source !== null) continue;
    let k = c.first - 1;
    // "the coalition condemned the massacre committed by IS": the object of a condemnation
    // (an inflected form, said to be done: not "the council should condemn", "called on X to condemn")
    const cv = ctx.toks[k];
    const condemned = cv?.pos === 'VERB' && cv.lower !== cv.lemma && CONDEMN_LEMMAS.has(cv.lemma);
    if (!condemned && ctx.toks[k]?.lower !== 'that' && !SAYING.has(ctx.toks[k]?.lower ?? '')) {
      // the head of the attributed noun phrase opens the claim: "said a first round of [raids which…]"
      let j = k;
      for (let n = 0; n < 5 && j > 0 && (NOMINAL_POS.has(ctx.toks[j]!.pos) || ctx.toks[j]!.lower === 'of'); n++) j--;
      if (j < k && (ctx.toks[j]?.lower === 'that' || SAYING.has(ctx.toks[j]?.lower ?? ''))) k = j;
    }
    let owned = -1;
    if (!condemned && ctx.toks[k]?.lower === 'that') {
      k--;
      // "Trump stood by his charge that X were responsible": the owner's report, said by the verb's subject
      owned = ownedReport(ctx, k);
      if (owned >= 0) k = owned;
    }
    const v = ctx.toks[k];
    // ("the rights monitor said/ADJ …": a speech verb the tagger read as an adjective is the verb)
    if (v === undefined || (v.pos !== 'VERB' && !(v.pos === 'ADJ' && SAYING.has(v.lower)))) continue;
    // "Activists said government forces, backed by Russian jets, shelled the town": a clause right
    // after a speech verb that the attribution layer left without a source is that verb's subject's
    // report (ANNOTATION.md §3), a noun phrase subject too ("said Russian strikes hit…")
    const said = !condemned && SAYING.has(v.lower) && attributionAt(ctx.doc, c.first) === null;
    // a clause's attribution, not a noun phrase's ("suspected Russian strikes": a participle before a noun)
    if (!condemned && !said && owned < 0 && NOUN_PHRASE_FORMS.has(c.form)) continue;
    if (!(condemned || said || owned >= 0 || BELIEF_LEMMAS.has(v.lemma))) continue;
    ctx.sentence = ctx.doc.sentences[v.sentence]!;
    if (k < ctx.sentence.firstToken) continue;
    const s = sourceOf(ctx, k) ?? (said ? articleSubject(ctx, k) : null);
    // the subject ends right before the verb (its auxiliaries and adverbs aside): not a participle
    // before a noun ("suspected Russian strikes hit…"), whose "subject" is whatever precedes it
    let b = k - 1;
    while (b > ctx.sentence.firstToken && (ctx.toks[b]!.pos === 'ADV' || ctx.toks[b]!.pos === 'AUX')) b--;
    if (s === null || s.actor.name === c.actor?.name) continue;
    // (a speaker's name may stand before its descriptor: "the Syrian Observatory … monitoring group said")
    let e = s.actor.end;
    if (said) while (e <= b && e < s.actor.end + 3 && ctx.toks[e]!.pos === 'NOUN') e++;
    if (e !== b + 1) continue;
    // a condemnation inside reported speech ("the envoy said the council condemned…"): the speaker
    // of the clause reports it (linkClaims gives it)
    if (condemned && reportedBefore(ctx, s.start)) continue;
    out ??= cands.slice();
    out[n] = makeCandidate(c.first, c.end, c.status, c.actor, c.event, s.actor, c.form);
  }
  return out ?? cands;
}

/**
 * The verb before an owned report noun ending at `k` (`stood by [his charge]`, `repeated [its
 * claim]`, claims.json `reportNouns`), whose subject owns the report; -1 when there is none, the
 * owner is no possessive pronoun, or the verb denies (`rejected their claim`).
 */
function ownedReport(ctx: Ctx, k: number): number {
  const { toks, lex } = ctx;
  if (!lex.reportNouns.has(toks[k]?.lower ?? '')) return -1;
  let o = k - 1;
  while (o > k - 3 && toks[o]?.pos === 'ADJ') o--;
  if (!POSSESSIVE_DETERMINERS.has(toks[o]?.lower ?? '')) return -1;
  let v = o - 1;
  if (toks[v]?.pos === 'ADP') v--;
  const t = toks[v];
  if (t === undefined || t.pos !== 'VERB' || v < ctx.doc.sentences[toks[k]!.sentence]!.firstToken) return -1;
  return verbIn(lex, 'denialVerbs', t) ? -1 : v;
}

/**
 * The noun phrase an article opens right before a speech verb at `v` whose head the tagger read as
 * a verb (`The rights monitor/VERB said`): from after the article to the verb, as a description;
 * `null` when no article opens the one to three words before.
 */
function articleSubject(ctx: Ctx, v: number): Subject | null {
  const { toks } = ctx;
  for (let d = v - 2; d >= ctx.sentence.firstToken && d >= v - 4; d--) {
    const t = toks[d]!;
    if (ARTICLES.has(t.lower)) {
      const name = ctx.doc.norm.slice(toks[d + 1]!.start, toks[v - 1]!.end);
      return {
        actor: { name, kind: 'description', first: d + 1, end: v, via: 'description', affiliation: null },
        start: d,
      };
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return null;
  }
  return null;
}

/** Whether a speech verb stands in the sentence before token `k` (`X said (that) …`). */
function reportedBefore(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= ctx.sentence.firstToken; j--) if (ctx.lex.speechVerbs.has(ctx.toks[j]!.lower)) return true;
  return false;
}

/** In an article from a group's own medium, the group's narrated acts are its claims (`X is blamed for…` stays). */
function ownVoice(ctx: Ctx, cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => narrated(c) && c.actor?.kind === 'group')) return cands;
  const group = datelineMedium(ctx);
  if (group === null) return cands;
  return cands.map((c) =>
    narrated(c) && c.actor?.name === group
      ? makeCandidate(c.first, c.end, 'claimed', c.actor, c.event, c.source, 'own-medium')
      : c,
  );
}

/**
 * The group a reported clause's source speaks for: a group's own medium (`Radio Venceremos`
 * → the FMLN), the group itself, or the group a spokesman's organisation names; else `null`.
 */
function speakerGroup(ctx: Ctx, k: number): string | null {
  const s = attributionAt(ctx.doc, k)?.at.speaker ?? null;
  if (s === null) return null;
  // a group or its medium named in the source's words ("Clandestine Radio Venceremos", "an FMLN spokesman")
  const [a, b] = s.mention;
  // a source that long is a misreading, not a name ("the Islamic State group's Amaq news agency" is 7 words)
  if (b - a > 7) return null;
  for (let j = a; j < b && j <= a + 2; j++) {
    const m = ctx.idx.startingAt.get(j);
    if (m === undefined || m.via === 'place') continue;
    if (m.kind === 'media' && m.affiliation !== null) return m.affiliation;
    if (m.kind === 'group' && !m.modifier) return m.name;
  }
  // "an FMLN spokesman", "ELN commanders" (the group named right before the source's noun): the group's own voice
  const before = ctx.idx.endingAt.get(a - 1);
  if (
    before !== undefined &&
    before.kind === 'group' &&
    before.via !== 'place' &&
    ctx.lex.mediaNouns.has(ctx.toks[b - 1]!.lower)
  )
    return before.name;
  // the owner an apposition of the source names: "Radio Venceremos, the FMLN's official station,
  // said…", "the Farabundo Marti … Front's [FMLN] official radio station"
  const t = ctx.toks;
  // an owner right before the source, or opening it: "the FMLN's official radio station" (source
  // "radio station" or the whole phrase), "the … Front's [FMLN] official radio station"
  for (let j = a; j < b && j < a + 3; j++) {
    const m = ctx.idx.startingAt.get(j);
    if (m !== undefined && m.kind === 'group' && m.via !== 'place' && isPossessive(t[m.endToken])) return m.name;
  }
  let o = a - 1;
  for (let n = 0; n < 2 && o > ctx.sentence.firstToken && (t[o]!.pos === 'ADJ' || t[o]!.pos === 'NOUN'); n++) o--;
  const glossed = t[o]?.value === ']' || t[o]?.value === ')';
  if (glossed || isPossessive(t[o])) {
    const owner = ctx.idx.endingAt.get(o - 1);
    const g = owner === undefined ? undefined : t[owner.firstToken - 1]?.value;
    if (
      owner !== undefined &&
      owner.kind === 'group' &&
      owner.via !== 'place' &&
      (!glossed || ((g === '[' || g === '(') && isPossessive(t[owner.firstToken - 2])))
    )
      return owner.name;
  }
  if (t[b]?.value === ',') {
    for (let j = b + 1; j < b + 14 && j < ctx.sentence.endToken; j++) {
      if (t[j]!.value === ',' || t[j]!.pos === 'VERB') break;
      const m = ctx.idx.startingAt.get(j);
      if (m === undefined || m.via === 'place') continue;
      if (m.kind === 'media' && m.affiliation !== null) return m.affiliation;
      const glossed = (t[j - 1]?.value === '[' || t[j - 1]?.value === '(') && isPossessive(t[j - 2]);
      if (m.kind === 'group' && !m.modifier && (isPossessive(t[m.endToken]) || glossed || voiceOf(ctx, j)))
        return m.name;
      j = m.endToken - 1;
    }
  }
  const known = s.organisation === null ? null : lookupActor(s.organisation);
  if (known?.kind === 'media' && known.affiliation !== undefined) return known.affiliation;
  return known?.kind === 'group' ? known.name : null;
}

/** Whether a medium's or a role's noun and `of` stand before token `j` (`the voice of the X`, `the official organ of X`). */
function voiceOf(ctx: Ctx, j: number): boolean {
  const t = ctx.toks;
  const of = t[j - 1]?.lower === 'the' ? j - 2 : j - 1;
  const noun = t[of - 1]?.lower ?? '';
  return t[of]?.lower === 'of' && (ctx.lex.roleNouns.has(noun) || ctx.lex.mediaNouns.has(noun));
}

/**
 * A group's own report of what it did is its claim (ANNOTATION.md §3, `by any medium`):
 * `Radio Venceremos, the FMLN's station, said the rebels attacked the garrison` →
 * the FMLN, claimed. Read for narrated acts of the group or of its fighters (`the
 * rebels`, `the guerrillas`) inside a clause its medium or spokesman reports.
 */
function reportedOwnVoice(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { lex } = ctx;
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (!narrated(c) || c.actor === null) continue;
    const own =
      c.actor.kind === 'group' || (c.actor.kind === 'description' && ownFightersIn(ctx, c.actor.first, c.actor.end));
    if (!own) continue;
    const group = speakerGroup(ctx, c.first);
    if (group === null || (c.actor.kind === 'group' && c.actor.name !== group)) continue;
    out ??= cands.slice();
    const a = c.actor;
    const actor = makeActor(group, 'group', a.first, a.end, a.via, a.affiliation);
    out[n] = makeCandidate(c.first, c.end, 'claimed', actor, c.event, c.source, 'own-report');
  }
  return out ?? cands;
}

/**
 * A state's own report of its operation is its claim (ANNOTATION.md §3: a claim made for an actor by
 * its ministry or military source is the actor's): `an army source said units killed dozens of
 * terrorists`, `the Defence Ministry said Russian jets struck…`, `SANA said army units destroyed…` →
 * the state, claimed. The speaker is the state's voice by a word of claims.json `stateVoiceWords`
 * (naming no other state) or as the state's own medium (`stateMedia`).
 */
function stateOwnVoice(ctx: Ctx, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  let negated = false;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    const act = c.form === 'negated-act';
    negated ||= act;
    if ((!act && !narrated(c)) || c.actor?.kind !== 'government') continue;
    if (speakerState(ctx, c.first, c.actor.name) !== c.actor.name) continue;
    out ??= cands.slice();
    // "the army did not bomb the market, a military source said": the state's own denial
    const status = act ? 'denied' : 'claimed';
    out[n] = makeCandidate(c.first, c.end, status, c.actor, c.event, c.source, act ? 'own-denial' : 'own-report');
  }
  // a negated act in no state's own voice ("activists said the army did not shell the town") is no claim
  const kept = out ?? cands;
  return negated ? kept.filter((c) => c.form !== 'negated-act') : kept;
}

/**
 * The state whose own voice reports the clause holding token `k`: a state-run medium's state, or,
 * for a speaker with a state voice word (`military sources`, `the Russian Defence Ministry`), the
 * state its words name, else `actor` (an unnamed army source speaks for the army that acted); `null`.
 */
function speakerState(ctx: Ctx, k: number, actor: string): string | null {
  const s = attributionAt(ctx.doc, k)?.at.speaker ?? null;
  if (s === null) return null;
  const { lex, toks } = ctx;
  // a state-run medium ("the SANA news agency")
  const known = lookupActor(s.name);
  const medium = lex.stateMedia.get(known?.name ?? s.name);
  if (medium !== undefined) return medium;
  // (the state's armed office: "the Pentagon" → US military → United States; a bare state or its
  // capital as the speaker is left out: an attribution misread there would make a claim of a report)
  if (known?.kind === 'government') {
    const state = knownState(known.name);
    if (state !== known.name) return state;
  }
  const [a, b] = s.mention;
  if (b - a > 6) return null;
  // "the sources said" after "military sources said": the voice of the source it refers back to
  let voice = b - a === 1 && toks[a - 1]?.lower === 'the' && voiceBefore(ctx, a, toks[a]!.lower);
  let state: string | null = null;
  for (let j = Math.max(a - 1, 0); j < b; j++) {
    const w = toks[j]!.lower;
    // "a rebel military source", "an FSA commander": the other side's voice
    const fighters = lex.descriptionHeads.has(w) && !lex.forceNouns.has(w) && !lex.stateVoiceWords.has(w);
    if (fighters || lex.fighterAdjectives.has(w) || ctx.idx.startingAt.get(j)?.kind === 'group') return null;
    voice ||=
      lex.stateVoiceWords.has(w) || (w === 'ministry' && lex.stateVoiceMinistries.has(toks[j - 1]?.lower ?? ''));
    const named = stateOfDemonym(w) ?? stateOfCountry(w);
    if (named !== null) {
      if (state !== null && state !== named) return null;
      state = named;
    }
  }
  return voice || citedVoice(ctx, b) ? (state ?? actor) : null;
}

/**
 * Whether the last speaker before token `a` named by the head `head` (`military sources` before `the
 * sources`) speaks with a state's voice (claims.json `stateVoiceWords`).
 */
function voiceBefore(ctx: Ctx, a: number, head: string): boolean {
  const { clauses } = attributedClauses(ctx.doc);
  for (let n = clauses.length - 1; n >= 0; n--) {
    const s = clauses[n]!.at.speaker;
    if (s === null || s.mention[1] > a - 1 || s.mention[1] - s.mention[0] < 2) continue;
    if (ctx.toks[s.mention[1] - 1]!.lower !== head) continue;
    for (let j = s.mention[0]; j < s.mention[1] - 1; j++)
      if (ctx.lex.stateVoiceWords.has(ctx.toks[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** Whether the cue after a speaker ending at `b` cites a state's voice (`local media reported, citing a military source`). */
function citedVoice(ctx: Ctx, b: number): boolean {
  const { toks, lex } = ctx;
  const end = Math.min(ctx.doc.tokens.length, b + 4);
  for (let j = b; j < end; j++) {
    const w = toks[j]!.lower;
    if (w !== 'citing' && w !== 'quoting') continue;
    for (let k = j + 1; k < j + 4 && k < toks.length; k++) if (lex.stateVoiceWords.has(toks[k]!.lower)) return true;
    return false;
  }
  return false;
}

/** The state a government actor's name holds (`US military` → `United States`), else the name itself. */
function knownState(name: string): string {
  const sp = name.indexOf(' ');
  if (sp < 0) return name;
  const w = name.slice(0, sp);
  return stateOfDemonym(w) ?? stateOfCountry(w) ?? stateWords().acronyms.get(w) ?? name;
}

/** Whether a description names the group's fighters in its own words: `the rebels`, `rebel forces`, `guerrilla units`. */
function ownFightersIn(ctx: Ctx, first: number, end: number): boolean {
  // "Turkish-backed rebels", "Syrian rebels": a modifier naming a party or a sponsor makes them another side's
  if (qualifiedFighters(ctx, first, end)) return false;
  if (ctx.lex.ownFighters.has(ctx.toks[end - 1]!.lower)) return true;
  // a fighters word before a forces noun ("rebel forces", "guerrilla units")
  if (!ctx.lex.forceNouns.has(ctx.toks[end - 1]!.lower)) return false;
  for (let k = first; k < end - 1; k++) if (ctx.lex.ownFighters.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/**
 * Whether a fighters description between `first` and `end` carries a capitalised or hyphenated
 * modifier before its head (`Turkish-backed rebels`, `Syrian rebels`, `pro-government militias`):
 * fighters named by someone's report as a party of their own, not the speaker's own fighters.
 */
function qualifiedFighters(ctx: Ctx, first: number, end: number): boolean {
  const toks = ctx.toks;
  // ("Turkish-backed rebels" read as "rebels": the hyphenated modifier right before the description)
  const before = toks[first - 2];
  if (before !== undefined && before.sentence === toks[first]!.sentence && isJoiner(before)) return true;
  for (let k = first; k < end - 1; k++) {
    const t = toks[k]!;
    if (t.pos === 'DET') continue;
    if (isJoiner(t) || (t.value !== t.lower && t.value.charCodeAt(0) !== t.lower.charCodeAt(0) && !shoutedText(ctx, k)))
      return true;
  }
  return false;
}

/** Whether the token at `k` is written in capitals with its neighbours (wire copy), where case says nothing. */
function shoutedText(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k + 1] ?? ctx.toks[k - 1];
  return n !== undefined && n.value.length > 1 && n.value !== n.lower && isUpperCase(n.value);
}

/**
 * A state's forces, ministries and agencies act for the state (`Turkish jets`,
 * `the Russian Defence Ministry denied…` → Turkey, Russia): the actor of a
 * claim is the state the actors lexicon gives them.
 */
function stateOf(a: ResolvedActor): ResolvedActor {
  if (a.kind !== 'government') return a;
  const state = knownActorByName(a.name)?.state;
  return state === undefined ? a : makeActor(state, a.kind, a.first, a.end, a.via, a.affiliation);
}

/**
 * `forces loyal to (Syrian President) Bashar al-Assad`, `the government of Bashar al-Assad`:
 * the state the person heads (the actors
 * lexicon's `state` for that person) and the first token of the forces' noun phrase; `null` when
 * the actor is not a head of state named after `loyal to`.
 */
function loyalForces(doc: Document, a: ResolvedActor): { actor: ResolvedActor; first: number } | null {
  if (a.kind !== 'person') return null;
  const toks = doc.tokens;
  let k = a.first - 1;
  // titles before the name: "President", "Syrian President", "the Syrian dictator"
  while (k > a.first - 5 && ['PROPN', 'ADJ', 'NOUN', 'DET'].includes(toks[k]?.pos ?? '')) k--;
  // "forces loyal to X", "the government of X", "the regime of X"
  const loyal = toks[k]?.lower === 'to' && toks[k - 1]?.lower === 'loyal';
  // "the air force of President X", "troops of X": the forces of the state the person heads
  const owned = toks[k - 1]?.lower ?? '';
  const of = toks[k]?.lower === 'of' && (lexicon().groupNouns.has(owned) || lexicon().forceNouns.has(owned));
  if (!loyal && !of) return null;
  if (of) k++;
  const state = knownActorByName(a.name)?.state;
  if (state === undefined) return null;
  let first = k - 1;
  while (first > 0 && first > k - 4 && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(toks[first - 1]!.pos)) first--;
  return { actor: makeActor(state, 'government', a.first, a.end, a.via, a.affiliation), first };
}

/** The shared entity reference of a claim's actor or source. */
function refOfActor(doc: Document, a: ResolvedActor): EntityRef {
  return refFor(doc, {
    name: a.name,
    kind: a.kind,
    first: a.first,
    end: a.end,
    resolvedBy: a.via === 'anaphor' ? 'pronoun' : a.kind === 'description' ? 'description' : 'name',
  });
}
