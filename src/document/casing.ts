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
 * (`FMLN`, `Shining Path`, `Damascus`), given names
 * (`src/lexicon/first-names.json`), and the names of groups the text introduces
 * (`A GROUP CALLING ITSELF THE GERARDO BARRIOS COMMANDO UNIT`, `THE "ZARATE WILLKA
 * LIBERATION ARMED FORCES"`, `THE SO-CALLED EXTRADITABLES TODAY CLAIMED`: without a head, the
 * words up to a verb form, an auxiliary or a day word; cues and heads in
 * `src/lexicon/group-shapes.json`), and names
 * after `the` that end in a head (`THE RED HAND BRIGADE`) unless their words only describe a
 * force (`THE ARMED FORCES`, `THE REBEL ARMY`); weekday names, and month names where
 * they name a month (`22 MARCH`, `MARCH 22`, `LAST MARCH`, `IN JANUARY`; `MAY` and `MARCH`,
 * which are words too, only beside a number or after a lead of `src/lexicon/dates.json`).
 */
import actorData from '../lexicon/actors.json';
import dates from '../lexicon/dates.json';
import { BE_FORMS, FUNCTION_WORDS, HAVE_FORMS, MODALS, MONTH_LEADS, SPEECH_LEMMAS } from '../lexicon/en/index.js';
import firstNames from '../lexicon/first-names.json';
import groupShapes from '../lexicon/group-shapes.json';
import numberWords from '../lexicon/numbers.json';
import roles from '../lexicon/roles.json';

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
  // Paragraphs: runs of text between blank lines; the shouted ones are cased.
  const shoutedParagraphs: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (shouted(text, start, end)) shoutedParagraphs.push([start, end]);
    start = end + 2;
  }
  if (shoutedParagraphs.length === 0) return null;
  const acronyms = acronymsOf(text);
  // First pass: the names each paragraph introduces, remembered for the whole text, so that a
  // name introduced once (`THE "X Y,"`, `A GROUP CALLING ITSELF X`, `PEDRO SALAZAR`) keeps its
  // capitals where it recurs without its cue (`X Y HAS CARRIED OUT…`, `SALAZAR SAID`).
  const memory: NameMemory = new Map();
  const read = shoutedParagraphs.map(([from, to]) => {
    const p = text.slice(from, to);
    const para = readParagraph(p);
    para.names = paragraphNames(p, para.lower, para.words);
    for (const [a, b] of para.names.named) remember(memory, para.words, a, b);
    return para;
  });
  const out: string[] = [];
  let last = 0;
  shoutedParagraphs.forEach(([from, to], i) => {
    out.push(text.slice(last, from), caseParagraph(read[i]!, acronyms, memory));
    last = to;
  });
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
  // an acronym the editor spells out in brackets after it: "BELRA [VANGUARD OF LABOR AND RESISTANCE]"
  for (const m of text.matchAll(/\b([A-Z]{2,8}) ?[[(]([A-Z][A-Z' -]{3,80})[\])]/g))
    if (spelledOut(m[1]!.toLowerCase(), m[2]!.toLowerCase())) out.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(/\b[B-DF-HJ-NP-TV-XZ]{2,8}\b/g)) {
    const w = m[0].toLowerCase();
    if (!ABBREVIATED_TITLES.has(w)) out.add(w);
  }
  return out;
}

/**
 * Whether `expansion` (lower case) spells out `acronym`: two content words or more (connectors
 * aside), at least two thirds of whose initials are letters of the acronym (`arena` for
 * `nationalist republican alliance`, a translation keeping the letters in another order), and the
 * acronym no function word or verb form (`KILLED [WORDS INDISTINCT]` is an editor's note).
 */
function spelledOut(acronym: string, expansion: string): boolean {
  if (nameStop(acronym)) return false;
  const content = expansion.split(/[\s-]+/).filter((w) => w !== '' && !NAME_CONNECTORS.has(w));
  if (content.length < 2 || content.length > NAME_WORDS) return false;
  let matching = 0;
  for (const w of content) if (acronym.includes(w[0]!)) matching++;
  return 3 * matching >= 2 * content.length;
}

/** Most characters between the brackets of a spelled-out acronym (as the acronym pattern's bound). */
const MAX_BRACKETED_CHARS = 82;

/** The index of `close` after the bracket at `k`, within {@link MAX_BRACKETED_CHARS}; -1 when none. */
function closingWithin(p: string, k: number, close: string): number {
  const to = Math.min(p.length, k + MAX_BRACKETED_CHARS + 2);
  for (let i = k + 1; i < to; i++) if (p[i] === close) return i;
  return -1;
}

/**
 * Word ranges `[from, to)` of names spelled out in brackets after their acronym (`BELRA [VANGUARD
 * OF LABOR AND RESISTANCE]`, `(ZPF [ZELTRAN PATRIOTIC FRONT])`): the bracketed words, when
 * {@link spelledOut} holds for the word right before the bracket.
 */
function bracketedExpansions(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let w = 0; w + 2 < words.length; w++) {
    let k = words[w]!.end;
    if (p[k] === ' ') k++;
    const open = p[k];
    if (open !== '[' && open !== '(') continue;
    let e = w + 1;
    if (words[e]!.start !== k + 1) continue;
    // one search for the closing bracket, within the longest name: an unclosed bracket costs a
    // bounded scan, not one over the rest of the paragraph per word
    const close = closingWithin(p, k, open === '[' ? ']' : ')');
    if (close === -1) continue;
    while (e + 1 < words.length && e - w < NAME_WORDS && words[e + 1]!.start < close) e++;
    if (close !== words[e]!.end) continue;
    const inner = words.slice(w + 1, e + 1).map((x) => x.text);
    if (spelledOut(words[w]!.text, inner.join(' '))) out.push([w + 1, e + 1]);
    w = e;
  }
  return out;
}

/**
 * Titles written as an abbreviation without a vowel (`MR`, `DR`, `SGT`, `MSGR`; the one-word titles
 * of `src/lexicon/roles.json`): not acronyms, but a title before a name, written with one capital.
 */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(
  roles.titles
    .map((t) => t.words.replace(/\.$/, '').toLowerCase())
    .filter((w) => /^[a-z]+$/.test(w) && !/[aeiouy]/.test(w)),
);

/** Naming cues as word sequences (`calling itself`, `self-styled` → `self`, `styled`). */
const cueWords = (list: readonly string[]): (readonly string[])[] =>
  list.map((c) => c.toLowerCase().split(/[\s-]+/)).sort((a, b) => b.length - a.length);
const NAMING_CUES = cueWords(groupShapes.namingCues);
/** Cues that introduce only a quoted name (`a self-styled commando unit` describes; `self-styled "X"` names). */
const QUOTED_CUES = cueWords(groupShapes.quotedNamingCues);
/** One-word cues that are verbs too (`called the attack…`): a cue only after a group word (`a group called X`). */
const VERB_CUES: ReadonlySet<string> = new Set(['called', 'named']);
/** Last words of a group's name (`unit`, `front`, `forces`; `self-defense` → `defense`). */
const CASED_HEADS: ReadonlySet<string> = new Set(groupShapes.casedHeads.map((h) => h.toLowerCase().split('-').pop()!));
/** Words a name keeps in lower case. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'y', 'a']);
/** Most words a name of this kind runs to. */
const NAME_WORDS = 7;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Word ranges `[from, to)` of group names the paragraph introduces: after a naming cue
 * (`CALLING ITSELF THE X Y UNIT`, `SELF-STYLED "X Y Z"`), the quoted words or the words up to
 * the last head within reach; and a quoted run ending in a head (`THE "X Y CIVIC FORCE"`).
 */
function introducedNames(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  const gap = (a: number, b: number, ok: (c: string) => boolean): boolean => {
    for (let k = a; k < b; k++) if (!ok(p[k]!)) return false;
    return true;
  };
  const space = (c: string): boolean => c === ' ' || c === '\n' || c === '\t';
  // what separates word w from the next: only spaces and hyphens keep a name going, after a
  // possessive too ("A GROUP CALLED CHILE'S INDEPENDENCE MOVEMENT")
  const joined = (w: number): boolean => {
    const e = words[w]!.end;
    const from = (p[e] === "'" || p[e] === '’') && p[e + 1] === 's' ? e + 2 : e;
    return gap(from, words[w + 1]!.start, (c) => space(c) || c === '-');
  };
  // an opening mark right before word w, a closing one right after it (spaces between allowed)
  const quoteBefore = (w: number): boolean => {
    let k = words[w]!.start - 1;
    // (a number may open the quoted name: '"9 MAY" FORCES', '"15 SEPTEMBER" COMMAND')
    while (k >= 0 && (space(p[k]!) || isDigit(p[k]!))) k--;
    if (k < 0 || (p[k] !== '"' && p[k] !== '“')) return false;
    // an opening mark stands after a space, a bracket or the paragraph start, a closing one after a word
    const before = p[k - 1];
    return before === undefined || space(before) || before === '(' || before === '[';
  };
  const quoteAfter = (w: number): boolean => {
    let k = words[w]!.end;
    while (k < p.length && space(p[k]!)) k++;
    return p[k] === '"' || p[k] === '”';
  };
  for (let w = 0; w < words.length; w++) {
    // a quoted run: from an opening mark to the closing one
    if (quoteBefore(w)) {
      let e = w;
      while (e < w + NAME_WORDS && e + 1 < words.length && !quoteAfter(e) && joined(e)) e++;
      const cued = cueBefore(words, w, NAMING_CUES) || cueBefore(words, w, QUOTED_CUES);
      const dated = isDigit(p[words[w]!.start - 2] ?? '');
      if (!quoteAfter(e) || !(e > w || dated) || !(CASED_HEADS.has(words[e]!.text) || cued)) continue;
      // the name's words after the closing mark ('SELF-STYLED "X Y" COMMAND', 'CALLING ITSELF THE "9 MAY" FORCES')
      out.push([w, cued ? headAfterQuote(p, words, e) : e + 1]);
      continue;
    }
    // a name opens with a word of its own, not a head ("called the group a terrorist organization")
    const opener = words[w]!.text;
    if (CASED_HEADS.has(opener) || ARTICLES.has(opener) || !joinedBack(p, words, w)) continue;
    const naming = cueBefore(words, w, NAMING_CUES);
    // 'THE SO-CALLED X', 'THE SELF-STYLED X' without quotation marks: a name unless its words only
    // describe ('the so-called death squads', 'a self-styled commando unit')
    const quotedCue = !naming && cueBefore(words, w, QUOTED_CUES);
    if (!naming && !quotedCue) continue;
    // unquoted after a cue: up to the last head within reach, never past an article
    let last = -1;
    for (let e = w; e < words.length && e < w + NAME_WORDS; e++) {
      if (e > w && ARTICLES.has(words[e]!.text)) break;
      if (CASED_HEADS.has(words[e]!.text)) last = e;
      if (e + 1 >= words.length || !joined(e)) break;
    }
    // no head: the words up to a verb, an auxiliary, a function word or a day word
    // ('THE SO-CALLED EXTRADITABLES TODAY CLAIMED', 'CALLING ITSELF LOS EXTRADITABLES HAS')
    // ('A GROUP CALLING ITSELF THE AVENGERS OF MURILLO': a connector inside, never at its end)
    if (last < w)
      for (let e = w; e < words.length && e < w + SHORT_NAME_WORDS; e++) {
        const t = words[e]!.text;
        if (e > w && INNER_CONNECTORS.has(t)) {
          if (e + 1 >= words.length || !joined(e) || nameStop(words[e + 1]!.text)) break;
          continue;
        }
        if (nameStop(t)) break;
        last = e;
        if (e + 1 >= words.length || !joined(e)) break;
      }
    if (last < w) continue;
    if (quotedCue && onlyDescribes(words, w, last + 1)) continue;
    out.push([w, last + 1]);
  }
  return out;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * One past the head that ends a name after the closing mark of its quoted words ending at word
 * `e` (`"X Y" COMMAND`, `"9 MAY" PEOPLE'S LIBERATION FORCES`): up to four words that can stand in
 * a name, joined by spaces, to the last head among them; else `e + 1`.
 */
function headAfterQuote(p: string, words: readonly Word[], e: number): number {
  let last = e;
  for (let h = e + 1; h < words.length && h <= e + 4; h++) {
    const gap = p.slice(words[h - 1]!.end, words[h]!.start);
    const joined = h === e + 1 ? /^[,.]?["”] +$/.test(gap) : /^(?:'s)? +$/.test(gap);
    if (!joined || !modifierWord(words[h]!.text)) break;
    if (CASED_HEADS.has(words[h]!.text)) last = h;
  }
  return last + 1;
}

/** Whether only spaces, hyphens and quotation marks stand between word `w` and the one before. */
function nameJoined(p: string, words: readonly Word[], w: number): boolean {
  for (let k = words[w - 1]!.end; k < words[w]!.start; k++) {
    const c = p[k]!;
    if (c !== ' ' && c !== '\n' && c !== '-' && c !== "'" && c !== '’') return false;
  }
  return true;
}

/** Most words of a quoted name. */
const QUOTED_NAME_WORDS = 5;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t';
const isQuote = (c: string | undefined): boolean => c === '"' || c === '“' || c === '”';

/**
 * Word ranges `[from, to)` of quoted names without a naming cue: one to five words in quotation
 * marks (a leading `the` inside them left out) after `the` or a group word (`THE "X Y"`,
 * `THE MAOIST ORGANIZATION, "X Y."`), none a function word or verb form, not only describing
 * words, and followed by the end of a phrase, a verb form or function word (`THE "X" CLAIMED`,
 * `BY THE "X Y," A GROUP`), or by a head the name then takes (`THE "X Y" URBAN COMMAND`). A
 * scare-quoted word before its noun (`THE "HEAVY" CLASHES`) is no name.
 */
function quotedNames(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let w = 0; w < words.length; w++) {
    // an opening mark right before word w, after a space, a bracket or the paragraph start
    let k = words[w]!.start - 1;
    // (a number may open the quoted name: 'THE "15 SEPTEMBER" COMMAND')
    while (k >= 0 && (isSpace(p[k]) || isDigit(p[k]!))) k--;
    if (k < 0 || (p[k] !== '"' && p[k] !== '“') || !(k === 0 || isSpace(p[k - 1]) || p[k - 1] === '(')) continue;
    const mark = k;
    const open = w;
    const first = words[w]!.text === 'the' && w + 1 < words.length ? w + 1 : w;
    // the closing mark, a comma or period allowed before it
    const closes = (e: number): number => {
      let c = words[e]!.end;
      if (p[c] === ',' || p[c] === '.') c++;
      while (isSpace(p[c])) c++;
      return isQuote(p[c]) ? c + 1 : -1;
    };
    let e = first;
    while (e < first + QUOTED_NAME_WORDS - 1 && e + 1 < words.length && closes(e) < 0 && nameJoined(p, words, e + 1))
      e++;
    const after = closes(e);
    if (after < 0) continue;
    w = e;
    let inner = true;
    for (let j = first; j <= e && inner; j++) {
      const t = words[j]!.text;
      inner = INNER_CONNECTORS.has(t) ? j > first && j < e : t.length > 1 && modifierWord(t);
    }
    if (!inner || onlyDescribes(words, first, e + 1)) continue;
    // led by "the" (inside or before the marks) or a group word, a comma between allowed
    let b = mark - 1;
    while (b >= 0 && (isSpace(p[b]) || p[b] === ',')) b--;
    const lead = first > open ? 'the' : open > 0 && words[open - 1]!.end === b + 1 ? words[open - 1]!.text : undefined;
    if (lead !== 'the' && (lead === undefined || !CASED_HEADS.has(lead))) continue;
    // what follows the closing mark
    let c = after;
    while (isSpace(p[c])) c++;
    const next = e + 1 < words.length && words[e + 1]!.start === c ? words[e + 1]!.text : undefined;
    if (next === undefined) {
      if (c >= p.length || /[,.;:)\]]/.test(p[c]!)) out.push([first, e + 1]);
      continue;
    }
    if (nameStop(next) || SPEECH_LEMMAS.has(next)) {
      out.push([first, e + 1]);
      continue;
    }
    // a head after the marks, up to two describing words before it ("X Y" URBAN COMMAND)
    const desc = describingWords();
    for (let h = e + 1; h < words.length && h <= e + 3; h++) {
      if (h > e + 1 && !nameJoined(p, words, h)) break;
      if (CASED_HEADS.has(words[h]!.text)) {
        out.push([first, h + 1]);
        break;
      }
      if (!desc.has(words[h]!.text)) break;
    }
  }
  return out;
}

/**
 * Word ranges `[from, to)` of surnames: up to two words right after a given name or names
 * (`PEDRO SALAZAR`, `JOSE JAVIER RIVERA`, `LUIS WULMEN CAMARGO`) that are not function words,
 * verb forms, speech verbs (`PEDRO SAID`), heads, describing words, days or months.
 */
function surnames(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  const given = givenNames();
  for (let w = 0; w < words.length; w++) {
    if (!given.has(words[w]!.text)) continue;
    let e = w;
    while (e + 1 < words.length && given.has(words[e + 1]!.text) && spaceJoined(p, words, e + 1)) e++;
    let s = e;
    for (let k = e + 1; k < words.length && k <= e + 2 && spaceJoined(p, words, k); k++) {
      const t = words[k]!.text;
      if (!ownNameWord(t) && !(t.length === 3 && !nameStop(t) && !SPEECH_LEMMAS.has(t))) break;
      if (WEEKDAY_NAMES.has(t) || MONTH_NAMES.has(t) || ABBREVIATED_TITLES.has(t)) break;
      s = k;
    }
    if (s > e) out.push([e + 1, s + 1]);
    w = s;
  }
  return out;
}

/** Whether only spaces stand between word `w` and the one before. */
function spaceJoined(p: string, words: readonly Word[], w: number): boolean {
  for (let k = words[w - 1]!.end; k < words[w]!.start; k++) if (!isSpace(p[k])) return false;
  return true;
}

/** Most words of a name after a naming cue that ends in no head. */
const SHORT_NAME_WORDS = 4;
/** Connectors a name without a head may hold inside (`Avengers of Murillo`, `Muerte a Secuestradores`). */
const INNER_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'la', 'el', 'y', 'a']);

