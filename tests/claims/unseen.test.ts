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
    expect(summary('The mayor accused Greece, a NATO member, of shelling the fishing port on Tuesday night.')).toEqual([
      ['attributed', 'Greece'],
    ]);
  });
});

describe('by-phrases on unseen conflict news', () => {
  const PRE = 'Shelling and air raids hit the market town of Kafr Hamra on Tuesday. ';

  it('reads "by either X or Y" as two attributions', () => {
    expect(summary(`${PRE}The monitor said the raids were carried out by either Turkish or Iranian aircraft.`)).toEqual(
      [
        ['attributed', 'Turkey'],
        ['attributed', 'Iran'],
      ],
    );
  });

  it('reads a country or its capital after "carried out by" as the state', () => {
    expect(summary(`${PRE}The bombing of the bridge was carried out by Ankara, the governor said.`)).toEqual([
      ['attributed', 'Turkey'],
    ]);
  });

  it('takes no nationality deep in the phrase after "by", nor the pronoun "US" in wire copy', () => {
    expect(summary(`${PRE}The murder by machinegun fire of two Turkish citizens shocked the town.`)).toEqual([]);
    expect(summary('THE MORTAR ATTACK STAGED BY US DESTROYED THE ARMY BRIDGE, THE REBEL RADIO SAID.')).toEqual([]);
  });

  it('reads past a "so-called" label after "by"', () => {
    expect(summary(`${PRE}A boy was hurt in a rocket attack by the so-called Islamic State on the school.`)).toEqual([
      ['attributed', 'Islamic State'],
    ]);
  });

  it('gives "jets of X" to X', () => {
    expect(summary(`${PRE}The bakery was bombed by jets of the Turkish army.`)).toEqual([['attributed', 'Turkey']]);
  });

  it('takes plural "aircrafts" as forces', () => {
    expect(summary(`${PRE}Two clinics were targeted by Iranian aircrafts.`)).toEqual([['attributed', 'Iran']]);
  });

  it('does not take the object of "against" as the subject of the next verb', () => {
    expect(
      summary(`${PRE}Raids carried out by the United States against the insurgents have killed nine farmers.`),
    ).toEqual([['attributed', 'United States']]);
  });
});

describe('states named on unseen conflict news', () => {
  const PRE = 'Shelling and air raids hit the market town of Kafr Hamra on Tuesday. ';

  it('reads "raids believed to be Russian" as Russia', () => {
    expect(
      summary(`${PRE}Two air raids believed to be Iranian killed six farmers near the mill, a medic said.`),
    ).toEqual([['attributed', 'Iran']]);
  });

  it('does not read "believed to be Turkish citizens" as a state', () => {
    expect(summary(`${PRE}The six farmers were believed to be Turkish citizens.`)).toEqual([]);
  });

  it('reads a country acronym before forces ("US jets") as the state', () => {
    expect(summary(`${PRE}Villagers said US jets targeted the flour mill.`)).toEqual([['attributed', 'United States']]);
  });

  it('keeps an aid convoy a civilian target of a state', () => {
    expect(summary(`${PRE}Iranian warplanes bombed an aid convoy near the mill.`)).toEqual([['attributed', 'Iran']]);
  });
});

describe('claims made by a call for a group', () => {
  it('reads "called the radio to claim responsibility" as the caller\'s claim', () => {
    expect(
      summary('The Red Hand Brigade phoned a radio station to claim responsibility for the bombing of the depot.'),
    ).toEqual([['claimed', 'Red Hand Brigade']]);
  });

  it('gives the claim of a caller speaking on behalf of a group to the group', () => {
    expect(
      summary(
        'A man speaking on behalf of the Red Hand Brigade called a newspaper to claim responsibility for the bombing.',
      ),
    ).toEqual([['claimed', 'Red Hand Brigade']]);
  });

  it('reads the same in upper-case wire copy', () => {
    expect(
      summary(
        'A MAN CLAIMING TO SPEAK FOR THE ELN CALLED A NEWSPAPER TO CLAIM RESPONSIBILITY FOR THE BOMBING OF THE DEPOT.',
      ),
    ).toEqual([['claimed', 'ELN']]);
  });

  it('still leaves "wants to claim" unasserted', () => {
    expect(summary('The Red Hand Brigade wants to claim responsibility for the bombing of the depot.')).toEqual([]);
  });
});

