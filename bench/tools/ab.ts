/**
 * A/B timing of one stage of `extract()` between another checkout (A, e.g. a
 * detached worktree of main) and this one (B), in ONE node process: each tree
 * is bundled with esbuild (as the speed suite bundles it), both are loaded, and
 * their rounds alternate (A B, then B A) over the same texts, so that load on a
 * shared machine falls on both alike. Separate processes run minutes apart on a
 * loaded machine differ by ±25 %; alternating rounds here, by ±5 %.
 *
 *   node --single-threaded --import tsx bench/tools/ab.ts <other-root> [stage] [rounds] [dataDir]
 *
 * The texts are read from `<root>/../shared/data`, or from the directory the environment
 * variable `NEWSFACTS_DATA` names (for a worktree that has no `../shared/data` beside it).
 *
 * Stages: `parse`, `temporal` (parse + the temporal layer; subtract `parse`),
 * `extract`, and, on documents whose shared layers and inputs are built
 * beforehand, `casualties` (extractCasualties + linkCasualties), `claims`
 * (extractClaims + linkClaims) and `incidents` (findIncidents); and the layers cached on a document, `registry`
 * (entityRegistry), `attribution` (attributedClauses) and `quotes` (extractQuotes with
 * the entity table it builds), each timed on documents parsed afresh for the round
 * with the earlier layers built, untimed; `temporal-layer` and `known` (the registry
 * scan) build that one layer on parsed documents, with an empty layer cache
 * each round; `casualties@extract` `claims@extract` (also `claims-cold`) and `incidents@extract` time
 * that stage inside every document's full run of extract()'s stages (each
 * document parsed afresh, the other stages run between: what the stage costs
 * in the pipeline, lazy layers, caches and all, several times its cost in a
 * loop of its own; slower, use fewer rounds). Prints µs per document (min and median over the
 * rounds) and the median ratio B/A: aggregate timings only. The two bundles
 * are written under this tree's git-ignored `.tmp/`; nothing in the other tree.
 * `dataDir` (default: `$NEWSFACTS_DATA`, else `../shared/data` beside this tree) is where
 * the FA-KES texts are read for both trees.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const other = resolve(process.argv[2] ?? '');
const stage = process.argv[3] ?? 'incidents';
const rounds = Number(process.argv[4] ?? 20);
const here = resolve(import.meta.dirname, '..', '..');
const dataDir = process.argv[5] === undefined ? undefined : resolve(process.argv[5]);
if (process.argv[2] === undefined) throw new TypeError('usage: ab.ts <other-root> [stage] [rounds] [dataDir]');

/** The stage runner, bundled against one tree's src/ (its exports: prepare(root, stage) → one round). */
const RUNNER = `
import { join } from 'node:path';
import { extractCasualties } from './src/casualties/index.js';
import { findRegistryActors } from './src/actors/known.js';
import { entityRegistry } from './src/actors/registry.js';
import { attributedClauses } from './src/attribution/index.js';
import { parse } from './src/document/parse.js';
import { extractQuotes } from './src/quotes/index.js';
import { extractClaims } from './src/claims/index.js';
import { extractDates } from './src/dates/index.js';
import { findIncidents } from './src/incidents/index.js';
import { linkCasualties, linkClaims } from './src/link/index.js';
import { temporalExpressions } from './src/temporal/index.js';
import { extract } from './src/index.js';
import { speedTexts } from './bench/data/texts.js';
export function prepare(root, stage, dataDir) {
  const { texts } = speedTexts({ root, dataDir: dataDir ?? (process.env.NEWSFACTS_DATA || join(root, '..', 'shared', 'data')), quick: false });
  const opts = texts.map((t) => (t.publishedAt ? { publishedAt: t.publishedAt } : undefined));
  const each = (f) => () => { for (let i = 0; i < texts.length; i++) f(i); };
  if (stage === 'claims-cold') return inPipeline(texts, opts, 'claims');
  if (stage === 'parse') return { n: texts.length, run: each((i) => parse(texts[i].text, opts[i])) };
  if (stage === 'temporal') return { n: texts.length, run: each((i) => temporalExpressions(parse(texts[i].text, opts[i]))) };
  if (stage === 'extract') return { n: texts.length, run: each((i) => extract(texts[i].text, opts[i])) };
  if (stage.endsWith('@extract')) return inPipeline(texts, opts, stage.slice(0, -'@extract'.length));
  // The stages of this file's earlier layers: each round parses afresh (untimed), builds the layers
  // before the stage, and times only the stage (each layer is cached on its document once built).
  const early = { registry: 3, attribution: 4, quotes: 5 }[stage];
  if (early !== undefined) {
    const layers = [temporalExpressions, findRegistryActors, entityRegistry, attributedClauses, extractQuotes];
    const fresh = () => texts.map((t, i) => { const d = parse(t.text, opts[i]); for (let l = 0; l < early - 1; l++) layers[l](d); return d; });
    return { n: texts.length, fresh, run: (docs) => { for (const d of docs) layers[early - 1](d); } };
  }
  const docs = texts.map((t, i) => parse(t.text, opts[i]));
  // A view of a parsed document with an empty layer cache: each round builds its layers anew.
  const fresh = (d) => {
    const cache = new Map();
    const view = { ...d, layer: (key, build) => (cache.has(key) ? cache.get(key) : (cache.set(key, build(view)), cache.get(key))) };
    return view;
  };
  if (stage === 'temporal-layer') return { n: docs.length, run: each((i) => temporalExpressions(fresh(docs[i]))) };
  if (stage === 'known') return { n: docs.length, run: each((i) => findRegistryActors(fresh(docs[i]))) };
  for (const d of docs) { temporalExpressions(d); findRegistryActors(d); entityRegistry(d); attributedClauses(d); }
  const quotes = docs.map((d) => extractQuotes(d));
  const cas = docs.map((d, i) => linkCasualties(d, extractCasualties(d), quotes[i]));
  const claims = docs.map((d, i) => linkClaims(d, extractClaims(d), { quotes: quotes[i], casualties: cas[i] }));
  const dates = docs.map((d) => extractDates(d));
  if (stage === 'casualties') return { n: docs.length, run: each((i) => linkCasualties(docs[i], extractCasualties(docs[i]), quotes[i])) };
  if (stage === 'claims')
    return { n: docs.length, run: each((i) => linkClaims(docs[i], extractClaims(docs[i]), { quotes: quotes[i], casualties: cas[i] })) };
  if (stage === 'incidents')
    return { n: docs.length, run: each((i) => findIncidents(docs[i], { casualties: cas[i], claims: claims[i], dates: dates[i] })) };
  throw new RangeError('unknown stage ' + stage);
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
/** Each text through every stage of extract() in order, timing only the one stage (its CPU ms, returned by run). */
function inPipeline(texts, opts, stage) {
  if (stage !== 'casualties' && stage !== 'claims' && stage !== 'incidents') throw new RangeError('unknown stage ' + stage + '@extract');
  const run = () => {
    let ms = 0;
    for (let i = 0; i < texts.length; i++) {
      const d = parse(texts[i].text, opts[i]);
      temporalExpressions(d); findRegistryActors(d); entityRegistry(d); attributedClauses(d);
      const quotes = extractQuotes(d);
      let t = cpu();
      const cas = linkCasualties(d, extractCasualties(d), quotes);
      if (stage === 'casualties') ms += cpu() - t;
      t = cpu();
      const claims = linkClaims(d, extractClaims(d), { quotes, casualties: cas });
      if (stage === 'claims') ms += cpu() - t;
      const dates = extractDates(d);
      t = cpu();
      findIncidents(d, { casualties: cas, claims, dates });
      if (stage === 'incidents') ms += cpu() - t;
    }
    return ms;
  };
  return { n: texts.length, run };
}
`;

