import { WINK_PIPE } from '../../src/document/nlp.js';
import { speedTexts } from '../data/texts.js';
import { buildSpeed, runWorker } from '../speed/build.js';
import type { BenchTable, Suite } from '../types.js';

/** The brief's target: extract() with all four extractors keeps at least this share of bare readDoc throughput. */
export const THROUGHPUT_TARGET = 0.5;
/**
 * Never-seen-text passes the memory check reads after the articles, and the
 * window it judges: the heap after the last pass against the heap {@link FLAT_WINDOW} passes
 * earlier, once the caches had time to fill.
 */
const NOVEL_PASSES = 12;
const FLAT_WINDOW = 6;
/**
 * Heap growth per never-seen word over that window below which memory counts as flat (bytes).
 * wink-nlp keeps about 260 bytes per word it learns; what extract() holds beyond the bounded
 * caches (recycled wink instances, capped name memos) must be a small fraction of that. Runs
 * here: a few bytes per word, the sawtooth of wink instances being recycled moving single
 * readings by about ±1 MB.
 */
const FLAT_BYTES_PER_WORD = 20;

interface Throughput {
  docs: number;
  tokens: number;
  chars: number;
  found: number;
  rounds: number;
  medianMs: Record<
    'readDoc' | 'readDocLean' | 'parse' | 'quotes' | 'casualties' | 'claims' | 'dates' | 'extract',
    number
  >;
  latency: { p50: number; p95: number; max: number; slowest: { id: string; ms: number; chars: number } };
}
interface Cold {
  boot: number;
  importMs: number;
  firstMs: number;
}
interface Mem {
  heap: number;
  rss: number;
}
interface Memory {
  docs: number;
  first: number;
  start: Mem;
  after50: Mem;
  afterAll: Mem;
  /** The heap after each pass of never-seen text. */
  novelPasses: (Mem & { novelWords: number })[];
  peakHeap: number;
  peakRss: number;
  maxRss: number;
  /** Never-seen words fed in all. */
  novelWords: number;
  /** The limitVocabulary() bound extract() ran under. */
  vocabularyLimit: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const ms = (x: number): string => x.toFixed(x < 10 ? 2 : 0);
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/**
 * Speed and memory of `extract()` beside a bare wink-nlp `readDoc` of the same
 * texts (same wink instance and model), each in a fresh `node` running the
 * library bundled from src/ as tsup bundles it.
 */
export const speedSuite: Suite = {
  id: 'speed',
  task: 'speed',
  description:
    'throughput of extract() beside a bare wink-nlp readDoc, cold start, and memory over the FA-KES dev articles',
  async run(ctx) {
    const { label, texts } = speedTexts(ctx);
    const b = await buildSpeed(ctx.root, texts);
    const rounds = ctx.quick ? 3 : 7;
    const coldRuns = ctx.quick ? 3 : 7;

    // ── throughput ──
    const tp = runWorker<Throughput>(b, 'throughput', [String(rounds), String(texts.length)], ['--expose-gc']);
    const m = tp.medianMs;
    const docsPerS = (t: number): number => (tp.docs * 1000) / t;
    const tokensPerS = (t: number): number => (tp.tokens * 1000) / t;
    const ratio = m.readDoc / m.extract;
    const met = ratio >= THROUGHPUT_TARGET;
    const row = (name: string, t: number, marginal: string): (string | number)[] => [
      name,
      ms(t / tp.docs),
      int(docsPerS(t)),
      int(tokensPerS(t)),
      `${((m.readDoc / t) * 100).toFixed(0)} %`,
      marginal,
    ];
    const over = (t: number): string => {
      const d = (t - m.parse) / tp.docs;
      return `${d < 0 ? '−' : '+'}${ms(Math.abs(d))}`;
    };
    const throughput: BenchTable = {
      title: `Throughput — ${label}, ${rounds} rounds after a warm-up pass`,
      columns: ['run', 'ms/doc', 'docs/s', 'tokens/s', 'vs readDoc', 'ms/doc over parse()'],
      rows: [
        row('wink-nlp readDoc, default pipeline (baseline)', m.readDoc, ''),
        row(`wink-nlp readDoc, newsfacts' pipeline (${WINK_PIPE.join('+')})`, m.readDocLean, ''),
        row('parse()', m.parse, '0'),
        row('parse() + extractQuotes()', m.quotes, over(m.quotes)),
        row('parse() + extractCasualties()', m.casualties, over(m.casualties)),
        row('parse() + extractClaims()', m.claims, over(m.claims)),
        row('parse() + extractDates()', m.dates, over(m.dates)),
        row('extract() — all four', m.extract, over(m.extract)),
      ],
      notes: [
        `extract() keeps ${(ratio * 100).toFixed(1)} % of bare readDoc throughput — target ≥ ${
          THROUGHPUT_TARGET * 100
        } %: ${met ? 'met' : 'NOT MET'}.`,
        `At the target, extract() may take up to ${ms(m.readDoc / THROUGHPUT_TARGET / tp.docs)} ms/doc here: ${ms(
          (m.readDoc / THROUGHPUT_TARGET - m.extract) / tp.docs,
        )} ms/doc more than today. Differences under ~0.1 ms/doc between runs are noise on a shared machine.`,
        `Per-document extract() latency: p50 ${ms(tp.latency.p50)} ms, p95 ${ms(tp.latency.p95)} ms, max ${ms(
          tp.latency.max,
        )} ms (article ${tp.latency.slowest.id}, ${int(tp.latency.slowest.chars)} chars).`,
        `${int(tp.docs)} texts, ${int(tp.chars)} characters, ${int(tp.tokens)} tokens (parse()'s tokens, whitespace excluded); ${int(
          tp.found,
        )} items found by extract().`,
        `Each round reads every text once per run, the runs taking turns (shuffled) on chunks of 20 texts; a run's time is the sum over chunks of its median time across rounds. One fresh node process, the library bundled from src/ with esbuild.`,
        `The baseline is what a user gets from winkNLP(model).readDoc(text): the default pipeline (sbd, negation, sentiment, pos, ner, cer). newsfacts runs only ${WINK_PIPE.join(
          ' + ',
        )}, the annotations it reads (same tokens, sentences and POS tags); extract() keeps ${(
          (m.readDocLean / m.extract) *
          100
        ).toFixed(1)} % of that lean readDoc.`,
      ],
    };

    // ── cold start ──
    const colds = Array.from({ length: coldRuns }, () => ({
      nf: runWorker<Cold & { found: number }>(b, 'cold-extract'),
      wink: runWorker<Cold>(b, 'cold-readdoc'),
    }));
    const med = (pick: (c: (typeof colds)[number]) => number): number => median(colds.map(pick));
    const cold = {
      boot: med((c) => c.nf.boot),
      importMs: med((c) => c.nf.importMs),
      firstMs: med((c) => c.nf.firstMs),
      total: med((c) => c.nf.importMs + c.nf.firstMs),
      winkImport: med((c) => c.wink.importMs),
      winkFirst: med((c) => c.wink.firstMs),
      winkTotal: med((c) => c.wink.importMs + c.wink.firstMs),
      winkBoot: med((c) => c.wink.boot),
    };
    const coldTable: BenchTable = {
      title: `Cold start — a fresh node per run, median of ${coldRuns} runs`,
      columns: ['run', 'node boot ms', 'import ms', 'first document ms', 'import + first ms'],
      rows: [
        [
          'newsfacts: import, extract() the first text',
          ms(cold.boot),
          ms(cold.importMs),
          ms(cold.firstMs),
          ms(cold.total),
        ],
        [
          'wink-nlp + model: import, winkNLP(model) + readDoc',
          ms(cold.winkBoot),
          ms(cold.winkImport),
          ms(cold.winkFirst),
          ms(cold.winkTotal),
        ],
      ],
      notes: [
        'newsfacts loads the wink model on the first parse, so its first document includes instantiating the model.',
      ],
    };

    // ── memory ──
    const passes = String(NOVEL_PASSES);
    const memX = runWorker<Memory>(b, 'memory', ['extract', passes], ['--expose-gc']);
    const memW = runWorker<Memory>(b, 'memory', ['readdoc', passes], ['--expose-gc']);
    const growth = (x: Memory): number => x.afterAll.heap - x.after50.heap;
    const last = (x: Memory): Mem & { novelWords: number } => x.novelPasses[x.novelPasses.length - 1]!;
    const windowStart = (x: Memory): Mem & { novelWords: number } =>
      x.novelPasses[Math.max(0, x.novelPasses.length - 1 - FLAT_WINDOW)]!;
    /**
     * Heap added per never-seen word over the last passes (bytes): the least-squares slope of the
     * heap after each pass against the words read, so that one reading on the crest of a recycled
     * wink vocabulary does not decide it.
     */
    const perWord = (x: Memory): number => {
      const pts = x.novelPasses.slice(-(FLAT_WINDOW + 1));
      const mx = pts.reduce((a, p) => a + p.novelWords, 0) / pts.length;
      const my = pts.reduce((a, p) => a + p.heap, 0) / pts.length;
      let sxy = 0;
      let sxx = 0;
      for (const p of pts) {
        sxy += (p.novelWords - mx) * (p.heap - my);
        sxx += (p.novelWords - mx) ** 2;
      }
      return sxx === 0 ? 0 : sxy / sxx;
    };
    const flat = perWord(memX) < FLAT_BYTES_PER_WORD;
    const memRow = (name: string, x: Memory): string[] => [
      name,
      mb(x.start.heap),
      mb(x.after50.heap),
      mb(x.afterAll.heap),
      mb(x.novelPasses[0]!.heap),
      mb(windowStart(x).heap),
      mb(last(x).heap),
      perWord(x).toFixed(1),
      mb(x.peakHeap),
      mb(x.maxRss),
    ];
    const n = memX.novelPasses.length;
    const memory: BenchTable = {
      title: `Memory — ${memX.docs} texts, then ${n} passes of never-seen text, in a fresh node --expose-gc (MB)`,
      columns: [
        'run',
        'heap ready',
        `heap after ${memX.first}`,
        `heap after ${memX.docs}`,
        'after never-seen pass 1',
        `after pass ${n - FLAT_WINDOW}`,
        `after pass ${n}`,
        `bytes per new word, passes ${n - FLAT_WINDOW}–${n} (slope)`,
        'peak heap',
        'peak RSS',
      ],
      rows: [memRow('extract()', memX), memRow('wink-nlp readDoc (baseline)', memW)],
      notes: [
        `Heaps are measured after a full GC; peaks are sampled after every document (heap) and by the OS (RSS).`,
        `A never-seen pass reads the ${memX.docs} texts with every name and number replaced by a word no model or cache has seen (${int(memX.novelWords)} new words over ${n} passes). extract() runs under limitVocabulary(${int(memX.vocabularyLimit)}): a fresh wink-nlp instance every ${int(memX.vocabularyLimit)} learned words, a few times per pass; bare readDoc keeps every word it learns.`,
        `Over the first pass the heap of extract() grows ${mb(growth(memX))} MB from text ${memX.first} to ${memX.docs} (bare readDoc ${mb(growth(memW))} MB): its bounded caches filling (wink lexemes, name keys, lemma memos) and V8 compiling.`,
        `Memory flat: ${flat ? 'yes' : 'NO'} — over the last ${FLAT_WINDOW} never-seen passes extract() keeps ${perWord(memX).toFixed(1)} bytes per new word (bound < ${FLAT_BYTES_PER_WORD}); bare readDoc keeps ${perWord(memW).toFixed(0)}.`,
        `Heap per pass, extract(): ${memX.novelPasses.map((p) => mb(p.heap)).join(', ')} MB.`,
      ],
    };

    const metrics: Record<string, number> = {
      docs: tp.docs,
      tokens: tp.tokens,
      'readDoc.docsPerSecond': docsPerS(m.readDoc),
      'readDocLean.docsPerSecond': docsPerS(m.readDocLean),
      ratioToLeanReadDoc: m.readDocLean / m.extract,
      'readDoc.tokensPerSecond': tokensPerS(m.readDoc),
      'parse.docsPerSecond': docsPerS(m.parse),
      'extract.docsPerSecond': docsPerS(m.extract),
      'extract.tokensPerSecond': tokensPerS(m.extract),
      throughputRatio: ratio,
      throughputTargetMet: met ? 1 : 0,
      'quotes.msPerDocOverParse': (m.quotes - m.parse) / tp.docs,
      'casualties.msPerDocOverParse': (m.casualties - m.parse) / tp.docs,
      'claims.msPerDocOverParse': (m.claims - m.parse) / tp.docs,
      'dates.msPerDocOverParse': (m.dates - m.parse) / tp.docs,
      'latency.p50Ms': tp.latency.p50,
      'latency.p95Ms': tp.latency.p95,
      'latency.maxMs': tp.latency.max,
      'coldStart.importMs': cold.importMs,
      'coldStart.firstDocumentMs': cold.firstMs,
      'coldStart.totalMs': cold.total,
      'coldStart.winkTotalMs': cold.winkTotal,
      'memory.heapAfter50MB': memX.after50.heap / 2 ** 20,
      'memory.heapAfterAllMB': memX.afterAll.heap / 2 ** 20,
      'memory.heapAfterNovelPassesMB': last(memX).heap / 2 ** 20,
      'memory.bytesPerNovelWord': perWord(memX),
      'memory.readDocBytesPerNovelWord': perWord(memW),
      'memory.peakHeapMB': memX.peakHeap / 2 ** 20,
      'memory.peakRssMB': memX.maxRss / 2 ** 20,
      'memory.readDocPeakRssMB': memW.maxRss / 2 ** 20,
      'memory.flat': flat ? 1 : 0,
    };
    return {
      tables: [throughput, coldTable, memory],
      charts: [
        {
          id: 'speed-throughput',
          title: `Throughput as a share of bare wink-nlp readDoc (${label})`,
          unit: ' %',
          max: 100,
          series: ['throughput vs readDoc'],
          groups: [
            { label: 'wink-nlp readDoc', values: [100] },
            { label: 'parse()', values: [(m.readDoc / m.parse) * 100] },
            { label: '+ extractQuotes()', values: [(m.readDoc / m.quotes) * 100] },
            { label: '+ extractCasualties()', values: [(m.readDoc / m.casualties) * 100] },
            { label: '+ extractClaims()', values: [(m.readDoc / m.claims) * 100] },
            { label: '+ extractDates()', values: [(m.readDoc / m.dates) * 100] },
            { label: 'extract() — all four', values: [ratio * 100] },
          ],
          marker: {
            value: THROUGHPUT_TARGET * 100,
            label: `target: extract() ≥ ${THROUGHPUT_TARGET * 100} % of readDoc`,
          },
        },
      ],
      summary: [
        `extract() ${int(docsPerS(m.extract))} docs/s, ${int(tokensPerS(m.extract))} tokens/s = ${(ratio * 100).toFixed(
          1,
        )} % of bare readDoc (target ≥ ${THROUGHPUT_TARGET * 100} %: ${met ? 'met' : 'NOT MET'}); cold start ${ms(
          cold.total,
        )} ms (import + first document); peak RSS ${mb(memX.maxRss)} MB, memory flat: ${flat ? 'yes' : 'NO'}.`,
      ],
      metrics,
    };
  },
};
