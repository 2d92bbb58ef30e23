/**
 * One speech cue → its speaker and its content: the attribution before the
 * content (`X said (that) …`, `X said: “…”`, `X told AFP …`, `According to X,
 * …`), after it (`…, X said.`, `“…,” he said`, `…, said X`, `…, according
 * to X`), or carried from the clause (`…, saying …`, `… and said …`).
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import { isAge, memberIntroducerBefore, resolveActor, speakerActor, type ResolvedActor } from '../actors/speaker.js';
import { quoteMarks, type QuoteMarks, type QuotedSpan } from '../marks/index.js';
import { timeEntities, type TimeIndex } from '../actors/entities.js';
import type { CueMatch } from './cues.js';
import {
  coordinatedVerbAt,
  countedConjunct,
  countOpensClause,
  endsContentBefore,
  headClosesPhrase,
  lostCommaFinal,
} from './reports.js';
import { cueVerb, impersonalPassive, isMark } from './cues.js';
import { isNameToken, isParticle } from '../actors/names.js';
import { firstNameGender, isDescriptionHead, isMediaHead, isTemporal, roleAt, titleAt } from '../actors/lexicon.js';
import { canonicalActor } from '../actors/known.js';
import { isPlaceWord, placeGovernmentAt } from '../actors/context.js';
import { entityRegistry, isPossessive, textOf } from '../actors/registry.js';
import nounVerbForms from '../lexicon/en/noun-verb-forms.json';
import anaphoricHeads from '../lexicon/en/anaphoric-heads.json';
import { npBack, sentenceSubject, skipAddressee, skipAdjuncts, skipBackBetween } from '../syntax/phrases.js';
import { negatesVerb } from '../syntax/negation.js';
import { groupOf } from '../numbers/index.js';
import {
  isCapitals,
  hasParticipleEnding,
  isGluedHyphen,
  isPrenominalParticiple,
  startsAsciiUpper,
  titleCaseSentence,
} from '../syntax/tokens.js';
import {
  ADVERBIAL_SUBORDINATORS,
  BE_FORMS,
  CLAUSE_PREPOSITIONS,
  APPOSITION_OPENERS,
  INTERROGATIVES,
  CONDITIONALS,
  ARTICLES,
  FREE_RELATIVES,
  RECORD_SOURCES,
  INFINITIVE_CARRIERS,
  NON_RESTRICTIVE_RELATIVES,
  PLURAL_MODIFIERS,
  POSSESSIVE_DETERMINERS,
  RELATIVE_PRONOUNS,
  SPEAKER_MODIFIERS,
  LOCATIVE_PREPOSITIONS,
  PLACE_NOUNS,
  EMPTY_OBJECTS,
  QUOTING_VERBS,
  REDUCED_CLAUSE_OPENERS,
  ROLE_PREPOSITIONS,
  IDENTITY_VERBS,
  ATTRIBUTION_PARTICIPLES,
  OBJECT_PRONOUNS,
  SUBJECT_PRONOUNS,
  CONTENT_CUTS,
  QUANTIFIER_SUBJECTS,
  RELATIVE_HEADS,
  PHRASAL_PARTICLES,
  GERUND_PREPOSITIONS,
  COMMENT_NOUNS,
  VERIFICATION_WORDS,
} from '../lexicon/en/index.js';

/**
 * What one cue attributes.
 *
 * @example
 * ```ts
 * // "Officials said the road was closed." → { speaker: { name: 'Officials', … }, content: [2, 7], direct: null, … }
 * ```
 */
export interface Attribution {
  readonly cue: CueMatch;
  /** First token of the attribution (subject, coordinator or participle comma). */
  readonly leftBound: number;
  /** The speaker, or `null` when the phrase names nobody. */
  readonly speaker: ResolvedActor | null;
  /** Content tokens [first, end), or `null` when the cue has none here. */
  readonly content: readonly [number, number] | null;
  /** The quoted span the content is exactly (a direct quote), or `null`. */
  readonly direct: QuotedSpan | null;
  /** Confidence of the structure (before the speaker's). */
  readonly confidence: number;
}

const RELATIVE = RELATIVE_PRONOUNS;
/** The words that open a relative clause a cue can sit in (`which he said`, `what analysts said`). */
const CUE_RELATIVES: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...FREE_RELATIVES]);
const RELATIVE_OPENERS = NON_RESTRICTIVE_RELATIVES;
/** Punctuation that ends a noun phrase read forward. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?']);
const SECOND_PREDICATE = new Set(['then', 'and', 'but']);

const NOUN_VERBS = new Set(nounVerbForms.words);
/** Documents that speak for their issuer (`report`, `statement`): a name after one opens the content. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(anaphoricHeads.documents);

/**
 * Whether the token at `k`, tagged a noun, is the verb of its clause: a verb form
 * the tagger misreads (data: noun-verb-forms.json) right after the subject's head
 * and before a preposition, article, number, `to` or the clause end
 * (`the city plans to rebuild`, `residents drank from the river`).
 */
/** The parts of speech that open a verb's object after an adjective (`shot dead three …`, `took full control`). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['NUM', 'DET', 'NOUN']);

function isTaggedNounVerb(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  const listed = NOUN_VERBS.has(t.lower);
  if (!listed && !pastFormAsNoun(t.lower)) return false;
  const prev = toks[k - 1];
  // ("the wounded drank …": an adjective an article makes the subject's head.)
  const adjectiveHead = prev?.pos === 'ADJ' && toks[k - 2]?.pos === 'DET';
  if (prev === undefined || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || adjectiveHead))
    return false;
  if (prev.pos === 'PRON' && !isSubjectPronoun(prev.lower)) return false;
  const next = toks[k + 1];
  if (next === undefined) return true;
  return (
    next.pos === 'ADP' ||
    next.pos === 'DET' ||
    next.pos === 'NUM' ||
    next.pos === 'PART' ||
    next.lower === 'to' ||
    (next.pos === 'PUNCT' && next.value !== '-') ||
    // "the gunmen shot them", "the soldiers held him": a listed form before an object pronoun, which
    // no noun takes ("the deals they signed" has a subject pronoun, a relative clause).
    (listed && OBJECT_PRONOUNS.has(next.lower)) ||
    // "the boys drank water": a listed past form (no -s form, which compounds take: "peace deals")
    // before a bare noun object.
    (listed && !t.lower.endsWith('s') && next.pos === 'NOUN') ||
    // "gunmen shot dead three worshippers", "rebels took full control of …": a listed form, an
    // adjective, then its object's determiner, number or noun.
    (listed && next.pos === 'ADJ' && OBJECT_OPENERS.has(toks[k + 2]?.pos ?? '')) ||
    // "the family deserved better", "officials claimed victory": a past form before its complement.
    (!listed && (next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'PRON'))
  );
}

/**
 * Whether the word at `k`, tagged a noun, is the present-tense verb of a clause that opens at `a`
 * with its subject (`the new dam amounts to theft`, `the plan rewards the rich`, `the deal hinges on
 * the vote`): an -s form right after a singular head noun, the subject a determiner opens at `a`
 * with only adjectives and nouns between, and before an article, preposition, number or `to` — no
 * noun phrase runs on like that (`army units to the border` has no determiner).
 */
function presentAsNoun(doc: Document, a: number, k: number): boolean {
  const toks = doc.tokens;
  const next = toks[k + 1];
  // ("the blast targets collaborators": before a bare plural object too; no compound runs N N-s N-s.)
  if (!isPresentForm(toks[k]!.lower) || !(beforeComplement(next) || pluralNoun(next))) {
    return pluralSubjectPresent(doc, a, k);
  }
  const prev = toks[k - 1]!;
  if (prev.pos !== 'NOUN' || prev.lower.endsWith('s') || k - 1 <= a) return false;
  let d = k - 2;
  while (d > a && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN')) d--;
  return d === a && toks[d]!.pos === 'DET';
}

/** Whether a token is a plural common noun (`collaborators`), not an `-ss`/`-us`/`-is` one. */
function pluralNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && isPresentForm(t.lower);
}

/**
 * Whether the word at `k`, tagged a noun, is the base present form after a plural subject that opens
 * the clause at `a` (`the rebels shell the town`, `fighters control the main road`): no -s, right
 * after a plural head noun (only a determiner and adjectives before it), before an article,
 * possessive or number — a plural noun modifies no other noun so.
 */
function pluralSubjectPresent(doc: Document, a: number, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  if (t.lower.endsWith('s') || t.lower.length < 4 || next === undefined) return false;
  if (!(next.pos === 'DET' || next.pos === 'NUM' || POSSESSIVE_DETERMINERS.has(next.lower))) return false;
  if (!pluralNoun(toks[k - 1]) || k - 1 < a) return false;
  let d = k - 2;
  while (d >= a && toks[d]!.pos === 'ADJ') d--;
  return d < a || (d === a && toks[d]!.pos === 'DET');
}

/** Whether a word has the shape of a third-person present form (`amounts`, `floods`), not of `-ss`, `-us`, `-is` nouns. */
function isPresentForm(w: string): boolean {
  return w.length >= 5 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

/** Whether a token may open a verb's complement: an article, possessive, preposition, number or `to`. */
function beforeComplement(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM' || t.pos === 'PART' || POSSESSIVE_DETERMINERS.has(t.lower))
  );
}

/** Whether a lower-case pronoun is a personal subject pronoun (`he`, `they`), a clause's subject. */
function isSubjectPronoun(lower: string): boolean {
  return SUBJECT_PRONOUNS.has(lower);
}

/**
 * Whether the phrase at `a` opens with a verb in the past with its complement, a predicate and not a
 * noun phrase: a past form (tagged a verb, an adjective, or a listed form tagged a noun) after a comma
 * inside the sentence, before a particle, preposition, article, number or object pronoun
 * (`…, rounded up the farmers`, `…, shot them`). Not an -ing form (`wearing a hat`).
 */
function opensPredicate(doc: Document, a: number, floor: number): boolean {
  const toks = doc.tokens;
  if (a <= floor || toks[a - 1]!.value !== ',') return false;
  if (toks[a]?.pos === 'CCONJ') a++; // "…, and shot them, said …"
  const t = toks[a];
  if (t === undefined || t.lower.endsWith('ing')) return false;
  const past =
    (t.pos === 'VERB' && endsInPastParticiple(t.lower)) ||
    (t.pos === 'ADJ' && pastFormAsNoun(t.lower)) ||
    (t.pos === 'NOUN' && NOUN_VERBS.has(t.lower));
  const next = toks[a + 1];
  return (
    past &&
    next !== undefined &&
    (next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'NUM' || OBJECT_PRONOUNS.has(next.lower))
  );
}

/** Whether the stretch between the last comma before `p` (a comma) and `p` opens a predicate. */
function predicateBefore(doc: Document, p: number, floor: number): boolean {
  const toks = doc.tokens;
  let a = p - 1;
  while (a > floor && toks[a - 1]!.value !== ',') a--;
  return opensPredicate(doc, a, floor);
}

/**
 * Whether the word at `k`, tagged an adjective, is the past verb of its clause: a regular past form
 * (`rounded`, `looted`) right after the subject's head noun, name or pronoun and before a particle,
 * preposition, article, number or object pronoun (`Gunmen rounded up the farmers`, `The fighters looted
 * the shops`), not before the noun it modifies (`armed men`).
 */
function isTaggedAdjectiveVerb(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (t.pos !== 'ADJ' || !pastFormAsNoun(t.lower)) return false;
  const prev = toks[k - 1];
  if (
    prev === undefined ||
    !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'PRON' && isSubjectPronoun(prev.lower)))
  )
    return false;
  const next = toks[k + 1];
  return (
    next !== undefined &&
    (next.pos === 'ADP' ||
      next.pos === 'DET' ||
      next.pos === 'NUM' ||
      OBJECT_PRONOUNS.has(next.lower) ||
      // "said it avenged their commander", "soldiers looted their shops": a possessive opens the object.
      POSSESSIVE_DETERMINERS.has(next.lower))
  );
}

/**
 * Whether the word at `k`, tagged a noun, opens a predicate ("His wife, he says, plans to leave"): a
 * verb form the tagger misreads (noun-verb-forms.json, or a regular past form) before a preposition,
 * article, `to` or a particle.
 */
function nounVerbOpens(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (t.pos !== 'NOUN' || !(NOUN_VERBS.has(t.lower) || pastFormAsNoun(t.lower))) return false;
  const next = toks[k + 1];
  return next !== undefined && (next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'PART' || next.lower === 'to');
}

/**
 * Whether a word tagged a noun has the shape of a regular past form (`deserved`, `claimed`): -ed after
 * a consonant or `v` (`deserved`), not the nouns of that shape (`need`, `seabed`, `hundred`, `hatred`).
 */
function pastFormAsNoun(lower: string): boolean {
  return (
    lower.length >= 6 &&
    lower.endsWith('ed') &&
    !(lower.endsWith('eed') || lower.endsWith('bed') || lower.endsWith('dred') || lower.endsWith('tred'))
  );
}

/** Whether a word ends like a past participle (`asked`, `told`, `shown`, `given`). */
function endsInPastParticiple(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('ld') || lower.endsWith('wn') || lower.endsWith('en');
}

/**
 * Whether the noun at `n` is a record or statement introduced by `a` after a preposition (`in a
 * statement`, `in a report`): a new record, not the subject's own noun (`the figures in the report`).
 */
function inRecordPhrase(toks: readonly Token[], n: number): boolean {
  if (toks[n]?.pos !== 'NOUN' || !RECORD_SOURCES.has(toks[n]!.lower)) return false;
  const article = toks[n - 1]?.lower;
  return (article === 'a' || article === 'an') && toks[n - 2]?.pos === 'ADP';
}

/** Whether a word is all capitals, two letters or more ("IS", "NATO"). */
function isAllCaps(v: string): boolean {
  return v.length >= 2 && isCapitals(v);
}

/** Whether the token is the -ing form of a speech cue verb (`adding`, `saying`, `noting`). */
function isSpeechParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing') && cueVerb(t.lower) !== null;
}

/** Whether a lower-case word ends in -ing or -ed. */
function isParticipleForm(lower: string): boolean {
  return lower.endsWith('ing') || lower.endsWith('ed');
}

/**
 * Whether [a, b) has a finite verb outside a relative clause (a clause, not a noun phrase).
 *
 * @example
 * ```ts
 * const doc = parse('the blaze started in the kitchen');
 * hasFiniteVerb(doc, 0, 6); // true
 * hasFiniteVerb(doc, 0, 6, false); // false (read as a noun phrase: "the blaze started …" as a participle)
 * ```
 */
export function hasFiniteVerb(doc: Document, a: number, b: number, clause = true): boolean {
  const toks = doc.tokens;
  let depth = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.value === '(') depth++;
    else if (t.value === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (RELATIVE.has(t.lower) && k > a && t.pos !== 'SCONJ') {
      // A relative clause: skip to its closing comma, or (the comma lost) past its own verb group
      // ("the school that served as a shelter was destroyed").
      let j = k + 1;
      // "Tourists who swam near the wreck were …": a verb form the tagger read as a noun, right
      // after the relative word, is the relative clause's verb.
      const nounVerb = j < b && toks[j]!.pos === 'NOUN' && NOUN_VERBS.has(toks[j]!.lower);
      while (j < b && toks[j]!.value !== ',' && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX' && !nounVerb) j++;
      while (j < b && toks[j]!.pos === 'AUX') j++;
      if (j < b && (toks[j]!.pos === 'VERB' || nounVerb)) j++;
      let comma = j;
      while (comma < b && toks[comma]!.value !== ',') comma++;
      k = comma < b ? comma : j - 1;
      continue;
    }
    if (isAllCaps(t.value)) continue; // "IS", an acronym the tagger read as a verb
    // "Human Rights Watch", "the Ways and Means Committee": a capitalised word inside a name.
    if (
      k > a &&
      startsAsciiUpper(t.value) &&
      (startsAsciiUpper(toks[k - 1]!.value) || startsAsciiUpper(toks[k + 1]?.value ?? ''))
    )
      continue;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'NOUN' && k > a && (isTaggedNounVerb(doc, k) || presentAsNoun(doc, a, k))) return true;
    // ("a group based in London": read as a noun phrase, an -ed adjective after a noun is a participle.)
    if (clause && k > a && isTaggedAdjectiveVerb(doc, k)) return true;
    if (t.pos === 'VERB') {
      const prev = toks[k - 1];
      if (prev !== undefined && (prev.lower === 'to' || prev.value === '-')) continue;
      if (k > a && t.lower.endsWith('ing')) continue;
      // In a noun phrase "a group based in …" the -ed form is a participle; read as a clause, "the blaze started".
      if (
        !clause &&
        t.lower.endsWith('ed') &&
        prev !== undefined &&
        (prev.pos === 'NOUN' || prev.pos === 'DET') &&
        k > a + 1
      )
        continue;
      if (t.lower === 'lead' && toks[k + 1]?.pos === 'NOUN') continue;
      if (k > a && isPrenominalParticiple(toks, k)) continue; // "the first reported death"
      return true;
    }
  }
  return false;
}

/**
 * Whether the words before the comma at `p` are a clause of their own, not the subject's complex
 * (`Ramos, 58, told AFP`): {@link complexStart} finds no subject there, or — read as a noun phrase
 * only through an -ed verb after a noun (`The talks collapsed, said Ahmed.`) — they hold a finite verb.
 */
function clauseBeforeComma(doc: Document, p: number, floor: number): boolean {
  const cs = complexStart(doc, p, floor);
  return cs === p || (cs === floor && hasFiniteVerb(doc, cs, p));
}

/** Start of the subject complex ending before the comma at `p` (appositions and relative clauses included). */
function complexStart(doc: Document, p: number, floor: number): number {
  const toks = doc.tokens;
  let start = p;
  let b = p;
  let depth = 0;
  for (let k = p - 1; k >= floor - 1; k--) {
    const t = k >= floor ? toks[k]! : null;
    if (t !== null && t.value === ')') depth++;
    else if (t !== null && t.value === '(') depth = Math.max(0, depth - 1);
    // ("Jeff Weaver, Sanders’ campaign manager, said": a possessive apostrophe is no quotation mark.)
    const mark = t !== null && isMark(t) && !isPossessive(t, toks[k - 1]);
    const boundary = t === null || (depth === 0 && (t.value === ',' || t.value === ';' || t.value === ':' || mark));
    if (!boundary) continue;
    const a = k + 1;
    if (a < b) {
      const first = toks[a]!;
      if (RELATIVE.has(first.lower) || (first.lower === 'to' && toks[a + 1]?.pos === 'VERB')) {
        // a relative or infinitive clause: keep going back
      } else if (
        first.pos === 'ADP' ||
        first.pos === 'SCONJ' ||
        first.pos === 'ADV' ||
        (first.pos === 'VERB' && a > floor && first.lower !== 'lead') // a participle phrase after the subject: "wearing a hat"
      ) {
        // An adverbial: between the subject and its verb ("…, on television or at events, said") go on;
        // before a subject already found, it opens the sentence ("After winning Ohio, Gov. X, said").
        if (start < p) break;
      } else if (hasFiniteVerb(doc, a, appositionHead(doc, a, b), false)) break;
      else start = a;
    }
    if (t === null || t.value === ';' || t.value === ':' || mark) break;
    b = k;
  }
  return start;
}

/**
 * Where the relative clause of an apposition between commas starts (`, a security expert who has
 * helped investigate the breaches,`): the relative word right after the phrase's first noun; `b` when
 * there is none. The relative clause runs to the closing comma, its verbs none of the phrase's.
 */
function appositionHead(doc: Document, a: number, b: number): number {
  const toks = doc.tokens;
  if (!APPOSITION_OPENERS.has(toks[a]!.lower)) return b;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return b;
    if (RELATIVE.has(t.lower) && (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN')) return k;
  }
  return b;
}

/** Longest relative clause {@link openRelative} looks back over, in tokens. */
const RELATIVE_REACH = 40;

/** The comma opening a relative clause (", which …") that runs up to `p` without a closing comma, or -1. */
function openRelative(doc: Document, p: number, floor: number): number {
  const toks = doc.tokens;
  // A relative clause runs a few dozen tokens at most: the walk stops there, so a cue costs a constant.
  for (let k = p; k > floor && k > p - RELATIVE_REACH; k--) {
    const t = toks[k]!;
    if (t.value === ',' || isMark(t) || t.value === ';' || t.value === ':') {
      if (t.value === ',' && k + 1 < p && RELATIVE_OPENERS.has(toks[k + 1]!.lower)) return k;
      return -1;
    }
    // "Friends of Mr. Clinton's who have seen him … say": a relative without commas after a noun.
    if ((t.value === 'who' || t.value === 'which') && k + 1 < p) {
      const before = toks[k - 1]!;
      if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.value === "'s" || before.value === '’s') return k;
    }
  }
  return -1;
}

/** Whether `lead` at `k` modifies the noun after it ("lead author", "lead negotiator"). */
function isLeadNoun(doc: Document, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && t.lower === 'lead' && doc.tokens[k + 1]?.pos === 'NOUN';
}

/**
 * Where a noun phrase after `according to` / an inverted cue ends. `inverted`: the phrase is the
 * subject of an inverted cue (`…,” said party boss Ann Lee.`), where a name after a common noun
 * goes on the speaker's phrase instead of opening a content.
 */
