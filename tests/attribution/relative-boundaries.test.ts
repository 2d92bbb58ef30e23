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

describe('attribution: coordinated speakers after a content whose commas are lost', () => {
  it('cuts the first conjunct from the phrase before "and" as it cuts a lone speaker', () => {
    expect(brief('Rebels burned 40 houses in a raid on the market town health workers and a priest said.')).toEqual([
      ['indirect', 'Rebels burned 40 houses in a raid on the market town', 'health workers and a priest'],
    ]);
    expect(brief('The convoy was hit twice near the bridge local officials and residents said.')).toEqual([
      ['indirect', 'The convoy was hit twice near the bridge', 'local officials and residents'],
    ]);
  });

  it('leaves a coordination inside the content alone', () => {
    expect(brief('The army shelled the villages and the towns on Monday.')).toEqual([]);
  });
});

describe('attribution: a past form the tagger reads as a noun before an adjective and its object', () => {
  it('reads "shot dead three …" as the content clause verb', () => {
    expect(brief('Bandits shot dead four herders near the river, the district commissioner said.')).toEqual([
      ['indirect', 'Bandits shot dead four herders near the river', 'district commissioner'],
    ]);
    expect(brief('Militants took full control of the port, a local trader said.')).toEqual([
      ['indirect', 'Militants took full control of the port', 'local trader'],
    ]);
  });
});
