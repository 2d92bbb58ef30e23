/**
 * The blind FA-KES dev gold (`devgold/fa-kes/`, see devgold/README.md): 44
 * FA-KES dev articles, and 26 tune articles of batch 2, annotated by helpers who saw only the texts, ANNOTATION.md
 * and the corpus conventions. `split.json` holds a part out: those articles
 * are never read while writing rules, and only their aggregate score is printed.
 *
 * The texts are not in the repository: they are the FA-KES CSV's articles
 * (title, blank line, content — what {@link readFakes} gives), so the gold
 * is usable only when the data folder is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus } from '../../src/eval/score.js';
import type { GoldDocument, Prf, Score } from '../../src/eval/types.js';
import type { Extraction, Span } from '../../src/types.js';
import { readFakes } from './fakes.js';

/** A gold casualty figure with the incident fields of ANNOTATION.md §5. */
export interface IncidentGoldFigure extends Span {
  /** `c1`, `c2`… */
  id?: string;
  /** The incident id, or `null` for a cumulative toll in no incident. */
  incident?: string | null;
  /** The figure this one divides. */
  subsetOf?: string;
  optional?: boolean;
}

/** A dev gold file: the corpus gold format plus incidents. */
export interface DevGoldDocument extends GoldDocument {
  outlet?: string;
  casualties: (GoldDocument['casualties'][number] & IncidentGoldFigure)[];
  incidents?: { id: string; kind?: string }[];
}

/** One article of the dev gold with its text. */
export interface DevGoldArticle {
  readonly id: string;
  readonly outlet: string;
  readonly heldOut: boolean;
  /** 1: the first 44 articles (tune and held out); 2: the 26 tune articles added later (devgold/README.md). */
  readonly batch: 1 | 2;
  readonly publishedAt: string;
  readonly text: string;
  readonly gold: DevGoldDocument;
}

/** Where the dev gold lives in the repository. */
export const DEVGOLD_DIR = join('devgold', 'fa-kes');

/**
 * The dev gold articles with their texts, or `null` when the FA-KES data is
 * absent. Throws when a gold file names an article the data lacks, or when its
 * offsets do not fit the text (the gold and the data disagree: never silent).
 */
export function readDevGold(root: string, dataDir: string | null): DevGoldArticle[] | null {
  const fakes = readFakes(dataDir);
  if (fakes === null) return null;
  const dir = join(root, DEVGOLD_DIR);
  const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')) as {
    articles: { id: string; outlet: string; heldOut: boolean; batch?: 2; publishedAt: string }[];
  };
  const byId = new Map(fakes.map((a) => [a.id, a]));
  const out: DevGoldArticle[] = [];
  for (const s of split.articles) {
    const file = join(dir, 'gold', `${s.id}.json`);
    if (!existsSync(file)) throw new Error(`dev gold: no gold file for ${s.id}`);
    const a = byId.get(s.id);
    if (a === undefined) throw new Error(`dev gold: FA-KES dev has no article ${s.id}`);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Omit<DevGoldDocument, 'boilerplate'> & {
      boilerplate?: DevGoldDocument['boilerplate'];
    };
    // The dev gold marks no boilerplate (the CSV holds article text only).
    const gold: DevGoldDocument = { ...raw, boilerplate: raw.boilerplate ?? [] };
    for (const item of [...gold.quotes, ...gold.casualties, ...gold.claims, ...gold.dates]) {
      if (a.text.slice(item.start, item.end) !== item.text)
        throw new Error(`dev gold ${s.id}: an item's offsets do not fit the text (${item.start}–${item.end})`);
    }
    out.push({
      id: s.id,
      outlet: s.outlet,
      heldOut: s.heldOut,
      batch: s.batch ?? 1,
      publishedAt: s.publishedAt,
      text: a.text,
      gold,
    });
  }
  return out;
}

// ───────────────────────────── incidents ─────────────────────────────

/**
 * Which incident each casualty figure of an extraction is in (figure index →
 * incident index), or `null` when the extraction has no `incidents` array.
 * Read duck-typed, so the scorer works whatever the incident type grows into:
 * an incident lists its figures under `figures` or `casualties`, each as the
 * figure object itself, its index, its `id`, or an object with its offsets.
 */
export function incidentMembership(x: Extraction): Map<number, number> | null {
  const incidents = (x as { incidents?: unknown }).incidents;
  if (!Array.isArray(incidents)) return null;
  const figures = x.casualties as readonly (Span & { id?: unknown })[];
  const out = new Map<number, number>();
  incidents.forEach((inc: unknown, k) => {
    if (inc === null || typeof inc !== 'object') return;
    const rec = inc as Record<string, unknown>;
    const list = Array.isArray(rec['figures'])
      ? rec['figures']
      : Array.isArray(rec['casualties'])
        ? rec['casualties']
        : [];
    for (const f of list as unknown[]) {
      let j = -1;
      if (typeof f === 'number') j = Number.isInteger(f) && f >= 0 && f < figures.length ? f : -1;
      else if (typeof f === 'string') j = figures.findIndex((g) => g.id === f);
      else if (f !== null && typeof f === 'object') {
        j = figures.indexOf(f as Span);
        if (j < 0) {
          const s = f as Partial<Span>;
          j = figures.findIndex((g) => g.start === s.start && g.end === s.end);
        }
      }
      if (j >= 0 && !out.has(j)) out.set(j, k);
    }
  });
  return out;
}

