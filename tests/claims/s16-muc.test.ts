import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { findGroupsByShape } from '../../src/actors/shape.js';
import { parse } from '../../src/index.js';
import { claims, summary } from './helpers.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 16: groups a
// reader has never seen, recognised by the shape of their names and the syntax around them, not by
// a list. Every sentence here was written for these tests, with invented groups (the Telmoran
// Patriotic Front, the KVRC, the Salveran Communist Party), people and places, in capitals and in
// mixed case; none is from a data set.

/** Whether the text gives a claim of `status` by an actor named `actor` (case aside). */
const has = (text: string, status: string, actor: string): boolean =>
  summary(text).some(([s, a]) => s === status && a?.toLowerCase() === actor.toLowerCase());

describe('a party or an alliance named after "the"', () => {
  it('keeps its capitals in wire copy and is an actor, in capitals and mixed case', () => {
    expect(trueCase('THE ARMY BLAMED THE SALVERAN COMMUNIST PARTY FOR THE MURDER.')).toContain(
      'the Salveran Communist Party',
    );
    for (const t of [
      'THE ARMY BLAMED THE SALVERAN COMMUNIST PARTY FOR THE ASSASSINATION OF THE MINISTER.',
      'Government spokesmen blamed the Salveran Communist Party for the assassination of the minister.',
      'THE BOMB HAD BEEN PLANTED BY MEMBERS OF THE SALVERAN COMMUNIST PARTY, ACCORDING TO POLICE.',
    ])
      expect(has(t, 'attributed', 'Salveran Communist Party')).toBe(true);
    expect(
      has(
        'POLICE BLAMED THE VORLAN REPUBLICAN ALLIANCE FOR THE BOMBING OF THE BRIDGE.',
        'attributed',
        'Vorlan Republican Alliance',
      ),
    ).toBe(true);
  });

  it('not a party or alliance its participle only describes', () => {
    expect(trueCase('THE RULING PARTY WON THE ELECTION IN ALTAMIRA.')).toContain('ruling party won');
    expect(trueCase('THE GOVERNING ALLIANCE MET ON MONDAY.')).toContain('governing alliance met');
  });
});

describe('a name that opens a reported clause after a count or a speech verb', () => {
  it('keeps its capitals with one word of its own before descriptive words (`SAID X PATRIOTIC FRONT GUERRILLAS`)', () => {
    expect(trueCase('POLICE SAID TELMORAN PATRIOTIC FRONT GUERRILLAS AMBUSHED AN ARMY PATROL.')).toContain(
      'said Telmoran Patriotic Front guerrillas',
    );
    expect(trueCase('POLICE SAID FIVE TELMORAN PATRIOTIC FRONT REBELS AMBUSHED AN ARMY PATROL.')).toContain(
      'five Telmoran Patriotic Front rebels',
    );
    for (const t of [
      'POLICE SAID TELMORAN PATRIOTIC FRONT GUERRILLAS AMBUSHED AN ARMY PATROL NEAR ALTAMIRA.',
      'Police said Telmoran Patriotic Front guerrillas ambushed an army patrol near Altamira.',
      'THE ARMY SAID FIVE TELMORAN PATRIOTIC FRONT REBELS AMBUSHED A CONVOY.',
    ])
      expect(has(t, 'attributed', 'Telmoran Patriotic Front')).toBe(true);
  });

  it('not forces an adverb, a participle or a determiner describes', () => {
    expect(trueCase('THE MAYOR WAS KILLED BY HEAVILY ARMED FORCES.')).toContain('by heavily armed forces');
    expect(trueCase('THE MAYOR WAS KILLED BY HOSTILE FORCES.')).toContain('by hostile forces');
    expect(trueCase('GROUPS FROM THIS NEW TERRORIST MOVEMENT ATTACKED THE TOWN HALL.')).toContain(
      'from this new terrorist movement',
    );
  });
});

describe("an editor's bracket naming the group before its fighters", () => {
  it('gives the group, its acronym in parentheses inside the bracket', () => {
    for (const t of [
      'POLICE SAID THE [TELMORAN PATRIOTIC FRONT (TPF)] GUERRILLAS AMBUSHED AN ARMY PATROL NEAR ALTAMIRA.',
      'The army said the [Telmoran Patriotic Front (TPF)] guerrillas killed the mayor.',
    ])
      expect(has(t, 'attributed', 'Telmoran Patriotic Front')).toBe(true);
    // the casing layer keeps a name the bracket opens after "the" (no acronym that spells it needed)
    expect(
      trueCase('THEY ADMITTED THAT THE [KESMARI VOLTA NATIONAL LIBERATION FRONT (CRGL)] GUERRILLAS KILLED HIM.'),
    ).toContain('[Kesmari Volta National Liberation Front (CRGL)]');
    expect(trueCase('THE TROOPS KILLED [WORDS INDISTINCT] IN THE VILLAGE.')).toContain('[words indistinct]');
    // a bracket that names no group leaves the fighters as they are
    expect(
      summary('POLICE SAID THE [WORDS INDISTINCT] GUERRILLAS KILLED THE MAYOR.').map(([, a]) => a?.toLowerCase()),
    ).not.toContain('words indistinct');
  });
});

