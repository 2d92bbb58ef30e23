import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { findGroupsByShape } from '../../src/actors/shape.js';
import { parse } from '../../src/index.js';
import { summary } from './helpers.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 15: group names
// a reader has never seen, recognised by their shape (an of-tail after the head, quoted words
// before it, a naming cue), and accusations by government sources. Every sentence here was
// written for these tests, with invented groups, people and places, in capitals and in mixed
// case; none is from a data set.

/** Whether the text gives a claim of `status` by an actor named `actor` (case aside). */
const has = (text: string, status: string, actor: string): boolean =>
  summary(text).some(([s, a]) => s === status && a?.toLowerCase() === actor.toLowerCase());

describe('a group name with an of-tail after its head', () => {
  it('is one name (`X Armed Forces of Liberation`), in capitals and mixed case', () => {
    const cases: [string, string][] = [
      ['The Telmora Armed Forces of Liberation claimed responsibility for the murder of the mayor.', 'Telmora Armed Forces of Liberation'],
      ['THE TELMORA ARMED FORCES OF LIBERATION, A SMALL MAOIST FACTION, ADMITTED KILLING THE POLICEMEN.', 'Telmora Armed Forces of Liberation'],
      ['Police blamed the Kesvan Front of National Resistance for the bombing of the bridge.', 'Kesvan Front of National Resistance'],
      ['The Armed Forces of Liberation claimed the kidnapping of the banker.', 'Armed Forces of Liberation'],
    ];
    for (const [text, actor] of cases) expect(summary(text).some(([, a]) => a?.toLowerCase() === actor.toLowerCase())).toBe(true);
  });

  it('not a state, a country, a person or a unit of another group after "of"', () => {
    const names = (t: string): string[] => findGroupsByShape(parse(t)).map((g) => g.name);
    expect(names('The Armed Forces of Syria shelled the town.')).toEqual([]);
    expect(names('The Kesvan Forces of Juan Perez shelled the town.')).toEqual(['Kesvan Forces']);
    expect(names('The Red Dawn Urban Command of the ELN claimed it.')).toEqual([]);
  });

  it('the casing layer keeps an of-tail ending in a head and reads an apposition as a description', () => {
    expect(trueCase('THE TELMORA ARMED FORCES OF LIBERATION, A SMALL MAOIST FACTION, ADMITTED IT.')).toContain(
      'Telmora Armed Forces of Liberation, a small maoist faction,',
    );
    // no head at the end of the tail: the name ends at its own head
    expect(trueCase('THE KESVAN FRONT OF THE NORTHERN HILLS ATTACKED.')).toContain('Kesvan Front of the northern hills');
  });
});

describe('quoted words before the head of a group name', () => {
  it('belong to the name, the marks left out of it', () => {
    for (const t of [
      'The "Rosa Zelaya" Urban Commando took responsibility for the attack on the embassy.',
      'THE "ROSA ZELAYA" URBAN COMMANDO TOOK RESPONSIBILITY FOR THE ATTACK ON THE EMBASSY.',
      'Police blamed the "Rosa Zelaya" Urban Commando for the attack on the embassy.',
    ])
      expect(summary(t).some(([, a]) => a?.toLowerCase() === 'rosa zelaya urban commando')).toBe(true);
    expect(has('The "Zelaya" Commando claimed the bombing of the bus.', 'claimed', 'Zelaya Commando')).toBe(true);
    // a quotation that ends before a capitalised head of a sentence is no name
    expect(findGroupsByShape(parse('He said "it is over" Front leaders left.')).map((g) => g.name)).toEqual([]);
  });
});

