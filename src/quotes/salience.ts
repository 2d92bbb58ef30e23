/**
 * Speakers by salience: a pronoun or a second-reference description
 * (`the group`, `the source`, `the statement`) that attributes a quote takes
 * the speaker of the latest quote it can refer to, unless the pronoun's own
 * antecedent is more recent — the subject of the latest clause that spoke.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { speakerActor, type ActorResolution, type ResolvedActor } from '../actors/speaker.js';
import { resolvePronoun } from '../actors/pronouns.js';
import { isMediaHead, isMediaName, roleAt } from '../actors/lexicon.js';
import { entityRegistry, type Entity as RegistryEntity } from '../actors/registry.js';
import { timeEntities } from '../actors/entities.js';
import heads from '../lexicon/en/anaphoric-heads.json';

const GENERIC_BODIES = new Set(heads.genericBodies);
const BODIES = new Set([...heads.bodies, ...heads.namedBodies]);
const NAMED_BODIES = new Set(heads.namedBodies);
const PEOPLE = new Set(heads.people);
const DOCUMENTS = new Set(heads.documents);
const PERSONAL_OFFICES: ReadonlySet<string> = new Set(heads.personalOffices);
const STATE_EPITHETS: ReadonlySet<string> = new Set(heads.stateEpithets);
/** For a generic head naming a kind of body, what an earlier speaker is preferred for (`monitor` → the Observatory). */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(heads.genericBodyKinds));

/** How far back (in sentences) a second reference looks for the speaker it names again. */
const WINDOW = 8;

/** What a speaker slot needs of the earlier speaker it may refer to. */
type Want = 'it' | 'he' | 'she' | 'they' | 'body' | 'generic-body' | 'person' | 'document' | 'state';

/**
 * One quote as the pass sees it: its first token, the token its speaker was
 * named at, and the speaker.
 *
 * @example
 * ```ts
 * const s: SalienceItem = { first: 0, end: 4, speaker: null };
 * ```
 */
export interface SalienceItem {
  /** First token of the quote's content. */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
  speaker: ResolvedActor | null;
}

const isBodyKind = (s: ResolvedActor): boolean =>
  s.kind === 'organisation' || s.kind === 'group' || s.kind === 'government' || s.kind === 'media';

/** Whether a plural, human description (`residents`, `officials`). */
const isPeople = (s: ResolvedActor): boolean => s.kind === 'description' && /s$/i.test(s.name) && !isBodyLike(s.name);

/** Whether a body's name ends in a plural noun (`White Helmets`, `Syrian Democratic Forces`), not `Reuters`-like `-ss`/`-us`. */
function pluralName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return /^[A-Z][a-z]+[^su]s$/.test(last);
}

/** A description that names a body (`Britain-based monitoring group`, `state television`). */
function isBodyLike(name: string): boolean {
  const last =
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .pop() ?? '';
  return GENERIC_BODIES.has(last) || BODIES.has(last);
}

/** A description headed by a document noun (`16-page report`, `joint statement`). */
function isDocumentLike(name: string): boolean {
  const last =
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .pop() ?? '';
  return DOCUMENTS.has(last);
}

/** What the speaker slot of a quote asks for, or `null` when it names someone by itself. */
function wantOf(doc: Document, s: ResolvedActor): { want: Want; head: string } | null {
  const toks = doc.tokens;
  const [a, b] = s.mention;
  if (s.resolvedBy === 'pronoun' && b - a === 1) {
    const w = toks[a]!.lower;
    if (w === 'it' || w === 'he' || w === 'she' || w === 'they') return { want: w, head: w };
    return null;
  }
  if (s.resolvedBy !== 'description' || s.entity?.kind === 'person') return null;
  const head = toks[b - 1]!.lower;
  // "According to report": a bare document noun (its article lost) is the document of the text.
  if (DOCUMENTS.has(head) && b - a === 1 && (toks[a - 1]?.pos === 'ADP' || toks[a - 1]?.lower === 'to'))
    return { want: 'document', head };
  // A second reference starts with "the" ("the group", "the Britain-based watchdog"), not "a".
  if (toks[a - 1]?.lower !== 'the' && toks[a]?.lower !== 'the') return null;
  // "the SANA news agency", "the Reuters news agency": a description that holds a news
  // organisation's name names that organisation; it points back at no one.
  for (let k = a; k < b - 1; k++) if (isMediaName(toks[k]!.value)) return null;
  if (DOCUMENTS.has(head)) return { want: 'document', head };
  // "The staunch Assad ally insisted …", "the Gulf kingdom said": an epithet of a state.
  if (STATE_EPITHETS.has(head)) return { want: 'state', head };
  if (GENERIC_BODIES.has(head)) return { want: 'generic-body', head };
  if (BODIES.has(head)) return { want: 'body', head };
  if (PEOPLE.has(head)) return { want: 'person', head };
  return null;
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether `stem` starts a word of `text` (what `/\bstem/` tests, for a stem that starts with a
 * letter), without compiling a regular expression per call: this runs for every earlier
 * speaker a pronoun or description is matched against.
 */
function startsAWord(text: string, stem: string): boolean {
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1))
    if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) return true;
  return false;
}

/** Whether an earlier speaker is of the kind a head names: a medium (`@media`), or its name or role holds a word. */
function ofKind(words: readonly string[], p: ResolvedActor): boolean {
  const text = `${p.name} ${p.role ?? ''}`.toLowerCase();
  for (const w of words) {
    if (w === '@media' ? p.kind === 'media' : startsAWord(text, w)) return true;
  }
  return false;
}

/**
 * Whether the speaker's name or role holds the slot's head noun (singular). Read only by the slots
 * that name a head: a pronoun's or a document's fit builds no string. (A function, not a closure
 * in {@link fits}: tsx's keepNames gives each named closure a defineProperty when created.)
 */
