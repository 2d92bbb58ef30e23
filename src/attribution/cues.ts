/**
 * Speech cues: the verbs of saying of the speech-verb lemma class
 * (`src/lexicon/en/speech-verbs.json`, the lemmas with a quote frame) and `according to`.
 *
 * @module
 */
import speech from '../lexicon/en/speech-verbs.json';
import { SPEECH_LEMMAS } from '../lexicon/en/index.js';
import type { Document, Token } from '../document/model.js';
import { quoteMarks } from '../marks/index.js';
import { firstNameGender, isDescriptionHead, isOrganisationHead, isTemporal, WordMap } from '../actors/lexicon.js';
import { isCapitals, isMark, isPrenominalParticiple, titleCaseSentence } from '../syntax/tokens.js';
import {
  BE_FORMS,
  HAVE_FORMS,
  JOINING_VERBS,
  GERUND_PREPOSITIONS,
  CUE_NAME_FORMS,
  QUANTIFIER_SUBJECTS,
  QUOTING_VERBS,
  SPEECH_MEDIA,
  NON_SPEECH_OBJECTS,
} from '../lexicon/en/index.js';
import { defineWordClass } from '../document/classes.js';

/**
 * Complements a cue verb takes (see the data file's comment).
 *
 * @example
 * ```ts
 * cueVerb('urged')?.frames.has('infinitive'); // true
 * ```
 */
export type CueFrame = 'clause' | 'that' | 'addressee' | 'infinitive' | 'whether' | 'characterise';

/**
 * A speech cue found in the text.
 *
 * @example
 * ```ts
 * findCues(parse('She told AFP the road was shut.'))[0]; // { first: 1, end: 2, lemma: 'tell', type: 'verb', participle: false, frames }
 * ```
 */
export interface CueMatch {
  /** First token of the cue. */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  /** Dictionary form (`say`, `according to`). */
  readonly lemma: string;
  /** Complements it takes. */
  readonly frames: ReadonlySet<CueFrame>;
  /** `verb`, or the `according to` phrase. */
  readonly type: 'verb' | 'according';
  /** An -ing form (`saying`, `claiming`): a participle when it follows a comma. */
  readonly participle: boolean;
}

interface VerbEntry {
  readonly lemma: string;
  readonly frames: ReadonlySet<CueFrame>;
  readonly particle: string | null;
}

let verbs: WordMap<VerbEntry> | null = null;
/** Shortest and longest cue form (and "according"): a token of another length is no cue. */
let shortest = 0;
let longest = 0;

function verbTable(): WordMap<VerbEntry> {
  if (verbs !== null) return verbs;
  const table = new Map<string, VerbEntry>();
  shortest = 'according'.length;
  longest = 'according'.length;
  const frames = new Map<string, CueFrame[]>();
  for (const [frame, lemmas] of Object.entries(speech.quoteFrames))
    for (const l of lemmas) frames.set(l, [...(frames.get(l) ?? []), frame as CueFrame]);
  const particles = speech.particles as Record<string, string[]>;
  const entries = new Map<string, VerbEntry>();
  for (const [form, lemma] of SPEECH_LEMMAS) {
    const f = frames.get(lemma);
    if (f === undefined) continue; // a report verb that is no quote cue ("documented")
    let entry = entries.get(lemma);
    if (entry === undefined) {
      entry = { lemma, frames: new Set(f), particle: particles[lemma]?.[0] ?? null };
      entries.set(lemma, entry);
    }
    table.set(form, entry);
    shortest = Math.min(shortest, form.length);
    longest = Math.max(longest, form.length);
  }
  // A bitmap in front of the table: most tokens are no cue and are rejected without hashing.
  verbs = new WordMap(table);
  byLemma = entries;
  return verbs;
}

/** The cue entries by lemma, for a verb form the data does not list (filled with the form table). */
let byLemma: ReadonlyMap<string, VerbEntry> = new Map();

/** Verbs of voicing by form, with their lemma: a cue with a stance noun and "that" after them. */
const STANCE_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(speech.stanceVerbs).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);
/** The stance nouns after such a verb (`voiced alarm that`, `expressed hope that`). */
const STANCE_NOUNS: ReadonlySet<string> = new Set(speech.stanceNouns);
const STANCE_FRAMES: ReadonlySet<CueFrame> = new Set(['clause']);

