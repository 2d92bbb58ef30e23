import { describe, expect, it } from 'vitest';
import { claims, summary } from './helpers.js';

describe('claimed: the actor itself says it did it', () => {
  it('reads "X claimed responsibility for EVENT" with the event phrase and the whole span', () => {
    const [c] = claims('The Pakistani Taliban claimed responsibility for two deadly blasts near Peshawar on Monday.');
    expect(c?.status).toBe('claimed');
    expect(c?.actor?.name).toBe('Tehrik-i-Taliban Pakistan');
    expect(c?.actor?.kind).toBe('armed-group');
    expect(c?.actor?.mention?.text).toBe('Pakistani Taliban');
    expect(c?.event?.text).toBe('two deadly blasts near Peshawar');
    expect(c?.text).toBe('The Pakistani Taliban claimed responsibility for two deadly blasts near Peshawar');
    expect(c?.source).toBeNull();
    expect(c?.casualties).toEqual([]);
  });

  it('keeps descriptors before the name in the span ("Terror group X claimed…")', () => {
    const [c] = claims('Militant outfit Jaish-e-Mohammed claimed responsibility for the convoy bombing.');
    expect(c?.text).toBe('Militant outfit Jaish-e-Mohammed claimed responsibility for the convoy bombing');
    expect(c?.actor?.name).toBe('Jaish-e-Mohammed');
  });

  it('reads "X claimed EVENT" and "X claims attack" headlines', () => {
    expect(summary('Daesh claimed the double suicide attack on the police station.')).toEqual([
      ['claimed', 'Islamic State'],
    ]);
    const doc =
      'IS claims deadly attack on Kabul police post\n\nKABUL, March 3 — Gunmen stormed a police post in the Afghan capital before dawn on Tuesday, officials said.';
    const [c] = claims(doc);
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual(['claimed', 'Islamic State', 'deadly attack']);
  });

  it('reads "accepted/admitted responsibility" but not "refused to accept responsibility"', () => {
    expect(summary('The Real IRA admitted responsibility for the car bomb in Omagh.')).toEqual([
      ['claimed', 'Real IRA'],
    ]);
    expect(summary('The group’s leader later refused to accept responsibility for the bombing.')).toEqual([]);
    expect(summary('Members believed Hamas had to admit responsibility for the shooting.')).toEqual([]);
  });

  it('reads "X claimed it carried out EVENT" across a relative clause and a parenthesised acronym', () => {
    const [c] = claims(
      'Later, the Tehrik-i-Taliban Pakistan (TTP) group, which is at odds with both Kabul and Islamabad, claimed it carried out the market attack.',
    );
    expect(c?.status).toBe('claimed');
    expect(c?.actor?.name).toBe('Tehrik-i-Taliban Pakistan');
    expect(c?.event?.text).toBe('the market attack');
    expect(c?.text.startsWith('the Tehrik-i-Taliban Pakistan (TTP) group')).toBe(true);
  });

  it('reads the passive and the reduced relative "claimed by X"', () => {
    const [a] = claims('The ambush near Kismayo was claimed by al-Shabaab.');
    expect([a?.status, a?.actor?.name, a?.event?.text]).toEqual(['claimed', 'al-Shabaab', 'The ambush near Kismayo']);
    const [b] = claims('Two explosions, claimed by Boko Haram, hit a market in Maiduguri.');
    expect([b?.status, b?.actor?.name, b?.text]).toEqual([
      'claimed',
      'Boko Haram',
      'Two explosions, claimed by Boko Haram',
    ]);
  });

  it('takes the name after "known as" in "claimed by <description> known as X", not a hyphenated modifier', () => {
    const [c] = claims(
      'The coordinated raids were claimed by an al-Qaeda-aligned jihadist alliance known as the Group for the Support of Islam and Muslims.',
    );
    expect(c?.status).toBe('claimed');
    expect(c?.actor?.name).toBe('Jamaat Nusrat al-Islam wal-Muslimin');
    expect(c?.event?.text).toBe('The coordinated raids');
  });

  it('reads "X said it / its fighters carried out EVENT"', () => {
    expect(summary('The Taliban said it carried out the suicide attack on the army base.')).toEqual([
      ['claimed', 'Taliban'],
    ]);
    const [c] = claims('In a statement posted online, Hamas said its fighters were behind the rocket attack.');
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual(['claimed', 'Hamas', 'the rocket attack']);
  });

  it('reads "X said it was not behind EVENT" as a denial', () => {
    expect(summary('Hezbollah said it was not behind the bombing of the embassy.')).toEqual([['denied', 'Hezbollah']]);
  });

  it('treats the group’s own medium as the group: "a website affiliated with X said …"', () => {
    const [c] = claims(
      'A news agency affiliated with the Islamic State group said the shooting was carried out by one of its soldiers.',
    );
    expect(c?.status).toBe('claimed');
    expect(c?.actor?.name).toBe('Islamic State');
    expect(c?.source).toBeNull();
    expect(c?.event?.text).toBe('the shooting');
    expect(c?.text.startsWith('A news agency affiliated with')).toBe(true);
    const [d] = claims(
      'An online channel linked to Boko Haram said the kidnappings were carried out by members of the jihadist group.',
    );
    expect([d?.status, d?.actor?.name]).toEqual(['claimed', 'Boko Haram']);
  });

  it('treats a registry medium with an affiliation as its group ("Amaq said an IS fighter carried out…")', () => {
    expect(
      summary('Amaq, the militant group’s news agency, said an IS fighter had carried out the stabbing attack.'),
    ).toEqual([['claimed', 'Islamic State']]);
    // an independent agency does not claim anything
    expect(summary('Reuters said it had carried out the survey.')).toEqual([]);
  });

  it('reads a spokesman for the group as the group', () => {
    expect(
      summary('Abu Hamza, the spokesman for the Houthis, claimed they were responsible for the drone attack.'),
    ).toEqual([['claimed', 'Houthis']]);
    expect(summary('Al-Shabaab spokesman Ali Dhere claimed responsibility for the hotel siege.')).toEqual([
      ['claimed', 'al-Shabaab'],
    ]);
  });

  it('reads "a claim of responsibility by X"', () => {
    expect(summary('Police were examining a claim of responsibility by the Continuity IRA.')).toEqual([
      ['claimed', 'Continuity IRA'],
    ]);
  });

  it('resolves "the group" and "it" to the last group named', () => {
    const cs = summary('Fighters of Ansar Dine entered the town on Friday. The group claimed the ambush the next day.');
    expect(cs).toEqual([['claimed', 'Ansar Dine']]);
  });

  it('recognises an unknown group by its name shape', () => {
    const [c] = claims(
      'A previously unknown faction, the Martyr Abu Omar Brigade, claimed responsibility for the assassination.',
    );
    expect(c?.actor?.name).toBe('Martyr Abu Omar Brigade');
    expect(c?.status).toBe('claimed');
  });

  it('reads a group’s own words in a quote attributed after it', () => {
    const [a] = claims('"We carried out the attack on the convoy," a Taliban spokesman said.');
    expect([a?.status, a?.actor?.name, a?.event?.text, a?.text]).toEqual([
      'claimed',
      'Taliban',
      'the attack',
      'We carried out the attack',
    ]);
    expect(summary('"Our fighters were behind the bombing," said Abu Musab, a spokesman for Boko Haram.')).toEqual([
      ['claimed', 'Boko Haram'],
    ]);
    // a state speaking of its own strikes is not a claim of responsibility for an attack
    expect(summary('"We carried out strikes on terrorist positions," the Russian defence ministry said.')).toEqual([]);
    // someone quoted without a group attribution claims nothing for a group
    expect(summary('"We carried out the attack," he said.')).toEqual([]);
  });

  it('reads subjects across an aside and a renaming apposition', () => {
    expect(
      summary('The Taliban, in a message posted on Telegram, claimed responsibility for the ambush on the convoy.'),
    ).toEqual([['claimed', 'Taliban']]);
    const ctx = 'A car bomb killed 15 people in Lahore on Monday. ';
    expect(summary(`${ctx}A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed responsibility.`)).toEqual([
      ['claimed', 'Jamaat-ul-Ahrar'],
    ]);
  });

  it('reads "claimed it" and a bare "claimed responsibility" only next to an attack', () => {
    expect(summary('Gunmen killed 11 workers at a mine on Sunday. Boko Haram later claimed it.')).toEqual([
      ['claimed', 'Boko Haram'],
    ]);
    expect(summary('The minister presented the budget. Hamas later claimed it.')).toEqual([]);
  });

  it('reads a group saying its fighters killed or targeted someone, not what was done to it', () => {
    expect(summary('Al-Shabab, which is linked to al-Qaeda, said its fighters had killed 20 soldiers.')).toEqual([
      ['claimed', 'al-Shabaab'],
    ]);
    expect(summary('In a statement, Boko Haram said it had targeted a gathering of soldiers.')).toEqual([
      ['claimed', 'Boko Haram'],
    ]);
    expect(summary('Video shared by the Hamza Division claimed to have been shot after the raid.')).toEqual([]);
    expect(summary('The YPG said its fighters had captured the village.')).toEqual([]);
  });

  it('reads "a group calling itself X" and "rocket fire" as an attack, not "a fire"', () => {
    const [c] = claims('A group calling itself the Free Galilee Brigades claimed responsibility for the rocket fire.');
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual([
      'claimed',
      'Free Galilee Brigades',
      'the rocket fire',
    ]);
  });
});
