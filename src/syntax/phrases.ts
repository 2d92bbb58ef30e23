/**
 * Phrase walkers inside one sentence: the noun phrase that ends at a token,
 * read backwards with its coordination, apposition and prepositional
 * attachments ({@link npBack}); the auxiliaries and adverbs between a subject
 * and its verb ({@link skipBackBetween}); the adjuncts and addressee after a
 * verb ({@link skipAdjuncts}, {@link skipAddressee}); the subject of a
 * sentence ({@link sentenceSubject}). Each walks a bounded number of tokens,
 * so a caller stays linear in the document length.
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import { isAcronym, isNameToken } from '../actors/names.js';
import { firstNameGender, isDescriptionHead, isGovernmentName, isMediaName, isTemporal } from '../actors/lexicon.js';
import { entityRegistry, isPossessive, textOf } from '../actors/registry.js';
import { canonicalActor } from '../actors/known.js';
import { timeEntities, type TimeIndex } from '../actors/entities.js';
import { quoteMarks, type QuoteMarks } from '../marks/index.js';
import { isCapitals, isGluedHyphen, isMark, titleCaseSentence } from './tokens.js';
import { isCoordinator } from './coordination.js';
import {
  ADJUNCT_PREPOSITIONS,
  ARTICLES,
  COMPASS_DIRECTIONS,
  NON_RESTRICTIVE_RELATIVES,
  POSSESSIVE_DETERMINERS,
  SUBJECT_PRONOUNS,
  CUE_NAME_FORMS,
} from '../lexicon/en/index.js';
import data from '../lexicon/en/phrases.json';
import usStates from '../lexicon/en/us-state-abbreviations.json';

/** Auxiliaries and adverbs that may stand between a subject and its cue verb. */
const BETWEEN: ReadonlySet<string> = new Set(data.betweenSubjectAndVerb);

/** Adverbs that never stand between a subject and its cue verb. */
const NOT_BETWEEN_ADVERBS: ReadonlySet<string> = new Set(data.notBetweenAdverbs);
/** Words before a date that belong to it ("on Sunday", "late last week"). */
const DATE_LEADS: ReadonlySet<string> = new Set(data.dateLeads);

/**
 * Skips back from `k` over auxiliaries and adverbs before a cue verb; returns the new position.
 *
 * @example
 * ```ts
 * // "Officials have also said": from "also" back past "have" to "Officials"
 * skipBackBetween(parse('Officials have also said so.'), 2, 0); // 0
 * ```
 */
export function skipBackBetween(doc: Document, k: number, floor: number, dates = timeEntities(doc)): number {
  const toks = doc.tokens;
  for (;;) {
    while (
      k >= floor &&
      (BETWEEN.has(toks[k]!.lower) || (toks[k]!.pos === 'ADV' && !NOT_BETWEEN_ADVERBS.has(toks[k]!.lower)))
    )
      k--;
    // "… last week announced", "… on Sunday said": a date between the subject and its verb.
    const date = dates.startingAt.size > 0 ? dates.endingAt.get(k + 1) : undefined;
    if (date !== undefined && date.firstToken > floor) {
      k = date.firstToken - 1;
      if (k >= floor && DATE_LEADS.has(toks[k]!.lower)) k--;
      continue;
    }
    // "used to say", "tried to explain", "went on to warn": the subject is before the first verb.
    if (k - 1 >= floor && toks[k]!.lower === 'to' && toks[k - 1]!.pos === 'VERB') {
      k -= 2;
      if (k >= floor && toks[k]!.lower === 'on' && toks[k - 1]?.pos === 'VERB') k--;
      continue;
    }
    return k;
  }
}

/**
 * Whether a token is an all-capital word of four letters or more that is no known name (a dateline's `GENEVA`).
 *
 * @example
 * ```ts
 * isShouted(parse('GENEVA').tokens[0]!); // true
 * ```
 */
export function isShouted(t: Token): boolean {
  const v = t.value;
  return v.length >= 4 && isCapitals(v) && !isGovernmentName(v) && !isMediaName(v);
}

