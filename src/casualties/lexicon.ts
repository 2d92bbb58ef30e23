/**
 * The casualty vocabulary (src/lexicon/casualties.json) as lookup tables:
 * one Map or Set lookup per token.
 */
import { speechForms } from '../lexicon/en/index.js';
import data from '../lexicon/casualties.json';
import attacks from '../lexicon/attacks.json';
import roles from '../lexicon/roles.json';
import calendar from '../lexicon/dates.json';
import { POSSESSIVE_DETERMINERS, WEAPON_NOUNS } from '../lexicon/en/index.js';
import type { Token } from '../document/model.js';
import type { CasualtyOutcome } from '../types.js';

const map = (o: Record<string, string>): ReadonlyMap<string, CasualtyOutcome> =>
  new Map(Object.entries(o) as [string, CasualtyOutcome][]);

/** Outcome verbs by lemma (`kill`, `maim`, `behead`): a token tagged VERB matches through its `lemma`. */
export const VERB_LEMMAS = map(data.verbLemmas);
/**
 * Outcome verbs as words, whatever their tag: the base forms and the forms the model also
 * reads as nouns or adjectives or lemmatises wrong (`the wounded`, `a killing`, `slain`, `wound` → wind).
 */
export const VERBS = map(data.verbs);

/**
 * The outcome of an outcome verb: by lemma when the token is tagged a verb (`slays`, `maims`,
 * `mutilates`), else by its word (`the wounded`, `slain`); a verb whose lemma is not listed
 * is looked up by its word too (`wound`, lemmatised `wind`). Called at anchors, not per token.
 *
 * @example
 * ```ts
 * verbOutcome(parse('The blast maims 12.').tokens[2]!); // 'injured'
 * ```
 */
export function verbOutcome(t: Token): CasualtyOutcome | undefined {
  if (t.pos !== 'VERB') return VERBS.get(t.lower);
  return VERB_LEMMAS.get(t.lemma) ?? VERBS.get(t.lower);
}
/** Forms whose counted people stand before them: `died`, `dead`, `missing`. */
export const INTRANSITIVE = map(data.intransitive);
/** Nouns counted before them: `deaths`, `bodies`, `lives`. */
export const NOUNS = map(data.nouns);
/** Nouns counted after "of": `deaths of`, `killing of`, `bodies of`. */
export const OF_NOUNS = map(data.ofNouns);
/** Toll nouns whose figure follows: `toll`. */
export const TOLLS = map(data.tolls);
/** Forms of "succumb": the subject died of the wounds after "to" (`succumbed to their wounds`). */
export const SUCCUMB_VERBS: ReadonlySet<string> = new Set(data.succumbVerbs);
/**
 * Words that put a name after a description of the person ("a man named X", "a boy called X", "a
 * man identified as X"): each word with the preposition it takes ('' for none).
 */
export const NAME_INTRODUCERS: ReadonlyMap<string, string> = new Map(
  data.nameIntroducers.map((w: string) => [w.split(' ')[0]!, w.split(' ')[1] ?? ''] as [string, string]),
);
/** Verbs that set a toll, the count fronted after "to" (`brought to 49 the number killed`). */
export const TOLL_SETTERS: ReadonlySet<string> = new Set(data.tollSetters);
/** Official words for killing that count people killed only inside quotation marks (`"neutralised" 15 militants`). */
export const QUOTED_EUPHEMISMS: ReadonlySet<string> = new Set(data.quotedEuphemisms);
/** Words before "toll" that set its outcome: `death`, `injury`. */
export const TOLL_MODIFIERS = map(data.tollModifiers);
/** Words after "the number of" that make it a toll: `dead`, `wounded`. */
export const NUMBER_OF = map(data.numberOf);

