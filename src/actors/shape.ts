/**
 * Armed groups that are not in the registry, recognised by the shape of
 * their names (data: `src/lexicon/group-shapes.json`):
 *
 * - capitalised words ending in a group head: `the Hamza Division`,
 *   `Sultan Murad Brigade`, `Ahfad al-Rasoul Brigades`, `Jaish al-Islam Martyrs`;
 * - a head opening an `of`-name: `Brigades of the Martyrs of Idlib`;
 * - a transliterated Arabic head word opening the name: `Liwa al-Haqq`,
 *   `Jaish al-Sunna`, `Harakat Hazm`, `Katibat al-Bittar`.
 *
 * Not groups: names whose other words are all state modifiers or demonyms
 * (`Security Forces`, `Iraqi Army`, `Special Forces`), well-known non-armed
 * names (`Salvation Army`), lower-case phrases (`the southern front`), names
 * whose own words are not proper nouns (`Related Syrian Forces`), and
 * anything in a title-case line (every word is capitalised there).
 * Registry matches (`findRegistryActors`) take precedence over shapes.
 *
 * @module
 */
import { temporalExpressions } from '../temporal/index.js';
import shapes from '../lexicon/group-shapes.json';
import { itemsInDocument, itemsInSentence } from '../document/sentence-cache.js';
import type { Document, Token } from '../document/model.js';
import { defineWordClass } from '../document/classes.js';
import { knownActors } from './known.js';
import { isPossessive } from './registry.js';
import { APOSTROPHE_WORD, CAPITALISED_WORD, givenNameGenderAt } from './lexicon.js';
import { placeGovernmentAt } from './context.js';
import { nameParticles } from './names.js';
import { titleCaseSentence } from '../syntax/tokens.js';

/**
 * A group name recognised by its shape.
 *
 * @example
 * ```ts
 * const [g] = findGroupsByShape(parse('The Sultan Murad Brigade denied the report.'));
 * // g.name === 'Sultan Murad Brigade'; g.firstToken === 1; g.endToken === 4
 * ```
 */