function npForward(doc: Document, k: number, limit: number, inverted = false): number {
  const toks = doc.tokens;
  let j = k;
  let sawHead = false;
  while (j < limit) {
    const t = toks[j]!;
    if (t.value.length === 1 && (CLAUSE_PUNCT.has(t.value) || isMark(t))) break;
    if (t.pos === 'PRON' && j > k) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const compound = (toks[j + 1]?.value === '-' && !toks[j + 1]!.spaceBefore) || toks[j - 1]?.value === '-';
      if (
        !compound &&
        !(t.pos === 'VERB' && t.lower.endsWith('ed') && toks[j - 1]?.pos === 'NOUN') &&
        !isNameToken(doc, j) &&
        !isLeadNoun(doc, j) &&
        // "according to sources on the ground": a speaker noun opening the phrase, tagged a verb.
        !(j === k && t.pos === 'VERB' && speakerHead(t.lower)) &&
        // "according to the UK-based monitor.": a speaker noun closing it, tagged a verb (reports.ts).
        !(j > k && speakerHead(t.lower) && headClosesPhrase(doc, j, limit)) &&
        // "according to state corporate records", "according to state media": a noun opening the phrase,
        // tagged a verb, a record noun (src/lexicon/en/record-sources.json) or a speaker's head noun
        // (media, monitor, officials) one or two words after it.
        !(
          j === k &&
          t.pos === 'VERB' &&
          !isParticipleForm(t.lower) &&
          isNominal(toks[j + 1]) &&
          (sourceHeadAt(toks, j + 1) || (isNominal(toks[j + 2]) && sourceHeadAt(toks, j + 2)))
        )
      )
        break;
    }
    if (t.pos === 'DET' && sawHead && toks[j - 1]?.pos !== 'ADP') break;
    // "According to report ISIS has …": a name after a common noun opens the content (its comma lost).
    if (
      !inverted &&
      sawHead &&
      isNameToken(doc, j) &&
      (toks[j - 1]!.pos === 'NOUN' || (j - 1 === k && DOCUMENT_NOUNS.has(toks[j - 1]!.lower))) &&
      !startsAsciiUpper(toks[j - 1]!.value) &&
      // (Not a name's particle the tagger read as a noun: "Said Seif al Qalamoni".)
      !(isParticle(toks[j - 1]!.lower) && j - 2 >= k && isNameToken(doc, j - 2)) &&
      roleAt(toks, j - 1, j) === null &&
      (!isDescriptionHead(toks[j - 1]!.lower) || DOCUMENT_NOUNS.has(toks[j - 1]!.lower)) &&
      titleAt(toks, j, limit) === null
    )
      break;
    // "According to the statement missile attacks also destroyed …", "According to the source Colonel
    // Ali Omar will head …": a document or a source with its determiner is a whole phrase; a noun
    // after it opens the content (its comma lost) when a verb follows.
    if (!inverted && sawHead && j - 2 >= k && closedHeadAt(doc, j - 1) && clauseOpensAt(doc, j, limit)) break;
    // "According to the Observatory three officers were killed": a count opens the content (reports.ts).
    if (sawHead && countOpensClause(doc, j, limit)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (j === k && t.pos === 'VERB' && speakerHead(t.lower))) sawHead = true;
    if (t.pos === 'SCONJ' || t.pos === 'ADV') break;
    j++;
  }
  return j;
}

/** Heads that make a whole phrase after a determiner (`the statement`, `the source`): documents and sources. */
function closedHeadAt(doc: Document, h: number): boolean {
  const toks = doc.tokens;
  const head = toks[h]!.lower;
  if (!DOCUMENT_NOUNS.has(head) && head !== 'source' && head !== 'sources') return false;
  const det = toks[h - 1]!.lower;
  return det === 'the' || det === 'this' || det === 'that' || det === 'these';
}

/**
 * Whether a clause opens at `j`: a noun or name there, then a finite verb within eight tokens (names,
 * nouns, adjectives, `of the` between) before any punctuation.
 */
function clauseOpensAt(doc: Document, j: number, limit: number): boolean {
  const toks = doc.tokens;
  const t = toks[j]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !isNameToken(doc, j)) return false;
  for (let k = j + 1; k < limit && k <= j + 8; k++) {
    const u = toks[k]!;
    if (u.pos === 'AUX') return true;
    if (u.pos === 'VERB')
      return (
        !u.lower.endsWith('ing') &&
        !(u.lower.endsWith('ed') && toks[k - 1]!.pos === 'NOUN' && toks[k + 1]?.pos === 'ADP')
      );
    if (u.pos === 'PUNCT' || u.pos === 'SCONJ' || u.pos === 'CCONJ' || u.pos === 'PRON') return false;
  }
  return false;
}

/** Trims trailing punctuation, conjunctions and subordinators from a content range (closing marks kept). */
function trimEnd(doc: Document, a: number, e: number, marks: QuoteMarks): number {
  const toks = doc.tokens;
  while (e > a) {
    const t = toks[e - 1]!;
    if (isMark(t) && closesAt(marks, e - 1)) break;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CONTENT_CUTS.has(t.lower)) e--;
    else break;
  }
  return e;
}

/** The content end after `k`: the sentence end, the next attribution, a dash gloss or a `, while` clause. */
function contentEnd(doc: Document, k: number, limit: number, nextBound: number, marks: QuoteMarks): number {
  const toks = doc.tokens;
  let e = Math.min(limit, nextBound);
  for (let j = k; j < e; j++) {
    const t = toks[j]!;
    if (marks.spanOf[j] !== -1 && marks.spans[marks.spanOf[j]!]!.open === j) {
      // Jump over a quoted span; if it closes after the sentence, the content goes with it.
      const q = marks.spans[marks.spanOf[j]!]!;
      const close = q.closeEnd - 1;
      if (close >= e) e = Math.min(close + 1, toks.length);
      j = close;
      continue;
    }
    if ((t.value === '—' || t.value === '–' || (t.value === '-' && t.spaceBefore && toks[j + 1]?.spaceBefore)) && j > k)
      return j;
    if (t.value === ',' && j + 1 < e && (CONTENT_CUTS.has(toks[j + 1]!.lower) || writerComment(toks, j + 1, e)))
      return j;
  }
  return e;
}

/** How far a writer's note (`which could not be independently verified`) runs to its verification word. */
const COMMENT_REACH = 6;

/**
 * Whether the words at `k` (after a comma) are the writer's comment on the content before them: an
 * article and a comment noun (`a claim the army denied`, `a figure that could not be confirmed`), or
 * `which` and a negated verification (`which could not be independently verified`).
 */
function writerComment(toks: readonly Token[], k: number, e: number): boolean {
  const t = toks[k]!;
  if (ARTICLES.has(t.lower)) return COMMENT_NOUNS.has(toks[k + 1]?.lower ?? '');
  if (t.lower !== 'which') return false;
  let negated = false;
  for (let j = k + 1; j < e && j <= k + COMMENT_REACH; j++) {
    const w = toks[j]!.lower;
    if (negatesVerb(w)) negated = true;
    else if (VERIFICATION_WORDS.has(w)) return negated;
  }
  return false;
}

/** Whether the content after a cue without `that` is a clause: a subject followed by its verb. */
function isZeroThatClause(doc: Document, a: number, e: number): boolean {
  const toks = doc.tokens;
  const first = toks[a];
  if (first === undefined || a >= e) return false;
  if (/^(them|him|me|us|whom)$/.test(first.lower)) return false; // an object: "after he said them"
  // "over 70 people were killed", "more than 30 …": a quantity may open the clause.
  const quantity = opensWithQuantity(doc, a);
  const nameAsVerb = nameReadAsVerb(toks, a);
  // "despite all that, the plan worked": a leading adverbial, then the clause.
  // "the ministry said adding some 40 …": a speech participle after the cue (its comma lost) is a
  // second attribution, not a gerund subject.
  if (isSpeechParticiple(first)) return false;
  if (loneModifierSubject(toks, a)) return false;
  if ((first.pos === 'ADP' || first.pos === 'SCONJ') && !quantity && !isBareAdverbial(doc, a, e)) {
    let c = a;
    while (c < e && toks[c]!.value !== ',') c++;
    return isZeroThatClause(doc, c + 1, e);
  }
  if (
    (first.pos === 'ADP' && !quantity) ||
    first.pos === 'SCONJ' ||
    first.pos === 'CCONJ' ||
    (first.pos === 'VERB' && !nameAsVerb && !(/ing$/.test(first.lower) && anyFiniteAfter(doc, a + 1, e))) ||
    (first.pos === 'AUX' && !nameAsVerb) ||
    (first.pos === 'PUNCT' && !isMark(first))
  )
    return false;
  return subjectThenVerb(doc, a, e, nameAsVerb);
}

/**
 * "A video posted online showed …", "the attack claimed online was …": an adjective or adverb
 * right before a finite verb is no clause's subject (but a quantifier is: "said many were killed",
 * "most were civilians") — the cue was a reduced relative's participle and the verb its noun's.
 */
function loneModifierSubject(toks: readonly Token[], a: number): boolean {
  const first = toks[a]!;
  if ((first.pos !== 'ADJ' && first.pos !== 'ADV') || QUANTIFIER_SUBJECTS.has(first.lower)) return false;
  // (Not "said heavily armed gunmen stormed …": a participle before its noun.)
  return finiteVerbAt(toks, a + 1) && toks[a + 2]?.pos !== 'NOUN' && toks[a + 2]?.pos !== 'PROPN';
}

/**
 * "said Cook gave a statement": a capitalised word the tagger read as a verb, a verb right after
 * it, is a name as the subject (mid-sentence, after the cue, no imperative is capitalised). So is
 * an acronym the tagger read as a verb or auxiliary: "said IS had used 21 car bombs".
 */
function nameReadAsVerb(toks: readonly Token[], a: number): boolean {
  const first = toks[a]!;
  return (
    (toks[a + 1]?.pos === 'VERB' || toks[a + 1]?.pos === 'AUX') &&
    ((first.pos === 'VERB' && startsAsciiUpper(first.value) && !isAllCaps(first.value)) ||
      ((first.pos === 'VERB' || first.pos === 'AUX') && isAllCaps(first.value)))
  );
}

/** The answers of {@link verbVerdict}: read on, no clause, a clause. */
const READ_ON = -1;
const NO_CLAUSE = 0;
const CLAUSE = 1;

/** Whether a subject opening at `a` is followed, before `e`, by its finite verb (a word at a time). */
function subjectThenVerb(doc: Document, a: number, e: number, nameAsVerb: boolean): boolean {
  const toks = doc.tokens;
  const marks = quoteMarks(doc);
  for (let k = nameAsVerb ? a + 1 : a; k < e; k++) {
    const t = toks[k]!;
    // (Not a determiner after a preposition: "said the gas in that attack belonged to …".)
    if (
      RELATIVE.has(t.lower) &&
      k > a &&
      (t.pos !== 'SCONJ' || toks[k - 1]!.pos === 'NOUN') &&
      !(t.pos === 'DET' && toks[k - 1]!.pos === 'ADP')
    )
      return subjectRelative(doc, k, e); // "said several soldiers who took part in it had trouble breathing"
    // "underscored the dire situation as the regime continues …", "affirmed losses including one of what
    // they call …": before any verb, a subordinator or free relative opens another clause; the verb
    // after it is that clause's, the words before it the cue's noun object.
    // ("the toll as collated from clinics was 213": no clause after it, a reduced one.)
    if (k > a && otherClauseOpens(doc, k)) return false;
    if (k > a && modifierVerb(doc, a, k)) continue;
    // "the appeal of the race in one breath, then eviscerated …": a second predicate, not a clause.
    if (t.value === ',' && toks[k + 1] !== undefined && SECOND_PREDICATE.has(toks[k + 1]!.lower)) return false;
    if (t.pos === 'NOUN' && k > a && (isTaggedNounVerb(doc, k) || presentAsNoun(doc, a, k))) return true;
    if (k > a && isTaggedAdjectiveVerb(doc, k)) return true; // "said gunmen rounded up the farmers"
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') return false; // "40 lives according to …"
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      const verdict = verbVerdict(doc, a, k, e);
      if (verdict !== READ_ON) return verdict === CLAUSE;
      continue;
    }
    if (marks.spanOf[k] !== -1 && k > a) return true; // subject outside the marks, predicate inside
  }
  return false;
}

/** The parts of speech that open a finite clause's subject after a subordinator (`as the regime …`, `while it …`). */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** The parts of speech that end a noun phrase (`situation in Aleppo`, `losses … one of`): what a cue's object ends in. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether another clause opens at `k`, right after a noun phrase: a subordinator before the
 * subject of its clause (`the situation in Aleppo as the regime continues …`; not `such as Iowa`,
 * `(though …`, `the toll as collated …`), or a free relative after a preposition (`one of what they
 * call …`; not `no matter what`). Title-case lines are left alone (`… Says No To Fox News As …`).
 */
function otherClauseOpens(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  const prev = toks[k - 1]!;
  const opens = FREE_RELATIVES.has(t.lower)
    ? prev.pos === 'ADP'
    : ADVERBIAL_SUBORDINATORS.has(t.lower) &&
      PHRASE_ENDS.has(prev.pos) &&
      CLAUSE_SUBJECT_OPENERS.has(toks[k + 1]?.pos ?? '');
  return opens && !titleCaseSentence(doc, t.sentence);
}

/**
 * Whether the verb-tagged word at `k` (inside a content opening at `a`, not its first word)
 * modifies a noun or sits in a reduced relative rather than being the content's verb.
 */
function modifierVerb(doc: Document, a: number, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  // A "verb" after a determiner is a noun the tagger missed ("add a title to his resume").
  if ((t.pos === 'VERB' || t.pos === 'AUX') && toks[k - 1]?.pos === 'DET') return true;
  if (t.pos === 'VERB' && POSSESSIVE_DETERMINERS.has(toks[k - 1]!.lower)) return true;
  // "confirmed the first reported death": a participle before its noun is a modifier.
  if (isPrenominalParticiple(toks, k)) return true;
  // "denied any involvement in a statement shared on social media": a participle after a record noun
  // inside a prepositional phrase is a reduced relative of that noun, not the content's verb.
  // ("the figures in the report showed 40 deaths": a verb with its object is the content's own.)
  return (
    t.pos === 'VERB' &&
    k > a + 1 &&
    endsInPastParticiple(t.lower) &&
    inRecordPhrase(toks, k - 1) &&
    (toks[k + 1]?.pos === 'ADP' || toks[k + 1]?.pos === 'ADV')
  );
}

/**
 * What the verb or auxiliary at `k` of a content opening at `a` says of it: {@link CLAUSE} (the
 * content's finite verb), {@link NO_CLAUSE} (a participle or infinitive of a phrase, another
 * clause's predicate), or {@link READ_ON} (a modifier or a contact relative's verb: look further).
 */
function verbVerdict(doc: Document, a: number, k: number, e: number): number {
  const toks = doc.tokens;
  const t = toks[k]!;
  if (t.pos === 'VERB' && t.lower.endsWith('ing') && toks[k - 1]!.pos !== 'AUX') {
    // A gerund opening the content or a participle after a comma is no clause ("delegates, helping …");
    // inside the subject it is a modifier ("his dealing powers would …", "the border crossing").
    // A gerund opening the content is its subject when a finite verb follows ("legalizing it could …").
    if (k === a) return anyFiniteAfter(doc, k + 1, e) ? CLAUSE : NO_CLAUSE;
    if (toks[k - 1]!.value === ',') return NO_CLAUSE;
    return READ_ON;
  }
  // "announced plans to merge": an infinitive of the object; but "said recent measures to stop crossings
  // meant …": the infinitive inside the subject, a finite verb soon after it.
  if (t.pos === 'VERB' && toks[k - 1]?.lower === 'to')
    return k - 1 > a && finiteSoonAfter(doc, k + 1, e) ? CLAUSE : NO_CLAUSE;
  // "delegates, helping solidify …": a participle is no clause's verb.
  if (t.pos === 'VERB' && isParticipleForm(t.lower) && toks[k - 1]?.pos !== 'AUX' && toks[k - 1]?.value === ',')
    return NO_CLAUSE;
  if (t.pos === 'VERB' && toks[k - 1]?.value === '-') return READ_ON;
  if (t.pos === 'VERB' && t.lower === 'lead' && toks[k + 1]?.pos === 'NOUN') return READ_ON;
  // "declared a caliphate in the territory it controls": a subject pronoun right after a noun of
  // the phrase opens a relative clause with no relative word (a contact clause); its verb is not
  // the content's.
  if (k - 2 > a && toks[k - 2]!.pos === 'NOUN' && isSubjectPronoun(toks[k - 1]!.lower) && toks[k - 1]!.pos === 'PRON')
    return READ_ON;
  // "The group, which has pledged allegiance to IS, has been blamed …": a verb right after a lone
  // comma is the predicate of the clause the cue's relative clause sits in, not the content's own
  // ("said the commander, a veteran, had fled": after a pair of commas it is).
  if (toks[k - 1]!.value === ',' && k - 1 > a && commasBetween(toks, a, k - 1) % 2 === 0) return NO_CLAUSE;
  return k > a ? CLAUSE : NO_CLAUSE;
}

/** How many commas stand in [a, e). */
function commasBetween(toks: readonly Token[], a: number, e: number): number {
  let n = 0;
  for (let k = a; k < e; k++) if (toks[k]!.value === ',') n++;
  return n;
}

/** How far past a relative word {@link subjectRelative} looks for the main clause's verb, in tokens. */
const SUBJECT_RELATIVE_REACH = 25;

/**
 * Whether the `who`/`which` at `k`, inside a content without "that", opens a relative clause of the
 * content's subject, the content's own verb after it (`said several soldiers who took part in the
 * raid had trouble breathing`), rather than one of the cue's noun object (`reported the attack which
 * killed ten people`): after the relative clause's verb, a finite verb follows a noun before any
 * comma, conjunction, subordinator or other relative (a participle before a preposition, `the base
 * used by troops`, is a reduced relative, not that verb).
 */
