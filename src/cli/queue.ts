/**
 * `newsfacts queue produce` and `newsfacts queue work`: the command-line face
 * of `newsfacts/queue` (BullMQ on Redis).
 */
import { parseArgs } from 'node:util';
import type { ExtractOptions } from '../types.js';
import { expandInputs, readArticle } from './inputs.js';
import { ITEM_PARTS, formatArticle } from './output.js';
import { progressBar } from './progress.js';
import { dateCheckHere } from './sidecar.js';
import type { CliIO } from './run.js';

/**
 * The help of `newsfacts queue`.
 *
 * @example
 * ```ts
 * QUEUE_HELP.startsWith('Usage:'); // true
 * ```
 */
export const QUEUE_HELP = `Usage:
  newsfacts queue work [--redis URL] [--queue NAME] [--lock-ms N] [--verbose]
  newsfacts queue produce <files | folders | globs | -> [--redis URL] [--queue NAME]
                          [--out FILE] [--published-at DATE] [--date-order dmy|mdy]
                          [--timeout-ms N]

Spreads extraction over worker processes on one or many machines, through a
Redis server (BullMQ). Start workers first (one per core, anywhere that reaches
Redis), then run the producer: it enqueues the articles and writes their
results as JSONL, one line per article in input order, as 'newsfacts extract
--format jsonl' does. A worker that dies mid-article loses nothing: its
article goes back to the queue when its lock expires, and is done once.

Options:
      --redis <url>         redis://[user:password@]host:port[/db] (default redis://127.0.0.1:6379)
      --queue <name>        queue name (default newsfacts)
  work:
      --lock-ms <n>         how long a silent worker keeps its article locked (default 30000)
      --verbose             log each article started and done on stderr
  produce:
      --out <file>          write the JSONL there (default: standard output)
      --published-at <date> publication date of every article
      --date-order <order>  dmy | mdy: how to read numeric dates such as 01/02/2016
      --timeout-ms <n>      give up on an article after this long (default: wait)
  -h, --help                this help

'work' runs until it gets SIGINT or SIGTERM, then finishes the article in hand.
`;

class QueueUsage extends Error {}

/** `redis://[user:password@]host:port[/db]` → connection fields. */
function parseRedisUrl(url: string): { host: string; port: number; db?: number; password?: string; username?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueUsage(`--redis must be a URL such as redis://127.0.0.1:6379, got ${JSON.stringify(url)}`);
  }
  if (u.protocol !== 'redis:') throw new QueueUsage(`--redis must start with redis://, got ${JSON.stringify(url)}`);
  const port = u.port === '' ? 6379 : Number(u.port);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined;
  if (db !== undefined && !Number.isInteger(db))
    throw new QueueUsage(`--redis: the database must be a number, got ${u.pathname.slice(1)}`);
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port,
    ...(db === undefined ? {} : { db }),
    ...(u.password === '' ? {} : { password: decodeURIComponent(u.password) }),
    ...(u.username === '' ? {} : { username: decodeURIComponent(u.username) }),
  };
}

const positiveInt = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1)
    throw new QueueUsage(`${flag} must be a positive whole number, got ${JSON.stringify(v)}`);
  return Number(v);
};

