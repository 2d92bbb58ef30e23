/**
 * How many killed counts of the MUC-4 answer keys extract() finds, scored exactly as
 * the muc4 bench suite scores them (bench/data/muc4.ts: each figure answers one key,
 * optional keys left out), on the tune part only (dev-messages; TST1/TST2 are held out
 * and never read here):
 *
 *   npx tsx bench/tools/muc4-killed.ts [dataDir] [--misses] [--context]
 *
 * `--misses` prints each key count not found with the message's killed figures;
 * `--context` adds the message's sentences that hold a word of the key's victims.
 */
import { join, resolve } from 'node:path';
import { extract } from '../../src/index.js';
import { killedOf, readMucSet, sameCount, type MucTemplate } from '../data/muc4.js';

const args = process.argv.slice(2);
const dataDir = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);
const showMisses = args.includes('--misses');
const showContext = args.includes('--context');
const dev = readMucSet(dataDir, 'dev');
if (dev === null) throw new Error(`no muc4/ dev set under ${dataDir}`);

const byMessage = new Map<string, MucTemplate[]>();
for (const t of dev.keys) byMessage.set(t.message, [...(byMessage.get(t.message) ?? []), t]);
let wanted = 0;
let found = 0;
for (const m of dev.messages) {
  const keys = killedOf(byMessage.get(m.id) ?? []).filter((k) => !k.optional);
  if (keys.length === 0) continue;
  const x = extract(m.text);
  const used = new Set<number>();
  for (const k of keys) {
    wanted++;
    const i = x.casualties.findIndex((f, j) => !used.has(j) && f.outcome === 'killed' && sameCount(f.count, k.count));
    if (i >= 0) {
      used.add(i);
      found++;
      continue;
    }
    if (!showMisses) continue;
    const c = `${k.count.min}${k.count.max === k.count.min ? '' : `-${k.count.max ?? ''}`}`;
    const figs = x.casualties
      .filter((f) => f.outcome === 'killed')
      .map((f) => `${JSON.stringify(f.text)}=${f.count.min}`)
      .join(' ');
    console.log(`missed ${m.id} ${c} "${k.victims}"  | killed figures: ${figs}`);
    if (showContext) {
      const words = k.victims.split(/\W+/).filter((w) => w.length > 3);
      for (const s of m.text.replace(/\s+/g, ' ').split(/(?<=\.) /)) {
        if (words.some((w) => s.includes(w))) console.log(`    ${s.slice(0, 400)}`);
      }
    }
  }
}
console.log(
  `MUC-4 dev: ${found} of ${wanted} killed counts found (${((100 * found) / Math.max(1, wanted)).toFixed(1)} %)`,
);