function subjectRelative(doc: Document, k: number, e: number): boolean {
  const toks = doc.tokens;
  const w = toks[k]!.lower;
  // ("said the new chief, who took office in May, should resign": the relative between commas.)
  const commaBefore = toks[k - 1]!.value === ',' && toks[k - 2]?.pos === 'NOUN';
  // ("said the convoy that crossed the border was hit": "that" the tagger reads as a pronoun is relative.)
  const relative = w === 'who' || w === 'which' || (w === 'that' && toks[k]!.pos === 'PRON');
  // ("said those who stayed behind have nothing left": a pronoun heads the relative as a subject.)
  const pronounHead = w === 'who' && RELATIVE_HEADS.has(toks[k - 1]!.lower);
  if (!relative || (toks[k - 1]!.pos !== 'NOUN' && !commaBefore && !pronounHead)) return false;
  const end = Math.min(e, k + SUBJECT_RELATIVE_REACH);
  let j = k + 1;
  while (j < end && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX') j++;
  // ("a source who said …": reported speech of its own.)
  if (j < end && cueVerb(toks[j]!.lower) !== null) return false;
  // (The relative's verb group ends before an auxiliary after a full verb: "the plane that crashed had
  // been hit": that auxiliary opens the main verb group.)
  const group = j;
  while (
    j < end &&
    (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') &&
    !(j > group && toks[j]!.pos === 'AUX' && toks[j - 1]!.pos === 'VERB')
  )
    j++;
  if (j < end && j > group && toks[j]!.pos === 'AUX' && toks[j - 1]!.pos === 'VERB') return true;
  for (let m = j; m < end; m++) {
    const t = toks[m]!;
    const prev = toks[m - 1]!;
    // "the man who replaced him, Carl Berg, should resign", "the chief, who took office in May, should
    // resign": after the relative clause's comma (and an apposition closed by another), the main verb.
    if (t.value === ',') return finiteAfterComma(doc, m, end);
    if (
      t.pos === 'CCONJ' ||
      t.pos === 'SCONJ' ||
      RELATIVE.has(t.lower) ||
      isMark(t) ||
      (t.pos === 'VERB' && prev.lower === 'to')
    )
      return false;
    // ("critics say the dam which could flood 300 homes amounts to theft": an -s verb the tagger read as a noun.)
    // (Not after "that": "a bombing that killed 30 rebel fighters in …" ends in a plural noun.)
    const sVerb = w !== 'that' && t.pos === 'NOUN' && isPresentForm(t.lower) && beforeComplement(toks[m + 1]);
    if (!(t.pos === 'AUX' || t.pos === 'VERB' || sVerb) || t.lower.endsWith('ing')) continue;
    // ("the man who replaced him should resign": after the relative clause's object pronoun too;
    // "the people who stayed behind have lost …": after its verb's particle, an auxiliary.)
    // ("a hit that used to be called a tackle now draws …": after an adverb that follows a noun, a verb.)
    const afterParticle =
      (t.pos === 'AUX' && (PHRASAL_PARTICLES.has(prev.lower) || prev.pos === 'ADP' || prev.pos === 'ADV')) ||
      (t.pos === 'VERB' && prev.pos === 'ADV' && toks[m - 2]?.pos === 'NOUN');
    if (
      !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || OBJECT_PRONOUNS.has(prev.lower)) &&
      !afterParticle
    )
      continue;
    if (t.pos === 'VERB' && endsInPastParticiple(t.lower) && toks[m + 1]?.pos === 'ADP') continue;
    // ("… the group which operates in the area said": another attribution.)
    return cueVerb(t.lower) === null;
  }
  return false;
}

/**
 * Whether a finite verb that is no speech cue follows the comma at `m`, right away or after an
 * apposition of at most six words closed by another comma (`…, Carl Berg, should resign`).
 */
function finiteAfterComma(doc: Document, m: number, end: number): boolean {
  const toks = doc.tokens;
  let c = m + 1;
  if (finiteNonCue(toks, c, end)) return true;
  while (c < end && c - m <= 6 && toks[c]!.value !== ',' && toks[c]!.pos !== 'VERB' && toks[c]!.pos !== 'AUX') c++;
  return toks[c]?.value === ',' && c > m + 1 && finiteNonCue(toks, c + 1, end);
}

/**
 * Whether token `k` (before `end`) is a finite verb that is no speech cue. (Module-level helpers
 * instead of closures in the hot per-cue functions: tsx's keepNames wraps every closure created in
 * a call in a `defineProperty`, about a microsecond each.)
 */
function finiteNonCue(toks: readonly Token[], k: number, end: number): boolean {
  const v = toks[k];
  return (
    v !== undefined &&
    k < end &&
    (v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ing'))) &&
    cueVerb(v.lower) === null
  );
}

/**
 * Analyses one cue.
 *
 * @param doc - the document
 * @param cue - the cue
 * @param previous - the attribution of the previous cue in the same sentence, if any
 * @param nextBound - the left bound of the next cue's attribution in the sentence (content stops there)
 *
 * @example
 * ```ts
 * const doc = parse('Officials said the road was closed.');
 * const [cue] = findCues(doc);
 * attribute(doc, cue!, null, Infinity)?.content; // [2, 6]: "the road was closed"
 * ```
 */
export function attribute(
  doc: Document,
  cue: CueMatch,
  previous: Attribution | null,
  nextBound: number,
): Attribution | null {
  const [floor, limit] = clauseSentence(doc, cue.first);
  const w: Window = { floor, limit, nextBound, marks: quoteMarks(doc), dates: timeEntities(doc) };
  if (cue.type === 'according') return accordingTo(doc, cue, previous, w);
  if (saysNothingHere(doc, cue, floor, limit)) return null;
  const s = subjectOf(doc, cue, previous, w);
  carryParticipleSpeaker(doc, cue, s, previous);
  if (s.speaker === null && s.leftBound === cue.first) return null;
  // "did not say what …", "declined to say whether …", "won't say": nothing was said.
  const toks = doc.tokens;
  if (negatedBefore(doc, Math.max(s.p + 1, floor), cue.first))
    return { cue, leftBound: s.leftBound, speaker: s.speaker, content: null, direct: null, confidence: 0 };
  // "“We are friends,” Bennett told a voter passing by": a quotation closing on its comma (or ? !)
  // right before the subject is this speaker's, whatever follows the cue.
  if (s.before !== null && !s.inverted && quoteEndsOnComma(doc, s.leftBound, w.marks)) {
    const before = contentBefore(doc, cue, s, previous, w);
    if (before?.direct) return before;
  }
  // "…, state media reported, citing a source as saying …": the aside passes on another's words.
  const aside =
    toks[cue.end]?.value === ',' &&
    QUOTING_VERBS.has(toks[cue.end + 1]?.lower ?? '') &&
    asSayingAfter(doc, cue.end + 2, limit);
  const after = aside ? undefined : contentAfter(doc, cue, s, w);
  if (after !== undefined) return after;
  if (s.before !== null) {
    const before = contentBefore(doc, cue, s, previous, w);
    if (before?.content && before.direct === null) return withTail(doc, before, s, w);
    if (before !== undefined) return before;
  }
  const next = quoteAfterBareCue(doc, cue, s, w);
  if (next !== null)
    return {
      cue,
      leftBound: s.leftBound,
      speaker: s.speaker,
      content: [next.first, next.end],
      direct: next,
      confidence: 0.75,
    };
  return { cue, leftBound: s.leftBound, speaker: s.speaker, content: null, direct: null, confidence: 0 };
}

/**
 * Whether the cue reports no words at all: a quoting verb whose quoted one speaks (`Tass reported the
 * ministry as saying …`), a reduced passive (`when asked what …`), an empty object (`said nothing`),
 * or the source's anonymity (`asked not to be named`).
 */
function saysNothingHere(doc: Document, cue: CueMatch, floor: number, limit: number): boolean {
  // "Tass reported the ministry as saying …": the one quoted speaks; the quoting verb has no content.
  if (QUOTING_VERBS.has(doc.tokens[cue.first]!.lower) && asSayingAfter(doc, cue.end, limit)) return true;
  // "when asked what he would do", "if asked whether …": a reduced passive clause, nobody speaks.
  const opener = doc.tokens[cue.first - 1];
  if (
    opener !== undefined &&
    cue.first - 1 >= floor &&
    REDUCED_CLAUSE_OPENERS.has(opener.lower) &&
    endsInPastParticiple(doc.tokens[cue.first]!.lower) &&
    // (Unless its agent asks: "when asked by a reporter whether …"; not "if asked by police …": no one has.)
    (CONDITIONALS.has(opener.lower) || agentQuestionStart(doc, cue, limit) === -1)
  )
    return true;
  // "the mayor said nothing", "he will say no": an empty object, no content before or after.
  const object = doc.tokens[cue.end];
  const afterObject = doc.tokens[cue.end + 1];
  if (
    object !== undefined &&
    EMPTY_OBJECTS.has(object.lower) &&
    (afterObject === undefined ||
      afterObject.pos === 'PUNCT' ||
      afterObject.pos === 'ADP' ||
      afterObject.pos === 'CCONJ')
  )
    return true;
  // "who asked not to be named", "requested not to be identified": the source's anonymity, not its words.
  return hidesIdentity(doc, cue.end, limit);
}

/**
 * "the ministry said adding …": a speech participle right after the previous cue, its comma lost,
 * has that cue's speaker (also after a prepositional adjunct of that cue: "the mayor said after the
 * meeting adding …").
 */
function carryParticipleSpeaker(doc: Document, cue: CueMatch, s: Subject, previous: Attribution | null): void {
  if (
    cue.participle &&
    previous !== null &&
    previous.speaker !== null &&
    (previous.cue.end === cue.first || prepositionalOnly(doc, previous.cue.end, cue.first))
  ) {
    s.speaker = previous.speaker;
    s.leftBound = cue.first;
  }
}

/** Whether a negation stands in [a, b) (between the subject and the cue: `did not say`, `declined to say`). */
function negatedBefore(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) if (negatesVerb(toks[k]!.lower)) return true;
  return false;
}

/**
 * "The prosecutor said. “We have evidence …”": a sentence that is only its subject and a cue (its
 * colon lost, or the space after it: `said."We`) introduces the quotation opening right after it in
 * the same paragraph; `null` otherwise.
 */
function quoteAfterBareCue(doc: Document, cue: CueMatch, s: Subject, w: Window): QuotedSpan | null {
  const toks = doc.tokens;
  const { floor, limit, marks } = w;
  // (The splitter may leave a mark glued to the full stop in the cue's sentence: `said."We`.)
  const m = cue.end + 1;
  if (s.inverted || s.speaker === null || s.leftBound !== floor || (m !== limit && m + 1 !== limit)) return null;
  const stop = toks[cue.end];
  const open = toks[m];
  if (stop === undefined || open === undefined || (stop.value !== '.' && stop.value !== ':')) return null;
  if (open.paragraph !== toks[cue.first]!.paragraph || marks.spanOf[m] === -1) return null;
  const q = marks.spans[marks.spanOf[m]!]!;
  if (q.open !== m || q.close < 0) return null;
  // (Not a quotation with an attribution of its own: `"We have evidence," the aide added.`)
  const last = toks[q.end - 1]!.value;
  return last === ',' || q.end - q.first < 2 || !hasFiniteVerb(doc, q.first, q.end) ? null : q;
}

/** Whether a passive infinitive hiding the source's name starts at `k` ("not to be named", "to be identified"). */
function hidesIdentity(doc: Document, k: number, limit: number): boolean {
  const toks = doc.tokens;
  if (toks[k]?.lower === 'not') k++;
  return (
    k + 2 < limit && toks[k]!.lower === 'to' && toks[k + 1]!.lower === 'be' && IDENTITY_VERBS.has(toks[k + 2]!.lower)
  );
}

/**
 * "The emails covered many topics, the paper said, including speeches.": a parenthetical attribution
 * whose sentence goes on after it with no clause of its own (a phrase, or a clause a subordinator
 * opens) — the content runs over the attribution to the sentence end, as in "The plan, he says, will
 * fail" (ANNOTATION.md §1: the attribution can stand inside the content).
 */
function withTail(doc: Document, at: Attribution, s: Subject, w: Window): Attribution {
  const toks = doc.tokens;
  const { limit, marks, nextBound, dates } = w;
  const [a, b] = at.content!;
  // (Not "…, said Maria Lopez, the district head.": after an inverted speaker, an apposition.)
  if (s.inverted || toks[b]?.value !== ',' || s.leftBound !== b + 1) return at;
  const k = skipAdjuncts(doc, s.afterStart, limit, dates);
  if (toks[k]?.value !== ',' || k + 1 >= limit) return at;
  const first = toks[k + 1]!;
  if (isMark(first) || first.pos === 'PUNCT') return at;
  // (Nor "…, a resident said, speaking on condition of anonymity": how the source spoke.)
  if (ATTRIBUTION_PARTICIPLES.has(first.lower)) return at;
  const e = trimEnd(doc, k + 1, contentEnd(doc, k + 1, limit, nextBound, marks), marks);
  if (e <= k + 1 || containsMark(marks, k + 1, e)) return at;
  const opened = first.pos === 'SCONJ' || first.pos === 'ADP' || (first.pos === 'VERB' && first.lower.endsWith('ing'));
  if (!opened && hasFiniteVerb(doc, k + 1, e)) return at;
  // (Nor "…, the agency reported, citing a source.": the aside names the attribution's own source.)
  for (let j = k + 1; j < e; j++)
    if (QUOTING_VERBS.has(toks[j]!.lower) || (toks[j]!.pos === 'VERB' && cueVerb(toks[j]!.lower) !== null)) return at;
  return { ...at, content: [a, e] };
}

/** The sentence a cue reads in, and the document's layers it reads. */
interface Window {
  readonly floor: number;
  readonly limit: number;
  /** The left bound of the next cue's attribution in the sentence (content stops there). */
  readonly nextBound: number;
  readonly marks: QuoteMarks;
  readonly dates: TimeIndex;
}

/** What {@link subjectOf} finds: the speaker, where the attribution starts, and where its content may lie. */
interface Subject {
  speaker: ResolvedActor | null;
  leftBound: number;
  /** Content before the attribution, if the structure allows it. */
  before: [number, number] | null;
  /** The speaker follows the cue ("…, said Ahmed."). */
  inverted: boolean;
  /** The speaker is a passive's agent after the cue ("was asked by a reporter whether …"); the content starts at `afterStart`. */
  agent: boolean;
  /** Where the content after the attribution may start. */
  afterStart: number;
  /** The content before is joined to the attribution without a comma (less sure). */
  bare: boolean;
  /** The token before the cue, adverbials and auxiliaries skipped. */
  readonly p: number;
}

/** The token after the comma closing the relative clause that starts at `k` (`limit` when none closes it). */
function afterRelative(doc: Document, k: number, limit: number): number {
  const toks = doc.tokens;
  for (let j = k + 1; j < limit; j++) if (toks[j]!.value === ',') return j + 1;
  return limit;
}

/** `According to X, …` / `…, according to X`. */
function accordingTo(doc: Document, cue: CueMatch, previous: Attribution | null, w: Window): Attribution | null {
  const toks = doc.tokens;
  const { floor, limit, marks } = w;
  const npEnd = npForward(doc, cue.end, limit);
  if (npEnd <= cue.end) return null;
  let speaker = resolveActor(doc, cue.end, npEnd);
  let content: [number, number] | null = null;
  const comma = toks[npEnd]?.value === ',';
  let after = comma ? npEnd + 1 : npEnd;
  // "according to X, who runs …": the relative clause tells of X, it is not what X says; the
  // content is the clause before the cue, or the one after the relative clause's closing comma.
  // (Also with the comma lost: "…, according to the report which could not be verified.")
  const relative = NON_RESTRICTIVE_RELATIVES.has(toks[after]?.lower ?? '');
  if (relative) after = afterRelative(doc, after, limit);
  const e = trimEnd(doc, after, contentEnd(doc, after, limit, w.nextBound, marks), marks);
  // After the cue: "According to X, …", "and according to X they …", "…, according to X, the …".
  // Before it: "…, according to X." and "…, according to X, although …".
  // (And "…, according to three polls, including one released Thursday.": a participle phrase tells of X.)
  const participle = comma && toks[after]?.pos === 'VERB' && toks[after]!.lower.endsWith('ing');
  // ("… was late according to Ann Lee who runs the port, and …": a relative with its comma lost
  // after a clause — X is the source of that clause.)
  const final =
    ((toks[cue.first - 1]?.value === ',' || (relative && !comma && cue.first > floor)) &&
      (!comma || relative || participle || /^(SCONJ|CCONJ)$/.test(toks[after]?.pos ?? ''))) ||
    // "A total of 33 people died according to X with …": the comma before the cue lost (reports.ts).
    (!comma && !relative && lostCommaFinal(doc, cue.first, floor, after, e));
  // "… according to residents the report said.": the words after X are another cue's attribution
  // (its comma lost), not a content; that cue takes the clause before.
  if (!final && e > after && attributionOnly(doc, after, e)) return finish(doc, cue, cue.first, speaker, null, 0.8);
  if (!final && e > after && hasFiniteVerb(doc, after, e) && toks[after]!.pos !== 'SCONJ') {
    content = [after, e];
    // "According to the source Colonel Ali Naji will head the room": a content with no subject of its
    // own (a verb first) takes the name the source's phrase ran into, its comma lost, as its subject.
    const t = toks[after]!;
    const verbFirst = t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
    const cut = verbFirst && !comma ? nameAfterHead(doc, cue.end, npEnd) : -1;
    if (cut !== -1) {
      speaker = resolveActor(doc, cue.end, cut);
      content = [cut, e];
    }
  } else if (cue.first > floor && (previous === null || previous.content === null)) {
    // "…, according to X" sources the clause before it (unless that clause is another cue's attribution).
    let b = cue.first;
    if (toks[b - 1]?.value === ',') b--;
    let a = floor;
    // (Nor the dateline that opens the paragraph: "KHAN YOUNIS, Gaza Strip (AP) — …, according to X.")
    while (a < b && (toks[a]!.pos === 'PUNCT' || toks[a]!.pos === 'CCONJ' || doc.zoneAt(toks[a]!.start) === 'dateline'))
      a++;
    b = trimEnd(doc, a, b, marks);
    if (b > a && hasFiniteVerb(doc, a, b)) content = [a, b];
  }
  return finish(doc, cue, cue.first, speaker, content, 0.8);
}

/**
 * The first word of a title or name in [a, b) that follows a lower-case head noun of the phrase
 * (`the source | Colonel Ali Naji`, `officials | Mayor Lena Vogt`), or -1.
 */
function nameAfterHead(doc: Document, a: number, b: number): number {
  const toks = doc.tokens;
  for (let j = a + 1; j < b; j++) {
    const prev = toks[j - 1]!;
    if (prev.pos !== 'NOUN' || prev.value !== prev.lower) continue;
    if (startsAsciiUpper(toks[j]!.value) && (isNameToken(doc, j) || titleAt(toks, j, b) !== null)) return j;
  }
  return -1;
}

/**
 * Whether [a, e) is only a short subject and its speech verb (`the report said`, `the group said on
 * Monday`): a cue verb within six tokens of `a`, and no other verb.
 */
function attributionOnly(doc: Document, a: number, e: number): boolean {
  const toks = doc.tokens;
  let cue = -1;
  for (let k = a; k < e; k++) {
    const t = toks[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (cue !== -1 || t.pos === 'AUX' || k - a > 6 || k === a || cueVerb(t.lower) === null) return false;
    cue = k;
  }
  return cue !== -1 && toks[cue - 1]!.pos === 'NOUN';
}

/** The speaker of a verb cue and the shape of its attribution, tried construction by construction. */
function subjectOf(doc: Document, cue: CueMatch, previous: Attribution | null, w: Window): Subject {
  const { floor, limit, dates } = w;
  const p = skipBackBetween(doc, cue.first - 1, floor, dates);
  const s: Subject = {
    speaker: null,
    leftBound: cue.first,
    before: null,
    inverted: false,
    agent: false,
    afterStart: cue.end,
    bare: false,
    p,
  };
  // "It was reported that …": an impersonal passive; no source named, the content after the cue.
  // (Not when another cue follows in the sentence: "A day after it was announced that … UNICEF said …",
  // "It is estimated that … according to the monitor": that one names the source.)
  const it = impersonalPassive(doc, cue.first);
  if (it !== -1 && it >= floor) {
    if (!cueAfterIn(doc, cue.end, limit)) s.leftBound = it;
    return s;
  }
  if (passiveAgent(doc, cue, s, w.limit)) return s;
  if (invertedAfterComma(doc, cue, p, w)) invertAfterComma(doc, cue, s, w);
  else if (cue.participle && participleSubject(doc, cue, s, w, previous)) return s;
  else if (!carriedSubject(doc, cue, s, w, previous)) phraseSubject(doc, cue, s, w, previous);
  return s;
}

/** Longest agent phrase of a passive question (`was asked by the host of the show whether`), in tokens. */
const AGENT_REACH = 8;

/**
 * "The coach was asked by a reporter whether …", "Asked by the judge why …", "was asked by the host,
 * “…?”": the agent of a passive question's cue is its speaker, the question right after the agent's
 * phrase its content. Whether this applied.
 */
function passiveAgent(doc: Document, cue: CueMatch, s: Subject, limit: number): boolean {
  const k = agentQuestionStart(doc, cue, limit);
  if (k === -1) return false;
  s.speaker = resolveActor(doc, cue.end + 1, k);
  s.agent = true;
  s.afterStart = k;
  return true;
}

/**
 * Where the question after a passive question cue's agent starts (`asked by a reporter whether …`):
 * a `by` phrase of at most {@link AGENT_REACH} words, no verb, pronoun or punctuation in it, then
 * `whether`, `if`, a wh-word, or a comma or colon before a quotation mark; -1 when there is none.
 */
function agentQuestionStart(doc: Document, cue: CueMatch, limit: number): number {
  const toks = doc.tokens;
  if (toks[cue.end]?.lower !== 'by' || !cue.frames.has('whether') || !endsInPastParticiple(toks[cue.first]!.lower))
    return -1;
  const stop = Math.min(limit, cue.end + 1 + AGENT_REACH);
  for (let k = cue.end + 2; k < stop; k++) {
    const t = toks[k]!;
    if (t.lower === 'whether' || t.lower === 'if' || INTERROGATIVES.has(t.lower)) return k;
    if ((t.value === ',' || t.value === ':') && isMark(toks[k + 1])) return k;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return -1;
  }
  return -1;
}

/** Whether the cue follows a comma or closing mark and its speaker follows it: `…, said Ahmed.`, `“…” said the official`. */
function invertedAfterComma(doc: Document, cue: CueMatch, p: number, w: Window): boolean {
  const toks = doc.tokens;
  const { floor, limit } = w;
  const prevTok = toks[p];
  const prevIsCloseMark = closesAt(w.marks, p);
  return (
    p >= 0 &&
    (prevTok?.value === ',' || prevIsCloseMark) &&
    !cue.participle &&
    cue.first === p + 1 &&
    // "Ramos, 58, told AFP": the comma closes the subject's apposition; no inversion.
    (prevIsCloseMark ||
      isMark(toks[p - 1]) ||
      clauseBeforeComma(doc, p, floor) ||
      // "The gunmen, suspected to be …, rounded up the farmers and shot them, said Babakura Kolo": a
      // predicate before the comma, a name after the cue.
      (predicateBefore(doc, p, floor) && speakerLike(doc, cue.end, npForward(doc, cue.end, limit, true)))) &&
    isInversion(doc, cue.end, limit, true)
  );
}

/** "…, said Ahmed." / "“…” said the official": the speaker after the cue, the content before it. */
function invertAfterComma(doc: Document, cue: CueMatch, s: Subject, w: Window): void {
  const { floor, limit, marks } = w;
  const p = s.p;
  invert(doc, cue, s, limit, true);
  s.before = [floor, closesAt(marks, p) ? p + 1 : p];
  // "“Who are they?” said the official.": the splitter cut after the question; the quote is the content.
  // (No such quote, e.g. its open mark in another paragraph: the content before stays empty, as it was.)
  if (p < floor) {
    const open = quoteClosingBefore(doc, floor, marks);
    if (open !== -1) s.before = [open, floor];
  }
}

/**
 * The speaker of a participle cue (`saying`, `telling`) by what stands before it: the subject of a
 * passive `was quoted as`, the one a quoting verb quotes, or the clause's speaker carried after a
 * comma or `in`. Whether one of these applied.
 */
function participleSubject(doc: Document, cue: CueMatch, s: Subject, w: Window, previous: Attribution | null): boolean {
  const toks = doc.tokens;
  const { floor, marks, dates } = w;
  const p = s.p;
  const prevTok = toks[p];
  if (passiveQuotedAs(doc, cue.first, floor) !== -1) {
    // "The general was quoted as saying …": the subject of the passive speaks.
    const b = passiveQuotedAs(doc, cue.first, floor) - 1; // the form of BE
    const q = npBack(doc, b - 1, floor, dates, marks);
    s.speaker = q < b ? resolveActor(doc, q, b) : null;
    s.leftBound = q;
  } else if (quotedAs(doc, cue.first, floor) !== -1) {
    // "State TV quoted the governor as saying …": the one quoted speaks.
    const qd = quotedAs(doc, cue.first, floor);
    s.speaker = resolveActor(doc, qd + 1, cue.first - 1);
    s.leftBound = qd;
  } else if (prevTok?.value === ',' || p < floor || closesAt(marks, p)) {
    s.speaker = carriedSpeaker(doc, previous, floor, cue.first);
    s.leftBound = Math.max(floor, p);
  } else if (lostCommaParticiple(doc, cue, previous)) {
    // "The army said its units had retaken the bridge adding that …": the previous report's speaker.
    s.speaker = previous!.speaker;
    s.leftBound = cue.first;
  } else if (
    prevTok !== undefined &&
    p >= floor &&
    (prevTok.lower === 'in' || (GERUND_PREPOSITIONS.has(prevTok.lower) && toks[p - 1]?.value !== ','))
  ) {
    // "The EU joined the UN in saying …" (the cue layer takes "in" + -ing only after "join"): the
    // sentence's subject speaks.
    s.speaker = carriedSpeaker(doc, previous, floor, cue.first);
    s.leftBound = p;
  } else return false;
  return true;
}

/**
 * Whether the participle cue stands, its comma lost, right after the content of the previous report
 * of its sentence and before `that` (`said its units had retaken the bridge adding that …`).
 */
function lostCommaParticiple(doc: Document, cue: CueMatch, previous: Attribution | null): boolean {
  return (
    previous !== null &&
    previous.speaker !== null &&
    previous.content !== null &&
    previous.content[1] === cue.first &&
    participleAfterNoun(doc, cue.first)
  );
}

/**
 * Whether the token at `k` is an -ing form right after a noun and before `that`, the noun no record
 * or statement the participle would modify (`the school adding that …`, not `reports suggesting that
 * …`, `a statement adding that …`): a speech participle whose comma was lost, a second report.
 *
 * @example
 * ```ts
 * const doc = parse('The army said it took the bridge adding that the road was open.');
 * participleAfterNoun(doc, 7); // true ("adding")
 * ```
 */
export function participleAfterNoun(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k];
  const before = toks[k - 1];
  return (
    t !== undefined &&
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    toks[k + 1]?.lower === 'that' &&
    before?.pos === 'NOUN' &&
    !RECORD_SOURCES.has(before.lower)
  );
}

/**
 * A cue after a conjunction (`… and said`) or `went on to say`: the clause's speaker carries over.
 * Whether it applied.
 */
function carriedSubject(doc: Document, cue: CueMatch, s: Subject, w: Window, previous: Attribution | null): boolean {
  const toks = doc.tokens;
  const floor = w.floor;
  const p = s.p;
  const prevTok = toks[p];
  if (prevTok === undefined || p < floor) return false;
  if (prevTok.pos === 'CCONJ' || prevTok.lower === 'but') {
    s.speaker = carriedSpeaker(doc, previous, floor, cue.first);
    s.leftBound = toks[p - 1]?.value === ',' ? p - 1 : p;
    return true;
  }
  if (prevTok.lower === 'to' && carriesInfinitive(doc, p, floor)) {
    // "The agency went on to say that …": the subject of the verb before "to" speaks.
    s.speaker = carriedSpeaker(doc, previous, floor, cue.first);
    s.leftBound = p;
    return true;
  }
  return false;
}

/**
 * The speaker as a phrase before the cue: before a dash aside or a relative clause, after a comma,
 * a glued inverted attribution, or the noun phrase right before it.
 */
function phraseSubject(doc: Document, cue: CueMatch, s: Subject, w: Window, previous: Attribution | null): void {
  const toks = doc.tokens;
  const { floor, limit, marks, dates } = w;
  const p = s.p;
  const prevTok = toks[p];
  const inClause = prevTok !== undefined && p >= floor;
  let dash = -1; // the dash aside's start, set by its test in the chain below
  if (inClause && (dash = dashAsideStart(doc, p, floor)) !== -1) {
    // "The Observatory - which has a network of sources - also said": the subject before a dash aside.
    const d = dash;
    const q = npBack(doc, d - 1, floor, dates, marks);
    s.speaker = q < d ? resolveActor(doc, q, d) : null;
    s.leftBound = q;
    if (q > floor && toks[q - 1]!.value === ',') s.before = [floor, q - 1];
  } else if (inClause && RELATIVE.has(prevTok.value)) relativeSubject(doc, s, w);
  else if (inClause && prevTok.value === ',') commaSubject(doc, cue, s, w);
  else if (gluedInversion(doc, cue, w)) {
    // "Shelling resumed overnight reported state television.": an inverted attribution that lost its comma.
    invert(doc, cue, s, limit);
    s.before = [floor, cue.first];
    s.bare = true;
  } else if (inClause && !isMark(prevTok) && relativeBetween(doc, p, floor) !== -1) {
    // "X, which opposes the talks … there said": the subject stands before the relative clause.
    const r = relativeBetween(doc, p, floor);
    const st = complexStart(doc, r, floor);
    s.speaker = resolveActor(doc, st, r);
    s.leftBound = st;
  } else if (inClause && !isMark(prevTok)) nounPhraseSubject(doc, cue, s, w, previous);
}

/** Whether a speech verb or `according to` stands in [a, b). */
function cueAfterIn(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if ((t.lower === 'according' && toks[k + 1]?.lower === 'to') || (t.pos === 'VERB' && cueVerb(t.lower) !== null))
      return true;
  }
  return false;
}

