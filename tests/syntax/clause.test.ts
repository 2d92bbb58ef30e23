import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { asideOpenBefore, isCapitals, isUpperCase, objectEnd } from '../../src/syntax/index.js';

const words = (text: string) => parse(text).tokens;
const commas = (text: string) =>
  words(text)
    .map((t, i) => (t.value === ',' ? i : -1))
    .filter((i) => i >= 0);

describe('syntax: clauses', () => {
  it('finds the comma that opens a relative clause, an apposition or an aside', () => {
    const never = () => false;
    for (const s of [
      'The ferry union, which rejects the offer, said no.',
      'The ferry union, the largest in the port, said no.',
      'The ferry union, in a statement on Monday, said no.',
      'The ferry union, however, said no.',
    ]) {
      const [open, close] = commas(s);
      expect(asideOpenBefore(words(s), close!, 0, never), s).toBe(open);
    }
  });

  it('asks the caller whether a name opens the stretch', () => {
    const s = 'The ferry union, Harbour Workers United, said no.';
    const [open, close] = commas(s);
    expect(asideOpenBefore(words(s), close!, 0, () => false)).toBe(-1);
    expect(asideOpenBefore(words(s), close!, 0, (j) => j === open! + 1)).toBe(open);
  });

  it('opens nothing across a semicolon or for a comma of a list', () => {
    const s = 'Pilots stayed home; the union, meanwhile, struck.';
    expect(asideOpenBefore(words(s), commas(s)[1]!, 0, () => false)).toBe(commas(s)[0]);
    const list = 'Pilots, sailors, dockers went on strike.';
    expect(asideOpenBefore(words(list), commas(list)[1]!, 0, () => false)).toBe(-1);
    expect(asideOpenBefore(words(list), 500, 0, () => false)).toBe(-1);
  });

  it('ends a short object at a preposition, a verb or a comma', () => {
    const t = words('Strikers blocked the old ferry ramp in Valletta.');
    expect(objectEnd(t, 2, 8, t.length)).toBe(5);
    expect(objectEnd(t, 2, 2, t.length)).toBe(4);
    expect(objectEnd(t, 5, 4, t.length)).toBe(5);
    expect(objectEnd(t, 99, 4, t.length)).toBe(99);
  });
});

describe('syntax: capitals', () => {
  it('tells words in capitals', () => {
    expect(isCapitals('PORT')).toBe(true);
    expect(isCapitals('Port')).toBe(false);
    expect(isCapitals('')).toBe(false);
    expect(isUpperCase('AL-MINA 2')).toBe(true);
    expect(isUpperCase('ÉCOLE')).toBe(true);
    expect(isUpperCase('École')).toBe(false);
  });
});
