import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { extractDates } from '../../src/dates/index.js';
import { extract } from '../../src/extract.js';
import type { ExtractOptions } from '../../src/types.js';

/** [text, type, value] of every date found. All sentences here were written for these tests. */
function dates(text: string, publishedAt?: string, options: ExtractOptions = {}): [string, string, string | null][] {
  const opts = publishedAt === undefined ? options : { ...options, publishedAt };
  return extractDates(parse(text, opts)).map((d) => [d.text, d.type, d.value]);
}

/** The value found for `phrase` (first mention whose text is exactly `phrase`). */
function valueOf(text: string, phrase: string, publishedAt?: string): string | null | undefined {
  return dates(text, publishedAt).find(([t]) => t === phrase)?.[2];
}

// A Wednesday.
const WED = '2019-03-13';

describe('dates: weekdays', () => {
  it('places a bare weekday on or before publication in a past clause', () => {
    expect(dates('The ferry sank on Monday near the harbour.', WED)).toEqual([['Monday', 'DATE', '2019-03-11']]);
    expect(valueOf('Farmers blocked the road Wednesday.', 'Wednesday', WED)).toBe('2019-03-13');
  });

  it('points forward when the verb group does', () => {
    expect(valueOf('The council will vote on Friday.', 'Friday', WED)).toBe('2019-03-15');
    expect(valueOf('She said the council would vote again on Friday.', 'Friday', WED)).toBe('2019-03-15');
    expect(valueOf('The hearing is set to resume on Monday.', 'Monday', WED)).toBe('2019-03-18');
    expect(valueOf('The mayor is meeting union leaders Wednesday.', 'Wednesday', WED)).toBe('2019-03-13');
    expect(valueOf('The bridge stays closed until Sunday.', 'Sunday', WED)).toBe('2019-03-17');
  });

  it('keeps a past clause in the past even with an infinitive in it', () => {
    expect(valueOf('The army was ordered to withdraw on Monday.', 'Monday', WED)).toBe('2019-03-11');
    expect(valueOf('The party had a chance to prove itself Tuesday, as turnout fell sharply.', 'Tuesday', WED)).toBe(
      '2019-03-12',
    );
    expect(valueOf('A verdict has been scheduled for Friday.', 'Friday', WED)).toBe('2019-03-15');
  });

  it('reads last, next, this coming and this past', () => {
    expect(valueOf('It rained last Wednesday.', 'last Wednesday', WED)).toBe('2019-03-06');
    expect(valueOf('Polls open next Wednesday.', 'next Wednesday', WED)).toBe('2019-03-20');
    expect(valueOf('Voters go to the polls this coming Saturday.', 'this coming Saturday', WED)).toBe('2019-03-16');
    expect(valueOf('Prices rose this past Monday.', 'this past Monday', WED)).toBe('2019-03-11');
  });

  it('keeps pre-modifiers, drops the preposition and the possessive', () => {
    expect(dates('The raid early on Sunday left two dead.', WED)).toEqual([['early on Sunday', 'DATE', '2019-03-10']]);
    expect(dates('Monday’s storm cut power to thousands.', WED)).toEqual([['Monday', 'DATE', '2019-03-11']]);
  });

  it('reads a weekday with a part of day as a TIME', () => {
    expect(dates('Looters struck on Saturday night.', WED)).toEqual([['Saturday night', 'TIME', '2019-03-09TNI']]);
    expect(valueOf('The vote ended Tuesday afternoon.', 'Tuesday afternoon', WED)).toBe('2019-03-12TAF');
  });

  it('does not read named days and titles as the weekday before publication', () => {
    expect(dates('Shops opened early for Black Friday deals.', WED)).toEqual([]);
    expect(dates('He joked about it on Thursday Night Football.', WED)).toEqual([]);
  });

  it('gives an underspecified weekday without an anchor, never one from the clock', () => {
    expect(dates('The ferry sank on Monday.')).toEqual([['Monday', 'DATE', 'XXXX-WXX-1']]);
  });
});