describe('a name after a naming cue', () => {
  it('is the group, connectors inside it (`calling itself the Avengers of Murillo`)', () => {
    for (const t of [
      'A group calling itself the Avengers of Murillo claimed responsibility for the murder of the mayor.',
      'A GROUP CALLING ITSELF THE AVENGERS OF MURILLO CLAIMED RESPONSIBILITY FOR THE MURDER OF THE MAYOR.',
      'The kidnapping was claimed by a cell known as the Avengers of Murillo.',
    ])
      expect(summary(t).some(([, a]) => a?.toLowerCase() === 'avengers of murillo')).toBe(true);
    expect(has("POLICE BLAMED A GROUP CALLING ITSELF ALMERO'S AVENGERS FOR THE BOMBING.", 'attributed', "Almero's Avengers")).toBe(true);
    // "known as" after no group noun names no group
    const names = (t: string): string[] => findGroupsByShape(parse(t)).map((g) => g.name);
    expect(names('The judge, known as Pedro the Just, was shot.')).toEqual([]);
  });
});

describe('accusations by a government source', () => {
  it('a relative clause holding its antecedent responsible (`X, which the government holds responsible for`)', () => {
    for (const [t, actor] of [
      ['The Telmora Front, which the government holds responsible for the bombing, has not commented.', 'Telmora Front'],
      ["THE VOLNAR PEOPLE'S ARMY (VPA), WHICH THE GOVERNMENT HOLDS RESPONSIBLE FOR THE BOMBING, HAS NOT COMMENTED.", "Volnar People's Army"],
      ['The KVR, whom the army holds directly responsible for the massacre, denied the charge.', 'KVR'],
    ])
      expect(has(t!, 'attributed', actor!)).toBe(true);
    // a relative whose verb holds something else: no accusation
    expect(summary('The Telmora Front, which holds responsible posts in the council, opened an office in Almero.')).toEqual([]);
  });

  it('responsible for the death(s) of victims, in an article about violence', () => {
    for (const t of [
      'A bomb exploded in Almero. Colonel Juan Perez said the rebels were responsible for the death of two soldiers.',
      'THE KORLAN GUERRILLAS WERE RESPONSIBLE FOR THE DEATHS OF SIX PEASANTS, THE ARMY SAID.',
      'Two bombs exploded in Almero. The army said the Telmora Front was responsible for the death of the mayor.',
    ])
      expect(summary(t).some(([s]) => s === 'attributed')).toBe(true);
    expect(summary('The doctor was responsible for the death of a patient.')).toEqual([]);
  });

  it('coordinated actors after "blamed the attack on" give one accusation each', () => {
    for (const t of [
      'The army blamed the attack on the Santoro Front and the Kesmar Revolutionary Army.',
      'THE ARMY BLAMED THE ATTACK ON THE SANTORO FRONT AND THE KESMAR REVOLUTIONARY ARMY.',
    ]) {
      const got = summary(t).map(([s, a]) => `${s} ${a?.toLowerCase()}`);
      expect(got).toContain('attributed santoro front');
      expect(got).toContain('attributed kesmar revolutionary army');
    }
    expect(summary('Police blamed the bombing on the Santoro Front.').filter(([s]) => s === 'attributed')).toHaveLength(1);
  });
});

describe("a group's release of someone it held", () => {
  it('is its admission of the kidnapping, active or passive, in capitals and mixed case', () => {
    for (const [t, actor] of [
      ['THE ENGINEER, KIDNAPPED ON 15 FEBRUARY, WAS RELEASED YESTERDAY BY THE TELMORA FRONT.', 'Telmora Front'],
      ['The Telmora Front freed the two hostages it kidnapped in March.', 'Telmora Front'],
      ['THE HOSTAGES WERE TURNED OVER BY THE ZELTRAN PATRIOTIC FRONT TO A RED CROSS COMMISSION.', 'Zeltran Patriotic Front'],
      ['POLICE SAID THE TELMORA FRONT RELEASED THE KIDNAPPED ENGINEER ON MONDAY.', 'Telmora Front'],
    ])
      expect(has(t!, 'claimed', actor!)).toBe(true);
  });

  it('not a statement released, a release denied, a state freeing prisoners, or no kidnapping in sight', () => {
    expect(summary('The Telmora Front released a statement on the kidnapping.')).toEqual([]);
    expect(summary('The Telmora Front has not released the hostages.')).toEqual([]);
    expect(summary('THE ARMY RELEASED THE SUSPECTS ON MONDAY AFTER THE KIDNAPPING.')).toEqual([]);
    expect(summary('The Telmora Front released its new programme in Almero.')).toEqual([]);
  });
});

