import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction } from '../../src/types.js';

const run = (text: string, publishedAt = '2022-10-06'): Extraction => extract(text, { publishedAt });

describe('incidents: periods and kinds of event are no incident of their own', () => {
  it('does not date a back-reference by the year a since-clause opens a period with, nor take a kind of event as its phrase', () => {
    const x = run(
      'A truck bomb exploded outside a bus depot in the riverside town of Beled on Wednesday, killing seven passengers, police said.\n\n' +
        'No faction has yet claimed the attack, but separatist fighters have carried out similar bombings in the region since the army pushed them out of the capital in 2018.\n\n' +
        'The interior minister condemned the bombing.',
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.date?.value).toBe('2022-10-05');
    const phrases = x.incidents[0]!.mentions.map((m) => m.text);
    expect(phrases).toEqual(['A truck bomb', 'the attack', 'the bombing']);
  });

  it('keeps the date of an attack recalled with "since a <date> attack"', () => {
    const x = run(
      'A rocket hit a school in Tamra on Friday, killing four children, the worst toll since a March 3 shelling that killed nine.',
    );
    const dates = x.incidents.map((i) => i.date?.value ?? null);
    expect(dates).toContain('2022-03-03');
  });
});

describe('incidents: an event dated by a week', () => {
  it('tells an attack of `last week` apart from the day of the main one', () => {
    const x = run(
      'An air strike late on Wednesday killed 18 fighters, the coalition said. ' +
        'A poison gas attack last week killed 80 people, the monitor said.',
      '2017-04-13',
    );
    const holding = (t: string): string | undefined =>
      x.incidents.find((i) => i.casualties.some((f) => f.text === t))?.id;
    expect(holding('18 fighters')).toBeDefined();
    expect(holding('80 people')).toBeDefined();
    expect(holding('18 fighters')).not.toBe(holding('80 people'));
  });
});
