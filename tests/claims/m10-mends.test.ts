import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('an adjective state before an attack noun followed by "from" or "of"', () => {
  it('keeps the adjective reading when the "from" phrase names no army positions', () => {
    expect(summary('Russian air strikes from the Caspian hit three villages on Monday.')).toEqual([
      ['attributed', 'Russia'],
    ]);
  });

  it('keeps the adjective reading when the "of" phrase names a city, not a state', () => {
    expect(summary('Syrian airstrikes of Aleppo killed nine people on Monday.')).toEqual([['attributed', 'Syria']]);
  });
});

describe('a short form of a name that opens in lower case or with a non-ASCII capital', () => {
  it('reads "the al-Furqan Brigades" as the body named in full before', () => {
    expect(
      summary(
        'The al-Furqan Brigades for Liberation seized the hill on Monday. The al-Furqan Brigades later claimed the attack on the checkpoint.',
      ),
    ).toEqual([['claimed', 'al-Furqan Brigades for Liberation']]);
  });

  it('reads "the Ómar Front" as the body named in full before', () => {
    expect(
      summary(
        'The Ómar Front for Liberation seized the hill on Monday. The Ómar Front later claimed the attack on the checkpoint.',
      ),
    ).toEqual([['claimed', 'Ómar Front for Liberation']]);
  });
});

describe('the kidnapping words near a group’s promise to release someone', () => {
  it('reads every abduction form casualties.json counts ("kidnappings", "abduct")', () => {
    expect(
      summary(
        'The National Liberation Army has promised to release the Dutch engineer. Kidnappings of engineers have risen this year.',
      ),
    ).toEqual([['claimed', 'National Liberation Army']]);
    expect(
      summary(
        'The National Liberation Army has promised to release the Dutch engineer. Gunmen abduct engineers every month here.',
      ),
    ).toEqual([['claimed', 'National Liberation Army']]);
  });

  it('still needs some kidnapping word nearby', () => {
    expect(
      summary('The National Liberation Army has promised to release the Dutch engineer. Talks resume on Monday.'),
    ).toEqual([]);
  });
});
