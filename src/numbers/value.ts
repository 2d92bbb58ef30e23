/**
 * Reading the value of a number written in digits or words.
 */
import lexicon from '../lexicon/numbers.json';

const UNITS: Readonly<Record<string, number>> = lexicon.units;
const TENS: Readonly<Record<string, number>> = lexicon.tens;
const SCALES: Readonly<Record<string, number>> = lexicon.scales;
const GROUPS: Readonly<Record<string, number>> = lexicon.groups;

/** Word scales that may follow a digit number ("1.2 million"); `m`/`k`/`bn` only when glued. */
const WORD_SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);

/** Whether a lower-case word is a cardinal number word (`six`, `forty`, `hundred`). */
export function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || WORD_SCALES.has(word);
}

/** The multiplier of a scale word (`million` → 1 000 000), or `null`. */
export function scaleOf(word: string): number | null {
  return WORD_SCALES.has(word) ? SCALES[word]! : null;
}

/** The value of a group noun (`dozen` → 12, `score` → 20, `half` → 0.5), or `null`. */
export function groupOf(word: string): number | null {
  return Object.hasOwn(GROUPS, word) ? GROUPS[word]! : null;
}

const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3}){2,}$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const MIXED_FRACTION = /^(\d+)[- ](\d)\/(\d{1,2})$/;
const FRACTION = /^(\d)\/(\d{1,2})$/;
const GLUED_SCALE = /^(\d+(?:\.\d+)?)(k|m|mn|bn)$/i;

/**
 * The value of one digit token: `76`, `250,000`, `1.2`, `1.200.000`, `3-1/2`,
 * `1/2`, `5m`, `2bn`. Returns `null` for anything else (dates such as
 * `01/02/2016`, ranges, times).
 *
 * @example
 * ```ts
 * digitValue('250,000'); // 250000
 * digitValue('3-1/2');   // 3.5
 * digitValue('01/02/2016'); // null
 * ```
 */
export function digitValue(token: string): number | null {
  if (token.length > 24) return null;
  if (PLAIN.test(token)) return Number(token);
  if (THOUSANDS_COMMA.test(token)) return Number(token.replace(/,/g, ''));
  if (THOUSANDS_DOT.test(token)) return Number(token.replace(/\./g, ''));
  let m = MIXED_FRACTION.exec(token);
  if (m !== null) {
    const den = Number(m[3]);
    return den === 0 ? null : Number(m[1]) + Number(m[2]) / den;
  }
  m = FRACTION.exec(token);
  if (m !== null) {
    const den = Number(m[2]);
    return den === 0 || Number(m[1]) >= den ? null : Number(m[1]) / den;
  }
  m = GLUED_SCALE.exec(token);
  if (m !== null) return Number(m[1]) * SCALES[m[2]!.toLowerCase()]!;
  return null;
}

/**
 * The value of a sequence of number words (already lower-cased, hyphens and
 * "and" removed): `['one', 'hundred', 'twelve']` → 112, `['forty', 'eight']`
 * → 48, `['two', 'dozen']` → 24, `['a', 'dozen']` → 12. Returns `null` when
 * the words do not form a number.
 *
 * @example
 * ```ts
 * wordsValue(['two', 'hundred', 'thousand']); // 200000
 * wordsValue(['forty', 'forty']); // null
 * ```
 */
export function wordsValue(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastKind: 'unit' | 'tens' | 'hundred' | 'scale' | 'group' | 'a' | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' || w === 'an') {
      if (lastKind !== null || i + 1 >= words.length) return null;
      current = 1;
      lastKind = 'a';
      continue;
    }
    if (w in UNITS) {
      if (lastKind === 'unit' || lastKind === 'a' || (lastKind === 'tens' && UNITS[w]! >= 10)) return null;
      if (lastKind === 'tens' && UNITS[w] === 0) return null;
      current += UNITS[w]!;
      lastKind = 'unit';
      seen = true;
    } else if (w in TENS) {
      if (lastKind === 'unit' || lastKind === 'tens' || lastKind === 'a') return null;
      current += TENS[w]!;
      lastKind = 'tens';
      seen = true;
    } else if (w === 'hundred') {
      if (lastKind === 'hundred' || lastKind === 'group') return null;
      current = (current === 0 ? 1 : current) * 100;
      lastKind = 'hundred';
      seen = true;
    } else if (WORD_SCALES.has(w)) {
      const scale = SCALES[w]!;
      if (lastKind === 'scale' && current === 0) return null;
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      lastKind = 'scale';
      seen = true;
    } else if (w === 'dozen' || w === 'score') {
      if (lastKind === 'group' || lastKind === 'hundred' || lastKind === 'scale') return null;
      current = (current === 0 ? 1 : current) * GROUPS[w]!;
      lastKind = 'group';
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/**
 * The value of a number written in a string: digits, words, or digits with
 * a scale word (`1.2 million`). Hyphens and "and" between words are allowed.
 *
 * @example
 * ```ts
 * numberValue('forty-eight');            // 48
 * numberValue('one hundred and twelve'); // 112
 * numberValue('1.2 million');            // 1200000
 * numberValue('260 000');                // 260000
 * numberValue('many');                   // null
 * ```
 */
export function numberValue(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (s.length === 0 || s.length > 200) return null;
  const direct = digitValue(s);
  if (direct !== null) return direct;
  // "260 000": space-separated thousands groups.
  if (/^\d{1,3}(?: \d{3})+$/.test(s)) return Number(s.replace(/ /g, ''));
  const parts = s.split(/[\s-]+/).filter((w) => w !== 'and');
  if (parts.length >= 2) {
    const head = digitValue(parts[0]!);
    if (head !== null) {
      const rest = wordsValue(parts.slice(1));
      return rest !== null && parts.slice(1).every((w) => WORD_SCALES.has(w)) ? Math.round(head * rest) : null;
    }
  }
  return wordsValue(parts);
}
