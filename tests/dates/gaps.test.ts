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

  it('does not let a modal push a date after `since` forward', () => {
    expect(found('Sunday would mark a year since the June 3 flood.', 'June 3', WED)).toEqual(['DATE', '2018-06-03']);
    expect(found('It will be six months since October 2.', 'October 2', WED)).toEqual(['DATE', '2018-10-02']);
  });
});
