/**
 * The `newsfacts` command: `newsfacts extract <files | folders | globs | ->`
 * reads many articles in one process, spread over a pool of worker threads,
 * and writes JSON, JSONL, CSV or a readable table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractOptions } from '../types.js';
import { type InputFile, type InputProblem, STDIN, expandInputs, readArticle } from './inputs.js';
import { ITEM_PARTS, type ItemPart, OUTPUT_FORMATS, type OutputFormat, csvHeader } from './output.js';
import { progressBar } from './progress.js';
import { type DateCheck, type SidecarDates, dateCheckHere, readSidecar } from './sidecar.js';
import type { ArticleTask } from './task.js';

/**
 * The streams and folder the command works with (the process's own by default).
 *
 * @example
 * ```ts
 * const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: '/data' };
 * ```
 */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  readonly cwd: string;
}

/** A usage error: the command prints it with a pointer to `--help` and exits 2. */
class UsageError extends Error {}

const MAIN_HELP = `newsfacts — quotes, casualty figures, responsibility claims and dates from English news articles

Usage:
  newsfacts extract <files | folders | globs | -> [options]   read articles (the default command)
  newsfacts aggregate <facts.jsonl | -> [options]             join many articles: entities and events
  newsfacts queue <produce | work> [options]                  spread extraction over machines (BullMQ on Redis)
  newsfacts <command> --help                                  options of one command
  newsfacts --version

Example:
  newsfacts extract articles/ --format jsonl > facts.jsonl
`;

const EXTRACT_HELP = `Usage: newsfacts extract <files | folders | globs | -> [options]

Reads plain-text news articles and writes what newsfacts finds in them.
A folder gives its .txt files (recursively), a quoted glob pattern ('news/**/*.txt')
its matches, and - reads one article from standard input.

Options:
  -f, --format <fmt>          json | jsonl | csv | table | html (html: one file, a self-contained
                              page with everything found highlighted)
                              (default: table for one file, jsonl for several)
      --only <parts>          comma-separated: quotes,casualties,claims,dates,incidents
      --published-at <date>   publication date of every article: YYYY, YYYY-MM, YYYY-MM-DD,
                              YYYY-MM-DDTHH:MM (default: inferred from each article)
      --published-at-csv <f>  per-file dates: a CSV with a header naming "file" and "date"
                              columns (paths relative to the CSV); wins over --published-at
      --date-order <order>    dmy | mdy: how to read numeric dates such as 01/02/2016
      --url <url>             the article's URL (a dated path anchors the publication date)
      --include-boilerplate   also report items found in page furniture
  -j, --jobs <n>              worker threads (default: all cores, ${availableParallelism()} here)
      --no-progress           no progress bar (it is drawn only when stderr is a terminal)
      --json                  the same as --format json
  -h, --help                  this help

Output: JSONL writes one line per article, in input order, with its "file";
CSV one row per item with its "kind"; JSON one object for a single file, else an array.
Exit status: 0 when every input was read, 1 when some file could not be, 2 on a usage error.
`;

/**
 * The package's version, from the package.json above this file (in src/ or in dist/).
 *
 * @example
 * ```ts
 * packageVersion(); // '0.1.0'
 * ```
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newsfacts' && typeof pkg.version === 'string') return pkg.version;
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/**
 * The worker module: beside the bundle in dist/, or beside this file in src/
 * when the command runs from source with tsx (whose loader the workers then need too).
 */
function workerModule(): { filename: string; execArgv?: string[]; runtime?: 'child_process' } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { filename: new URL('./cli-worker.js', here).href };
  // Worker threads do not take tsx's loader; child processes do.
  return { filename: new URL('./worker.ts', here).href, execArgv: ['--import', 'tsx'], runtime: 'child_process' };
}

/**
 * How `--date-order` reads numeric dates, as `extract()`'s `dateOrder` option
 * takes it (day first or month first).
 */
type NumericOrder = 'dmy' | 'mdy';
const DATE_ORDERS: readonly NumericOrder[] = ['dmy', 'mdy'];

interface ExtractPlan {
  inputs: string[];
  format: OutputFormat | null;
  only: ItemPart[];
  options: ExtractOptions & { dateOrder?: NumericOrder };
  sidecar: string | null;
  jobs: number;
  progress: boolean;
}