/** Words that end a name without a head: function words, auxiliaries, modals, day words, past forms. */
function nameStop(w: string): boolean {
  return (
    FUNCTION_WORDS.has(w) ||
    BE_FORMS.has(w) ||
    HAVE_FORMS.has(w) ||
    MODALS.has(w) ||
    Object.hasOwn(dates.dayWords, w) ||
    (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')))
  );
}

/** Whether every word of `[from, to)` describes a force or is a head (`death squads`, `commando unit`). */
function onlyDescribes(words: readonly Word[], from: number, to: number): boolean {
  const desc = describingWords();
  for (let w = from; w < to; w++) if (!desc.has(words[w]!.text) && !CASED_HEADS.has(words[w]!.text)) return false;
  return true;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words other than `the` that can lead a name ending in a head (`BY X Y NATIONAL FRONT`). */
const NAME_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'by', 'of', 'from', 'against', 'with', 'and']);
/** A word that can stand before a head in a name: no function word, verb form or speech verb. */
const modifierWord = (t: string): boolean => !nameStop(t) && !SPEECH_LEMMAS.has(t);

/** A word in -ing, -ed (five letters or more) or -ly: a verb form or an adverb, no word of a name. */
function verbFormOrAdverb(t: string): boolean {
  return t.length > 4 && (t.endsWith('ing') || t.endsWith('ed') || t.endsWith('ly'));
}

