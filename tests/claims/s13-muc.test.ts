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

describe('an acronym set off by commas after its name', () => {
  it('stands between the subject and its verb without cutting them apart', () => {
    for (const t of [
      'The Mankes Nartinar Patriotic Front, VPVR, has claimed responsibility for a bomb attack on a bank.',
      'THE MANKES NARTINAR PATRIOTIC FRONT, VPVR, TODAY CLAIMED THE KIDNAPPING OF TWO ENGINEERS.',
    ])
      expect(summary(t).map(([s, n]) => [s, n?.toLowerCase()])).toEqual([
        ['claimed', 'mankes nartinar patriotic front'],
      ]);
    expect(summary('The Jaguar Resistance Brigade, JRB, denied any part in the killing of the mayor.')).toEqual([
      ['denied', 'Jaguar Resistance Brigade'],
    ]);
  });

  it('is an alias of that name in the entities, as a bracketed one is', async () => {
    const { extract } = await import('../../src/extract.js');
    for (const t of [
      'The Olmec Relief Committee, ORC, said on Monday that its clinic had been shelled. The ORC asked for a truce.',
      'THE OLMEC RELIEF COMMITTEE [ORC] SAID ON MONDAY THAT ITS CLINIC HAD BEEN SHELLED. THE ORC ASKED FOR A TRUCE.',
    ]) {
      const e = extract(t).entities.find((x) => x.aliases.includes('ORC'));
      expect(e?.name.toLowerCase()).toBe('olmec relief committee');
    }
  });

  it('does not take a list of names for an aside', async () => {
    const { extract } = await import('../../src/extract.js');
    const x = extract('The Olmec Relief Committee, UNHCR, and UNICEF sent food to the town on Monday.');
    expect(x.entities.find((e) => e.aliases.includes('UNHCR'))?.aliases).not.toContain('Olmec Relief Committee');
  });
});

describe('the units of an acronym the lexicon does not know', () => {
  it('act for it as subject and after by', () => {
    for (const t of [
      'ANOTHER REPORT SAYS KMKG FORCES ATTACKED THE AIR BASE AT DAWN.',
      'Police said KMKG units attacked army positions in the north.',
      'THE BOMB HAD BEEN PLACED BY KMKG URBAN CELLS, POLICE SAID.',
      'Three farmers were shot dead by alleged KMKG members on the road.',
      'The attack was carried out by members of the KMKG.',
    ])
      expect(summary(t)).toEqual([['attributed', 'KMKG']]);
  });

  it('leaves an acronym that only stands near the act alone', () => {
    expect(summary('The convoy was hit by government forces near the UNHCR camp.')).toEqual([]);
  });
});

describe('a title abbreviation in wire copy', () => {
  it('is a title, not an acronym: no actor named MSGR', async () => {
    const { trueCase } = await import('../../src/document/casing.js');
    expect(trueCase('THE MURDERERS OF MSGR OSCAR ROMERO WERE NEVER FOUND, SGT LOPEZ SAID.')).toBe(
      // (a surname after a given name keeps its capital since s14)
      'The murderers of Msgr Oscar Romero were never found, Sgt lopez said.',
    );
    expect(summary('THE MURDERERS OF MSGR OSCAR ROMERO WERE NEVER FOUND, THE ARCHBISHOP SAID.')).toEqual([]);
  });
});

