import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('a parenthetical attribution inside the content', () => {
  it('runs the content over the attribution when the sentence goes on with a phrase', () => {
    expect(brief('The letters covered many topics, the archive said, including wages and rents.')).toEqual([
      ['indirect', 'The letters covered many topics, the archive said, including wages and rents', 'archive'],
    ]);
    expect(brief('The mill will close, the owners said, because the orders dried up.')).toEqual([
      ['indirect', 'The mill will close, the owners said, because the orders dried up', 'owners'],
    ]);
  });

  it('stops before a new clause after the attribution', () => {
    expect(brief('The mill will close, the owners said, and the workers left the hall.')).toEqual([
      ['indirect', 'The mill will close', 'owners'],
    ]);
  });

  it('takes a predicate whose verb the tagger reads as a noun', () => {
    expect(brief('The ferry company, the mayor says, plans to cut the night crossings.')).toEqual([
      ['indirect', 'The ferry company, the mayor says, plans to cut the night crossings', 'mayor'],
    ]);
  });
});
