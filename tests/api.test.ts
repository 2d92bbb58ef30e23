import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import {
  extract,
  extractCasualties,
  extractClaims,
  extractDates,
  extractQuotes,
  linkCasualties,
  parse,
} from '../src/index.js';

const docs = join(import.meta.dirname, '..', 'corpus', 'documents');
const read = (f: string): string => readFileSync(join(docs, f), 'utf8');

describe('API hygiene', () => {
  it('names an unknown or misspelt option in a TypeError', () => {
    expect(() => extract('A text.', { publishdAt: '2017-02-25' } as never)).toThrow(TypeError);
    expect(() => extract('A text.', { publishdAt: '2017-02-25' } as never)).toThrow(
      /publishdAt.*did you mean `publishedAt`/,
    );
    expect(() => parse('A text.', { colour: 'red' } as never)).toThrow(/unknown option `options.colour`/);
    expect(() => extract('A text.', { includeBoilerplate: true, url: 'https://example.org/a' })).not.toThrow();
  });

  it('keeps evaluation off the root export', () => {
    expect('score' in root).toBe(false);
    expect('scoreCorpus' in root).toBe(false);
  });

  it('gives the same results for documents processed interleaved', () => {
    const a = read('000_766954e35f8f7fcd.txt');
    const b = read('003_c1bcddf612ed12e0.txt');
    const alone = [extract(a, { publishedAt: '2017-02-27' }), extract(b, { publishedAt: '2017-02-25' })];
    const da = parse(a, { publishedAt: '2017-02-27' });
    const db = parse(b, { publishedAt: '2017-02-25' });
    // Each extractor runs on A, then B, then the next one on A again: nothing carried over between calls may leak.
    const qa = extractQuotes(da);
    const qb = extractQuotes(db);
    const cb = linkCasualties(db, extractCasualties(db), qb);
    const ca = linkCasualties(da, extractCasualties(da), qa);
    const rb = extractClaims(db);
    const ra = extractClaims(da);
    const ta = extractDates(da);
    const tb = extractDates(db);
    const strip = (xs: readonly { text: string; start: number }[]) => xs.map((x) => `${x.start}:${x.text}`);
    expect(strip(qa)).toEqual(strip(alone[0]!.quotes));
    expect(strip(qb)).toEqual(strip(alone[1]!.quotes));
    expect(ca).toEqual(alone[0]!.casualties);
    expect(cb).toEqual(alone[1]!.casualties);
    expect(strip(ra)).toEqual(strip(alone[0]!.claims));
    expect(strip(rb)).toEqual(strip(alone[1]!.claims));
    expect(ta).toEqual(alone[0]!.dates);
    expect(tb).toEqual(alone[1]!.dates);
    expect(qa.length + ca.length + ra.length).toBeGreaterThan(5);
  });
});
