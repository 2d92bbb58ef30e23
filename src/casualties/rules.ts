/**
 * One rule per way English ties a count to an outcome word. Each rule starts
 * from an anchor token (an outcome word found by a Set lookup) and looks
 * around it inside the sentence:
 *
 * - object after a verb: "killing 76 people", "wounded 71", "kidnapped a doctor";
 * - subject before a passive or intransitive: "76 people were killed",
 *   "six people died", "Dozens killed", "32 injured", "left 5 dead",
 *   "Maj Gen Hassan Daeboul, who was killed";
 * - count before a noun: "six deaths", "12 bodies", "nine lives";
 * - count after "of": "the deaths of 12 people", "bodies of 12";
 * - a toll: "a death toll of 40", "the toll rose to 50", "the number of dead reached 9";
 * - phrases: "lost their lives", "suffered injuries", "taken hostage".
 */
import type { CasualtyOutcome } from '../types.js';
import type { Token } from '../document/model.js';
import { type Ctx, textOf } from './context.js';
import {
  ANCHORS,
  PARTITIVE_VICTIMS,
  ATTACKERS,
  INTRANSITIVE,
  NOUNS,
  NUMBER_OF,
  OF_NOUNS,
  POSSESSIVES,
  SKIPPABLE,
  SOURCE_VERBS,
  TOLLS,
  TOLL_MODIFIERS,
  verbOutcome,
  VIOLENT,
  VICTIM_HEADS,
  HARM_GATED_ALL,
  HARM_GATED_SINGULAR,
  isIntentVerb,
  TAKE_LIVES,
  TO_DEATH,
  PASSIVE_KILLED,
  INJURY_NOUNS,
  LOST_LIMBS,
  SHOT_DEAD,
  GUNNED_DOWN,
  FATAL_ADVERBS,
  isSingularHead,
  isPersonHead,
  SINGULAR_HEADS,
  RELATIONAL_HEADS,
  TITLES,
  isCapitalised,
  isVictimHead,
  NAME_STOP_WORDS,
  GROUP_NOUNS,
  HOSPITAL_VERBS,
  QUOTED_EUPHEMISMS,
  SUCCUMB_VERBS,
  TOLL_SETTERS,
  GERUND_TIME_PREPOSITIONS,
} from './lexicon.js';
import {
  type Phrase,
  dayOfMonth,
  isNameOwner,
  isShouted,
  knownSurname,
  readBareCount,
  readCounted,
  readName,
  readSingular,
  shoutedNameWord,
} from './phrases.js';
import { readQuantity } from '../numbers/index.js';
import { hasParticipleEnding, isGluedHyphen } from '../syntax/tokens.js';
import {
  ADJUNCT_PREPOSITIONS,
  BE_FORMS,
  DOUBLE_QUOTATION_MARKS,
  DO_FORMS,
  HAVE_FORMS,
  MODALS,
  NEGATIVE_PARTICLES,
  PAST_BE_FORMS,
  PHRASAL_PARTICLES,
  POSSESSIVE_DETERMINERS,
  QUOTATION_MARKS,
  REFLEXIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  speechForms,
} from '../lexicon/en/index.js';

/** A phrase found by a rule, with its outcome and what the rule saw. */
export interface Found {
  readonly phrase: Phrase;
  readonly outcome: CasualtyOutcome;
  /** The anchor token (outcome word) the figure hangs on. */
  readonly anchor: number;
  /** The figure sits in a non-restrictive relative clause (", who was killed in …,"). */
  readonly relative: boolean;
  /** For a subset ("including 25 fighters") or a companion ("along with 12 others"), the figure before it. */
  readonly parent?: Found;
  /** How the figure relates to `parent`: a part of it (a subset) or added to it (a companion). */
  readonly relation?: 'part' | 'companion';
  /**
   * A part that only a whole told before makes a figure ("four of the victims"): dropped when none
   * is found, and given that whole's outcome.
   */
  readonly wholeNeeded?: boolean;
  /** "Most of the dead": a share of the whole rather than a count; the count is read from the whole. */
  readonly share?: 'most';
  /**
   * The outcome of the whole a part is counted of, when it is not the part's own: "two of the wounded
   * later died" are killed, a part of the injured.
   */
  readonly wholeOutcome?: CasualtyOutcome;
}

/** The optional fields of a {@link Found}, for {@link makeFound}. */
export type FoundExtras = Pick<Found, 'parent' | 'relation' | 'wholeNeeded' | 'share' | 'wholeOutcome'>;

/**
 * A {@link Found} with every field present, always in the same order. The rules read these objects
 * at every step (`f.phrase`, `f.anchor`, `f.parent`…): literals with differing optional fields gave
 * them a dozen hidden classes, and those reads went megamorphic. A spread of a found (`{ ...f, parent }`)
 * keeps its one shape.
 */
export function makeFound(
  phrase: Phrase,
  outcome: CasualtyOutcome,
  anchor: number,
  relative: boolean,
  extras?: FoundExtras,
): Found {
  return {
    phrase,
    outcome,
    anchor,
    relative,
    parent: extras?.parent,
    relation: extras?.relation,
    wholeNeeded: extras?.wholeNeeded,
    share: extras?.share,
    wholeOutcome: extras?.wholeOutcome,
  };
}

/** The passive auxiliaries: the forms of BE and of GET ("were killed", "got hurt"). */
const BE = new Set([...BE_FORMS, 'get', 'got', 'gets', 'getting']);
/** The perfect auxiliaries: the forms of HAVE and the clitic 've. */
const PERFECT = new Set([...HAVE_FORMS, "'ve"]);
const RELATIVE = RELATIVE_PRONOUNS;
const STOP_AFTER_VERB = new Set([...ADJUNCT_PREPOSITIONS, 'when', 'while', 'as', 'for', 'near']);
/** The dashes that open and close an aside or a list (`The dead - X, Y and Z - were …`). */
export const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
const TOLL_STOPS = new Set(['because', 'but', 'while', 'although', 'though', 'whereas', 'since', 'after', 'when']);
const QUOTE_MARKS = QUOTATION_MARKS;
/** Words that open a gloss between a counted phrase and its verb ("40 people mostly civilians were killed"). */
const GLOSSES = new Set(['including', 'mostly', 'mainly', 'most', 'many', 'all', 'among', 'some', 'half']);
const LOST = new Set(['lost', 'lose', 'loses', 'losing']);
const SUFFERED = new Set(['suffered', 'sustained', 'received', 'suffering', 'sustaining', 'suffer', 'sustain']);
const HELD = new Set(['taken', 'held', 'take', 'taking']);
const PARTICIPLE_IRREGULAR = new Set(['slain', 'hurt']);
const TREATED = new Set(['treated', 'treating', 'hospitalised', 'hospitalized']);
const DIED = new Set(['died', 'die', 'dies', 'perished']);
const IDENTIFIED = new Set(['identified', 'named']);
const CAUSED = new Set(['causing', 'caused', 'cause', 'causes', 'inflicting', 'inflicted', 'inflict', 'inflicts']);
const PP_STARTS = new Set(['in', 'at', 'on', 'near', 'from', 'inside', 'across', 'around', 'outside']);
const MAX_WINDOW = 10;
/** Most tokens of an "of" phrase between counted people and their verb. */
const MAX_OF_PHRASE = 12;
/** How far back a counted subject may start when a long "of" phrase follows it (a count and its people, then the phrase). */
const LONG_OF_WINDOW = MAX_WINDOW + MAX_OF_PHRASE - 6;
const SINGULAR_PP = new Set(['from', 'of', 'with', 'for', 'at']);
const PRENOMINAL_DETS = new Set(['a', 'an', 'the', ...POSSESSIVE_DETERMINERS]);
const SINGULAR_STARTS = new Set([
  'a',
  'an',
  'the',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);
const NAME_BLOCKERS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB', 'AUX']);
const NP_STARTS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Parts of speech that end a subject before a verb the model read as a noun ("gunmen shot …"). */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Verbs whose object may be a clause opening with its subject ("said X was killed"). */
const CLAUSE_VERBS = speechForms('quoteCues');

const isParticiple = (w: string): boolean => w.endsWith('ed') || PARTICIPLE_IRREGULAR.has(w);

/**
 * The first participle of two joined by "and" after a form of "be": an -ed form, or any verb but an -ing
 * form (the progressive is active), so irregular ones too ("were shot and killed", "was beaten and
 * wounded", "were hit and killed").
 */
function isFirstParticiple(t: Token): boolean {
  return isParticiple(t.lower) || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
}

/** Whether the sentence tells of violence (so that a named person's death is a casualty). */
function violentSentence(ctx: Ctx): boolean {
  if (ctx.violent !== undefined && ctx.violent.first === ctx.first) return ctx.violent.value;
  // The sentence, and the one before it in the same paragraph ("A car bomb hit the port. Three fishermen are missing.").
  let from = ctx.first;
  const toks = ctx.toks;
  if (from > 0 && toks[from - 1]!.paragraph === toks[from]!.paragraph) {
    from = ctx.doc.sentences[toks[from - 1]!.sentence]!.firstToken;
  }
  let value = false;
  for (let k = from; k < ctx.end && !value; k++) if ((ctx.cls[k]! & VIOLENT) !== 0) value = true;
  ctx.violent = { first: ctx.first, value };
  return value;
}

/** Skips adverbs and auxiliaries backwards from `j`; returns the new index and whether a form of "be" was crossed. */
function skipBack(ctx: Ctx, j: number): [number, boolean, boolean] {
  let be = false;
  let perfect = false;
  let steps = 0;
  while (j >= ctx.first && steps < 6) {
    const t = ctx.toks[j]!;
    if (t.value === 'IS' || t.value === 'US') break; // acronyms, not "is"/"us"
    if (BE.has(t.lower)) be = true;
    else if (PERFECT.has(t.lower)) perfect = true;
    else if ((!SKIPPABLE.has(t.lower) && t.pos !== 'ADV') || VICTIM_HEADS.has(t.lower)) break;
    if (t.pos === 'NUM') break;
    j--;
    steps++;
  }
  return [j, be, perfect];
}

/** A counted phrase that ends at `npEnd` (or runs through the anchor: "12 wounded soldiers"), leftmost first. */
function countedEndingAt(ctx: Ctx, npEnd: number, anchor: number): Phrase | null {
  // Names in quotation marks make a victim phrase longer ('20 members of the "Hawk Brigade" and "Sham Legion" groups').
  const wide = Math.max(ctx.first, npEnd - LONG_OF_WINDOW);
  let from = Math.max(ctx.first, npEnd - MAX_WINDOW);
  let quoted = false;
  for (let k = wide; k < npEnd; k++)
    if (DOUBLE_QUOTATION_MARKS.has(ctx.toks[k]!.value)) {
      from = Math.max(ctx.first, npEnd - 3 * MAX_WINDOW);
      quoted = true;
      break;
    }
  // Otherwise the window reaches back past the usual one only for an "of" on the way.
  if (!quoted && wide < from) {
    for (let k = wide; k < npEnd; k++)
      if (ctx.toks[k]!.lower === 'of') {
        from = wide;
        break;
      }
  }
  for (let m = from; m < npEnd; m++) {
    const p = readCounted(ctx, m);
    if (p === null) continue;
    // Beyond the usual window only a long "of" phrase reaches the verb (names in quotation marks aside).
    if (!quoted && m < npEnd - MAX_WINDOW && ctx.toks[p.end]?.lower !== 'of') continue;
    if (p.end === npEnd || p.victimsEnd === npEnd) return p;
    if (p.first < anchor && p.end > anchor) return p;
    // "At least 16 civilians including women and children were killed", "40 people mostly civilians were killed"
    const after = Math.max(p.end, p.victimsEnd);
    if (
      after < npEnd &&
      GLOSSES.has(ctx.toks[after]!.lower) &&
      npEnd - after <= 8 &&
      plainPhrase(ctx, after + 1, npEnd, { numbers: true })
    ) {
      return p;
    }
    // "Eight students aged 7 to 12 were killed", "eight students between 7 and 12 years old": the
    // people's ages between the count and its verb.
    if (after < npEnd && ageAfter(ctx, after) === npEnd) return p;
    // "76 people in the town were killed": a place phrase between the count and its verb; "one of the
    // local commanders of the group (and …) were killed": an "of" phrase on the victims.
    // An "of" phrase may name an organisation at length ("three militants of the Social Christian
    // People's Movement (MPSC) were killed").
    const of = ctx.toks[p.end]?.lower === 'of' && p.head >= 0;
    if (
      p.end < npEnd &&
      npEnd - p.end <= (of ? MAX_OF_PHRASE : 6) &&
      (PP_STARTS.has(ctx.toks[p.end]!.lower) || of) &&
      plainPhrase(ctx, p.end, npEnd, { participles: of })
    ) {
      return p;
    }
  }
  return null;
}

/**
 * Where an age phrase opening at `k` ends ("aged 7 to 12", "between 7 and 12 years old", "aged
 * between 18 and 25"), or -1.
 */
function ageAfter(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const aged = toks[k]!.lower === 'aged';
  const q = readQuantity(toks, aged ? k + 1 : k, ctx.end);
  if (q === null) return -1;
  if (aged) {
    // "aged 5 and 9": one age per person.
    const link = toks[q.endToken]?.lower;
    const second = link === 'and' || link === 'to' ? readQuantity(toks, q.endToken + 1, ctx.end) : null;
    return second !== null ? second.endToken : q.endToken;
  }
  if (q.max === null || q.max === q.min) return -1;
  return toks[q.endToken]?.lower === 'years' && toks[q.endToken + 1]?.lower === 'old' ? q.endToken + 2 : -1;
}

/** A singular description or a name that ends at `npEnd` ("a reporter from Al-Jazeera" reaches it through a short "from/of/with" phrase). */
function singularEndingAt(ctx: Ctx, npEnd: number, age: boolean, relative = false, listed = false): Phrase | null {
  const from = Math.max(ctx.first, npEnd - 12);
  const described = describedEndingAt(ctx, from, npEnd, relative);
  if (described !== null) return described;
  if (!relative) {
    const named = nameBeforeBareApposition(ctx, from, npEnd);
    if (named !== null) return named;
  }
  // A name is the subject itself: not the object of a verb or preposition, nor part of a longer noun phrase.
  // Only the capital at the end of the phrase can end a name, so the search starts from there.
  const last = ctx.toks[npEnd - 1];
  if (last === undefined || !(isCapitalised(last) || isShouted(ctx, last))) return null;
  return nameEndingAt(ctx, from, npEnd, age, relative, listed);
}

/** Step of singularEndingAt: a singular description from `from` on that ends at `npEnd`. */
function describedEndingAt(ctx: Ctx, from: number, npEnd: number, relative: boolean): Phrase | null {
  const { toks } = ctx;
  const headline = ctx.doc.zoneAt(toks[from]!.start) === 'headline';
  for (let m = from; m < npEnd; m++) {
    // Outside headlines a singular description starts with an article or a possessive.
    if (!headline && !SINGULAR_STARTS.has(toks[m]!.lower) && !isNameOwner(ctx, m)) continue;
    const p = readSingular(ctx, m, headline);
    if (p === null) continue;
    if (p.end === npEnd || p.victimsEnd === npEnd) return p;
    // A relative clause belongs to the nearest noun ("the mother of Sean Smith, who died…" is about Sean Smith).
    if (
      !relative &&
      p.end < npEnd &&
      npEnd - p.end <= 7 &&
      SINGULAR_PP.has(toks[p.end]!.lower) &&
      plainPhrase(ctx, p.end + 1, npEnd)
    ) {
      return p;
    }
  }
  return null;
}

/** Whether the word before a name at `m` describes it ("guerrilla deserter Miguel Castellanos", "Colonel X"). */
function titledAt(ctx: Ctx, m: number): boolean {
  const prev = m > ctx.first ? ctx.toks[m - 1]! : null;
  // A singular common noun before a name describes it ("guerrilla deserter Miguel Castellanos").
  return (
    prev !== null &&
    (SINGULAR_HEADS.has(prev.lower) ||
      RELATIONAL_HEADS.has(prev.lower) ||
      TITLES.has(prev.lower) ||
      (prev.pos === 'NOUN' &&
        !isCapitalised(prev) &&
        !prev.lower.endsWith('s') &&
        !NAME_STOP_WORDS.has(prev.lower) &&
        !GROUP_NOUNS.has(prev.lower) &&
        ctx.dateMask[m - 1] !== 1))
  );
}

/** Step of singularEndingAt: a name from `from` on that ends at `npEnd` (or reaches it through "of/from"). */
function nameEndingAt(
  ctx: Ctx,
  from: number,
  npEnd: number,
  age: boolean,
  relative: boolean,
  listed: boolean,
): Phrase | null {
  const { toks } = ctx;
  for (let m = from; m < npEnd; m++) {
    const prev = m > ctx.first ? toks[m - 1]! : null;
    const titled = titledAt(ctx, m);
    // In capitals, a given name the true-cased view lowered still starts a name after a title ("LEADER FEBE …").
    // …and so does one whose age follows in commas ("AMALIO ESCOBAR MONZON, 21,": a person).
    // …and so does the last name of a list ("…, AND DIONISIO AGUIRRE WERE KILLED").
    const inList = listed || prev?.lower === 'and';
    // "the monks Pedro Lanza, Mario Vidal and …": a plural description of people before the first name of a list.
    const pluralTitle =
      listed &&
      prev !== null &&
      isPersonHead(prev) &&
      prev.lower.endsWith('s') &&
      (!isCapitalised(prev) || m - 1 === ctx.first);
    // …and so does a surname the article gave in full before ("CARLOS PIZARRO LEONGOMEZ" … "PIZARRO WAS KILLED").
    const shouted =
      isShouted(ctx, toks[m]!) && (TITLES.has(toks[m]!.lower) || titled || age || inList || knownSurname(ctx, m));
    if (!isCapitalised(toks[m]!) && !shouted) continue;
    // A relative clause tells of the name it follows, whatever governs it ("the banners of X, who was killed");
    // a reporting verb's clause may open with its subject ("the report indicates X and Y were murdered").
    if (
      prev !== null &&
      NAME_BLOCKERS.has(prev.pos) &&
      !titled &&
      !pluralTitle &&
      !relative &&
      !CLAUSE_VERBS.has(prev.lower)
    )
      continue;
    const p = readName(ctx, m, age, age || inList);
    if (p !== null && p.end === npEnd) return p;
    // "Colonel Jaime Ortega of the police force in Cauca (was murdered)", "reporter Lars Hagen of a Swedish
    // radio station": a short "of/from" phrase on a titled or described name (not after a relative).
    if (
      p !== null &&
      !relative &&
      (titled || p.key > p.first) &&
      p.end < npEnd &&
      npEnd - p.end <= 8 &&
      (toks[p.end]!.lower === 'of' || toks[p.end]!.lower === 'from') &&
      plainPhrase(ctx, p.end + 1, npEnd)
    )
      return p;
  }
  return null;
}

/** Most tokens of an apposition without commas after a name ("leader of Syrian rebel group Ahrar al-Sham"). */
const MAX_BARE_APPOSITION = 12;

/**
 * Where an apposition without its commas that ends at `npEnd` starts: a head of people (after at most
 * two adjectives) and its "of" phrase with no verb or number ("senior commander of the local brigade"),
 * within {@link MAX_BARE_APPOSITION} tokens after `from`; -1 when there is none.
 */
function bareAppositionStart(ctx: Ctx, from: number, npEnd: number): number {
  const { toks } = ctx;
  for (let e = npEnd - 3; e > from && npEnd - e <= MAX_BARE_APPOSITION; e--) {
    if (toks[e + 1]!.lower !== 'of') continue;
    const w = toks[e]!.lower;
    if (!(RELATIONAL_HEADS.has(w) || isSingularHead(w)) || !plainPhrase(ctx, e + 2, npEnd, { glued: true })) continue;
    let start = e;
    while (start - 1 > from && e - start < 2 && toks[start - 1]!.pos === 'ADJ') start--;
    return start;
  }
  return -1;
}

/**
 * "Abu Abdelrahman Salqeen leader of Syrian rebel group Ahrar al-Sham (was killed)": a name, the
 * subject, before an apposition that lost its commas (copy stripped of punctuation).
 */
function nameBeforeBareApposition(ctx: Ctx, from: number, npEnd: number): Phrase | null {
  const { toks } = ctx;
  const appo = bareAppositionStart(ctx, from, npEnd);
  if (appo < 0) return null;
  const end = ctx.end;
  ctx.end = appo;
  try {
    for (let m = from; m < appo; m++) {
      const prev = m > ctx.first ? toks[m - 1]! : null;
      // Not the object of a word before it; a dateline's date may stand there ("15 July 2015 Abu …").
      const governed =
        prev !== null && NAME_BLOCKERS.has(prev.pos) && !CLAUSE_VERBS.has(prev.lower) && ctx.dateMask[m - 1] !== 1;
      if (!isCapitalised(toks[m]!) || governed) continue;
      const p = readName(ctx, m);
      if (p !== null && p.end === appo) return p;
    }
    return null;
  } finally {
    ctx.end = end;
  }
}

/** What {@link plainPhrase} lets through besides plain words. */
interface PlainOptions {
  /** Numbers. */
  readonly numbers?: boolean;
  /** Hyphens glued inside a name ("Ahrar al-Sham"). */
  readonly glued?: boolean;
  /**
   * A participle that is no outcome word, in an "of" phrase on counted people ("30 militants of the
   * group operating in Iraq and Syria (were killed)").
   */
  readonly participles?: boolean;
}

/** Whether tokens `[from, to)` hold no verb, punctuation but brackets ("the (CBS) network") or number, but for what `opts` lets through. */
function plainPhrase(ctx: Ctx, from: number, to: number, opts: PlainOptions = {}): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k]!;
    const p = t.pos;
    if (p === 'PUNCT' && BRACKETS.has(t.value)) continue;
    if (opts.glued === true && isGluedHyphen(ctx.toks, k)) continue;
    if (opts.participles === true && p === 'VERB' && t.lower.endsWith('ing') && !ANCHORS.has(t.lower)) continue;
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || (p === 'NUM' && opts.numbers !== true)) return false;
  }
  return true;
}
const BRACKETS = new Set(['(', ')', '[', ']']);

