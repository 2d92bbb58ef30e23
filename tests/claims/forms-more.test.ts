import { describe, expect, it } from 'vitest';
import { claims, summary, SYRIA } from './helpers.js';

describe('denials in other forms (ANNOTATION.md §3)', () => {
  it('reads a passive denial of an accusation or an attack', () => {
    expect(summary(`${SYRIA} The accusation of shelling the camp was denied by Ankara.`)).toContainEqual([
      'denied',
      'Turkey',
    ]);
    expect(summary('The bombing of the bridge was denied by the Taliban.')).toEqual([['denied', 'Taliban']]);
  });

  it('gives a denial by a state’s army source or military spokesman to the state', () => {
    expect(summary(`${SYRIA} A military spokesman denied that its jets had bombed the hospital.`)).toContainEqual([
      'denied',
      'Syria',
    ]);
  });

  it('gives coordinated actors one denial each', () => {
    expect(summary('Turkey and the Kurdish militia both denied carrying out the bombing of the bridge.')).toHaveLength(2);
    expect(summary('Hamas and Hezbollah denied any role in the bombing of the bus.')).toEqual([
      ['denied', 'Hamas'],
      ['denied', 'Hezbollah'],
    ]);
  });
});

describe('upper-case wire copy and the actors lexicon', () => {
  it('does not read "IS" or "WHO" in upper-case copy as a name', () => {
    expect(summary('POLICE SAID IT IS RESPONSIBLE FOR MANY TERRORIST ATTACKS.')).toEqual([]);
    expect(summary('Officials said IS claimed the attack.')).toEqual([['claimed', 'Islamic State']]);
  });

  it('knows the Latin American groups of the wires and reads them in capitals', () => {
    expect(summary('THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE BRIDGE.')).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front'],
    ]);
    const [c] = claims('THE ARMY ACCUSED THE SHINING PATH OF MURDERING THE MAYOR IN THE ATTACK.');
    expect([c?.status, c?.actor?.name]).toEqual(['attributed', 'Shining Path']);
  });
});
