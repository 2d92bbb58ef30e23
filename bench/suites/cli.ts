import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFakes } from '../data/fakes.js';
import { buildCli } from '../speed/cli-build.js';
import type { Suite, SuiteResult } from '../types.js';

/** The target: one `newsfacts extract` call over the files takes at most this multiple of a library loop. */
export const BATCH_TARGET = 1.5;
/** Files the one-process-per-file row runs (then scaled to all files): enough for a stable mean. */
const PER_FILE_SAMPLE = 8;

/** The one-process library loop the command is measured against: read each file, extract(), nothing else. */
const LOOP = `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const [lib, dir, list, datesJson] = process.argv.slice(2);
const { extract } = await import(lib);
const dates = JSON.parse(datesJson);
const t0 = performance.now();
let items = 0;
for (const f of readFileSync(list, 'utf8').split('\\n').filter(Boolean)) {
  const d = dates[f];
  const r = extract(readFileSync(join(dir, f), 'utf8'), d ? { publishedAt: d } : undefined);
  items += r.quotes.length + r.casualties.length + r.claims.length + r.dates.length;
}
console.log(JSON.stringify({ loopMs: performance.now() - t0, items }));
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const sec = (ms: number): string => (ms / 1000).toFixed(2);

/** Runs `node args…` with stdout to `outFile`, and returns its wall time and stdout when not redirected. */
function timed(args: string[], cwd: string, outFile: string | null): { ms: number; stdout: string } {
  const fd = outFile === null ? null : openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  const ms = performance.now() - t0;
  if (fd !== null) closeSync(fd);
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout ?? '' };
}

/**
 * `newsfacts extract` over the FA-KES dev articles written one per file, in
 * one call, beside a one-process library loop over the same files (both wall
 * time from process start, the same tsup build, per-file dates from a sidecar
 * CSV for the command and the same dates for the loop), runs interleaved.
 */
export const cliSuite: Suite = {
  id: 'cli',
  task: 'speed',
  description:
    'newsfacts extract over the FA-KES dev articles as files, in one call, beside a one-process library loop',
  async run(ctx): Promise<SuiteResult> {
    const articles = readFakes(ctx.dataDir);
    if (articles === null || articles.length === 0) {
      return { tables: [], metrics: {}, skipped: 'no fa-kes/fa-kes-dev.csv in the data folder' };
    }
    const dist = await buildCli(ctx.root, 'bench-cli');
    const tmp = mkdtempSync(join(tmpdir(), 'newsfacts-cli-bench-'));
    try {
      const dir = join(tmp, 'articles');
      mkdirSync(dir);
      const files: string[] = [];
      const dates: Record<string, string> = {};
      const csv = ['file,date'];
      articles.forEach((a, i) => {
        const name = `${String(i).padStart(3, '0')}_${a.id}.txt`;
        writeFileSync(join(dir, name), a.text);
        files.push(name);
        if (a.publishedAt !== null) {
          dates[name] = a.publishedAt;
          csv.push(`${name},${a.publishedAt}`);
        }
      });
      writeFileSync(join(dir, 'dates.csv'), `${csv.join('\n')}\n`);
      const list = join(tmp, 'files.txt');
      writeFileSync(list, files.join('\n'));
      const loopFile = join(dist, 'loop.mjs');
      writeFileSync(loopFile, LOOP);
      const lib = new URL(`file://${join(dist, 'index.js')}`).href;
      const cli = join(dist, 'cli.js');
      const out = join(tmp, 'out.jsonl');
      const cores = availableParallelism();

      const load = loadavg()[0]!;
      const rounds = ctx.quick ? 2 : 5;
      const loop: number[] = [];
      const loopInner: number[] = [];
      const all: number[] = [];
      const one: number[] = [];
      const extractArgs = ['extract', '.', '--format', 'jsonl', '--published-at-csv', 'dates.csv'];
      for (let r = 0; r < rounds; r++) {
        const l = timed([loopFile, lib, dir, list, JSON.stringify(dates)], dir, null);
        loop.push(l.ms);
        loopInner.push((JSON.parse(l.stdout.trim()) as { loopMs: number }).loopMs);
        all.push(timed([cli, ...extractArgs], dir, out).ms);
        one.push(timed([cli, ...extractArgs, '--jobs', '1'], dir, out).ms);
      }
      // The old way: one process per file, on a sample, scaled to every file.
      const sample = files.slice(0, PER_FILE_SAMPLE);
      const t0 = performance.now();
      for (const f of sample) timed([cli, f, '--format', 'jsonl', '--published-at', dates[f] ?? '2016'], dir, out);
      const perFile = ((performance.now() - t0) / sample.length) * files.length;

      const mLoop = median(loop);
      const mAll = median(all);
      const mOne = median(one);
      const ratio = mAll / mLoop;
      const met = ratio <= BATCH_TARGET;
      const n = files.length;
      const row = (name: string, ms: number): (string | number)[] => [
        name,
        sec(ms),
        (n / (ms / 1000)).toFixed(0),
        `${(ms / mLoop).toFixed(2)}×`,
      ];
      return {
        tables: [
          {
            title: `newsfacts extract over ${n} FA-KES files — median of ${rounds} interleaved runs, wall time from process start`,
            columns: ['run', 's', 'files/s', 'vs library loop'],
            rows: [
              row('library loop in one process: import, read, extract() (baseline)', mLoop),
              row(`newsfacts extract <dir> --format jsonl, default --jobs (${cores} here)`, mAll),
              row('newsfacts extract <dir> --format jsonl --jobs 1', mOne),
              row(`one newsfacts process per file (${PER_FILE_SAMPLE} files, scaled)`, perFile),
            ],
            notes: [
              `One call over ${n} files takes ${ratio.toFixed(2)}× the library loop — target ≤ ${BATCH_TARGET}×: ${
                met ? 'met' : 'NOT MET'
              }.`,
              `The loop's extract() calls alone take ${sec(median(loopInner))} s; the rest is Node start, import and reads. The command writes JSONL to a file, the loop writes nothing.`,
              `Load average ${load.toFixed(1)} on ${cores} cores when the runs began: on a busy machine the pool's threads get no spare core, so --jobs gains nothing and its warm-up (one model load per worker) shows. Compare rows of one run, not across runs.`,
            ],
          },
        ],
        summary: [
          `newsfacts extract: ${n} files in ${sec(mAll)} s in one call (${ratio.toFixed(2)}× a one-process library loop, target ≤ ${BATCH_TARGET}×: ${met ? 'met' : 'NOT MET'}).`,
        ],
        metrics: {
          'cli.files': n,
          'cli.loopMs': Math.round(mLoop),
          'cli.extractMs': Math.round(mAll),
          'cli.extractOneJobMs': Math.round(mOne),
          'cli.perFileProcessMs': Math.round(perFile),
          'cli.ratio': Number(ratio.toFixed(3)),
        },
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
