import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { temporalExpressions } from '../../src/temporal/index.js';

const read = (text: string, publishedAt = '2019-05-15') => {
  const doc = parse(text, { publishedAt });
  return temporalExpressions(doc).map((e) => [doc.norm.slice(e.start, e.end), e.type, e.value]);
};

describe('temporal layer', () => {
  it('recognises each expression once, with its TIMEX3 type and value', () => {
    expect(read('The ferry sank on Monday and divers searched for three days.')).toEqual([
      ['Monday', 'DATE', '2019-05-13'],
      ['three days', 'DURATION', 'P3D'],
    ]);
  });

  it('resolves month-days and years against the publication date', () => {
    expect(read('The dam opened on March 3 and closed in 2017.')).toEqual([
      ['March 3', 'DATE', '2019-03-03'],
      ['2017', 'DATE', '2017'],
    ]);
  });

  it('leaves a relative date unanchored without a publication date', () => {
    const doc = parse('The market reopened on Thursday.');
    const [e] = temporalExpressions(doc);
    expect(e?.type).toBe('DATE');
    expect(e?.value === null || e?.value?.startsWith('XXXX')).toBe(true);
  });

  it('caches one list per document', () => {
    const doc = parse('It rained yesterday.', { publishedAt: '2019-05-15' });
    expect(temporalExpressions(doc)).toBe(temporalExpressions(doc));
  });

  it('splits a range of dashed numeric dates at its join, not inside the first date', () => {
    expect(read('The talks ran from 2018-03-03 to 2018-03-05 in Geneva.')).toEqual([
      ['2018-03-03', 'DATE', '2018-03-03'],
      ['2018-03-05', 'DATE', '2018-03-05'],
    ]);
    expect(read('The talks ran 3-5-2018 – 7-5-2018 in Geneva.')).toEqual([
      ['3-5-2018', 'DATE', '2018-05-03'],
      ['7-5-2018', 'DATE', '2018-05-07'],
    ]);
    // a range of days still splits at its first hyphen
    expect(read('The talks ran 3–5 March 2018 in Geneva.')).toEqual([
      ['3', 'DATE', '2018-03-03'],
      ['5 March 2018', 'DATE', '2018-03-05'],
    ]);
  });
});
