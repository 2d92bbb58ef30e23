/**
 * Which property accesses of `src/` V8 could not keep monomorphic while the
 * whole `extract()` pipeline runs: a survey of V8's inline-cache log
 * (`--log-ic`). A site is *polymorphic* (`P`) when it has seen 2–4 object
 * shapes (maps) and *megamorphic* (`N`) past that: its loads then go through a
 * global stub cache, which is why a helper that is fast when one stage calls it
 * alone is slow in the pipeline, where every extractor's objects reach it. The
 * cure is one shape per object kind (a factory that sets every field, in one
 * order, with null / -1 for absent values; no optional fields, no `delete`).
 *
 *   npx tsx bench/tools/ic.ts [rounds] [top] [dataDir]   run the loop under --log-ic, then report
 *   npx tsx bench/tools/ic.ts --report <log> [top]       report an existing log
 *   npx tsx bench/tools/ic.ts --deopt [rounds] [top]     deoptimisations after warm-up (--trace-deopt)
 *
 * The run mode starts `node --import tsx --log-ic` on this file (mode `--loop`),
 * which calls `extract()` on the speed suite's texts (the FA-KES dev articles,
 * or the corpus) once to warm up, marks the end of the warm-up in the log (a
 * load of a property nothing else asks for), runs `rounds` more times (default
 * 1), and writes the log under `.tmp/ic/`. The report keeps the sites of `src/`
 * (and wink-nlp) whose LAST state is megamorphic or polymorphic — what
 * optimised code is built from — and gives per file and per site how many
 * transitions into N and P the log holds, in all and after the warm-up round
 * ("steady": a megamorphic site logs again on each miss of V8's stub cache, so
 * these are the sites that keep costing). Sites are `file:line:column` of the
 * `.ts` source (mapped back through the inline source map tsx writes), with the
 * property names asked there and the source line. The log records transitions,
 * not hits: rank by it, then weigh by time (`--cpu-prof`).
 * Aggregate counts only: no per-article output.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..', '..');
const MARKER = 'icSurveyWarmUpEnds';

/** One code object of the log: where it starts, how long it is, which script it belongs to. */
interface CodeEntry {
  address: number;
  size: number;
  script: number;
}

/** A site's counts. */
interface Site {
  file: string;
  line: number;
  column: number;
  text: string;
  /** The state of its last transition. */
  state: string;
  poly: number;
  mega: number;
  /** Transitions into P or N after the warm-up round. */
  steady: number;
  keys: Map<string, number>;
}

