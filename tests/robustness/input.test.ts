import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, extract, limitVocabulary, parse } from '../../src/index.js';
import { extractHtml } from '../../src/html/index.js';
import { looksLikeHtml } from '../../src/document/input.js';
import { novelWord } from '../../bench/data/novel.js';

describe('input size', () => {
  it('rejects text above MAX_INPUT_LENGTH with a RangeError naming the size', () => {
    const text = 'a'.repeat(MAX_INPUT_LENGTH + 1);
    expect(() => extract(text)).toThrow(RangeError);
    expect(() => parse(text)).toThrow(/10,000,001 characters long, above the maximum of 10,000,000/);
  });
});

describe('HTML passed as text', () => {
  const page =
    '<!DOCTYPE html>\n<html><head><title>Ceasefire holds | Daily Example</title></head>' +
    '<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ceasefire holds in the north</h1>' +
    '<p>The truce held for a third day on Tuesday, officials said.</p>' +
    '<p>“Nobody has fired a shot since Sunday,” said Lina Haddad, a spokeswoman for the district council.</p>' +
    '<p>Shelling killed four people in the area last week.</p></article><footer>© Daily Example</footer></body></html>';

  it('extract() rejects a page with a TypeError that says what to do', () => {
    expect(() => extract(page)).toThrow(TypeError);
    expect(() => extract(page)).toThrow(/extractHtml\(\) from 'newsfacts\/html'/);
  });

  it('recognises pages and markup, not prose with a stray angle bracket', () => {
    expect(looksLikeHtml('  <html lang="en"><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('<div class="story"><p>One.</p><p>Two.</p></div>')).toBe(true);
    expect(looksLikeHtml('The vote was 5 < 7, and the <b>motion</b> fell, he said.')).toBe(false);
    expect(looksLikeHtml('Officials said talks would resume on Monday.')).toBe(false);
  });

  it('extractHtml() reads the article out of the page, with offsets into its text', () => {
    const r = extractHtml(page, { publishedAt: '2019-07-02' });
    expect(r.text.startsWith('Ceasefire holds in the north\n\nThe truce held')).toBe(true);
    expect(r.text).not.toContain('<');
    expect(r.text).not.toContain('Home');
    expect(r.document.headline?.text).toBe('Ceasefire holds in the north');
    const q = r.quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.name).toBe('Lina Haddad');
    for (const item of [...r.quotes, ...r.casualties, ...r.dates])
      expect(r.text.slice(item.start, item.end)).toBe(item.text);
    expect(r.casualties.some((c) => c.outcome === 'killed' && c.count?.min === 4)).toBe(true);
  });

  it('extractHtml() takes the page’s own publication time when none is given', () => {
    const dated = page.replace(
      '<head>',
      '<head><meta property="article:published_time" content="2019-07-02T08:00:00Z">',
    );
    const r = extractHtml(dated);
    expect(r.publishedTime).toBe('2019-07-02T08:00:00Z');
    expect(r.document.publication.value).toBe('2019-07-02');
  });

  it('extractHtml() names a wrong argument', () => {
    expect(() => extractHtml(42 as unknown as string)).toThrow(/`html` must be a string, got number/);
  });
});

describe('limitVocabulary', () => {
  it('takes a positive integer or null, and names anything else', () => {
    for (const bad of [0, -1, 1.5, '10', Number.NaN, undefined, {}]) {
      expect(() => limitVocabulary(bad as unknown as number)).toThrow(TypeError);
    }
    expect(() => limitVocabulary(0)).toThrow(/limitVocabulary\(words\)` takes a positive integer or null, got 0/);
  });

  it('gives the same results after recycling wink-nlp as before', () => {
    const text =
      'Zorvath Qelinu, a commander of the Brigade, said 14 fighters were killed near Tel Qarash on Monday.\n\n' +
      '“We will hold the line,” Qelinu told reporters.';
    const before = extract(text, { publishedAt: '2020-03-10' });
    try {
      limitVocabulary(50);
      // A document of novel words makes the instance learn more than 50 words: the next document gets a fresh one.
      extract(Array.from({ length: 200 }, (_, i) => novelWord(i + 1e6)).join(' ') + '.');
      const after = extract(text, { publishedAt: '2020-03-10' });
      expect(after).toEqual(before);
    } finally {
      limitVocabulary(250_000);
    }
  });
  it('recycles wink-nlp again and again in a long run without the model growing', () => {
    // wink-eng-lite-web-model re-encodes its custom-entity meta model on every instance it
    // loads: unguarded, a dozen or so instances on, it threw `Invalid string length` from inside it.
    const text = 'Officials said 12 people were killed in the blast on Monday.';
    const before = extract(text, { publishedAt: '2020-03-10' });
    try {
      limitVocabulary(20);
      for (let round = 0; round < 24; round++) {
        extract(Array.from({ length: 40 }, (_, i) => novelWord(2e6 + round * 100 + i)).join(' ') + '.');
        expect(extract(text, { publishedAt: '2020-03-10' })).toEqual(before);
      }
    } finally {
      limitVocabulary(250_000);
    }
  }, 60_000);
});

describe('overlong sentences', () => {
  it('are cut at 250 tokens, after a comma near the limit', () => {
    // One run-on "sentence" of 600 tokens: "the convoy moved north, and the guards said nothing, …"
    const clause = 'the convoy moved north , and the guards said nothing ,';
    const words = Array.from({ length: 60 }, () => clause)
      .join(' ')
      .replace(/ ,/g, ',');
    const doc = parse(`${words[0]!.toUpperCase()}${words.slice(1, -1)}.`);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of doc.sentences) {
      expect(s.endToken - s.firstToken).toBeLessThanOrEqual(250);
      if (s.endToken < doc.tokens.length) expect(doc.tokens[s.endToken - 1]!.value).toBe(',');
    }
  });

  it('of nothing but speech verbs are read like any other', () => {
    const r = extract(`${'said '.repeat(3000)}the rebels.`);
    expect(r.quotes.length).toBeLessThan(3000);
  });
});
