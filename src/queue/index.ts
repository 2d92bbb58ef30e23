/**
 * `newsfacts/queue` — extraction spread over many processes and machines on
 * BullMQ and Redis: a producer enqueues articles, worker processes anywhere
 * that reaches the Redis server run `extract()`, and the producer collects
 * the results in input order (as JSONL with the command).
 *
 * BullMQ gives the guarantees: an article is a job whose id is derived from
 * the article id (enqueueing it again adds nothing); a worker holds a lock on
 * the job it runs, and when a worker dies its lock expires and the job goes
 * back to the queue for another worker; a job is completed once, by the
 * worker holding its lock, so each article has one result.
 *
 * `bullmq` is an optional peer dependency: install it beside newsfacts to use
 * this entry point (`npm install newsfacts bullmq`).
 *
 * @example
 * ```ts
 * import { enqueueArticles, collectResults, startExtractWorker } from 'newsfacts/queue';
 * const redis = { host: '127.0.0.1', port: 6379 };
 * const worker = await startExtractWorker({ redis }); // in as many processes as you like
 * const ids = await enqueueArticles([{ id: 'a.txt', text: 'Two people were killed on Monday, police said.' }], { redis });
 * for await (const r of collectResults(ids, { redis })) console.log(r.id, r.extraction?.casualties.length); // a.txt 1
 * await worker.close();
 * ```
 *
 * @packageDocumentation
 * @module newsfacts/queue
 */
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';

/**
 * Where the Redis server is.
 *
 * @example
 * ```ts
 * const redis: RedisConnection = { host: '127.0.0.1', port: 6379, db: 0 };
 * ```
 */
export interface RedisConnection {
  /** Host name or address (default `127.0.0.1`). */
  host?: string;
  /** Port (default `6379`). */
  port?: number;
  /** Password, for a server with `requirepass`. */
  password?: string;
  /** User name (Redis 6 ACLs). */
  username?: string;
  /** Database number (default `0`). */
  db?: number;
}

/**
 * What every queue function is told: the Redis server and the queue's name.
 *
 * @example
 * ```ts
 * const config: QueueConfig = { redis: { port: 6379 }, queue: 'newsfacts' };
 * ```
 */
export interface QueueConfig {
  /** The Redis server. */
  redis: RedisConnection;
  /** The queue's name (default `newsfacts`); producers and workers of one batch share it. */
  queue?: string;
}

/**
 * One article to extract.
 *
 * @example
 * ```ts
 * const article: QueueArticle = { id: 'news/a.txt', text: 'Two people were killed on Monday.', options: { publishedAt: '2017-02-25' } };
 * ```
 */
export interface QueueArticle {
  /** Unique in the batch (a file name does): names the result, and enqueueing the same id twice adds it once. */
  id: string;
  /** The article's text. */
  text: string;
  /** Options for `extract()`. */
  options?: ExtractOptions;
}

/**
 * One article's outcome, as {@link collectResults} yields it.
 *
 * @example
 * ```ts
 * const r: QueueResult = { id: 'a.txt', extraction: null, error: 'job a.txt was not found in queue newsfacts' };
 * ```
 */
export interface QueueResult {
  /** The article's id. */
  id: string;
  /** What `extract()` returned, or `null` when the job failed. */
  extraction: Extraction | null;
  /** Why the job failed, or `null`. */
  error: string | null;
}

/**
 * What a worker reports as it runs (for logs): a job started, finished or failed.
 *
 * @example
 * ```ts
 * const e: WorkerEvent = { type: 'done', id: 'a.txt' };
 * ```
 */
export interface WorkerEvent {
  /** `start`: the worker took the article; `done`: its result is stored (once per article); `failed`: extract() threw. */
  type: 'start' | 'done' | 'failed';
  /** The article's id. */
  id: string;
  /** The error, for `failed`. */
  error?: string;
}

/**
 * Options of {@link startExtractWorker}.
 *
 * @example
 * ```ts
 * const options: WorkerOptions = { redis: { port: 6379 }, lockMs: 10_000, onEvent: (e) => console.error(e.type, e.id) };
 * ```
 */
export interface WorkerOptions extends QueueConfig {
  /**
   * How long a job stays locked by a worker that stops answering (ms, default
   * 30 000): a dead worker's article goes back to the queue within about
   * twice this. It must exceed the time one article takes to extract.
   */
  lockMs?: number;
  /** Called as jobs start, finish and fail. */
  onEvent?: (event: WorkerEvent) => void;
}