/** Lemmas that with a particle after them are a cue of their own (`called on X to …`): lemma → particles. */
const APPEAL_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(speech.appealParticles).map(([lemma, particles]) => [lemma, new Set(particles)] as const),
);
/** What such a cue takes: its addressee, then a to-infinitive (the content). */
const APPEAL_FRAMES: ReadonlySet<CueFrame> = new Set(['addressee', 'infinitive']);

/** Word-class bits of the cue forms (and "according") and of the cue lemmas: a bit test per token. */
const CUE_FORM = defineWordClass([...verbTable().map.keys(), ...STANCE_VERBS.keys(), 'according']);
const CUE_LEMMA = defineWordClass(byLemma.keys(), 'lemma');

/**
 * The cue entry of token `t`: by its form, or — for a word tagged a verb whose form the data
 * does not list (`reaffirms`, `recounted`) — by the lemma the model gives it.
 */
function entryOf(table: WordMap<VerbEntry>, norm: string, t: Token): VerbEntry | undefined {
  if (table.mayHoldSpan(norm, t.start, t.end)) {
    const entry = table.get(t.lower);
    if (entry !== undefined) return entry;
  }
  // (Not a lemma whose base form is no cue: only "cried" of "cry" is listed, not "cries", "crying".)
  return t.pos === 'VERB' && t.lemma !== t.lower && table.get(t.lemma) !== undefined ? byLemma.get(t.lemma) : undefined;
}

/**
 * The cue-verb entry for a word form, or `null`.
 *
 * @example
 * ```ts
 * cueVerb('told')?.lemma; // 'tell'
 * ```
 */
export function cueVerb(form: string): { lemma: string; frames: ReadonlySet<CueFrame> } | null {
  return verbTable().get(form.toLowerCase()) ?? null;
}

/** The parts of speech that open a clause's subject (`that at least 12 …`, `that the army …`). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'ADJ', 'ADV']);

/**
 * Whether a clause's subject opens at `k` (after a `that`): a determiner, number, pronoun, name or
 * modifier, or `at least`/`at most` before a number — not a verb (`reports that emerged`: a relative).
 */
function opensSubject(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined) return false;
  if (t.lower === 'at') return toks[k + 1]?.lower === 'least' || toks[k + 1]?.lower === 'most';
  return SUBJECT_OPENERS.has(t.pos);
}

/** The forms of BE, with the clitic 's ("it's said"). */
const BE = new Set([...BE_FORMS, "'s", '’s']);

