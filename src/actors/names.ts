/**
 * Proper-name runs and the keys that cluster a name's spellings, from POS and
 * capitalisation alone (the lite wink model has no person/organisation NER).
 *
 * @module
 */
import type { Document, Token } from '../document/model.js';
import {
  ACRONYM_WORD,
  givenNameGenderAt,
  isAcronymValue,
  isNameSuffix,
  isNameSuffixWord,
  isOrganisationHead,
  LOWER_START_WORD,
  MEDIA_HEAD_WORD,
  NAME_SHAPED_WORD,
  NAME_SUFFIX_WORD,
  ORGANISATION_HEAD_WORD,
  roleAtToken,
  startsWithCapital,
  TEMPORAL_WORD,
  titleAtToken,
  WordSet,
} from './lexicon.js';
import { placeGovernmentAt, strippedStateBeforeNoun } from './context.js';
import { isJoiner } from '../syntax/tokens.js';

/** Weekday and month names that never open a person's name (not "May" or "June", which can). */
const WEEKDAYS_MONTHS =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|August|September|October|November|December)$/;

/** Lower-case name particles that sit inside names (`Staffan de Mistura`, `Bashar al-Assad`). */
const PARTICLE_WORDS: readonly string[] = [
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'ter',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'abd',
  'y',
];
const PARTICLES = new WordSet(PARTICLE_WORDS);

/**
 * The lower-case particles that sit inside person and group names (`de`, `del`, `al`, `bin`, `y`).
 *
 * @example
 * ```ts
 * nameParticles().includes('del'); // true
 * ```
 */
export function nameParticles(): readonly string[] {
  return PARTICLE_WORDS;
}

/** Lower-case words allowed inside organisation names and titles (`Army of Islam`, `Secretary of State`). */
const CONNECTORS = new Set(['of', 'for', 'on']);
/** Capitalised prepositions inside a name between two name words (`Doctors Without Borders`, `Médecins Sans Frontières`). */
const CAPITAL_LINKS = new Set(['Without', 'Sans', 'Against']);

const NOT_NAME_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ']);

/**
 * Whether token `k` is a capitalised preposition joining two parts of one name
 * (`Doctors Without Borders`): a name word follows it.
 *
 * @example
 * ```ts
 * capitalLinkAt(parse('Doctors Without Borders said'), 1, 4); // true
 * ```
 */
export function capitalLinkAt(doc: Document, k: number, limit: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && CAPITAL_LINKS.has(t.value) && k + 1 < limit && isNameToken(doc, k + 1);
}

/**
 * Whether a token starts with an upper-case letter.
 *
 * @example
 * ```ts
 * isCapitalised(parse('Jaafari').tokens[0]!); // true
 * ```
 */
export function isCapitalised(t: Token): boolean {
  return startsWithCapital(t.value);
}

/**
 * Whether the token is an all-capital acronym of 2–6 letters (`HNC`, `UN`, `U.N.`).
 *
 * @example
 * ```ts
 * isAcronym(parse('HNC').tokens[0]!); // true
 * ```
 */
export function isAcronym(t: Token): boolean {
  return isAcronymValue(t.value);
}

/**
 * Whether a token may stand in a proper name.
 *
 * @example
 * ```ts
 * const doc = parse('Then Jaafari spoke.');
 * isNameToken(doc, 1); // true
 * isNameToken(doc, 0); // false
 * ```
 */
