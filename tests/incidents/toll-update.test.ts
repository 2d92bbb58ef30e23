import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

describe('incidents: the reconciled toll', () => {
  it('takes a later "rose to N" update as the best, even when an earlier count is more exact', () => {
    const x = extract(
      'A bomb hidden in a cart exploded at a cattle market in the town of Darsa on Sunday, killing 12 people, police said.\n\n' +
        'By nightfall the death toll had risen to at least 17, a hospital director said.',
      { publishedAt: '2023-09-04' },
    );
    expect(x.incidents).toHaveLength(1);
    const killed = x.incidents[0]!.tolls.killed!;
    expect([killed.low.value, killed.best.value, killed.high.value]).toEqual([12, 17, 17]);
    expect(killed.best.figures.map((f) => f.text)).toEqual(['at least 17']);
  });

  it('never takes a subset as the low', () => {
    const x = extract(
      'Shelling hit a school in the village of Karsa on Tuesday, killing nine people, including four pupils. Two of the dead were teachers.',
      { publishedAt: '2023-09-04' },
    );
    const killed = x.incidents[0]!.tolls.killed!;
    expect(killed.low.value).toBe(9);
    expect(killed.best.value).toBe(9);
  });

  it('does not count the attackers’ dead against the victims’ toll, unless nothing else is counted', () => {
    const x = extract(
      'Gunmen attacked a police post in Tarsin on Monday, killing 11 officers. Four assailants were also killed.',
    );
    const killed = x.incidents[0]!.tolls.killed!;
    expect([killed.low.value, killed.best.value]).toEqual([11, 11]);
    const y = extract('Troops repelled an attack on a base in Tarsin on Monday, killing four assailants.');
    expect(y.incidents[0]!.tolls.killed!.best.value).toBe(4);
  });
});
