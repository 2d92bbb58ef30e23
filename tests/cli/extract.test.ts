import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/run.js';
import { extract } from '../../src/extract.js';

// Spy on the library the command calls, to see the options it passes.
vi.mock('../../src/extract.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract.js')>();
  return { ...real, extract: vi.fn(real.extract) };
});

const ARTICLES: Record<string, string> = {
  'a.txt': `Shelling hits market in Qarnayn

A rocket killed 7 people and wounded 15 in the market of Qarnayn on Tuesday, medics said.

"We heard three explosions one after the other," said Omar Haddad, a shopkeeper.

The Valley Front claimed responsibility for the attack in a statement.`,
  'b.txt': `Talks resume in Lisbon

Negotiators met again on 3 March, officials said. "Nobody expects a quick deal," said Mira Santos, the envoy.`,
  'c.txt': `Floods cut roads

Two people are missing after floods on Sunday, according to the civil defence.`,
};

let dir: string;
const out = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: s, text: () => text };
};

/** Runs the command in this process with `--jobs 1` unless jobs are given. */
async function cli(args: string[], stdin = '') {
  const o = out();
  const e = out();
  const input = new PassThrough();
  input.end(stdin);
  const code = await runCli(args, { stdout: o.stream, stderr: e.stream, stdin: input, cwd: dir });
  return { code, stdout: o.text(), stderr: e.text() };
}
const hasJobs = (args: string[]) => args.some((a) => a === '-j' || a.startsWith('--jobs'));
const run = (args: string[], stdin = '') =>
  cli(hasJobs(args) || args[0] === '--version' ? args : [...args, '-j', '1'], stdin);

/** What the command should say for a file: the library's own result, as JSON. */
const expected = (file: string, text: string, options = {}) =>
  JSON.parse(JSON.stringify({ file, ...extract(text, options) })) as Record<string, unknown>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
  mkdirSync(join(dir, 'news', 'deeper'), { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'news', 'b.txt'), ARTICLES['b.txt']!);
  writeFileSync(join(dir, 'news', 'deeper', 'a.txt'), ARTICLES['a.txt']!);
  writeFileSync(join(dir, 'news', 'notes.md'), 'not an article');
  mkdirSync(join(dir, 'empty-folder'));
  writeFileSync(join(dir, 'empty-folder', 'image.png'), 'x');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'page.txt'),
    '<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>',
  );
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(join(dir, 'nul.txt'), Buffer.from('abc\u0000def'));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formats', () => {
  test('JSONL: one line per article, in input order, each with its file and the library result', async () => {
    const r = await run(['c.txt', 'a.txt', 'news', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      'c.txt',
      'a.txt',
      join('news', 'b.txt'),
      join('news', 'deeper', 'a.txt'),
    ]);
    expect(lines[0]).toEqual(expected('c.txt', ARTICLES['c.txt']!));
    expect(lines[3]).toEqual(expected(join('news', 'deeper', 'a.txt'), ARTICLES['a.txt']!));
  });

  test('several inputs default to JSONL; one file to the readable table', async () => {
    const many = await run(['a.txt', 'b.txt']);
    expect(many.stdout.trimEnd().split('\n')).toHaveLength(2);
    const one = await run(['a.txt']);
    expect(one.stdout.startsWith('a.txt\n\nHeadline   Shelling hits market in Qarnayn\n')).toBe(true);
    const x = extract(ARTICLES['a.txt']!);
    expect(one.stdout).toContain(`Quotes (${x.quotes.length})`);
    expect(one.stdout).toContain(`Casualties (${x.casualties.length})`);
  });

  test('table over several files gives one summary per file', async () => {
    const r = await run(['a.txt', 'b.txt', '--format', 'table']);
    expect(r.stdout.match(/^Headline /gm)).toHaveLength(2);
    expect(r.stdout).toContain('\nb.txt\n\nHeadline   Talks resume in Lisbon');
  });

  test('JSON: the object for one file (as --json always gave), an array for several', async () => {
    const one = await run(['b.txt', '--json']);
    expect(JSON.parse(one.stdout)).toEqual(expected('b.txt', ARTICLES['b.txt']!));
    const many = await run(['a.txt', 'b.txt', '--format', 'json']);
    const arr = JSON.parse(many.stdout) as Record<string, unknown>[];
    expect(arr.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(arr[1]).toEqual(expected('b.txt', ARTICLES['b.txt']!));
    const folder = await run(['news', '--format', 'json']);
    expect(Array.isArray(JSON.parse(folder.stdout))).toBe(true);
  });

  test('CSV: one row per item with its kind, quoted by the CSV library', async () => {
    const r = await run(['a.txt', 'b.txt', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(r.stdout.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const xa = extract(ARTICLES['a.txt']!);
    const xb = extract(ARTICLES['b.txt']!);
    const items = (x: typeof xa) =>
      x.quotes.length + x.casualties.length + x.claims.length + x.dates.length + x.incidents.length;
    expect(rows).toHaveLength(items(xa) + items(xb));
    const quote = rows.find((row) => row.kind === 'quote' && row.text!.startsWith('We heard'))!;
    const q = xa.quotes.find((x) => x.text.startsWith('We heard'))!;
    expect(quote).toMatchObject({
      file: 'a.txt',
      start: String(q.start),
      end: String(q.end),
      text: q.text,
      type: q.kind,
    });
    expect(quote.actor).toBe(q.speaker?.name ?? '');
    const killed = xa.casualties.find((c) => c.outcome === 'killed')!;
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: 'casualty', type: 'killed', min: String(killed.count.min), text: killed.text }),
    );
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['quote', 'casualty', 'claim', 'date', 'incident']));
  });

  test('--only keeps the parts asked for; incidents is accepted before the extraction has them', async () => {
    const r = await run(['a.txt', '--only', 'quotes,dates', '--format', 'jsonl']);
    const line = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['file', 'document', 'quotes', 'dates', 'entities']);
    const csv = await run(['a.txt', '--only', 'casualties', '--format', 'csv']);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['casualty']));
    // a source is an entity reference in the result: its name fills the CSV column
    expect(rows.find((row) => row.text === '7 people')?.source).toBe('medics');
    const inc = await run(['a.txt', '--only', 'incidents', '--format', 'jsonl']);
    expect(inc.code).toBe(0);
    const incLine = JSON.parse(inc.stdout) as Record<string, unknown>;
    const has = Array.isArray((extract(ARTICLES['a.txt']!) as unknown as Record<string, unknown>).incidents);
    expect('incidents' in incLine).toBe(has);
    const table = await run(['a.txt', '--only', 'claims']);
    expect(table.stdout).toContain('Claims (');
    expect(table.stdout).not.toContain('Quotes (');
  });
});

