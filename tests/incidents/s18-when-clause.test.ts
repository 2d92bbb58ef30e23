import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';

const run = (text: string): Extraction => extract(text, { publishedAt: '2026-03-12' });
const holding = (x: Extraction, t: string): Incident | undefined =>
  x.incidents.find((i) => i.casualties.some((f) => f.text === t));

// Sentences written for this file (session 18): none comes from a data set.

describe('incidents: a year with a `when` clause dates the event the clause tells', () => {
  it('splits the earlier killing a "since YEAR, when …" clause recalls', () => {
    const x = run(
      'A roadside bomb killed a police colonel near Mosul this week, officials said. It was the first such death ' +
        'since 2019, when a general was killed in the same province.',
    );
    const main = holding(x, 'a police colonel');
    expect(main).toBeDefined();
    expect(holding(x, 'a general')).toBeDefined();
    expect(holding(x, 'a general')).not.toBe(main);
  });

  it('splits one told "in March 2021, when …" too', () => {
    const x = run(
      'Gunmen killed six miners at a quarry in the north on Monday. The area last saw violence in March 2021, ' +
        'when rebels killed 11 farmers there.',
    );
    expect(holding(x, '11 farmers')).not.toBe(holding(x, 'six miners'));
  });

  it('keeps a figure whose year bounds a total, with no `when` clause, with the incident', () => {
    const x = run(
      'An air strike killed nine civilians in the town on Sunday, the deadliest since 2019, rescuers said. ' +
        'Two more civilians died of their wounds on Monday.',
    );
    expect(holding(x, 'Two more civilians')).toBe(holding(x, 'nine civilians'));
  });
});
