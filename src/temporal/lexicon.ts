/**
 * The temporal vocabulary of src/lexicon/dates.json as lookup tables.
 */
import data from '../lexicon/dates.json';
import numbers from '../lexicon/numbers.json';
import attacks from '../lexicon/attacks.json';
import groupShapes from '../lexicon/group-shapes.json';
import { FUNCTION_WORDS } from '../lexicon/en/index.js';

/** TIMEX3 season codes. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** Units of time as the lexicon names them (see its `$comment`). */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'TM' | 'TS' | 'DE' | 'CE' | 'Q' | 'FN' | 'WE';

const map = <V>(o: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(o));

/** Month names and abbreviations → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = map(data.months);
/** Full weekday names → ISO weekday 1–7. */
export const WEEKDAYS: ReadonlyMap<string, number> = map(data.weekdays);
/** Weekday abbreviations → ISO weekday (trusted only in stamp-like contexts). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = map(data.weekdayAbbreviations);
/** First words of named days built on a weekday (`Black Monday`, `Good Friday`). */
export const NAMED_DAYS: ReadonlySet<string> = new Set(data.namedDays);
/** Nouns measured over a period (`annual profit` is a duration, not a frequency). */
export const PERIOD_AMOUNTS: ReadonlySet<string> = new Set(data.periodAmounts);
/** Publications named by how often they come out (`daily newspaper`, `weekly bulletin`): no frequency of the news. */
export const SERIAL_PUBLICATIONS: ReadonlySet<string> = new Set(data.serialPublications);
/** Season words → TIMEX3 season code. */
export const SEASONS = map(data.seasons) as ReadonlyMap<string, Season>;
/** First and last month of each season. */
export const SEASON_MONTHS = map(data.seasonMonths) as ReadonlyMap<Season, [number, number]>;
/** Part-of-day words → TIMEX3 code. */
export const PARTS_OF_DAY = map(data.partsOfDay) as ReadonlyMap<string, PartOfDay>;
/** Unit words → unit. */
export const UNITS = map(data.units) as ReadonlyMap<string, Unit>;
/** Adjectives allowed between a number and its unit (`six straight days`). */
export const DURATION_ADJECTIVES: ReadonlySet<string> = new Set(data.durationAdjectives);
/** Relative words → period offset. */
export const RELATIVE: ReadonlyMap<string, number> = map(data.relative);
/** Words that narrow a period to its early/late part (`early June`, `later this year`). */
export const EDGE_MODIFIERS: ReadonlySet<string> = new Set(data.edgeModifiers);
/** Nouns naming the edge of a period (`the end of this year`). */
export const PERIOD_EDGES: ReadonlySet<string> = new Set(data.periodEdges);
/** Ordinals of quarters. */
export const ORDINALS: ReadonlyMap<string, number> = map(data.ordinals);
/** Prepositions of time before a clock (`at 0630`, `by noon`, `until 2200 hours`): the one set every clock reader asks. */
export const CLOCK_LEADS: ReadonlySet<string> = new Set(data.clockLeads);
/** Words before an h:mm:ss figure that make it an elapsed time (`won in 2:45:10`, `lap time was 1:32:04`). */
export const ELAPSED_LEADS: ReadonlySet<string> = new Set(data.elapsedTimeLeads);
/** Era abbreviations that put a century before the common era (`the 5th century BC` → `BC04`). */
export const BEFORE_COMMON_ERA: ReadonlySet<string> = new Set(data.beforeCommonEra);
/** Nouns after a month-day that make it part of a name (`April 7th Street`, `the March 14 alliance`). */
export const DATE_NAME_HEADS: ReadonlySet<string> = new Set(data.dateNameHeads);
/** Words that pick a stretch at one end of a period (`the last 12 days of September`). */
export const STRETCH_EDGES: ReadonlySet<string> = new Set(data.stretchEdges);
/** Nouns naming an attack or a military operation (src/lexicon/attacks.json): `an overnight airstrike` names a night. */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set([...attacks.attack, ...attacks.military]);
/** Nouns of an undertaking whose infinitive says what it is for (`a campaign to clear …`), with the military nouns. */
export const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set([...data.undertakingNouns, ...attacks.military]);
/** Words after which a year is a copyright line (`Copyright © 2018`), not a date of the news. */
export const COPYRIGHT_MARKS: ReadonlySet<string> = new Set(data.copyrightMarks);
/** English ordinal words → number (src/lexicon/numbers.json: `sixteenth` → 16), for centuries. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = map(numbers.ordinals);
/** Ordinal words that can name a day of the month (`the first of March`). */
export const DAY_ORDINALS: ReadonlySet<string> = new Set(data.dayOrdinals);
/**
 * Words without which no quantity phrase stands (src/lexicon/numbers.json:
 * cardinals, scales, groups, vague quantities, fractions), so that a unit of
 * time with none of them before it skips the numbers layer.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(numbers.units),
  ...Object.keys(numbers.tens),
  ...Object.keys(numbers.scales),
  ...Object.keys(numbers.groups),
  ...Object.keys(numbers.vague).flatMap((k) => k.split(' ')),
  'quarter',
  'quarters',
  'third',
  'thirds',
]);
/** Last words of the post-qualifiers the numbers layer reads after a number (`or more`, `-odd`, a glued `+`). */
export const POST_QUALIFIER_ENDS: ReadonlySet<string> = new Set([
  ...Object.keys(numbers.postQualifiers).map((k) => k.slice(k.lastIndexOf(' ') + 1)),
  '+',
]);
/** Holidays by their lower-case words → `MM-DD`, or `null` for a lunar one whose Gregorian day moves (`ramadan`). */
export const HOLIDAYS: ReadonlyMap<string, string | null> = map(data.holidays as Record<string, string | null>);
/**
 * Every leading part of a holiday's key (`new`, `new year`, `new year's`): the reader stops adding words once its
 * key is none of these (`New York` after `new`), since no longer key can then be a holiday.
 */
