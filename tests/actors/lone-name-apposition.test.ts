import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speaker = (text: string) => extract(text).quotes[0]?.speaker ?? null;

describe('a lone given name before its description, the comma lost', () => {
  it('reads "Karim a resident of the town said" as Karim speaking, not the town', () => {
    const s = speaker(
      'Fighting went on near the border. Karim a resident of the eastern part of the town said the road was closed.',
    );
    expect(s?.name).toBe('Karim');
    expect(s?.kind).toBe('person');
  });
});

describe('a compass direction the tagger reads as an adverb', () => {
  it('keeps "the west of the town" inside the speaker phrase', () => {
    const s = speaker(
      'Shells fell overnight. Karim a resident of the government-controlled west of the town said two houses were hit.',
    );
    expect(s?.name).toBe('Karim');
  });
});
