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
    expect(summary('Turkey and the Kurdish militia both denied carrying out the bombing of the bridge.')).toHaveLength(
      2,
    );
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

describe('claims in other forms', () => {
  it('reads admissions as the actor’s own claim', () => {
    expect(summary('Karl Weiss has confessed to taking part in the bombing of the embassy.')).toEqual([
      ['claimed', 'Karl Weiss'],
    ]);
    expect(summary('He admitted to having no role in the attack.')).toEqual([]);
  });

  it('reads a document claiming responsibility for its author, and no document as an actor', () => {
    expect(summary('A pamphlet signed by Hamas claiming responsibility for the bombing was found.')).toEqual([
      ['claimed', 'Hamas'],
    ]);
    expect(summary('Leaflets claiming responsibility for the murder were found near the car.')).toEqual([]);
  });

  it('skips a date after the speech verb', () => {
    expect(summary('Hamas said on Tuesday it carried out the bombing.')).toEqual([['claimed', 'Hamas']]);
  });

  it('never takes a place or a weekday for the actor', () => {
    expect(summary('Hamas is active there. Fighters operating in Rafah claimed the attack on the bridge.')).toEqual([
      ['claimed', 'Hamas'],
    ]);
    expect(summary('Militants operating in Helmand claimed the attack on the bridge.')).toEqual([
      ['claimed', 'Militants'],
    ]);
  });
});

describe('sturdier blame and accusation patterns', () => {
  it('reads quotation marks inside "held X responsible" and an apposition before "of"', () => {
    const [a] = claims('The minister holds Hezbollah "fully responsible" for the massacre.');
    expect([a?.status, a?.actor?.name, a?.event?.text]).toEqual(['attributed', 'Hezbollah', 'the massacre']);
    const [b] = claims('Russia accused Turkey, a NATO member, of shelling the town.');
    expect([b?.actor?.name, b?.source?.name]).toEqual(['Turkey', 'Russia']);
  });

  it('reads a bare "blamed the rebels" next to an attack', () => {
    expect(summary('Local officials blamed the rebels after the bombing.')).toEqual([['attributed', 'rebels']]);
    expect(summary('Local officials blamed the weather for the delay.')).toEqual([]);
  });
});

describe('the actor’s own voice', () => {
  it('reads a denial in the actor’s own quote, a state speaking through its ministry', () => {
    expect(
      summary(
        '"Our jets carried out no strikes there," the Turkish Defence Ministry said after the raid on the market.',
      ),
    ).toEqual([['denied', 'Turkey']]);
    expect(summary('"We did not carry out the attack on the market," a Taliban spokesman said.')).toEqual([
      ['denied', 'Taliban'],
    ]);
  });

  it('reads a self-claim through the state’s head: "the president said he ordered the strikes"', () => {
    expect(summary('French President Jean Dupont said he had ordered the air strikes on the camps.')).toEqual([
      ['claimed', 'France'],
    ]);
    expect(summary('He said he ordered the pizza for the strikes committee.')).toEqual([]);
  });
});

describe('upper-case descriptions', () => {
  it('reads only a fighters head as a description in capitals, never a run of capitalised words', () => {
    // The casing layer reads capitals through a true-cased view: a description comes out in lower case.
    expect(summary('HE ALSO SAID THAT THE EXTREMISTS BOMBED THE BRIDGE.')).toEqual([['attributed', 'extremists']]);
    expect(summary('OFFICIALS SAID A POWERFUL BOMB TODAY DESTROYED THE BRIDGE.')).toEqual([]);
  });
});
