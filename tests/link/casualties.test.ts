import { describe, expect, it } from 'vitest';
import { extract, extractCasualties, extractQuotes, linkCasualties, parse } from '../../src/index.js';

describe('linkCasualties: one source per clause', () => {
  it('gives a figure inside a quote the quote’s speaker', () => {
    const r = extract('A shell killed 3 people in the old town of Qasr Hamid on Friday, villagers said.', {
      publishedAt: '2020-02-02',
    });
    const [f] = r.casualties;
    const q = r.quotes.find((x) => x.start <= f!.start && f!.end <= x.end);
    expect(q?.speaker?.name).toBe('villagers');
    expect(f?.source?.entity).toBe(q?.speaker?.entity);
  });

  it('keeps the reader’s source for a figure in no quote, and rejects bad arguments', () => {
    const doc = parse('Eleven people died in the flood.');
    const figures = extractCasualties(doc);
    expect(linkCasualties(doc, figures, extractQuotes(doc))).toEqual(figures);
    expect(() => linkCasualties(doc, figures, 'q' as never)).toThrow(TypeError);
  });
});
