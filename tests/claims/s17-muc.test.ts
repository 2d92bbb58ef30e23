import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { summary } from './helpers.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 17: constructions
// that put an attack on a group a reader has never seen, read by their syntax and the shape of the
// name. Every sentence here was written for these tests, with invented groups (the Vorandi People's
// Front, the Kalmero Command, the Tesmar Liberation Movement), people and places, in capitals and in
// mixed case; none is from a data set.

/** Whether the text gives a claim of `status` by an actor named `actor` (case aside). */
const has = (text: string, status: string, actor: string): boolean =>
  summary(text).some(([s, a]) => s === status && a?.toLowerCase() === actor.toLowerCase());

describe('an accusation in a reduced relative or a relative clause on the group before it', () => {
  it('reads `X, ACCUSED BY S OF …`, `X, BLAMED BY S FOR …` and `X, WHICH S ACCUSES OF …`', () => {
    for (const [t, actor] of [
      ['THE VPF, ACCUSED BY THE ARMY OF THE MASSACRE, HAS DENIED IT.', 'VPF'],
      ['THE VPF, BLAMED BY THE ARMY FOR THE MASSACRE, HAS DENIED IT.', 'VPF'],
      ['THE VPF, WHICH THE GOVERNMENT ACCUSES OF THE MASSACRE, HAS DENIED IT.', 'VPF'],
      [
        'The Kalmero Command, accused by police of murdering the two judges, issued a statement on Monday.',
        'Kalmero Command',
      ],
      ['The Kalmero Command, blamed for the bombing of the bridge, issued a statement.', 'Kalmero Command'],
      [
        'THE TESMAR LIBERATION MOVEMENT (TLM), WHOM THE ARMY ACCUSED OF KIDNAPPING THE ENGINEER, DENIED IT.',
        'Tesmar Liberation Movement',
      ],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not when what the relative names is no attack', () => {
    for (const t of [
      'THE PEASANTS, ACCUSED BY THE ARMY OF COLLABORATING WITH THE GUERRILLAS, WERE RELEASED.',
      'THE MAYOR, ACCUSED BY THE OPPOSITION OF CORRUPTION, RESIGNED.',
      'The minister, blamed by critics for the delay, resigned.',
      'The VPF, which the army accused of lying, rejected the report.',
    ])
      expect(
        summary(t).filter(([s]) => s === 'attributed'),
        t,
      ).toEqual([]);
  });
});

describe('a quoted part of a group name: the words after the closing mark, and a date', () => {
  it('keeps the head after the marks in capitals after a naming cue', () => {
    expect(trueCase('THE SELF-STYLED "QUINTO SOL" COMMAND CLAIMED RESPONSIBILITY FOR THE ATTACK.')).toContain(
      '"Quinto Sol" Command claimed',
    );
    expect(trueCase('A GROUP CALLING ITSELF THE "12 OCTOBER" REVOLUTIONARY FORCES CLAIMED IT.')).toContain(
      '"12 October" Revolutionary Forces claimed',
    );
    expect(trueCase('A NEW GROUP CALLING ITSELF THE "9 MAY" PEOPLE\'S LIBERATION FORCES ANNOUNCED IT.')).toContain(
      '"9 May" People\'s Liberation Forces announced',
    );
    expect(trueCase('THE "15 SEPTEMBER" COMMAND CLAIMED THE MURDER.')).toContain('"15 September" Command claimed');
  });

  it('gives the whole name, date and all, as the claimant, in capitals and mixed case', () => {
    for (const [t, actor] of [
      [
        'THE SELF-STYLED "QUINTO SOL" COMMAND CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE EMBASSY.',
        'Quinto Sol Command',
      ],
      [
        'A GROUP CALLING ITSELF THE "12 OCTOBER" REVOLUTIONARY FORCES CLAIMED THE BOMBING OF THE BANK.',
        '12 October Revolutionary Forces',
      ],
      ['THE "15 SEPTEMBER" COMMAND CLAIMED THE MURDER OF THE JUDGE.', '15 September Command'],
      ['The "15 September" Command claimed the murder of the judge.', '15 September Command'],
    ] as const)
      expect(has(t, 'claimed', actor), t).toBe(true);
  });

  it('not a quoted date or a scare-quoted word before a common noun', () => {
    expect(trueCase('HE SAID THE "12 MARCH" AGREEMENT WAS DEAD.')).toContain('"12 March" agreement');
    expect(trueCase('THE "HEAVY" CLASHES CONTINUED.')).toContain('"heavy" clashes');
    expect(trueCase('THE SO-CALLED "DEATH" SQUADS KILLED HIM.')).toContain('"death" squads');
  });
});

describe('a union named after "the", and a group named in apposition to a group noun', () => {
  it('keeps THE X PATRIOTIC UNION in capitals, not a union its words only describe', () => {
    expect(trueCase('THE SELMAR PATRIOTIC UNION CLAIMED RESPONSIBILITY FOR THE BOMBING.')).toContain(
      'The Selmar Patriotic Union claimed',
    );
    expect(trueCase('THE NATIONAL UNION MET IN SAN RAFAEL.')).toContain('The national union met');
    expect(trueCase('THE LABOR UNION CALLED A STRIKE.')).toContain('The labor union called');
  });

  it('gives the name after `a (previously unknown) group,` as the actor, in capitals and mixed case', () => {
    for (const [t, status, actor] of [
      [
        'THE BOMBING WAS CLAIMED BY A PREVIOUSLY UNKNOWN GROUP, THE SELMAR PATRIOTIC UNION.',
        'claimed',
        'Selmar Patriotic Union',
      ],
      [
        'The bombing was claimed by a little-known group, the Selmar Patriotic Union.',
        'claimed',
        'Selmar Patriotic Union',
      ],
      [
        'A previously unknown group, the Selmar Patriotic Union, claimed the bombing.',
        'claimed',
        'Selmar Patriotic Union',
      ],
      [
        'The attack was carried out by a rebel faction, the Dulmar Armed Front, the army said.',
        'attributed',
        'Dulmar Armed Front',
      ],
    ] as const)
      expect(has(t, status, actor), t).toBe(true);
  });

  it('not a description after the comma, nor a person', () => {
    expect(summary('The judge was killed by a group of gunmen, the police said.')).toEqual([]);
    expect(has('The bombing was claimed by a group, the Reverend Juan Perez said.', 'claimed', 'Juan Perez')).toBe(
      false,
    );
  });
});

describe('an arrest in connection with an attack (the authorities suspect the group)', () => {
  it('puts the attack on the group whose members are arrested or detained, passive and active', () => {
    for (const [t, actor] of [
      [
        'THREE MEMBERS OF THE DULMAR ARMED FRONT WERE ARRESTED IN CONNECTION WITH THE ATTACK ON THE MAYOR.',
        'Dulmar Armed Front',
      ],
      [
        'Two members of the Kalmero Command were detained in connection with the bombing of the bank.',
        'Kalmero Command',
      ],
      ['POLICE ARRESTED THREE MEMBERS OF THE DULMAR ARMED FRONT IN CONNECTION WITH THE ATTACK.', 'Dulmar Armed Front'],
      ['POLICE ARRESTED THREE VPF GUERRILLAS IN SAN RAFAEL IN CONNECTION WITH THE BOMBING.', 'VPF'],
      [
        'Police arrested two members of the Kalmero Command in connection with the murder of the judge.',
        'Kalmero Command',
      ],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not an arrest for something else, with no attack, or negated', () => {
    for (const t of [
      'THREE MEN WERE ARRESTED IN CONNECTION WITH THE ROBBERY.',
      'THE MAYOR WAS DETAINED IN CONNECTION WITH A FRAUD CASE.',
      'MEMBERS OF THE DULMAR ARMED FRONT WERE DETAINED IN SAN RAFAEL.',
      'POLICE ARRESTED THREE MEMBERS OF THE DULMAR ARMED FRONT DURING A DEMONSTRATION.',
      'THE ARMY ARRESTED TWO MEMBERS OF THE DULMAR ARMED FRONT FOR ILLEGAL POSSESSION OF WEAPONS.',
      'POLICE HAVE NOT ARRESTED ANY MEMBERS OF THE VPF IN CONNECTION WITH THE ATTACK.',
    ])
      expect(summary(t), t).toEqual([]);
  });
});

describe('a passive with its agent after a date or a place', () => {
  it('reads the by-phrase past "ON 5 MAY" (a month, no modal) and past a place adjunct', () => {
    for (const [t, actor] of [
      ['THE JUDGE WAS KIDNAPPED ON 5 MAY BY MEMBERS OF THE VPF.', 'VPF'],
      ['The judge was murdered on 5 May by members of the Kalmero Command.', 'Kalmero Command'],
      ['THE JUDGE WAS KIDNAPPED IN SAN RAFAEL BY AN URBAN COMMANDO OF THE VPF.', 'VPF'],
      ['THE BOMB WAS PLANTED IN THE CAR BY VPF GUERRILLAS.', 'VPF'],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not a by-phrase after a verb of no violence, and "may" before a verb stays a modal', () => {
    for (const t of [
      'THE CANDIDATE WAS ELECTED IN SAN RAFAEL BY THE PEASANTS.',
      'THE BUS WAS STOPPED AT A CHECKPOINT BY SOLDIERS.',
      'THE VPF MAY ATTACK THE TOWN, THE ARMY SAID.',
    ])
      expect(summary(t), t).toEqual([]);
  });
});

describe('an aside on the attack between it and the actor of "attributed … to" and "blamed … on"', () => {
  it('reads past the relative clause in commas', () => {
    for (const [t, actor] of [
      [
        'THE AUTHORITIES HAVE ATTRIBUTED THE MASSACRE, IN WHICH 14 PEASANTS DIED, TO THE KALMERO REVOLUTIONARY COMMAND.',
        'Kalmero Revolutionary Command',
      ],
      ['The army blamed the massacre, which left 14 dead, on the Kalmero Command.', 'Kalmero Command'],
      ['The army blamed the massacre, which took place in San Rafael, on the VPF and the Kalmero Command.', 'VPF'],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not a cause that is no actor', () => {
    for (const t of [
      'THE ARMY ATTRIBUTED THE ATTACK, WHICH FAILED, TO BAD LUCK.',
      'The minister blamed the attack, which killed four, on poor security at the base.',
    ])
      expect(summary(t), t).toEqual([]);
  });
});

describe('attackers named as a group: "identified the killers as members of X", "the killers were X guerrillas"', () => {
  it('puts the attack on the group, in capitals and mixed case', () => {
    for (const [t, actor] of [
      ['THE POLICE IDENTIFIED THE KILLERS AS MEMBERS OF THE TESMAR LIBERATION MOVEMENT.', 'Tesmar Liberation Movement'],
      [
        'The police identified the murderers as members of the Tesmar Liberation Movement.',
        'Tesmar Liberation Movement',
      ],
      ['THE ARMY IDENTIFIED THE ATTACKERS AS VPF GUERRILLAS.', 'VPF'],
      ['THE POLICE SAID THE KILLERS WERE VPF GUERRILLAS.', 'VPF'],
      ['The army said the attackers were Kalmero Command guerrillas.', 'Kalmero Command'],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
    expect(has('Police named the gunman as Karl Weiss.', 'attributed', 'Karl Weiss')).toBe(true);
  });

  it('not victims, nor attackers described with no group', () => {
    for (const t of [
      'THE POLICE IDENTIFIED THE VICTIMS AS MEMBERS OF THE TESMAR LIBERATION MOVEMENT.',
      'POLICE IDENTIFIED THE KILLERS AS TWO BROTHERS FROM SAN RAFAEL.',
      'THE POLICE SAID THE KILLERS WERE YOUNG MEN.',
    ])
      expect(summary(t), t).toEqual([]);
  });
});

describe("a group's medium named as its voice or organ in apposition", () => {
  it("reads the medium's report of the rebels' acts as the group's claim", () => {
    for (const t of [
      'RADIO LIBERTAD, THE VOICE OF THE DULMAR ARMED FRONT, REPORTED THAT THE REBELS HAD KILLED 12 SOLDIERS.',
      'Radio Libertad, the official organ of the Dulmar Armed Front, said guerrilla units attacked the garrison and killed 12 soldiers.',
    ])
      expect(has(t, 'claimed', 'Dulmar Armed Front'), t).toBe(true);
  });

  it('not a medium that only writes about the group', () => {
    for (const t of [
      'RADIO LIBERTAD, WHICH IS CRITICAL OF THE DULMAR ARMED FRONT, REPORTED THAT THE REBELS HAD KILLED 12 SOLDIERS.',
      'THE NEWSPAPER, A CRITIC OF THE DULMAR ARMED FRONT, REPORTED THAT THE REBELS HAD KILLED 12 SOLDIERS.',
    ])
      expect(has(t, 'claimed', 'Dulmar Armed Front'), t).toBe(false);
  });
});

describe("a headline's present tense: 'REBELS LAUNCH ATTACK ON BASE'", () => {
  it('reads "launch" as the weak agent verb "launched", with an attack after it', () => {
    for (const [t, actor] of [
      ['REBELS LAUNCH ATTACK ON ARMY BASE NEAR SAN RAFAEL', 'Rebels'],
      ['VPF GUERRILLAS LAUNCH ATTACK ON SAN RAFAEL BARRACKS', 'VPF'],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not a campaign, an offensive or an appeal launched', () => {
    for (const t of [
      'GOVERNMENT LAUNCHES CAMPAIGN AGAINST DRUGS',
      'Rebels launch appeal for peace talks',
      'ARMY LAUNCH OFFENSIVE AGAINST VPF REBELS',
    ])
      expect(summary(t), t).toEqual([]);
  });
});

describe('a document from a group claims for it: "A STATEMENT FROM THE X CLAIMED RESPONSIBILITY"', () => {
  it('gives the document’s author as the claimant, in capitals and mixed case', () => {
    for (const [t, actor] of [
      ['A statement from the Dulmar Armed Front claimed responsibility for the bombing.', 'Dulmar Armed Front'],
      ['A COMMUNIQUE FROM THE DULMAR ARMED FRONT CLAIMED RESPONSIBILITY FOR THE BOMBING.', 'Dulmar Armed Front'],
      ['A statement by the Dulmar Armed Front claimed responsibility for the bombing.', 'Dulmar Armed Front'],
    ] as const)
      expect(has(t, 'claimed', actor), t).toBe(true);
  });

  it('not a document about the group', () => {
    expect(summary('A report on the Dulmar Armed Front claimed responsibility for nothing.')).toEqual([]);
  });
});