/** A number word that counts what follows (`FIVE`, `TWENTY`). */
function countWord(t: string): boolean {
  return Object.hasOwn(numberWords.units, t) || Object.hasOwn(numberWords.tens, t);
}

/** Heads of a name after `the` (`THE RED HAND BRIGADE`). */
const ARTICLE_HEADS: ReadonlySet<string> = new Set(groupShapes.articleNameHeads.map((h) => h.toLowerCase()));
/** Most words before such a head. */
const ARTICLE_NAME_MODIFIERS = 4;
let describing: Set<string> | null = null;
/** Words that describe a force rather than name it: state modifiers, demonyms, generic modifiers, number words. */
function describingWords(): ReadonlySet<string> {
  if (describing !== null) return describing;
  const set = new Set<string>();
  for (const w of [...groupShapes.stateModifiers, ...groupShapes.genericModifiers]) set.add(w.toLowerCase());
  // number words count a force, they do not name it ("THE TWO ARMIES", "THE FIVE HUNDRED TROOPS"),
  // not the glued scales 'm', 'k', 'bn'
  for (const w of [
    ...Object.keys(numberWords.units),
    ...Object.keys(numberWords.tens),
    ...Object.keys(numberWords.scales),
  ])
    if (w.length > 2) set.add(w);
  for (const a of (actorData as { actors: { demonyms?: string[] }[] }).actors)
    for (const d of a.demonyms ?? []) for (const w of d.toLowerCase().split(/[\s-]+/)) set.add(w);
  describing = set;
  return set;
}

