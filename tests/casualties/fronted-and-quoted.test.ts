import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { readQuantity } from '../../src/numbers/index.js';
import { parse } from '../../src/document/parse.js';
import { brief, figures } from './helpers.js';

describe('casualties: a range opened by "from", an open upper end', () => {
  it('reads "killed from 500 to well over 1000 people" as min 500 with no max', () => {
    expect(brief('Rebels said the gas attack on the valley killed from 500 to well over 1000 people.')).toEqual([
      ['500 to well over 1000 people', 'killed', 500, null],
    ]);
    expect(brief('Medics said the shelling killed from 30 to 45 villagers.')).toEqual([
      ['30 to 45 villagers', 'killed', 30, 45],
    ]);
  });

  it('reads an upper end with a qualifier in the numbers layer, open or bounded', () => {
    const q = (s: string) => {
      const r = readQuantity(parse(s).tokens, 0)!;
      return [r.min, r.max];
    };
    expect(q('20 to more than 40 people')).toEqual([20, null]);
    expect(q('20 to nearly 40 people')).toEqual([20, 40]);
    expect(q('between 200 and well over 300 people')).toEqual([200, null]);
    expect(q('between 20 and 30 people')).toEqual([20, 30]);
  });

  it('still reads a toll that rose "from A to more than B" as its new count', () => {
    expect(brief('The death toll from the ferry fire rose from 40 to more than 52 on Sunday.')).toEqual([
      ['more than 52', 'killed', 53, null],
    ]);
  });
});

describe('casualties: a count fronted before its toll', () => {
  it('reads "brought to 49 the number killed" and "raising to 52 the death toll"', () => {
    expect(brief('The overnight shelling brought to 49 the number killed in the district.')).toEqual([
      ['49', 'killed', 49, 49],
    ]);
    expect(brief('Rescuers pulled two more bodies from the mine, raising to 52 the death toll.')).toEqual([
      ['two more bodies', 'killed', 2, 2],
      ['52', 'killed', 52, 52],
    ]);
    expect(brief('The clashes took to 17 the number of wounded policemen.')).toEqual([['17', 'injured', 17, 17]]);
  });

  it('does not read a count that no toll follows', () => {
    expect(brief('The vote brought to 49 the number of seats held by the party.')).toEqual([]);
  });
});

describe('casualties: an official euphemism in quotation marks', () => {
  it('counts people "neutralised", "liquidated" or "eliminated" inside quotation marks as killed', () => {
    expect(brief('The governor said troops had "neutralised" 15 militants near the dam.')).toEqual([
      ['15 militants', 'killed', 15, 15],
    ]);
    expect(brief('State radio said 12 insurgents were "liquidated" in the hills.')).toEqual([
      ['12 insurgents', 'killed', 12, 12],
    ]);
  });

  it('counts no one without the quotation marks or without a count', () => {
    expect(brief('Engineers neutralised 15 mines on the road.')).toEqual([]);
    expect(brief('The squad "neutralised" the threat before dawn.')).toEqual([]);
    expect(brief('The club was "eliminated" from the cup in May.')).toEqual([]);
  });
});