/** Tallies of incident clustering over gold-matched figures. */
export interface IncidentTally {
  /** Pairs of figures (same article) that both gold and prediction put in one incident. */
  tp: number;
  /** Pairs the prediction puts together, gold apart. */
  fp: number;
  /** Pairs gold puts together, the prediction apart. */
  fn: number;
  /** Gold-matched figures. */
  figures: number;
  /** Of them, those where gold and prediction agree on "in some incident" vs "in none" (cumulative). */
  noneAgree: number;
  /** Gold incidents and predicted incidents over the documents scored. */
  goldIncidents: number;
  predictedIncidents: number;
  /** Documents scored (with an `incidents` array). */
  documents: number;
}

/** An empty tally. */
export function emptyIncidentTally(): IncidentTally {
  return { tp: 0, fp: 0, fn: 0, figures: 0, noneAgree: 0, goldIncidents: 0, predictedIncidents: 0, documents: 0 };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Adds one document's incident clustering to a tally: predicted casualty
 * figures are matched one-to-one to non-optional gold figures by span overlap
 * (largest first, as the casualty scorer does); over the matched figures,
 * every pair counts once — together in gold (same incident id) and/or
 * together in the prediction (same incident). Returns `false`, adding
 * nothing, when the extraction has no `incidents`.
 */
export function addIncidents(into: IncidentTally, x: Extraction, gold: DevGoldDocument): boolean {
  const member = incidentMembership(x);
  if (member === null) return false;
  into.documents++;
  into.goldIncidents += gold.incidents?.length ?? 0;
  into.predictedIncidents += ((x as { incidents?: unknown[] }).incidents ?? []).length;
  const golds = gold.casualties.filter((g) => g.optional !== true);
  const pairs: { p: number; g: number; ov: number }[] = [];
  x.casualties.forEach((p, i) =>
    golds.forEach((g, j) => {
      const ov = overlap(p, g);
      if (ov > 0) pairs.push({ p: i, g: j, ov });
    }),
  );
  pairs.sort((a, b) => b.ov - a.ov);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: { gi: string | null; pi: number | null }[] = [];
  for (const pr of pairs) {
    if (usedP.has(pr.p) || usedG.has(pr.g)) continue;
    usedP.add(pr.p);
    usedG.add(pr.g);
    matched.push({ gi: golds[pr.g]!.incident ?? null, pi: member.get(pr.p) ?? null });
  }
  into.figures += matched.length;
  for (const m of matched) if ((m.gi === null) === (m.pi === null)) into.noneAgree++;
  for (let a = 0; a < matched.length; a++) {
    for (let b = a + 1; b < matched.length; b++) {
      const g = matched[a]!.gi !== null && matched[a]!.gi === matched[b]!.gi;
      const p = matched[a]!.pi !== null && matched[a]!.pi === matched[b]!.pi;
      if (g && p) into.tp++;
      else if (p) into.fp++;
      else if (g) into.fn++;
    }
  }
  return true;
}

/** Pairwise precision, recall and F1 of a tally. */
export function incidentPrf(t: IncidentTally): Prf {
  const precision = t.tp + t.fp === 0 ? (t.fn === 0 ? 1 : 0) : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: t.tp, fp: t.fp, fn: t.fn, precision, recall, f1 };
}

// ───────────────────────────── scoring ─────────────────────────────

/** Aggregate scores of a part of the dev gold (never per-item: the held-out part is scored with this too). */
export interface DevGoldScore {
  readonly articles: number;
  readonly outlets: number;
  readonly score: Score;
  /** Predicted quotes whose speaker is `null`, over all predicted quotes. */
  readonly nullSpeakerShare: number;
  /** Non-optional gold quotes whose speaker is `null`, over all non-optional gold quotes. */
  readonly goldNullSpeakerShare: number;
  /** Incident clustering, or `null` when extract() returns no `incidents`. */
  readonly incidents: IncidentTally | null;
}

/** Runs extract() over articles and scores them together (micro-averaged). */
export function scoreDevGold(
  articles: readonly DevGoldArticle[],
  run: (text: string, publishedAt: string) => Extraction,
): DevGoldScore {
  const pairs = articles.map((a) => ({ extraction: run(a.text, a.publishedAt), gold: a.gold }));
  const quotes = pairs.flatMap((p) => p.extraction.quotes);
  const goldQuotes = pairs.flatMap((p) => p.gold.quotes.filter((q) => q.optional !== true));
  const incidents = emptyIncidentTally();
  let withIncidents = false;
  for (const p of pairs) if (addIncidents(incidents, p.extraction, p.gold as DevGoldDocument)) withIncidents = true;
  return {
    articles: articles.length,
    outlets: new Set(articles.map((a) => a.outlet)).size,
    score: scoreCorpus(pairs),
    nullSpeakerShare: quotes.length === 0 ? 0 : quotes.filter((q) => q.speaker === null).length / quotes.length,
    goldNullSpeakerShare:
      goldQuotes.length === 0 ? 0 : goldQuotes.filter((q) => q.speaker === null).length / goldQuotes.length,
    incidents: withIncidents ? incidents : null,
  };
}