describe('dates: month names and calendar dates (chrono on candidate spans)', () => {
  it('places a month-day without a year by tense', () => {
    expect(valueOf('The treaty was signed on November 30.', 'November 30', WED)).toBe('2018-11-30');
    expect(valueOf('The treaty will be signed on April 2.', 'April 2', WED)).toBe('2019-04-02');
    expect(valueOf('Elections are due by 4 April.', '4 April', WED)).toBe('2019-04-04');
  });

  it('places a month-day at its nearest occurrence when the clause says nothing', () => {
    expect(valueOf('A March 20 deadline looms over the talks.', 'March 20', WED)).toBe('2019-03-20');
  });

  it('reads full dates, month-years and days with ordinals', () => {
    expect(dates('The dam opened on 14 October 2009 and closed in June 2015.', WED)).toEqual([
      ['14 October 2009', 'DATE', '2009-10-14'],
      ['June 2015', 'DATE', '2015-06'],
    ]);
    expect(valueOf('Trading resumed on Jan. 7, 2018.', 'Jan. 7, 2018', WED)).toBe('2018-01-07');
    expect(valueOf('He was born on the 3rd of May 1971.', '3rd of May 1971', WED)).toBe('1971-05-03');
  });

  it('places a bare month by tense, with last/next and edge words', () => {
    expect(valueOf('The strike began in October.', 'October', WED)).toBe('2018-10');
    expect(valueOf('The plant will reopen in May.', 'May', WED)).toBe('2019-05');
    expect(valueOf('Prices fell last March.', 'last March', WED)).toBe('2018-03');
    expect(valueOf('The report is expected in early June.', 'early June', WED)).toBe('2019-06');
  });

  it('takes the year of a month from a relative year after it', () => {
    expect(valueOf('The scheme started in August last year.', 'August last year', WED)).toBe('2018-08');
    expect(valueOf('The inquiry began in July previous year.', 'July previous year', WED)).toBe('2018-07');
  });

  it('does not read the modal "may" or the verb "march" as months', () => {
    expect(dates('Protesters may march on the capital.', WED)).toEqual([]);
  });

  it('keeps the month-day underspecified without a year in the anchor', () => {
    expect(dates('London, 5 Nov – Crowds gathered on November 3 for the vigil.')).toEqual([
      ['5 Nov', 'DATE', 'XXXX-11-05'],
      ['November 3', 'DATE', 'XXXX-11-03'],
    ]);
  });
});

