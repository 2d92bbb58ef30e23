/**
 * Picks the FA-KES dev articles of the blind dev gold, deterministically, and
 * writes their texts (title, blank line, content — what the bench gives
 * `extract()`) to `.tmp/devgold/texts/<unit_id>.txt` for the annotators.
 *
 *   npx tsx devgold/tools/select.ts [dataDir]
 *
 * Selection: per outlet, articles of 600–4,500 characters ordered by an FNV-1a
 * hash of their id, up to 3 per outlet (round-robin until 45). In each outlet
 * the first pick is held out (never read while writing rules), and so is every
 * third pick overall after that, so both parts span the outlets.
 * The texts are never committed (the data stays in ../shared/data).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFakes } from '../../bench/data/fakes.ts';

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
const articles = readFakes(dataDir);
if (!articles) throw new Error(`no FA-KES data under ${dataDir}`);

const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const byOutlet = new Map<string, typeof articles>();
for (const a of articles) {
  if (a.text.length < 600 || a.text.length > 4500) continue;
  byOutlet.set(a.source, [...(byOutlet.get(a.source) ?? []), a]);
}
for (const list of byOutlet.values()) list.sort((x, y) => fnv(x.id) - fnv(y.id));
const outlets = [...byOutlet.keys()].sort();
const picked: { id: string; outlet: string; heldOut: boolean }[] = [];
for (let round = 0; round < 3 && picked.length < 45; round++) {
  for (const o of outlets) {
    const a = byOutlet.get(o)![round];
    if (!a || picked.length >= 45) continue;
    picked.push({ id: a.id, outlet: o, heldOut: round === 0 || picked.length % 3 === 0 });
  }
}
// Round 0 holds out one per outlet; keep the held-out share near 40 %.
let held = picked.filter((p) => p.heldOut).length;
for (const p of picked) if (held > 18 && p.heldOut && picked.indexOf(p) >= outlets.length) ((p.heldOut = false), held--);

// Batch 2 (tune only): the 4th and 5th article of each outlet in the same order,
// annotated blind like batch 1 to widen the tune part. It holds nothing out:
// earlier sessions read FA-KES dev articles outside the gold (dumps, date
// reading), so only batch 1's held-out part is unread.
const batch2: { id: string; outlet: string; heldOut: boolean; batch: 2 }[] = [];
for (let round = 3; round < 5; round++) {
  for (const o of outlets) {
    const a = byOutlet.get(o)![round];
    if (a) batch2.push({ id: a.id, outlet: o, heldOut: false, batch: 2 });
  }
}

const out = join(import.meta.dirname, '..', '..', '.tmp', 'devgold', 'texts');
mkdirSync(out, { recursive: true });
const byId = new Map(articles.map((a) => [a.id, a]));
for (const p of [...picked, ...batch2]) writeFileSync(join(out, `${p.id}.txt`), byId.get(p.id)!.text);
const split = {
  note: 'FA-KES dev articles of the blind dev gold (devgold/tools/select.ts). heldOut: never read while writing rules; reported separately.',
  articles: [...picked, ...batch2].map((p) => ({ ...p, publishedAt: byId.get(p.id)!.publishedAt })),
};
writeFileSync(join(import.meta.dirname, '..', 'fa-kes', 'split.json'), JSON.stringify(split, null, 2) + '\n');
console.log(`${picked.length} + ${batch2.length} (batch 2) articles from ${new Set(picked.map((p) => p.outlet)).size} outlets, ${picked.filter((p) => p.heldOut).length} held out → ${out}`);
