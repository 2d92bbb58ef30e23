import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';

describe('casualties: injured people under treatment for wounds of a kind', () => {
  it('reads "were being treated for gunshot wounds" as injured, past a noun modifier of the wounds', () => {
    expect(brief('Nurses said 14 miners were being treated for shrapnel wounds after the blast.')).toEqual([
      ['14 miners', 'injured', 14, 14],
    ]);
    expect(brief('MEDICS SAID NINE VILLAGERS WERE TREATED FOR GUNSHOT WOUNDS ON MONDAY.')).toEqual([
      ['NINE VILLAGERS', 'injured', 9, 9],
    ]);
  });
});

describe('casualties: "N of them were X" after a figure divides it', () => {
  it('reads the next sentence as a part of the one counted whole before it', () => {
    const [whole, part] = figures('The clinic said 23 people were wounded in the raid. Five of them were teenagers.');
    expect(whole!.text).toBe('23 people');
    expect(part!.text).toBe('Five of them');
    expect(part!.outcome).toBe('injured');
    expect(part!.victims).toBe('teenagers');
    expect(part!.partOf).toEqual({ start: whole!.start, end: whole!.end, text: whole!.text });
  });
  it('keeps it in capitals, and reads nothing when the complement names no people', () => {
    expect(brief('POLICE SAID 11 FARMERS WERE KILLED. TWO OF THEM WERE BROTHERS.')).toEqual([
      ['11 FARMERS', 'killed', 11, 11],
      ['TWO OF THEM', 'killed', 2, 2],
    ]);
    expect(brief('Police said 11 farmers were killed. Two of them were in the market.')).toEqual([
      ['11 farmers', 'killed', 11, 11],
    ]);
  });
});

describe('casualties: a surname alone in capitals, after the full name', () => {
  it('reads the surname as the victim once the article named the person in full', () => {
    const text =
      'UNION LEADER JOSE MANUEL ORTIZ BRAVO ARRIVED IN TOWN ON MONDAY. ON TUESDAY GUNMEN FIRED ON HIS CAR AND ' +
      "ORTIZ WAS KILLED. THE UNION SAID ORTIZ'S MURDER WAS A WARNING.";
    expect(brief(text)).toEqual([
      ['ORTIZ', 'killed', 1, 1],
      ['ORTIZ', 'killed', 1, 1],
    ]);
  });
  it('takes no lowered plural of people for a surname', () => {
    expect(brief('PEASANT LEADERS MET THE ANTIOQUIA DRUG TRAFFICKERS ON FRIDAY. TRAFFICKERS WERE KILLED.')).toEqual([]);
  });
});

describe('casualties: a negated outcome verb counts no one', () => {
  it('drops "was not hurt", "were never found dead", "did not kill"', () => {
    expect(brief('A bomb wrecked the car of reporter Ana Villalobos, but Villalobos was not hurt.')).toEqual([]);
    expect(brief('THE SHELL HIT THE SCHOOL BUT THE 40 PUPILS WERE NOT INJURED.')).toEqual([]);
    expect(brief('The rocket did not kill anyone, and two guards were never found dead.')).toEqual([]);
  });
  it('keeps "not only killed"', () => {
    expect(brief('The strike not only killed 12 people but also destroyed the clinic.')).toEqual([
      ['12 people', 'killed', 12, 12],
    ]);
  });
});

describe('casualties: a name before an apposition that lost its commas', () => {
  it('reads the name as the subject past "leader of …"', () => {
    expect(brief('Khalid Mansour senior commander of the Free Syrian Army was killed Friday in an air strike.')).toEqual([
      ['Khalid Mansour', 'killed', 1, 1],
    ]);
    expect(brief('3 March 2016 Samir Haddad head of the al-Nour brigade was killed in shelling.')).toEqual([
      ['Samir Haddad', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: long "of" phrases and a time before the object', () => {
  it('reads counted people past an organisation named at length', () => {
    expect(brief('TWO MEMBERS OF THE NATIONAL UNION OF FARM WORKERS (UNTC) WERE KILLED BY SOLDIERS.')).toEqual([
      ['TWO MEMBERS', 'killed', 2, 2],
    ]);
  });
  it('reads the object after a time with no commas', () => {
    expect(brief('Rebels killed on Sunday Colonel Pedro Arana and Judge Luisa Marin.')).toEqual([
      ['Colonel Pedro Arana', 'killed', 1, 1],
      ['Judge Luisa Marin', 'killed', 1, 1],
    ]);
    expect(brief('Rebels killed on Sunday in the hills.')).toEqual([]);
  });
});

describe('casualties: a passive coordinated after any verb', () => {
  it('reads "were captured and executed", "were rounded up and shot dead"', () => {
    expect(brief('Witnesses said 17 farmers were captured and executed by the militia.')).toEqual([
      ['17 farmers', 'killed', 17, 17],
    ]);
    expect(brief('NINE TEACHERS WERE ROUNDED UP AND EXECUTED IN THE SQUARE.')).toEqual([
      ['NINE TEACHERS', 'killed', 9, 9],
    ]);
  });
  it('leaves an active second verb to its object', () => {
    expect(brief('Six soldiers were deployed and killed 12 militants.')).toEqual([['12 militants', 'killed', 12, 12]]);
  });
});

describe('casualties: vague quantities "of" an outcome noun, and participles in an "of" phrase', () => {
  it('counts "dozens of bodies", "scores of dead", but not "hundreds of lives" without a verb of taking', () => {
    expect(brief('After the shelling, medics laid out dozens of bodies in the courtyard.')).toEqual([
      ['dozens of bodies', 'killed', 24, null],
    ]);
    expect(brief('The smuggler has hundreds of lives on his conscience.')).toEqual([]);
  });
  it('reads counted people past an "of" phrase with a participle', () => {
    expect(brief('At least 20 fighters of the militia controlling the old town were killed in the assault.')).toEqual([
      ['At least 20 fighters', 'killed', 20, null],
    ]);
  });
  it('does not reach a count far before the verb through a place phrase', () => {
    expect(brief('POLICE FOUND HUNDREDS OF RIFLES AT THE RANCH OF A DEAD SMUGGLER.')).toEqual([]);
  });
});
