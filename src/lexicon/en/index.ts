/**
 * English word classes, each written once as data (`words.json`, which names
 * its sources) and read by every layer that tests a word against the class:
 * quotes, casualties, claims and the actors layer ask here rather than keep
 * copies of their own.
 *
 * @module
 */
import words from './words.json';
import speech from './speech-verbs.json';
import nounModifiers from './noun-modifiers.json';
import placeNouns from './place-nouns.json';
import weaponNouns from './weapon-nouns.json';
import recordSources from './record-sources.json';
import anonymity from './anonymity.json';
import eventKinds from './event-kinds.json';
import headlineSources from './headline-sources.json';

/**
 * Head nouns of records and counts that `according to` cites with no speaker named (`exit polls`, `records`).
 *
 * @example
 * ```ts
 * RECORD_SOURCES.has('polls'); // true
 * ```
 */
export const RECORD_SOURCES: ReadonlySet<string> = new Set(recordSources.heads);

/**
 * Head nouns of evidence and measurement that no one speaks through (`data`, `evidence`, `readings`):
 * as a speech cue's subject they are no speaker unless the phrase names whose they are.
 *
 * @example
 * ```ts
 * MUTE_SOURCES.has('evidence'); // true
 * MUTE_SOURCES.has('report'); // false: a document is written by someone
 * ```
 */
export const MUTE_SOURCES: ReadonlySet<string> = new Set(recordSources.mute);

/**
 * Relative pronouns (`who`, `whom`, `whose`, `which`, `that`).
 *
 * @example
 * ```ts
 * RELATIVE_PRONOUNS.has('whom'); // true
 * ```
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words.relativePronouns);

/**
 * The relatives that can open a non-restrictive clause after a comma (the wh- forms; not `that`).
 *
 * @example
 * ```ts
 * NON_RESTRICTIVE_RELATIVES.has('that'); // false
 * ```
 */
export const NON_RESTRICTIVE_RELATIVES: ReadonlySet<string> = new Set(words.nonRestrictiveRelatives);

/**
 * Relative adverbs (`where`, `whereby`).
 *
 * @example
 * ```ts
 * RELATIVE_ADVERBS.has('where'); // true
 * ```
 */
export const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(words.relativeAdverbs);

/**
 * Free relatives (`what`, `whatever`): a relative clause with its head inside (`what he said was …`).
 *
 * @example
 * ```ts
 * FREE_RELATIVES.has('what'); // true
 * ```
 */
export const FREE_RELATIVES: ReadonlySet<string> = new Set(words.freeRelatives);

/**
 * Quantifiers and fraction nouns that head a subject on their own (`Some say …`, `a third say …`).
 *
 * @example
 * ```ts
 * QUANTIFIER_SUBJECTS.has('most'); // true
 * ```
 */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(words.quantifierSubjects);

/**
 * Pronouns that head a relative clause as a subject (`those who stayed behind have …`), with the
 * quantifiers that head one too (`many who fled have returned`).
 *
 * @example
 * ```ts
 * RELATIVE_HEADS.has('those'); // true
 * RELATIVE_HEADS.has('many'); // true
 * ```
 */
export const RELATIVE_HEADS: ReadonlySet<string> = new Set([...words.relativeHeads, ...words.quantifierSubjects]);

/**
 * The articles (`the`, `a`, `an`).
 *
 * @example
 * ```ts
 * ARTICLES.has('an'); // true
 * ```
 */
export const ARTICLES: ReadonlySet<string> = new Set(words.articles);

/**
 * Quotation-mark characters as tokens: straight, curly, low-9, guillemets and the grave accent of ``…''.
 *
 * @example
 * ```ts
 * QUOTATION_MARKS.has('«'); // true
 * ```
 */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(words.quotationMarks);

/**
 * The double quotation marks that open or close a quoted word inside a phrase (`the "martyrs"`):
 * straight and curly.
 *
 * @example
 * ```ts
 * DOUBLE_QUOTATION_MARKS.has('“'); // true
 * ```
 */
export const DOUBLE_QUOTATION_MARKS: ReadonlySet<string> = new Set(words.doubleQuotationMarks);