/**
 * "The town is calm said the governor adding that …": the speaker's phrase after a cue followed by a
 * speech participle, the commas lost on both sides.
 */
function speechParticipleAfter(doc: Document, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  if (t === undefined || !(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN')) return false;
  const e = npForward(doc, k, limit);
  return e > k && e < limit && isSpeechParticiple(doc.tokens[e]);
}

/** Longest aside between dashes {@link dashAsideStart} looks back over, in tokens. */
const DASH_ASIDE_REACH = 30;

/**
 * The opening dash of an aside between spaced dashes that closes at `p` (`X - which has … - said`),
 * when a noun phrase stands right before it; -1 otherwise.
 */
function dashAsideStart(doc: Document, p: number, floor: number): number {
  const toks = doc.tokens;
  const t = toks[p]!;
  if (!isSpacedDash(t)) return -1;
  for (let k = p - 2; k > floor && k > p - DASH_ASIDE_REACH; k--) {
    const u = toks[k]!;
    if (u.value === '.' || u.value === ';' || isMark(u)) return -1;
    if (isSpacedDash(u)) {
      const before = toks[k - 1]!;
      return before.pos === 'NOUN' || before.pos === 'PROPN' ? k : -1;
    }
  }
  return -1;
}

function isSpacedDash(t: Token): boolean {
  return (t.value === '-' || t.value === '–' || t.value === '—') && t.spaceBefore;
}

/** Whether the "to" at `p` follows a verb that carries its subject into the infinitive ("went on to", "continued to"). */
function carriesInfinitive(doc: Document, p: number, floor: number): boolean {
  const toks = doc.tokens;
  let v = p - 1;
  if (v > floor && toks[v]!.lower === 'on') v--; // "went on to"
  return v >= floor && INFINITIVE_CARRIERS.has(toks[v]!.lower);
}

/** The speaker after the cue: "…, said Ahmed.". */
function invert(doc: Document, cue: CueMatch, s: Subject, limit: number, marked = false): void {
  const npEnd = npForward(doc, cue.end, limit, marked);
  s.speaker = resolveActor(doc, cue.end, npEnd);
  s.inverted = true;
  s.afterStart = npEnd;
}

/** "support from those who said": the antecedent is the noun phrase just before "who". */
function relativeSubject(doc: Document, s: Subject, w: Window): void {
  const toks = doc.tokens;
  let e = s.p;
  if (toks[e - 1]?.value === ',') e--;
  const q0 = npBack(doc, e - 1, w.floor, w.dates, w.marks);
  let q = q0;
  for (let j = e - 1; j > q; j--) if (toks[j]!.pos === 'ADP') q = j + 1;
  // "a journalist for a local radio in the district who said": a place never speaks; the relative
  // is about the phrase the locative hangs on.
  // ("a reporter from Ostrava who said": `who` after a person's role noun is that person.)
  if (
    q > q0 &&
    (LOCATIVE_PREPOSITIONS.has(toks[q - 1]!.lower) ||
      PLACE_NOUNS.has(toks[e - 1]!.lower) ||
      (toks[s.p]!.lower === 'who' && roleNounIn(doc, q0, q - 1)))
  )
    q = q0;
  s.speaker = q < e ? resolveActor(doc, q, e) : null;
  s.leftBound = q;
}

/** Where the noun phrase from `a` ends: its first verb, or `max`. */
function phraseEnd(doc: Document, a: number, max: number): number {
  const toks = doc.tokens;
  let k = a;
  // ("the New York-based watchdog": a participle glued by a hyphen modifies the head.)
  while (
    k < max &&
    k < toks.length &&
    ((toks[k]!.pos !== 'VERB' && toks[k]!.pos !== 'AUX') || isGluedHyphen(toks, k - 1))
  )
    k++;
  return k;
}

/** Whether a role noun (`reporter`, `resident`) stands in [a, b). */
function roleNounIn(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k]!.pos === 'NOUN' && roleAt(doc.tokens, k, b) !== null) return true;
  return false;
}

/** "The governor of Homs province, Talal Barzani, told …": the subject complex before the comma. */
function commaSubject(doc: Document, cue: CueMatch, s: Subject, w: Window): void {
  const toks = doc.tokens;
  const { floor, limit, marks, dates } = w;
  const p = s.p;
  const st = complexStart(doc, p, floor);
  // A speaker is a noun phrase, never a predicate ("…, rounded up the farmers and shot them, said").
  if (st >= p || opensPredicate(doc, st, floor)) return;
  s.speaker = coordinatedBeforeApposition(doc, st, p, w) ?? resolveActor(doc, st, p);
  s.leftBound = st;
  if (st > floor && toks[st - 1]!.value === ',') s.before = [floor, st - 1];
  else if (st > floor && isMark(toks[st - 1])) s.before = [floor, st];
  // "“How are you today?” Miller, a retired nurse, said.": the splitter cut after the quote's own
  // final mark, so the quote that closes right before the subject is the content.
  else if (st === floor) {
    const open = quoteBeforeSubject(doc, cue, floor, limit, dates, marks);
    if (open !== -1) s.before = [open, floor];
  }
}

/**
 * "Kamal Ayoub and Nadia Farouk, both residents of the camp, said": names joined by `and` before the
 * subject complex's first comma speak as one, as they do with no apposition ({@link coordinated});
 * `null` when the complex opens with no such pair.
 */
function coordinatedBeforeApposition(doc: Document, st: number, p: number, w: Window): ResolvedActor | null {
  const toks = doc.tokens;
  let e = st;
  while (e < p && toks[e]!.value !== ',') e++;
  if (e === p || e - st < 3) return null;
  let and = false;
  for (let k = st + 1; k < e - 1 && !and; k++) and = toks[k]!.lower === 'and';
  return and ? (coordinated(doc, st, e - 1, w)?.speaker ?? null) : null;
}

/** The parts of speech a subject glued to its cue ends in ("… overnight reported state television"). */
const GLUED_SUBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'ADV', 'ADJ', 'VERB']);

/**
 * Where the quote closing right before the sentence opens starts, when it is the content of a cue whose
 * subject opens the sentence ("“Who do they think they are?” Trump said."), or -1. A question-asking cue
 * ("“Is it over?” Borger asked.") takes a quote before it too.
 */
function quoteBeforeSubject(
  doc: Document,
  cue: CueMatch,
  floor: number,
  limit: number,
  dates: TimeIndex,
  marks: QuoteMarks,
): number {
  if (!cue.frames.has('clause') && !cue.frames.has('whether')) return -1;
  const open = quoteClosingBefore(doc, floor, marks);
  return open !== -1 && nothingSaidAfter(doc, cue, limit, dates) ? open : -1;
}

/** "Shelling resumed overnight reported state television.": an inversion whose comma was lost. */
function gluedInversion(doc: Document, cue: CueMatch, w: Window): boolean {
  const toks = doc.tokens;
  const { floor, limit } = w;
  if (!(
    cue.first - 1 > floor &&
    !cue.participle &&
    cue.frames.has('clause') &&
    !cue.frames.has('addressee') && // "Agha told reporters": an addressee, not an inverted subject
    GLUED_SUBJECT_POS.has(toks[cue.first - 1]!.pos) &&
    (isInversion(doc, cue.end, limit) || speechParticipleAfter(doc, cue.end, limit))
  ))
    return false;
  if (!hasFiniteVerb(doc, floor, cue.first) || isBareAdverbial(doc, floor, cue.first)) return false;
  const npEnd = npForward(doc, cue.end, limit);
  return speakerLike(doc, cue.end, npEnd) && !adjectivalCue(doc, cue, npEnd);
}

/** The comma of a relative clause between the subject and its cue, with a subject before it, or -1. */
function relativeBetween(doc: Document, p: number, floor: number): number {
  const r = openRelative(doc, p, floor);
  if (r === -1) return -1;
  const st = complexStart(doc, r, floor);
  if (st >= r) return -1;
  // "The rebels attacked Kassel which is held by the army … spokesman Hans Berg said": a finite verb
  // before the relative's noun makes that noun an object; the cue's subject is later (its comma lost).
  if (hasFiniteVerb(doc, floor, r)) return -1;
  // "Tests on victims of an attack which killed dozens point to sarin the ministry said": a finite verb
  // after the relative clause's own (even one the tagger read as a noun) is the main clause's; the
  // relative clause ended before the cue's subject.
  const toks = doc.tokens;
  let j = r + 1;
  while (j < p && toks[j]!.pos !== 'VERB' && toks[j]!.pos !== 'AUX') j++;
  // (Its verb group whole: "which did not mention".)
  while (j < p && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'PART' || toks[j]!.pos === 'ADV')) j++;
  // (Not "X, which opposes the talks although it has fought …, said": a verb in a clause nested in the
  // relative one.)
  for (let k = toks[j]?.pos === 'VERB' ? j + 1 : j; k < p; k++) {
    const t = toks[k]!;
    // ("which began Saturday and continued Sunday killed 45": a verb coordinated in the relative clause.)
    if (coordinatedVerbAt(doc, k)) continue;
    if (
      t.pos === 'SCONJ' ||
      t.pos === 'CCONJ' ||
      t.value === ',' ||
      RELATIVE.has(t.lower) ||
      CONTENT_CUTS.has(t.lower) ||
      ADVERBIAL_SUBORDINATORS.has(t.lower)
    )
      return r;
    // ("who asked not to be named said": an infinitive's auxiliary is the relative clause's own.)
    if (t.pos === 'AUX' && toks[k - 1]!.lower === 'to') continue;
    if (t.pos === 'AUX' || (t.pos === 'NOUN' && isTaggedNounVerb(doc, k))) return -1;
    if (
      t.pos === 'VERB' &&
      !t.lower.endsWith('ing') &&
      toks[k - 1]!.lower !== 'to' &&
      !t.lower.endsWith('ed') &&
      !t.lower.endsWith('en')
    )
      return -1;
    // "The raids which began on Saturday killed 45 civilians … the Observatory said": a past form with its
    // object (a determiner or number after it) right after a noun or adverb ("lasted overnight killed 12")
    // is the main clause's verb, not a participle.
    if (
      t.pos === 'VERB' &&
      t.lower.endsWith('ed') &&
      (toks[k - 1]!.pos === 'NOUN' || toks[k - 1]!.pos === 'PROPN' || toks[k - 1]!.pos === 'ADV') &&
      (toks[k + 1]?.pos === 'DET' || toks[k + 1]?.pos === 'NUM')
    )
      return -1;
  }
  return r;
}

/** The speaker carried from the clause: the previous cue's of the sentence, or the sentence's subject. */
function carriedSpeaker(
  doc: Document,
  previous: Attribution | null,
  floor: number,
  cueFirst: number,
): ResolvedActor | null {
  if (previous?.speaker) return previous.speaker;
  const sub = sentenceSubject(doc, floor, cueFirst);
  return sub === null ? null : resolveActor(doc, sub[0], sub[1]);
}

/** The noun phrase right before the cue ("the monitor said"), or the clause's subject for a participle. */
function nounPhraseSubject(doc: Document, cue: CueMatch, s: Subject, w: Window, previous: Attribution | null): void {
  const toks = doc.tokens;
  const { floor, limit, dates, marks } = w;
  const p = s.p;
  let q = subjectPhraseStart(doc, cue, p, w);
  if (participleOfClause(doc, cue, q, p, w)) {
    // "wrote an op-ed urging …", "was heard on a microphone telling …": the clause's subject speaks.
    s.speaker = carriedSpeaker(doc, previous, floor, cue.first);
    s.leftBound = cue.first;
    return;
  }
  if (q > p) return;
  s.speaker = resolveActor(doc, q, p + 1);
  // "French President Francois Hollande increasingly under pressure … to seek a U.N. mandate before any
  // military intervention suggested …": the walk ended in a modifier's object, which cannot speak; the
  // name that opens the clause, no verb after it, is the subject.
  if (
    q > floor &&
    !cue.participle &&
    s.speaker !== null &&
    s.speaker.kind === 'description' &&
    s.speaker.resolvedBy === 'description' &&
    hasFiniteVerb(doc, cue.end, limit)
  ) {
    const opener = clauseOpenerName(doc, floor, q, s.speaker);
    if (opener !== null) {
      s.speaker = opener;
      return;
    }
  }
  q = widenSubject(doc, q, s, w);
  const both = coordinated(doc, q, p, w);
  if (both !== null) {
    s.speaker = both.speaker;
    s.leftBound = q = both.first;
    // "The strikes were justified, Britain and the United States said.": the content before the comma.
    if (q > floor && toks[q - 1]!.value === ',') s.before = [floor, q - 1];
    else if (q > floor && isMark(toks[q - 1])) s.before = [floor, q];
    return;
  }
  // "… a gap that experts say …": a cue inside a relative clause has no content before it.
  let open = -1; // the start of a quote before the sentence, set by its test in the chain below
  if (q > floor && toks[q - 1]!.value === ',') s.before = [floor, q - 1];
  else if (q > floor && isMark(toks[q - 1])) s.before = [floor, q];
  // "“Who do they think they are?” Trump said.": the sentence splitter cut after the quote's own
  // final mark, so the quote that closes right before the subject is the content.
  else if (q === floor && !cue.participle && (open = quoteBeforeSubject(doc, cue, floor, limit, dates, marks)) !== -1)
    s.before = [open, floor];
  // "Shelling resumed in the south the monitor said.": the comma lost, the attribution ends the sentence.
  // (Its cheapest condition first: nothing said after the cue, else no start is looked for.)
  else if (!cue.participle && cue.frames.has('clause') && nothingSaidAfter(doc, cue, limit, dates))
    gluedSubject(doc, cue, s, q, w);
}

/**
 * Where the subject phrase before the cue ending at `p` starts: the noun-phrase walk back, with its
 * apposition, cut after an `and` that joins objects or after an opening adjunct whose comma was lost.
 */
function subjectPhraseStart(doc: Document, cue: CueMatch, p: number, w: Window): number {
  const { floor, dates, marks } = w;
  const q0 = npBack(doc, p, floor, dates, marks);
  let q = appositionStart(doc, q0, floor);
  // "Aid groups including Oxfam said": the name after `including` is a member; the subject is the plural before it.
  const members = q > floor ? memberIntroducerBefore(doc.tokens, q) : -1;
  if (members > floor) {
    const head = npBack(doc, members - 1, floor, dates, marks);
    if (head < members) q = head;
  }
  const and = andAfterObject(doc, q, p, cue.participle ? -1 : cue.end);
  if (and !== -1) q = and + 1;
  // "In the days of the assault residents said": the walk ran back into the opening adjunct (its comma lost).
  if (q < p && inOpeningAdjunct(doc, q)) {
    const t = speakerTail(doc, q, p);
    if (t > q) q = t;
  }
  return q;
}

/**
 * Whether a participle cue's phrase [q, p] is the object of a verb or preposition before it (`wrote
 * an op-ed urging …`), or a time phrase (`came to me two weeks ago asking …`, no speaker: ANNOTATION.md
 * §1), so the clause's subject speaks — not after `with` (`with the Observatory saying …`).
 */
function participleOfClause(doc: Document, cue: CueMatch, q: number, p: number, w: Window): boolean {
  if (!cue.participle) return false;
  const toks = doc.tokens;
  const lead = toks[q - 1];
  const time = q <= p && (w.dates.startingAt.has(q) || isTemporal(toks[p]!.lower) || isTemporal(toks[q]!.lower));
  // "… with the Observatory saying the shelling hit a school": after `with`, the phrase before the
  // participle is its subject, and speaks.
  const withSubject = lead?.lower === 'with' && q <= p && !time;
  return (
    !withSubject &&
    q > w.floor &&
    lead !== undefined &&
    (lead.pos === 'VERB' || lead.pos === 'ADP' || (time && lead.pos === 'PRON'))
  );
}

