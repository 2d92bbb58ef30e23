import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('casualties: single named victims in wire copy written in capitals', () => {
  it('reads a titled name whose surname the true-cased view lowered', () => {
    expect(brief('COUNCILMAN TOMAS ARRIAGA VELEZ WAS ASSASSINATED LAST NIGHT IN THE PORT.')).toEqual([
      ['COUNCILMAN TOMAS ARRIAGA VELEZ', 'killed', 1, 1],
    ]);
    expect(brief('GUERRILLAS AMBUSHED AND KILLED MAYOR OCTAVIO SARMIENTO NEAR THE BRIDGE.')).toEqual([
      ['MAYOR OCTAVIO SARMIENTO', 'killed', 1, 1],
    ]);
    expect(brief('THE BOMB WENT OFF AT DAWN. INSPECTOR RAMIRO QUISPE DIED IN THE BLAST.')).toEqual([
      ['INSPECTOR RAMIRO QUISPE', 'killed', 1, 1],
    ]);
  });

  it('reads each name of a pair, and a description ending in a name after "the murder of"', () => {
    expect(brief('ARMED MEN SHOT DEAD MIGUEL MANRIQUE AND JUAN BALCAZAR IN THE VALLEY.')).toEqual([
      ['MIGUEL MANRIQUE', 'killed', 1, 1],
      ['JUAN BALCAZAR', 'killed', 1, 1],
    ]);
    expect(brief('THE UNION DEMANDED AN INQUIRY INTO THE MURDER OF TEACHER JORGE QUIROGA.')).toEqual([
      ['TEACHER JORGE QUIROGA', 'killed', 1, 1],
    ]);
    // A surname the tagger reads as an adjective goes on the name when no noun follows it.
    expect(brief('THE MURDER OF ANSELMO VERDELIER IS STILL UNSOLVED, THE JUDGE SAID.')).toEqual([
      ['ANSELMO VERDELIER', 'killed', 1, 1],
    ]);
  });

  it('leaves a lowered word that is no name alone: a count, a date, a title word', () => {
    expect(brief('THREE PEASANTS WERE KILLED IN THE VILLAGE ON MONDAY, THE ARMY SAID.')).toEqual([
      ['THREE PEASANTS', 'killed', 3, 3],
    ]);
    expect(brief('Gunmen killed Mayor Ana Lopez in the town square on Monday.')).toEqual([
      ['Mayor Ana Lopez', 'killed', 1, 1],
    ]);
  });
});