export const HOLIDAY_PREFIXES: ReadonlySet<string> = new Set(
  [...HOLIDAYS.keys()].flatMap((k) => Array.from({ length: k.length }, (_, n) => k.slice(0, n + 1))),
);
/** First words of the holidays' names (what triggers the holiday reader). */
export const HOLIDAY_LEADS: ReadonlySet<string> = new Set([...HOLIDAYS.keys()].map((k) => /^[^ -]+/.exec(k)![0]));
/** Particles inside Arabic names (src/lexicon/group-shapes.json connectors, not English function words): `Ramadan al-Sabta` is a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  groupShapes.connectors.filter((c) => c.length > 1 && !FUNCTION_WORDS.has(c)),
);
/** Words → PRESENT_REF / PAST_REF / FUTURE_REF. */
export const REFERENCES: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ...data.presentRef.map((w) => [w, 'PRESENT_REF'] as const),
  ...data.pastRef.map((w) => [w, 'PAST_REF'] as const),
  ...data.futureRef.map((w) => [w, 'FUTURE_REF'] as const),
]);
/** today/yesterday/tomorrow/tonight → day offset. */
export const DAY_WORDS: ReadonlyMap<string, number> = map(data.dayWords);
/** Frequency adjectives/adverbs → SET value. */
export const SET_WORDS: ReadonlyMap<string, string> = map(data.sets);
/** `every`, `each`. */
export const SET_QUANTIFIERS: ReadonlySet<string> = new Set(data.setQuantifiers);
/** Time-zone abbreviations (lower case). */
export const TIME_ZONES: ReadonlySet<string> = new Set(data.timeZones);
/** Words after a four-digit military time (`1700 hrs`, `1700 local`). */
export const MILITARY_SUFFIXES: ReadonlySet<string> = new Set(data.militaryTimeSuffixes);
/** Words of a verb group that point forward. */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(data.futureWords);
/** Auxiliaries of past and perfect tenses. */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(data.pastAuxiliaries);
/** Present-tense forms of "be". */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(data.presentAuxiliaries);
/** Irregular past-tense verbs. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(data.irregularPast);
/** Words before a date that mark when a measure takes effect (`a halt starting on Thursday`, `a curfew from Sunday`). */
export const ONSET_WORDS: ReadonlySet<string> = new Set(data.onsetWords);
/** Lemmas of verbs that announce a measure, whose onset date lies ahead (`announced a truce starting on Friday`). */
export const ANNOUNCING_VERBS: ReadonlySet<string> = new Set(data.announcingVerbs);
/** Conjunctions opening a temporal clause, whose present tense takes its time from the main clause (`before they are moved`). */
export const TEMPORAL_SUBORDINATORS: ReadonlySet<string> = new Set(data.temporalSubordinators);
/** Lemmas of verbs of commitment whose infinitive lies ahead of the commitment (`agreed to withdraw by Friday`). */
export const COMMITMENT_VERBS: ReadonlySet<string> = new Set(data.commitmentVerbs);
/** Nouns of a scheduling verb phrase (`takes place`, `comes into effect`) between a present verb and its date. */
export const SCHEDULE_NOUNS: ReadonlySet<string> = new Set(data.scheduleNouns);
/** Nouns of a dated event or limit a present copula ties to its date (`the deadline is Friday`): src/lexicon/dates.json timetableNouns. */
export const TIMETABLE_NOUNS: ReadonlySet<string> = new Set(data.timetableNouns);
/** Words before a weekday's event (`ahead of Sunday's vote`, `before Friday's deadline`) that put the event after its clause. */
export const EVENT_AHEAD_LEADS: ReadonlySet<string> = new Set(data.eventAheadLeads);