/**
 * The subject's start `q` widened to what the attribution owns: a possessive determiner opening it
 * (`his office said`), the noun phrase a post-modifier belongs to (`Farmers contacted in the valley
 * say`); sets the speaker and left bound to match.
 */
function widenSubject(doc: Document, q: number, s: Subject, w: Window): number {
  const toks = doc.tokens;
  const floor = w.floor;
  const p = s.p;
  // "“…,” his office said", "…, their spokesman said": a possessive determiner opening the subject
  // belongs to the attribution (the phrase walk stops at pronouns).
  if (q - 1 >= floor && toks[q - 1]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(toks[q - 1]!.lower)) {
    const before = toks[q - 2];
    if (q - 1 === floor || before?.value === ',' || isMark(before)) {
      q--;
      // (Its antecedent owns the speaker: "Adel Abdul Mahdi's office".)
      s.speaker = resolveActor(doc, q, p + 1) ?? s.speaker;
    }
  }
  s.leftBound = q;
  // "Farmers contacted in the valley say", "The monitor which tracks the war said": the walk
  // stopped inside a post-modifier; the speaker is the noun phrase it modifies.
  const pm = postModifiedSubject(doc, q, p, w);
  if (pm !== null) {
    s.speaker = resolveActor(doc, pm[0], pm[1]);
    s.leftBound = q = pm[0];
  }
  return q;
}

/**
 * "Shelling resumed in the south the monitor said.": the comma before a closing attribution lost;
 * finds where the attribution starts inside the run [q, p] and sets the speaker and the content
 * before it (unchanged when no start fits).
 */
function gluedSubject(doc: Document, cue: CueMatch, s: Subject, q: number, w: Window): void {
  const { floor, limit, dates } = w;
  const p = s.p;
  // "… on the church local officials and a priest said": coordinated speakers, the comma before
  // the first lost too; the first conjunct is cut from the phrase before "and" as a lone one is.
  const left = gluedConjunct(doc, cue, q, p, w);
  if (left !== -1) {
    const who = resolveActor(doc, left, p + 1);
    if (who !== null) {
      s.speaker = who;
      s.leftBound = left;
      s.before = [floor, left];
      s.bare = true;
      return;
    }
  }
  // "… in Hama and Deir al-Zor Moumtzis said": the run ends in the surname of a person the document
  // named in full before; the words before it are the content's (the surname is no cut of a phrase).
  const surname = earlierSurname(doc, q, p);
  const g = surname !== -1 ? surname : gluedStart(doc, q, p);
  const split = g !== q && surname === -1;
  const c = compoundModifierStart(doc, g, floor);
  const r = c < g && gluedAttribution(doc, cue, c, split, limit, dates) ? c : g;
  if (r > floor && gluedAttribution(doc, cue, r, split, limit, dates)) {
    const from = nameTail(doc, r, p);
    const who = from !== q ? resolveActor(doc, from, p + 1) : s.speaker;
    // ("… hit the town on Monday he said": a subject pronoun, resolved later by salience.)
    if (who !== null || (r === p && isSubjectPronoun(doc.tokens[p]!.lower) && doc.tokens[p]!.pos === 'PRON')) {
      s.speaker = who;
      s.leftBound = r;
      s.before = [datelineEnd(doc, floor, r, dates), r];
      s.bare = true;
    }
  }
}

/** How far (in tokens) the name opening a clause may stand from the cue phrase {@link clauseOpenerName} reads. */
const OPENER_REACH = 30;

/**
 * The person or body named at the start of the sentence [floor, …) when the phrase the subject walk
 * found before the cue (`described`, from `q`) is a description no one speaks as (`U.N. mandate`,
 * `airstrike of the coalition`: its head is no speaker's noun) and no finite verb, comma or
 * quotation mark stands between that name and the phrase: a long post-modifier ("increasingly under
 * pressure at home to seek a U.N. mandate") separates the subject from its verb. `null` otherwise.
 */
function clauseOpenerName(doc: Document, floor: number, q: number, described: ResolvedActor): ResolvedActor | null {
  const toks = doc.tokens;
  const [ma, mb] = described.mention;
  let h = mb - 1;
  for (let k = ma + 1; k < mb; k++)
    if (toks[k]!.pos === 'ADP') {
      h = k - 1;
      break;
    }
  if (speakerHead(toks[h]!.lower) || toks[h]!.value !== toks[h]!.lower || q - floor > OPENER_REACH) return null;
  const reg = entityRegistry(doc);
  let a = floor;
  // (After an opening time: "On Saturday French President …".)
  const time = timeEntities(doc).startingAt.get(a) ?? timeEntities(doc).startingAt.get(a + 1);
  if (time !== undefined && time.endToken < q) a = time.endToken;
  // (A demonym or article before the title: "French President Francois Hollande".)
  while (a < q - 1 && a < floor + 2 && (toks[a]!.pos === 'ADJ' || toks[a]!.pos === 'DET') && reg.mentionAt[a] === -1)
    a++;
  const mi = reg.mentionAt[a] ?? -1;
  if (mi === -1) return null;
  const m = reg.mentions[mi]!;
  const e = reg.entities[m.entity]!;
  if (m.form !== 'name' || m.first !== a || e.kind === 'description' || m.end >= ma - 1) return null;
  // A name of two words or a known actor ("Fierce fighting erupted": one capitalised word is no
  // name), that no lower-case noun or adjective follows ("Syrias southern neighbor": a possessor).
  if (e.known === null && m.nameEnd - m.nameFirst < 2) return null;
  const next = toks[m.end]!;
  if ((next.pos === 'NOUN' || next.pos === 'ADJ') && next.value === next.lower) return null;
  for (let k = m.end; k < q; k++) {
    const t = toks[k]!;
    if (t.value === ',' || isMark(t) || t.pos === 'AUX' || RELATIVE.has(t.lower)) return null;
    // (Participles and infinitives belong to the modifier: "under pressure to seek".)
    if (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower) && toks[k - 1]!.lower !== 'to') return null;
  }
  return resolveActor(doc, m.first, m.end);
}

/**
 * Where a content glued to its attribution starts when a wire dateline the sentence splitter left in
 * front of it ends inside [floor, r) (`… Idlib Monitor AFP Saturday 10 Sep 2016 Air strikes on a market
 * … killed 24 people a monitor said`): after the last full date (day, month and year) that follows a
 * capitalised word and comes before a capitalised one; `floor` when there is none.
 */
function datelineEnd(doc: Document, floor: number, r: number, dates: TimeIndex): number {
  const toks = doc.tokens;
  let start = floor;
  for (let k = floor + 2; k < r - 2; k++) {
    const d = dates.endingAt.get(k);
    if (d === undefined || d.value === null || !/^\d{4}-\d\d-\d\d$/.test(d.value)) continue;
    const before = toks[d.firstToken - 1];
    if (d.firstToken <= floor || before === undefined || !startsAsciiUpper(before.value)) continue;
    if (startsAsciiUpper(toks[k]!.value)) start = k;
  }
  return start;
}

/**
 * Where the speaker starts when the noun phrase [q, p] before the cue is no speaker but the
 * object of a post-modifier whose comma was lost — a participle (`Farmers contacted in the
 * valley say`, `experts investigating abuses said`) or a relative clause (`the monitor which
 * tracks the war said`) — and the noun phrase before it can speak: that phrase; `null` otherwise. Only phrases
 * right after such a verb are looked at, so most cues cost one token test.
 */
function postModifiedSubject(doc: Document, q: number, p: number, w: Window): [number, number] | null {
  const toks = doc.tokens;
  let k = q - 1;
  // "contacted in the valley": the preposition after the participle.
  if (k > w.floor && toks[k]!.pos === 'ADP') k--;
  const v = toks[k];
  if (v === undefined || k - 1 < w.floor) return null;
  // "tracking the violence": the tagger calls a participle before its object a noun.
  const participle =
    ((v.pos === 'VERB' && v.lower !== v.lemma) || (v.pos === 'NOUN' && toks[k + 1]!.pos === 'DET')) &&
    (v.lower.endsWith('ed') || v.lower.endsWith('ing'));
  const relative = RELATIVE.has(toks[k - 1]!.lower) && (v.pos === 'VERB' || v.pos === 'NOUN');
  if (!participle && !relative) return null;
  const e = relative ? k - 1 : k; // one past the modified phrase
  const n = toks[e - 1]!;
  if (n.pos !== 'NOUN' && n.pos !== 'PROPN' && !isNameToken(doc, e - 1)) return null;
  let a = npBack(doc, e - 1, w.floor, w.dates, w.marks);
  // "(AFP) Residents contacted …": a credit closed before the phrase is no part of it.
  for (let j = e - 1; j > a; j--) if (toks[j]!.value === ')') a = j + 1;
  // ("a teacher living in Midan said": a name after a locative preposition is the place, no rival speaker.)
  const place = k + 1 < q && LOCATIVE_PREPOSITIONS.has(toks[q - 1]!.value);
  if (a >= e || (!place && speakerLike(doc, q, p + 1)) || !speakerLike(doc, a, e)) return null;
  // "the IDA a group of doctors that supports …": the name before a lost comma heads the phrase.
  return [appositionStart(doc, a, w.floor), e];
}

/**
 * "In Aleppo Leyla Haddad a local activist said": a name before a description that
 * opens with `a`/`an` is its apposition with the comma lost; the subject starts at the
 * name (a place run into it cut off by {@link nameTail}) when the name is clearly one
 * (after a cut, or opening the sentence or a comma phrase).
 */
function appositionStart(doc: Document, q: number, floor: number): number {
  const toks = doc.tokens;
  const t = toks[q];
  // "Lama Fakih the New York-based watchdog's deputy told": `the` and a role noun after a person's
  // name that opens the clause, the comma lost.
  const definite = t?.lower === 'the' && roleNounIn(doc, q + 1, phraseEnd(doc, q + 1, q + 8));
  if (t !== undefined && t.lower !== 'a' && t.lower !== 'an' && !definite && t.value === t.lower)
    return personBeforeRole(doc, q, floor);
  // "Ali Haddad 45 a teacher from the town said": the person's age between the name and the
  // apposition, the commas lost; the name opening the clause speaks.
  if (t !== undefined && (t.lower === 'a' || t.lower === 'an' || definite) && isAge(toks[q - 1])) {
    const mi = entityRegistry(doc).mentionAt[q - 2] ?? -1;
    const m = mi === -1 ? null : entityRegistry(doc).mentions[mi]!;
    if (
      m !== null &&
      m.form === 'name' &&
      m.end === q - 1 &&
      m.nameFirst >= floor &&
      entityRegistry(doc).entities[m.entity]!.kind === 'person' &&
      (m.nameFirst === floor || toks[m.nameFirst - 1]!.value === ',')
    )
      return m.nameFirst;
  }
  if (
    t === undefined ||
    (t.lower !== 'a' && t.lower !== 'an' && !definite) ||
    q - 1 < floor ||
    !isNameToken(doc, q - 1)
  )
    return q;
  let s = q - 1;
  while (s - 1 >= floor && isNameToken(doc, s - 1)) s--;
  const reg = entityRegistry(doc);
  // "Mehmet Korkmaz the Governor of Adana a southern province": a chain of appositions, the commas lost.
  const chained = personBeforeTitledRole(doc, s, floor);
  if (chained !== -1) return chained;
  // "Speaking to Anadolu Agency Yusuf el-Bustani a local activist": a person's name the registry
  // read whole (particles included) and cut from the capitalised words run into it.
  const mi = reg.mentionAt[q - 1]!;
  const m = mi === -1 ? null : reg.mentions[mi]!;
  if (
    m !== null &&
    m.form === 'name' &&
    m.end === q &&
    m.nameFirst >= floor &&
    reg.entities[m.entity]!.kind === 'person' &&
    firstNameGender(toks[m.nameFirst]!.value) !== null &&
    (m.nameFirst === floor ||
      toks[m.nameFirst - 1]!.value === ',' ||
      toks[m.nameFirst - 1]!.pos === 'NOUN' ||
      isNameToken(doc, m.nameFirst - 1))
  )
    // ("General Tomas Berg the top commander": the title opens the subject.)
    return definite && m.first >= floor ? m.first : m.nameFirst;
  // ("Lama Fakih the … deputy": a person's name opening the clause, known given name or not.)
  if (
    definite &&
    m !== null &&
    m.form === 'name' &&
    m.end === q &&
    reg.entities[m.entity]!.kind === 'person' &&
    m.nameEnd - m.nameFirst >= 2 &&
    (m.nameFirst === floor || toks[m.nameFirst - 1]!.value === ',')
  )
    return m.nameFirst;
  if (definite) return q;
  // "The Coastal Monitoring Bureau a regional watchdog said": a body's name opening the clause (after
  // its article, if any) before an apposition that lost its commas; the body speaks.
  if (m !== null && m.form === 'name' && m.end === q && reg.entities[m.entity]!.kind !== 'person') {
    const start = ARTICLES.has(toks[m.nameFirst - 1]?.lower ?? '') ? m.nameFirst - 1 : m.nameFirst;
    if (start === floor || (start > floor && toks[start - 1]!.value === ',')) return m.nameFirst;
  }
  const cut = nameTail(doc, s, q - 1);
  // A person's name: it opens with a known first name.
  if (cut === q - 1 || firstNameGender(toks[cut]!.value) === null) return q;
  if (cut > s || s === floor || toks[s - 1]?.value === ',') return cut;
  return q;
}

/**
 * Where the person's name starts before `the <role> of` + the name run at `s`
 * (`Mehmet Korkmaz the Governor of Adana`): the first apposition of a chain whose
 * commas were lost; -1 when no person's name stands there.
 */
function personBeforeTitledRole(doc: Document, s: number, floor: number): number {
  const toks = doc.tokens;
  if (s - 3 <= floor || !ROLE_PREPOSITIONS.has(toks[s - 1]!.lower)) return -1;
  let r = s - 2;
  while (r > floor && r > s - 5 && !ARTICLES.has(toks[r]!.lower)) r--;
  if (!ARTICLES.has(toks[r]!.lower) || r + 1 >= s - 1 || roleAt(toks, r + 1, s - 1) === null) return -1;
  const reg = entityRegistry(doc);
  const mi = reg.mentionAt[r - 1]!;
  const m = mi === -1 ? null : reg.mentions[mi]!;
  if (m === null || m.form !== 'name' || m.end !== r || m.nameFirst < floor) return -1;
  return reg.entities[m.entity]!.kind === 'person' ? m.nameFirst : -1;
}

/**
 * "Anna Berg ICRC regional director for Europe said": a role phrase at `q` after a
 * person's name of two words or more (and at most three capitalised words of the body
 * after it), the comma between them lost; the subject starts at the name when it opens
 * the sentence or follows a comma, a name or a noun. `q` otherwise.
 */
function personBeforeRole(doc: Document, q: number, floor: number): number {
  const toks = doc.tokens;
  let role = false;
  for (let k = q; k < q + 4 && !role; k++) {
    const t = toks[k];
    if (t === undefined || t.value !== t.lower || (t.pos !== 'ADJ' && t.pos !== 'NOUN')) break;
    role = roleAt(toks, k, k + 1) !== null;
  }
  if (!role) return q;
  const reg = entityRegistry(doc);
  for (let k = q - 1; k >= floor && k >= q - 4 && isNameToken(doc, k); k--) {
    const mi = reg.mentionAt[k]!;
    const m = mi === -1 ? null : reg.mentions[mi]!;
    if (m === null || m.form !== 'name' || m.end !== k + 1) continue;
    if (reg.entities[m.entity]!.kind !== 'person' || m.nameEnd - m.nameFirst < 2) continue;
    const s = m.nameFirst;
    const before = toks[s - 1];
    if (
      s === floor ||
      before?.value === ',' ||
      before?.pos === 'NOUN' ||
      before?.pos === 'VERB' ||
      isNameToken(doc, s - 1)
    )
      return s;
    return q;
  }
  return q;
}

/**
 * "France and Britain said", "Washington and Paris say": a coordinated subject of
 * two named actors speaks as one, named by both; `null` unless the phrase before
 * "and" ends at the sentence start or a comma and both sides are names.
 */
function coordinated(doc: Document, q: number, p: number, w: Window): { speaker: ResolvedActor; first: number } | null {
  const toks = doc.tokens;
  // "and" inside the phrase the walk found, or just before it.
  let c = q - 1;
  for (let k = q + 1; k < p; k++) if (toks[k]!.lower === 'and') c = k;
  // "France Britain say": state names run together, every comma and the "and" lost.
  if (toks[c]?.lower !== 'and' && (q === w.floor || toks[q - 1]!.value === ',' || w.dates.endingAt.has(q))) {
    const parts = conjuncts(doc, q, p + 1);
    if (parts.length < 2) return null;
    c = parts[parts.length - 1]![0];
    return coordinatedSpeaker(doc, parts.slice(0, -1), q, c, p);
  }
  if (toks[c]?.lower !== 'and' || c - 1 < w.floor) return null;
  let q2 = c < q ? npBack(doc, c - 1, w.floor, w.dates, w.marks) : q;
  if (q2 >= c || !(q2 === w.floor || toks[q2 - 1]?.value === ',' || isMark(toks[q2 - 1]))) return null;
  // "France, Britain and the United States said": more states before, each after a comma, from the
  // sentence start on.
  let f = q2;
  while (f - 2 >= w.floor && toks[f - 1]!.value === ',') {
    const g = stateBefore(doc, f - 1, w.floor);
    if (g === -1) break;
    f = g;
  }
  if (f < q2 && f === w.floor) q2 = f;
  return coordinatedSpeaker(doc, conjuncts(doc, q2, c), q2, c + 1, p);
}

/** The speaker of the conjuncts `parts` and the last one [r, p]: each one name, named by all; `null` otherwise. */
function coordinatedSpeaker(
  doc: Document,
  parts: [number, number][],
  q2: number,
  r: number,
  p: number,
): { speaker: ResolvedActor; first: number } | null {
  const toks = doc.tokens;
  const right = resolveActor(doc, r, p + 1);
  if (right === null || right.resolvedBy !== 'name') return null;
  if (!opensConjunct(doc, right, r) || right.mention[1] !== p + 1) return null;
  const sides: ResolvedActor[] = [];
  for (const [a, b] of parts) {
    const left = resolveActor(doc, a, b);
    // Each side one name ("Foreign Affairs and Security Policy Ann Lund" is a title before a name).
    if (left === null || left.resolvedBy !== 'name' || !opensConjunct(doc, left, a) || left.mention[1] !== b)
      return null;
    sides.push(left);
  }
  if (sides.length === 0 || sides.some((x) => x.name === right.name)) return null;
  const kind = sides.every((x) => x.kind === right.kind) ? right.kind : 'organisation';
  return {
    first: q2,
    speaker: speakerActor(
      `${sides.map((x) => x.name).join(', ')} and ${right.name}`,
      kind,
      null,
      null,
      'name',
      [q2, p + 1],
      null,
      Math.min(right.confidence, ...sides.map((x) => x.confidence)),
    ),
  };
}

/**
 * Whether actor `x` opens the conjunct at `a` (past `the`), or a person's title does ("Prime Minister
 * Ann Lund and Foreign Minister Per Berg said").
 */
function opensConjunct(doc: Document, x: ResolvedActor, a: number): boolean {
  const from = doc.tokens[a]?.lower === 'the' ? a + 1 : a;
  return x.mention[0] === from || (x.kind === 'person' && titledFrom(doc, from, x.mention[0]));
}

/** Whether [a, n) is one title or role (`Prime Minister`, `Foreign Minister`, `Dr.`) before a name at `n`. */
function titledFrom(doc: Document, a: number, n: number): boolean {
  if (n <= a || n - a > 4) return false;
  const toks = doc.tokens;
  const t = titleAt(toks, a, n);
  if (t !== null && t.end === n) return true;
  const r = roleAt(toks, a, n);
  return r !== null && r.end === n;
}

/** The first token of a state's or capital's name (`the United States`, `France`) that ends at `e`, or -1. */
function stateBefore(doc: Document, e: number, floor: number): number {
  for (let a = e - 1; a >= floor && a >= e - 4; a--) {
    const g = placeGovernmentAt(doc, a);
    if (g !== null && g.endToken === e) return doc.tokens[a - 1]?.lower === 'the' && a - 1 >= floor ? a - 1 : a;
  }
  return -1;
}

/**
 * The conjuncts of the list [a, c) before the last "and": split at commas, and between
 * state names that the page ran together (`France Britain`, the comma lost).
 */
function conjuncts(doc: Document, a: number, c: number): [number, number][] {
  const toks = doc.tokens;
  const out: [number, number][] = [];
  let k = a;
  while (k < c) {
    if (toks[k]!.value === ',') {
      k++;
      continue;
    }
    let j = k;
    while (j < c && toks[j]!.value !== ',') j++;
    // A run of state names with no comma between them.
    let s = k;
    for (;;) {
      const st = toks[s]!.lower === 'the' ? s + 1 : s;
      const g = placeGovernmentAt(doc, st);
      if (g === null || g.endToken >= j || g.endToken <= st) break;
      const nx = toks[g.endToken]!.lower === 'the' ? g.endToken + 1 : g.endToken;
      // "Damascus Syria": a capital before its own country is one place, no list.
      if ((placeGovernmentAt(doc, nx)?.actor ?? g.actor) === g.actor) break;
      out.push([s, g.endToken]);
      s = g.endToken;
    }
    out.push([s, j]);
    k = j;
  }
  return out;
}

