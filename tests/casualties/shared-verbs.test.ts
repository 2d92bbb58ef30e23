import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';
import { extract } from '../../src/extract.js';

describe('casualties: two outcome verbs sharing one object', () => {
  it('gives one figure with the first verb\'s outcome ("killing and wounding over 40 people")', () => {
    for (const text of [
      'The car bomb went off near the market, killing and wounding more than 25 people.',
      'Government troops killed and wounded dozens of fighters in the hills.',
      'Army Kills, Wounds Scores of Insurgents Near Mosul',
    ]) {
      for (const t of [text, text.toUpperCase()]) {
        const f = figures(t);
        expect(
          f.map((x) => x.outcome),
          t,
        ).toEqual(['killed']);
      }
    }
  });

  it('keeps two figures when each verb has its own object', () => {
    expect(brief('The blast killed 9 people and wounded 31 others.')).toEqual([
      ['9 people', 'killed', 9, 9],
      ['31 others', 'injured', 31, 31],
    ]);
  });
});

describe('casualties: people "claimed" in the passive', () => {
  it('counts people who "were claimed" (killed), in the body and as a headline\'s bare passive', () => {
    expect(brief('Scores of insurgents were also claimed in clashes near the dam, the agency said.')).toEqual([
      ['Scores of insurgents', 'killed', 40, null],
    ]);
    const x = extract(
      '27 Rebel Fighters Claimed in Clashes Near Hama\n\nThe army pressed on with its offensive on Monday.',
    );
    expect(x.casualties.map((f) => [f.text, f.outcome, f.count.min])).toEqual([['27 Rebel Fighters', 'killed', 27]]);
  });

  it('reads no figure in a claim of an attack or a claim someone makes', () => {
    expect(figures('The bombing was claimed by a little-known group.')).toEqual([]);
    expect(figures('Two men claimed in court that they had been tortured.')).toEqual([]);
    expect(figures('Five soldiers claimed the reward.')).toEqual([]);
  });
});
