import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { numberValue, ordinalValue, readQuantity } from '../../src/numbers/index.js';

const q = (s: string, at = 0) => {
  const r = readQuantity(parse(s).tokens, at);
  return r === null ? null : { min: r.min, max: r.max, approximate: r.approximate, vague: r.vague };
};

describe('numbers', () => {
  it('reads digits, words and scale words', () => {
    expect(numberValue('76')).toBe(76);
    expect(numberValue('250,000')).toBe(250000);
    expect(numberValue('260 000')).toBe(260000);
    expect(numberValue('1.2 million')).toBe(1200000);
    expect(numberValue('forty-eight')).toBe(48);
    expect(numberValue('one hundred and twelve')).toBe(112);
    expect(numberValue('a dozen')).toBe(12);
    expect(numberValue('two dozen')).toBe(24);
    expect(numberValue('3-1/2')).toBe(3.5);
    expect(numberValue('01/02/2016')).toBeNull();
    expect(numberValue('twenty twenty')).toBeNull();
  });

  it('maps qualifiers to bounds as ANNOTATION.md says', () => {
    expect(q('AT LEAST nine soldiers')).toEqual({ min: 9, max: null, approximate: false, vague: false });
    expect(q('more than 32 people')).toEqual({ min: 33, max: null, approximate: false, vague: false });
    expect(q('over 1,500 people')).toEqual({ min: 1501, max: null, approximate: false, vague: false });
    expect(q('nearly 40 people')).toEqual({ min: null, max: 40, approximate: false, vague: false });
    expect(q('up to a dozen people')).toEqual({ min: null, max: 12, approximate: false, vague: false });
    expect(q('about 300 people')).toEqual({ min: 300, max: 300, approximate: true, vague: false });
    expect(q('between 12 and 20 people')).toEqual({ min: 12, max: 20, approximate: false, vague: false });
    expect(q('seven to nine people')).toEqual({ min: 7, max: 9, approximate: false, vague: false });
  });

  it('counts vague quantities as their conservative minimum', () => {
    expect(q('dozens of villagers')).toEqual({ min: 24, max: null, approximate: false, vague: true });
    expect(q('scores of villagers')?.min).toBe(40);
    expect(q('hundreds of villagers')?.min).toBe(200);
    expect(q('thousands of villagers')?.min).toBe(2000);
    expect(q('tens of thousands of villagers')?.min).toBe(20000);
    expect(q('several villagers')?.min).toBe(3);
    expect(q('a few villagers')?.min).toBe(2);
  });

  it('returns null where no number starts', () => {
    expect(q('the villagers')).toBeNull();
    expect(q('over the hill')).toBeNull();
    expect(q('a senior officer')).toBeNull();
  });
});

const span = (s: string, at = 0) => {
  const doc = parse(s);
  const r = readQuantity(doc.tokens, at);
  return r === null ? null : doc.norm.slice(doc.tokens[r.firstToken]!.start, doc.tokens[r.endToken - 1]!.end);
};
const full = (s: string, at = 0) => readQuantity(parse(s).tokens, at);

describe('numbers: word forms', () => {
  it('reads half, couple, "and a half" and article forms', () => {
    expect(numberValue('half a dozen')).toBe(6);
    expect(numberValue('a half dozen')).toBe(6);
    expect(numberValue('half a million')).toBe(500_000);
    expect(numberValue('one and a half')).toBe(1.5);
    expect(numberValue('two and a half million')).toBe(2_500_000);
    expect(numberValue('a hundred and fifty')).toBe(150);
    expect(numberValue('a couple')).toBe(2);
    expect(numberValue('twenty-five hundred')).toBe(2500);
    expect(q('a couple of porters')).toEqual({ min: 2, max: 2, approximate: true, vague: false });
    expect(q('half a dozen porters')).toEqual({ min: 6, max: 6, approximate: false, vague: false });
  });

  it('reads any letter case and hyphen style', () => {
    expect(numberValue('FORTY-EIGHT')).toBe(48);
    expect(numberValue('Forty Eight')).toBe(48);
    expect(numberValue('Ninety‐nine')).toBe(99); // U+2010 hyphen
    expect(q('Thirty-Three hikers')?.min).toBe(33);
    expect(q('MORE THAN TWENTY hikers')?.min).toBe(21);
  });

  it('stops at the longest prefix that is a number', () => {
    expect(span('seven and eight')).toBe('seven');
    expect(span('nine nine')).toBe('nine');
    expect(span('eleven a day')).toBe('eleven');
    expect(span('two hundred and then some')).toBe('two hundred');
    expect(numberValue('forty forty')).toBeNull();
    expect(numberValue('one thousand two million')).toBeNull();
    expect(numberValue('hundred')).toBeNull();
  });

  it('reads ordinals as ranks, never as quantities', () => {
    expect(ordinalValue('third')).toBe(3);
    expect(ordinalValue('Forty-Second')).toBe(42);
    expect(ordinalValue('22nd')).toBe(22);
    expect(ordinalValue('one hundred and fifth')).toBe(105);
    expect(ordinalValue('seventy')).toBeNull();
    expect(q('the ninth hiker', 1)).toBeNull();
    expect(q('a 9th hiker', 1)).toBeNull();
  });
});