describe("a group's medium named in an apposition", () => {
  it("reads the rebels' attack reported by \"the FMLN's official radio station\" as the FMLN's claim", () => {
    expect(
      summary(
        "IN A BROADCAST TODAY THE FMLN'S OFFICIAL RADIO STATION SAID THE REBELS ATTACKED THE ARMY POST AT THE BRIDGE.",
      ),
    ).toContainEqual(['claimed', 'Farabundo Martí National Liberation Front']);
  });
});

describe('wire-copy agents', () => {
  it('reads "kidnapped …, presumably by X" as X attributed', () => {
    expect(
      summary('A TRADER WHO WAS KIDNAPPED IN THE PORT TODAY, PRESUMABLY BY GUERRILLAS OF THE ELN, WAS RELEASED LATER.'),
    ).toEqual([['attributed', 'ELN']]);
  });

  it('reads "placed dynamite" with a group\'s cells as the subject, a time before them', () => {
    expect(summary('POLICE SAID THAT AT 0515 ELN URBAN CELLS PLACED DYNAMITE IN TWO BANKS OF THE PORT.')).toEqual([
      ['attributed', 'ELN'],
    ]);
  });

  it('does not read "placed" without a weapon as an attack', () => {
    expect(summary('At dawn ELN fighters placed flowers on the graves of the victims of the attack.')).toEqual([]);
  });

  it('reads "terrorists within X" after "by" as X', () => {
    expect(summary('The bombings were carried out by terrorists within the ELN, the colonel said.')).toEqual([
      ['attributed', 'ELN'],
    ]);
  });
});

describe('more ways news names who attacks', () => {
  it('reads "stepping up gas attacks" as an attack, and "stepped up pressure" as none', () => {
    expect(summary('Iranian forces are stepping up chlorine gas attacks on the valley, the monitor said.')).toEqual([
      ['attributed', 'Iran'],
    ]);
    expect(summary('The rebels stepped up pressure on the mayor after the vote.')).toEqual([]);
  });

  it('reads a bare "coalition" before an attack noun as the coalition named before', () => {
    expect(
      summary('The US-led coalition backs the offensive on the dam. Coalition strikes have killed nine farmers there.'),
    ).toContainEqual(['attributed', 'US-led coalition']);
  });

  it('does not read a group before a hyphenated modifier ("ISIL bomb-laden trucks") as the attacker', () => {
    expect(summary('Kurdish fighters seized two ISIL bomb-laden trucks near the dam on Monday.')).not.toContainEqual([
      'attributed',
      'Islamic State',
    ]);
  });
});

describe('coordinated deniers', () => {
  it('reads "the government and its allies in Tehran denied" as two denials', () => {
    expect(
      summary(
        'Shelling hit the clinic in the old town. The Turkish government and its allies in Tehran have denied shelling the clinic.',
      ),
    ).toEqual([
      ['denied', 'Turkey'],
      ['denied', 'Iran'],
    ]);
  });
});

describe('forces that are weapons', () => {
  it('reads "Iranian artillery hit the village" with no attack word around as an attack', () => {
    expect(summary('Iranian artillery hit the village of Kafr Hamra while talks went on.')).toEqual([
      ['attributed', 'Iran'],
    ]);
  });

  it('does not read "Iranian troops hit" without an attack in sight', () => {
    expect(summary('Iranian troops hit the road to the capital early on Monday.')).toEqual([]);
  });
});

describe('more scraped-copy owners and descriptions', () => {
  it('reads "Iranian regimes responsibility for the attack" (apostrophe lost), not an unknown owner', () => {
    expect(
      summary('Shelling hit the clinic. Reports pointed to Iranian regimes responsibility for the attack.'),
    ).toEqual([['attributed', 'Iran']]);
    expect(summary('Shelling hit the clinic. Reports pointed to the bus drivers responsibility for it.')).toEqual([]);
    expect(summary('Shelling hit the clinic. Reports pointed to Irans direct responsibility for the attack.')).toEqual([
      ['attributed', 'Iran'],
    ]);
  });

  it('reads "terrorist organizations" as fighters, without a dateline glued before them', () => {
    expect(summary('Homs NNA-Terrorist organizations fired mortar shells on the market, killing two.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
  });
});
