/**
 * Pronoun resolution over the entity registry: `he`, `she`, `it`, `they` to
 * the entity they most likely refer to, by agreement (gender from titles,
 * role words and given names; number; person vs body), recency, and
 * grammatical role (subjects of earlier sentences first). Mentions said
 * inside quotation marks are not antecedents of a pronoun outside them.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { quoteMarks } from '../marks/index.js';
import { entityRegistry, placeModifiersBefore, type Entity, type EntityMention } from './registry.js';
import { isPlaceWord, placeGovernmentAt } from './context.js';
import { BE_FORMS, LOCATIVE_PREPOSITIONS, PLACE_NOUNS } from '../lexicon/en/index.js';
import usStates from '../lexicon/en/us-state-abbreviations.json';

/** US state abbreviations (`Ill.`, `Calif.`): after a city's comma, part of a place. */
const US_STATES: ReadonlySet<string> = new Set(usStates.words);

/** What a pronoun asks of its antecedent. */
interface PronounFeatures {
  readonly human: boolean;
  readonly gender: 'male' | 'female' | null;
  readonly plural: boolean;
}

const PRONOUNS = new Map<string, PronounFeatures>([
  ['he', { human: true, gender: 'male', plural: false }],
  ['him', { human: true, gender: 'male', plural: false }],
  ['his', { human: true, gender: 'male', plural: false }],
  ['himself', { human: true, gender: 'male', plural: false }],
  ['she', { human: true, gender: 'female', plural: false }],
  ['her', { human: true, gender: 'female', plural: false }],
  ['hers', { human: true, gender: 'female', plural: false }],
  ['herself', { human: true, gender: 'female', plural: false }],
  ['it', { human: false, gender: null, plural: false }],
  ['its', { human: false, gender: null, plural: false }],
  ['itself', { human: false, gender: null, plural: false }],
  ['they', { human: false, gender: null, plural: true }],
  ['them', { human: false, gender: null, plural: true }],
  ['their', { human: false, gender: null, plural: true }],
  ['themselves', { human: false, gender: null, plural: true }],
]);

/**
 * Whether a word is a third-person pronoun the resolver handles.
 *
 * @example
 * ```ts
 * isThirdPersonPronoun('She'); // true
 * isThirdPersonPronoun('we');  // false
 * ```
 */
export function isThirdPersonPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

/**
 * A resolved pronoun.
 *
 * @example
 * ```ts
 * resolvePronoun(parse('Ann Lowe arrived. She spoke.'), 4); // { entity: { name: 'Ann Lowe', … }, antecedent, confidence: 0.9 }
 * ```
 */
export interface PronounResolution {
  /** The entity referred to. */
  readonly entity: Entity;
  /** The antecedent mention chosen. */
  readonly antecedent: EntityMention;
  /** 0–1: how clear the choice was. */
  readonly confidence: number;
}

/** How many sentences back a pronoun looks before widening to the whole document. */
const WINDOW = 6;

/**
 * Resolves the pronoun at token `i` to an entity of the registry, or `null`.
 *
 * @param doc - a parsed document
 * @param i - index of a pronoun token
 * @param skip - token ranges `[first, end)` whose mentions are no antecedent (what the pronoun's clause
 *   reports: in `Four people were missing, they said` the people are said about, not speaking)
 *
 * @example
 * ```ts
 * const doc = parse('Khawla Mattar, a spokeswoman, spoke first. John Kerry arrived. She said no.');
 * resolvePronoun(doc, 13)?.entity.name; // 'Khawla Mattar' (she: the woman named)
 * ```
 */
export function resolvePronoun(doc: Document, i: number, skip?: Skip): PronounResolution | null {
  return resolve(doc, i, 0, skip ?? NO_SKIP);
}

/**
 * Token ranges `[first, end)` whose mentions are no antecedent.
 *
 * @example
 * ```ts
 * const skip: Skip = [[12, 20]];
 * ```
 */
export type Skip = readonly (readonly [number, number])[];

/** No tokens skipped. */
const NO_SKIP: Skip = [];

/** Whether token `k` lies in one of the skipped ranges. */
function skipped(skip: Skip, k: number): boolean {
  for (const [a, b] of skip) if (k >= a && k < b) return true;
  return false;
}

const SUBJECT_FORMS = new Set(['he', 'she', 'it', 'they']);

