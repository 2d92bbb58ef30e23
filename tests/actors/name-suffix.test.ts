import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';
import { isNameSuffix } from '../../src/actors/lexicon.js';

describe('generational suffixes belong to the name', () => {
  it('keeps III, II and Jr. in the name, never as the name alone', () => {
    expect(brief('"The dam will hold," said Peter Quill III, the county engineer.')).toEqual([
      ['direct', 'The dam will hold,', 'Peter Quill III'],
    ]);
    expect(brief('Harold Vance Jr., said the ferry would run again.')).toEqual([
      ['indirect', 'the ferry would run again', 'Harold Vance Jr.'],
    ]);
    expect(brief('Harold Vance Sr. said the ferry would run again.')).toEqual([
      ['indirect', 'the ferry would run again', 'Harold Vance Sr.'],
    ]);
  });

  it('keeps the suffix in upper-case wire copy', () => {
    expect(brief('"THE FERRY WILL RUN," SAID HAROLD VANCE JR.')).toEqual([
      ['direct', 'THE FERRY WILL RUN,', 'HAROLD VANCE JR.'],
    ]);
    expect(brief('"THE DAM WILL HOLD," SAID PETER QUILL III.')).toEqual([
      ['direct', 'THE DAM WILL HOLD,', 'PETER QUILL III'],
    ]);
  });

  it('reads a role word before the suffix as a surname ("King Jr.")', () => {
    expect(brief('Daniel Luther King Jr. said the vote was fair.')).toEqual([
      ['indirect', 'the vote was fair', 'Daniel Luther King Jr.'],
    ]);
  });

  it('clusters a later surname with the suffixed full name', () => {
    expect(brief('Peter Quill IV toured the harbour.\n\n"We need dredgers," Quill said.')).toEqual([
      ['direct', 'We need dredgers,', 'Peter Quill IV'],
    ]);
  });

  it('reads the suffixes as written', () => {
    expect(isNameSuffix('Jr.')).toBe(true);
    expect(isNameSuffix('III')).toBe(true);
    expect(isNameSuffix('iii')).toBe(false);
  });
});
