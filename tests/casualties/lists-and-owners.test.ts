import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

/** Own sentences (in no data set), each also read in the upper case of wire copy. */
const both = (text: string): [string, string, number | null, number | null][][] => [
  brief(text).map(([t, o, a, b]) => [t.toLowerCase(), o, a, b]),
  brief(text.toUpperCase()).map(([t, o, a, b]) => [t.toLowerCase(), o, a, b]),
];

describe('casualties: lists of victims, owners and quoted names', () => {
  it('reads the objects of "shot … to death" as a list, "shot" read as a noun too', () => {
    for (const got of both('Two gunmen shot the magistrate and his bodyguard to death.'))
      expect(got.map((x) => x[0].toLowerCase())).toEqual(['the magistrate', 'his bodyguard']);
    for (const got of both('Masked men shot Ana Quiroga, Luis Benitez and Rosa Ferrer to death.'))
      expect(got.map((x) => x[2])).toEqual([1, 1, 1]);
    expect(brief('The court sentenced the notary and his two brothers to death.')).toEqual([]);
  });

  it('counts a partitive over an owner: two of the governor’s bodyguards', () => {
    for (const got of both("Two of the prefect's bodyguards were also killed in the ambush."))
      expect(got).toEqual([["two of the prefect's bodyguards", 'killed', 2, 2]]);
    expect(brief("Six of the Transport Ministry's guards died in the blast.")).toEqual([
      ["Six of the Transport Ministry's guards", 'killed', 6, 6],
    ]);
    expect(brief("Two of the prefect's cars were destroyed.")).toEqual([]);
  });

  it('reads the items of a list separated by semicolons, each up to its own comma', () => {
    for (const got of both(
      "Marta Olid's son, Pablo; Luis Arenas, the town treasurer; and bodyguard Juan Pardo, were also killed.",
    ))
      expect(got.map((x) => x[0].toLowerCase())).toEqual(["olid's son", 'luis arenas', 'juan pardo']);
  });

  it('reads a victim phrase holding names in quotation marks', () => {
    expect(
      brief('Monitors said at least 20 members of the "Northern Hawks" and "al-Qalaa Legion" groups were killed.'),
    ).toEqual([['at least 20 members', 'killed', 20, null]]);
    expect(brief('The army said it killed 20 members of the "Army of the Free Valley".')).toEqual([
      ['20 members', 'killed', 20, 20],
    ]);
  });

  it('keeps "at least" on counted people far from their verb when a quotation mark stands near', () => {
    expect(
      brief('The "Hawk Brigade" said at least 15 armed young fighters in the old market town were killed.'),
    ).toEqual([['at least 15 armed young fighters', 'killed', 15, null]]);
  });

  it('skips an aside between dashes that holds a hyphenated word', () => {
    for (const got of both(
      'Omar Haddad - leader of the so-called "Falcon Brigade" - and Sami Karam were among the dead.',
    ))
      expect(got.map((x) => x[0].toLowerCase())).toEqual(['omar haddad', 'sami karam']);
  });

  it('reads a one-word name before "and his/her/their …" as a person, object or subject', () => {
    for (const got of both('The raid killed Mustafa and his two sons.'))
      expect(got).toEqual([
        ['mustafa', 'killed', 1, 1],
        ['two sons', 'killed', 2, 2],
      ]);
    for (const got of both('Police said Okafor and her husband died in the blast.'))
      expect(got.map((x) => x[0])).toEqual(['okafor', 'her husband']);
    for (const got of both('Shells hit Idlib and its suburbs and his wife died.'))
      expect(got.map((x) => x[0])).toEqual(['his wife']);
    expect(brief('The shelling of Hama and its countryside killed two.')).toEqual([['two', 'killed', 2, 2]]);
  });

  it('goes on with a list over "as well as", and plural companions before names', () => {
    for (const got of both(
      'The bodies of Moreau and his companions Pablo Lenz and Marco Vitti, as well as their cook and her young son, were found.',
    ))
      expect(got.map((x) => x[0])).toEqual(['moreau', 'pablo lenz', 'marco vitti', 'their cook', 'her young son']);
  });

  it('reads long subject lists: a plural description before the first name, asides in brackets, "as well as"', () => {
    for (const got of both('The monks Tomas Lanza, Marco Vidal (Italians), and Ramon Diaz (Chilean) were murdered.'))
      expect(got.map((x) => x[0])).toEqual(['tomas lanza', 'marco vidal', 'ramon diaz']);
    for (const got of both('Tomas Lanza and Ramon Diaz, as well as their driver, were murdered.'))
      expect(got.map((x) => x[0])).toEqual(['tomas lanza', 'ramon diaz', 'their driver']);
    expect(brief('A total of 12 guards (a unit formed in May) were killed in the raid.')).toEqual([
      ['A total of 12 guards', 'killed', 12, 12],
    ]);
  });

  it('reads a title coordinated with a description before a name, and titled names in a serial list', () => {
    for (const got of both('Crowds mourned the murder of Senator and presidential hopeful Raul Benitez Soto.'))
      expect(got).toEqual([['senator and presidential hopeful raul benitez soto', 'killed', 1, 1]]);
    for (const got of both(
      'The murders of Judge Ana Ortiz, Colonel Luis Arenas, and Mayor Tomas Vera shocked the nation.',
    ))
      expect(got.map((x) => x[0])).toEqual(['judge ana ortiz', 'colonel luis arenas', 'mayor tomas vera']);
  });

  it('reads the parts listed after a semicolon or colon when they add up to the count', () => {
    for (const got of both('Medics said 11 bodies lay in the market; six rebels, four soldiers and a vendor.'))
      expect(got.map((x) => [x[0], x[2]])).toEqual([
        ['11 bodies', 11],
        ['six rebels', 6],
        ['four soldiers', 4],
        ['a vendor', 1],
      ]);
    expect(brief('The clashes left 9 dead; five rebels were arrested and four soldiers fled.')).toEqual([
      ['9', 'killed', 9, 9],
    ]);
  });

  it('reads "They are X, Y and Z" after a count as its named parts, only as many as it counts', () => {
    for (const got of both(
      'Two guards were wounded in the raid. They were Sergeant Luis Arenas and Private Tomas Vera.',
    ))
      expect(got.map((x) => [x[0], x[1]])).toEqual([
        ['two guards', 'injured'],
        ['sergeant luis arenas', 'injured'],
        ['private tomas vera', 'injured'],
      ]);
    expect(brief('Four villagers died in the fire. They are Ana Ortiz and Rosa Lemos.')).toEqual([
      ['Four villagers', 'killed', 4, 4],
    ]);
  });

  it('does not count the description after "one of them" as one more victim, commas or not', () => {
    for (const text of [
      'Three villagers, one of them a boy, were killed in the shelling.',
      'Three villagers one of them a boy were killed in the shelling.',
    ])
      expect(brief(text).map((x) => [x[0], x[2]])).toEqual([
        ['Three villagers', 3],
        ['one of them', 1],
      ]);
  });

  it('reads a lost limb and a treatment received where violence is told as injuries', () => {
    for (const got of both('The baker lost both legs when the shell hit his shop.'))
      expect(got).toEqual([['the baker', 'injured', 1, 1]]);
    expect(
      brief('At least 40 people were killed in the gas attack and dozens more received treatment for burns.'),
    ).toEqual([
      ['At least 40 people', 'killed', 40, null],
      ['dozens more', 'injured', 24, null],
    ]);
    expect(brief('The minister received treatment for a cold.')).toEqual([]);
    expect(brief('The striker lost both games.')).toEqual([]);
  });

  it('reads an "of" phrase on the counted victims before their verb', () => {
    for (const got of both(
      'One of the local commanders of the militia and at least 12 of his men were killed in clashes.',
    ))
      expect(got.map((x) => [x[0], x[2]])).toEqual([
        ['one of the local commanders', 1],
        ['at least 12 of his men', 12],
      ]);
    expect(brief('Five field commanders of various ranks were killed, the ministry said.')).toEqual([
      ['Five field commanders', 'killed', 5, 5],
    ]);
  });

  it('reads a titled name with a short "of" phrase before its verb', () => {
    for (const got of both(
      'On that day, Colonel Jaime Orrego of the police force in Cauca, whose capital is Popayan, was murdered.',
    ))
      expect(got).toEqual([['colonel jaime orrego', 'killed', 1, 1]]);
    expect(
      brief('WE HAVE CONFIRMED THAT SWEDISH REPORTER LARS HAGELIN OF A SWEDISH RADIO STATION WAS KILLED.'),
    ).toEqual([['LARS HAGELIN', 'killed', 1, 1]]);
    expect(brief('The wife of Lars Hagelin was killed.')).toEqual([['The wife', 'killed', 1, 1]]);
  });

  it('reads two one-word names announced by a plural noun of people in a subject', () => {
    for (const got of both('His wife and comrades Orduz and Ramirez also died in the bombing.'))
      expect(got.map((x) => x[0])).toEqual(['his wife', 'orduz', 'ramirez']);
    expect(brief('Officials in Homs and Hama were killed.')).toEqual([]);
  });
});