describe('a name after "so-called" or "self-styled" without quotation marks, in wire copy', () => {
  it('keeps its capitals up to the verb, an auxiliary or a day word', async () => {
    const { trueCase } = await import('../../src/document/casing.js');
    expect(trueCase('THE SO-CALLED ZORANARRADU HAVE CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE NEWSPAPER.')).toBe(
      'The so-called Zoranarradu have claimed responsibility for the attack on the newspaper.',
    );
    expect(trueCase('A GROUP CALLING ITSELF THE AVENGERS OF MURILLO TODAY CLAIMED THE MURDER OF THE JUDGE.')).toBe(
      'A group calling itself the Avengers of Murillo today claimed the murder of the judge.',
    );
    for (const t of [
      'THE SELF-STYLED LOS DUDUBELMANQUI CLAIMED RESPONSIBILITY FOR THE EXECUTION OF THE JUDGE.',
      'The self-styled Los Dudubelmanqui claimed responsibility for the execution of the judge.',
    ])
      expect(summary(t).map(([s, n]) => [s, n?.toLowerCase()])).toEqual([['claimed', 'los dudubelmanqui']]);
  });

  it('leaves words that only describe a force in lower case', async () => {
    const { trueCase } = await import('../../src/document/casing.js');
    expect(trueCase('THE SO-CALLED DEATH SQUADS KILLED THREE PEASANTS, THE PRIEST SAID.')).toBe(
      'The so-called death squads killed three peasants, the priest said.',
    );
    expect(trueCase('A SELF-STYLED COMMANDO UNIT CLAIMED THE ATTACK ON THE BANK LAST NIGHT.')).toBe(
      'A self-styled commando unit claimed the attack on the bank last night.',
    );
  });
});

describe('a negation inside a non-restrictive aside between the actor and its verb', () => {
  it('belongs to the aside, not to the claim', () => {
    for (const t of [
      'The Red Hand Brigade, which had not carried out any attacks for years, claimed the murder of the judge.',
      'THE RED HAND BRIGADE, WHICH HAD NOT CARRIED OUT ANY ATTACKS FOR YEARS, CLAIMED THE MURDER OF THE JUDGE.',
      'The Jaguar Front, which was never thought to be armed, has claimed responsibility for the bombing.',
    ])
      expect(summary(t).map(([s]) => s)).toEqual(['claimed']);
  });

  it('still negates when it stands outside the aside', () => {
    expect(summary('The Red Hand Brigade did not, its leader said, claim the murder of the judge.')).toEqual([]);
  });
});

describe('a person who speaks or acts for a group, with of/from/for between', () => {
  it('makes the group the subject of a claim', () => {
    for (const t of [
      'A caller from the Red Hand Brigade claimed responsibility for the bombing of a restaurant.',
      'A MEMBER OF THE RED HAND BRIGADE CLAIMED RESPONSIBILITY FOR THE MURDER OF THE JUDGE.',
      'A spokesman for the Red Hand Brigade claimed the attack on the bank.',
    ])
      expect(summary(t).map(([s, n]) => [s, n?.toLowerCase()])).toEqual([['claimed', 'red hand brigade']]);
  });

  it('leaves a group after a noun that is no role alone', () => {
    expect(summary('The house of the Red Hand Brigade leader claimed two lives in the fire.')).toEqual([]);
  });
});

describe('a fire as the object of a claim', () => {
  it('is an event a group claims or denies; a fire alone is no attack', () => {
    expect(summary('The Red Hand Brigade has claimed responsibility for the fire at the bank.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
    expect(summary('THE RED HAND BRIGADE DENIED ANY INVOLVEMENT IN THE BLAZE AT THE CHURCH.').map(([s]) => s)).toEqual([
      'denied',
    ]);
    expect(summary('Firefighters said the fire at the bank was caused by a short circuit.')).toEqual([]);
  });
});

describe('an attack with its target before the by-phrase', () => {
  it('reads "the ATTACK on/against TARGET by X" as "the ATTACK of TARGET by X"', () => {
    for (const t of [
      'The attack on the base by the Red Hand Brigade killed two soldiers.',
      'NO DAMAGE RESULTED FROM THIS ATTACK ON THE AIR FORCE HEADQUARTERS BY THE RED HAND BRIGADE.',
      'Two soldiers died in the raid against the farm by the Red Hand Brigade.',
    ])
      expect(summary(t).map(([s, n]) => [s, n?.toLowerCase()])).toEqual([['attributed', 'red hand brigade']]);
  });

  it('takes no place and no means for an agent', () => {
    expect(summary('The attack on the base by the river killed two soldiers.')).toEqual([]);
    expect(
      summary('They asked to end the brutal attack on the civilians by compelling the Red Hand Brigade to stop.'),
    ).toEqual([]);
  });
});
