import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { numberValue, ordinalValue, readQuantity, wordsValue } from '../../src/numbers/index.js';

// A small test-side renderer of English number words, independent of the lexicon.
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

interface Style {
  /** "forty-eight" or "forty eight". */
  hyphen: boolean;
  /** British "one hundred and twelve". */
  and: boolean;
  /** "a hundred" instead of "one hundred" when the number starts with one hundred/thousand. */
  article: boolean;
  casing: 'lower' | 'upper' | 'title';
}

function belowHundred(n: number, s: Style): string {
  if (n < 20) return UNITS[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t}${s.hyphen ? '-' : ' '}${UNITS[n % 10]}`;
}

function belowThousand(n: number, s: Style): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(`${UNITS[h]} hundred`);
  if (rest > 0) parts.push(h > 0 && s.and ? `and ${belowHundred(rest, s)}` : belowHundred(rest, s));
  return parts.join(' ');
}

function render(n: number, s: Style): string {
  let words: string;
  if (n === 0) words = 'zero';
  else {
    const parts: string[] = [];
    let rest = n;
    for (const [value, name] of SCALES) {
      const k = Math.floor(rest / value);
      if (k > 0) parts.push(`${belowThousand(k, s)} ${name}`);
      rest %= value;
    }
    if (rest > 0) {
      const text = belowThousand(rest, s);
      parts.push(parts.length > 0 && rest < 100 && s.and ? `and ${text}` : text);
    }
    words = parts.join(' ');
    if (s.article) words = words.replace(/^one (hundred|thousand|million|billion)/, 'a $1');
  }
  if (s.casing === 'upper') return words.toUpperCase();
  if (s.casing === 'title') return words.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return words;
}

const style = fc.record({
  hyphen: fc.boolean(),
  and: fc.boolean(),
  article: fc.boolean(),
  casing: fc.constantFrom<Style['casing']>('lower', 'upper', 'title'),
});

function withSeparators(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe('number round trips (fast-check)', () => {
  it('the renderer itself writes what a person would', () => {
    const s: Style = { hyphen: true, and: true, article: false, casing: 'lower' };
    expect(render(48, s)).toBe('forty-eight');
    expect(render(112, s)).toBe('one hundred and twelve');
    expect(render(260_000, s)).toBe('two hundred and sixty thousand');
    expect(render(1_000_005, s)).toBe('one million and five');
  });

  it('numberValue reads back any integer below ten billion written in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), style, (n, s) => {
        expect(numberValue(render(n, s))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('readQuantity reads the same words from tokens and stops before the noun', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), style, (n, s) => {
        const words = render(n, s);
        const doc = parse(`${words} villagers`);
        const q = readQuantity(doc.tokens, 0);
        expect(q?.value).toBe(n);
        expect(doc.tokens[q!.endToken]?.lower).toBe('villagers');
      }),
      { numRuns: 150 },
    );
  });

  it('numberValue and readQuantity read digits with comma, dot or space thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(',', '.', ' '), (n, sep) => {
        const text = withSeparators(n, sep);
        expect(numberValue(text)).toBe(n);
        const doc = parse(`They counted ${text} people.`);
        const q = readQuantity(doc.tokens, 2);
        expect(q?.min).toBe(n);
        expect(doc.tokens[q!.endToken]?.lower).toBe('people');
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(numberValue(String(n))).toBe(n);
      }),
    );
  });

  it('decimals with a scale word give whole counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        expect(numberValue(`${whole}.${tenth} million`)).toBe(whole * 1_000_000 + tenth * 100_000);
      }),
    );
  });

  it('ordinals in words read back as their rank', () => {
    const ORD: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth' };
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 4, 5, 6, 7, 8, 9), fc.constantFrom(1, 2, 3, 5, 8, 9), (tens, unit) => {
        expect(ordinalValue(`${TENS[tens]}-${ORD[unit]}`)).toBe(tens * 10 + unit);
      }),
    );
  });

  it('never throws and never reads past the limit on arbitrary token soup', () => {
    const vocab = fc.constantFrom(
      'one',
      'hundred',
      'and',
      'a',
      'half',
      'dozen',
      'dozens',
      'of',
      'thousands',
      'at',
      'least',
      'between',
      'to',
      'or',
      'more',
      '12',
      '1,000',
      '-',
      'people',
      'killed',
      'several',
      'few',
      'million',
    );
    fc.assert(
      fc.property(fc.array(vocab, { minLength: 1, maxLength: 12 }), fc.nat(11), (words, at) => {
        const doc = parse(words.join(' '));
        const limit = Math.min(doc.tokens.length, at + 4);
        const q = readQuantity(doc.tokens, at, limit);
        if (q !== null) {
          expect(q.endToken).toBeGreaterThan(q.firstToken);
          expect(q.endToken).toBeLessThanOrEqual(limit);
          if (q.min !== null && q.max !== null) expect(q.min).toBeLessThanOrEqual(q.max);
        }
        expect(() => wordsValue(words)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