/** Participles and adjectives a prepositional attachment hangs on ("sources close to", "a site affiliated with"). */
const ATTACHED: ReadonlySet<string> = new Set(data.attachedModifiers);
/** Whether a person's name (a known given name, then capitalised words) ends at token `e`. */
function personNameEndsAt(doc: Document, e: number, floor: number): boolean {
  let k = e;
  while (k > floor && k > e - 4 && isNameToken(doc, k - 1)) k--;
  return k < e && isNameToken(doc, e) && firstNameGender(doc.tokens[k]!.lower) !== null;
}

/** Words that may stand before an article inside one noun phrase ("such a", "half the"). */
const PREDETERMINERS: ReadonlySet<string> = new Set(data.predeterminers);
/** Articles that open a noun phrase. */
/** Adverbs inside a subject phrase ("nearly all officials"). */
const QUANTIFYING_ADVERBS: ReadonlySet<string> = new Set(data.quantifyingAdverbs);
/** AP abbreviations of US states (`Ill.`): after a city and its comma, part of the place. */
const US_STATES: ReadonlySet<string> = new Set(usStates.words);

/**
 * Walks back from `p` (the last token of a subject) over a noun phrase with
 * its prepositional attachments (`A Syrian lawmaker on a state-affiliated TV
 * station`, `the Syrian Observatory for Human Rights`); returns its first token.
 *
 * @example
 * ```ts
 * npBack(parse('A lawmaker on a TV station said no.'), 5, 0); // 0
 * ```
 */
export function npBack(doc: Document, p: number, floor: number, dates?: TimeIndex, marks?: QuoteMarks): number {
  const t = doc.tokens[p];
  if (t === undefined) return p + 1; // nothing before the text's first token: an empty phrase
  if (t.pos === 'PRON') return p;
  const d = dates ?? timeEntities(doc);
  const m = marks ?? quoteMarks(doc);
  const n = doc.tokens.length;
  // Remembered under the document's own layers only (every caller passes those; other ones would
  // read another walk), and for a floor inside the document (the key is one number).
  if (
    floor < 0 ||
    floor > n ||
    (dates !== undefined && d !== timeEntities(doc)) ||
    (marks !== undefined && m !== quoteMarks(doc))
  )
    return walkBack(doc, p, floor, d.endingAt, m.spanOf);
  const memo = doc.layer(NP_BACK, newWalks);
  const key = p * (n + 1) + floor;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const q = walkBack(doc, p, floor, d.endingAt, m.spanOf);
  memo.set(key, q);
  return q;
}

/**
 * Per document, {@link npBack}'s answers by token and floor: the attribution layer walks back from
 * the same subject twice for most cues (where the attribution starts, then who speaks), and the
 * walk reads the registry and the date and quotation layers at every step.
 */
const NP_BACK = Symbol('np-back');
const newWalks = (): Map<number, number> => new Map();

/** The walk of {@link npBack} from `p` (a token that is no pronoun) down to `floor`. */
function walkBack(
  doc: Document,
  p: number,
  floor: number,
  endingAt: TimeIndex['endingAt'],
  spanOf: Int32Array,
): number {
  const toks = doc.tokens;
  const t = toks[p]!;
  let q = p;
  let k = p;
  while (k >= floor) {
    if (k < p && startsBefore(doc, k, t.sentence, endingAt)) break;
    if (k < p && k > floor && articleAfterNoun(doc, k, floor)) {
      q = k;
      break;
    }
    const step = stepBack(doc, k, p, floor, spanOf);
    if (step === PARENTHESIS) {
      // "(R-Ore.)", "(HNC)": skip the parenthesis whole.
      let o = k - 1;
      while (o >= floor && o > k - 10 && toks[o]!.value !== '(' && toks[o]!.value !== ')') o--;
      if (o >= floor && toks[o]!.value === '(') {
        q = o;
        k = o - 1;
        continue;
      }
      break;
    }
    if (step === OUTSIDE) break;
    q = k;
    k--;
  }
  // Two adjacent names ("Syria UN decries"): the subject is the last.
  while (
    q < p &&
    (toks[q]!.pos === 'ADP' || toks[q]!.pos === 'CCONJ' || toks[q]!.value === ')' || toks[q]!.value === '-')
  )
    q++;
  return q;
}