/** How {@link subjectBefore} was asked: the anchor, and whether the outcome word is a transitive verb or "died". */
interface SubjectOptions {
  readonly anchor: number;
  readonly transitive: boolean;
  readonly died: boolean;
}

/** Where the subject's noun phrase ends (its last token `j`) and what stands between it and the verb. */
interface SubjectEnd {
  readonly j: number;
  /** A form of "be" was crossed ("were killed"). */
  readonly be: boolean;
  /** The verb is in a non-restrictive relative clause (", who was killed"). */
  readonly relative: boolean;
  /** An age in commas stood between ("Tamerlan, 26, died"). */
  readonly age: boolean;
}

/**
 * The subject before a passive or intransitive outcome word: "76 people
 * (were) killed", "six people died", "four workers and two soldiers were
 * killed", "X, who was killed", "Tamerlan, 26, died".
 */
function subjectBefore(ctx: Ctx, at: number, outcome: CasualtyOutcome, opts: SubjectOptions): Found[] {
  const end = subjectEnd(ctx, at, outcome, opts.anchor);
  if (Array.isArray(end)) return end;
  if (end.j < ctx.first) return [];
  const found = withCountedHead(ctx, joinNamedAppositions(ctx, conjunctsBefore(ctx, end, outcome, opts)), opts.anchor);
  if (found.length > 0) return found;
  // "Seven of the 12 miners trapped underground were killed": else the subject ends before a reduced relative.
  const reduced = reducedRelativeAt(ctx, end.j);
  if (reduced <= ctx.first) return found;
  const before: SubjectEnd = { ...end, j: reduced - 1 };
  return withCountedHead(ctx, joinNamedAppositions(ctx, conjunctsBefore(ctx, before, outcome, opts)), opts.anchor);
}

/**
 * "A forklift driver, Luis Ortega, and his supervisor … were killed": a description and the name in
 * commas right after it are one person, one figure (the conjuncts come last first).
 */
function joinNamedAppositions(ctx: Ctx, out: Found[]): Found[] {
  for (let i = out.length - 1; i > 0; i--) {
    const d = out[i]!.phrase;
    const n = out[i - 1]!.phrase;
    if (!unnamedDescription(ctx, d) || n.kind !== 'named' || n.first !== d.end + 1) continue;
    if (nameInApposition(ctx, d.end)?.name !== n.end) continue;
    out[i] = { ...out[i]!, phrase: { ...d, end: n.end, victimsEnd: n.end } };
    out.splice(i - 1, 1);
  }
  return out;
}

/**
 * Walks back from the outcome word at `at` to the end of its subject: over
 * auxiliaries and adverbs, a relative pronoun, a parenthesis between dashes
 * and an age in commas. A count inside the dashes ("most of the victims - 14 -
 * died") is the figure itself, returned as found.
 */
function subjectEnd(ctx: Ctx, at: number, outcome: CasualtyOutcome, anchor: number): SubjectEnd | Found[] {
  const { toks } = ctx;
  let [j, be] = skipBack(ctx, at - 1);
  let relative = false;
  if (j >= ctx.first && RELATIVE.has(toks[j]!.lower) && toks[j - 1]?.lower !== 'of') {
    j--;
    if (j >= ctx.first && toks[j]!.value === ',') {
      relative = true;
      j--;
    }
  }
  const dashed = dashedBefore(ctx, j, outcome, anchor);
  if (Array.isArray(dashed)) return dashed;
  j = dashed;
  // "… and Ramon Diaz (Chilean) were murdered": an aside in brackets after the last conjunct.
  if (j > ctx.first && toks[j]!.value === ')') j = beforeAside(ctx, j + 1) - 1;
  let age = false;
  if (j - 2 >= ctx.first && toks[j]!.value === ',' && toks[j - 1]!.pos === 'NUM' && toks[j - 2]!.value === ',') {
    j -= 3;
    age = true;
  }
  // "Juan Ortega, mayor of the town, was killed": the subject ends before an apposition.
  if (!age) {
    j = beforeApposition(ctx, j);
    // "X and Y, as well as their cook, were murdered": the comma closes an "as well as" conjunct.
    if (j > ctx.first && toks[j]!.value === ',' && asWellAsBefore(ctx, j)) j--;
    // "Jose Vasquez, 72, who was working at the station, was killed": an age before the apposition.
    if (j - 1 > ctx.first && toks[j]!.pos === 'NUM' && toks[j - 1]!.value === ',' && toks[j + 1]?.value === ',') {
      j -= 2;
      age = true;
    }
  }
  return { j, be, relative, age };
}