function holdsHead(head: string, p: ResolvedActor): boolean {
  return startsAWord(`${p.name} ${p.role ?? ''}`.toLowerCase(), head.endsWith('s') ? head.slice(0, -1) : head);
}

/**
 * Whether a described speaker is one person (`a police source`, `the spokeswoman`, `a witness`): a
 * singular head of the people class, not a body's (`the monitor` is the Observatory's).
 */
function singularPersonDescription(p: ResolvedActor): boolean {
  if (p.kind !== 'description' || isBodyLike(p.name)) return false;
  const head = p.name.slice(p.name.lastIndexOf(' ') + 1).toLowerCase();
  if (!PEOPLE.has(head)) return false;
  return p.entity !== null ? !p.entity.plural : !head.endsWith('s') || head.endsWith('ss');
}

/** Whether an earlier speaker fits what the slot asks for. */
function fits(want: Want, head: string, p: ResolvedActor): boolean {
  switch (want) {
    case 'it':
      // ("The ministry's report said … . It said …": a document speaks on as "it".)
      return isBodyKind(p) || (p.kind === 'description' && (isBodyLike(p.name) || isDocumentLike(p.name)));
    case 'they':
      // ("The White Helmets said … . They said …": a body whose name is a plural noun.)
      return isPeople(p) || p.kind === 'group' || (p.kind === 'organisation' && pluralName(p.name));
    case 'he':
    case 'she':
      return (
        (p.kind === 'person' || singularPersonDescription(p)) &&
        (p.entity?.gender === undefined ||
          p.entity.gender === null ||
          p.entity.gender === (want === 'he' ? 'male' : 'female'))
      );
    case 'generic-body':
      return isBodyKind(p) || (p.kind === 'description' && isBodyLike(p.name)) || holdsHead(head, p);
    case 'body':
      // ("According to the observatory": not the observatory's head, whose role holds the word.)
      return holdsHead(head, p) && !isPeople(p) && p.kind !== 'person';
    case 'person':
      return (p.kind === 'person' || p.kind === 'description') && holdsHead(head, p);
    case 'state':
      return p.kind === 'government';
    case 'document':
      // ("Narvik police said … . …, the statement said": a described issuer too, if not a person's.)
      return isBodyKind(p) || (p.kind === 'description' && (isBodyLike(p.name) || isPeople(p)));
  }
}

/**
 * Gives second references and pronouns the speaker of the latest fitting
 * quote before them (items in document order; changed in place).
 *
 * @example
 * ```ts
 * // "Shelling resumed, the Syrian Observatory said. Two people died, the monitor said."
 * // → the second quote's speaker becomes the Syrian Observatory
 * ```
 */
export function applySalience(doc: Document, items: SalienceItem[]): void {
  const original = items.map((x) => x.speaker);
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!.speaker;
    if (s === null) continue;
    const w = wantOf(doc, s);
    if (w === null) {
      const later =
        cataphor(doc, items, i, original) ??
        roleHolder(doc, items, i, original) ??
        officeHolder(doc, items[i]!) ??
        titledBefore(doc, items, i, original);
      if (later !== null) items[i]!.speaker = withMention(later, s.mention, 'description', later.confidence);
      continue;
    }
    const chosen = salientSpeaker(doc, items, i, original, s, w);
    if (chosen !== null)
      items[i]!.speaker = withMention(chosen, s.mention, s.resolvedBy, Math.min(chosen.confidence, 0.8));
  }
}

/** What the resolver makes of a pronoun speaker, read against the quote's own words. */
interface PronounReading {
  /** First token of the pronoun's antecedent outside the quote's words, or -1. */
  antecedent: number;
  /** The antecedent's entity, or `null`. */
  antecedentEntity: RegistryEntity | null;
  /** The antecedent found outside the words when the resolver's own lay inside them. */
  reresolved: RegistryEntity | null;
  /** Whether `it`'s antecedent is a country named in one word (a possessor or place). */
  place: boolean;
}

/** The pronoun's own antecedent, unless it lies inside what this speaker said ("the army shelled …, it added"). */
function readPronoun(doc: Document, item: SalienceItem, s: ResolvedActor, want: Want): PronounReading {
  const out: PronounReading = { antecedent: -1, antecedentEntity: null, reresolved: null, place: false };
  let r = resolvePronoun(doc, s.mention[0]);
  // "Four people were still missing, they said": what is said about is no speaker; the antecedent
  // is looked for outside the words.
  if (r !== null && r.antecedent.first >= item.first && r.antecedent.first < item.end) {
    r = resolvePronoun(doc, s.mention[0], [[item.first, item.end]]);
    if (r !== null) out.reresolved = r.entity;
  }
  if (r !== null) {
    out.antecedent = r.antecedent.first;
    out.antecedentEntity = r.entity;
    // A country named as a possessor or place ("Turkey's health ministry said … It said") speaks less
    // likely than the body quoted just before.
    out.place = want === 'it' && r.entity.kind === 'government' && r.antecedent.nameEnd - r.antecedent.nameFirst === 1;
  }
  return out;
}

/** Whether token `k` lies in the words of one of the quotes before quote `i`. */
function inEarlierWords(items: readonly SalienceItem[], i: number, k: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (k >= items[j]!.first && k < items[j]!.end) return true;
  return false;
}

/**
 * The speaker that the pronoun or second reference `s` of quote `i` stands for, or `null` to keep it:
 * the latest fitting quoted speaker, then what the article named more recently.
 */
