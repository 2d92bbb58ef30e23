/**
 * Re-renders the examples in docs/guides/*.md by running the library on them,
 * so the outputs shown in the guides are what this build returns, never a
 * stale copy. `npm run docs` runs it before typedoc.
 *
 *   tsx docs/tools/render-guides.ts          rewrite the guides
 *   tsx docs/tools/render-guides.ts --check  exit 1 when a guide is out of date
 *
 * A guide marks a region with `<!-- render:ID -->` … `<!-- /render -->`; the
 * region is replaced by the example's code (input included) and its output.
 * The inputs are short texts written for these guides (not corpus or dev data).
 *
 * A region `<!-- recipe:NAME -->` … `<!-- /recipe -->` (the cookbook) gets the
 * script docs/cookbook/NAME.ts and what it prints when run from the repository
 * root, with `newsfacts` resolved to src/ (docs/cookbook/tsconfig.json).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../../src/index.js';
import type { Extraction, ExtractOptions } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const guides = join(root, 'docs', 'guides');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** One example: an input, the options, and which part of the result to show. */
export interface Example {
  /** The input; for a `file` example, what the file holds. */
  readonly text: string;
  /** A real article of the repository (`corpus/documents/…`) the example reads instead of an inline text. */
  readonly file?: string;
  /** Show the result as a Markdown table instead of JSON (`incidents`: one row per incident). */
  readonly table?: 'incidents';
  readonly options?: ExtractOptions;
  /** A property path into the Extraction (`quotes`, `document.publication`); empty for the whole result. */
  readonly show: string;
  /** Show only these fields of each item (default: all). */
  readonly fields?: readonly string[];
}

export const examples: Readonly<Record<string, Example>> = {
  quotes: {
    text: `Ministers Back River Accord

GENEVA, March 4 – Water ministers from four countries signed an accord on Monday to share the Lumo river, officials said.

"This is a fair deal for every farmer on the river," said Amara Okafor, the Nigerian water minister. She added that the accord "must be honoured in dry years too".

Delegates said the talks had been tense. According to the UN envoy, a monitoring body will meet in May.`,
    options: { publishedAt: '2019-03-04' },
    show: 'quotes',
  },
  'quotes-continuation': {
    text: `"We expected a long night," the harbour master told reporters. "The wind turned at midnight.

"By dawn every boat was back in port."`,
    options: { publishedAt: '2019-11-02' },
    show: 'quotes',
    fields: ['kind', 'text', 'speaker', 'cue'],
  },
  casualties: {
    text: `Blast Hits Market in Port Town

At least 14 people were killed and dozens wounded when a car bomb exploded near a fish market on Friday, police said. Two children were among the dead.

Three fishermen are still missing. Police arrested five men after the blast.

The insurgency has killed more than 9,000 people since 2015, according to a regional monitoring group.`,
    options: { publishedAt: '2021-06-12' },
    show: 'casualties',
  },
  claims: {
    text: `Suicide Bombers Strike Army Checkpoints

Two suicide bombers struck army checkpoints outside the city on Sunday, killing nine soldiers.

ISIS claimed responsibility for the attack in a statement on its news agency. Hay'at Tahrir al-Sham denied any role, while the governor blamed al-Qaeda for a separate ambush on a fuel convoy.

No group has claimed the rocket fire that hit the airport on Saturday.`,
    options: { publishedAt: '2018-09-17' },
    show: 'claims',
  },
  dates: {
    text: `The council met for six hours on Tuesday and will meet again next week. Its members were first elected in January 2018, and the chair said last year's budget is now spent. Inspections take place every winter.`,
    options: { publishedAt: '2019-03-08' },
    show: 'dates',
  },
  'dates-unanchored': {
    text: `The council met on Tuesday and will meet again next week.`,
    show: 'dates',
  },
  'zones-dateline': {
    text: `Ports Reopen After Storm

LISBON, 12 Oct – Dock workers returned on Monday after the storm closed the harbour for three days.`,
    show: 'document',
  },
  'zones-timestamp': {
    text: `Ports Reopen After Storm

04/10/2019 08:30 by staff reporter

Dock workers returned on Monday after the storm closed the harbour for three days.`,
    show: 'document.publication',
  },
  'zones-url': {
    text: `Ports Reopen After Storm

Dock workers returned on Monday after the storm closed the harbour for three days.`,
    options: { url: 'https://news.example.org/world/2019/oct/14/ports-reopen' },
    show: 'document.publication',
  },
  'zones-boilerplate': {
    text: `Home | World | Business | Sport

Ports Reopen After Storm

Dock workers returned on Monday after the storm closed the harbour for three days, the port authority said.

Latest news
Rail strike called off
Fuel prices fall again
Harbour fees to rise`,
    options: { publishedAt: '2019-10-14' },
    show: 'document.zones',
    fields: ['kind', 'start', 'end'],
  },
  'incidents-homs': corpusExample('corpus/documents/003_c1bcddf612ed12e0.txt', 'incidents'),
  'incidents-toll': {
    text: `Gunmen Storm Hotel in Port City

At least 12 people were killed when gunmen stormed a hotel in the port city of Kismayo on Friday, police said. A hospital official said 14 people had died, including two children, and that dozens were wounded. The Harbour Monitor, which tracks the violence, put the toll at 13.

Separately, a roadside bomb killed a soldier near Baidoa on Saturday.`,
    options: { publishedAt: '2022-05-15' },
    show: 'incidents',
    table: 'incidents',
  },
  schema: {
    text: `Flood Waters Recede After Storm

At least 12 people died when the river burst its banks on Sunday, the mayor said. "We have never seen water this high," she told reporters.`,
    options: { publishedAt: '2020-08-03' },
    show: '',
  },
};

