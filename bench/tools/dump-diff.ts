/**
 * Compares two dumps of bench/tools/dump.ts and prints, per document and per
 * result list, the items that only one side has (by JSON text), so that each
 * difference can be read and explained.
 *
 *   npx tsx bench/tools/dump-diff.ts before.jsonl after.jsonl [--keys quotes,claims]
 */
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2, 4);
const keysArg = process.argv.indexOf('--keys');
const only = keysArg > 0 ? new Set(process.argv[keysArg + 1]!.split(',')) : null;
const read = (p: string): Map<string, Record<string, unknown>> =>
  new Map(
    readFileSync(p, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((o) => [o.id as string, o]),
  );
const A = read(a!);
const B = read(b!);
let docs = 0;
const perKey = new Map<string, number>();
for (const [id, x] of A) {
  const y = B.get(id);
  if (!y) {
    console.log(`${id}: missing in after`);
    continue;
  }
  if (JSON.stringify(x) === JSON.stringify(y)) continue;
  docs++;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) {
    if (k === 'id' || (only && !only.has(k))) continue;
    const xs = Array.isArray(x[k]) ? (x[k] as unknown[]).map((v) => JSON.stringify(v)) : [JSON.stringify(x[k])];
    const ys = Array.isArray(y[k]) ? (y[k] as unknown[]).map((v) => JSON.stringify(v)) : [JSON.stringify(y[k])];
    const gone = xs.filter((v) => !ys.includes(v));
    const added = ys.filter((v) => !xs.includes(v));
    if (!gone.length && !added.length) continue;
    perKey.set(k, (perKey.get(k) ?? 0) + gone.length + added.length);
    console.log(`${id} ${k}:`);
    for (const v of gone) console.log(`  - ${v.slice(0, 400)}`);
    for (const v of added) console.log(`  + ${v.slice(0, 400)}`);
  }
}
console.log(
  `\n${docs} of ${A.size} documents differ; changed items per key: ${JSON.stringify(Object.fromEntries(perKey))}`,
);
