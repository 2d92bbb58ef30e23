/**
 * Zones: which paragraphs are the headline, the dateline, the article body,
 * or page furniture (boilerplate).
 *
 * The rules read the shape of each paragraph, not the words of any one site:
 *
 * 1. Each paragraph gets a shape: `furniture` (a known furniture line such as
 *    "Skip to main content" or an archive banner), `header` (a section label
 *    that opens a list of links: "Latest news", "Similar stories"), `stamp`
 *    (only a date/time), `teaser` (truncated with "…"), `title` (short, no
 *    sentence-final punctuation) or `prose`.
 * 2. The headline is the title right above a byline (`By Jane Okafor, AP`),
 *    else the last title of four or more words above the first prose
 *    paragraph; other lines up there (breadcrumbs such as `World | Africa |
 *    Politics`, bylines) are navigation (boilerplate), except
 *    a date/time stamp (dateline) and a long standfirst (body).
 * 3. Below, a section header starts a run of boilerplate that lasts while the
 *    paragraphs are link-list shaped (titles, teasers, stamps, short lines) and
 *    ends at the next real prose paragraph.
 * 4. A short title line glued (single line break) above furniture belongs to it
 *    ("The 95th Anniversary Appeal" above "Support the Morning Star").
 * 5. A dateline opening the first body paragraph (`London, 27 Feb –`,
 *    `Damascus/Geneva:`, `GENEVA/BEIRUT`) is its own zone.
 */
import lexicon from '../lexicon/boilerplate.json';
import type { ZoneKind } from '../types.js';
import type { Block } from './layout.js';

/** The shape of one paragraph. */
export type BlockShape = 'furniture' | 'header' | 'stamp' | 'teaser' | 'title' | 'prose';

/** What zone detection decided for the paragraphs. */
export interface ZoneLayout {
  /** Zone kind per block. */
  readonly kinds: ZoneKind[];
  /** Index of the headline block, or -1. */
  readonly headline: number;
  /** A dateline prefix of a body block: [block, start, end] in normalised offsets. */
  readonly datelines: [number, number, number][];
  /** A link-list tail of a body block (`… Related News …` to its end): [block, start] in normalised offsets. */
  readonly tails: [number, number][];
}

const MAX_PATTERN_LINE = 300;
const headers = new Set(lexicon.sectionHeaders);

/**
 * Whether a pattern can join others in one alternation: anchored at its start
 * (`^…`), with no `|` outside a group or class (`^a|b` leaves `b` unanchored)
 * and no back-reference (the groups are renumbered).
 */
function joinable(p: string): boolean {
  if (!p.startsWith('^') || /\\[1-9]/.test(p)) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * The patterns of one list as few expressions: the anchored ones joined into
 * one alternation tried at the line's start (one call where there were a
 * dozen, for every paragraph of every page), the others as they are. A line
 * matches the result exactly when it matches one of `patterns`.
 *
 * @internal
 * @example
 * ```ts
 * patternList(['^menu$', '^home$', 'rss feed'], 'i').length; // 2: `^(?:(?:menu$)|(?:home$))` and /rss feed/i
 * ```
 */
export function patternList(patterns: readonly string[], flags: string): RegExp[] {
  const anchored = patterns.filter(joinable);
  const rest = patterns.filter((p) => !joinable(p)).map((p) => new RegExp(p, flags));
  if (anchored.length === 0) return rest;
  return [new RegExp(`^(?:${anchored.map((p) => `(?:${p.slice(1)})`).join('|')})`, flags), ...rest];
}

const linePatterns = patternList(lexicon.linePatterns, 'i');
const caseSensitivePatterns = patternList(lexicon.caseSensitiveLinePatterns, '');
const ageStampPatterns = patternList(lexicon.ageStampPatterns, 'i');
const stampPatterns = patternList(lexicon.stampPatterns, 'i');
const inlineTailHeaders: readonly string[] = lexicon.inlineTailHeaders;

/**
 * Runs of non-blank characters, counted without allocating; the count stops
 * once it passes `limit` (blocks can be long, and every caller only compares
 * the count with a small number), so the result is `min(words, limit + 1)`.
 */