/**
 * Possessive determiners (`my`, `your`, `his`, `her`, `its`, `our`, `their`).
 *
 * @example
 * ```ts
 * POSSESSIVE_DETERMINERS.has('their'); // true
 * ```
 */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(words.possessiveDeterminers);

/**
 * The forms of BE (`am`, `is`, `are`, `was`, `were`, `be`, `been`, `being`).
 *
 * @example
 * ```ts
 * BE_FORMS.has('been'); // true
 * ```
 */
export const BE_FORMS: ReadonlySet<string> = new Set(words.beForms);

/**
 * Prepositions of time that place an event within a period or at its edge
 * (`in 2012`, `during March`, `since May`, `until winter`, `by June`): the
 * shared core of the leads the date readers look for before a year, a season
 * or a month.
 *
 * @example
 * ```ts
 * PERIOD_PREPOSITIONS.has('throughout'); // true
 * ```
 */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(words.periodPrepositions);

/**
 * Words before a month name that make it the month where the name is a word
 * too (`since May`, `last May`, `early March`, `the 1st of March`) or text in
 * capitals gives no capital to tell (`IN MARCH`, `LAST MAY`): the prepositions
 * of time ({@link PERIOD_PREPOSITIONS} and `from`, `before`, `after`, `of`),
 * the relative words and the edge words.
 *
 * @example
 * ```ts
 * MONTH_LEADS.has('last'); // true
 * ```
 */
export const MONTH_LEADS: ReadonlySet<string> = new Set([...words.periodPrepositions, ...words.monthLeads]);

/**
 * The past tense forms of BE (`was`, `were`): "was able to kill" tells what was done.
 *
 * @example
 * ```ts
 * PAST_BE_FORMS.has('were'); // true
 * ```
 */
export const PAST_BE_FORMS: ReadonlySet<string> = new Set(words.pastBeForms);

/**
 * Prepositions that open a place, time, manner or agent adjunct after a verb
 * (`killed in Homs`, `said on Friday`, `wounded by shrapnel`); each layer adds
 * the words its own reading stops at.
 *
 * @example
 * ```ts
 * ADJUNCT_PREPOSITIONS.has('during'); // true
 * ```
 */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(words.adjunctPrepositions);

/**
 * Closed-class English words that an all-capitals acronym can also spell (`IS`, `WHO`):
 * in upper-case copy such a word is read as the word, not as the name.
 *
 * @example
 * ```ts
 * FUNCTION_WORDS.has('who'); // true
 * ```
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.functionWords);

/**
 * Hyphen characters that glue a compound (`pro-Assad`, `forty‑eight`): hyphen-minus, hyphen, non-breaking hyphen, en dash.
 *
 * @example
 * ```ts
 * HYPHENS.has('‑'); // true
 * ```
 */
export const HYPHENS: ReadonlySet<string> = new Set(words.hyphens);

/**
 * Negative particles (`not`, `n't`, `n’t`, `never`).
 *
 * @example
 * ```ts
 * NEGATIVE_PARTICLES.has("n't"); // true
 * ```
 */
export const NEGATIVE_PARTICLES: ReadonlySet<string> = new Set(words.negativeParticles);

/**
 * Negative determiners, pronouns and the negative preposition (`no`, `none`, `nobody`, `nor`, `zero`, `without`).
 *
 * @example
 * ```ts
 * NEGATIVE_DETERMINERS.has('none'); // true
 * ```
 */
export const NEGATIVE_DETERMINERS: ReadonlySet<string> = new Set(words.negativeDeterminers);

/**
 * Verbs of refusal and failure, which negate the infinitive after them (`declined to say`, `failed to stop`).
 *
 * @example
 * ```ts
 * REFUSAL_VERBS.has('declined'); // true
 * ```
 */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(words.refusalVerbs);

/**
 * Modal auxiliaries with their clitic and negative stems (`will`, `'ll`, `wo` of `won't`, `ca` of `can't`).
 *
 * @example
 * ```ts
 * MODALS.has('might'); // true
 * ```
 */
export const MODALS: ReadonlySet<string> = new Set(words.modals);

/**
 * Subordinators that open a condition (`if`, `whether`, `unless`).
 *
 * @example
 * ```ts
 * CONDITIONALS.has('unless'); // true
 * ```
 */