function salientSpeaker(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
  s: ResolvedActor,
  w: { want: Want; head: string },
): ResolvedActor | null {
  const pronoun = w.want === 'it' || w.want === 'he' || w.want === 'she' || w.want === 'they';
  const reading: PronounReading = pronoun
    ? readPronoun(doc, items[i]!, s, w.want)
    : { antecedent: -1, antecedentEntity: null, reresolved: null, place: false };
  const { antecedent, antecedentEntity } = reading;
  let reresolved = reading.reresolved;
  // Whether the antecedent lies in the words of an earlier quote.
  const saidBefore = pronoun && w.want !== 'they' && antecedent !== -1 && inEarlierWords(items, i, antecedent);
  let chosen = latestQuoted(doc, items, i, original, s, w, pronoun, reading, saidBefore);
  chosen = namedMoreRecently(doc, items, i, s, w, pronoun, chosen);
  // "Ahmed Saleh, a doctor at the clinic, treated the wounded. The doctor said …": a person's second
  // reference that no one quoted answers is the one person named with that role before it.
  if (chosen === null && w.want === 'person') chosen = titledBefore(doc, items, i, original);
  // "… the Observatory said, citing sources in the area. They said …": for "they", what earlier quotes
  // said about people (the fighters, the victims) holds no speaker; the antecedent is looked for
  // outside every quote's words.
  if (chosen === null && w.want === 'they' && reresolved === null && antecedent !== -1)
    reresolved = pluralOutsideWords(doc, items, i, s, antecedent);
  if (chosen === null && reresolved !== null)
    chosen = withMention(asDescribed(reresolved, s), s.mention, s.resolvedBy, 0.7);
  if (
    chosen === null ||
    (pronoun && reresolved === null && antecedentEntity !== null && chosen.entity === antecedentEntity)
  )
    return null;
  return chosen;
}

/**
 * The latest quoted speaker before quote `i` that fits the slot `w` (named speakers first; a described one
 * only when no named one fits; a kind of body — "the monitor" — first of that kind, then any body), unless
 * the pronoun's own antecedent is more recent; `null` when none.
 */
function latestQuoted(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
  s: ResolvedActor,
  w: { want: Want; head: string },
  pronoun: boolean,
  reading: PronounReading,
  saidBefore: boolean,
): ResolvedActor | null {
  const toks = doc.tokens;
  const here = toks[s.mention[0]]!.sentence;
  const { antecedent, place } = reading;
  let chosen: ResolvedActor | null = null;
  const kind = pronoun ? undefined : KINDS.get(w.head);
  for (const strict of kind === undefined ? [false] : [true, false]) {
    // ("Turkey says …" in the headline, "… Turkey's health ministry said. … the statement said": a
    // document is the latest issuer's, named or described.)
    for (const named of w.want === 'document' ? [null] : [true, false]) {
      for (let j = i - 1; j >= 0 && chosen === null; j--) {
        const p = items[j]!.speaker;
        if (p === null) continue;
        if (here - toks[p.mention[0]]!.sentence > WINDOW) break;
        if (p.mention[0] >= s.mention[0]) continue;
        if (named !== null && named !== (p.kind !== 'description')) continue;
        // Itself an unresolved second reference ("the group").
        if (original[j] === p && p.mention[1] - p.mention[0] === 1 && wantOf(doc, p) !== null) continue;
        if (!fits(w.want, w.head, p) && !(w.want === 'document' && issuedBy(doc, w.head, p))) continue;
        if (strict && !ofKind(kind!, p)) continue;
        // a state is never a kind of body ("the monitor", "the broadcaster" after "the Kremlin said")
        if (kind !== undefined && p.kind === 'government') continue;
        // A more recent antecedent of the pronoun wins over that speaker.
        // (A body noun right after that speaker's name — "the Harbour Watch group" — is that speaker.)
        const sameMention =
          antecedent - p.mention[1] <= 1 && toks[antecedent]?.sentence === toks[p.mention[0]]!.sentence;
        // Pronouns of people keep the resolver's answer (gender, number and salience weighed there); "it" may
        // pass over a country to the body quoted last.
        // "X the governor of … from Idlib told … . He added": a name inside that speaker's own subject phrase,
        // between the speaker's name and what was said, is no rival for "he"/"she".
        const inAttribution =
          (w.want === 'he' || w.want === 'she') &&
          antecedent >= p.mention[1] &&
          antecedent < items[j]!.first &&
          toks[antecedent]!.sentence === toks[p.mention[0]]!.sentence;
        // "The website reported that the army withdrew … . It said …": what is named inside that speaker's
        // own words is no rival for "he"/"she"/"it" either; the one who spoke them is more salient.
        // ("Rebel forces claimed that jets hit an outpost near Turkey … . They said …": for "they" too.)
        // ("… quoted trusted sources as saying that the Islamic State had killed 270 people. It said …": also
        // in the words of a quote between that speaker's and this one.)
        const inWords = (antecedent >= items[j]!.first && antecedent < items[j]!.end) || saidBefore;
        const keep =
          pronoun &&
          antecedent !== -1 &&
          !inAttribution &&
          !inWords &&
          !(place && here - toks[p.mention[0]]!.sentence <= 2);
        if (keep && (w.want !== 'it' || (antecedent >= p.mention[1] && !sameMention))) {
          j = -1;
          break;
        }
        // A described person ("a police source") wins over the resolver's answer only when that lies in
        // the words the source spoke ("… said Colonel X will head the room. He said …"); a name in its own
        // phrase ("a local activist who uses the name X said") is the resolver's, a person.
        if (p.kind === 'description' && (w.want === 'he' || w.want === 'she') && antecedent !== -1 && !inWords) {
          j = -1;
          break;
        }
        chosen = p;
      }
      if (chosen !== null) break;
    }
    // ("The monitor said" with no monitor quoted in reach: the body of that kind the article named last.)
    if (strict && chosen === null) chosen = kindHolderBefore(doc, s, kind!);
    if (chosen !== null) break;
  }
  return chosen;
}

