import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** A made-up article: one attack, then a period's and a war's running tolls. */
const TEXT =
  'A suicide bomber blew himself up at an army checkpoint in the town of Sinjar on Monday, killing 11 soldiers, the army said.\n\n' +
  "The blast brought this month's death toll from militant attacks in the province to 200, according to a tally by a monitoring group.\n\n" +
  'More than 400,000 people have been killed in the country since 2011.\n\n' +
  'It was the deadliest week of the year, with 90 killed in bombings and shelling across the north.';

describe('incidents: round-ups of a period and war tolls are in no incident', () => {
  const x = extract(TEXT, { publishedAt: '2024-03-12' });
  const inSome = (t: string): boolean => x.incidents.some((i) => i.casualties.some((f) => f.text === t));

  it('keeps the attack’s own toll in its incident', () => {
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.casualties.map((f) => f.text)).toEqual(['11 soldiers']);
    expect(x.incidents[0]!.tolls.killed!.best.value).toBe(11);
  });

  it('puts a month’s toll, a war’s toll and the deadliest week’s sum in none, marked cumulative', () => {
    for (const t of ['200', 'More than 400,000 people', '90']) {
      expect(inSome(t), t).toBe(false);
      expect(x.casualties.find((f) => f.text === t)?.scope, t).toBe('cumulative');
    }
  });

  it('still takes a deadliest day told of one attack as that attack’s toll', () => {
    const y = extract('It was the deadliest day of the year, with 40 killed when a car bomb hit a market in Sinjar.');
    expect(y.casualties.find((f) => f.text === '40')?.scope).toBe('incident');
    expect(y.incidents).toHaveLength(1);
  });
});
