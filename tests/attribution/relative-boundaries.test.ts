import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

/** Non-restrictive relative clauses around a cue's content, on sentences written for this test (in no data set). */
describe('attribution: a relative clause and the content', () => {
  it('reads no quote from a cue verb inside a relative clause whose object is no clause', () => {
    expect(brief('The militia, which has pledged loyalty to the rebels, has been blamed for the raids.')).toEqual([]);
    expect(brief('The party, which promised reform, was accused of fraud.')).toEqual([]);
    expect(brief('The minister, who announced new measures, resigned on Friday.')).toEqual([]);
  });

  it('keeps a subject with its non-restrictive relative clause in a content without "that"', () => {
    expect(brief('The mayor said the convoy, which carried aid, was hit twice.')).toEqual([
      ['indirect', 'the convoy, which carried aid, was hit twice', 'mayor'],
    ]);
    expect(brief('Officials said the gunmen, who wore uniforms, opened fire.')).toEqual([
      ['indirect', 'the gunmen, who wore uniforms, opened fire', 'Officials'],
    ]);
    // An apposition between a pair of commas stays part of the subject as before.
    expect(brief('Officials said the commander, a veteran of the war, had fled.')).toEqual([
      ['indirect', 'the commander, a veteran of the war, had fled', 'Officials'],
    ]);
  });
});