export const CONDITIONALS: ReadonlySet<string> = new Set(words.conditionals);

/**
 * Words that open a noun phrase in apposition after a comma (`, the group's leader,`, `, formerly the Nusra Front,`).
 *
 * @example
 * ```ts
 * APPOSITION_OPENERS.has('formerly'); // true
 * ```
 */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(words.appositionOpeners);

/**
 * Words that open a parenthetical aside after a comma (`, in a statement,`, `, however,`, `, reportedly,`).
 *
 * @example
 * ```ts
 * ASIDE_OPENERS.has('however'); // true
 * ```
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(words.asideOpeners);

/**
 * The forms of HAVE (`has`, `have`, `had`, `having`).
 *
 * @example
 * ```ts
 * HAVE_FORMS.has('had'); // true
 * ```
 */
export const HAVE_FORMS: ReadonlySet<string> = new Set(words.haveForms);

/**
 * The forms of DO (`do`, `does`, `did`), the auxiliary of a negation ("did not die").
 *
 * @example
 * ```ts
 * DO_FORMS.has('did'); // true
 * ```
 */
export const DO_FORMS: ReadonlySet<string> = new Set(words.doForms);

/**
 * Particles of phrasal verbs (`up`, `out`, `off`, `down`, `back`, `away`): "rounded up", "lined up to hear".
 *
 * @example
 * ```ts
 * PHRASAL_PARTICLES.has('off'); // true
 * ```
 */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(words.phrasalParticles);

/**
 * A class of speech and report verbs in `speech-verbs.json` beyond the quote
 * cues: `figureSources` (the subject sources a casualty figure), `ownAccount`
 * (a group's own account can follow: `X said it carried out …`), `quoteCues`
 * (every lemma with a quote frame).
 *
 * @example
 * ```ts
 * const cls: SpeechClass = 'figureSources';
 * ```
 */
export type SpeechClass = 'figureSources' | 'ownAccount' | 'quoteCues';

/**
 * Speech and report verbs as one lemma class: each inflected form → its lemma
 * (the first lemma listing a form owns it).
 *
 * @example
 * ```ts
 * SPEECH_LEMMAS.get('told'); // 'tell'
 * ```
 */
export const SPEECH_LEMMAS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(speech.lemmas as Record<string, string[]>))
    for (const f of forms) if (!m.has(f)) m.set(f, lemma);
  return m;
})();

/**
 * Every form of the lemmas of one speech class.
 *
 * @example
 * ```ts
 * speechForms('ownAccount').has('announced'); // true
 * speechForms('figureSources').has('documented'); // true
 * ```
 */
export function speechForms(cls: SpeechClass): ReadonlySet<string> {
  const frames = speech.quoteFrames as Record<string, string[]>;
  const lemmas = new Set(cls === 'quoteCues' ? Object.values(frames).flat() : speech[cls]);
  const out = new Set<string>();
  for (const [form, lemma] of SPEECH_LEMMAS) if (lemmas.has(lemma)) out.add(form);
  return out;
}

/**
 * Plural nouns that do modify a noun after them (`rights group`, `arms dealer`).
 *
 * @example
 * ```ts
 * PLURAL_MODIFIERS.has('rights'); // true
 * ```
 */
export const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(nounModifiers.pluralModifiers);

/**
 * Singular nouns that premodify the head of a speaker description (`state television`, `aid agencies`).
 *
 * @example
 * ```ts
 * SPEAKER_MODIFIERS.has('state'); // true
 * SPEAKER_MODIFIERS.has('district'); // false
 * ```
 */
export const SPEAKER_MODIFIERS: ReadonlySet<string> = new Set(nounModifiers.speakerModifiers);

/**
 * Prepositions whose object is a place (`in Geneva`, `near Springfield`).
 *
 * @example
 * ```ts
 * LOCATIVE_PREPOSITIONS.has('near'); // true
 * ```
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(words.locativePrepositions);

/**
 * Common nouns written after a place's name (`Idlib province`, `Jayrud town`).
 *
 * @example
 * ```ts
 * PLACE_NOUNS.has('province'); // true
 * ```
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(placeNouns.words);

/**
 * Verb forms whose subject speaks the speech verb of the to-infinitive after them
 * (`went on to say`, `continued to insist`).
 *
 * @example
 * ```ts
 * INFINITIVE_CARRIERS.has('went'); // true
 * ```
 */
