/**
 * newsfacts/queue end to end: a Redis server this test starts on 127.0.0.1,
 * three `newsfacts queue work` processes, one `newsfacts queue produce`; one
 * worker is killed (SIGKILL) while it holds an article. Every article must come
 * back once, equal to what extract() gives in this process.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCli } from '../../bench/speed/cli-build.js';
import { extract } from '../../src/extract.js';
import { collectResults, enqueueArticles, jobId, startExtractWorker } from '../../src/queue/index.js';
import { root } from '../helpers.js';

const hasRedis = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasRedis) {
  console.warn(
    'tests/queue: redis-server is not installed here — skipping (apt-get install -y redis-server; .ci/run installs it)',
  );
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Resolves when `pattern` shows up in the process's stdout or stderr, rejects on exit or after `ms`. */
function waitFor(p: ChildProcess, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`timed out waiting for ${pattern}; got: ${seen.slice(-500)}`)), ms);
    const on = (chunk: Buffer): void => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (m !== null) {
        clearTimeout(timer);
        p.stdout?.off('data', on);
        p.stderr?.off('data', on);
        done(m);
      }
    };
    p.stdout?.on('data', on);
    p.stderr?.on('data', on);
    p.once('exit', (code) => fail(new Error(`process exited (${code}) before ${pattern}: ${seen.slice(-500)}`)));
  });
}

const exited = (p: ChildProcess): Promise<number | null> =>
  p.exitCode !== null || p.signalCode !== null
    ? Promise.resolve(p.exitCode)
    : new Promise((done) => p.once('exit', (code) => done(code)));

/** Articles long enough (tens of ms each) that a kill lands mid-article. */
function article(i: number): string {
  const town = ['Tel Amar', 'Qarnayn', 'Deir Hafa', 'Zawiya'][i % 4]!;
  const para = [
    `A car bomb killed ${i + 4} people and wounded ${i * 2 + 10} in ${town} on Sunday, a monitoring group said.`,
    `"The market was full when it went off," said Rana Khoury, a nurse at the town's hospital.`,
    `The Eastern Front claimed responsibility for the attack in a statement on Monday.`,
    `Officials said the toll could rise as rescuers searched the rubble through the night.`,
  ].join('\n\n');
  return `Blast hits ${town} market, report ${i}\n\n${Array.from({ length: 12 }, () => para).join('\n\n')}`;
}

