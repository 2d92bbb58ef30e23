import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3); none is taken from a data set.

describe('owners whose possessive lost its apostrophe (scraped copy)', () => {
  it('gives forces after a glued country name to the state', () => {
    expect(summary('Russias Air Force bombed the bakery in the old town on Friday.')).toEqual([
      ['attributed', 'Russia'],
    ]);
  });

  it('gives fighters after a glued group name to the group', () => {
    expect(summary('ISILs fighters fired mortar shells at the bakery in the old town.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
  });

  it("gives a head of state's forces to the state", () => {
    expect(summary('Assads Air Force Kills Nine Farmers Near Hama')).toEqual([['attributed', 'Syria']]);
  });

  it('leaves a plural demonym alone (Syrians is no owner)', () => {
    expect(summary('The Syrians rebels fired mortar shells at the bakery in the old town.')).not.toContainEqual([
      'attributed',
      'Syria',
    ]);
  });
});

describe('appositions in an accusation', () => {
  it('does not read "a NATO member" after the accused as a second accused', () => {
    expect(
      summary('The mayor accused Greece, a NATO member, of shelling the fishing port on Tuesday night.'),
    ).toEqual([['attributed', 'Greece']]);
  });
});
