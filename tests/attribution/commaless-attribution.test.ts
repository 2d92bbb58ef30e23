import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

const HEAD = 'Floods in the valley\n\nThe river rose again on Monday.';

describe('attributions that lost their commas', () => {
  it('takes a closing "-s" cue the tagger read as a noun ("a local broadcaster claims.")', () => {
    expect(brief(`${HEAD} At least 40 homes were flooded in the lower valley a Danish broadcaster claims.`)).toEqual([
      ['indirect', 'At least 40 homes were flooded in the lower valley', 'Danish broadcaster'],
    ]);
    expect(brief(`${HEAD} Two bridges have gone, a regional monitor reports.`)).toEqual([
      ['indirect', 'Two bridges have gone', 'regional monitor'],
    ]);
  });

  it('reads a demonym before a body noun as part of the description, no name', () => {
    expect(brief(`${HEAD} Two bridges have gone, a Danish broadcaster said.`)).toEqual([
      ['indirect', 'Two bridges have gone', 'Danish broadcaster'],
    ]);
  });

  it('takes "“…” said Name the role" with the apposition comma lost', () => {
    expect(brief(`${HEAD} "The water is at the doors" said Hanna Lind the mayor of the lower town.`)).toEqual([
      ['direct', 'The water is at the doors', 'Hanna Lind'],
    ]);
  });

  it('gives a doubled attribution one quote ("“…” said X a farmer said")', () => {
    expect(brief(`${HEAD} "The water is at the doors" said Hanna Lind a farmer said.`)).toEqual([
      ['direct', 'The water is at the doors', 'Hanna Lind'],
    ]);
  });
});

describe('"said adding …" with the comma lost', () => {
  it('keeps the quote before and gives the participle the same speaker', () => {
    expect(
      brief(`${HEAD} "Two bridges were lost near the mill" the ministry said adding some 40 homes were flooded.`),
    ).toEqual([
      ['direct', 'Two bridges were lost near the mill', 'ministry'],
      ['indirect', 'some 40 homes were flooded', 'ministry'],
    ]);
    expect(
      brief(`${HEAD} "The children were under ten" said relief chief Hanna Lind adding that a nurse was also hurt.`),
    ).toEqual([
      ['direct', 'The children were under ten', 'Hanna Lind'],
      ['indirect', 'a nurse was also hurt', 'Hanna Lind'],
    ]);
  });
});