describe('dates: month-name and numeric dates read without chrono', () => {
  it('reads a dated headline line followed by a count', () => {
    expect(dates('Tue 12 Mar 2019 7 miners hurt in a tunnel collapse', WED)).toEqual([
      ['Tue 12 Mar 2019', 'DATE', '2019-03-12'],
    ]);
    expect(valueOf('March 4 2019 40 families evacuated after the flood', 'March 4 2019', WED)).toBe('2019-03-04');
  });

  it('reads a day after a number the clause ends on', () => {
    expect(valueOf('The toll stood at 12 on 2 March when the rain stopped.', '2 March', WED)).toBe('2019-03-02');
    expect(valueOf('"From 9 March (when the bridge failed) the ferry ran daily."', '9 March', WED)).toBe('2019-03-09');
  });

  it('leaves "of" out of a month that has no year after it', () => {
    expect(dates('The board met in July of an election year.', WED)).toEqual([['July', 'DATE', '2018-07']]);
    expect(valueOf('The bypass opened in March of 2016.', 'March of 2016', WED)).toBe('2016-03');
  });

  it('keeps a bare month followed by a comma, and drops a bare three-letter one', () => {
    expect(valueOf('In late May, the ferries stopped.', 'late May', WED)).toBe('2018-05');
    expect(dates('The Jan sale drew crowds.', WED)).toEqual([]);
    expect(valueOf('Sales peaked in Jan and fell after.', 'Jan', WED)).toBe('2019-01');
  });

  it('reads numeric date lines, the order taken from the date when only one reading is a date', () => {
    expect(dates('23-07-2016 Flood waters recede in the valley', WED)).toEqual([['23-07-2016', 'DATE', '2016-07-23']]);
    expect(dates('01-06-2016 3 bridges reopened after repairs', WED)).toEqual([['01-06-2016', 'DATE', '2016-06-01']]);
    expect(dates('The 13.02.2019 ruling and the 04.03.2019 appeal were quashed.', WED)).toEqual([
      ['13.02.2019', 'DATE', '2019-02-13'],
      ['04.03.2019', 'DATE', '2019-03-04'],
    ]);
    expect(valueOf('The order of 10/15/2018 was stayed on 04/03/2019.', '04/03/2019', WED)).toBe('2019-04-03');
  });

  it('reads a stamp line: a four-digit clock time before a numeric date, letters glued after it', () => {
    expect(dates('Filed 0915 11.03.2019 (edited 1340 11.03.2019) by the desk', WED)).toEqual([
      ['0915 11.03.2019', 'TIME', '2019-03-11T09:15'],
      ['1340 11.03.2019', 'TIME', '2019-03-11T13:40'],
    ]);
    expect(dates('11.03.2019Share this story', WED)).toEqual([['11.03.2019', 'DATE', '2019-03-11']]);
  });

  it('reads the end of a month as that month, its last day as a day', () => {
    // The granularity the text gives (ANNOTATION.md §4), as `the end of this year` is the year.
    expect(valueOf('Talks should end by the end of June.', 'the end of June', WED)).toBe('2019-06');
    expect(valueOf('Rents rose at the end of February 2016.', 'the end of February 2016', WED)).toBe('2016-02');
    expect(valueOf('Bids will close on the last day of April.', 'last day of April', WED)).toBe('2019-04-30');
  });

  it('joins a clock time to the day written right before it', () => {
    // The weekday the date falls on is part of it (refine.ts joinWeekdays).
    expect(dates('Tuesday 12 March 2019 08:45 Ferry services resume after the storm', WED)).toEqual([
      ['Tuesday 12 March 2019 08:45', 'TIME', '2019-03-12T08:45'],
    ]);
    expect(dates('The vote on 5 March 2019 at 10:30 was close.', WED)).toEqual([
      ['5 March 2019 at 10:30', 'TIME', '2019-03-05T10:30'],
    ]);
    expect(dates('05-03-2019 Marchers fill the square', WED)).toEqual([['05-03-2019', 'DATE', '2019-03-05']]);
  });

  it('reads a price as no clock time, a decimal with a zone or a meridiem as one', () => {
    expect(dates('Shares of the miner rose to $4.35 a share on Monday.', WED)).toEqual([
      ['Monday', 'DATE', '2019-03-11'],
    ]);
    expect(dates('The index fell 1.25 percent, and gold 2.40%.', WED)).toEqual([]);
    expect(valueOf('The ferry docked at 9.40 GMT.', '9.40 GMT', WED)).toBe('2019-03-13T09:40');
    expect(valueOf('The ferry docked at 9.40 pm.', '9.40 pm', WED)).toBe('2019-03-13T21:40');
  });

  it('reads clock times with their meridiem as chrono does', () => {
    expect(dates('12:45 p.m.: The motorcade arrives.', WED)).toEqual([['12:45 p.m.', 'TIME', '2019-03-13T12:45']]);
    expect(dates('Polls open at 7 am and close at 9 pm.', WED)).toEqual([
      ['7 am', 'TIME', '2019-03-13T07:00'],
      ['9 pm', 'TIME', '2019-03-13T21:00'],
    ]);
    expect(valueOf('At 12 a.m. the lights went out.', '12 a.m.', WED)).toBe('2019-03-13T00:00');
    expect(valueOf('The blast came at 715 pm, witnesses said.', '715 pm', WED)).toBe('2019-03-13T19:15');
    expect(dates('Crude was down $2.86 to $77.11 in New York.', WED)).toEqual([]);
  });

  it('joins a clock time to the day right after it, and leaves one further away on its own', () => {
    expect(dates('Witnesses said that at around 930 pm on March 2 the depot burned.', WED)).toEqual([
      ['930 pm on March 2', 'TIME', '2019-03-02T21:30'],
    ]);
    expect(dates('Shelling began at 6am (0300 GMT) on 4 March 2019 in the east.', WED)).toEqual([
      ['6am', 'TIME', '2019-03-04T06:00'],
      ['0300 GMT', 'TIME', '2019-03-04T03:00'],
      ['4 March 2019', 'DATE', '2019-03-04'],
    ]);
  });

  it('still reads ranges, period ends and zones as chrono does', () => {
    // A range of days: each end its own date (TIMEX3 marks both ends).
    expect(valueOf('Schools close from 4 to 8 March.', '4', WED)).toBe('2019-03-04');
    expect(valueOf('Schools close from 4 to 8 March.', '8 March', WED)).toBe('2019-03-08');
    expect(valueOf('Repairs should finish by the end of April.', 'the end of April', WED)).toBe('2019-04');
    expect(valueOf('The vote was set for March 5 EST at the latest.', 'March 5 EST', WED)).toBe('2019-03-05');
  });
});