/**
 * Word ranges `[from, to)` of names after `the` that end in a head (`THE RED HAND BRIGADE`,
 * `THE PEOPLE'S LIBERATION FRONT`): the head and up to four words before it, joined by spaces,
 * hyphens or a line break (a possessive `'S` too), none a function word; not when every word
 * before the head only describes a force (`THE ARMED FORCES`, `THE SALVADORAN ARMY`, `THE REBEL ARMY`).
 */
function articleNames(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  const joined = (w: number): boolean => {
    let k = words[w]!.end;
    if ((p[k] === "'" || p[k] === '’') && p[k + 1] === 's') k += 2;
    // a plural's possessive: "THE WORKERS' DEFENSE MOVEMENT"
    else if ((p[k] === "'" || p[k] === '’') && p[k - 1] === 's') k++;
    // spaces, a hyphen, or the line break of hard-wrapped copy
    for (; k < words[w + 1]!.start; k++) if (p[k] !== ' ' && p[k] !== '-' && p[k] !== '\n') return false;
    return true;
  };
  const desc = describingWords();
  for (let h = 2; h < words.length; h++) {
    if (!ARTICLE_HEADS.has(words[h]!.text)) continue;
    let f = h;
    // (never over a speech verb: "THE ARMY SAID ARMED FORCES UNITS…")
    while (
      f > 1 &&
      h - f < ARTICLE_NAME_MODIFIERS &&
      !FUNCTION_WORDS.has(words[f - 1]!.text) &&
      !SPEECH_LEMMAS.has(words[f - 1]!.text) &&
      joined(f - 1)
    )
      f--;
    // after another lead than "the", never over a verb form ("BY ZELTRAN GUERRILLAS ATTACKED ARMY…")
    // (after "the" the walk stays as it was: it still reads 'THE GUERRILLAS ATTACKED ARMY' as a name,
    // a known miss kept because stopping there lost a right perpetrator on the MUC-4 floors)
    if (f !== h && words[f - 1]!.text !== 'the') {
      f = h;
      while (f > 1 && h - f < ARTICLE_NAME_MODIFIERS && modifierWord(words[f - 1]!.text) && joined(f - 1)) f--;
    }
    // a count before the name is no word of it: "SAID FIVE X Y FRONT REBELS"
    while (f < h - 1 && countWord(words[f]!.text)) f++;
    // (an editor's bracket may open the name after its lead: "THE [X Y FRONT (XYF)] GUERRILLAS")
    if (f === h || !(joined(f - 1) || p.slice(words[f - 1]!.end, words[f]!.start) === ' [')) continue;
    const lead = words[f - 1]!.text;
    // (a reported clause opens with the name too: "REPORTED THAT X Y FRONT TERRORISTS", "SAID X Y FRONT GUERRILLAS")
    if (lead !== 'the' && !NAME_LEADS.has(lead) && lead !== 'that' && !SPEECH_LEMMAS.has(lead) && !countWord(lead))
      continue;
    // an apposition describes the name before it: "X, A SMALL MAOIST FACTION,"
    if ((lead === 'a' || lead === 'an') && f >= 2 && p.slice(words[f - 2]!.end, words[f - 1]!.start).includes(','))
      continue;
    let own = 0;
    // (a verb form or an adverb describes: "THE RULING PARTY", "THE GOVERNING ALLIANCE", "HEAVILY ARMED FORCES")
    for (let w = f; w < h; w++) if (!desc.has(words[w]!.text) && !verbFormOrAdverb(words[w]!.text)) own++;
    // after another lead ("BY X Y NATIONAL FRONT", "A X PATRIOTIC FRONT COMMANDO"), two words before
    // the head, one of its own ("BY HOSTILE FORCES", "BY HEAVILY ARMED FORCES" describe)
    if (own >= 1 && (lead === 'the' || h - f >= 2)) out.push([f, ofHeadTail(p, words, h)]);
  }
  return out;
}