/** A corpus article's text and its publication date, for examples on real articles. */
function corpusExample(file: string, table: 'incidents'): Example {
  const meta = JSON.parse(readFileSync(join(root, 'corpus', 'documents', 'metadata.json'), 'utf8')) as {
    documents: { file: string; publishedAt: string }[];
  };
  const publishedAt = meta.documents.find((d) => `corpus/documents/${d.file}` === file)?.publishedAt;
  return {
    text: readFileSync(join(root, file), 'utf8'),
    file,
    table,
    show: 'incidents',
    ...(publishedAt === undefined ? {} : { options: { publishedAt } }),
  };
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const quoted = (xs: readonly { text: string }[]): string => xs.map((x) => `“${cell(x.text)}”`).join(', ');

/** One row per incident: place, date, naming phrases, figures, claims, and per outcome low / best / high. */
export function incidentsTable(x: Extraction): string {
  const rows = x.incidents.map((i) => {
    const tolls = Object.entries(i.tolls)
      .map(([outcome, t]) => {
        const who = t.best.sources.map((s) => s.name).join(', ');
        return `${outcome} ${t.low.value} / **${t.best.value}** / ${t.high.value}${who === '' ? '' : ` (best: ${cell(who)})`}`;
      })
      .join('; ');
    const figures = i.casualties
      .map((f) => `“${cell(f.text)}”${f.partOf === null ? '' : ` ⊂ “${cell(f.partOf.text)}”`}`)
      .join(', ');
    const claims = i.claims.map((c) => `${c.status} ${c.actor?.name ?? '(no one)'}`).join('; ');
    return [
      i.id,
      i.place === null ? '—' : `“${cell(i.place.text)}”`,
      i.date === null ? '—' : `“${cell(i.date.text)}” ${i.date.value ?? ''}`,
      quoted(i.mentions) || '—',
      figures || '—',
      claims || '—',
      tolls || '—',
    ].join(' | ');
  });
  const none = x.casualties.filter((f) => !x.incidents.some((i) => i.casualties.includes(f)));
  return [
    '| id | place | date | named as | figures | claims | low / **best** / high |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
    `In no incident (cumulative tolls): ${none.length === 0 ? 'none' : quoted(none)}.`,
  ].join('\n');
}

function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.').filter(Boolean)) v = (v as Record<string, unknown>)[key];
  return v;
}

function only(value: unknown, fields: readonly string[] | undefined): unknown {
  if (fields === undefined || !Array.isArray(value)) return value;
  return value.map((item: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, item[f]])));
}