describe('a quoted name before a unit head, with an "of" that opens no name', () => {
  it('is the unit (`accused the "Carlos Zambrano" Command of the murder`)', () => {
    for (const t of [
      'THE ARMY HAS ACCUSED THE "CARLOS ZAMBRANO" COMMAND OF THE MURDER OF THE PRIEST.',
      'The army has accused the "Carlos Zambrano" Command of the murder of the priest.',
    ])
      expect(has(t, 'attributed', 'Carlos Zambrano Command')).toBe(true);
    // an of-phrase naming another body: the unit is that body's
    const names = (t: string): string[] => findGroupsByShape(parse(t)).map((g) => g.name);
    expect(names('The Red Dawn Urban Command of the Telmoran Front claimed it.')).not.toContain(
      'Red Dawn Urban Command',
    );
  });
});

describe("a group's release of a hostage after a date", () => {
  it('is its admission (`WAS RELEASED ON SUNDAY BY X`)', () => {
    for (const [t, actor] of [
      ['THE ENGINEER, KIDNAPPED ON 15 FEBRUARY, WAS RELEASED ON SUNDAY BY THE TELMORA FRONT.', 'Telmora Front'],
      ['The kidnapped banker was released on 3 March by the KVRC.', 'KVRC'],
    ])
      expect(has(t!, 'claimed', actor!)).toBe(true);
    expect(summary('The kidnapped banker was not released on Sunday by the KVRC.')).toEqual([]);
  });
});

describe('a relative clause attributing its antecedent attack', () => {
  it('`THE ATTACK, WHICH THE AUTHORITIES ATTRIBUTED TO X,` gives X with its source', () => {
    for (const [t, actor] of [
      ['THE ATTACK, WHICH THE AUTHORITIES ATTRIBUTED TO THE DLF, LEFT FIVE DEAD.', 'DLF'],
      ['The bombing, which police attributed to the Durango Liberation Front, killed two.', 'Durango Liberation Front'],
    ])
      expect(has(t!, 'attributed', actor!)).toBe(true);
    // a relative clause on no attack: nothing
    expect(
      summary('The decree, which the minister attributed to the Durango Liberation Front, was withdrawn.'),
    ).toEqual([]);
  });
});

describe('an authority suspecting a group named in apposition after a group noun', () => {
  it('accuses the name (`POLICE SUSPECT THE MAOIST ORGANIZATION, "X," IN THE ATTACK`)', () => {
    for (const [t, actor] of [
      ['POLICE SUSPECT THE MAOIST ORGANIZATION, "SENDERO ROJO," IN THE ATTACK ON THE EMBASSY.', 'Sendero Rojo'],
      [
        'THE POLICE SUSPECT THE EXTREME LEFT-WING ORGANIZATION, "NUEVA AURORA," OF THE MURDER OF THE CONSUL.',
        'Nueva Aurora',
      ],
      [
        'A BOMB DESTROYED THE BANK IN ALTAMIRA. THE POLICE SUSPECT THE EXTREME LEFT-WING MAOIST ORGANIZATION, "NUEVA AURORA."',
        'Nueva Aurora',
      ],
    ])
      expect(has(t!, 'attributed', actor!)).toBe(true);
  });

  it('not without an attack, nor negated', () => {
    expect(summary('Police suspect the organization, "Nueva Aurora," of planning a march.')).toEqual([]);
    expect(summary('Police do not suspect the organization, "Nueva Aurora," in the attack on the embassy.')).toEqual(
      [],
    );
  });
});

describe("a group's claim of a violent act of its own", () => {
  it('is a claim with no attack named before it (`CLAIMED IT DOWNED TWO HELICOPTERS`)', () => {
    for (const [t, actor] of [
      ['THE TELMORAN PATRIOTIC FRONT TODAY CLAIMED IT DOWNED TWO ARMY HELICOPTERS.', 'Telmoran Patriotic Front'],
      ['The Telmoran Patriotic Front claimed it had ambushed an army convoy.', 'Telmoran Patriotic Front'],
    ])
      expect(has(t!, 'claimed', actor!)).toBe(true);
  });

  it('not a weak verb or no violent act with no attack in sight', () => {
    expect(summary('THE TELMORAN PATRIOTIC FRONT CLAIMED IT HAD WON THE ELECTION.')).toEqual([]);
    expect(summary('The Telmoran Front claimed it had hit its targets in the budget talks.')).toEqual([]);
  });
});

