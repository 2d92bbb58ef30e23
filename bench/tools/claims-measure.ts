/**
 * A quick measure of the claims extractor while rules are written (not the bench suite):
 *
 *   npx tsx bench/tools/claims-measure.ts [--misses] [--muc N] [--case raw|lower|both] [dataDir]
 *
 * 1. FA-KES blind dev gold: `scoreCorpus` claims on the TUNE part (split.json `heldOut: false`),
 *    with its misses when `--misses` is given, and the held-out part as one aggregate line only
 *    (its items are never printed).
 * 2. MUC-4 dev messages against their answer keys: the share of CLAIMED OR ADMITTED
 *    perpetrator organisations found as a `claimed` claim of that actor, of SUSPECTED OR
 *    ACCUSED ones found as an `attributed` claim, and the share of the perpetrators our
 *    claims report (claimed / attributed / hedged) that a template of the message names.
 *    Templates marked (OPTIONAL) are left out of the recall counts. `--case lower` reads
 *    a lower-cased copy (sentence starts capitalised) beside the original upper case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../src/index.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { GoldDocument } from '../../src/eval/types.js';
import type { Extraction, ResponsibilityClaim } from '../../src/types.js';

const args = process.argv.slice(2);
const flag = (f: string): boolean => args.includes(f);
const opt = (f: string): string | undefined => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !['--muc', '--case'].includes(args[i - 1] ?? ''));
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(positional[0] ?? join(root, '..', '..', 'shared', 'data'));

// ---------- FA-KES dev gold ----------
interface SplitArticle {
  id: string;
  heldOut: boolean;
  publishedAt: string;
}
const split = JSON.parse(readFileSync(join(root, 'devgold/fa-kes/split.json'), 'utf8')) as {
  articles: SplitArticle[];
};
const pct = (x: number): string => (100 * x).toFixed(1);
function fakes(part: SplitArticle[], label: string, misses: boolean): void {
  const pairs: { extraction: Extraction; gold: GoldDocument }[] = [];
  for (const a of part) {
    const textPath = join(root, '.tmp/devgold/texts', `${a.id}.txt`);
    if (!existsSync(textPath)) continue;
    const raw = JSON.parse(readFileSync(join(root, 'devgold/fa-kes/gold', `${a.id}.json`), 'utf8')) as GoldDocument;
    const gold: GoldDocument = { ...raw, boilerplate: raw.boilerplate ?? [] };
    pairs.push({ extraction: extract(readFileSync(textPath, 'utf8'), { publishedAt: a.publishedAt }), gold });
  }
  const s = scoreCorpus(pairs).tasks.claims;
  const f = s.fields;
  console.log(
    `${label} (${pairs.length} articles): claims F1 ${pct(s.scored.f1)} P ${pct(s.scored.precision)} R ${pct(s.scored.recall)}` +
      ` (tp ${s.scored.tp} fp ${s.scored.fp} fn ${s.scored.fn}); spans F1 ${pct(s.spans.f1)};` +
      ` actor ${pct(f.actor ?? 1)} status ${pct(f.status ?? 1)} source ${pct(f.source ?? 1)}`,
  );
  if (misses) for (const m of s.misses) console.log(`  ${m.kind} ${m.document} | ${m.detail} | ${m.gold ?? ''} | ${m.predicted ?? ''}`);
}
const tune = split.articles.filter((a) => !a.heldOut);
const held = split.articles.filter((a) => a.heldOut);
fakes(tune, 'FA-KES dev gold TUNE', flag('--misses'));
fakes(held, 'FA-KES dev gold HELD-OUT (aggregate only)', false);

// ---------- MUC-4 dev ----------
const mucDir = join(dataDir, 'muc4');
if (!existsSync(join(mucDir, 'dev-messages.txt'))) {
  console.log('MUC-4: absent');
  process.exit(0);
}

interface Template {
  optional: boolean;
  orgs: string[][]; // each: alternatives
  individuals: string[][];
  confidence: { kinds: string[]; names: string[] }[];
}

const quoted = (s: string): string[] => [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

function readKeys(path: string): Map<string, Template[]> {
  const out = new Map<string, Template[]>();
  const blocks = readFileSync(path, 'utf8').split(/\n(?=0\.\s+MESSAGE: ID)/);
  for (const b of blocks) {
    const slots = new Map<number, string[]>();
    let cur = -1;
    for (const line of b.split('\n')) {
      if (line.startsWith(';')) continue;
      const m = /^(\d+)\.\s+[A-Z][A-Z :]*?\s{2,}(.*)$/.exec(line);
      if (m !== null) {
        cur = Number(m[1]);
        slots.set(cur, [m[2]!.trim()]);
      } else if (cur >= 0 && /^\s+\S/.test(line)) slots.get(cur)!.push(line.trim());
    }
    const id = slots.get(0)?.[0]?.split(/\s+/)[0];
    if (id === undefined) continue;
    const tmpl = slots.get(1)?.[0] ?? '*';
    if (tmpl.startsWith('*')) {
      if (!out.has(id)) out.set(id, []);
      continue;
    }
    const t: Template = {
      optional: tmpl.includes('OPTIONAL'),
      orgs: (slots.get(10) ?? []).map(quoted).filter((l) => l.length > 0),
      individuals: (slots.get(9) ?? []).map(quoted).filter((l) => l.length > 0),
      confidence: (slots.get(11) ?? []).map((l) => ({
        kinds: [...l.matchAll(/(REPORTED AS FACT|CLAIMED OR ADMITTED|SUSPECTED OR ACCUSED(?: BY AUTHORITIES)?|POSSIBLE)/g)].map(
          (k) => k[1]!,
        ),
        names: quoted(l),
      })),
    };
    out.set(id, [...(out.get(id) ?? []), t]);
  }
  return out;
}

function readMessages(path: string): Map<string, string> {
  const out = new Map<string, string>();
  const raw = readFileSync(path, 'utf8');
  const parts = raw.split(/^(?=(?:DEV|TST\d)-MUC\d-\d+ )/m);
  for (const p of parts) {
    const m = /^(\S+) \([^)]*\)\s*\n/.exec(p);
    if (m === null) continue;
    // paragraphs kept, the wire's line wrapping undone
    const body = p
      .slice(m[0].length)
      .split(/\n\s*\n/)
      .map((para) => para.replace(/\s*\n\s*/g, ' ').trim())
      .filter((x) => x !== '')
      .join('\n\n');
    out.set(m[1]!, body);
  }
  return out;
}