/**
 * A running worker.
 *
 * @example
 * ```ts
 * const worker: ExtractWorker = await startExtractWorker({ redis: { port: 6379 } });
 * await worker.close(); // finishes the article in hand first
 * ```
 */
export interface ExtractWorker {
  /** Stops taking jobs, lets the current one finish, and disconnects. */
  close(): Promise<void>;
}

/**
 * Options of {@link collectResults}.
 *
 * @example
 * ```ts
 * const options: CollectOptions = { redis: { port: 6379 }, timeoutMs: 60_000, remove: true };
 * ```
 */
export interface CollectOptions extends QueueConfig {
  /** Longest wait for one article's result (ms); none by default. */
  timeoutMs?: number;
  /** Remove each job from Redis once its result is read (default `true`), so a later run extracts again. */
  remove?: boolean;
}

/** What a job carries. */
interface JobData {
  id: string;
  text: string;
  options: ExtractOptions;
}

const DEFAULT_QUEUE = 'newsfacts';

type Bullmq = typeof import('bullmq');

let loaded: Promise<Bullmq> | null = null;

/** BullMQ, loaded on first use with a clear message when it is not installed. */
function bullmq(): Promise<Bullmq> {
  loaded ??= import('bullmq').catch((e: unknown) => {
    loaded = null;
    throw new Error(
      `newsfacts/queue needs the optional peer dependency bullmq (npm install bullmq): ${(e as Error).message}`,
    );
  });
  return loaded;
}

function checkConfig(config: unknown, name: string): { connection: Record<string, unknown>; queue: string } {
  if (config === null || typeof config !== 'object')
    throw new TypeError(`newsfacts/queue: \`${name}\` must be an object`);
  const c = config as Partial<QueueConfig>;
  if (c.redis === null || typeof c.redis !== 'object') {
    throw new TypeError(
      `newsfacts/queue: \`${name}.redis\` must be an object such as { host: '127.0.0.1', port: 6379 }`,
    );
  }
  const r = c.redis;
  if (r.port !== undefined && (!Number.isInteger(r.port) || r.port < 1 || r.port > 65535)) {
    throw new RangeError(`newsfacts/queue: \`${name}.redis.port\` must be a port number, got ${String(r.port)}`);
  }
  const queue = c.queue ?? DEFAULT_QUEUE;
  if (typeof queue !== 'string' || !/^[\w.-]{1,100}$/.test(queue)) {
    throw new TypeError(`newsfacts/queue: \`${name}.queue\` must be 1–100 letters, digits, '.', '_' or '-'`);
  }
  return {
    // Workers block on Redis: BullMQ requires unlimited retries per request for them.
    connection: { host: '127.0.0.1', port: 6379, ...r, maxRetriesPerRequest: null },
    queue,
  };
}

/**
 * The job id of an article id: BullMQ refuses ids with `:` and plain integers,
 * so the id is percent-encoded behind a prefix (one id, one job).
 *
 * @example
 * ```ts
 * jobId('news/a:1.txt'); // 'a_news%2Fa%3A1.txt'
 * ```
 */
export function jobId(id: string): string {
  return `a_${encodeURIComponent(id)}`;
}

/**
 * Adds articles to the queue, one job each, and returns their ids in order.
 * An id already in the queue (waiting, running, or done and not yet
 * collected) is not added again.
 *
 * @throws TypeError for a bad config, an article without a string `id` and `text`, or an id given twice
 *
 * @example
 * ```ts
 * const ids = await enqueueArticles(
 *   [{ id: 'a.txt', text: 'Two people were killed on Monday.' }, { id: 'b.txt', text: '' }],
 *   { redis: { port: 6379 } },
 * );
 * ids; // ['a.txt', 'b.txt']
 * ```
 */