/** Most tokens of a reduced relative between a subject and its verb ("trapped under the collapsed roof"). */
const REDUCED_RELATIVE_REACH = 6;
/** Parts of speech of the words after the participle of a reduced relative: an adverb or a short prepositional phrase. */
const REDUCED_RELATIVE_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The participle opening a reduced relative that ends at `j` right before the verb ("miners
 * [trapped underground] were killed", "passengers [travelling in the bus] died"), else -1: a
 * participle (-ed, -en or -ing, not an outcome word) right after a noun, followed only by an
 * adverb or a short prepositional phrase (no comma, no relative word, no second verb).
 */
function reducedRelativeAt(ctx: Ctx, j: number): number {
  const { toks } = ctx;
  for (let k = j; k > ctx.first && j - k < REDUCED_RELATIVE_REACH; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB') {
      if (!hasParticipleEnding(t.lower) || ANCHORS.has(t.lower) || toks[k - 1]!.pos !== 'NOUN') return -1;
      return k;
    }
    if (!REDUCED_RELATIVE_POS.has(t.pos) || RELATIVE.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * A parenthesis between dashes ending at `j`: "Sixteen civilians - including
 * three children - were killed" (the subject ends before it: its new last
 * token); "most of the victims - 14 - died" (the count inside it is the
 * figure, returned as found).
 */
function dashedBefore(ctx: Ctx, j: number, outcome: CasualtyOutcome, anchor: number): number | Found[] {
  const { toks } = ctx;
  if (j < ctx.first || !DASHES.has(toks[j]!.value) || !toks[j]!.spaceBefore) return j;
  let open = j - 1;
  while (open > ctx.first && j - open < 14 && !DASHES.has(toks[open]!.value)) open--;
  if (open < ctx.first || !DASHES.has(toks[open]!.value) || open >= j - 1) return j;
  const inside = readCounted(ctx, open + 1);
  if (inside !== null && Math.max(inside.end, inside.victimsEnd) === j) {
    return [makeFound(inside, outcome, anchor, false)];
  }
  return open - 1;
}

/**
 * The counted phrase before a relative clause that ends at `npEnd`: "nine
 * members of the alliance who were working in the clinic (were killed)".
 */
function countedBeforeRelative(ctx: Ctx, npEnd: number, anchor: number): Phrase | null {
  const { toks } = ctx;
  for (let r = npEnd - 1; r > Math.max(ctx.first, npEnd - 12); r--) {
    const w = toks[r]!.lower;
    if (w !== 'who' && w !== 'that') continue;
    const before = toks[r - 1]!.value === ',' ? r - 1 : r;
    return countedEndingAt(ctx, before, anchor);
  }
  return null;
}

/**
 * The conjuncts of the subject that ends at `end.j`, last first: "four
 * workers and two soldiers", "A woman and her three children as well as
 * another child", "At least 287 fighters, among them 26 minors".
 */
function conjunctsBefore(ctx: Ctx, end: SubjectEnd, outcome: CasualtyOutcome, opts: SubjectOptions): Found[] {
  const { toks } = ctx;
  const { be, relative } = end;
  let age = end.age;
  const out: Found[] = [];
  const singularOk = !opts.died || violentSentence(ctx);
  let npEnd = end.j + 1;
  let commaLink = false;
  // A serial list ("A, B, and C") was met: its bare commas join conjuncts, not appositions.
  let serial = false;
  for (let n = 0; n < 12; n++) {
    let counted = countedEndingAt(ctx, npEnd, opts.anchor);
    // A relative clause between the subject and its verb.
    if (counted === null && n === 0 && be) counted = countedBeforeRelative(ctx, npEnd, opts.anchor);
    // After a bare comma only another counted group continues a list; a description is an apposition.
    if (counted === null && commaLink && !serial) break;
    // In a list of names, a name in capitals may start with a lowered given name.
    const listed = n > 0 && out[out.length - 1]?.phrase.kind === 'named';
    const p =
      counted ??
      (singularOk ? (singularEndingAt(ctx, npEnd, age, relative, listed) ?? kinSubject(ctx, npEnd, n)) : null);
    if (p === null) {
      // "his bodyguard and driver were also killed": a bare noun sharing the first one's determiner.
      const shared = singularOk && n === 0 ? sharedDeterminerPair(ctx, npEnd, age, relative) : null;
      if (shared !== null) {
        for (const q of shared) out.push(makeFound(q, outcome, opts.anchor, relative));
        break;
      }
      // "his wife and comrades Sotelo and Sotomayor died": two one-word names after a plural noun of people.
      const pair = singularOk && n === 0 ? namesAfterPlural(ctx, npEnd) : null;
      if (pair === null) break;
      for (const q of pair.names) out.push(makeFound(q, outcome, opts.anchor, relative));
      const next = conjunctEndBefore(ctx, { ...pair.names[1]!, first: pair.plural, kind: 'singular' }, serial);
      if (next === null) break;
      npEnd = next.npEnd;
      commaLink = next.commaLink;
      continue;
    }
    // "killed 10, including leader X, and 30 people injured": a conjunct opened by "including" is another figure's part.
    if (n > 0 && openedBySubset(ctx, p.first)) break;
    // Attackers before an active verb form are agents, not victims ("gunmen killed").
    if (opts.transitive && !be && p.head >= 0 && ATTACKERS.has(toks[p.head]!.lower)) break;
    // "Two people one of them a child were killed": the description after "one of them" is that one
    // person (the subset rules read "one of them"), not one more victim.
    const describesPart =
      p.kind !== 'counted' &&
      p.first - 2 > ctx.first &&
      (toks[p.first - 1]!.lower === 'them' || toks[p.first - 1]!.lower === 'whom') &&
      toks[p.first - 2]!.lower === 'of';
    if (!describesPart) out.push(makeFound(p, outcome, opts.anchor, relative));
    const next = conjunctEndBefore(ctx, p, serial);
    if (next === null) break;
    if (!next.commaLink && next.list) serial = true;
    npEnd = next.npEnd;
    commaLink = next.commaLink;
    if (next.list) age = false;
  }
  return out;
}

/** Determiners one singular noun may share with a bare noun coordinated after it ("his bodyguard and driver"). */
const SHARED_DETERMINERS = new Set(['the', ...POSSESSIVE_DETERMINERS]);

/**
 * A bare singular noun of a person after "and" that shares the determiner of the noun before it
 * ("his bodyguard and driver", "the mayor and treasurer"): one person each.
 */
function bareSharingDeterminer(ctx: Ctx, k: number, before: Phrase): Phrase | null {
  const { toks } = ctx;
  const t = toks[k];
  if (t === undefined || k >= ctx.end || toks[k - 1]?.lower !== 'and') return null;
  if (!isSingularHead(t.lower) || isCapitalised(t) || !SHARED_DETERMINERS.has(toks[before.first]!.lower)) return null;
  if (before.kind !== 'singular' || before.head !== k - 2) return null;
  // Not the first word of a longer noun phrase ("his driver and bodyguard unit").
  const next = toks[k + 1];
  if (next !== undefined && k + 1 < ctx.end && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
  return singularPhrase(k, k, t.lower);
}

/** "his bodyguard and driver (were killed)": the two people of a subject ending at `npEnd`, last first, or `null`. */
function sharedDeterminerPair(ctx: Ctx, npEnd: number, age: boolean, relative: boolean): Phrase[] | null {
  const k = npEnd - 1;
  if (k - 2 < ctx.first || ctx.toks[k - 1]!.lower !== 'and') return null;
  const before = singularEndingAt(ctx, k - 1, age, relative);
  if (before === null) return null;
  const bare = bareSharingDeterminer(ctx, k, before);
  return bare === null ? null : [bare, before];
}

/**
 * "comrades Sotelo and Sotomayor", "the brothers Luis and Pablo" ending at `npEnd`: a plural noun
 * of people before two one-word names joined by "and", which it announces as names; the names
 * (last first) and the plural noun's token, or `null`.
 */
function namesAfterPlural(ctx: Ctx, npEnd: number): { names: Phrase[]; plural: number } | null {
  const { toks } = ctx;
  const second = npEnd - 1;
  const first = npEnd - 3;
  const plural = npEnd - 4;
  if (plural < ctx.first || toks[npEnd - 2]!.lower !== 'and') return null;
  const head = toks[plural]!;
  if (!isPersonHead(head) || !head.lower.endsWith('s') || isCapitalised(head)) return null;
  const a = readName(ctx, first, true, true);
  const b = readName(ctx, second, true, true);
  if (a === null || b === null || a.end !== first + 1 || b.end !== npEnd) return null;
  return { names: [b, a], plural };
}

/** "Vega and his wife were killed": a one-word name that opens the subject before "and his …" (see {@link nameBeforeKin}). */
function kinSubject(ctx: Ctx, npEnd: number, n: number): Phrase | null {
  const s = npEnd - 1;
  if (n === 0 || s < ctx.first) return null;
  const prev = s > ctx.first ? ctx.toks[s - 1]! : null;
  if (prev !== null && NAME_BLOCKERS.has(prev.pos) && !CLAUSE_VERBS.has(prev.lower)) return null;
  return nameBeforeKin(ctx, s);
}

/** Whether "including" (or "among") stands just before `first`, over up to two words of a description. */
function openedBySubset(ctx: Ctx, first: number): boolean {
  for (let k = first - 1; k >= ctx.first && first - k <= 3; k--) {
    const w = ctx.toks[k]!.lower;
    if (w === 'including' || w === 'among') return true;
    if (!NP_STARTS.has(ctx.toks[k]!.pos)) return false;
  }
  return false;
}

/** Where a conjunct before a phrase ends, and how it is joined (see conjunctEndBefore). */
interface ConjunctEnd {
  npEnd: number;
  commaLink: boolean;
  list: boolean;
}

/**
 * Where the conjunct before phrase `p` ends (one past its last token), and
 * whether it is joined by a bare comma; `null` when nothing is joined to `p`.
 * `list` is set for a plain "and"/"," link (an age in commas belongs only to
 * the last conjunct).
 */
function conjunctEndBefore(ctx: Ctx, p: Phrase, serial = false): ConjunctEnd | null {
  const { toks } = ctx;
  const link = conjunctLink(ctx, p);
  const special = partitiveConjunct(ctx, link) ?? listedConjunct(ctx, p, link, serial);
  if (special !== null) return special;
  if (link < ctx.first || (toks[link]!.lower !== 'and' && toks[link]!.value !== ',')) return null;
  // "Omar Haddad, a teacher, and his son were killed": the description in commas is the name's apposition.
  if (toks[link]!.lower === 'and' && toks[link - 1]?.value === ',') {
    const name = nameBeforeApposition(ctx, link - 1);
    if (name >= 0) return { npEnd: name, commaLink: false, list: true };
  }
  if (toks[link]!.value === ',' && p.kind !== 'counted' && !serial) return null;
  let npEnd = beforeAside(ctx, toks[link - 1]?.value === ',' ? link - 1 : link);
  // "X, 20 years old, and Y, 21, were murdered": the first conjunct's age.
  if (toks[link - 1]?.value === ',' || toks[link]!.value === ',') npEnd = beforeAge(ctx, npEnd);
  return { npEnd, commaLink: toks[link]!.value === ',', list: true };
}

/** Step of conjunctEndBefore: the token that may link `p` to a conjunct before it (past description words and a determiner). */
function conjunctLink(ctx: Ctx, p: Phrase): number {
  const { toks } = ctx;
  let link = p.first - 1;
  // "a judge and candidate Senator X": the description words before a name are skipped to the link.
  if (p.kind === 'named')
    for (let n = 0; n < 4 && link > ctx.first && isSingularHead(toks[link]!.lower) && !isCapitalised(toks[link]!); n++)
      link--;
  // "A woman and her three children": a determiner before the count belongs to it.
  if (
    link > ctx.first &&
    (POSSESSIVES.has(toks[link]!.lower) || toks[link]!.lower === 'the' || toks[link]!.lower === 'all')
  )
    link--;
  return link;
}

/** Step of conjunctEndBefore: a partitive ("among them", "one of them") linking a part to the count before it. */
function partitiveConjunct(ctx: Ctx, link: number): ConjunctEnd | null {
  const { toks } = ctx;
  // "At least 287 fighters, among them 26 minors, had been killed": the count before is the whole.
  if (link - 1 >= ctx.first && toks[link]!.lower === 'them' && toks[link - 1]!.lower === 'among') {
    let end = link - 2;
    if (toks[end]?.value === ',') end--;
    return { npEnd: end + 1, commaLink: false, list: false };
  }
  // "Four people, one of them a child, were killed": the partitive is an apposition of the count before.
  if (
    link - 1 >= ctx.first &&
    (toks[link]!.lower === 'them' || toks[link]!.lower === 'whom') &&
    toks[link - 1]!.lower === 'of'
  ) {
    let m = link - 2;
    while (m > ctx.first && link - m < 6 && readBareCount(ctx, m)?.end !== link - 1) m--;
    if (m >= ctx.first && readBareCount(ctx, m)?.end === link - 1) {
      return { npEnd: toks[m - 1]?.value === ',' ? m - 1 : m, commaLink: false, list: false };
    }
  }
  return null;
}

/** Step of conjunctEndBefore: a conjunct joined by "as well as", a semicolon, or after a name's apposition in dashes. */
function listedConjunct(ctx: Ctx, p: Phrase, link: number, serial: boolean): ConjunctEnd | null {
  const { toks } = ctx;
  // "A woman and her three children as well as another child were killed"
  if (
    link - 2 >= ctx.first &&
    toks[link]!.lower === 'as' &&
    toks[link - 1]!.lower === 'well' &&
    toks[link - 2]!.lower === 'as'
  ) {
    // "…, and Y, as well as their cook": the comma before it closes the conjunct before.
    const end = toks[link - 3]?.value === ',' && link - 3 > ctx.first ? link - 3 : link - 2;
    return { npEnd: beforeAside(ctx, end), commaLink: false, list: false };
  }
  // "X's son, Pablo; Luis Rey, the town treasurer; and bodyguard Juan Cano": the items of a list
  // separated by semicolons, each a victim up to its own comma.
  if (
    link > ctx.first &&
    (toks[link]!.value === ';' || (toks[link]!.lower === 'and' && toks[link - 1]!.value === ';'))
  ) {
    const semi = toks[link]!.value === ';' ? link : link - 1;
    let open = semi - 1;
    while (open > ctx.first && semi - open < 16 && toks[open - 1]!.value !== ';') open--;
    let npEnd = semi;
    for (let k = open + 1; k < semi; k++)
      if (toks[k]!.value === ',') {
        npEnd = k;
        break;
      }
    return { npEnd, commaLink: false, list: true };
  }
  // "Ali Saleh - head of the council - Karim Nouri and Hadi Jaber were among the dead": in a list, a
  // name's apposition between dashes ends before the next conjunct.
  if (serial && p.kind === 'named' && link > ctx.first && DASHES.has(toks[link]!.value) && toks[link]!.spaceBefore) {
    let open = link - 1;
    while (open > ctx.first && link - open < 14 && !DASHES.has(toks[open]!.value)) open--;
    if (DASHES.has(toks[open]!.value) && open < link - 1 && plainPhrase(ctx, open + 1, link))
      return { npEnd: open, commaLink: true, list: true };
  }
  return null;
}

/** How long a description in commas after a name may be ("a teacher", "candidate for mayor of the town"). */
const NAME_APPOSITION_REACH = 8;

/**
 * One past a name followed by a description in commas that the comma at `comma` closes ("Omar Haddad,
 * a teacher,"; "Luis Vega, mayor of Tolva,"), or -1: the description opens with an article or a
 * common noun (not a name: "X, Y, and Z" is a list), holds no verb nor count, and a capitalised word
 * ends the phrase before it.
 */
function nameBeforeApposition(ctx: Ctx, comma: number): number {
  const { toks } = ctx;
  let o = comma - 1;
  while (o > ctx.first && comma - o <= NAME_APPOSITION_REACH && toks[o]!.value !== ',') o--;
  if (o <= ctx.first || toks[o]!.value !== ',' || o >= comma - 1) return -1;
  const open = toks[o + 1]!;
  // In capitals a name's first word may be tagged a noun ("QUISPE, ISIDORO SAUNE, AND …"): only a noun of people there.
  const article = open.lower === 'a' || open.lower === 'an' || open.lower === 'the';
  const noun = open.pos === 'NOUN' && (!isShouted(ctx, open) || isSingularHead(open.lower));
  if (!article && !noun) return -1;
  for (let k = o + 1; k < comma; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NUM' || ANCHORS.has(t.lower)) return -1;
  }
  // In capitals any word is shouted: a name there is no noun of people ("TWO FARMERS, A WOMAN, AND …").
  const last = toks[o - 1]!;
  const named =
    (last.pos === 'PROPN' && isCapitalised(last)) ||
    (isShouted(ctx, last) && !isPersonHead(last) && !isSingularHead(last.lower));
  return named ? o : -1;
}

/** Whether ", as well as" opens within the few words before the comma at `j` ("…, as well as their cook,"). */
function asWellAsBefore(ctx: Ctx, j: number): boolean {
  const { toks } = ctx;
  for (let k = j - 1; k >= ctx.first + 2 && j - k <= 6; k--) {
    if (toks[k]!.lower === 'as' && toks[k - 1]!.lower === 'well' && toks[k - 2]!.lower === 'as') return true;
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX' || toks[k]!.value === ',') return false;
  }
  return false;
}

/** One past a name before its age in commas that ends at `npEnd` (", 20," or ", 20 years old,"), else `npEnd`. */
function beforeAge(ctx: Ctx, npEnd: number): number {
  const { toks } = ctx;
  let k = npEnd - 1;
  if (toks[k]?.lower === 'old' && toks[k - 1]?.lower === 'years') k -= 2;
  if (k - 1 > ctx.first && toks[k]!.pos === 'NUM' && toks[k - 1]!.value === ',') return k - 1;
  return npEnd;
}

/**
 * One past the conjunct before an aside in brackets or between dashes that ends at `npEnd`:
 * "Six priests (five Spaniards and one Salvadoran) and two women were killed".
 */
function beforeAside(ctx: Ctx, npEnd: number): number {
  const { toks } = ctx;
  const close = toks[npEnd - 1];
  if (close === undefined || npEnd - 1 <= ctx.first) return npEnd;
  const dash = DASHES.has(close.value) || close.value === '--';
  if (close.value !== ')' && !dash) return npEnd;
  for (let o = npEnd - 2; o > ctx.first && npEnd - o <= 12; o--) {
    const v = toks[o]!.value;
    // "- commander of the so-called Hawk Brigade -": a hyphen inside a word opens no aside.
    if (dash ? (DASHES.has(v) || v === '--') && !isGluedHyphen(toks, o) : v === '(') return o;
  }
  return npEnd;
}

/**
 * The token before an apposition or a relative clause set off by commas that ends at `j`
 * ("Juan Ortega, mayor of the town, was killed"; "X, who was kidnapped on Monday, was found
 * dead"; "Another reporter, Luis Pineda, a technician, died"), else `j`. A subset set off so
 * ("40 fighters, among them 9 children, were killed") is read by the subset rules.
 */
function beforeApposition(ctx: Ctx, j: number): number {
  const { toks } = ctx;
  if (j - 2 <= ctx.first || toks[j]!.value !== ',') return j;
  for (let o = j - 1; o > ctx.first && j - o <= 24; o--) {
    const t = toks[o]!;
    // "…; and bodyguard Jairo Ortega, were killed": no apposition runs over the semicolon of a list.
    if (t.value === ';') return j - 1;
    if (t.value !== ',') continue;
    const open = toks[o + 1]!;
    // "who was kidnapped …", "both of whom were …"
    const relative = RELATIVE.has(open.lower) || (toks[o + 3]?.lower === 'whom' && toks[o + 2]?.lower === 'of');
    if (!relative && j - o > 16) return j;
    const subset = GLOSSES.has(open.lower) || open.pos === 'NUM';
    // "Deputy X, of the APRA party, was murdered": an apposition may open with "of", or with an adverb
    // before its article ("X, presumably a German national, was killed").
    const hedged = open.pos === 'ADV' && PRENOMINAL_DETS.has(toks[o + 2]?.lower ?? '');
    const opener = PRENOMINAL_DETS.has(open.lower) || open.lower === 'another' || open.lower === 'of';
    if (!relative && !subset && !hedged && !opener && !NP_STARTS.has(open.pos)) return j;
    // "Three people, including a child, were killed": the gloss word itself is no verb of a clause.
    for (let k = subset && !relative && open.pos === 'VERB' ? o + 2 : o + 1; k < j; k++) {
      const p = toks[k]!.pos;
      // "a street vendor walking through the area": a participle after the apposition's noun still describes it.
      if (!relative && (p === 'VERB' || p === 'AUX') && !participleAfterNoun(ctx, k, o + 1)) return j;
    }
    return o - 1;
  }
  return j;
}

/** Whether token `k` is a participle ("walking", "based") right after a noun of an apposition that opens at `open`. */
function participleAfterNoun(ctx: Ctx, k: number, open: number): boolean {
  const { toks } = ctx;
  const w = toks[k]!.lower;
  if (toks[k]!.pos !== 'VERB' || k <= open || !(w.endsWith('ing') || w.endsWith('ed'))) return false;
  if (ANCHORS.has(w)) return false;
  const before = toks[k - 1]!.pos;
  // "a vendor walking …" (after its noun), "the disbanded M-19 group" (before it, after the article)
  if (before !== 'NOUN' && before !== 'PROPN' && !(before === 'DET' && NP_STARTS.has(toks[k + 1]?.pos ?? '')))
    return false;
  // Only one such participle: a second verb is a clause of its own.
  for (let m = open; m < k; m++) if (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'AUX') return false;
  return true;
}

/**
 * "Two journalists, Ali Hassan and Omar Khalil, who were killed": names in apposition to a count
 * are its parts; the count is the figure they divide.
 */
function withCountedHead(ctx: Ctx, out: Found[], anchor: number): Found[] {
  let last = out[out.length - 1];
  // A serial list may have run on to the count itself: it is the whole, not one more conjunct.
  if (last !== undefined && last.phrase.kind === 'counted' && out.length > 2) {
    const named = out.slice(0, -1);
    if (named.every((f) => f.phrase.kind === 'named')) {
      const whole = last.phrase;
      const end = Math.max(whole.end, whole.victimsEnd);
      if (whole.min === named.length && ctx.toks[end]?.value === ',' && whole.head >= 0) {
        const parent: Found = { ...last, relative: false };
        return [parent, ...named.map((f) => ({ ...f, parent, relation: 'part' as const }))];
      }
    }
  }
  last = out[out.length - 1];
  if (last === undefined || last.phrase.kind === 'counted') return out;
  const comma = last.phrase.first - 1;
  if (comma <= ctx.first || ctx.toks[comma]!.value !== ',') return out;
  const whole = countedEndingAt(ctx, comma, anchor);
  if (whole === null || whole.head < 0 || whole.min !== out.length || !isPersonHead(ctx.toks[whole.head]!)) return out;
  const parent: Found = makeFound(whole, last.outcome, anchor, false);
  return [parent, ...out.map((f) => ({ ...f, parent, relation: 'part' as const }))];
}

/** Most tokens between a counted object and the "and" of a second count after its adjuncts. */
const MAX_ADJUNCT_RUN = 14;
const ADJUNCT_STOPS = new Set([';', ':', '(', ')', '.', '!', '?']);
/** Clause openers whose verbs an adjunct may hold ("in Raqqa where 8000 people remain trapped and …"). */
const PLACE_CLAUSES = new Set(['where']);

/**
 * The first token of a second count of people sharing the outcome verb of the count before
 * `k`, across that count's adjuncts: "killed 45 civilians in and around Aleppo and 22 in Idlib",
 * "killed dozens this week in Raqqa … and at least 149 people in Idlib". The second count is a
 * bare number before a place or time phrase, or counts people; it is not the subject of a verb
 * of its own ("… and 20 were wounded"). -1 when there is none.
 */
function countAfterAdjunct(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let clause = false;
  const stop = Math.min(ctx.end - 1, k + MAX_ADJUNCT_RUN);
  for (let m = k; m < stop; m++) {
    const t = toks[m]!;
    if (ADJUNCT_STOPS.has(t.value) || QUOTE_MARKS.has(t.value) || ANCHORS.has(t.lower)) return -1;
    if (PLACE_CLAUSES.has(t.lower)) clause = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !clause) return -1;
    if (t.lower !== 'and' || m === k) continue;
    const c = readCounted(ctx, m + 1);
    if (c === null || c.kind !== 'counted') continue;
    const after = toks[Math.max(c.end, c.victimsEnd)];
    if (after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) return -1;
    if (c.head >= 0) return isPersonHead(toks[c.head]!) ? m + 1 : -1;
    return after !== undefined && PP_STARTS.has(after.lower) ? m + 1 : -1;
  }
  return -1;
}

/** The objects after an outcome verb: "killing 76 people", "a senior officer and at least 31 others". */
export function objectsAfter(ctx: Ctx, at: number, outcome: CasualtyOutcome, anchor: number): Found[] {
  let j = firstObjectAfter(ctx, at);
  if (j < 0) return [];
  const headline = ctx.doc.zoneAt(ctx.toks[at]!.start) === 'headline';
  const out: Found[] = [];
  for (let n = 0; n < 8; n++) {
    const s = objectStart(ctx, j);
    const p = readObject(ctx, s, headline, out[out.length - 1]?.phrase);
    if (p === null) {
      j = n === 0 ? pastNonVictim(ctx, s) : -1;
      if (j < 0) break;
      continue;
    }
    const k = pushObject(ctx, p, outcome, anchor, out);
    j = nextObject(ctx, at, p, k);
    if (j < 0) break;
  }
  return out;
}

/** Step of objectsAfter: the first object's token after the verb at `at` (past adverbs and an opening quote mark), or -1. */
function firstObjectAfter(ctx: Ctx, at: number): number {
  const { toks } = ctx;
  let j = at + 1;
  while (j < ctx.end && toks[j]!.pos === 'ADV' && readQuantity(toks, j, ctx.end) === null && j - at < 3) j++;
  // killed "at least 18 fighters"
  // …but not a closing mark before a speaker ("… seven others injured" Barazi was quoted as saying).
  if (j + 1 < ctx.end && QUOTE_MARKS.has(toks[j]!.value) && toks[j]!.spaceBefore) j++;
  if (j >= ctx.end || (STOP_AFTER_VERB.has(toks[j]!.lower) && readQuantity(toks, j, ctx.end) === null)) return -1;
  return j;
}

/** Step of objectsAfter: where an object's count starts ("killing all 14 passengers", "their two employees"). */
function objectStart(ctx: Ctx, j: number): number {
  // "killing all 14 passengers", "killing the three"
  // …and "their two employees": a possessive before the count.
  // …and "the other two passengers": "other" between them.
  const det = ctx.toks[j]!.lower;
  if (det === 'all' || det === 'the' || POSSESSIVES.has(det)) {
    const c = countAfterDeterminer(ctx, j);
    if (c >= 0) return c;
  }
  return j;
}

/** Step of objectsAfter: the victim phrase at `s` (a count, a description, a name), given the object before it. */
function readObject(ctx: Ctx, s: number, headline: boolean, last: Phrase | undefined): Phrase | null {
  const counted = readCounted(ctx, s);
  // "one Salvadoran": a bare "one" before a nationality is that one person's description.
  const one = counted !== null && counted.victims === null && counted.min === 1 ? readSingular(ctx, s) : null;
  return (
    (one !== null && one.end > counted!.end ? one : null) ??
    counted ??
    readSingular(ctx, s, headline) ??
    (last === undefined ? null : bareSharingDeterminer(ctx, s, last)) ??
    namedDescription(ctx, s) ??
    // In capitals, a lowered given name in an object's place starts a name (the object slot expects one).
    readName(ctx, s, false, true) ??
    readName(ctx, pluralBeforeNames(ctx, s), true, true) ??
    nameBeforeKin(ctx, s)
  );
}

/** Step of objectsAfter: past a first object that is no victim figure to the victims after it, or -1. */
function pastNonVictim(ctx: Ctx, s: number): number {
  const { toks } = ctx;
  // "the bomber killed himself and four guards": the attacker's own death is no figure (unless the
  // text counts him among the dead), the people after him are.
  if (REFLEXIVE_PRONOUNS.has(toks[s]!.lower) && toks[s + 1]?.lower === 'and' && s + 2 < ctx.end) return s + 2;
  // "killed the Jesuits, their cook, and her daughter": a plural description without a count
  // is no figure, but the list goes on to the victims after it.
  return pluralInList(ctx, s);
}

/** Step of objectsAfter: adds the figure of object `p` (and the names that spell it out); returns the token after them. */
function pushObject(ctx: Ctx, p: Phrase, outcome: CasualtyOutcome, anchor: number, out: Found[]): number {
  // "a forklift driver, Luis Ortega, (34,) and …": a name in commas after a singular description
  // is the same person, one figure.
  const named = unnamedDescription(ctx, p) ? nameInApposition(ctx, Math.max(p.end, p.victimsEnd)) : null;
  const whole: Found = makeFound(
    named === null ? p : { ...p, end: named.name, victimsEnd: named.name },
    outcome,
    anchor,
    false,
  );
  out.push(whole);
  let k = named?.next ?? Math.max(p.end, p.victimsEnd);
  const listed = namesOfCount(ctx, p, k);
  if (listed !== null) {
    for (const n of listed.names) out.push(makeFound(n, outcome, anchor, false, { parent: whole, relation: 'part' }));
    k = listed.end;
  }
  return k;
}

/** Step of objectsAfter: where the next object of the list after `p` starts (its link at `k`), or -1 when the list ends. */
function nextObject(ctx: Ctx, at: number, p: Phrase, k: number): number {
  const { toks } = ctx;
  while (k < ctx.end && toks[k]!.pos === 'ADV' && k - p.end < 2) k++;
  // "Ana Ruiz, 42; Juan Soto, 19; and …": a named victim's age.
  if (p.kind === 'named' && toks[k]?.value === ',' && toks[k + 1]?.pos === 'NUM' && toks[k + 2]?.value === ';') k += 2;
  if (k >= ctx.end) return -1;
  let comma = false;
  // "…, as well as their cook and her son": the list goes on.
  const asWell = toks[k]!.value === ',' ? k + 1 : k;
  if (toks[asWell]?.lower === 'as' && toks[asWell + 1]?.lower === 'well' && toks[asWell + 2]?.lower === 'as') {
    k = asWell + 3;
    return k >= ctx.end || ANCHORS.has(toks[k]!.lower) || toks[k]!.pos === 'VERB' ? -1 : k;
  }
  // Semicolons separate the items of a list whose items have commas of their own.
  if (toks[k]!.value === ';') k += toks[k + 1]?.lower === 'and' ? 2 : 1;
  else if (toks[k]!.value === ',' && toks[k + 1]?.lower === 'and') k += 2;
  else if (toks[k]!.lower === 'and') k++;
  else if (toks[k]!.value === ',') {
    k++;
    comma = true;
  } else {
    // "killed 45 civilians in Aleppo and 22 in Idlib": a second count after the first one's adjuncts.
    return p.kind === 'counted' ? countAfterAdjunct(ctx, k) : -1;
  }
  // "the murder of X and of Y"
  if (k + 1 < ctx.end && toks[k]!.lower === 'of' && toks[at]!.lower === 'of' && !comma) k++;
  if (k >= ctx.end || ANCHORS.has(toks[k]!.lower) || toks[k]!.pos === 'VERB') return -1;
  if (comma) return afterListComma(ctx, p, k);
  return k;
}

/** Step of nextObject: whether a bare comma after `p` goes on with the list (the next object at `k`), or -1. */
function afterListComma(ctx: Ctx, p: Phrase, k: number): number {
  const { toks } = ctx;
  if (p.kind === 'named') {
    // After a name, a bare comma goes on to another name ("X, Y and Z"), or past the name's
    // apposition to the next victim ("X, leader of the MNR, and Y").
    const group = readCounted(ctx, k);
    // "X, five other Jesuits, and two women": a counted group of people goes on with the list.
    if (group !== null && group.head >= 0 && isPersonHead(toks[group.head]!) && toks[group.end]?.lower !== 'of')
      return k;
    if (readName(ctx, k, false, true) !== null) return k;
    // "X, his wife and two children": a description right before the list's "and" is its next item
    // (an apposition of the name would close with a comma of its own: "X, a driver, and Y").
    // …and "X, his wife, and Y": after a possessive the description is another person (his, of X).
    const item = readSingular(ctx, k);
    const after = item === null ? -1 : Math.max(item.end, item.victimsEnd);
    if (item !== null && toks[after]?.lower === 'and') return k;
    if (
      item !== null &&
      KIN_OWNERS.has(toks[k]!.lower) &&
      toks[after]?.value === ',' &&
      toks[after + 1]?.lower === 'and'
    )
      return k;
    const close = appositionClose(ctx, k);
    if (close < 0) return -1;
    k = close + 1;
    return toks[k]?.lower === 'and' ? k + 1 : -1;
  }
  // "the murders of the governor, another judge, and the police commander", "of the six Jesuits, a
  // woman, and her daughter": a serial list of descriptions.
  if (serialAhead(ctx, k) && (readSingular(ctx, k) !== null || readName(ctx, k, false, true) !== null)) return k;
  // A bare comma continues a list only with another counted group of people ("3 soldiers, 2 policemen and …").
  const next = readCounted(ctx, k);
  if (next === null || next.head < 0 || next.victims === null || toks[next.end]?.lower === 'of') return -1;
  return k;
}

/**
 * "the Jesuit priests Ignacio Ellacuria, Segundo Montes …": the first name after a plural description of
 * people that the names spell out (no count: the names are the figures), or -1.
 */
function pluralBeforeNames(ctx: Ctx, s: number): number {
  const { toks } = ctx;
  if (s >= ctx.end) return -1;
  const det = toks[s]!.lower;
  // "the Jesuit priests X, Y", or a bare plural ("political leaders X and Y").
  const bare = det !== 'the' && !POSSESSIVES.has(det);
  for (let k = bare ? s : s + 1; k < Math.min(ctx.end, s + 5); k++) {
    const t = toks[k]!;
    if (isPersonHead(t) && t.lower.endsWith('s')) {
      if (bare && isCapitalised(t)) return -1;
      const name = k + 1 < ctx.end ? readName(ctx, k + 1, true, true) : null;
      // Two words at least: a lone surname after a plural is too weak a sign, unless a full name
      // follows it with "and" ("brothers Mario and John Puzo": given names sharing a surname).
      if (name === null) return -1;
      if (name.end - name.first >= 2) return k + 1;
      const second = toks[name.end]?.lower === 'and' ? readName(ctx, name.end + 1, false, true) : null;
      return second !== null && second.end - second.first >= 2 ? k + 1 : -1;
    }
    if (!NP_STARTS.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * A one-word name before "and" and a possessive ("Torres and his wife", "killed Karim and her two
 * sons"): the kin words tell a person, where a lone capitalised word could name anything.
 */
/** Possessives of people (not "its": "Aleppo and its countryside"). */
const KIN_OWNERS = new Set(['his', 'her', 'their']);

function nameBeforeKin(ctx: Ctx, s: number): Phrase | null {
  const { toks } = ctx;
  const t = toks[s];
  // In capitals the true-cased view may lower the name ("TORRES" → torres, a noun).
  if (t === undefined || !((isCapitalised(t) && t.pos === 'PROPN') || shoutedNameWord(ctx, s))) return null;
  if (toks[s + 1]?.lower !== 'and' || !KIN_OWNERS.has(toks[s + 2]?.lower ?? '') || s + 3 >= ctx.end) return null;
  // "its suburbs and his wife": a word after a determiner or an adjective is a common noun.
  const prev = s > ctx.first ? toks[s - 1]! : null;
  if (prev !== null && (POSSESSIVES.has(prev.lower) || prev.pos === 'DET' || prev.pos === 'ADJ')) return null;
  const p = readName(ctx, s, true, true);
  return p !== null && p.end === s + 1 ? p : null;
}

/** Whether an "and" follows `k` within a short stretch with no verb: a serial list goes on. */
function serialAhead(ctx: Ctx, k: number): boolean {
  for (let m = k; m < ctx.end && m - k <= 14; m++) {
    const t = ctx.toks[m]!;
    if (t.lower === 'and') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ';') return false;
  }
  return false;
}

/**
 * One past the comma after an uncounted plural description of people at `s` ("the Jesuit priests,")
 * when a serial list with "and" follows before any verb, or past "and" right after it when a count
 * follows ("the priests and two other people"); else -1.
 */
function pluralInList(ctx: Ctx, s: number): number {
  const { toks } = ctx;
  const det = toks[s]?.lower;
  if (det === undefined || (det !== 'the' && !POSSESSIVES.has(det))) return -1;
  let k = s + 1;
  while (k < ctx.end && k - s < 5 && !isVictimHead(toks[k]!) && NP_STARTS.has(toks[k]!.pos)) k++;
  if (k >= ctx.end || !isVictimHead(toks[k]!) || !toks[k]!.lower.endsWith('s')) return -1;
  // "the Jesuit priests and (the other) two people": the count may take a determiner of its own.
  if (toks[k + 1]?.lower === 'and' && k + 2 < ctx.end && countedAt(ctx, k + 2)) return k + 2;
  // "the journalists - two Britons and an American -": the people spelled out after a dash.
  if (k + 2 < ctx.end && DASHES.has(toks[k + 1]!.value) && toks[k + 1]!.spaceBefore) return k + 2;
  if (toks[k + 1]?.value !== ',') return -1;
  for (let m = k + 2; m < ctx.end && m - k <= 14; m++) {
    const t = toks[m]!;
    if (t.lower === 'and') return k + 2;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * Where a counted phrase starts after the determiner at `s` ("their two maids"), over "other" ("the
 * other two people"), or -1.
 */
function countAfterDeterminer(ctx: Ctx, s: number): number {
  let k = s + 1;
  if (ctx.toks[k]?.lower === 'other') k++;
  return k < ctx.end && readCounted(ctx, k) !== null ? k : -1;
}

/** Whether a counted phrase starts at `s`, or after a determiner there ("the other two people", "their two maids"). */
function countedAt(ctx: Ctx, s: number): boolean {
  if (readCounted(ctx, s) !== null) return true;
  const det = ctx.toks[s]!.lower;
  return (det === 'the' || POSSESSIVES.has(det)) && countAfterDeterminer(ctx, s) >= 0;
}

/** The comma that closes an apposition opening at `k` ("leader of the MNR,"): no verb or count in it; -1 when none. */
function appositionClose(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  for (let m = k; m < ctx.end && m - k <= 14; m++) {
    const t = toks[m]!;
    if (t.value === ',') return m > k ? m : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NUM' || t.value === ';' || ANCHORS.has(t.lower)) return -1;
  }
  return -1;
}

const APPOSITION_OPENERS = new Set([',', ':', ...DASHES]);
const DESCRIPTION_STARTS = new Set(['a', 'an', 'another', 'the']);

/**
 * "killed two reporters, Ana Ruiz and Juan Soto, in …", "killed three journalists: X, a
 * photographer, Y and Z": as many names as the count, in apposition after it, are its parts.
 * Each name may carry its own description (", a photographer,"). The names and one past the
 * last, or `null`.
 */
export function namesOfCount(ctx: Ctx, p: Phrase, at: number): { names: Phrase[]; end: number } | null {
  const { toks } = ctx;
  const n = p.min;
  if (p.kind !== 'counted' || n === null || n < 2 || n > 8 || p.max !== n || p.head < 0) return null;
  if (at >= ctx.end || !APPOSITION_OPENERS.has(toks[at]!.value) || !isPersonHead(toks[p.head]!)) return null;
  const names: Phrase[] = [];
  let k = at + 1;
  while (names.length < n) {
    if (k < ctx.end && toks[k]!.lower === 'and') k++;
    // A name, or a description ending in one ("the cook Elba Ramos and her daughter Marisela").
    const name = readName(ctx, k, false, true) ?? namedDescription(ctx, k);
    if (name === null) return null;
    names.push(name);
    k = name.end;
    // ", a photographer of the agency," — the name's own description, up to the next comma.
    if (k + 1 < ctx.end && toks[k]!.value === ',' && DESCRIPTION_STARTS.has(toks[k + 1]!.lower)) {
      let c = k + 2;
      while (c < ctx.end && c - k < 12 && toks[c]!.value !== ',') c++;
      k = c;
    }
    if (names.length === n) break;
    if (k >= ctx.end || (toks[k]!.value !== ',' && toks[k]!.lower !== 'and')) return null;
    if (toks[k]!.value === ',') k++;
  }
  return { names, end: k };
}

/** Whether a phrase is a singular description with no name of its own ("a forklift driver", not "Judge Ana Ortiz"). */
function unnamedDescription(ctx: Ctx, p: Phrase): boolean {
  return p.kind === 'singular' && p.head >= 0 && (p.end === p.head + 1 || ctx.toks[p.head + 1]?.lower === 'of');
}

/** Tokens that close a name's apposition: the clause or the list goes on after them. */
const APPOSITION_CLOSES = new Set([',', ';', '.', ')', ...DASHES]);

/**
 * A name in commas right after a singular description at `at` ("a forklift driver, Luis Ortega, (34,)
 * and …"; also closing the sentence: "killed a village elder, Abdi Warsame."): one past the name and
 * where the list goes on (past the age), or `null` when no such name stands there or the name opens
 * a list of its own ("a driver, Luis Ortega and Ana Ruiz").
 */
function nameInApposition(ctx: Ctx, at: number): { name: number; next: number } | null {
  const { toks } = ctx;
  if (at + 1 >= ctx.end || toks[at]!.value !== ',') return null;
  const name = readName(ctx, at + 1, false, true);
  if (name === null) return null;
  let next = name.end;
  // ", 34,": the person's age.
  if (toks[next]?.value === ',' && toks[next + 1]?.pos === 'NUM') {
    next += 2;
    if (toks[next]?.lower === 'years' && toks[next + 1]?.lower === 'old') next += 2;
  }
  if (next >= ctx.end) return { name: name.end, next };
  return APPOSITION_CLOSES.has(toks[next]!.value) ? { name: name.end, next } : null;
}

/** A description without an article that ends in a name: "Ahrar al-Sham's leader Hassan Aboud". */
function namedDescription(ctx: Ctx, s: number): Phrase | null {
  const p = readSingular(ctx, s, true);
  if (p === null || p.end <= p.head + 1) return null;
  const last = ctx.toks[p.end - 1]!;
  if (!isCapitalised(last) && !isShouted(ctx, last)) return null;
  // "… the wounded Observatory chief Rami Abdel Rahman said": a source, not a victim.
  const next = ctx.toks[p.end];
  return next !== undefined && p.end < ctx.end && SOURCE_VERBS.has(next.lower) ? null : p;
}

/** A verb form: active with an object, passive with a subject, or a bare participle ("Dozens killed", "32 injured"). */
function verbRule(ctx: Ctx, a: number, outcome: CasualtyOutcome): Found[] {
  const { toks } = ctx;
  const w = toks[a]!.lower;
  const [, be, perfect] = skipBack(ctx, a - 1);
  // "were abducted and (later) murdered": the second participle shares the first one's subject.
  const shared = be ? secondPassive(ctx, a) : coordinatedPassive(ctx, a);
  if (shared >= 0) return subjectBefore(ctx, shared, outcome, { anchor: a, transitive: true, died: false });
  // "a rebel opened fire at troops before being executed": the passive gerund's subject is the clause's.
  const clauseVerb = beingAfterTime(ctx, a);
  if (clauseVerb >= 0) return subjectBefore(ctx, clauseVerb, outcome, { anchor: a, transitive: false, died: false });
  // "is hurting", "were killing": a progressive is active; "were killed": passive.
  if (be && !w.endsWith('ing')) return subjectBefore(ctx, a, outcome, { anchor: a, transitive: true, died: false });
  // "a slain soldier", "his murdered brother": the participle describes the noun after it.
  // After "the" only a killing: "the slain lawyer", but "the wounded Observatory chief … said" is a source.
  const det = a > ctx.first ? toks[a - 1]!.lower : '';
  if (PRENOMINAL_DETS.has(det) && isParticiple(w) && (det !== 'the' || outcome === 'killed')) {
    const p = prenominal(ctx, a);
    if (p !== null) return [makeFound(p, outcome, a, false)];
  }
  // "dozens of badly wounded men": a count before the participle, through "of" and adverbs.
  const before = countBeforeParticiple(ctx, a);
  if (before !== null) return [makeFound(before, outcomeOfDescribed(ctx, before.head, outcome), a, false)];
  // "the wounded", "the dead": a noun, with no object after it.
  if (a > ctx.first && toks[a - 1]!.lower === 'the') return [];
  // "killing and wounding over 40 people", "Kills, Wounds Dozens of Militants": verbs of two outcomes
  // share one object, one figure, which takes the first verb's outcome (as the MUC-4 keys and the
  // FA-KES dev gold count it); the second verb finds its object taken.
  const from = adjunctBeforeObject(ctx, sharedObjectVerb(ctx, a));
  // "10 civilians killed 15 injured": a count followed by its own outcome word is not this verb's object.
  // ("… killed 220000 people wounded a million" keeps both: the second verb has its own count).
  const objects = objectsAfter(ctx, from, outcome, a).filter((f) => {
    const at = Math.max(f.phrase.end, f.phrase.victimsEnd);
    const after = toks[at];
    if (after === undefined || at >= ctx.end || !(verbOutcome(after) !== undefined || INTRANSITIVE.has(after.lower)))
      return true;
    // "killing 4 citizens injuring many others" (its comma lost): a gerund is the next verb of the clause.
    if (after.lower.endsWith('ing')) return true;
    return readQuantity(toks, at + 1, ctx.end) !== null;
  });
  // "rounded up hundreds of tribesmen and executed them": "them" takes the people counted before it.
  if (objects.length === 0 && toks[a + 1]?.lower === 'them' && a + 1 < ctx.end) {
    const them = pronounObject(ctx, a + 1);
    if (them !== null) return [makeFound(them, outcome, a, false)];
  }
  if (objects.length > 0 || perfect || !isParticiple(w)) return objects;
  const subjects = subjectBefore(ctx, a, outcome, { anchor: a, transitive: true, died: false });
  // "12 wounded soldiers": a count right before the participle counts the noun after it.
  return subjects.map((f) => {
    const p = f.phrase;
    // "four wounded civilians were killed": the head after the participle may tell another outcome.
    if (p.head > a) return { ...f, outcome: outcomeOfDescribed(ctx, p.head, f.outcome) };
    if (p.head >= 0 || p.end !== a || a + 1 >= ctx.end || !isVictimHead(toks[a + 1]!)) return f;
    const phrase = { ...p, end: a + 2, victimsEnd: a + 2, head: a + 1, victims: toks[a + 1]!.lower };
    return { ...f, outcome: outcomeOfDescribed(ctx, a + 1, f.outcome), phrase };
  });
}

/**
 * The outcome of people a participle describes ("two injured soldiers", "dozens of wounded men"),
 * whose head is at `head`: `killed` when the predicate after them tells their death ("… died in
 * hospital", "… later succumbed to their wounds", "… were killed when the ambulance was hit"), else
 * the participle's own.
 */
function outcomeOfDescribed(ctx: Ctx, head: number, outcome: CasualtyOutcome): CasualtyOutcome {
  if (outcome === 'killed' || head < 0) return outcome;
  return diesAfter(ctx, head + 1) || killedPassiveAfter(ctx, head + 1) ? 'killed' : outcome;
}

/** Whether a passive of killing starts at `k`: a form of "be", adverbs, a killing verb ("were (later) killed"). */
function killedPassiveAfter(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (k >= ctx.end || !BE_FORMS.has(toks[k]!.lower)) return false;
  for (let m = k + 1; m < ctx.end && m - k <= DIES_REACH; m++) {
    const t = toks[m]!;
    if (t.pos === 'VERB') return verbOutcome(t) === 'killed';
    if (t.pos !== 'ADV' && !SKIPPABLE.has(t.lower)) return false;
  }
  return false;
}

/**
 * "X opened fire at troops before being executed", "two men were abducted in March before being
 * killed": the verb of the clause when the participle at `a` follows "before/after being", else -1
 * (its subject is the victim).
 */
function beingAfterTime(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  if (a - 2 <= ctx.first || toks[a - 1]!.lower !== 'being' || !GERUND_TIME_PREPOSITIONS.has(toks[a - 2]!.lower))
    return -1;
  // The nearest verb before "before" (over its objects and adjuncts: "opened fire at troops").
  for (let k = a - 3; k > ctx.first && a - k <= 14; k--) {
    const t = toks[k]!;
    if (t.value === ',' || t.value === ';') return -1;
    if (t.pos === 'VERB') return k;
  }
  return -1;
}

/** Most tokens of an adjunct in commas between a verb and its object ("killed, in broad daylight, two …"). */
const MAX_ADJUNCT = 6;

/**
 * Where the object of the verb at `v` is read from: past an adjunct in commas that opens with a
 * preposition or an adverb and holds no verb ("murdered, at gunpoint, a soldier"; "killed, in broad
 * daylight, two police officers"), else right after the verb.
 */
function adjunctBeforeObject(ctx: Ctx, v: number): number {
  const { toks } = ctx;
  const open = v + 1;
  // "killed from 500 to well over 1000 people": a range opened by "from" (a number of each end).
  if (open + 3 < ctx.end && toks[open]!.lower === 'from' && ctx.dateMask[open + 1] !== 1) {
    const q = readQuantity(toks, open + 1, ctx.end);
    if (q !== null && q.qualifier === null && toks[q.numberToken + 1]?.lower === 'to' && q.endToken > q.numberToken + 2)
      return open;
  }
  if (open + 2 < ctx.end && toks[open]!.value !== ',') return dateBeforeObject(ctx, v);
  if (open + 2 >= ctx.end || toks[open]!.value !== ',') return v;
  const first = toks[open + 1]!;
  if (first.pos !== 'ADP' && first.pos !== 'ADV') return v;
  for (let k = open + 2; k < ctx.end && k - open <= MAX_ADJUNCT; k++) {
    const t = toks[k]!;
    if (t.value === ',') return k + 1 < ctx.end ? k : v;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'NUM') return v;
  }
  return v;
}

/**
 * "ASSASSINATED IN LESS THAN 48 HOURS MAGISTRATE X", "murdered on 26 January brothers X and Y": a time
 * between a verb and its object, with no commas (translated wire copy). Returns the time's last token
 * (the object is read after it), or `v` when no time of the date layer stands there.
 */
function dateBeforeObject(ctx: Ctx, v: number): number {
  const { toks } = ctx;
  let k = v + 1;
  if (ADJUNCT_PREPOSITIONS.has(toks[k]!.lower) && ctx.dateMask[k] !== 1) k++;
  if (k >= ctx.end || ctx.dateMask[k] !== 1) return v;
  while (k < ctx.end && ctx.dateMask[k] === 1) k++;
  // "…IN LESS THAN 48 HOURS, MAGISTRATE X": a comma may close the time.
  if (k + 1 < ctx.end && toks[k]!.value === ',') k++;
  return k < ctx.end && toks[k]!.pos !== 'PUNCT' && toks[k]!.pos !== 'ADP' ? k - 1 : v;
}

/** The inflection a verb form ends in: `ing`, `ed`, `s`, or none. */
function suffixOf(x: string): string {
  return x.endsWith('ing') ? 'ing' : x.endsWith('ed') ? 'ed' : x.endsWith('s') ? 's' : '';
}

/** Conjunctions between two outcome verbs that share their object ("killed and wounded"). */
const VERB_LINKS = new Set(['and', 'or', ',', '&']);

/**
 * Where the object of the outcome verb at `a` is read from: after a second outcome verb coordinated
 * with it ("killing and wounding over 40 people", a headline's "Kills Wounds Dozens"), else after `a`.
 */
function sharedObjectVerb(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  let v = a + 1;
  if (v < ctx.end && VERB_LINKS.has(toks[v]!.lower)) v++;
  if (v >= ctx.end - 1) return a;
  const t = toks[v]!;
  if (verbOutcome(t) === undefined || t.pos === 'NUM') return a;
  // Both verbs of one inflected form, whatever the tag of the second ("killing and wounding" reads
  // "wounding" as a noun): "killed and wounded", "Kills, Wounds".
  const form = suffixOf(toks[a]!.lower);
  return form !== '' && form === suffixOf(t.lower) ? v : a;
}

/**
 * "dozens of wounded men", "hundreds of seriously injured civilians", "12 badly wounded soldiers":
 * a count before an outcome participle (through "of" and up to two adverbs) counts the people
 * the participle describes. The counted phrase, or `null`.
 */
function countBeforeParticiple(ctx: Ctx, a: number): Phrase | null {
  const { toks } = ctx;
  if (!isParticiple(toks[a]!.lower)) return null;
  let head = -1;
  for (let h = a + 1; h < Math.min(ctx.end, a + 4); h++) {
    const t = toks[h]!;
    if (isVictimHead(t)) {
      head = h;
      break;
    }
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return null;
  }
  if (head < 0) return null;
  let k = a - 1;
  while (k >= ctx.first && a - k <= 2 && toks[k]!.pos === 'ADV') k--;
  const countEnd = k >= ctx.first && toks[k]!.lower === 'of' ? k : k + 1;
  if (countEnd === a) return null; // "12 wounded soldiers": the subject rule reads it
  for (let m = Math.max(ctx.first, countEnd - 4); m < countEnd; m++) {
    const p = readBareCount(ctx, m);
    if (p === null || p.end !== countEnd) continue;
    return { ...p, end: head + 1, victimsEnd: head + 1, head, victims: textOf(ctx, a + 1, head + 1) };
  }
  return null;
}

/** Tags of a word after a verb that starts no object: a preposition, a mark, an adverb or subordinator ("when"). */
const NO_OBJECT_STARTS: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'ADV', 'SCONJ']);

/** In "were abducted and (later) murdered", the first participle (after a form of "be") of the second one at `a`, or -1. */
function coordinatedPassive(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  if (!isParticiple(toks[a]!.lower)) return -1;
  let k = a - 1;
  while (k > ctx.first && a - k <= 2 && toks[k]!.pos === 'ADV') k--;
  let p = k - 1;
  if (p <= ctx.first || toks[k]!.lower !== 'and') return -1;
  // "were rounded up and executed": a phrasal verb's particle after the first participle.
  if (PARTICLES.has(toks[p]!.lower) && p - 1 > ctx.first) p--;
  if (!isFirstParticiple(toks[p]!)) return -1;
  // "were captured and executed by the group": any verb first when nothing follows the second as its
  // object ("soldiers were deployed and killed 12 militants" is active).
  if (!ANCHORS.has(toks[p]!.lower)) {
    const after = toks[a + 1];
    // (The tagger reads some participles as adjectives: "rounded" of "rounded up".)
    if (
      (toks[p]!.pos !== 'VERB' && toks[p]!.pos !== 'ADJ') ||
      (after !== undefined && a + 1 < ctx.end && !NO_OBJECT_STARTS.has(after.pos))
    )
      return -1;
  }
  return skipBack(ctx, p - 1)[1] ? p : -1;
}
/**
 * Particles of phrasal verbs between a participle and "and" ("rounded up", "carried off"): the shared
 * class without "down" and "back", which this rule has not been tried with.
 */
const PARTICLES: ReadonlySet<string> = new Set([...PHRASAL_PARTICLES].filter((w) => w !== 'down' && w !== 'back'));

/**
 * In "the pilot was arrested and was (later) killed", the first participle of the passive at `a`,
 * whose subject the second one shares, or -1.
 */
function secondPassive(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  const [j] = skipBack(ctx, a - 1);
  const p = j - 1;
  if (p <= ctx.first || toks[j]!.lower !== 'and' || !isFirstParticiple(toks[p]!) || toks[p]!.pos !== 'VERB') return -1;
  return skipBack(ctx, p - 1)[1] ? p : -1;
}

/** One person counted: the phrase `[first, head]` whose head noun is at `head` (count 1). */
export function singularPhrase(first: number, head: number, victims: string): Phrase {
  const end = head + 1;
  return {
    first,
    end,
    victimsEnd: end,
    key: head,
    min: 1,
    max: 1,
    approximate: false,
    victims,
    head,
    kind: 'singular',
  };
}

/** "a slain U.S. soldier", "her murdered son": the determiner, the participle and a singular head after it. */
function prenominal(ctx: Ctx, a: number): Phrase | null {
  const { toks } = ctx;
  for (let k = a + 1; k < Math.min(ctx.end, a + 5); k++) {
    const t = toks[k]!;
    if (isSingularHead(t.lower)) {
      return singularPhrase(a - 1, k, textOf(ctx, a + 1, k + 1));
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  }
  return null;
}

/** A count right before a noun: "six deaths", "12 bodies", "nine lives", "32 dead". */
function nounRule(ctx: Ctx, a: number, outcome: CasualtyOutcome): Found[] {
  const { toks } = ctx;
  for (let m = Math.max(ctx.first, a - 6); m < a; m++) {
    const q = readQuantity(toks, m, a);
    if (q === null || q.hyphenated) continue;
    let ok = q.endToken <= a && a - q.endToken <= 2;
    for (let k = q.endToken; ok && k < a; k++) {
      const p = toks[k]!.pos;
      // "dozens of bodies", "scores of deaths": the "of" of a quantity right after it (not of "lives",
      // which count deaths only after a verb of taking: "hundreds of lives on his conscience").
      if (k === q.endToken && toks[k]!.lower === 'of' && toks[a]!.lower !== 'lives') continue;
      if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN') ok = false;
    }
    if (!ok) continue;
    const p = readBareCount(ctx, m);
    if (p === null || p.end > a) continue; // negated, a date, a percentage
    const phrase: Phrase = { ...p, end: a + 1, victimsEnd: a + 1, victims: null, head: -1 };
    return [makeFound(phrase, outcome, a, false)];
  }
  return [];
}

/** "11 of the injured": the count before "of the" + an outcome word. */
function partitiveBefore(ctx: Ctx, a: number, outcome: CasualtyOutcome): Found[] {
  const ofAt = a - 2;
  for (let m = Math.max(ctx.first, ofAt - 6); m < ofAt; m++) {
    const p = readBareCount(ctx, m);
    if (p === null || p.end !== ofAt) continue;
    return [makeFound({ ...p, end: a + 1, victimsEnd: a + 1, victims: null, head: -1 }, outcome, a, false)];
  }
  // "Most of the dead were women": more than half of a whole told before (its count is read there).
  const most = ofAt - 1;
  if (most >= ctx.first && ctx.toks[most]!.lower === 'most') {
    const phrase: Phrase = {
      first: most,
      end: a + 1,
      victimsEnd: a + 1,
      key: most,
      min: null,
      max: null,
      approximate: false,
      victims: null,
      head: -1,
      kind: 'counted',
    };
    return [makeFound(phrase, outcome, a, false, { wholeNeeded: true, share: 'most' })];
  }
  return [];
}

const ADJUNCT_STARTS = new Set(['in', 'on', 'at', 'near', 'last', 'during']);

/** Most tokens from a noun of killing to the "of" after its place or date adjunct ("on the evening of 27 May of"). */
const OF_ADJUNCT_REACH = 9;

/** The "of" after a short place or date adjunct that follows the noun at `a` ("in Guatemala of"), or -1. */
function ofAfterAdjunct(ctx: Ctx, a: number): number {
  const { toks } = ctx;
  const first = toks[a + 1];
  if (first === undefined || a + 1 >= ctx.end || !(ADJUNCT_STARTS.has(first.lower) || ctx.dateMask[a + 1] === 1))
    return -1;
  // "killing at least 30 members of …": a count, not an adjunct.
  // (A day of a month the date layer did not read, as in wire copy in capitals, is no count.)
  for (const k of [a + 1, a + 2])
    if (ctx.dateMask[k] !== 1 && k < ctx.end && !dayOfMonth(ctx, k) && readQuantity(toks, k, ctx.end) !== null)
      return -1;
  for (let k = a + 2; k < ctx.end && k - a <= OF_ADJUNCT_REACH; k++) {
    const t = toks[k]!;
    // "the murder on the evening of 27 May of six …": an "of" before a date is the adjunct's own.
    if (t.lower === 'of' && k + 1 < ctx.end && (ctx.dateMask[k + 1] === 1 || dayOfMonth(ctx, k + 1))) continue;
    if (t.lower === 'of') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || ANCHORS.has(t.lower)) return -1;
  }
  return -1;
}

/** A toll and the first count after it: "a death toll of 40", "the toll rose to 50", "from 40 to 52". */
function tollScan(ctx: Ctx, from: number, outcome: CasualtyOutcome, anchor: number): Found[] {
  const { toks } = ctx;
  const limit = Math.min(ctx.end, from + 20);
  for (let k = from; k < limit; k++) {
    const t = toks[k]!;
    if (
      t.value === ';' ||
      (k > from && (verbOutcome(t) !== undefined || INTRANSITIVE.has(t.lower)) && t.pos === 'VERB')
    )
      break;
    // A new clause is not the toll's: "The death toll is likely to rise because dozens of people are missing".
    if (k > from && (t.pos === 'SCONJ' || TOLL_STOPS.has(t.lower))) break;
    const p = readCounted(ctx, k);
    if (p === null) continue;
    // A count that another outcome word takes ("dozens of people missing"; "confirmed the death toll
    // and said another 25 people were wounded", over its auxiliaries) is not the toll.
    let after = Math.max(p.end, p.victimsEnd);
    for (let n = 0; n < 3 && after < ctx.end && (BE.has(toks[after]!.lower) || PERFECT.has(toks[after]!.lower)); n++)
      after++;
    if (after < ctx.end && ANCHORS.has(toks[after]!.lower) && !TOLLS.has(toks[after]!.lower)) continue;
    // "rose from 40 to 52": the new toll is the second number.
    if (k > ctx.first && toks[k - 1]!.lower === 'from') {
      const q = readQuantity(toks, k, ctx.end);
      // (an open upper end, "from 40 to more than 52", is a range with no max)
      if (q !== null && q.endToken > q.numberToken + 1) {
        for (let m = q.numberToken + 1; m < q.endToken; m++) {
          if (toks[m]!.lower !== 'to') continue;
          const second = readCounted(ctx, m + 1);
          if (second !== null) return [makeFound(second, outcome, anchor, false)];
        }
      }
      const to = p.end < limit && toks[p.end]!.lower === 'to' ? readCounted(ctx, p.end + 1) : null;
      if (to !== null) return [makeFound(to, outcome, anchor, false)];
    }
    return [makeFound(p, outcome, anchor, false)];
  }
  return [];
}

/**
 * "Dr. Darwish was one of two people killed", "The driver is one of the three dead": the subject of
 * "was one of" before a counted figure, one person of it (a part), or `null`.
 */
function oneOfSubject(ctx: Ctx, f: Found): Found | null {
  const { toks } = ctx;
  let k = f.phrase.first - 1;
  if (k - 2 < ctx.first) return null;
  if (toks[k]!.lower === 'the') k--;
  if (toks[k]!.lower !== 'of' || toks[k - 1]!.lower !== 'one' || !BE_FORMS.has(toks[k - 2]!.lower)) return null;
  // The subject starts after the last verb or comma before it ("The clinic said nurse X was one of …").
  let from = k - 3;
  while (
    from > ctx.first &&
    toks[from - 1]!.pos !== 'VERB' &&
    toks[from - 1]!.pos !== 'AUX' &&
    toks[from - 1]!.value !== ','
  )
    from--;
  const first = ctx.first;
  ctx.first = Math.max(first, from);
  let p: Phrase | null;
  try {
    p = singularEndingAt(ctx, k - 2, false);
  } finally {
    ctx.first = first;
  }
  return p === null ? null : makeFound(p, f.outcome, f.anchor, false, { parent: f, relation: 'part' });
}

/** Most tokens of the adjunct between a verb and "and" before a gapped count ("… killed in the town of Sabqa and one …"). */
const MAX_GAP_ADJUNCT = 10;
/** Prepositions or a date that tell a gapped count's own place or time ("and one in Harasta", "and one on Saturday"). */
const GAP_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'inside', 'outside', 'during', 'by']);
/** Most gapped counts read after one verb ("Five … in Homs, 12 in Hama and three in Idlib"). */
const MAX_GAPPED = 6;
/** What joins a gapped count to the clause before it: "and one in Harasta", ", six by the second", "while two in Hama". */
const GAP_LINKS = new Set(['and', ',', 'while', 'whereas']);

/**
 * "were killed in the town of Sabqa and one in the town of Harasta", "died in Homs and two in Hama",
 * "One was killed on Friday and one on Saturday", "Four were wounded by the first blast, six by the
 * second": after the verb's own adjunct, "and" (a comma, "while") with a count and
 * an adjunct of its own, no verb (the verb and the outcome are the first clause's). Returns the count, or `null`.
 */
function gappedAfter(ctx: Ctx, a: number): Phrase | null {
  const { toks } = ctx;
  const end = Math.min(ctx.end, a + MAX_GAP_ADJUNCT);
  if (a + 1 >= ctx.end || !GAP_PREPOSITIONS.has(toks[a + 1]!.lower)) return null;
  for (let k = a + 2; k < end; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ';' || t.pos === 'SCONJ') return null;
    if (!GAP_LINKS.has(t.lower)) continue;
    const p = readCounted(ctx, k + 1);
    // A comma may close the adjunct's own phrase ("in Aleppo, the second city, and …"): read on.
    if (p === null && t.value === ',') continue;
    if (p === null) return null;
    const after = toks[Math.max(p.end, p.victimsEnd)];
    if (after === undefined || Math.max(p.end, p.victimsEnd) >= ctx.end) return null;
    if (!GAP_PREPOSITIONS.has(after.lower) || (p.victims !== null && !(p.head >= 0 && isPersonHead(toks[p.head]!))))
      return null;
    // "… and 12 in Hama were wounded": a verb of its own after the adjunct is another clause.
    // (The reporting verb of the sentence, "… the Observatory said", is no such clause; nor is "according
    // to", which the tagger reads as a verb: "… and one on Saturday according to the report".)
    for (let m = Math.max(p.end, p.victimsEnd) + 1; m < ctx.end && toks[m]!.value !== ','; m++) {
      if (SOURCE_VERBS.has(toks[m]!.lower)) break;
      if (toks[m]!.lower === 'according' && toks[m + 1]?.lower === 'to') break;
      if (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'AUX') return null;
    }
    return p;
  }
  return null;
}

/** Whether a found phrase describes one attacker without a count ("the gunman", "a suicide bomber"). */
function isAttackerPhrase(ctx: Ctx, f: Found): boolean {
  const h = f.phrase.head;
  return f.phrase.kind === 'singular' && h >= 0 && ATTACKERS.has(ctx.toks[h]!.lower);
}

/**
 * The attacker's own death or wound is no casualty figure ("the gunman was shot dead by police") unless
 * the text counts the attacker among the dead: a part of a whole ("including the bomber"), or one of a
 * list of victims the same word tells ("killed the bomber and two guards"). Counted attackers stay
 * figures: "the army killed 50 gunmen" counts the dead of the army's operation. The figures of one
 * outcome word, without that lone attacker.
 */
function attackersAlone(ctx: Ctx, found: Found[]): Found[] {
  let attackers = 0;
  let others = 0;
  for (const f of found) {
    if (f.parent !== undefined) continue;
    if (isAttackerPhrase(ctx, f)) attackers++;
    else others++;
  }
  if (attackers === 0 || others > 0) return found;
  return found.filter((f) => !isAttackerPhrase(ctx, f) && (f.parent === undefined || !isAttackerPhrase(ctx, f.parent)));
}

/**
 * The figures hanging on the anchor token `a`, or none. Each anchor is tried
 * as a toll, "number of", a noun with "of", a verb, an intransitive, a noun.
 */
/** "fatally wounded the priest", "were mortally wounded": injured figures of the anchor `a` after such an adverb are killed. */
function fatally(ctx: Ctx, a: number, found: Found[]): Found[] {
  if (a <= ctx.first || !FATAL_ADVERBS.has(ctx.toks[a - 1]!.lower)) return found;
  return found.map((f) => (f.outcome === 'injured' && f.anchor === a ? { ...f, outcome: 'killed' } : f));
}

export function figuresAt(ctx: Ctx, a: number): Found[] {
  const { toks } = ctx;
  const w = toks[a]!.lower;
  const mood = unreal(ctx, a);
  if (mood === 'unreal' || negatedVerb(ctx, a)) return [];
  let found = fatally(ctx, a, attackersAlone(ctx, figuresAtRaw(ctx, a)));
  // "attacks to wound Mr. Trump": a purpose names no victim; "moved in to kill 35 fighters" still counts.
  if (mood === 'purpose') found = found.filter((f) => f.phrase.kind === 'counted');
  if (found.length === 0) return found;
  // "The surgeon Dr. Darwish was one of two people killed": the subject is a part of the count.
  const counted = found[0]!;
  if (counted.phrase.kind === 'counted' && counted.phrase.first < a) {
    const one = oneOfSubject(ctx, counted);
    if (one !== null) found = [...found, one];
  }
  // "Five civilians were killed in Sabqa and one in Harasta": a count whose verb is gapped.
  const subject = found[found.length - 1]!;
  if (subject.phrase.first < a && subject.phrase.kind === 'counted') {
    // …and "12 in Hama and three in Idlib": each gapped count may be followed by another.
    let gapped = gappedAfter(ctx, a);
    for (let n = 0; gapped !== null && n < MAX_GAPPED; n++) {
      found = [...found, makeFound(gapped, subject.outcome, a, false)];
      gapped = gappedAfter(ctx, Math.max(gapped.end, gapped.victimsEnd) - 1);
    }
  }
  const gateAll = HARM_GATED_ALL.has(w);
  const gateSingle = HARM_GATED_SINGULAR.has(w);
  if (!gateAll && !gateSingle) return found;
  if (violentSentence(ctx)) return found;
  // "hurt millions of Americans" (an object) is figurative without violence; "two people were hurt" is not.
  // …and people missing are counted people ("three fishermen"), not things ("30,000 emails").
  const missing = w === 'missing' || w === 'unaccounted';
  return found.filter((f) => {
    if (f.phrase.kind !== 'counted' || !gateAll) return f.phrase.kind === 'counted';
    if (missing) return f.phrase.head >= 0 && isPersonHead(toks[f.phrase.head]!);
    return f.anchor > f.phrase.first;
  });
}

/**
 * Whether the outcome word at `a` is negated over its auxiliaries and adverbs ("Ibarra was not hurt",
 * "were never found dead", "did not kill"), not "not only killed".
 */
function negatedVerb(ctx: Ctx, a: number): boolean {
  const { toks } = ctx;
  for (let k = a - 1; k >= ctx.first && a - k <= 4; k--) {
    const t = toks[k]!;
    if (NEGATIVE_PARTICLES.has(t.lower)) return toks[k + 1]!.lower !== 'only';
    // Over auxiliaries, adverbs and the verb of "found dead", "shot dead".
    if (
      !BE.has(t.lower) &&
      !PERFECT.has(t.lower) &&
      !DO_FORMS.has(t.lower) &&
      !SHOT_DEAD.has(t.lower) &&
      t.pos !== 'ADV'
    )
      return false;
  }
  return false;
}

/**
 * An outcome verb after a modal or an intention is not a fact ("could kill thousands", "vowed to
 * kill them"): 'unreal'; after a bare "to" it states a purpose ("to wound Mr. Trump"): 'purpose'.
 */
function unreal(ctx: Ctx, a: number): 'unreal' | 'purpose' | null {
  const { toks } = ctx;
  let k = a - 1;
  while (k >= ctx.first && (toks[k]!.pos === 'ADV' || toks[k]!.lower === 'not' || toks[k]!.lower === 'be')) k--;
  if (k < ctx.first) return null;
  const w = toks[k]!.lower;
  if (MODALS.has(w)) return 'unreal';
  if (w !== 'to') return null;
  if (k - 1 >= ctx.first && isIntentVerb(toks[k - 1]!)) {
    // "The army was able to kill about 40 militants": a past ability achieved is a fact.
    const able = toks[k - 1]!.lower === 'able' && k - 2 >= ctx.first && PAST_BE_FORMS.has(toks[k - 2]!.lower);
    return able ? null : 'unreal';
  }
  const v = toks[a]!.lower;
  const base =
    verbOutcome(toks[a]!) !== undefined &&
    !(v.endsWith('ed') || v.endsWith('ing') || v.endsWith('s') || v.endsWith('slain') || v.endsWith('hurt'));
  return base && !(k - 1 >= ctx.first && toks[k - 1]!.lower === 'used') ? 'purpose' : null;
}

/**
 * "him", "her" (one person) or "them" (the people counted last, in this sentence or the one before).
 * The count is written where the people are named: when they are counted earlier in the same sentence
 * ("rounded up hundreds of tribesmen and executed them") the figure is that phrase, as the FA-KES dev
 * gold marks it; from the sentence before, the pronoun stands for them.
 */
function pronounObject(ctx: Ctx, k: number): Phrase | null {
  const { toks } = ctx;
  const w = toks[k]?.lower;
  // Written out in the field order of every other phrase (one hidden class for the rules' reads).
  if (w === 'him' || w === 'her')
    return {
      first: k,
      end: k + 1,
      victimsEnd: k + 1,
      key: k,
      min: 1,
      max: 1,
      approximate: false,
      victims: null,
      head: k,
      kind: 'singular',
    };
  if (w !== 'them') return null;
  const sentence = ctx.doc.sentences[toks[k]!.sentence]!;
  const previous = sentence.index > 0 ? ctx.doc.sentences[sentence.index - 1]! : sentence;
  const from = previous.paragraph === sentence.paragraph ? previous.firstToken : sentence.firstToken;
  const saved = ctx.first;
  ctx.first = from;
  try {
    for (let m = k - 1; m >= from; m--) {
      const p = readCounted(ctx, m);
      if (p === null || p.head < 0 || p.end > k || !isPersonHead(toks[p.head]!)) continue;
      if (m >= sentence.firstToken) return p;
      return {
        first: k,
        end: k + 1,
        victimsEnd: k + 1,
        key: k,
        min: p.min,
        max: p.max,
        approximate: p.approximate,
        victims: p.victims,
        head: k,
        kind: 'counted',
      };
    }
  } finally {
    ctx.first = saved;
  }
  return null;
}

/**
 * A killing told by its manner and a particle: "stabbed the mayor to death", "was beaten to
 * death", "shot dead the driver", "gunned them down", "two men were gunned down".
 */
/**
 * The one object of a verb of manner between `from` and `to` (a pronoun, a count, a description or a
 * name), killed at anchor `a`. (A function of its own, not a closure: no closure is made per anchor.)
 */
function mannerObject(ctx: Ctx, a: number, from: number, to: number, outcome: CasualtyOutcome = 'killed'): Found[] {
  const them = to === from + 1 ? pronounObject(ctx, from) : null;
  if (them !== null) return [makeFound(them, outcome, a, false)];
  const p = readCounted(ctx, from) ?? readSingular(ctx, from) ?? readName(ctx, from) ?? definiteCount(ctx, from);
  return p !== null && Math.max(p.end, p.victimsEnd) === to ? [makeFound(p, outcome, a, false)] : [];
}

/** A count after "the" or a possessive ("the three farmers", "his two sons"; the figure starts at the count, as an object's does). */
function definiteCount(ctx: Ctx, from: number): Phrase | null {
  const w = ctx.toks[from]?.lower;
  return w === 'the' || POSSESSIVES.has(w ?? '') ? readCounted(ctx, from + 1) : null;
}

/** A word that opens an object after "to death" ("three", "the", "a", a name). */
function postposedObject(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PROPN');
}

function mannerOfKilling(ctx: Ctx, a: number, w: string, prev: string): Found[] | null {
  const { toks } = ctx;
  if (w === 'death' && prev === 'to') {
    for (let v = a - 2; v >= ctx.first && v >= a - 14; v--) {
      if (!TO_DEATH.has(toks[v]!.lower)) continue;
      // A noun is no verb of manner ("a shot to death"), unless a subject stands before it and an object
      // after it ("the gunmen shot the judge and his bodyguard to death": "shot" read as a noun).
      // After a be-form it is the participle whatever its tag ("have been shot to death": "shot" read as a noun).
      // So is one right before the particle with a subject before it and its object after ("the
      // guerrillas shot to death three peasants").
      if (
        toks[v]!.pos === 'NOUN' &&
        !(v > ctx.first && BE_FORMS.has(toks[v - 1]!.lower)) &&
        !(v > ctx.first && SUBJECT_POS.has(toks[v - 1]!.pos) && (v < a - 2 || postposedObject(toks[a + 1])))
      )
        continue;
      // "stabbed the mayor to death": the object between; "was beaten to death": the subject.
      if (v < a - 2) {
        const one = mannerObject(ctx, a, v + 1, a - 1);
        if (one.length > 0) return one;
        // "shot the judge and his bodyguard to death": a list of objects that reaches "to".
        const listed = objectsAfter(ctx, v, 'killed', a);
        const last = listed[listed.length - 1];
        return last !== undefined && Math.max(last.phrase.end, last.phrase.victimsEnd) === a - 1 ? listed : [];
      }
      // "shot to death three peasants": the object after the particle (heavy-object postposing)
      const after =
        a + 1 < ctx.end && !STOP_AFTER_VERB.has(toks[a + 1]!.lower) ? objectsAfter(ctx, a, 'killed', a) : [];
      if (after.length > 0) return after;
      return subjectBefore(ctx, v, 'killed', { anchor: a, transitive: true, died: false });
    }
    return null;
  }
  if (w === 'dead' && SHOT_DEAD.has(prev) && a + 1 < ctx.end && !STOP_AFTER_VERB.has(toks[a + 1]!.lower)) {
    const found = objectsAfter(ctx, a, 'killed', a);
    return found.length > 0 ? found : null;
  }
  if (w !== 'down') return null;
  // "gunned down two men" / "gunned them down" / "were gunned down"
  if (GUNNED_DOWN.has(prev)) {
    const found = objectsAfter(ctx, a, 'killed', a).filter(
      (f) => f.phrase.kind !== 'counted' || (f.phrase.head >= 0 && isPersonHead(toks[f.phrase.head]!)),
    );
    if (found.length > 0) return found;
    return subjectBefore(ctx, a - 1, 'killed', { anchor: a, transitive: true, died: false });
  }
  // "gunned them down", "gunned the three farmers down", "mowed two shepherds down": the one object between.
  for (let v = a - 2; v >= ctx.first && v >= a - MANNER_OBJECT_REACH; v--) {
    const t = toks[v]!;
    if (GUNNED_DOWN.has(t.lower)) return mannerObject(ctx, a, v + 1, a);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',') break;
  }
  return [];
}

/** Most tokens from a verb of manner to its particle ("gunned the two off-duty police officers down"). */
const MANNER_OBJECT_REACH = 8;

/** The anchor word and its neighbours, as the rules of {@link figuresAtRaw} read them. */
interface Around {
  readonly w: string;
  readonly next: string | undefined;
  readonly prev: string;
}

/**
 * The rules an anchor is tried with, in order; each gives its figures, or `null` when the anchor is
 * not its kind of word (the next rule is tried).
 */
const RULES: readonly ((ctx: Ctx, a: number, x: Around) => Found[] | null)[] = [
  euphemismRule,
  (ctx, a, x) => mannerOfKilling(ctx, a, x.w, x.prev) ?? (x.w === 'down' ? [] : null),
  passiveKilledRule,
  tollRule,
  harmPhraseRule,
  victimsPartRule,
  countedPartRule,
  amongRule,
  hostageRule,
  possessiveRule,
  ofNounRule,
];

function figuresAtRaw(ctx: Ctx, a: number): Found[] {
  const { toks } = ctx;
  const x: Around = { w: toks[a]!.lower, next: toks[a + 1]?.lower, prev: a > ctx.first ? toks[a - 1]!.lower : '' };
  for (const rule of RULES) {
    const found = rule(ctx, a, x);
    if (found !== null) return found;
  }
  return wordClassRule(ctx, a, x);
}

/**
 * "Dozens of militants were also claimed in …", a headline's "33 Militants Claimed in Syria": the
 * passive of a verb of passiveKilled with counted people as its subject, and no object after it
 * ("the attack was claimed by Daesh" counts no one).
 */
function passiveKilledRule(ctx: Ctx, a: number, { w, next }: Around): Found[] | null {
  if (!PASSIVE_KILLED.has(w)) return null;
  const { toks } = ctx;
  const [, be] = skipBack(ctx, a - 1);
  const after = a + 1 < ctx.end ? toks[a + 1]! : undefined;
  const noObject = after === undefined || after.pos === 'ADP' || after.pos === 'PUNCT' || next === 'by';
  // Without a be-form only a headline's bare passive, right after the people counted (also where the
  // body repeats the headline in its title case: "13-08-2013 33 Militants Claimed in Syria …").
  const bare =
    !be &&
    a > ctx.first &&
    isPersonHead(toks[a - 1]!) &&
    (ctx.doc.zoneAt(toks[a]!.start) === 'headline' || (isCapitalised(toks[a]!) && isCapitalised(toks[a - 1]!)));
  if (!noObject || (!be && !bare)) return [];
  return subjectBefore(ctx, a, 'killed', { anchor: a, transitive: true, died: false }).filter(
    (f) => f.phrase.kind === 'counted' && f.phrase.head >= 0 && isPersonHead(toks[f.phrase.head]!),
  );
}

/**
 * "had "neutralised" 15 militants", "20 rebels were "liquidated"": an official word for killing that
 * the reporter quotes as the speaker's counts the people killed; unquoted it counts no one
 * ("neutralised the threat").
 */
function euphemismRule(ctx: Ctx, a: number, { w }: Around): Found[] | null {
  if (!QUOTED_EUPHEMISMS.has(w)) return null;
  const { toks } = ctx;
  if (a - 1 < ctx.first || a + 1 >= ctx.end) return [];
  if (!DOUBLE_QUOTATION_MARKS.has(toks[a - 1]!.value) || !DOUBLE_QUOTATION_MARKS.has(toks[a + 1]!.value)) return [];
  const found = objectsAfter(ctx, a + 1, 'killed', a).filter((f) => f.phrase.kind === 'counted');
  if (found.length > 0) return found;
  // The passive: the people before the opening mark ("15 militants were "neutralised"").
  const [, be] = skipBack(ctx, a - 2);
  if (!be) return [];
  return subjectBefore(ctx, a - 1, 'killed', { anchor: a, transitive: true, died: false }).filter(
    (f) => f.phrase.kind === 'counted',
  );
}

/** A toll and its count: "a death toll of 40", "the number of dead reached 9". */
function tollRule(ctx: Ctx, a: number, { w, next, prev }: Around): Found[] | null {
  const tollOutcome = TOLLS.get(w);
  if (tollOutcome !== undefined) {
    const o = TOLL_MODIFIERS.get(prev) ?? tollOutcome;
    return frontedToll(ctx, TOLL_MODIFIERS.has(prev) ? a - 1 : a, o, a) ?? tollScan(ctx, a + 1, o, a);
  }
  if (w !== 'number') return null;
  // "brought to 49 the number killed": the outcome right after "number".
  const direct = next === undefined ? undefined : NUMBER_OF.get(next);
  if (direct !== undefined) return frontedToll(ctx, a, direct, a) ?? [];
  if (next !== 'of') return [];
  for (let k = a + 2; k < Math.min(ctx.end, a + 9); k++) {
    const o = NUMBER_OF.get(ctx.toks[k]!.lower);
    if (o !== undefined) return frontedToll(ctx, a, o, a) ?? tollScan(ctx, k + 1, o, a);
  }
  return [];
}

/**
 * "brought to 49 the number killed", "raising to 52 the death toll": a count fronted before its
 * toll after "to" and a verb that sets it; `toll` is the toll phrase's first word after its
 * article ("number", "death" of "death toll").
 */
function frontedToll(ctx: Ctx, toll: number, outcome: CasualtyOutcome, anchor: number): Found[] | null {
  const { toks } = ctx;
  let k = toll - 1;
  if (k > ctx.first && (toks[k]!.lower === 'the' || toks[k]!.lower === 'its')) k--;
  for (let m = k; m > ctx.first + 1 && k - m < 6; m--) {
    if (toks[m - 1]!.lower !== 'to' || !TOLL_SETTERS.has(toks[m - 2]!.lower)) continue;
    const p = readCounted(ctx, m);
    return p !== null && p.end === k + 1 ? [makeFound(p, outcome, anchor, false)] : null;
  }
  return null;
}

/** Most tokens back from "and" to the verb of causing it coordinates under ("caused the death of a woman and"). */
const CAUSED_REACH = 12;

/** Whether `k` is an "and" coordinating under a verb of causing before it in the clause, with no other verb between. */
function causedBefore(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (toks[k]!.lower !== 'and') return false;
  for (let m = k - 1; m >= ctx.first && k - m <= CAUSED_REACH; m--) {
    const t = toks[m]!;
    if (CAUSED.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ';') return false;
  }
  return false;
}

/** Phrases of harm: "lost their lives", "suffered (minor) injuries", "causing injuries to a boy", "taken to hospital". */
function harmPhraseRule(ctx: Ctx, a: number, { w, next, prev }: Around): Found[] | null {
  const { toks } = ctx;
  // "lost their lives", "lost his life"
  if ((w === 'lives' || w === 'life') && POSSESSIVES.has(prev) && a - 2 >= ctx.first && LOST.has(toks[a - 2]!.lower)) {
    return subjectBefore(ctx, a - 2, 'killed', { anchor: a, transitive: false, died: true });
  }
  // "The owner lost both legs", "lost an eye": an injury.
  if (LOST_LIMBS.has(w)) {
    let k = a - 1;
    if (
      k > ctx.first &&
      (toks[k]!.lower === 'both' ||
        toks[k]!.lower === 'an' ||
        toks[k]!.lower === 'a' ||
        POSSESSIVES.has(toks[k]!.lower))
    )
      k--;
    // Only where violence is told ("lost a leg to diabetes" is no casualty).
    if (k >= ctx.first && LOST.has(toks[k]!.lower) && violentSentence(ctx))
      return subjectBefore(ctx, k, 'injured', { anchor: a, transitive: false, died: false });
    return null;
  }
  // "Dozens more received treatment for breathing problems" after an attack: an injury.
  if (w === 'treatment') {
    if (!SUFFERED.has(prev) || !violentSentence(ctx)) return [];
    return subjectBefore(ctx, a - 1, 'injured', { anchor: a, transitive: false, died: false });
  }
  // "Five people suffered burns", "were treated for fractures": an injury, only after such a verb.
  if (INJURY_NOUNS.has(w)) {
    let k = a - 1;
    while (k > ctx.first && k > a - 3 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--;
    if (k > ctx.first && toks[k]!.lower === 'for' && TREATED.has(toks[k - 1]!.lower)) k--;
    if (k < ctx.first || !(SUFFERED.has(toks[k]!.lower) || TREATED.has(toks[k]!.lower))) return [];
    // Only people told here, not a bare count ("Five nurses were hospitalised, and two were treated for
    // burns": the two are of the five).
    return subjectBefore(ctx, k, 'injured', { anchor: a, transitive: false, died: false }).filter(
      (f) => f.phrase.victims !== null || f.phrase.kind !== 'counted',
    );
  }
  if (w === 'injuries' || w === 'wounds') {
    let k = a - 1;
    while (
      k > ctx.first &&
      k > a - 4 &&
      (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV' || POSSESSIVES.has(toks[k]!.lower) || nounModifier(toks[k]!))
    )
      k--;
    // "treated for injuries"
    if (k > ctx.first && toks[k]!.lower === 'for' && TREATED.has(toks[k - 1]!.lower)) k--;
    // "three soldiers succumbed to their wounds": they died of them.
    if (k > ctx.first && toks[k]!.lower === 'to' && SUCCUMB_VERBS.has(toks[k - 1]!.lower))
      return subjectBefore(ctx, k - 1, 'killed', { anchor: a, transitive: false, died: true });
    if (k >= ctx.first && (SUFFERED.has(toks[k]!.lower) || TREATED.has(toks[k]!.lower))) {
      return subjectBefore(ctx, k, 'injured', { anchor: a, transitive: false, died: false });
    }
    // "causing serious injuries to a boy": the people after "to" (not "injuries to his head").
    // …and "caused the death of a woman and injuries to her two sons": coordinated under that verb.
    if (next === 'to' && k >= ctx.first && (CAUSED.has(toks[k]!.lower) || causedBefore(ctx, k))) {
      return objectsAfter(ctx, a + 1, 'injured', a).filter(
        (f) =>
          f.phrase.kind === 'named' ||
          (f.phrase.head >= 0 &&
            isPersonHead(toks[f.phrase.head]!) &&
            !RELATIONAL_HEADS.has(toks[f.phrase.head]!.lower)),
      );
    }
    // "The blast kills 35 and wounds dozens": a verb (tagged a noun) before a count, not after "of",
    // "for", an article or a possessive ("died of wounds", "his wounds").
    const before = a > ctx.first ? toks[a - 1]! : undefined;
    const nounBefore = before === undefined || before.pos === 'ADP' || before.pos === 'DET' || POSSESSIVES.has(prev);
    if (w === 'wounds' && !nounBefore && readQuantity(toks, a + 1, ctx.end) !== null) return null;
    return w === 'wounds' ? [] : null;
  }
  // "taken to hospital", "(still) in hospital"
  if (w !== 'hospital') return null;
  if (prev !== 'to' && prev !== 'in') return [];
  let k = a - 2;
  while (
    k >= ctx.first &&
    a - k < 6 &&
    (HOSPITAL_VERBS.has(toks[k]!.lower) || SKIPPABLE.has(toks[k]!.lower) || toks[k]!.pos === 'ADV')
  )
    k--;
  if (k === a - 2 && prev === 'to') return [];
  return subjectBefore(ctx, k + 1, 'injured', { anchor: a, transitive: false, died: false });
}

/** A singular common noun that modifies the next one ("gunshot wounds", "shrapnel injuries"): not a count, a name or a plural. */
function nounModifier(t: Token): boolean {
  return t.pos === 'NOUN' && t.shape === 'word' && !t.lower.endsWith('s');
}

/** "Four of the victims were police officers": a part of a whole told before (the outcome is settled by it). */
function victimsPartRule(ctx: Ctx, a: number, { w, prev }: Around): Found[] | null {
  if (!PARTITIVE_VICTIMS.has(w)) return null;
  if ((prev !== 'the' && prev !== 'those') || a - 2 < ctx.first || ctx.toks[a - 2]!.lower !== 'of') return [];
  return partitiveBefore(ctx, a, 'killed').map((f) => ({ ...f, wholeNeeded: true }));
}

/** Verbs that give the number of the dead or wounded named before them ("the dead numbered 40"). */
const NUMBERED = new Set(['numbered', 'number', 'numbers', 'totalled', 'totaled', 'totals', 'total']);
/** Most tokens of the adjunct between a fronted participle and its BE ("in the attack on the market"). */
const MAX_FRONTED_ADJUNCT = 8;
/** What may stand right before a fronted participle: the clause opens there (quotation marks, a colon, a dash). */
const CLAUSE_OPENERS = new Set(['"', '“', "'", '‘', ':', ';', ...DASHES]);

/**
 * "Killed in the attack were two guards and a cook", "Also wounded was a nurse": a participle that
 * opens its clause (after "also" at most), an adjunct opened by a preposition or nothing, then a form
 * of BE — the people follow it (subject-verb inversion). The BE token, or -1.
 */
function frontedParticiple(ctx: Ctx, a: number, w: string): number {
  const { toks } = ctx;
  if (!isParticiple(w)) return -1;
  let s = a - 1;
  if (s >= ctx.first && toks[s]!.lower === 'also') s--;
  if (s >= ctx.first && !CLAUSE_OPENERS.has(toks[s]!.value)) return -1;
  const next = toks[a + 1];
  if (next === undefined || a + 1 >= ctx.end) return -1;
  if (BE_FORMS.has(next.lower)) return a + 1;
  if (next.pos !== 'ADP') return -1;
  for (let k = a + 2; k < ctx.end && k - a <= MAX_FRONTED_ADJUNCT; k++) {
    const t = toks[k]!;
    if (BE_FORMS.has(t.lower)) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** "11 of the injured", "two of whom were among the dead", "among those killed", "Among the dead were …". */
function amongRule(ctx: Ctx, a: number, { w, next, prev }: Around): Found[] | null {
  const outcomeWord = NOUNS.get(w) ?? verbOutcome(ctx.toks[a]!) ?? INTRANSITIVE.get(w);
  if (outcomeWord === undefined) return null;
  const fronted = frontedParticiple(ctx, a, w);
  if (fronted > 0) {
    const found = objectsAfter(ctx, fronted, outcomeWord, a);
    if (found.length > 0) return found;
  }
  // "The dead numbered at least 40", "the wounded totalled 112": the people as a whole, counted after.
  if (prev === 'the' && next !== undefined && NUMBERED.has(next)) {
    const p = readCounted(ctx, a + 2);
    if (p !== null) return [makeFound(p, outcomeWord, a, false)];
  }
  if (a - 2 < ctx.first) return null;
  const before = ctx.toks[a - 2]!.lower;
  if ((prev === 'the' || prev === 'those') && before === 'among') {
    // "Among the dead were four staff and five children"
    if (next === 'were' || next === 'are' || next === 'was' || next === 'is')
      return objectsAfter(ctx, a + 1, outcomeWord, a);
    return subjectBefore(ctx, a - 2, outcomeWord, { anchor: a, transitive: false, died: false });
  }
  if (prev === 'the' && before === 'of') {
    const found = partitiveBefore(ctx, a, outcomeWord);
    // "Two of the wounded later died", "three of the hostages died": dead, a part of the others.
    if (found.length > 0 && outcomeWord !== 'killed' && diesAfter(ctx, a + 1))
      return found.map((f) => ({ ...f, outcome: 'killed', wholeOutcome: outcomeWord }));
    if (found.length > 0) return found;
  }
  // "Among the priests murdered was Father X", "among the soldiers killed were two colonels".
  if (
    (next === 'were' || next === 'are' || next === 'was' || next === 'is') &&
    a - 3 >= ctx.first &&
    ctx.toks[a - 3]!.lower === 'among' &&
    (before === 'the' || before === 'those') &&
    ctx.toks[a - 1]!.pos === 'NOUN' &&
    prev.endsWith('s')
  )
    return objectsAfter(ctx, a + 1, outcomeWord, a);
  return null;
}

/** How many adverbs or auxiliaries may stand between a subject and "died" ("later", "have since"). */
const DIES_REACH = 3;

/**
 * Whether the predicate at `k` tells that its subject died: "died", "perished" or "succumbed", after
 * at most {@link DIES_REACH} adverbs or auxiliaries ("later died", "have since died").
 */
function diesAfter(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  let passive = false;
  for (let n = 0; k < ctx.end && n <= DIES_REACH; n++, k++) {
    const t = toks[k]!;
    if (SUCCUMB_VERBS.has(t.lower) || (t.pos === 'VERB' && INTRANSITIVE.get(t.lower) === 'killed')) return true;
    // "were (later) killed", "were executed": the passive of a verb of killing.
    if (passive && t.pos === 'VERB' && verbOutcome(t) === 'killed') return true;
    // "have not died", "were never killed": a negated predicate tells no death.
    if (t.lower === 'not' || t.lower === 'never' || t.lower === "n't") return false;
    if (!SKIPPABLE.has(t.lower) && t.pos !== 'ADV') return false;
    if (BE.has(t.lower)) passive = true;
  }
  return false;
}

/** The determiners of a counted whole a part is taken of ("two of the 30 injured", "three of those five hostages"). */
const WHOLE_DETERMINERS = new Set(['the', 'those', 'these']);

/**
 * "Three of the five hostages died", "two of the 30 injured were children": a count of some of the
 * people a counted outcome noun names right after "of the". The whole keeps the figure its own rules
 * read (the abducted, the injured); the part is a figure of its own, a part of it, dead when its
 * predicate tells so ("died", "were killed"), else of the whole's outcome. `null` when the anchor is
 * no such noun (the next rule is tried).
 */
function countedPartRule(ctx: Ctx, a: number, x: Around): Found[] | null {
  const outcome = NOUNS.get(x.w);
  if (outcome === undefined || ctx.toks[a - 1]?.pos !== 'NUM') return null;
  const { toks } = ctx;
  // The whole's count, right before the noun ("30", "twenty-five"), after "of the".
  let det = a - 2;
  while (det >= ctx.first && a - det <= 3 && !WHOLE_DETERMINERS.has(toks[det]!.lower)) det--;
  if (det - 2 < ctx.first || a - det > 3 || toks[det - 1]!.lower !== 'of') return null;
  const q = readQuantity(toks, det + 1, ctx.end);
  if (q === null || q.firstToken !== det + 1 || q.endToken !== a || q.vague) return null;
  const read = wordClassRule(ctx, a, x).find((f) => f.phrase.first === det + 1 && f.phrase.end <= a + 1);
  if (read === undefined) return null;
  // "the 30 injured": the whole is the count with its noun.
  const whole = read.phrase.end === a ? { ...read, phrase: { ...read.phrase, end: a + 1, victimsEnd: a + 1 } } : read;
  const found = partitiveBefore(ctx, det + 1, whole.outcome)[0];
  if (found === undefined || found.share !== undefined) return [whole];
  const p = found.phrase;
  if (p.min === null || (whole.phrase.min !== null && p.min >= whole.phrase.min)) return [whole];
  const dies = outcome !== 'killed' && diesAfter(ctx, a + 1);
  const part = makeFound({ ...p, end: a + 1, victimsEnd: a + 1 }, dies ? 'killed' : whole.outcome, a, false, {
    parent: whole,
    relation: 'part',
    wholeOutcome: dies ? whole.outcome : undefined,
  });
  return [whole, part];
}

/** "taken hostage", "held hostages". */
function hostageRule(ctx: Ctx, a: number, { w, prev }: Around): Found[] | null {
  if (w !== 'hostage' && !(w === 'hostages' && HELD.has(prev))) return null;
  if (HELD.has(prev)) return subjectBefore(ctx, a - 1, 'abducted', { anchor: a, transitive: false, died: false });
  // "are holding 20 passengers hostage", "took two policemen hostage": the one object before "hostage".
  for (let v = a - 2; v >= ctx.first && v >= a - MANNER_OBJECT_REACH; v--) {
    const t = ctx.toks[v]!;
    if (HOLD_HOSTAGE.has(t.lower)) {
      // The object read as a phrase of its own, the clause cut before "hostage" ("passengers hostage" is no noun compound).
      const end = ctx.end;
      ctx.end = a;
      try {
        return mannerObject(ctx, a, v + 1, a, 'abducted');
      } finally {
        ctx.end = end;
      }
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',') break;
  }
  return [];
}

/** The verbs that hold their object "hostage" ("holding 20 passengers hostage", "took two policemen hostage"). */
const HOLD_HOSTAGE = new Set([
  'hold',
  'holds',
  'holding',
  'held',
  'take',
  'takes',
  'taking',
  'took',
  'taken',
  'keep',
  'keeps',
  'keeping',
  'kept',
]);

/** The nouns of one killing that take their victim as a possessive ("the mayor's murder"). */
const POSSESSED_KILLINGS = new Set(['murder', 'assassination', 'killing', 'slaying', 'death', 'execution']);
/** Their plurals, whose possessive owner is counted people ("the two journalists' deaths"). */
const POSSESSED_KILLINGS_PLURAL = new Set([
  'murders',
  'assassinations',
  'killings',
  'slayings',
  'deaths',
  'executions',
]);

/**
 * "Magistrate Carlos Valencia's murder", "the mayor's assassination": the one victim before "'s".
 * Not "the army's killing of …" (the owner is the killer).
 */
function possessiveRule(ctx: Ctx, a: number, { w, next, prev }: Around): Found[] | null {
  if (prev !== "'s" && prev !== '’s' && prev !== "'" && prev !== '’') return null;
  const plural = POSSESSED_KILLINGS_PLURAL.has(w) && (prev === "'" || prev === '’');
  if ((!plural && !POSSESSED_KILLINGS.has(w)) || next === 'of') return null;
  if (a - 2 < ctx.first) return [];
  // The owner is read as a phrase of its own, the sentence cut before "'s".
  const end = ctx.end;
  ctx.end = a - 1;
  try {
    // "the two journalists' deaths": counted people own the deaths.
    if (plural) {
      const counted = countedEndingAt(ctx, a - 1, a);
      return counted === null ? [] : [makeFound(counted, 'killed', a, false)];
    }
    // The owner may follow any word ("denounced X's assassination"): read as after a relative pronoun.
    const p = singularEndingAt(ctx, a - 1, false, true);
    return p === null ? [] : [makeFound(p, 'killed', a, false)];
  } finally {
    ctx.end = end;
  }
}

/** A noun with "of": "the deaths of 12 people", "claimed the lives of", "57 corpses of farmers". */
function ofNounRule(ctx: Ctx, a: number, { w, next }: Around): Found[] | null {
  const ofOutcome = OF_NOUNS.get(w);
  if (ofOutcome === undefined) return null;
  // "the assassination in Tegucigalpa of X", "the murder on 26 February of X": a place or date between.
  const ofAt = next === 'of' ? a + 1 : ofAfterAdjunct(ctx, a);
  if (ofAt < 0) return null;
  const { toks } = ctx;
  // "the lives of" counts deaths only after "claimed", "took", "cost": not "pieced together the lives of".
  if (w === 'lives' || w === 'life') {
    let k = a - 1;
    if (k >= ctx.first && (toks[k]!.lower === 'the' || POSSESSIVES.has(toks[k]!.lower))) k--;
    if (k < ctx.first || !TAKE_LIVES.has(toks[k]!.lower)) return [];
  }
  const found = objectsAfter(ctx, ofAt, ofOutcome, a);
  // Past an adjunct, nothing read: the word's other rules are tried.
  if (found.length === 0 && ofAt !== a + 1) return null;
  // "57 corpses of farmers": no count after "of", the count before the noun.
  const nounOutcome = NOUNS.get(w);
  if (found.length > 0 || nounOutcome === undefined) return found;
  return nounRule(ctx, a, nounOutcome);
}

/** How far before "and another" the people it adds one to are looked for ("one soldier was killed and another"). */
const ANOTHER_REACH = 8;

/**
 * "One soldier was killed and another (was) wounded": "another" on its own as the subject of a
 * coordinated clause, one more person; the phrase of that one word, or `null`.
 */
function anotherBefore(ctx: Ctx, a: number): Phrase | null {
  const { toks } = ctx;
  const [j] = skipBack(ctx, a - 1);
  if (j - 1 < ctx.first || toks[j]!.lower !== 'another') return null;
  const link = toks[j - 1]!;
  if (link.lower !== 'and' && link.lower !== 'while' && link.value !== ',') return null;
  // One more of the people of the clause before ("one plan and another was killed" is no one).
  for (let k = j - 2; k >= ctx.first && j - k <= ANOTHER_REACH; k--) {
    const t = toks[k]!;
    if (isSingularHead(t.lower) || isPersonHead(t)) return { ...singularPhrase(j, j, ''), victims: null };
  }
  return null;
}

/** The anchor by its word class: a verb, an intransitive ("six people died"), a noun ("six deaths"). */
function wordClassRule(ctx: Ctx, a: number, { w, next }: Around): Found[] {
  const { toks } = ctx;
  const t = toks[a]!;
  const verbO = verbOutcome(t);
  // A Title-Case headline's verb the tagger reads as a name ("…, Wounds 20 In Capital") has its count right after it.
  const titleVerb = t.pos === 'PROPN' && a + 1 < ctx.end && readQuantity(toks, a + 1, ctx.end) !== null;
  if (
    verbO !== undefined &&
    (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'AUX' || t.pos === 'NOUN' || titleVerb)
  ) {
    const found = verbRule(ctx, a, verbO);
    if (found.length > 0) return found;
    const other = anotherBefore(ctx, a);
    if (other !== null) return [makeFound(other, verbO, a, false)];
  }
  const intrOutcome = INTRANSITIVE.get(w);
  // "is missing its goal": missing with an object is not missing people.
  if (w === 'missing' && next !== undefined && a + 1 < ctx.end) {
    const n = toks[a + 1]!;
    if (n.pos === 'DET' || n.pos === 'NOUN' || n.pos === 'PROPN' || POSSESSIVES.has(n.lower)) return [];
  }
  if (intrOutcome !== undefined) {
    const found = subjectBefore(ctx, a, intrOutcome, { anchor: a, transitive: false, died: DIED.has(w) });
    if (found.length > 0) return found;
  }
  const listed = namesAfterColon(ctx, a, intrOutcome ?? verbO ?? NOUNS.get(w));
  if (listed.length > 0) return listed;
  const nounOutcome = NOUNS.get(w);
  if (nounOutcome !== undefined) return nounRule(ctx, a, nounOutcome);
  return [];
}

/**
 * "The following policemen died in combat: Major X, Captain Y and Sergeant Z": the names listed
 * after a colon that closes the outcome's clause, each a figure; so too after "the dead were
 * identified as".
 */
export function namesAfterColon(ctx: Ctx, a: number, outcome: CasualtyOutcome | undefined, identifiedAt = -1): Found[] {
  const { toks } = ctx;
  if (outcome === undefined) return [];
  let k = a + 1;
  // "The dead were identified as X and Y": "the dead" (or "the bodies") named after "identified as".
  let named =
    a > ctx.first &&
    toks[a - 1]!.lower === 'the' &&
    toks[a + 1]?.lower === 'were' &&
    IDENTIFIED.has(toks[a + 2]?.lower ?? '') &&
    toks[a + 3]?.lower === 'as';
  if (named) k = a + 3;
  // …with an aside between the subject and its verb, found by the caller ("The victims, who …, were identified as").
  else if (identifiedAt > a && toks[identifiedAt + 1]?.lower === 'as') {
    named = true;
    k = identifiedAt + 1;
  }
  // "identified the dead (men) as X, 38, and Y, 42"
  else if (a - 2 >= ctx.first && toks[a - 1]!.lower === 'the' && IDENTIFIED.has(toks[a - 2]!.lower)) {
    const as =
      toks[a + 1]?.lower === 'as' ? a + 1 : toks[a + 2]?.lower === 'as' && isVictimHead(toks[a + 1]!) ? a + 2 : -1;
    if (as > 0) {
      named = true;
      k = as;
    }
  }
  while (!named && k < ctx.end && k - a <= 8 && toks[k]!.value !== ':') {
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return [];
    k++;
  }
  if (k >= ctx.end || (!named && toks[k]!.value !== ':')) return [];
  const out: Found[] = [];
  for (let m = k + 1; m < ctx.end && out.length < 40;) {
    if (toks[m]!.lower === 'and') m++;
    // A list after a colon or "identified as" is of names: a lowered given name starts one too.
    // "First Sergeant X": an ordinal before the rank; "Agent X", "Guard X": a role word before the name.
    const t = toks[m];
    const p =
      readName(ctx, m, false, true) ??
      (t !== undefined && (t.pos === 'ADJ' || isSingularHead(t.lower)) ? readName(ctx, m + 1, false, true) : null);
    if (p === null) break;
    out.push(makeFound(p, outcome, a, false));
    m = p.end;
    // "X, 38, and Y, 42": an age after the name.
    if (toks[m]?.value === ',' && toks[m + 1]?.pos === 'NUM' && toks[m + 2]?.value === ',') m += 2;
    if (toks[m]?.value === ',') m++;
    else if (toks[m]?.lower !== 'and') break;
  }
  return out;
}
