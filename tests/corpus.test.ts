import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain-JS authoring tool without type declarations
import { checkCorpus } from '../corpus/tools/check.mjs';
import { scoreCorpus } from '../src/eval/score.js';
import { extract } from '../src/extract.js';
import type { Extraction } from '../src/types.js';
import { corpus, root, sharedData } from './helpers.js';
import floors from './floors.json';

const docs = corpus();
const results = new Map<string, Extraction>(docs.map((d) => [d.file, extract(d.text, { publishedAt: d.publishedAt })]));

describe('corpus', () => {
  it('holds the seed documents byte for byte, with gold that validates', () => {
    // The seeds sit beside the development data (../shared/seeds). Absent, the check fails loudly
    // rather than passing silently; NEWSFACTS_NO_DATA=1 skips it on purpose.
    const seeds = join(dirname(sharedData), 'seeds');
    if (existsSync(seeds)) {
      for (const d of docs)
        expect(readFileSync(join(root, 'corpus', 'documents', d.file))).toEqual(readFileSync(join(seeds, d.file)));
    } else if (process.env['NEWSFACTS_NO_DATA'] !== '1') {
      throw new Error(
        `seed byte-check: ${seeds} not found; set NEWSFACTS_DATA to the development data folder (the seeds are beside it), or NEWSFACTS_NO_DATA=1 to skip`,
      );
    }
    const { failures, files } = checkCorpus() as { failures: string[]; files: number };
    expect(failures).toEqual([]);
    expect(files).toBe(5);
  });

  it('returns document info and items whose text is exactly input.slice(start, end)', () => {
    for (const d of docs) {
      const x = results.get(d.file)!;
      expect(x.document.zones.length).toBeGreaterThan(0);
      expect(x.document.publication.source).toBe('option');
      for (const z of x.document.zones) expect(d.text.slice(z.start, z.end)).toBe(z.text);
      for (const item of [...x.quotes, ...x.casualties, ...x.claims, ...x.dates]) {
        expect(d.text.slice(item.start, item.end)).toBe(item.text);
        expect(item.boilerplate).toBe(false);
      }
    }
  });

  it('finds every headline and the boilerplate of each seed', () => {
    for (const d of docs) {
      const x = results.get(d.file)!;
      expect(x.document.headline).toEqual(d.gold.headline);
      // Every gold boilerplate line lies in a boilerplate zone, and no body text does.
      const zones = x.document.zones.filter((z) => z.kind === 'boilerplate');
      for (const b of d.gold.boilerplate) {
        expect(
          zones.some((z) => z.start <= b.start && b.end <= z.end),
          `${d.file}: ${b.text.slice(0, 40)}`,
        ).toBe(true);
      }
    }
    const s = scoreCorpus(docs.map((d) => ({ extraction: results.get(d.file)!, gold: d.gold })));
    expect(s.zones.headline).toBe(1);
    expect(s.zones.boilerplate.f1).toBeGreaterThanOrEqual(floors.boilerplate);
  });

  it('infers each seed’s publication date from the page when the caller gives none', () => {
    const inferred = docs.map((d) => extract(d.text).document.publication);
    expect(inferred.map((p) => [p.value, p.source])).toEqual([
      ['XXXX-02-27', 'dateline'],
      ['2016-02-01T21:15', 'timestamp'],
      [null, 'none'],
      ['2017-02-25', 'url'],
      [null, 'none'],
    ]);
  });

  it('keeps corpus F1 of every extractor at or above its floor', () => {
    const s = scoreCorpus(docs.map((d) => ({ extraction: results.get(d.file)!, gold: d.gold })));
    for (const task of ['quotes', 'casualties', 'claims', 'dates'] as const) {
      expect(s.tasks[task].scored.f1, task).toBeGreaterThanOrEqual(floors[task]);
    }
  });
});
