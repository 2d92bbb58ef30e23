/**
 * The claim vocabularies (`src/lexicon/claims.json`, `src/lexicon/attacks.json`)
 * as sets and phrase lists, built once.
 *
 * @module
 */
import attacks from '../lexicon/attacks.json';
import claims from '../lexicon/claims.json';
import casualties from '../lexicon/casualties.json';
import { HEDGE_MODIFIERS, MODALS, WEAPON_AGENTS, WEAPON_NOUNS } from '../lexicon/en/index.js';
import type { Token } from '../document/model.js';
import { CONDITIONALS, NEGATIVE_PARTICLES, REFUSAL_VERBS } from '../lexicon/en/index.js';

/** A multi-word cue: its words in lower case. */
export type Phrase = readonly string[];

/** Phrases indexed by their first word (longest first), so a lookup costs one map access. */
export interface PhraseList {
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** Every phrase, longest first. */
  readonly all: readonly Phrase[];
}

/** What kind of event an attack noun names. */
export type AttackClass = 'attack' | 'military' | 'generic';

/** The verb classes of `claims.json` also listed by lemma (`verbLemmas`). */
export type LemmaClass = keyof typeof claims.verbLemmas;

/** The loaded vocabularies. */
export interface Lexicon {
  /** Nouns naming people as victims (`src/lexicon/casualties.json`): `accused X of killing two priests`. */
  readonly victimHeads: ReadonlySet<string>;
  /** Modal verbs (the `modals` class of `src/lexicon/en/words.json`): `we will carry out…` is an intention, not a claim. */
  readonly modals: ReadonlySet<string>;
  readonly claimVerbs: ReadonlySet<string>;
  /** Verb classes by lemma: a token tagged VERB is in the class when its lemma is (`rejecting` → reject). */
  readonly verbLemmas: Readonly<Record<LemmaClass, ReadonlySet<string>>>;
  /** Nouns of denial: `the government's denial`. */
  readonly denialNouns: ReadonlySet<string>;
  readonly responsibilityNouns: ReadonlySet<string>;
  readonly claimNouns: ReadonlySet<string>;
  readonly perpetration: PhraseList;
  readonly perpetrationGerunds: ReadonlySet<string>;
  /** Verb lemmas whose negation after an actor's own reference denies an attack (`said its jets did not strike…`). */
  readonly deniedActLemmas: ReadonlySet<string>;
  /** Perpetration gerunds that name the violent act itself (`denied killing civilians`). */
  readonly actGerunds: ReadonlySet<string>;
  readonly responsibleWords: ReadonlySet<string>;
  /** Predicate (`responsible`, `guilty`, `implicated`) → the prepositions that introduce the attack (`for`, `of`, `in`). */
  readonly responsiblePredicates: ReadonlyMap<string, readonly string[]>;
  /** `the work of X`. */
  readonly workNouns: ReadonlySet<string>;
  /** Modals that make an act unreal before its verb (`will carry out`, `might launch`). */
  readonly unrealModals: ReadonlySet<string>;
  /** Modals that make an act unreal with `have` (`should have claimed`). */
  readonly counterfactualModals: ReadonlySet<string>;
  /** Verbs that with `to` stand between an actor and its act (`appeared to have dropped`). */
  readonly raisingVerbs: ReadonlySet<string>;
  /** A group's own words for its fighters (`the rebels`, `the guerrillas`). */
  readonly ownFighters: ReadonlySet<string>;
  readonly attackVerbs: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly denialVerbs: ReadonlySet<string>;
  readonly denialObjects: ReadonlySet<string>;
  /** Denial objects that deny the actor's own part (`any involvement`, `a role`): about the article's attack, however far back. */
  readonly roleObjects: ReadonlySet<string>;
  readonly hedgeVerbs: ReadonlySet<string>;
  readonly hedgeObjects: ReadonlySet<string>;
  readonly implyVerbs: ReadonlySet<string>;
  readonly stopShort: PhraseList;
  readonly negations: ReadonlySet<string>;
  readonly unclaimedSubjects: ReadonlySet<string>;
  readonly unclaimedHeads: ReadonlySet<string>;
  readonly unclaimedAdjectives: ReadonlySet<string>;
  readonly blameVerbs: ReadonlySet<string>;
  readonly blameNouns: ReadonlySet<string>;
  readonly blameNounVerbs: ReadonlySet<string>;
  readonly accuseVerbs: ReadonlySet<string>;
  readonly accuseNouns: ReadonlySet<string>;
  readonly attributeVerbs: ReadonlySet<string>;
  readonly implicateVerbs: ReadonlySet<string>;
  readonly holdVerbs: ReadonlySet<string>;
  readonly bearVerbs: ReadonlySet<string>;
  readonly suspectWords: ReadonlySet<string>;
  readonly hallmarks: ReadonlySet<string>;
  readonly mediaNouns: ReadonlySet<string>;
  readonly affiliationWords: ReadonlySet<string>;
  readonly anaphors: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly attackerNouns: ReadonlySet<string>;
  /** `named`, `identified`: with an attacker noun and `as`, a person named as the attacker (`police named the gunman as X`). */
  readonly attackerNamingVerbs: ReadonlySet<string>;
  /** `suspect`: an attacker noun only where a naming verb follows it (`the suspect, identified as X`). */
  readonly suspectNouns: ReadonlySet<string>;
  readonly fromWords: PhraseList;
  readonly namingWords: PhraseList;
  /** `release`, `free`: after a group's promise or announcement, an admission that it holds someone. */
  readonly releaseVerbs: ReadonlySet<string>;
  /** `released`, `freed`, `turned over`: a group's release of someone it held, done (an admission too). */
  readonly releaseActs: PhraseList;
  /** What a release of which is no hostage's (`release a statement`). */
  readonly releasedThings: ReadonlySet<string>;
  /** Verbs with `to` that make a group's release its own word: `promised to release`. */
  readonly promiseVerbs: ReadonlySet<string>;
  /** Words that say a kidnapping is the matter at hand (`kidnapped`, `hostages`). */
  readonly kidnapWords: ReadonlySet<string>;
  /** Members of a force or fighters word before them: `ARMED FORCES MEMBERS`, `army personnel` (the description is the force's). */
  readonly forceMemberNouns: ReadonlySet<string>;
  /** Adjectives of an armed service before a member noun (`military men` → the military). */
  readonly serviceAdjectives: ReadonlySet<string>;
  /** A state's armed services before its forces (`Turkish army tanks`, `Russian military jets`). */
  readonly serviceNouns: ReadonlySet<string>;
  /** Denial verbs by lemma that deny only with a reflexive and `from` (`distanced itself from the bombing`). */
  readonly disavowalVerbs: ReadonlySet<string>;
  /** Phrases after a forces noun that name its owner (`jets of X`, `aircraft belonging to X`). */
  readonly ownerPhrases: PhraseList;
  /** Predicates whose participle right after a noun puts the attack on it (`men charged with killing`). */
  readonly reducedParticiples: ReadonlySet<string>;
  /** Verbs before `to trial for` (`brought to trial for the murder`). */
  readonly trialVerbs: ReadonlySet<string>;
  /** Forces nouns of a state only (`army`, `police`): never a group's own fighters. */
  readonly stateForceNouns: ReadonlySet<string>;
  readonly descriptionHeads: ReadonlySet<string>;
  /** Description heads that name a force only after a word saying which (`the air force`; not `by force`). */
  readonly modifiedHeads: ReadonlySet<string>;
  /** Verbs of a search operation (`raided`): narrated with a state's forces as subject, no attack. */
  readonly searchVerbs: ReadonlySet<string>;
  /** Heads of a cleft naming who did it (`were the ones who murdered…`). */
  readonly cleftHeads: ReadonlySet<string>;
  /** Plural heads that, after `the`, describe the group just named as behind an attack (`the extremists`). */
  readonly groupDescriptions: ReadonlySet<string>;
  /** Where fire comes from (`shelling from army posts`). */
  readonly positionNouns: ReadonlySet<string>;
  /** Fighters nouns as modifiers of an attack noun, to the description they name (`rebel` → `rebels`). */
  readonly fighterAdjectives: ReadonlyMap<string, string>;
  /** Fighters adjectives that name who attacked only in someone's report (`terrorist rocket attacks`, a source said). */
  readonly reportedFighterAdjectives: ReadonlyMap<string, string>;
  readonly conditionals: ReadonlySet<string>;
  readonly subjectSkips: ReadonlySet<string>;
  readonly attack: ReadonlyMap<string, AttackClass>;
  readonly weapons: ReadonlySet<string>;
  readonly contested: ReadonlySet<string>;
  /** Adjectives that make a generic noun an attack (`heinous actions`, `criminal acts`). */
  readonly condemnations: ReadonlySet<string>;
  readonly hedges: ReadonlySet<string>;
  readonly compound: ReadonlySet<string>;
  readonly anaphorNouns: ReadonlySet<string>;
  readonly nonViolent: ReadonlySet<string>;
  readonly violence: ReadonlySet<string>;
  readonly fireModifiers: ReadonlySet<string>;
  readonly selfAttackVerbs: ReadonlySet<string>;
  readonly acceptVerbs: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly agentVerbs: ReadonlySet<string>;
  /** Verbs of taking a place by force (`seized`, `overran`): an attack only with a place taken. */
  readonly seizeVerbs: ReadonlySet<string>;
  /** Places and military sites whose taking is an attack (`an air base`, `the town`). */
  readonly seizedTargets: ReadonlySet<string>;
  readonly agentWeak: ReadonlySet<string>;
  /** Agent verbs whose object is a person: with none after them, a passive participle. */
  readonly victimVerbs: ReadonlySet<string>;
  /** Attacks from the air (`airstrikes`), and heads that are such after `air` (`air raids`). */
  readonly airAttacks: ReadonlySet<string>;
  readonly airHeads: ReadonlySet<string>;
  readonly forceNouns: ReadonlySet<string>;
  /** Words that open a forces noun of two words (`air force`, `war planes`, `fighter jets`). */
  readonly forceCompounds: ReadonlySet<string>;
  readonly weaponVerbs: ReadonlySet<string>;
  readonly campaignNouns: ReadonlySet<string>;
  /** Modifiers that make an attack noun other attacks than the reported one (`similar attacks`, `previous bombings`). */
  readonly backgroundModifiers: ReadonlySet<string>;
  /** Plural heads that after a fighters word name those fighters (`terrorist organizations` → terrorists). */
  readonly collectiveHeads: ReadonlySet<string>;
  /** Participles of affiliation whose subject, not their object, acts (`groups affiliated to X fired…`). */
  readonly affiliateParticiples: ReadonlySet<string>;
  /** Nouns whose owner reports the `that` clause after them (`his charge that X was responsible`). */
  readonly reportNouns: ReadonlySet<string>;
  /** Comparatives that make attacks after a perfect a record of other attacks (`has carried out similar attacks`). */
  readonly comparisonModifiers: ReadonlySet<string>;
  /** Adverbs inside a perfect that make the act a record of past attacks (`has repeatedly targeted`). */
  readonly recordAdverbs: ReadonlySet<string>;
  /** Magnitude words of a running total after a perfect's victim verb (`has killed thousands`). */
  readonly totalMagnitudes: ReadonlySet<string>;
  /** Words that tell deaths with no verb of violence, before `at the hands of X` (`died`, `the deaths of…`). */
  readonly deathWords: ReadonlySet<string>;
  /** `suspicion(s)` before a verb of falling on someone (`suspicion fell on X`). */
  readonly suspicionNouns: ReadonlySet<string>;
  /** Verbs after a suspicion noun that put the attack on the object of `on` (`fell`, `focused`). */
  readonly suspicionVerbs: ReadonlySet<string>;
  /** Phrases after a group's own reference that deny the attack (`had nothing to do with`, `played no part in`). */
  readonly disownPhrases: PhraseList;
  /** Verbs before `fire` whose subject shot (`opened fire on`). */
  readonly openFireVerbs: ReadonlySet<string>;
  readonly targetNouns: ReadonlySet<string>;
  /** Modifiers that make a target noun civilian (`an aid convoy`): no fighters' position. */
  readonly civilianModifiers: ReadonlySet<string>;
  /** Verbs of a call or message whose purpose infinitive claims (`called the radio to claim…`). */
  readonly contactVerbs: ReadonlySet<string>;
  /** Agent verbs that name an attack only with an attack as their object (`stepping up … attacks`). */
  readonly escalateVerbs: ReadonlySet<string>;
  /** Words of a speaker that make it a state's own voice (`an army source`, `the Defence Ministry`). */
  readonly stateVoiceWords: ReadonlySet<string>;
  /** Aspectual verbs whose attack object names who does it (`began an offensive`, `resumed their raids`). */
  readonly beginVerbs: ReadonlySet<string>;
  /** Words before `ministry` that make it a state's armed voice (`the Defence Ministry`). */
  readonly stateVoiceMinistries: ReadonlySet<string>;
  /** A state-run medium's canonical name → its state (`SANA` → `Syria`). */
  readonly stateMedia: ReadonlyMap<string, string>;
  /** A state's partners (`its ally Russia`, `its Russian ally`, `allies in Moscow`). */
  readonly allyNouns: ReadonlySet<string>;
  /** Forces that are weapons themselves (`regime artillery hit…`). */
  readonly armedForces: ReadonlySet<string>;
  /** A group's words for its own fighters and units in its own report (`its fighters`, `its missile force`). */
  readonly selfNouns: ReadonlySet<string>;
  /** Participles whose `by` agent modifies the subject before them (`fighters backed by Syrian troops`). */
  readonly supportParticiples: ReadonlySet<string>;
  /** Frequency adverbs that make a denial or an accusation of a practice a standing one (`repeatedly denied`). */
  readonly habitAdverbs: ReadonlySet<string>;
  /** Words before `since YEAR` that compare one attack with the past (`the deadliest since 2019`). */
  readonly recordSpanBlockers: ReadonlySet<string>;
  /** Participles whose `from` names the forces that fired (`missiles fired from Russian aircraft`). */
  readonly platformVerbs: ReadonlySet<string>;
  /** Participles before `to be` and a state's adjective (`believed to be Russian`). */
  readonly beliefParticiples: ReadonlySet<string>;
  /** Participles before `as` and a state's adjective (`the jets were identified as Turkish`). */
  readonly identifyParticiples: ReadonlySet<string>;
  /** Alliances (actors.json names) whose own forces fly strikes: attackers like a state's forces (`NATO jets bombed…`). */
  readonly attackingAlliances: ReadonlySet<string>;
  /** Prepositions whose object is no subject of the verb after it (`against the insurgents have killed`). */
  readonly objectPrepositions: ReadonlySet<string>;
  /** Prepositions between an attack noun and its target before a by-phrase (`the attack on the base by X`). */
  readonly targetPrepositions: ReadonlySet<string>;
  /** Verbs that with `for` name whom a speaker speaks for (`claiming to speak for X`). */
  readonly speakVerbs: ReadonlySet<string>;
  readonly admitVerbs: ReadonlySet<string>;
  readonly admitPhrases: PhraseList;
}

