import { describe, expect, it } from 'vitest';
import { brief, figures, only } from './helpers.js';

describe('casualties: subsets and companions are figures of their own', () => {
  it('reads "including", "among them", "of them", "of whom"', () => {
    expect(brief('The strike killed 31 villagers, including nine children and two nurses.')).toEqual([
      ['31 villagers', 'killed', 31, 31],
      ['nine children', 'killed', 9, 9],
      ['two nurses', 'killed', 2, 2],
    ]);
    expect(brief('Shells killed at least 15 people, among them six women, in Jisr.')).toEqual([
      ['at least 15 people', 'killed', 15, null],
      ['six women', 'killed', 6, 6],
    ]);
    expect(figures('By nightfall 120 had been killed, 44 of them conscripts.').map((f) => [f.text, f.victims])).toEqual(
      [
        ['120', null],
        ['44 of them', 'conscripts'],
      ],
    );
    expect(brief('Forty students were hurt in the stampede, ten of whom were girls.')).toEqual([
      ['Forty students', 'injured', 40, 40],
      ['ten of whom', 'injured', 10, 10],
    ]);
  });

  it('reads a partitive apposition without commas as with them (the description is the one person, no second figure), and no subset across a new count', () => {
    expect(brief('Three guards one of them a teenager were killed in the raid.')).toEqual([
      ['Three guards', 'killed', 3, 3],
      ['one of them', 'killed', 1, 1],
    ]);
    expect(
      brief('Rockets killed 4 herders near Tal Abyad Two farmers one of them a boy were hurt in the blast.'),
    ).toEqual([
      ['4 herders', 'killed', 4, 4],
      ['Two farmers', 'injured', 2, 2],
      ['one of them', 'injured', 1, 1],
    ]);
  });

  it('reads a singular subset', () => {
    expect(brief('The bombing killed dozens, including the mayor of the town.')).toEqual([
      ['dozens', 'killed', 24, null],
      ['the mayor of the town', 'killed', 1, 1],
    ]);
  });

  it('reads a subset inside dashes or before the verb', () => {
    expect(brief('Twenty civilians - including five children - were killed.')).toEqual([
      ['Twenty civilians', 'killed', 20, 20],
      ['five children', 'killed', 5, 5],
    ]);
    expect(brief('At least 50 fighters among them 12 foreigners had been killed in the battle.')).toEqual([
      ['At least 50 fighters', 'killed', 50, null],
      ['12 foreigners', 'killed', 12, 12],
    ]);
  });

  it('reads companions and lists of the dead', () => {
    expect(brief('The chief engineer was killed along with four of his assistants.')).toEqual([
      ['The chief engineer', 'killed', 1, 1],
      ['four of his assistants', 'killed', 4, 4],
    ]);
    expect(brief('Those killed in the fire included 8 children and 3 guards.')).toEqual([
      ['8 children', 'killed', 8, 8],
      ['3 guards', 'killed', 3, 3],
    ]);
  });
});