/** A capital first letter followed by a lower-case letter ("Reporting", not "UN" or "said"). */
function mixedCapital(t: Token | undefined): boolean {
  if (t === undefined || t.shape !== 'word' || t.value.length < 2) return false;
  const c = t.value.charCodeAt(0);
  const d = t.value.charCodeAt(1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

/**
 * Whether the capitalised word at `i` is a word of a name joined by `and` / `of`: a capitalised
 * word after it, and `and` or `of` before it after another capitalised word, in the same sentence
 * ("Warning and Reporting Service"), the sentence no title-case line. A capitalised cue right
 * after a capitalised word is left a cue: headlines and page link lines write "Monitor Says …",
 * "Coalition Urges … against …" with lower-case words in them.
 */
function insideCapitalisedRun(doc: Document, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const next = toks[i + 1];
  const joiner = toks[i - 1];
  const before = toks[i - 2];
  if (!mixedCapital(t) || !mixedCapital(next) || next!.sentence !== t.sentence) return false;
  if (joiner === undefined || (joiner.lower !== 'and' && joiner.lower !== 'of') || joiner.value !== joiner.lower)
    return false;
  if (before === undefined || before.sentence !== t.sentence || !mixedCapital(before)) return false;
  return !titleCaseSentence(doc, t.sentence);
}

/** Whether the token is used as a verb here (not `the said document`, `media reports`, `a claim`). */
function verbal(doc: Document, i: number, entry: VerbEntry): boolean {
  // A word of a compound or a name, a gerund after a preposition, a characterising participle: no verb.
  if (wordOfName(doc, i) || afterPreposition(doc, i) || characterisingModifier(doc, i, entry)) return false;
  if (doc.tokens[i]!.pos === 'VERB') return taggedVerbVerbal(doc, i, entry);
  return untaggedVerbal(doc, i, entry);
}

/**
 * Whether the cue form at `i` is part of a compound word or a name: `state-affiliated`, `the
 * Aircraft … Addressing and Reporting System`, `Osama Said`, `… said Said Seif`.
 */
function wordOfName(doc: Document, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "state-affiliated", "Saudi-backed": part of a compound word.
  if (
    (next !== undefined && next.value === '-' && !next.spaceBefore) ||
    (prev !== undefined && prev.value === '-' && !t.spaceBefore)
  )
    return true;
  // "the Aircraft Communications Addressing and Reporting System": a capitalised form between
  // capitalised words of running prose (not a title-case headline) is a word of a name.
  if (insideCapitalisedRun(doc, i)) return true;
  // "Osama Said, a media activist": a capitalised form after a given name, inside its sentence, is a surname.
  if (
    prev !== undefined &&
    prev.sentence === t.sentence &&
    t.value !== t.lower &&
    t.value.charCodeAt(1) >= 97 &&
    firstNameGender(prev.value) !== null
  )
    return true;
  // "rebel commander Said Hamdan told …", "REUTERS/Rodi Said The advance …": a cue form that is also
  // a given name, capitalised inside its sentence before another capitalised word, is the name (in
  // running prose, not a title-case line: "Trump Said Syria …").
  if (
    prev !== undefined &&
    CUE_NAME_FORMS.has(t.lower) &&
    prev.sentence === t.sentence &&
    mixedCapital(t) &&
    mixedCapital(next) &&
    next!.sentence === t.sentence &&
    !titleCaseSentence(doc, t.sentence)
  )
    return true;
  // "… said Said Seif, a commander": a capitalised form right after a lower-case cue verb is the
  // inverted speaker's name.
  return (
    prev !== undefined &&
    prev.sentence === t.sentence &&
    t.value !== t.lower &&
    t.value.charCodeAt(1) >= 97 &&
    prev.value === prev.lower &&
    verbTable().get(prev.lower) !== undefined
  );
}

/**
 * Whether the cue form at `i` is a gerund or adjective after a preposition (`on maintaining the
 * ceasefire`, `the scene of repeated attacks`) — not `quoted X as saying`, `joined Y in saying`.
 */
function afterPreposition(doc: Document, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  return (
    prev !== undefined &&
    prev.pos === 'ADP' &&
    prev.lower !== 'that' &&
    t.sentence === prev.sentence &&
    !(prev.lower === 'as' && quotedBefore(doc, i - 1)) && // "quoted the governor as saying"
    !(prev.lower === 'in' && t.lower.endsWith('ing') && joinedBefore(doc, i - 1)) && // "joined the UN in saying"
    !(GERUND_PREPOSITIONS.has(prev.lower) && t.lower.endsWith('ing')) // "backed the claim by saying"
  );
}

/**
 * Whether a characterising cue at `i` names rather than speaks: `a group called Occupy …`, `Abu
 * Omar, dubbed as “the Lion”`.
 */
function characterisingModifier(doc: Document, i: number, entry: VerbEntry): boolean {
  if (!entry.frames.has('characterise')) return false;
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "a group called Occupy …": a characterising participle after a noun is no speech.
  if (prev !== undefined && prev.pos === 'NOUN' && next !== undefined && (/^[A-Z]/.test(next.value) || isMark(next)))
    return true;
  // "Abu Omar, dubbed as “the Lion”", "a commander dubbed as 'the Butcher'": a characterising past
  // participle after a name or noun, then `as` and a name or quotation, is the nickname a reduced
  // passive gives, no speech.
  const afterAs = toks[i + 2];
  return (
    t.lower.endsWith('ed') &&
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.value === ',') &&
    next?.lower === 'as' &&
    afterAs !== undefined &&
    (/^[A-Z]/.test(afterAs.value) || isMark(afterAs))
  );
}

/** Whether a cue form the tagger calls a verb is one here: not a passive, a participle of a noun, a modifier. */
function taggedVerbVerbal(doc: Document, i: number, entry: VerbEntry): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // Passive "was said to", "were claimed by": not a speech report with a source here.
  // (But "It was reported that …": an impersonal passive reports a content with no source named.)
  if (
    prev !== undefined &&
    BE.has(prev.lower) &&
    /(ed|id|ld|wn|en)$/.test(t.lower) &&
    entry.lemma !== 'add' &&
    impersonalPassive(doc, i) === -1 &&
    // ("The coach was asked by a reporter whether …": the agent of a passive question asks it.)
    !(entry.frames.has('whether') && next?.lower === 'by')
  )
    return false;
  // "an attack claimed by the group", "a figure reported by the monitor": a passive participle after
  // its noun (not "the governor said by telephone that …": a medium is no agent).
  if (
    next?.lower === 'by' &&
    /(ed|id|ld|wn|en)$/.test(t.lower) &&
    prev !== undefined &&
    prev.pos === 'NOUN' &&
    !mediumAfter(toks, i + 2)
  )
    return false;
  if (prev !== undefined && (prev.lower === 'the' || prev.lower === 'a')) return false;
  if (nonSpeechObject(doc, i, entry.lemma)) return false;
  // "475 pledged delegates", "a large pledged delegate lead", "a politically charged visit": a participle
  // used as an adjective, between a modifier and its noun.
  // "the first reported death", "its reported toll", "the most widely reported attack".
  return !isPrenominalParticiple(toks, i);
}