function phrases(list: readonly string[]): PhraseList {
  const all = list.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, Phrase[]>();
  for (const p of all) {
    const l = byFirst.get(p[0]!) ?? [];
    l.push(p);
    byFirst.set(p[0]!, l);
  }
  return { byFirst, all };
}

let cached: Lexicon | null = null;

/**
 * Words that say a kidnapping is the matter at hand: the hostage nouns of claims.json, the words
 * casualties.json counts as `abducted` (`kidnapped`, `abductions`, `hostages`), and the attacker
 * nouns built on an abduction verb (`kidnappers`, `abductors`).
 */
function kidnapWords(attackerNouns: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>(claims.hostageNouns);
  const lemmas: string[] = [];
  for (const table of [casualties.verbs, casualties.nouns, casualties.ofNouns] as Record<string, string>[])
    for (const [w, kind] of Object.entries(table)) if (kind === 'abducted') out.add(w);
  for (const [lemma, kind] of Object.entries(casualties.verbLemmas as Record<string, string>))
    if (kind === 'abducted') lemmas.push(lemma);
  for (const w of attackerNouns) if (lemmas.some((l) => w.startsWith(l))) out.add(w);
  return out;
}

/** Step 1: the words of claims, denials, blame and accusation (`claims.json`). */
function claimVocabulary(c: typeof claims) {
  return {
    victimHeads: new Set(casualties.victimHeads),
    modals: MODALS,
    claimVerbs: new Set(c.claimVerbs),
    verbLemmas: Object.fromEntries(Object.entries(c.verbLemmas).map(([k, v]) => [k, new Set(v)])) as unknown as Record<
      LemmaClass,
      ReadonlySet<string>
    >,
    denialNouns: new Set(c.denialNouns),
    responsibilityNouns: new Set(c.responsibilityNouns),
    claimNouns: new Set(c.claimNouns),
    perpetration: phrases(c.perpetrationVerbs),
    perpetrationGerunds: new Set(c.perpetrationGerunds),
    actGerunds: new Set(c.actGerunds),
    deniedActLemmas: new Set(c.deniedActLemmas),
    responsibleWords: new Set(c.responsibleWords),
    responsiblePredicates: new Map(Object.entries(c.responsiblePredicates)),
    workNouns: new Set(c.workNouns),
    ownFighters: new Set(c.ownFighters),
    raisingVerbs: new Set(c.raisingVerbs),
    unrealModals: new Set(c.unrealModals),
    counterfactualModals: new Set(c.counterfactualModals),
    attackVerbs: new Set(c.attackVerbs),
    speechVerbs: new Set(c.speechVerbs),
    denialVerbs: new Set(c.denialVerbs),
    denialObjects: new Set(c.denialObjects),
    roleObjects: new Set(c.roleObjects),
    hedgeVerbs: new Set(c.hedgeVerbs),
    hedgeObjects: new Set(c.hedgeObjects),
    implyVerbs: new Set(c.implyVerbs),
    stopShort: phrases(c.stopShort),
    negations: new Set([...NEGATIVE_PARTICLES, ...REFUSAL_VERBS, ...c.negations]),
    unclaimedSubjects: new Set(c.unclaimedSubjects),
    unclaimedHeads: new Set(c.unclaimedHeads),
    unclaimedAdjectives: new Set(c.unclaimedAdjectives),
    blameVerbs: new Set(c.blameVerbs),
    blameNouns: new Set(c.blameNouns),
    blameNounVerbs: new Set(c.blameNounVerbs),
    accuseVerbs: new Set(c.accuseVerbs),
    accuseNouns: new Set(c.accuseNouns),
    attributeVerbs: new Set(c.attributeVerbs),
    implicateVerbs: new Set(c.implicateVerbs),
    holdVerbs: new Set(c.holdVerbs),
    bearVerbs: new Set(c.bearVerbs),
  };
}

