/**
 * A true-cased view of text written in capitals (wire copy, shouted
 * headlines), for tagging: wink-nlp tags nearly every all-capital word as a
 * proper noun, so `THREE SUBVERSIVES WERE KILLED` reads as a name. The view
 * has the same length as the text, character for character, so every offset
 * in it is an offset in the text.
 *
 * Each paragraph mostly in capitals is lower-cased, then given back the
 * capitals it would have in mixed case: sentence starts, the pronoun `I`,
 * known actors' names and acronyms as `src/lexicon/actors.json` writes them
 * (`FMLN`, `Shining Path`, `Damascus`), and given names
 * (`src/lexicon/first-names.json`).
 */
import actorData from '../lexicon/actors.json';
import { FUNCTION_WORDS } from '../lexicon/en/index.js';
import firstNames from '../lexicon/first-names.json';

/** Share of cased letters in capitals above which a paragraph is read as shouted. */
const SHOUTED = 0.75;
/** Fewest cased letters a paragraph needs before it can be called shouted (a lone `UN` is not). */
const MIN_LETTERS = 12;

interface Phrase {
  /** The phrase's words, lower-cased. */
  readonly words: readonly string[];
  /** The words as the lexicon writes them. */
  readonly written: readonly string[];
}

let phrases: Map<string, Phrase[]> | null = null;
let names: Set<string> | null = null;

/** Known names by their first word (lower case), longest first. */
function knownPhrases(): Map<string, Phrase[]> {
  if (phrases !== null) return phrases;
  const map = new Map<string, Phrase[]>();
  const add = (s: string): void => {
    if (!/[A-Z]/.test(s)) return;
    const written = s.split(/[\s-]+/).filter((w) => w !== '');
    const words = written.map((w) => w.toLowerCase());
    // A one-word acronym that spells a function word ("IS", "WHO") is the word in capitals.
    if (words.length === 0 || (words.length === 1 && FUNCTION_WORDS.has(words[0]!))) return;
    const list = map.get(words[0]!) ?? [];
    list.push({ words, written });
    map.set(words[0]!, list);
  };
  const actors = (
    actorData as {
      actors: { name: string; aliases?: string[]; country?: string[]; demonyms?: string[]; capital?: string }[];
    }
  ).actors;
  for (const a of actors) {
    for (const s of [
      a.name,
      ...(a.aliases ?? []),
      ...(a.country ?? []),
      ...(a.demonyms ?? []),
      ...(a.capital === undefined ? [] : [a.capital]),
    ])
      add(s);
  }
  for (const list of map.values()) list.sort((x, y) => y.words.length - x.words.length);
  phrases = map;
  return map;
}

function givenNames(): Set<string> {
  if (names !== null) return names;
  const f = firstNames as unknown as { female: string[]; male: string[] };
  names = new Set([...f.female, ...f.male].map((n) => n.toLowerCase()));
  return names;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/** Whether a paragraph is mostly capitals. */
function shouted(text: string, from: number, to: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) upper++;
    else if (isLower(c)) {
      lower++;
      // Stop once even capitals in every character left could not make it shouted (the answer
      // is the same): ordinary prose is decided a third of the way in instead of read to the end.
      const best = upper + (to - i - 1);
      if (best < SHOUTED * (best + lower)) return false;
    }
  }
  return upper + lower >= MIN_LETTERS && upper >= SHOUTED * (upper + lower);
}

/**
 * The true-cased view of `text` (same length), or `null` when no paragraph of
 * it is mostly capitals.
 *
 * @example
 * ```ts
 * trueCase('THREE SUBVERSIVES WERE KILLED, THE FMLN SAID.'); // 'Three subversives were killed, the FMLN said.'
 * trueCase('Officials said talks would resume.'); // null
 * ```
 */
export function trueCase(text: string): string | null {
  let out: string[] | null = null;
  let acronyms: Set<string> | null = null;
  let last = 0;
  // Paragraphs: runs of text between blank lines.
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (shouted(text, start, end)) {
      acronyms ??= acronymsOf(text);
      (out ??= []).push(text.slice(last, start), caseParagraph(text.slice(start, end), acronyms));
      last = end;
    }
    start = end + 2;
  }
  if (out === null) return null;
  out.push(text.slice(last));
  return out.join('');
}

/**
 * Words kept in capitals: those the text spells out in brackets after a name
 * (`FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]`, `(ARENA)`), and words
 * without a vowel (`FMLN`, `PCN`), which no English word is.
 */
function acronymsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[[(]([A-Z]{2,8})[\])]/g)) out.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(/\b[B-DF-HJ-NP-TV-XZ]{2,8}\b/g)) out.add(m[0].toLowerCase());
  return out;
}

/** One shouted paragraph, true-cased. */
function caseParagraph(p: string, acronyms: ReadonlySet<string>): string {
  const lower = lowerSameLength(p);
  const chars = lower.split('');
  // Words: runs of letters (with inner apostrophes), and where each starts.
  const words: { start: number; end: number; text: string }[] = [];
  const re = /[a-z\u00df-\u00ff]+(?:['’][a-z]+)?/g;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower))
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const known = knownPhrases();
  const given = givenNames();
  const capitalise = (at: number): void => {
    const up = chars[at]!.toUpperCase();
    if (up.length === 1) chars[at] = up;
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    // Sentence start: the paragraph's first word, or a word after . ! ? (and closing quotes, brackets, spaces).
    let k = word.start - 1;
    while (k >= 0 && /[\s"'“”‘’([]/.test(lower[k]!)) k--;
    if (k < 0 || lower[k] === '.' || lower[k] === '!' || lower[k] === '?' || lower[k] === ':') capitalise(word.start);
    if (word.text === 'i') capitalise(word.start);
    if (acronyms.has(word.text)) for (let c = word.start; c < word.end; c++) capitalise(c);
    if (given.has(word.text)) capitalise(word.start);
    // A known name: give its words the lexicon's capitals.
    for (const ph of known.get(word.text) ?? []) {
      if (w + ph.words.length > words.length) continue;
      let ok = true;
      for (let j = 0; j < ph.words.length && ok; j++) ok = words[w + j]!.text === ph.words[j];
      if (!ok) continue;
      for (let j = 0; j < ph.words.length; j++) {
        const target = words[w + j]!;
        const written = ph.written[j]!;
        for (let c = 0; c < written.length && target.start + c < target.end; c++) {
          if (written[c] !== written[c]!.toLowerCase()) capitalise(target.start + c);
        }
      }
      w += ph.words.length - 1;
      break;
    }
  }
  return chars.join('');
}

/** Lower case, character by character, keeping any character whose lower case is not one character. */
function lowerSameLength(s: string): string {
  const low = s.toLowerCase();
  if (low.length === s.length) return low;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