/**
 * Whether the words from `k` (after a `by`) name a speech medium: up to two modifiers, then a noun
 * of {@link SPEECH_MEDIA} (`by telephone`, `by satellite phone`, `by a video link`).
 */
function mediumAfter(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.pos === 'DET') k++;
  for (let j = k; j < k + 3; j++) {
    const t = toks[j];
    if (t === undefined) return false;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
    // (The phrase's head: the last noun, "video link", not "video" of "video footage".)
    if (SPEECH_MEDIA.has(t.lower) && toks[j + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}

/** Most words (determiners, numbers, adjectives) between a verb and the head of its object that make it no speech. */
const NON_SPEECH_REACH = 3;

/**
 * Whether the object of the verb at `i` is headed by a noun that makes its lemma no speech verb
 * ("the strike claimed the lives of eight civilians", "claimed nine lives": a toll, no words).
 */
function nonSpeechObject(doc: Document, i: number, lemma: string): boolean {
  const nouns = NON_SPEECH_OBJECTS.get(lemma);
  if (nouns === undefined) return false;
  const toks = doc.tokens;
  for (let k = i + 1; k < toks.length && k - i <= NON_SPEECH_REACH + 1; k++) {
    const t = toks[k]!;
    // …but "claimed the lives were lost in vain": the noun is the subject of a clause.
    if (nouns.has(t.lower)) return toks[k + 1]?.pos !== 'AUX' && toks[k + 1]?.pos !== 'VERB';
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ' && t.pos !== 'PRON') return false;
  }
  return false;
}

/** Whether a cue form the tagger did not call a verb is one here, by the words around it. */
function untaggedVerbal(doc: Document, i: number, entry: VerbEntry): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "has been warning": a progressive after an auxiliary, whatever the tagger says.
  if (/ing$/.test(t.lower) && prev !== undefined && BE.has(prev.lower)) return true;
  if (t.lower.endsWith('s') && t.pos === 'NOUN' && prev !== undefined && thirdPersonAsNoun(doc, i)) return true;
  // The tagger sometimes calls "says" or "told" something else; trust the form when a subject-like word precedes.
  if ((entry.lemma === 'say' || entry.lemma === 'tell') && t.pos !== 'NOUN' && t.pos !== 'ADJ') return true;
  if (
    (entry.lemma === 'say' || entry.lemma === 'tell') &&
    prev !== undefined &&
    (prev.pos === 'PRON' || prev.pos === 'PROPN')
  )
    return true;
  if (pastAsAdjectiveBeforeThat(doc, i)) return true;
  // "Some say they …", "One in five say that …", "a third say …": a quantity as the subject, a clause after.
  return (
    entry.lemma === 'say' &&
    prev !== undefined &&
    (prev.pos === 'NUM' || QUANTIFIER_SUBJECTS.has(prev.lower)) &&
    next !== undefined &&
    (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN' || next.lower === 'that')
  );
}

/**
 * Whether an -s form at `i` the tagger read as a noun is a third-person verb: after a name or
 * pronoun before a clause (`Schweizer notes the foundation hid …`), or closing its sentence after a
 * speaker's head noun or an agency's acronym (`…, a Turkish broadcaster claims.`, `… AFP reports.`).
 */
function thirdPersonAsNoun(doc: Document, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  // "Schweizer notes the foundation hid …": a third-person form after a name or pronoun, before a clause.
  if (
    (prev.pos === 'PROPN' || /^(he|she|it|they)$/.test(prev.lower)) &&
    // not a noun compound ("Election Commission reports", "Western states")
    !isOrganisationHead(prev.value) &&
    !/(an|ern|ese|ish)$/.test(prev.lower) &&
    t.lower !== 'states' &&
    next !== undefined &&
    (next.pos === 'DET' ||
      (next.pos === 'PRON' && next.lower !== 'that') ||
      (next.lower === 'that' && opensSubject(toks, i + 2)) ||
      next.pos === 'PROPN')
  )
    return true;
  const closes = next === undefined || next.sentence !== t.sentence || next.value === '.' || next.value === '!';
  // "…, a Turkish broadcaster claims.": a third-person form read as a noun after a speaker's head noun,
  // closing its sentence, is the verb of a post-posed attribution.
  if (prev.pos === 'NOUN' && isDescriptionHead(prev.lower) && closes) return true;
  // "… captured the main street AFP reports.": the same after a name, its subject (not "citing AFP reports.").
  return (
    prev.pos === 'PROPN' &&
    prev.value.length > 1 &&
    isCapitals(prev.value) && // an agency's acronym (AFP, SANA), not "… in Raqqa Local reports"
    closes &&
    nameSubject(doc, i - 1)
  );
}

/**
 * "State media alleged on Saturday that …": a past form the tagger read as an adjective, after its
 * subject's noun and before "that" (a weekday or date between), is the verb ("the alleged attack" is not).
 */
function pastAsAdjectiveBeforeThat(doc: Document, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!(
    t.pos === 'ADJ' &&
    t.lower.endsWith('ed') &&
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN')
  ))
    return false;
  let k = i + 1;
  if (toks[k]?.lower === 'on' && isTemporal(toks[k + 1]?.lower ?? '')) k += 2;
  else if (isTemporal(toks[k]?.lower ?? '')) k++;
  return toks[k]?.lower === 'that' && toks[k]!.sentence === t.sentence;
}

/**
 * The `it` of an impersonal passive cue at `i` (`It was reported that …`, `it has been claimed that …`),
 * or -1: `it`, forms of BE or HAVE only, the participle, then `that`.
 *
 * @example
 * ```ts
 * impersonalPassive(parse('It was reported that the convoy was hit.'), 2); // 0
 * ```
 */
export function impersonalPassive(doc: Document, i: number): number {
  const toks = doc.tokens;
  if (toks[i + 1]?.lower !== 'that') return -1;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = toks[j]!.lower;
    if (w === 'it') return j < i - 1 && toks[j]!.sentence === toks[i]!.sentence ? j : -1;
    if (!BE.has(w) && !HAVE_FORMS.has(w)) return -1;
  }
  return -1;
}