/** Step 2: the words that describe actors, their fighters and their acts of kidnapping (`claims.json`). */
function actorVocabulary(c: typeof claims) {
  return {
    // The hedges of lexicon/en (`suspected`, `alleged` …), one class for the registry and the claims.
    suspectWords: HEDGE_MODIFIERS,
    hallmarks: new Set(c.hallmarks),
    mediaNouns: new Set(c.mediaNouns),
    affiliationWords: new Set(c.affiliationWords),
    anaphors: new Set(c.anaphors),
    groupNouns: new Set(c.groupNouns),
    attackerNouns: new Set(c.attackerNouns),
    attackerNamingVerbs: new Set(c.attackerNamingVerbs),
    suspectNouns: new Set(c.suspectNouns),
    fromWords: phrases(c.fromWords),
    namingWords: phrases(c.namingWords),
    descriptionHeads: new Set(c.descriptionHeads),
    modifiedHeads: new Set(c.modifiedHeads),
    searchVerbs: new Set(c.searchVerbs),
    cleftHeads: new Set(c.cleftHeads),
    forceMemberNouns: new Set(c.forceMemberNouns),
    serviceAdjectives: new Set(c.serviceAdjectives),
    serviceNouns: new Set(c.serviceNouns),
    disavowalVerbs: new Set(c.disavowalVerbs),
    ownerPhrases: phrases(c.ownerPhrases),
    reducedParticiples: new Set(c.reducedParticiples),
    trialVerbs: new Set(c.trialVerbs),
    stateForceNouns: new Set(c.stateForceNouns),
    releaseVerbs: new Set(c.releaseVerbs),
    releaseActs: phrases(c.releaseActs),
    releasedThings: new Set(c.releasedThings),
    promiseVerbs: new Set(c.promiseVerbs),
    kidnapWords: kidnapWords(c.attackerNouns),
    groupDescriptions: new Set(c.groupDescriptions),
    positionNouns: new Set(c.positionNouns),
    fighterAdjectives: new Map(Object.entries(c.fighterAdjectives)),
    reportedFighterAdjectives: new Map(Object.entries(c.reportedFighterAdjectives)),
    conditionals: CONDITIONALS,
    subjectSkips: new Set(c.subjectSkips),
  };
}

