import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakesFromCsv, parseCsv, readFakes, usDate } from '../../bench/data/fakes.js';
import { hasSharedData, sharedData } from '../helpers.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = 'a,b,c\r\n1,"x, y","He said ""no"".\nThen left."\r\n2,,"" \n';
    expect(parseCsv(csv)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['1', 'x, y', 'He said "no".\nThen left.'],
        ['2', '', ' '],
      ],
      problems: [],
    });
  });

  it('accepts LF, CR and CRLF records, a BOM, blank lines and no final newline', () => {
    expect(parseCsv('\ufeffh1,h2\n\nx,y\rz,w\r\nlast,').rows).toEqual([
      ['h1', 'h2'],
      ['x', 'y'],
      ['z', 'w'],
      ['last', ''],
    ]);
    expect(parseCsv('').rows).toEqual([]);
  });

  it('keeps stray quotes in unquoted fields and reports an unterminated quote instead of hanging', () => {
    expect(parseCsv('5" gun,ok\n').rows).toEqual([['5" gun', 'ok']]);
    const t = parseCsv('a,"never closed, \n more');
    expect(t.rows).toEqual([['a', 'never closed, \n more']]);
    expect(t.problems).toEqual(['unterminated quoted field starting on line 1']);
  });

  it('reads a hostile run of doubled quotes without hanging (one pass; the test timeout guards it)', () => {
    const t = parseCsv(`x,"${'""'.repeat(200_000)}`);
    expect(t.rows[0]![1]).toBe('"'.repeat(200_000));
    expect(t.problems).toEqual(['unterminated quoted field starting on line 1']);
  });
});

describe('FA-KES reader', () => {
  it('reads US dates strictly', () => {
    expect(usDate('4/5/2017')).toBe('2017-04-05');
    expect(usDate('12/31/2015')).toBe('2015-12-31');
    expect(usDate('2/30/2016')).toBeNull();
    expect(usDate('2016-02-01')).toBeNull();
  });

  it('finds columns by header name and builds title + content pages', () => {
    const csv =
      'unit_id,article_title,article_content,source,date,location,labels\n' +
      '7,Port reopens,"The port reopened on Monday, officials said.",wire,3/9/2019,tartus,1\n' +
      '8,Empty,,wire,3/9/2019,x,0\n' +
      '9,Short row\n';
    const { articles, problems } = fakesFromCsv(csv);
    expect(articles).toEqual([
      {
        id: '7',
        title: 'Port reopens',
        content: 'The port reopened on Monday, officials said.',
        source: 'wire',
        publishedAt: '2019-03-09',
        location: 'tartus',
        text: 'Port reopens\n\nThe port reopened on Monday, officials said.',
      },
    ]);
    expect(problems).toEqual(['record 2 has no content: skipped', 'record 3 has 2 fields, the header 7: skipped']);
  });

  it('returns null when the data folder is absent', () => {
    expect(readFakes(null)).toBeNull();
    expect(readFakes(join(sharedData, 'no-such-folder'))).toBeNull();
  });

  it.skipIf(!hasSharedData)('reads the 402 dev articles, each with a date', () => {
    const articles = readFakes(sharedData)!;
    expect(articles).toHaveLength(402);
    expect(articles.every((a) => a.publishedAt !== null && a.content.length > 50)).toBe(true);
    expect(new Set(articles.map((a) => a.source)).size).toBe(15);
  });
});