/**
 * Where the name of a speaker ending at `p` starts when other capitalised words run
 * into it with the comma lost (`… in Homs Amnesty International said` → `Amnesty
 * International`, `… in Idlib Karim Haddad` → `Karim Haddad`, `… Security Policy
 * Ann Lund` → `Ann Lund`): the longest known actor after a run that no article
 * opens, or a name opening with a known first name; `q` when the run is one name.
 */
function nameTail(doc: Document, q: number, p: number): number {
  const toks = doc.tokens;
  if (!isNameToken(doc, p) || p <= q || canonicalActor(textOf(doc, q, p + 1)) !== null) return q;
  let run = p;
  while (run - 1 >= q && isNameToken(doc, run - 1)) run--;
  // "the Levant Observatory for Human Rights": an article opens one name.
  const opened = run > 0 && ARTICLES.has(toks[run - 1]!.lower);
  // The registry already cut the run where a known actor or a person's name starts inside it.
  const reg = entityRegistry(doc);
  const mi = reg.mentionAt[p]!;
  const m = mi === -1 ? null : reg.mentions[mi]!;
  if (!opened && m !== null && m.form === 'name' && m.end === p + 1 && m.nameFirst > Math.max(run, q))
    return m.nameFirst;
  for (let k = Math.max(run, q) + 1; k <= p; k++) {
    if (isTemporal(toks[k]!.lower)) continue;
    if (!opened && canonicalActor(textOf(doc, k, p + 1)) !== null) return k;
    // A first name after a word that is none ("Idlib Karim Haddad"; not "Abu Karim").
    if (k < p && firstNameGender(toks[k]!.value) !== null && firstNameGender(toks[k - 1]!.value) === null) return k;
  }
  return q;
}

/**
 * Where the name closing a run of capitalised words from `q` to `p` starts when its last word is the
 * surname of a person the document introduced before the run with a given name and a role or gender
 * (`Panos Moumtzis, the U.N. coordinator, … in Deir al-Zor Moumtzis said`), or -1 (also when the
 * name takes the whole run). The registry may merge such a run into one name; the earlier full name
 * tells where it really starts.
 */
function earlierSurname(doc: Document, q: number, p: number): number {
  const toks = doc.tokens;
  if (p <= q || !isNameToken(doc, p) || !isNameToken(doc, p - 1)) return -1;
  const last = toks[p]!.lower;
  for (const e of entityRegistry(doc).entities) {
    const m = e.mentions[0];
    if (e.kind !== 'person' || m === undefined || m.end > q || e.keyWords.length < 2) continue;
    if (e.keyWords[e.keyWords.length - 1] !== last || (e.role === null && e.gender === null)) continue;
    // (The words of the name before the surname stay with it: "… shopping Abdel Rahman said".)
    let k = p;
    while (k - 1 > q && e.keyWords.includes(toks[k - 1]!.lower)) k--;
    // (Not after a given name of its own: "… and Omar Darwish told" is no Hafez Darwish named before.)
    return isNameToken(doc, k - 1) && firstNameGender(toks[k - 1]!.value) === null ? k : -1;
  }
  return -1;
}

/**
 * Whether the capitalised words before the name cut at `k` are a place (a capital or
 * country, or the object of `in`/`at`/`near`), so the content may end there, and not
 * the speaker's title (`the observatory Chief Rami Haddad said`).
 */
function placeBefore(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  let run = k;
  while (run - 1 >= 0 && isNameToken(doc, run - 1)) run--;
  return isPlaceWord(doc, k - 1) || (run > 0 && LOCATIVE_PREPOSITIONS.has(toks[run - 1]!.lower));
}

/**
 * Where the addressee after `told`/`urged` ends: the phrase walk's end, cut before a
 * number that follows its head (`told Reuters four civilians were killed`: the number
 * opens the content).
 */
function addresseeEnd(doc: Document, k: number, limit: number): number {
  const toks = doc.tokens;
  const e = skipAddressee(doc, k, limit);
  for (let m = k + 1; m < e; m++) {
    const prev = toks[m - 1]!;
    if (toks[m]!.pos === 'NUM' && (prev.pos === 'PROPN' || prev.pos === 'NOUN')) return m;
  }
  return e;
}

/**
 * The content after the cue (`X said (that) …`, `X said: “…”`, `X, he says, will …`):
 * an attribution, or `undefined` when there is none after it.
 */
function contentAfter(doc: Document, cue: CueMatch, s: Subject, w: Window): Attribution | undefined {
  const toks = doc.tokens;
  const { floor, limit, marks, nextBound } = w;
  const { leftBound, speaker, inverted } = s;
  let k = contentAfterStart(doc, cue, s, w);
  let aside = false;
  if (toks[k]?.value === ':' || (toks[k]?.value === ',' && isMark(toks[k + 1]))) k++;
  // "In the three years since, Barden says, far too many …": a parenthetical attribution.
  else if (toks[k]?.value === ',' && leftBound > floor && toks[leftBound - 1]!.value === ',' && !inverted) {
    k++;
    const split = splitPredicate(doc, cue, s, k, w);
    if (split !== null) return split;
    aside = true;
  }
  const q = marks.spanOf[k] !== undefined && marks.spanOf[k] !== -1 ? marks.spans[marks.spanOf[k]!]! : null;
  if (!inverted && q !== null && q.open === k && !(cue.frames.has('clause') && quotedSubject(doc, q))) {
    // X said: “…” — the content opens with the quotation mark: a direct quote.
    return { cue, leftBound, speaker, content: [q.first, q.end], direct: q, confidence: 0.9 };
  }
  if (inverted || k >= limit) return undefined;
  // "a deadline that insiders said went unnoticed", "which he said were split": the cue sits in a
  // relative clause whose predicate, right after it, is what was said.
  if (!cue.participle && cue.frames.has('clause') && isVerbAfter(doc, k) && relativeCue(doc, leftBound, floor, k)) {
    const e = trimEnd(doc, k, contentEnd(doc, k, limit, nextBound, marks), marks);
    // (The subject walk may have taken the relative word in: "which critics" → "critics".)
    const who = CUE_RELATIVES.has(toks[leftBound]!.lower) ? resolveActor(doc, leftBound + 1, s.p + 1) : speaker;
    if (e > k + 1) return finish(doc, cue, leftBound, who, [k, e], 0.7);
  }
  // "urged the army not to fire": the adjunct skip passed the negation, which belongs to the infinitive.
  const k0 =
    cue.frames.has('infinitive') && toks[k]!.lower === 'to' && toks[k - 1]?.lower === 'not' && k - 1 >= cue.end
      ? k - 1
      : k;
  // The content's end from a start, read once per start (the tests below and the content ask for it).
  const ends = new ContentEnds(doc, limit, nextBound, marks);
  const opening = contentOpening(doc, cue, k0, ends, marks);
  let a = opening >= 0 ? opening : ~opening;
  let ok = opening >= 0;
  // "in what the army described as a desperate move": the construction attributes the words.
  const inWhat = toks[leftBound - 1]?.lower === 'what' && toks[leftBound - 2]?.lower === 'in';
  if (inWhat && cue.frames.has('characterise') && toks[a]?.lower === 'as') a++;
  let e = ends.from(a);
  // ("In what the army described as a terrorist attack, gunmen …": the description ends at the comma.)
  if (inWhat) e = firstPlainComma(toks, a, e);
  // "The ADF, which has said it fights for IS, was blamed": in a relative clause between commas, the
  // content ends at the comma closing it, before the main clause's predicate.
  if (RELATIVE.has(toks[s.p]?.value ?? '') && toks[s.p - 1]?.value === ',') e = relativeClauseEnd(doc, a, e);
  if (
    !ok &&
    cue.frames.has('clause') &&
    ((isZeroThatClause(doc, a, e) && !inSubjectRelative(doc, s.p, floor)) || (q !== null && q.open === a))
  )
    ok = true;
  if (ok && cue.frames.has('characterise') && !containsMark(marks, a, e) && !inWhat) ok = false;
  // "called the shooting “a senseless act” and ordered flags lowered": after the quoted judgment, a
  // conjunction and a verb are the subject's next predicate, not the judgment.
  if (ok && cue.frames.has('characterise')) e = secondPredicate(doc, a, e, marks);
  if (!ok || e <= a) return undefined;
  const inner = marks.spanOf[a] !== -1 ? marks.spans[marks.spanOf[a]!]! : null;
  if (inner !== null && inner.open === a && (inner.closeEnd === e || inner.close === -1)) {
    return { cue, leftBound, speaker, content: [inner.first, inner.end], direct: inner, confidence: 0.9 };
  }
  // "After two years of small increases, the budget office said, the deficit will rise": an adverbial
  // before a parenthetical attribution is part of what was said (ANNOTATION.md §1, "The plan, he says,
  // will fail"): the content spans the attribution.
  if (aside && a === k && frontAdverbial(doc, floor, leftBound - 1, marks))
    return finish(doc, cue, leftBound, speaker, [floor, e], 0.8);
  return finish(doc, cue, leftBound, speaker, [a, e], 0.85);
}

/** Longest adverbial {@link frontAdverbial} takes before a parenthetical attribution, in tokens. */
const FRONT_REACH = 30;

/**
 * Whether [a, b) (the sentence up to the comma before a parenthetical attribution) is an adverbial
 * phrase or clause (`After two years of small increases`, `For farmers in the south`, `If the talks
 * fail`), with no quotation mark or dateline in it.
 */
function frontAdverbial(doc: Document, a: number, b: number, marks: QuoteMarks): boolean {
  const toks = doc.tokens;
  const first = toks[a];
  if (first === undefined || b <= a + 1 || b - a > FRONT_REACH) return false;
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ') return false;
  if (doc.zoneAt(first.start) === 'dateline') return false;
  for (let k = a; k < b; k++) if (marks.spanOf[k] !== -1 || toks[k]!.value === ',') return false;
  return true;
}

/**
 * Where the content after the cue may open: past the adjuncts, an addressee (a programme named in
 * marks too: `told “Morning Edition” the …`) and an aside; right after the cue for an inverted one.
 */
function contentAfterStart(doc: Document, cue: CueMatch, s: Subject, w: Window): number {
  const { limit, marks, dates } = w;
  if (s.inverted || s.agent) return s.afterStart;
  let k = skipAdjuncts(doc, s.afterStart, limit, dates);
  if (cue.frames.has('addressee')) {
    // A programme or paper named in marks is the addressee ("told “Morning Edition” the …").
    const t = marks.spanOf[k] !== undefined && marks.spanOf[k] !== -1 ? marks.spans[marks.spanOf[k]!]! : null;
    if (t !== null && t.open === k && t.close >= 0 && isTitleCase(doc, t.first, t.end)) k = t.closeEnd;
    const after = skipAdjuncts(doc, addresseeEnd(doc, k, limit), limit, dates);
    // "The mayor warned the dam could burst": a verb right after the "addressee" makes it the
    // content's subject (no addressee is followed by a bare verb).
    if (!finiteVerbAt(doc.tokens, after)) k = after;
  }
  return afterAside(doc, k, limit);
}

/** Whether token `k` is a finite verb or auxiliary (not an -ing form, a participle after `to`). */
function finiteVerbAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return (
    t !== undefined &&
    (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) &&
    toks[k - 1]?.lower !== 'to'
  );
}

/**
 * The content's start from `a` when a word the cue's frames take opens it there (`that` + a clause,
 * `whether`, a wh-word with its clause, `to` + a verb, or a characterising cue's object), or its
 * start as the bitwise complement (`~start`, negative) when none does (allocation-free two results).
 */
function contentOpening(doc: Document, cue: CueMatch, a: number, ends: ContentEnds, marks: QuoteMarks): number {
  const toks = doc.tokens;
  const w = toks[a]!.lower;
  if (w === 'that' && (cue.frames.has('clause') || cue.frames.has('that'))) {
    // "that" opens a clause, unless it is a determiner ("reiterated that approach in …").
    a++;
    return anyVerb(doc, a, ends.from(a)) || containsMark(marks, a, a + 2) ? a : ~a;
  }
  if (cue.frames.has('whether') && (w === 'whether' || w === 'if')) return a;
  // "A reporter asked: Will the troops stay?": a yes/no question after a colon, its auxiliary first.
  if (cue.frames.has('whether') && toks[a]!.pos === 'AUX' && toks[a - 1]?.value === ':')
    return toks[ends.from(a)]?.value === '?' && reportedQuestion(doc, a, ends.from(a)) ? a : ~a;
  // "asked Sanders how he was feeling": a reported question a wh-word opens, its clause after it (a
  // finite cue, no other cue inside: not "…, asking what I thought … said Abu Ali").
  if (cue.frames.has('whether') && !cue.participle && INTERROGATIVES.has(w))
    return reportedQuestion(doc, a + 1, ends.from(a)) ? a : ~a;
  if (
    cue.frames.has('infinitive') &&
    ((w === 'to' && isVerbAfter(doc, a + 1)) || (w === 'not' && toks[a + 1]?.lower === 'to' && isVerbAfter(doc, a + 2)))
  )
    return a;
  if (cue.frames.has('characterise')) return cue.end;
  return ~a;
}

/** The first comma in [a, e) not before a quotation mark, or `e`. */
function firstPlainComma(toks: readonly Token[], a: number, e: number): number {
  for (let j = a; j < e; j++) if (toks[j]!.value === ',' && !isMark(toks[j + 1])) return j;
  return e;
}

/** The first comma in (a, e) a finite verb (no cue) follows: where a relative clause between commas closes, or `e`. */
function relativeClauseEnd(doc: Document, a: number, e: number): number {
  const toks = doc.tokens;
  for (let j = a + 1; j < e; j++) if (toks[j]!.value === ',' && finiteAfterComma(doc, j, e)) return j;
  return e;
}

/**
 * The content's end from a start, remembered for the last start asked (a class, not a closure in
 * {@link contentAfter}: tsx's keepNames gives every closure created per call a `defineProperty`).
 */
class ContentEnds {
  private start = -1;
  private end = -1;
  constructor(
    private readonly doc: Document,
    private readonly limit: number,
    private readonly nextBound: number,
    private readonly marks: QuoteMarks,
  ) {}

  from(x: number): number {
    if (x !== this.start) {
      this.start = x;
      this.end = trimEnd(this.doc, x, contentEnd(this.doc, x, this.limit, this.nextBound, this.marks), this.marks);
    }
    return this.end;
  }
}

/** The end of a characterising content [a, e): before `and`/`but` + a verb that follows a closed quotation. */
function secondPredicate(doc: Document, a: number, e: number, marks: QuoteMarks): number {
  const toks = doc.tokens;
  let closed = false;
  for (let j = a; j < e; j++) {
    const q = marks.spanOf[j]!;
    if (q !== -1 && marks.spans[q]!.open === j) {
      const close = marks.spans[q]!.closeEnd;
      if (close <= j) return e;
      j = close - 1;
      closed = true;
      continue;
    }
    const t = toks[j]!;
    if (closed && t.pos === 'CCONJ' && toks[j + 1]?.pos === 'VERB') return toks[j - 1]?.value === ',' ? j - 1 : j;
  }
  return e;
}

/**
 * Whether the cue sits in a relative clause of its sentence's subject, no comma before the relative
 * word and no verb before it (`The ADF which has pledged allegiance to IS has been blamed …`,
 * `Officials who said …`): the main clause's predicate is still to come, so a clause after the cue
 * with no "that" would take it in — it is no content.
 */
function inSubjectRelative(doc: Document, p: number, floor: number): boolean {
  const toks = doc.tokens;
  const rel = toks[p];
  if (rel === undefined || p <= floor || !RELATIVE.has(rel.value) || toks[p - 1]!.value === ',') return false;
  for (let k = floor; k < p; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',') return false;
  }
  return true;
}

/** Whether [a, e) after a wh-word is the clause of a reported question: a finite verb, and no speech verb. */
function reportedQuestion(doc: Document, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' && cueVerb(t.lower) !== null) return false;
  }
  return hasFiniteVerb(doc, a, e);
}

/** Longest aside between commas that {@link afterAside} skips, in tokens. */
const ASIDE_REACH = 10;

/**
 * Where the content starts after an aside between commas right after the cue (`said, among other
 * things, that …`, `said, in a rare interview, “…”`): at the `that` or quotation mark after the closing
 * comma, when the aside holds no verb; `k` otherwise.
 */
function afterAside(doc: Document, k: number, limit: number): number {
  const toks = doc.tokens;
  if (toks[k]?.value !== ',') return k;
  // "said, citing a local official, that …", "reported, without citing sources, that …", "said, as
  // expected, that …": an aside of a participle phrase (opened by its -ing form or a preposition) may
  // hold participles, no finite verb.
  const open = toks[k + 1];
  const participial = open !== undefined && (open.pos === 'ADP' || ingForm(open));
  for (let j = k + 1; j < limit && j <= k + ASIDE_REACH; j++) {
    const t = toks[j]!;
    if (t.pos === 'AUX' || isMark(t)) return k;
    if (t.pos === 'VERB' && !(participial && hasParticipleEnding(t.lower))) return k;
    if (t.value !== ',') continue;
    const next = toks[j + 1];
    return j > k + 1 && next !== undefined && (next.lower === 'that' || isMark(next)) ? j + 1 : k;
  }
  return k;
}

/** Whether the token is an -ing form tagged a verb or read as a noun or adjective (`citing`, `quoting`). */
function ingForm(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ing') && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ');
}

/**
 * Whether the quoted words `q` are only the subject of the content clause, its verb after the
 * closing mark (`predicted "soft measures" would prove more useful`): the content is then the whole
 * clause, a mixed quote (ANNOTATION.md §1), not the quoted words alone.
 */
function quotedSubject(doc: Document, q: QuoteMarks['spans'][number]): boolean {
  const toks = doc.tokens;
  if (q.close < 0 || q.end <= q.first) return false;
  const last = toks[q.end - 1]!;
  if (last.pos === 'PUNCT') return false; // "…," he said; "…." : the quote is a sentence of its own
  let j = q.closeEnd;
  while (toks[j]?.pos === 'ADV' && j < q.closeEnd + 2) j++;
  const v = toks[j];
  if (v === undefined || v.sentence !== toks[q.first]!.sentence) return false;
  return v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ing')) || isTaggedNounVerb(doc, j);
}

/**
 * Whether the attribution starting at `leftBound` opens a relative clause (`which he said`, `that
 * critics say`, `what analysts said`, or a noun with the relative left out: `a decision they say`)
 * whose finite verb follows the cue at `k`: the subject of that verb is the relative word.
 */
function relativeCue(doc: Document, leftBound: number, floor: number, k: number): boolean {
  const toks = doc.tokens;
  const v = toks[k]!;
  if (v.pos === 'VERB' && (v.lower.endsWith('ing') || isMark(v))) return false;
  if (isMark(v)) return false;
  if (CUE_RELATIVES.has(toks[leftBound]!.lower) && leftBound + 1 < k && leftBound > floor) return true;
  if (leftBound <= floor) return false;
  const before = toks[leftBound - 1]!;
  if (CUE_RELATIVES.has(before.lower)) return true;
  // The relative word left out: a noun, then a pronoun subject ("a decision they say allowed …").
  return before.pos === 'NOUN' && toks[leftBound]!.pos === 'PRON' && leftBound + 1 < k;
}

/** "The plan, he says, will fail": the subject before the attribution, the predicate after it (at `k`). */
function splitPredicate(doc: Document, cue: CueMatch, s: Subject, k: number, w: Window): Attribution | null {
  const toks = doc.tokens;
  const { floor, limit, marks, nextBound } = w;
  const pred = toks[k];
  if (
    pred !== undefined &&
    (pred.pos === 'AUX' || (pred.pos === 'VERB' && !pred.lower.endsWith('ing')) || nounVerbOpens(doc, k)) &&
    s.leftBound - 1 > floor &&
    !hasFiniteVerb(doc, floor, s.leftBound - 1) &&
    !isBareAdverbial(doc, floor, s.leftBound - 1)
  ) {
    const e = trimEnd(doc, k, contentEnd(doc, k, limit, nextBound, marks), marks);
    if (e > k) return finish(doc, cue, s.leftBound, s.speaker, [floor, e], 0.75);
  }
  return null;
}

/**
 * The content before the attribution ("…, officials said." / "“…,” he said"):
 * an attribution, `null` when nothing is left of it, `undefined` when it is no clause.
 */
