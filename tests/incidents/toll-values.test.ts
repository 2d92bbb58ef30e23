import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Sentences written for these tests (in no data set).
describe('toll values (one candidate and several)', () => {
  it('gives one stated count as low, best and high, each a value of its own', () => {
    const [i] = extract('Gunmen killed nine herders near Zinder on Sunday.', { publishedAt: '2019-03-12' }).incidents;
    const t = i!.tolls.killed!;
    expect([t.low.value, t.best.value, t.high.value]).toEqual([9, 9, 9]);
    expect(t.low.figures.map((f) => f.text)).toEqual(['nine herders']);
    expect(t.low.figures).not.toBe(t.best.figures);
    expect(t.high.figures).not.toBe(t.best.figures);
    expect(t.low.sources).not.toBe(t.best.sources);
  });

  it('gives an open count its stated value as high as well', () => {
    const [i] = extract('Gunmen killed at least 30 villagers in the north.', { publishedAt: '2019-03-12' }).incidents;
    const t = i!.tolls.killed!;
    expect([t.low.value, t.best.value, t.high.value]).toEqual([30, 30, 30]);
  });

  it('takes the update as best, the lowest as low and the highest as high', () => {
    const [i] = extract('A car bomb killed 12 people in Hama on Monday. Later the toll rose to 15 dead, medics said.', {
      publishedAt: '2016-06-30',
    }).incidents;
    const t = i!.tolls.killed!;
    expect([t.low.value, t.best.value, t.high.value]).toEqual([12, 15, 15]);
    expect(t.best.sources.map((s) => s.name)).toEqual(['medics']);
  });

  it('sums coordinated counts into one candidate', () => {
    const [i] = extract('The blast killed a few villagers and 31 soldiers.', { publishedAt: '2016-06-30' }).incidents;
    const t = i!.tolls.killed!;
    expect([t.low.value, t.best.value, t.high.value]).toEqual([33, 33, 33]);
    expect(t.best.figures.map((f) => f.text)).toEqual(['a few villagers', '31 soldiers']);
  });
});