/**
 * Whether token `k`, before a phrase's last token, belongs to what stands
 * before the phrase: another sentence, a dateline in capitals, a date (unless
 * it owns the noun after it: "Saturday’s bombings"), or a name before an
 * acronym that starts a new one ("Syria UN decries").
 */
function startsBefore(doc: Document, k: number, sentence: number, endingAt: TimeIndex['endingAt']): boolean {
  const toks = doc.tokens;
  const u = toks[k]!;
  if (u.sentence !== sentence) return true;
  // ("The FMLN's radio said": an acronym owning the noun after it is a name, no dateline.)
  if (isShouted(u) && !isPossessive(toks[k + 1], u)) return true;
  // "… Wednesday state media said"; but "Saturday’s bombings": a date owning a noun is inside the phrase,
  // and so is a time word inside a hyphenated compound ("a long-time observer", "a full-time aide").
  if (
    (isTemporal(u.lower) || endingAt.has(k + 1)) &&
    !isPossessive(toks[k + 1], u) &&
    !isGluedHyphen(toks, k - 1) &&
    !isGluedHyphen(toks, k + 1)
  )
    return true;
  // "Syria UN decries": an acronym after a capitalised word starts a new name.
  return isNameToken(doc, k) && !isAcronym(u) && isAcronym(toks[k + 1]!) && toks[k + 1]!.spaceBefore;
}

/**
 * "… near the port the coastguard said", "In a statement the centre said": an
 * article at `k` right after a noun opens the subject (the comma between them
 * lost); but "Omar Haddad a spokesman for …": a person's name before its
 * apposition stays in the phrase.
 */
function articleAfterNoun(doc: Document, k: number, floor: number): boolean {
  const toks = doc.tokens;
  const u = toks[k]!;
  const prev = toks[k - 1];
  return (
    u.pos === 'DET' &&
    prev !== undefined &&
    ARTICLES.has(u.lower) &&
    (prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      prev.pos === 'NUM' ||
      prev.value === ')' || // "a substance (chlorine) the statement said"
      (prev.pos === 'ADJ' && !PREDETERMINERS.has(prev.lower))) &&
    !isPossessive(prev, toks[k - 2]) &&
    !personNameEndsAt(doc, k - 1, floor) &&
    !bodyNameBeforeIndefinite(doc, k)
  );
}

/**
 * "The Syrian Observatory for Human Rights a Britain-based monitoring group said": an indefinite
 * article right after a body's name (an organisation, group or medium of the registry, no place)
 * opens its apposition, the comma lost; the name stays in the phrase.
 */
function bodyNameBeforeIndefinite(doc: Document, k: number): boolean {
  const w = doc.tokens[k]!.lower;
  if (w !== 'a' && w !== 'an') return false;
  const reg = entityRegistry(doc);
  const mi = reg.mentionAt[k - 1]!;
  if (mi === -1) return false;
  const m = reg.mentions[mi]!;
  if (m.form !== 'name' || m.end !== k) return false;
  // ("In a statement to SANA a source … said": the object of a preposition is no subject.)
  let b = m.first - 1;
  if (doc.tokens[b]?.pos === 'DET') b--;
  if (doc.tokens[b]?.pos === 'ADP') return false;
  const kind = reg.entities[m.entity]!.kind;
  if (kind !== 'organisation' && kind !== 'group' && kind !== 'media') return false;
  // The apposition describes a speaker ("a … monitoring group", "a war monitor"), not "an ally of …".
  const toks = doc.tokens;
  for (let j = k + 1; j < k + 6 && j < toks.length; j++) {
    const t = toks[j]!;
    // ("monitor" the tagger may read as a verb before "said")
    if ((t.pos === 'NOUN' || t.pos === 'VERB') && isDescriptionHead(t.lower) && toks[j + 1]?.pos !== 'NOUN')
      return true;
    if (t.pos === 'ADP' || (t.pos === 'VERB' && !t.lower.endsWith('ed')) || (t.pos === 'PUNCT' && t.value !== '-'))
      return false;
  }
  return false;
}

