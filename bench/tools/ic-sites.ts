/**
 * The polymorphic and megamorphic property accesses of a V8 inline-cache log,
 * grouped by source site: which reads and writes of `src/` see objects of
 * several shapes (hidden classes), most transitions first, each with the key
 * read, how many maps reached it and the code around it.
 *
 *   node --import tsx --log-ic --logfile=.tmp/ic.log bench/tools/stages.ts 1   (every stage, in a loop)
 *   npx tsx bench/tools/ic-sites.ts <isolate-…-ic.log> [path filter, default src/] [top, default 60]
 *
 * (V8 names the log after the isolate; the main thread's is the largest.) The
 * log holds IC state changes, and a megamorphic site's stub-cache misses
 * (`N->N`): a count is how often a site changed or missed, not how often it ran;
 * `maps` is how many hidden classes it saw. tsx compiles each module to one
 * line, so a site is `file:1:column`; the snippet shows the code there.
 * Aggregate source positions only: no text of any article.
 */
import { readFileSync } from 'node:fs';

const [logPath, filter = 'src/', topArg = '60'] = process.argv.slice(2);
if (logPath === undefined) {
  console.error('usage: ic-sites.ts <ic.log> [path filter] [top]');
  process.exit(2);
}
const top = Number(topArg);

/** A compiled code object: where it ends, and its script once `code-source-info` names it. */
interface Code {
  end: number;
  script: number;
}
/** A site: its script, line, column and function, the states it went to and the maps it saw. */
interface Site {
  file: string;
  script: number;
  line: number;
  column: number;
  key: string;
  state: string;
  count: number;
  maps: Set<string>;
}

const starts: number[] = [];
const codes = new Map<number, Code>();
const scriptUrl = new Map<number, string>();
const scriptSource = new Map<number, string>();
const sites = new Map<string, Site>();

/** Index in `starts` (sorted) of the last start ≤ `x`, or -1. */
function floorIndex(x: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Adds a code start to the sorted list (code objects arrive mostly in address order: few moves). */
function addStart(x: number): void {
  const i = floorIndex(x);
  starts.splice(i + 1, 0, x);
}

const unescape = (s: string): string =>
  s.replace(/\\x([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\n/g, '\n');

for (const line of readFileSync(logPath, 'latin1').split('\n')) {
  const f = line.split(',');
  const kind = f[0]!;
  if (kind === 'code-creation' && f.length > 6) {
    const start = parseInt(f[4]!, 16);
    if (!codes.has(start)) addStart(start);
    codes.set(start, { end: start + Number(f[5]), script: -1 });
  } else if (kind === 'code-source-info') {
    const c = codes.get(parseInt(f[1]!, 16));
    if (c !== undefined) c.script = Number(f[2]);
  } else if (kind === 'script-source') {
    scriptUrl.set(Number(f[1]), f[2]!);
    scriptSource.set(Number(f[1]), unescape(f.slice(3).join(',')));
  } else if (kind.endsWith('IC')) {
    const state = f[6]!;
    if (state !== 'N' && state !== 'P') continue;
    const pc = parseInt(f[1]!, 16);
    const i = floorIndex(pc);
    if (i < 0) continue;
    const code = codes.get(starts[i]!)!;
    if (pc >= code.end || code.script < 0) continue;
    const url = scriptUrl.get(code.script) ?? '';
    if (!url.includes(filter)) continue;
    const id = `${code.script}:${f[3]}:${f[4]}:${state}`;
    let site = sites.get(id);
    if (site === undefined) {
      const file = url.includes('/src/') ? url.slice(url.lastIndexOf('/src/') + 5) : url;
      site = {
        file,
        script: code.script,
        line: Number(f[3]),
        column: Number(f[4]),
        key: f[8]!,
        state,
        count: 0,
        maps: new Set(),
      };
      sites.set(id, site);
    }
    site.count++;
    site.maps.add(f[7]!);
  }
}

const all = [...sites.values()].sort((a, b) => b.count - a.count);
const byState = { N: 0, P: 0 };
for (const s of all) byState[s.state as 'N' | 'P'] += s.count;
console.log(`${all.length} sites; megamorphic (N) ${byState.N}, polymorphic (P) ${byState.P} events under '${filter}'`);
for (const s of all.slice(0, top)) {
  const lines = (scriptSource.get(s.script) ?? '').split('\n');
  const text = lines[s.line - 1] ?? '';
  const snippet = text.slice(Math.max(0, s.column - 30), s.column + 40).trim();
  console.log(
    `${String(s.count).padStart(6)} ${s.state} ${s.file}:${s.line}:${s.column} key=${s.key} maps=${s.maps.size} | ${snippet}`,
  );
}
