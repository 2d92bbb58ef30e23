import { describe, expect, it } from 'vitest';
import { ANCHORS, TOKEN_CLASS, ANCHOR } from '../../src/casualties/lexicon.js';

describe('casualties lexicon: harm-phrase triggers are not outcome words', () => {
  it('starts the rules on "treatment", a lost limb and a passive "claimed", but keeps them out of ANCHORS', () => {
    for (const w of ['treatment', 'legs', 'eye', 'claimed']) {
      expect(ANCHORS.has(w)).toBe(false);
      expect((TOKEN_CLASS.get(w) ?? 0) & ANCHOR).toBe(ANCHOR);
    }
    for (const w of ['killed', 'wounded', 'toll', 'hostage']) expect(ANCHORS.has(w)).toBe(true);
  });
});
