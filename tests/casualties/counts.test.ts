import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { figures, only } from './helpers.js';

describe('casualties: counts as ANNOTATION.md §2 maps them', () => {
  it('maps qualifiers to bounds', () => {
    expect(only('Mortars killed over 76 herders.').count).toEqual({
      min: 77,
      max: null,
      exact: false,
      approximate: false,
    });
    expect(only('Mortars killed nearly 40 herders.').count).toEqual({
      min: null,
      max: 40,
      exact: false,
      approximate: false,
    });
    expect(only('Mortars killed some 200 herders.').count).toEqual({
      min: 200,
      max: 200,
      exact: true,
      approximate: true,
    });
    expect(only('Mortars killed between 10 and 15 herders.').count).toEqual({
      min: 10,
      max: 15,
      exact: false,
      approximate: false,
    });
    expect(only('Mortars killed 8 to 11 herders.').count).toEqual({
      min: 8,
      max: 11,
      exact: false,
      approximate: false,
    });
  });

  it('counts vague quantities as their conservative minimum', () => {
    const min = (t: string) => only(t).count.min;
    expect(min('Dozens of herders were killed.')).toBe(24);
    expect(min('Hundreds of herders were killed.')).toBe(200);
    expect(min('Tens of thousands of herders have been killed.')).toBe(20000);
    expect(min('Several herders were killed.')).toBe(3);
    expect(min('A few herders were hurt in the blast.')).toBe(2);
    expect(only('Dozens of herders were killed.').count.max).toBeNull();
  });

  it('reads numbers in digits with separators, words and scales', () => {
    const min = (t: string) => only(t).count.min;
    expect(min('The famine and the war have killed 1.5 million people.')).toBe(1_500_000);
    expect(min('The siege has killed 310 000 people.')).toBe(310_000);
    expect(min('Forty-seven herders were killed.')).toBe(47);
    expect(min('One hundred and six herders were killed.')).toBe(106);
    expect(min('Half a dozen herders were killed.')).toBe(6);
    expect(min('The war has killed more than a quarter of a million people.')).toBe(250_001);
  });
});

describe('casualties: spans', () => {
  it('spans the quantity with its qualifier and the victim head, in input offsets', () => {
    const text = 'On Friday\u00a0morning, rockets killed at least 31 others near Ma\u00e2\u20ac\u2122arrat.';
    const [f] = figures(text);
    expect(f?.text).toBe('at least 31 others');
    expect(text.slice(f!.start, f!.end)).toBe('at least 31 others');
  });

  it('keeps offsets exact after a repaired mojibake earlier in the text', () => {
    const text = 'Itâ€™s the third day. The strike killed 9 bakers.';
    const [f] = figures(text);
    expect(text.slice(f!.start, f!.end)).toBe('9 bakers');
  });

  it('is wired into extract()', () => {
    const r = extract('Rockets killed 4 herders, the council said.');
    expect(r.casualties.map((c) => [c.text, c.source?.name ?? null])).toEqual([['4 herders', 'council']]);
  });
});
