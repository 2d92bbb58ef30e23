/**
 * Reading the value of a number written in digits or words.
 */
import lexicon from '../lexicon/numbers.json';
import { WordNumber, fractionOfScale } from './words.js';

const SCALES: Readonly<Record<string, number>> = lexicon.scales;
const GROUPS: Readonly<Record<string, number>> = lexicon.groups;
const ORDINALS: Readonly<Record<string, number>> = lexicon.ordinals;

/** Word scales that may follow a digit number ("1.2 million"); `m`/`k`/`bn` only when glued. */
const WORD_SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);

/**
 * Whether a lower-case word is a cardinal number word (`six`, `forty`, `hundred`).
 *
 * @example
 * ```ts
 * isNumberWord('forty'); // true
 * isNumberWord('dozen'); // false (a group noun, see groupOf)
 * ```
 */
export function isNumberWord(word: string): boolean {
  return Object.hasOwn(lexicon.units, word) || Object.hasOwn(lexicon.tens, word) || WORD_SCALES.has(word);
}

/**
 * The multiplier of a scale word (`million` → 1 000 000), or `null`.
 *
 * @example
 * ```ts
 * scaleOf('million'); // 1000000
 * scaleOf('dozen');   // null
 * ```
 */
export function scaleOf(word: string): number | null {
  return WORD_SCALES.has(word) ? SCALES[word]! : null;
}

/**
 * The value of a group noun (`dozen` → 12, `score` → 20, `half` → 0.5), or `null`.
 *
 * @example
 * ```ts
 * groupOf('dozen'); // 12
 * ```
 */
export function groupOf(word: string): number | null {
  return Object.hasOwn(GROUPS, word) ? GROUPS[word]! : null;
}

const ORDINAL_DIGITS = /^(\d{1,9})(?:st|nd|rd|th)$/;

/**
 * The value of an ordinal (`fifth` → 5, `twenty-first` → 21, `5th` → 5,
 * `hundredth` → 100), or `null`. Ordinals rank; they never count people.
 *
 * @example
 * ```ts
 * ordinalValue('twenty-first'); // 21
 * ordinalValue('13th');         // 13
 * ordinalValue('thirteen');     // null
 * ```
 */
export function ordinalValue(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (s.length === 0 || s.length > 60) return null;
  const d = ORDINAL_DIGITS.exec(s);
  if (d !== null) return Number(d[1]);
  const parts = s.split(/[\s\-‐‑–]+/).filter((w) => w !== 'and');
  const last = parts[parts.length - 1]!;
  if (!Object.hasOwn(ORDINALS, last)) return null;
  const rank = ORDINALS[last]!;
  if (parts.length === 1) return rank;
  const head = wordsValue(parts.slice(0, -1));
  if (head === null) return null;
  // "two hundredth", "three thousandth" multiply; "one hundred and first", "twenty-first" add.
  if (rank >= 100) return head * rank;
  if (head % 100 === 0) return head + rank;
  return head % 10 === 0 && head % 100 >= 20 && rank < 10 ? head + rank : null;
}

const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** `1.200.000`, and `3.500` (a single dot group of three digits after a non-zero lead). */
const THOUSANDS_DOT = /^(?:\d{1,3}(?:\.\d{3}){2,}|[1-9]\d{0,2}\.\d{3})$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const MIXED_FRACTION = /^(\d{1,6})[- ](\d)\/(\d{1,2})$/;
const FRACTION = /^(\d)\/(\d{1,2})$/;
const GLUED_SCALE = /^(\d{1,6}(?:\.\d{1,3})?)(k|m|mn|bn)$/i;

/**
 * The value of one digit token: `76`, `250,000`, `1.2`, `1.200.000`, `3.500`
 * (dot thousands: three digits after a dot), `3-1/2`, `1/2`, `5m`, `2bn`.
 * Returns `null` for anything else (dates such as `01/02/2016`, ranges, times).
 * Before a scale word a dotted number is a decimal (`1.250 million`): see
 * {@link decimalValue}.
 *
 * @example
 * ```ts
 * digitValue('250,000'); // 250000
 * digitValue('3.500');   // 3500
 * digitValue('3-1/2');   // 3.5
 * digitValue('01/02/2016'); // null
 * ```
 */
