import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { extract } from '../../src/extract.js';
import { corpusTexts } from '../helpers.js';

describe('parse: tokens and offsets', () => {
  it('gives every token exact offsets into the normalised text', () => {
    for (const { text } of corpusTexts()) {
      const doc = parse(text);
      expect(doc.tokens.length).toBeGreaterThan(100);
      for (const t of doc.tokens) expect(doc.norm.slice(t.start, t.end)).toBe(t.value);
    }
  });

  it('maps token spans back into the caller’s input, also through mojibake repairs', () => {
    const text = 'Kerryâ€™s aide said: â€œWe wonâ€™t leave.â€\u009d';
    const doc = parse(text);
    const said = doc.tokens.find((t) => t.value === 'said')!;
    expect(doc.span(said.start, said.end)).toEqual({
      start: text.indexOf('said'),
      end: text.indexOf('said') + 4,
      text: 'said',
    });
    const leave = doc.tokens.find((t) => t.value === 'leave')!;
    expect(doc.span(leave.start, leave.end).text).toBe('leave');
    expect(doc.norm).toContain('“We won’t leave.”');
  });

  it('never lets a sentence cross a paragraph break, headline included', () => {
    const doc = parse(
      'Bombs Shake Homs As Talks Resume\n\nThe envoy said talks would go on. He left.\n\nA second paragraph.',
    );
    for (const s of doc.sentences) {
      for (let k = s.firstToken; k < s.endToken; k++) expect(doc.tokens[k]!.paragraph).toBe(s.paragraph);
    }
    expect(doc.sentences.map((s) => doc.norm.slice(s.start, s.end))).toEqual([
      'Bombs Shake Homs As Talks Resume',
      'The envoy said talks would go on.',
      'He left.',
      'A second paragraph.',
    ]);
  });

  it('joins soft-wrapped prose lines into one paragraph but keeps short lines apart', () => {
    const wrapped =
      'The envoy told reporters on Sunday that the two delegations would\nmeet again on Tuesday to discuss a ceasefire.\nShort line\nAnother short line';
    const doc = parse(wrapped);
    expect(doc.paragraphs.map((p) => doc.norm.slice(p.start, p.end))).toEqual([
      'The envoy told reporters on Sunday that the two delegations would\nmeet again on Tuesday to discuss a ceasefire.',
      'Short line',
      'Another short line',
    ]);
  });

  it('records line breaks and spaces before tokens', () => {
    const doc = parse('One two\nthree');
    expect(doc.tokens.map((t) => [t.value, t.spaceBefore, t.lineBefore])).toEqual([
      ['One', false, false],
      ['two', true, false],
      ['three', true, true],
    ]);
  });

  it('reads the same token facts however often a word recurs, contractions apart', () => {
    // The second document meets every word again (read from the lexeme cache the second time).
    for (let pass = 0; pass < 2; pass++) {
      const doc = parse("They won't go. Won't they? The wo of it.\n\n  Colour   TV at 10:30 ");
      expect(doc.tokens.map((t) => [t.value, t.lower, t.normal, t.shape])).toEqual([
        ['They', 'they', 'they', 'word'],
        ['wo', 'wo', 'will', 'word'],
        ["n't", "n't", 'not', 'word'],
        ['go', 'go', 'go', 'word'],
        ['.', '.', '.', 'punctuation'],
        ['Wo', 'wo', 'will', 'word'],
        ["n't", "n't", 'not', 'word'],
        ['they', 'they', 'they', 'word'],
        ['?', '?', '?', 'punctuation'],
        ['The', 'the', 'the', 'word'],
        ['wo', 'wo', 'wo', 'word'],
        ['of', 'of', 'of', 'word'],
        ['it', 'it', 'it', 'word'],
        ['.', '.', '.', 'punctuation'],
        ['Colour', 'colour', 'color', 'word'],
        ['TV', 'tv', 'tv', 'word'],
        ['at', 'at', 'at', 'word'],
        ['10:30', '10:30', '10:30', 'number'],
      ]);
      for (const t of doc.tokens) expect(doc.norm.slice(t.start, t.end)).toBe(t.value);
      expect(doc.tokens.filter((t) => t.lineBefore).map((t) => t.value)).toEqual(['Colour']);
    }
  });

  it('caches shared layers per document', () => {
    const doc = parse('Some text.');
    const key = Symbol('test');
    let builds = 0;
    const a = doc.layer(key, () => ++builds);
    const b = doc.layer(key, () => ++builds);
    expect([a, b, builds]).toEqual([1, 1, 1]);
  });
});

