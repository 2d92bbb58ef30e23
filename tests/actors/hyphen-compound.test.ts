import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a hyphenated compound before a speaker’s head noun', () => {
  it('keeps an adverb or adjective compound whole (well-placed, so-called, senior-most, long-time)', () => {
    expect(
      speakers(
        'The bridge stayed shut all week. One well-placed source said the repairs had stalled. ' +
          'A long-time observer said the council was tired. A so-called expert said the river was safe. ' +
          'The senior-most engineer said the cables had rusted. A high-ranking inspector said the tender would be delayed.',
      ),
    ).toEqual([
      'One well-placed source',
      'long-time observer',
      'so-called expert',
      'senior-most engineer',
      'high-ranking inspector',
    ]);
  });

  it('keeps the compound when it opens the sentence', () => {
    expect(speakers('Well-informed sources said the ferry contract was close.')).toEqual(['Well-informed sources']);
  });

  it('names the registry entity with the whole compound', () => {
    const names = extract('A well-placed official said the dam would hold.').entities.map((e) => e.name);
    expect(names).toContain('well-placed official');
  });
});