/** GTD-type attack nouns (attacks.json 'attack'): one set for casualties and incidents. */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(attacks.attack);
/** Month names of the dates lexicon, "may" included (callers that read counts leave it out). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(calendar.months));

export const VICTIM_HEADS: ReadonlySet<string> = new Set(data.victimHeads);
export const SINGULAR_HEADS: ReadonlySet<string> = new Set(data.singularHeads);
export const RELATIONAL_HEADS: ReadonlySet<string> = new Set(data.relationalHeads);
export const GROUP_NOUNS: ReadonlySet<string> = new Set(data.groupNouns);
export const ATTACKERS: ReadonlySet<string> = new Set(data.attackers);
export const NON_CASUALTY_VERBS: ReadonlySet<string> = new Set(data.nonCasualtyVerbs);
/** Words between the counted people and "to/in hospital" that make them injured: `taken`, `admitted`, `detained`, `treated`. */
export const HOSPITAL_VERBS: ReadonlySet<string> = new Set(data.hospitalVerbs);
const NON_CASUALTY_LEMMAS: ReadonlySet<string> = new Set(data.nonCasualtyLemmas);

/**
 * Whether a token arrests, frees, evacuates or gathers people: its word is listed, or it is tagged VERB
 * and its lemma is (`frees`, `detains`). Called next to a figure, not per token.
 */
export function isNonCasualtyVerb(t: Token): boolean {
  return (
    NON_CASUALTY_VERBS.has(t.lower) || (t.pos === 'VERB' && t.lemma !== t.lower && NON_CASUALTY_LEMMAS.has(t.lemma))
  );
}
/**
 * Titles before a victim's name ("Colonel", "MSGR"): the one-word titles of the shared roles list
 * (src/lexicon/roles.json, without a final period) and the casualty vocabulary's extra ones.
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...roles.titles.filter((e) => !e.words.includes(' ')).map((e) => e.words.toLowerCase().replace(/\.$/, '')),
  ...data.extraTitles,
]);
export const VIOLENT_CONTEXT: ReadonlySet<string> = new Set(data.violentContext);
export const CUMULATIVE_NOUNS: ReadonlySet<string> = new Set(data.cumulative.nouns);
export const PERFECT_NOUNS: ReadonlySet<string> = new Set(data.cumulative.perfectNouns);
export const CUMULATIVE_CUES: readonly string[][] = data.cumulative.cues.map((c) => c.split(' '));
/** Calendar units of a period's running toll ("this month's death toll", "the toll for the year"). */
export const PERIOD_UNITS: ReadonlySet<string> = new Set(data.cumulative.periodUnits);
/** Periods whose superlative ("the deadliest week") makes the figure after it a round-up of the period's attacks. */
export const SUPERLATIVE_PERIODS: ReadonlySet<string> = new Set(data.cumulative.superlativePeriods);
/** Determiners of such a period ("this month", "last year", "the past month"). */
export const PERIOD_DETERMINERS: ReadonlySet<string> = new Set(data.cumulative.periodDeterminers);
export const SOURCE_VERBS: ReadonlySet<string> = speechForms('figureSources');
export const SKIPPABLE: ReadonlySet<string> = new Set(data.skippable);
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set(data.nameStopWords);
/** Plural nouns that never count people: the listed ones and the shared weapons class ("hundreds of rifles"). */
export const NON_VICTIMS: ReadonlySet<string> = new Set([...data.nonVictimNouns, ...WEAPON_NOUNS]);
export const HARM_GATED_SINGULAR: ReadonlySet<string> = new Set(data.harmGated.singular);
export const HARM_GATED_ALL: ReadonlySet<string> = new Set(data.harmGated.all);
export const INTENT_VERBS: ReadonlySet<string> = new Set(data.intentVerbs);
const INTENT_LEMMAS: ReadonlySet<string> = new Set(data.intentLemmas);