/** What {@link stepBack} found at a token: outside the phrase, inside it, or a closing parenthesis to skip whole. */
const OUTSIDE = 0;
const INSIDE = 1;
const PARENTHESIS = 2;

/**
 * Whether token `k` of a noun phrase that ends at `p` is inside it: a noun,
 * name, adjective, number or determiner, a possessive, a glued hyphen, the
 * dot of an initial, a coordinator between nouns, a preposition that attaches
 * a phrase to a noun, a participle of a compound, words the tagger misread.
 */
function stepBack(doc: Document, k: number, p: number, floor: number, spanOf: Int32Array): number {
  const toks = doc.tokens;
  const u = toks[k]!;
  const prev = toks[k - 1];
  if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ' || u.pos === 'NUM' || u.pos === 'DET') return INSIDE;
  // "a well-placed source", "a so-called expert", "the senior-most officer": an adverb or adjective and
  // the word glued to it by a hyphen make one compound modifier ("state-run" is read as before: a noun
  // before the hyphen may end the content of a comma-less attribution).
  if (k < p && u.pos === 'ADV' && isGluedHyphen(toks, k + 1)) return INSIDE;
  if (k < p && isGluedHyphen(toks, k - 1) && (toks[k - 2]!.pos === 'ADV' || toks[k - 2]!.pos === 'ADJ')) return INSIDE;
  // "a correspondent in rebel-held eastern Aleppo", "of the activist-run Hama Media Center": an
  // irregular participle of a compound ("-held", "-run"; "-led" is read by the -ed rule below) inside a
  // prepositional phrase whose object is the name that ends the phrase.
  if (
    k < p &&
    u.pos === 'VERB' &&
    isGluedHyphen(toks, k - 1) &&
    (toks[k - 3]?.pos === 'ADP' || (toks[k - 3]?.pos === 'DET' && toks[k - 4]?.pos === 'ADP')) &&
    namedObject(doc, k + 1, p)
  )
    return INSIDE;
  // "…, state-run TV reported": after a comma (or opening the clause) a compound glued by a hyphen
  // opens the subject; nothing before it can be content.
  if (
    k < p &&
    u.pos === 'VERB' &&
    isGluedHyphen(toks, k - 1) &&
    (k - 2 === floor || toks[k - 3]?.value === ',') &&
    (toks[k - 2]!.pos === 'NOUN' || toks[k - 2]!.pos === 'ADJ' || toks[k - 2]!.pos === 'PROPN')
  )
    return INSIDE;
  if (isPossessive(u, prev) && spanOf[k] === -1) return INSIDE;
  // "police commander Said Karimi told": a capitalised verb form inside the sentence, before a word of
  // the name, is the given name (the cue layer reads it so too), not a verb.
  if (
    k < p &&
    u.pos === 'VERB' &&
    CUE_NAME_FORMS.has(u.lower) &&
    isNameToken(doc, k) &&
    isNameToken(doc, k + 1) &&
    !titleCaseSentence(doc, u.sentence)
  )
    return INSIDE;
  if (u.value === '-' && !u.spaceBefore) return INSIDE;
  if (u.value === '.' && k < p && isNameToken(doc, k - 1)) return INSIDE; // U.N.
  // "a factory in Springfield, Ill. said": the comma between a city and its state is inside the place.
  if (u.value === ',' && k < p && US_STATES.has(toks[k + 1]!.value) && isNameToken(doc, k - 1)) return INSIDE;
  if (u.value === ')') return PARENTHESIS;
  if (u.value === '(') return INSIDE;
  if (isCoordinator(u.lower) && k < p && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN'))
    return INSIDE;
  if (
    u.pos === 'ADP' &&
    k < p &&
    prev !== undefined &&
    (prev.pos === 'NOUN' ||
      prev.pos === 'PROPN' ||
      ATTACHED.has(prev.lower) ||
      (u.lower === 'of' && COMPASS_DIRECTIONS.has(prev.lower)) ||
      // "Redur Khalil one of the spokespersons said": a partitive after a number.
      (u.lower === 'of' && prev.pos === 'NUM') ||
      (prev.pos === 'VERB' &&
        prev.lower.endsWith('ed') &&
        (toks[k - 2]?.pos === 'NOUN' || toks[k - 2]?.pos === 'PROPN'))) &&
    u.lower !== 'that'
  )
    return INSIDE;
  if (
    u.pos === 'VERB' &&
    u.lower.endsWith('ed') &&
    prev !== undefined &&
    (prev.value === '-' || (prev.pos === 'NOUN' && k < p && toks[k + 1]!.pos === 'ADP'))
  )
    return INSIDE; // "state-affiliated", "website affiliated with"
  if (u.pos === 'VERB' && u.lower === 'lead' && toks[k + 1]?.pos === 'NOUN') return INSIDE;
  // "the Syrian Observatory for Human Rights monitor said": a subject head the tagger read as a verb.
  if (u.pos === 'VERB' && k === p && isDescriptionHead(u.lower)) return INSIDE;
  // "the Harbour Watch group": a capitalised word of a name the tagger read as a verb.
  if (u.pos === 'VERB' && k > floor && isNameToken(doc, k) && isNameToken(doc, k - 1)) return INSIDE;
  if (u.pos === 'ADV' && QUANTIFYING_ADVERBS.has(u.lower)) return INSIDE;
  // "a resident of the government-controlled west of the city": a direction the tagger read as an adverb heads "… of".
  if (u.pos === 'ADV' && k < p && toks[k + 1]!.lower === 'of' && COMPASS_DIRECTIONS.has(u.lower)) return INSIDE;
  // "an inside source": a word the tagger read as a preposition between an article and its noun.
  if (u.pos === 'ADP' && k < p && prev?.pos === 'DET' && toks[k + 1]!.pos === 'NOUN') return INSIDE;
  return OUTSIDE;
}

/** Whether [k, p] is adjectives, then name words up to `p` (`eastern Aleppo`, `Hama Media Center`). */
function namedObject(doc: Document, k: number, p: number): boolean {
  const toks = doc.tokens;
  while (k < p && toks[k]!.pos === 'ADJ' && !isNameToken(doc, k)) k++;
  if (k > p) return false;
  for (let j = k; j <= p; j++) {
    if (!isNameToken(doc, j)) return false;
    // "… in rebel-held Aleppo Reuters reported": a known actor after the place is the speaker, the comma lost.
    if (j === k) continue;
    const rest = textOf(doc, j, p + 1);
    if (canonicalActor(rest) !== null || isMediaName(rest)) return false;
  }
  return true;
}

/** Time adverbs skipped after a cue ("said today that …"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(data.timeAdverbs);
const ADDRESSEE_DETERMINERS = new Set(['both', 'all', ...POSSESSIVE_DETERMINERS]);
/** Addressees that are a whole phrase by themselves ("told reporters", "told him"). */
const OBJECT_ADDRESSEES: ReadonlySet<string> = new Set(data.objectAddressees);
const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN']);
const RELATIVE_OPENERS = NON_RESTRICTIVE_RELATIVES;

/** Words that open a content clause or complement after adjuncts. */
const ADJUNCT_PREPS: ReadonlySet<string> = new Set([...ADJUNCT_PREPOSITIONS, ...data.adjunctOpeners]);

/**
 * Skips adjuncts after a cue (`in a statement`, `on Sunday`, `late on
 * Saturday`, `earlier`, `to reporters`) when they are followed by what opens
 * content (`that`, `:`, `,`, a quotation mark, the sentence end); returns the
 * position after them.
 *
 * @example
 * ```ts
 * skipAdjuncts(parse('He said in a statement that talks failed.'), 2, 10); // 5 (at "that")
 * ```
 */
export function skipAdjuncts(doc: Document, k: number, limit: number, dates = timeEntities(doc)): number {
  const toks = doc.tokens;
  let guard = 0;
  while (k < limit && guard++ < 6) {
    const t = toks[k]!;
    // A bare date ("said Monday that …").
    const dateEnd = bareDateEnd(toks, k, dates);
    if (dateEnd !== -1) {
      k = dateEnd;
      continue;
    }
    // "— on Twitter, as it happens —": a parenthesis between dashes.
    const dashEnd = dashParenthesisEnd(toks, k, limit);
    if (dashEnd !== -1) {
      k = dashEnd;
      continue;
    }
    if (t.pos === 'ADV' && (t.lower.endsWith('ly') || BETWEEN.has(t.lower) || TIME_ADVERBS.has(t.lower))) {
      k++;
      continue;
    }
    if (!ADJUNCT_PREPS.has(t.lower)) break;
    // A prepositional phrase: up to the next opener.
    const j = prepositionalPhraseEnd(toks, k, limit);
    if (j === k + 1) break;
    if (opensContentAt(toks, j, limit)) {
      k = j;
      continue;
    }
    if (subjectAfterPhrase(toks, k, j, dates)) {
      k = j;
      break;
    }
    const next = adjunctTailEnd(doc, k, j, limit, dates);
    if (next === -1) break;
    k = next;
  }
  return k;
}

/** Step of {@link skipAdjuncts}: the end of a bare date of up to four words at `k` ("Monday"), or -1. */
function bareDateEnd(toks: readonly Token[], k: number, dates: TimeIndex): number {
  const date = dates.startingAt.get(k);
  if (date === undefined) return -1;
  // Not an adjective of the content's subject: "said recent measures made it impossible".
  const modifier = date.endToken === k + 1 && toks[k]!.pos === 'ADJ' && toks[k + 1]?.pos === 'NOUN';
  if (modifier || datedSubject(toks, date.endToken)) return -1;
  return date.endToken - k <= 4 && date.endToken > k ? date.endToken : -1;
}

/**
 * Whether the date ending before `e` opens the content's subject rather than dating the cue: a
 * possessive after it ("said Tuesday's attack was …", "said last year's toll …") or a finite verb
 * right after it ("said 2017 was the deadliest year").
 */
function datedSubject(toks: readonly Token[], e: number): boolean {
  const after = toks[e];
  if (after === undefined) return false;
  if (isPossessive(after, toks[e - 1])) return true;
  return after.pos === 'AUX' && toks[e - 1]!.pos === 'NUM';
}

/** Step of {@link skipAdjuncts}: the position after a parenthesis between dashes opening at `k`, or -1. */
function dashParenthesisEnd(toks: readonly Token[], k: number, limit: number): number {
  const dash = toks[k]!.value;
  if ((dash !== '—' && dash !== '–') || k + 1 >= limit) return -1;
  let j = k + 1;
  while (j < limit && j - k < 14 && toks[j]!.value !== dash) j++;
  return j < limit && toks[j]!.value === dash ? j + 1 : -1;
}

/** Step of {@link skipAdjuncts}: the end of the prepositional phrase opening at `k` (at most 14 tokens). */
function prepositionalPhraseEnd(toks: readonly Token[], k: number, limit: number): number {
  let j = k + 1;
  while (j < limit && j - k < 14 && continuesPhrase(toks, j, k)) j++;
  return j;
}

/** Whether the token at `j` still belongs to the prepositional phrase opening at `k`. */
function continuesPhrase(toks: readonly Token[], j: number, k: number): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1]!;
  const afterNoun = j > k + 1 && (prev.pos === 'PROPN' || prev.pos === 'NOUN');
  // "said on Friday a convoy had …": an article after a noun opens the content's subject.
  // (So does a possessive determiner: "said in a statement on Sunday its troops had …".)
  if (afterNoun && (t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower))) return false;
  // (And a subject pronoun before an auxiliary: "said on Twitter it was involved in …", "told AFP by
  // phone they had …"; not a contact relative, "in territories it controls in Iraq".)
  if (afterNoun && pronounSubjectAt(toks, j)) return false;
  // "said on Sunday six bombers had …": so does a number before a plural noun.
  if (
    afterNoun &&
    t.pos === 'NUM' &&
    ((toks[j + 1]?.pos === 'NOUN' && toks[j + 1]!.lower.endsWith('s')) || toks[j + 1]?.pos === 'ADJ')
  )
    return false;
  return (
    (t.pos === 'DET' && t.lower !== 'that') ||
    POSSESSIVE_DETERMINERS.has(t.lower) ||
    (ADJUNCT_PREPS.has(t.lower) && j > k + 1 && prev.pos !== 'ADP') ||
    // "in Salem, New Hampshire": a comma inside a place name
    (t.value === ',' && prev.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN' && toks[j + 2]?.pos === 'PROPN') ||
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    t.pos === 'NUM' ||
    isPossessive(t, prev) ||
    (t.value === '-' && !t.spaceBefore) ||
    nominalVerbIn(toks, j, k)
  );
}