function resolve(doc: Document, i: number, depth: number, skip: Skip): PronounResolution | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const f = PRONOUNS.get(t.lower);
  if (f === undefined) return null;
  const same = depth < 4 && SUBJECT_FORMS.has(t.lower) ? sameSubjectBefore(doc, i, depth, skip) : null;
  if (same !== null) return same;
  const reg = entityRegistry(doc);
  const last = lastMentionBefore(reg.mentions, i);
  const pick = pickInWindow(doc, i, f, last, skip);
  if (f.human && f.gender !== null && (pick.best === null || reg.entities[pick.best.m.entity]!.gender !== f.gender))
    widenByGender(doc, i, f, last, pick, skip);
  const chosen = pick.best;
  if (chosen === null) return null;
  const margin = chosen.score - pick.second;
  return {
    entity: reg.entities[chosen.m.entity]!,
    antecedent: chosen.m,
    confidence: margin >= 10 ? 0.9 : margin >= 4 ? 0.75 : 0.6,
  };
}

/** The same subject pronoun earlier in the sentence ("He ruled out …, saying he would …") refers to the same entity. */
function sameSubjectBefore(doc: Document, i: number, depth: number, skip: Skip): PronounResolution | null {
  const toks = doc.tokens;
  const t = toks[i]!;
  const spanOf = quoteMarks(doc).spanOf;
  const first = doc.sentences[t.sentence]!.firstToken;
  for (let k = i - 1; k >= first; k--) {
    const u = toks[k]!;
    if (skipped(skip, k)) continue;
    if (u.lower === t.lower && spanOf[k] === spanOf[i] && isSubjectPosition(doc, k))
      return resolve(doc, k, depth + 1, skip);
  }
  return null;
}

/** Index of the last mention starting before token `i` (binary search: mentions are in document order), or -1. */
function lastMentionBefore(ms: readonly EntityMention[], i: number): number {
  let lo = 0;
  let hi = ms.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.first < i) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/** A scored antecedent. */
interface Scored {
  readonly m: EntityMention;
  readonly score: number;
}

/** The best antecedent so far and the best score of another entity (for the confidence margin). */
interface Pick {
  best: Scored | null;
  second: number;
}

/**
 * The best antecedent in the window of sentences before the pronoun: agreement,
 * distance, subjects first; a pronoun of known gender takes a referent of that
 * gender in the window over one of unknown gender.
 */
function pickInWindow(doc: Document, i: number, f: PronounFeatures, last: number, skip: Skip): Pick {
  const reg = entityRegistry(doc);
  const spanOf = quoteMarks(doc).spanOf;
  const quote = spanOf[i]!;
  const s = doc.tokens[i]!.sentence;
  const ms = reg.mentions;
  const pick: Pick = { best: null, second: -Infinity };
  let bestKnown: Scored | null = null;
  for (let k = last; k >= 0 && last - k < 300; k--) {
    const m = ms[k]!;
    if (s - m.sentence > WINDOW) break;
    if (m.end > i || skipped(skip, m.first)) continue;
    const q = spanOf[m.first]!;
    if (q !== -1 && q !== quote) continue;
    const e = reg.entities[m.entity]!;
    // ("Russia and Iran sent troops. They said": a subject's last conjunct stands for the plural pair.)
    const left = f.plural && m.subject ? conjunctBefore(doc, m) : null;
    // ("Residents of Aleppo and Homs fled. They said": a pair of places that `of` or `in` governs is no
    // subject; "groups like X and Y" keeps its members.)
    if (left !== null && placePreposition(doc, left.nameFirst)) continue;
    const pair = left !== null && !e.plural;
    const fit = pair ? 2 : agreement(e, f);
    if (fit === null) continue;
    // "… met in Beirut. They said", "flew to Norway and Sweden. They said": a place is never a speaker
    // (ANNOTATION.md §1), nor a state named other than as a clause's subject.
    if (f.plural && !m.subject && (e.kind === 'government' || isPlaceName(doc, m.nameFirst, m.nameEnd))) continue;
    // A country or capital is no person, whatever the registry made of it ("he" → never "Syria").
    if (f.human && isPlaceName(doc, m.nameFirst, m.nameEnd)) continue;
    // A lone unknown name stands for a body only as a clause's subject, never as a place ("in the eastern Badiya").
    // ("Marib was hit by a missile. It said …": nor as the subject of a passive, what was done to.)
    if (
      !f.human &&
      loneName(e) &&
      (!m.subject || isPlaceName(doc, m.nameFirst, m.nameEnd) || isPassiveSubject(doc, m.end))
    )
      continue;
    // Subjects first; the subject of a complement clause ("X indicated that Suri was meeting …") less
    // than the main clause's, whose subject stays the centre of the text.
    const subject = m.subject ? (embeddedSubject(doc, m.first) ? 4 : 8) : 0;
    const score = fit - 10 * (s - m.sentence) + subject + m.first / 1e7;
    if (f.gender !== null && e.gender === f.gender && (bestKnown === null || score > bestKnown.score))
      bestKnown = { m, score };
    const best = pick.best;
    if (best === null || score > best.score) {
      if (best !== null && best.m.entity !== m.entity) pick.second = Math.max(pick.second, best.score);
      pick.best = { m, score };
    } else if (m.entity !== best.m.entity) pick.second = Math.max(pick.second, score);
  }
  // A mention of the pronoun's gender wins over one of unknown gender, unless it lies far further back
  // ("a senior member … published … in which he denied": not a man named six sentences before).
  if (
    f.gender !== null &&
    bestKnown !== null &&
    reg.entities[pick.best?.m.entity ?? -1]?.gender !== f.gender &&
    bestKnown.score > (pick.best?.score ?? 0) - 30 &&
    // (The one named in a later sentence, gender unknown, stays before a possessor of that gender named
    // earlier: "… Bashar al Assads regime. Ercan Topaca … told … . He added": Topaca.)
    !(pick.best !== null && pick.best.m.sentence > bestKnown.m.sentence && isPossessor(doc, bestKnown.m)) &&
    // (Nor before a named person, gender unknown, who is the subject of a later sentence, over one of
    // that gender named only as an object: "… killing a woman and nine children. … Lama Fakih … told the
    // AP that … . She added": Fakih.)
    !(
      pick.best !== null &&
      pick.best.m.subject &&
      !bestKnown.m.subject &&
      pick.best.m.sentence > bestKnown.m.sentence &&
      reg.entities[pick.best.m.entity]!.kind === 'person'
    )
  ) {
    pick.best = bestKnown;
    pick.second = -Infinity;
  }
  return pick;
}

