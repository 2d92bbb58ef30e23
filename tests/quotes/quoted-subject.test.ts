import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('quoted words that are only the subject of the content clause', () => {
  it('makes the whole clause after the cue one mixed quote', () => {
    expect(
      brief(
        'Colonel Ann Pike spoke at the base. She predicted "soft measures" would prove more useful than "brute force" raids.',
      ),
    ).toEqual([['mixed', '"soft measures" would prove more useful than "brute force" raids', 'Ann Pike']]);
  });

  it('keeps a quote that is a sentence of its own direct', () => {
    expect(brief('Ann Pike spoke at the base. She said: "We will hold the line." Then she left.')).toEqual([
      ['direct', 'We will hold the line.', 'Ann Pike'],
    ]);
  });
});

describe('an indirect quote before the cue and a direct one after "although he added:"', () => {
  it('gives both to the speaker, the pronoun to the named person', () => {
    expect(
      brief(
        'Harbour master Ian Lowe spoke on Monday. Better buoys could be part of the answer, Lowe said, although he added: "A storm can always move them."',
      ),
    ).toEqual([
      ['indirect', 'Better buoys could be part of the answer', 'Ian Lowe'],
      ['direct', 'A storm can always move them.', 'Ian Lowe'],
    ]);
  });

  it('also when the cue is inverted and a common noun opens the sentence', () => {
    expect(
      brief(
        'Harbour master Ian Lowe spoke on Monday. Equipment could be part of the answer, said Lowe, although he added: "A storm can always move it."',
      ),
    ).toEqual([
      ['indirect', 'Equipment could be part of the answer', 'Ian Lowe'],
      ['direct', 'A storm can always move it.', 'Ian Lowe'],
    ]);
  });
});