describe('dates: numeric dates and clock times', () => {
  it('reads a numeric date in the document’s day/month order', () => {
    expect(valueOf('The ruling of 23/04/2019 was upheld on 05/06/2019.', '05/06/2019', WED)).toBe('2019-06-05');
    expect(valueOf('The ruling of 04/23/2019 was upheld on 05/06/2019.', '05/06/2019', WED)).toBe('2019-05-06');
  });

  it('never reads a fraction or a score as a date', () => {
    expect(dates('Turnout fell by 1/2 and the hosts won 3-1/2 to 2.', WED)).toEqual([]);
  });

  it('gives a clock time the day named next to it, in the sentence, or the publication day', () => {
    expect(dates('The ceasefire starts at 18:30 on Thursday.', WED)).toEqual([
      ['18:30 on Thursday', 'TIME', '2019-03-14T18:30'],
    ]);
    expect(valueOf('Polls closed Sunday in the north at 8 p.m. local time.', '8 p.m.', WED)).toBe('2019-03-10T20:00');
    expect(valueOf('The meeting starts at 10:15 sharp.', '10:15', WED)).toBe('2019-03-13T10:15');
  });

  it('reads four-digit military times with a zone or a conversion, zone-less in the value', () => {
    expect(dates('The convoy left at 0930 (0630 GMT).', WED)).toEqual([
      ['0930', 'TIME', '2019-03-13T09:30'],
      ['0630 GMT', 'TIME', '2019-03-13T06:30'],
    ]);
    expect(valueOf('Shelling resumed at 2200 hrs.', '2200 hrs', WED)).toBe('2019-03-13T22:00');
  });

  it('reads military times with a glued suffix, a leading zero, `local`, a range or a day beside them', () => {
    expect(dates('Mortars hit the depot at 2315hrs.', WED)).toEqual([['2315hrs', 'TIME', '2019-03-13T23:15']]);
    expect(dates('Sirens sounded at 0445UTC.', WED)).toEqual([['0445UTC', 'TIME', '2019-03-13T04:45']]);
    expect(dates('The patrol left the camp at 0415 and returned at dusk.', WED)).toEqual([
      ['0415', 'TIME', '2019-03-13T04:15'],
    ]);
    expect(valueOf('Sappers cleared the bridge at 0350 local.', '0350 local', WED)).toBe('2019-03-13T03:50');
    expect(dates('The truce holds from 1900 to 0600 hrs each day.', WED).slice(0, 2)).toEqual([
      ['1900', 'TIME', '2019-03-13T19:00'],
      ['0600 hrs', 'TIME', '2019-03-13T06:00'],
    ]);
    expect(valueOf('Voting closed on March 9 at 1745 in most towns.', 'March 9 at 1745', WED)).toBe('2019-03-09T17:45');
    expect(valueOf('The vote closes at 2230 tonight.', '2230', WED)).toBe('2019-03-13T22:30');
  });

  it('does not read a count or a year beside a time word as a military time', () => {
    expect(dates('Aid reached 1400 local households in 2017.', WED)).toEqual([['2017', 'DATE', '2017']]);
    expect(dates('The death toll stood at 1130 on the list.', WED)).toEqual([]);
    expect(dates('Some 800 people fled in the 1990s.', WED)).toEqual([['1990s', 'DATE', '199']]);
  });

  it('leaves the full stop after a glued meridiem out of the time', () => {
    expect(dates('The blast struck the market at 1145am. Medics arrived later.', WED)[0]).toEqual([
      '1145am',
      'TIME',
      '2019-03-13T11:45',
    ]);
  });

  it('keeps an abbreviated weekday with the full date it falls on', () => {
    expect(dates('Tue Feb 12 2019 Floods cut the coast road.', WED)[0]).toEqual([
      'Tue Feb 12 2019',
      'DATE',
      '2019-02-12',
    ]);
    expect(dates('Fri. 8 Mar 2019 at 0915 Ferries resumed.', WED)[0]).toEqual([
      'Fri. 8 Mar 2019 at 0915',
      'TIME',
      '2019-03-08T09:15',
    ]);
    // A weekday the date does not fall on stays out.
    expect(dates('Mon Feb 12 2019 Floods cut the coast road.', WED)[0]).toEqual(['Feb 12 2019', 'DATE', '2019-02-12']);
  });

  it('does not read a percentage as an hour', () => {
    expect(dates('Support rose from 14% to 20% a year ago.', WED)).toEqual([['a year ago', 'DATE', '2018']]);
  });

  it('reads noon', () => {
    expect(valueOf('The deadline passed at noon.', 'noon', WED)).toBe('2019-03-13T12:00');
  });
});

