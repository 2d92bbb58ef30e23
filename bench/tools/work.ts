/**
 * What `extract()`'s stages do per document, counted instead of timed: for each
 * stage (the same calls, in the same order, as `stages.ts`), the calls of every
 * function of `src/` and the blocks it entered, per document, from V8's precise
 * coverage with call counts (`node:inspector`). Counts do not move with the load
 * of a shared machine, so a change that removes work shows here even when the
 * timings are too noisy to tell; a stage whose time is high and whose counts are
 * low pays for cold code and data, not for work.
 *
 *   npx tsx bench/tools/work.ts [stages] [top] [dataDir]
 *
 * `stages`: a comma-separated list of stage names or prefixes (default: every
 * stage); `top`: how many functions to list per stage (default 25). Reads the
 * speed suite's texts (the FA-KES dev articles, or the corpus) once, after one
 * warm-up pass. Aggregate counts only: no per-article output.
 */
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { extractCasualties } from '../../src/casualties/index.js';
import { extractClaims } from '../../src/claims/index.js';
import { extractDates } from '../../src/dates/index.js';
import { findRegistryActors } from '../../src/actors/known.js';
import { entityRegistry } from '../../src/actors/registry.js';
import { attributedClauses } from '../../src/attribution/index.js';
import { parse } from '../../src/document/parse.js';
import { entitiesOf } from '../../src/entities/index.js';
import { documentInfo } from '../../src/extract.js';
import { findIncidents } from '../../src/incidents/index.js';
import { linkCasualties, linkClaims } from '../../src/link/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { temporalExpressions } from '../../src/temporal/index.js';
import { speedTexts } from '../data/texts.js';
import type { BenchContext } from '../types.js';

const wanted = (process.argv[2] ?? '').split(',').filter((s) => s !== '');
const top = Number(process.argv[3] ?? 25);
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[4] ?? process.env['NEWSFACTS_DATA'] ?? join(root, '..', 'shared', 'data'));
const ctx: BenchContext = { root, dataDir, quick: false };
const { label, texts } = speedTexts(ctx);

/** V8's coverage of one function: its ranges, the first the whole function (its call count). */
interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Per stage, per function (`file:name`): [calls, blocks entered]. */
const counts = new Map<string, Map<string, [number, number]>>();
const marker = `${join(root, 'src')}/`;

/** Adds the counts since the last call to `stage` (`null`: drops them, as between the stages). */
async function take(stage: string | null): Promise<void> {
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as unknown as { result: ScriptCoverage[] };
  if (stage === null) return;
  let m = counts.get(stage);
  if (m === undefined) counts.set(stage, (m = new Map()));
  for (const script of result) {
    const at = script.url.indexOf(marker);
    if (at === -1) continue;
    const file = script.url.slice(at + marker.length);
    for (const f of script.functions) {
      const calls = f.ranges[0]?.count ?? 0;
      let blocks = 0;
      for (let r = 1; r < f.ranges.length; r++) blocks += f.ranges[r]!.count;
      if (calls === 0 && blocks === 0) continue;
      const key = `${file}:${f.functionName || `(anonymous@${f.ranges[0]?.startOffset ?? 0})`}`;
      const c = m.get(key) ?? [0, 0];
      c[0] += calls;
      c[1] += blocks;
      m.set(key, c);
    }
  }
}

/** Runs one stage, keeping its counts when `keep` and the stage is asked for (coverage is read only around those). */
async function stage<T>(name: string, keep: boolean, f: () => T): Promise<T> {
  if (!keep || !(wanted.length === 0 || wanted.some((w) => name.startsWith(w)))) return f();
  await take(null);
  const r = f();
  await take(name);
  return r;
}

/** extract() in its stages, as `stages.ts` runs them. */
async function run(text: string, publishedAt: string | null | undefined, keep: boolean): Promise<void> {
  const options = publishedAt === undefined || publishedAt === null ? undefined : { publishedAt };
  const doc = await stage('parse', keep, () => parse(text, options));
  await stage('temporal layer', keep, () => temporalExpressions(doc));
  await stage('known actors', keep, () => findRegistryActors(doc));
  await stage('entity registry', keep, () => entityRegistry(doc));
  await stage('attributed clauses', keep, () => attributedClauses(doc));
  const quotes = await stage('quotes', keep, () => extractQuotes(doc));
  const casualties = await stage('casualties + link', keep, () => linkCasualties(doc, extractCasualties(doc), quotes));
  const claims = await stage('claims + link', keep, () => linkClaims(doc, extractClaims(doc), { quotes, casualties }));
  const dates = await stage('dates', keep, () => extractDates(doc));
  await stage('incidents', keep, () => findIncidents(doc, { casualties, claims, dates }));
  await stage('document info + entities', keep, () => [documentInfo(doc), entitiesOf(doc)]);
}

for (const t of texts) await run(t.text, t.publishedAt, false);
for (const t of texts) await run(t.text, t.publishedAt, true);
session.disconnect();

const n = texts.length;
const per = (x: number): string => (x / n).toFixed(1).padStart(9);
console.log(
  `${label}: calls and blocks entered per document, by stage (V8 precise coverage, one pass after a warm-up)`,
);
for (const [name, m] of counts) {
  let calls = 0;
  let blocks = 0;
  for (const [c, b] of m.values()) {
    calls += c;
    blocks += b;
  }
  console.log(`\n${name}: ${per(calls).trim()} calls, ${per(blocks).trim()} blocks, ${m.size} functions`);
  const rows = [...m].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1])).slice(0, top);
  for (const [key, [c, b]] of rows) console.log(`${per(c)} calls ${per(b)} blocks  ${key}`);
}
