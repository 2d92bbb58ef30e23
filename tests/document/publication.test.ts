import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import {
  documentDateOrder,
  evidenceOrder,
  evidenceScore,
  readStamp,
  readTopStamp,
  readWordStamp,
} from '../../src/document/publication.js';

const toks = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((value) => ({ value, lower: value.toLowerCase() }));
const ev = (text: string, publishedAt: string | null = null, urls: string[] = []) => ({
  tokens: toks(text),
  publishedAt,
  urls,
});

describe('publication: timestamp lines', () => {
  it('reads stamps written with a month name, with a time when given', () => {
    expect(readWordStamp('September 04, 2012', 0)?.value).toBe('2012-09-04');
    expect(readWordStamp('Published: 3 May 2019', 10)).toMatchObject({ value: '2019-05-03', start: 21 });
    // a.m./p.m. in capitals, as US outlets print it
    expect(readWordStamp('Published Tuesday, March 14, 2023 at 6:10 PM', 0)?.value).toBe('2023-03-14T18:10');
    expect(readWordStamp('Feb. 2, 2021 at 12:05 A.M.', 0)?.value).toBe('2021-02-02T00:05');
    expect(readWordStamp('Tuesday 6 March 2018 5:40 p.m. GMT', 0)?.value).toBe('2018-03-06T17:40');
    expect(readWordStamp('Feb. 30, 2018', 0)).toBeNull();
  });

  it('reads an ambiguous numeric stamp in the preferred order and reports it', () => {
    expect(readStamp('04/05/2018 09:00', 0, 'month-first')).toMatchObject({
      value: '2018-04-05T09:00',
      order: 'month-first',
    });
    expect(readStamp('04/05/2018 09:00', 0, 'day-first')).toMatchObject({
      value: '2018-05-04T09:00',
      order: 'day-first',
    });
  });

  it('infers the publication date from a month-name stamp under the headline', () => {
    const p = parse(
      'Wildfire Forces Thousands From Their Homes\n\nSeptember 04, 2012\n\nCrews fought the blaze overnight.',
    ).publication;
    expect([p.value, p.source, p.evidence?.text, p.order]).toEqual([
      '2012-09-04',
      'timestamp',
      'September 04, 2012',
      null,
    ]);
  });

  it('reads a stamp whose comma a page rebuilt from tokens spaced (`June 16 , 2010`), the title above it the headline', () => {
    const doc = parse('Ferry Fares Rise Across The Bay\nMarch 3 , 2011\nFares for the island ferries rose on Monday .');
    expect([doc.publication.value, doc.publication.evidence?.text]).toEqual(['2011-03-03', 'March 3 , 2011']);
    expect(doc.zones.map((z) => z.kind)).toEqual(['headline', 'dateline', 'body']);
    expect(parse('Ferry fares\n\n3 March , 2011\n\nFares rose.').publication.value).toBe('2011-03-03');
  });
});

describe('publication: day-first or month-first by evidence', () => {
  it('uses unambiguous numeric dates', () => {
    expect(evidenceOrder(ev('filed 17/03/2019 and 02/04/2019'))).toBe('day-first');
    expect(evidenceOrder(ev('filed 03/17/2019 and 04/02/2019'))).toBe('month-first');
  });

  it('uses a weekday that agrees with one reading only', () => {
    // 6 May 2018 was a Sunday; 5 June 2018 a Tuesday.
    expect(evidenceOrder(ev('Sunday , 06/05/2018'))).toBe('day-first');
    expect(evidenceOrder(ev('Tuesday , 06/05/2018'))).toBe('month-first');
    expect(documentDateOrder(parse('The vote was held on Tuesday, 06/05/2018.'))).toBe('month-first');
  });

  it('uses the caller’s date when it matches one reading', () => {
    expect(evidenceOrder(ev('Updated 06/05/2018', '2018-06-05'))).toBe('month-first');
    expect(evidenceOrder(ev('Updated 06/05/2018', '2018-05-06'))).toBe('day-first');
  });

  it('uses the order of written dates, clock style, spelling and domain', () => {
    expect(evidenceScore(ev('on 14 March and 2 April'))).toBeGreaterThan(0);
    expect(evidenceScore(ev('on March 14 and April 2'))).toBeLessThan(0);
    expect(evidenceScore(ev('at 9:15 pm'))).toBeLessThan(0);
    expect(evidenceScore(ev('at 21:15'))).toBeGreaterThan(0);
    expect(evidenceScore(ev('the neighbourhood colour programme'))).toBeGreaterThan(0);
    expect(evidenceScore(ev('the neighborhood color center'))).toBeLessThan(0);
    expect(evidenceOrder(ev('', null, ['https://www.example.co.uk/news/x']))).toBe('day-first');
    expect(evidenceOrder(ev('', null, ['https://news.example.us/x']))).toBe('month-first');
  });

  it('keeps day-first on a tie', () => {
    expect(evidenceOrder(ev('nothing to go by here'))).toBe('day-first');
  });

  it('reads an ambiguous stamp in the order the page’s own dates give', () => {
    const text =
      'Harbour Reopens After Storm Repairs\n\n03/04/2019 10:20\n\nThe harbour reopened on March 30 after repairs that began on February 11.';
    const p = parse(text).publication;
    expect([p.value, p.order]).toEqual(['2019-03-04T10:20', 'month-first']);
    const uk =
      'Harbour Reopens After Storm Repairs\n\n03/04/2019 10:20\n\nThe harbour reopened on 30 March after repairs that began on 11 February.';
    expect(parse(uk).publication.value).toBe('2019-04-03T10:20');
  });

  it('gives a parsed document’s order for its numeric dates', () => {
    expect(documentDateOrder(parse('Filed on 13/02/2020. Amended on 03/04/2020.'))).toBe('day-first');
    expect(documentDateOrder(parse('Filed on 02/13/2020. Amended on 03/04/2020.'))).toBe('month-first');
  });
});