export function digitValue(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  // The common case, digits only ("76"): what PLAIN reads, without running the patterns.
  let plain = true;
  for (let k = 0; k < token.length && plain; k++) {
    const c = token.charCodeAt(k);
    plain = c >= 48 && c <= 57;
  }
  if (plain) return Number(token);
  if (THOUSANDS_DOT.test(token)) return Number(token.replace(/\./g, ''));
  if (PLAIN.test(token)) return Number(token);
  if (THOUSANDS_COMMA.test(token)) return Number(token.replace(/,/g, ''));
  let m = MIXED_FRACTION.exec(token);
  if (m !== null) {
    const den = Number(m[3]);
    return den === 0 || Number(m[2]) >= den ? null : Number(m[1]) + Number(m[2]) / den;
  }
  m = FRACTION.exec(token);
  if (m !== null) {
    const den = Number(m[2]);
    return den === 0 || Number(m[1]) >= den ? null : Number(m[1]) / den;
  }
  m = GLUED_SCALE.exec(token);
  if (m !== null) return Math.round(Number(m[1]) * SCALES[m[2]!.toLowerCase()]!);
  return null;
}

/**
 * The value of a digit token read as a decimal, the way it is meant before a
 * scale word (`1.250 million` → 1.25): dots are decimal points, commas
 * thousands separators. `null` when the token is not such a number.
 *
 * @example
 * ```ts
 * decimalValue('1.250'); // 1.25
 * decimalValue('1,200'); // 1200
 * ```
 */
export function decimalValue(token: string): number | null {
  if (token.length === 0 || token.length > 24) return null;
  if (PLAIN.test(token)) return Number(token);
  if (THOUSANDS_COMMA.test(token)) return Number(token.replace(/,/g, ''));
  return null;
}

/**
 * The value of a sequence of number words (lower-cased, hyphens removed,
 * "and" kept or removed): `['one', 'hundred', 'twelve']` → 112, `['forty',
 * 'eight']` → 48, `['two', 'dozen']` → 24, `['half', 'a', 'dozen']` → 6,
 * `['one', 'and', 'a', 'half']` → 1.5, `['a', 'quarter', 'of', 'a',
 * 'million']` → 250 000. Returns `null` when the words do not form one number.
 *
 * @example
 * ```ts
 * wordsValue(['two', 'hundred', 'thousand']); // 200000
 * wordsValue(['forty', 'forty']);             // null
 * ```
 */
export function wordsValue(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  const fraction = fractionOfScale(words);
  if (fraction !== null) return fraction.used === words.length ? fraction.value : null;
  const n = new WordNumber();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and' && n.acceptsAnd(words[i + 1], words[i + 2])) continue;
    if (!n.push(w)) return null;
  }
  return n.value();
}

/** A decimal times a scale word, without binary floating-point noise (1.15 × 1e6 → 1150000). */
function roundScaled(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) ? r : v;
}

const SPACE_THOUSANDS = /^\d{1,3}(?: \d{3})+$/;

/**
 * The value of a number written in a string: digits (with `,`, `.` or space
 * thousands), words (any case, hyphenated or not, British "and"), or digits
 * with a scale word (`1.2 million`, `3 dozen`). Not ranges, not vague words.
 *
 * @example
 * ```ts
 * numberValue('Forty-Eight');            // 48
 * numberValue('one hundred and twelve'); // 112
 * numberValue('1.2 million');            // 1200000
 * numberValue('260 000');                // 260000
 * numberValue('half a dozen');           // 6
 * numberValue('many');                   // null
 * ```
 */
export function numberValue(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (s.length === 0 || s.length > 200) return null;
  const direct = digitValue(s);
  if (direct !== null) return direct;
  if (SPACE_THOUSANDS.test(s)) return Number(s.replace(/ /g, ''));
  const parts = s.split(/[\s\-‐‑–]+/).filter((w) => w !== '');
  if (parts.length >= 2) {
    const head = decimalValue(parts[0]!);
    if (head !== null) {
      // Digits with scale words: "1.2 million", "3 hundred thousand", "2 dozen".
      const rest = parts.slice(1);
      let mult = 1;
      if (rest.length === 1 && rest[0] === 'dozen') mult = 12;
      else {
        let k = 0;
        if (rest[k] === 'hundred') {
          mult = 100;
          k++;
        }
        const big = rest[k] === undefined ? null : scaleOf(rest[k]!);
        if (big !== null && big > 100) {
          mult *= big;
          k++;
        }
        if (k !== rest.length) return null;
      }
      return roundScaled(head * mult);
    }
  }
  return wordsValue(parts);
}