describe('dates: years, ranges and decades', () => {
  it('reads bare years after prepositions and as modifiers', () => {
    expect(dates('Riots broke out in 2011 and again after the 2014 election.', WED)).toEqual([
      ['2011', 'DATE', '2011'],
      ['2014', 'DATE', '2014'],
    ]);
    expect(valueOf('Output has doubled since 1998.', '1998', WED)).toBe('1998');
  });

  it('reads no year at either end of a range of counts', () => {
    expect(dates('Between 1200 and 1900 families returned in 2018.', WED)).toEqual([['2018', 'DATE', '2018']]);
    expect(dates('Membership fell from 2000 to a few dozen.', WED)).toEqual([]);
    expect(dates('Rents rose between 2014 and 2017, the council said.', WED)).toEqual([
      ['2014', 'DATE', '2014'],
      ['2017', 'DATE', '2017'],
    ]);
  });

  it('splits a year range into two dates', () => {
    expect(dates('The drought of 2009-2010 ruined harvests.', WED)).toEqual([
      ['2009', 'DATE', '2009'],
      ['2010', 'DATE', '2010'],
    ]);
  });

  it('keeps edge words and reads mid-YYYY', () => {
    expect(valueOf('The mine closed in late 2016.', 'late 2016', WED)).toBe('2016');
    expect(valueOf('A vote is planned for mid-2020.', 'mid-2020', WED)).toBe('2020');
  });

  it('does not read counts, money, model or index numbers as years', () => {
    expect(dates('Police deployed 2000 officers and paid $1999 for the Airbus A380s.', WED)).toEqual([]);
    expect(dates('The Nikkei 2250 Index dropped.', WED)).toEqual([]);
  });

  it('reads decades and apostrophe years', () => {
    expect(dates('Fashion of the 1980s and the ’90s came back.', WED)).toEqual([
      ['1980s', 'DATE', '198'],
      ['’90s', 'DATE', '199'],
    ]);
    expect(valueOf('Inflation is at its highest since ’91.', '’91', WED)).toBe('1991');
    expect(dates('Both men are in their 70s.', WED)).toEqual([]);
  });
});

