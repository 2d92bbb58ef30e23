import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/document/sort.js';

/** A small deterministic generator (no Math.random: the test is the same on every run). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('sortSmall', () => {
  it('sorts numbers like Array.prototype.sort', () => {
    expect(sortSmall([3, 1, 2], (a, b) => a - b)).toEqual([1, 2, 3]);
    expect(sortSmall([], (a: number, b: number) => a - b)).toEqual([]);
    expect(sortSmall([7], (a, b) => a - b)).toEqual([7]);
  });

  it('sorts in place and returns the same array', () => {
    const xs = [2, 1];
    expect(sortSmall(xs, (a, b) => a - b)).toBe(xs);
    expect(xs).toEqual([1, 2]);
  });

  it('is stable: equal keys keep their order, as V8 sorts them, for short and long lists', () => {
    const next = lcg(42);
    for (let n = 0; n <= 40; n++) {
      for (let round = 0; round < 20; round++) {
        const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(next() * 4), id: i }));
        const cmp = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        const expected = [...items].sort(cmp).map((x) => x.id);
        expect(sortSmall([...items], cmp).map((x) => x.id)).toEqual(expected);
      }
    }
  });

  it('follows a comparator with several keys (a figure list: start, then end)', () => {
    const spans = [
      { start: 5, end: 9 },
      { start: 1, end: 4 },
      { start: 5, end: 7 },
      { start: 1, end: 4 },
    ];
    const out = sortSmall([...spans], (a, b) => a.start - b.start || a.end - b.end);
    expect(out.map((s) => `${s.start}-${s.end}`)).toEqual(['1-4', '1-4', '5-7', '5-9']);
  });
});