describe('numbers: digits', () => {
  it('reads dot thousands, decimals before scale words, glued scales', () => {
    expect(numberValue('4.750')).toBe(4750);
    expect(numberValue('4.750 million')).toBe(4_750_000);
    expect(numberValue('0.5')).toBe(0.5);
    expect(numberValue('2.25')).toBe(2.25);
    expect(numberValue('7 hundred thousand')).toBe(700_000);
    expect(numberValue('3 dozen')).toBe(36);
    expect(numberValue('2.5bn')).toBe(2_500_000_000);
    expect(q('4.750 hikers')?.min).toBe(4750);
    expect(q('2.4 million hikers')?.min).toBe(2_400_000);
    expect(q('5 hundred thousand hikers')?.min).toBe(500_000);
  });

  it('glues space-separated thousands only on one line and after single spaces', () => {
    expect(span('18 500 hikers')).toBe('18 500');
    expect(span('18  500 hikers')).toBe('18');
    expect(span('18\n500 hikers')).toBe('18');
    expect(span('1234 567')).toBe('1234');
  });

  it('reads ranges in digits and words, scaling the low end', () => {
    expect(q('3,000-4,500 hikers')).toEqual({ min: 3000, max: 4500, approximate: false, vague: false });
    expect(q('8–11 hikers')).toEqual({ min: 8, max: 11, approximate: false, vague: false });
    expect(q('four or five hikers')).toEqual({ min: 4, max: 5, approximate: false, vague: false });
    expect(q('three to four thousand hikers')).toEqual({ min: 3000, max: 4000, approximate: false, vague: false });
    expect(q('between 5 and 7 million hikers')).toEqual({
      min: 5_000_000,
      max: 7_000_000,
      approximate: false,
      vague: false,
    });
    expect(q('between three and four hikers')?.max).toBe(4);
    expect(q('roughly 30 to 40 hikers')).toEqual({ min: 30, max: 40, approximate: true, vague: false });
    expect(q('between 9 and 3 hikers')).toBeNull();
  });

  it('reads qualifiers after the number', () => {
    expect(q('80 or more hikers')).toEqual({ min: 80, max: null, approximate: false, vague: false });
    expect(q('80 or so hikers')).toEqual({ min: 80, max: 80, approximate: true, vague: false });
    expect(q('80-odd hikers')).toEqual({ min: 80, max: null, approximate: false, vague: false });
    expect(q('80-plus hikers')).toEqual({ min: 80, max: null, approximate: false, vague: false });
    expect(q('80 or fewer hikers')).toEqual({ min: null, max: 80, approximate: false, vague: false });
    expect(span('80 or more hikers')).toBe('80 or more');
  });

  it('marks numbers glued by a hyphen to a word: modifiers, not counts', () => {
    expect(full('a 4,000-strong column', 1)?.hyphenated).toBe(true);
    expect(full('a 9-year-old boy', 1)?.hyphenated).toBe(true);
    expect(full('a ten-hour siege', 1)?.hyphenated).toBe(true);
    expect(full('Sixty-one-year-old porter')).toMatchObject({ value: 61, hyphenated: true });
    expect(full('ten hikers')?.hyphenated).toBe(false);
    expect(full('ten - hikers')?.hyphenated).toBe(false);
  });

  it('respects the limit it is given', () => {
    const doc = parse('at least 12 hikers');
    expect(readQuantity(doc.tokens, 0, 2)).toBeNull();
    expect(readQuantity(doc.tokens, 2, 3)?.min).toBe(12);
  });
});

describe('numbers: vague quantities and qualifiers', () => {
  it('combines vague words with scales and qualifiers', () => {
    expect(q('several dozen hikers')?.min).toBe(36);
    expect(q('a few thousand hikers')?.min).toBe(2000);
    expect(q('hundreds of thousands of hikers')?.min).toBe(200_000);
    expect(q('at least dozens of hikers')).toEqual({ min: 24, max: null, approximate: false, vague: true });
    expect(q('more than a dozen hikers')).toEqual({ min: 13, max: null, approximate: false, vague: false });
    expect(q('fewer than a dozen hikers')).toEqual({ min: null, max: 11, approximate: false, vague: false });
    expect(q('no fewer than 14 hikers')?.min).toBe(14);
    expect(q('well over 300 hikers')?.min).toBe(301);
    expect(q('an estimated 900 hikers')).toEqual({ min: 900, max: 900, approximate: true, vague: false });
    expect(q('another 15 hikers')).toEqual({ min: 15, max: 15, approximate: false, vague: false });
    expect(q('close to 70 hikers')).toEqual({ min: null, max: 70, approximate: false, vague: false });
  });
});

describe('numbers: fractions of scales and glued plus', () => {
  it('reads "a quarter of a million" and friends', () => {
    expect(numberValue('a quarter of a million')).toBe(250_000);
    expect(numberValue('three quarters of a million')).toBe(750_000);
    expect(numberValue('a third of a million')).toBe(333_333);
    expect(numberValue('three quarter of a million')).toBeNull();
    expect(q('more than a quarter of a million hikers')).toEqual({
      min: 250_001,
      max: null,
      approximate: false,
      vague: false,
    });
    expect(q('a quarter of the hikers')).toBeNull();
  });

  it('reads "20+" as at least 20', () => {
    expect(q('20+ hikers')).toEqual({ min: 20, max: null, approximate: false, vague: false });
  });
});