describe('a relative clause whose aside names who reports the act', () => {
  it('attributes the act to the antecedent, the aside its source (`X, WHO ACCORDING TO POLICE PLANTED THE BOMB,`)', () => {
    const rows = (t: string): string[] =>
      claims(t).map((c) => `${c.status} ${c.actor?.name.toLowerCase()} ${c.source?.name.toLowerCase() ?? null}`);
    expect(
      rows('THE KORVALAN ARMED MOVEMENT, WHO ACCORDING TO POLICE PLANTED THE BOMB, HAS DENIED ANY INVOLVEMENT.'),
    ).toEqual(['denied korvalan armed movement null', 'attributed korvalan armed movement police']);
    expect(rows('The Telmoran Front, which according to the army carried out the massacre, has denied it.')).toContain(
      'attributed telmoran front army',
    );
    expect(rows('The Korvalan Armed Movement, which according to police planted the bomb, is small.')).toEqual([
      'attributed korvalan armed movement police',
    ]);
  });

  it('not when the aside reports no violent act', () => {
    expect(
      summary('THE VESKAR COMMAND, WHICH ACCORDING TO ITS LEADERS HAS 200 MEMBERS, OPERATES IN THE NORTH.'),
    ).toEqual([]);
    expect(summary('The Veskar Command, which according to police opened an office, is small.')).toEqual([]);
  });
});

describe("a front organisation's claim or accusation", () => {
  it("is its parent group's too (`THE X, A FRONT OF THE Y,`, `X, A Y FRONT ORGANIZATION`)", () => {
    for (const [t, status] of [
      ['THE DLF, A FRONT OF THE TELMORAN PATRIOTIC FRONT, CLAIMED THE BOMBING OF THE EMBASSY.', 'claimed'],
      ['The DLF, a front for the Telmoran Patriotic Front, claimed the bombing of the embassy.', 'claimed'],
      [
        'THE MINISTER BLAMED THE BOMBING ON THE DLF, A FRONT ORGANIZATION OF THE TELMORAN PATRIOTIC FRONT.',
        'attributed',
      ],
    ]) {
      expect(has(t!, status!, 'DLF')).toBe(true);
      expect(has(t!, status!, 'Telmoran Patriotic Front')).toBe(true);
    }
  });

  it('not a group described otherwise in the apposition', () => {
    expect(summary('THE DLF, A SMALL GROUP OF THE NORTH, CLAIMED THE BOMBING OF THE EMBASSY.')).toEqual([
      ['claimed', 'DLF'],
    ]);
    expect(summary('The DLF, a rival of the Telmoran Patriotic Front, claimed the bombing of the embassy.')).toEqual([
      ['claimed', 'DLF'],
    ]);
  });
});

describe('a long aside between the group and its claim', () => {
  it("is passed: an acronym, an editor's bracket and a relative clause (`X, XM [FORMERLY Y], WHICH…, HAS CLAIMED`)", () => {
    for (const t of [
      'THE KORVALAN ARMED MOVEMENT, KAM [FORMERLY THE KORVALAN WORKERS GROUP], WHICH WAS THOUGHT TO BE INACTIVE, HAS CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE JUDGE.',
      'The Korvalan Armed Movement, KAM [formerly the Korvalan Workers Group], which was thought to be inactive, has claimed responsibility for the attack on the judge.',
    ])
      expect(has(t, 'claimed', 'Korvalan Armed Movement')).toBe(true);
  });

  it('not a person or no attack', () => {
    expect(summary('THE JUDGE, WHO WAS THOUGHT TO BE SAFE, HAS CLAIMED RESPONSIBILITY FOR THE RULING.')).toEqual([]);
  });
});

describe('accusations of several groups and passive attributions with their agent', () => {
  it('a list of three accused before "of" gives one accusation each', () => {
    for (const t of [
      'THE GOVERNMENT ACCUSED THE KVRC, THE DLF AND THE TELMORAN PATRIOTIC FRONT OF THE MASSACRE.',
      'The government accused the KVRC, the DLF and the Telmoran Patriotic Front of the massacre.',
    ]) {
      const got = summary(t)
        .filter(([s]) => s === 'attributed')
        .map(([, a]) => a?.toLowerCase());
      expect(got).toEqual(['kvrc', 'dlf', 'telmoran patriotic front']);
    }
    expect(summary('THE PRESIDENT ACCUSED THE KVRC, THE DLF AND THE TELMORAN PATRIOTIC FRONT OF LYING.')).toEqual([]);
  });

  it('`EVENT WAS ATTRIBUTED BY SOURCE TO X`', () => {
    const got = claims('THE BOMBING WAS ATTRIBUTED BY THE POLICE TO THE VESKAR REVOLUTIONARY COMMAND.');
    expect(got.map((c) => [c.status, c.actor?.name.toLowerCase(), c.source?.name.toLowerCase()])).toEqual([
      ['attributed', 'veskar revolutionary command', 'police'],
    ]);
    expect(
      has(
        'The kidnapping was attributed by the army to the Durango Liberation Front.',
        'attributed',
        'Durango Liberation Front',
      ),
    ).toBe(true);
    expect(summary('The decree was attributed by the press to the Durango Liberation Front.')).toEqual([]);
  });
});
