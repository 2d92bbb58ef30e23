import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { formatSummary } from '../../src/cli/format.js';
import { DISASTER_HEADS, DISASTER_VERBS, kindOfWord } from '../../src/lexicon/en/index.js';
import type { Extraction } from '../../src/types.js';

const run = (text: string): Extraction => extract(text, { publishedAt: '2022-03-14' });
const named = (x: Extraction): string[][] => x.incidents.map((i) => i.mentions.map((m) => m.text));

/** Sentences written for this test (in no data set): non-violent disasters are labelled by what happened (§5). */
describe('incidents: non-violent disasters', () => {
  it('names an incident told by a disaster verb with that verb, not as an attack', () => {
    const x = run('The cargo plane crashed into a hillside near Quito on Sunday, killing all 6 crew members.');
    expect(named(x)).toEqual([['crashed']]);
    expect(formatSummary(x)).not.toMatch(/an attack/);
  });

  it('names one by a disaster noun, in other words and casing', () => {
    expect(named(run('A 5.8-magnitude earthquake killed 31 villagers in the mountains on Tuesday.'))).toEqual([
      ['A 5.8-magnitude earthquake'],
    ]);
    expect(named(run('MUDSLIDE BURIES HOMES; 9 DEAD'))).not.toEqual([[]]);
    expect(named(run('The overloaded ferry capsized in the river, killing 14 passengers.'))).toEqual([['capsized']]);
  });

  it('keeps a disaster told after an attack apart from it', () => {
    const x = run(
      'A roadside bomb exploded near Herat, killing 4 policemen. Hours later a minibus crashed on the same road, killing 2.',
    );
    expect(x.incidents).toHaveLength(2);
    expect(named(x)[1]).toEqual(['crashed']);
  });

  it('gives disasters kinds of their own, never the kind of an attack', () => {
    expect(kindOfWord('quake')).toBe('earthquake');
    expect(kindOfWord('crashed')).toBe('crash');
    expect(kindOfWord('landslides')).toBe('flood');
    expect(DISASTER_HEADS.has('fire')).toBe(false); // "opened fire" is an attack
    expect(DISASTER_VERBS.has('exploded')).toBe(false);
  });

  it('reads "storm" as no disaster ("Gunmen Storm Hotel")', () => {
    const x = run(
      'Gunmen Storm Bank in River Town\n\nGunmen stormed a bank in the river town of Lodwar on Monday, killing 3 guards.',
    );
    expect(x.incidents.flatMap((i) => i.mentions.map((m) => m.text.toLowerCase()))).not.toContain('gunmen storm');
    expect(kindOfWord('storm')).toBe(null);
  });

  it('adds no event for "opened fire"', () => {
    const x = run('Gunmen opened fire on a bus near Jos, killing 3 passengers.');
    expect(x.incidents.flatMap((i) => i.mentions.map((m) => m.text))).not.toContain('fire');
  });
});
