import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { brief, figures } from './helpers.js';

/** Text, outcome and the text of the figure it is a part of. */
const parts = (text: string): [string, string, string | null][] =>
  figures(text).map((f) => [f.text, f.outcome, f.partOf?.text ?? null]);

describe('casualties: subsets told apart from their total', () => {
  it('links "N were among the dead" and "N of the wounded" to the latest whole of that outcome', () => {
    expect(
      parts(
        'A mortar round killed 9 shoppers and hurt 17 in the old souk of Tarnak on Friday. ' +
          'Two toddlers were among the dead. Three of the wounded are on ventilators.',
      ),
    ).toEqual([
      ['9 shoppers', 'killed', null],
      ['17', 'injured', null],
      ['Two toddlers', 'killed', '9 shoppers'],
      ['Three of the wounded', 'injured', '17'],
    ]);
  });

  it('reaches a total told in an earlier paragraph, and every coordinated part', () => {
    expect(
      parts(
        'Gunmen shot dead 14 pilgrims on the road to Varesh on Sunday.\n\n' +
          'The governor ordered an inquiry.\n\n' +
          'Four nuns and a bus driver were also among those killed.',
      ),
    ).toEqual([
      ['14 pilgrims', 'killed', null],
      ['Four nuns', 'killed', '14 pilgrims'],
      ['a bus driver', 'killed', '14 pilgrims'],
    ]);
  });

  it('keeps the toll on the whole: low and best do not fall to the part', () => {
    const x = extract(
      'A truck bomb killed 26 people at a checkpoint in Dorvan on Tuesday.\n\nFive policemen were among the dead.',
    );
    expect(x.incidents).toHaveLength(1);
    const killed = x.incidents[0]!.tolls.killed!;
    expect([killed.low.value, killed.best.value, killed.high.value]).toEqual([26, 26, 26]);
  });

  it('reads "N of the victims" as a part of the latest whole, with its outcome, and as nothing without one', () => {
    expect(
      parts('Militia fire killed 11 miners at the Korvo pit on Monday.\n\nThree of the victims were teenagers.'),
    ).toEqual([
      ['11 miners', 'killed', null],
      ['Three of the victims', 'killed', '11 miners'],
    ]);
    expect(parts('A grenade wounded 8 guards at the gate. Two of the victims lost an eye.')).toEqual([
      ['8 guards', 'injured', null],
      ['Two of the victims', 'injured', '8 guards'],
    ]);
    expect(parts('Three of the victims were teenagers.')).toEqual([]);
  });

  it('reads "Most of the victims / the dead" as more than half of the whole told before', () => {
    const fs = figures(
      'Shellfire killed 15 porters and wounded 9 at the Yarro depot on Monday.\n\nMost of the victims were boys. ' +
        'Most of the wounded are in the Yarro clinic.',
    );
    expect(fs.map((f) => [f.text, f.outcome, f.count.min, f.count.max, f.partOf?.text ?? null])).toEqual([
      ['15 porters', 'killed', 15, 15, null],
      ['9', 'injured', 9, 9, null],
      ['Most of the victims', 'killed', 8, 15, '15 porters'],
      ['Most of the wounded', 'injured', 5, 9, '9'],
    ]);
    expect(figures('Most of the dead were boys.')).toEqual([]);
  });

  it('makes no share figure of an open whole ("at least 12" … "most of the dead")', () => {
    expect(
      parts(
        'Shelling killed at least 14 herders near Qalvan on Monday.\n\nMost of the dead were teenagers, a medic said.',
      ),
    ).toEqual([['at least 14 herders', 'killed', null]]);
    expect(parts('More than 30 pilgrims died in the crush. Most of the victims were women.')).toEqual([
      ['More than 30 pilgrims', 'killed', null],
    ]);
    // The parts told after such a share still divide the whole.
    expect(
      parts(
        'At least 26 people died when the ferry sank off Barwa. Most of the dead were traders but they also included two crewmen.',
      ),
    ).toEqual([
      ['At least 26 people', 'killed', null],
      ['two crewmen', 'killed', 'At least 26 people'],
    ]);
    // A closed whole still gives the share its bounds.
    expect(brief('Raiders killed 9 herders near Qalvan.\n\nMost of the dead were boys.')).toEqual([
      ['9 herders', 'killed', 9, 9],
      ['Most of the dead', 'killed', 5, 9],
    ]);
  });

  it('links "N of whom died" to the wounded it counts, keeping its own outcome, off the death toll', () => {
    expect(
      parts('The clinic in Varn took in 31 injured miners, four of whom died overnight, its director said.'),
    ).toEqual([
      ['31 injured miners', 'injured', null],
      ['four of whom', 'killed', '31 injured miners'],
    ]);
    expect(parts('Nineteen people were hurt, and two of them later died in hospital.')).toEqual([
      ['Nineteen people', 'injured', null],
      ['two of them', 'killed', 'Nineteen people'],
    ]);
    const x = extract(
      'A rocket killed at least 8 people in the market of Sorvan on Monday, police said. ' +
        'Doctors treated 40 wounded, 6 of whom later died.',
    );
    expect(x.incidents).toHaveLength(1);
    const killed = x.incidents[0]!.tolls.killed!;
    expect([killed.low.value, killed.best.value, killed.high.value]).toEqual([8, 8, 8]);
    // With no other death count, those who died are what is known of the dead.
    const y = extract('A grenade wounded 12 guards at the gate of Tarsk on Friday; three of them died later.');
    expect(y.incidents[0]!.tolls.killed!.best.value).toBe(3);
  });

  it('leaves a count that is not smaller than the whole, or with no whole before it, alone', () => {
    expect(parts('Two toddlers were among the dead.')).toEqual([['Two toddlers', 'killed', null]]);
    expect(parts('A blast killed 3 guards. Five porters were among the dead.')).toEqual([
      ['3 guards', 'killed', null],
      ['Five porters', 'killed', null],
    ]);
  });
});
