import { describe, expect, it } from 'vitest';
import { claims, summary, SYRIA } from './helpers.js';

describe('attributed: someone else says the actor did it', () => {
  it('reads "SOURCE blamed X for EVENT" with the source', () => {
    const [c] = claims('Police blamed Boko Haram for the raid on the village.');
    expect([c?.status, c?.actor?.name, c?.event?.text, c?.source?.name]).toEqual([
      'attributed',
      'Boko Haram',
      'the raid',
      'Police',
    ]);
  });

  it('reads "blamed EVENT on X", "EVENT (was) blamed on X", and "EVENT that SOURCE blames on X"', () => {
    const [a] = claims('Officials blamed the attack on the Haqqani network.');
    expect([a?.actor?.name, a?.event?.text, a?.source?.name]).toEqual(['Haqqani network', 'the attack', 'Officials']);
    const [b] = claims('A truck bombing blamed on al-Shabaab killed 20 people.');
    expect([b?.status, b?.actor?.name, b?.event?.text, b?.text]).toEqual([
      'attributed',
      'al-Shabaab',
      'A truck bombing',
      'A truck bombing blamed on al-Shabaab',
    ]);
    const [c] = claims(
      'It was a nerve gas attack in the north of the country that Washington blamed on the Syrian regime.',
    );
    expect([c?.actor?.name, c?.source?.name, c?.event?.text]).toEqual(['Syria', 'United States', 'a nerve gas attack']);
  });

  it('reads "X, which SOURCE blames for EVENT"', () => {
    const [c] = claims(
      'The Hurras al-Din group, which Washington blames for the killing of two soldiers, is based in Idlib.',
    );
    expect([c?.status, c?.actor?.name, c?.source?.name, c?.event?.text]).toEqual([
      'attributed',
      'Hurras al-Din',
      'United States',
      'the killing',
    ]);
  });

  it('reads coordinated actors as separate claims with their own spans', () => {
    const text = 'It is unclear who carried out the slayings, though residents have blamed IS and the Syrian regime.';
    const cs = claims(text);
    expect(cs.map((c) => [c.status, c.actor?.name, c.source?.name ?? null])).toEqual([
      ['attributed', 'Islamic State', 'residents'],
      ['attributed', 'Syria', 'residents'],
    ]);
    expect(cs[1]?.text).toBe('the Syrian regime');
  });

  it('reads accusations, active and passive, only when they are about an attack', () => {
    const [a] = claims('The opposition accused the Syrian regime of carrying out the chemical attack.');
    expect([a?.status, a?.actor?.name, a?.event?.text, a?.source?.name]).toEqual([
      'attributed',
      'Syria',
      'the chemical attack',
      'opposition',
    ]);
    expect(summary('Rights groups accused the Iraqi army of using chlorine gas in the offensive.')).toEqual([
      ['attributed', 'Iraq'],
    ]);
    const [p] = claims('The Houthis have been accused by Saudi officials of firing rockets at the airport.');
    expect([p?.actor?.name, p?.source?.name]).toEqual(['Houthis', 'Saudi officials']);
    expect(summary('The rebels accused the government of trying to derail the talks.')).toEqual([]);
    expect(summary('Officials accused Russia of not doing enough to rein in its ally.')).toEqual([]);
  });

  it('reads "attributed (EVENT) to X" but not to a thing', () => {
    const [a] = claims('The government attributed the bombing to the PKK.');
    expect([a?.actor?.name, a?.source?.name, a?.event?.text]).toEqual(['PKK', 'government', 'the bombing']);
    expect(summary('The assassination was attributed to Hezbollah by investigators.')).toEqual([
      ['attributed', 'Hezbollah'],
    ]);
    expect(summary('The ministry attributed the destruction to a fire.')).toEqual([]);
  });

  it('reads "held X responsible", "X bears responsibility", "pinned the blame on X", "X was to blame"', () => {
    expect(summary('Kenya held al-Shabaab responsible for the university massacre.')).toEqual([
      ['attributed', 'al-Shabaab'],
    ]);
    expect(summary('The Kremlin bears full responsibility for the downing of the airliner.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(summary('The envoy told the council the bombing was horrific, pinning the blame on Hezbollah.')).toEqual([
      ['attributed', 'Hezbollah'],
    ]);
    expect(summary('After the convoy attack, investigators concluded the Houthis were to blame.')).toEqual([
      ['attributed', 'Houthis'],
    ]);
  });

  it('reads "EVENT bore the hallmarks of X" and "suspected X militants"', () => {
    expect(summary('The hotel bombing bore the hallmarks of Jemaah Islamiyah.')).toEqual([
      ['attributed', 'Jemaah Islamiyah'],
    ]);
    expect(summary('Suspected Boko Haram fighters attacked a school in Yobe, killing 40 pupils.')).toEqual([
      ['attributed', 'Boko Haram'],
    ]);
  });

  it('reads "bombings by the X group", skipping a hyphenated modifier, and "EVENT carried out by X"', () => {
    const [a] = claims('Friday’s bombings by the al-Qaeda-allied Ansar Dine group killed nine soldiers.');
    expect([a?.status, a?.actor?.name, a?.event?.text, a?.text]).toEqual([
      'attributed',
      'Ansar Dine',
      'Friday’s bombings',
      'Friday’s bombings by the al-Qaeda-allied Ansar Dine group',
    ]);
    const [b] = claims('The attack was widely believed to have been carried out by the separatist group ETA.');
    expect([b?.actor?.name, b?.event?.text]).toEqual(['ETA', 'The attack']);
  });

  it('reads an actor-modified attack noun ("ISIS bombings", "the Taliban’s attack")', () => {
    const [a] = claims('ISIS bombings in Brussels killed 32 people.');
    expect([a?.status, a?.actor?.name, a?.text, a?.event?.text]).toEqual([
      'attributed',
      'Islamic State',
      'ISIS bombings',
      'bombings in Brussels',
    ]);
    const [b] = claims('The Taliban’s deadly attack on the base lasted six hours.');
    expect([b?.actor?.name, b?.event?.text]).toEqual(['Taliban', 'deadly attack']);
    expect(summary('Airstrikes hit ISIS positions near the town.')).toEqual([]);
    // a verb or participle after the name, not an attack noun
    expect(summary('Officials say ISIS attacks civilians who try to flee.')).toEqual([]);
    expect(summary('Jets struck a town held by the Daesh killing at least 10 people.')).toEqual([]);
    expect(summary('Ten people died in an IS attack on a Kurdish-held town.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
  });

  it('takes no name from a capitalised sentence opener, but does from an all-capital name there', () => {
    expect(summary('The attack on the depot left the town without fuel.')).toEqual([]);
    expect(summary('In an attack on the depot, the town lost its fuel.')).toEqual([]);
    expect(summary('IS suicide attack on a checkpoint leaves the road closed.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
  });

  it('reads "bombers, who were reportedly from X" but not its hyphenated or parenthesised describer', () => {
    const [c] = claims(
      'Gunmen, who were reportedly members of the jihadist alliance Jamaat Nusrat al-Islam wal-Muslimin (an al-Qaeda affiliate), stormed the hotel.',
    );
    expect([c?.status, c?.actor?.name, c?.event]).toEqual(['attributed', 'Jamaat Nusrat al-Islam wal-Muslimin', null]);
    expect(c?.text.startsWith('Gunmen, who were reportedly members')).toBe(true);
  });

  it('reads "X carried out / was behind EVENT" for groups in the writer’s voice', () => {
    expect(summary('ETA carried out the Hipercor bombing in 1987.')).toEqual([['attributed', 'ETA']]);
    expect(summary('US officials said IS was behind the attack.')).toEqual([['attributed', 'Islamic State']]);
    expect(summary('The police concluded that ETA were responsible, after the bombing of the café.')).toEqual([
      ['attributed', 'ETA'],
    ]);
  });

  it('reads hedging adverbs between the verb and "behind"', () => {
    expect(summary('A local commander said IS cells were most likely behind the ambush.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
    expect(summary('Analysts said al-Shabaab was almost certainly behind the hotel bombing.')).toEqual([
      ['attributed', 'al-Shabaab'],
    ]);
    expect(summary('Police said Boko Haram was reportedly behind the market attack.')).toEqual([
      ['attributed', 'Boko Haram'],
    ]);
    expect(summary('Police said Boko Haram was most likely not behind the market attack.')).toEqual([]);
  });

  it('reads a state actor for any attack, narrated or reported (ANNOTATION.md §3)', () => {
    expect(summary('The massacre was carried out by Russian warplanes, rescuers said.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(summary('The attack on the convoy was most likely carried out by Russian jets.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(summary('Russian warplanes carried out dozens of airstrikes on rebel-held towns.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(summary('A rocket attack by Israeli forces hit the building.')).toEqual([['attributed', 'Israel']]);
    expect(summary('The end of the bombardment of civilians by Russian and Syrian forces was a precondition.')).toEqual(
      [
        ['attributed', 'Russia'],
        ['attributed', 'Syria'],
      ],
    );
  });

  it('reads an accusation inside a quote as a relative clause on the event (context resolves "the regime")', () => {
    const text = `${SYRIA} The rebel commander said: "It was an operation the regime has carried out to frighten the people."`;
    const cs = claims(text);
    expect(cs.map((c) => [c.status, c.actor?.name, c.text, c.event?.text])).toEqual([
      ['attributed', 'Syria', 'an operation the regime has carried out', 'an operation'],
    ]);
    // a quoted report of raids names who carried them out
    expect(summary(`${SYRIA} "The regime carried out 13 raids on the city," the monitor said.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
  });

  it('gives a group with a stated affiliation, not the affiliation, as actor', () => {
    expect(summary('The bombings by the ISIS-inspired Maute group killed 14.')).toEqual([
      ['attributed', 'Maute group'],
    ]);
    expect(summary('The al-Qaeda-linked group claimed the attack.')).toEqual([]);
  });

  it('reads "X was blamed for EVENT" and a coordinated accused subject', () => {
    const [a] = claims('The PKK was blamed for the car bombing in Ankara.');
    expect([a?.status, a?.actor?.name, a?.event?.text]).toEqual(['attributed', 'PKK', 'the car bombing in Ankara']);
    expect(summary('Kurdish militants were blamed for the blast.')).toEqual([['attributed', 'Kurdish militants']]);
    const [b] = claims(
      'The Iraqi army and its allied militias have been accused by monitors of carrying out the massacre.',
    );
    expect([b?.actor?.name, b?.source?.name]).toEqual(['Iraq', 'monitors']);
  });
  it('reads "accused X of responsibility." with the attack in the sentence before', () => {
    expect(
      summary('A car bomb killed nine people in the market. The opposition accused the government of responsibility.'),
    ).toContainEqual(['attributed', 'government']);
    expect(summary('The opposition accused the government of responsibility.')).toEqual([]);
    expect(summary('The union accused the minister of responsibility for the budget.')).toEqual([]);
  });
});