describe('dates: relative periods', () => {
  it('keeps the granularity of the period', () => {
    expect(dates('Exports grew last year, fell this month and may recover next week.', WED)).toEqual([
      ['last year', 'DATE', '2018'],
      ['this month', 'DATE', '2019-03'],
      ['next week', 'DATE', '2019-W12'],
    ]);
    expect(valueOf('Talks collapsed this week.', 'this week', WED)).toBe('2019-W11');
  });

  it('reads earlier/later, the previous year and period edges', () => {
    expect(valueOf('The rebels regrouped earlier this month.', 'earlier this month', WED)).toBe('2019-03');
    expect(valueOf('Sales dropped late last year.', 'late last year', WED)).toBe('2018');
    expect(valueOf('Profit was lower than the previous year.', 'the previous year', WED)).toBe('2018');
    expect(valueOf('Profit was lower than the year before.', 'the year before', WED)).toBe('2018');
    expect(valueOf('A deal is expected by the end of this year.', 'the end of this year', WED)).toBe('2019');
    expect(valueOf('Fuel ran short at the beginning of the month.', 'the beginning of the month', WED)).toBe('2019-03');
  });

  it('reads weekends', () => {
    expect(valueOf('Storms hit the coast over the weekend.', 'the weekend', WED)).toBe('2019-W10-WE');
    expect(valueOf('Fans will gather this weekend.', 'this weekend', WED)).toBe('2019-W11-WE');
  });

  it('reads quarters', () => {
    expect(valueOf('Losses narrowed in the second quarter of 2018.', 'the second quarter of 2018', WED)).toBe(
      '2018-Q2',
    );
    expect(valueOf('Output rose in the fourth quarter.', 'the fourth quarter', WED)).toBe('2018-Q4');
    expect(valueOf('Output rose in the last quarter.', 'the last quarter', WED)).toBe('2018-Q4');
    expect(valueOf('Our first-quarter figures look strong.', 'first-quarter', WED)).toBe('2019-Q1');
    expect(dates('About a quarter of the staff left.', WED)).toEqual([]);
  });

  it('reads the first and last week of a month as ISO weeks', () => {
    expect(valueOf('Sales peaked in the last week of February.', 'the last week of February', WED)).toBe('2019-W08');
  });

  it('reads N units ago with the unit’s granularity', () => {
    expect(dates('The mine flooded two years ago and again three days ago.', WED)).toEqual([
      ['two years ago', 'DATE', '2017'],
      ['three days ago', 'DATE', '2019-03-10'],
    ]);
    expect(valueOf('They left a few weeks ago.', 'a few weeks ago', WED)).toBe('PAST_REF');
  });

  it('reads today, yesterday, tomorrow, tonight and parts of the day', () => {
    expect(dates('Yesterday the dam held; today it cracked; tomorrow engineers arrive.', WED)).toEqual([
      ['Yesterday', 'DATE', '2019-03-12'],
      ['today', 'DATE', '2019-03-13'],
      ['tomorrow', 'DATE', '2019-03-14'],
    ]);
    expect(valueOf('Sirens sounded tonight.', 'tonight', WED)).toBe('2019-03-13TNI');
    expect(valueOf('Gunfire was heard last night.', 'last night', WED)).toBe('2019-03-12TNI');
    expect(valueOf('The minister resigned this morning.', 'this morning', WED)).toBe('2019-03-13TMO');
    expect(valueOf('Shares slid earlier today.', 'earlier today', WED)).toBe('2019-03-13');
  });

  it('resolves the day under discussion', () => {
    expect(
      dates('The index fell sharply on Monday. Traders sold early but bought again before the close of the day.', WED),
    ).toEqual([
      ['Monday', 'DATE', '2019-03-11'],
      ['the close of the day', 'DATE', '2019-03-11'],
    ]);
    expect(valueOf('The shares had recovered by later in the day.', 'later in the day', WED)).toBe('2019-03-13');
    expect(dates('Bonds rallied on Friday. Yields fell in afternoon trading.', WED)).toEqual([
      ['Friday', 'DATE', '2019-03-08'],
      ['afternoon', 'TIME', '2019-03-08TAF'],
    ]);
  });

  it('returns null, not a clock date, for relative expressions with no anchor', () => {
    expect(dates('Exports grew last year.')).toEqual([['last year', 'DATE', null]]);
    expect(dates('The dam cracked today.')).toEqual([['today', 'DATE', null]]);
  });

  it('does not read names and idioms as dates', () => {
    expect(dates('She writes for USA TODAY and the Ghana Now network.', WED)).toEqual([]);
    expect(dates('At the end of the day, voters decide.', WED)).toEqual([]);
  });
});

