import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';

const texts = (i: Incident): string[] => i.casualties.map((f) => f.text);
const holding = (x: Extraction, t: string): Incident | undefined =>
  x.incidents.find((i) => i.casualties.some((f) => f.text === t));

describe('incidents: an earlier attack recalled for comparison or as a point in time', () => {
  it('makes "the deadliest since a March 3 attack that killed 40" an incident of its own, with its own date', () => {
    for (const publishedAt of [undefined, '2019-03-25']) {
      const x = extract(
        "Saturday's shelling killed 12 people in Ariha. It was the deadliest since a March 3 attack that killed 40. " +
          'Medics said the toll could rise to 15.',
        publishedAt === undefined ? {} : { publishedAt },
      );
      const main = holding(x, '12 people');
      const recalled = holding(x, '40');
      expect(main).toBeDefined();
      expect(recalled).toBeDefined();
      expect(recalled).not.toBe(main);
      expect(main!.date?.text).toBe('Saturday');
      expect(recalled!.date?.text).toBe('March 3');
      expect(main!.mentions.map((m) => m.text)).not.toContain('a March 3 attack');
      // The next sentence goes on with the main event, not with the one recalled.
      expect(holding(x, '15')).toBe(main);
    }
  });

  it('tells apart an attack recalled after a stretch of time, within the sentence too', () => {
    const x = extract(
      'A roadside bomb killed seven soldiers near Tal Afar on Monday. It came three days after a suicide bombing in the same district killed 22.',
    );
    expect(holding(x, '22')).not.toBe(holding(x, 'seven soldiers'));
    const y = extract(
      'The raid killed 11 villagers on Sunday, the worst since an ambush on a convoy killed 30 in May.',
    );
    expect(holding(y, '30')).not.toBe(holding(y, '11 villagers'));
    expect(holding(y, '11 villagers')!.date?.text).toBe('Sunday');
  });

  it('tells apart an attack of last month after a semicolon, with its own date', () => {
    const x = extract(
      'A rocket struck a bus depot in Quellin on Thursday, killing 8 drivers. It was the third strike on the depot this ' +
        'month; a car bombing last month killed 19.',
      { publishedAt: '2025-06-20' },
    );
    const main = holding(x, '8 drivers');
    const recalled = holding(x, '19');
    expect(recalled).toBeDefined();
    expect(recalled).not.toBe(main);
    expect(recalled!.date?.text).toBe('last month');
    expect(recalled!.mentions.map((m) => m.text)).toEqual(['a car bombing']);
    expect(main!.tolls.killed!.high.value).toBe(8);
  });

  it('puts "the bombing" told later with no date or place of its own with the main incident, not a recalled one', () => {
    const x = extract(
      'A truck bomb went off at a checkpoint in Surran on Monday, killing 15 soldiers. In 2019 a similar bombing killed 41 ' +
        'recruits there.\n\nDoctors said the bombing also wounded 33 others.',
      { publishedAt: '2024-11-12' },
    );
    const main = holding(x, '15 soldiers');
    expect(holding(x, '33 others')).toBe(main);
    expect(holding(x, '41 recruits')).not.toBe(main);
    expect(holding(x, '41 recruits')!.date?.text).toBe('2019');
    // Right after the recalled attack, in its paragraph, "the bombing" is that one.
    const y = extract(
      'A truck bomb went off at a checkpoint in Surran on Monday, killing 15 soldiers. In 2019 a similar bombing killed 41 ' +
        'recruits there. The bombing also wounded 90.',
      { publishedAt: '2024-11-12' },
    );
    expect(holding(y, '90')).toBe(holding(y, '41 recruits'));
  });

  it('does not give "the attack" right after a recalled offensive of another year to that offensive', () => {
    const x = extract(
      'A car bomb killed 9 traders at the cattle market in Dovra on Friday. Militias took the town in 2017 in an ' +
        'offensive that killed 300. The attack also wounded 25 people, medics said.',
      { publishedAt: '2024-11-12' },
    );
    expect(holding(x, '25 people')).toBe(holding(x, '9 traders'));
    expect(holding(x, '300')).not.toBe(holding(x, '9 traders'));
  });

  it('keeps "the attack" before a recalled one in the same sentence with the main incident', () => {
    const x = extract(
      'Shelling killed 6 farmers in Bekri on Sunday. The attack was the worst in the valley since 2015, when a ' +
        'massacre killed 70.',
      { publishedAt: '2024-11-12' },
    );
    const main = holding(x, '6 farmers')!;
    expect(main.mentions.map((m) => m.text)).toContain('The attack');
    expect(holding(x, '70')!.mentions.map((m) => m.text)).not.toContain('The attack');
  });

  it('keeps a bare "after an air strike" (the cause) with the event told', () => {
    const x = extract('Nine people died after an air strike hit a bakery in the village.');
    expect(x.incidents).toHaveLength(1);
    expect(texts(x.incidents[0]!)).toEqual(['Nine people']);
  });
});

describe('incidents: an attack told anew in another period, in a place already named', () => {
  it('keeps "In July a suicide bomb killed 16 in Hasaka" apart from Wednesday’s bombing in Qamishli, Hasaka', () => {
    const x = extract(
      'A truck bomb exploded near a police headquarters in the city of Qamishli in Hasaka province on Wednesday, killing at least 44 people.\n\n' +
        'The group has attacked the province before. In July a suicide bomb killed at least 16 people in Hasaka.',
      { publishedAt: '2016-07-29' },
    );
    const main = holding(x, 'at least 44 people');
    const recalled = holding(x, 'at least 16 people');
    expect(recalled).toBeDefined();
    expect(recalled).not.toBe(main);
    expect(recalled!.date?.value).toBe('2016-07');
    expect(main!.tolls.killed!.low.value).toBe(44);
  });

  it('joins a toll told again with only the month of the incident’s day, unless the month opens the sentence or a cue marks a new event', () => {
    const first = 'A car bomb exploded at a market in the city of Dar Salem on March 5, killing 12 people. ';
    const same = extract(first + 'A car bomb killed 10 in Dar Salem in March, the governor said.', {
      publishedAt: '2021-03-20',
    });
    expect(holding(same, '10')).toBe(holding(same, '12 people'));
    for (const next of [
      'In March a car bomb killed 10 in Dar Salem.',
      'A second car bomb killed 10 in Dar Salem in March, the governor said.',
      'A car bomb killed 10 in Dar Salem in February.',
    ]) {
      const x = extract(first + next, { publishedAt: '2021-03-20' });
      expect(holding(x, '10')).toBeDefined();
      expect(holding(x, '10')).not.toBe(holding(x, '12 people'));
    }
  });

  it('still joins a toll of the same place told again with the day', () => {
    const x = extract(
      'A truck bomb exploded in the city of Qamishli on Wednesday, killing at least 44 people. Medics in Qamishli said on Thursday that 50 people had died in the bombing.',
      { publishedAt: '2016-07-29' },
    );
    expect(holding(x, '50 people')).toBe(holding(x, 'at least 44 people'));
  });
});
