import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('casualties: constructions of conflict news (issue 14)', () => {
  it('reads an estimate with an epistemic modal, not a counterfactual one', () => {
    expect(brief('Relief workers fear that 350 villagers may have died in the mudslide.')).toEqual([
      ['350 villagers', 'killed', 350, 350],
    ]);
    expect(brief('Up to 90 miners might have been killed in the blast at the pit.')).toEqual([
      ['Up to 90 miners', 'killed', null, 90],
    ]);
    expect(brief('Dozens of shoppers could have been killed had the device gone off.')).toEqual([]);
  });

  it('keeps the object of an outcome verb whatever verb follows it', () => {
    // A main verb after a relative clause's object is no veto: the people were killed.
    expect(brief('Militias fighting in a feud that has killed about 900 herders recruit boys.')).toEqual([
      ['about 900 herders', 'killed', 900, 900],
    ]);
    expect(brief('The blast wounded 12 porters evacuated by boat later.')).toEqual([
      ['12 porters', 'injured', 12, 12],
    ]);
    // …but people arrested are still no figure.
    expect(brief('Police arrested 14 protesters.')).toEqual([]);
  });
});
