import { describe, expect, it } from 'vitest';
import { claims, summary } from './helpers.js';

describe('unclaimed: the text says no one has claimed it', () => {
  it('reads "no group has (yet) claimed responsibility for EVENT" with actor null', () => {
    const [c] = claims('No group has yet claimed responsibility for the twin blasts in the market.');
    expect(c?.status).toBe('unclaimed');
    expect(c?.actor).toBeNull();
    expect(c?.event?.text).toBe('the twin blasts');
    expect(c?.text).toBe('No group has yet claimed responsibility for the twin blasts');
  });

  it('reads "no one", "nobody", "no group or individual"', () => {
    expect(summary('No one immediately claimed the shooting at the checkpoint.')).toEqual([['unclaimed', null]]);
    expect(summary('Nobody has claimed the kidnapping so far.')).toEqual([['unclaimed', null]]);
    const [c] = claims('No group has claimed the mortar fire that hit the base on Monday.');
    expect([c?.status, c?.event?.text, c?.text]).toEqual([
      'unclaimed',
      'the mortar fire',
      'No group has claimed the mortar fire',
    ]);
    expect(summary('No militant group or individual claimed responsibility for the grenade attack.')).toEqual([
      ['unclaimed', null],
    ]);
  });

  it('reads "there was no (immediate) claim of responsibility"', () => {
    const [c] = claims('There was no immediate claim of responsibility for the assault on the hotel.');
    expect([c?.status, c?.actor, c?.event?.text]).toEqual(['unclaimed', null, 'the assault']);
  });

  it('reads "EVENT has not been claimed" and "went unclaimed"', () => {
    const [a] = claims('The kidnapping of the aid workers has not been claimed.');
    expect([a?.status, a?.event?.text]).toEqual(['unclaimed', 'The kidnapping']);
    expect(summary('The rocket attack on the airport went unclaimed.')).toEqual([['unclaimed', null]]);
  });

  it('does not make "no group" an actor of another form', () => {
    expect(summary('No group or faction claimed the attacks.')).toEqual([['unclaimed', null]]);
  });
});

describe('denied: the actor says it did not do it', () => {
  it('reads "X denied (any) involvement in EVENT"', () => {
    const [c] = claims('Hezbollah denied any involvement in the assassination of the former minister.');
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual(['denied', 'Hezbollah', 'the assassination']);
    expect(c?.source).toBeNull();
  });

  it('reads denials of a gerund and of a content clause', () => {
    expect(summary('The PKK denied that it was behind the car bomb in Ankara.')).toEqual([['denied', 'PKK']]);
    const [c] = claims('Moscow denied carrying out the strike on the hospital.');
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual(['denied', 'Russia', 'the strike']);
    expect(
      summary('The Iranian government rejected accusations that it was behind the attack on the tankers.'),
    ).toEqual([['denied', 'Iran']]);
  });

  it('reads "denied the charges / these allegations" and a pronoun subject', () => {
    expect(summary('Rebels blamed the army for the gas attack. The Syrian regime denied the charges.')).toContainEqual([
      'denied',
      'Syria',
    ]);
    // with no attack in sight, a denial is about something else
    expect(summary('The senator denied the charges. The DNC rejected the allegation.')).toEqual([]);
    expect(
      summary('Critics pointed at the Assad government over the gas attack, though it denied any responsibility.'),
    ).toContainEqual(['denied', 'Syria']);
  });

  it('reads "EVENT, which X denied" and a coordinated subject', () => {
    const cs = claims('Israel blamed Hezbollah for the rocket attack on the base, which the group denied.');
    expect(cs.map((c) => [c.status, c.actor?.name, c.event?.text])).toEqual([
      ['attributed', 'Hezbollah', 'the rocket attack'],
      ['denied', 'Hezbollah', 'the rocket attack'],
    ]);
    // coordinated actors give one claim each (ANNOTATION.md §3): the ally named by its adjective too
    expect(summary('The Syrian government and its Russian ally deny using chemical weapons.')).toEqual([
      ['denied', 'Syria'],
      ['denied', 'Russia'],
    ]);
  });

  it('leaves out denials that are not about responsibility', () => {
    expect(summary('The governor denied the move was related to the protests.')).toEqual([]);
    expect(summary('The convoy was denied permission to enter the town.')).toEqual([]);
    expect(summary('Ahrar al-Sham denied espousing the ideology of al-Qaeda.')).toEqual([]);
  });

  it('keeps an attribution with its own source next to the denial', () => {
    const cs = summary('The YPG, which Turkey blames for the Ankara bombing, has denied involvement.');
    expect(cs).toEqual([
      ['denied', 'YPG'],
      ['attributed', 'YPG'],
    ]);
    const blamed = claims('The YPG, which Turkey blames for the Ankara bombing, has denied involvement.')[1];
    expect(blamed?.source?.name).toBe('Turkey');
    expect(blamed?.event?.text).toBe('the Ankara bombing');
  });
});

describe('hedged: the actor stops short of claiming', () => {
  it('reads "X praised / celebrated EVENT"', () => {
    const [c] = claims('Al-Shabaab praised the attack on the hotel but did not claim it.');
    expect([c?.status, c?.actor?.name, c?.event?.text]).toEqual(['hedged', 'al-Shabaab', 'the attack']);
    expect(summary('The Taliban hailed the attackers as martyrs.')).toEqual([['hedged', 'Taliban']]);
  });

  it('reads "… but stopped short of (explicitly) claiming", resolving "It" and taking the event from the sentence it continues', () => {
    const text =
      'Jund al-Aqsa said that three gunmen had carried out Friday’s ambush. It praised God for the victory but stopped short of formally claiming responsibility.';
    const cs = claims(text);
    expect(cs.map((c) => [c.status, c.actor?.name])).toEqual([
      ['hedged', 'Jund al-Aqsa'],
      ['hedged', 'Jund al-Aqsa'],
    ]);
    expect(cs[1]?.text).toBe('It praised God for the victory but stopped short of formally claiming responsibility');
    expect(cs[1]?.event?.text).toBe('Friday’s ambush');
    expect(cs[1]?.actor?.mention?.text).toBe('It');
  });

  it('reads "X implied it was behind EVENT"', () => {
    expect(summary('Boko Haram implied it was behind the abduction of the schoolgirls.')).toEqual([
      ['hedged', 'Boko Haram'],
    ]);
  });

  it('does not hedge for someone who is not a group, nor without an attack', () => {
    expect(summary('The minister praised the attack helicopters.')).toEqual([]);
    expect(summary('Hamas celebrated the anniversary of its founding.')).toEqual([]);
  });
});
