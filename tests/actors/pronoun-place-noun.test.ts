import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('"he" never takes a place a place noun governs', () => {
  it('passes over "the village of Tarlo" to the person who spoke before', () => {
    const q = extract(
      'Farmer Omar Lutfi said troops had moved to retake the village of Tarlo from the rebels. He said the wells were still working.',
    ).quotes;
    expect(q.map((x) => x.speaker?.name ?? null)).toEqual(['Omar Lutfi', 'Omar Lutfi']);
  });

  it('passes over a name before "province" too', () => {
    const q = extract('Nurse Lina Sabbagh reached Tarlo province at dawn. She said the clinic was full.').quotes;
    expect(q[0]?.speaker?.name).toBe('Lina Sabbagh');
  });
});
