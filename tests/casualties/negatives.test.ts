import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';

describe('casualties: what is not a casualty figure', () => {
  it('ignores counts of attackers, bombs, raids, blasts, buildings, distances and days', () => {
    expect(figures('At least seven gunmen attacked the police post with two car bombs.')).toEqual([]);
    expect(figures('Jets carried out 14 raids and three blasts shook the 2 buildings 5 km away.')).toEqual([]);
    expect(figures('The siege lasted 40 days.')).toEqual([]);
    expect(figures('Four suicide bombers blew themselves up at the gate.')).toEqual([]);
  });

  it('does not take attackers before an active verb for victims', () => {
    expect(figures('Three gunmen killed themselves before the police arrived.')).toEqual([]);
    // …but attackers who are killed are people killed.
    expect(brief('Three gunmen were killed by the guards.')).toEqual([['Three gunmen', 'killed', 3, 3]]);
  });

  it('ignores people gathered, arrested, freed, evacuated or displaced', () => {
    expect(figures('Police arrested 40 protesters after the march.')).toEqual([]);
    expect(figures('About 3,000 families were displaced by the fighting.')).toEqual([]);
    expect(figures('Medics evacuated 12 wounded soldiers from the hill.')).toEqual([]);
    expect(figures('Twelve wounded prisoners were freed on Monday.')).toEqual([]);
    expect(figures('The rebels released 18 hostages at dawn.')).toEqual([]);
  });

  it('ignores modifiers glued by a hyphen ("1,000-strong", "six-year-old war")', () => {
    expect(figures('A 1,000-strong force killed the commander in a raid on the base.')).toEqual([
      expect.objectContaining({ text: 'the commander', count: { min: 1, max: 1, exact: true, approximate: false } }),
    ]);
    expect(figures('The six-year-old war has ruined the valley.')).toEqual([]);
  });

  it('ignores denials, percentages and years', () => {
    expect(figures('No one was killed in the blast.')).toEqual([]);
    expect(figures('Not a single worker was hurt.')).toEqual([]);
    expect(figures('Clashes killed 40 percent of the herd.')).toEqual([]);
    expect(figures('The uprising of 2011 killed thousands.')).toEqual([
      expect.objectContaining({ text: 'thousands', outcome: 'killed' }),
    ]);
  });

  it('ignores uncounted mentions', () => {
    expect(figures('Civilians are being killed every day, the envoy said.')).toEqual([]);
    expect(figures('The dead fighters included foreigners.')).toEqual([]);
    expect(figures('It was unclear whether any residents were among the casualties.')).toEqual([]);
  });

  it('ignores ordinals', () => {
    expect(figures('The third victim was a teacher.')).toEqual([]);
  });
});

describe('casualties: boilerplate', () => {
  const page = [
    'Strike on market kills 12 vendors',
    '',
    'A missile hit the market in Saraqib on Monday, killing 12 vendors, rescuers said.',
    '',
    'Latest news',
    '',
    'Flood kills 30 in southern province',
    '',
    'Bus crash leaves 9 dead on coastal road',
  ].join('\n');

  it('drops figures found in page furniture unless asked for them', () => {
    const kept = figures(page);
    expect(kept.map((f) => f.text)).toEqual(['12 vendors', '12 vendors']);
    expect(kept.every((f) => !f.boilerplate)).toBe(true);
  });

  it('flags them when includeBoilerplate is set', () => {
    const all = figures(page, { includeBoilerplate: true });
    expect(all.filter((f) => f.boilerplate).map((f) => f.text)).toEqual(['30', '9']);
  });
});

describe('casualties: figurative and hypothetical outcomes', () => {
  it('needs a sentence about violence or disaster for hurt, wound and missing', () => {
    expect(figures('The slump in prices hurt thousands of farmers.')).toEqual([]);
    expect(figures('The province is missing its climate targets.')).toEqual([]);
    expect(figures('Two actors were missing from the sequel.')).toEqual([]);
    expect(figures('Donors paid for ads to wound Senator Blake.')).toEqual([]);
    expect(brief('Fourteen hikers were hurt in the landslide.')).toEqual([['Fourteen hikers', 'injured', 14, 14]]);
  });

  it('needs it too for one named or described person who died', () => {
    expect(figures('She returned home after the death of her grandmother.')).toEqual([]);
    expect(figures('The court changed after the death of Justice Ramirez.')).toEqual([]);
    expect(brief('His cousin died in the shelling of the market.')).toEqual([['His cousin', 'killed', 1, 1]]);
  });

  it('ignores outcomes after a modal or an intention', () => {
    expect(figures('A strike there could kill thousands of civilians.')).toEqual([]);
    expect(figures('The militia vowed to kill 100 soldiers.')).toEqual([]);
    expect(brief('Police found the rifle used to kill two guards.')).toEqual([['two guards', 'killed', 2, 2]]);
    // A purpose with a count is still a count: "moved in to kill 35 fighters".
    expect(brief('The jets returned to kill another 20 fighters at the depot.')).toEqual([
      ['another 20 fighters', 'killed', 20, 20],
    ]);
  });

  it('counts "the lives of" only when they are taken', () => {
    expect(figures('Reporters pieced together the lives of the two suspects.')).toEqual([]);
    expect(brief('The blast claimed the lives of nine porters.')).toEqual([['nine porters', 'killed', 9, 9]]);
  });

  it('reads a participle before its noun', () => {
    expect(brief('He is the father of a slain border guard.')).toEqual([['a slain border guard', 'killed', 1, 1]]);
  });
});

describe('casualties: a toll word does not take the count of another outcome', () => {
  it('reads "confirmed the death toll and said another 25 people were wounded" as 25 injured', () => {
    expect(brief('A medic confirmed the death toll and said another 25 people were wounded.')).toEqual([
      ['another 25 people', 'injured', 25, 25],
    ]);
    expect(brief('The officials confirmed the toll and said 30 people had been hurt.')).toEqual([
      ['30 people', 'injured', 30, 30],
    ]);
    expect(brief('The death toll rose to 40 people.')).toEqual([['40 people', 'killed', 40, 40]]);
  });
});

describe('casualties: a nationality after "one" is the one person counted', () => {
  it('reads the parts of a count in dashes when one of them is "one Salvadoran"', () => {
    expect(brief('Five nuns - four Germans and one Chilean - were murdered by the gang.')).toEqual([
      ['Five nuns', 'killed', 5, 5],
      ['four Germans', 'killed', 4, 4],
      ['one Chilean', 'killed', 1, 1],
    ]);
    expect(brief('Gunmen killed one Peruvian and wounded three.')).toEqual([
      ['one Peruvian', 'killed', 1, 1],
      ['three', 'injured', 3, 3],
    ]);
  });
});
