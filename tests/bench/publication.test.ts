import { describe, expect, it } from 'vitest';
import { differenceCategory, verdict, writesDayAtTop, writtenDates } from '../../bench/suites/publication.js';

describe('bench publication: the CSV day written at the top of a page', () => {
  it('finds the day in the forms pages print', () => {
    expect(writesDayAtTop('Published July 5 2015 Airstrikes hit the port.', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('Sat 04 Jul 2015 at 1130 Regional - A blast…', '2015-07-04')).toBe(true);
    expect(writesDayAtTop('Last updated at Jul 052015 PORT TOWN Rain…', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('05.07.2015 Rain fell.', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('7/5/2015 Rain fell.', '2015-07-05')).toBe(true);
  });

  it('does not take another day, or a day far below the top', () => {
    expect(writesDayAtTop('Published July 15 2015 Rain fell.', '2015-07-05')).toBe(false);
    expect(writesDayAtTop(`${'Rain fell all week. '.repeat(20)}5 July 2015`, '2015-07-05')).toBe(false);
    expect(writesDayAtTop('5 July 2015', 'July 5')).toBe(false);
  });
});

describe('bench publication: why a page day differs from the CSV day', () => {
  it('names a swap, a day apart and a revision stamp', () => {
    expect(differenceCategory('Rain fell.', '2015-05-07', '2015-07-05', false)).toBe('day/month swapped');
    expect(differenceCategory('Rain fell.', '2015-07-06', '2015-07-05', false)).toBe(
      'a day apart (time zone, overnight)',
    );
    expect(differenceCategory('Updated 9 July 2015 Rain fell.', '2015-07-09', '2015-07-02', true)).toBe(
      'revision stamp (Updated / Last modified)',
    );
  });

  it("sides with whichever date the lead's weekdays fit", () => {
    // 2015-07-14 is a Tuesday, 2015-07-02 a Thursday.
    const lead = 'Tue 14 Jul 2015 Floods hit the valley on Monday and again on Tuesday.';
    expect(differenceCategory(lead, '2015-07-14', '2015-07-02', false)).toBe(
      "CSV off: the article's weekdays fit the page's date",
    );
    expect(differenceCategory('Floods hit the valley on Wednesday.', '2015-07-14', '2015-07-02', false)).toBe(
      "page off: the article's weekdays fit the CSV date",
    );
  });

  it('falls back to a CSV day printed deeper in the page, or to nothing supporting it', () => {
    const text = `Tue 14 Jul 2015 ${'Rain fell. '.repeat(80)}The dam was built on 2 July 2015.`;
    expect(differenceCategory(text, '2015-07-14', '2015-07-02', false)).toBe(
      'CSV day printed deeper in the page (event or related story)',
    );
    expect(differenceCategory('Rain fell.', '2015-07-14', '2015-07-02', false)).toBe(
      'nothing in the page supports the CSV day (no weekday decides)',
    );
  });
});

describe('bench publication: who the article contradicts', () => {
  it('reads the full dates a page writes, outside its stamp and not after a future word', () => {
    const text =
      'Tue 14 Jul 2015 The dam burst on 20 July 2015. Talks will open on August 3, 2015. The vote held by the regional council of the valley on May 2, 2015 failed.';
    expect(writtenDates(text, [0, 15])).toEqual(['2015-07-20', '2015-05-02']);
  });

  it('sides against the day that a reported past date comes after', () => {
    const text = 'Fri 2 Oct 2015 The ferry sank on 30 September 2015, officials said.';
    expect(verdict(text, '2015-10-02', '2015-09-04', [0, 14])).toBe('CSV contradicted');
    expect(verdict(text, '2015-09-04', '2015-10-02', [0, 14])).toBe('ours contradicted');
  });

  it('falls back to the weekdays, and is undecidable when nothing dates the events', () => {
    // 2015-07-14 is a Tuesday, 2015-07-02 a Thursday.
    expect(verdict('The bridge fell on Monday.', '2015-07-14', '2015-07-02', null)).toBe('CSV contradicted');
    expect(verdict('The bridge fell on Wednesday.', '2015-07-14', '2015-07-02', null)).toBe('ours contradicted');
    expect(verdict('The bridge fell.', '2015-07-14', '2015-07-02', null)).toBe('undecidable');
  });
});