/** Whether a subject pronoun at `j` opens a clause: an auxiliary right after it (`it was`, `they had`). */
function pronounSubjectAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  return t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && toks[j + 1]?.pos === 'AUX';
}

/** Step of {@link skipAdjuncts}: whether what follows an adjunct at `j` opens content (`that`, `:`, `,`, a mark, the end). */
function opensContentAt(toks: readonly Token[], j: number, limit: number): boolean {
  const after = toks[j];
  return (
    j >= limit ||
    after === undefined ||
    after.lower === 'that' ||
    after.value === ':' ||
    after.value === ',' ||
    isMark(after) ||
    /^[.!?;]$/.test(after.value)
  );
}

/**
 * Step of {@link skipAdjuncts}: whether the walk of the phrase `k`..`j` stopped at a determiner after
 * the phrase's noun, which opens the content's subject ("said in a statement the fighters had …",
 * "said in a statement their fighters …", "said on Twitter it was …"); not a date ("said in a report this week.").
 */
function subjectAfterPhrase(toks: readonly Token[], k: number, j: number, dates: TimeIndex): boolean {
  const after = toks[j]!;
  // (after a phrase of two words too: "told Reuters by telephone his men had …")
  return (
    j > k + 1 &&
    (after.pos === 'DET' || POSSESSIVE_DETERMINERS.has(after.lower) || pronounSubjectAt(toks, j)) &&
    (toks[j - 1]!.pos === 'NOUN' || toks[j - 1]!.pos === 'PROPN') &&
    !dates.startingAt.has(j)
  );
}

