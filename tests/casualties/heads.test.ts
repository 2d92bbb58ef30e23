import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { isPersonHead, isVictimHead } from '../../src/casualties/lexicon.js';

describe('casualties: heads of counted people', () => {
  it('never takes a weapon for people, capitalised or not (the shared weapons class is a non-victim noun)', () => {
    const toks = parse('Police Seize Rifles And Grenades From Smugglers').tokens;
    const at = (w: string) => toks.find((t) => t.value === w)!;
    for (const w of ['Rifles', 'Grenades']) {
      expect(isPersonHead(at(w))).toBe(false);
      expect(isVictimHead(at(w))).toBe(false);
    }
    expect(isPersonHead(at('Smugglers'))).toBe(true);
  });
});