export function isNameToken(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  // (Shape and first letter are the word's fact bit: punctuation, numbers and lower-case words are
  // answered without reading the token or its strings.)
  if (t === undefined) return false;
  const f = doc.facts[i]!;
  if ((f & NAME_SHAPED_WORD) === 0) return false;
  if (t.pos === 'PROPN') return true;
  const acronym = (f & ACRONYM_WORD) !== 0;
  if (acronym && t.value !== 'I') return true; // "WHO", which the tagger may read as a pronoun
  if (NOT_NAME_POS.has(t.pos)) return false;
  const s = doc.sentences[t.sentence]!;
  // A capitalised common word opening a sentence ("Activists said") is not a name.
  if (i === s.firstToken || isOpening(doc.tokens[i - 1])) {
    if (acronym) return true;
    // "Cook said …": a sentence cannot open with two verbs, so the first is a name the tagger missed
    // — unless it is a gerund, the subject itself ("Fighting raged …", "Shelling resumed …").
    const next = doc.tokens[i + 1];
    return (
      t.pos === 'VERB' &&
      !(t.lower.length > 5 && t.lower.endsWith('ing')) &&
      next !== undefined &&
      (next.pos === 'VERB' || next.pos === 'AUX') &&
      !/ing$/.test(next.lower)
    );
  }
  return true;
}

function isOpening(t: Token | undefined): boolean {
  return (
    t !== undefined && (t.value === '“' || t.value === '"' || t.value === '‘' || t.value === '(' || t.value === "'")
  );
}

/**
 * The proper-name run starting at token `i` (capitalised tokens joined by name
 * particles, hyphens, apostrophe pieces, and `of`/`for`/`on` inside
 * organisation names and titles), as `[i, end)`, or `null`.
 *
 * @example
 * ```ts
 * // "UN mediator Staffan de Mistura said" → the run at "Staffan" is "Staffan de Mistura"
 * ```
 */
export function nameRunAt(doc: Document, i: number, limit: number): number | null {
  const toks = doc.tokens;
  if (i >= limit || !isNameToken(doc, i)) return null;
  // "Jr.", "III": a generational suffix belongs to the name before it and is never a name alone.
  const facts = doc.facts;
  if ((facts[i]! & NAME_SUFFIX_WORD) !== 0) return null;
  // "last Tuesday Yildirim said": a weekday or month before a name is no part of it (each is a
  // temporal word: the fact bit turns the other names away before the expression runs).
  if (
    (facts[i]! & TEMPORAL_WORD) !== 0 &&
    i + 1 < limit &&
    toks[i + 1]!.spaceBefore &&
    isNameToken(doc, i + 1) &&
    WEEKDAYS_MONTHS.test(toks[i]!.value)
  )
    return null;
  // "in the Last Two Days Activists said" (a headline run into the text): a counted time unit is no name.
  if ((facts[i]! & TEMPORAL_WORD) !== 0 && toks[i - 1]?.pos === 'NUM') return null;
  if (gluedBeforePerson(doc, i, limit)) return null;
  // "al-Jaafari": a lowercase particle glued to a capitalised name by a hyphen is handled by the caller.
  let end = i + 1;
  const sentence = toks[i]!.sentence;
  while (end < limit && toks[end]!.sentence === sentence) {
    const next = nameRunStep(doc, i, end, limit);
    if (next <= end) break;
    end = next;
  }
  return end;
}

/** Where the name run that starts at `i` goes on from token `end` (what it takes there, one past it), or `end` where it stops. */
function nameRunStep(doc: Document, i: number, end: number, limit: number): number {
  const t = doc.tokens[end]!;
  if (isNameToken(doc, end)) return endsNameRun(doc, i, end, limit) ? end : end + 1;
  // Hyphen or apostrophe glue: al-Ja'afari, Jean-Pierre.
  if (isJoiner(t)) {
    const next = doc.tokens[end + 1];
    const glued =
      next !== undefined &&
      !next.spaceBefore &&
      end + 1 < limit &&
      (isNameToken(doc, end + 1) || PARTICLES.has(next.lower));
    return glued ? end + 2 : end;
  }
  if (PARTICLES.has(t.lower) && t.lower === t.value) return particleGlue(doc, end, limit);
  if (capitalLinkAt(doc, end, limit)) return end + 2;
  if (CONNECTORS.has(t.value)) return connectorLink(doc, end, limit);
  if (t.value === 'and') return andLink(doc, i, end, limit);
  if (t.value === '&') return ampersandLink(doc, i, end, limit);
  return end;
}

