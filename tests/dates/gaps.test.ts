import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { extractDates } from '../../src/dates/index.js';

/** [text, type, value] of every date found. All sentences here were written for these tests. */
function dates(text: string, publishedAt?: string): [string, string, string | null][] {
  return extractDates(parse(text, publishedAt === undefined ? {} : { publishedAt })).map((d) => [
    d.text,
    d.type,
    d.value,
  ]);
}

/** The [type, value] found for `phrase` (first mention whose text is exactly `phrase`). */
function found(text: string, phrase: string, publishedAt?: string): [string, string | null] | undefined {
  const d = dates(text, publishedAt).find(([t]) => t === phrase);
  return d === undefined ? undefined : [d[1], d[2]];
}

// A Wednesday in March.
const WED = '2019-03-13';

describe('dates: months after a period word', () => {
  it('reads `last May`, `next May`, `since May` as the month, not the modal or a name', () => {
    expect(found('The bakery reopened last May.', 'last May', WED)).toEqual(['DATE', '2018-05']);
    expect(found('The bakery will reopen next May.', 'next May', WED)).toEqual(['DATE', '2019-05']);
    expect(found('The library has been shut since May.', 'May', WED)).toEqual(['DATE', '2018-05']);
    expect(found('The market was busy last March.', 'last March', WED)).toEqual(['DATE', '2018-03']);
    expect(dates('Jane May said the bakery reopened.', WED)).toEqual([]);
  });

  it('reads `early-April` and `late-May`, where the hyphen splits the words apart', () => {
    expect(found('Ploughing began in early-April.', 'early-April', WED)).toEqual(['DATE', '2018-04']);
    expect(found('The kiln was relit in late-May.', 'late-May', WED)).toEqual(['DATE', '2018-05']);
  });

  it('reads `mid-September` and `early March` with the month written after the hyphen', () => {
    expect(found('The harvest ended in mid-September.', 'mid-September', WED)).toEqual(['DATE', '2018-09']);
    expect(found('The harvest will end in mid-September.', 'mid-September', WED)).toEqual(['DATE', '2019-09']);
    expect(found('Snow fell in early March.', 'early March', WED)).toEqual(['DATE', '2019-03']);
    expect(dates('The cat was mid-may in its leap.', WED)).toEqual([]);
  });
});

describe('dates: which way a deadline or a since points', () => {
  it('puts `by Friday` in a past-tense sentence back, however far the verb', () => {
    expect(
      found('Volunteers cleared most of the flooded streets of the old market quarter by Friday.', 'Friday', WED),
    ).toEqual(['DATE', '2019-03-08']);
    expect(found('The volunteers must clear the streets by Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
  });

  it('reads a present copula tying a deadline or a vote to a weekday as the coming day', () => {
    expect(found('The deadline for the loan repayment is Friday, the bank said.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
    expect(found('The school board vote is on Monday.', 'Monday', WED)).toEqual(['DATE', '2019-03-18']);
    expect(found('The funeral of the painter is Thursday.', 'Thursday', WED)).toEqual(['DATE', '2019-03-14']);
    // A past copula, or a noun that is no timetable, stays before publication.
    expect(found('The deadline for the loan repayment was Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-08']);
    expect(found('The busiest day at the bakery is Monday.', 'Monday', WED)).toEqual(['DATE', '2019-03-11']);
  });

  it('does not let a modal push a date after `since` forward', () => {
    expect(found('Sunday would mark a year since the June 3 flood.', 'June 3', WED)).toEqual(['DATE', '2018-06-03']);
    expect(found('It will be six months since October 2.', 'October 2', WED)).toEqual(['DATE', '2018-10-02']);
  });

  it('places a date that names an event (`the February 20 mudslide`) nearest publication, whatever the modal', () => {
    expect(found('Repairs could start a month after the February 20 mudslide.', 'February 20', WED)).toEqual([
      'DATE',
      '2019-02-20',
    ]);
    // Nearer ahead than back: still ahead.
    expect(found('Crews will be ready for the March 30 inspection.', 'March 30', WED)).toEqual(['DATE', '2019-03-30']);
    // Without a noun after it the modal clause places it.
    expect(found('Repairs could start on February 20.', 'February 20', WED)).toEqual(['DATE', '2020-02-20']);
  });
});

describe('dates: DATE, DURATION or SET', () => {
  // [sentence, phrase, type, value]
  const cases: Record<string, [string, string, string, string][]> = {
    'tells a stretch up to now from a calendar period': [
      ['Bread prices rose over the last week.', 'the last week', 'DURATION', 'P1W'],
      ['Bread prices rose last week.', 'last week', 'DATE', '2019-W10'],
      ['Queues have grown in recent weeks.', 'recent weeks', 'DATE', 'PAST_REF'],
      ['Queues have grown over recent weeks.', 'recent weeks', 'DURATION', 'PXW'],
      ['The depot has stood idle for recent months.', 'recent months', 'DURATION', 'PXM'],
      ['A recent survey found long queues.', 'recent', 'DATE', 'PAST_REF'],
    ],
    'reads frequencies as sets': [
      ['The fair is held annually.', 'annually', 'SET', 'P1Y'],
      ['The ferry leaves every morning.', 'every morning', 'SET', 'XXXX-XX-XXTMO'],
      ['Guards change each evening.', 'each evening', 'SET', 'XXXX-XX-XXTEV'],
      ['The market closes on Fridays.', 'Fridays', 'SET', 'XXXX-WXX-5'],
    ],
    'reads a stretch at one end of a named period as one duration': [
      ['Rain fell on the first nine days of April.', 'the first nine days of April', 'DURATION', 'P9D'],
      ['Sales slowed in the last two weeks of 2018.', 'the last two weeks of 2018', 'DURATION', 'P2W'],
      ['The last two days of talks failed.', 'The last two days', 'DURATION', 'P2D'],
    ],
    'gives vague durations no number': [
      ['The road was blocked for days.', 'days', 'DURATION', 'PXD'],
      ['Minutes later the lights came back.', 'Minutes', 'DURATION', 'PTXM'],
      ['The crane fell and hours later the road reopened.', 'hours', 'DURATION', 'PTXH'],
    ],
    'writes a century as its first two digits': [
      ['The bridge was built in the 19th century.', 'the 19th century', 'DATE', '18'],
      ['A 17th-century chapel burned.', '17th-century', 'DATE', '16'],
      ['The well was dug in the fourteenth century.', 'the fourteenth century', 'DATE', '13'],
      ['A seventh-century coin turned up.', 'seventh-century', 'DATE', '06'],
      ['The terraces go back to the 3rd century BC.', 'the 3rd century BC', 'DATE', 'BC02'],
      ['Trade grew in the early twenty-first century.', 'the early twenty-first century', 'DATE', '20'],
      ['The oak stood for a century.', 'a century', 'DURATION', 'P100Y'],
    ],
  };
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const [text, phrase, type, value] of rows) expect(found(text, phrase, WED)).toEqual([type, value]);
    });
  }
});