/** One stage of one tree: `run` times a round; `fresh`, when present, builds untimed the documents it reads. */
interface Stage {
  n: number;
  fresh?: () => unknown;
  run: (docs?: unknown) => void | number;
}

/** Bundles the runner against the tree at `root` and imports it. */
async function load(root: string, name: string): Promise<{ prepare: (r: string, s: string, d?: string) => Stage }> {
  // Under this tree's .tmp/ (git-ignored), where node finds the packages the bundles leave external.
  mkdirSync(join(here, '.tmp'), { recursive: true });
  const outfile = join(mkdtempSync(join(here, '.tmp', 'ab-')), `${name}.mjs`);
  await build({
    stdin: { contents: RUNNER, resolveDir: root, sourcefile: 'ab-runner.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const a = (await load(other, 'a')).prepare(other, stage, dataDir);
const b = (await load(here, 'b')).prepare(here, stage, dataDir);
for (let w = 0; w < 2; w++) {
  a.run(a.fresh?.());
  b.run(b.fresh?.());
}
const ta: number[] = [];
const tb: number[] = [];
/** Times one round; a stage whose result is cached on its documents gets fresh ones first (untimed). */
const time = (x: Stage, into: number[]): void => {
  const docs = x.fresh?.();
  const t = cpu();
  const own = x.run(docs);
  // A pipeline stage (`<stage>@extract`) times itself: only its share of each document's extract().
  into.push(typeof own === 'number' ? own : cpu() - t);
};
for (let r = 0; r < rounds; r++) {
  if (r % 2 === 0) {
    time(a, ta);
    time(b, tb);
  } else {
    time(b, tb);
    time(a, ta);
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const us = (ms: number): string => ((ms * 1000) / a.n).toFixed(0);
console.log(
  `${stage} (${a.n} texts): A ${other} min ${us(Math.min(...ta))} median ${us(median(ta))} µs/doc | ` +
    `B ${here} min ${us(Math.min(...tb))} median ${us(median(tb))} µs/doc | B/A median ${(median(tb) / median(ta)).toFixed(3)}`,
);