/**
 * "Armed Conflict Location & Event Data Project": `&` between capitalised words joins one name when
 * the words after it end in a body's head (not "Regime & Allies Onslaught" in a title-case
 * headline, nor "Britain & France"); one past those words, or `end`.
 */
function ampersandLink(doc: Document, i: number, end: number, limit: number): number {
  const toks = doc.tokens;
  let k = end + 1;
  while (k < limit && k < end + 6 && isNameToken(doc, k) && toks[k]!.sentence === toks[i]!.sentence) k++;
  if (k === end + 1) return end;
  return (doc.facts[k - 1]! & ORGANISATION_HEAD_WORD) !== 0 ? k : end;
}

/**
 * "National Coalition for Syrian Revolution and Opposition Forces": `and` inside a body's name, after
 * its `of`/`for` and before capitalised words that end in a body's head; one past them, or `end`.
 */
function andLink(doc: Document, i: number, end: number, limit: number): number {
  const toks = doc.tokens;
  let connector = false;
  for (let k = i + 1; k < end && !connector; k++) connector = CONNECTORS.has(toks[k]!.value);
  if (!connector) return end;
  let k = end + 1;
  while (k < limit && k < end + 5 && isNameToken(doc, k)) k++;
  return k > end + 1 && (doc.facts[k - 1]! & ORGANISATION_HEAD_WORD) !== 0 ? k : end;
}

/** Whether the name word at `end` starts something else than the name run that starts at `i`. */
function endsNameRun(doc: Document, i: number, end: number, limit: number): boolean {
  const toks = doc.tokens;
  const facts = doc.facts;
  const t = toks[end]!;
  const f = facts[end]!;
  // "John Smith III", "Martin Luther King Jr.": a generational suffix closes the name it belongs to.
  if ((f & NAME_SUFFIX_WORD) !== 0) return false;
  if ((facts[end - 1]! & NAME_SUFFIX_WORD) !== 0) return true;
  // "Syria UN decries": an acronym after a capitalised word starts a new name.
  if (
    isAcronym(t) &&
    !isAcronym(toks[end - 1]!) &&
    t.spaceBefore &&
    !titleAtToken(doc, end - 1, limit) &&
    (f & (MEDIA_HEAD_WORD | ORGANISATION_HEAD_WORD)) === 0
  )
    return true;
  // ("Kristen Day": a time noun, no weekday or month, right after a known given name is the surname.)
  if (
    (f & TEMPORAL_WORD) !== 0 &&
    (facts[end - 1]! & ORGANISATION_HEAD_WORD) === 0 &&
    !(end - i === 1 && givenNameGenderAt(doc, i) !== null && !WEEKDAYS_MONTHS.test(t.value))
  )
    return true;
  // "Mohammad al-Shaar Syrias interior minister": a country's name that lost its possessive apostrophe,
  // before a lower-case noun, owns the role after the name (the comma lost); it is no part of the name.
  if (strippedStateBeforeNoun(doc, end)) return true;
  // "France Britain and the United States": a state's name right after another's starts a new name (the comma lost).
  if (placeGovernmentAt(doc, i)?.endToken === end && placeGovernmentAt(doc, end) !== null) return true;
  // "an attack on Turkey Haberturk reported": a country after a preposition is a place that ends there;
  // the capitalised word after it starts the subject (the comma lost). ("Syria Direct" is a body's head.)
  if (
    toks[i - 1]?.pos === 'ADP' &&
    placeGovernmentAt(doc, i)?.endToken === end &&
    (f & (MEDIA_HEAD_WORD | ORGANISATION_HEAD_WORD)) === 0
  )
    return true;
  // "Speaking to Anadolu Agency Yusuf Haddad": a body's name ends at its head; a person's
  // given name and surname after it start another name (the comma was lost). ("the Peoples Council
  // of Syria Hadiya Abbas": or at the country its head is of.)
  if (
    end - i >= 2 &&
    ((facts[end - 1]! & ORGANISATION_HEAD_WORD) !== 0 ||
      (toks[end - 2]!.lower === 'of' && placeGovernmentAt(doc, end - 1)?.endToken === end)) &&
    givenNameGenderAt(doc, end) !== null &&
    end + 1 < limit &&
    (isNameToken(doc, end + 1) ||
      PARTICLES.has(toks[end + 1]!.lower) ||
      // "Pathologist at the Aleppo University Hashim told reporters": a lone given name, then its verb.
      toks[end + 1]!.pos === 'VERB' ||
      toks[end + 1]!.pos === 'AUX')
  )
    return true;
  // "Kevin Kennedy Regional Humanitarian Coordinator": a title after a person's name is no part of it.
  if (end - i >= 2 && givenNameGenderAt(doc, i) !== null && titleAfter(doc, end, limit)) return true;
  // "Kenneth Lund Human Rights Watchs executive director": a body's possessive and a role after the name.
  return end - i === 2 && givenNameGenderAt(doc, i) !== null && bodyRoleAfter(doc, end, limit);
}

