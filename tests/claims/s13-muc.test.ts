import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 13: the parse of
// names a reader has never seen (unknown acronyms, unknown names). Every sentence here was written
// for these tests, in capitals and in mixed case; none is taken from a data set.

describe('an acronym the lexicon does not know, in the actor position', () => {
  it('is an organisation after accused/blamed/by, in capitals and in mixed case', () => {
    for (const [t, name] of [
      ['COLONEL ORTIZ ACCUSED THE BKDM OF KILLING THE TWO JUDGES.', 'BKDM'],
      ['Colonel Ortiz accused the BKDM of killing the two judges.', 'BKDM'],
      ['THE AMBUSH ON THE CONVOY WAS CARRIED OUT BY THE SFMK, THE GOVERNOR SAID.', 'SFMK'],
      ['The ambush on the convoy was blamed on the KRPF, a faction that split from the rebel army.', 'KRPF'],
      ['Two judges were shot dead by gunmen of the VRDN near the court.', 'VRDN'],
    ] as const) {
      expect(summary(t)).toEqual([['attributed', name]]);
    }
  });

  it('names the fighters it stands before (`the KMKG guerrillas`)', () => {
    for (const t of [
      'THE BLAST, FOR WHICH THE KMKG GUERRILLAS ARE BEING HELD RESPONSIBLE, LEFT TWO DEAD.',
      'KMKG guerrillas carried out the sabotage of the dam, the army said.',
      'The army said KMKG rebels shelled the market.',
    ])
      expect(summary(t)).toEqual([['attributed', 'KMKG']]);
  });

  it('leaves a word in shouted copy (capitals beside it) to the shouted-copy rules', () => {
    expect(summary('Residents blamed the TERRIBLE NIGHT RAIDS for the deaths.')).toEqual([]);
    expect(summary('Witnesses blamed the BOMB for the damage to the church.')).toEqual([]);
  });
});