function wordCount(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const blank = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
    if (!blank && !inWord && ++n > limit) return n;
    inWord = !blank;
  }
  return n;
}

/** Strips trailing colon/dash/space and lower-cases, for header lookup. */
function headerKey(s: string): string {
  let e = s.length;
  while (e > 0 && ':-–—|>»›. '.includes(s[e - 1]!)) e--;
  return s.slice(0, e).toLowerCase();
}

/** Whether the line is a section header, tolerating a short glued suffix ("You might also likeRELATED"). */
function isHeader(line: string): boolean {
  if (line.length > 60) return false;
  const key = headerKey(line);
  if (headers.has(key)) return true;
  // A header with a short label glued to it without a space ("You might also likeRELATED").
  for (let cut = key.length - 1; cut >= 4; cut--) {
    const rest = line.slice(cut);
    if (rest.length > 12 || /\s/.test(rest) || /\s/.test(line[cut - 1]!)) continue;
    if (headers.has(key.slice(0, cut))) return true;
  }
  return false;
}

function endsSentence(s: string): boolean {
  let e = s.length;
  while (e > 0 && '"”’\')]'.includes(s[e - 1]!)) e--;
  if (e === 0) return false;
  const c = s[e - 1]!;
  return c === '.' || c === '!' || c === '?' || c === ';';
}

function isTruncated(s: string): boolean {
  return s.endsWith('...') || s.endsWith('…');
}

/**
 * A one-sentence line of 3–25 words: a headline written with a final full stop
 * (one inner break is tolerated for abbreviations such as "Dr. Ben Carson").
 * Used only when it is in title case (or short, and not a quotation) and the
 * paragraph after it is longer, as body text is.
 */
function isShortTitleSentence(text: string): boolean {
  const words = wordCount(text, 22);
  if (words < 3 || words > 22 || sentenceBreaks(text) > 1 || !endsSentence(text)) return false;
  // Title case up to 22 words; sentence case only when short and not opening with a quotation.
  return isTitleCase(text) || (words <= 14 && !/^["“‘']/.test(text));
}

/** Most words of four letters or more start with a capital, as in a headline ("Clinton Leads In New Poll."). */
function isTitleCase(text: string): boolean {
  let long = 0;
  let capital = 0;
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]{3,}/gu)) {
    long++;
    if (/\p{Lu}/u.test(m[0][0]!)) capital++;
  }
  return long > 0 && capital / long >= 0.6;
}

/** Whether a line is a byline (`By Jane Okafor`, `By Amina Yusuf, Associated Press`): the case-sensitive furniture patterns. */
function isByline(text: string): boolean {
  if (text.length > MAX_PATTERN_LINE) return false;
  for (const re of caseSensitivePatterns) if (re.test(text)) return true;
  return false;
}

/** Classifies one paragraph by its shape. */
export function blockShape(text: string): BlockShape {
  const short = text.length <= MAX_PATTERN_LINE;
  if (short) {
    if (isHeader(text)) return 'header';
    // `Updated 2 hours ago`: the age of the page when it was read dates nothing in the article.
    for (const re of ageStampPatterns) if (re.test(text)) return 'furniture';
    for (const re of stampPatterns) if (re.test(text)) return 'stamp';
    for (const re of linePatterns) if (re.test(text)) return 'furniture';
    if (isByline(text)) return 'furniture';
  }
  if (isTruncated(text)) return 'teaser';
  if (!endsSentence(text) && wordCount(text, 25) <= 25) return 'title';
  return 'prose';
}

/** Sentence boundaries inside a text: `.`, `!` or `?` (and a closing quote) before a space and a capital. */
function sentenceBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    if ('"”’\')'.includes(text[j]!)) j++;
    if (text[j] === ' ' && /[A-Z“"‘']/.test(text[j + 1] ?? '')) n++;
  }
  return n;
}

/**
 * Prose that ends a run of link-list boilerplate: several full sentences, or a
 * finished paragraph that is long or followed by more prose (a teaser's
 * one-sentence standfirst is not).
 */