describe('casualties: scope', () => {
  it('is cumulative for a war that has killed, a war toll, or a span up to now', () => {
    expect(only('The civil war has killed more than 400,000 people.').scope).toBe('cumulative');
    expect(only('It was the worst blow to a conflict that has killed 90,000 people.').scope).toBe('cumulative');
    expect(only('The insurgency, which began in 2012, has killed around 30,000 people.').scope).toBe('cumulative');
    expect(only('At least 2,000 soldiers have died since the truce collapsed.').scope).toBe('cumulative');
    expect(only('So far 300 people have been killed in the district.').scope).toBe('cumulative');
    expect(only('Some 12,000 people were killed in the war.').scope).toBe('cumulative');
    expect(only('The death toll in the conflict has risen to 5,000.').scope).toBe('cumulative');
  });

  it('is incident otherwise, even with a war word nearby', () => {
    expect(only('The worst attack of the war killed 41 people on Sunday.').scope).toBe('incident');
    expect(only('War crimes investigators said 6 people were killed in the raid.').scope).toBe('incident');
    expect(only('Shelling killed 12 people in the war-torn town.').scope).toBe('incident');
    expect(only('The bombing killed 9 people, the deadliest since 2015.').scope).toBe('incident');
    expect(only('The Union of Free Revolution Councils said shelling killed 7 people.').scope).toBe('incident');
  });

  it('reads the war further on: a long name before the noun, years of it, a war later in the sentence', () => {
    expect(only('More than 90,000 people have died in Yemen’s seven-year civil war.').scope).toBe('cumulative');
    expect(only('Roughly 8,000 fighters were killed in four years of fighting.').scope).toBe('cumulative');
    expect(only('At least 3,000 prisoners have died in army detention centres during the conflict.').scope).toBe(
      'cumulative',
    );
    // One named or singular victim "killed in the war" is one death.
    expect(only('The photographer became the third reporter to be killed in the long civil war.').scope).toBe(
      'incident',
    );
    // An attack of its own keeps a figure with a perfect verb an incident one.
    expect(only('Twelve people have died in an airstrike on a market during the war.').scope).toBe('incident');
  });

  it('takes the war of the sentence before for a war-sized toll with no incident of its own', () => {
    const text =
      'The uprising in the north turned into a civil war in 2012. More than 150,000 people have been killed.';
    expect(only(text).scope).toBe('cumulative');
    expect(only('The war began in 2014. Its death toll may be as high as 250,000.').scope).toBe('cumulative');
    // Too few for a war's total, or an attack named: the incident's toll.
    expect(only('The war began in 2014. Twelve people have been killed.').scope).toBe('incident');
    expect(only('The war began in 2014. More than 1,500 people have been killed in the earthquake.').scope).toBe(
      'incident',
    );
    // A war in another paragraph is no antecedent.
    expect(only('The war began in 2014.\n\nMore than 150,000 people have been killed.').scope).toBe('incident');
  });

  it('gives a subset its parent’s scope and a coordinated verb its neighbour’s', () => {
    const [all, part] = figures('The war has killed 500,000 people, including 50,000 children.');
    expect([all?.scope, part?.scope]).toEqual(['cumulative', 'cumulative']);
    const [k, w] = figures('The conflict has killed 20,000 people, wounded 60,000 and displaced millions.');
    expect([k?.outcome, k?.scope, w?.outcome, w?.scope]).toEqual(['killed', 'cumulative', 'injured', 'cumulative']);
  });
});

describe('casualties: reporting source', () => {
  it('takes the subject of a reporting verb after the figure', () => {
    expect(only('Three boys were killed by a mine, the Hama Health Directorate said.').source?.name).toBe(
      'Hama Health Directorate',
    );
    expect(only('The raid killed 14 people, local officials and medics have reported.').source?.name).toBe(
      'local officials and medics',
    );
  });

  it('takes the subject before the figure, past an apposition', () => {
    expect(
      only('The Kafr Nabl Media Centre, a volunteer group that tracks the war, said 17 people were killed.').source
        ?.name,
    ).toBe('Kafr Nabl Media Centre');
    expect(only('The head of the provincial council, Samer Jaber, said nine people died.').source?.name).toBe(
      'Samer Jaber',
    );
    expect(only('The Britain-based Levant Rights Monitor said 5 people were killed.').source?.name).toBe(
      'Levant Rights Monitor',
    );
  });

  it('takes "according to" and inverted cues', () => {
    expect(only('According to rescuers from the White Helmets, 12 people died.').source?.name).toBe(
      'rescuers from the White Helmets',
    );
    expect(only('Eight guards were killed, said the Interior Ministry.').source?.name).toBe('Interior Ministry');
  });

  it('gives the fullest name in the document for a short one', () => {
    const text = [
      'Air Strike Hits Maarat',
      '',
      'The Levant Rights Monitor counted the dead after the raid on the town.',
      '',
      'An air strike killed 10 people in Maarat, the Monitor said.',
    ].join('\n');
    expect(only(text).source?.name).toBe('Levant Rights Monitor');
  });

  it('resolves "it said" to the source of a previous sentence', () => {
    const [, f] = figures('The Levant Rights Monitor said 10 people were killed. It said 4 more were wounded.');
    expect([f?.text, f?.source?.name]).toEqual(['4 more', 'Levant Rights Monitor']);
  });

  it('gives no source when the cue reports something else', () => {
    // The cue reports a quotation, not the toll.
    expect(only("Envoy urges 'calm' after blasts kill 20 people").source).toBeNull();
    // A source for a relative clause's figure must open the sentence.
    expect(
      only('Colonel Ziad Hamdan, who was killed in the ambush, had been promoted, according to state media.').source,
    ).toBeNull();
    // A cue inside a relative clause after the figure does not source it.
    expect(only('Strikes killed 30 soldiers, which the ministry said was an accident.').source).toBeNull();
    // Claiming responsibility is not reporting the toll.
    expect(only('The group claimed responsibility for the bombing that killed 6 people.').source).toBeNull();
  });

  it('gives a known group its canonical name', () => {
    expect(only('Daesh said its fighters killed 15 soldiers.').source?.name).toBe('Islamic State');
  });
});