/** What the article named after the quoted speaker `chosen` that the second reference `s` stands for instead. */
function namedMoreRecently(
  doc: Document,
  items: readonly SalienceItem[],
  i: number,
  s: ResolvedActor,
  w: { want: Want; head: string },
  pronoun: boolean,
  chosen: ResolvedActor | null,
): ResolvedActor | null {
  // "Human Rights Watch accused … . …, the US-based rights group said": a body named as the subject of a
  // recent clause, whose name holds a word of the description, is more recent than any speaker quoted.
  if (!pronoun && (w.want === 'generic-body' || w.want === 'body')) {
    const recent = namedBodyBefore(doc, s);
    if (recent !== null && (chosen === null || recent.mention[0] > chosen.mention[0])) chosen = recent;
  }
  // "The observatory said": with no speaker of that name quoted in reach, the body of that name the
  // article named last (as a subject, a possessor, a source of figures); with none, a description.
  if (!pronoun && chosen === null && NAMED_BODIES.has(w.head)) chosen = holderBefore(doc, s, w.head);
  if (!pronoun && (w.want === 'generic-body' || w.want === 'body'))
    chosen = namedBodyOfDescription(doc, items, i, s, w, chosen);
  // "Russia disagreed. The staunch Assad ally insisted …": the state that is the subject of a clause just
  // before is more recent than any state quoted.
  if (w.want === 'state') {
    const recent = stateSubjectBefore(doc, s);
    if (recent !== null && (chosen === null || recent.mention[0] > chosen.mention[0])) chosen = recent;
  }
  // "… citing a military source. The source told …": a fuller description of the same head, just named.
  if (!pronoun && w.want === 'person' && chosen === null) chosen = fullerDescriptionBefore(doc, s, w.head);
  return chosen;
}

/**
 * A body's second reference (`the Britain-based group`, `the ministry`, `the agency`) that no named
 * speaker quoted in reach answered, or answered less recently: the body the article named that the
 * description restates — an apposition of its name, else the one body in reach whose name holds the
 * head noun, else the one body named in the sentence before (ANNOTATION.md §1 rules 3–4). Two bodies
 * that fit leave `chosen`.
 */
function namedBodyOfDescription(
  doc: Document,
  items: readonly SalienceItem[],
  i: number,
  s: ResolvedActor,
  w: { want: Want; head: string },
  chosen: ResolvedActor | null,
): ResolvedActor | null {
  // ("the forces and a monitoring group said": two speakers, no second reference to one body.)
  for (let k = s.mention[0]; k < s.mention[1]; k++) if (doc.tokens[k]!.pos === 'CCONJ') return chosen;
  const apposed = appositionHolder(doc, s);
  if (apposed !== null) return apposed;
  if (chosen !== null) return chosen;
  if (w.want === 'body') return headHolderBefore(doc, s, w.head);
  return KINDS.has(w.head) ? null : lastBodyNamed(doc, items, i, s);
}

/** How many sentences back {@link appositionHolder} looks for the apposition a description restates. */
const APPOSITION_REACH = 12;

/**
 * "The Syrian Observatory for Human Rights, a Britain-based monitoring group, … The Britain-based group
 * said": the one body named before the description `s` with an apposition (`X, a …,`) that holds every
 * word of it, as the speaker it stands for; `null` when none or two do.
 */
function appositionHolder(doc: Document, s: ResolvedActor): ResolvedActor | null {
  const toks = doc.tokens;
  const [a, b] = s.mention;
  const words: string[] = [];
  for (let k = a; k < b; k++) if (toks[k]!.pos !== 'DET' && toks[k]!.pos !== 'PUNCT') words.push(toks[k]!.lower);
  if (words.length < 2) return null; // a bare head ("the group") restates any apposition
  const reg = entityRegistry(doc);
  const here = toks[a]!.sentence;
  let found: RegistryEntity | null = null;
  for (let mi = a - 1; mi >= 0; mi--) {
    const k = reg.mentionAt[mi]!;
    if (k === -1) {
      if (here - toks[mi]!.sentence > APPOSITION_REACH) break;
      continue;
    }
    const m = reg.mentions[k]!;
    mi = m.first;
    const e = reg.entities[m.entity]!;
    if (m.form !== 'name' || !isBodyEntity(e) || toks[m.end]?.value !== ',') continue;
    if (!appositionHolds(doc, m.end + 1, words)) continue;
    if (found !== null && found !== e) return null;
    found = e;
  }
  return found === null ? null : asDescribed(found, s);
}

/** Whether the apposition opening at `k` with `a`/`an` holds every one of `words` before its closing comma. */
function appositionHolds(doc: Document, k: number, words: readonly string[]): boolean {
  const toks = doc.tokens;
  if (!isIndefinite(toks[k]?.lower)) return false;
  const end = appositionClose(doc, k + 1);
  if (end === -1) return false;
  for (const w of words) {
    let held = false;
    for (let j = k + 1; j < end && !held; j++) held = toks[j]!.lower === w;
    if (!held) return false;
  }
  return true;
}

/** Longest apposition {@link appositionClose} reads, in tokens. */
const APPOSITION_LENGTH = 10;

/**
 * The comma closing a noun-phrase apposition whose words start at `k` (`Lisbon-based monitoring
 * group,`): participles in it, no finite verb, within {@link APPOSITION_LENGTH} tokens; -1 otherwise.
 */
function appositionClose(doc: Document, k: number): number {
  const toks = doc.tokens;
  for (let j = k; j < k + APPOSITION_LENGTH && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.value === ',') return j > k ? j : -1;
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.value !== '-')) return -1;
    if (t.pos === 'VERB' && !t.lower.endsWith('ed') && !t.lower.endsWith('ing')) return -1;
  }
  return -1;
}

/** Whether a registry entity is a body that speaks (an organisation, group, government or medium). */
const isBodyEntity = (e: RegistryEntity): boolean =>
  e.kind === 'organisation' || e.kind === 'group' || e.kind === 'government' || e.kind === 'media';

/**
 * "The Ministry of Health in Gaza reported 14 deaths. The ministry said …": the body named within
 * {@link WINDOW} sentences before `s` whose name holds the head noun, when it is the only one; of two or
 * more, the latest when it alone was named in the sentence before or in the speaker's own; else `null`.
 */