describe('dates: the same period a year back', () => {
  it('reads `the same month last year` as the month named before it, a year back', () => {
    expect(
      found('Ferry bookings rose in February from the same month last year.', 'the same month last year', WED),
    ).toEqual(['DATE', '2018-02']);
    expect(
      found(
        'Rainfall in the fourth quarter of 2018 was double the same quarter a year earlier.',
        'the same quarter a year earlier',
        WED,
      ),
    ).toEqual(['DATE', '2017-Q4']);
    // Nothing named before: the year alone.
    expect(found('Bookings rose from the same period last year.', 'last year', WED)).toEqual(['DATE', '2018']);
  });
});

describe('dates: a publication named by how often it comes out', () => {
  it('reads no frequency in `a daily newspaper`, `its weekly bulletin` or `the daily <title>`', () => {
    expect(dates('The port city has one weekly newspaper and a daily radio show.', WED)).toEqual([
      ['daily', 'SET', 'P1D'],
    ]);
    expect(dates('The governor told the daily Coast Courier that the ferry would return.', WED)).toEqual([]);
    expect(
      dates('Crews cleared the road in the daily Tuesday patrol.', WED).map(([t, type]) => [t, type]),
    ).toContainEqual(['daily', 'SET']);
    expect(dates('Medics faced the daily Ebola checks.', WED)).toEqual([['daily', 'SET', 'P1D']]);
  });
});

