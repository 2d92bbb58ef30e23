import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import {
  documentDateOrder,
  evidenceOrder,
  evidenceScore,
  readStamp,
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