describe("parse: the caller's publishedAt", () => {
  const pub = (publishedAt: Date | string, dateOrder?: 'dmy' | 'mdy') =>
    parse('A bridge reopened.', dateOrder === undefined ? { publishedAt } : { publishedAt, dateOrder }).publication;

  it('takes ISO dates and times, and Dates', () => {
    expect(pub('2019-03-14').value).toBe('2019-03-14');
    expect(pub('2019-03-14T08:05:59Z').value).toBe('2019-03-14T08:05');
    expect(pub('2019-03-14 08:05+01:00').value).toBe('2019-03-14T08:05');
    expect(pub(new Date(Date.UTC(2019, 2, 14, 8, 5))).value).toBe('2019-03-14T08:05');
    expect(pub('2019-03').value).toBe('2019-03');
  });

  it('reads numeric dates in the order the caller gives', () => {
    expect(pub('10/7/2016', 'mdy')).toMatchObject({ value: '2016-10-07', source: 'option' });
    expect(pub('10/7/2016', 'dmy').value).toBe('2016-07-10');
    expect(pub('10.7.2016 21:15', 'dmy').value).toBe('2016-07-10T21:15');
    expect(pub('3-3-2016').value).toBe('2016-03-03');
    // One reading only: no order needed.
    expect(pub('23/7/2016').value).toBe('2016-07-23');
    expect(pub('7/23/2016').value).toBe('2016-07-23');
  });

  it('refuses an ambiguous numeric date without dateOrder, naming the option', () => {
    expect(() => pub('10/7/2016')).toThrow(RangeError);
    expect(() => pub('10/7/2016')).toThrow(/`options.dateOrder`/);
    expect(() => pub('7/23/2016', 'dmy')).toThrow(/not a valid date.*'dmy'/);
    expect(() => parse('x', { publishedAt: '10/7/2016', dateOrder: 'ymd' as never })).toThrow(TypeError);
    expect(() => parse('x', { publishedAt: '10/7/2016', dateOrder: 'ymd' as never })).toThrow(/`options.dateOrder`/);
  });
});

