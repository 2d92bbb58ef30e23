import { extract } from '../../src/index.js';
import type { Extraction } from '../../src/types.js';
import { readFakes } from '../data/fakes.js';
import { killedOf, readMucSet } from '../data/muc4.js';
import type { BenchTable, Suite, SuiteResult } from '../types.js';

/** The brief's target: text in capitals gives at least this share of what the same text gives in mixed case. */
const TARGET = 5 / 6;

const killedAt = (r: Extraction): string[] =>
  r.casualties.filter((c) => c.outcome === 'killed' && c.count !== null).map((c) => `${c.count!.min}@${c.start}`);

/**
 * Text in capitals (wire copy), read through the true-cased view: MUC-4 killed
 * counts found in the messages as written (capitals) against the same messages
 * lower-cased and sentence-cased, and FA-KES articles in capitals against the
 * same articles in mixed case.
 */
export const casingSuite: Suite = {
  id: 'casing',
  task: 'all',
  description:
    'text in capitals: MUC-4 killed counts from the wire copy as written vs lower-/sentence-cased, and FA-KES in capitals vs mixed case',
  run(ctx): SuiteResult {
    const muc = readMucSet(ctx.dataDir, 'dev');
    const fakes = readFakes(ctx.dataDir);
    if (muc === null || fakes === null) return { tables: [], metrics: {}, skipped: 'muc4 or fa-kes data absent' };
    // The killed counts of the answer keys (the muc4 suite's reader): the lower bound of each required count.
    const killed = new Map<string, number[]>();
    for (const k of killedOf(muc.keys)) {
      if (!k.optional) killed.set(k.message, [...(killed.get(k.message) ?? []), k.count.min]);
    }
    const messages = muc.messages
      .slice(0, ctx.quick ? 100 : 400)
      .map((m) => ({ text: m.text, killed: killed.get(m.id) ?? [] }));
    const variants: [string, (s: string) => string][] = [
      ['as written (capitals)', (s) => s],
      ['lower-cased', (s) => s.toLowerCase()],
      [
        'sentence-cased (lower case, capital after . ! ?)',
        (s) =>
          s.toLowerCase().replace(/(^\s*|[.!?]["']?\s+)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()),
      ],
    ];
    const keys = messages.reduce((n, m) => n + m.killed.length, 0);
    const recall = variants.map(([, f]) => {
      let hit = 0;
      let found = 0;
      for (const m of messages) {
        const r = extract(f(m.text));
        const got = new Set(
          r.casualties
            .filter((c) => c.outcome === 'killed' && c.count !== null)
            .flatMap((c) => [c.count!.min, c.count!.max]),
        );
        found += r.casualties.filter((c) => c.outcome === 'killed').length;
        for (const k of m.killed) if (got.has(k)) hit++;
      }
      return { hit, found, recall: hit / Math.max(1, keys) };
    });
    const mucTable: BenchTable = {
      title: `MUC-4 dev, first ${messages.length} messages: killed counts of the answer keys found (${keys} keys)`,
      columns: ['text', 'keys found', 'recall', 'killed figures reported'],
      rows: variants.map(([name], i) => [name, recall[i]!.hit, recall[i]!.recall.toFixed(3), recall[i]!.found]),
      notes: [
        `Capitals give ${(recall[0]!.recall / Math.max(1e-9, recall[2]!.recall)).toFixed(2)} of the sentence-cased recall (target ≥ ${TARGET.toFixed(2)}). A key is found when a killed figure's count equals the key's HUM TGT: NUMBER for a target whose effect is DEATH.`,
      ],
    };

    const articles = fakes.slice(0, ctx.quick ? 50 : 150);
    let mixed = 0;
    let same = 0;
    let claimsMixed = 0;
    let claimsSame = 0;
    let quotesMixed = 0;
    let quotesUpper = 0;
    for (const a of articles) {
      const opts = a.publishedAt === null ? {} : { publishedAt: a.publishedAt };
      const o = extract(a.text, opts);
      const u = extract(a.text.toUpperCase(), opts);
      const ku = new Set(killedAt(u));
      const ko = killedAt(o);
      mixed += ko.length;
      same += ko.filter((k) => ku.has(k)).length;
      // The same actor whatever its capitals (a description keeps the text's case: GOVERNMENT FORCES).
      const cu = new Set(u.claims.map((c) => `${c.status}|${c.actor?.name.toLowerCase()}`));
      claimsMixed += o.claims.length;
      claimsSame += o.claims.filter((c) => cu.has(`${c.status}|${c.actor?.name.toLowerCase()}`)).length;
      quotesMixed += o.quotes.length;
      quotesUpper += u.quotes.length;
    }
    const fakesTable: BenchTable = {
      title: `FA-KES, first ${articles.length} articles, in capitals vs as published`,
      columns: ['items', 'mixed case', 'also found in capitals', 'share'],
      rows: [
        ['killed figures (same count, same offset)', mixed, same, (same / Math.max(1, mixed)).toFixed(3)],
        ['claims (same status and actor)', claimsMixed, claimsSame, (claimsSame / Math.max(1, claimsMixed)).toFixed(3)],
        ['quotes (number found)', quotesMixed, quotesUpper, (quotesUpper / Math.max(1, quotesMixed)).toFixed(3)],
      ],
    };
    return {
      tables: [mucTable, fakesTable],
      metrics: {
        'muc4.killedRecall.capitals': recall[0]!.recall,
        'muc4.killedRecall.lower': recall[1]!.recall,
        'muc4.killedRecall.sentence': recall[2]!.recall,
        'fakes.capitals.killedShare': same / Math.max(1, mixed),
        'fakes.capitals.claimsShare': claimsSame / Math.max(1, claimsMixed),
      },
      summary: [
        `MUC-4 wire copy in capitals: killed-count recall ${recall[0]!.recall.toFixed(3)} (sentence-cased ${recall[2]!.recall.toFixed(3)}); FA-KES in capitals keeps ${((same / Math.max(1, mixed)) * 100).toFixed(1)} % of killed figures and ${((claimsSame / Math.max(1, claimsMixed)) * 100).toFixed(1)} % of claims.`,
      ],
    };
  },
};
