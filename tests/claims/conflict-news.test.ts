import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3, issue 13); none is taken from a data set.

describe('weapons and attacks written with capitals are no actors', () => {
  it('does not read a capitalised device in a headline as a group', () => {
    expect(summary('Roadside IED Kills Three Shepherds Near Farm')).toEqual([]);
    expect(summary('A Roadside IED killed three shepherds near the farm on Sunday.')).toEqual([]);
  });

  it('does not read a capitalised bomb or blast as an actor', () => {
    expect(summary('Car Bomb Kills Twelve At Fruit Market')).toEqual([]);
    expect(summary('Suicide Blast Kills Twelve At Fruit Market')).toEqual([]);
  });

  it('still reads an unknown organisation before the same verb', () => {
    expect(summary('The Free Hills Brigade killed three soldiers at the checkpoint.')).toContainEqual([
      'attributed',
      'Free Hills Brigade',
    ]);
  });
});

describe('an ally inside a coordinated denial', () => {
  it('gives "X and its ally Y deny" one denial each', () => {
    expect(summary('Iran and its ally Syria deny shelling the refugee camp near the border.')).toEqual([
      ['denied', 'Iran'],
      ['denied', 'Syria'],
    ]);
    expect(summary('Moscow and its ally Tehran have denied bombing the bakery in the old town.')).toEqual([
      ['denied', 'Russia'],
      ['denied', 'Iran'],
    ]);
  });

  it('reads "its Russian ally" as the state its adjective names', () => {
    expect(summary('The Syrian government and its Russian ally denied bombing the clinic in the old town.')).toEqual([
      ['denied', 'Syria'],
      ['denied', 'Russia'],
    ]);
  });
});

describe("claims and denials through the actor's own people and papers", () => {
  it('reads "N of its fighters carried out" as the group claiming', () => {
    expect(
      summary('The Sinjar Brigades said three of its fighters carried out the ambush on the fuel convoy.'),
    ).toEqual([['claimed', 'Sinjar Brigades']]);
  });

  it("gives a denial by a named state's army source to that state", () => {
    expect(summary('A Jordanian army source denied that its troops had shelled the farm near the border.')).toEqual([
      ['denied', 'Jordan'],
    ]);
  });

  it('reads a group named before a statement as its author', () => {
    expect(
      summary('A Taliban statement claiming responsibility for the ambush on the fuel convoy appeared online.'),
    ).toEqual([['claimed', 'Taliban']]);
  });
});
