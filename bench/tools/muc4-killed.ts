/**
 * How many killed counts of the MUC-4 answer keys extract() finds (the tune part,
 * dev-messages; TST1/TST2 are held out and never read here):
 *
 *   npx tsx bench/tools/muc4-killed.ts [dataDir] [--misses]
 *
 * A key counts a victim group as killed when HUM TGT: EFFECT OF INCIDENT says
 * `DEATH: "X"` and HUM TGT: NUMBER gives `N: "X"` for the same description
 * (a number; `PLURAL` and `-` are skipped). It is found when the message has a
 * `killed` figure whose count range holds N. Rough by design: a number the key
 * sums over several mentions is reported as missed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../src/index.js';

const args = process.argv.slice(2);
const dataDir = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);
const showMisses = args.includes('--misses');
const dir = join(dataDir, 'muc4');

/** Message id → text. */
function messages(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(join(dir, file), 'utf8');
  const parts = text.split(/^(?=DEV-MUC3-\d{4} )/m);
  for (const p of parts) {
    const id = /^(DEV-MUC3-\d{4})/.exec(p)?.[1];
    if (id !== undefined) out.set(id, p.slice(p.indexOf('\n') + 1));
  }
  return out;
}

/** Slot values of one template, continuation lines joined. */
function slots(template: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let key = '';
  for (const line of template.split('\n')) {
    const m = /^\d+\.\s+(.{30})(.*)$/.exec(line);
    if (m !== null) {
      key = m[1]!.trim();
      out.set(key, [m[2]!.trim()]);
    } else if (key !== '' && line.trim() !== '') out.get(key)!.push(line.trim());
  }
  return out;
}

const texts = messages('dev-messages.txt');
const keys = readFileSync(join(dir, 'dev-keys.txt'), 'utf8').split(/\n(?=0\.\s+MESSAGE: ID)/);
let wanted = 0;
let found = 0;
const cache = new Map<string, ReturnType<typeof extract>>();
for (const k of keys) {
  const s = slots(k);
  const id = /(DEV-MUC3-\d{4})/.exec(s.get('MESSAGE: ID')?.[0] ?? '')?.[1];
  if (id === undefined || !texts.has(id)) continue;
  const deaths = new Set(
    (s.get('HUM TGT: EFFECT OF INCIDENT') ?? [])
      .flatMap((v) => [...v.matchAll(/DEATH:\s*"([^"]+)"/g)].map((m) => m[1]!))
      .filter((x) => x !== undefined),
  );
  for (const v of s.get('HUM TGT: NUMBER') ?? []) {
    for (const m of v.matchAll(/(\d+)(?:\s*-\s*(\d+))?:\s*"([^"]+)"/g)) {
      if (!deaths.has(m[3]!)) continue;
      wanted++;
      const n = Number(m[1]);
      let x = cache.get(id);
      if (x === undefined) {
        x = extract(texts.get(id)!);
        cache.set(id, x);
      }
      const hit = x.casualties.some(
        (f) => f.outcome === 'killed' && (f.count.min ?? 0) <= n && (f.count.max === null || f.count.max >= n),
      );
      if (hit) found++;
      else if (showMisses) console.log(`missed ${id} ${n} "${m[3]}"`);
    }
  }
}
console.log(
  `MUC-4 dev: ${found} of ${wanted} killed counts found (${((100 * found) / Math.max(1, wanted)).toFixed(1)} %)`,
);
