import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRegistryActors, lookupActor } from '../../src/actors/known.js';
import { parse } from '../../src/document/parse.js';
import { extract } from '../../src/extract.js';
import type { ClaimStatus, ResponsibilityClaim } from '../../src/types.js';
import { readFakes, type FakesArticle } from '../data/fakes.js';
import { pct } from '../format.js';
import type { BenchTable, Suite } from '../types.js';

const STATUSES: readonly ClaimStatus[] = ['claimed', 'hedged', 'denied', 'attributed', 'unclaimed'];

function statusRow(label: string, claims: readonly ResponsibilityClaim[], docs: number): (string | number)[] {
  const by = new Map<ClaimStatus, number>();
  for (const c of claims) by.set(c.status, (by.get(c.status) ?? 0) + 1);
  return [label, docs, claims.length, ...STATUSES.map((s) => by.get(s) ?? 0)];
}

function topActors(claims: readonly ResponsibilityClaim[], n: number): (string | number)[][] {
  const count = new Map<string, { kind: string; n: number; statuses: Map<string, number> }>();
  for (const c of claims) {
    if (c.actor === null) continue;
    const e = count.get(c.actor.name) ?? { kind: c.actor.kind, n: 0, statuses: new Map() };
    e.n++;
    e.statuses.set(c.status, (e.statuses.get(c.status) ?? 0) + 1);
    count.set(c.actor.name, e);
  }
  return [...count.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([name, e]) => [name, e.kind, e.n, [...e.statuses.entries()].map(([s, k]) => `${s} ${k}`).join(', ')]);
}

interface WikiEventsDoc {
  doc_id: string;
  text: string;
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; start: number; end: number; text: string }[];
  event_mentions: {
    event_type: string;
    trigger: { start: number; end: number; text: string; sent_idx: number };
    arguments: { entity_id: string; role: string; text: string }[];
  }[];
}

/**
 * WikiEvents: attacks (Conflict.Attack.*) whose Attacker argument names a
 * registry group, and whether extract() ties that group to the attack's
 * sentence with a claimed / hedged / attributed claim.
 */
function wikiEvents(path: string): { tables: BenchTable[]; metrics: Record<string, number> } {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as WikiEventsDoc);
  const all: ResponsibilityClaim[] = [];
  const rows: (string | number)[][] = [];
  let attacks = 0;
  let known = 0;
  let found = 0;
  for (const d of docs) {
    const x = extract(d.text);
    all.push(...x.claims);
    const tokenOffsets = d.sentences.flatMap((s) => s[0].map((t) => [t[1], t[2]] as const));
    const known0 = findRegistryActors(parse(d.text));
    const seen = new Set<string>();
    for (const e of d.event_mentions) {
      if (!e.event_type.startsWith('Conflict.Attack')) continue;
      attacks++;
      for (const a of e.arguments) {
        if (a.role !== 'Attacker') continue;
        const ent = d.entity_mentions.find((m) => m.id === a.entity_id);
        const from = ent === undefined ? undefined : tokenOffsets[ent.start]?.[0];
        const to = ent === undefined ? undefined : tokenOffsets[ent.end - 1]?.[1];
        // the registry entry the Attacker text names (or a registry mention covering it)
        let group = lookupActor(a.text);
        if (group === null && from !== undefined && to !== undefined) {
          const m = known0.find((k) => k.start <= from && to <= k.end);
          group = m?.actor ?? null;
        }
        if (group === null || group.kind !== 'group') continue;
        const key = `${e.trigger.sent_idx}:${group.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        known++;
        const sent = d.sentences[e.trigger.sent_idx]![0];
        const sStart = sent[0]![1];
        const sEnd = sent[sent.length - 1]![2];
        const hit = x.claims.find(
          (c) =>
            c.actor?.name === group!.name &&
            c.status !== 'denied' &&
            c.status !== 'unclaimed' &&
            c.start < sEnd &&
            sStart < c.end,
        );
        if (hit !== undefined) found++;
        rows.push([
          d.doc_id,
          e.trigger.text,
          a.text,
          group.name,
          hit === undefined ? 'missed' : `${hit.status}: ${hit.text.slice(0, 60)}`,
        ]);
      }
    }
  }
  const recall = known === 0 ? 0 : found / known;
  return {
    tables: [
      {
        title: 'WikiEvents dev: claims found (no claim gold; counts only)',
        columns: ['set', 'docs', 'claims', ...STATUSES],
        rows: [statusRow('wikievents dev', all, docs.length)],
      },
      {
        title: 'WikiEvents dev: attacks whose Attacker is a registry group — is the group tied to the attack?',
        columns: ['document', 'trigger', 'Attacker', 'registry group', 'claim in the trigger’s sentence'],
        rows,
        notes: [
          `${attacks} Conflict.Attack mentions; ${known} (sentence, group) pairs whose Attacker argument names a registry group;`,
          `${found} of them get a claimed/hedged/attributed claim with that group overlapping the trigger's sentence: proxy recall ${pct(recall)} %.`,
          'A proxy, not a score: WikiEvents marks who attacked, not who claimed or was blamed, and most of its Attacker',
          "arguments are pronouns or common nouns ('bombers', 'those') that no claim can canonicalise; a found pair shows",
          'the writer or a source ties the group to the attack in that sentence.',
        ],
      },
    ],
    metrics: {
      'wikievents.claims': all.length,
      'wikievents.knownAttackerPairs': known,
      'wikievents.proxyRecall': recall,
    },
  };
}