describe('dates: durations', () => {
  it('reads counted units, with qualifiers and hyphenated adjectives', () => {
    expect(dates('After eight months of talks, the three-day summit ended a 12-year-old feud.', WED)).toEqual([
      ['eight months', 'DURATION', 'P8M'],
      ['three-day', 'DURATION', 'P3D'],
      ['12-year-old', 'DURATION', 'P12Y'],
    ]);
    expect(valueOf('The siege lasted nearly 40 days.', 'nearly 40 days', WED)).toBe('P40D');
    expect(valueOf('A 24-hour curfew was imposed.', '24-hour', WED)).toBe('PT24H');
  });

  it('reads counts that end on a post-qualifier or a number word', () => {
    expect(dates('The dam has stood for 40 or more years.', WED)).toEqual([['40 or more years', 'DURATION', 'P40Y']]);
    expect(valueOf('The feud lasted 40-odd years.', '40-odd years', WED)).toBe('P40Y');
    expect(dates('It took a dozen years and twenty-five days.', WED)).toEqual([
      ['a dozen years', 'DURATION', 'P12Y'],
      ['twenty-five days', 'DURATION', 'P25D'],
    ]);
  });

  it('reads fractions and halves', () => {
    expect(valueOf('Refugees have waited for the past 2-1/2 years.', 'the past 2-1/2 years', WED)).toBe('P2.5Y');
    expect(valueOf('The plant stood idle for two and a half years.', 'two and a half years', WED)).toBe('P2.5Y');
    expect(valueOf('The crossing took half an hour.', 'half an hour', WED)).toBe('PT30M');
    expect(valueOf('Repairs took a year and a half.', 'a year and a half', WED)).toBe('P1.5Y');
  });

  it('reads the past/next N units and durations with adjectives', () => {
    expect(valueOf('Prices rose over the next four years.', 'the next four years', WED)).toBe('P4Y');
    expect(valueOf('Shares fell for six straight sessions and five straight days.', 'five straight days', WED)).toBe(
      'P5D',
    );
  });

  it('reads vague durations', () => {
    expect(dates('The town has been besieged for years and talks took several weeks.', WED)).toEqual([
      ['years', 'DURATION', 'PXY'],
      ['several weeks', 'DURATION', 'PXW'],
    ]);
    expect(valueOf('The mood has changed over the years.', 'the years', WED)).toBe('PXY');
    expect(valueOf('The stock lost a fifth of its value in just hours.', 'just hours', WED)).toBe('PTXH');
  });

  it('splits ranges into two durations', () => {
    expect(dates('Repairs will take between 10 and 14 days.', WED)).toEqual([
      ['10', 'DURATION', 'P10D'],
      ['14 days', 'DURATION', 'P14D'],
    ]);
  });

  it('reads the past year as a duration', () => {
    expect(valueOf('Crime fell over the past year.', 'the past year', WED)).toBe('P1Y');
  });
});