export const INFINITIVE_CARRIERS: ReadonlySet<string> = new Set(speech.infinitiveCarriers);

/**
 * Subordinators (and `being`) that make a passive speech participle after them a reduced clause with no speaker (`when asked what …`).
 *
 * @example
 * ```ts
 * REDUCED_CLAUSE_OPENERS.has('when'); // true
 * ```
 */
export const REDUCED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(speech.reducedClauseOpeners);

/**
 * Empty objects of a speech verb (`said nothing`, `say no`): no content when a verb does not follow.
 *
 * @example
 * ```ts
 * EMPTY_OBJECTS.has('nothing'); // true
 * ```
 */
export const EMPTY_OBJECTS: ReadonlySet<string> = new Set(speech.emptyObjects);

/**
 * Per speech lemma, the nouns that make it no speech verb when they head its object (`claimed the
 * lives of …`: a toll taken, no words of anyone).
 *
 * @example
 * ```ts
 * NON_SPEECH_OBJECTS.get('claim')?.has('lives'); // true
 * ```
 */
export const NON_SPEECH_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(speech.nonSpeechObjects).map(([lemma, nouns]) => [lemma, new Set(nouns)]),
);

/**
 * Forms of the verbs that pass on someone's words with `as saying` after the one quoted
 * (`quoted the governor as saying`, `cited a source as saying`, `reported the ministry as saying`).
 *
 * @example
 * ```ts
 * QUOTING_VERBS.has('cited'); // true
 * ```
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(speech.quotingVerbs);

/**
 * Subordinators that, after a comma, end a content clause (`…, while the army …`, `…, without giving details`).
 *
 * @example
 * ```ts
 * CONTENT_CUTS.has('without'); // true
 * ```
 */
export const CONTENT_CUTS: ReadonlySet<string> = new Set(speech.contentCuts);

/**
 * The forms of `join`: `X joined Y in saying …` reports X's words.
 *
 * @example
 * ```ts
 * JOINING_VERBS.has('joined'); // true
 * ```
 */
export const JOINING_VERBS: ReadonlySet<string> = new Set(speech.joiningVerbs);

/**
 * Prepositions before a speech gerund whose subject is the clause's (`backed the claim by saying …`).
 *
 * @example
 * ```ts
 * GERUND_PREPOSITIONS.has('by'); // true
 * ```
 */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(speech.gerundPrepositions);

/**
 * Cue forms that are also given names (`Said`): capitalised inside a sentence before a capitalised
 * word, a name (`rebel commander Said Hamdan told …`).
 *
 * @example
 * ```ts
 * CUE_NAME_FORMS.has('said'); // true
 * ```
 */
export const CUE_NAME_FORMS: ReadonlySet<string> = new Set(speech.nameForms);

/**
 * Nouns of the writer's comment on a report after a comma (`…, a claim the army denied`).
 *
 * @example
 * ```ts
 * COMMENT_NOUNS.has('claim'); // true
 * ```
 */
export const COMMENT_NOUNS: ReadonlySet<string> = new Set(speech.commentNouns);

/**
 * Words of the writer's note that a report was not verified (`…, which could not be verified`).
 *
 * @example
 * ```ts
 * VERIFICATION_WORDS.has('verified'); // true
 * ```
 */
export const VERIFICATION_WORDS: ReadonlySet<string> = new Set(speech.verificationWords);

/**
 * Nouns naming the medium a source speaks through: after `by` they make no passive's agent
 * (`said by telephone that …`, `told AFP by satellite phone …`).
 *
 * @example
 * ```ts
 * SPEECH_MEDIA.has('telephone'); // true
 * ```
 */
export const SPEECH_MEDIA: ReadonlySet<string> = new Set(speech.speechMedia);

/**
 * Prepositions that tie a role to its body (`head of the council`, `spokesman for the army`).
 *
 * @example
 * ```ts
 * ROLE_PREPOSITIONS.has('for'); // true
 * ```
 */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(words.rolePrepositions);