/** Step 3: attack nouns, forces, weapons and the context words of an attack (`attacks.json`, `claims.json`). */
function attackVocabulary(c: typeof claims, attack: ReadonlyMap<string, AttackClass>) {
  return {
    attack,
    weapons: new Set([...WEAPON_NOUNS, ...WEAPON_AGENTS]),
    contested: new Set(attacks.contested),
    condemnations: new Set(attacks.condemnations),
    hedges: new Set(attacks.hedges),
    compound: new Set(attacks.compound),
    anaphorNouns: new Set(c.anaphorNouns),
    nonViolent: new Set(attacks.nonViolent),
    violence: new Set(attacks.context),
    fireModifiers: new Set(attacks.fireModifiers),
    selfAttackVerbs: new Set(c.selfAttackVerbs),
    acceptVerbs: new Set(c.acceptVerbs),
    roleNouns: new Set(c.roleNouns),
    agentVerbs: new Set(c.agentVerbs),
    seizeVerbs: new Set(c.seizeVerbs),
    seizedTargets: new Set(c.seizedTargets),
    agentWeak: new Set(c.agentWeak),
    victimVerbs: new Set(c.victimVerbs),
    airAttacks: new Set(c.airAttacks),
    airHeads: new Set(c.airHeads),
    forceNouns: new Set(c.forceNouns),
    forceCompounds: new Set(c.forceCompounds),
    weaponVerbs: new Set(c.weaponVerbs),
    campaignNouns: new Set(c.campaignNouns),
    backgroundModifiers: new Set(c.backgroundModifiers),
    collectiveHeads: new Set(c.collectiveHeads),
    affiliateParticiples: new Set(c.affiliateParticiples),
    reportNouns: new Set(c.reportNouns),
    comparisonModifiers: new Set(c.comparisonModifiers),
    recordAdverbs: new Set(c.recordAdverbs),
    totalMagnitudes: new Set(c.totalMagnitudes),
    deathWords: new Set(c.deathWords),
    suspicionNouns: new Set(c.suspicionNouns),
    suspicionVerbs: new Set(c.suspicionVerbs),
    disownPhrases: phrases(c.disownPhrases),
    openFireVerbs: new Set(c.openFireVerbs),
    targetNouns: new Set(c.targetNouns),
    civilianModifiers: new Set(c.civilianModifiers),
    contactVerbs: new Set(c.contactVerbs),
    escalateVerbs: new Set(c.escalateVerbs),
    stateVoiceWords: new Set(c.stateVoiceWords),
    beginVerbs: new Set(c.beginVerbs),
    stateVoiceMinistries: new Set(c.stateVoiceMinistries),
    stateMedia: new Map(Object.entries(c.stateMedia)),
    allyNouns: new Set(c.allyNouns),
    armedForces: new Set(c.armedForces),
    platformVerbs: new Set(c.platformVerbs),
    recordSpanBlockers: new Set(c.recordSpanBlockers),
    habitAdverbs: new Set(c.habitAdverbs),
    supportParticiples: new Set(c.supportParticiples),
    selfNouns: new Set(c.selfNouns),
    beliefParticiples: new Set(c.beliefParticiples),
    identifyParticiples: new Set(c.identifyParticiples),
    attackingAlliances: new Set(c.attackingAlliances),
    objectPrepositions: new Set(c.objectPrepositions),
    targetPrepositions: new Set(c.targetPrepositions),
    speakVerbs: new Set(c.speakVerbs),
    admitVerbs: new Set(c.admitVerbs),
    admitPhrases: phrases(c.admitPhrases),
  };
}

