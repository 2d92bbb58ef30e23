import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { modelNounNumber } from '../../src/document/nlp.js';

describe('a capitalised plural common noun opening a sentence', () => {
  it('is no person, and "he" goes to the person named before', () => {
    const r = extract(
      'Harbour master Ian Lowe met the press on Friday. Tourists who swam near the wreck were "plain reckless", he said.',
    );
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ian Lowe']);
    expect(r.entities.some((e) => e.name === 'Tourists')).toBe(false);
  });

  it('stays a name when the article also writes it capitalised inside a sentence', () => {
    const r = extract('Mayor Tom Banks opened the bridge. Banks said the tolls would fall next year.');
    expect(r.quotes[0]?.speaker?.name).toBe('Tom Banks');
  });

  it('reads a singular common noun opening a sentence as no person either, unless a speech verb follows', () => {
    const r = extract(
      'Harbour master Ian Lowe met the press on Friday. Equipment could be part of the answer, said Lowe, although he added: "Nothing replaces a pilot."',
    );
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ian Lowe', 'Ian Lowe']);
    expect(r.entities.some((e) => e.name === 'Equipment')).toBe(false);
  });

  it('asks the model: a known plural noun, not an unknown surname', () => {
    expect(modelNounNumber('tourists')).toBe('plural');
    expect(modelNounNumber('equipment')).toBe('singular');
    expect(modelNounNumber('jenkins')).toBe(null);
  });
});
