/**
 * The speed suite's child process (bundled by bench/speed/build.ts and run
 * with plain `node`, so no TypeScript loader sits in the measurements).
 *
 *   node worker.mjs cold-extract <lib.mjs> <texts.json>
 *   node worker.mjs cold-readdoc <lib.mjs> <texts.json>
 *   node worker.mjs throughput   <lib.mjs> <texts.json> <rounds> <warmup>
 *   node --expose-gc worker.mjs memory <lib.mjs> <texts.json> <extract|readdoc>
 *
 * Prints one JSON object on stdout.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { printResult } from './child.js';
import type { BenchText } from '../data/texts.js';
import { novelise } from '../data/novel.js';

type Lib = typeof import('./lib.js');

const [mode, libPath, textsPath, ...rest] = process.argv.slice(2);
if (mode === undefined || libPath === undefined || textsPath === undefined) {
  throw new Error('usage: worker.mjs <mode> <lib.mjs> <texts.json> [...]');
}

const now = (): number => performance.now();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const opts = (t: BenchText): { publishedAt?: string } => (t.publishedAt === null ? {} : { publishedAt: t.publishedAt });
/**
 * The vocabulary bound the memory check gives extract(): a fresh wink instance several times per
 * pass of never-seen text (a fifth of the new words one pass brings), so that the passes the bench
 * judges span many recycles and no reading falls on the crest of one wink vocabulary.
 */
const RECYCLES_PER_PASS = 5;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** A small seeded PRNG (mulberry32), for repeatable shuffles. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Items found, so no call can be optimised away and a run can be sanity-checked. */
function items(x: ReturnType<Lib['extract']>): number {
  return x.quotes.length + x.casualties.length + x.claims.length + x.dates.length;
}

