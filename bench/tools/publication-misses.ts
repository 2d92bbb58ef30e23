/**
 * The FA-KES dev articles whose inferred publication date differs from the CSV
 * date, with the stamp the rule read and the top of the page, so that the
 * difference can be categorised (see bench/suites/publication.ts):
 *
 *   npx tsx bench/tools/publication-misses.ts [dataDir]
 *
 * The held-out articles of the blind dev gold (devgold/fa-kes/split.json) are
 * left out.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../../src/document/parse.js';
import { readFakes } from '../data/fakes.js';
import { differenceCategory, verdict } from '../suites/publication.js';

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
const heldOut = new Set(
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'devgold', 'fa-kes', 'split.json'), 'utf8')) as {
      articles: { id: string; heldOut: boolean }[];
    }
  ).articles
    .filter((a) => a.heldOut)
    .map((a) => a.id),
);
const articles = readFakes(dataDir) ?? [];
const counts = new Map<string, number>();
for (const a of articles) {
  if (heldOut.has(a.id)) continue;
  const p = parse(a.text).publication;
  const day = p.value === null ? null : (/^\d{4}-\d{2}-\d{2}/.exec(p.value)?.[0] ?? null);
  if (day === null || day === a.publishedAt) continue;
  const cat = differenceCategory(
    a.text,
    day,
    a.publishedAt!,
    /(?:updated|modified)/i.test(a.text.slice(Math.max(0, (p.evidence?.start ?? 0) - 30), p.evidence?.start ?? 0)),
  );
  counts.set(cat, (counts.get(cat) ?? 0) + 1);
  const side = verdict(a.text, day, a.publishedAt!, p.evidence === null ? null : [p.evidence.start, p.evidence.end]);
  counts.set(side, (counts.get(side) ?? 0) + 1);
  const ev = p.evidence === null ? '' : a.text.slice(p.evidence.start, p.evidence.end);
  console.log(`${a.id} ${a.source} csv=${a.publishedAt} inferred=${p.value} (${p.source}: ${ev}) [${side}; ${cat}]`);
  console.log(`   ${a.text.slice(0, 260).replace(/\s+/g, ' ')}`);
}
console.log([...counts.entries()].map(([k, v]) => `${k} ${v}`).join(', '));