function headHolderBefore(doc: Document, s: ResolvedActor, head: string): ResolvedActor | null {
  const toks = doc.tokens;
  const reg = entityRegistry(doc);
  const a = s.mention[0];
  const here = toks[a]!.sentence;
  let latest: RegistryEntity | null = null;
  let latestSentence = -1;
  let rivalNear = false;
  let rivalFar = false;
  for (let k = reg.mentions.length - 1; k >= 0; k--) {
    const m = reg.mentions[k]!;
    if (m.first >= a) continue;
    if (here - m.sentence > WINDOW) break;
    const e = reg.entities[m.entity]!;
    if (m.form !== 'name' || !isBodyEntity(e) || !startsAWord(e.name.toLowerCase(), head)) continue;
    if (latest === null) {
      latest = e;
      latestSentence = m.sentence;
    } else if (e !== latest) {
      if (here - m.sentence <= 1) rivalNear = true;
      else rivalFar = true;
    }
  }
  if (latest === null || rivalNear || (rivalFar && here - latestSentence > 1)) return null;
  return asDescribed(latest, s);
}

/**
 * "Amnesty International published the findings. The rights group said …": a generic body noun with no
 * kind of its own is the one body named as a clause's subject — not a preposition's object, nor in what
 * a quote up to this one says — in the sentence before or earlier in the speaker's own; `null` when
 * none or two are.
 */
function lastBodyNamed(
  doc: Document,
  items: readonly SalienceItem[],
  i: number,
  s: ResolvedActor,
): ResolvedActor | null {
  const toks = doc.tokens;
  const reg = entityRegistry(doc);
  const a = s.mention[0];
  const here = toks[a]!.sentence;
  let found: RegistryEntity | null = null;
  let subject = false;
  for (let mi = a - 1; mi >= 0 && here - toks[mi]!.sentence <= 1; mi--) {
    const k = reg.mentionAt[mi]!;
    if (k === -1) continue;
    const m = reg.mentions[k]!;
    mi = m.first;
    const e = reg.entities[m.entity]!;
    if (m.form !== 'name' || !isBodyEntity(e) || e.kind === 'government') continue;
    if (afterPreposition(toks, m.first) || inEarlierWords(items, i + 1, m.first)) continue;
    // Any other body named there, subject or not ("The Northern Relief Agency and the Southern Supply
    // Agency sent trucks"), leaves the description.
    if (found !== null && found !== e) return null;
    found = e;
    subject ||= m.subject;
  }
  return found === null || !subject ? null : asDescribed(found, s);
}

/** Whether the name at `k` is a preposition's object (`from the Lions Brigade`, `by Oxfam`). */
function afterPreposition(toks: Document['tokens'], k: number): boolean {
  const before = toks[k - 1]?.pos === 'DET' ? toks[k - 2] : toks[k - 1];
  return before?.pos === 'ADP';
}

/**
 * `they` whose antecedent lies in some quote's words: the plural or group antecedent found outside
 * the words of quotes 0..i, or `null` (a body named once is no likelier than the answer kept).
 */
function pluralOutsideWords(
  doc: Document,
  items: readonly SalienceItem[],
  i: number,
  s: ResolvedActor,
  antecedent: number,
): RegistryEntity | null {
  const words: [number, number][] = [];
  for (let j = 0; j <= i; j++) words.push([items[j]!.first, items[j]!.end]);
  if (!words.some(([a, b]) => antecedent >= a && antecedent < b)) return null;
  const e = resolvePronoun(doc, s.mention[0], words)?.entity ?? null;
  return e !== null && (e.plural || e.kind === 'group') ? e : null;
}

/** Speaker `a` at another mention, resolved another way (through {@link speakerActor}: one object shape, no spread). */
function withMention(
  a: ResolvedActor,
  mention: readonly [number, number],
  resolvedBy: ActorResolution,
  confidence: number,
): ResolvedActor {
  return speakerActor(a.name, a.kind, a.role, a.organisation, resolvedBy, mention, a.entity, confidence, a.aliases);
}

/** How far after a speaker's mention {@link issuedBy} looks for `in a statement`, in tokens. */
const ISSUED_REACH = 24;

/**
 * "Ahmet Uzumcu … said in a statement. …, the statement said": whether the speaker `p`'s own clause
 * names a document of that head (`in a statement`), which a later `the statement` is then.
 */
function issuedBy(doc: Document, head: string, p: ResolvedActor): boolean {
  const toks = doc.tokens;
  const sentence = toks[p.mention[0]]!.sentence;
  for (let k = p.mention[1]; k < p.mention[1] + ISSUED_REACH && toks[k]?.sentence === sentence; k++) {
    if (toks[k]!.lower === head && (toks[k - 1]!.lower === 'a' || toks[k - 1]!.lower === 'an')) return true;
  }
  return false;
}

/**
 * The description in the speaker's sentence or the one before it with the same head
 * noun and more words (`a military source` for `the source`), as a speaker; `null`
 * when there is none or the nearest one is no fuller.
 */
function fullerDescriptionBefore(doc: Document, s: ResolvedActor, head: string): ResolvedActor | null {
  const toks = doc.tokens;
  const [a] = s.mention;
  const reg = entityRegistry(doc);
  const here = toks[a]!.sentence;
  for (let mi = a - 1; mi >= 0; mi--) {
    if (here - toks[mi]!.sentence > 1) break;
    const k = reg.mentionAt[mi]!;
    if (k === -1) continue;
    const m = reg.mentions[k]!;
    mi = m.first;
    if (m.end > a) continue; // the speaker's own mention
    if (m.form !== 'description' || toks[m.nameEnd - 1]!.lower !== head) continue;
    if (m.nameEnd - m.nameFirst < 2) return null;
    return asDescribed(reg.entities[m.entity]!, s);
  }
  return null;
}

/** The entity `e` as the speaker the description `s` stands for (resolved by description, at its mention). */
function asDescribed(e: RegistryEntity, s: ResolvedActor): ResolvedActor {
  return speakerActor(e.name, e.kind, e.role, e.organisation, 'description', s.mention, e, 0.7);
}