/** A lower-case particle at `end` inside a name ("bin Laden", "de la Cruz", "al-Assad"): one past what the run takes, or `end`. */
function particleGlue(doc: Document, end: number, limit: number): number {
  const toks = doc.tokens;
  const next = toks[end + 1];
  if (next === undefined || end + 1 >= limit) return end;
  if (isNameToken(doc, end + 1) && next.spaceBefore) return end + 1;
  // "de la Cruz", "van der Berg": two particles before the name.
  const after2 = toks[end + 2];
  if (
    PARTICLES.has(next.value) &&
    after2 !== undefined &&
    end + 2 < limit &&
    isNameToken(doc, end + 2) &&
    next.spaceBefore &&
    after2.spaceBefore
  )
    return end + 2;
  if (isJoiner(next)) {
    const after = toks[end + 2];
    if (after !== undefined && !after.spaceBefore && end + 2 < limit && isNameToken(doc, end + 2)) return end + 3;
  }
  return end;
}

/** A connector at `end` inside an organisation's or title's name ("Ministry of Defence", "Secretary of State"): one past the name after it, or `end`. */
function connectorLink(doc: Document, end: number, limit: number): number {
  const toks = doc.tokens;
  const prev = toks[end - 1]!;
  let k = end + 1;
  if (toks[k]?.value === 'the') k++;
  if (
    k < limit &&
    isNameToken(doc, k) &&
    (doc.facts[k]! & TEMPORAL_WORD) === 0 &&
    ((doc.facts[end - 1]! & ORGANISATION_HEAD_WORD) !== 0 || titleAtToken(doc, end - 1, end) !== null)
  )
    return k + 1;
  return end;
}

/**
 * Whether capitalised words from `k` (at most four) end in a body's head in the
 * possessive, its apostrophe kept or lost (`Human Rights Watch's`, `Human Rights
 * Watchs`), and a lower-case role follows (`executive director`).
 */
function bodyRoleAfter(doc: Document, k: number, limit: number): boolean {
  const toks = doc.tokens;
  for (let m = k; m < Math.min(limit, k + 4); m++) {
    const t = toks[m]!;
    if (!isCapitalised(t)) return false;
    let after = -1;
    const next = toks[m + 1];
    if (
      (doc.facts[m]! & ORGANISATION_HEAD_WORD) !== 0 &&
      next !== undefined &&
      (next.lower === "'s" || next.lower === '’s')
    )
      after = m + 2;
    else if (t.value.length > 3 && t.value.endsWith('s') && isOrganisationHead(t.value.slice(0, -1))) after = m + 1;
    if (after === -1) continue;
    for (let r = after; r < Math.min(limit, after + 3); r++) {
      const u = toks[r]!;
      if (u.value !== u.lower) return false;
      if (roleAtToken(doc, r, limit) !== null) return true;
    }
    return false;
  }
  return false;
}

