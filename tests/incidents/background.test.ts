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

describe('incidents: a place told more closely', () => {
  it('keeps the toll told again with a town of the province in the same incident', () => {
    const x = run(
      'Air strikes killed at least 20 people in the southern province of Deraa overnight, monitors said. ' +
        'The toll in several air strikes on the town of Nawa rose to at least 20 people, the monitor said.',
    );
    expect(x.incidents).toHaveLength(1);
    expect(texts(x.incidents[0]!)).toEqual(['at least 20 people', 'at least 20 people']);
  });

  it('opens another incident for a new attack with the same toll, for other people, or for a small count', () => {
    const other = run(
      'Air strikes killed at least 12 people in the town of Tafas overnight, monitors said. ' +
        'On Tuesday an air strike on the village of Nawa killed 12 people, activists said.',
    );
    expect(other.incidents).toHaveLength(2);
    const more = run(
      'Shelling killed seven people in the town of Tafas, monitors said. Another seven people died in shelling on the village of Nawa.',
    );
    expect(more.incidents).toHaveLength(2);
    const small = run(
      'Shelling killed two people in the town of Tafas, monitors said. Shelling on the village of Nawa killed two people.',
    );
    expect(small.incidents).toHaveLength(2);
  });
});

describe('incidents: a full date near the start of a sentence', () => {
  const holding = (x: Extraction, t: string): Incident | undefined =>
    x.incidents.find((i) => i.casualties.some((f) => f.text === t));

  it('dates the recalled event when a verb stands before it, so it is not the current attack', () => {
    const x = run(
      'Gunmen killed 12 people in a market in Kano on Friday. The insurgency began on July 26, 2009, when clashes in Bauchi killed 700 people.',
    );
    expect(holding(x, '700 people')).toBeDefined();
    expect(holding(x, '700 people')).not.toBe(holding(x, '12 people'));
    expect(holding(x, '12 people')!.tolls.killed?.high.value).toBe(12);
  });

  it('still reads a page stamp after its label as no event date', () => {
    const x = run('Last updated at Jun 122021 Gunmen killed 12 people in a market in Kano on Friday.');
    expect(holding(x, '12 people')?.date?.text).toBe('Friday');
  });
});

describe('incidents: what is no place, no event date and no new event', () => {
  it('reads no place in a faith adjective or a titled person after a preposition', () => {
    const x = run('Gunmen killed 9 people in a raid on a Baptist church on Sunday.');
    expect(x.incidents[0]!.place).toBeNull();
    const y = run('A bomb killed 12 people in Kano on Friday. He blamed the attack on Nigerian President Bola Tinubu.');
    expect(y.incidents.map((i) => i.place?.text)).toEqual(['Kano']);
    expect(run('A bomb killed 12 people near King Fahd Road on Friday.').incidents[0]!.place?.text).toBe(
      'King Fahd Road',
    );
  });

  it('does not date the event by the day a group spoke before its "that" clause', () => {
    const x = run(
      'A bomb killed 12 people in a market in Gao on Saturday, officials said.\n\n' +
        'Islamic State said in a statement on its website on Monday that its fighters carried out the attack.',
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.claims.map((c) => c.status)).toEqual(['claimed']);
    expect(x.incidents[0]!.date?.value).toBe('2021-06-12');
  });

  it('keeps a place told more closely, and the exact toll told again after an open bound, with the attack', () => {
    const x = run(
      'Rebels killed at least 14 people in an overnight attack on a camp in eastern Ituri, officials said on Sunday.\n\n' +
        'The assailants raided the camp in Lolwa shortly after 2 a.m., said a local chief. "We buried 14 bodies," he said.',
    );
    expect(x.incidents).toHaveLength(1);
  });
});