describe('publication: a stamp at the top of the page', () => {
  it('reads the date a page prints before its article, in the forms sites use', () => {
    expect(readTopStamp('14 March 2019 Floods cut the coastal road near the port.', 0, false)?.value).toBe(
      '2019-03-14',
    );
    expect(readTopStamp('Date of publication 2 June 2018 Two ferries collided.', 0, false)?.value).toBe('2018-06-02');
    expect(readTopStamp('Published December 3 2019 The council voted to close the bridge.', 0, false)?.value).toBe(
      '2019-12-03',
    );
    expect(readTopStamp('Posted on May 9 2018 by Staff Writer The strike ended.', 0, false)?.value).toBe('2018-05-09');
    expect(readTopStamp('Last updated at Mar 042019 HARBOUR TOWN A crane fell.', 0, false)?.value).toBe('2019-03-04');
    expect(readTopStamp('Updated: 11/23/2018 Snow closed schools.', 0, false)?.value).toBe('2018-11-23');
    expect(readTopStamp('Last modified 2018-04-05 The bridge reopened.', 0, false)?.value).toBe('2018-04-05');
  });

  it('keeps the time written with the stamp', () => {
    expect(readTopStamp('Thu 8 Feb 2018 at 0945 Local News - A lorry overturned.', 0, false)?.value).toBe(
      '2018-02-08T09:45',
    );
    expect(readTopStamp('Sunday 04 March 2018 16:20 Council Approves Budget.', 0, false)?.value).toBe(
      '2018-03-04T16:20',
    );
    expect(readTopStamp('Ferry Sinks off Coast Wed Jan 10 2018 143012 Rescuers pulled …', 0, false)?.value).toBe(
      '2018-01-10T14:30',
    );
  });

  it('finds a stamp after a repeated title and an agency credit, with its evidence', () => {
    const text = 'Storm floods harbour town Agency Reuters Tuesday 6 Mar 2018 Waves broke over the sea wall.';
    const f = readTopStamp(text, 100, false);
    expect(f).toMatchObject({
      value: '2018-03-06',
      start: 100 + text.indexOf('Tuesday'),
      end: 100 + text.indexOf(' Waves'),
    });
    expect(
      readTopStamp('Bridge closed for repairs in Riverside 9 April 2018 Riverside Agency - Engineers…', 0, false)
        ?.value,
    ).toBe('2018-04-09');
  });

  it('reads dotted and dashed numeric stamps day-first, slashed ones by the page', () => {
    expect(readTopStamp('07.03.2018 Fishermen protested.', 0, false)).toMatchObject({
      value: '2018-03-07',
      order: 'day-first',
    });
    expect(readTopStamp('04-02-2019 Title Here. Text.', 0, false)?.value).toBe('2019-02-04');
    expect(readTopStamp('04/02/2019 Title Here.', 0, false, () => 'month-first')?.value).toBe('2019-04-02');
  });

  it('leaves dates that are part of a sentence', () => {
    expect(readTopStamp('Rebels have held the town since 6 October 2016 and refuse to leave.', 0, false)).toBeNull();
    expect(readTopStamp('A report dated 3 May 2018 says the dam is unsafe.', 0, false)).toBeNull();
    expect(readTopStamp('Talks resumed on Monday 4 June 2018 in the capital.', 0, false)).toBeNull();
    expect(readTopStamp('The 6 October 2016 attack killed three guards.', 0, true)).toBeNull();
    // After a finished sentence the date is in the body.
    expect(readTopStamp('The dam burst. Tuesday 6 March 2018 was the worst day.', 0, false)).toBeNull();
    // Beyond the top of the paragraph.
    expect(readTopStamp(`${'The river rose slowly. '.repeat(12)}Published 3 May 2018`, 0, false)).toBeNull();
  });

  it('parse() infers the date from the top only, never from a date deeper in the body', () => {
    const dated = parse('Ferry capsizes\n\nSaturday 10 Mar 2018 A ferry capsized off the coast on Saturday.');
    expect(dated.publication).toMatchObject({ value: '2018-03-10', source: 'timestamp' });
    expect(dated.publication.evidence?.text).toBe('Saturday 10 Mar 2018');
    const body = parse(
      'Ferry capsizes\n\nA ferry capsized off the coast on Saturday.\n\nThe company was founded 10 March 1998 Officials said.',
    );
    expect(body.publication.source).toBe('none');
  });
});

