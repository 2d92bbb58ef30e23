import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speakers = (text: string): (string | null)[] => extract(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a speaker followed by a post-modifier whose comma was lost', () => {
  it('takes the noun a participle phrase modifies, not its object', () => {
    expect(
      speakers('Fighting went on near the border. Farmers contacted in the valley say prices had doubled.'),
    ).toEqual(['Farmers']);
  });
  it('takes the noun before a participle the tagger calls a noun, the comma before the attribution lost', () => {
    const q = extract(
      'Rebels blew up a depot under the old city late on Tuesday and killed at least nine soldiers a group tracking the violence said.',
    ).quotes[0];
    expect(q?.speaker?.name).toBe('group');
    expect(q?.text.endsWith('nine soldiers')).toBe(true);
  });
  it('takes the antecedent of a relative clause, not its object', () => {
    expect(
      speakers(
        'Fighting went on near the border. The London-based Yemen Monitor which tracks the conflict across the region said the road was closed.',
      ),
    ).toEqual(['Yemen Monitor']);
  });
  it('keeps a speaker that can speak after a participle', () => {
    expect(
      speakers('Fighting went on near the border. Crowds gathered outside the hospital officials said.')[0],
    ).not.toBe('hospital');
  });
});
