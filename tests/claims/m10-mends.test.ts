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