function isRealProse(shapes: readonly BlockShape[], texts: readonly string[], i: number): boolean {
  const text = texts[i]!;
  if (shapes[i] !== 'prose') return false;
  const words = wordCount(text, 60);
  if (words >= 25 && sentenceBreaks(text) >= 2) return true;
  if (!endsSentence(text)) return false;
  if (words >= 60) return true;
  return words >= 15 && shapes[i + 1] === 'prose' && endsSentence(texts[i + 1]!);
}

// Datelines: "London, 27 Feb –", "Damascus/Geneva: ", "GENEVA/BEIRUT ", "BEIRUT (Reuters) - ",
// "BENI, Congo, July 28 (Reuters) - ", "KHAN YOUNIS, Gaza Strip (AP) — ".
const PLACE = "[A-Z][A-Za-z.'-]{1,20}";
const CAPS = "[A-Z][A-Z.'-]{2,20}";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const AGENCY =
  '(?:\\((?:Reuters|AFP|AP|Anadolu|dpa|Xinhua|SANA|IRNA|UPI|PTI|IANS|Sputnik|TASS|CNN|Al Jazeera)\\)\\s?)?';
const DASH = '[–—:-]';
/** A word of a place after its first (`Guatemala City`, true-cased wire copy may leave it in lower case). */
const PLACE_WORD = "[A-Za-z][A-Za-z.'-]{1,20}";
/** The country or region after the place, AP and Reuters style (`BENI, Congo, July 28`, `KHAN YOUNIS, Gaza Strip (AP) —`). */
const REGION = `(?:, ${PLACE}(?: ${PLACE}){0,2})?`;
/** The source in brackets after a dated dateline (`(Radio Venceremos)`, `(ACAN - EFE)`): any, the date vouches for the line. */
const SOURCE = '(?:\\([^()\\n]{1,40}\\) ?)?';
const DATELINES: RegExp[] = [
  // Place, 27 Feb –   /   Place, Feb 27, 2017 —   /   wire copy: SAN JOSE (COSTA RICA), 9 JUN 89 (ACAN-EFE) --
  new RegExp(
    `^${PLACE}(?:[ /]${PLACE_WORD}){0,3}(?: \\(${PLACE_WORD}(?: ${PLACE_WORD}){0,2}\\))?${REGION}, (?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})(?:,? (?:\\d{4}|\\d{2}))? ?${SOURCE}(?:--|${DASH}) ?`,
  ),
  // PLACE (Reuters) -   /   Place/Place:   /   Place (AFP) –   /   Place (Country) (AFP) -
  new RegExp(
    `^${PLACE}(?:[ /]${PLACE}){0,3}(?: \\(${PLACE_WORD}(?: ${PLACE_WORD}){0,2}\\))?${REGION},? ${AGENCY.slice(0, -1)}${DASH} ?`,
  ),
  new RegExp(`^${PLACE}(?:/${PLACE}){0,3} ?${DASH} `),
  // GENEVA/BEIRUT Syrian…   /   NEW YORK/LONDON Stocks…  (several places joined by slashes)
  new RegExp(`^${CAPS}(?: ${CAPS})?(?:/${CAPS}(?: ${CAPS})?){1,3}(?: ?${AGENCY}${DASH})? (?=[A-Z])`),
  // NEW YORK — / NEW YORK (Reuters) -
  new RegExp(`^${CAPS} ${CAPS} ?${AGENCY}${DASH} ?`),
  new RegExp(`^${CAPS}(?:, [A-Z][a-z]{2,20})? ?${AGENCY}${DASH} ?`),
];

/** The length of a dateline opening `text`, or 0. */
export function datelineLength(text: string, firstBody: boolean): number {
  for (let i = 0; i < DATELINES.length; i++) {
    // The title-case "Place:" form is only trusted at the top of the article.
    if (i === 2 && !firstBody) continue;
    const m = DATELINES[i]!.exec(text.slice(0, 120));
    if (m !== null) {
      const len = m[0].length;
      // Leave trailing spaces out of the zone.
      let e = len;
      while (e > 0 && text[e - 1] === ' ') e--;
      return e;
    }
  }
  return 0;
}