/**
 * One past an of-tail that ends in a head after the name's head at `h` (`THE X ARMED FORCES OF
 * LIBERATION`, `THE X FRONT OF NATIONAL RESISTANCE`): `of`, an optional `the`, up to three words
 * that can stand in a name, the last a head; else `h + 1`.
 */
function ofHeadTail(p: string, words: readonly Word[], h: number): number {
  let k = h + 1;
  if (words[k]?.text !== 'of' || !spaceJoined(p, words, k)) return h + 1;
  k++;
  if (words[k]?.text === 'the' && spaceJoined(p, words, k)) k++;
  for (let e = k; e < words.length && e < k + 3 && spaceJoined(p, words, e); e++) {
    const t = words[e]!.text;
    if (!modifierWord(t)) break;
    if (CASED_HEADS.has(t)) return e + 1;
  }
  return h + 1;
}

/** A bracketed acronym at `at` (spaces before it allowed): its letters, lower case, or `null`. */
function acronymAt(p: string, at: number): string | null {
  let k = at;
  while (p[k] === ' ') k++;
  const open = p[k];
  if (open !== '[' && open !== '(') return null;
  let e = k + 1;
  while (e < p.length && e - k <= 9 && ((p[e]! >= 'A' && p[e]! <= 'Z') || p[e] === '-')) e++;
  const close = open === '[' ? ']' : ')';
  if (p[e] !== close || e - k - 1 < 2) return null;
  return p
    .slice(k + 1, e)
    .replace(/-/g, '')
    .toLowerCase();
}

