/**
 * MUC-4 DEV claims misses, scored exactly as the bench's muc4 suite scores them
 * (bench/data/muc4.ts): CLAIMED OR ADMITTED organisations without a `claimed`
 * claim by them, SUSPECTED OR ACCUSED ones without an `attributed` claim, and the
 * reported perpetrators the message's keys do not name. Reads the dev set only
 * (TST1/TST2 are held out and never printed).
 *
 *   npx tsx bench/tools/muc4-claims.ts [--only claimed|accused|wrong] [--context] [dataDir]
 */
import { join, resolve } from 'node:path';
import { extract } from '../../src/extract.js';
import {
  namesOrg,
  perpFound,
  perpIndividualKeys,
  perpsOf,
  perpUniverse,
  readMucSet,
  type MucTemplate,
} from '../data/muc4.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const context = args.includes('--context');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const dataDir = resolve(positional[0] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
const dev = readMucSet(dataDir, 'dev');
if (dev === null) throw new Error('muc4 dev set not found');
const all = [dev, readMucSet(dataDir, 'tst1'), readMucSet(dataDir, 'tst2')].flatMap((s) => s?.keys ?? []);
// the universe of names only (no texts of the held-out sets are read)
const universe = perpUniverse(all);
const byMessage = new Map<string, MucTemplate[]>();
for (const t of dev.keys) byMessage.set(t.message, [...(byMessage.get(t.message) ?? []), t]);

const tally: Record<string, [number, number]> = { claimed: [0, 0], accused: [0, 0], wrong: [0, 0] };
for (const m of dev.messages) {
  const templates = byMessage.get(m.id) ?? [];
  const x = extract(m.text);
  const ours = x.claims
    .map((c) => `${c.status} ${c.actor?.name ?? 'null'} «${c.text.replace(/\s+/g, ' ')}»`)
    .join('; ');
  const perps = perpsOf(templates);
  for (const p of perps) {
    if (p.optional) continue;
    const kind = p.confidence === 'claimed' ? 'claimed' : p.confidence === 'accused' ? 'accused' : null;
    if (kind === null) continue;
    const ok = perpFound(p, x);
    tally[kind]![1]++;
    if (ok) tally[kind]![0]++;
    else if (only === undefined || only === kind) {
      console.log(`MISSED ${kind} ${m.id} | ${p.names.join(' / ')} | ours: ${ours}`);
      if (context) {
        const first = p.names[0]!.split(/\s+/)[0]!;
        for (const s of m.text.split(/(?<=\.)\s+/))
          if (p.names.some((n) => s.includes(n))) console.log(`    > ${s.replace(/\s+/g, ' ')}`);
        void first;
      }
    }
  }
  const judged = new Set<ReadonlySet<string>>();
  // as the suite: a message whose key is `*` (no relevant incident) does not judge perpetrators
  const relevant = templates.some((t) => !t.empty);
  const individuals = perpIndividualKeys(templates);
  for (const c of x.claims) {
    if (!relevant) break;
    if (!['claimed', 'attributed', 'hedged'].includes(c.status) || c.actor === null) continue;
    const org = universe.find((u) => namesOrg(c.actor!, x, u));
    if (org === undefined || judged.has(org)) continue;
    judged.add(org);
    tally.wrong![1]++;
    const ok =
      perps.some((p) => [...p.keys].some((k) => org.has(k)) || namesOrg(c.actor!, x, p.keys)) ||
      namesOrg(c.actor, x, individuals);
    if (ok) tally.wrong![0]++;
    else if (only === undefined || only === 'wrong')
      console.log(
        `WRONG ${m.id} | ${c.status} ${c.actor.name.replace(/\s+/g, ' ')} «${c.text.replace(/\s+/g, ' ')}» | keys: ${perps.map((p) => `${p.confidence}:${p.names.join('/')}`).join('; ') || '(none)'}`,
      );
  }
}
const pc = ([a, b]: [number, number]): string => `${((100 * a!) / Math.max(1, b!)).toFixed(1)} % (${a}/${b})`;
console.log(
  `claimed found ${pc(tally.claimed!)}; accused found ${pc(tally.accused!)}; perpetrators right ${pc(tally.wrong!)}`,
);