/**
 * Participles that tie a document to the body that put it out (`a statement issued by …`),
 * unlike those of a medium that only carried it (`carried by`, `quoted by`).
 *
 * @example
 * ```ts
 * ISSUING_PARTICIPLES.has('released'); // true
 * ```
 */
export const ISSUING_PARTICIPLES: ReadonlySet<string> = new Set(words.issuingParticiples);

/**
 * Compass directions, nouns before "of" though the tagger often reads them as adverbs
 * (`the government-controlled west of the city`).
 *
 * @example
 * ```ts
 * COMPASS_DIRECTIONS.has('west'); // true
 * ```
 */
export const COMPASS_DIRECTIONS: ReadonlySet<string> = new Set(words.compassDirections);

/**
 * Subordinators that open an adverbial clause of time, reason or concession (`when asked about
 * it`, `as she left`): after an inverted speaker's phrase they close it.
 *
 * @example
 * ```ts
 * ADVERBIAL_SUBORDINATORS.has('when'); // true
 * ```
 */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set(words.adverbialSubordinators);

/**
 * Prepositions of time that also open a finite adverbial clause (`after the council met`).
 *
 * @example
 * ```ts
 * CLAUSE_PREPOSITIONS.has('after'); // true
 * ```
 */
export const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(words.clausePrepositions);

/**
 * The wh-words that open an interrogative content clause (`asked how he was feeling`): the
 * reported question of a verb of asking.
 *
 * @example
 * ```ts
 * INTERROGATIVES.has('how'); // true
 * ```
 */
export const INTERROGATIVES: ReadonlySet<string> = new Set(words.interrogatives);

/**
 * Nouns naming a weapon or explosive device (`IED`, `car bomb`, `mortar`, `drone`): a capitalised
 * run holding one (`Roadside IED`) names no actor.
 *
 * @example
 * ```ts
 * WEAPON_NOUNS.has('vbied'); // true
 * ```
 */
export const WEAPON_NOUNS: ReadonlySet<string> = new Set(weaponNouns.words);

/**
 * Words naming a weapon's kind or agent rather than a device (`sarin`, `chemical`, `barrel`,
 * `weapons`): with {@link WEAPON_NOUNS}, what an accusation of using weapons is about.
 *
 * @example
 * ```ts
 * WEAPON_AGENTS.has('sarin'); // true
 * ```
 */
export const WEAPON_AGENTS: ReadonlySet<string> = new Set(weaponNouns.agents);

/**
 * The weapon nouns that head an attack phrase on their own (`a rocket hit the market`): a
 * sub-class of {@link WEAPON_NOUNS}.
 *
 * @example
 * ```ts
 * WEAPON_ATTACK_HEADS.has('mortars'); // true
 * ```
 */
export const WEAPON_ATTACK_HEADS: ReadonlySet<string> = new Set(weaponNouns.attackHeads);

/**
 * Participles of a passive infinitive that hides a source's identity after a cue (`asked not to be named`):
 * the infinitive tells of the attribution, it is no content (`anonymity.json`).
 *
 * @example
 * ```ts
 * IDENTITY_VERBS.has('identified'); // true
 * ```
 */
export const IDENTITY_VERBS: ReadonlySet<string> = new Set(anonymity.identityVerbs);

/**
 * Participles opening a phrase on how the source spoke, after its attribution (`…, a resident said,
 * speaking on condition of anonymity`): no content of the cue (`anonymity.json`).
 *
 * @example
 * ```ts
 * ATTRIBUTION_PARTICIPLES.has('speaking'); // true
 * ```
 */
export const ATTRIBUTION_PARTICIPLES: ReadonlySet<string> = new Set(anonymity.attributionParticiples);

/**
 * Personal pronouns that are only objects (`them`, `him`): one ends a clause, so a subject may follow it
 * (`… alongside them the Observatory added`).
 *
 * @example
 * ```ts
 * OBJECT_PRONOUNS.has('them'); // true
 * ```
 */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.objectPronouns);

