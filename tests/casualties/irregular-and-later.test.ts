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

describe('casualties: the attacker killing himself and others', () => {
  it('counts the people after "himself and", never the attacker himself', () => {
    expect(brief('A suicide bomber killed himself and four guards at the gate of the Ormond ministry.')).toEqual([
      ['four guards', 'killed', 4, 4],
    ]);
    expect(brief('THE GUNMAN SHOT HIMSELF AND HIS TWO NEPHEWS.')).toEqual([]);
    expect(brief('The attackers killed themselves and 12 hostages in the siege of Varn.')).toEqual([
      ['12 hostages', 'killed', 12, 12],
    ]);
    expect(figures('The gunman killed himself after the siege.')).toEqual([]);
  });
});

describe('casualties: singular people nouns of everyday news', () => {
  it('reads a groom, a pedestrian, an inmate as one victim', () => {
    expect(brief('A gunman opened fire at a wedding in Parvan, killing the groom.')).toEqual([
      ['the groom', 'killed', 1, 1],
    ]);
    expect(brief('A stray shell wounded a pedestrian near the Dask bridge.')).toEqual([
      ['a pedestrian', 'injured', 1, 1],
    ]);
    expect(brief('AN INMATE WAS STABBED TO DEATH IN THE PRISON OF TULSK.')).toEqual([['AN INMATE', 'killed', 1, 1]]);
  });
});

describe('casualties: a count after a determiner and "other"', () => {
  it('reads "the other two passengers", also after a plural description with no count', () => {
    expect(brief('The blast killed the other two passengers of the Vesk minibus.')).toEqual([
      ['two passengers', 'killed', 2, 2],
    ]);
    expect(brief('Gunmen killed the driver and the other three porters.')).toEqual([
      ['the driver', 'killed', 1, 1],
      ['three porters', 'killed', 3, 3],
    ]);
    expect(brief('THE JUDGE ORDERED AN INQUIRY INTO THE MURDER OF THE MONKS AND THEIR TWO COOKS.')).toEqual([
      ['TWO COOKS', 'killed', 2, 2],
    ]);
    expect(figures('The blast killed the other passengers.')).toEqual([]);
  });
});

describe('casualties: a name with a description in commas before "and"', () => {
  it("reads the description as the name's apposition, not another victim", () => {
    expect(brief('Omar Haddad, a teacher, and his son Karim were killed in the strike on Varn.')).toEqual([
      ['Omar Haddad', 'killed', 1, 1],
      ['his son Karim', 'killed', 1, 1],
    ]);
    expect(brief('LUIS VEGA, MAYOR OF TOLVA, AND TWO OF HIS AIDES WERE SHOT TO DEATH.')).toEqual([
      ['LUIS VEGA', 'killed', 1, 1],
      ['TWO OF HIS AIDES', 'killed', 2, 2],
    ]);
    expect(brief('The strike killed Nadia Saleh, a nurse, and her brother.')).toEqual([
      ['Nadia Saleh', 'killed', 1, 1],
      ['her brother', 'killed', 1, 1],
    ]);
  });

  it('keeps a list of names or of people nouns a list', () => {
    expect(brief('Ana Ruiz, Pablo Soto, and Luis Rey were killed.').map((f) => f[0])).toEqual([
      'Ana Ruiz',
      'Pablo Soto',
      'Luis Rey',
    ]);
    expect(brief('AFTER THE ATTACK ORTIZ, ISIDRO MAMANI, AND JULIO CASAS WERE KILLED.').map((f) => f[0])).toEqual([
      'ISIDRO MAMANI',
      'JULIO CASAS',
    ]);
    expect(brief('TWO FARMERS, A WOMAN, AND A CHILD WERE KILLED.').map((f) => f[0])).toEqual([
      'TWO FARMERS',
      'A WOMAN',
      'A CHILD',
    ]);
  });
});

describe('casualties: "and another (was) wounded"', () => {
  it('counts "another" on its own as one more person of the clause before', () => {
    expect(brief('One guard was killed and another wounded at the Tarsk depot.')).toEqual([
      ['One guard', 'killed', 1, 1],
      ['another', 'injured', 1, 1],
    ]);
    expect(brief('THE REBELS KILLED A POLICEMAN AND ANOTHER WAS WOUNDED.')).toEqual([
      ['A POLICEMAN', 'killed', 1, 1],
      ['ANOTHER', 'injured', 1, 1],
    ]);
  });

  it('leaves "another" of things alone', () => {
    expect(figures('The council dropped one plan and another was killed in committee.')).toEqual([]);
  });
});

describe('casualties: a Title-Case headline verb read as a name', () => {
  it('reads "Wounds 20" after a comma as the verb with its count', () => {
    expect(brief('Truck Bomb Kills Nine, Wounds 31 In Port City Of Varsk')).toEqual([
      ['Nine', 'killed', 9, 9],
      ['31', 'injured', 31, 31],
    ]);
    expect(figures('Old Wounds Reopen In Varsk Council')).toEqual([]);
  });
});
