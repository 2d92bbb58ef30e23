import { extract } from '../../src/extract.js';
import type { Task } from '../../src/eval/types.js';
import { incidentPrf, readDevGold, scoreDevGold, type DevGoldScore } from '../data/devgold.js';
import { pct } from '../format.js';
import type { BenchTable, Suite, SuiteResult } from '../types.js';

const TASKS: readonly Task[] = ['quotes', 'casualties', 'claims', 'dates'];

const run = (text: string, publishedAt: string) => extract(text, { publishedAt });

/** One part's table rows: per extractor, P/R/F1 (scored and by span) and the gold size. */
function prfRows(label: string, s: DevGoldScore): (string | number)[][] {
  return TASKS.map((t) => {
    const x = s.score.tasks[t];
    return [
      `${label} ${t}`,
      x.scored.tp + x.scored.fn,
      pct(x.scored.precision),
      pct(x.scored.recall),
      pct(x.scored.f1),
      pct(x.spans.f1),
    ];
  });
}

const field = (s: DevGoldScore, t: Task, f: string): string => {
  const v = s.score.tasks[t].fields[f];
  return v === undefined ? '—' : pct(v);
};

/** The blind FA-KES dev gold: every extractor, tune and held-out parts apart. */
export const devgoldSuite: Suite = {
  id: 'devgold',
  task: 'all',
  description:
    'blind FA-KES dev gold (44 articles, 15 outlets, and 26 tune articles of batch 2; devgold/README.md): every extractor against hand gold never shown to the rules; tune, batch 2 and held-out parts reported apart',
  run(ctx): SuiteResult {
    const articles = readDevGold(ctx.root, ctx.dataDir);
    if (articles === null)
      return { tables: [], metrics: {}, skipped: 'fa-kes/fa-kes-dev.csv not found (the dev gold’s texts)' };
    // Held-out articles are scored only in aggregate: no per-item output anywhere in this suite.
    // `tune` stays the 26 tune articles of batch 1 so that figures compare across sessions; batch 2 (tune too) apart.
    const parts = [
      [
        'tune',
        scoreDevGold(
          articles.filter((a) => !a.heldOut && a.batch === 1),
          run,
        ),
      ],
      [
        'tune batch 2',
        scoreDevGold(
          articles.filter((a) => a.batch === 2),
          run,
        ),
      ],
      [
        'held-out',
        scoreDevGold(
          articles.filter((a) => a.heldOut),
          run,
        ),
      ],
    ] as const;
    const tables: BenchTable[] = [
      {
        title: 'FA-KES dev gold: precision, recall and F1 per extractor',
        columns: ['part / extractor', 'gold items', 'P', 'R', 'F1', 'span F1'],
        rows: parts.flatMap(([label, s]) => prfRows(label, s)),
        notes: [
          ...parts.map(([label, s]) => `${label}: ${s.articles} articles from ${s.outlets} outlets.`),
          'Scored as src/eval/score.ts scores the corpus (ANNOTATION.md): a match is right when its scored fields are right',
          '(quotes: speaker; casualties: outcome and count; claims: actor and status; dates: type and value). Optional gold items count neither way.',
          'The held-out articles are never read while writing rules; only these aggregates are printed for them.',
        ],
      },
      {
        title: 'FA-KES dev gold: field accuracy over matched items',
        columns: [
          'part',
          'speaker',
          'null speakers (gold)',
          'casualty outcome',
          'count',
          'victims',
          'scope',
          'source',
          'claim actor',
          'status',
          'event',
          'source ',
          'date value',
          'type',
        ],
        rows: parts.map(([label, s]) => [
          label,
          field(s, 'quotes', 'speaker'),
          `${pct(s.nullSpeakerShare)} (${pct(s.goldNullSpeakerShare)})`,
          field(s, 'casualties', 'outcome'),
          field(s, 'casualties', 'count'),
          field(s, 'casualties', 'victims'),
          field(s, 'casualties', 'scope'),
          field(s, 'casualties', 'source'),
          field(s, 'claims', 'actor'),
          field(s, 'claims', 'status'),
          field(s, 'claims', 'event'),
          field(s, 'claims', 'source'),
          field(s, 'dates', 'value'),
          field(s, 'dates', 'type'),
        ]),
        notes: [
          'Accuracy of each field over predicted items matched to a non-optional gold item. null speakers: share of predicted quotes',
          'whose speaker is null (in brackets, the share of gold quotes with no speaker).',
        ],
      },
    ];
    const metrics: Record<string, number> = {};
    for (const [label, s] of parts) {
      const k = label === 'tune' ? 'devgold.tune' : label === 'held-out' ? 'devgold.heldOut' : 'devgold.tuneBatch2';
      for (const t of TASKS) {
        metrics[`${k}.${t}.precision`] = s.score.tasks[t].scored.precision;
        metrics[`${k}.${t}.recall`] = s.score.tasks[t].scored.recall;
        metrics[`${k}.${t}.f1`] = s.score.tasks[t].scored.f1;
      }
      metrics[`${k}.quotes.speakerAccuracy`] = s.score.tasks.quotes.fields['speaker'] ?? 0;
      metrics[`${k}.quotes.nullSpeakerShare`] = s.nullSpeakerShare;
      metrics[`${k}.dates.valueAccuracy`] = s.score.tasks.dates.fields['value'] ?? 0;
      if (s.incidents !== null) metrics[`${k}.incidents.pairF1`] = incidentPrf(s.incidents).f1;
    }
    const withIncidents = parts.filter(([, s]) => s.incidents !== null);
    if (withIncidents.length > 0) {
      tables.push({
        title: 'FA-KES dev gold: incidents — which figures belong to the same attack',
        columns: [
          'part',
          'figures matched',
          'pair P',
          'pair R',
          'pair F1',
          'in-none agreement',
          'incidents gold / predicted',
        ],
        rows: withIncidents.map(([label, s]) => {
          const t = s.incidents!;
          const p = incidentPrf(t);
          return [
            label,
            t.figures,
            pct(p.precision),
            pct(p.recall),
            pct(p.f1),
            pct(t.figures === 0 ? 0 : t.noneAgree / t.figures),
            `${t.goldIncidents} / ${t.predictedIncidents}`,
          ];
        }),
        notes: [
          'Over predicted casualty figures matched to gold ones (span overlap, one to one): each pair of matched figures of an article',
          'is together in gold (same incident id) and/or together in extract()’s incidents; pairwise P/R/F1 of "together".',
          'in-none agreement: matched figures where both agree the figure is in some incident or in none (a cumulative toll).',
          'incidents: all of them, with or without figures (gold incidents named only by claims or attack phrases count too).',
        ],
      });
    }
    const held = parts[2][1];
    const batch2 = parts[1][1];
    const f = (t: Task, s: DevGoldScore = held): string => pct(s.score.tasks[t].scored.f1);
    return {
      tables,
      summary: [
        `held out (${held.articles} articles): F1 quotes ${f('quotes')}, casualties ${f('casualties')}, claims ${f('claims')}, dates ${f('dates')}; speaker accuracy ${field(held, 'quotes', 'speaker')} %`,
        `tune batch 2 (${batch2.articles} articles): F1 quotes ${f('quotes', batch2)}, casualties ${f('casualties', batch2)}, claims ${f('claims', batch2)}, dates ${f('dates', batch2)}; speaker accuracy ${field(batch2, 'quotes', 'speaker')} %`,
      ],
      metrics,
    };
  },
};