/**
 * The organisation named (not as a preposition's object) in the speaker's sentence or the two before it
 * whose name holds a modifier word of the description `s` (`the US-based rights group`
 * → `Human Rights Watch`), as a speaker; `null` when there is none.
 */
function namedBodyBefore(doc: Document, s: ResolvedActor): ResolvedActor | null {
  const toks = doc.tokens;
  const [a, b] = s.mention;
  const reg = entityRegistry(doc);
  const here = toks[a]!.sentence;
  for (let mi = a - 1; mi >= 0; mi--) {
    const k = reg.mentionAt[mi]!;
    if (k === -1) {
      if (here - toks[mi]!.sentence > 2) break;
      continue;
    }
    const m = reg.mentions[k]!;
    mi = m.first;
    if (here - m.sentence > 2) break;
    const e = reg.entities[m.entity]!;
    // "The Islamic State [IS] group on Tuesday claimed … . The group said": a body's name that the same
    // head noun followed, as a clause's subject, is what the bare head names again.
    if (
      m.form === 'name' &&
      (e.kind === 'group' || e.kind === 'organisation') &&
      toks[m.first - 1]?.pos !== 'ADP' &&
      headAfter(doc, m.end, b)
    )
      return asDescribed(e, s);
    if (m.form !== 'name' || e.kind !== 'organisation' || toks[m.first - 1]?.pos === 'ADP') continue;
    const name = e.name.toLowerCase();
    for (let j = a; j < b - 1; j++) {
      const w = toks[j]!.lower;
      if (w.length < 4 || toks[j]!.pos === 'DET') continue;
      if (startsAWord(name, w.endsWith('s') ? w.slice(0, -1) : w)) return asDescribed(e, s);
    }
  }
  return null;
}

/** How many sentences back {@link stateSubjectBefore} looks for the state an epithet names again. */
const EPITHET_REACH = 2;

/**
 * The state named as a clause's subject in the speaker's sentence or the two before it, the latest
 * one, as the speaker the epithet `s` stands for (`Russia disagreed. The staunch Assad ally insisted`);
 * `null` when there is none.
 */
function stateSubjectBefore(doc: Document, s: ResolvedActor): ResolvedActor | null {
  const toks = doc.tokens;
  const a = s.mention[0];
  const reg = entityRegistry(doc);
  const here = toks[a]!.sentence;
  for (let mi = a - 1; mi >= 0; mi--) {
    if (here - toks[mi]!.sentence > EPITHET_REACH) break;
    const k = reg.mentionAt[mi]!;
    if (k === -1) continue;
    const m = reg.mentions[k]!;
    mi = m.first;
    const e = reg.entities[m.entity]!;
    if (e.kind === 'government' && m.form === 'name' && m.subject) return asDescribed(e, s);
  }
  return null;
}

/** Whether the head noun of the mention ending at `b` follows the name ending at `end` (an acronym in brackets skipped). */
function headAfter(doc: Document, end: number, b: number): boolean {
  const toks = doc.tokens;
  let k = end;
  const open = toks[k]?.value;
  if (open === '(' || open === '[') {
    while (k < end + 4 && toks[k] !== undefined && toks[k]!.value !== ')' && toks[k]!.value !== ']') k++;
    k++;
  }
  return toks[k] !== undefined && toks[k]!.lower === toks[b - 1]!.lower;
}

/** The organisation named last before the speaker's mention whose name holds `head` (`the Syrian Observatory …` for `the observatory`), or `null`. */
function holderBefore(doc: Document, s: ResolvedActor, head: string): ResolvedActor | null {
  const reg = entityRegistry(doc);
  const a = s.mention[0];
  const ms = reg.mentions;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.first >= a || m.form !== 'name') continue;
    const e = reg.entities[m.entity]!;
    if (e.kind === 'organisation' && startsAWord(e.name.toLowerCase(), head)) return asDescribed(e, s);
  }
  return null;
}

/**
 * The one organisation or medium of the kind `words` name (see {@link ofKind}) that the article
 * named before the speaker `s`, as the speaker `s` stands for; `null` when there is none or more.
 */
function kindHolderBefore(doc: Document, s: ResolvedActor, words: readonly string[]): ResolvedActor | null {
  const reg = entityRegistry(doc);
  const a = s.mention[0];
  const ms = reg.mentions;
  // The only one of that kind named before: two ("the Northern Relief Agency and the Southern Supply
  // Agency") leave the description as it is.
  let found: RegistryEntity | null = null;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.first >= a || m.form !== 'name') continue;
    const e = reg.entities[m.entity]!;
    if (e === found || (e.kind !== 'organisation' && e.kind !== 'media')) continue;
    const name = e.name.toLowerCase();
    if (!words.some((w) => (w === '@media' ? e.kind === 'media' : startsAWord(name, w)))) continue;
    if (found !== null) return null;
    found = e;
  }
  return found === null ? null : asDescribed(found, s);
}

/**
 * "A local official said …. The official, Ahmed Nasser, added …": an indefinite
 * description of one person is the person the text names next in an apposition
 * to the same head noun (`The official, Ahmed Nasser,`), within two sentences,
 * with no other description of that head between them.
 */
function equatedPerson(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
): ResolvedActor | null {
  const toks = doc.tokens;
  const s = items[i]!.speaker!;
  const [a, b] = s.mention;
  const head = toks[b - 1]!.lower;
  if (!PEOPLE.has(head)) return null;
  const here = toks[a]!.sentence;
  for (let j = i + 1; j < items.length; j++) {
    const p = original[j];
    if (p === null || p === undefined) continue;
    const at = p.mention[0];
    if (toks[at]!.sentence - here > 2) break;
    if (p.kind === 'description' && toks[p.mention[1] - 1]!.lower === head) return null; // "Another official said"
    if (p.kind !== 'person' || p.resolvedBy !== 'name') continue;
    // "The official, Ahmed Nasser,": the definite head and a comma right before the name.
    if (toks[at - 1]?.value === ',' && toks[at - 2]?.lower === head && toks[at - 3]?.lower === 'the') return p;
  }
  return null;
}