/**
 * Step of {@link skipAdjuncts}: where the walk goes on after the phrase `k`..`j` followed by a date
 * ("said in a statement Thursday night they …") or a participle phrase and `that` ("said in a report
 * released today that …"); -1 when neither.
 */
function adjunctTailEnd(doc: Document, k: number, j: number, limit: number, dates: TimeIndex): number {
  const toks = doc.tokens;
  // A date entity ("on Sunday") is an adjunct even when content follows without "that".
  const ending = dates.endingAt.get(j);
  if (
    ending !== undefined &&
    ending.firstToken >= k &&
    (ending.firstToken <= k + 2 || toks[ending.firstToken - 1]!.pos === 'NOUN')
  )
    return j;
  return participleBeforeThat(doc, j, limit);
}

/**
 * Whether the word at `j`, tagged a verb inside the prepositional phrase opening at `k`, is part of
 * its noun phrase (`in a televised address that …`, the tagger calling both words verbs): a
 * participle right after a determiner or adjective of the phrase, or the head right after such a
 * participle, before `that`, punctuation or a preposition.
 */
function nominalVerbIn(toks: readonly Token[], j: number, k: number): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1]!;
  if (t.pos !== 'VERB' || j <= k + 1) return false;
  if (/.{3}(ed|ing)$/.test(t.lower) && (prev.pos === 'DET' || prev.pos === 'ADJ') && prev.lower !== 'that') {
    const next = toks[j + 1];
    return next !== undefined && (next.pos === 'NOUN' || next.pos === 'VERB');
  }
  const next = toks[j + 1];
  return (
    prev.pos === 'VERB' &&
    /.{3}(ed|ing)$/.test(prev.lower) &&
    toks[j - 2]?.pos === 'DET' &&
    next !== undefined &&
    (next.lower === 'that' || next.pos === 'PUNCT' || next.pos === 'ADP')
  );
}