/** Whether capitalised words from `k` (at most three) end in a role noun (`Regional Humanitarian Coordinator`). */
function titleAfter(doc: Document, k: number, limit: number): boolean {
  const toks = doc.tokens;
  for (let m = k; m < Math.min(limit, k + 4); m++) {
    const t = toks[m]!;
    if (!isCapitalised(t)) return false;
    const r = roleAtToken(doc, m, limit);
    if (r !== null) return true;
  }
  return false;
}

/**
 * Whether the capitalised word at `i` is glued before a person's name that the
 * page lost a comma or a word before: a country (`envoy for Syria Staffan de
 * Mistura`) or the end of a title (`… and Security Policy Federica Mogherini`),
 * known by a given name two to four words on.
 */
function gluedBeforePerson(doc: Document, i: number, limit: number): boolean {
  const toks = doc.tokens;
  // (Every test up to the place's is a way to answer no: the cheapest, and the one most names fail —
  // no second name word after this one —, first.)
  const next = toks[i + 1];
  if (next === undefined || i + 2 >= limit || !next.spaceBefore || !isNameToken(doc, i + 1)) return false;
  if (givenNameGenderAt(doc, i) !== null || titleAtToken(doc, i, limit) !== null) return false;
  // "Government spokesman Rimtalba Jean Emmanuel Ouedraogo": right after a lower-case role noun a
  // name starts, whether or not its first word is a given name we know.
  const before = toks[i - 1];
  if (before !== undefined && before.value === before.lower && roleAtToken(doc, i - 1, i)?.plural === false)
    return false;
  // A country before a name of two words or more.
  const place = placeGovernmentAt(doc, i);
  if (
    place !== null &&
    place.endToken === i + 1 &&
    // "envoy for Syria Staffa de Mistura": a particle may stand between the two name words.
    (isNameToken(doc, i + 2) || (PARTICLES.has(toks[i + 2]!.lower) && isNameToken(doc, i + 3))) &&
    (doc.facts[i + 2]! & ORGANISATION_HEAD_WORD) === 0
  ) {
    return (doc.facts[i + 1]! & ORGANISATION_HEAD_WORD) === 0;
  }
  // A given name further on, with a surname after it.
  for (let m = i + 1; m < Math.min(limit - 1, i + 4); m++) {
    if (!isNameToken(doc, m) || !toks[m]!.spaceBefore) return false;
    // ("Musafa Abu Mohammad": "Abu" opens a kunya inside the name, no given name after a title.)
    if (
      givenNameGenderAt(doc, m) !== null &&
      !PARTICLES.has(toks[m]!.lower) &&
      isNameToken(doc, m + 1) &&
      toks[m + 1]!.spaceBefore
    )
      return true;
  }
  return false;
}

/**
 * Extends a run one token to the left over a lower-case particle glued by a
 * hyphen (`al-` in `al-Jaafari`) or a separate particle (`de` in `de Mistura`).
 *
 * @example
 * ```ts
 * const doc = parse('Later al-Jaafari spoke.');
 * runStart(doc, 3); // 1 (the run starts at "al")
 * ```
 */
export function runStart(doc: Document, first: number): number {
  const toks = doc.tokens;
  const a = toks[first - 1];
  const b = toks[first - 2];
  if (a !== undefined && (a.value === '-' || a.value === '‐') && !a.spaceBefore && !toks[first]!.spaceBefore) {
    if (b !== undefined && PARTICLES.has(b.lower) && b.sentence === toks[first]!.sentence) return first - 2;
  }
  if (a !== undefined && PARTICLES.has(a.value) && a.sentence === toks[first]!.sentence && a.value !== 'y') {
    // "de Mistura" only when the particle starts the phrase ("…, de Mistura said").
    if (b === undefined || !isNameToken(doc, first - 2)) return first - 1;
  }
  return first;
}

