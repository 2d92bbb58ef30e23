/**
 * Re-renders the example of docs/guides/aggregate.md by running `aggregate()`
 * on three short articles written for the guide (not corpus or dev data), so
 * the output shown is what this build returns. `npm run docs` runs it.
 *
 *   tsx docs/tools/render-aggregate.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, EVENT_CSV_COLUMNS, eventsCsvRows, extract } from '../../src/index.js';
import type { EventToll, EventTollValue } from '../../src/index.js';

export const articles = [
  {
    id: 'wire-0609.txt',
    publishedAt: '2021-06-09',
    text: `Car bomb kills 14 in Qaryat al-Noor

A car bomb killed at least 14 people in the town of Qaryat al-Noor on Tuesday, the Levant Monitor said. The blast also wounded 30 people. The Northern Front claimed responsibility for the attack.`,
  },
  {
    id: 'daily-0610.txt',
    publishedAt: '2021-06-10',
    text: `Toll from Qaryat al-Noor car bomb rises to 17

The death toll from Tuesday's car bomb in Qaryat al-Noor rose to 17, local officials said on Thursday. The Northern Front said its fighters carried out the bombing.`,
  },
  {
    id: 'radio-0609.txt',
    publishedAt: '2021-06-09',
    text: `An air strike killed 5 people in the village of Tell Hamra on Monday, residents said.`,
  },
];

const results = articles.map((a) => ({ id: a.id, extraction: extract(a.text, { publishedAt: a.publishedAt }) }));
const agg = aggregate(results);
const events = agg.events.map((e) => ({
  ...e,
  tolls: Object.fromEntries(
    Object.entries(e.tolls).map(([k, t]) => [
      k,
      Object.fromEntries(
        Object.entries(t as EventToll).map(([w, v]: [string, EventTollValue]) => [
          w,
          { value: v.value, figures: v.figures.map((f) => `${f.article}: "${f.text}"`) },
        ]),
      ),
    ]),
  ),
}));
const csv = [
  EVENT_CSV_COLUMNS.join(','),
  ...eventsCsvRows(agg).map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')),
].join('\n');
const block = `<!-- aggregate-example -->

\`\`\`ts
import { extract, aggregate, eventsCsvRows } from 'newsfacts';

const articles = ${JSON.stringify(articles, null, 2)};
const results = articles.map((a) => ({ id: a.id, extraction: extract(a.text, { publishedAt: a.publishedAt }) }));
const { events } = aggregate(results);
\`\`\`

\`events\` (figures shortened to article and text):

\`\`\`json
${JSON.stringify(events, null, 2)}
\`\`\`

\`eventsCsvRows()\` with \`EVENT_CSV_COLUMNS\` as the header:

\`\`\`text
${csv}
\`\`\`

<!-- /aggregate-example -->`;
const path = join(import.meta.dirname, '..', 'guides', 'aggregate.md');
const guide = readFileSync(path, 'utf8');
writeFileSync(
  path,
  guide.replace(/<!-- aggregate-example -->[\s\S]*?<!-- \/aggregate-example -->/, () => block),
);
