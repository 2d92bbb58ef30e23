import { describe, expect, it } from 'vitest';
import { claims, summary } from './helpers.js';

// MUC-style wire copy in capitals (ANNOTATION.md §3: upper-case copy is read like any other
// text). Sentences written for these tests; none is taken from a data set.

describe('claims in upper-case wire copy', () => {
  it('reads "claimed by" a group whose name the wire puts in quotation marks', () => {
    expect(summary('THE BOMBING OF THE BRIDGE WAS CLAIMED BY A SELF- STYLED "RED DAWN ARMED FORCES" GROUP.')).toEqual([
      ['claimed', 'RED DAWN ARMED FORCES'],
    ]);
    expect(summary('The bombing of the bridge was claimed by the "Red Dawn Front."')).toEqual([
      ['claimed', 'Red Dawn Front'],
    ]);
  });
});

describe('a group’s spokesman in wire copy', () => {
  it('reads the group through a quoted name closed after its comma and an apposition', () => {
    expect(
      summary(
        'A SPOKESMAN FOR "THE EXTRADITABLES," A GROUP THAT SAYS IT SPEAKS FOR THE DRUG LORDS, HAS CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE HOTEL.',
      ),
    ).toEqual([['claimed', 'The Extraditables']]);
  });
});

describe('an editor’s bracket inside the perpetrator’s noun phrase', () => {
  it('takes the group a bracket names before its fighters', () => {
    const [c] = claims('POLICE SAID THE [FMLN] GUERRILLAS KILLED THE MAYOR OF THE TOWN.');
    expect([c?.status, c?.actor?.name, c?.text]).toEqual([
      'attributed',
      'Farabundo Martí National Liberation Front',
      'THE [FMLN] GUERRILLAS KILLED THE MAYOR',
    ]);
  });

  it('takes the group from a bracket that spells it out with its acronym', () => {
    const [c] = claims(
      'THE RADIO SAID THAT THE [FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)] GUERRILLAS KILLED THE MAYOR.',
    );
    expect([c?.actor?.name, c?.text]).toEqual([
      'Farabundo Martí National Liberation Front',
      'THE [FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)] GUERRILLAS KILLED THE MAYOR',
    ]);
  });

  it('reads the owner of a unit across the bracket that spells the owner out', () => {
    expect(
      summary(
        'REPORTS SAY THAT FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] URBAN CELLS PLACED BOMBS IN TWO SHOPS.',
      ),
    ).toEqual([['attributed', 'Farabundo Martí National Liberation Front']]);
  });
});

describe('accusations in wire shapes', () => {
  it('reads the passive "EVENT OF X HAS BEEN ATTRIBUTED TO Y" with a complement after the event', () => {
    expect(summary('THE KILLING OF THE MAYOR HAS BEEN ATTRIBUTED TO THE FARC.')).toEqual([['attributed', 'FARC']]);
    expect(summary('The success of the talks was attributed to the FARC.')).toEqual([]);
  });
});

describe('a group reporting its own losses', () => {
  it('does not read "said one of its soldiers was killed" or "said it was attacked" as a claim', () => {
    expect(summary('THE RED HAND BRIGADE STATES THAT ONE OF ITS FIGHTERS WAS KILLED IN THE CLASH.')).toEqual([]);
    expect(summary('The Red Hand Brigade said it was attacked by the army.')).toEqual([['attributed', 'army']]);
    expect(summary('The Red Hand Brigade said its fighters attacked the post.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
  });
});

describe('attackers said to be members of a force', () => {
  it('reads "THE MURDERERS OF THE TEACHERS WERE (EITHER) MEMBERS OF THE ARMED FORCES"', () => {
    expect(
      summary(
        'THE BISHOP SAID THE MURDERERS OF THE TEACHERS WERE EITHER MEMBERS OF THE ARMED FORCES OR THEIR FRIENDS.',
      ),
    ).toEqual([['attributed', 'ARMED FORCES']]);
    expect(summary('The killers were members of the Red Hand Brigade.')).toEqual([['attributed', 'Red Hand Brigade']]);
  });

  it('does not take the target of "the attackers of the army post" as their force', () => {
    expect(summary('The attackers of the army post fled into the hills.')).toEqual([]);
  });
});

describe('blame on a list of actors', () => {
  it('reads every conjunct across a serial comma and an owner named after "of"', () => {
    expect(
      summary(
        'WE BLAME THE PCN [NATIONAL CONCILIATION PARTY], THE REGIME OF [PRESIDENT] JUAN LOPEZ AND [PARTY LEADER] PEDRO ORTIZ, AND ITS ARMED FORCES FOR THIS VILE MURDER.',
      ),
    ).toEqual([
      ['attributed', 'PCN'],
      ['attributed', 'regime'],
      ['attributed', 'ARMED FORCES'],
    ]);
    expect(
      summary(
        "WE BLAME THE PCN, THE REGIME OF [PRESIDENT JUAN] LOPEZ AND [PCN LEADER PEDRO] O'NEILL, AND ITS ARMED FORCES FOR THE MURDER.",
      ),
    ).toEqual([
      ['attributed', 'PCN'],
      ['attributed', 'regime'],
      ['attributed', 'ARMED FORCES'],
    ]);
    expect(summary('The minister blamed the regime of Juan Lopez and the army for the murder.')).toEqual([
      ['attributed', 'regime'],
      ['attributed', 'army'],
    ]);
  });
});

describe('an actor implicated in or linked with an attack', () => {
  it('reads "implicated X in EVENT" and "documents linking X with EVENT"', () => {
    const [c] = claims('The president implicated members of the Red Hand Brigade in the murder of the teachers.');
    expect([c?.status, c?.actor?.name, c?.source?.name]).toEqual(['attributed', 'Red Hand Brigade', 'president']);
    expect(summary("POLICE FOUND DOCUMENTS LINKING RIGHT-WING DEATH SQUADS WITH TODAY'S ATTACK.")).toEqual([
      ['attributed', 'right-wing death squads'],
    ]);
  });

  it('needs an attack after the preposition', () => {
    expect(summary('The scandal implicated the minister in a fraud.')).toEqual([]);
    expect(summary('The new road links the town to the capital.')).toEqual([]);
  });
});

describe('a group’s claim of its second act', () => {
  it('reads "X CLAIMS IT SEIZED A FARM AND, FROM THERE, ATTACKED THE BASE" as its claim', () => {
    expect(summary('THE RED HAND BRIGADE CLAIMS IT SEIZED A FARM AND, FROM THERE, ATTACKED THE ARMY BASE.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
  });

  it('not when another subject does the act', () => {
    expect(summary('The Red Hand Brigade claims it won the vote and that the army attacked its offices.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('The Red Hand Brigade claims it is peaceful and police said it attacked the base.')).toEqual([]);
  });
});
