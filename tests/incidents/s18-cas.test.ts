import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';

const run = (text: string): Extraction => extract(text, { publishedAt: '2026-03-12' });
const holding = (x: Extraction, t: string): Incident | undefined =>
  x.incidents.find((i) => i.casualties.some((f) => f.text === t));
const claimTexts = (i: Incident | undefined): string[] => (i === undefined ? [] : i.claims.map((c) => c.text));

describe('incidents: a figure tied to another year is another incident (s18)', () => {
  it('splits a killing dated to another year by a date opening its sentence, with no attack phrase', () => {
    const x = run(
      'A roadside bomb killed four soldiers near Deir ez-Zor on Tuesday, the army said. In 2024 a gunman killed nine ' +
        'villagers in the same area. Officials said the bombing also wounded six others.',
    );
    const main = holding(x, 'four soldiers');
    expect(main).toBeDefined();
    expect(holding(x, 'nine villagers')).not.toBe(main);
    expect(holding(x, 'nine villagers')!.date?.value).toBe('2024');
    // What follows with "the bombing" goes on with this week's attack.
    expect(holding(x, 'six others')).toBe(main);
    expect(main!.place?.text).toBe('Deir ez-Zor');
  });

  it('splits one told "in 2023" after its verb, and one told "two years earlier"', () => {
    const a = run(
      'A roadside bomb killed three police officers on the highway near Kandahar on Wednesday. Militants killed 12 soldiers there in 2023, officials said.',
    );
    expect(holding(a, '12 soldiers')).not.toBe(holding(a, 'three police officers'));
    const b = run(
      'Shells hit a school in Marib on Sunday, killing five pupils. Two years earlier, gunmen shot dead a headmaster in the same district.',
    );
    expect(holding(b, 'a headmaster')).toBeDefined();
    expect(holding(b, 'a headmaster')).not.toBe(holding(b, 'five pupils'));
  });

  it('keeps a year that bounds or compares, or dates something else, with the incident', () => {
    const a = run(
      'Saturday’s ambush near Gao, which killed 14 soldiers, was the deadliest since 2019. Two more soldiers died in the ambush, the army said.',
    );
    expect(a.incidents).toHaveLength(1);
    const b = run(
      'A mortar round killed two nurses at the clinic in Taiz on Monday. The clinic, built in 2019, had been hit before.',
    );
    expect(b.incidents).toHaveLength(1);
  });

  it('keeps the injured who died of their wounds on a later day with the attack', () => {
    const x = run(
      'A roadside bomb killed three police officers near Kandahar on Wednesday. A provincial spokesman said two more officers died of their wounds on Thursday.',
    );
    expect(holding(x, 'two more officers')).toBe(holding(x, 'three police officers'));
    const y = run(
      'A grenade attack killed four shoppers at a market in Goma on Friday. Three more later succumbed to their injuries on Sunday, doctors said.',
    );
    expect(y.incidents).toHaveLength(1);
  });
});

