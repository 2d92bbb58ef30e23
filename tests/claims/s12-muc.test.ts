import { describe, expect, it } from 'vitest';
import { claims, summary } from './helpers.js';
import { trueCase } from '../../src/document/casing.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 12. Every
// sentence here was written for these tests, in capitals and in mixed case; none is taken from a
// data set.

describe('an attack phrase with a reduced relative before its verb', () => {
  it('reads "the act carried out against X was the work of Y"', () => {
    for (const t of [
      'The newspaper believes that the bombing carried out against the embassy was the work of the Red Hand Brigade.',
      'THE NEWSPAPER BELIEVES THAT THE BOMBING CARRIED OUT AGAINST THE EMBASSY WAS THE WORK OF THE RED HAND BRIGADE.',
    ]) {
      const c = claims(t);
      expect(c.map((x) => [x.status, x.actor?.name.toLowerCase()])).toEqual([['attributed', 'red hand brigade']]);
      expect(c[0]!.event?.text.toLowerCase()).toBe('the bombing');
    }
  });

  it('still stops at a finite verb that is no participle of the attack', () => {
    expect(summary('The bombing killed nine people and was the work of nobody we know.')).toEqual([]);
  });
});

describe('an air force as who did it', () => {
  it('reads "accused the air force of bombing" in capitals and in mixed case', () => {
    expect(summary('The bishop, who accused the air force of bombing the chapel, spoke on Sunday.')).toEqual([
      ['attributed', 'air force'],
    ]);
    expect(summary('THE BISHOP, WHO ACCUSED THE AIR FORCE OF BOMBING THE CHAPEL, SPOKE ON SUNDAY.')).toEqual([
      ['attributed', 'air force'],
    ]);
  });

  it('leaves an air force the article narrates without its state alone, a reported one stays', () => {
    expect(summary('The air force heavily bombed the hills on Monday.')).toEqual([]);
    expect(summary('THE AIR FORCE HEAVILY BOMBED THE HILLS ON MONDAY.')).toEqual([]);
    expect(summary('Peasants said the air force bombed the hills on Monday.')).toEqual([['attributed', 'air force']]);
  });

  it('never reads a bare "force" as anyone', () => {
    expect(summary('The farm was taken by force after the bombing by the rebels.')).toEqual([['attributed', 'rebels']]);
    expect(summary('THE FARM WAS TAKEN BY FORCE AFTER THE BOMBING BY THE REBELS.')).toEqual([['attributed', 'REBELS']]);
  });
});