describe('parse: bad input', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
    expect(() => parse(42 as unknown as string)).toThrow(/`text`/);
    expect(() => parse(null as unknown as string)).toThrow(/`text` must be a string, got null/);
    expect(() => parse('x', 'opts' as never)).toThrow(/`options`/);
    expect(() => parse('x', { publishedAt: 'yesterday' })).toThrow(/`options.publishedAt`/);
    expect(() => parse('x', { publishedAt: new Date('nope') })).toThrow(/`options.publishedAt`/);
    expect(() => parse('x', { publishedAt: 5 as never })).toThrow(/`options.publishedAt`/);
    expect(() => parse('x', { url: 5 as never })).toThrow(/`options.url`/);
    expect(() => parse('x', { includeBoilerplate: 'yes' as never })).toThrow(/`options.includeBoilerplate`/);
    expect(() => parse('x', { publishedAt: '2017-02-30' })).toThrow(/not a valid date/);
  });

  it('returns clean empty results for empty and blank text', () => {
    for (const text of ['', '   ', '\n\n\n', '\u00a0\u200b']) {
      const r = extract(text);
      expect(r.quotes).toEqual([]);
      expect(r.casualties).toEqual([]);
      expect(r.claims).toEqual([]);
      expect(r.dates).toEqual([]);
      expect(r.document.headline).toBeNull();
      expect(r.document.publication).toEqual({ value: null, source: 'none', evidence: null, order: null });
    }
  });

  it('finishes on hostile input without hanging', () => {
    const hostile = [
      '"'.repeat(50_000),
      '“'.repeat(20_000) + 'said',
      'a'.repeat(200_000),
      '\n'.repeat(100_000),
      'Latest news\n'.repeat(5_000),
      ('killed ' + '1,'.repeat(5_000) + ' people. ').repeat(3),
      'Ã'.repeat(30_000) + 'â€'.repeat(30_000),
      'By ' + 'Aa '.repeat(20_000),
      'London, 27 Feb ' + '– '.repeat(20_000),
      'https://x.com/' + '2017/'.repeat(10_000),
    ];
    // A hang guard, not a speed measure (that is `npm run bench`): each input of up to 200 KB
    // reads in about a second on a loaded 2-core machine; ten seconds means something went
    // super-linear (the URL regex of wink-nlp once took minutes on 100 characters).
    const HANG_MS = 10_000;
    for (const text of hostile) {
      const started = performance.now();
      const r = extract(text);
      expect(performance.now() - started, `hostile input ${JSON.stringify(text.slice(0, 24))}`).toBeLessThan(HANG_MS);
      // Whatever was found points into the input: offsets in range, text equal to its slice.
      for (const item of [...r.quotes, ...r.casualties, ...r.claims, ...r.dates]) {
        expect(item.start).toBeGreaterThanOrEqual(0);
        expect(item.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
      for (const z of r.document.zones) expect(z.end).toBeLessThanOrEqual(text.length);
    }
  }, 120_000);
});

describe('parse: publication date', () => {
  it('keeps the caller’s date with its granularity', () => {
    expect(parse('x', { publishedAt: '2016-02-01T21:15' }).publication).toEqual({
      value: '2016-02-01T21:15',
      source: 'option',
      evidence: null,
      order: null,
    });
    expect(parse('x', { publishedAt: new Date(Date.UTC(2017, 1, 25)) }).publication.value).toBe('2017-02-25');
    expect(parse('x', { publishedAt: '2017-02-25T10:00:00Z' }).publication.value).toBe('2017-02-25T10:00');
  });

  it('reads a timestamp line under the headline', () => {
    const text =
      'Floods Cut Off Northern Villages In The Valley\n\n23/04/2019 08:05 by staff\n\nRivers burst their banks overnight, officials said.';
    const p = parse(text).publication;
    expect(p.value).toBe('2019-04-23T08:05');
    expect(p.source).toBe('timestamp');
    expect(p.evidence?.text).toBe('23/04/2019 08:05');
    expect(p.order).toBeNull(); // 23 cannot be a month
  });

  it('reads a dated URL given by the caller or printed in the page', () => {
    expect(parse('Body text here.', { url: 'https://news.example.org/world/2018/mar/04/story' }).publication).toEqual({
      value: '2018-03-04',
      source: 'url',
      evidence: null,
      order: null,
    });
    const printed = 'Archived copy of https://example.com/2015/11/09/some-story\n\nThe story text.';
    const p = parse(printed).publication;
    expect([p.value, p.source, p.evidence?.text]).toEqual(['2015-11-09', 'url', '2015/11/09']);
  });

  it('reads a dateline, leaving an unknown year underspecified', () => {
    const p = parse(
      'Aid Convoy Reaches Besieged Town At Last\n\nParis, 3 Mar – An aid convoy reached the town on Friday.',
    ).publication;
    expect([p.value, p.source, p.evidence?.text]).toEqual(['XXXX-03-03', 'dateline', '3 Mar']);
  });
});
