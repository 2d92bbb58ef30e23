/**
 * Incidents and casualties on the blind FA-KES dev gold (devgold/fa-kes):
 * casualties F1 (scoreCorpus), figure-to-incident pairwise clustering F1, and
 * incident count agreement, for the tune part and, as one aggregate line only,
 * the held-out part (whose texts, gold and misses are never printed).
 *
 *   npx tsx bench/tools/incidents-dev.ts            tune + held-out aggregate
 *   npx tsx bench/tools/incidents-dev.ts --misses   also the tune part's per-article detail
 *
 * Clustering: gold figures are matched one-to-one to predicted figures by span
 * overlap (same outcome first); over the matched pairs, two figures are "together"
 * when they share an incident (gold: the same `incident` id; predicted: the same
 * incident of `Extraction.incidents`). Pairwise precision is the share of predicted
 * together-pairs that are together in the gold, recall the converse. "In none"
 * accuracy is the share of matched figures placed in an incident or in none as the
 * gold places them. Incident count: gold incidents holding a figure vs predicted
 * incidents holding a figure, per article (exact-agreement share and mean |Δ|).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { GoldDocument } from '../../src/eval/types.js';
import type { CasualtyFigure, Extraction } from '../../src/types.js';

interface GoldFigure {
  start: number;
  end: number;
  text: string;
  outcome: string;
  incident?: string | null;
  optional?: boolean;
}
interface DevGold extends GoldDocument {
  incidents?: { id: string }[];
}

const root = join(import.meta.dirname, '..', '..');
const split = JSON.parse(readFileSync(join(root, 'devgold', 'fa-kes', 'split.json'), 'utf8')) as {
  articles: { id: string; heldOut: boolean; publishedAt: string }[];
};
const showMisses = process.argv.includes('--misses');

interface Tally {
  pairTp: number;
  pairFp: number;
  pairFn: number;
  noneRight: number;
  matched: number;
  countEqual: number;
  countDiff: number;
  docs: number;
  goldIncidents: number;
  predIncidents: number;
}
const empty = (): Tally => ({
  pairTp: 0,
  pairFp: 0,
  pairFn: 0,
  noneRight: 0,
  matched: 0,
  countEqual: 0,
  countDiff: 0,
  docs: 0,
  goldIncidents: 0,
  predIncidents: 0,
});

function incidentOf(x: Extraction): Map<CasualtyFigure, string> {
  const m = new Map<CasualtyFigure, string>();
  for (const i of (x as Extraction & { incidents?: { id: string; casualties: CasualtyFigure[] }[] }).incidents ?? [])
    for (const f of i.casualties) m.set(f, i.id);
  return m;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function tallyDoc(t: Tally, x: Extraction, gold: DevGold, detail: string[] | null): void {
  const where = incidentOf(x);
  const golds = (gold.casualties as unknown as GoldFigure[]).filter((g) => !g.optional);
  const used = new Set<CasualtyFigure>();
  const pairs: [GoldFigure, CasualtyFigure][] = [];
  for (const sameOutcome of [true, false]) {
    for (const g of golds) {
      if (pairs.some(([h]) => h === g)) continue;
      const p = x.casualties.find(
        (f) => !used.has(f) && overlap(f, g) > 0 && (!sameOutcome || f.outcome === g.outcome),
      );
      if (p === undefined) continue;
      used.add(p);
      pairs.push([g, p]);
    }
  }
  pairs.sort((a, b) => a[0].start - b[0].start);
  for (const [g, p] of pairs) {
    t.matched++;
    if (((g.incident ?? null) === null) === !where.has(p)) t.noneRight++;
    detail?.push(`  ${g.incident ?? '-'} ${where.get(p) ?? '-'}  ${g.text.slice(0, 60)}`);
  }
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [ga, pa] = pairs[i]!;
      const [gb, pb] = pairs[j]!;
      const g = ga.incident != null && ga.incident === gb.incident;
      const p = where.has(pa) && where.get(pa) === where.get(pb);
      if (g && p) t.pairTp++;
      else if (p) t.pairFp++;
      else if (g) t.pairFn++;
    }
  }
  const goldCount = new Set(golds.map((g) => g.incident).filter((i) => i != null)).size;
  const predCount = new Set(where.values()).size;
  t.docs++;
  t.goldIncidents += goldCount;
  t.predIncidents += predCount;
  if (goldCount === predCount) t.countEqual++;
  t.countDiff += Math.abs(goldCount - predCount);
  detail?.push(`  incidents with figures: gold ${goldCount}, predicted ${predCount}`);
}

function line(name: string, t: Tally, casualtiesF1: number): string {
  const p = t.pairTp / Math.max(1, t.pairTp + t.pairFp);
  const r = t.pairTp / Math.max(1, t.pairTp + t.pairFn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const pct = (v: number): string => (100 * v).toFixed(1);
  return (
    `${name}: ${t.docs} articles · casualties F1 ${pct(casualtiesF1)} · pairwise P ${pct(p)} R ${pct(r)} F1 ${pct(f)} ` +
    `(${t.pairTp}/${t.pairFp}/${t.pairFn}) · in-none right ${pct(t.noneRight / Math.max(1, t.matched))} of ${t.matched} matched · ` +
    `incident count equal ${t.countEqual}/${t.docs}, mean |Δ| ${(t.countDiff / Math.max(1, t.docs)).toFixed(2)} ` +
    `(gold ${t.goldIncidents}, predicted ${t.predIncidents})`
  );
}

for (const heldOut of [false, true]) {
  const t = empty();
  const pairs: { extraction: Extraction; gold: GoldDocument }[] = [];
  for (const a of split.articles.filter((x) => x.heldOut === heldOut)) {
    const textPath = join(root, '.tmp', 'devgold', 'texts', `${a.id}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const gold = JSON.parse(readFileSync(join(root, 'devgold', 'fa-kes', 'gold', `${a.id}.json`), 'utf8')) as DevGold;
    gold.boilerplate ??= [];
    const x = extract(text, { publishedAt: a.publishedAt });
    const detail = showMisses && !heldOut ? [] : null;
    tallyDoc(t, x, gold, detail);
    pairs.push({ extraction: x, gold });
    if (detail !== null) console.log(`${a.id}\n${detail.join('\n')}`);
  }
  if (t.docs === 0) continue;
  const s = scoreCorpus(pairs);
  console.log(line(heldOut ? 'held-out (aggregate)' : 'tune', t, s.tasks.casualties.scored.f1));
  if (showMisses && !heldOut) {
    for (const m of s.tasks.casualties.misses)
      console.log(`  ${m.kind} ${m.document} | ${m.gold ?? ''} | ${m.predicted ?? ''} | ${m.detail}`);
  }
}
