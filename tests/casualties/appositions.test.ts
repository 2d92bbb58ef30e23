import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('casualties: victims named in an apposition or a list with asides', () => {
  it('reads as many names as the count in commas after a counted subject as its parts', () => {
    expect(
      brief('Two farmers, Ali Hassan and Omar Idris, were killed when gunmen opened fire on their truck.'),
    ).toEqual([
      ['Two farmers', 'killed', 2, 2],
      ['Ali Hassan', 'killed', 1, 1],
      ['Omar Idris', 'killed', 1, 1],
    ]);
  });

  it('takes a description ending in a name as one of the names ("the driver Omar Saleh")', () => {
    expect(
      brief('Two aid workers, the driver Omar Saleh and his colleague Hadi Jaber, were killed in the blast.'),
    ).toEqual([
      ['Two aid workers', 'killed', 2, 2],
      ['the driver Omar Saleh', 'killed', 1, 1],
      ['his colleague Hadi Jaber', 'killed', 1, 1],
    ]);
  });

  it('reads the first name of a list after a plural title opening the sentence, in wire capitals too', () => {
    expect(
      brief('JOURNALISTS PEDRO GOMEZ, LUIS MARTINEZ AND RAUL SOTO WERE ASSASSINATED YESTERDAY IN THE CAPITAL.').map(
        (f) => f[0],
      ),
    ).toEqual(['PEDRO GOMEZ', 'LUIS MARTINEZ', 'RAUL SOTO']);
  });

  it('goes on past a listed name’s aside between dashes', () => {
    expect(
      brief('Ahmed Saleh - head of the council - Karim Nouri and Hadi Jaber were among the dead.').map((f) => f[0]),
    ).toEqual(['Ahmed Saleh', 'Karim Nouri', 'Hadi Jaber']);
  });

  it('does not take the subject of a speech verb for victims', () => {
    expect(brief('Rebels Pedro Lanza and Mario Vidal said three people were killed.')).toEqual([
      ['three people', 'killed', 3, 3],
    ]);
  });
});

describe('casualties: an attacker counted among the dead, and a gerund after an object', () => {
  it('reads "including the bomber" as a part of the dead, but not the bomber’s own death alone', () => {
    expect(brief('Eight militants were killed, including the bomber.')).toEqual([
      ['Eight militants', 'killed', 8, 8],
      ['the bomber', 'killed', 1, 1],
    ]);
    expect(brief('The bomber was killed.')).toEqual([]);
  });

  it('keeps the object of "killing" when a gerund of another outcome follows it with its comma lost', () => {
    expect(brief('Rocket shells hit the square killing 4 citizens injuring many others.')).toEqual([
      ['4 citizens', 'killed', 4, 4],
    ]);
    expect(brief('The blast killed 10 civilians 15 injured.')).toEqual([
      ['10 civilians', 'killed', 10, 10],
      ['15', 'injured', 15, 15],
    ]);
  });
});

describe('casualties: the subject of a passive gerund after "before" / "after"', () => {
  it('takes the clause’s subject as the victim of "before being executed"', () => {
    expect(brief('In one house a farmer opened fire at the soldiers before being executed.')).toEqual([
      ['a farmer', 'killed', 1, 1],
    ]);
    expect(brief('Two journalists were abducted in March before being killed.')).toEqual([
      ['Two journalists', 'killed', 2, 2],
    ]);
  });

  it('gives nothing for a gerund of release, nor for an attacker’s own death', () => {
    expect(brief('The mayor was held for a week before being released.')).toEqual([]);
    expect(brief('Police said the attacker shot five people before being killed.')).toEqual([]);
  });
});

describe('casualties: Spanish double surnames', () => {
  it('reads "Diaz y Diaz" as one surname, the list going on', () => {
    expect(brief('NUNS ANA MARIA RUIZ, CARMEN DIAZ Y DIAZ, AND ROSA VEGA WERE ASSASSINATED.').map((f) => f[0])).toEqual(
      ['ANA MARIA RUIZ', 'CARMEN DIAZ Y DIAZ', 'ROSA VEGA'],
    );
  });
});

describe('casualties: the victims listed after "the dead"', () => {
  it('reads the names or descriptions between dashes, or after a colon, as figures of the outcome word', () => {
    expect(
      brief('The dead - Ahmed Saleh, Karim Nouri and Hadi Jaber - were all members of the local council.'),
    ).toEqual([
      ['Ahmed Saleh', 'killed', 1, 1],
      ['Karim Nouri', 'killed', 1, 1],
      ['Hadi Jaber', 'killed', 1, 1],
    ]);
    expect(brief('Officials named the dead: Ahmed Saleh, a teacher, and Karim Nouri.').map((f) => f[0])).toEqual([
      'Ahmed Saleh',
      'Karim Nouri',
    ]);
  });

  it('gives nothing for a plain description in dashes', () => {
    expect(brief('The dead - mostly farmers - were buried on Monday.')).toEqual([]);
  });
});

describe('casualties: a title-case headline repeated in the body', () => {
  it('reads its bare passive of taking lives as in the headline', () => {
    expect(brief('13-08-2013 33 Militants Claimed in Syria in Fierce Fighting of Homs. Activists said so.')).toEqual([
      ['33 Militants', 'killed', 33, 33],
    ]);
    expect(brief('He said 33 militants claimed in Syria were lies.')).toEqual([]);
  });
});
