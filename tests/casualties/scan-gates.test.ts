import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const figures = (s: string) => extract(s, { publishedAt: '2016-06-30' }).casualties.map((c) => [c.text, c.confidence]);

// Sentences written for these tests (in no data set): the gates in front of the casualty rules read
// a token's string only where a class bit or its first character asks for it.
describe('casualty scan gates', () => {
  it('finds the subset forms that need no parent, in any case', () => {
    expect(figures('Those killed in the two raids include 14 children, officials said.')).toEqual([
      ['14 children', 0.9],
    ]);
    expect(figures('THOSE KILLED IN THE RAIDS INCLUDED 14 CHILDREN.').map((f) => f[0])).toEqual(['14 CHILDREN']);
  });

  it('reads a vague count as vague, a number as a number', () => {
    expect(figures('The blast killed a few villagers and 31 soldiers.')).toEqual([
      ['a few villagers', 0.8],
      ['31 soldiers', 0.9],
    ]);
    expect(figures('Dozens of miners were killed.')).toEqual([['Dozens of miners', 0.8]]);
  });

  it('keeps a sum of money out of the count', () => {
    expect(figures('The militia paid $5m in ransom after gunmen killed four guards.').map((f) => f[0])).toEqual([
      'four guards',
    ]);
  });
});
