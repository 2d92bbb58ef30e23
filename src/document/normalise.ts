/**
 * Text normalisation that never loses an offset.
 *
 * wink-nlp and the extractors read a normalised copy of the input: odd spaces
 * become plain spaces, `\r` becomes a newline or a space, guillemets become
 * straight double quotes, and mojibake — UTF-8 bytes mis-decoded as
 * Windows-1252 or Latin-1 (`â€™`, `Ã©`, `Â `) — is repaired. Same-length
 * replacements keep offsets identical; a repair that shortens the text records
 * an offset map, so every offset in the normalised text converts back to the
 * caller's input exactly.
 */

import glued from '../lexicon/en/glued-openers.json';

/**
 * The result of {@link normalise}.
 *
 * @example
 * ```ts
 * const n: Normalised = normalise('it\u00e2\u20ac\u2122s'); // "itâ€™s"
 * n.text; // 'it’s'
 * n.map;  // Int32Array [0, 1, 2, 5, 6]: normalised offset → input offset
 * ```
 */
export interface Normalised {
  /** The normalised text. */
  readonly text: string;
  /**
   * `map[i]` is the input offset of normalised character `i`, and
   * `map[text.length]` is the input length; `null` when offsets are identical.
   */
  readonly map: Int32Array | null;
  /**
   * Normalised offsets of the spaces put back between two glued sentences (`…in SyriaThe
   * Pentagon says…` → `Syria The`: a capitalised closed-class opener of
   * `src/lexicon/en/glued-openers.json` right after a lower-case letter); each maps to the input
   * offset of the word after it. Empty for almost every text.
   */
  readonly glued: readonly number[];
}

/** Windows-1252 characters for bytes 0x80–0x9F, used to undo mojibake. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The byte a mis-decoded character stands for, or -1. */
function byteOf(ch: number): number {
  if (ch >= 0x80 && ch <= 0xff) return ch; // Latin-1 reading (also covers C1 controls)
  const i = CP1252_HIGH.indexOf(String.fromCharCode(ch));
  return i >= 0 ? 0x80 + i : -1;
}

/** Same-length replacement of one code unit, or the code unit itself. */
function simpleReplacement(ch: number, next: number): number {
  switch (ch) {
    case 0x00a0: // no-break space
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0x0009: // tab
    case 0x000b:
    case 0x000c:
      return 0x20;
    case 0x000d: // CR: part of CRLF → space, lone CR → newline
      return next === 0x0a ? 0x20 : 0x0a;
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return 0x0a;
    case 0x00ab: // « »
    case 0x00bb:
    case 0x201e: // „
    case 0x2033: // ″
    case 0xff02: // fullwidth "
      return 0x22;
    case 0x2039: // ‹ ›
    case 0x203a:
    case 0x201a: // ‚
    case 0xff07:
      return 0x27;
    default:
      if (ch >= 0x2000 && ch <= 0x200a) return 0x20; // en/em/thin/hair spaces
      return ch;
  }
}

/** Characters deleted outright (zero-width, soft hyphen, BOM). */
function isDeleted(ch: number): boolean {
  return ch === 0x00ad || ch === 0x200b || ch === 0x200c || ch === 0x200d || ch === 0x2060 || ch === 0xfeff;
}

/** Capitalised sentence openers that a lost line break glues to the word before (lower case here). */
const GLUED_OPENERS: ReadonlySet<string> = new Set(glued.openers);
/** The longest opener, in letters: the scan of a candidate word stops past it. */
const GLUED_LONGEST = Math.max(...glued.openers.map((w) => w.length));

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Whether a UTF-16 code unit is an ASCII letter (`/[A-Za-z]/`).
 *
 * @example
 * ```ts
 * isAsciiLetter(0x41); // true: "A"
 * isAsciiLetter(0xe9); // false: "é"
 * ```
 */
