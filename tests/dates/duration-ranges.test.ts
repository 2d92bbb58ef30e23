import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { extractDates } from '../../src/dates/index.js';
import { readQuantity } from '../../src/numbers/index.js';

/**
 * A range of durations is two TIMEX3 DURATIONs, as TimeML writes `between 60 and 90 days` (the lower
 * number alone, then the upper number with the unit): also when the range is glued in one token
 * (`30-40 days`, each duration a part of it) or joined by a dash with spaces (`30 -- 40 days`).
 * All sentences here were written for these tests.
 */
function dates(text: string): [string, string, string | null][] {
  const doc = parse(text, { publishedAt: '2019-03-13' });
  return extractDates(doc).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.type, d.value];
  });
}

describe('dates: ranges of durations', () => {
  const CASES: [string, [string, string, string | null][]][] = [
    [
      'The ceasefire held for 30-40 days.',
      [
        ['30', 'DURATION', 'P30D'],
        ['40 days', 'DURATION', 'P40D'],
      ],
    ],
    [
      'The ceasefire held for 30 -- 40 days.',
      [
        ['30', 'DURATION', 'P30D'],
        ['40 days', 'DURATION', 'P40D'],
      ],
    ],
    [
      'Repairs will take 2 - 3 weeks.',
      [
        ['2', 'DURATION', 'P2W'],
        ['3 weeks', 'DURATION', 'P3W'],
      ],
    ],
    [
      'He spent 5–7 years in exile.',
      [
        ['5', 'DURATION', 'P5Y'],
        ['7 years', 'DURATION', 'P7Y'],
      ],
    ],
    [
      'THE STRIKE LASTED 10 -- 12 HOURS.',
      [
        ['10', 'DURATION', 'PT10H'],
        ['12 HOURS', 'DURATION', 'PT12H'],
      ],
    ],
    [
      'The siege lasted 30 to 40 days.',
      [
        ['30', 'DURATION', 'P30D'],
        ['40 days', 'DURATION', 'P40D'],
      ],
    ],
    ['The talks lasted 30 days.', [['30 days', 'DURATION', 'P30D']]],
  ];
  for (const [text, want] of CASES) {
    it(text, () => {
      expect(dates(text)).toEqual(want);
    });
  }
});

describe('numbers: a dash with spaces between two numbers in digits', () => {
  const range = (s: string, at: number) => {
    const q = readQuantity(parse(s).tokens, at);
    return q === null ? null : [q.min, q.max];
  };
  it('reads a range ("30 -- 40", "20 - 30", "15 — 20")', () => {
    expect(range('killed 30 -- 40 people', 1)).toEqual([30, 40]);
    expect(range('killed 20 - 30 people', 1)).toEqual([20, 30]);
    expect(range('killed 15 — 20 people', 1)).toEqual([15, 20]);
  });
  it('reads no range where the second number is smaller, or is written in words', () => {
    expect(range('won 3 - 1 at home', 1)).toEqual([3, 3]);
    expect(range('killed 20 - thirty people', 1)).toEqual([20, 20]);
  });
});
