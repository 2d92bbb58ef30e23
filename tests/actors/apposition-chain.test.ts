import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('a chain of appositions with the commas lost', () => {
  it('gives the person before "the <role> of <place> a <description>", not the description', () => {
    const quotes = extract(
      'Fighting went on near the border. Mehmet Korkmaz the Governor of Adana a southern province told reporters the road was closed.',
    ).quotes;
    expect(quotes[0]?.speaker?.name).toBe('Mehmet Korkmaz');
    expect(quotes[0]?.speaker?.kind).toBe('person');
  });
});
