import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { parse } from '../../src/document/parse.js';

const dates = (s: string) =>
  extractDates(parse(s, { publishedAt: '2016-06-30' })).map((d) => [d.text, d.type, d.value]);

// Sentences written for these tests (in no data set): the recogniser reads each token's first
// character from the text, folding capitals, before it reads the token itself.
describe('temporal triggers by first character', () => {
  it('reads mid-, early- and late- months in any case', () => {
    expect(dates('Mid-June saw clashes. The rains came in LATE-MAY and early-April.')).toEqual([
      ['Mid-June', 'DATE', '2016-06'],
      ['LATE-MAY', 'DATE', '2016-05'],
      ['early-April', 'DATE', '2016-04'],
    ]);
  });

  it('reads clock times and race times after digits', () => {
    expect(dates('The shelling resumed at 21:04:33.')).toEqual([['21:04:33', 'TIME', '2016-06-30T21:04']]);
    expect(dates('She won the marathon in 2:45:10.')).toEqual([['2:45:10', 'DURATION', 'PT2H45M10S']]);
  });

  it('reads a decade after an apostrophe and leaves other words alone', () => {
    expect(dates("In the '90s the valley was calm.")).toEqual([["'90s", 'DATE', '199']]);
    expect(dates('Members elected the leader.')).toEqual([]);
  });
});