/**
 * Where "that" stands after a past participle at `j` and at most four words of its
 * own adjunct (`released today`, `published on Monday`), or -1.
 */
function participleBeforeThat(doc: Document, j: number, limit: number): number {
  const toks = doc.tokens;
  const t = toks[j];
  if (t === undefined || t.pos !== 'VERB' || !t.lower.endsWith('ed')) return -1;
  for (let m = j + 1; m < limit && m <= j + 5; m++) {
    const u = toks[m]!;
    if (u.lower === 'that') return m;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PUNCT' || u.pos === 'PRON') return -1;
  }
  return -1;
}

/** Pronouns and words that start a clause rather than continue an addressee. */
const CLAUSE_STARTERS: ReadonlySet<string> = new Set(data.clauseStarters);

/**
 * Reads an addressee noun phrase after `told`, `urged`, `appealed to` (`AFP`,
 * `state TV`, `the HNC and the regime`, `both sides`, `reporters`); returns the
 * position after it, or `k` when there is none.
 *
 * @example
 * ```ts
 * skipAddressee(parse('She told AFP the road was shut.'), 2, 8); // 3 (after "AFP")
 * ```
 */
export function skipAddressee(doc: Document, k: number, limit: number): number {
  const toks = doc.tokens;
  let j = k;
  if (toks[j]?.lower === 'to') j++; // "appealed to both sides"
  const start = j;
  let sawHead = false;
  while (j < limit) {
    const t = toks[j]!;
    const herDet = t.lower === 'her' && NOMINAL.has(toks[j + 1]?.pos ?? '');
    if (OBJECT_ADDRESSEES.has(t.lower) && !herDet) {
      j++;
      sawHead = true;
      break;
    }
    if (CLAUSE_STARTERS.has(t.lower) && t.pos === 'PRON') break;
    if (isPossessive(t, toks[j - 1]) && sawHead) {
      // "told Britain’s ITV television station"
      j++;
      sawHead = false;
      continue;
    }
    if (t.pos === 'DET' || ADDRESSEE_DETERMINERS.has(t.lower)) {
      if (sawHead) break; // a new noun phrase: the content's subject
      j++;
      continue;
    }
    if (
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'NUM' ||
      isNameToken(doc, j) ||
      (t.value === '-' && !t.spaceBefore)
    ) {
      sawHead = true;
      j++;
      continue;
    }
    if ((t.lower === 'and' || t.lower === 'or') && sawHead) {
      const next = toks[j + 1];
      if (next !== undefined && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN')) {
        j++;
        sawHead = false;
        continue;
      }
    }
    break;
  }
  return sawHead && j > start ? j : k;
}