/**
 * Word ranges `[from, to)` of names written out before their acronym in brackets (`THE
 * COMMUNIST PARTY OF CHILE [PCCH]`, `THE ARMED FORCES PRESS COMMITTEE (COPREFA)`): the words
 * back to an article or a function word other than a name's connectors (at most seven, joined
 * by spaces or hyphens), when most of their content words open with a letter of the acronym
 * (so that `THE PEASANTS (PCN)` stays a description).
 */
function acronymNames(p: string, words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let e = 0; e < words.length; e++) {
    const letters = acronymAt(p, words[e]!.end);
    if (letters === null) continue;
    let f = e;
    while (f > 0 && e - f < NAME_WORDS - 1) {
      const prev = words[f - 1]!.text;
      if (ARTICLES.has(prev) || (FUNCTION_WORDS.has(prev) && !NAME_CONNECTORS.has(prev))) break;
      let joined = true;
      for (let k = words[f - 1]!.end; k < words[f]!.start && joined; k++) joined = p[k] === ' ' || p[k] === '-';
      if (!joined) break;
      f--;
    }
    while (f < e && NAME_CONNECTORS.has(words[f]!.text)) f++;
    let content = 0;
    let matching = 0;
    for (let w = f; w <= e; w++) {
      if (NAME_CONNECTORS.has(words[w]!.text)) continue;
      content++;
      if (letters.includes(words[w]!.text[0]!)) matching++;
    }
    if (content >= 2 && 2 * matching > content) out.push([f, e + 1]);
  }
  return out;
}

/** Whether a naming cue of `cues` (and `the`, `a`) ends right before word `w`. */
function cueBefore(words: readonly Word[], w: number, cues: readonly (readonly string[])[]): boolean {
  let k = w;
  if (k > 0 && ARTICLES.has(words[k - 1]!.text)) k--;
  for (const cue of cues) {
    if (k < cue.length) continue;
    let ok = true;
    for (let j = 0; j < cue.length && ok; j++) ok = words[k - cue.length + j]!.text === cue[j];
    // "a group called X": a one-word verb cue after a group word only
    if (ok && cue.length === 1 && VERB_CUES.has(cue[0]!)) ok = k >= 2 && CASED_HEADS.has(words[k - 2]!.text);
    if (ok) return true;
  }
  return false;
}

