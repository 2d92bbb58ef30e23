import { describe, expect, it } from 'vitest';
import * as nf from '../../src/index.js';
import { extractHtml } from '../../src/html/index.js';
import * as ev from '../../src/eval/index.js';

const doc = nf.parse('Officials said the road was closed.');

describe('every wrong argument is a TypeError naming it', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['extract(text)', () => nf.extract(5 as never), /`text` must be a string, got number/],
    ['parse(text)', () => nf.parse(null as never), /`text` must be a string, got null/],
    ['extract options', () => nf.extract('x', 5 as never), /`options` must be an object/],
    ['options.publishedAt', () => nf.extract('x', { publishedAt: 5 as never }), /`options.publishedAt`/],
    ['options.url', () => nf.extract('x', { url: 5 as never }), /`options.url` must be a string/],
    [
      'options.includeBoilerplate',
      () => nf.extract('x', { includeBoilerplate: 'yes' as never }),
      /`options.includeBoilerplate`/,
    ],
    [
      'extractQuotes(doc)',
      () => nf.extractQuotes('text' as never),
      /extractQuotes\(doc\): `doc` must be the Document parse\(\) returns, got string/,
    ],
    ['extractCasualties(doc)', () => nf.extractCasualties({} as never), /extractCasualties\(doc\).*got object/],
    ['extractClaims(doc)', () => nf.extractClaims(undefined as never), /extractClaims\(doc\).*got undefined/],
    ['extractDates(doc)', () => nf.extractDates([] as never), /extractDates\(doc\).*got an array/],
    ['documentInfo(doc)', () => nf.documentInfo(null as never), /documentInfo\(doc\).*got null/],
    ['linkClaims doc', () => nf.linkClaims(null as never, [], {}), /linkClaims\(doc\)/],
    ['linkClaims claims', () => nf.linkClaims(doc, null as never, {}), /`claims` must be an array/],
    ['linkClaims links', () => nf.linkClaims(doc, [], null as never), /`links` must be an object/],
    [
      'linkClaims links.quotes',
      () => nf.linkClaims(doc, [], { quotes: 'q' as never }),
      /`links.quotes` must be an array/,
    ],
    ['normalise(input)', () => nf.normalise(5 as never), /normalise\(input\): `input` must be a string, got number/],
    ['score extraction', () => ev.score(null as never, {} as never), /`extraction` must be what extract\(\) returns/],
    ['score gold', () => ev.score(nf.extract('x'), 5 as never), /`gold` must be a gold document/],
    ['scoreCorpus pairs', () => ev.scoreCorpus(null as never), /`pairs` must be an array/],
    ['scoreCorpus pairs[i]', () => ev.scoreCorpus([5] as never), /`pairs\[0\]` must be an object/],
    ['limitVocabulary(words)', () => nf.limitVocabulary('many' as never), /limitVocabulary\(words\)/],
    ['extractHtml(html)', () => extractHtml(undefined as never), /`html` must be a string, got undefined/],
  ];
  it.each(cases)('%s', (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
