import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';

const holding = (x: Extraction, t: string): Incident | undefined =>
  x.incidents.find((i) => i.casualties.some((f) => f.text === t));

/** A made-up wire story of a siege, with a speaker's post, background places and a recalled attack. */
const SIEGE =
  'Gunmen stormed a guesthouse in the port town of Belet Amin on Friday night, killing at least nine people, including a district judge, before troops ended the siege on Saturday, officials said.\n\n' +
  'Two attackers were shot dead, said Hassan Nur, a police colonel in the Middle Shabelle region. A doctor at Belet Amin hospital told reporters that 21 people were being treated.\n\n' +
  'The militants have claimed similar raids on guesthouses in Jowhar and Balcad in recent years.\n\n' +
  'The judge killed in the attack was named as Omar Ali.\n\n' +
  'The attack was the deadliest in the town since March 2020, when a truck bomb killed 17 people at a market.';

describe('incidents: only a place where violence is said to happen splits incidents', () => {
  const x = extract(SIEGE, { publishedAt: '2024-05-11' });

  it('keeps a speaker’s post (“a police colonel in the Middle Shabelle region”) out of the event’s places', () => {
    const siege = holding(x, 'at least nine people');
    expect(siege).toBeDefined();
    expect(holding(x, 'Two attackers')).toBe(siege);
    expect(siege!.place?.text).toBe('the port town of Belet Amin');
    expect(x.incidents.map((i) => i.place?.text)).not.toContain('the Middle Shabelle region');
  });

  it('opens no incident for the places of a kind of event (“similar raids on guesthouses in Jowhar”), nor for its claim', () => {
    expect(x.incidents.map((i) => i.place?.text)).not.toContain('Jowhar');
    const siege = holding(x, 'at least nine people');
    expect(holding(x, 'The judge')).toBe(siege);
    // The claim names a kind of event: no incident holds it.
    for (const i of x.incidents) expect(i.claims.map((c) => c.text).join(' ')).not.toMatch(/similar raids/);
  });

  it('gives two incidents: the siege and the attack recalled as a point in time, dated', () => {
    expect(x.incidents).toHaveLength(2);
    const recalled = holding(x, '17 people');
    expect(recalled).toBeDefined();
    expect(recalled).not.toBe(holding(x, 'at least nine people'));
    expect(recalled!.date?.value).toBe('2020-03');
  });

  it('does not count the attackers’ dead as a statement of the victims’ toll', () => {
    const siege = holding(x, 'at least nine people')!;
    expect(siege.tolls.killed?.low.value).toBe(9);
    expect(siege.tolls.killed?.best.value).toBe(9);
  });

  it('still takes a place right after a victim noun as the event’s (“killed 10 soldiers in Homs, officials said”)', () => {
    const y = extract(
      'A car bomb killed 10 soldiers in Hamrat on Monday, officials said. Separately, a mortar round killed two boys in Qasrin, a medic said.',
    );
    expect(y.incidents.map((i) => i.place?.text)).toEqual(['Hamrat', 'Qasrin']);
  });
});

describe('incidents: back-references and quotes', () => {
  const x = extract(
    'Market bombing kills 16 in Harran\n\n' +
      'A bomb ripped through a crowded market in the town of Harran on Tuesday, killing at least 16 people and wounding 40, a provincial official said.\n\n' +
      'On the same day, gunmen attacked a police station in Qasr al-Abyad, killing three officers.\n\n' +
      '"The blast destroyed everything. I saw at least ten bodies in the street," said Ahmed Salim, a shopkeeper.',
    { publishedAt: '2024-05-10' },
  );

  it('keeps two attacks of the same day in two towns apart, and the headline toll with the lead’s', () => {
    expect(x.incidents).toHaveLength(2);
    expect(holding(x, '16')).toBe(holding(x, 'at least 16 people'));
    expect(holding(x, 'three officers')).not.toBe(holding(x, 'at least 16 people'));
  });

  it('puts a figure in a quote with the incident its sentence names by kind (“the blast” of the bombing)', () => {
    expect(holding(x, 'at least ten bodies')).toBe(holding(x, 'at least 16 people'));
  });

  it('lets “the bombing” name an air strike told just before (wires use the words loosely)', () => {
    const y = extract(
      'A barrel bomb fell on the village of Kafr Lusin on Sunday, killing two children.\n\n' +
        'A reporter was killed in an air strike on the town of Marsaf on Monday. The bombing also killed 13 people in a fuel market in the same town.',
      { publishedAt: '2024-05-10' },
    );
    expect(holding(y, '13 people')).toBe(holding(y, 'A reporter'));
    expect(holding(y, '13 people')).not.toBe(holding(y, 'two children'));
  });
});

describe('incidents: an attack phrase walked back to its limit never starts inside a hyphenated compound', () => {
  it('starts after the compound the walk cut (“Abu-Sayyaf claims deadly ferry siege”)', () => {
    const x = extract(
      'Abu-Sayyaf claims deadly ferry siege in southern port\n\nGunmen stormed a ferry off Jolo island on Monday, killing eight passengers, the coast guard said.',
      { publishedAt: '2023-02-14' },
    );
    const texts = x.incidents.flatMap((i) => i.mentions.map((m) => m.text));
    expect(texts.some((t) => t.endsWith('ferry siege'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/^[-‐]|^Sayyaf/);
  });
});
