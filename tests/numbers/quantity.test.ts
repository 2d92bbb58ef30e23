import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { numberValue, readQuantity } from '../../src/numbers/index.js';

const q = (s: string) => {
  const r = readQuantity(parse(s).tokens, 0);
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
