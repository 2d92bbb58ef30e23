import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

/** Constructions of issue 12 (quotes on unseen news), each on a sentence written for the test. */
describe('quotes on pages that lost their punctuation', () => {
  it('takes the content before an attribution that lost its comma', () => {
    expect(brief('Shelling resumed overnight in the south the monitor said.')).toEqual([
      ['indirect', 'Shelling resumed overnight in the south', 'monitor'],
    ]);
    expect(brief('The ferry sank near the port the coastguard told Reuters in a statement.')).toEqual([
      ['indirect', 'The ferry sank near the port', 'coastguard'],
    ]);
    expect(brief('Two bridges collapsed after the storm Mayor Lena Vogt said on Friday.')).toEqual([
      ['indirect', 'Two bridges collapsed after the storm', 'Lena Vogt'],
    ]);
  });

  it('does not take a subordinate cue for an attribution that lost its comma', () => {
    expect(brief('The council did what the mayor said.')).toEqual([]);
    expect(brief('The tolls rose faster than the ministry said.')).toEqual([]);
  });

  it('starts the subject at an article after a noun when the comma is lost', () => {
    expect(brief('In a statement the centre said that talks had failed.')).toEqual([
      ['indirect', 'talks had failed', 'centre'],
    ]);
    expect(brief('After the briefing a U.N. official said the convoy was delayed.')).toEqual([
      ['indirect', 'the convoy was delayed', 'U.N. official'],
    ]);
  });
});