/**
 * First token of the sentence's subject phrase and the phrase's end (the first finite verb), or `null`.
 *
 * @example
 * ```ts
 * sentenceSubject(parse('On Sunday, the union rejected the offer.'), 0, 8); // [3, 5]: "the union"
 * ```
 */
export function sentenceSubject(doc: Document, sentenceFirst: number, before: number): [number, number] | null {
  const toks = doc.tokens;
  let a = sentenceFirst;
  while (a < before && (doc.zoneAt(toks[a]!.start) === 'dateline' || isShouted(toks[a]!) || toks[a]!.value === '/'))
    a++;
  // Leading adverbial up to a comma ("On Sunday,", "After the meeting with de Mistura,"), or a date ("On Sunday morning").
  const first = toks[a];
  if (first !== undefined && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) {
    let j = a;
    while (
      j < before &&
      toks[j]!.value !== ',' &&
      j - a < 20 &&
      !(j > a && (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX'))
    )
      j++;
    if (toks[j]?.value === ',') a = j + 1;
    else {
      const e = timeEntities(doc).startingAt.get(a + 1);
      if (e !== undefined) a = e.endToken;
      if (a === sentenceFirst && first.pos === 'ADV') a++;
    }
  }
  let depth = 0;
  for (let k = a; k < before; k++) {
    const t = toks[k]!;
    if (t.value === ',') {
      const next = toks[k + 1];
      if (next !== undefined && RELATIVE_OPENERS.has(next.lower)) depth = 1;
      else if (depth === 1) depth = 0;
      continue;
    }
    if (depth > 0) continue;
    if (
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      k > a &&
      !(t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && toks[k - 1]!.value === '-')
    ) {
      if (t.pos === 'VERB' && t.lower === 'lead' && toks[k + 1]?.pos === 'NOUN') continue;
      return [a, k];
    }
  }
  return null;
}