/**
 * "Ban Ki-moon's office said he was shocked": a person's office (personalOffices) that says something of
 * him or her — the content opens with `he` or `she` — speaks for that person (ANNOTATION.md §1 rule 4),
 * the person the actors layer named as the owner; `null` otherwise ("the governor's office said the
 * roads were shut" stays the office).
 */
function officeHolder(doc: Document, item: SalienceItem): ResolvedActor | null {
  const toks = doc.tokens;
  const s = item.speaker!;
  if (s.kind !== 'description') return null;
  const [ma, mb] = s.mention;
  // The office noun ends the phrase ("Mayor Ida Berg's office") or heads it before "of" ("the office of
  // Mayor Ida Berg").
  let office = mb - 1;
  if (!PERSONAL_OFFICES.has(toks[office]!.lower)) {
    office = ma;
    while (office < mb && (toks[office]!.lower === 'the' || toks[office]!.pos === 'ADJ')) office++;
    if (!PERSONAL_OFFICES.has(toks[office]?.lower ?? '') || toks[office + 1]?.lower !== 'of') return null;
  }
  const opener = toks[item.first]?.lower;
  if (opener !== 'he' && opener !== 'she') return null;
  const reg = entityRegistry(doc);
  // The person named inside the speaker's phrase ("Mayor Ida Berg's office"), else the one its name gives ("his office").
  for (let k = ma; k < mb; k++) {
    const mi = reg.mentionAt[k]!;
    if (mi === -1 || k === office) continue;
    const e = reg.entities[reg.mentions[mi]!.entity]!;
    if (e.kind === 'person') return asDescribed(e, s);
  }
  // ("Ban Ki-moons office": the possessive's apostrophe lost.)
  const head = ` ${toks[office]!.lower}`;
  if (office !== mb - 1 || !s.name.endsWith(head)) return null;
  const owner = s.name.slice(0, -head.length);
  const bare = owner.endsWith("'s") ? owner.slice(0, -2) : owner.endsWith('s') ? owner.slice(0, -1) : owner;
  const e = reg.entities.find((x) => x.kind === 'person' && (x.name === bare || bare.endsWith(` ${x.name}`)));
  if (e !== undefined) return asDescribed(e, s);
  // A titled owner the registry did not take for a name ("U.N. Secretary General Ban Ki-moons office",
  // named by the actors layer with its apostrophe restored) is that person.
  if (!owner.endsWith("'s") || !/^[A-Z]/.test(bare) || bare.split(' ').some((w) => !/^[A-Z]/.test(w))) return null;
  return speakerActor(bare, 'person', null, null, 'description', s.mention, null, s.confidence, s.aliases);
}

/** How many sentences before or after a description {@link roleHolder} looks for the person it describes. */
const ROLE_HOLDER_REACH = 6;

/**
 * "Jihadists kill 17 farmers, says militia leader" … "said Babakura Kolo, a leader of the militia": a
 * description of one person in two words or more (`militia leader`) is the one person quoted nearby
 * whose role, as the text gives it, holds every one of its words; `null` when no one or two people fit.
 */
function roleHolder(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
): ResolvedActor | null {
  const toks = doc.tokens;
  const s = items[i]!.speaker!;
  if (s.resolvedBy !== 'description' || s.kind !== 'description') return null;
  const [a, b] = s.mention;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PUNCT') return null; // "leader of X", "X and Y": a phrase of its own
    if (t.pos === 'NOUN' || t.pos === 'ADJ') words.push(t.lower);
  }
  const head = toks[b - 1]!.lower;
  if (words.length < 2 || head.endsWith('s') || !isRoleNoun(toks, b - 1)) return null;
  const here = toks[a]!.sentence;
  let found: ResolvedActor | null = null;
  for (let j = 0; j < items.length; j++) {
    const p = original[j];
    if (j === i || p === null || p === undefined || p.kind !== 'person' || p.resolvedBy !== 'name') continue;
    if (Math.abs(toks[p.mention[0]]!.sentence - here) > ROLE_HOLDER_REACH || p.role === null) continue;
    const role = p.role.toLowerCase();
    if (!words.every((w) => startsAWord(role, w))) continue;
    if (found !== null && found.entity !== p.entity) return null; // two people fit: no guess
    found = p;
  }
  return found;
}

/**
 * "Opposition leader Khaled Khoja met the envoy. The opposition leader said …": a definite description
 * of one person (`the teacher`, `the opposition leader`) is the one person named before it, within
 * {@link ROLE_HOLDER_REACH} sentences, whose role as the text gives it (a title before the name, an
 * apposition of a quote) holds every word of the description; `null` when no one or two people fit.
 */
