/**
 * Byte-for-byte record of what `extract()` returns over the corpus and the
 * FA-KES dev articles, one JSON line per document, so that a refactor can be
 * checked to change nothing (or only what it means to):
 *
 *   npx tsx bench/tools/dump.ts .tmp/dump-before.jsonl [dataDir]
 *   … change …
 *   npx tsx bench/tools/dump.ts .tmp/dump-after.jsonl
 *   npx tsx bench/tools/dump-diff.ts .tmp/dump-before.jsonl .tmp/dump-after.jsonl
 *
 * The data directory is `dataDir`, else `NEWSFACTS_DATA`, else `../shared/data` beside the
 * checkout: a worktree elsewhere that names none dumps the five corpus documents only.
 * FA-KES articles get their CSV date as `publishedAt`, as the bench gives them.
 * The held-out articles of the blind dev gold (devgold/fa-kes/split.json) are
 * left out: a diff of their output is a per-item look at text nobody may read.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../src/index.js';
import { readFakes } from '../data/fakes.js';

const out = process.argv[2] ?? '.tmp/dump.jsonl';
const dataDir = resolve(
  process.argv[3] ?? process.env['NEWSFACTS_DATA'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);
const corpusDir = join(import.meta.dirname, '..', '..', 'corpus', 'documents');
const meta = new Map(
  (
    JSON.parse(readFileSync(join(corpusDir, 'metadata.json'), 'utf8')) as {
      documents: { file: string; publishedAt: string }[];
    }
  ).documents.map((d) => [d.file, d.publishedAt]),
);
const lines: string[] = [];
for (const f of readdirSync(corpusDir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(corpusDir, f), 'utf8');
  const publishedAt = meta.get(f);
  lines.push(JSON.stringify({ id: `corpus:${f}`, ...extract(text, publishedAt ? { publishedAt } : {}) }));
}
const heldOut = new Set(
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'devgold', 'fa-kes', 'split.json'), 'utf8')) as {
      articles: { id: string; heldOut: boolean }[];
    }
  ).articles
    .filter((a) => a.heldOut)
    .map((a) => a.id),
);
for (const a of readFakes(dataDir) ?? []) {
  if (heldOut.has(a.id)) continue;
  lines.push(
    JSON.stringify({ id: `fakes:${a.id}`, ...extract(a.text, a.publishedAt ? { publishedAt: a.publishedAt } : {}) }),
  );
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} documents → ${out}`);