/**
 * Decides the zone of every block.
 *
 * @param norm - normalised text
 * @param blocks - its paragraphs
 */
export function detectZones(norm: string, blocks: readonly Block[]): ZoneLayout {
  const n = blocks.length;
  const texts = blocks.map((b) => norm.slice(b.start, b.end));
  const shapes = texts.map(blockShape);
  const kinds: ZoneKind[] = new Array<ZoneKind>(n).fill('body');
  const { headline, firstProse } = findHeadline(blocks, texts, shapes);
  markTop(kinds, shapes, texts, headline, firstProse);
  markFurniture(kinds, shapes, texts, firstProse);
  attachTitlesToFurniture(kinds, shapes, texts, blocks, headline);
  return { kinds, headline, datelines: findDatelines(kinds, texts, blocks), tails: findTails(kinds, texts, blocks) };
}

/** How far into a paragraph an inline section header may start a link-list tail (not a standfirst's opening words). */
const MIN_TAIL_START = 200;

/**
 * The longest link-list tail: a flattened page's list of related headlines runs about 1 KB (a dozen
 * headlines), so 4,000 characters leaves it room. The bound keeps one endless paragraph (several
 * pages joined into one, a story that names a "Most Read" section) from becoming boilerplate from
 * such a header to its end: the text after it stays the article's.
 */
const MAX_TAIL_LENGTH = 4000;

/**
 * A page flattened into one paragraph keeps its section headers inline: `…
 * Source TRTWorld and agencies Related News Iraqs vote violations | …`, `…
 * to flee. Read Also`. From such a header (matched with its case, after a
 * space, at the paragraph's end or before a capital, digit or quote, within
 * the paragraph's last {@link MAX_TAIL_LENGTH} characters) to the end of the
 * paragraph is the link list, not the article.
 */
function findTails(kinds: readonly ZoneKind[], texts: readonly string[], blocks: readonly Block[]): [number, number][] {
  const tails: [number, number][] = [];
  for (let b = 0; b < texts.length; b++) {
    if (kinds[b] !== 'body') continue;
    const text = texts[b]!;
    if (text.length <= MIN_TAIL_START) continue;
    let cut = -1;
    const from = Math.max(MIN_TAIL_START, text.length - MAX_TAIL_LENGTH);
    for (const h of inlineTailHeaders) {
      let k = text.indexOf(h, from);
      while (k >= 0 && (cut < 0 || k < cut)) {
        if (inlineHeaderAt(text, k, h.length)) {
          cut = k;
          break;
        }
        k = text.indexOf(h, k + h.length);
      }
    }
    if (cut >= 0) tails.push([b, blocks[b]!.start + cut]);
  }
  return tails;
}

/** Whether the header of length `len` at `k` stands alone: a blank before, and the end, a capital, a digit or a quote after. */
function inlineHeaderAt(text: string, k: number, len: number): boolean {
  const before = text.charCodeAt(k - 1);
  if (before !== 0x20 && before !== 0x09) return false;
  let j = k + len;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j === text.length) return true;
  if (j === k + len) return false; // glued to a word (`Related Newsletter`)
  const c = text.charCodeAt(j);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x22 || c === 0x201c;
}

/**
 * Headline: the last title of ≥ 4 words above the first prose paragraph (shorter
 * lines up there are usually site names and section labels); failing that, the
 * only title of two or three words up there ("Flood Waters Recede"); failing
 * that, a short one-sentence first paragraph set apart by a blank line (titles
 * that end with a full stop). Returns its block (or -1) and the first prose block
 * below the top (`blocks.length` when there is none).
 */