/** `\x2C`, `\n`, `\\` and `\uNNNN` escapes of V8's log, undone. */
function unescapeLog(s: string): string {
  return s.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|n|\\)/g, (_m, e: string) => {
    if (e === 'n') return '\n';
    if (e === '\\') return '\\';
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A script's generated positions mapped to its source: per generated line, [column, source line, source column] triples. */
interface SourceMap {
  lines: number[][][];
  text: string[];
}

/** Decodes the inline source map tsx appends to a module it compiled (version 3, one source), or null. */
function inlineSourceMap(source: string): SourceMap | null {
  const at = source.lastIndexOf('sourceMappingURL=data:application/json;base64,');
  if (at < 0) return null;
  const json = JSON.parse(Buffer.from(source.slice(at + 46).trim(), 'base64').toString('utf8')) as {
    mappings: string;
    sourcesContent?: string[];
  };
  const lines: number[][][] = [];
  let srcLine = 0;
  let srcCol = 0;
  for (const group of json.mappings.split(';')) {
    const segs: number[][] = [];
    let genCol = 0;
    for (const seg of group.split(',')) {
      if (seg === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0] ?? 0;
      if (values.length >= 4) {
        srcLine += values[2]!;
        srcCol += values[3]!;
        segs.push([genCol, srcLine, srcCol]);
      }
    }
    lines.push(segs);
  }
  return { lines, text: (json.sourcesContent?.[0] ?? '').split('\n') };
}

/** The source [line, column] (1-based) of a generated position (1-based), or the position itself. */
function original(map: SourceMap | null, line: number, column: number): [number, number] {
  const segs = map?.lines[line - 1];
  if (segs === undefined) return [line, column];
  let best: number[] | undefined;
  for (const s of segs) if (s[0]! <= column - 1) best = s;
  return best === undefined ? [line, column] : [best[1]! + 1, best[2]! + 1];
}

/** The index of the last entry whose address is ≤ `pc`, or -1. */
function floorIndex(entries: CodeEntry[], pc: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.address <= pc) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

async function report(log: string, top: number): Promise<void> {
  const scripts = new Map<number, { url: string; lines: string[]; map: SourceMap | null }>();
  const scriptOfCode = new Map<number, number>();
  const entries: CodeEntry[] = [];
  const sites = new Map<string, Site>();
  const byState = new Map<string, number>();
  const rl = createInterface({ input: createReadStream(log), crlfDelay: Infinity });
  const place = (entry: CodeEntry): void => {
    const i = floorIndex(entries, entry.address);
    if (i >= 0 && entries[i]!.address === entry.address) entries[i] = entry;
    else entries.splice(i + 1, 0, entry);
  };
  let warm = false;
  for await (const line of rl) {
    const comma = line.indexOf(',');
    const kind = line.slice(0, comma);
    if (kind === 'script-source') {
      const f = line.split(',', 3);
      const start = f[0]!.length + f[1]!.length + f[2]!.length + 3;
      const url = unescapeLog(f[2]!);
      if (url.includes('/src/')) {
        const source = unescapeLog(line.slice(start));
        const map = inlineSourceMap(source);
        let lines = map?.text ?? source.split('\n');
        if (map !== null && map.text.length <= 1 && url.startsWith('file:')) {
          const path = fileURLToPath(url);
          if (existsSync(path)) lines = readFileSync(path, 'utf8').split('\n');
        }
        scripts.set(Number(f[1]), { url, lines, map });
      }
    } else if (kind === 'code-source-info') {
      const f = line.split(',', 3);
      scriptOfCode.set(Number(f[1]), Number(f[2]));
    } else if (kind === 'code-creation') {
      const f = line.split(',', 6);
      const address = Number(f[4]);
      place({ address, size: Number(f[5]), script: scriptOfCode.get(address) ?? -1 });
    } else if (kind === 'code-move') {
      const f = line.split(',');
      const from = Number(f[1]);
      const i = floorIndex(entries, from);
      if (i >= 0 && entries[i]!.address === from) {
        const old = entries[i]!;
        entries.splice(i, 1);
        place({ address: Number(f[2]), size: old.size, script: old.script });
      }
    } else if (kind.endsWith('IC')) {
      const f = line.split(',');
      if (f[8] === MARKER) {
        warm = true;
        continue;
      }
      const state = f[6]!;
      byState.set(state, (byState.get(state) ?? 0) + 1);
      const pc = Number(f[1]);
      const i = floorIndex(entries, pc);
      if (i < 0) continue;
      const entry = entries[i]!;
      // The code-source-info of an entry can follow its code-creation line.
      const scriptId = entry.script >= 0 ? entry.script : (scriptOfCode.get(entry.address) ?? -1);
      if (pc >= entry.address + entry.size) continue;
      const script = scripts.get(scriptId);
      if (script === undefined) continue;
      const [ln, col] = original(script.map, Number(f[3]), Number(f[4]));
      const nm = script.url.lastIndexOf('node_modules/');
      const file = nm >= 0 ? script.url.slice(nm + 13) : script.url.slice(script.url.lastIndexOf('/src/') + 1);
      const key = `${file}:${ln}:${col}`;
      let site = sites.get(key);
      if (site === undefined) {
        const text = (script.lines[ln - 1] ?? '').trim().slice(0, 100);
        site = { file, line: ln, column: col, text, state, poly: 0, mega: 0, steady: 0, keys: new Map() };
        sites.set(key, site);
      }
      site.state = state;
      if (state === 'P') site.poly++;
      else if (state === 'N') site.mega++;
      if (warm && (state === 'P' || state === 'N')) site.steady++;
      const name = `${kind.replace(/IC$/, '')}:${f[8] ?? ''}`;
      site.keys.set(name, (site.keys.get(name) ?? 0) + 1);
    }
  }
  console.log(`IC transitions by new state, whole log: ${[...byState].map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  if (!warm) console.log('(no warm-up marker in the log: "after warm-up" counts are 0)');
  const bad = [...sites.values()].filter((x) => x.state === 'P' || x.state === 'N');
  const files = new Map<string, number[]>();
  const total = [0, 0, 0, 0, 0];
  for (const x of bad) {
    const c = files.get(x.file) ?? [0, 0, 0, 0, 0];
    const add = [x.state === 'N' ? 1 : 0, x.state === 'P' ? 1 : 0, x.mega, x.poly, x.steady];
    for (let k = 0; k < 5; k++) {
      c[k]! += add[k]!;
      total[k]! += add[k]!;
    }
    files.set(x.file, c);
  }
  const row = (c: number[]): string => c.map((v) => String(v).padStart(6)).join('');
  console.log(
    '\nsites whose last state is megamorphic (N) or polymorphic (P); their transitions into N and P over the whole log, and after the warm-up round\n' +
      '     N     P  to-N  to-P steady',
  );
  console.log(`${row(total)}  all of src/ and wink-nlp`);
  for (const [f, c] of [...files].sort((x, y) => y[1][4]! - x[1][4]! || y[1][0]! + y[1][1]! - x[1][0]! - x[1][1]!))
    console.log(`${row(c)}  ${f}`);
  console.log(`\ntop ${top} such sites (state, transitions to N / to P / after warm-up, properties):`);
  const ranked = bad.sort((x, y) => y.steady - x.steady || y.mega + y.poly - x.mega - x.poly);
  for (const x of ranked.slice(0, top)) {
    const keys = [...x.keys]
      .sort((m, n) => n[1] - m[1])
      .slice(0, 3)
      .map(([k]) => k)
      .join(' ');
    console.log(
      `${x.state} ${String(x.mega).padStart(5)} ${String(x.poly).padStart(4)} ${String(x.steady).padStart(5)}  ${x.file}:${x.line}:${x.column}  ${keys}\n              ${x.text}`,
    );
  }
}

/** Reads the marker property (see `loop`). */
function markWarmUpEnd(o: { icSurveyWarmUpEnds: number }): number {
  return o.icSurveyWarmUpEnds;
}

async function loop(rounds: number, dataDir: string, marker: boolean): Promise<void> {
  const { extract } = await import('../../src/index.js');
  const { speedTexts } = await import('../data/texts.js');
  const { texts } = speedTexts({ root, dataDir, quick: false });
  const once = (): void => {
    for (const t of texts) extract(t.text, t.publishedAt ? { publishedAt: t.publishedAt } : undefined);
  };
  once();
  // The warm-up round's transitions (first shapes, module set-up) are not the
  // steady state: a load of a property no other code asks for marks its end.
  // (V8 gives a function its inline caches only after a few calls: hence the loop.)
  let seen = 0;
  for (let i = 0; i < 100; i++) seen += markWarmUpEnd({ icSurveyWarmUpEnds: i });
  if (seen < 0) throw new Error('unreachable');
  // (For --deopt: V8's deopt trace goes to stdout too, so this line orders it.)
  if (marker) console.log(DEOPT_MARKER);
  for (let r = 0; r < rounds; r++) once();
}

const DEOPT_MARKER = '--- ic.ts: warm-up round ends ---';

/**
 * Runs the loop under `--trace-deopt` and counts the deoptimisations after the
 * warm-up round per function, reason and bytecode offset: a function that
 * deoptimises again and again at the same place (V8 keeps its optimised code
 * and bails out of it on every call) pays the bail-out and the interpreter each time.
 */
function deopts(rounds: number, top: number, dataDir: string): void {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--trace-deopt', import.meta.filename, '--loop', String(rounds), dataDir, 'marker'],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const at = out.indexOf(DEOPT_MARKER);
  const counts = new Map<string, number>();
  let total = 0;
  const re =
    /reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*)[^>]*>, [^,]*, opt id \d+, bytecode offset (\d+)/g;
  for (const m of (at < 0 ? out : out.slice(at)).matchAll(re)) {
    const key = `${m[2]} @${m[3]}: ${m[1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  console.log(
    `deoptimisations ${at < 0 ? 'in the whole run' : `after the warm-up round (${rounds} rounds)`}: ${total}`,
  );
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${String(v).padStart(6)}  ${k}`);
}

const args = process.argv.slice(2);
if (args[0] === '--loop') {
  await loop(Number(args[1] ?? 1), resolve(args[2] ?? join(root, '..', 'shared', 'data')), args[3] === 'marker');
} else if (args[0] === '--deopt') {
  deopts(Number(args[1] ?? 2), Number(args[2] ?? 30), resolve(args[3] ?? join(root, '..', 'shared', 'data')));
} else if (args[0] === '--report') {
  await report(resolve(args[1] ?? ''), Number(args[2] ?? 40));
} else {
  const rounds = Number(args[0] ?? 1);
  const top = Number(args[1] ?? 40);
  const dataDir = resolve(args[2] ?? join(root, '..', 'shared', 'data'));
  const dir = join(root, '.tmp', 'ic');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--log-ic',
      `--logfile=${join(dir, 'ic.log')}`,
      import.meta.filename,
      '--loop',
      String(rounds),
      dataDir,
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  // With tsx's loader thread, V8 writes one log per isolate: the main thread's is the largest.
  const logs = readdirSync(dir).map((f) => join(dir, f));
  logs.sort((a, b) => statSync(b).size - statSync(a).size);
  if (logs[0] === undefined) throw new Error('no IC log was written');
  await report(logs[0], top);
}
