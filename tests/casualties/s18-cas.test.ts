import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { CasualtyFigure } from '../../src/types.js';

const figures = (text: string): CasualtyFigure[] => extract(text, { publishedAt: '2026-03-12' }).casualties;
const brief = (f: CasualtyFigure) => ({ outcome: f.outcome, min: f.count.min, max: f.count.max, victims: f.victims });

describe('casualties: a toll in quotation marks (s18)', () => {
  it('reads a quoted count before its victims, as object or subject', () => {
    expect(figures('The raid killed "at least 40" people, officials said.').map(brief)).toEqual([
      { outcome: 'killed', min: 40, max: null, victims: 'people' },
    ]);
    expect(figures('Officials said "at least 40" villagers were killed in the raid.').map(brief)).toEqual([
      { outcome: 'killed', min: 40, max: null, victims: 'villagers' },
    ]);
    expect(figures('The governor said the storm had injured "more than 20" fishermen.').map(brief)).toEqual([
      { outcome: 'injured', min: 21, max: null, victims: 'fishermen' },
    ]);
    expect(figures('The shelling left "dozens" dead, according to the health ministry.').map(brief)).toEqual([
      { outcome: 'killed', min: 24, max: null, victims: null },
    ]);
  });

  it('reads no count out of a quoted word that is none', () => {
    expect(
      figures('Fans of the "Five Stars" club were hurt in the crush, police said.').map((f) => f.count.min),
    ).not.toContain(5);
    expect(figures('The "40 Days" campaign ended on Monday.')).toEqual([]);
  });
});

describe('casualties: a subject with a reduced relative before its verb (s18)', () => {
  it('reads the counted people before a participle phrase', () => {
    expect(figures('Seven of the 12 miners trapped underground were killed, the company said.').map(brief)).toEqual([
      { outcome: 'killed', min: 7, max: 7, victims: 'miners' },
    ]);
    expect(figures('Four passengers travelling in the front carriage were injured in the crash.').map(brief)).toEqual([
      { outcome: 'injured', min: 4, max: 4, victims: 'passengers' },
    ]);
    expect(figures('Two guards posted at the gate died in the blast.').map(brief)).toEqual([
      { outcome: 'killed', min: 2, max: 2, victims: 'guards' },
    ]);
  });

  it('keeps out people arrested or evacuated, and a clause with a verb of its own', () => {
    expect(figures('Three journalists covering the trial were arrested on Monday.')).toEqual([]);
    expect(figures('Twelve families living near the river were evacuated after the flood.')).toEqual([]);
    expect(figures('Rebels who shelled the town said nobody was killed.')).toEqual([]);
  });
});

describe('casualties: a verb of manner with its object before the particle (s18)', () => {
  it('reads "gunned the three farmers down" and "mowed two shepherds down"', () => {
    expect(figures('Gunmen gunned the three farmers down near Jos on Sunday.').map(brief)).toEqual([
      { outcome: 'killed', min: 3, max: 3, victims: 'farmers' },
    ]);
    expect(figures('Bandits mowed two shepherds down on the road to Zaria.').map(brief)).toEqual([
      { outcome: 'killed', min: 2, max: 2, victims: 'shepherds' },
    ]);
    expect(figures('Men stabbed his two sons to death in the market.').map(brief)).toEqual([
      { outcome: 'killed', min: 2, max: 2, victims: 'sons' },
    ]);
  });

  it('reads nothing when the verb is not one of killing or the object is no people', () => {
    expect(figures('Workers cut the old trees down near the road.')).toEqual([]);
    expect(figures('The storm brought the power lines down.')).toEqual([]);
    expect(figures('Crews shut the two plants down for a week.')).toEqual([]);
  });
});

describe('casualties: one attack at one site told with its month is an incident toll (s18)', () => {
  it('keeps "killed 40 recruits at a base in March" an incident figure', () => {
    for (const t of [
      'The militia killed 40 recruits at a base in March.',
      'Gunmen killed 11 guests at a wedding in May, police said.',
      'A suicide bomber killed 23 worshippers at the mosque in January.',
    ]) {
      const f = figures(t);
      expect(f, t).toHaveLength(1);
      expect(f[0]!.scope, t).toBe('incident');
    }
  });

  it('still reads a month’s toll over a region as cumulative', () => {
    const f = figures('More than 100 civilians have been killed in Aleppo province in August, the monitor said.');
    expect(f.map((x) => x.scope)).toEqual(['cumulative']);
  });
});

describe('casualties: hostages held by an active verb, injuries named by their kind (s18)', () => {
  it('reads the object of "holding … hostage", "took … hostage", "kept … hostage" as abducted', () => {
    expect(figures('Militants are holding 20 passengers hostage at the airport.').map(brief)).toEqual([
      { outcome: 'abducted', min: 20, max: 20, victims: 'passengers' },
    ]);
    expect(figures('The gunmen took two policemen hostage at the bank.').map(brief)).toEqual([
      { outcome: 'abducted', min: 2, max: 2, victims: 'policemen' },
    ]);
    expect(figures('Pirates kept the 18 crew members hostage for a month.').map(brief)).toEqual([
      { outcome: 'abducted', min: 18, max: 18, victims: 'crew members' },
    ]);
  });

  it('reads no hostage out of a figurative one', () => {
    expect(figures('The crisis held the economy hostage for years.')).toEqual([]);
    expect(figures('Lawmakers took the budget hostage again.')).toEqual([]);
  });

  it('reads people who suffered burns or were treated for fractures as injured', () => {
    expect(figures('Five people suffered burns in the fire at the depot.').map(brief)).toEqual([
      { outcome: 'injured', min: 5, max: 5, victims: 'people' },
    ]);
    expect(figures('Three firefighters were treated for severe burns after the blast.').map(brief)).toEqual([
      { outcome: 'injured', min: 3, max: 3, victims: 'firefighters' },
    ]);
    expect(figures('Two boys sustained fractures when the wall collapsed in the shelling.').map(brief)).toEqual([
      { outcome: 'injured', min: 2, max: 2, victims: 'boys' },
    ]);
  });

  it('reads nothing from "burns" as a verb or a name, nor a bare count that is part of people told', () => {
    expect(figures('Ken Burns said the film was finished.')).toEqual([]);
    expect(figures('The fire burns slowly in the dry grass near the front line.')).toEqual([]);
    expect(figures('Five nurses were hospitalised after the shelling, and two were treated for burns.').length).toBe(1);
  });
});

describe('casualties: a toll over "the past week" is cumulative (s18)', () => {
  it('marks a toll during the past or last span of time as cumulative', () => {
    for (const t of [
      'Aleppo bore the brunt, with 374 people recorded killed in the city during the past week.',
      'At least 60 civilians were killed during the last three days of shelling, the monitor said.',
    ]) {
      const f = figures(t);
      expect(f, t).toHaveLength(1);
      expect(f[0]!.scope, t).toBe('cumulative');
    }
  });

  it('keeps a toll of "the last attack" an incident figure', () => {
    const f = figures('Two guards were killed during the last attack on the base.');
    expect(f.map((x) => x.scope)).toEqual(['incident']);
  });
});