describe('an attack as the subject of a predicate noun with a by-phrase', () => {
  it('reads "the attack was a crude maneuver by X" in capitals and in mixed case', () => {
    expect(summary('The rebel spokesman said the attack was a crude maneuver by the army.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('THE REBEL SPOKESMAN SAID THE ATTACK WAS A CRUDE MANEUVER BY THE ARMY.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('The minister said the bombing was a clear message by the rebels.')).toEqual([
      ['attributed', 'rebels'],
    ]);
  });

  it('does not read before the first token when the predicate noun opens the text', () => {
    expect(summary('Maneuver by the army.')).toEqual([]);
    expect(summary('CRUDE MANEUVER BY THE ARMY')).toEqual([]);
  });

  it('needs an attack as the subject and someone after "by"', () => {
    expect(summary('The minister said the attack was a disgrace by any standard.')).toEqual([]);
    expect(summary('The minister said the election was a clear message by the voters.')).toEqual([]);
  });
});

describe('a group introduced by name with a possessive in it', () => {
  it('true-cases the whole name after "a group called" and reads it as in mixed case', () => {
    expect(trueCase("THE KIDNAPPERS BELONG TO A GROUP CALLED BOLIVIA'S INDEPENDENCE FRONT, POLICE SAID.")).toBe(
      "The kidnappers belong to a group called Bolivia's Independence Front, police said.",
    );
    for (const t of [
      "The kidnappers, who are said to be members of a group called Bolivia's Independence Front, fled.",
      "THE KIDNAPPERS, WHO ARE SAID TO BE MEMBERS OF A GROUP CALLED BOLIVIA'S INDEPENDENCE FRONT, FLED.",
    ])
      expect(summary(t)).toEqual([['attributed', "Bolivia's Independence Front"]]);
  });
});

describe('a quoted name word inside a description, and a bare "accused X"', () => {
  it('keeps the quoted word of a unit name ("Atlacatl" Battalion soldiers), without its marks', () => {
    // (since session 15 the quoted word is part of the unit's name, as unquoted: the soldiers' unit)
    expect(summary('The priest accused the "Tecolote" Battalion soldiers of the murder of a teacher.')).toEqual([
      ['attributed', 'Tecolote Battalion'],
    ]);
    expect(
      summary('THE PRIEST ACCUSED THE "TECOLOTE" BATTALION SOLDIERS OF THE MURDER OF A TEACHER.').map(([s, a]) => [
        s,
        a?.toLowerCase(),
      ]),
    ).toEqual([['attributed', 'tecolote battalion']]);
  });

  it('reads "SOURCE accused X." after a sentence about an attack, as a bare "blamed X"', () => {
    const t = 'A bomb exploded at the bus station on Monday, killing four people. The mayor accused the rebels.';
    expect(summary(t)).toEqual([['attributed', 'rebels']]);
    expect(summary(t.toUpperCase())).toEqual([['attributed', 'REBELS']]);
  });

  it('needs an attack nearby, the clause to end with X, and someone who can do it', () => {
    expect(summary('The talks failed on Monday. The minister accused the rebels.')).toEqual([]);
    expect(
      summary(
        'A bomb exploded at the bus station on Monday, killing four people. The mayor accused the rebels in a speech about taxes.',
      ),
    ).toEqual([]);
    expect(
      summary('A bomb exploded at the bus station, killing four people. Police said the accused men fled.'),
    ).toEqual([]);
  });
});

describe("a state's forces raiding, narrated by the article", () => {
  it('is a search operation, not an attack', () => {
    expect(summary('Army and police forces raided several farms near the border on Monday.')).toEqual([]);
    expect(summary('ARMY AND POLICE FORCES RAIDED SEVERAL FARMS NEAR THE BORDER ON MONDAY.')).toEqual([]);
    expect(summary('The army raided five farms near the lake.')).toEqual([]);
  });

  it('stays an attribution when someone reports it, when aircraft raid, or when fighters raid', () => {
    expect(summary('Farmers said soldiers raided the village and burned the school.')).toEqual([
      ['attributed', 'soldiers'],
    ]);
    expect(summary('FARMERS SAID SOLDIERS RAIDED THE VILLAGE AND BURNED THE SCHOOL.')).toEqual([
      ['attributed', 'SOLDIERS'],
    ]);
    expect(summary('Russian jets raided the village on Monday.')).toEqual([['attributed', 'Russia']]);
    expect(summary('The guerrillas raided the town hall on Monday.')).toEqual([['attributed', 'guerrillas']]);
  });
});

describe('a reduced participle after an "including" aside', () => {
  it('reads "THE EIGHT MILITARY MEN, INCLUDING ONE COLONEL, CHARGED WITH KILLING…"', () => {
    for (const t of [
      'The court will try the five military men, including a captain and two sergeants, charged with killing four nuns.',
      'THE COURT WILL TRY THE FIVE MILITARY MEN, INCLUDING A CAPTAIN AND TWO SERGEANTS, CHARGED WITH KILLING FOUR NUNS.',
    ])
      expect(summary(t)).toEqual([['attributed', 'military']]);
  });

  it('needs an attack after the participle', () => {
    expect(summary('Six farmers, including two women, charged with theft were released on Monday.')).toEqual([]);
  });
});

describe('a cleft naming who did it', () => {
  it('reads "X were the ones who murdered…" and "X was the one that shelled…"', () => {
    expect(summary('The minister conceded that army personnel were the ones who murdered the nuns.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('THE MINISTER CONCEDED THAT ARMY PERSONNEL WERE THE ONES WHO MURDERED THE NUNS.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('Farmers said the militia was the one that shelled the market.')).toEqual([
      ['attributed', 'militia'],
    ]);
  });

  it('needs an attack verb in the relative clause', () => {
    expect(summary('The rebels were the ones who signed the deal.')).toEqual([]);
    expect(summary('THE REBELS WERE THE ONES WHO SIGNED THE DEAL.')).toEqual([]);
  });
});

describe('claims and denials of authorship', () => {
  it('reads "assumed (the) authorship of" and "assumed the responsibility for" as claims', () => {
    for (const t of [
      'THE RED DAWN FRONT HAS ASSUMED THE AUTHORSHIP OF THE BOMBING.',
      'The Red Dawn Front has assumed authorship of the bombing.',
      'THE RED DAWN FRONT HAS ASSUMED THE RESPONSIBILITY FOR THE BOMBING.',
    ])
      expect(summary(t).map(([s, a]) => [s, a?.toLowerCase()])).toEqual([['claimed', 'red dawn front']]);
  });

  it('reads "denied authorship of" as a denial, and leaves a book\'s authorship alone', () => {
    expect(summary('THE RED DAWN FRONT DENIED AUTHORSHIP OF THE BOMBING.')).toEqual([['denied', 'RED DAWN FRONT']]);
    expect(summary('The writer took the credit for the novel and kept the authorship of the book.')).toEqual([]);
  });
});
