/**
 * Which property accesses V8 could not keep monomorphic: reads a `--log-ic`
 * log and groups its inline-cache events by source site (TypeScript file and
 * line, through the source maps tsx embeds) and state, most frequent first.
 *
 *   node --import tsx --log-ic --logfile=.tmp/ic.log .tmp/prof/loop.ts
 *   npx tsx bench/tools/ic-sites.ts .tmp/isolate-…-ic.log [filter] [limit]
 *
 * States: `1` monomorphic, `P` polymorphic (2–4 shapes), `N` megamorphic
 * (every later miss goes through the global stub cache and is logged again,
 * so `N→N` counts are the costly repeats). Only sites under `src/` are
 * printed; `filter` keeps the sites whose file contains it. Source positions
 * only: no article text is read.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const [logPath, filter = '', limitArg = '60'] = process.argv.slice(2);
if (logPath === undefined) throw new TypeError('usage: ic-sites.ts <ic.log> [filter] [limit]');
const limit = Number(limitArg);

/** V8's log escapes commas and control characters as `\xHH` / `\uHHHH`. */
const unescape = (s: string): string =>
  s.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|\\)/g, (_, e: string) =>
    e === '\\' ? '\\' : String.fromCharCode(parseInt(e.slice(1), 16)),
  );

interface Code {
  start: number;
  end: number;
  fn: string;
  url: string;
}
const codes: Code[] = []; // sorted by start
const maps = new Map<string, SourceMap | null>();
interface Site {
  where: string;
  states: Map<string, number>;
  keys: Map<string, number>;
  n: number;
  p: number;
}
const sites = new Map<string, Site>();

function codeAt(pc: number): Code | null {
  let lo = 0;
  let hi = codes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = codes[mid]!;
    if (pc < c.start) hi = mid - 1;
    else if (pc >= c.end) lo = mid + 1;
    else return c;
  }
  return null;
}

function addCode(start: number, size: number, name: string): void {
  const m = /^(.*?) ?(file:\/\/\S+?):\d+:\d+$/.exec(name.trim());
  const c: Code = { start, end: start + size, fn: m?.[1] || '(anon)', url: m?.[2] ?? '' };
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  if (codes[lo]?.start === start) codes[lo] = c;
  else codes.splice(lo, 0, c);
}

for (const line of readFileSync(logPath, 'utf8').split('\n')) {
  const f = line.split(',');
  const kind = f[0]!;
  if (kind === 'code-creation') {
    addCode(Number(f[4]), Number(f[5]), unescape(f[6] ?? ''));
  } else if (kind === 'script-source') {
    const url = f[2] ?? '';
    const src = unescape(f.slice(3).join(','));
    const sm = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(src);
    maps.set(url, sm ? new SourceMap(JSON.parse(Buffer.from(sm[1]!, 'base64').toString('utf8'))) : null);
  } else if (kind.endsWith('IC')) {
    const code = codeAt(Number(f[1]));
    if (code === null || !code.url.includes('/src/') || !code.url.includes(filter)) continue;
    const line1 = Number(f[3]);
    const col1 = Number(f[4]);
    const map = maps.get(code.url);
    const entry = map?.findEntry(line1 - 1, col1 - 1) as { originalLine?: number } | undefined;
    const orig = entry?.originalLine === undefined ? `js:${line1}` : String(entry.originalLine + 1);
    const file = code.url.slice(code.url.indexOf('/src/') + 1);
    const where = `${file}:${orig} ${code.fn}`;
    let s = sites.get(where);
    if (s === undefined) {
      s = { where, states: new Map(), keys: new Map(), n: 0, p: 0 };
      sites.set(where, s);
    }
    const tr = `${kind.replace('IC', '')} ${f[5]}→${f[6]}`;
    s.states.set(tr, (s.states.get(tr) ?? 0) + 1);
    const key = unescape(f[8] ?? '');
    if (f[6] === 'N') s.n++;
    if (f[6] === 'P') s.p++;
    if (f[6] === 'N' || f[6] === 'P') s.keys.set(key, (s.keys.get(key) ?? 0) + 1);
  }
}

const ranked = [...sites.values()].filter((s) => s.n + s.p > 0).sort((a, b) => b.n + b.p - (a.n + a.p));
let totalN = 0;
let totalP = 0;
for (const s of ranked) {
  totalN += s.n;
  totalP += s.p;
}
console.log(`megamorphic events ${totalN}, polymorphic events ${totalP}, sites ${ranked.length}`);
for (const s of ranked.slice(0, limit)) {
  const states = [...s.states].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ');
  const keys = [...s.keys].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}×${v}`).join(' ');
  console.log(`${String(s.n).padStart(6)} N ${String(s.p).padStart(5)} P  ${s.where}  [${states}]  {${keys}}`);
}
