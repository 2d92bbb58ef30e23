import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Incident } from '../../src/types.js';

const texts = (i: Incident): string[] => i.casualties.map((f) => f.text);

describe('incidents: the fighting that follows an attack, told as its sequel', () => {
  it('keeps "the raid and subsequent gun battle" one event with every figure of the sentence', () => {
    const x = extract(
      'Seven wardens were killed in the raid and subsequent gun battle along with two porters, the army in Varn said.',
      { publishedAt: '2022-03-08' },
    );
    expect(x.incidents.map(texts)).toEqual([['Seven wardens', 'two porters']]);
    expect(x.incidents[0]!.mentions.map((m) => m.text)).toEqual(['the raid', 'subsequent gun battle']);
  });

  it('reads capitals and "ensuing" the same way', () => {
    expect(
      extract('SIX POLICEMEN DIED IN THE BOMBING AND SUBSEQUENT CLASHES ALONG WITH TWO REBELS.').incidents.map(texts),
    ).toEqual([['SIX POLICEMEN', 'TWO REBELS']]);
    expect(
      extract('Nine guards were killed in the ambush and ensuing clashes along with two porters.').incidents.map(texts),
    ).toEqual([['Nine guards', 'two porters']]);
  });

  it('still tells a new event with "a subsequent attack" apart', () => {
    const x = extract(
      'A car bomb killed 5 people in Tarsk on Monday. In a subsequent attack in Dorva on Wednesday, gunmen killed 3 farmers.',
      { publishedAt: '2022-03-10' },
    );
    expect(x.incidents.map(texts)).toEqual([['5 people'], ['3 farmers']]);
  });
});
