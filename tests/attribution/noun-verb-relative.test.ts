import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('a relative clause whose verb the tagger reads as a noun', () => {
  it('keeps the main verb after it, so the content clause stays a clause', () => {
    const q = extract('Ian Lowe met the press. Tourists who swam near the wreck were reckless, he said.').quotes;
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([
      ['Tourists who swam near the wreck were reckless', 'Ian Lowe'],
    ]);
  });
});