describe('reported perpetrators in wire shapes', () => {
  it('a hedge the tagger reads as a verb inside a by-phrase (`by presumed members of X`)', () => {
    for (const t of [
      'The mayor was killed by presumed members of the Valdez National Movement.',
      'THE MAYOR, PEDRO SALAZAR, WAS KILLED BY PRESUMED MEMBERS OF THE VALDEZ NATIONAL MOVEMENT.',
      'Two bombs were planted by suspected members of the Valdez National Movement, police said.',
    ])
      expect(has(t, 'attributed', 'Valdez National Movement')).toBe(true);
  });

  it("a group's acronym alone between commas before an act (`THE X Y MOVEMENT, XYM, DYNAMITED`)", () => {
    for (const t of [
      'The police reported that the Valdez National Movement, VNM, dynamited the oil pipeline.',
      'THE VALDEZ NATIONAL MOVEMENT, VNM, AMBUSHED AN ARMY PATROL NEAR ALMERO, THE ARMY SAID.',
    ])
      expect(has(t, 'attributed', 'Valdez National Movement')).toBe(true);
    // a date between commas is no name's
    expect(summary('The Valdez National Movement, in 1985, opened an office.')).toEqual([]);
  });

  it('the casing layer reads a name that opens a reported clause (`REPORTED THAT X Y FRONT TERRORISTS`)', () => {
    expect(trueCase('THE MINISTRY REPORTED THAT SALVERO PEOPLE\'S FRONT TERRORISTS MURDERED TWO MEN.')).toContain(
      "that Salvero People's Front terrorists",
    );
    expect(trueCase('THE ARMY SAID ARMED FORCES UNITS ATTACKED.')).toContain('said armed forces units');
  });
});

describe('an acronym the editor spells out in brackets after it', () => {
  it('keeps its capitals and gives the bracketed name its own', () => {
    expect(trueCase('THE PVDR [PATRIOTIC VANGUARD OF THE DURO REPUBLIC] CLAIMED THE KIDNAPPING.')).toContain(
      'PVDR [Patriotic Vanguard of the Duro Republic]',
    );
    // a translation keeps the letters in another order
    expect(trueCase('POLICE BLAMED BELRA [VANGUARD OF LABOR AND RESISTANCE] FOR THE MURDER.')).toContain(
      'BELRA [Vanguard of Labor and Resistance]',
    );
    expect(has('THE ARMY BLAMED BELRA [VANGUARD OF LABOR AND RESISTANCE] FOR THE MURDER OF THE JUDGE.', 'attributed', 'BELRA')).toBe(true);
  });

  it("not an editor's note after a word", () => {
    expect(trueCase('THE TROOPS KILLED [WORDS INDISTINCT] IN THE VILLAGE.')).toContain('killed [words indistinct]');
    expect(trueCase('THE MEN LEFT [PASSAGE OMITTED] AT NOON.')).toContain('left [passage omitted]');
  });
});
describe('a condemnation of a named actor for an attack', () => {
  it('accuses each actor (`DENOUNCED THE X FOR THE MASSACRE`), in capitals and mixed case', () => {
    expect(has("THE GOVERNMENT DENOUNCED THE SALVERO PEOPLE'S FRONT FOR THE MASSACRE OF 12 PEASANTS.", 'attributed', "Salvero People's Front")).toBe(true);
    const got = summary('The bishop condemned the Telmora Front and the Kesvan Army for the bombing of the church.');
    expect(got.filter(([s]) => s === 'attributed').map(([, a]) => a)).toEqual(['Telmora Front', 'Kesvan Army']);
  });

  it('not the act condemned alone, no attack after "for", nor a negated condemnation', () => {
    expect(summary('The bishop condemned the bombing of the church.')).toEqual([]);
    expect(summary('The bishop denounced the Telmora Front for its statements on the radio.')).toEqual([]);
    expect(summary('The bishop did not condemn the Telmora Front for the bombing.')).toEqual([]);
  });
});