describe('incidents: claims join an incident only when the text ties them to its attack (s18)', () => {
  it('does not label an attack with another side’s new attack told after it', () => {
    const x = run(
      'Islamic State fighters attacked a checkpoint in Mayadin on Sunday, killing 11 guards. Russian airstrikes hit the outskirts of the town later that day, activists said.',
    );
    const main = holding(x, '11 guards')!;
    expect(main.mentions.map((m) => m.text)).not.toContain('Russian airstrikes');
    expect(claimTexts(main).join(' ')).not.toMatch(/Russian/);
    expect(claimTexts(main).join(' ')).toMatch(/Islamic State/);
  });

  it('does not tie that attack to victims a later sentence brings with "the killing of three …"', () => {
    const x = run(
      'Islamic State fighters attacked a checkpoint in Mayadin on Sunday, killing 11 guards. Russian airstrikes hit the outskirts ' +
        'of the town later that day, activists said. Locals blamed a rival clan for the killing of three tribal elders last week.',
    );
    const strikes = x.claims.find((c) => c.actor?.name === 'Russia');
    expect(strikes).toBeDefined();
    expect(strikes!.casualties.map((f) => f.text)).not.toContain('three tribal elders');
    expect(holding(x, 'three tribal elders')).not.toBe(holding(x, '11 guards'));
    expect(claimTexts(holding(x, 'three tribal elders')).join(' ')).not.toMatch(/Russian/);
  });

  it('keeps an attack told with no figure by other hands an aside: the next figure goes on with the story', () => {
    const x = run(
      'Rebels ambushed an army convoy near Daraa on Friday, killing 9 soldiers, the army said. Government jets struck rebel positions in the hills, a monitor said. Two more soldiers died in the ambush, the army added.',
    );
    const main = holding(x, '9 soldiers')!;
    expect(holding(x, 'Two more soldiers')).toBe(main);
    expect(main.mentions.map((m) => m.text).join(' ')).not.toMatch(/jets/i);
  });

  it('makes blame for other victims by other hands its own incident', () => {
    const x = run(
      'Islamic State claimed the bombing of a mosque in Raqqa that killed 14 people. Residents blamed a local militia for the deaths of two shepherds.',
    );
    expect(holding(x, 'two shepherds')).toBeDefined();
    expect(holding(x, 'two shepherds')).not.toBe(holding(x, '14 people'));
  });

  it('splits a killing told as a separate one, whatever its noun', () => {
    const x = run(
      'Islamic State fighters attacked a checkpoint in Mayadin on Sunday, killing 11 guards. Locals blamed a rival clan for the killing of three tribal elders in a separate feud.',
    );
    expect(holding(x, 'three tribal elders')).not.toBe(holding(x, '11 guards'));
    const y = run(
      'A drone strike killed six fighters near Sirte on Monday. Two fishermen were shot dead in a separate incident on the coast.',
    );
    expect(holding(y, 'Two fishermen')).not.toBe(holding(y, 'six fighters'));
  });

  it('keeps victims of an attack named again by its kind with that attack, whoever is blamed', () => {
    const a = run(
      'Coalition airstrikes hit a market in Raqqa on Saturday, killing 10 people. Islamic State fighters attacked a checkpoint ' +
        'near Hasakah earlier this month. Activists said eight civilians were killed by the coalition airstrikes in Raqqa.',
    );
    expect(holding(a, 'eight civilians')).toBe(holding(a, '10 people'));
    const b = run(
      'Mortar shells fired by the Army of Conquest injured four people near the central prison in Adra on Monday. A police source ' +
        'said three mortar shells fired by terrorists fell near the prison, injuring three visitors.',
    );
    expect(holding(b, 'three visitors')).toBe(holding(b, 'four people'));
  });

  it('keeps another side’s blame for the same attack, or for the same victims, with the incident', () => {
    const a = run(
      'Al-Shabaab claimed the attack on the hotel, which killed 20 people. The government blamed al-Shabaab for the deaths of the 20 guests.',
    );
    expect(a.incidents).toHaveLength(1);
    const b = run(
      'Al-Shabaab claimed the attack on the hotel, which killed 20 people. The government blamed foreign fighters for the attack.',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0]!.claims.length).toBeGreaterThanOrEqual(1);
    const c = run(
      'Gunmen killed seven people at a market in Kismayo on Friday. Police blamed al-Shabaab for the attack, and the group later said it carried out the raid.',
    );
    expect(c.incidents).toHaveLength(1);
  });
});

describe('incidents: a scraped page with glued sentences (s18)', () => {
  it('reads a page with no line breaks and no space after its full stops as its sentences', () => {
    const x = run(
      'A roadside bomb killed four soldiers near Deir ez-Zor on Tuesday, the army said.In 2024 a gunman killed nine villagers in ' +
        'the same area.Officials said the bombing also wounded six others in SyriaThe Pentagon says it is monitoring the situation.',
    );
    const main = holding(x, 'four soldiers')!;
    expect(holding(x, 'six others')).toBe(main);
    expect(holding(x, 'nine villagers')).not.toBe(main);
    for (const i of x.incidents) expect(i.place?.text ?? '').not.toMatch(/SyriaThe|The$/);
  });
});