/** Whether only spaces, hyphens and quotation marks stand between word `w` and the one before. */
function joinedBack(p: string, words: readonly Word[], w: number): boolean {
  if (w === 0) return false;
  for (let k = words[w - 1]!.end; k < words[w]!.start; k++) {
    const c = p[k]!;
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '-' && c !== '"' && c !== '“') return false;
  }
  return true;
}

/** Weekday names, always capitalised. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(dates.weekdays));
/** Month names and abbreviations (lower case). */
const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(dates.months));
/** Holidays named by one word (`Christmas`, `Ramadan`, `Eid`), always capitalised. */
const HOLIDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(dates.holidays).filter((k) => !/[ -]/.test(k)));
/**
 * Month names that are common words too (`may`, `march`), and abbreviations (names with a
 * longer name of the same month: `jan`, `mar`): a month only beside a number or after a lead.
 */
const GUARDED_MONTHS: ReadonlySet<string> = new Set([
  ...dates.capitalsWordMonths,
  ...Object.entries(dates.months)
    .filter(([k, m]) => Object.entries(dates.months).some(([o, n]) => n === m && o.length > k.length))
    .map(([k]) => k),
]);
/** Words before a month name that make it a month (`IN MARCH`, `LAST MAY`). */
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether word `w` (a month name) names a month: a full unambiguous name always; a guarded one
 * beside a number (`22 MARCH`, `MAR. 22`, `MAY 1989`) or after a lead (`this` not for `may`).
 */
function namesMonth(p: string, words: readonly Word[], w: number): boolean {
  const word = words[w]!;
  if (!GUARDED_MONTHS.has(word.text)) return true;
  let k = word.start - 1;
  while (k >= 0 && p[k] === ' ') k--;
  if (k >= 0 && isDigitCode(p.charCodeAt(k))) return true;
  k = word.end;
  if (p[k] === '.') k++;
  while (k < p.length && p[k] === ' ') k++;
  if (isDigitCode(p.charCodeAt(k))) return true;
  if (w === 0) return false;
  const prev = words[w - 1]!;
  // only spaces or a hyphen between the lead and the month (`EARLY MARCH`, `MID-MAY`)
  for (let c = prev.end; c < word.start; c++) if (p[c] !== ' ' && p[c] !== '-') return false;
  if (prev.text === 'this' && word.text === 'may') return false;
  return MONTH_LEADS.has(prev.text);
}

/** A shouted paragraph read into words, and the name ranges found in it. */
interface Paragraph {
  /** The paragraph as written. */
  readonly p: string;
  /** Its lower case, same length. */
  readonly lower: string;
  /** Its words (a possessive's `'s` left out). */
  readonly words: readonly Word[];
  /** Name ranges, set by the first pass of {@link trueCase}. */
  names?: ParagraphNames;
}

/** Word ranges `[from, to)` of names in one paragraph, by kind. */
interface ParagraphNames {
  /** Introduced or spelled-out names: every word capitalised but the connectors. */
  readonly introduced: readonly [number, number][];
  /** Names after `the` that end in a head: every word capitalised. */
  readonly article: readonly [number, number][];
  /** Every range above and the surnames after given names: remembered for the whole text. */
  readonly named: readonly [number, number][];
}

/** Names remembered across a text: their words (lower case) by first word. */
type NameMemory = Map<string, (readonly string[])[]>;

/** Lower case and words of a shouted paragraph. */
function readParagraph(p: string): Paragraph {
  const lower = lowerSameLength(p);
  // Words: runs of letters (with inner apostrophes), and where each starts.
  const words: Word[] = [];
  const re = /[a-z\u00df-\u00ff]+(?:['’][a-z]+)?/g;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    // a possessive is its owner's word ("FMLN'S" → "FMLN's", "ARENA'S" → "ARENA's")
    const w = m[0];
    const text = w.length > 3 && (w.endsWith("'s") || w.endsWith('’s')) ? w.slice(0, -2) : w;
    words.push({ start: m.index, end: m.index + text.length, text });
  }
  return { p, lower, words };
}

/** The name ranges of a paragraph (the first pass of {@link trueCase}). */
function paragraphNames(p: string, lower: string, words: readonly Word[]): ParagraphNames {
  const introduced = [
    ...introducedNames(lower, words),
    ...quotedNames(lower, words),
    ...acronymNames(p, words),
    ...bracketedExpansions(lower, words),
  ];
  const article = articleNames(lower, words);
  return { introduced, article, named: [...introduced, ...article, ...surnames(lower, words)] };
}

/**
 * Remembers the name in words `[from, to)` (connectors at its ends left out): a single word only
 * when it could be nothing but a name (four letters or more, no function word, verb form, head
 * or describing word), several words when one of them is not a connector, head or describing word.
 */
function remember(memory: NameMemory, words: readonly Word[], from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && NAME_CONNECTORS.has(words[a]!.text)) a++;
  while (b > a && NAME_CONNECTORS.has(words[b - 1]!.text)) b--;
  if (a >= b || b - a > NAME_WORDS) return;
  const name = words.slice(a, b).map((w) => w.text);
  const desc = describingWords();
  const own = (t: string): boolean => !NAME_CONNECTORS.has(t) && !CASED_HEADS.has(t) && !desc.has(t);
  if (name.length === 1 ? !ownNameWord(name[0]!) : !name.some(own)) return;
  const list = memory.get(name[0]!) ?? [];
  if (!list.some((n) => n.length === name.length && n.every((t, i) => t === name[i]))) {
    list.push(name);
    list.sort((x, y) => y.length - x.length);
    memory.set(name[0]!, list);
  }
}

