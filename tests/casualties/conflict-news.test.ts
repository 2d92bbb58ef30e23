import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';

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

  it('keeps the object of an outcome verb before a finite verb of another clause', () => {
    // A main verb after a relative clause's object is no veto: the people were killed.
    expect(brief('Militias fighting in a feud that has killed about 900 herders recruit boys.')).toEqual([
      ['about 900 herders', 'killed', 900, 900],
    ]);
    // A participle still tells of the people counted: those kidnapped and freed are left out.
    expect(brief('Bandits who kidnapped 12 porters freed by the army later were tried.')).toEqual([]);
    // …but people arrested are still no figure.
    expect(brief('Police arrested 14 protesters.')).toEqual([]);
  });

  it('reads a second count after the first one\'s place or time', () => {
    expect(brief('The shelling killed 31 farmers in and around Kessab and 9 in the next valley.')).toEqual([
      ['31 farmers', 'killed', 31, 31],
      ['9', 'killed', 9, 9],
    ]);
    expect(
      brief('Drones killed scores last month in Tessit where 600 families still shelter and at least 57 herders near Gao.'),
    ).toEqual([
      ['scores', 'killed', 40, null],
      ['at least 57 herders', 'killed', 57, null],
    ]);
    // A count with a verb of its own, or of things, is not a second object.
    expect(brief('The shelling killed 31 farmers in Kessab and 9 were wounded in Ruma.')).toEqual([
      ['31 farmers', 'killed', 31, 31],
      ['9', 'injured', 9, 9],
    ]);
    expect(brief('The raids killed 31 farmers in 4 hamlets and 2 towns.')).toEqual([['31 farmers', 'killed', 31, 31]]);
  });

  it('counts the companions of a subject that is no figure', () => {
    expect(brief('She was shot dead along with three other nurses at the checkpoint.')).toEqual([
      ['three other nurses', 'killed', 3, 3],
    ]);
    expect(brief('The pilot died on Friday together with his four passengers.')).toEqual([
      ['four passengers', 'killed', 4, 4],
    ]);
    expect(brief('He was detained along with six other students.')).toEqual([]);
  });

  it('never reads "including" into the victims, also in a Title-Case headline', () => {
    expect(brief('Gunmen Storm Clinic, Kill 5 Including Surgeon')).toEqual([
      ['5', 'killed', 5, 5],
      ['Surgeon', 'killed', 1, 1],
    ]);
    expect(brief('Two porters killed including boy, 9 others hurt in ambush')).toEqual([
      ['Two porters', 'killed', 2, 2],
      ['boy', 'killed', 1, 1],
      ['9 others', 'injured', 9, 9],
    ]);
  });

  it('takes the subject of "gave a toll" or "put the toll at" as the source of that toll only', () => {
    const src = (text: string): (string | null)[] => figures(text).map((f) => f.source?.name ?? null);
    expect(src('The health bureau gave a toll of 19 dead and 60 injured.')).toEqual(['health bureau', 'health bureau']);
    expect(src('Harbour officials put the death toll at 23.')).toEqual(['Harbour officials']);
    expect(src('The Coastal Rescue Board however puts the toll at 41 fishermen.')).toEqual(['Coastal Rescue Board']);
    expect(src('The Relief League which has a web of contacts in the valley placed the toll at 14.')).toEqual([
      'Relief League',
    ]);
    // A toll told before the verb is not the one it gives.
    expect(src('At least 80 miners have died since May but unions put the toll far higher.')).toEqual([null]);
    // Giving no toll, or something else, sources nothing.
    expect(src('Nurses gave 12 wounded porters water.')).toEqual([null]);
  });

  it('reads "was able to kill" as done, "is able" and "was unable" as not', () => {
    expect(brief('Rangers were able to kill about 30 poachers near the lake.')).toEqual([
      ['about 30 poachers', 'killed', 30, 30],
    ]);
    expect(brief('Rangers are able to kill 30 poachers a week.')).toEqual([]);
    expect(brief('Rangers were unable to kill 30 poachers.')).toEqual([]);
  });

  it('reads "wounds" before a count as the verb', () => {
    expect(brief('Landslide kills 14 and wounds dozens in hill village')).toEqual([
      ['14', 'killed', 14, 14],
      ['dozens', 'injured', 24, null],
    ]);
    expect(brief('The grenade wounds 6 shoppers.')).toEqual([['6 shoppers', 'injured', 6, 6]]);
    expect(brief('The sentry died of wounds 3 days later.')).toEqual([]);
  });

  it('adds a figure joined by "as well as" to the running total before it', () => {
    const scopes = (text: string): string[] => figures(text).map((f) => `${f.text}:${f.scope}`);
    expect(
      scopes('The union counted 40 miners killed in the decade-long war as well as the deaths of at least 9 engineers.'),
    ).toEqual(['40 miners:cumulative', 'at least 9 engineers:cumulative']);
    expect(scopes('The mortar killed 4 guards as well as the deaths of 2 cooks.')).toEqual([
      '4 guards:incident',
      '2 cooks:incident',
    ]);
  });
});