function findHeadline(
  blocks: readonly Block[],
  texts: readonly string[],
  shapes: readonly BlockShape[],
): { headline: number; firstProse: number } {
  const n = blocks.length;
  let firstProse = shapes.indexOf('prose');
  if (firstProse < 0) firstProse = n;
  let headline = -1;
  // A title right above a byline (`By Amina Yusuf, Associated Press`) is the headline, however short.
  for (let i = 1; i < firstProse; i++) {
    if (shapes[i] !== 'furniture' || !isByline(texts[i]!)) continue;
    if (shapes[i - 1] === 'title' && wordCount(texts[i - 1]!, 2) >= 2) return { headline: i - 1, firstProse };
    break;
  }
  const shortTitles: number[] = [];
  for (let i = firstProse - 1; i >= 0; i--) {
    if (shapes[i] !== 'title') continue;
    const words = wordCount(texts[i]!, 4);
    if (words >= 4) {
      headline = i;
      break;
    }
    if (words >= 2) shortTitles.push(i);
  }
  if (headline < 0 && shortTitles.length === 1) headline = shortTitles[0]!;
  if (
    headline < 0 &&
    firstProse === 0 &&
    n > 1 &&
    isShortTitleSentence(texts[0]!) &&
    blocks[0]!.endLine < blocks[1]!.firstLine && // set apart by a blank line
    wordCount(texts[1]!, 22) > wordCount(texts[0]!, 22) // and shorter than what follows (texts[0] has ≤ 22 words)
  ) {
    headline = 0;
    firstProse = 1;
    while (firstProse < n && shapes[firstProse] !== 'prose') firstProse++;
  }
  return { headline, firstProse };
}

/** The blocks above the first prose block: the headline, datelines, body and boilerplate. */
function markTop(
  kinds: ZoneKind[],
  shapes: readonly BlockShape[],
  texts: readonly string[],
  headline: number,
  firstProse: number,
): void {
  for (let i = 0; i < firstProse; i++) {
    const shape = shapes[i]!;
    if (i === headline) kinds[i] = 'headline';
    else if (shape === 'stamp') kinds[i] = 'dateline';
    else if (i > headline && headline >= 0 && shape === 'title' && wordCount(texts[i]!, 5) >= 5) kinds[i] = 'body';
    else if (shape === 'prose' || shape === 'teaser') kinds[i] = 'body';
    else kinds[i] = 'boilerplate';
  }
}

/** Below the top: furniture, and link lists after a section header. */
function markFurniture(
  kinds: ZoneKind[],
  shapes: readonly BlockShape[],
  texts: readonly string[],
  firstProse: number,
): void {
  let inList = false;
  for (let i = firstProse; i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (shape === 'header') {
      kinds[i] = 'boilerplate';
      inList = true;
      continue;
    }
    if (shape === 'furniture') {
      kinds[i] = 'boilerplate';
      continue;
    }
    if (inList) {
      if (isRealProse(shapes, texts, i)) inList = false;
      else {
        kinds[i] = 'boilerplate';
        continue;
      }
    }
    if (shape === 'stamp') kinds[i] = 'boilerplate';
  }
}

/** A short title glued above furniture belongs to it. */
function attachTitlesToFurniture(
  kinds: ZoneKind[],
  shapes: readonly BlockShape[],
  texts: readonly string[],
  blocks: readonly Block[],
  headline: number,
): void {
  for (let i = blocks.length - 1; i > 0; i--) {
    if (kinds[i] !== 'boilerplate') continue;
    const prev = i - 1;
    if (kinds[prev] !== 'body' || shapes[prev] !== 'title' || prev === headline) continue;
    if (wordCount(texts[prev]!, 8) > 8) continue;
    if (blocks[prev]!.endLine !== blocks[i]!.firstLine) continue; // separated by a blank line
    kinds[prev] = 'boilerplate';
  }
}

/** A dateline opening a body paragraph: [block, start, end] of each. */
function findDatelines(
  kinds: readonly ZoneKind[],
  texts: readonly string[],
  blocks: readonly Block[],
): [number, number, number][] {
  const datelines: [number, number, number][] = [];
  let seenBody = false;
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i] !== 'body') continue;
    const len = datelineLength(texts[i]!, !seenBody);
    seenBody = true;
    if (len > 0 && len < texts[i]!.length) datelines.push([i, blocks[i]!.start, blocks[i]!.start + len]);
  }
  return datelines;
}