/** JSON on one line, with a space after each colon and comma (outside strings). */
function inline(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length === 0
    ? '{}'
    : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

/** Options as a TypeScript object literal: `{ publishedAt: '2019-03-04' }`. */
function tsLiteral(o: ExtractOptions): string {
  const lit = (v: unknown): string => (typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v));
  return `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${lit(v)}`)
    .join(', ')} }`;
}

/** JSON with small objects and arrays kept on one line. */
export function compactJson(value: unknown, indent = ''): string {
  const flat = inline(value);
  if (flat.length + indent.length <= 96 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${compactJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The Markdown a render region holds for an example. */
export function render(id: string, ex: Example): string {
  const opts = ex.options === undefined ? '' : `, ${tsLiteral(ex.options)}`;
  const result = extract(ex.text, ex.options);
  if (ex.table === 'incidents') {
    const input =
      ex.file === undefined
        ? ["import { extract } from 'newsfacts';", '', `const text = \`${ex.text}\`;`]
        : [
            "import { readFileSync } from 'node:fs';",
            "import { extract } from 'newsfacts';",
            '',
            `const text = readFileSync('${ex.file}', 'utf8');`,
          ];
    return [
      '```ts',
      ...input,
      '',
      `extract(text${opts}).incidents;`,
      '```',
      '',
      `Output (newsfacts ${version}), one row per incident:`,
      '',
      incidentsTable(result),
    ].join('\n');
  }
  if (/[`\\]|\$\{/.test(ex.text))
    throw new Error(`example ${id}: keep backticks, backslashes and \${ out of the input`);
  const shown = only(at(result, ex.show), ex.fields);
  const access = ex.show === '' ? '' : `.${ex.show}`;
  const out = [
    '```ts',
    "import { extract } from 'newsfacts';",
    '',
    `const text = \`${ex.text}\`;`,
    '',
    `extract(text${opts})${access};`,
    '```',
    '',
    `Output (newsfacts ${version}${ex.fields === undefined ? '' : `, fields ${ex.fields.join(', ')}`}):`,
    '',
    '```json',
    compactJson(shown),
    '```',
  ];
  if (Array.isArray(shown) && shown.length === 0) {
    out.push('', `> This build of newsfacts (${version}) returns no items for this input.`);
  }
  return out.join('\n');
}

const REGION = /<!-- render:([\w-]+) -->\n[\s\S]*?<!-- \/render -->/g;
const RECIPE = /<!-- recipe:([\w-]+) -->\n[\s\S]*?<!-- \/recipe -->/g;

/** The Markdown a recipe region holds: the script, and its output from a run. */
export function recipe(name: string): string {
  const file = `docs/cookbook/${name}.ts`;
  const code = readFileSync(join(root, file), 'utf8').trimEnd();
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--tsconfig', 'docs/cookbook/tsconfig.json', file],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`recipe ${name} failed (${run.status}):\n${run.stderr}`);
  return [
    `\`${file}\`:`,
    '',
    '```ts',
    code,
    '```',
    '',
    `Output (newsfacts ${version}, run from the repository root):`,
    '',
    '```text',
    run.stdout.trimEnd(),
    '```',
  ].join('\n');
}

function main(): number {
  const check = process.argv.includes('--check');
  const used = new Set<string>();
  const stale: string[] = [];
  for (const file of readdirSync(guides).filter((f) => f.endsWith('.md'))) {
    const path = join(guides, file);
    const before = readFileSync(path, 'utf8');
    const after = before
      .replace(REGION, (_, id: string) => {
        const ex = examples[id];
        if (ex === undefined) throw new Error(`${file}: no example named ${id}`);
        used.add(id);
        return `<!-- render:${id} -->\n\n${render(id, ex)}\n\n<!-- /render -->`;
      })
      .replace(RECIPE, (_, name: string) => `<!-- recipe:${name} -->\n\n${recipe(name)}\n\n<!-- /recipe -->`);
    if (after !== before) {
      stale.push(file);
      if (!check) writeFileSync(path, after);
    }
  }
  const unused = Object.keys(examples).filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`examples used by no guide: ${unused.join(', ')}`);
  if (check && stale.length > 0) {
    console.error(`out of date (run npm run docs): ${stale.join(', ')}`);
    return 1;
  }
  console.log(stale.length > 0 ? `re-rendered ${stale.join(', ')}` : 'guides up to date');
  return 0;
}

// Run only as a script, so tests and tools may import the examples.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
