import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Incident } from '../../src/types.js';

const rows = (i: Incident): [string | undefined, string[]] => [i.date?.text, i.casualties.map((f) => f.text)];

describe('incidents: a day opening the sentence at a place already told', () => {
  it('tells another event of the place, with or without an attack phrase', () => {
    const x = extract(
      'Shelling killed 4 people in the town of Varn on Tuesday, medics said. On Sunday, 9 civilians were killed in Varn, activists said.',
      { publishedAt: '2022-03-10' },
    );
    expect(x.incidents.map(rows)).toEqual([
      ['Tuesday', ['4 people']],
      ['Sunday', ['9 civilians']],
    ]);
  });

  it('keeps a toll updated on a later day with its incident, at the place or with none', () => {
    for (const text of [
      'A bomb killed 5 people in the town of Varn on Tuesday. On Wednesday, the death toll rose to 8 in Varn, medics said.',
      'A bomb killed 5 people in the town of Varn on Tuesday. On Wednesday, the death toll rose to 8, medics said.',
    ]) {
      const x = extract(text, { publishedAt: '2022-03-10' });
      expect(x.incidents.map(rows), text).toEqual([['Tuesday', ['5 people', '8']]]);
    }
  });

  it('keeps a later day that does not open the sentence with the place told', () => {
    const x = extract(
      'A bomb killed 5 people in the town of Varn on Tuesday. Medics in Varn said on Wednesday that 5 people had died.',
      { publishedAt: '2022-03-10' },
    );
    expect(x.incidents).toHaveLength(1);
  });
});