function parseExtractArgs(argv: string[]): ExtractPlan | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        only: { type: 'string' },
        'published-at': { type: 'string' },
        'published-at-csv': { type: 'string' },
        'date-order': { type: 'string' },
        url: { type: 'string' },
        'include-boilerplate': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'no-progress': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help === true) return 'help';
  let format: OutputFormat | null = null;
  if (v.format !== undefined) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(v.format)) {
      throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got ${JSON.stringify(v.format)}`);
    }
    format = v.format as OutputFormat;
  }
  if (v.json === true) {
    if (format !== null && format !== 'json') throw new UsageError(`--json contradicts --format ${format}`);
    format = 'json';
  }
  let only: ItemPart[] = [...ITEM_PARTS];
  if (v.only !== undefined) {
    const parts = v.only.split(',').map((s) => s.trim().toLowerCase());
    const bad = parts.filter((p) => !(ITEM_PARTS as readonly string[]).includes(p));
    if (bad.length > 0 || parts.length === 0) {
      throw new UsageError(
        `--only takes a comma-separated list of ${ITEM_PARTS.join(', ')}; got ${JSON.stringify(v.only)}`,
      );
    }
    only = ITEM_PARTS.filter((p) => parts.includes(p));
  }
  let jobs = availableParallelism();
  if (v.jobs !== undefined) {
    if (!/^\d{1,4}$/.test(v.jobs) || Number(v.jobs) < 1) {
      throw new UsageError(`--jobs must be a whole number of at least 1, got ${JSON.stringify(v.jobs)}`);
    }
    jobs = Number(v.jobs);
  }
  const options: ExtractPlan['options'] = {};
  if (v['published-at'] !== undefined) options.publishedAt = v['published-at'];
  if (v['date-order'] !== undefined) {
    const order = DATE_ORDERS.find((o) => o === v['date-order']!.toLowerCase());
    if (order === undefined)
      throw new UsageError(`--date-order must be dmy or mdy, got ${JSON.stringify(v['date-order'])}`);
    options.dateOrder = order;
  }
  if (v.url !== undefined) options.url = v.url;
  if (v['include-boilerplate'] === true) options.includeBoilerplate = true;
  if (parsed.positionals.length === 0) {
    throw new UsageError('give the articles to read: files, folders, glob patterns, or - for standard input');
  }
  if (parsed.positionals.filter((p) => p === STDIN).length > 1)
    throw new UsageError('standard input (-) can be read once');
  return {
    inputs: parsed.positionals,
    format,
    only,
    options,
    sidecar: v['published-at-csv'] ?? null,
    jobs,
    progress: v['no-progress'] !== true,
  };
}

/** Writes to a stream, waiting when it asks to; resolves `false` once the reader has gone (EPIPE). */
function writer(stream: NodeJS.WritableStream): { write(s: string): Promise<boolean>; closed(): boolean } {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return {
    closed: () => closed,
    async write(s: string): Promise<boolean> {
      if (closed) return false;
      if (s !== '' && !stream.write(s)) {
        await new Promise<void>((done) => {
          const finish = (): void => {
            stream.off('drain', finish);
            stream.off('error', finish);
            done();
          };
          stream.once('drain', finish);
          stream.once('error', finish);
        });
      }
      return !closed;
    },
  };
}

type Outcome = { readonly out: string } | { readonly problem: string };

async function runExtract(plan: ExtractPlan, io: CliIO): Promise<number> {
  const { files, problems, single } = await expandInputs(plan.inputs, io.cwd);
  const format: OutputFormat = plan.format ?? (single && files.length === 1 ? 'table' : 'jsonl');
  if (format === 'html' && files.length > 1) {
    io.stderr.write(`newsfacts: --format html writes one page: give one file (got ${files.length})\n`);
    return 2;
  }
  const threads = Math.min(plan.jobs, files.length);

  // The pool first: its workers load the model while this thread checks the dates.
  let run: (task: ArticleTask) => Promise<string>;
  let checkDates: DateCheck;
  let close: () => Promise<void> = async () => {};
  if (threads <= 1) {
    const { runTask } = await import('./task.js');
    run = async (task) => runTask(task);
    checkDates = await dateCheckHere(plan.options.dateOrder);
  } else {
    const { default: Tinypool } = await import('tinypool');
    const pool = new Tinypool({ ...workerModule(), minThreads: threads, maxThreads: threads });
    // A worker that cannot start fails its tasks, which name their files; the pool's own event adds nothing.
    pool.on('error', () => {});
    run = (task) => pool.run(task) as Promise<string>;
    const dateOrder = plan.options.dateOrder;
    checkDates = (values) => pool.run({ values, dateOrder }, { name: 'checkDates' }) as Promise<(string | null)[]>;
    close = () => pool.destroy();
  }
  try {
    return await extractAll(plan, io, { files, problems, single, format, threads, run, checkDates });
  } finally {
    await close();
  }
}

interface Batch {
  files: InputFile[];
  problems: InputProblem[];
  single: boolean;
  format: OutputFormat;
  threads: number;
  run: (task: ArticleTask) => Promise<string>;
  checkDates: DateCheck;
}

async function extractAll(plan: ExtractPlan, io: CliIO, batch: Batch): Promise<number> {
  const { files, problems, single, format, threads, run, checkDates } = batch;
  const say = (file: string, message: string): void => {
    io.stderr.write(`newsfacts: ${file}: ${message}\n`);
  };
  if (plan.options.publishedAt !== undefined) {
    const [problem] = await checkDates([plan.options.publishedAt as string]);
    if (typeof problem === 'string') throw new UsageError(`--published-at is ${problem}`);
  }
  let sidecar: SidecarDates | null = null;
  if (plan.sidecar !== null) {
    try {
      sidecar = await readSidecar(resolve(io.cwd, plan.sidecar), checkDates, plan.sidecar);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  for (const p of problems) say(p.file, p.message);
  let failed = problems.length > 0;

  const out = writer(io.stdout);
  const bar = progressBar(plan.progress ? io.stderr : { write: () => true }, files.length);
  const one = async (index: number): Promise<Outcome> => {
    const file = files[index]!;
    const read = await readArticle(file, io.stdin);
    if ('problem' in read) return read;
    const options: ExtractOptions = { ...plan.options };
    const dated = file.path === null ? undefined : sidecar?.lookup(file.path);
    if (dated !== undefined) options.publishedAt = dated;
    try {
      return { out: await run({ file: file.name, text: read.text, options, format, only: plan.only }) };
    } catch (e) {
      return { problem: `extraction failed: ${(e as Error).message}` };
    }
  };

  const asObject = format === 'json' && single && files.length === 1;
  if (format === 'csv') await out.write(csvHeader());
  if (format === 'json' && !asObject) await out.write('[');
  let written = 0;
  try {
    // A window of articles in flight: reads and extractions overlap, output stays in input order.
    const window = Math.max(8, threads * 8);
    const inFlight: Promise<Outcome>[] = [];
    let next = 0;
    const fill = (): void => {
      while (next < files.length && inFlight.length < window) inFlight.push(one(next++));
    };
    fill();
    for (let i = 0; i < files.length && !out.closed(); i++) {
      const result = await inFlight.shift()!;
      fill();
      bar.tick();
      if ('problem' in result) {
        failed = true;
        say(files[i]!.name, result.problem);
        continue;
      }
      let chunk = result.out;
      if (format === 'json') chunk = asObject ? `${chunk}\n` : `${written === 0 ? '\n' : ',\n'}${chunk}`;
      else if (format === 'table' && written > 0) chunk = `\n${chunk}`;
      written++;
      if (!(await out.write(chunk))) break;
    }
    await Promise.allSettled(inFlight);
  } finally {
    bar.done();
  }
  if (format === 'json' && !asObject) await out.write(written === 0 ? ']\n' : '\n]\n');
  return failed ? 1 : 0;
}

/**
 * Runs the `newsfacts` command with `argv` (the arguments after the program
 * name) and returns the exit status: 0 done, 1 some input failed, 2 usage
 * error. `newsfacts <file>` without a command means `newsfacts extract <file>`.
 *
 * @example
 * ```ts
 * await runCli(['extract', 'news/', '--format', 'jsonl']); // 0, one JSON line per article on stdout
 * await runCli(['extract', 'missing.txt']); // 1, "newsfacts: missing.txt: no such file or folder" on stderr
 * ```
 */
export async function runCli(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const full: CliIO = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
  };
  const [first, ...rest] = argv;
  let command = 'extract';
  let args = [...argv];
  if (first === '--version' || first === '-v' || first === 'version') {
    full.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0] === 'extract') full.stdout.write(EXTRACT_HELP);
    else if (first === 'help' && rest[0] === 'queue') full.stdout.write((await import('./queue.js')).QUEUE_HELP);
    else if (first === 'help' && rest[0] === 'aggregate')
      full.stdout.write((await import('./aggregate.js')).AGGREGATE_HELP);
    else full.stdout.write(MAIN_HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === 'aggregate') return (await import('./aggregate.js')).runAggregate(rest, full);
  if (first === 'extract' || first === 'queue') {
    command = first;
    args = rest;
  }
  try {
    if (command === 'queue') return await (await import('./queue.js')).runQueue(args, full);
    const plan = parseExtractArgs(args);
    if (plan === 'help') {
      full.stdout.write(EXTRACT_HELP);
      return 0;
    }
    return await runExtract(plan, full);
  } catch (e) {
    if (e instanceof UsageError) {
      full.stderr.write(`newsfacts ${command}: ${e.message}\nRun 'newsfacts ${command} --help' for the options.\n`);
      return 2;
    }
    throw e;
  }
}
