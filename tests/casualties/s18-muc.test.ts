import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

// Killed counts of wire copy (issue 14), session 18: a death told by an adverb on an injury verb
// ('fatally wounded'), the victims of a manner verb postposed after 'to death', and 'agent' as a
// person noun (police and security agents). Every sentence here was written for these tests, in
// mixed case and in capitals; none is from a data set.

/** The sentence as written and in wire capitals. */
const bothCases = (t: string): string[] => [t, t.toUpperCase()];
/** `[outcome, min]` of each figure. */
const counts = (t: string): [string, number | null][] => brief(t).map(([, o, min]) => [o, min]);

describe('an injury verb right after "fatally" or "mortally"', () => {
  it('is a death', () => {
    for (const [t, n] of [
      ['The gunmen fatally wounded the priest outside the church.', 1],
      ['Two guards were mortally wounded in the attack on the bank.', 2],
      ['A sniper fatally injured three soldiers near the bridge.', 3],
    ] as const)
      for (const v of bothCases(t)) expect(counts(v), v).toEqual([['killed', n]]);
  });

  it('not with other adverbs, nor for a killing word', () => {
    for (const v of bothCases('The bomb seriously wounded four people in the market.'))
      expect(counts(v), v).toEqual([['injured', 4]]);
    for (const v of bothCases('The blast critically injured a child.')) expect(counts(v), v).toEqual([['injured', 1]]);
  });
});

describe('a manner verb with its victims after "to death"', () => {
  it('counts the postposed object', () => {
    for (const [t, n] of [
      ['The guerrillas shot to death three peasants in the village square.', 3],
      ['The mob stoned to death two thieves.', 2],
      ['Unknown men stabbed to death a student near the university.', 1],
    ] as const)
      for (const v of bothCases(t)) expect(counts(v), v).toEqual([['killed', n]]);
  });

  it('still reads the passive, and a sentence to death counts no one', () => {
    for (const v of bothCases('Three peasants were hacked to death.')) expect(counts(v), v).toEqual([['killed', 3]]);
    for (const v of bothCases('The judge sentenced to death three men.')) expect(counts(v), v).toEqual([]);
    for (const v of bothCases('The colonel was sentenced to death in absentia.')) expect(counts(v), v).toEqual([]);
  });
});

describe('"agent" as a person noun', () => {
  it('counts police and security agents', () => {
    for (const [t, figs] of [
      ['A police agent died in the attack on the station.', [['killed', 1]]],
      [
        'The gunmen killed a security agent and his wife.',
        [
          ['killed', 1],
          ['killed', 1],
        ],
      ],
      ['An agent of the secret police was murdered in his car.', [['killed', 1]]],
      ['Four customs agents were wounded in the ambush.', [['injured', 4]]],
    ] as const)
      for (const v of bothCases(t)) expect(counts(v), v).toEqual(figs);
  });

  it('a chemical agent is no victim', () => {
    for (const v of bothCases('The nerve agent sarin was used in the attack.')) expect(counts(v), v).toEqual([]);
    for (const v of bothCases('Chemical agents killed 40 people in the town.'))
      expect(counts(v), v).toEqual([['killed', 40]]);
  });
});