/** Widen: the last entity of the pronoun's gender anywhere before wins over one of unknown gender. */
function widenByGender(doc: Document, i: number, f: PronounFeatures, last: number, pick: Pick, skip: Skip): void {
  const reg = entityRegistry(doc);
  const spanOf = quoteMarks(doc).spanOf;
  const quote = spanOf[i]!;
  const s = doc.tokens[i]!.sentence;
  const ms = reg.mentions;
  const found = pick.best;
  // A named person, gender unknown, the subject of this sentence or the one before, stays: "… Lama Fakih
  // … told the AP that … . She added": not a woman named thirty sentences back.
  if (found !== null && found.m.subject && reg.entities[found.m.entity]!.kind === 'person' && s - found.m.sentence <= 1)
    return;
  for (let k = last; k >= 0 && last - k < 2000; k--) {
    const m = ms[k]!;
    if (s - m.sentence <= WINDOW && found !== null) continue;
    const e = reg.entities[m.entity]!;
    if (
      e.gender === f.gender &&
      e.human &&
      !e.plural &&
      m.end <= i &&
      !skipped(skip, m.first) &&
      (spanOf[m.first] === -1 || spanOf[m.first] === quote)
    ) {
      if (f.gender === 'female' || found === null) {
        pick.best = { m, score: 0 };
        pick.second = -Infinity;
      }
      break;
    }
  }
}

/** Whether [a, b) is a place: the object of `in`/`at`/`near`, or a country name or capital, also with its apostrophe lost ("Syrias"). */
function isPlaceName(doc: Document, a: number, b: number): boolean {
  // "spoke in Springfield": the object of a locative preposition is a place.
  const before = doc.tokens[a - 1];
  const prep = doc.tokens[placeModifiersBefore(doc.tokens, a) - 1]; // "in east Aleppo"
  if (prep !== undefined && prep.pos === 'ADP' && LOCATIVE_PREPOSITIONS.has(prep.value)) return true;
  // "the village of Zaara", "Idlib province": a name that a place noun governs is a place.
  if (before?.lower === 'of' && PLACE_NOUNS.has(doc.tokens[a - 2]?.lower ?? '')) return true;
  if (PLACE_NOUNS.has(doc.tokens[b]?.lower ?? '')) return true;
  // "Springfield, Ill.": a state's abbreviation after a city's comma.
  if (b === a + 1 && before?.value === ',' && US_STATES.has(doc.tokens[a]!.value)) return true;
  const hit = placeGovernmentAt(doc, a);
  if (hit !== null && hit.endToken === b) return true;
  return b === a + 1 && isPlaceWord(doc, a);
}