describe('casualties: people counted before a pronoun, the slain after a preposition, a part of the wounded', () => {
  it('gives "them" the span of the people counted earlier in its sentence', () => {
    expect(brief('Militants rounded up dozens of shepherds and executed them near the wells.')).toEqual([
      ['dozens of shepherds', 'killed', 24, null],
    ]);
  });

  it('reads "the slain lawyer" as the object of a preposition before a verb of gathering', () => {
    expect(brief('Relatives of the slain lawyer gathered outside the courthouse.')).toEqual([
      ['the slain lawyer', 'killed', 1, 1],
    ]);
  });

  it('keeps "four of the wounded" whatever is done with them, a part of the wounded told before', () => {
    const fs = figures(
      'A mine killed two soldiers and wounded 11 others near the pass. Four of the wounded were flown by helicopter to the capital.',
    );
    expect(fs.map((f) => [f.text, f.outcome, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['two soldiers', 'killed', 2, null],
      ['11 others', 'injured', 11, null],
      ['Four of the wounded', 'injured', 4, '11 others'],
    ]);
    expect(brief('Medics evacuated 12 wounded soldiers from the hill.')).toEqual([]);
  });

  it('keeps the user page right: "neutralised" militants are their own incident, the cumulative toll in none', () => {
    const x = extract(
      'OUAGADOUGOU, March 14 - Nine soldiers were killed and 21 others wounded when militants detonated a bomb at an army checkpoint near the town of Djibo on Monday, two security sources said. Four of the wounded were evacuated by helicopter.\n\n' +
        'A spokesman said the army had "neutralised" 15 militants in the area by Tuesday morning.\n\n' +
        'Violence by armed groups has killed more than 10,000 people in the country since 2015.',
      { publishedAt: '2023-03-14' },
    );
    expect(x.casualties.map((f) => [f.text, f.count.min, f.scope])).toEqual([
      ['Nine soldiers', 9, 'incident'],
      ['21 others', 21, 'incident'],
      ['Four of the wounded', 4, 'incident'],
      ['15 militants', 15, 'incident'],
      ['more than 10,000 people', 10001, 'cumulative'],
    ]);
    const djibo = x.incidents.find((i) => i.place?.text.includes('Djibo'))!;
    expect(djibo.tolls.killed?.best.value).toBe(9);
    expect(djibo.tolls.injured?.best.value).toBe(21);
    expect(x.incidents.some((i) => i.casualties.some((f) => f.scope === 'cumulative'))).toBe(false);
  });
});

describe('casualties: a span of days told with "in the past"', () => {
  it('marks a toll "in the past seven days" cumulative, not "in the last attack"', () => {
    expect(figures('Air strikes on the province killed 89 civilians in the past seven days.')[0]!.scope).toBe(
      'cumulative',
    );
    expect(figures('A bomb killed five people in the last attack on the market.')[0]!.scope).toBe('incident');
  });
});

describe('casualties: coordinated people sharing a determiner or a surname', () => {
  it('reads a bare noun after "and" sharing the determiner before it: "his bodyguard and driver"', () => {
    expect(brief('The envoy survived, but his bodyguard and driver were killed in the ambush.')).toEqual([
      ['his bodyguard', 'killed', 1, 1],
      ['driver', 'killed', 1, 1],
    ]);
    expect(brief('A shell hit the farmhouse, killing his wife and son.')).toEqual([
      ['his wife', 'killed', 1, 1],
      ['son', 'killed', 1, 1],
    ]);
    expect(brief('Gunmen killed his driver and bodyguard unit commander.')).toEqual([['his driver', 'killed', 1, 1]]);
  });

  it('reads given names sharing a surname after a plural noun of people, in capitals too', () => {
    expect(brief('Militants murdered brothers Karim and Tarek Mansour and their mother Leila Mansour.')).toEqual([
      ['Karim', 'killed', 1, 1],
      ['Tarek Mansour', 'killed', 1, 1],
      ['their mother Leila Mansour', 'killed', 1, 1],
    ]);
    expect(brief('GUERRILLAS MURDERED BROTHERS KARIM AND TAREK MANSOUR IN THE VILLAGE OF ALTAMIRA.').length).toBe(2);
    expect(brief('The rebels freed brothers Karim and Tarek Mansour.')).toEqual([]);
  });
});

describe('casualties: ages, a gapped verb, one of the counted', () => {
  it('reads the people before their ages, not the ages', () => {
    expect(brief('Eight pupils aged 7 to 12 were killed when the shell hit the school.')).toEqual([
      ['Eight pupils', 'killed', 8, 8],
    ]);
    expect(brief('Six pupils between 9 and 11 years old were wounded.')).toEqual([['Six pupils', 'injured', 6, 6]]);
    expect(brief('Two boys aged 5 and 9 died in the blast.')).toEqual([['Two boys', 'killed', 2, 2]]);
  });

  it('reads a count whose verb is gapped after "and", with an adjunct of its own', () => {
    expect(brief('Four farmers were killed in the village of Tal Rifat and two in the town of Azaz.')).toEqual([
      ['Four farmers', 'killed', 4, 4],
      ['two', 'killed', 2, 2],
    ]);
    expect(brief('One guard was killed on Friday and one on Saturday, the ministry said.')).toEqual([
      ['One guard', 'killed', 1, 1],
      ['one', 'killed', 1, 1],
    ]);
    expect(brief('Two people were killed in Homs and 12 in Hama were wounded.')).toEqual([
      ['Two people', 'killed', 2, 2],
      ['12', 'injured', 12, 12],
    ]);
  });

  it('reads the subject of "was one of N killed" as a part of the count', () => {
    const fs = figures('The clinic said nurse Amal Haddad was one of three people killed in the strike.');
    expect(fs.map((f) => [f.text, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['Amal Haddad', 1, 'three people'],
      ['three people', 3, null],
    ]);
    expect(brief('The raid was one of 12 attacks on the town this month.')).toEqual([]);
  });
});

describe('casualties: a family counted by its members, deaths of wounds', () => {
  it('reads "a family of four" as four people, a part of the count before it', () => {
    expect(brief('An air strike killed a family of five in the village.')).toEqual([
      ['a family of five', 'killed', 5, 5],
    ]);
    const fs = figures('Medics said 12 people were killed, including a Kurdish family of four.');
    expect(fs.map((f) => [f.text, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['12 people', 12, null],
      ['a Kurdish family of four', 4, '12 people'],
    ]);
    expect(brief('A family of four fled the town before the shelling.')).toEqual([]);
  });

  it('reads people who "succumbed to" their wounds as killed', () => {
    expect(brief('Two of the guards later succumbed to their wounds in hospital.')).toEqual([
      ['Two of the guards', 'killed', 2, 2],
    ]);
    expect(brief('The old treaty finally succumbed to its critics.')).toEqual([]);
  });
});