function titledBefore(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
): ResolvedActor | null {
  const toks = doc.tokens;
  const s = items[i]!.speaker!;
  if (s.resolvedBy !== 'description' || s.kind !== 'description') return null;
  const [a, b] = s.mention;
  if (toks[a - 1]?.lower !== 'the' && toks[a]?.lower !== 'the') return null;
  const head = toks[b - 1]!.lower;
  if (head.endsWith('s') || !isRoleNoun(toks, b - 1)) return null;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PUNCT') return null; // "the head of X": a phrase of its own
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') words.push(t.lower);
  }
  if (words.length === 0) return null;
  const here = toks[a]!.sentence;
  const reg = entityRegistry(doc);
  let found: RegistryEntity | null = null;
  for (let mi = a - 1; mi >= 0; mi--) {
    if (here - toks[mi]!.sentence > ROLE_HOLDER_REACH) break;
    const k = reg.mentionAt[mi]!;
    if (k === -1) continue;
    const m = reg.mentions[k]!;
    mi = m.first;
    const e = reg.entities[m.entity]!;
    // (Not the name the description's own phrase runs into: "According to the source Colonel Ali Omar …".)
    if (m.form !== 'name' || m.end > a || !roleHolds(e, e.role, words)) continue;
    // ("… hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated": a
    // name right before the comma of a description that is itself the clause's subject — its verb right
    // after it, no comma closing an apposition — is no holder; the subject walk did not take it.)
    if (toks[m.end]?.value === ',' && a - m.end <= 2 && isVerbal(toks[s.mention[1]])) continue;
    if (found !== null && found !== e) return null; // two people fit: no guess
    found = e;
  }
  for (let j = i - 1; j >= 0; j--) {
    const p = original[j];
    if (p === null || p === undefined || p.resolvedBy !== 'name' || p.entity === null) continue;
    if (here - toks[p.mention[0]]!.sentence > ROLE_HOLDER_REACH) break;
    if (!roleHolds(p.entity, p.role, words)) continue;
    if (found !== null && found !== p.entity) return null;
    found = p.entity;
  }
  return found === null ? null : asDescribed(found, s);
}

/** Whether a token is a verb or auxiliary. */
const isVerbal = (t: Document['tokens'][number] | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

/**
 * Whether `e` is a person whose role holds every one of `words`, the last (the head) as a whole word:
 * `Two officials`, given to the first of two people named after it, is no role of one `official`.
 */
function roleHolds(e: RegistryEntity | null, role: string | null, words: readonly string[]): boolean {
  if (e === null || e.kind !== 'person' || role === null) return false;
  const text = role.toLowerCase();
  return words.every((w) => startsAWord(text, w)) && holdsWord(text, words[words.length - 1]!);
}

/** Whether `word` stands in `text` as a whole word. */
function holdsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const after = i + word.length;
    if (
      (i === 0 || !isWordChar(text.charCodeAt(i - 1))) &&
      (after === text.length || !isWordChar(text.charCodeAt(after)))
    )
      return true;
  }
  return false;
}

/** Whether the token at `k` is a role noun (`leader`, `spokesman`). */
function isRoleNoun(toks: Document['tokens'], k: number): boolean {
  return PEOPLE.has(toks[k]!.lower) || roleAt(toks, k, k + 1) !== null;
}

/** Whether token `k` stands in the headline, or in a line that repeats it (no verb after the source). */
function inHeadlineLine(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const para = doc.paragraphs[toks[k]!.paragraph];
  if (para === undefined) return false;
  if (para.zone === 'headline') return true;
  // The repeat: a sentence that opens with the headline's first three words (after the page's date:
  // "July 19 2014 Islamic State killed 270 …: monitor.").
  const head = doc.paragraphs.find((p) => p.zone === 'headline');
  let first = doc.sentences[toks[k]!.sentence]!.firstToken;
  const date = timeEntities(doc).startingAt.get(first);
  if (date !== undefined && date.endToken < k) first = date.endToken;
  if (head === undefined || head.endToken - head.firstToken < 3) return false;
  for (let j = 0; j < 3; j++) if (toks[head.firstToken + j]!.lower !== toks[first + j]?.lower) return false;
  return true;
}

/** The indefinite article (`a`, `an`). */
const isIndefinite = (w: string | undefined): boolean => w === 'a' || w === 'an';

/**
 * "…, a monitor said. The Syrian Observatory for Human Rights said …": an
 * indefinite body (`a monitor`, `a Britain-based monitoring group`) is the named
 * body quoted next, within two sentences.
 */
function cataphor(
  doc: Document,
  items: SalienceItem[],
  i: number,
  original: (ResolvedActor | null)[],
): ResolvedActor | null {
  const toks = doc.tokens;
  const s = items[i]!.speaker!;
  if (s.resolvedBy !== 'description' || s.kind === 'person') return null;
  const [a, b] = s.mention;
  // "Islamic State killed 270 in gas field battle: monitor": a headline's bare source noun after its
  // colon is, like "a monitor", the body of that kind the article names next.
  const headline = b - a === 1 && toks[a - 1]?.value === ':' && inHeadlineLine(doc, a);
  if (!headline && !isIndefinite(toks[a - 1]?.lower) && !isIndefinite(toks[a]?.lower)) return null;
  const namedLater = headline ? null : equatedPerson(doc, items, i, original);
  if (namedLater !== null) return namedLater;
  if (!GENERIC_BODIES.has(toks[b - 1]!.lower)) return null;
  // Headed by the body noun: "a website affiliated with the … group" is a website.
  for (let k = a; k < b; k++) {
    // "a Britain-based war monitor": a participle glued by a hyphen modifies the head.
    const glued = toks[k - 1]?.value === '-' && !toks[k]!.spaceBefore;
    if (toks[k]!.pos === 'ADP' || (toks[k]!.pos === 'VERB' && !glued && k !== b - 1)) return null;
  }
  const here = toks[a]!.sentence;
  const kind = KINDS.get(toks[b - 1]!.lower);
  for (let j = i + 1; j < items.length; j++) {
    const p = original[j];
    if (p === null || p === undefined) continue;
    // (A headline's source: within the first sentences of the body, the headline's repeat skipped.)
    if (toks[p.mention[0]]!.sentence - here > (headline ? 4 : 2)) break;
    if (headline && kind !== undefined && !ofKind(kind, p)) continue;
    if (p.kind !== 'description' && isBodyKind(p) && p.resolvedBy === 'name') return p;
    // "a Turkish broadcaster claims … . … Haberturk reported": a one-word name that nothing makes a person
    // (no given name, title, role or gender) quoted next after an indefinite medium is that medium.
    if (
      isMediaHead(toks[b - 1]!.lower) &&
      p.kind === 'person' &&
      p.resolvedBy === 'name' &&
      !p.name.includes(' ') &&
      p.role === null &&
      (p.entity?.gender ?? null) === null
    )
      return p;
  }
  return null;
}
