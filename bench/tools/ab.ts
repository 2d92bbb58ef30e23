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
 * Stages: `parse`, `temporal` (parse + the temporal layer; subtract `parse`),
 * `extract`, and, on documents whose shared layers and inputs are built
 * beforehand, `casualties` (extractCasualties + linkCasualties), `claims`
 * (extractClaims + linkClaims) and `incidents` (findIncidents). `claims-cold`
 * times extractClaims + linkClaims on documents parsed afresh each round (the
 * earlier stages run untimed), so the shared layers the claims stage is the
 * first to ask for (actor mentions, the focus government…) count, as in
 * `extract()`; repeated rounds over prepared documents find them cached.
 * Prints µs per document (min and median over the
 * rounds) and the median ratio B/A: aggregate timings only. The two bundles
 * are written under this tree's git-ignored `.tmp/`; nothing in the other tree.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const other = resolve(process.argv[2] ?? '');
const stage = process.argv[3] ?? 'incidents';
const rounds = Number(process.argv[4] ?? 20);
// (a worktree outside /work has no ../shared/data: pass the data directory, or the corpus stands in)
const dataDir = process.argv[5] === undefined ? undefined : resolve(process.argv[5]);
const here = resolve(import.meta.dirname, '..', '..');
if (process.argv[2] === undefined) throw new TypeError('usage: ab.ts <other-root> [stage] [rounds]');

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
  const { texts } = speedTexts({ root, dataDir: dataDir ?? join(root, '..', 'shared', 'data'), quick: false });
  const opts = texts.map((t) => (t.publishedAt ? { publishedAt: t.publishedAt } : undefined));
  const each = (f) => () => { for (let i = 0; i < texts.length; i++) f(i); };
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  if (stage === 'claims-cold')
    return { n: texts.length, run: () => {
      let ms = 0;
      for (let i = 0; i < texts.length; i++) {
        const d = parse(texts[i].text, opts[i]);
        temporalExpressions(d); findRegistryActors(d); entityRegistry(d); attributedClauses(d);
        const q = extractQuotes(d);
        const c = linkCasualties(d, extractCasualties(d), q);
        const t = cpu();
        linkClaims(d, extractClaims(d), { quotes: q, casualties: c });
        ms += cpu() - t;
      }
      return ms;
    } };
  if (stage === 'parse') return { n: texts.length, run: each((i) => parse(texts[i].text, opts[i])) };
  if (stage === 'temporal') return { n: texts.length, run: each((i) => temporalExpressions(parse(texts[i].text, opts[i]))) };
  if (stage === 'extract') return { n: texts.length, run: each((i) => extract(texts[i].text, opts[i])) };
  const docs = texts.map((t, i) => parse(t.text, opts[i]));
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
`;

/** Bundles the runner against the tree at `root` and imports it. */
async function load(
  root: string,
  name: string,
): Promise<{ prepare: (r: string, s: string, d?: string) => { n: number; run: () => number | void } }> {
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
  a.run();
  b.run();
}
const ta: number[] = [];
const tb: number[] = [];
/** A round's CPU ms: the runner's own count when it times only part of its round (`claims-cold`), else the whole round. */
const time = (x: { run: () => number | void }, into: number[]): void => {
  const t = cpu();
  const own = x.run();
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
  `${stage}: A ${other} min ${us(Math.min(...ta))} median ${us(median(ta))} µs/doc | ` +
    `B ${here} min ${us(Math.min(...tb))} median ${us(median(tb))} µs/doc | B/A median ${(median(tb) / median(ta)).toFixed(3)}`,
);
