import { describe, expect, it } from 'vitest';
import { SYRIA, summary } from './helpers.js';

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

  it('does not read "N of its fighters" in the group\'s own account as a second, attributed actor', () => {
    expect(
      summary('The Sinjar Brigades said two of its fighters were involved in the ambush on the fuel convoy.'),
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

describe("states' forces in by-phrases and subjects", () => {
  it('reads a weak verb with armed forces after "by" as an attack', () => {
    expect(summary('The clinic in the old town was hit by Jordanian warplanes, the nurses said.')).toEqual([
      ['attributed', 'Jordan'],
    ]);
    expect(summary('The fence was hit by a falling tree.')).toEqual([]);
  });

  it('reads two demonyms sharing one forces noun as two states', () => {
    expect(summary('Iranian and Iraqi jets pounded the farms near the river, the nurses said.')).toEqual([
      ['attributed', 'Iran'],
      ['attributed', 'Iraq'],
    ]);
  });

  it('reads "war planes" as forces', () => {
    expect(summary('Raids by Iranian war planes hit the farms near the river, the nurses said.')).toContainEqual([
      'attributed',
      'Iran',
    ]);
  });

  it('reads the regime after a demonym as the second state', () => {
    expect(summary(`${SYRIA} Raids by Iranian and regime warplanes killed nine farmers, the nurses said.`)).toEqual(
      expect.arrayContaining([
        ['attributed', 'Iran'],
        ['attributed', 'Syria'],
      ]),
    );
  });

  it('gives the air force of a head of state to the state', () => {
    expect(
      summary('The farms were bombed by the air force of President Bashar al-Assad, the nurses said.'),
    ).toContainEqual(['attributed', 'Syria']);
  });
});

describe("an owner's use of a weapon", () => {
  it('attributes the use of a named weapon to its owner', () => {
    expect(summary("The nurses condemned Iran's use of cluster bombs near the river.")).toEqual([
      ['attributed', 'Iran'],
    ]);
    expect(
      summary(`${SYRIA} The nurses condemned the regimes repeated use of chlorine near the river.`),
    ).toContainEqual(['attributed', 'Syria']);
  });

  it('leaves a bare "use of weapons" alone', () => {
    expect(summary("The nurses criticised the army's use of weapons near the river.")).toEqual([]);
  });
});

describe('present-tense attack verbs', () => {
  it('reads a base-form attack verb after forces ("warplanes bomb")', () => {
    expect(summary('Iranian and Iraqi warplanes bomb the farms near the river, the nurses said.')).toEqual([
      ['attributed', 'Iran'],
      ['attributed', 'Iraq'],
    ]);
    expect(summary('Jordanian jets pound the farms near the river every night.')).toEqual([['attributed', 'Jordan']]);
  });

  it('leaves the noun alone', () => {
    expect(summary('The price of a pound of bread rose in the market near the river.')).toEqual([]);
  });
});

describe('states named by their adjective in responsibility phrases', () => {
  it('reads "Iranian and regime warplanes were behind" as two states, not a person "Iranian"', () => {
    expect(
      summary(`${SYRIA} Iranian and regime warplanes were behind the raids on the bakery, the nurses said.`),
    ).toEqual(
      expect.arrayContaining([
        ['attributed', 'Iran'],
        ['attributed', 'Syria'],
      ]),
    );
    expect(summary(`${SYRIA} Iranian and regime warplanes were behind the raids on the bakery.`)).not.toContainEqual([
      'attributed',
      'Iranian',
    ]);
  });

  it('reads "Iranian responsibility for" as Iran, and its denial as a denial', () => {
    expect(summary('The nurses pointed to Iranian responsibility for the raid on the bakery.')).toEqual([
      ['attributed', 'Iran'],
    ]);
    expect(summary('Tehran denied Iranian responsibility for the raid on the bakery.')).toEqual([['denied', 'Iran']]);
  });
});

describe('an attack gerund the tagger reads as a verb', () => {
  it('reads "rebel shelling killed…" as the rebels', () => {
    expect(summary('Rebel shelling killed four farmers near the river on Sunday, the nurses said.')).toEqual([
      ['attributed', 'rebels'],
    ]);
    expect(summary('Four farmers died in rebel shelling on Sunday, the nurses said.')).toEqual([
      ['attributed', 'rebels'],
    ]);
  });

  it('leaves a gerund with its object alone', () => {
    expect(summary('The rebel shelling the farms was captured near the river on Sunday.')).toEqual([]);
  });
});

describe('fire by fighters or a state', () => {
  it('reads "rebel fire" and "regime fire" as attacks by them', () => {
    expect(summary('Rebel fire on the market killed six farmers, the nurses said.')).toEqual([
      ['attributed', 'rebels'],
    ]);
    expect(summary(`${SYRIA} Six farmers died in regime fire on the market.`)).toContainEqual(['attributed', 'Syria']);
  });

  it('leaves a fire alone', () => {
    expect(summary('A fire broke out in the market and six farmers died.')).toEqual([]);
  });
});

describe('the object of a preposition is no perpetrator', () => {
  it('does not read the target before a participle as who carried out the strikes', () => {
    expect(
      summary(
        'A Jordanian air strike on a Sinjar Brigades camp killed nine fighters. The air force stepped up its campaign against the militants this month carrying out daily air strikes against their farms.',
      ),
    ).not.toContainEqual(['attributed', 'Sinjar Brigades']);
  });
});

describe('responsibility for a perpetration gerund; a bare coalition', () => {
  it('reads "was responsible for carrying out the attack"', () => {
    expect(summary('The nurses said the Sinjar Brigades were responsible for carrying out the ambush.')).toEqual([
      ['attributed', 'Sinjar Brigades'],
    ]);
  });

  it('reads lower-case "coalition air strikes" as the coalition named before', () => {
    expect(
      summary(
        'The US-led coalition has bombed the farms for weeks. Six farmers died in coalition air strikes, the nurses said.',
      ),
    ).toContainEqual(['attributed', 'US-led coalition']);
    expect(
      summary(
        'The US-led coalition has bombed the farms for weeks. Six farmers died in coalition air strikes, the nurses said.',
      ).length,
    ).toBe(2);
  });
});

describe('a demonym and a named regime sharing the forces noun', () => {
  it('reads "by the Iranian and Assad regime forces" as two states', () => {
    expect(
      summary('Nine farmers were killed in raids by the Iranian and Assad regime forces, the nurses said.'),
    ).toEqual([
      ['attributed', 'Iran'],
      ['attributed', 'Syria'],
    ]);
  });
});

describe("a state's forces named by a description act for the state in every form", () => {
  it('gives "Jordanian Forces Deny…" to Jordan', () => {
    expect(summary('Jordanian Forces Deny Shelling Farms Near the River')).toEqual([['denied', 'Jordan']]);
  });
});

describe('sturdier responsibility phrases', () => {
  it('reads coordinated adverbs inside "holds X … responsible"', () => {
    expect(summary('The council holds Iran directly and fully responsible for the raid on the bakery.')).toEqual([
      ['attributed', 'Iran'],
    ]);
  });

  it('reads a progressive "was carrying out" as the subject carrying out the attack', () => {
    expect(summary('The nurses said the Sinjar Brigades were carrying out raids on the farms near the river.')).toEqual(
      [['attributed', 'Sinjar Brigades']],
    );
  });
});

describe("a known person's canonical name", () => {
  it('is an alias of the entity the text spells otherwise', async () => {
    const { extract } = await import('../../src/index.js');
    const x = extract('The nurses blamed the raid squarely on President Bashar Assad.');
    const [c] = x.claims;
    expect(c?.actor?.name).toBe('Bashar Assad');
    expect(x.entities.find((e) => e.id === c?.actor?.entity)?.aliases).toContain('Bashar al-Assad');
  });
});

describe('blamed EVENT on PLACE on ACTOR', () => {
  it('reads the second "on" as whom the attack is blamed on', () => {
    expect(summary('The nurses blamed the raid on the bakery on the Sinjar Brigades.')).toEqual([
      ['attributed', 'Sinjar Brigades'],
    ]);
  });

  it('leaves "blamed the attack on the market" with no one named', () => {
    expect(summary('The nurses blamed the raid on the bakery.')).toEqual([]);
  });
});

describe('a person named as the attacker', () => {
  it('reads a named person who planted a bomb or fired rockets', () => {
    expect(summary('The police said Karl Weiss planted the bomb outside the bakery.')).toEqual([
      ['attributed', 'Karl Weiss'],
    ]);
  });

  it('does not read a place before the verb as a person', () => {
    expect(
      summary('The nurses said militants positioned in Kafr Hamra fired rockets at the bakery.'),
    ).not.toContainEqual(['attributed', 'Kafr Hamra']);
  });

  it('needs a weapon or an attack as what the person did', () => {
    expect(summary('The police said Karl Weiss launched a new bakery outside the station.')).toEqual([]);
  });
});

describe('a hyphenated place after a participle', () => {
  it('reads the fighters before "positioned in al-X" as who fired', () => {
    expect(summary('The nurses said terrorists positioned in al-Hamra fired rocket shells on the bakery.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
  });
});

describe('injured or wounded by fighters', () => {
  it('reads a victim verb before "by" as a passive naming the attacker', () => {
    expect(summary('Two farmers were injured by rebels mortar shells near the river, the nurses said.')).toEqual([
      ['attributed', 'rebels'],
    ]);
    expect(summary('A woman was killed by terrorists rocket shells near the bakery, the nurses said.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
  });

  it('leaves an active "wounded" with no attack alone', () => {
    expect(summary('He was wounded by shrapnel.')).toEqual([]);
  });
});

describe('an ally named by its adjective in a by-phrase', () => {
  it('reads "by Jordanian forces and their Iraqi ally" as two states', () => {
    expect(summary('The nurses said raids by Jordanian forces and their Iraqi ally killed nine farmers.')).toEqual(
      expect.arrayContaining([
        ['attributed', 'Jordan'],
        ['attributed', 'Iraq'],
      ]),
    );
  });
});

describe('coordinated actors accused in the passive', () => {
  it('gives each conjunct its accusation', () => {
    expect(summary('Jordan and Iraq have been accused by the nurses of shelling the farms near the river.')).toEqual([
      ['attributed', 'Jordan'],
      ['attributed', 'Iraq'],
    ]);
    expect(
      summary(
        'Jordanian government forces and their Iraqi ally have been accused by the nurses of shelling the farms near the river.',
      ),
    ).toEqual([
      ['attributed', 'Jordan'],
      ['attributed', 'Iraq'],
    ]);
  });

  it('does not take the object of an earlier clause as a conjunct', () => {
    expect(summary('Iran backs the regime and Jordan has been accused of shelling the farms near the river.')).toEqual([
      ['attributed', 'Jordan'],
    ]);
  });
});
