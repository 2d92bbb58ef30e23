/**
 * The misses of `extract()` on the TUNE part of the blind FA-KES dev gold, per
 * extractor, for reading what goes wrong. Held-out articles are never scored
 * here: their misses must not be read (devgold/README.md).
 *
 *   npx tsx bench/tools/devgold-misses.ts [quotes|casualties|claims|dates] [dataDir]
 */
import { join, resolve } from 'node:path';
import type { Task } from '../../src/eval/types.js';
import { extract } from '../../src/extract.js';
import { readDevGold, scoreDevGold } from '../data/devgold.js';

const tasks: readonly Task[] = ['quotes', 'casualties', 'claims', 'dates'];
const only = process.argv[2];
if (only !== undefined && !tasks.includes(only as Task))
  throw new RangeError(`task must be one of ${tasks.join(', ')}`);
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[3] ?? process.env['NEWSFACTS_DATA'] ?? join(root, '..', 'shared', 'data'));
const articles = readDevGold(root, dataDir);
if (articles === null) throw new Error(`no FA-KES data under ${dataDir}`);
const tune = articles.filter((a) => !a.heldOut);
const s = scoreDevGold(tune, (text, publishedAt) => extract(text, { publishedAt }));
for (const t of only === undefined ? tasks : [only as Task]) {
  const x = s.score.tasks[t];
  console.log(`\n== ${t}: F1 ${(x.scored.f1 * 100).toFixed(1)} on ${tune.length} tune articles`);
  for (const m of x.misses)
    console.log(
      `${m.kind.padEnd(8)} ${m.document}  ${m.detail}\n         gold: ${m.gold ?? '—'}\n         got:  ${m.predicted ?? '—'}`,
    );
}
