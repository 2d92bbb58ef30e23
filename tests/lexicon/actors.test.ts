import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { canonicalActor } from '../../src/actors/known.js';

describe('group aliases (src/lexicon/actors.json)', () => {
  it('reads the wire-service "Islam Army" as Jaysh al-Islam', () => {
    expect(canonicalActor('Islam Army')?.name).toBe('Army of Islam');
    const r = extract(
      'Shelling hits suburb\n\nThe army blamed Islam Army insurgents for the shelling of the suburb on Friday.',
    );
    expect(r.claims.map((c) => [c.actor?.name, c.status])).toEqual([['Army of Islam', 'attributed']]);
  });
});
