/**
 * The robust suite's child process (bundled with esbuild, run with plain node):
 *
 *   node --expose-gc worker.mjs scale <lib.mjs> <texts.json> <kind> <chars> [pieces]
 *   node --expose-gc worker.mjs vocab <lib.mjs> <texts.json> <limit|none> <docs>
 *
 * Prints one JSON object on stdout.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { printResult } from '../speed/child.js';
import type { BenchText } from '../data/texts.js';
import { novelise } from '../data/novel.js';
import { scalingText, type ScalingKind } from './texts.js';

type Lib = typeof import('./lib.js');

const [mode, libPath, textsPath, ...rest] = process.argv.slice(2);
if (mode === undefined || libPath === undefined || textsPath === undefined)
  throw new Error('usage: worker.mjs <mode> <lib> <texts> …');
const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g === undefined) throw new Error('run with node --expose-gc');
  g();
  g();
};
const heap = (): number => process.memoryUsage().heapUsed;

async function main(): Promise<unknown> {
  const lib = (await import(pathToFileURL(libPath!).href)) as Lib;
  const texts = JSON.parse(readFileSync(textsPath!, 'utf8')) as BenchText[];
  // Model loaded and code optimised before anything is measured.
  for (let i = 0; i < 30; i++) lib.extract(texts[i % texts.length]!.text);

  /** Reads `inputs` once untimed, then times reading them all until `minMs` have passed and at least 3 times (see below). */
  const timeBest = (inputs: readonly string[], minMs: number) => {
    const read = () => {
      let last: ReturnType<typeof lib.extract> | null = null;
      let found = 0;
      for (const text of inputs) {
        last = null;
        last = lib.extract(text);
        found += last.quotes.length + last.casualties.length + last.claims.length + last.dates.length;
      }
      return { last, found };
    };
    // One read first, untimed: wink learns the input's new words once, and small inputs read
    // many times would otherwise be timed without that cost while large ones are timed with it.
    read();
    // Then reads until minMs have passed and at least 3 times, each from the same state: the
    // previous result dropped and the heap collected before it (a kept result made the next
    // run collect around it, 180 MB at 10 MB of text, and a small input paid nothing of the
    // kind), and each timed in wall-clock and CPU time (all threads of the process: the GC's
    // helpers' work counts). The best run of each is reported: load on the machine only ever
    // adds time, and the median of 3 runs of 10 MB against the median of 5 of 1 MB put the
    // noise of one size against that of the other (10x steps of 10.5x idle, 12.9x loaded).
    const times: number[] = [];
    const cpus: number[] = [];
    let found = 0;
    let kept: unknown = null;
    const t0 = performance.now();
    do {
      kept = null;
      gc();
      const c = process.cpuUsage();
      const t = performance.now();
      const r = read();
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpus.push((used.user + used.system) / 1000);
      found = r.found;
      kept = r.last;
    } while ((performance.now() - t0 < minMs || times.length < 3) && times.length < 1000);
    const sorted = [...times].sort((x, y) => x - y);
    return {
      ms: sorted[0]!,
      medianMs: sorted[times.length >> 1]!,
      cpuMs: Math.min(...cpus),
      runs: times.length,
      found,
      kept,
    };
  };

  if (mode === 'scale') {
    const kind = rest[0] as ScalingKind;
    const chars = Number(rest[1]);
    // `pieces` > 1: the input of chars × pieces cut into `pieces` consecutive inputs of `chars`,
    // read one after another in each timed run, the time divided by `pieces`. The smallest size is
    // timed so: its step to the next size then compares the same text read whole and read in tenths,
    // where the first 10 KB alone (three articles) is other content than the 100 KB it is set against.
    const pieces = Math.max(1, Number(rest[2] ?? '1'));
    const whole = scalingText(
      kind,
      chars * pieces,
      texts.map((t) => t.text),
    );
    gc();
    const before = heap();
    // The ten tenths are read one after another in each timed run, as one stream of documents: a
    // piece read over and over on its own ran hotter per character than varied text (in-process,
    // 100 KB whole took 146 ms, its tenths 188 ms when read in turn; repeated alone they looked faster).
    const parts = Array.from({ length: pieces }, (_, i) => whole.slice(i * chars, (i + 1) * chars));
    const r = timeBest(parts, 1500);
    // The last result stays alive until the heap is read: what a result holds per character.
    const kept = r.kept;
    gc();
    const retained = heap() - before;
    void kept;
    return {
      kind,
      chars: Math.round(whole.length / pieces),
      ms: r.ms / pieces,
      medianMs: r.medianMs / pieces,
      cpuMs: r.cpuMs / pieces,
      runs: r.runs,
      found: Math.round(r.found / pieces),
      retained,
      maxRss: process.resourceUsage().maxRSS * 1024,
    };
  }

  if (mode === 'vocab') {
    const limit = rest[0] === 'none' ? null : Number(rest[0]);
    const docs = Number(rest[1]);
    lib.limitVocabulary(limit);
    gc();
    const start = heap();
    const samples: { docs: number; words: number; heap: number }[] = [];
    let next = 0;
    const t0 = performance.now();
    for (let d = 0; d < docs; d++) {
      const fresh = novelise(texts[d % texts.length]!.text, next);
      next = fresh.next;
      lib.extract(fresh.text);
      if ((d + 1) % Math.max(1, Math.floor(docs / 10)) === 0) {
        gc();
        samples.push({ docs: d + 1, words: next, heap: heap() - start });
      }
    }
    return { limit, docs, words: next, ms: performance.now() - t0, samples };
  }
  throw new Error(`unknown mode ${mode}`);
}

printResult(main);