export async function enqueueArticles(
  articles: Iterable<QueueArticle> | AsyncIterable<QueueArticle>,
  config: QueueConfig,
): Promise<string[]> {
  const { connection, queue: name } = checkConfig(config, 'config');
  const { Queue } = await bullmq();
  const queue = new Queue<JobData>(name, { connection });
  const ids: string[] = [];
  const seen = new Set<string>();
  try {
    let batch: { name: string; data: JobData; opts: { jobId: string } }[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length > 0) await queue.addBulk(batch);
      batch = [];
    };
    for await (const a of articles as AsyncIterable<QueueArticle>) {
      if (
        a === null ||
        typeof a !== 'object' ||
        typeof a.id !== 'string' ||
        a.id === '' ||
        typeof a.text !== 'string'
      ) {
        throw new TypeError('newsfacts/queue: each article needs a non-empty string `id` and a string `text`');
      }
      if (seen.has(a.id)) throw new TypeError(`newsfacts/queue: article id ${JSON.stringify(a.id)} is given twice`);
      seen.add(a.id);
      ids.push(a.id);
      batch.push({
        name: 'extract',
        data: { id: a.id, text: a.text, options: a.options ?? {} },
        opts: { jobId: jobId(a.id) },
      });
      if (batch.length >= 100) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return ids;
}

/**
 * Starts a worker in this process: it takes articles from the queue one at a
 * time and runs `extract()` on each. Run one per core, on as many machines as
 * reach the Redis server. When a worker dies mid-article, the article's lock
 * expires and another worker takes it; a job is completed once.
 *
 * @example
 * ```ts
 * const worker = await startExtractWorker({ redis: { port: 6379 }, onEvent: (e) => console.error(e.type, e.id) });
 * process.on('SIGTERM', () => void worker.close());
 * ```
 */
export async function startExtractWorker(options: WorkerOptions): Promise<ExtractWorker> {
  const { connection, queue: name } = checkConfig(options, 'options');
  const lockMs = options.lockMs ?? 30_000;
  if (!Number.isInteger(lockMs) || lockMs < 100) {
    throw new RangeError(
      `newsfacts/queue: \`options.lockMs\` must be a whole number of milliseconds ≥ 100, got ${String(lockMs)}`,
    );
  }
  const onEvent = options.onEvent ?? (() => {});
  const { Worker } = await bullmq();
  // Load the model before taking a job, so the first article does not outlast its lock.
  extract('Warm-up: "It is done," he said on Monday.');
  const worker = new Worker<JobData, Extraction>(
    name,
    async (job) => {
      onEvent({ type: 'start', id: job.data.id });
      return extract(job.data.text, job.data.options);
    },
    { connection, concurrency: 1, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 2 },
  );
  // `completed` fires once BullMQ has stored the result, which only the lock's holder can do.
  worker.on('completed', (job) => onEvent({ type: 'done', id: job.data.id }));
  worker.on('failed', (job, err) => onEvent({ type: 'failed', id: job?.data.id ?? '?', error: err.message }));
  // Connection trouble is retried by BullMQ; the event only needs a listener so it does not crash the process.
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return { close: () => worker.close() };
}

/**
 * Waits for the articles' results and yields them in the order of `ids`, as
 * each becomes available (a slow article holds back the ones after it, never
 * the workers).
 *
 * @example
 * ```ts
 * for await (const r of collectResults(['a.txt'], { redis: { port: 6379 } })) {
 *   console.log(r.id, r.error ?? r.extraction?.quotes.length); // a.txt 0
 * }
 * ```
 */
export async function* collectResults(ids: Iterable<string>, options: CollectOptions): AsyncGenerator<QueueResult> {
  const { connection, queue: name } = checkConfig(options, 'options');
  const timeout = options.timeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1)) {
    throw new RangeError(
      `newsfacts/queue: \`options.timeoutMs\` must be a positive whole number, got ${String(timeout)}`,
    );
  }
  const remove = options.remove ?? true;
  const { Queue, QueueEvents, Job } = await bullmq();
  const queue = new Queue<JobData, Extraction>(name, { connection });
  const events = new QueueEvents(name, { connection });
  try {
    await events.waitUntilReady();
    for (const id of ids) {
      const job = await Job.fromId<JobData, Extraction>(queue, jobId(id));
      if (job === undefined) {
        yield { id, extraction: null, error: `job ${id} was not found in queue ${name}` };
        continue;
      }
      try {
        const extraction = await job.waitUntilFinished(events, timeout);
        yield { id, extraction, error: null };
      } catch (e) {
        yield { id, extraction: null, error: (e as Error).message };
      }
      if (remove) await job.remove().catch(() => {});
    }
  } finally {
    await events.close();
    await queue.close();
  }
}