function contentBefore(
  doc: Document,
  cue: CueMatch,
  s: Subject,
  previous: Attribution | null,
  w: Window,
): Attribution | null | undefined {
  const toks = doc.tokens;
  const marks = w.marks;
  const { leftBound, speaker } = s;
  let [a, b] = s.before!;
  // A previous attribution in the sentence ends this content's reach, unless it lies inside it
  // (reported speech nested in what this speaker said: "The guards began calling her ''…,'' X said").
  const nested =
    previous !== null &&
    (previous.cue.participle || previous.cue.frames.has('characterise')) &&
    previous.leftBound > a &&
    previous.content !== null &&
    previous.content[1] <= b;
  if (previous?.content && previous.content[1] > a && !nested) a = previous.content[1];
  // The dateline that opens the paragraph ("BEIRUT, March 4 (Reuters) –") is no part of what was said.
  while (a < b && doc.zoneAt(toks[a]!.start) === 'dateline') a++;
  while (a < b && (toks[a]!.pos === 'PUNCT' || toks[a]!.pos === 'CCONJ') && !isMark(toks[a])) a++;
  b = trimEnd(doc, a, b, marks);
  if (b <= a) return null;
  const close = marks.spanOf[b - 1]!;
  if (close !== -1) {
    const qs = marks.spans[close]!;
    // The whole stretch is a quotation (which may have begun in an earlier sentence), or one whose
    // closing mark was lost right before this attribution ("“… is an outrage said Ana Ruiz").
    if (
      (qs.close >= 0 && qs.closeEnd === b && (qs.open <= a || qs.open === -1)) ||
      (qs.close < 0 && qs.open === a && qs.end === b)
    ) {
      return { cue, leftBound, speaker, content: [qs.first, qs.end], direct: qs, confidence: 0.9 };
    }
  }
  // A naming or judging cue ("…, called superdelegates", "…, a group called for a boycott") says
  // nothing of the clause before it; only quoted words can stand there.
  if (!cue.frames.has('clause') && !cue.frames.has('whether')) return null;
  // A clause with its subject ("…, officials said"), not a leading adverbial ("In an interview, X questioned …")
  // nor a participle clause ("Asked if he would run, the senator said …").
  if (hasFiniteVerb(doc, a, b) && !isBareAdverbial(doc, a, b) && !participleClause(doc, a, b))
    return finish(doc, cue, leftBound, speaker, [a, b], s.bare ? 0.6 : 0.75);
  return undefined;
}

/**
 * Whether [a, b) is only a participle clause opening its sentence (`Asked if he was bullied`,
 * `Speaking to reporters on Monday`): its participle first, no comma in it, no finite verb before a
 * subordinator — the frame of the attribution after it, not what was said ("Fleeing the town,
 * families crossed …" has a comma).
 */
function participleClause(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  const first = toks[a]!;
  if (first.pos !== 'VERB' || !hasParticipleEnding(first.lower) || a !== clauseSentence(doc, a)[0]) return false;
  // (Its own finite verb only after a subordinator: "Killed in the raid were two boys" is inverted.)
  let subordinate = false;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (t.value === ',' || (!subordinate && finiteVerbAt(toks, k))) return false;
    // ("whether" the tagger often reads as a preposition: "Asked by the judge whether she had …".)
    subordinate ||= t.pos === 'SCONJ' || t.lower === 'whether' || INTERROGATIVES.has(t.lower);
  }
  return true;
}

/** Word classes that make the phrase before a cue its object or a clause's start, not a finished content. */
const NOT_BEFORE_GLUED = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'AUX', 'PART']);

/**
 * Whether the attribution at [q, cueEnd) closes a sentence whose content stands
 * before it with no comma between (`… in the south the monitor said on Friday.`):
 * the word before the subject ends a clause (a noun, name, number, adverb or verb,
 * not a preposition, relative or article), and nothing after the cue but adjuncts,
 * an addressee or a participle phrase (`told Reuters`, `said in a statement`,
 * `said citing a source`). `split`: the subject was cut out of a longer noun phrase.
 */
function gluedAttribution(
  doc: Document,
  cue: CueMatch,
  q: number,
  split: boolean,
  limit: number,
  dates: TimeIndex,
): boolean {
  const toks = doc.tokens;
  const last = toks[q - 1]!;
  // (A closing parenthesis ends the content: "… a chemical substance (sarin) the statement said"; so does
  // an object pronoun: "… fighting alongside them the Observatory added".)
  if (
    (NOT_BEFORE_GLUED.has(last.pos) && !OBJECT_PRONOUNS.has(last.lower)) ||
    (last.pos === 'PUNCT' && last.value !== ')') ||
    RELATIVE.has(last.lower)
  )
    return false;
  if (last.lower === 'to' || isMark(last)) return false;
  // "what he said", "as officials said": a word just before a pronoun subject that makes the cue subordinate.
  if (/^(as|than|what|how|when|where|whatever|because|if|like|unlike)$/.test(last.lower)) return false;
  // "…, and Republican front-runner Donald Trump called": when the subject was cut out of a longer noun
  // phrase, the words before it belong to it if the stretch after the last comma or conjunction has no verb.
  if (split) {
    const floor = clauseSentence(doc, q)[0];
    let c = q - 1;
    while (c >= floor && toks[c]!.value !== ',' && toks[c]!.value !== ';' && toks[c]!.pos !== 'CCONJ') c--;
    // (Not when that stretch ends in a place: "… a school and a residential area in Jayrud town rebels said".)
    const place = PLACE_NOUNS.has(toks[q - 1]!.lower) && isNameToken(doc, q - 2);
    // (Nor when it opens with a determiner: "… in the city and its surroundings local media reported".)
    const own = c + 1 < q && (toks[c + 1]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(toks[c + 1]!.lower));
    // (Nor when it is a counted object: "… killing nine children and 14 others local activists said".)
    const counted = countedConjunct(doc, c, q);
    // (Nor when it ends in a lower-case common noun, not one in -ss, that is no title of the capitalised
    // name after it: "… deaths and injuries U.N. coordinator Ann Lee said", "… and not a car bomb NNA
    // correspondent reported".)
    const before = toks[q - 1]!;
    const untitled =
      before.pos === 'NOUN' &&
      !startsAsciiUpper(before.value) &&
      startsAsciiUpper(toks[q]!.value) &&
      !isDescriptionHead(before.lower) &&
      roleAt(toks, q - 1, q) === null &&
      !before.lower.endsWith('ss') &&
      before.lower !== 's' &&
      !PLURAL_MODIFIERS.has(before.lower);
    if (
      c >= floor &&
      !hasFiniteVerb(doc, c + 1, q) &&
      !place &&
      !own &&
      !untitled &&
      !counted &&
      !parallelParticiple(doc, c, floor)
    )
      return false;
  }
  return nothingSaidAfter(doc, cue, limit, dates);
}

/**
 * Whether the conjunction at `c` joins two participle phrases of the content (`… killing ten people
 * and wounding dozens opposition activists said`): a lower-case -ing word, whatever its tag, right after
 * it, and an -ing verb between the sentence start and it. The stretch after `c` is then a predicate,
 * not words of the subject.
 */
function parallelParticiple(doc: Document, c: number, floor: number): boolean {
  const toks = doc.tokens;
  const t = toks[c + 1];
  if (toks[c]!.pos !== 'CCONJ' || t === undefined || t.value !== t.lower || !/.{3}ing$/.test(t.lower)) return false;
  for (let k = c - 1; k > floor; k--) if (toks[k]!.pos === 'VERB' && /.{3}ing$/.test(toks[k]!.lower)) return true;
  return false;
}

/**
 * Whether only adjuncts, an addressee, a participle phrase or the sentence end
 * follow a cue (`said on Friday.`, `told Reuters`, `said, citing a source`): its
 * content must stand before it. Not so after an object (`reported no deaths`).
 */
function nothingSaidAfter(doc: Document, cue: CueMatch, limit: number, dates: TimeIndex): boolean {
  const toks = doc.tokens;
  let k = skipAdjuncts(doc, cue.end, limit, dates);
  if (cue.frames.has('addressee')) k = skipAdjuncts(doc, addresseeEnd(doc, k, limit), limit, dates);
  const t = toks[k];
  if (k >= limit || t === undefined) return true;
  if (/^[.!?,;]$/.test(t.value)) return true;
  if (t.pos === 'VERB' && t.lower.endsWith('ing')) return true; // "…, citing a source"
  // "… said after the council met behind closed doors adding …", "… said days after a bombing killed …":
  // an adverbial clause (a time noun may lead it) tells when, not what was said.
  const s = isTemporal(t.lower)
    ? k + 1
    : isTemporal(toks[k + 1]?.lower ?? '') && (t.pos === 'NUM' || ARTICLES.has(t.lower))
      ? k + 2
      : k;
  const sub = toks[s];
  if (
    sub !== undefined &&
    (ADVERBIAL_SUBORDINATORS.has(sub.lower) || CLAUSE_PREPOSITIONS.has(sub.lower)) &&
    hasFiniteVerb(doc, s + 1, speechParticipleFrom(doc, s + 1, limit))
  )
    return true;
  // "… said without saying who was responsible": a preposition before a gerund opens a participle phrase.
  const next = toks[k + 1];
  if (
    t.pos === 'ADP' &&
    t.lower !== 'as' && // "quoted X as saying"
    next !== undefined &&
    (next.pos === 'VERB' || next.pos === 'NOUN') &&
    /.{3}ing$/.test(next.lower)
  )
    return true;
  // ("… said after the meeting adding that …": up to a speech participle, whose content is its own.)
  // (Not "as saying": "quoted its reporter as saying that …".)
  if (t.pos === 'ADP' && t.lower !== 'that')
    return !hasFiniteVerb(doc, k, t.lower === 'as' ? limit : speechParticipleFrom(doc, k, limit));
  return false;
}

/** The first speech participle (`adding`, `saying`) in [k, limit), or `limit`. */
function speechParticipleFrom(doc: Document, k: number, limit: number): number {
  for (let j = k; j < limit; j++) if (isSpeechParticiple(doc.tokens[j])) return j;
  return limit;
}

/**
 * Whether [a, b) is one short prepositional phrase (`after the meeting`, `on state TV`): a
 * preposition, then at most five words with no verb, auxiliary or punctuation.
 */
function prepositionalOnly(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  // (Not "with": "… said with a monitor saying …", the participle has a subject of its own.)
  if (b - a < 2 || b - a > 6 || toks[a]!.pos !== 'ADP' || toks[a]!.lower === 'with') return false;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ')
      return false;
  }
  return true;
}

/**
 * Where the subject starting at `r` really starts when a hyphenated compound of a lower-case word and
 * a participle modifies it (`… al-Afandi state-run TV said`): at the compound's first word; else `r`.
 */
function compoundModifierStart(doc: Document, r: number, floor: number): number {
  const toks = doc.tokens;
  const v = toks[r - 1];
  const first = toks[r - 3];
  if (r - 3 <= floor || v === undefined || first === undefined || v.pos !== 'VERB' || !isGluedHyphen(toks, r - 2))
    return r;
  return first.value === first.lower && (first.pos === 'NOUN' || first.pos === 'ADJ') ? r - 3 : r;
}

/**
 * Where the subject of a comma-less attribution starts inside the phrase [q, p]
 * the noun-phrase walk found: `q` itself, or a name right after a common noun
 * that is no role (`… after the storm Mayor Lena Vogt said`), or -1.
 */
/**
 * Where coordinated speakers start when the comma before them is lost (`… in Beni local officials
 * and a priest said`), or -1: both conjuncts end in a speaker noun, the second is a plain noun
 * phrase, and the first is cut from the phrase before `and` as {@link gluedStart} cuts a lone one.
 */
function gluedConjunct(doc: Document, cue: CueMatch, q: number, p: number, w: Window): number {
  const toks = doc.tokens;
  const { floor, limit, dates, marks } = w;
  let c = -1;
  for (let k = p - 1; k > floor && k >= q - 1; k--) {
    const t = toks[k]!;
    if (t.lower === 'and') {
      c = k;
      break;
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'NOUN' && !startsAsciiUpper(t.value)))) return -1;
  }
  if (c === -1 || c - 1 <= floor || !speakerHead(toks[c - 1]!.lower) || !speakerHead(toks[p]!.lower)) return -1;
  const l = npBack(doc, c - 1, floor, dates, marks);
  const g = gluedStart(doc, l, c - 1);
  // (The walk may stop right at the first speaker, after a date or a counted object: "… on Sunday a
  // monitor and a medical source said"; reports.ts.)
  if (g < l || g <= floor || (g === l && !endsContentBefore(doc, l))) return -1;
  return gluedAttribution(doc, cue, g, true, limit, dates) ? g : -1;
}

function gluedStart(doc: Document, q: number, p: number): number {
  for (let r = q + 1; r <= p; r++) if (nameAfterLowerWord(doc, r, p) || commonNounEnds(doc, q, r, p)) return r;
  const named = nameTail(doc, q, p);
  if (named > q && placeBefore(doc, named)) return named;
  const tail = speakerTail(doc, q, p);
  if (tail > q) return tail;
  // "… since the beginning of the war observatory director Rami Abdel Rahman said", "… the site of the
  // wreck government spokeswoman Ann Lee told reporters": a person's role (and description nouns) in
  // lowercase before the name; the common noun before them ends the content.
  // (Before the cut below only when a role stands right before the name; after it, always.)
  const toks = doc.tokens;
  let run = p;
  while (run - 1 > q && isNameToken(doc, run - 1)) run--;
  const titled = isNameToken(doc, p) && run - 1 > q ? roleBeforeName(doc, q, run) : -1;
  if (titled !== -1 && roleAt(toks, run - 1, run) !== null) return titled;
  const last = toks[q - 1];
  if (last !== undefined && !(NOT_BEFORE_GLUED.has(last.pos) && !OBJECT_PRONOUNS.has(last.lower))) return q;
  return titled;
}

/**
 * Whether a name (or title) at `r` opens the subject after a lower-case word that ends a phrase of
 * the content: a noun or adjective before a name owning a role, a predicative adjective, an
 * adjective an article makes a noun.
 */
function nameAfterLowerWord(doc: Document, r: number, p: number): boolean {
  const toks = doc.tokens;
  const prev = toks[r - 1]!;
  const cur = toks[r]!;
  if ((prev.pos !== 'NOUN' && prev.pos !== 'ADJ') || prev.value !== prev.lower) return false;
  // "… held in the open Norway's envoy Ida Berg said": a name owning a role, after a lower-case word
  // that ends a phrase, opens the subject.
  if (
    isNameToken(doc, r) &&
    toks[r + 1]?.lower === "'s" &&
    r + 2 <= p &&
    (isDescriptionHead(toks[r + 2]!.lower) || roleAt(toks, r + 2, r + 3) !== null)
  )
    return true;
  if (prev.pos !== 'ADJ' || !startsAsciiUpper(cur.value)) return false;
  // "… the bridge is safe Mayor Ida Berg said": a predicative adjective (after a verb of being or an
  // adverb) ends the content before a capitalised name or title.
  if (
    (toks[r - 2]?.pos === 'AUX' || toks[r - 2]?.pos === 'ADV') &&
    (isNameToken(doc, r) || titleAt(toks, r, p + 1) !== null) &&
    capitalisedTo(doc, r, p)
  )
    return true;
  // "… were among the dead Karim Haddad said": an adjective an article makes a noun ends the content.
  return ARTICLES.has(toks[r - 2]?.lower ?? '') && isNameToken(doc, r) && capitalisedTo(doc, r, p);
}

/**
 * Whether a lower-case common noun at `r - 1` (no speaker's head unless counted: `killed 20 people
 * Karim Haddad said`) ends the content before `r`: a name after it, or a plural noun before a
 * description up to the cue (`… the liberated positions local sources said`).
 */
function commonNounEnds(doc: Document, q: number, r: number, p: number): boolean {
  const toks = doc.tokens;
  const prev = toks[r - 1]!;
  const cur = toks[r]!;
  const counted = toks[r - 2]?.pos === 'NUM' && r - 2 >= q;
  if (
    prev.pos !== 'NOUN' ||
    startsAsciiUpper(prev.value) ||
    (!counted && (isDescriptionHead(prev.lower) || roleAt(toks, r - 1, r) !== null))
  )
    return false;
  // "… to the border the Observatory said": a name after a common noun.
  if (startsAsciiUpper(cur.value)) return true;
  // "… the liberated positions local sources said": a plural noun modifies no noun after it; nor
  // does a counted one ("… killing four people police said"), unless it modifies speakers ("four
  // police officers").
  // (Not one right after an article: "… the mans brother said", a possessive that lost its apostrophe.)
  return (
    (/[^s]s$/.test(prev.lower) || (counted && !SPEAKER_MODIFIERS.has(prev.lower))) &&
    !ARTICLES.has(toks[r - 2]?.lower ?? '') &&
    !PLURAL_MODIFIERS.has(prev.lower) &&
    (cur.pos === 'ADJ' || cur.pos === 'NOUN') &&
    isDescriptionHead(toks[p]!.lower) &&
    // (Not "The tests point to sarin the ministry said": a verb the tagger read as a noun.)
    !isTaggedNounVerb(doc, r)
  );
}

/**
 * The start of the lower-case role and description nouns before the name run starting at `run`
 * (`observatory director Rami …`) when a common noun that is no description precedes them, or -1.
 */
function roleBeforeName(doc: Document, q: number, run: number): number {
  const toks = doc.tokens;
  let t = run;
  while (
    t - 1 > q &&
    toks[t - 1]!.pos === 'NOUN' &&
    !startsAsciiUpper(toks[t - 1]!.value) &&
    isDescriptionHead(toks[t - 1]!.lower)
  )
    t--;
  const end = toks[t - 1]!;
  return t < run && end.pos === 'NOUN' && !startsAsciiUpper(end.value) && !isDescriptionHead(end.lower) ? t : -1;
}

/**
 * Whether every word of [r, p] is capitalised: a title and name up to the cue (`Mayor Ida Berg`),
 * not a capitalised modifier of a lower-case noun (`the central Syrian province`).
 */
function capitalisedTo(doc: Document, r: number, p: number): boolean {
  for (let k = r; k <= p; k++) if (!startsAsciiUpper(doc.tokens[k]!.value)) return false;
  return true;
}

/** Whether a lower-case noun heads a speaker description, also in the plural ("agencies", "outlets"). */
/** Whether token `k` heads a record ("records", "polls") or a speaker ("media", "officials"). */
function sourceHeadAt(toks: Document['tokens'], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (RECORD_SOURCES.has(t.lower) || speakerHead(t.lower));
}

function speakerHead(lower: string): boolean {
  if (isDescriptionHead(lower) || isMediaHead(lower)) return true;
  if (lower.endsWith('ies')) return isDescriptionHead(`${lower.slice(0, -3)}y`);
  return lower.endsWith('s') && isDescriptionHead(lower.slice(0, -1));
}

/**
 * Where a described speaker ending at `p` starts inside [q, p] when the words before
 * it end another noun phrase (`… in the harbour district state radio said` → `state
 * radio`, `… civilian casualties aid agencies said` → `aid agencies`): back from its
 * head over adjectives, modifier nouns (data: noun-modifiers.json) and an article, up
 * to a noun or name that is no modifier; `q` when there is no such cut.
 */
function speakerTail(doc: Document, q: number, p: number): number {
  const toks = doc.tokens;
  const head = toks[p]!;
  if (head.pos !== 'NOUN' || startsAsciiUpper(head.value) || !speakerHead(head.lower)) return q;
  let r = p;
  while (r - 1 > q) {
    const t = toks[r - 1]!;
    // A modifier noun, whatever its tag ("aid" is often read as a verb).
    if (t.pos === 'ADJ' || (SPEAKER_MODIFIERS.has(t.lower) && !startsAsciiUpper(t.value))) r--;
    else if (t.pos === 'DET' && t.lower !== 'that') {
      r--;
      break;
    } else break;
  }
  const before = toks[r - 1]!;
  // The word before the speaker ends the other phrase: a noun or a name (not "the", "of", a verb).
  if (r <= q || !(before.pos === 'NOUN' || before.pos === 'PROPN' || isNameToken(doc, r - 1))) return q;
  // "Karim Haddad a local activist": a name before "a …" is the description's apposition;
  // "the Sana news agency": a name before a modifier noun names the speaker.
  // (Not a place named as a preposition's object before people: "… the town of Kadugli military sources said".)
  if (
    isNameToken(doc, r - 1) &&
    (/^an?$/.test(toks[r]!.lower) || SPEAKER_MODIFIERS.has(toks[r]!.lower)) &&
    !nameAfterPreposition(doc, r - 1, q)
  )
    return q;
  // "the monitor group", "an AFP correspondent": a noun or name before a bare head is a compound,
  // not a phrase's end (a plural noun is: "… the casualties residents said"; so is a place's noun after
  // its name, "… in Jayrud town rebels said", any noun of a sentence-opening adjunct: "In the days of
  // the assault residents said", and a preposition's object: "… stopped at dawn witnesses said").
  if (
    r === p &&
    !(before.pos === 'NOUN' && /[^s]s$/.test(before.lower) && !PLURAL_MODIFIERS.has(before.lower)) &&
    !(PLACE_NOUNS.has(before.lower) && isNameToken(doc, r - 2)) &&
    !prepositionObjectBefore(doc, q, r) &&
    !(before.pos === 'NOUN' && inOpeningAdjunct(doc, r - 1)) &&
    !verbObjectBefore(doc, q, p)
  )
    return q;
  return r;
}

/**
 * Whether the words before a speaker's head at `r` (back to `q - 1` at most) are the object of a
 * preposition (`… stopped at dawn witnesses said`, `… wounded in the blast police said`): the content
 * would otherwise end in that object's article or bare preposition, so the phrase is cut before the
 * head. (Not `of`, which ties a role to its body inside the subject.)
 */