/** Whether a token is a verb of intent before "to" (`vowed`, or tagged VERB with such a lemma: `seeking`, `pledging`). */
export function isIntentVerb(t: Token): boolean {
  return INTENT_VERBS.has(t.lower) || (t.pos === 'VERB' && t.lemma !== t.lower && INTENT_LEMMAS.has(t.lemma));
}
export const TAKE_LIVES: ReadonlySet<string> = new Set(data.takeLives.ofLives);
/** Body parts whose loss makes the person injured ("lost both legs"). */
export const LOST_LIMBS: ReadonlySet<string> = new Set(data.lostLimbs);
/** Verbs whose passive with counted people as subject is a death ("dozens of militants were claimed in …"). */
export const PASSIVE_KILLED: ReadonlySet<string> = new Set(data.takeLives.alone);
/** Manner-of-killing verbs before "to death", "dead" and "down" ("stabbed the mayor to death", "gunned them down"). */
export const TO_DEATH: ReadonlySet<string> = new Set(data.mannerKilling.toDeath);
export const SHOT_DEAD: ReadonlySet<string> = new Set(data.mannerKilling.dead);
export const GUNNED_DOWN: ReadonlySet<string> = new Set(data.mannerKilling.down);
/** Adverbs that make an injured word a death right before it ("fatally wounded", "mortally wounded"). */
export const FATAL_ADVERBS: ReadonlySet<string> = new Set(data.fatalAdverbs);
/** Possessive determiners of a singular victim (`his brother`): the shared class of `src/lexicon/en`. */
export const POSSESSIVES: ReadonlySet<string> = POSSESSIVE_DETERMINERS;

const SUFFIXES: readonly string[] = data.personSuffixes;
/** Pronouns that may head a counted phrase ("dozens of them") but are not a victim description. */
export const PRONOUN_HEADS: ReadonlySet<string> = new Set(['them', 'those', 'whom', 'which']);

/**
 * Every word that can anchor a figure (an outcome word, a toll, "number"), and that therefore ends
 * a name run or a victim phrase ("… Smith killed" is no name "Smith Killed").
 */
export const ANCHORS: ReadonlySet<string> = new Set([
  ...VERBS.keys(),
  ...INTRANSITIVE.keys(),
  ...NOUNS.keys(),
  ...OF_NOUNS.keys(),
  ...TOLLS.keys(),
  'number',
  'hostage',
  'hospital',
  'down',
]);

/**
 * Words that start the harm-phrase rules without being outcome words: a treatment received, a
 * limb lost, a passive "claimed" of state media, "victims" of "four of the victims". They are triggers only (the {@link ANCHOR} bit), not
 * {@link ANCHORS}: a name or victim phrase may hold them ("Red Hand", "Claimed Arm").
 */
const HARM_TRIGGERS: readonly string[] = [
  'treatment',
  ...data.injuryNouns,
  ...data.lostLimbs,
  ...data.takeLives.alone,
  ...data.partitiveVictims,
];

/** Nouns of injuries besides "injuries" and "wounds", read only after a verb of suffering or treatment ("suffered burns"). */
export const INJURY_NOUNS: ReadonlySet<string> = new Set(data.injuryNouns);

/** Nouns for the people a whole told before counted ("four of the victims"): a part only with that whole. */
export const PARTITIVE_VICTIMS: ReadonlySet<string> = new Set(data.partitiveVictims);

/** Currency words and symbols before an amount (`$`, `US$`, `EUR`): their numbers never count people. */
export const CURRENCY_BEFORE: ReadonlySet<string> = new Set([
  '$',
  '€',
  '£',
  '¥',
  'us$',
  'usd',
  'eur',
  'gbp',
  'rs',
  'rs.',
  'inr',
]);
/** Currency and percentage words after an amount (`200 dollars`, `40 percent`, `12%`). */
export const CURRENCY_AFTER: ReadonlySet<string> = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'sterling',
  'yuan',
  'rupees',
  'lira',
  'liras',
  'riyals',
  'dinars',
  'percent',
  'pct',
  '%',
]);

/** {@link TOKEN_CLASS} bit: an outcome word, a toll, "number" (an anchor). */
export const ANCHOR = 1;
/** {@link TOKEN_CLASS} bit: a currency before its amount. */
export const MONEY_BEFORE = 4;
/** {@link TOKEN_CLASS} bit: a currency or percentage after its amount, or "per" (of "per cent"). */
export const MONEY_AFTER = 8;
/** {@link TOKEN_CLASS} bit: a war noun of the scope rule (`war`, `conflict`; `violence`, `crackdown`). */
export const WAR = 16;
/** {@link TOKEN_CLASS} bit: the first word of a time-span cue (`since`, `so` of "so far"). */
export const SPAN_CUE = 32;
/** {@link TOKEN_CLASS} bit: a word that shows violence or disaster (`attack`, `shelling`, `earthquake`). */
export const VIOLENT = 64;
/** {@link TOKEN_CLASS} bit: "identified" ("the victims were identified as X and Y"). */
export const IDENTIFIED = 128;

