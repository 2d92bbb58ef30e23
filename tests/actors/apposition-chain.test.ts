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

describe('"he" after a speaker whose subject phrase names a place', () => {
  it('continues the speaker, not the place named inside the speaker phrase', () => {
    const quotes = extract(
      'A clinic in Kessab was hit. Zercan Topaca the mayor of Dorin a hill town across the river from Kessab told reporters that four people were hurt. He added that two others had died.',
    ).quotes;
    expect(quotes[0]?.speaker?.name).toBe('Zercan Topaca');
    expect(quotes[1]?.speaker?.name).toBe('Zercan Topaca');
  });
});
