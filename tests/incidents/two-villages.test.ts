import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction } from '../../src/types.js';

/** The id of the incident holding the figure written `t` (a function of one extraction). */
const incidentIn =
  (x: Extraction) =>
  (t: string): string | undefined =>
    x.incidents.find((i) => i.casualties.some((f) => f.text === t))?.id;

/** A made-up article: one group attacks two villages the same day; a headline and lead sum both. */
const TEXT =
  'Gunmen kill 27 in attacks on two villages\n\n' +
  'Survivors described scenes of panic as the assailants arrived on motorbikes.\n\n' +
  'Residents fled into the bush and many have not returned.\n\n' +
  'Gunmen have killed at least 27 civilians in attacks on two villages in the north, officials said.\n\n' +
  'The attackers stormed the village of Tarbol early on Tuesday, the district chief told reporters. He said 16 people had been killed there and that eight others were wounded.\n\n' +
  'Two hours later the same gunmen attacked Kessoum, about 15 km away, killing 11 people, a local association said.\n\n' +
  'The violence has killed more than 3,000 people in the region since 2019.';

describe('incidents: two attacks on two named villages the same day', () => {
  const x = extract(TEXT, { publishedAt: '2024-05-08' });
  const incidentOf = incidentIn(x);

  it('makes the village a verb of assault names as a bare name the place of a second incident', () => {
    expect(x.incidents.map((i) => i.place?.text)).toEqual(['the village of Tarbol', 'Kessoum']);
    expect(incidentOf('16 people')).toBe(incidentOf('eight others'));
    expect(incidentOf('11 people')).not.toBe(incidentOf('16 people'));
  });

  it('dates the attack told "two hours later" by the day of the one before', () => {
    expect(x.incidents.map((i) => i.date?.value)).toEqual(['2024-05-07', '2024-05-07']);
  });

  it('marks the headline repeat of a lead round-up cumulative too, in no incident', () => {
    for (const t of ['27', 'at least 27 civilians']) {
      expect(x.casualties.find((f) => f.text === t)?.scope, t).toBe('cumulative');
      expect(incidentOf(t), t).toBeUndefined();
    }
  });

  it('does not read a bare name after a verb of assault as a place when it is a person or modifies a noun', () => {
    const y = extract(
      'A car bomb killed 12 people in the town of Harim on Monday. Later gunmen attacked Kurdish positions, killing 4 soldiers.',
    );
    expect(y.incidents).toHaveLength(1);
    const z = extract(
      'A car bomb killed 12 people in the town of Harim on Monday. Later gunmen attacked Ahmed, killing 4 soldiers.',
    );
    expect(z.incidents).toHaveLength(1);
  });
});

describe('incidents: a headline toll told again in the body', () => {
  it('goes with the incident that repeats it, before any match by place', () => {
    const x = extract(
      'Roadside bomb kills six police officers in eastern Narland\n\n' +
        'Six police officers were killed when a roadside bomb hit their patrol near the town of Velk on Friday, a police source said.\n\n' +
        'Security forces later killed 14 militants in a raid in Narland on Saturday morning, the army said.',
      { publishedAt: '2024-02-10' },
    );
    const first = x.incidents.find((i) => i.casualties.some((f) => f.text === 'Six police officers'));
    expect(first?.casualties.map((f) => f.text)).toContain('six police officers');
  });

  it('puts a claim told with a war toll, and no figure of an event, in no incident', () => {
    const x = extract(
      'A car bomb killed nine soldiers at a checkpoint near the town of Velk on Monday, officials said.\n\n' +
        'Violence by groups linked to al Qaeda has killed more than 10,000 people in the country since 2015.',
      { publishedAt: '2024-02-10' },
    );
    expect(x.incidents.flatMap((i) => i.claims.map((c) => c.text)).some((t) => t.includes('al Qaeda'))).toBe(false);
  });

  it('dates an event in a place whose noun spells a speech verb ("Borno state on Wednesday")', () => {
    const x = extract(
      'Jihadists killed at least 17 farmers in Nigeria’s Borno state on Wednesday, a militia leader said.',
      {
        publishedAt: '2024-05-16',
      },
    );
    expect(x.incidents[0]?.date?.value).toBe('2024-05-15');
  });
});

describe('incidents: an event told first without its place', () => {
  it('joins a later telling of the same day and kind that names the place', () => {
    const x = extract(
      'A car bomb killed 12 people in the town of Omaria on Monday, activists said. Another air strike hit a village in the north on Tuesday, killing a woman and four children.\n\n' +
        'Rebel shells killed three soldiers in the city of Harim on Monday, the army said.\n\n' +
        'On Tuesday an air strike on the village of Kafr Deen killed five people, medics said.',
      { publishedAt: '2017-04-05' },
    );
    const incidentOf = incidentIn(x);
    expect(incidentOf('five people')).toBe(incidentOf('four children'));
    expect(incidentOf('12 people')).not.toBe(incidentOf('four children'));
    expect(incidentOf('three soldiers')).not.toBe(incidentOf('four children'));
  });

  it('reads the place of "the bombing of X" and dates "said the late Monday strike"', () => {
    const x = extract(
      'A car bomb killed 12 people in the town of Omaria on Tuesday. Officials said the late Monday bombing of Kafr Deen killed seven people.',
      { publishedAt: '2017-04-05' },
    );
    expect(x.incidents.map((i) => [i.place?.text, i.date?.value])).toEqual([
      ['the town of Omaria', '2017-04-04'],
      ['Kafr Deen', '2017-04-03'],
    ]);
  });
});

describe('incidents: title-case lines and an attack told anew on another day in the same city', () => {
  it('takes no place name from a capitalised attack modifier, and splits a new attack of another day', () => {
    const x = extract(
      'Terrorist Blast Kills Senior Cleric in Homs\n\n' +
        '07-03-2015 Terrorist Blast Kills Senior Cleric in Homs. A bomb planted inside the Old Mosque in Homs went off on Friday, killing the cleric Sheikh Omar Nabil.\n\n' +
        'Five other worshippers were wounded.\n\n' +
        'On June 23 a group of gunmen set off a car bomb in the Baba Amr neighborhood of Homs, killing several people.',
      { publishedAt: '2015-07-03' },
    );
    const incidentOf = incidentIn(x);
    expect(incidentOf('the cleric Sheikh Omar Nabil')).toBe(incidentOf('Senior Cleric'));
    expect(incidentOf('several people')).not.toBe(incidentOf('the cleric Sheikh Omar Nabil'));
  });
});