/**
 * What a word is to the casualty rules, as bits: the one lookup per token of
 * the document; the rules then test bits of the per-token classes (`Ctx.cls`).
 */
export const TOKEN_CLASS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const on = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  on(ANCHORS, ANCHOR);
  on(HARM_TRIGGERS, ANCHOR);
  on(QUOTED_EUPHEMISMS, ANCHOR);
  on(CURRENCY_BEFORE, MONEY_BEFORE);
  on([...CURRENCY_AFTER, 'per'], MONEY_AFTER);
  on([...CUMULATIVE_NOUNS, ...PERFECT_NOUNS], WAR);
  on(
    CUMULATIVE_CUES.map((c) => c[0]!),
    SPAN_CUE,
  );
  on(VIOLENT_CONTEXT, VIOLENT);
  on(['identified'], IDENTIFIED);
  return m;
})();

/** Whether the character at `i` is an upper-case letter (ASCII fast path, no allocation). */
function upperAt(v: string, i: number): boolean {
  const c = v.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = v[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|de|van|von)[-‐]/;

/** Whether a token starts with a capital letter (`Syrians`, `al-Assad` after its prefix). */
export function isCapitalised(t: Token): boolean {
  const v = t.value;
  if (v.length === 0) return false;
  if (upperAt(v, 0)) return true;
  const c = v.charCodeAt(0);
  // Only a name prefix ("al-", "bin-", "de-", "van-") can hide a capital.
  if (c !== 97 && c !== 101 && c !== 98 && c !== 105 && c !== 100 && c !== 118) return false;
  const m = NAME_PREFIX.exec(v);
  return m !== null && v.length > m[0].length && upperAt(v, m[0].length);
}

/** Whether a token can head a phrase counting people: a listed noun, or a plural of people by its form. */
export function isVictimHead(t: Token): boolean {
  const w = t.lower;
  if (VICTIM_HEADS.has(w)) return true;
  if (t.shape !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || w.length < 4 || !isPluralForm(w)) return false;
  if (NAME_STOP_WORDS.has(w) || NON_VICTIMS.has(w) || ANCHORS.has(w)) return false;
  // A capitalised plural names people (Syrians, Kurds, Alawites), as do plurals in -ians, -ists, -men…;
  // so does any other plural common noun not listed as naming things ("farmhands", "porters").
  if (isCapitalised(t) || hasPersonSuffix(w)) return true;
  return t.pos === 'NOUN' && !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is'));
}

/** Whether a lower-case word has the form of a plural: an -s, or the -men of a compound in -man ("ferrymen"). */
function isPluralForm(w: string): boolean {
  return w.endsWith('s') || (w.length > 5 && w.endsWith('men'));
}

/** Whether a word ends in a suffix for people (`-ians`, `-ists`, `-men`…). */
function hasPersonSuffix(w: string): boolean {
  for (let i = 0; i < SUFFIXES.length; i++) if (w.endsWith(SUFFIXES[i]!)) return true;
  return false;
}

/** Whether a token names people for certain: a listed noun, a capitalised plural or a plural of a person suffix (not any plural). */
export function isPersonHead(t: Token): boolean {
  const w = t.lower;
  if (VICTIM_HEADS.has(w)) return true;
  if (t.shape !== 'word' || w.length < 4 || !isPluralForm(w) || NAME_STOP_WORDS.has(w) || NON_VICTIMS.has(w))
    return false;
  return isCapitalised(t) || hasPersonSuffix(w);
}

/** Whether a lower-case word is a singular noun for one person (listed, or a compound in -man/-woman). */
export function isSingularHead(w: string): boolean {
  return (
    SINGULAR_HEADS.has(w) || (w.length > 5 && (w.endsWith('man') || w.endsWith('woman')) && !NON_PERSON_MAN.has(w))
  );
}
const NON_PERSON_MAN = new Set(['german', 'roman', 'human', 'ottoman', 'shaman']);

/** Prepositions of time before a passive gerund whose subject is the clause's (`before being executed`). */
export const GERUND_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(data.gerundTimePrepositions);