describe('inputs', () => {
  test('standard input with -', async () => {
    const r = await run(['-', '--format', 'jsonl'], ARTICLES['c.txt']);
    expect(JSON.parse(r.stdout)).toEqual(expected('-', ARTICLES['c.txt']!));
  });

  test('a quoted glob expands in sorted order; a pattern matching nothing is an error naming it', async () => {
    const r = await run(['news/**/*.txt', '--format', 'jsonl']);
    const files = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual(['news/b.txt', 'news/deeper/a.txt']);
    const none = await run(['news/*.doc']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('news/*.doc: no file matches this pattern');
  });

  test('a file named twice is read once', async () => {
    const r = await run(['a.txt', './a.txt', '--format', 'jsonl']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  test('an empty file gives an empty result', async () => {
    const r = await run(['empty.txt', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout) as {
      quotes: unknown[];
      casualties: unknown[];
      claims: unknown[];
      dates: unknown[];
    };
    expect([line.quotes, line.casualties, line.claims, line.dates]).toEqual([[], [], [], []]);
  });
});

describe('errors name the file and exit non-zero', () => {
  test.each([
    ['missing.txt', 'missing.txt: no such file or folder'],
    ['empty-folder', 'empty-folder: folder holds no .txt or .text file'],
    ['page.txt', 'page.txt: HTML file'],
    ['photo.txt', 'photo.txt: binary file (PNG image)'],
    ['nul.txt', 'nul.txt: binary file (contains NUL bytes)'],
    ['latin1.txt', 'latin1.txt: binary file (not valid UTF-8)'],
  ])('%s', async (file, message) => {
    const r = await run(['a.txt', file, 'b.txt', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`newsfacts: ${message}`);
    // The good files are still read.
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual(['a.txt', 'b.txt']);
  });

  test.each([
    [['a.txt', '--format', 'xml'], '--format must be one of json, jsonl, csv, table'],
    [['a.txt', '--only', 'quotes,people'], '--only takes a comma-separated list'],
    [['a.txt', '--jobs', '0'], '--jobs must be a whole number of at least 1'],
    [['a.txt', '--date-order', 'ymd'], '--date-order must be dmy or mdy'],
    [['a.txt', '--published-at', '2017-02-30'], '--published-at is not a valid date: "2017-02-30"'],
    [['a.txt', '--bogus'], "Unknown option '--bogus'"],
    [['--format', 'jsonl'], 'give the articles to read'],
    [['a.txt', '--json', '--format', 'csv'], '--json contradicts --format csv'],
  ])('usage error %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('dates', () => {
  test('--published-at anchors every article', async () => {
    const r = await run(['a.txt', 'b.txt', '--published-at', '2019-05-08', '--format', 'jsonl']);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual(expected('a.txt', ARTICLES['a.txt']!, { publishedAt: '2019-05-08' }));
    expect(lines.map((l) => (l.document as { publication: { value: string } }).publication.value)).toEqual([
      '2019-05-08',
      '2019-05-08',
    ]);
  });

  test('--date-order reaches extract() as dateOrder', async () => {
    const spy = vi.mocked(extract);
    spy.mockClear();
    expect((await run(['a.txt', '--date-order', 'dmy', '--format', 'jsonl'])).code).toBe(0);
    expect(spy.mock.calls.at(-1)?.[1]).toMatchObject({ dateOrder: 'dmy' });
    expect((await run(['a.txt', '--date-order', 'MDY', '--format', 'jsonl'])).code).toBe(0);
    expect(spy.mock.calls.at(-1)?.[1]).toMatchObject({ dateOrder: 'mdy' });
  });

  test('a sidecar CSV gives each file its own date, over --published-at', async () => {
    writeFileSync(join(dir, 'dates.csv'), 'file,date\na.txt,2016-02-01\nnews/b.txt,2017-02-25T10:30\n');
    const r = await run([
      'a.txt',
      'news/b.txt',
      'c.txt',
      '--published-at-csv',
      'dates.csv',
      '--published-at',
      '2015',
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual(expected('a.txt', ARTICLES['a.txt']!, { publishedAt: '2016-02-01' }));
    expect(lines[1]).toEqual(expected('news/b.txt', ARTICLES['b.txt']!, { publishedAt: '2017-02-25T10:30' }));
    expect(lines[2]).toEqual(expected('c.txt', ARTICLES['c.txt']!, { publishedAt: '2015' }));
  });

  test('a sidecar CSV with a bad date or no date column is a usage error naming the CSV', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'file,date\na.txt,2016-02-01\nb.txt,1st of May\n');
    const bad = await run(['a.txt', '--published-at-csv', 'bad.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.csv: line 3: not a valid date: "1st of May"');
    writeFileSync(join(dir, 'nocol.csv'), 'name,when\na.txt,2016-02-01\n');
    const nocol = await run(['a.txt', '--published-at-csv', 'nocol.csv']);
    expect(nocol.code).toBe(2);
    expect(nocol.stderr).toContain('nocol.csv: the dates CSV needs a header with a "file" and a "date" column');
  });
});

describe('queue command usage', () => {
  test.each([
    [['queue', 'produce', 'a.txt', '--redis', 'http://127.0.0.1:6379'], '--redis must start with redis://'],
    [['queue', 'produce', 'a.txt', '--redis', 'not a url'], '--redis must be a URL'],
    [['queue', 'produce', '--redis', 'redis://127.0.0.1:1'], 'give the articles to enqueue'],
    [['queue', 'produce', 'a.txt', '--published-at', 'soon'], '--published-at is not a valid date: "soon"'],
    [['queue', 'produce', 'a.txt', '--timeout-ms', '0'], '--timeout-ms must be a positive whole number'],
    [['queue', 'work', '--lock-ms', 'x'], '--lock-ms must be a positive whole number'],
    [['queue', 'work', '--frob'], "Unknown option '--frob'"],
    [['queue', 'drain'], 'unknown queue command "drain"'],
    [['queue', 'produce', 'a.txt', '--date-order', 'ydm'], '--date-order must be dmy or mdy'],
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('help and version', () => {
  test('--help per command, --version from package.json', async () => {
    const h = await cli(['extract', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--format <fmt>');
    const q = await cli(['queue', '--help']);
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('newsfacts queue');
    const v = await cli(['--version']);
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(v.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('--format html', () => {
  test('writes one self-contained highlighted page for one file, and refuses several', async () => {
    const r = await run(['a.txt', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('a.txt');
    const many = await run(['a.txt', 'b.txt', '--format', 'html']);
    expect(many.code).toBe(2);
  });
});

describe('newsfacts aggregate', () => {
  test('joins the JSONL of extract into entities and events, as JSON or an events CSV', async () => {
    const jsonl = await run(['a.txt', 'b.txt', '--format', 'jsonl']);
    expect(jsonl.code).toBe(0);
    const json = await cli(['aggregate', '-'], jsonl.stdout);
    expect(json.code).toBe(0);
    const agg = JSON.parse(json.stdout) as { entities: unknown[]; events: { articles: string[] }[] };
    expect(Array.isArray(agg.entities) && Array.isArray(agg.events)).toBe(true);
    const csv = await cli(['aggregate', '-', '--format', 'csv'], jsonl.stdout);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^event_id,event_date,event_type,place,actors/);
    expect((parseCsv(csv.stdout, { columns: true }) as unknown[]).length).toBe(agg.events.length);
  });

  test('names a missing file, and a line that is not an article', async () => {
    expect((await cli(['aggregate', 'nothing.jsonl'])).stderr).toMatch(/nothing\.jsonl: no such file/);
    const bad = await cli(['aggregate', '-'], '{"file":"a.txt","document":{"publication":{"value":null}}}\n[1,2]\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 2/);
    expect((await cli(['aggregate', 'x', '--format', 'xml'])).code).toBe(2);
  });
});
