import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { GoldDocument } from '../../src/eval/types.js';
import { pct } from '../format.js';
import type { Suite } from '../types.js';

/** Corpus gold: P/R/F1 per extractor, span-only F1 and field accuracies. */
export const corpusSuite: Suite = {
  id: 'corpus',
  task: 'all',
  description: 'the five seed articles against their hand-made gold (`ANNOTATION.md` scoring)',
  run(ctx) {
    const dir = join(ctx.root, 'corpus');
    const meta = JSON.parse(readFileSync(join(dir, 'documents', 'metadata.json'), 'utf8')) as {
      documents: { file: string; publishedAt: string }[];
    };
    const pairs = meta.documents.map((d) => {
      const text = readFileSync(join(dir, 'documents', d.file), 'utf8');
      const gold = JSON.parse(
        readFileSync(join(dir, 'gold', d.file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as GoldDocument;
      return { extraction: extract(text, { publishedAt: d.publishedAt }), gold };
    });
    const s = scoreCorpus(pairs);
    const metrics: Record<string, number> = {};
    const rows = (['quotes', 'casualties', 'claims', 'dates'] as const).map((task) => {
      const t = s.tasks[task];
      metrics[`${task}.precision`] = t.scored.precision;
      metrics[`${task}.recall`] = t.scored.recall;
      metrics[`${task}.f1`] = t.scored.f1;
      metrics[`${task}.spanF1`] = t.spans.f1;
      for (const [k, v] of Object.entries(t.fields)) metrics[`${task}.${k}Accuracy`] = v;
      const fields = Object.entries(t.fields)
        .map(([k, v]) => `${k} ${pct(v)}`)
        .join(', ');
      return [
        task,
        pct(t.scored.precision),
        pct(t.scored.recall),
        pct(t.scored.f1),
        pct(t.spans.f1),
        t.scored.tp,
        t.scored.fp,
        t.scored.fn,
        fields,
      ];
    });
    const tasks = ['quotes', 'casualties', 'claims', 'dates'] as const;
    const quotes = pairs.flatMap((p) => p.extraction.quotes);
    const nullSpeakers = quotes.length === 0 ? 0 : quotes.filter((q) => q.speaker === null).length / quotes.length;
    metrics['quotes.nullSpeakerShare'] = nullSpeakers;
    metrics['zones.headline'] = s.zones.headline;
    metrics['zones.boilerplateF1'] = s.zones.boilerplate.f1;
    return {
      tables: [
        {
          title: 'Corpus gold (5 seed articles)',
          columns: ['extractor', 'P', 'R', 'F1', 'span F1', 'tp', 'fp', 'fn', 'field accuracy on matched items'],
          rows,
          notes: [
            'P/R/F1: spans match (quotes: overlap ≥ 30 % of gold or ≥ 50 % of predicted) and the scored fields are right',
            '(quotes: speaker; casualties: outcome + count; claims: actor + status; dates: type + value).',
            `Quotes with a null speaker: ${pct(nullSpeakers)} % of ${quotes.length}.`,
            `Zones: headline exact ${pct(s.zones.headline)} %, boilerplate F1 ${pct(s.zones.boilerplate.f1)} % (by character).`,
          ],
        },
      ],
      charts: [
        {
          id: 'corpus-f1',
          title: 'Corpus gold: precision, recall and F1 per extractor',
          unit: ' %',
          decimals: 1,
          max: 100,
          series: ['precision', 'recall', 'F1'],
          groups: tasks.map((task) => {
            const t = s.tasks[task].scored;
            return { label: task, values: [t.precision * 100, t.recall * 100, t.f1 * 100] };
          }),
        },
      ],
      summary: [
        `corpus F1 ${tasks.map((task) => `${task} ${pct(s.tasks[task].scored.f1)} %`).join(', ')}; headlines ${pct(
          s.zones.headline,
        )} %, boilerplate F1 ${pct(s.zones.boilerplate.f1)} %.`,
      ],
      metrics,
    };
  },
};
