import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('"according to X which/who …": the relative clause tells of X (issue 12)', () => {
  it('sources the clause before the cue, with or without the commas', () => {
    expect(brief('Two boats sank on Friday according to the report which could not be verified.')).toEqual([
      ['indirect', 'Two boats sank on Friday', 'report'],
    ]);
    expect(brief('Two boats sank on Friday, according to the report, which could not be verified.')).toEqual([
      ['indirect', 'Two boats sank on Friday', 'report'],
    ]);
    expect(brief('The ferry was late according to Tom Hale who runs the port, and the buses were full.')).toEqual([
      ['indirect', 'The ferry was late', 'Tom Hale'],
    ]);
  });

  it('never makes the relative clause a quote', () => {
    for (const [, text] of brief('According to the mayor who visited the site the dam will hold.'))
      expect(text).not.toMatch(/^who /);
  });

  it('keeps a content after the cue when no relative follows X', () => {
    expect(brief('According to the engineers the dam will hold.')).toEqual([
      ['indirect', 'the dam will hold', 'engineers'],
    ]);
  });
});

describe('a present-tense verb the tagger reads as a noun opens a content clause (issue 12)', () => {
  it('reads "-s" verbs after a singular subject as the content’s verb', () => {
    expect(brief('Residents say the new dam amounts to theft.')).toEqual([
      ['indirect', 'the new dam amounts to theft', 'Residents'],
    ]);
    expect(brief('Critics said the new dam floods the valley.')).toEqual([
      ['indirect', 'the new dam floods the valley', 'Critics'],
    ]);
  });

  it('reads them after a relative clause of the subject too', () => {
    expect(brief('Critics say the new dam which could flood some 30000 homes amounts to theft.')).toEqual([
      ['indirect', 'the new dam which could flood some 30000 homes amounts to theft', 'Critics'],
    ]);
    expect(brief('The farmers say the dam which was built in 2010 floods their fields.')).toEqual([
      ['indirect', 'the dam which was built in 2010 floods their fields', 'farmers'],
    ]);
  });

  it('makes no clause of a plain noun phrase object', () => {
    expect(brief('The ministry denied sending army units to the border.')).toEqual([]);
    expect(brief('The militia denied the attacks on the convoy.')).toEqual([]);
  });
});