/** Whether the name ending at `k` can be a subject: no preposition or verb right before it ("citing AFP reports"). */
function nameSubject(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  let j = k;
  while (j - 1 >= 0 && toks[j - 1]!.pos === 'PROPN' && toks[j - 1]!.sentence === toks[k]!.sentence) j--;
  const before = toks[j - 1];
  return (
    before === undefined ||
    !(before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'DET' || before.pos === 'AUX')
  );
}

/** Whether a form of `join` stands a few words before the `in` at `k`, no comma between ("joined the UN in saying"). */
function joinedBefore(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = toks[j]!;
    if (t.sentence !== toks[k]!.sentence || t.value === ',') return false;
    if (JOINING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Whether a quoting verb stands a few words before `k` in its sentence ("quoted the governor as", "cited a source as"). */
function quotedBefore(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  // (From the word before "as": the passive "was quoted as saying" has nothing between.)
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const t = toks[j]!;
    if (t.sentence !== toks[k]!.sentence || t.value === ',') return false;
    if (QUOTING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** The `according to` cue at `i`. */
function accordingCue(i: number): CueMatch {
  return { first: i, end: i + 2, lemma: 'according to', frames: new Set(), type: 'according', participle: false };
}

/**
 * "The ICRC voiced alarm that …": a verb of voicing at `i`, a stance noun, and a content clause — a
 * cue of the two words, or `null`.
 */
function stanceCue(toks: readonly Token[], i: number): CueMatch | null {
  const t = toks[i]!;
  const stance = STANCE_VERBS.get(t.lower);
  // (Whatever the tagger says of the verb, unless a determiner makes it a modifier: "the raised fears".)
  const prevPos = toks[i - 1]?.pos;
  if (
    stance === undefined ||
    prevPos === 'DET' ||
    prevPos === 'ADP' ||
    !STANCE_NOUNS.has(toks[i + 1]?.lower ?? '') ||
    toks[i + 2]?.lower !== 'that'
  )
    return null;
  return {
    first: i,
    end: i + 2,
    lemma: `${stance} ${toks[i + 1]!.lower}`,
    frames: STANCE_FRAMES,
    type: 'verb',
    participle: t.lower.endsWith('ing'),
  };
}

/**
 * The cue of the speech verb at `i` (used as a verb): with its appeal particle (`called on`, frames
 * {@link APPEAL_FRAMES}) or its own particle (`pointed out`), or `null` when that particle is missing.
 */
function verbCue(toks: readonly Token[], i: number, entry: VerbEntry): CueMatch | null {
  const t = toks[i]!;
  // "Marwah called on the world to act": the lemma and its particle are a cue of their own, an
  // addressee and an infinitive after them ("called it a massacre" stays the characterising cue).
  const appeal = APPEAL_PARTICLES.get(entry.lemma);
  const particle = toks[i + 1];
  if (appeal !== undefined && particle !== undefined && appeal.has(particle.lower)) {
    return {
      first: i,
      end: i + 2,
      lemma: `${entry.lemma} ${particle.lower}`,
      frames: APPEAL_FRAMES,
      type: 'verb',
      participle: t.lower.endsWith('ing'),
    };
  }
  let end = i + 1;
  if (entry.particle !== null) {
    if (toks[i + 1]?.lower !== entry.particle) return null;
    end = i + 2;
  }
  return { first: i, end, lemma: entry.lemma, frames: entry.frames, type: 'verb', participle: t.lower.endsWith('ing') };
}

/**
 * Every speech cue of the document outside quotation marks, in order.
 *
 * @example
 * ```ts
 * findCues(parse('Officials said, according to reports, that "we said no".')).map((c) => c.lemma); // ['say', 'according to']
 * ```
 */
export function findCues(doc: Document): CueMatch[] {
  const toks = doc.tokens;
  const table = verbTable();
  const marks = quoteMarks(doc);
  const out: CueMatch[] = [];
  const norm = doc.norm;
  const classes = doc.classes;
  for (let i = 0; i < toks.length; i++) {
    if ((classes[i]! & (CUE_FORM | CUE_LEMMA)) === 0) continue;
    const t = toks[i]!;
    // The token's length and letters, from its offsets in the text: most words ("the", "of", "a")
    // are rejected without reading their own strings.
    const length = t.end - t.start;
    if (length < shortest || length > longest || marks.spanOf[i] !== -1) continue;
    if (length === 9 && t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      out.push(accordingCue(i));
      i++;
      continue;
    }
    const entry = entryOf(table, norm, t);
    if (entry === undefined) {
      const stance = stanceCue(toks, i);
      if (stance !== null) {
        out.push(stance);
        i++;
      }
      continue;
    }
    if (!verbal(doc, i, entry)) continue;
    const cue = verbCue(toks, i, entry);
    if (cue === null) continue;
    out.push(cue);
    if (cue.frames === APPEAL_FRAMES) i++; // (its particle is part of it)
  }
  return out;
}

/** Whether a token is a quotation mark (the shared test of `src/syntax`). */
export { isMark };
