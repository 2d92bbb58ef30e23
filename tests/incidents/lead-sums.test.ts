import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** A made-up wire: a lead that adds up two attacks told after it, each in its own sentence. */
const TEXT =
  'Five killed, 20 hurt in shelling of two towns\n\n' +
  'Shelling of two towns in the north killed five people and wounded 20 others on Sunday, a rights group said. ' +
  'In the market town of Kafr Bala, three people were killed and 12 were wounded when shells hit a bakery. ' +
  'Later, a rocket struck a school in the village of Umm Tal, killing two people and wounding eight others.';

describe('incidents: a lead toll that adds up the article’s own attacks', () => {
  const x = extract(TEXT, { publishedAt: '2024-05-06' });
  const scopeOf = (t: string) => x.casualties.filter((f) => f.text === t).map((f) => f.scope);

  it('marks the headline and lead sums cumulative, in no incident', () => {
    expect(scopeOf('Five')).toEqual(['cumulative']);
    expect(scopeOf('20')).toEqual(['cumulative']);
    expect(scopeOf('five people')).toEqual(['cumulative']);
    expect(scopeOf('20 others')).toEqual(['cumulative']);
    for (const i of x.incidents) for (const f of i.casualties) expect(f.scope).toBe('incident');
  });

  it('keeps each attack its own toll', () => {
    const tolls = x.incidents.map((i) => [i.tolls.killed?.best.value, i.tolls.injured?.best.value]);
    expect(tolls).toEqual([
      [3, 12],
      [2, 8],
    ]);
  });

  it('keeps a lead toll whose parts are one breakdown of subsets, or told too far apart', () => {
    const y = extract(
      'A car bomb killed 12 people in the town of Azaz on Sunday, including seven civilians and five fighters. ' +
        'The blast destroyed a row of shops.',
    );
    expect(y.casualties.map((f) => f.scope)).toEqual(['incident', 'incident', 'incident']);
    const z = extract(
      'A suicide bomber killed nine people at a checkpoint in Sinjar on Monday. Police said five of them were soldiers. ' +
        'Four of the dead were civilians, a doctor said.',
    );
    expect(z.casualties.find((f) => f.text === 'nine people')?.scope).toBe('incident');
  });

  it('does not sum the same words told twice', () => {
    const w = extract(
      'Six civilians were killed in rocket fire on the city on Monday. Earlier, three persons were killed in the old quarter. ' +
        'A police source said three persons were killed there.',
    );
    expect(w.casualties.find((f) => f.text === 'Six civilians')?.scope).toBe('incident');
  });
});

describe('incidents: the place a verb of striking names as its object', () => {
  it('opens a new incident where shells "hit" another named neighbourhood', () => {
    const x = extract(
      'Two women were killed when shells hit the al-Nour neighbourhood of the city on Monday. ' +
        'More shells later hit the Bab Tuma neighbourhood, leaving one man dead.',
      { publishedAt: '2024-05-07' },
    );
    expect(x.incidents.map((i) => [i.place?.text, i.casualties.map((f) => f.text)])).toEqual([
      ['the al-Nour neighbourhood', ['Two women']],
      ['the Bab Tuma neighbourhood', ['one man']],
    ]);
  });

  it('takes no place from a target without a place noun, nor from several places at once', () => {
    const x = extract(
      'An air strike hit a school in the town of Kafr Nabl, killing six children. Shelling also hit other areas of Eastern Qalamoun.',
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.place?.text).toBe('the town of Kafr Nabl');
  });
});

describe('incidents: what a round-up and a struck place are not', () => {
  it('does not sum a floor ("at least 12") into a lead toll', () => {
    const x = extract(
      'Air strikes on the town of Maarat on Tuesday killed 26 people, a monitor said. ' +
        'A strike on the hospital killed 14 people. Other strikes killed at least 12 people.',
    );
    expect(x.casualties.find((f) => f.text === '26 people')?.scope).toBe('incident');
  });

  it('takes no new place from a relative clause retelling the attack ("an airstrike which hit …")', () => {
    const x = extract(
      'At least four people were killed in airstrikes on Tuesday. An official said four civilians were killed in an airstrike which hit the Sermin district.',
    );
    expect(x.incidents).toHaveLength(1);
  });
});

describe('incidents: floors add up to a floor', () => {
  it('reads "at least 21" as the sum of "at least 15" and "six more" told after it', () => {
    const x = extract(
      'Air strikes killed at least 21 civilians in the north on Monday, a monitor said. ' +
        'At least 15 people were killed in raids on a district of the city of Manbij. ' +
        'Six more people were killed in a village near the city.',
    );
    expect(x.casualties.find((f) => f.text === 'at least 21 civilians')?.scope).toBe('cumulative');
  });
});