/** Agreement score of an entity with a pronoun, or `null` when they cannot co-refer. */
function agreement(e: Entity, f: PronounFeatures): number | null {
  if (f.human) {
    if (!e.human || e.plural) return null;
    if (e.kind !== 'person' && e.kind !== 'description') return null;
    if (e.gender === f.gender) return 6;
    if (e.gender !== null) return null;
    // Unknown gender: possible, less likely for "she" (most unmarked names in news are men's).
    return f.gender === 'female' ? -12 : e.kind === 'person' ? 0 : -4;
  }
  if (f.plural) {
    if (e.plural) return 2;
    // ("the government … they": a body, less likely than a plural one sentence further back.)
    if (!e.human && e.kind !== 'person') return -12;
    return null;
  }
  // it
  // "Haberturk reported …. It said": a lone capitalised word that no given name, title or role makes a
  // person may be a body or outlet the lexicons do not know.
  if (loneName(e)) return 0;
  if (e.human || e.plural || e.kind === 'person') return null;
  return e.kind === 'description' ? 0 : 6;
}

/** Whether the entity is a person only by default: one unknown word, no gender, title or role. */
function loneName(e: Entity): boolean {
  return e.kind === 'person' && e.gender === null && e.role === null && e.known === null && !e.name.includes(' ');
}

/** Whether the mention at `first` is the object of `of` or a locative preposition (`of Aleppo`, `in the Hague`). */
function placePreposition(doc: Document, first: number): boolean {
  const toks = doc.tokens;
  const before = toks[first - 1]?.pos === 'DET' ? toks[first - 2] : toks[first - 1];
  return before !== undefined && (before.lower === 'of' || LOCATIVE_PREPOSITIONS.has(before.lower));
}

/** Whether a mention owns the noun after it (`Assad's regime`, `Bashar al Assads regime`, its apostrophe lost). */
function isPossessor(doc: Document, m: EntityMention): boolean {
  const toks = doc.tokens;
  const next = toks[m.end];
  if (next === undefined) return false;
  if (next.lower === "'s" || next.lower === '’s') return true;
  return /s$/.test(toks[m.end - 1]!.value) && next.pos === 'NOUN' && next.value === next.lower;
}

/** Whether the mention at `first` opens a complement clause after a verb and `that` ("indicated that Suri …"). */
function embeddedSubject(doc: Document, first: number): boolean {
  const toks = doc.tokens;
  const that = toks[first - 1];
  if (that === undefined || that.lower !== 'that') return false;
  const v = toks[first - 2];
  return v !== undefined && v.pos === 'VERB';
}

/**
 * The mention joined by `and` right before `m` (`the United States and Britain`, `Residents and
 * doctors`): a name before a name, a description before a description, two bodies or two people
 * (never a person and a place); `null` when `m` is joined to nothing.
 *
 * @example
 * ```ts
 * const doc = parse('Russia and Iran sent troops.');
 * const reg = entityRegistry(doc);
 * conjunctBefore(doc, reg.mentions[1]!) === reg.mentions[0]; // true
 * ```
 */
export function conjunctBefore(doc: Document, m: EntityMention): EntityMention | null {
  const toks = doc.tokens;
  const reg = entityRegistry(doc);
  let k = m.first - 1;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower !== 'and') return null;
  const left = reg.mentionAt[k - 1] ?? -1;
  if (left === -1) return null;
  const lm = reg.mentions[left]!;
  if (lm.form !== m.form || lm.entity === m.entity || lm.end !== k) return null;
  const le = reg.entities[lm.entity]!;
  const re = reg.entities[m.entity]!;
  if ((le.kind === 'person') !== (re.kind === 'person') || (le.kind === 'description') !== (re.kind === 'description'))
    return null;
  // ("Daesh becomes virtual caliphate Experts and officials say": a longer run before a described conjunct
  // is a headline glued on, no conjunct.)
  if (lm.form === 'description' && lm.end - lm.first > 2) return null;
  return lm;
}

/**
 * Whether the subject ending before `end` is that of a passive (`Marib was hit`, `Idlib has been
 * shelled`): a form of "be" (after at most one auxiliary) and a verb after it, not an -ing form.
 */
function isPassiveSubject(doc: Document, end: number): boolean {
  const toks = doc.tokens;
  let j = end;
  if (toks[j]?.pos === 'AUX' && !BE_FORMS.has(toks[j]!.lower)) j++; // "has been", "had been"
  if (!BE_FORMS.has(toks[j]?.lower ?? '')) return false;
  const v = toks[j + 1];
  return v !== undefined && v.pos === 'VERB' && !v.lower.endsWith('ing');
}

/** Whether the token stands where a subject does: followed by its verb (adverbs skipped). */
function isSubjectPosition(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  let j = k + 1;
  while (j < toks.length && toks[j]!.pos === 'ADV') j++;
  const v = toks[j];
  return v !== undefined && (v.pos === 'VERB' || v.pos === 'AUX');
}
