/**
 * Where `extract()`'s time goes, layer by layer: every stage of `extract()`
 * timed on its own, in CPU time, with the layers it reads already built, so a
 * layer's cost is counted once, where it is built, and not in whichever
 * extractor first asks for it (the sampling profiler's call trees charge the
 * entity registry to the quote walker that happens to touch it first, and on
 * a loaded machine its line-level attribution is unreliable).
 *
 *   npx tsx bench/tools/stages.ts [rounds] [dataDir]
 *
 * Reads the speed suite's texts (the FA-KES dev articles, or the corpus), warms
 * up with two rounds, then prints per stage the CPU µs per document and its
 * share of the sum; the lean wink `readDoc` of the same text is printed beside
 * `parse` for reference (its share is not in the sum). Aggregate timings only:
 * no per-article output.
 */
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

const rounds = Number(process.argv[2] ?? 3);
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[3] ?? join(root, '..', 'shared', 'data'));
const ctx: BenchContext = { root, dataDir, quick: false };
const { label, texts } = speedTexts(ctx);

const REFERENCE = 'wink readDoc, lean pipeline (reference)';
const totals = new Map<string, number>();
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Runs `f`, adds its CPU time to `stage`, returns its result. */
function timed<T>(stage: string, f: () => T): T {
  const a = cpu();
  const r = f();
  totals.set(stage, (totals.get(stage) ?? 0) + cpu() - a);
  return r;
}

/** extract() in its stages (the same calls, in the same order, as src/extract.ts), shared layers first. */
function run(text: string, publishedAt: string | null | undefined): void {
  const options = publishedAt === undefined || publishedAt === null ? undefined : { publishedAt };
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
let sum = 0;
for (const [k, v] of totals) if (k !== REFERENCE) sum += v;
console.log(`${label}, ${rounds} rounds after 2 warm-up rounds; CPU µs per document`);
for (const [k, v] of totals) {
  const share = k === REFERENCE ? '' : `${((v / sum) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${k.padEnd(40)} ${((v / n) * 1000).toFixed(1).padStart(8)}  ${share}`);
}
console.log(`${'sum of the stages (extract)'.padEnd(40)} ${((sum / n) * 1000).toFixed(1).padStart(8)}`);