describe('publication: a revision stamp gives way to the first publication', () => {
  it('takes the "First published" date over a "Last modified" one before it', () => {
    const top =
      'Last modified on Sat 9 Nov 2019 10.12 GMT First published on Fri 8 Nov 2019 18.40 GMT The ferry ran aground.';
    expect(readTopStamp(top, 0, false)?.value).toBe('2019-11-08T18:40');
  });

  it('keeps an "Updated" stamp when the page prints no other', () => {
    const f = readTopStamp('Updated: 12 May 2020 Dockers walked out.', 0, false);
    expect(f?.value).toBe('2020-05-12');
    expect(f?.updated).toBe(true);
  });

  it("parse() prefers a later paragraph's publication stamp to an update stamp", () => {
    const text =
      'Tram line closes\n\nUpdated 14 June 2021\n\nPublished 12 June 2021\n\nThe tram line closed for repairs.';
    expect(parse(text).publication.value).toBe('2021-06-12');
  });
});

describe('publication: a date inside the first sentence is not a stamp', () => {
  it('leaves a weekday date after a lower-case word', () => {
    expect(readTopStamp('The mayor passed away Friday, March 25, 2016, in Lisbon.', 0, false)).toBeNull();
    expect(readTopStamp('The mayor passed away Friday 25 March 2016 in Lisbon.', 0, false)).toBeNull();
    expect(readTopStamp('Ferry Sinks Agency AFP Friday 25 March 2016 The ferry sank.', 0, false)?.value).toBe(
      '2016-03-25',
    );
  });
});

describe('publication: a clock printed before the date', () => {
  it('keeps the clock of `Updated 9:42 AM EAT, Sun August 18, 2024` and starts the evidence there', () => {
    expect(readWordStamp('Updated 4:15 PM WAT, Tue June 3, 2025', 0)).toMatchObject({
      value: '2025-06-03T16:15',
      start: 8,
    });
    expect(readWordStamp('Posted 21:05 GMT 2 May 2023', 0)?.value).toBe('2023-05-02T21:05');
    expect(readTopStamp('Posted 07:30 GMT, 9 May 2023 Flood Waters Rise', 0, false)?.value).toBe('2023-05-09T07:30');
    // A figure before a date inside a sentence is no clock of the page.
    expect(readTopStamp('The ferry left the port at 6:10 on May 2, 2023 with 40 people aboard.', 0, false)).toBeNull();
  });

  it('parse() gives the page’s date with its time from such a line under a byline', () => {
    const page = [
      'Ferry Sinks Off Island Coast',
      '',
      'By Grace Mensah, Coastal Herald',
      'Updated 4:15 PM WAT, Tue June 3, 2025',
      '',
      'A ferry sank off the island on Monday evening, and rescuers pulled 40 people from the water, officials said.',
    ].join('\n');
    const doc = parse(page);
    expect(doc.publication.value).toBe('2025-06-03T16:15');
    expect(doc.publication.evidence?.text).toBe('4:15 PM WAT, Tue June 3, 2025');
  });
});

describe('publication: labelled stamp lines under a headline', () => {
  it('reads each form with its time, and keeps the headline above it', () => {
    const body = '\n\nA ferry sank off the island on Monday evening, and rescuers pulled 40 people from the water.';
    const cases: [string, string][] = [
      ['Last modified on Tuesday 3 June 2025, 16:15', '2025-06-03T16:15'],
      ['Date of publication 3 June 2025', '2025-06-03'],
      ['Tue 3 Jun 2025 at 1615', '2025-06-03T16:15'],
      ['Published: 2025-06-03T16:15:00Z', '2025-06-03T16:15'],
    ];
    for (const [stamp, value] of cases) {
      const doc = parse(`Ferry Sinks Off Island Coast\n\n${stamp}${body}`);
      expect(doc.publication.value, stamp).toBe(value);
      expect(doc.headline?.text, stamp).toBe('Ferry Sinks Off Island Coast');
    }
  });
});

describe('publication: hostile input at the top of a page', () => {
  it('finishes on long runs of digits, letters and dates without hanging', () => {
    const inputs = [
      '1'.repeat(100000),
      `${'a'.repeat(50000)}1`,
      '12 May 2019 '.repeat(20000),
      '.'.repeat(100000),
      '9:42 AM '.repeat(20000),
    ];
    for (const text of inputs) {
      expect(readTopStamp(text, 0, false)?.value ?? null).toBe(text.startsWith('12 May') ? '2019-05-12' : null);
      expect(parse(text).publication.source).toMatch(/^(?:none|timestamp)$/);
    }
  });
});
