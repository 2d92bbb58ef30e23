/** The command as built by tsup, spawned as users run it. */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';
import { extract } from '../../src/extract.js';
import { root } from '../helpers.js';
import { buildCli } from '../../bench/speed/cli-build.js';

const run = promisify(execFile);

const SENTENCES = [
  'A roadside bomb killed {n} soldiers near the village of Tel Amar on {day}, the army said.',
  '"We will rebuild the bridge," said Leyla Aksoy, the mayor, on {day}.',
  'The Northern Brigades claimed responsibility for the blast in a statement.',
  'At least {n} people were wounded, according to a local hospital.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

let dist: string;
let dir: string;
const texts: string[] = [];

beforeAll(async () => {
  dist = await buildCli(root, 'cli-built-test');
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-built-'));
  for (let i = 0; i < 9; i++) {
    const body = SENTENCES.map((s) => s.replace('{n}', String(i + 3)).replace('{day}', DAYS[i % DAYS.length]!));
    const text = `Report number ${i + 1}\n\n${body.join('\n\n')}`;
    texts.push(text);
    writeFileSync(join(dir, `r${i}.txt`), text);
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  run(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: dir, maxBuffer: 64 << 20 });

describe('the built command', () => {
  test('loads the library from ./index.js instead of bundling a second copy', () => {
    for (const f of readdirSync(dist).filter((f) => f !== 'index.js' && f.endsWith('.js'))) {
      const code = readFileSync(join(dist, f), 'utf8');
      expect(code, f).not.toMatch(/wink-nlp|wink-eng-lite-web-model|function parse\(/);
    }
    expect(readFileSync(join(dist, 'cli-worker.js'), 'utf8')).toMatch(/from "\.\/index\.js"/);
  });

  test('--jobs 2 runs the pool workers from dist and gives what one thread and the library give', async () => {
    const files = texts.map((_, i) => `r${i}.txt`);
    const two = await cli([...files, '--jobs', '2', '--format', 'jsonl']);
    const one = await cli([...files, '--jobs', '1', '--format', 'jsonl']);
    expect(two.stdout).toBe(one.stdout);
    const lines = two.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(files);
    lines.forEach((l, i) => expect(l).toEqual(JSON.parse(JSON.stringify({ file: files[i], ...extract(texts[i]!) }))));
    // Not a terminal: no progress bar on stderr.
    expect(two.stderr).toBe('');
  }, 60_000);

  test('a glob, a CSV and a missing file in one call', async () => {
    const err = await cli(['r*.txt', 'gone.txt', '--format', 'csv', '-j', '2']).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect('code' in err && err.code).toBe(1);
    expect(err.stderr).toContain('newsfacts: gone.txt: no such file or folder');
    const header = err.stdout.split('\n')[0];
    expect(header).toBe('file,kind,start,end,text,type,value,min,max,scope,actor,source,confidence,boilerplate');
    expect(new Set([...err.stdout.matchAll(/^(r\d\.txt),/gm)].map((m) => m[1])).size).toBe(9);
  }, 60_000);

  test('the old form `newsfacts <file> --json` and the README summary still work', async () => {
    const json = await cli(['r0.txt', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify({ file: 'r0.txt', ...extract(texts[0]!) })));
    const table = await cli(['r0.txt']);
    expect(table.stdout.startsWith('r0.txt\n\nHeadline   Report number 1\n')).toBe(true);
  }, 60_000);

  test('dates checked by a pool worker: a sidecar CSV with --jobs 2, and a bad --published-at', async () => {
    writeFileSync(join(dir, 'dates.csv'), 'file,date\nr1.txt,2018-07-02\nr2.txt,2019-01-15T08:00\n');
    const r = await cli([
      'r1.txt',
      'r2.txt',
      'r3.txt',
      '--published-at-csv',
      'dates.csv',
      '-j',
      '2',
      '--format',
      'jsonl',
    ]);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual(
      JSON.parse(JSON.stringify({ file: 'r1.txt', ...extract(texts[1]!, { publishedAt: '2018-07-02' }) })),
    );
    expect(lines[1]).toEqual(
      JSON.parse(JSON.stringify({ file: 'r2.txt', ...extract(texts[2]!, { publishedAt: '2019-01-15T08:00' }) })),
    );
    expect(lines[2]).toEqual(JSON.parse(JSON.stringify({ file: 'r3.txt', ...extract(texts[3]!) })));
    const bad = await cli(['r1.txt', 'r2.txt', '--published-at', '2019-13-01', '-j', '2']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in bad && bad.code).toBe(2);
    expect(bad.stderr).toContain('--published-at is not a valid date: "2019-13-01"');
  }, 60_000);

  test('standard input through a pipe', async () => {
    const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'extract', '-', '--format', 'jsonl'], {
      cwd: dir,
      input: texts[2],
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify({ file: '-', ...extract(texts[2]!) })));
  }, 60_000);

  test('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await cli(['--version'])).stdout).toBe(`${pkg.version}\n`);
    expect((await cli(['extract', '--help'])).stdout).toContain('--jobs <n>');
    expect((await cli(['--help'])).stdout).toContain('newsfacts extract <files | folders | globs | ->');
  }, 60_000);
});

describe('progress bar', () => {
  test('draws count, rate and ETA on a terminal, throttled, and clears its line', () => {
    let clock = 0;
    const written: string[] = [];
    const bar = progressBar({ isTTY: true, columns: 100, write: (s: string) => written.push(s) }, 10, () => clock);
    clock = 1000;
    bar.tick(); // 1 in 1 s: 1 file/s, 9 s to go
    clock = 1050;
    bar.tick(); // within 100 ms of the last draw: not drawn
    clock = 2000;
    bar.tick();
    bar.done();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\[#{4}\.{36}\] 1\/10 1\.0 files\/s ETA 9s/);
    expect(written[1]).toContain(' 3/10 1.5 files/s ETA 5s');
    expect(written[2]).toBe('\r\x1b[K');
  });

  test('draws nothing off a terminal', () => {
    const written: string[] = [];
    const bar = progressBar({ write: (s: string) => written.push(s) }, 10);
    bar.tick();
    bar.done();
    expect(written).toEqual([]);
  });
});
