import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { quotedSpans } from '../../src/marks/index.js';

const inside = (text: string): string[] => {
  const doc = parse(text);
  return quotedSpans(doc).map((q) => doc.norm.slice(q.start, q.stop ?? q.start));
};

describe('quotation marks layer', () => {
  it('pairs curly, straight and guillemet marks into stretches', () => {
    const doc = parse('The mayor said “the bridge is closed” and added "no one may cross" before «leaving».');
    const spans = quotedSpans(doc).map((q) => doc.tokenSpan(q.first, q.end).text);
    expect(spans).toEqual(['the bridge is closed', 'no one may cross', 'leaving']);
  });

  it('leaves apostrophes alone', () => {
    const doc = parse("The farmers' co-op said it won't reopen until the road's repaired.");
    expect(quotedSpans(doc)).toEqual([]);
  });

  it('closes an unbalanced mark at the paragraph end', () => {
    const doc = parse('The nurse said "we ran out of beds by noon\n\nOfficials gave no figure.');
    const spans = quotedSpans(doc);
    expect(spans.length).toBe(1);
    expect(spans[0]!.close).toBe(-1);
    expect(doc.tokenSpan(spans[0]!.first, spans[0]!.end).text).toBe('we ran out of beds by noon');
  });

  it('keeps the index of each stretch', () => {
    const spans = quotedSpans(parse('"One," she said. "Two," he said.'));
    expect(spans.map((s) => s.index)).toEqual([0, 1]);
    expect(inside('"One," she said.').length).toBe(1);
  });
});