export interface ShapedGroup {
  /** The name as written, without a leading "the". */
  readonly name: string;
  /** First token. */
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

const HEADS = new Set(shapes.heads);
const HEAD_FIRST = new Set(shapes.headFirst);
const ARABIC = new Set(shapes.arabicHeads.map((h) => h.toLowerCase().replace(/['’]/g, '')));
const CONNECTORS = new Set(shapes.connectors);
/** Connectors allowed inside a name that does not open with a head ("Ahfad al-Rasoul Brigades"). */
const PARTICLES = new Set(shapes.connectors.filter((c) => !['of', 'the', 'and', 'for'].includes(c)));
const UNIT_HEADS = new Set(shapes.unitHeads);
const STOPLIST = new Set(shapes.stoplist.map((s) => s.toLowerCase()));
/** Bits of {@link SHAPE_WORDS}: a transliterated head, a group head, a head opening an of-name. */
const ARABIC_HEAD = 1;
const HEAD = 2;
/** Bit of a lower-case noun that describes a name as a group in an apposition (`X, a rebel group`). */
const APPOSITION = 4;
/**
 * Lower-case words that can make a name, as bits: one lookup per capitalised
 * token (heads are then checked as written, since case matters for them).
 */
const SHAPE_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const on = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  on(ARABIC, ARABIC_HEAD);
  on(
    [...HEADS, ...HEAD_FIRST].map((h) => h.toLowerCase()),
    HEAD,
  );
  on(shapes.appositionNouns, APPOSITION);
  return m;
})();
/** Word-class bit of the words in {@link SHAPE_WORDS}: a bit test per capitalised token. */
const SHAPE_WORD = defineWordClass(SHAPE_WORDS.keys());
let stateWords: Set<string> | null = null;

function stateModifiers(): Set<string> {
  if (stateWords !== null) return stateWords;
  stateWords = new Set(shapes.stateModifiers);
  for (const a of knownActors()) {
    for (const d of a.demonyms ?? []) stateWords.add(d);
    for (const c of a.country ?? []) stateWords.add(c);
  }
  for (const w of ['Kurdish', 'Arab', 'Islamic', 'Muslim', 'Christian', 'Shiite', 'Sunni', 'Alawite', 'Druze'])
    stateWords.add(w); // descriptive adjectives alone do not make a name
  return stateWords;
}

const MAX_WORDS = 7;
const LAYER = Symbol('shaped-groups');

/** An ASCII capital first letter (cheap: no allocation, it runs on every token). */
const capitalised = (t: Token | undefined): boolean => {
  if (t === undefined || t.shape !== 'word') return false;
  const c = t.value.charCodeAt(0);
  return c >= 65 && c <= 90;
};

const isHyphen = (t: Token | undefined): boolean => t !== undefined && (t.value === '-' || t.value === '‐');

/**
 * Group names recognised by shape, in document order. Cached on the document.
 *
 * @example
 * ```ts
 * findGroupsByShape(parse('Fighters of Liwa al-Haqq and the Hamza Division clashed.')).map((g) => g.name);
 * // ['Liwa al-Haqq', 'Hamza Division']
 * ```
 */
export function findGroupsByShape(doc: Document): readonly ShapedGroup[] {
  return itemsInDocument(doc, LAYER, scan);
}

/**
 * {@link findGroupsByShape} for one sentence (a name never crosses one),
 * reading only that sentence. Cached on the document.
 *
 * @example
 * ```ts
 * groupsByShapeIn(parse('Talks resumed. The Hamza Division denied it.'), 1)[0]?.name; // 'Hamza Division'
 * ```
 */
export function groupsByShapeIn(doc: Document, sentence: number): readonly ShapedGroup[] {
  return itemsInSentence(doc, LAYER, sentence, scan);
}

/** Whether token `k` lies in a temporal expression (the few heads tested make a scan of the list cheap). */
function inTemporal(doc: Document, k: number): boolean {
  for (const e of temporalExpressions(doc)) if (e.firstToken <= k && k < e.endToken) return true;
  return false;
}

/** Extends a name to the right over capitalised words and connectors; returns one past its last capitalised word. */
function extendName(toks: readonly Token[], from: number, sentence: number, joiners: Set<string>): number {
  let end = from;
  let words = 0;
  for (let k = from; k < toks.length && words < MAX_WORDS; k++) {
    const t = toks[k]!;
    if (t.sentence !== sentence) break;
    if (isHyphen(t) && !t.spaceBefore) continue;
    if (capitalised(t)) {
      end = k + 1;
      words++;
      continue;
    }
    if (joiners.has(t.lower)) {
      words++;
      continue;
    }
    break;
  }
  return end;
}

/** Tokens of temporal expressions and numbers never belong to a name ("Yesterday Army units"). */
function inEntity(doc: Document, k: number): boolean {
  return doc.tokens[k]!.shape === 'number' || inTemporal(doc, k);
}

/**
 * The groups {@link scan} found, and where the last ended. (A class rather than closures in `scan`,
 * which runs once per sentence: tsx's keepNames gives every closure created per call a
 * `defineProperty`.)
 */
class ShapedFound {
  readonly out: ShapedGroup[] = [];
  lastEnd: number;
  private titleChecked: boolean | undefined = undefined;
  constructor(
    private readonly doc: Document,
    from: number,
  ) {
    this.lastEnd = from;
  }

  /** Adds [first, end) as a group, unless it overlaps the last, the sentence is in title case or it is stoplisted. */
  push(first: number, end: number): void {
    const toks = this.doc.tokens;
    if (first < this.lastEnd || (this.titleChecked ??= titleCaseSentence(this.doc, toks[first]!.sentence))) return;
    // (quotation marks inside a name are the writer's, not the name's: 'the "X Y" Urban Commando')
    const name = this.doc.norm
      .slice(toks[first]!.start, toks[end - 1]!.end)
      .replace(/["“”]/g, '')
      .replace(/\s+/g, ' ');
    if (STOPLIST.has(name.toLowerCase())) return;
    this.out.push({ name, firstToken: first, endToken: end });
    this.lastEnd = end;
  }

  /** {@link push}es [first, end) found at the scan's token `i`; returns where the scan goes on. */
  take(i: number, first: number, end: number): number {
    this.push(first, end);
    return Math.max(i, this.lastEnd - 1);
  }
}

/**
 * One pass, driven by the rare words that can make a name (heads and
 * transliterated head words), so ordinary capitalised words cost one test.
 */
function scan(doc: Document, from: number, to: number): ShapedGroup[] {
  const state = stateModifiers();
  const found = new ShapedFound(doc, from);
  const facts = doc.facts;
  for (let i = from; i < to; i++) {
    // `capitalised(t)` and an apostrophe in `t.lower` as the word's facts (actors/lexicon.ts): one read
    // of a typed array per token, not of the token and its strings (the loads that cost most of this scan).
    const wf = facts[i]!;
    i = (wf & CAPITALISED_WORD) === 0 ? appositionAt(doc, i, found) : nameAt(doc, i, wf, found, state);
  }
  return found.out;
}

/**
 * Step of {@link scan} at a lower-case word `i`: a group noun names the name it describes in an
 * apposition ("X Y, a rebel group"); returns where the scan goes on (`i` or the name's last token).
 */
function appositionAt(doc: Document, i: number, found: ShapedFound): number {
  const toks = doc.tokens;
  if ((doc.classes[i]! & SHAPE_WORD) === 0 || ((SHAPE_WORDS.get(toks[i]!.lower) ?? 0) & APPOSITION) === 0) return i;
  const named = appositionName(doc, i, Math.max(found.lastEnd, doc.sentences[toks[i]!.sentence]!.firstToken));
  if (named === null || inEntity(doc, named[0]) || inEntity(doc, named[1])) return i;
  found.push(named[0], named[1]);
  return named[0] > i ? Math.max(i, found.lastEnd - 1) : i;
}

/**
 * Step of {@link scan} at a capitalised word `i` (facts `wf`): a cued name, a name opened by an
 * Arabic head or by a head before `of`/`for`, or capitalised words ending in a head; returns where
 * the scan goes on (`i` or the found name's last token).
 */
function nameAt(doc: Document, i: number, wf: number, found: ShapedFound, state: ReadonlySet<string>): number {
  const toks = doc.tokens;
  const classes = doc.classes;
  const t = toks[i]!;
  // a name after a naming cue: "a group calling itself the Avengers of Murillo"
  if (i >= found.lastEnd && (classes[i - 1]! & CUE_END) !== 0) {
    const end = cuedName(doc, i);
    if (end > i) return found.take(i, i, end);
  }
  const bits = (classes[i]! & SHAPE_WORD) !== 0 ? (SHAPE_WORDS.get(t.lower) ?? 0) : 0;
  // Arabic head opening the name: needs at least one more capitalised word.
  if ((bits & ARABIC_HEAD) !== 0 || ((wf & APOSTROPHE_WORD) !== 0 && ARABIC.has(t.lower.replace(/['’]/g, '')))) {
    const end = extendName(toks, i + 1, t.sentence, PARTICLES);
    if (end > i + 1) return found.take(i, i, end);
  }
  if ((bits & HEAD) === 0 || (!HEADS.has(t.value) && !HEAD_FIRST.has(t.value))) return i;
  const ofEnd = headFirstNameEnd(toks, i, found);
  if (ofEnd > i + 2) return found.take(i, i, ofEnd);
  if (!HEADS.has(t.value) || inEntity(doc, i)) return i;
  return headLastName(doc, i, found, state);
}

/**
 * Step of {@link nameAt}: one past a name that a head at `i` opens before `of` or `for`: "Brigades
 * of the Martyrs of Idlib", "Front for the Liberation of Macina", "Movement for Oneness and Jihad in
 * West Africa"; `i` when none.
 */
function headFirstNameEnd(toks: readonly Token[], i: number, found: ShapedFound): number {
  const t = toks[i]!;
  const afterOf = toks[i + 2]?.lower === 'the' ? toks[i + 3] : toks[i + 2];
  const of = toks[i + 1]?.lower;
  // (a for-name opens with its head: "the al-Furqan Brigades for Liberation" is read leftwards below)
  const before = toks[i - 1];
  const opens =
    of === 'of' || (of === 'for' && (before === undefined || (before.value === before.lower && !isHyphen(before))));
  if (!HEAD_FIRST.has(t.value) || !opens || !capitalised(afterOf) || i < found.lastEnd) return i;
  return extendName(toks, i + 1, t.sentence, CONNECTORS);
}

/** Where a name ending in a head starts, as {@link nameStartBefore} reads it leftwards. */
interface NameStart {
  /** The name's first token. */
  readonly first: number;
  /** How many of its words are neither state words nor the head. */
  readonly content: number;
  /** Whether one of its words is a state word ("Aleppo", "Syrian"). */
  readonly stateWord: boolean;
}

/**
 * Step of {@link nameAt}: capitalised words ending in the head at `i` ("the Hamza Division"), with
 * an of-tail of their own; returns where the scan goes on.
 */
function headLastName(doc: Document, i: number, found: ShapedFound, state: ReadonlySet<string>): number {
  const toks = doc.tokens;
  const t = toks[i]!;
  const start = nameStartBefore(doc, i, Math.max(found.lastEnd, doc.sentences[t.sentence]!.firstToken), state);
  let content = start.content;
  // an of-tail of its own words: "the Telmora Armed Forces of Liberation", "Zarate Willka Army of
  // the Poor" (no unit's head: "the Red Dawn Urban Command of the ELN" is the ELN's unit)
  let end = i + 1;
  // "X Martyrs Brigade", "Y Front Army": a second head right after the first joins the name.
  while (capitalised(toks[end]) && HEADS.has(toks[end]!.value) && toks[end]!.sentence === t.sentence) end++;
  const tail = UNIT_HEADS.has(toks[end - 1]!.value) ? end : ofTail(doc, end, state);
  if (tail > end) content++;
  if (content === 0 || start.first === i) return i;
  // a unit's head: after a state word the state's unit ("Aleppo Police Command"), before "of" the
  // unit of the body named after it ("the Red Dawn Urban Command of the ELN"), no group of its own
  // (not an "of" that opens no name: 'accused the "X Y" Command of the murder')
  const afterOf = toks[i + 2]?.lower === 'the' ? toks[i + 3] : toks[i + 2];
  if (UNIT_HEADS.has(t.value) && (start.stateWord || (toks[i + 1]?.lower === 'of' && capitalised(afterOf)))) return i;
  const first = withoutOpener(doc, start.first, i, state);
  return first === -1 ? i : found.take(i, first, tail);
}

/** Step of {@link headLastName}: walks left from the head at `i` (not below `floor`) to the name's start. */
function nameStartBefore(doc: Document, i: number, floor: number, state: ReadonlySet<string>): NameStart {
  const toks = doc.tokens;
  let first = i;
  let content = 0;
  let stateWord = false;
  for (let k = i - 1; k >= floor && i - k <= MAX_WORDS * 2; k--) {
    const u = toks[k]!;
    if (isHyphen(u) && !u.spaceBefore) continue;
    // a possessive inside the name: "People's Defense Movement", "Workers' Defense Movement"
    // (isPossessive: a bare ' or ’ only glued to a word in -s, so a closing quote ends the name)
    if (isPossessive(u, toks[k - 1]) && capitalised(toks[k - 1])) continue;
    // a quoted part of the name before its head: 'the "Rosa Zelaya" Urban Commando' (a mark
    // between capitalised words, or opening one: never the name's first token)
    if (isQuoteMark(u) && k > floor && (capitalised(toks[k - 1]) || capitalised(toks[k + 1]))) {
      // a date in quotation marks names it: 'the "9 May" Liberation Forces', 'the "15 September" Command'
      const open = quotedDateOpen(doc, k, floor);
      if (open < 0) continue;
      content++;
      first = open + 1;
      k = open;
      continue;
    }
    if (capitalised(u)) {
      if (inEntity(doc, k) || HEADS.has(u.value)) break;
      if (state.has(u.value) || state.has(u.value.replace(/['’]s$/, ''))) stateWord = true;
      else {
        // "Related Syrian Forces": a name's own words are names (an owner before "'s" too: "People's")
        const owner = isPossessive(toks[k + 1], u);
        if (u.pos !== 'PROPN' && u.pos !== 'ADJ' && !owner) break;
        content++;
      }
      first = k;
      continue;
    }
    if (PARTICLES.has(u.lower) && k > floor) continue;
    break;
  }
  return { first, content, stateWord };
}

/**
 * The opening quotation mark of a quoted date that ends with the closing mark at `close` (`"9 May"`,
 * `"15 September"`: a number and a temporal word, at most four tokens), not below `floor`; else -1.
 */
function quotedDateOpen(doc: Document, close: number, floor: number): number {
  const toks = doc.tokens;
  let number = false;
  for (let k = close - 1; k >= floor && k > close - 6; k--) {
    const t = toks[k]!;
    if (isQuoteMark(t)) return number && k < close - 2 ? k : -1;
    if (t.shape === 'number') number = true;
    else if (!capitalised(t) || !inTemporal(doc, k)) return -1;
  }
  return -1;
}

/**
 * Step of {@link headLastName}: the name's first token once a capitalised sentence opener that is not
 * a proper noun is dropped (the first word must be name-like), or -1 when what is left holds no
 * content word before the head at `i`.
 */
function withoutOpener(doc: Document, first: number, i: number, state: ReadonlySet<string>): number {
  const toks = doc.tokens;
  const f = toks[first]!;
  if (f.index !== doc.sentences[f.sentence]!.firstToken || f.pos === 'PROPN') return first;
  // drop the opener and keep the rest when it still holds a content word
  let k = first + 1;
  while (k < i && !capitalised(toks[k])) k++;
  if (k >= i) return -1;
  for (let j = k; j < i; j++) if (capitalised(toks[j]) && !state.has(toks[j]!.value)) return k;
  return -1;
}

/**
 * The naming cues of `src/lexicon/group-shapes.json` (`calling itself`, `known as`, `called`) as word
 * lists, longest first; the one-word ones (`called`, `named`) and `known as` only after a group noun.
 */
const NAMING_CUES: readonly (readonly string[])[] = shapes.namingCues
  .map((c) => c.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length);
/** Word-class bit of what can stand right before a cued name: a cue's last word, `the`, a quotation mark. */
const CUE_END = defineWordClass([...NAMING_CUES.map((c) => c[c.length - 1]!), 'the', '"', '“']);
/** Connectors inside a cued name (`Avengers of Murillo`, `Muerte a Secuestradores`, `Liwa Fursan al-Haq`). */
const CUED_JOINERS = new Set([...shapes.connectors, ...nameParticles(), ...shapes.namedJoiners]);

/**
 * One past the name a naming cue introduces at `i` (`A GROUP CALLING ITSELF THE AVENGERS OF
 * MURILLO`, `a cell known as "Red Dawn"`): its capitalised words and connectors; `i` when no cue
 * ends right before it (`the`, a quotation mark between allowed), or a one-word cue (`called`,
 * `named`) or `known as` stands after no group noun (`the attack called Operation X`).
 */
function cuedName(doc: Document, i: number): number {
  const toks = doc.tokens;
  const s = toks[i]!.sentence;
  let k = i - 1;
  if (isQuoteMark(toks[k])) k--;
  if (toks[k]?.lower === 'the') k--;
  if (isQuoteMark(toks[k])) k--;
  for (const cue of NAMING_CUES) {
    const from = k - cue.length + 1;
    if (from < 1 || toks[from]!.sentence !== s) continue;
    let ok = true;
    for (let j = 0; j < cue.length && ok; j++) ok = toks[from + j]!.lower === cue[j];
    if (!ok) continue;
    const itself = cue[cue.length - 1] === 'itself' || cue[0] === 'identifying';
    const before = toks[from - 1]!;
    if (!itself && ((SHAPE_WORDS.get(before.lower) ?? 0) & (APPOSITION | HEAD)) === 0) return i;
    // a possessive inside the name: "A GROUP CALLED CHILE'S INDEPENDENCE MOVEMENT"
    let end = extendName(toks, i, s, CUED_JOINERS);
    while (isPossessive(toks[end], toks[end - 1]) || toks[end]?.lower === "'s" || toks[end]?.lower === '’s') {
      if (!capitalised(toks[end + 1]) || toks[end + 1]!.sentence !== s) break;
      end = extendName(toks, end + 1, s, CUED_JOINERS);
    }
    return end;
  }
  return i;
}

/** Most capitalised words of an of-tail. */
const TAIL_WORDS = 3;

/**
 * One past the of-tail a name ending at `end` takes (`… Forces of Liberation`, `… Army of the
 * Poor`), or `end`: `of`, an optional `the`, then one to three capitalised words of the same
 * sentence, none a state word, a country or capital, a head, a temporal word or a given name (`the
 * Syrian Army of Bashar al-Assad`, `the Armed Forces of Syria` are a state's).
 */
function ofTail(doc: Document, end: number, state: ReadonlySet<string>): number {
  const toks = doc.tokens;
  const of = toks[end];
  if (of?.lower !== 'of' || of.value !== 'of') return end;
  let k = end + 1;
  if (toks[k]?.lower === 'the') k++;
  const s = of.sentence;
  let e = k;
  while (e < toks.length && e - k < TAIL_WORDS && toks[e]!.sentence === s && capitalised(toks[e])) {
    const u = toks[e]!;
    if (
      state.has(u.value) ||
      HEADS.has(u.value) ||
      givenNameGenderAt(doc, e) !== null ||
      inTemporal(doc, e) ||
      placeGovernmentAt(doc, e) !== null
    )
      return end;
    e++;
  }
  // a possessive or a hyphen after the last word: "of the People's …", more than the tail
  if (e === k || (e < toks.length && (toks[e]!.value === "'s" || isHyphen(toks[e])))) return end;
  return e;
}

const NOMINAL_WORD: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
const isQuoteMark = (t: Token | undefined): boolean =>
  t !== undefined && (t.value === '"' || t.value === '“' || t.value === '”');
/** Most words of a name described by an apposition. */
const APPOSED_WORDS = 5;
/** Most words between `a` and the group noun of an apposition (`a small left-wing rebel group`). */
const APPOSITION_MODIFIERS = 5;

/**
 * The name a group noun at `k` describes by apposition, as `[first, end)` of its capitalised
 * words, or `null`: the name before `, a/an … GROUP` (`Veliq Tambo, a rebel group`, `the "Veliq
 * Tambo," a Maoist group`), or the name right after `the … GROUP` (`the Maoist organization Korva
 * Lunta`; after a comma only in quotation marks: `the organization, "Korva Lunta."`). The noun
 * heads its phrase (`a group leader` describes a person); the name's words are capitalised, its
 * first not a sentence opener the tagger reads as a common word.
 */
function appositionName(doc: Document, k: number, floor: number): [number, number] | null {
  const toks = doc.tokens;
  const facts = doc.facts;
  const cap = (j: number): boolean => j >= floor && (facts[j]! & CAPITALISED_WORD) !== 0 && toks[j]!.shape === 'word';
  const next = toks[k + 1];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && !cap(k + 1)) return null;
  // "a group of policemen": a number of people, not a description of the name
  if (next?.lower === 'of') {
    let m = k + 2;
    while (toks[m]?.pos === 'ADJ') m++;
    if (toks[m] !== undefined && toks[m]!.pos === 'NOUN' && toks[m]!.lemma !== toks[m]!.lower) return null;
  }
  // before: NAME , a [modifiers] GROUP
  let j = k - 1;
  while (
    j >= floor &&
    k - j <= APPOSITION_MODIFIERS &&
    !cap(j) &&
    (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NOUN' || toks[j]!.value === '-' || toks[j]!.pos === 'VERB')
  )
    j--;
  if (j > floor && (toks[j]!.lower === 'a' || toks[j]!.lower === 'an')) {
    let c = j - 1;
    if (isQuoteMark(toks[c])) c--;
    if (toks[c]?.value !== ',') return null;
    c--;
    if (isQuoteMark(toks[c])) c--;
    let first = c;
    while (first - 1 >= floor && c - first < APPOSED_WORDS - 1 && cap(first - 1)) first--;
    if (!cap(c) || !cap(first)) return null;
    const s0 = doc.sentences[toks[first]!.sentence]!.firstToken;
    if (first === s0 && toks[first]!.pos !== 'PROPN') return null;
    return [first, c + 1];
  }
  // after: the [modifiers] GROUP ["]NAME["]
  let a = k + 1;
  let quoted = false;
  if (toks[a]?.value === ',') {
    a++;
    if (!isQuoteMark(toks[a])) return null;
  }
  if (isQuoteMark(toks[a])) {
    quoted = true;
    a++;
  }
  if (!cap(a) || toks[a]!.sentence !== toks[k]!.sentence) return null;
  let end = a + 1;
  while (end < toks.length && end - a < APPOSED_WORDS && cap(end) && toks[end]!.sentence === toks[k]!.sentence) end++;
  // unquoted, the name runs to a phrase's end: not "the group Sunday said"
  if (!quoted && (toks[end]?.pos === 'VERB' || toks[end]?.pos === 'AUX')) return null;
  let d = k - 1;
  while (d >= floor && k - d <= APPOSITION_MODIFIERS && (NOMINAL_WORD.has(toks[d]!.pos) || toks[d]!.value === '-')) d--;
  return toks[d]?.lower === 'the' ? [a, end] : null;
}