/**
 * Whether a lower-case word is a name particle (`de`, `al`, `bin`).
 *
 * @example
 * ```ts
 * isParticle('de'); // true
 * ```
 */
export function isParticle(lower: string): boolean {
  return PARTICLES.has(lower);
}

/**
 * The core key words of a name: lower case, accents, apostrophes and
 * hyphens removed, particles dropped (`al-Ja’afari` → `jaafari`,
 * `Staffan de Mistura` → `staffan mistura`).
 *
 * @example
 * ```ts
 * coreWords("Bashar al-Ja'afari"); // ['bashar', 'jaafari']
 * ```
 */
export function coreWords(name: string): string[] {
  const hit = coreCache.get(name);
  if (hit !== undefined) return hit;
  const words = computeCore(name);
  if (coreCache.size > 5000) coreCache.clear();
  coreCache.set(name, words);
  return words;
}

const coreCache = new Map<string, string[]>();

/**
 * {@link coreWords} of the text of tokens `[first, end)`, read from the tokens
 * themselves: no name string to build, hash and look up in the cache. Valid
 * only where the caller's input equals the normalised text (`doc.text ===
 * doc.norm`, true of most pages); returns `null` when the text needs the
 * general path (a character beyond ASCII, or a gap between tokens that is not
 * plain whitespace), and the caller then uses `coreWords(text)`.
 *
 * @example
 * ```ts
 * const doc = parse("Envoy Bashar al-Ja'afari spoke.");
 * coreWordsOfTokens(doc, 1, 6); // ['bashar', 'jaafari']
 * ```
 */
export function coreWordsOfTokens(doc: Document, first: number, end: number): string[] | null {
  const toks = doc.tokens;
  const norm = doc.norm;
  const out: string[] = [];
  let word = '';
  for (let k = first; k < end; k++) {
    const t = toks[k]!;
    if (k > first) {
      const gapStart = toks[k - 1]!.end;
      if (t.start > gapStart) {
        // Words split at whitespace; anything else between tokens goes the general way.
        for (let g = gapStart; g < t.start; g++) {
          const c = norm.charCodeAt(g);
          if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return null;
        }
        if (word !== '' && !PARTICLES.has(word)) out.push(word);
        word = '';
      }
    }
    // "John Smith III" clusters with "Smith": a generational suffix is no core word.
    if (isNameSuffix(t.value) && k > first) continue;
    const v = t.lower;
    let plain = true;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 0x7f) return null;
      if (c === 0x2d || c === 0x27 || c === 0x60) plain = false;
    }
    if (plain) {
      word = word === '' ? v : word + v;
      continue;
    }
    // Hyphens split words, apostrophes and backticks are dropped.
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c === 0x2d) {
        if (word !== '' && !PARTICLES.has(word)) out.push(word);
        word = '';
      } else if (c !== 0x27 && c !== 0x60) word += v[i];
    }
  }
  if (word !== '' && !PARTICLES.has(word)) out.push(word);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_APOSTROPHES = /['`]/g;
const SEPARATORS = /[\s-]+/;

function computeCore(name: string): string[] {
  if (!NON_ASCII.test(name)) {
    // Fast path for plain ASCII names: no accents or typographic apostrophes to fold.
    return name
      .toLowerCase()
      .replace(ASCII_APOSTROPHES, '')
      .split(SEPARATORS)
      .filter((w, i) => w !== '' && !PARTICLES.has(w) && !(i > 0 && isNameSuffixWord(w)));
  }
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .split(/[\s\-‐‑]+/)
    .filter((w, i) => w !== '' && !PARTICLES.has(w) && !(i > 0 && isNameSuffixWord(w)));
}