export function isAsciiLetter(c: number): boolean {
  return isLowerAscii(c) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Whether the capital at `i` opens a sentence glued to the word before it by a scraped page that lost
 * its line break (`…in SyriaThe Pentagon says…`, `…were killedHe said…`): it follows two letters,
 * the last lower case, and opens a whole word of {@link GLUED_OPENERS} (not a hyphenated one).
 * Reads at most the opener's letters and the one after them.
 */
function gluedOpenerAt(text: string, i: number): boolean {
  if (i < 2 || !isLowerAscii(text.charCodeAt(i - 1)) || !isAsciiLetter(text.charCodeAt(i - 2))) return false;
  let j = i + 1;
  while (j < text.length && j - i <= GLUED_LONGEST && isLowerAscii(text.charCodeAt(j))) j++;
  if (j < text.length && isAsciiLetter(text.charCodeAt(j))) return false;
  return GLUED_OPENERS.has(text.slice(i, j).toLowerCase()) && (j === text.length || text.charCodeAt(j) !== 0x2d); // not "…Its-"
}

/**
 * Tries to read a mojibake sequence at `i`: a UTF-8 lead byte seen as `Â`, `Ã`,
 * `Ä`, `Å`, `â`… followed by continuation bytes seen as Windows-1252/Latin-1
 * characters. Returns the repaired code point and the input length consumed, or
 * `null` when the characters are not mojibake.
 */
function readMojibake(text: string, i: number): [number, number] | null {
  const lead = text.charCodeAt(i);
  let need: number;
  let cp: number;
  if (lead >= 0xc2 && lead <= 0xdf) {
    need = 1;
    cp = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    cp = lead & 0x0f;
  } else return null;
  if (i + need >= text.length) return null;
  for (let k = 1; k <= need; k++) {
    const b = byteOf(text.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (need === 1 && cp < 0x80) return null;
  if (need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return null;
  return [cp, need + 1];
}

/**
 * Normalises `input` for tokenisation without losing offsets.
 *
 * @example
 * ```ts
 * normalise('a\u00a0b').text; // 'a b' (same length, map null)
 * const n = normalise('it\u00e2\u20ac\u2122s'); // "itâ€™s"
 * n.text; // 'it’s'
 * n.map;  // Int32Array [0, 1, 2, 5, 6]
 * normalise('in SyriaThe army said').text; // 'in Syria The army said' (glued: [8])
 * ```
 */
export function normalise(input: string): Normalised {
  if (typeof input !== 'string') {
    throw new TypeError(
      `newsfacts: normalise(input): \`input\` must be a string, got ${input === null ? 'null' : typeof input}`,
    );
  }
  const n = input.length;
  let parts: string[] | null = null; // allocated once something changes
  let lengthChanged = false;
  let last = 0; // start of the pending unchanged run
  const emit = (at: number, skip: number, replacement: string): void => {
    if (parts === null) parts = [];
    if (at > last) parts.push(input.slice(last, at));
    parts.push(replacement);
    if (replacement.length !== skip) lengthChanged = true;
    last = at + skip;
  };
  const inserted: number[] = []; // input offsets before which a space is put back
  for (let i = 0; i < n; i++) {
    const ch = input.charCodeAt(i);
    if (ch < 0x80 && ch !== 0x09 && ch !== 0x0b && ch !== 0x0c && ch !== 0x0d) {
      // A capital right after a lower-case letter: two glued sentences ("SyriaThe")?
      if (ch <= 0x5a && ch >= 0x41 && i > 1 && isLowerAscii(input.charCodeAt(i - 1)) && gluedOpenerAt(input, i)) {
        emit(i, 0, ' ');
        inserted.push(i);
      }
      continue;
    }
    // Mojibake first: `Â` + no-break space, `â€™`, `Ã©`…
    if (ch >= 0xc2 && ch <= 0xef) {
      const m = readMojibake(input, i);
      if (m !== null) {
        const [cp, len] = m;
        emit(i, len, String.fromCharCode(simpleReplacement(cp === 0xa0 ? 0x20 : cp, -1)));
        i += len - 1;
        continue;
      }
      // `Â` left before a space by a mis-decoded no-break space
      if (ch === 0xc2 && i + 1 < n && input.charCodeAt(i + 1) === 0x20) {
        emit(i, 1, ' ');
        continue;
      }
    }
    if (isDeleted(ch)) {
      emit(i, 1, '');
      continue;
    }
    const rep = simpleReplacement(ch, i + 1 < n ? input.charCodeAt(i + 1) : -1);
    if (rep !== ch) emit(i, 1, String.fromCharCode(rep));
  }
  if (parts === null) return { text: input, map: null, glued: NONE };
  const chunks: string[] = parts;
  if (last < n) chunks.push(input.slice(last));
  const text = chunks.join('');
  if (!lengthChanged) return { text, map: null, glued: NONE };
  const map = buildMap(input, text, inserted);
  return { text, map, glued: gluedOffsets(map, inserted) };
}

/** No glued sentences (shared, never written). */
const NONE: readonly number[] = [];

/** The normalised offsets of the spaces put back before the input offsets `inserted` (the map sends each to the word after it). */
function gluedOffsets(map: Int32Array, inserted: readonly number[]): readonly number[] {
  if (inserted.length === 0) return NONE;
  const out: number[] = [];
  let k = 0;
  for (let j = 0; j < map.length - 1 && k < inserted.length; j++) {
    if (map[j] === inserted[k] && map[j + 1] === inserted[k]) {
      out.push(j);
      k++;
    }
  }
  return out;
}

/**
 * Aligns the normalised text with the input: unchanged characters map one to
 * one; a repaired or deleted run maps to where it started.
 */
function buildMap(input: string, text: string, inserted: readonly number[]): Int32Array {
  const map = new Int32Array(text.length + 1);
  let i = 0; // input offset
  let next = 0; // the next space put back ({@link gluedOpenerAt}), by the input offset it goes before
  for (let j = 0; j < text.length; j++) {
    // Skip deleted characters.
    while (i < input.length && isDeleted(input.charCodeAt(i))) i++;
    map[j] = i;
    if (next < inserted.length && inserted[next] === i) {
      // A space put back: no input character of its own (it maps to the word after it).
      next++;
      continue;
    }
    const ch = input.charCodeAt(i);
    const m = ch >= 0xc2 && ch <= 0xef ? readMojibake(input, i) : null;
    i += m !== null ? m[1] : 1;
  }
  map[text.length] = input.length;
  return map;
}

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it (the
 * actors and entities layers split names at it without a regex).
 *
 * @example
 * ```ts
 * isWhiteSpaceCode(0x20); // true
 * isWhiteSpaceCode(0xa0); // true: no-break space
 * isWhiteSpaceCode(0x2d); // false: a hyphen
 * ```
 */
export function isWhiteSpaceCode(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
