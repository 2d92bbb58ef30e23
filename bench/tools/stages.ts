/**
 * Where `extract()`'s time goes, layer by layer: every stage of `extract()`
 * timed on its own, with the layers it reads already built, so a layer's cost
 * is counted once, where it is built, and not in whichever extractor first
 * asks for it (the sampling profiler's call trees charge the entity registry
 * to the quote walker that happens to touch it first, and on a loaded machine
 * its line-level attribution is unreliable).
 *
 *   npx tsx bench/tools/stages.ts [rounds] [dataDir]
 *
 * Runs under `node --single-threaded` (it re-spawns itself with that flag when
 * started without it): otherwise `process.cpuUsage()` counts every thread of
 * the process, and the background GC and compiler threads charged a window
 * that runs nothing ~360 µs per document on a loaded machine. Single-threaded,
 * that work runs on the main thread, inside the stage that causes it.
 *
 * Reads the speed suite's texts (the FA-KES dev articles, or the corpus), warms
 * up with two rounds, then prints per stage the main-thread CPU µs and the wall
 * µs per document, and the CPU share of the sum; the lean wink `readDoc` of the
 * same text is printed beside `parse` for reference, and an empty window shows
 * the timer's own cost (both out of the sum). On a shared machine wall time
 * includes waiting for a core; CPU time does not. Aggregate timings only: no
 * per-article output.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { extractCasualties } from '../../src/casualties/index.js';
import { extractClaims } from '../../src/claims/index.js';
import { extractDates } from '../../src/dates/index.js';
import { findRegistryActors } from '../../src/actors/known.js';
import { entityRegistry } from '../../src/actors/registry.js';
import { attributedClauses } from '../../src/attribution/index.js';
import { parse } from '../../src/document/parse.js';
import { nlp } from '../../src/document/nlp.js';
import { entitiesOf } from '../../src/entities/index.js';
import { documentInfo } from '../../src/extract.js';
import { findIncidents } from '../../src/incidents/index.js';
import { linkCasualties, linkClaims } from '../../src/link/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { temporalExpressions } from '../../src/temporal/index.js';
import { speedTexts } from '../data/texts.js';
import type { BenchContext } from '../types.js';

if (!process.execArgv.includes('--single-threaded')) {
  // Re-run this script with the flag (keeping tsx's loader arguments), and exit with its status.
  const args = [...process.execArgv, '--single-threaded', ...process.argv.slice(1)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const rounds = Number(process.argv[2] ?? 3);
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[3] ?? process.env['NEWSFACTS_DATA'] ?? join(root, '..', 'shared', 'data'));
const ctx: BenchContext = { root, dataDir, quick: false };
const { label, texts } = speedTexts(ctx);

const REFERENCE = 'wink readDoc, lean pipeline (reference)';
const EMPTY = 'empty window (timer cost)';
/** Per stage: main-thread CPU ms and wall ms. */
const totals = new Map<string, [number, number]>();
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Runs `f`, adds its CPU and wall time to `stage`, returns its result. */
function timed<T>(stage: string, f: () => T): T {
  const w = performance.now();
  const a = cpu();
  const r = f();
  const c = cpu() - a;
  const t = totals.get(stage);
  const wall = performance.now() - w;
  if (t === undefined) totals.set(stage, [c, wall]);
  else {
    t[0] += c;
    t[1] += wall;
  }
  return r;
}

/** extract() in its stages (the same calls, in the same order, as src/extract.ts), shared layers first. */
function run(text: string, publishedAt: string | null | undefined): void {
  const options = publishedAt === undefined || publishedAt === null ? undefined : { publishedAt };
  timed(EMPTY, () => undefined);
  timed(REFERENCE, () => nlp().readDoc(text));
  const doc = timed('parse', () => parse(text, options));
  timed('temporal layer', () => temporalExpressions(doc));
  timed('known actors', () => findRegistryActors(doc));
  timed('entity registry', () => entityRegistry(doc));
  timed('attributed clauses', () => attributedClauses(doc));
  const quotes = timed('quotes (rest, with the entity table)', () => extractQuotes(doc));
  const casualties = timed('casualties + link', () => linkCasualties(doc, extractCasualties(doc), quotes));
  const claims = timed('claims + link', () => linkClaims(doc, extractClaims(doc), { quotes, casualties }));
  const dates = timed('dates', () => extractDates(doc));
  timed('incidents', () => findIncidents(doc, { casualties, claims, dates }));
  timed('document info + entities', () => [documentInfo(doc), entitiesOf(doc)]);
}

for (let r = 0; r < 2; r++) for (const t of texts) run(t.text, t.publishedAt);
totals.clear();
for (let r = 0; r < rounds; r++) for (const t of texts) run(t.text, t.publishedAt);

const n = rounds * texts.length;
const outside = (k: string): boolean => k === REFERENCE || k === EMPTY;
let sum = 0;
let sumWall = 0;
for (const [k, [c, w]] of totals) {
  if (outside(k)) continue;
  sum += c;
  sumWall += w;
}
const us = (ms: number): string => ((ms / n) * 1000).toFixed(1).padStart(8);
console.log(`${label}, ${rounds} rounds after 2 warm-up rounds, --single-threaded; µs per document`);
console.log(`${'stage'.padEnd(40)} ${'CPU'.padStart(8)} ${'wall'.padStart(8)}  CPU share`);
for (const [k, [c, w]] of totals) {
  const share = outside(k) ? '' : `${((c / sum) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${k.padEnd(40)} ${us(c)} ${us(w)}  ${share}`);
}
console.log(`${'sum of the stages (extract)'.padEnd(40)} ${us(sum)} ${us(sumWall)}`);