/** A word that alone can only be a name: four letters or more, not a function word, verb form, head or describing word. */
function ownNameWord(t: string): boolean {
  return t.length >= 4 && !nameStop(t) && !SPEECH_LEMMAS.has(t) && !CASED_HEADS.has(t) && !describingWords().has(t);
}

/** One shouted paragraph, true-cased. */
function caseParagraph(para: Paragraph, acronyms: ReadonlySet<string>, memory: NameMemory): string {
  const { p, lower, words } = para;
  const chars = lower.split('');
  const known = knownPhrases();
  const given = givenNames();
  const capitalise = (at: number): void => {
    const up = chars[at]!.toUpperCase();
    if (up.length === 1) chars[at] = up;
  };
  const names = para.names ?? paragraphNames(p, lower, words);
  // Names the paragraph introduces or spells out: every word capitalised but the connectors.
  for (const [from, to] of names.introduced)
    for (let w = from; w < to; w++) if (!NAME_CONNECTORS.has(words[w]!.text)) capitalise(words[w]!.start);
  // Names after "the" that end in a head ("THE RED HAND BRIGADE").
  // (its connectors only in an of-tail: "THE X ARMED FORCES OF LIBERATION")
  for (const [from, to] of names.article)
    for (let w = from; w < to; w++) if (!NAME_CONNECTORS.has(words[w]!.text)) capitalise(words[w]!.start);
  // Names remembered from anywhere in the text, where they recur (surnames after given names too).
  for (let w = 0; w < words.length; w++) {
    for (const name of memory.get(words[w]!.text) ?? []) {
      if (w + name.length > words.length) continue;
      let ok = true;
      for (let j = 1; j < name.length && ok; j++)
        ok = words[w + j]!.text === name[j] && nameJoined(lower, words, w + j);
      if (!ok) continue;
      for (let j = 0; j < name.length; j++) if (!NAME_CONNECTORS.has(name[j]!)) capitalise(words[w + j]!.start);
      w += name.length - 1;
      break;
    }
  }
  // Dotted acronyms ("U.S.", "U.S.S.R."): capitals, and their periods end no sentence.
  const dotted = dottedAcronymPeriods(lower, words);
  for (const at of dotted) capitalise(at - 1);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    // Sentence start: the paragraph's first word, or a word after . ! ? (and closing quotes, brackets, spaces).
    let k = word.start - 1;
    while (k >= 0 && /[\s"'“”‘’([]/.test(lower[k]!)) k--;
    const stop = lower[k] === '.' ? !dotted.has(k) : lower[k] === '!' || lower[k] === '?' || lower[k] === ':';
    if (k < 0 || stop) capitalise(word.start);
    if (word.text === 'i' || ABBREVIATED_TITLES.has(word.text)) capitalise(word.start);
    if (acronyms.has(word.text)) for (let c = word.start; c < word.end; c++) capitalise(c);
    if (given.has(word.text)) capitalise(word.start);
    if (
      WEEKDAY_NAMES.has(word.text) ||
      HOLIDAY_NAMES.has(word.text) ||
      (MONTH_NAMES.has(word.text) && namesMonth(lower, words, w))
    )
      capitalise(word.start);
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

/**
 * Offsets of the periods of dotted acronyms (`u.s.`, `u.s.s.r.`: single letters each followed
 * by a period, at least two): the letter before each is a capital, the period ends nothing.
 */
function dottedAcronymPeriods(lower: string, words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  const letterDot = (w: number): boolean => words[w]!.text.length === 1 && lower[words[w]!.end] === '.';
  for (let w = 0; w + 1 < words.length; w++) {
    if (!letterDot(w) || !letterDot(w + 1) || words[w + 1]!.start !== words[w]!.end + 1) continue;
    let j = w;
    while (j < words.length && letterDot(j) && (j === w || words[j]!.start === words[j - 1]!.end + 1)) {
      out.add(words[j]!.end);
      j++;
    }
    w = j - 1;
  }
  return out;
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