/** FA-KES dev: what claims extract() finds in 402 Syrian-war articles (no gold). */
function faKes(
  all0: readonly FakesArticle[],
  quick: boolean,
): { tables: BenchTable[]; metrics: Record<string, number> } {
  const articles = quick ? all0.slice(0, 80) : all0;
  const all: ResponsibilityClaim[] = [];
  const bySource = new Map<string, { docs: number; claims: ResponsibilityClaim[] }>();
  let withClaims = 0;
  let ms = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const x = extract(a.text, a.publishedAt === null ? undefined : { publishedAt: a.publishedAt });
    ms += performance.now() - t0;
    all.push(...x.claims);
    if (x.claims.length > 0) withClaims++;
    const e = bySource.get(a.source) ?? { docs: 0, claims: [] };
    e.docs++;
    e.claims.push(...x.claims);
    bySource.set(a.source, e);
  }
  const statusRows = [
    statusRow('fa-kes dev (all)', all, articles.length),
    ...[...bySource.entries()]
      .sort((a, b) => b[1].claims.length - a[1].claims.length)
      .map(([src, e]) => statusRow(`  ${src}`, e.claims, e.docs)),
  ];
  const counts = Object.fromEntries(STATUSES.map((s) => [`fakes.${s}`, all.filter((c) => c.status === s).length]));
  return {
    tables: [
      {
        title: 'FA-KES dev: claims found by status (no gold: read them, see notes)',
        columns: ['set', 'docs', 'claims', ...STATUSES],
        rows: statusRows,
        notes: [
          `${withClaims} of ${articles.length} articles have at least one claim; extract() ran at ${(articles.length / (ms / 1000)).toFixed(0)} docs/s.`,
        ],
      },
      {
        title: 'FA-KES dev: top canonical actors in claims',
        columns: ['actor', 'kind', 'claims', 'by status'],
        rows: topActors(all, 15),
      },
    ],
    metrics: { 'fakes.claims': all.length, 'fakes.articlesWithClaims': withClaims, ...counts },
  };
}

/** Claims on the development sets: what is found, by status and actor, and a WikiEvents proxy recall. */
export const claimsDevSuite: Suite = {
  id: 'claims-dev',
  task: 'claims',
  description:
    'responsibility claims on FA-KES dev (counts, top actors) and WikiEvents dev (proxy recall on known attackers)',
  run(ctx) {
    if (ctx.dataDir === null) return { tables: [], metrics: {}, skipped: 'no development data' };
    const fakes = readFakes(ctx.dataDir);
    const wiki = join(ctx.dataDir, 'wikievents', 'dev.jsonl');
    const parts = [fakes !== null ? faKes(fakes, ctx.quick) : null, existsSync(wiki) ? wikiEvents(wiki) : null].filter(
      (p) => p !== null,
    );
    if (parts.length === 0) return { tables: [], metrics: {}, skipped: 'neither fa-kes/ nor wikievents/ is present' };
    return {
      tables: parts.flatMap((p) => p.tables),
      metrics: Object.assign({}, ...parts.map((p) => p.metrics)) as Record<string, number>,
    };
  },
};
