/**
 * How much of `extract()`'s time is the order its work runs in: the speed
 * suite's texts read by `extract()` one after another, against the same
 * stages run over batches of documents, stage by stage (parse a batch, then
 * its temporal layers, its registries, …, its incidents), in ONE process with
 * alternating rounds (as `ab.ts` does), after checking that both give the
 * same output for every text.
 *
 *   node --single-threaded --import tsx bench/tools/batch-order.ts [batch] [rounds] [dataDir]
 *
 * Why: every stage is cheap when its code and vocabularies stay in the
 * processor's caches (the temporal layer over all texts in a row costs a
 * third of what it costs inside `extract()`, where the other stages run
 * between two of its documents), so stage-by-stage batches show what a batch
 * entry point (`extract` over many texts at once, e.g. for the CLI's workers)
 * would gain without changing a single result. Aggregate timings only.
 */
import { join, resolve } from 'node:path';
import { findRegistryActors } from '../../src/actors/known.js';
import { entityRegistry } from '../../src/actors/registry.js';
import { attributedClauses } from '../../src/attribution/index.js';
import { extractCasualties } from '../../src/casualties/index.js';
import { extractClaims } from '../../src/claims/index.js';
import { extractDates } from '../../src/dates/index.js';
import { parse } from '../../src/document/parse.js';
import { entitiesOf } from '../../src/entities/index.js';
import { documentInfo, extract } from '../../src/extract.js';
import { findIncidents } from '../../src/incidents/index.js';
import { linkCasualties, linkClaims } from '../../src/link/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { temporalExpressions } from '../../src/temporal/index.js';
import type { Extraction } from '../../src/types.js';
import { speedTexts } from '../data/texts.js';

const size = Number(process.argv[2] ?? 16);
const rounds = Number(process.argv[3] ?? 6);
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[4] ?? process.env['NEWSFACTS_DATA'] ?? join(root, '..', 'shared', 'data'));
const { label, texts } = speedTexts({ root, dataDir, quick: false });
const opts = texts.map((t) => (t.publishedAt === null ? undefined : { publishedAt: t.publishedAt }));

/** `extract()` of texts `[from, to)`, stage by stage over the batch (each stage as `extract()` calls it). */
function batch(from: number, to: number): Extraction[] {
  const docs = [];
  for (let i = from; i < to; i++) docs.push(parse(texts[i]!.text, opts[i]));
  // The shared layers first, each over the whole batch (extract() builds them when a stage first asks).
  for (const d of docs) temporalExpressions(d);
  for (const d of docs) findRegistryActors(d);
  for (const d of docs) entityRegistry(d);
  for (const d of docs) attributedClauses(d);
  const quotes = docs.map((d) => extractQuotes(d));
  const casualties = docs.map((d, i) => linkCasualties(d, extractCasualties(d), quotes[i]!));
  const claims = docs.map((d, i) =>
    linkClaims(d, extractClaims(d), { quotes: quotes[i]!, casualties: casualties[i]! }),
  );
  const dates = docs.map((d) => extractDates(d));
  const incidents = docs.map((d, i) =>
    findIncidents(d, { casualties: casualties[i]!, claims: claims[i]!, dates: dates[i]! }),
  );
  return docs.map((d, i) => ({
    document: documentInfo(d),
    quotes: quotes[i]!,
    casualties: casualties[i]!,
    claims: claims[i]!,
    dates: dates[i]!,
    entities: entitiesOf(d),
    incidents: incidents[i]!,
  }));
}

const batched = (): Extraction[] => {
  const out: Extraction[] = [];
  for (let i = 0; i < texts.length; i += size) out.push(...batch(i, Math.min(texts.length, i + size)));
  return out;
};
const oneByOne = (): Extraction[] => texts.map((t, i) => extract(t.text, opts[i]));

const a = oneByOne();
const b = batched();
let same = 0;
for (let i = 0; i < texts.length; i++) if (JSON.stringify(a[i]) === JSON.stringify(b[i])) same++;
if (same !== texts.length) throw new Error(`batch-order: ${texts.length - same} texts differ between the two orders`);

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const each: number[] = [];
const byStage: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const run of r % 2 === 0 ? [oneByOne, batched] : [batched, oneByOne]) {
    const t = cpu();
    run();
    (run === oneByOne ? each : byStage).push(cpu() - t);
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const us = (ms: number): string => ((ms * 1000) / texts.length).toFixed(0);
console.log(
  `${label}, ${rounds} rounds, outputs identical: extract() one by one median ${us(median(each))} µs/doc | ` +
    `stage by stage in batches of ${size} median ${us(median(byStage))} µs/doc | ratio ${(median(byStage) / median(each)).toFixed(3)}`,
);
