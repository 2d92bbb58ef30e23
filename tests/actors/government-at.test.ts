import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { governmentAt, findStateReferences } from '../../src/actors/context.js';

// Sentences written for these tests; none is taken from a data set.

const at = (text: string, word: string, nth = 0): string | null => {
  const doc = parse(text);
  const hits = doc.tokens.flatMap((t, i) => (t.lower === word ? [i] : []));
  return governmentAt(doc, word, hits[nth]!)?.name ?? null;
};

describe('governmentAt: which state a bare "the army" / "the government" is', () => {
  it('takes the country its own sentence names as the place of events over a focus named elsewhere', () => {
    const text =
      'Turkish officials met in Ankara on Monday. Turkey wants more trade. In northern Syria, the army shelled the market.';
    expect(at(text, 'army')).toBe('Syria');
  });

  it('keeps the focus when the sentence names the focus country too', () => {
    const text =
      'Turkish officials met in Ankara on Monday. Turkey wants more trade. Turkish officials said the army shelled a depot in Syria.';
    expect(at(text, 'army')).toBe('Turkey');
  });

  it('does not take a capital for the place of events ("his allies in Moscow")', () => {
    const text =
      'Syria is at war. Syrian troops entered the town. The government and its allies in Moscow denied bombing the clinic.';
    expect(at(text, 'government')).toBe('Syria');
  });

  it('takes the state named before with the same head ("the Turkish army … the army")', () => {
    const text =
      'Syria is at war. Syrian troops entered the town. The Turkish army moved in on Monday. Residents said the army shelled the market.';
    expect(at(text, 'army', 1)).toBe('Turkey');
  });

  it('gives the state references of the document the same answer', () => {
    const doc = parse(
      'Turkish officials met in Ankara on Monday. Turkey wants more trade. In northern Syria, the army shelled the market.',
    );
    expect(findStateReferences(doc).map((r) => r.actor.name)).toEqual(['Syria']);
  });

  it('leaves a bare reference unresolved with no focus and no place', () => {
    expect(at('Residents said the army shelled the market.', 'army')).toBeNull();
  });
});
