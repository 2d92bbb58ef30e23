import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, summary } from './helpers.js';

// Perpetrators and accusations in MUC-style wire copy (issues 13, 14), session 18: accusations in
// a reduced relative (`members suspected of the bombing`), the active `linked X to EVENT`, and a
// group named after `as members of` by a naming verb. Every sentence here was written for these
// tests, with invented or varied groups, verbs and places, in capitals and in mixed case; none is
// from a data set.

/** The sentence as written and in wire capitals. */
const bothCases = (t: string): string[] => [t, t.toUpperCase()];
/** `[status, actor name]` rows with the name in lower case (wire capitals keep an unknown name's capitals). */
const rows = (t: string): [string, string | null][] => summary(t).map(([s, a]) => [s, a?.toLowerCase() ?? null]);

describe('a reduced relative `suspected of EVENT` after a group member phrase', () => {
  it('puts the attack on the group the phrase names', () => {
    for (const [t, name] of [
      ['The police arrested three Shining Path members suspected of the bombing.', 'Shining Path'],
      [
        'Soldiers detained a member of the Ricardo Franco Front suspected of planting the bomb.',
        'Ricardo Franco Front',
      ],
      [
        'Two FMLN guerrillas suspected of the murder of the mayor were captured in Usulutan.',
        'Farabundo Martí National Liberation Front',
      ],
      [
        'Troops seized five militants of the Popular Liberation Army suspected of the ambush near Cali.',
        'Popular Liberation Army',
      ],
    ] as const)
      for (const v of bothCases(t)) expect(summary(v), v).toContainEqual(['attributed', name]);
  });

  it('names no one when the phrase is no group, or nothing follows that is an attack', () => {
    for (const t of [
      'Three men suspected of the bombing were arrested in the capital.',
      'Two students suspected of links to the Morazan Front were detained.',
      'The army captured two suspected guerrillas near the border.',
      'Five Shining Path members suspected of tax fraud were released.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('the active `linked / tied X to EVENT`', () => {
  it('is an accusation by the subject', () => {
    for (const [t, name, source] of [
      ['The army has linked the Morazan Front to the murder of the mayor.', 'Morazan Front', 'army'],
      [
        'Prosecutors tied the Ricardo Franco Front to the bombing of the embassy.',
        'Ricardo Franco Front',
        'Prosecutors',
      ],
      ['Colonel Ortiz linked the Shining Path to the massacre of 12 peasants in Ayacucho.', 'Shining Path', 'Ortiz'],
    ] as const) {
      expect(holdsRows(claimRows(t), [['attributed', name, '*']]), t).toBe(true);
      expect(claimRows(t).find((r) => r[0] === 'attributed')?.[2] ?? '', t).toContain(source);
      expect(holdsRows(claimRows(t.toUpperCase()), [['attributed', '*', '*']]), t).toBe(true);
    }
  });

  it('not in the passive, in a reduced relative, or with no attack after the preposition', () => {
    for (const t of [
      'The Morazan Front is linked to the kidnapping.',
      'The minister linked the price rise to the strike.',
      'He linked the Morazan Front to the drug trade.',
      'Lawyers tied the delay to the court.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
    // "militants linked to X" is a description of the attackers, never an accusation of X
    for (const v of bothCases('Militants linked to the Morazan Front attacked the post.'))
      expect(
        summary(v).some(([, a]) => a === 'Morazan Front'),
        v,
      ).toBe(false);
  });
});

describe('a naming verb with `as members of X` or `as X guerrillas`', () => {
  it('names the group whole, never a word of it as a person', () => {
    for (const t of [
      'The police identified the attackers as members of the Shining Path.',
      'The army identified the killers as Shining Path guerrillas.',
      'Investigators identified the kidnappers as militants of the Shining Path.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([['attributed', 'Shining Path']]);
  });

  it('still names a person after an age', () => {
    expect(summary('Police named the gunman as 34-year-old Kevin Marsh.')).toEqual([['attributed', 'Kevin Marsh']]);
    expect(summary('Detectives identified the bomber as Omar Haddad, a former soldier.')).toEqual([
      ['attributed', 'Omar Haddad'],
    ]);
  });
});

describe('an admission with the attack as its direct object', () => {
  it('is a claim in the actor’s own voice', () => {
    for (const [t, name] of [
      ['The Ricardo Franco Front has admitted the murder of the two policemen.', 'Ricardo Franco Front'],
      ['The Morazan Front admitted the kidnapping of the engineer.', 'Morazan Front'],
      ['The Shining Path today admitted the bombing of the power station in Huancayo.', 'Shining Path'],
      ['In a letter to the press, the ELN admitted the ambush on the army convoy.', 'ELN'],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['claimed', name.toLowerCase()]);
  });

  it('not across a preposition, with no attack, or negated', () => {
    for (const t of [
      'The minister admitted the lapses in the attack on the convoy.',
      'The minister admitted the failure of the police.',
      'The army admitted no attack on the village.',
      'The Popular Liberation Army has not admitted the kidnapping.',
    ])
      for (const v of bothCases(t))
        expect(
          summary(v).filter(([s]) => s === 'claimed'),
          v,
        ).toEqual([]);
  });
});

describe('an acronym the lexicon does not know, as the subject after "the"', () => {
  it('speaks for its group in its own account and its release promise', () => {
    for (const t of [
      'In a communique, the KRPF said it had kidnapped the engineer.',
      'The KRPF has promised to release the kidnapped engineer.',
      'The VZLT said that its commandos had dynamited the bridge at Tolmar.',
    ])
      for (const v of bothCases(t))
        expect(
          summary(v).map(([s]) => s),
          v,
        ).toContain('claimed');
    for (const v of bothCases('The KRPF said it had kidnapped the engineer.'))
      expect(rows(v), v).toContainEqual(['claimed', 'krpf']);
  });

  it('no claim from an acronym that only reports', () => {
    for (const t of ['The KRPF said the weather was bad.', 'The ABQ reported that rain fell on the capital.'])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('"claimed by" a group described by its name and a group noun', () => {
  it('is the group’s claim when an attack is in sight', () => {
    for (const [t, name] of [
      ['Responsibility for the attack was claimed by the Tolmek Kesar group.', 'tolmek kesar group'],
      [
        'The bombing of the bridge was claimed by the Nueva Aurora group in a call to a radio station.',
        'nueva aurora group',
      ],
      ['Two soldiers died in the ambush. It was claimed by the Tolmek Kesar group.', 'tolmek kesar group'],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['claimed', name]);
  });

  it('no claim of anything else', () => {
    for (const t of [
      'The victory was claimed by the government.',
      'The seat was claimed by the opposition.',
      'The land was claimed by the rebels.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('a claim verb with its medium before the `that` clause, and "blown up"', () => {
  it('is the group’s claim', () => {
    for (const [t, name] of [
      ['The Shining Path claimed, through leaflets, that it had killed the mayor.', 'shining path'],
      ['The Shining Path claimed in leaflets that it had killed the mayor.', 'shining path'],
      [
        'The Ricardo Franco Front claimed in a communique that its commandos had kidnapped the banker.',
        'ricardo franco front',
      ],
      ['The Popular Liberation Army said it had blown up the pipeline near Arauca.', 'popular liberation army'],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['claimed', name]);
  });

  it('no claim when the clause tells no attack', () => {
    for (const t of [
      'The minister claimed in an interview that the economy was growing.',
      'The Shining Path claimed, through leaflets, that the elections were a fraud.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('a group’s own account told through "according to"', () => {
  it('is its claim', () => {
    for (const [t, name] of [
      ['According to a communique from the Morazan Front, its commandos attacked the police station.', 'morazan front'],
      ['According to the Shining Path, its militants dynamited the bridge at Huanta.', 'shining path'],
      [
        'According to a statement issued by the Ricardo Franco Front, the group kidnapped the banker.',
        'ricardo franco front',
      ],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['claimed', name]);
  });

  it('not for what the group reports of others, nor for no act', () => {
    for (const v of bothCases('According to the Shining Path, the army bombed three villages.'))
      expect(
        rows(v).some(([s]) => s === 'claimed'),
        v,
      ).toBe(false);
    for (const v of bothCases('According to the Shining Path, the talks will resume on Monday.'))
      expect(summary(v), v).toEqual([]);
  });
});

describe('a group’s own medium named by its possessive as the speaker', () => {
  it('speaks for the group about its own acts', () => {
    for (const [t, name] of [
      ["The Morazan Front's clandestine radio reported that its units had attacked the garrison.", 'morazan front'],
      ["The ELN's spokesman said its guerrillas had blown up the pipeline.", 'eln'],
      ["The Shining Path's newspaper said its militants had killed the mayor of Huanta.", 'shining path'],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['claimed', name]);
  });

  it('no claim for a state’s spokesman, nor with no act', () => {
    for (const t of [
      "The army's spokesman said its troops had attacked the rebels.",
      "The Morazan Front's radio reported that the talks had failed.",
    ])
      for (const v of bothCases(t))
        expect(
          rows(v).some(([s]) => s === 'claimed'),
          v,
        ).toBe(false);
  });
});

describe('an arrest "because of" or "on suspicion of" an involvement in an attack', () => {
  it('is the authorities’ suspicion of the arrested members’ group', () => {
    for (const [t, name] of [
      [
        'Three FMLN members were arrested because of their suspected involvement in the bombing.',
        'farabundo martí national liberation front',
      ],
      [
        'Two Shining Path members were detained on suspicion of involvement in the murder of the mayor.',
        'shining path',
      ],
      [
        'Members of the Treasury Police were arrested because of their alleged involvement in the massacre.',
        'treasury police',
      ],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['attributed', name]);
  });

  it('not for an arrest over anything else', () => {
    for (const t of [
      'Three FMLN members were arrested because of the curfew.',
      'Two Shining Path members were detained on suspicion of theft.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('a perpetration verb after a raising verb, and "consider X responsible"', () => {
  it('puts the attack on the raising verb’s subject', () => {
    for (const [t, name] of [
      ['The Shining Path is believed to have carried out the attack on the police post.', 'shining path'],
      ['The Morazan Front appears to have staged the ambush near Perquin.', 'morazan front'],
      ['The KRPF is thought to have perpetrated the massacre.', 'krpf'],
    ] as const)
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['attributed', name]);
  });

  it('holds the object of "consider" responsible, active or passive', () => {
    for (const t of [
      'Authorities consider the Morazan Front responsible for the massacre.',
      'The Morazan Front is considered responsible for the massacre.',
    ])
      for (const v of bothCases(t)) expect(rows(v), v).toContainEqual(['attributed', 'morazan front']);
  });

  it('not for no attack, nor negated', () => {
    for (const t of [
      'The Shining Path is believed to have carried out many reforms.',
      'The Shining Path is not believed to have carried out the attack.',
      'The minister considers the army responsible for security.',
    ])
      for (const v of bothCases(t)) expect(summary(v), v).toEqual([]);
  });
});

describe('coordinated actors after "blamed on" and "attributed to"', () => {
  it('gives one claim per actor, with the same source', () => {
    for (const [t, names] of [
      ['The bombing was blamed on the Shining Path and the ELN.', ['shining path', 'eln']],
      ['The killings were attributed to the Shining Path and the Morazan Front.', ['shining path', 'morazan front']],
      [
        'The massacre, which the army blamed on the KRPF and the Morazan Front, left 12 dead.',
        ['krpf', 'morazan front'],
      ],
    ] as const)
      for (const v of bothCases(t)) {
        const got = rows(v);
        for (const n of names) expect(got, v).toContainEqual(['attributed', n]);
      }
  });

  it('no second claim for what is no actor after "and"', () => {
    for (const v of bothCases('The attack was blamed on the Shining Path and condemned by the church.'))
      expect(rows(v), v).toEqual([['attributed', 'shining path']]);
  });
});