/**
 * The vocabularies, loaded on first use.
 *
 * @example
 * ```ts
 * lexicon().claimVerbs.has('claimed'); // true
 * ```
 */
export function lexicon(): Lexicon {
  if (cached !== null) return cached;
  const attack = new Map<string, AttackClass>();
  for (const w of attacks.generic) attack.set(w, 'generic');
  for (const w of attacks.military) attack.set(w, 'military');
  for (const w of attacks.attack) attack.set(w, 'attack');
  cached = { ...claimVocabulary(claims), ...actorVocabulary(claims), ...attackVocabulary(claims, attack) };
  return cached;
}

/**
 * Whether a token is a verb of a class: its word is listed, or it is tagged VERB and its lemma is
 * (`rejecting`, `ascribes`, `hinting`); one set lookup, a second only for an inflected verb.
 *
 * @example
 * ```ts
 * verbIn(lexicon(), 'denialVerbs', parse('Hamas is rejecting the charge.').tokens[2]!); // true
 * ```
 */
export function verbIn(lex: Lexicon, cls: LemmaClass, t: Token | undefined): boolean {
  if (t === undefined) return false;
  return lex[cls].has(t.lower) || (t.pos === 'VERB' && t.lemma !== t.lower && lex.verbLemmas[cls].has(t.lemma));
}

/** Length in tokens of the longest phrase of `list` starting at token `i` (0 when none). */
export function phraseAt(toks: readonly Token[], i: number, list: PhraseList): number {
  const first = toks[i];
  if (first === undefined) return 0;
  const cands = list.byFirst.get(first.lower);
  if (cands === undefined) return 0;
  outer: for (const p of cands) {
    for (let k = 0; k < p.length; k++) {
      const t = toks[i + k];
      if (t === undefined || t.lower !== p[k]) continue outer;
    }
    return p.length;
  }
  return 0;
}
