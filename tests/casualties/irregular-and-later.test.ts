import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';
import { extract } from '../../src/extract.js';

describe('casualties: two passive participles joined by "and", the first irregular', () => {
  it('reads "were shot and killed", "was beaten and wounded" as the second verb\'s outcome', () => {
    expect(brief('Three teachers were shot and killed at a school in Vorn on Friday.')).toEqual([
      ['Three teachers', 'killed', 3, 3],
    ]);
    expect(brief('A night watchman was beaten and badly wounded by looters in Osk.')).toEqual([
      ['A night watchman', 'injured', 1, 1],
    ]);
    expect(brief('FOUR MINERS WERE HIT AND KILLED BY SHRAPNEL NEAR THE PIT.')).toEqual([
      ['FOUR MINERS', 'killed', 4, 4],
    ]);
    expect(brief('Two ferrymen were shot and wounded when the boat was fired on near Lusk.')).toEqual([
      ['Two ferrymen', 'injured', 2, 2],
    ]);
  });

  it('leaves a progressive or a first verb that is not passive alone', () => {
    // "were fighting and killed": active, with its own object.
    expect(brief('Rebels were fighting and killed 12 soldiers near Vask.')).toEqual([
      ['12 soldiers', 'killed', 12, 12],
    ]);
    expect(figures('The two men were sent and paid to kill the judge.')).toEqual([]);
  });
});

describe('casualties: "N of the wounded later died"', () => {
  it('gives the people who died the outcome killed, a part of the wounded whole told before', () => {
    const fs = figures('A bomb wounded 14 porters in Tarsk on Monday. Two of the wounded later died in hospital.');
    expect(fs.map((f) => [f.text, f.outcome, f.partOf?.text ?? null])).toEqual([
      ['14 porters', 'injured', null],
      ['Two of the wounded', 'killed', '14 porters'],
    ]);
    expect(brief('THREE OF THE INJURED HAVE SINCE DIED.')).toEqual([['THREE OF THE INJURED', 'killed', 3, 3]]);
    expect(brief('Four of the hurt succumbed to their burns overnight.')).toEqual([
      ['Four of the hurt', 'killed', 4, 4],
    ]);
  });

  it('keeps the injured outcome when the wounded did not die', () => {
    expect(brief('Two of the wounded are in critical condition.')).toEqual([['Two of the wounded', 'injured', 2, 2]]);
    expect(brief('Five of the injured were flown to Oslo.')).toEqual([['Five of the injured', 'injured', 5, 5]]);
  });

  it('keeps the incident toll on the count the article gives', () => {
    const x = extract(
      'A rocket killed 6 people and wounded 30 in the market of Sorvan on Monday. Three of the wounded died overnight.',
    );
    const killed = x.incidents[0]!.tolls.killed!;
    expect([killed.low.value, killed.best.value, killed.high.value]).toEqual([6, 6, 6]);
  });
});

describe('casualties: plurals of compounds in -man', () => {
  it('reads "ferrymen", "linemen" as people, and not "specimen" or "abdomen"', () => {
    expect(brief('Two ferrymen were wounded near Lusk.')).toEqual([['Two ferrymen', 'injured', 2, 2]]);
    expect(brief('SIX LINEMEN WERE KILLED WHEN THE PYLON WAS BOMBED.')).toEqual([['SIX LINEMEN', 'killed', 6, 6]]);
    expect(figures('The shelling destroyed two specimen cabinets and killed no one.')).toEqual([]);
  });
});