async function work(argv: string[], io: CliIO): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    options: {
      redis: { type: 'string' },
      queue: { type: 'string' },
      'lock-ms': { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const { startExtractWorker } = await import('../queue/index.js');
  const log = (s: string): void => {
    io.stderr.write(`newsfacts worker ${process.pid}: ${s}\n`);
  };
  const worker = await startExtractWorker({
    redis: parseRedisUrl(v.redis ?? 'redis://127.0.0.1:6379'),
    ...(v.queue === undefined ? {} : { queue: v.queue }),
    ...(v['lock-ms'] === undefined ? {} : { lockMs: positiveInt('--lock-ms', v['lock-ms'])! }),
    onEvent: (e) => {
      if (e.type === 'failed') log(`failed ${e.id}: ${e.error}`);
      else if (v.verbose === true) log(`${e.type} ${e.id}`);
    },
  });
  log('ready');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await worker.close();
  log('stopped');
  return 0;
}

async function produce(argv: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      redis: { type: 'string' },
      queue: { type: 'string' },
      out: { type: 'string' },
      'published-at': { type: 'string' },
      'date-order': { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new QueueUsage('give the articles to enqueue: files, folders, glob patterns, or -');
  const redis = parseRedisUrl(v.redis ?? 'redis://127.0.0.1:6379');
  const timeoutMs = positiveInt('--timeout-ms', v['timeout-ms']);
  const options: ExtractOptions & { dateOrder?: 'dmy' | 'mdy' } = {};
  const order = v['date-order']?.toLowerCase();
  if (order !== undefined) {
    if (order !== 'dmy' && order !== 'mdy')
      throw new QueueUsage(`--date-order must be dmy or mdy, got ${JSON.stringify(v['date-order'])}`);
    options.dateOrder = order;
  }
  if (v['published-at'] !== undefined) {
    const [problem] = await (await dateCheckHere(options.dateOrder))([v['published-at']]);
    if (typeof problem === 'string') throw new QueueUsage(`--published-at is ${problem}`);
    options.publishedAt = v['published-at'];
  }
  const config = { redis, ...(v.queue === undefined ? {} : { queue: v.queue }) };
  const say = (file: string, message: string): void => {
    io.stderr.write(`newsfacts: ${file}: ${message}\n`);
  };

  const { files, problems } = await expandInputs(positionals, io.cwd);
  for (const p of problems) say(p.file, p.message);
  let failed = problems.length > 0;
  // Read one file at a time as the queue takes them: a large batch is never all in memory here.
  async function* articles(): AsyncGenerator<{ id: string; text: string; options: ExtractOptions }> {
    for (const f of files) {
      const r = await readArticle(f, io.stdin);
      if ('problem' in r) {
        failed = true;
        say(f.name, r.problem);
      } else yield { id: f.name, text: r.text, options };
    }
  }

  const { enqueueArticles, collectResults } = await import('../queue/index.js');
  const ids = await enqueueArticles(articles(), config);
  const out: NodeJS.WritableStream =
    v.out === undefined
      ? io.stdout
      : (await import('node:fs')).createWriteStream((await import('node:path')).resolve(io.cwd, v.out));
  const bar = progressBar(io.stderr, ids.length);
  try {
    for await (const r of collectResults(ids, { ...config, ...(timeoutMs === undefined ? {} : { timeoutMs }) })) {
      bar.tick();
      if (r.extraction === null) {
        failed = true;
        say(r.id, `extraction failed: ${r.error}`);
        continue;
      }
      const line = formatArticle(r.id, r.extraction, 'jsonl', ITEM_PARTS);
      if (!out.write(line)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
  } finally {
    bar.done();
    if (out !== io.stdout) await new Promise<void>((done) => out.end(() => done()));
  }
  return failed ? 1 : 0;
}

/**
 * Runs `newsfacts queue …`; returns the exit status.
 *
 * @example
 * ```ts
 * await runQueue(['work', '--redis', 'redis://127.0.0.1:6379'], io); // 0 after SIGTERM
 * ```
 */
export async function runQueue(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(QUEUE_HELP);
    return sub === undefined ? 2 : 0;
  }
  try {
    if (sub === 'work') return await work(rest, io);
    if (sub === 'produce') return await produce(rest, io);
    throw new QueueUsage(`unknown queue command ${JSON.stringify(sub)}: use produce or work`);
  } catch (e) {
    const usage = e instanceof QueueUsage || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw e;
    io.stderr.write(`newsfacts queue: ${(e as Error).message}\nRun 'newsfacts queue --help' for the options.\n`);
    return 2;
  }
}