describe('dates: sets, references and seasons', () => {
  it('reads sets', () => {
    expect(dates('Buses run every week, ferries each winter and trains every other day.', WED)).toEqual([
      ['every week', 'SET', 'P1W'],
      ['each winter', 'SET', 'XXXX-WI'],
      ['every other day', 'SET', 'P2D'],
    ]);
    expect(valueOf('The clinic treats 40 patients a day.', 'a day', WED)).toBe('P1D');
    expect(dates('The weekly market and the annual fair drew crowds.', WED)).toEqual([
      ['weekly', 'SET', 'P1W'],
      ['annual', 'SET', 'P1Y'],
    ]);
  });

  it('reads a frequency word before an amount over the period as a duration', () => {
    expect(dates('The firm reported its first annual profit.', WED)).toEqual([['annual', 'DURATION', 'P1Y']]);
  });

  it('reads present, past and future references', () => {
    expect(dates('The road is now open, was recently repaved and will soon be widened.', WED)).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['soon', 'DATE', 'FUTURE_REF'],
    ]);
    expect(valueOf('Such floods happened in the past.', 'the past', WED)).toBe('PAST_REF');
    expect(valueOf('More rain is expected in the near future.', 'the near future', WED)).toBe('FUTURE_REF');
    // A stretch of years up to now, of no stated length, as `for years` is (issue 15).
    expect(dates('Rents have climbed in recent years.', WED)).toEqual([['recent years', 'DATE', 'PAST_REF']]);
    expect(valueOf('He is currently in hospital.', 'currently', WED)).toBe('PRESENT_REF');
  });

  it('leaves connectives and modifiers alone', () => {
    expect(dates('As soon as the rain stopped, the now-empty square filled.', WED)).toEqual([]);
    expect(dates('Troops soon crossed the river.', WED)).toEqual([]);
  });

  it('reads seasons with a modifier or a year, not in names', () => {
    expect(dates('The offensive began last summer and will resume in the spring.', WED)).toEqual([
      ['last summer', 'DATE', '2018-SU'],
      ['the spring', 'DATE', '2019-SP'],
    ]);
    expect(valueOf('Harvests failed in the autumn of 2012.', 'the autumn of 2012', WED)).toBe('2012-FA');
    expect(dates('The Arab Spring and the fall of the city changed the region.', WED)).toEqual([]);
    expect(valueOf('Ministers cancelled their winter summit.', 'winter', WED)).toBe('2018-WI');
  });
});

describe('dates: zones and offsets', () => {
  const page =
    'Floods Hit The Northern Valley Again\n\nRivers burst their banks on Monday.\n\nLatest news\n\nDam breaks on Friday after heavy rain';

  it('leaves dates in boilerplate out unless asked, and flags them', () => {
    expect(extract(page, { publishedAt: WED }).dates.map((d) => d.text)).toEqual(['Monday']);
    const all = extract(page, { publishedAt: WED, includeBoilerplate: true }).dates;
    expect(all.map((d) => [d.text, d.boilerplate])).toEqual([
      ['Monday', false],
      ['Friday', true],
    ]);
  });

  it('gives offsets into the caller’s input', () => {
    const text = 'Talks resumed on Monday and the two-week truce holds.';
    for (const d of extract(text, { publishedAt: WED }).dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('finishes quickly on one endless sentence of clock times', () => {
    const text = `At ${'12:00 and '.repeat(20_000)}then.`;
    const t0 = performance.now();
    extractDates(parse(text, { publishedAt: WED }));
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('finishes quickly on long runs of date-like tokens', () => {
    const text = 'On Monday 2019 and 12:00 and March 3 and two years ago, '.repeat(2000);
    const t0 = performance.now();
    const found = extractDates(parse(text, { publishedAt: WED }));
    expect(found.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
