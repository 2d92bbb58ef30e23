/**
 * Quote scores on the blind FA-KES dev gold (devgold/fa-kes), tune and held-out
 * parts separately. Misses are printed for the tune part only (`--misses`): the
 * held-out part is never read item by item, only its aggregate is printed
 * (with the speaker errors broken down by resolution and gold speaker class, counts only).
 *
 *   npx tsx bench/tools/devgold-quotes.ts [--misses]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { GoldDocument } from '../../src/eval/types.js';
import { speakerBreakdown, speakerRows, WRONG_NAMED_COLUMNS, wrongNamedRow } from '../data/devgold.js';
import { textTable } from '../format.js';

const root = join(import.meta.dirname, '..', '..');
const split = JSON.parse(readFileSync(join(root, 'devgold/fa-kes/split.json'), 'utf8')) as {
  articles: { id: string; heldOut: boolean; batch?: 2; publishedAt: string }[];
};
const showMisses = process.argv.includes('--misses');

// Tune (batch 1), tune batch 2 and held out, as the devgold bench suite reports them.
const PARTS = [
  ['TUNE    ', 'tune', (a: { heldOut: boolean; batch?: 2 }) => !a.heldOut && a.batch !== 2],
  ['BATCH 2 ', 'tune batch 2', (a: { heldOut: boolean; batch?: 2 }) => a.batch === 2],
  ['HELD-OUT', 'held-out', (a: { heldOut: boolean; batch?: 2 }) => a.heldOut],
] as const;

for (const [head, label, inPart] of PARTS) {
  const heldOut = label === 'held-out';
  const pairs = split.articles.filter(inPart).flatMap((a) => {
    const textPath = join(root, '.tmp/devgold/texts', `${a.id}.txt`);
    if (!existsSync(textPath)) return [];
    const raw = JSON.parse(readFileSync(join(root, 'devgold/fa-kes/gold', `${a.id}.json`), 'utf8')) as GoldDocument;
    // The dev gold marks no boilerplate: score none.
    const gold: GoldDocument = { ...raw, boilerplate: raw.boilerplate ?? [] };
    return [{ extraction: extract(readFileSync(textPath, 'utf8'), { publishedAt: a.publishedAt }), gold }];
  });
  const q = scoreCorpus(pairs).tasks.quotes;
  const f = (x: number): string => (100 * x).toFixed(1);
  console.log(
    `${head} ${pairs.length} docs  quotes P ${f(q.spans.precision)} R ${f(q.spans.recall)} F1 ${f(q.spans.f1)}` +
      ` (tp ${q.spans.tp} fp ${q.spans.fp} fn ${q.spans.fn})  speaker acc ${f(q.fields.speaker ?? 0)}  scored F1 ${f(q.scored.f1)}`,
  );
  const breakdown = speakerBreakdown(pairs);
  // Speaker errors in aggregate (counts only, both parts): which resolution fails on which kind of gold speaker.
  console.log(
    textTable({
      title: '  speaker errors (wrong / all) by resolution × gold speaker',
      columns: ['resolved by', 'person', 'organisation', 'description', 'gold null', 'wrong / all'],
      rows: speakerRows(label, breakdown),
    }),
  );
  console.log(
    textTable({
      title: '  wrong named speakers by how the names relate',
      columns: WRONG_NAMED_COLUMNS,
      rows: [wrongNamedRow(label, breakdown)],
    }),
  );
  if (showMisses && !heldOut) {
    for (const m of q.misses)
      console.log(`  ${m.kind.padEnd(8)} ${m.document} | ${m.detail} | G: ${m.gold ?? ''} | P: ${m.predicted ?? ''}`);
  }
}