describe('dates: a modal perfect reports the past', () => {
  it('places a weekday or month after `may have`, `could have`, `must have` before publication', () => {
    expect(found('Two guards may have been wounded on Monday, the mayor said.', 'Monday', WED)).toEqual([
      'DATE',
      '2019-03-11',
    ]);
    expect(found('The drone might not have crossed the border on Sunday.', 'Sunday', WED)).toEqual([
      'DATE',
      '2019-03-10',
    ]);
    expect(found('Engineers must have seen the cracks by Tuesday.', 'Tuesday', WED)).toEqual(['DATE', '2019-03-12']);
    expect(found('The council should have voted in February.', 'February', WED)).toEqual(['DATE', '2019-02']);
  });

  it('still points forward for a future perfect, an obligation or a bare modal', () => {
    expect(found('The crews will have cleared the road by Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
    expect(found('Farmers may have to leave on Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
    expect(found('The ferry could sail again on Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
  });
});

describe('dates: days counted from the day under discussion', () => {
  it('reads `three days before` at the end of its clause as that many days from the last day named', () => {
    const text = 'Farmers said on Monday that the dam had burst three days before.';
    expect(found(text, 'three days before', WED)).toEqual(['DATE', '2019-03-08']);
    expect(found('The dam burst on 2 March. Two days later, the valley flooded.', 'Two days later', WED)).toEqual([
      'DATE',
      '2019-03-04',
    ]);
  });

  it('counts weeks the same way (`A week later`, `two weeks earlier`) from the day under discussion', () => {
    expect(found('The dam burst on 2 March. A week later the valley flooded.', 'A week later', WED)).toEqual([
      'DATE',
      '2019-03-09',
    ]);
    const text = 'Farmers said on Monday that the dam had been inspected two weeks earlier.';
    expect(found(text, 'two weeks earlier', WED)).toEqual(['DATE', '2019-02-25']);
    // No day named before it: the stretch of time it counts.
    expect(found('A week later the valley flooded.', 'A week', WED)).toEqual(['DURATION', 'P1W']);
  });

  it('reads `later` and `earlier` after a count inside a clause, and counts from a day named further back', () => {
    const text = 'The ferry sank on 2 February but the crew returned three weeks later carrying new pumps.';
    expect(found(text, 'three weeks later', WED)).toEqual(['DATE', '2019-02-23']);
    // `before` with an object counts from that event: a duration.
    expect(found('The crew arrived three days before the storm hit.', 'three days', WED)).toEqual(['DURATION', 'P3D']);
    const far =
      'The levee broke on 2 March. Farmers moved their herds. The army sent trucks. Volunteers filled sandbags. ' +
      'Rain kept falling. A day later the water fell.';
    expect(found(far, 'A day later', WED)).toEqual(['DATE', '2019-03-03']);
  });

  it('counts on from a day counted before (`The following day … The previous week …`)', () => {
    const text = 'The dam burst on 2 March 2013. The following day the valley flooded. The previous week had been dry.';
    // 3 March 2013 was a Sunday: the week before it is 2013-W08.
    expect(found(text, 'The previous week', WED)).toEqual(['DATE', '2013-W08']);
    const days = 'The dam burst on 2 March. The next day the valley flooded. Two days later the water fell.';
    expect(found(days, 'Two days later', WED)).toEqual(['DATE', '2019-03-05']);
  });

  it('reads `the day before` and `the day after` at the end of a clause from the day under discussion', () => {
    const text = 'The levee gave way on 6 March. The day before, engineers had asked for sandbags.';
    expect(found(text, 'The day before', WED)).toEqual(['DATE', '2019-03-05']);
    expect(found('Ballots were counted on 4 March and the result came the day after.', 'the day after', WED)).toEqual([
      'DATE',
      '2019-03-05',
    ]);
    // Before a noun phrase it is another day (`the day before the count`), not one counted from here.
    expect(dates('Observers arrived the day before the count began.', WED)).toEqual([]);
    expect(found('The ferry ran the day before yesterday.', 'the day before yesterday', WED)).toEqual([
      'DATE',
      '2019-03-11',
    ]);
  });

  it('reads `the next day`, `the previous day` and an opening `A day earlier` from the day under discussion', () => {
    const text = 'The dam burst on 2 March. The next day the valley flooded.';
    expect(found(text, 'The next day', WED)).toEqual(['DATE', '2019-03-03']);
    expect(found('Rain fell on 2 March. The previous day had been dry.', 'The previous day', WED)).toEqual([
      'DATE',
      '2019-03-01',
    ]);
    expect(found('The dam burst on 2 March. A day earlier the river rose.', 'A day earlier', WED)).toEqual([
      'DATE',
      '2019-03-01',
    ]);
    // No day named before: the day after publication; a stretch after `over` stays a duration.
    expect(found('The next day the valley flooded.', 'The next day', WED)).toEqual(['DATE', '2019-03-14']);
    expect(found('More rain is due over the next day.', 'the next day', WED)).toEqual(['DURATION', 'P1D']);
  });

  it('reads `that day` and `the same day` as the day under discussion', () => {
    const text = 'The ferry sank on Saturday and two boats capsized that day.';
    expect(found(text, 'that day', WED)).toEqual(['DATE', '2019-03-09']);
    expect(found('The bridge shut on 2 March. Flights stopped on the same day.', 'the same day', WED)).toEqual([
      'DATE',
      '2019-03-02',
    ]);
    // `that` as a conjunction is no determiner.
    expect(dates('She said that day labourers were paid.', WED)).toEqual([]);
  });

  it('reads `the previous year`, `the year before` from a year named in the sentence or the one before', () => {
    expect(found('Harvests fell in 2016 and recovered the following year.', 'the following year', WED)).toEqual([
      'DATE',
      '2017',
    ]);
    expect(found('Imports rose last year, twice as fast as the year before.', 'the year before', WED)).toEqual([
      'DATE',
      '2017',
    ]);
    // With no year named close by, the year before publication.
    expect(found('Imports rose 4% on the previous year.', 'the previous year', WED)).toEqual(['DATE', '2018']);
  });

  it('reads `late in the day` before a gerund (`after falling …`) as the day under discussion', () => {
    expect(found('Shares recovered late in the day after falling sharply.', 'late in the day', WED)).toEqual([
      'DATE',
      '2019-03-13',
    ]);
  });

  it('reads `at the start of the day,` as a day; only `At the end of the day,` is the idiom', () => {
    expect(found('After a slide at the start of the day, shares recovered.', 'the start of the day', WED)).toEqual([
      'DATE',
      '2019-03-13',
    ]);
    expect(dates('At the end of the day, voters decide.', WED)).toEqual([]);
  });

  it('reads `hours after the blast` as an interval of no stated length', () => {
    expect(found('Looting began hours after the blast.', 'hours', WED)).toEqual(['DURATION', 'PTXH']);
    expect(found('The bridge shut days before the flood.', 'days', WED)).toEqual(['DURATION', 'PXD']);
  });

  it('keeps the duration before an object, a comparison, or with no day named', () => {
    expect(found('The dam burst three days before the vote.', 'three days', WED)).toEqual(['DURATION', 'P3D']);
    expect(found('Said on Monday: it opened 3 days earlier than planned.', '3 days', WED)).toEqual(['DURATION', 'P3D']);
    expect(found('The dam had burst three days before.', 'three days', WED)).toEqual(['DURATION', 'P3D']);
  });

  it('reads a weekday after another as a day of its own (`said on Saturday Tuesdays raid`)', () => {
    expect(found('Officials said on Tuesday Mondays raid killed two.', 'Mondays', WED)).toEqual(['DATE', '2019-03-11']);
  });
});

describe('dates: a day of the month named by its ordinal', () => {
  it('places `on the 9th` in the publication month, or the one before when it has not come yet', () => {
    expect(found('The bakery reopened on the 9th, its owner said.', 'the 9th', WED)).toEqual(['DATE', '2019-03-09']);
    expect(found('The bakery reopened on the 25th after repairs.', 'the 25th', WED)).toEqual(['DATE', '2019-02-25']);
    expect(found('The bakery will reopen on the 2nd.', 'the 2nd', WED)).toEqual(['DATE', '2019-04-02']);
    expect(found('Repairs have lasted since the 4th of last month.', 'the 4th of last month', WED)).toEqual([
      'DATE',
      '2019-02-04',
    ]);
  });

  it('leaves an ordinal before a noun or a month to other readers', () => {
    expect(dates('The clinic is on the 4th floor of the tower.', WED)).toEqual([]);
    expect(dates('Soldiers from the 9th Brigade arrived.', WED)).toEqual([]);
    expect(found('The bakery reopened on the 9th of March.', '9th of March', WED)).toEqual(['DATE', '2019-03-09']);
  });
});

describe('dates: a weekday of a named week', () => {
  it('reads `on Tuesday last week` and `Friday next week` as that day of that week', () => {
    // WED is Wednesday 13 March 2019 (ISO week 11).
    expect(found('The depot reopened on Tuesday last week.', 'Tuesday last week', WED)).toEqual(['DATE', '2019-03-05']);
    expect(found('The depot reopens on Friday next week.', 'Friday next week', WED)).toEqual(['DATE', '2019-03-22']);
  });
});

describe('dates: a part of a named day', () => {
  it('reads `the night of March 3` as that night, one TIME', () => {
    expect(found('The levee broke on the night of March 3.', 'the night of March 3', WED)).toEqual([
      'TIME',
      '2019-03-03TNI',
    ]);
    expect(found('Crews left on the morning of Monday.', 'the morning of Monday', WED)).toEqual([
      'TIME',
      '2019-03-11TMO',
    ]);
  });
});

describe('dates: the end of this month', () => {
  it('reads `the end of March` written in March as this March, whatever the tense', () => {
    expect(found('The agency said it had hoped to finish by the end of March.', 'the end of March', WED)).toEqual([
      'DATE',
      '2019-03',
    ]);
    expect(found('The agency finished at the end of March 2017.', 'the end of March 2017', WED)).toEqual([
      'DATE',
      '2017-03',
    ]);
  });
});

describe('dates: seasons of this year', () => {
  it('reads `this summer` as the summer of the year, whatever the tense; `this winter` by the clause', () => {
    // Published in November: the summer just gone, even after an infinitive.
    const NOV = '2019-11-13';
    expect(found('The floods forced farmers to leave this summer.', 'this summer', NOV)).toEqual(['DATE', '2019-SU']);
    expect(found('The pass will close this winter.', 'this winter', NOV)).toEqual(['DATE', '2019-WI']);
  });
});

describe('dates: page furniture', () => {
  it('leaves the year of a copyright line', () => {
    expect(dates('Follow us. Copyright © 2018 Valley Post. All rights reserved.', WED)).toEqual([]);
    expect(dates('Copyright 2017 Valley Post', WED)).toEqual([]);
    expect(found('The copyright law of 1976 still applies.', '1976', WED)).toEqual(['DATE', '1976']);
  });

  it('leaves age stamps, related-story lines, teasers with an age, and cookie banners', () => {
    const page = [
      'Ferry Service Resumes After Storm',
      'Updated 3 hours ago',
      'The ferry to the islands sailed again on Monday after a four-day storm, the operator said.',
      'See also: Storm closes island schools on 2 February 2018',
      'Harbour master warns of more gales 2 days ago',
      'Crews will inspect the pier on Friday.',
      'By continuing to use this site you accept cookies, as our policy of 5 May 2018 explains.',
    ].join('\n\n');
    expect(dates(page, WED)).toEqual([
      ['Monday', 'DATE', '2019-03-11'],
      ['four-day', 'DURATION', 'P4D'],
      ['Friday', 'DATE', '2019-03-15'],
    ]);
    expect(dates('Crews repaired the pier 2 days ago, officials said.', WED)).toEqual([
      ['2 days ago', 'DATE', '2019-03-11'],
    ]);
  });

  it('does not anchor the article to a date in page furniture', () => {
    const page = [
      'Protesters Block Coastal Road',
      'Related: Fishermen protest quota cuts on June 4, 2015',
      'Protesters blocked the coastal road on Sunday evening, police said. The day before, they had marched on the port.',
    ].join('\n\n');
    expect(found(page, 'Sunday evening', WED)).toEqual(['TIME', '2019-03-10TEV']);
  });
});

describe('dates: a date in a name', () => {
  it('leaves a month-day that names a street, a bridge or an alliance', () => {
    expect(dates('A shell hit a bakery on July 9th Street.', WED)).toEqual([]);
    expect(dates('Traffic crossed the 6 October Bridge again.', WED)).toEqual([]);
    expect(dates('Ministers of the March 8 bloc walked out.', WED)).toEqual([]);
    // A date before a common noun of the sentence is still a date.
    expect(found('On March 8 coalition jets hit a depot.', 'March 8', WED)).toEqual(['DATE', '2019-03-08']);
  });
});

describe('dates: clock times and their days', () => {
  it('reads a race or lap time as elapsed time, not a clock', () => {
    expect(found('She won the hill race in 3:12:45.', '3:12:45', WED)).toEqual(['DURATION', 'PT3H12M45S']);
    expect(found('He set a course record of 0:58:07.', '0:58:07', WED)).toEqual(['DURATION', 'PT58M7S']);
    expect(found('Her fastest lap time was 1:04:19.', '1:04:19', WED)).toEqual(['DURATION', 'PT1H4M19S']);
    expect(found('The time was 10:32:04 when the dam burst.', '10:32:04', WED)?.[0]).toBe('TIME');
    expect(found('The alarm rang at 4:10:05 on Monday.', '4:10:05 on Monday', WED)?.[0]).toBe('TIME');
  });

  it('gives `at 1130` beside a date that day’s time', () => {
    expect(found('The ferry docked on 9 March 2019 at 1130.', '9 March 2019 at 1130', WED)).toEqual([
      'TIME',
      '2019-03-09T11:30',
    ]);
    expect(found('Shelling began at 2200 on Sunday.', '2200 on Sunday', WED)).toEqual(['TIME', '2019-03-10T22:00']);
    expect(dates('The clinic has 1130 beds and opened at 1130 seats.', WED)).toEqual([]);
  });

  it('reads a weekday that lost its apostrophe as that day', () => {
    expect(found('Fridays storm flooded the harbour.', 'Fridays', WED)).toEqual(['DATE', '2019-03-08']);
    expect(found('Police said Sundays fire was arson.', 'Sundays', WED)).toEqual(['DATE', '2019-03-10']);
    expect(dates('They met at TGI Fridays near the station.', WED)).toEqual([]);
  });

  it('reads a lost apostrophe before a name, a participle or a bare singular noun', () => {
    expect(found('Envoys met after Mondays U.N. briefing.', 'Mondays', WED)).toEqual(['DATE', '2019-03-11']);
    expect(found('Police began to examine Mondays suspected arson.', 'Mondays', WED)).toEqual(['DATE', '2019-03-11']);
    expect(found('No one gave details on Mondays fire at the depot.', 'Mondays', WED)).toEqual(['DATE', '2019-03-11']);
    // A habit: a plural noun after `on Fridays`, or a verb after the weekday.
    expect(found('On Fridays crowds fill the square.', 'Fridays', WED)).toEqual(['SET', 'XXXX-WXX-5']);
    expect(found('Mondays are busy at the depot.', 'Mondays', WED)).toEqual(['SET', 'XXXX-WXX-1']);
  });

  it('places the weekday of an event nearest publication when the clause looks forward', () => {
    // Published on a Wednesday: Monday's fire is two days back, not five days ahead.
    expect(found('Inspectors arrived to examine Monday’s fire.', 'Monday', WED)).toEqual(['DATE', '2019-03-11']);
    expect(found('Inspectors arrived to examine Mondays fire.', 'Mondays', WED)).toEqual(['DATE', '2019-03-11']);
    // Friday's vote, two days ahead.
    expect(found('Delegates will gather before Friday’s vote.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
  });
});

describe('dates: a clock time in a sentence that names no day', () => {
  it('takes the day told in the sentences before it, else the publication day', () => {
    const text = 'A bomb killed 18 people in the market on Tuesday. Witnesses said the blast struck at around 7:15 pm.';
    expect(found(text, '7:15 pm', WED)).toEqual(['TIME', '2019-03-12T19:15']);
    const part = 'Residents heard two blasts on Monday afternoon. "It was around 2:30 pm," one said.';
    expect(found(part, '2:30 pm', WED)).toEqual(['TIME', '2019-03-11T14:30']);
    // A date written with its year is a reference back, not the day of the news; four sentences up is too far.
    const back = 'The truce began on 4 March 2019. Shelling resumed at 9 pm.';
    expect(found(back, '9 pm', WED)).toEqual(['TIME', '2019-03-13T21:00']);
    const far = 'Rebels shelled the port on Monday. Ships left. Cranes stopped. Docks emptied. Sirens sounded at 9 pm.';
    expect(found(far, '9 pm', WED)).toEqual(['TIME', '2019-03-13T21:00']);
  });
});

describe('dates: a story told in an earlier year', () => {
  it('anchors a bare weekday to the nearest day of its own timeline', () => {
    const text = 'On 14 June 2012 the river burst its banks. On Sunday night the levee gave way.';
    // 14 June 2012 was a Thursday: Sunday the 17th is three days on, Tuesday the 12th two days back.
    expect(found(text, 'Sunday night', WED)).toEqual(['TIME', '2012-06-17TNI']);
    expect(found('On 14 June 2012 the river burst its banks. On Tuesday it had risen.', 'Tuesday', WED)).toEqual([
      'DATE',
      '2012-06-12',
    ]);
    expect(found('On 14 June 2012 the river burst its banks. On Saturday it fell.', 'Saturday', WED)).toEqual([
      'DATE',
      '2012-06-16',
    ]);
  });

  it('leaves a weekday two sentences past a background date to publication', () => {
    const text =
      'The board has met 40 times since the charter was signed on 14 June 2012. The board said it would go on. ' +
      'The mayor on Monday criticised the board.';
    expect(found(text, 'Monday', WED)).toEqual(['DATE', '2019-03-11']);
  });

  it('takes the page’s own stamp for no day of a story, when the caller’s date differs', () => {
    // The stamp under the headline says 2012, the caller says 2019: the caller's date anchors the weekday.
    const text = 'Levee gives way in the valley\n\n14 June 2012 Farmers said on Sunday the levee gave way.';
    expect(found(text, 'Sunday', WED)).toEqual(['DATE', '2019-03-10']);
  });

  it('goes back to publication once the text does, or without a day of the story', () => {
    const back = 'On 14 June 2012 the river burst its banks. Yesterday it rose again. On Sunday it fell.';
    expect(found(back, 'Sunday', WED)).toEqual(['DATE', '2019-03-10']);
    expect(found('In June 2012 the river burst its banks. On Sunday it fell.', 'Sunday', WED)).toEqual([
      'DATE',
      '2019-03-10',
    ]);
    expect(
      found('Profits fell in the fourth quarter of 2018. The firm said on Sunday it would cut jobs.', 'Sunday', WED),
    ).toEqual(['DATE', '2019-03-10']);
    // A weekday with its own placement word keeps it.
    expect(found('On 14 June 2012 the river burst its banks. Last Sunday it fell.', 'Last Sunday', WED)).toEqual([
      'DATE',
      '2019-03-10',
    ]);
  });
});

describe('dates: a weekday in a sentence framed by an earlier year or month', () => {
  it('gives the story’s year with the week unknown, never a day of publication’s week', () => {
    expect(found('In a 2015 speech, the mayor said the dam would open on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2015-WXX-5',
    ]);
    const text = 'Back in May 2016 the river burst its banks; on Sunday night the levee gave way.';
    expect(found(text, 'Sunday night', WED)).toEqual(['TIME', '2016-WXX-7TNI']);
    expect(found('In July 2014 the dam cracked, and on Tuesday the town was evacuated.', 'Tuesday', WED)).toEqual([
      'DATE',
      '2014-WXX-2',
    ]);
  });

  it('leaves a weekday after a background year inside a clause, or in the next sentence, to publication', () => {
    expect(found('The dam, built in 2014, cracked on Tuesday.', 'Tuesday', WED)).toEqual(['DATE', '2019-03-12']);
    expect(found('In July 2014 the dam cracked. On Tuesday the town was evacuated.', 'Tuesday', WED)).toEqual([
      'DATE',
      '2019-03-12',
    ]);
  });

  it('places a plan told on a story’s day after that day', () => {
    // 14 June 2012 was a Thursday: the Monday after it is the 18th.
    const text = 'On 14 June 2012 the mayor said the dam would reopen on Monday.';
    expect(found(text, 'Monday', WED)).toEqual(['DATE', '2012-06-18']);
  });
});

describe('dates: a possessive weekday that lost its apostrophe, first in its sentence', () => {
  it('reads `The Fridays raid` as Friday’s raid', () => {
    expect(dates('The Fridays raid on the depot killed four guards.', WED)).toEqual([
      ['Fridays', 'DATE', '2019-03-08'],
    ]);
  });
});

describe('dates: the weekend', () => {
  it('reads `The weekend` opening a sentence as the last one, `until the weekend` as this week’s', () => {
    // 13 March 2019 is the Wednesday of week 11.
    expect(dates('The weekend was calm in the valley, farmers said.', WED)).toEqual([
      ['The weekend', 'DATE', '2019-W10-WE'],
    ]);
    expect(dates('The schools were shut until the weekend.', WED)).toEqual([['the weekend', 'DATE', '2019-W11-WE']]);
    expect(dates('Talks over the weekend failing to end the strike, the union walked out.', WED)).toEqual([
      ['the weekend', 'DATE', '2019-W10-WE'],
    ]);
  });
});

describe('dates: ranges of days', () => {
  it('gives each end of `March 3-5`, `3-5 March`, `June 3 to June 5` its own date', () => {
    expect(dates('The fair ran March 3-5 in the old town.', WED)).toEqual([
      ['March 3', 'DATE', '2019-03-03'],
      ['5', 'DATE', '2019-03-05'],
    ]);
    expect(dates('The fair ran 3-5 March in the old town.', WED)).toEqual([
      ['3', 'DATE', '2019-03-03'],
      ['5 March', 'DATE', '2019-03-05'],
    ]);
    expect(dates('The fair ran from June 3 to June 5.', WED)).toEqual([
      ['June 3', 'DATE', '2018-06-03'],
      ['June 5', 'DATE', '2018-06-05'],
    ]);
  });

  it('takes the year after an en-dash range for both ends', () => {
    expect(dates('The fair ran March 3–5, 2016 in the old town.', WED)).toEqual([
      ['March 3', 'DATE', '2016-03-03'],
      ['5, 2016', 'DATE', '2016-03-05'],
    ]);
    expect(dates('The rebels attacked on 27-28 June.', WED)).toEqual([
      ['27', 'DATE', '2018-06-27'],
      ['28 June', 'DATE', '2018-06-28'],
    ]);
    // Scores and room numbers are no range of days.
    expect(dates('The score was 3-5 and rooms 12–14 were shut.', WED)).toEqual([]);
  });
});

describe('dates: holidays', () => {
  it('places Christmas Day and New Year’s Eve like month-days, back or ahead by the clause', () => {
    const text =
      'The bakery shut on Christmas Day and reopened after New Year’s Eve; it will close again on Christmas Eve.';
    expect(dates(text, WED)).toEqual([
      ['Christmas Day', 'DATE', '2018-12-25'],
      ['New Year’s Eve', 'DATE', '2018-12-31'],
      ['Christmas Eve', 'DATE', '2019-12-24'],
    ]);
  });

  it('gives the lunar holidays no value, and spans `the holy month of Ramadan`', () => {
    const text = 'Shops stayed open through the holy month of Ramadan and closed for Eid al-Adha, the baker said.';
    expect(dates(text, WED)).toEqual([
      ['the holy month of Ramadan', 'DATE', null],
      ['Eid al-Adha', 'DATE', null],
    ]);
    expect(dates('DURING RAMADAN THE BAKERY SHUT EARLY, THE BAKER SAID.', WED)).toEqual([['RAMADAN', 'DATE', null]]);
  });

  it('reads a Christmas before a noun as the season around it', () => {
    const text = 'Toy sales rose over the Christmas and New Year holiday period, and Christmas shopping began early.';
    expect(dates(text, WED)).toEqual([
      ['Christmas', 'DURATION', 'PXD'],
      ['Christmas', 'DURATION', 'PXD'],
    ]);
  });

  it('leaves names that hold a holiday’s word', () => {
    expect(dates('The scholar Tariq Ramadan met Sami Eid on the way to Christmas Island.', WED)).toEqual([]);
    expect(dates('The driver Ramadan al-Masri was freed for Eid al Fitr.', WED)).toEqual([
      ['Eid al Fitr', 'DATE', null],
    ]);
  });
});

describe('dates: months of a story told in an earlier year', () => {
  it('places a month or month-day without a year in the year of the day the story wrote', () => {
    const text = 'On 14 June 2012 the river burst its banks. In March the town had built a levee.';
    expect(found(text, 'March', WED)).toEqual(['DATE', '2012-03']);
    const days = 'On 14 June 2012 the river burst its banks. On May 30 engineers had warned the mayor.';
    expect(found(days, 'May 30', WED)).toEqual(['DATE', '2012-05-30']);
  });

  it('places a month in the year or month that opens the sentence before, nearest to it', () => {
    expect(found('In 2012, the river burst its banks. In March the town rebuilt.', 'March', WED)).toEqual([
      'DATE',
      '2012-03',
    ]);
    // November 2016 frames the story; April is the one after it, five months on, not the one seven months before.
    const text = 'In November 2016 the council drained the marsh. Earlier in April the ducks had left.';
    expect(found(text, 'April', WED)).toEqual(['DATE', '2017-04']);
  });

  it('carries the story on: a weekday after a month-day placed on it is near that day', () => {
    const text =
      'On 14 June 2012 the river burst its banks. On May 30 engineers had warned the mayor, who left on Friday.';
    // 30 May 2012 was a Wednesday.
    expect(found(text, 'Friday', WED)).toEqual(['DATE', '2012-06-01']);
  });

  it('leaves a month to publication after a year inside a clause (background), or a forward month', () => {
    // `since 2012`, `began in 2011`: background, not the time of the story.
    const text = 'The valley has been flooded every year since 2012. In March the town rebuilt the levee.';
    expect(found(text, 'March', WED)).toEqual(['DATE', '2019-03']);
    expect(found('The mill burned down in 2012. In May the owners rebuilt it.', 'May', WED)).toEqual([
      'DATE',
      '2018-05',
    ]);
    expect(found('On 14 June 2012 the river burst its banks. It will flood again in March.', 'March', WED)).toEqual([
      'DATE',
      '2019-03',
    ]);
  });
});

describe('dates: an infinitive completing an operation noun', () => {
  it('dates the launch, told in the past, not the purpose', () => {
    // 2019-03-13 is a Wednesday.
    expect(found('Volunteers launched a campaign to clear the beach of plastic on March 20.', 'March 20', WED)).toEqual(
      ['DATE', '2018-03-20'],
    );
    expect(found('Rangers began an operation to move the herd across the river on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-08',
    ]);
  });

  it('still points forward when the infinitive is the date’s own verb or the launch is ahead', () => {
    expect(found('The council announced an operation to begin on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
    expect(found('Rangers will begin an operation to move the herd on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
  });
});

describe('dates: the day of a clock time', () => {
  it('takes the day of a part of day later in the sentence', () => {
    // 2019-03-13 is a Wednesday.
    expect(found('The ferry docked at about 9 pm local time on Monday evening.', '9 pm', WED)).toEqual([
      'TIME',
      '2019-03-11T21:00',
    ]);
  });

  it('takes the day of a part of day right before it', () => {
    expect(found('The ferry docked on Monday night at about 1030 pm.', '1030 pm', WED)).toEqual([
      'TIME',
      '2019-03-11T22:30',
    ]);
  });

  it('does not take a day written for another zone in a bracket or after a slash', () => {
    const text = 'The ferry docked at 2:00 a.m. (0100 GMT / 9:00 p.m. Tuesday EST).';
    expect(found(text, '2:00 a.m.', WED)).toEqual(['TIME', '2019-03-13T02:00']);
    expect(found(text, '0100 GMT', WED)).toEqual(['TIME', '2019-03-13T01:00']);
    expect(found(text, '9:00 p.m. Tuesday', WED)).toEqual(['TIME', '2019-03-12T21:00']);
    expect(found('The ferry docked at 9 am (0800 GMT) on Monday.', '9 am', WED)).toEqual(['TIME', '2019-03-11T09:00']);
  });

  it('reads three- and four-digit clocks with the meridiem glued on', () => {
    expect(found('The ferry docked at 815pm on Monday.', '815pm on Monday', WED)).toEqual(['TIME', '2019-03-11T20:15']);
    expect(found('The ferry docked at 1130am on Monday.', '1130am on Monday', WED)).toEqual([
      'TIME',
      '2019-03-11T11:30',
    ]);
    expect(dates('The ferry docked at berth 1370pm.', WED)).toEqual([]);
  });
});

describe('dates: two clocks of one instant across midnight', () => {
  it('puts the other zone’s clock on the day before or after', () => {
    expect(found('Last edited: Tuesday 12 March 2019 KSA 02:10 - GMT 23:10', '23:10', WED)).toEqual([
      'TIME',
      '2019-03-11T23:10',
    ]);
    expect(found('The ferry docked at 0130 local time (2230 GMT) on Monday.', '2230 GMT', WED)).toEqual([
      'TIME',
      '2019-03-10T22:30',
    ]);
    expect(found('The ferry docked at 9 am (0800 GMT) on Monday.', '0800 GMT', WED)).toEqual([
      'TIME',
      '2019-03-11T08:00',
    ]);
  });
});

describe('dates: a plan told from an earlier day of its sentence', () => {
  it('places the planned weekday after that day, not after publication', () => {
    // Published on Wednesday 13 March 2019.
    expect(
      found('On Monday the club announced a sale set to begin on Tuesday morning.', 'Tuesday morning', WED),
    ).toEqual(['TIME', '2019-03-12TMO']);
    expect(found('The club announced a sale set to begin on Tuesday.', 'Tuesday', WED)).toEqual(['DATE', '2019-03-19']);
    expect(found('On Monday the club said the sale will begin on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
  });
});

describe('dates: what the new clock-day and undertaking rules leave alone', () => {
  it('keeps a purpose’s own date forward, and a part of day of another clause off a clock', () => {
    expect(
      found('The move was seen as an attempt to calm members ahead of the March 20 vote.', 'March 20', WED),
    ).toEqual(['DATE', '2019-03-20']);
    const text = 'After a talk on where to be on Tuesday night, the pair set out just after 2 p.m. to knock on doors.';
    expect(found(text, '2 p.m.', WED)).toEqual(['TIME', '2019-03-13T14:00']);
  });
});

describe('dates: the following month or week of a story', () => {
  it('counts from the month or day named just before, else from publication', () => {
    const text = 'The mill flooded in July and reopened the following month.';
    expect(found(text, 'the following month', WED)).toEqual(['DATE', '2018-08']);
    expect(found('The mill flooded on 4 January and reopened the following week.', 'the following week', WED)).toEqual([
      'DATE',
      '2019-W02',
    ]);
    expect(found('The mill flooded in July. The previous month it had burned.', 'The previous month', WED)).toEqual([
      'DATE',
      '2018-06',
    ]);
    expect(found('The mill will reopen the following month.', 'the following month', WED)).toEqual(['DATE', '2019-04']);
  });
});

describe('dates: a schedule or an announced onset points ahead', () => {
  it('reads `at the weekend` after an outright future as the coming one, in past narration as the last', () => {
    expect(found('The ferry service will resume at the weekend, the harbour master said.', 'the weekend', WED)).toEqual(
      ['DATE', '2019-W11-WE'],
    );
    expect(found('The choir is due to sing over the weekend.', 'the weekend', WED)).toEqual(['DATE', '2019-W11-WE']);
    expect(found('The ferries sailed at the weekend.', 'the weekend', WED)).toEqual(['DATE', '2019-W10-WE']);
  });

  it('keeps `due to` forward when a reporting clause follows, and back when it is `were due to`', () => {
    expect(found('The hearings are due to open on Friday, court clerks said.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
    expect(found('The hearings, which were due to open on Friday, were delayed.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-08',
    ]);
  });

  it('reads the onset of an announced measure as ahead of the announcement', () => {
    expect(found('The council announced a parking ban starting on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
    expect(found('The mayor declared a curfew from Sunday.', 'Sunday', WED)).toEqual(['DATE', '2019-03-17']);
    expect(found('Farmers protested outside the mill from Sunday.', 'Sunday', WED)).toEqual(['DATE', '2019-03-10']);
  });
});

describe('dates: a present passive or a temporal clause takes its direction from the main clause', () => {
  it('reads a present passive as saying nothing, and a present temporal clause after a future as ahead', () => {
    expect(
      found(
        'The prisoners are set to hand over their rifles to the police on Thursday before they are flown home from the airport on Friday.',
        'Friday',
        WED,
      ),
    ).toEqual(['DATE', '2019-03-15']);
    expect(
      found(
        'The prisoners handed over their rifles to the police on Thursday before they were flown home from the airport on Friday.',
        'Friday',
        WED,
      ),
    ).toEqual(['DATE', '2019-03-08']);
    expect(found('Five fishermen are reported missing on Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-08']);
  });
});

describe('dates: a commitment looks ahead of when it was made', () => {
  it('places the date of a committed infinitive after the commitment, not before publication', () => {
    expect(found('The envoy said he hoped to convene the donors on Friday.', 'Friday', WED)).toEqual([
      'DATE',
      '2019-03-15',
    ]);
    // Made on Monday: the Tuesday after it, before publication.
    expect(found('On Monday the strikers agreed to return to work on Tuesday.', 'Tuesday', WED)).toEqual([
      'DATE',
      '2019-03-12',
    ]);
    // The date before the verb dates the commitment; an attempt is no commitment.
    expect(found('On Saturday the strikers agreed to return to work by Friday.', 'Saturday', WED)).toEqual([
      'DATE',
      '2019-03-09',
    ]);
    expect(found('The strikers tried to block the depot on Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-08']);
  });
});

describe('dates: a timetable present through a light-verb noun', () => {
  it('reads `takes place on`, `comes into effect on` as scheduling, `took place on` as past', () => {
    expect(found('The regatta takes place on Sunday.', 'Sunday', WED)).toEqual(['DATE', '2019-03-17']);
    expect(found('The new tariff comes into effect on Friday.', 'Friday', WED)).toEqual(['DATE', '2019-03-15']);
    expect(found('The regatta took place on Sunday.', 'Sunday', WED)).toEqual(['DATE', '2019-03-10']);
  });
});

describe('dates: a weekday event ahead of a forward clause', () => {
  it('reads `ahead of Sunday’s …` in a clause that points ahead as the coming Sunday, not the nearest', () => {
    expect(found('Choirs are rehearsing ahead of Sunday’s festival.', 'Sunday', WED)).toEqual(['DATE', '2019-03-17']);
    expect(found('Traders must pay before Sunday’s deadline.', 'Sunday', WED)).toEqual(['DATE', '2019-03-17']);
    expect(found('Sunday’s flood will be studied.', 'Sunday', WED)).toEqual(['DATE', '2019-03-10']);
  });
});

describe('dates: `N weeks ago` keeps the week the text gives', () => {
  it('writes the week, as `two months ago` is a month', () => {
    expect(found('The well ran dry two weeks ago.', 'two weeks ago', WED)).toEqual(['DATE', '2019-W09']);
    expect(found('The well ran dry nearly three weeks ago.', 'nearly three weeks ago', WED)).toEqual([
      'DATE',
      '2019-W08',
    ]);
    expect(found('The well ran dry a week ago.', 'a week ago', WED)).toEqual(['DATE', '2019-W10']);
    expect(found('The well ran dry a fortnight ago.', 'a fortnight ago', WED)).toEqual(['DATE', '2019-W09']);
    expect(found('The well ran dry two months ago.', 'two months ago', WED)).toEqual(['DATE', '2019-01']);
    expect(found('The well ran dry three days ago.', 'three days ago', WED)).toEqual(['DATE', '2019-03-10']);
  });
});

describe('dates: `and a half` after the unit', () => {
  it('adds the half to a period counted before it (`the last month and a half`, `two years and a half`)', () => {
    expect(found('During the last month and a half the kilns stood cold.', 'the last month and a half', WED)).toEqual([
      'DURATION',
      'P1.5M',
    ]);
    expect(found('Over the past year and a half, bread doubled in price.', 'the past year and a half', WED)).toEqual([
      'DURATION',
      'P1.5Y',
    ]);
    expect(found('The potter spent two years and a half in Fez.', 'two years and a half', WED)).toEqual([
      'DURATION',
      'P2.5Y',
    ]);
    // The half of something else.
    expect(found('The mill cost two years and a half million dirhams.', 'two years', WED)).toEqual(['DURATION', 'P2Y']);
    expect(found('He waited four years and a half-hearted reply came.', 'four years', WED)).toEqual([
      'DURATION',
      'P4Y',
    ]);
  });
});

describe('dates: `overnight on Friday`', () => {
  it('is the night of that day, one TIME, not the night before publication and a day', () => {
    expect(dates('Ferries crossed to the island overnight on Friday to bring flour.', WED)).toEqual([
      ['overnight on Friday', 'TIME', '2019-03-08TNI'],
    ]);
    expect(found('Ferries will cross overnight on Friday.', 'overnight on Friday', WED)).toEqual([
      'TIME',
      '2019-03-15TNI',
    ]);
    // Two clauses: the night before publication, then the day.
    expect(dates('Ferries crossed overnight, and on Friday the port reopened.', WED)).toEqual([
      ['overnight', 'TIME', '2019-03-12TNI'],
      ['Friday', 'DATE', '2019-03-08'],
    ]);
  });
});

describe('dates: a zone between a day and its clock', () => {
  it('joins `Thursday 5 May 2016 GMT 14:00` and a Gulf page stamp `… KSA 01:41` into one TIME', () => {
    expect(dates('Posted Thursday 5 May 2016 GMT 14:00.', WED)).toEqual([
      ['Thursday 5 May 2016 GMT 14:00', 'TIME', '2016-05-05T14:00'],
    ]);
    expect(found('Last Update: Sunday 3 March 2019 KSA 09:15', 'Sunday 3 March 2019 KSA 09:15', WED)).toEqual([
      'TIME',
      '2019-03-03T09:15',
    ]);
  });
});
