import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';

const run = (text: string, publishedAt = '2021-06-14'): Extraction => extract(text, { publishedAt });
const texts = (i: Incident): string[] => i.casualties.map((f) => f.text);

describe('incidents: background of another period', () => {
  it('keeps a figure told with no evidence with the main attack, not with a past event recalled just before', () => {
    const x = run(
      'Militants attacked the border town of Kessab on Saturday, monitors said. They said at least 30 militants and 12 guards had been killed. ' +
        'The guards took Kessab from the militants last year in an offensive backed by Turkish air strikes. ' +
        'A commander said dozens of militants had been killed.',
    );
    const holding = (t: string): Incident | undefined =>
      x.incidents.find((i) => i.casualties.some((f) => f.text === t));
    expect(holding('dozens of militants')).toBe(holding('at least 30 militants'));
  });

  it('still ties "that attack" to the past event it follows', () => {
    const x = run(
      'A gas attack killed at least 40 people in Kafr Nabl on Tuesday. Hundreds of civilians died in a gas attack in Jobar in August 2013. ' +
        'The government has always denied responsibility for that attack.',
    );
    const jobar = x.incidents.find((i) => texts(i).includes('Hundreds of civilians'));
    expect(jobar).toBeDefined();
    expect(jobar!.claims.map((c) => c.status)).toEqual(['denied']);
  });
});