const N = 24;
let dir: string;
let dist: string;
let redis: ChildProcess | null = null;
let port = 0;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  dist = await buildCli(root, 'queue-test');
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-queue-'));
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `article-${String(i).padStart(2, '0')}.txt`), article(i));
  port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitFor(redis, /Ready to accept connections/, 15_000);
}, 60_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (redis !== null) {
    redis.kill('SIGTERM');
    await exited(redis);
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe.skipIf(!hasRedis)('newsfacts/queue on Redis', () => {
  test('a worker killed mid-batch loses no article and none is done twice', async () => {
    const url = `redis://127.0.0.1:${port}`;
    const cli = join(dist, 'cli.js');
    const logs: string[] = ['', '', ''];
    const workers = [0, 1, 2].map((w) => {
      const p = spawn(
        process.execPath,
        [cli, 'queue', 'work', '--redis', url, '--queue', 'kill-test', '--lock-ms', '3000', '--verbose'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      p.stderr.on('data', (c: Buffer) => (logs[w] += c.toString()));
      children.push(p);
      return p;
    });
    await Promise.all(workers.map((p) => waitFor(p, /ready/, 30_000)));

    // Completions as Redis reports them, to count each article's.
    const { QueueEvents } = await import('bullmq');
    const events = new QueueEvents('kill-test', { connection: { host: '127.0.0.1', port } });
    await events.waitUntilReady();
    const completed = new Map<string, number>();
    const stalled = new Set<string>();
    events.on('completed', ({ jobId: id }) => completed.set(id, (completed.get(id) ?? 0) + 1));
    events.on('stalled', ({ jobId: id }) => stalled.add(id));

    const out = join(dir, 'results.jsonl');
    const producer = spawn(
      process.execPath,
      [cli, 'queue', 'produce', dir, '--redis', url, '--queue', 'kill-test', '--out', out],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(producer);
    let producerErr = '';
    producer.stderr.on('data', (c: Buffer) => (producerErr += c.toString()));

    // Kill worker 0 the moment it starts its second article.
    const second = await waitFor(workers[0]!, /start [^\n]+\n(?:[^\n]*\n)*?[^\n]*start ([^\n]+)\n/, 60_000);
    workers[0]!.kill('SIGKILL');
    const victim = second[1]!;
    expect(await Promise.race([exited(producer), new Promise((r) => setTimeout(() => r('timeout'), 90_000))])).toBe(0);
    await events.close();

    // The killed worker never finished the article it held; another worker did.
    expect(logs[0]).toContain(`start ${victim}\n`);
    expect(logs[0]).not.toContain(`done ${victim}\n`);
    expect(logs[1]! + logs[2]!).toContain(`done ${victim}\n`);
    expect(stalled.has(jobId(victim))).toBe(true);

    // Every article: one result, in input order, equal to the library's; one completion in Redis.
    expect(producerErr).toBe('');
    const lines = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const names = Array.from({ length: N }, (_, i) => join(dir, `article-${String(i).padStart(2, '0')}.txt`));
    expect(lines.map((l) => l.file)).toEqual(names);
    lines.forEach((l, i) => expect(l).toEqual(JSON.parse(JSON.stringify({ file: names[i], ...extract(article(i)) }))));
    expect(completed.size).toBe(N);
    expect([...completed.values()].every((n) => n === 1)).toBe(true);
    const dones = (logs.join('').match(/ done [^\n]+/g) ?? []).map((s) => s.slice(6));
    expect(dones.sort()).toEqual([...names].sort());
    // Extraction itself ran twice only for the article whose worker died.
    const starts = (logs.join('').match(/ start [^\n]+/g) ?? []).map((s) => s.slice(7));
    for (const name of names) expect(starts.filter((s) => s === name).length, name).toBe(name === victim ? 2 : 1);

    // The surviving workers stop cleanly on SIGTERM.
    for (const p of workers.slice(1)) p.kill('SIGTERM');
    expect(await Promise.all(workers.slice(1).map(exited))).toEqual([0, 0]);
  }, 150_000);

  test('the library API: enqueue, a worker in this process, results in order; ids enqueued once', async () => {
    const redisConn = { host: '127.0.0.1', port };
    const texts = ['Two people were killed on Monday, police said.', '', '"We are safe," said Ana Ruiz.'];
    const articles = texts.map((text, i) => ({ id: `x:${i}`, text, options: { publishedAt: '2020-05-04' } }));
    const ids = await enqueueArticles(articles, { redis: redisConn, queue: 'api-test' });
    // Enqueued again before any worker ran: still one job each.
    await enqueueArticles(articles, { redis: redisConn, queue: 'api-test' });
    const seen: string[] = [];
    const worker = await startExtractWorker({
      redis: redisConn,
      queue: 'api-test',
      onEvent: (e) => e.type === 'done' && seen.push(e.id),
    });
    const results = [];
    for await (const r of collectResults(ids, { redis: redisConn, queue: 'api-test', timeoutMs: 30_000 }))
      results.push(r);
    await worker.close();
    expect(results.map((r) => r.id)).toEqual(ids);
    results.forEach((r, i) =>
      expect(r.extraction).toEqual(JSON.parse(JSON.stringify(extract(texts[i]!, { publishedAt: '2020-05-04' })))),
    );
    expect(seen.sort()).toEqual([...ids].sort());
    // Collected jobs are removed: asking again says so.
    const again = [];
    for await (const r of collectResults(['x:0'], { redis: redisConn, queue: 'api-test' })) again.push(r);
    expect(again[0]!.error).toContain('was not found');
  }, 60_000);

  test('bad arguments are TypeErrors or RangeErrors naming the option', async () => {
    await expect(enqueueArticles([], { redis: null as never })).rejects.toThrow(/`config.redis` must be an object/);
    await expect(enqueueArticles([], { redis: { port: 70000 } })).rejects.toThrow(RangeError);
    await expect(enqueueArticles([{ id: '', text: 'x' }], { redis: { port } })).rejects.toThrow(
      /non-empty string `id`/,
    );
    await expect(
      enqueueArticles(
        [
          { id: 'a', text: 'x' },
          { id: 'a', text: 'y' },
        ],
        { redis: { port }, queue: 'dup-test' },
      ),
    ).rejects.toThrow(/given twice/);
    await expect(startExtractWorker({ redis: { port }, lockMs: 5 })).rejects.toThrow(/options.lockMs/);
    await expect(startExtractWorker({ redis: { port }, queue: 'a b' })).rejects.toThrow(/options.queue/);
  });
});
