/**
 * Re-renders the command-line examples in docs/guides/cli.md by running the
 * `newsfacts` command (in this process, from src/) on short articles written
 * for the guide, so the output shown is what the command prints. `npm run
 * docs` runs it after render-guides.ts.
 *
 *   tsx docs/tools/render-cli-guide.ts          rewrite the guide
 *   tsx docs/tools/render-cli-guide.ts --check  exit 1 when it is out of date
 *
 * A region `<!-- cli:ID -->` … `<!-- /cli -->` is replaced by the command
 * line and what it printed (standard output, then standard error, then the
 * exit status when it is not 0).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const guide = join(root, 'docs', 'guides', 'cli.md');

/** The articles every example can read, by path under the example's folder. */
export const FILES: Readonly<Record<string, string>> = {
  'articles/port.txt': `Blast Hits Market in Port Town

At least 14 people were killed and dozens wounded when a car bomb exploded near a fish market on Friday, police said.

"We heard the blast from the harbour," said Tomas Varga, a fisherman.

The Coastal Front claimed responsibility for the attack in a statement.`,
  'articles/valley.txt': `Shelling Cuts Road to Valley Villages

Two people were killed and five injured when shells hit the road to the valley villages on 4 March, a hospital official said. The army blamed rebel units for the shelling.`,
  'dates.csv': `file,date
articles/port.txt,2021-06-12
articles/valley.txt,2020-03-06
`,
  'page.txt': `<!DOCTYPE html>
<html><head><title>Port Town</title></head><body><p>At least 14 people were killed.</p></body></html>`,
};

/** One command to show: its arguments (after `newsfacts`), and what it reads on standard input. */
export interface CliExample {
  readonly args: readonly string[];
  /** A file of {@link FILES} piped to standard input (shown as `< file`). */
  readonly stdin?: string;
}

export const examples: Readonly<Record<string, CliExample>> = {
  table: { args: ['extract', 'articles/port.txt', '--published-at', '2021-06-12'] },
  jsonl: { args: ['extract', 'articles/', '--only', 'casualties', '--published-at-csv', 'dates.csv'] },
  csv: {
    args: [
      'extract',
      'articles/*.txt',
      '--format',
      'csv',
      '--only',
      'casualties,claims,dates',
      '--published-at-csv',
      'dates.csv',
    ],
  },
  stdin: {
    args: ['extract', '-', '--format', 'json', '--only', 'dates', '--published-at', '2021-06-12'],
    stdin: 'articles/port.txt',
  },
  errors: { args: ['extract', 'articles/', 'missing.txt', 'page.txt', '--only', 'claims', '--format', 'csv'] },
  help: { args: ['extract', '--help'] },
  'queue-help': { args: ['queue', '--help'] },
};

const quote = (a: string): string => (/^[\w./:=,-]+$/.test(a) ? a : `'${a}'`);

/** Runs one example in a fresh folder holding {@link FILES}; returns the Markdown for it. */
export async function render(id: string, ex: CliExample): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-guide-'));
  try {
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const collect = (): { stream: PassThrough; text: () => string } => {
      const stream = new PassThrough();
      let text = '';
      stream.on('data', (c: Buffer) => (text += c.toString()));
      return { stream, text: () => text };
    };
    const out = collect();
    const err = collect();
    const stdin = new PassThrough();
    stdin.end(ex.stdin === undefined ? '' : FILES[ex.stdin]);
    // One thread: the examples are small, and --jobs does not change what is printed.
    const args = ex.args.includes('--help') ? [...ex.args] : [...ex.args, '--jobs', '1'];
    const code = await runCli(args, { stdout: out.stream, stderr: err.stream, stdin, cwd: dir });
    const line = `$ newsfacts ${ex.args.map(quote).join(' ')}${ex.stdin === undefined ? '' : ` < ${ex.stdin}`}`;
    const printed = [out.text(), err.text()].filter((s) => s !== '').join('');
    const status = code === 0 ? '' : `\n(exit status ${code})`;
    if (printed === '') throw new Error(`cli example ${id} printed nothing`);
    return ['```console', line, `${printed.trimEnd()}${status}`, '```'].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const REGION = /<!-- cli:([\w-]+) -->\n[\s\S]*?<!-- \/cli -->/g;

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const before = readFileSync(guide, 'utf8');
  const used = new Set<string>();
  let after = '';
  let last = 0;
  for (const m of before.matchAll(REGION)) {
    const id = m[1]!;
    const ex = examples[id];
    if (ex === undefined) throw new Error(`cli.md: no example named ${id}`);
    used.add(id);
    after += before.slice(last, m.index) + `<!-- cli:${id} -->\n\n${await render(id, ex)}\n\n<!-- /cli -->`;
    last = m.index! + m[0].length;
  }
  after += before.slice(last);
  const unused = Object.keys(examples).filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`cli examples used nowhere in cli.md: ${unused.join(', ')}`);
  if (after === before) {
    console.log('cli guide up to date');
    return 0;
  }
  if (check) {
    console.error('out of date (run npm run docs): cli.md');
    return 1;
  }
  writeFileSync(guide, after);
  console.log('re-rendered cli.md');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