async function main(): Promise<unknown> {
  // performance.now() counts from process start: this is what node took to boot.
  const boot = now();
  if (mode === 'cold-readdoc') {
    const texts = JSON.parse(readFileSync(textsPath!, 'utf8')) as BenchText[];
    const t0 = now();
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
    ]);
    const t1 = now();
    const wink = winkNLP(model);
    wink.readDoc(texts[0]!.text);
    const t2 = now();
    return { boot, importMs: t1 - t0, firstMs: t2 - t1 };
  }
  const t0 = now();
  const lib = (await import(pathToFileURL(libPath!).href)) as Lib;
  const t1 = now();
  const texts = JSON.parse(readFileSync(textsPath!, 'utf8')) as BenchText[];
  if (mode === 'cold-extract') {
    const t = texts[0]!;
    const t2 = now();
    const found = items(lib.extract(t.text, opts(t)));
    const t3 = now();
    return { boot, importMs: t1 - t0, firstMs: t3 - t2, found };
  }

  if (mode === 'throughput') {
    const rounds = Number(rest[0] ?? 5);
    const warmup = Number(rest[1] ?? texts.length);
    const wink = lib.bareWink();
    const lean = lib.nlp();
    const variants: { id: string; run: (t: BenchText) => void }[] = [
      { id: 'readDoc', run: (t) => void wink.readDoc(t.text) },
      { id: 'readDocLean', run: (t) => void lean.readDoc(t.text) },
      { id: 'parse', run: (t) => void lib.parse(t.text, opts(t)) },
      { id: 'quotes', run: (t) => void lib.extractQuotes(lib.parse(t.text, opts(t))) },
      { id: 'casualties', run: (t) => void lib.extractCasualties(lib.parse(t.text, opts(t))) },
      { id: 'claims', run: (t) => void lib.extractClaims(lib.parse(t.text, opts(t))) },
      { id: 'dates', run: (t) => void lib.extractDates(lib.parse(t.text, opts(t))) },
      { id: 'extract', run: (t) => void lib.extract(t.text, opts(t)) },
    ];
    let tokens = 0;
    let chars = 0;
    let found = 0;
    for (const t of texts) {
      tokens += lib.parse(t.text, opts(t)).tokens.length;
      chars += t.text.length;
      found += items(lib.extract(t.text, opts(t)));
    }
    // Warm-up: JIT and wink's vocabulary cache see every variant before timing.
    for (const v of variants) for (let i = 0; i < Math.min(warmup, texts.length); i++) v.run(texts[i]!);
    const times: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.id, []]));
    // Each round reads every text once per variant. Variants take turns on small chunks of
    // texts, in a fresh shuffled order for every chunk, so drift on a shared machine (other
    // load, CPU clock) and the GC debt one variant leaves to the next land on all of them
    // alike. (A fixed rotation made each variant always follow the same one, which biased
    // them by up to 15 %.) The shuffle is seeded: runs are repeatable.
    // A variant's time is the sum over chunks of its median chunk time across rounds, so a
    // GC pause or a burst of other load in one round of one chunk does not move the result.
    const CHUNK = 20;
    const random = mulberry32(0x5eed);
    const order = variants.map((_, k) => k);
    const chunks = Math.ceil(texts.length / CHUNK);
    // chunkMs[variant][chunk] = the chunk's time in each round.
    const chunkMs = variants.map(() => Array.from({ length: chunks }, () => [] as number[]));
    for (let r = 0; r < rounds; r++) {
      gc();
      const total = new Float64Array(variants.length);
      for (let c = 0; c < chunks; c++) {
        const chunk = texts.slice(c * CHUNK, (c + 1) * CHUNK);
        for (let k = order.length - 1; k > 0; k--) {
          const j = Math.floor(random() * (k + 1));
          [order[k], order[j]] = [order[j]!, order[k]!];
        }
        for (const at of order) {
          const v = variants[at]!;
          const s = now();
          for (const t of chunk) v.run(t);
          const ms = now() - s;
          chunkMs[at]![c]!.push(ms);
          total[at] = total[at]! + ms;
        }
      }
      variants.forEach((v, k) => times[v.id]!.push(total[k]!));
    }
    const robustMs = Object.fromEntries(
      variants.map((v, k) => [v.id, chunkMs[k]!.reduce((sum, runs) => sum + median(runs), 0)]),
    );
    // One more pass timing each document alone: the latency tail.
    gc();
    const perDoc: number[] = [];
    let slowest = { id: '', ms: 0, chars: 0 };
    for (const t of texts) {
      const s = now();
      lib.extract(t.text, opts(t));
      const ms = now() - s;
      perDoc.push(ms);
      if (ms > slowest.ms) slowest = { id: t.id, ms, chars: t.text.length };
    }
    return {
      docs: texts.length,
      tokens,
      chars,
      found,
      rounds,
      medianMs: robustMs,
      roundsMs: times,
      latency: { p50: quantile(perDoc, 0.5), p95: quantile(perDoc, 0.95), max: Math.max(...perDoc), slowest },
    };
  }

  if (mode === 'memory') {
    const which = rest[0] === 'readdoc' ? 'readdoc' : 'extract';
    const wink = lib.bareWink();
    const run =
      which === 'readdoc'
        ? (t: BenchText) => void wink.readDoc(t.text)
        : (t: BenchText) => void lib.extract(t.text, opts(t));
    const heap = (): number => process.memoryUsage().heapUsed;
    const settled = (): { heap: number; rss: number } => {
      gc();
      gc();
      return { heap: heap(), rss: process.memoryUsage.rss() };
    };
    if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('memory mode needs node --expose-gc');
    // Load the model first, so "start" is the library ready to work.
    run({ id: 'warm', text: 'Officials said talks would resume on Monday.', publishedAt: null });
    const start = settled();
    let peakHeap = 0;
    let peakRss = 0;
    const sample = (): void => {
      const m = process.memoryUsage();
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      if (m.rss > peakRss) peakRss = m.rss;
    };
    const first = Math.min(50, texts.length);
    let after50 = start;
    for (let i = 0; i < texts.length; i++) {
      run(texts[i]!);
      sample();
      if (i + 1 === first) after50 = settled();
    }
    const afterAll = settled();
    // Then passes over the articles with every name and number replaced by a never-seen word:
    // re-reading the same texts could not show a vocabulary or a cache growing. extract() runs
    // with limitVocabulary (a few recycles per pass); bare readDoc has no such bound. The heap is read
    // after every pass, so the bench can tell caches filling up (bounded) from a slow leak.
    const wordsPerPass = novelise(texts.map((t) => t.text).join('\n'), 0).next;
    const vocabularyLimit = Math.max(1000, Math.round(wordsPerPass / RECYCLES_PER_PASS));
    if (which === 'extract') lib.limitVocabulary(vocabularyLimit);
    const passes = Number(rest[1] ?? 12);
    let fresh = 0;
    const novelPasses: { heap: number; rss: number; novelWords: number }[] = [];
    for (let p = 0; p < passes; p++) {
      for (const t of texts) {
        const n = novelise(t.text, fresh);
        fresh = n.next;
        run({ ...t, text: n.text });
        sample();
      }
      novelPasses.push({ ...settled(), novelWords: fresh });
    }
    return {
      mode: which,
      docs: texts.length,
      first,
      start,
      after50,
      afterAll,
      novelPasses,
      peakHeap,
      peakRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
      novelWords: fresh,
      vocabularyLimit,
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

printResult(main);