function prepositionObjectBefore(doc: Document, q: number, r: number): boolean {
  const toks = doc.tokens;
  const object = toks[r - 1]!;
  if (object.pos !== 'NOUN' || startsAsciiUpper(object.value)) return false;
  let j = r - 2;
  while (j >= q && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NUM')) j--;
  const prep = toks[j];
  return j >= q - 1 && prep !== undefined && prep.pos === 'ADP' && prep.lower !== 'of' && prep.lower !== 'that';
}

/**
 * "Rebels shelled the airport residents said", "Gunmen killed four guards at the gate officials
 * said": the phrase [q, p] before a glued cue opens with an article or number right after a verb,
 * and ends in a plural speaker's head — the phrase is the verb's object, its last noun the speaker
 * (a compound speaker seldom takes an article there: `… hospital officials said`), else the content
 * would end in a bare verb.
 */
function verbObjectBefore(doc: Document, q: number, p: number): boolean {
  const toks = doc.tokens;
  const opener = toks[q]!;
  return (
    toks[q - 1]?.pos === 'VERB' &&
    (opener.pos === 'DET' || opener.pos === 'NUM') &&
    /[^s]s$/.test(toks[p]!.lower) &&
    q < p - 1
  );
}

/**
 * Whether the name ending at `k` (its words back to `q` at most) is the object of a preposition after a
 * lower-case word (`the town of Kadugli`), not a preposition inside a longer name (`Observatory for Human Rights`).
 */
function nameAfterPreposition(doc: Document, k: number, q: number): boolean {
  const toks = doc.tokens;
  let n = k;
  while (n - 1 >= q && isNameToken(doc, n - 1)) n--;
  const before = toks[n - 2];
  return toks[n - 1]?.pos === 'ADP' && before !== undefined && before.value === before.lower;
}

/**
 * "Turkey denied those accusations and the security sources said …": where a phrase
 * [q, p] that the noun-phrase walk read after a cue verb holds "and" before a determiner —
 * the object ends and a new clause's subject starts there; -1 otherwise.
 *
 * @example
 * ```ts
 * // tokens: Turkey denied those accusations and the sources said …
 * andAfterObject(doc, 2, 6); // 4
 * ```
 */
export function andAfterObject(doc: Document, q: number, p: number, cueEnd = -1): number {
  const toks = doc.tokens;
  // The verb is a cue that would take the rest as its content ("to cross the river activists and a monitor
  // said": no cue, the coordination is the subject).
  if (toks[q - 1]?.pos === 'VERB' && cueVerb(toks[q - 1]!.lower) !== null) {
    for (let k = p - 1; k > q; k--) if (toks[k]!.lower === 'and' && toks[k + 1]!.pos === 'DET') return k;
    return -1;
  }
  return cueEnd === -1 ? -1 : andAfterComplement(doc, q, p, cueEnd);
}

/**
 * "Images showed wounded children and doctors said two had died", "There was heavy shelling and
 * residents said …": the phrase [q, p] before a cue that says something after it follows a finite
 * verb of another clause (or `there was`), so it opens with that verb's object or complement; the
 * subject of the cue is what follows the last "and" before a noun phrase; -1 when the phrase is no
 * such coordination. The glued attribution ("… crossed the river activists and a monitor said.",
 * nothing said after the cue) keeps both conjuncts; so does a relative clause's object ("Officials
 * who met the minister and his aides said").
 */
function andAfterComplement(doc: Document, q: number, p: number, cueEnd: number): number {
  const toks = doc.tokens;
  const after = toks[cueEnd];
  if (after === undefined || after.sentence !== toks[p]!.sentence || after.pos === 'PUNCT') return -1;
  // ("sealed off the area and witnesses told": the verb's particle.)
  let v = q - 1;
  if (toks[v]?.pos === 'ADP' && toks[v - 1]?.pos === 'VERB' && toks[v + 1]?.pos === 'DET') v--;
  const verb = toks[v];
  if (verb === undefined || verb.sentence !== toks[q]!.sentence) return -1;
  const finite =
    (verb.pos === 'VERB' && !verb.lower.endsWith('ing') && toks[v - 1]?.lower !== 'to') ||
    (verb.pos === 'AUX' && BE_FORMS.has(verb.lower));
  if (!finite) return -1;
  const sentence = doc.sentences[verb.sentence]!;
  for (let k = v - 1; k >= sentence.firstToken; k--) if (RELATIVE_PRONOUNS.has(toks[k]!.lower)) return -1;
  let and = -1;
  for (let k = q; k < p && and === -1; k++) {
    const t = toks[k]!;
    // (The object one noun phrase: "seized weapons during the clashes and that …" is no subject.)
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'PUNCT' || t.pos === 'AUX') return -1;
    if (t.lower === 'and') and = k;
  }
  const n = toks[and + 1];
  if (and === -1 || n === undefined || RELATIVE_PRONOUNS.has(n.lower)) return -1;
  if (!(n.pos === 'DET' || n.pos === 'ADJ' || n.pos === 'NOUN' || n.pos === 'PROPN')) return -1;
  // Something is said after the cue: a clause ("SANA said blaming …" is a participle, the content before).
  return hasFiniteVerb(doc, cueEnd, sentence.endToken) ? and : -1;
}

/** Whether token `k` lies in the prepositional phrase that opens its sentence (no verb before it). */
function inOpeningAdjunct(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  let a = clauseSentence(doc, k)[0];
  while (a < k && toks[a]!.pos === 'ADV') a++;
  if (toks[a]?.pos !== 'ADP' || a >= k) return false;
  // "On Saturday Moscow and …": a time ends the adjunct.
  const time = timeEntities(doc).startingAt.get(a + 1);
  if (time !== undefined) return k < time.endToken;
  for (let j = a + 1; j <= k; j++) {
    const t = toks[j]!;
    // "in a breaking news alert": a participle before a noun modifies it.
    const modifier = t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && toks[j + 1]?.pos === 'NOUN';
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !modifier) || t.value === ',') return false;
  }
  return true;
}

/**
 * Whether an -ed cue before a bare plural or common noun modifies it ("pledged
 * delegates", "reported cases") rather than inverting its subject; a medium
 * ("reported state television") is a subject.
 */
function adjectivalCue(doc: Document, cue: CueMatch, npEnd: number): boolean {
  const toks = doc.tokens;
  const t = toks[cue.end];
  if (t === undefined || !toks[cue.first]!.lower.endsWith('ed')) return false;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  return !isMediaHead(toks[npEnd - 1]?.lower ?? '');
}

/** Whether [a, b) names something that speaks: a name, a person pronoun, or a described speaker or medium. */
function speakerLike(doc: Document, a: number, b: number): boolean {
  if (b <= a) return false;
  // A date is never a speaker ("… said Saturday").
  const date = timeEntities(doc).startingAt.get(a);
  if (date !== undefined || isTemporal(doc.tokens[a]!.lower)) return false;
  const r = resolveActor(doc, a, b);
  if (r === null) return false;
  if (r.resolvedBy === 'name' || r.resolvedBy === 'pronoun') return true;
  const head = doc.tokens[r.mention[1] - 1];
  if (r.kind === 'media' || (head !== undefined && isDescriptionHead(head.lower))) return true;
  // "said the mayor of the town": the phrase's head stands before its "of" (its object a place).
  for (let k = a + 1; k < b; k++) if (doc.tokens[k]!.lower === 'of') return isDescriptionHead(doc.tokens[k - 1]!.lower);
  return false;
}

/** Whether "as" and a speech participle follow the noun phrase after a quoting verb ("reported the ministry as saying"). */
function asSayingAfter(doc: Document, k: number, limit: number): boolean {
  const toks = doc.tokens;
  for (let j = k; j < limit && j < k + 12; j++) {
    const t = toks[j]!;
    if (t.value === ',' || t.pos === 'AUX' || (t.pos === 'VERB' && j > k)) return false;
    if (t.lower === 'as' && j > k) return isSpeechParticiple(toks[j + 1]);
  }
  return false;
}

/**
 * The passive quoting verb the participle at `c` follows (`was quoted as saying`, `was quoted by local
 * radio as saying`), or -1.
 */
function passiveQuotedAs(doc: Document, c: number, floor: number): number {
  const toks = doc.tokens;
  if (toks[c - 1]?.lower !== 'as') return -1;
  for (let k = c - 2; k > floor && k >= c - 8; k--) {
    if (!QUOTING_VERBS.has(toks[k]!.lower)) continue;
    return BE_FORMS.has(toks[k - 1]!.lower) && k - 1 > floor && (k === c - 2 || toks[k + 1]!.lower === 'by') ? k : -1;
  }
  return -1;
}

/** The quoting verb of "quoted X as saying" / "cited X as saying" before the participle at `c`, or -1. */
function quotedAs(doc: Document, c: number, floor: number): number {
  const toks = doc.tokens;
  if (toks[c - 1]?.lower !== 'as') return -1;
  for (let k = c - 3; k >= floor && k >= c - 12; k--) {
    const t = toks[k]!;
    if (QUOTING_VERBS.has(t.lower)) return k;
    if (t.value === ',' || t.value === ';' || t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

function finish(
  doc: Document,
  cue: CueMatch,
  leftBound: number,
  speaker: ResolvedActor | null,
  content: [number, number] | null,
  confidence: number,
): Attribution {
  void doc;
  return { cue, leftBound, speaker, content, direct: null, confidence };
}

function containsMark(marks: QuoteMarks, a: number, e: number): boolean {
  const spanOf = marks.spanOf;
  for (let k = a; k < e; k++) if (spanOf[k] !== -1) return true;
  return false;
}

/**
 * Whether the words after a cue are its subject (`…, said Ahmed.`), not its content. `marked`:
 * a comma or closing mark stands before the cue (see {@link npForward}'s `inverted`).
 */
function isInversion(doc: Document, k: number, limit: number, marked = false): boolean {
  const toks = doc.tokens;
  const t = toks[k];
  if (t === undefined || k >= limit) return false;
  if (
    t.pos !== 'DET' &&
    t.pos !== 'PROPN' &&
    t.pos !== 'NOUN' &&
    t.pos !== 'ADJ' &&
    !(t.pos === 'PRON' && /^(he|she|they)$/.test(t.lower)) &&
    !isLeadNoun(doc, k) && // "said lead author Anna Berg"
    // "said Said Seif": a capitalised word inside the sentence that the tagger read as a verb.
    !(t.pos === 'VERB' && isNameToken(doc, k)) &&
    // "said one source", "said two officials": a number before a noun.
    !(t.pos === 'NUM' && (toks[k + 1]?.pos === 'NOUN' || toks[k + 1]?.pos === 'ADJ'))
  )
    return false;
  const e = npForward(doc, k, limit, marked);
  if (e === k) return false;
  const after = toks[e];
  // "The official, based in London, said the talks failed.": a past verb after the noun closing the
  // sentence is the content's predicate, not a participle of an inverted subject.
  const last = toks[e - 1]!;
  if (
    e - 1 > k &&
    last.pos === 'VERB' &&
    last.lower.endsWith('ed') &&
    toks[e - 2]!.pos === 'NOUN' &&
    (after === undefined || e >= limit || after.value === '.')
  )
    return false;
  if (after === undefined || e >= limit || /^[.!?,;]$/.test(after.value) || isMark(after)) return true;
  // "…,” said Dan Gold when asked about it": after a quotation or comma, a subordinate clause may close
  // the speaker's phrase.
  if (marked && ADVERBIAL_SUBORDINATORS.has(after.lower)) return true;
  // "“…” said Hisham Marwah the coalition's vice-president": after a quote, a name and an apposition
  // whose comma was lost (and after a clause too when no verb follows up to the sentence end: "…
  // is an outrage said Ana Ruiz the medical manager.").
  if (
    ARTICLES.has(after.lower) &&
    isNameToken(doc, e - 1) &&
    (toks[k]!.pos === 'PROPN' || (toks[k]!.lower === 'the' && isNameToken(doc, k + 1))) &&
    (marked || !predicateInApposition(doc, e, limit))
  )
    return true;
  // "“…” said the Observatory chief Rami Abdel Rahman adding that …": a speech participle after the
  // subject, its comma lost.
  if (marked && isSpeechParticiple(after)) return true;
  // "… said spokesman Omar Haddad in a statement expressing concern": a participle phrase (after the
  // speaker's adjuncts) with no finite verb closes the attribution.
  if (participleCloses(doc, k, e, limit)) return true;
  // "… said Omar Saleh from the Levant Brigade that operates in the town": a relative clause ends the speaker's phrase.
  const verb = toks[e + 1];
  return (
    (after.lower === 'who' || after.lower === 'which' || after.lower === 'that') &&
    verb !== undefined &&
    e + 1 < limit &&
    (verb.pos === 'VERB' || verb.pos === 'AUX')
  );
}

/**
 * Whether the apposition from `e` to `limit` after an inverted speaker's name holds a finite verb of
 * its own clause ("said Ana Ruiz the bomb came at night"): not a participle (`a group fighting …`,
 * `rebel-held`), nor a verb after a relative word that closes the apposition (`a group which reports
 * on Syria`, `who heads the council`).
 */
function predicateInApposition(doc: Document, e: number, limit: number): boolean {
  const toks = doc.tokens;
  for (let j = e; j < limit; j++) {
    const t = toks[j]!;
    if (RELATIVE.has(t.lower)) return false;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || t.lower.endsWith('ing') || toks[j - 1]!.value === '-') continue;
    if (isPrenominalParticiple(toks, j)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the words from `e`, after a speaker's phrase [k, e) with no verb in it, are at most two
 * prepositional phrases, then a participle phrase with no finite verb.
 */
function participleCloses(doc: Document, k: number, e: number, limit: number): boolean {
  const toks = doc.tokens;
  for (let j = k; j < e; j++)
    if ((toks[j]!.pos === 'VERB' && !isNameToken(doc, j)) || toks[j]!.pos === 'AUX') return false; // ("Josh/VERB Earnest")
  let f = e;
  for (let n = 0; n < 2 && f < limit && toks[f]!.pos === 'ADP'; n++) {
    const g = npForward(doc, f + 1, limit);
    if (g <= f + 1) return false;
    f = g;
  }
  const t = toks[f];
  return (
    t !== undefined &&
    f < limit &&
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    toks[f - 1]!.pos !== 'AUX' &&
    !hasFiniteVerb(doc, f + 1, limit)
  );
}

/**
 * Whether token `k` is the last token of a closing quotation mark.
 *
 * @example
 * ```ts
 * isClosingMark(parse('"No," he said.'), 3); // true
 * ```
 */
export function isClosingMark(doc: Document, k: number): boolean {
  return closesAt(quoteMarks(doc), k);
}

/**
 * The opening mark of the quotation that closes right before sentence start
 * `floor` in the same paragraph, ending on its own `.`, `?` or `!` inside the
 * marks (`“Who are they?” Trump said.`: the splitter cut there), or -1.
 */
function quoteClosingBefore(doc: Document, floor: number, marks: QuoteMarks): number {
  const i = marks.spanOf[floor - 1];
  if (i === undefined || i === -1) return -1;
  const q = marks.spans[i]!;
  if (q.close < 0 || q.closeEnd !== floor || q.open < 0 || q.end <= q.first) return -1;
  const last = doc.tokens[q.end - 1]!.value;
  if (last !== '.' && last !== '?' && last !== '!') return -1;
  const para = doc.sentences[doc.tokens[floor]!.sentence]!.paragraph;
  return doc.sentences[doc.tokens[q.open]!.sentence]!.paragraph === para ? q.open : -1;
}

/** Whether a quotation closes right before token `k` on a comma, `?` or `!` inside its marks (`“No,” X said`). */
function quoteEndsOnComma(doc: Document, k: number, marks: QuoteMarks): boolean {
  const i = marks.spanOf[k - 1];
  if (i === undefined || i === -1) return false;
  const q = marks.spans[i]!;
  if (q.close < 0 || q.closeEnd !== k || q.end <= q.first) return false;
  const last = doc.tokens[q.end - 1]!.value;
  return last === ',' || last === '?' || last === '!';
}

/** {@link isClosingMark} with the document's marks at hand. */
function closesAt(marks: QuoteMarks, k: number): boolean {
  const i = marks.spanOf[k];
  if (i === undefined || i === -1) return false;
  const q = marks.spans[i]!;
  return q.close >= 0 && q.closeEnd - 1 === k;
}

/**
 * The sentence of token `i` as [first, end), joined with its neighbours where
 * the sentence splitter cut after an abbreviation (`Sen. Marco Rubio (R-Fla.)
 * said …`): a sentence opening with a lower-case word or a comma continues the
 * one before.
 *
 * @example
 * ```ts
 * clauseSentence(parse('Sen. Ann Price (R-Ore.) said the bill was dead.'), 9); // [0, 15]: both pieces the splitter made
 * ```
 */
export function clauseSentence(doc: Document, i: number): [number, number] {
  const toks = doc.tokens;
  const sentences = doc.sentences;
  let s = toks[i]!.sentence;
  let e = s;
  for (let g = 0; g < 3 && continuesSentence(doc, s); g++) s--;
  for (let g = 0; g < 3 && continuesSentence(doc, e + 1); g++) e++;
  return [sentences[s]!.firstToken, sentences[e]!.endToken];
}

/** Whether sentence `k` continues the one before (same paragraph, opening lower-case or on `,` `;` `)`). */
function continuesSentence(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const sentences = doc.sentences;
  const sen = sentences[k];
  const prev = sentences[k - 1];
  if (sen === undefined || prev === undefined || sen.paragraph !== prev.paragraph) return false;
  const t = toks[sen.firstToken]!;
  if (t.value === ',' || t.value === ';' || t.value === ')') return true;
  const c = t.value.charCodeAt(0);
  return c >= 97 && c <= 122 && toks[sen.firstToken - 1]?.value !== '?' && toks[sen.firstToken - 1]?.value !== '!';
}

/** Whether every word of [a, b) is capitalised and there are at most six (a title: “Fox and Friends”). */
function isTitleCase(doc: Document, a: number, b: number): boolean {
  if (b - a > 6 || b <= a) return false;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (!/^[A-Z0-9]/.test(t.value) && !/^(and|of|the|in|on|for|a|to)$/.test(t.value)) return false;
  }
  return /^[A-Z0-9]/.test(doc.tokens[a]!.value);
}

/** Whether a hedged number opens at `a`: "at least 40", "up to 30", "as many as 12", "more than 20", "about 9". */
function opensWithQuantity(doc: Document, a: number): boolean {
  const toks = doc.tokens;
  const first = toks[a];
  if (first === undefined || (first.pos !== 'ADP' && first.pos !== 'ADV' && first.pos !== 'ADJ')) return false;
  const next = toks[a + 1];
  if (next === undefined) return false;
  if (next.pos === 'NUM' || next.lower === 'than') return true;
  // "said about half of the increase …", "nearly a dozen people …": a counting word after the qualifier.
  if (groupOf(next.lower) !== null || (next.lower === 'a' && groupOf(toks[a + 2]?.lower ?? '') !== null)) return true;
  if (/^(least|most|to)$/.test(next.lower) && toks[a + 2]?.pos === 'NUM') return true;
  return next.lower === 'many' && toks[a + 2]?.lower === 'as';
}

/** Whether [a, b) is only a prepositional phrase (no comma after which a clause follows). */
function isBareAdverbial(doc: Document, a: number, b: number): boolean {
  const first = doc.tokens[a]!;
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ') return false;
  // "At least 15 people died": a hedged number opens a clause, not an adverbial.
  if (opensWithQuantity(doc, a)) return false;
  for (let k = a + 1; k < b; k++) if (doc.tokens[k]!.value === ',') return !hasFiniteVerb(doc, k + 1, b);
  // The comma lost: "In Aleppo province troops stormed a village" is a clause.
  return !hasFiniteVerb(doc, a + 1, b);
}

/** Whether a verb stands at `k`, or just after a quotation mark there ("to “make the most …”"). */
function isVerbAfter(doc: Document, k: number): boolean {
  const t = doc.tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  return isMark(t) && (doc.tokens[k + 1]?.pos === 'VERB' || doc.tokens[k + 1]?.pos === 'AUX');
}

/** Whether [a, b) holds any verb at all. */
function anyVerb(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.tokens[k]!.pos === 'VERB' || doc.tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Whether an auxiliary or a finite verb stands in [a, b) ("legalizing it could put …"). */
/** Whether a finite verb follows within five tokens of `a` (before `b`), no comma or relative word between. */
function finiteSoonAfter(doc: Document, a: number, b: number): boolean {
  let reach = a + 5;
  for (let k = a; k < b && k < reach; k++) {
    const t = doc.tokens[k]!;
    // "to forgo corporate and foreign money had …": a conjunction between two modifiers or nouns stays in the phrase.
    if (t.pos === 'CCONJ' && k > a && isNominal(doc.tokens[k - 1]) && isNominal(doc.tokens[k + 1])) {
      reach += 2;
      continue;
    }
    if (
      t.value === ',' ||
      t.pos === 'PRON' ||
      t.pos === 'CCONJ' ||
      RELATIVE.has(t.lower) ||
      (t.pos === 'ADP' && k === a)
    )
      return false;
    if (t.pos === 'AUX') return true;
    if (
      t.pos === 'VERB' &&
      !isParticipleForm(t.lower) &&
      doc.tokens[k - 1]?.lower !== 'to' &&
      doc.tokens[k - 1]?.pos !== 'DET'
    )
      return true;
  }
  return false;
}

/** Whether a token is an adjective or a noun (a modifier or head inside a noun phrase). */
function isNominal(t: { readonly pos: string } | undefined): boolean {
  return t !== undefined && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN');
}

function anyFiniteAfter(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (t.value === ',') return false;
    if (t.pos === 'AUX') return true;
    // "said fighting raged inside the base", "shelling continued all night": an -ed form right after the
    // gerund subject is its past tense (not "fighting backed by jets", a participle with its agent).
    if (k === a && t.pos === 'VERB' && t.lower.endsWith('ed') && doc.tokens[k + 1]?.lower !== 'by') return true;
    if (t.pos === 'VERB' && !isParticipleForm(t.lower) && doc.tokens[k - 1]?.lower !== 'to') return true;
  }
  return false;
}
