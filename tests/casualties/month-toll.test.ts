import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import { extract } from '../../src/extract.js';

const scopes = (text: string): [string, string][] => figures(text).map((f) => [f.text, f.scope]);

describe("casualties: a whole month's toll is cumulative", () => {
  it('marks a toll given for a month, with no day, cumulative (in no incident)', () => {
    expect(scopes('Government air raids killed 310 civilians in May, the monitoring group said.')).toEqual([
      ['310 civilians', 'cumulative'],
    ]);
    const text = 'At least 90 people have been killed and 400 wounded in October bombardment of Deraa, officials said.';
    expect(scopes(text)).toEqual([
      ['At least 90 people', 'cumulative'],
      ['400', 'cumulative'],
    ]);
    expect(extract(text).incidents).toEqual([]);
  });

  it('keeps one attack, a day, or an event recalled by its place and month an incident', () => {
    expect(scopes('A suicide bomber killed 14 people in March.')).toEqual([['14 people', 'incident']]);
    expect(scopes('Rockets killed 8 people on March 4 in the old city.')).toEqual([['8 people', 'incident']]);
    expect(scopes('Air strikes killed at least 22 civilians in Kafr Zita in June.')).toEqual([
      ['at least 22 civilians', 'incident'],
    ]);
  });
});

describe('casualties: a round-up of several attacks in several places is cumulative', () => {
  it('marks the total of a daily round-up cumulative, commas kept or lost', () => {
    for (const text of [
      'Seven civilians were killed and 12 others were wounded in rocket attacks on Homs, Latakia, Tartus and its countryside on Monday.',
      'Eight killed 15 injured in terrorist attacks in Homs Latakia Idleb and Deraa',
    ]) {
      expect(figures(text).map((f) => f.scope)).toEqual(['cumulative', 'cumulative']);
      expect(extract(text).incidents).toEqual([]);
    }
  });

  it('keeps attacks on one or two places an incident', () => {
    expect(scopes('Two women were killed in rocket attacks on the old city of Homs.')).toEqual([
      ['Two women', 'incident'],
    ]);
    expect(scopes('Air strikes on Douma and Harasta killed 20 people.')).toEqual([['20 people', 'incident']]);
  });
});

describe("casualties: a period's running toll is cumulative", () => {
  it("marks this month's or this year's toll cumulative, and keeps it out of every incident", () => {
    const text =
      'A mortar shell killed 7 herders near Palu on Wednesday. This month’s death toll in the district rose to 112, ' +
      'the governor said. The toll for the year now stands at 860 dead. About 300 farmers have died in raids on the plain this year.';
    expect(scopes(text)).toEqual([
      ['7 herders', 'incident'],
      ['112', 'cumulative'],
      ['860', 'cumulative'],
      ['About 300 farmers', 'cumulative'],
    ]);
    const x = extract(text);
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.casualties.map((f) => f.text)).toEqual(['7 herders']);
  });

  it("keeps a day's toll and a past-tense toll of this week an incident", () => {
    expect(scopes('A mortar shell killed 7 herders on Wednesday. Wednesday’s death toll rose to 9.')).toEqual([
      ['7 herders', 'incident'],
      ['9', 'incident'],
    ]);
    expect(scopes('A mortar shell killed 7 herders near Palu this month.')).toEqual([['7 herders', 'incident']]);
  });
});