function lowerCopy(text: string): string {
  return text.toLowerCase().replace(/(^|[.!?]\s+|\n\s*)([a-z])/g, (_, a: string, c: string) => a + c.toUpperCase());
}

const STOP = new Set(['THE', 'OF', 'AND', 'GROUP', 'GROUPS', 'A', 'AN', 'MEMBERS', 'MEMBER']);
const words = (s: string): string[] =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !STOP.has(w));
function same(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => big.includes(w));
}
function surfaces(x: Extraction, c: ResponsibilityClaim): string[] {
  if (c.actor === null) return [];
  const e = x.entities.find((en) => en.id === c.actor!.entity);
  return [c.actor.name, ...(c.actor.mention ? [c.actor.mention.text] : []), ...(e?.aliases ?? [])];
}
const names = (x: Extraction, c: ResponsibilityClaim, alts: string[]): boolean =>
  surfaces(x, c).some((s) => alts.some((a) => same(s, a)));

function muc(caseMode: 'raw' | 'lower', limit: number, misses: boolean): void {
  const keys = readKeys(join(mucDir, 'dev-keys.txt'));
  const msgs = readMessages(join(mucDir, 'dev-messages.txt'));
  let claimTotal = 0;
  let claimFound = 0;
  let accTotal = 0;
  let accFound = 0;
  let reported = 0;
  let right = 0;
  let n = 0;
  const log: string[] = [];
  for (const [id, text0] of msgs) {
    if (n >= limit) break;
    const templates = keys.get(id);
    if (templates === undefined) continue;
    n++;
    if (templates.length === 0) continue;
    const text = caseMode === 'lower' ? lowerCopy(text0) : text0;
    const x = extract(text);
    for (const t of templates) {
      if (t.optional) continue;
      for (const conf of t.confidence) {
        const claimedK = conf.kinds.includes('CLAIMED OR ADMITTED');
        const accusedK = conf.kinds.some((k) => k.startsWith('SUSPECTED'));
        if (!claimedK && !accusedK) continue;
        const want = claimedK ? 'claimed' : 'attributed';
        const ok = x.claims.some((c) => c.status === want && names(x, c, conf.names));
        if (claimedK) (claimTotal++, (claimFound += ok ? 1 : 0));
        else (accTotal++, (accFound += ok ? 1 : 0));
        if (!ok && misses)
          log.push(
            `  missed ${want} ${id} | ${conf.names.join(' / ')} | ours: ${x.claims.map((c) => `${c.status} ${c.actor?.name ?? 'null'}`).join('; ')}`,
          );
      }
    }
    const perps = templates.flatMap((t) => [...t.orgs.flat(), ...t.individuals.flat()]);
    for (const c of x.claims) {
      if (c.actor === null || c.status === 'denied' || c.status === 'unclaimed') continue;
      reported++;
      const ok = surfaces(x, c).some((s) => perps.some((p) => same(s, p)));
      if (ok) right++;
      else if (misses) log.push(`  wrong-perp ${id} | ${c.status} ${c.actor.name} | ${c.text} | keys: ${perps.join(' / ')}`);
    }
  }
  console.log(
    `MUC-4 dev (${caseMode}, ${n} messages): claims of responsibility ${claimFound}/${claimTotal} (${pct(claimFound / Math.max(1, claimTotal))} %),` +
      ` accusations ${accFound}/${accTotal} (${pct(accFound / Math.max(1, accTotal))} %),` +
      ` reported perpetrators right ${right}/${reported} (${pct(right / Math.max(1, reported))} %)`,
  );
  for (const l of log) console.log(l);
}
const limit = Number(opt('--muc') ?? '100000');
const mode = opt('--case') ?? 'raw';
if (mode === 'raw' || mode === 'both') muc('raw', limit, flag('--misses'));
if (mode === 'lower' || mode === 'both') muc('lower', limit, flag('--misses'));
