import { describe, expect, it } from 'vitest';
import { claims, summary, SYRIA } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3 `attributed`); none is taken from a data set.

describe('actor-verb clauses that were read as something else', () => {
  it('reads a progressive after "has been" / "were" as active, not passive', () => {
    expect(summary(`${SYRIA} Medics said the regime has been dropping barrel bombs on the bakery district.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
    expect(summary(`${SYRIA} Medics said regime forces were shelling the hospital in the old town.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
    // a true passive stays unread
    expect(summary(`${SYRIA} Medics said the hospital was being shelled in the old town.`)).toEqual([]);
  });

  it('does not take the weapons of "using chemical weapons" for an armed target', () => {
    expect(summary(`${SYRIA} Monitors said regime forces killed 400 villagers using chemical weapons.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
    // weapons depots struck by a state are still combat
    expect(summary(`${SYRIA} Syrian jets destroyed the weapons depots of the insurgents near Hama.`)).toEqual([]);
  });

  it('needs the weapon of "using" as its own object', () => {
    expect(
      summary('The villagers said the militants were using schools to sleep while hiding their weapons in caves.'),
    ).toEqual([]);
  });

  it('finds the subject before a "backed by X" participle whose object is a name', () => {
    expect(
      summary(`${SYRIA} Witnesses said regime forces backed by Hezbollah killed the farmers near the mill.`),
    ).toEqual([['attributed', 'Syria']]);
  });

  it('keeps "according to X" out of the subject', () => {
    const c = claims(`${SYRIA} Syrian warplanes according to the Observatory bombed the bakery in the old town.`);
    expect(c.map((x) => x.actor?.name)).toEqual(['Syria']);
    expect(c[0]!.text.startsWith('Syrian warplanes')).toBe(true);
  });
});

describe('forces named by a noun of two words', () => {
  it('reads "fighter jets" after a demonym as the state\'s forces, in a coordinated by-phrase too', () => {
    expect(summary('Residents said Russian fighter jets struck the grain silo near the river.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(
      summary(`${SYRIA} Ten farmers were killed in air raids by regime and Russian fighter jets on the mill.`),
    ).toEqual([
      ['attributed', 'Syria'],
      ['attributed', 'Russia'],
    ]);
  });

  it('keeps "air force" whole after a demonym', () => {
    const [c] = claims('The grain silo was destroyed in strikes by the Iranian air force on Monday.');
    expect(c?.actor?.name).toBe('Iran');
    expect(c?.actor?.mention?.text).toBe('Iranian air force');
  });

  it('reads a bare "the coalition" after a by-phrase as the coalition named before', () => {
    expect(
      summary(
        'The US-led coalition has flown sorties over the valley. Officials said a raid carried out by the coalition killed six farmers.',
      ),
    ).toContainEqual(['attributed', 'US-led coalition']);
  });
});

describe('a bare "the army" in a claim is the state of the place of events, not one named elsewhere', () => {
  it('gives the army shelling a Syrian town to Syria in an article that names Turkey more often', () => {
    expect(
      summary(
        'Turkish officials met in Ankara on Monday. Turkey wants more trade. In northern Syria, the army shelled the market.',
      ),
    ).toEqual([['attributed', 'Syria']]);
  });
});

describe('more agents of an attack (ANNOTATION.md §3: a state named by its name, a by-phrase)', () => {
  it('reads a country name as the subject of an attack verb in reported speech, not a capital', () => {
    expect(summary(`${SYRIA} Herders said Turkey shelled Kurdish hamlets near the border.`)).toEqual([
      ['attributed', 'Turkey'],
    ]);
    expect(summary(`${SYRIA} The envoy said that Syria had used chemical weapons in the valley.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
    expect(summary(`${SYRIA} Damascus shelled the hamlets near the border.`)).toEqual([]);
  });

  it('does not take the weapon a state used for an armed target', () => {
    expect(summary(`${SYRIA} Herders said the regime used chemical weapons in the valley.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
  });

  it('reads "the use of WEAPON by X"', () => {
    expect(summary(`${SYRIA} The envoy condemned the use of chemical weapons by the regime in the valley.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
    expect(summary('The mayor criticised the use of force by the police at the rally.')).toEqual([]);
  });

  it('reads "forces loyal to (the) regime" as the state', () => {
    expect(summary(`${SYRIA} Nine herders were executed by forces loyal to regime near the well.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
  });

  it('reads a headline "N fighters killed X" as counted victims, not an act', () => {
    expect(
      summary('More than 40 rebels killed NGO\n\nMore than 40 rebels died in fighting near the well, a monitor said.'),
    ).toEqual([]);
  });

  it('does not take the body for the headline when normalisation shortened the headline', () => {
    const zw = '\u200b'.repeat(40);
    expect(summary(`Clashes near the well${zw}\n\n50 rebels killed two soldiers near the well.`)).toEqual([
      ['attributed', 'rebels'],
    ]);
  });
});

describe('a group named before its attackers', () => {
  it('reads "GROUP (suicide) bombers / gunmen" in a sentence about an attack as the group', () => {
    expect(summary('A blast shook the depot at dawn. Two Nusra Front gunmen then opened fire on the guards.')).toEqual([
      ['attributed', 'Nusra Front'],
    ]);
    expect(
      summary('A week after the bombing, an ISIS suicide bomber blew himself up at the ferry landing.'),
    ).toContainEqual(['attributed', 'Islamic State']);
  });

  it("leaves the attackers alone when they are a verb's object or a headline's victims", () => {
    expect(summary('After the ambush, the militia pursued ISIS gunmen into the hills.')).toEqual([]);
    expect(
      summary('Five ISIS Bombers Killed\n\nFive men died when their bombs went off early, a commander said.'),
    ).toEqual([]);
  });
});

describe('coordinated attacks before a by-phrase', () => {
  it('takes both attack phrases as the event', () => {
    const [c] = claims('The shelling and other attacks by the rebels killed ten herders.');
    expect(c?.actor?.name).toBe('rebels');
    expect(c?.event?.text).toBe('The shelling and other attacks');
  });
});
