/**
 * Lines and paragraphs of the normalised text.
 *
 * A blank line always ends a paragraph. A single line break ends one too,
 * unless it looks like a soft wrap inside prose: the line is long, does not
 * end a sentence, and the next line starts in lower case.
 */

/** One line of text (offsets exclude the newline and surrounding blanks). */
export interface Line {
  /** First non-blank character. */
  readonly start: number;
  /** After the last non-blank character. */
  readonly end: number;
  /** Whether the line holds nothing but whitespace. */
  readonly blank: boolean;
}

/** A paragraph as a run of lines. */
export interface Block {
  readonly start: number;
  readonly end: number;
  /** Index of the first line in the block. */
  readonly firstLine: number;
  /** Index one past the last line in the block. */
  readonly endLine: number;
}

/** Splits `text` into lines, trimming each. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e, blank: s === e });
    i = j + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

const SENTENCE_END = /[.!?:;"”’)\]…]$/;
const LOWER_START = /^[a-z]/;

/**
 * Whether the break after `line` is a soft wrap into `next`. In wire copy written in capitals
 * (`raw`, before true-casing) the next line's first letter says nothing: a capital there may be
 * a name ("… IN EL / SALVADOR, SAID …"), so two shouted lines wrap like prose.
 */
function isSoftWrap(text: string, line: Line, next: Line, raw: string): boolean {
  if (line.end - line.start < 40) return false;
  const last = text.slice(Math.max(line.start, line.end - 1), line.end);
  const both = (): boolean => shouted(raw, line) && shouted(raw, next);
  // an editor's bracket closing a shouted line ends no sentence unless a stop comes before it
  // ("… FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] / URBAN CELLS PLACED …")
  if (last === ']' || last === ')') {
    const before = text.slice(Math.max(line.start, line.end - 2), line.end - 1);
    if (!SENTENCE_END.test(before) && both()) return true;
  }
  if (SENTENCE_END.test(last)) return false;
  return LOWER_START.test(text.slice(next.start, next.start + 1)) || both();
}

/** Whether a line has capitals and no lower-case letter. */
function shouted(raw: string, line: Line): boolean {
  let upper = false;
  for (let i = line.start; i < line.end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** Groups lines into paragraphs (`raw`: the same text before true-casing, same offsets). */
export function splitBlocks(text: string, lines: readonly Line[], raw: string = text): Block[] {
  const blocks: Block[] = [];
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (first < 0) first = i;
    const next = lines[i + 1];
    if (next !== undefined && !next.blank && isSoftWrap(text, line, next, raw)) continue;
    blocks.push({ start: lines[first]!.start, end: line.end, firstLine: first, endLine: i + 1 });
    first = -1;
  }
  return blocks;
}
