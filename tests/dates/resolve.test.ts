import { describe, expect, it } from 'vitest';
import { readAnchor } from '../../src/temporal/anchor.js';
import { addDays, isoWeek, weekThursday, weekdayOf } from '../../src/temporal/calendar.js';
import {
  dayOffsetValue,
  lastWeekendValue,
  monthDayValue,
  monthNameValue,
  quarterValue,
  seasonValue,
  weekdayValue,
  weekOffsetValue,
  yearValue,
} from '../../src/temporal/resolve.js';

const wed = readAnchor('2019-03-13T08:30');
const noYear = readAnchor('XXXX-02-27');
const none = readAnchor(null);

describe('calendar', () => {
  it('computes ISO weeks across year ends and weekdays', () => {
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ y: 2020, w: 53 });
    expect(isoWeek({ y: 2019, m: 12, d: 30 })).toEqual({ y: 2020, w: 1 });
    expect(weekdayOf({ y: 2019, m: 3, d: 13 })).toBe(3);
    expect(addDays({ y: 2020, m: 2, d: 28 }, 2)).toEqual({ y: 2020, m: 3, d: 1 });
  });

  it('finds the Thursday of an ISO week, in the week-year the week belongs to', () => {
    expect(weekThursday(2020, 53)).toEqual({ y: 2020, m: 12, d: 31 });
    expect(weekThursday(2020, 1)).toEqual({ y: 2020, m: 1, d: 2 });
    expect(weekThursday(2019, 11)).toEqual({ y: 2019, m: 3, d: 14 });
  });
});

describe('anchor', () => {
  it('keeps only the parts the publication value gives', () => {
    expect(wed).toEqual({ y: 2019, m: 3, d: 13, day: { y: 2019, m: 3, d: 13 } });
    expect(noYear).toEqual({ y: null, m: 2, d: 27, day: null });
    expect(readAnchor('2017')).toEqual({ y: 2017, m: null, d: null, day: null });
    expect(none).toEqual({ y: null, m: null, d: null, day: null });
  });
});

describe('resolve', () => {
  it('places weekdays', () => {
    expect(weekdayValue(wed, 3, 'past')).toBe('2019-03-13');
    expect(weekdayValue(wed, 3, 'last')).toBe('2019-03-06');
    expect(weekdayValue(wed, 1, 'future')).toBe('2019-03-18');
    expect(weekdayValue(wed, 3, 'next')).toBe('2019-03-20');
    expect(weekdayValue(noYear, 6, 'past')).toBe('XXXX-WXX-6');
  });

  it('places month-days and months, nearest when the tense is silent', () => {
    expect(monthDayValue(wed, 12, 18, 'past')).toBe('2018-12-18');
    expect(monthDayValue(wed, 3, 13, 'past')).toBe('2019-03-13');
    expect(monthDayValue(wed, 1, 5, 'future')).toBe('2020-01-05');
    expect(monthDayValue(wed, 4, 1, 'nearest')).toBe('2019-04-01');
    expect(monthDayValue(wed, 11, 1, 'nearest')).toBe('2018-11-01');
    expect(monthDayValue(noYear, 12, 18, 'past')).toBe('XXXX-12-18');
    expect(monthDayValue(wed, 2, 30, 'past')).toBeNull();
    expect(monthNameValue(wed, 3, 'last')).toBe('2018-03');
    expect(monthNameValue(wed, 9, 'past')).toBe('2018-09');
    expect(monthNameValue(none, 9, 'past')).toBe('XXXX-09');
  });

  it('offsets years, weeks, days and weekends, with null when the anchor lacks the part', () => {
    expect(yearValue(wed, -1)).toBe('2018');
    expect(yearValue(none, -1)).toBeNull();
    expect(weekOffsetValue(wed, 0)).toBe('2019-W11');
    expect(weekOffsetValue(noYear, 0)).toBeNull();
    expect(dayOffsetValue(noYear, -1)).toBe('XXXX-02-26');
    expect(dayOffsetValue(readAnchor('XXXX-03-01'), -1)).toBeNull();
    expect(lastWeekendValue(wed)).toBe('2019-W10-WE');
  });

  it('places quarters and seasons', () => {
    expect(quarterValue(wed, 4, 'past')).toBe('2018-Q4');
    expect(quarterValue(wed, 3, 'future')).toBe('2019-Q3');
    expect(quarterValue(wed, 2, 'nearest')).toBe('2019-Q2');
    expect(seasonValue(wed, 'SU', 'last', [6, 8])).toBe('2018-SU');
    expect(seasonValue(wed, 'WI', 'past', [12, 2])).toBe('2018-WI');
    expect(seasonValue(wed, 'SP', 'next', [3, 5])).toBe('2020-SP');
    expect(seasonValue(none, 'FA', 'past', [9, 11])).toBe('XXXX-FA');
  });
});