/**
 * Personal pronouns in their subject form (`he`, `they`), lower case: a clause's subject before its verb.
 *
 * @example
 * ```ts
 * SUBJECT_PRONOUNS.has('they'); // true
 * SUBJECT_PRONOUNS.has('them'); // false
 * ```
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.subjectPronouns);

/**
 * Reflexive personal pronouns (`himself`, `themselves`), lower case: the subject again in an object's place.
 *
 * @example
 * ```ts
 * REFLEXIVE_PRONOUNS.has('himself'); // true
 * ```
 */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(words.reflexivePronouns);

/**
 * The coordinating conjunctions that join a second clause, or a quote, to the first after its comma
 * (`…, he said, but "…"`).
 *
 * @example
 * ```ts
 * COORDINATORS.has('but'); // true
 * ```
 */
export const COORDINATORS: ReadonlySet<string> = new Set(words.coordinators);

/**
 * The participles and adjectives that hedge who a group is (`suspected ISWAP fighters`,
 * `alleged members of …`): capitalised at a sentence's start they open no name.
 *
 * @example
 * ```ts
 * HEDGE_MODIFIERS.has('suspected'); // true
 * ```
 */
export const HEDGE_MODIFIERS: ReadonlySet<string> = new Set(words.hedgeModifiers);

/**
 * Faiths and denominations written as capitalised adjectives (`a Catholic church`, `Sunni villages`):
 * before a common noun they modify it and name no place.
 *
 * @example
 * ```ts
 * FAITH_ADJECTIVES.has('catholic'); // true
 * ```
 */
export const FAITH_ADJECTIVES: ReadonlySet<string> = new Set(words.faithAdjectives);

/**
 * The generic kind of violent event (`attack`: `the attack`, `the incident`) of `event-kinds.json`,
 * which names no specific kind.
 *
 * @example
 * ```ts
 * GENERIC_EVENT_KIND; // 'attack'
 * ```
 */
export const GENERIC_EVENT_KIND: string = eventKinds.generic;

const EVENT_KIND_OF = new Map<string, string>();
for (const [kind, kindWords] of Object.entries(eventKinds.kinds)) for (const w of kindWords) EVENT_KIND_OF.set(w, kind);
for (const [kind, verbs] of Object.entries(eventKinds.disasterVerbs)) for (const w of verbs) EVENT_KIND_OF.set(w, kind);

/**
 * The head nouns of non-violent disasters (`crash`, `earthquake`, `landslide`, `stampede`) of
 * `event-kinds.json`: events an incident may be about, which are no attack (ANNOTATION.md §5).
 *
 * @example
 * ```ts
 * DISASTER_HEADS.has('quake'); // true
 * DISASTER_HEADS.has('bombing'); // false
 * ```
 */
export const DISASTER_HEADS: ReadonlySet<string> = new Set(
  eventKinds.disasters.flatMap((k) => (eventKinds.kinds as Record<string, string[]>)[k] ?? []),
);

/**
 * Past verb forms that tell a non-violent disaster by a verb (`the jetliner crashed`, `the ferry
 * capsized`) of `event-kinds.json`.
 *
 * @example
 * ```ts
 * DISASTER_VERBS.has('capsized'); // true
 * ```
 */
export const DISASTER_VERBS: ReadonlySet<string> = new Set(Object.values(eventKinds.disasterVerbs).flat());

/**
 * The kind of violent event a lower-case word names as a head noun, singular or plural
 * (`event-kinds.json`; a final `s` is dropped when the word itself is not listed), the generic
 * kind ({@link GENERIC_EVENT_KIND}) included; `null` for any other word.
 *
 * @example
 * ```ts
 * kindOfWord('blasts'); // 'bombing'
 * kindOfWord('attack'); // 'attack'
 * kindOfWord('market'); // null
 * ```
 */
export function kindOfWord(lower: string): string | null {
  return EVENT_KIND_OF.get(lower) ?? (lower.endsWith('s') ? (EVENT_KIND_OF.get(lower.slice(0, -1)) ?? null) : null);
}

/**
 * Source nouns that close a headline attribution when the page lost its colon (`… kill 20 civilians
 * activists`, `… in Latakia province NGO`), from `headline-sources.json`.
 *
 * @example
 * ```ts
 * HEADLINE_SOURCE_WORDS.has('monitor'); // true
 * ```
 */
export const HEADLINE_SOURCE_WORDS: ReadonlySet<string> = new Set(headlineSources.words);
