import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weave, type WeaveSpan } from '../../src/render/weave.js';

/** Spans that open `<m k>` and close `</m>`, read back by a tiny parser. */
const spansOf = (ranges: [number, number][]): WeaveSpan[] =>
  ranges.map(([start, end], i) => ({
    key: `s${i}`,
    start,
    end,
    rank: i % 3,
    open: () => `<m s${i}>`,
    close: () => '</m>',
  }));

/** Per span key, the text inside its fragments; throws when tags do not nest. */
function readBack(html: string): { plain: string; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const stack: string[] = [];
  let plain = '';
  for (const m of html.matchAll(/<m (s\d+)>|<\/m>|([^<]+)/g)) {
    if (m[1]) stack.push(m[1]);
    else if (m[0] === '</m>') {
      if (stack.pop() === undefined) throw new Error('close without open');
    } else {
      plain += m[2]!;
      for (const k of new Set(stack)) texts.set(k, (texts.get(k) ?? '') + m[2]!);
    }
  }
  if (stack.length > 0) throw new Error('left open');
  return { plain, texts };
}

describe('weave', () => {
  it('nests crossing spans: every span keeps exactly its text, the text stays whole', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), minLength: 0, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 12 }),
        (text, raw) => {
          const ranges = raw.map(([a, b]): [number, number] => [
            Math.min(a, b, text.length),
            Math.min(Math.max(a, b), text.length),
          ]);
          const { plain, texts } = readBack(weave(text, spansOf(ranges), (s) => s));
          expect(plain).toBe(text);
          ranges.forEach(([start, end], i) => {
            expect(texts.get(`s${i}`) ?? '').toBe(text.slice(start, end));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('opens a span once as first and closes it once as last, fragments between', () => {
    const seen: string[] = [];
    const span = (key: string, start: number, end: number): WeaveSpan => ({
      key,
      start,
      end,
      rank: 0,
      open: (first) => (seen.push(`${key}:${first ? 'first' : 'more'}`), '['),
      close: (last) => (seen.push(`${key}:${last ? 'last' : 'cut'}`), ']'),
    });
    // "quote" 0–10 crosses "claim" 5–15: the claim is cut at 10 and reopened
    expect(weave('abcdefghijklmnop', [span('quote', 0, 10), span('claim', 5, 15)], (s) => s)).toBe(
      '[abcde[fghij]][klmno]p',
    );
    expect(seen).toEqual(['quote:first', 'claim:first', 'claim:cut', 'quote:last', 'claim:more', 'claim:last']);
  });
});
