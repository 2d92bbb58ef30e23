import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** The killed toll of the first incident: [low, best, high] and the texts behind best. */
function killed(text: string): [number[], string[]] {
  const t = extract(text, { publishedAt: '2021-04-12' }).incidents[0]!.tolls.killed!;
  return [[t.low.value, t.best.value, t.high.value], t.best.figures.map((f) => f.text)];
}

// Articles written for these tests (in no data set).
describe('toll: the count the article repeats is its own report', () => {
  it('takes the headline count the lead repeats as best over another source’s count told once', () => {
    const [values, behind] = killed(
      'Rocket attack kills 15 in border town\n\nA rocket attack on a border town killed at least 15 people on Monday, the health ministry said. A local monitor put the toll higher, at 22 dead.',
    );
    expect(values).toEqual([15, 15, 22]);
    expect(behind).toEqual(['15', 'at least 15 people']);
  });

  it('does so in the body alone, whatever the order of the sources', () => {
    const [values] = killed(
      'Hospital staff said 31 people died when the shelling hit the market. A rights group counted 26 dead. Police also said 31 were killed in the shelling.',
    );
    expect(values).toEqual([26, 31, 31]);
    const [lower] = killed(
      'Villagers said 40 people were killed in the raid on Sunday. The army said eight civilians died in the raid. A nurse told reporters eight bodies had been brought in.',
    );
    expect(lower).toEqual([8, 8, 40]);
  });

  it('lets a later update of the toll win over a repeated count', () => {
    const [values] = killed(
      'Bomb kills 9 at bus depot\n\nA bomb killed nine people at a bus depot on Friday. By evening the death toll had risen to 12, officials said.',
    );
    expect(values).toEqual([9, 12, 12]);
  });

  it('does not count a vague quantity said twice as a repeated toll', () => {
    const [values] = killed(
      'Dozens killed in market blast\n\nDozens of people were killed when a blast tore through the market. Officials said 31 people died.',
    );
    expect(values).toEqual([24, 31, 31]);
  });
});

describe('incident mentions: two attack nouns in a row are one phrase', () => {
  it('names the event by the whole compound, in a headline and in the body', () => {
    const x = extract(
      'Drone strike kills four in hill village\n\nA drone strike on a hill village killed four farmers on Tuesday, residents said. A car bomb attack in the capital wounded two guards on Wednesday.',
      { publishedAt: '2021-04-12' },
    );
    const mentions = x.incidents.flatMap((i) => i.mentions.map((m) => m.text));
    expect(mentions).toContain('Drone strike');
    expect(mentions).toContain('A drone strike');
    expect(mentions).toContain('A car bomb attack');
    expect(mentions).not.toContain('Drone');
  });

  it('keeps an attack noun before another noun out of the phrase ("attack helicopters")', () => {
    const x = extract('Attack helicopters struck a convoy, killing six soldiers.', { publishedAt: '2021-04-12' });
    expect(x.incidents.flatMap((i) => i.mentions.map((m) => m.text))).not.toContain('Attack helicopters');
  });
});
