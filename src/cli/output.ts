/**
 * What the `newsfacts extract` command writes for one article, in each format.
 * The same code runs in the pool's workers (so formatting is spread over the
 * cores too) and in the command's own thread when it runs without workers.
 */
import { stringify } from 'csv-stringify/sync';
import type { Extraction } from '../types.js';
import { formatSummary } from './format.js';

/**
 * The output formats of `newsfacts extract`.
 *
 * @example
 * ```ts
 * const f: OutputFormat = 'jsonl';
 * ```
 */
export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'table' | 'html';
/**
 * The item kinds `--only` selects.
 *
 * @example
 * ```ts
 * const parts: ItemPart[] = ['quotes', 'dates'];
 * ```
 */
export type ItemPart = 'quotes' | 'casualties' | 'claims' | 'dates' | 'incidents';

/**
 * Every output format.
 *
 * @example
 * ```ts
 * OUTPUT_FORMATS.includes('csv'); // true
 * ```
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv', 'table', 'html'];
/**
 * Every part `--only` can name, in output order.
 *
 * @example
 * ```ts
 * ITEM_PARTS[0]; // 'quotes'
 * ```
 */
export const ITEM_PARTS: readonly ItemPart[] = ['quotes', 'casualties', 'claims', 'dates', 'incidents'];

/**
 * The CSV columns, one row per item.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.slice(0, 3); // ['file', 'kind', 'start']
 * ```
 */
export const CSV_COLUMNS = [
  'file',
  'kind',
  'start',
  'end',
  'text',
  'type',
  'value',
  'min',
  'max',
  'scope',
  'actor',
  'source',
  'confidence',
  'boilerplate',
] as const;

/** The singular `kind` a CSV row gives each part's items. */
const KIND: Record<ItemPart, string> = {
  quotes: 'quote',
  casualties: 'casualty',
  claims: 'claim',
  dates: 'date',
  incidents: 'incident',
};

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;
type Item = Record<string, unknown>;

/**
 * The article's result as the command reports it: its file name, the document
 * facts, and the selected parts in their fixed order. A part the extraction
 * does not have (`incidents` before the incident layer lands) is left out.
 *
 * @example
 * ```ts
 * Object.keys(selectParts('a.txt', extract(text), ['dates'])); // ['file', 'document', 'dates']
 * ```
 */
export function selectParts(file: string, x: Extraction, only: readonly ItemPart[]): Record<string, unknown> {
  const all = x as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { file, document: x.document };
  for (const part of ITEM_PARTS) if (only.includes(part) && Array.isArray(all[part])) out[part] = all[part];
  // Speakers, actors and sources point at the entities by id: they always come along.
  if (Array.isArray(all['entities'])) out['entities'] = all['entities'];
  return out;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const nameOf = (v: unknown): string | null =>
  v !== null && typeof v === 'object' ? str((v as { name?: unknown }).name) : null;

/** One CSV row for one item; fields a kind does not have stay empty. */
function csvRow(file: string, part: ItemPart, it: Item): Row {
  const row: Row = {
    file,
    kind: KIND[part],
    start: num(it.start),
    end: num(it.end),
    text: str(it.text),
    type: null,
    value: null,
    min: null,
    max: null,
    scope: null,
    actor: null,
    source: null,
    confidence: num(it.confidence),
    boilerplate: typeof it.boilerplate === 'boolean' ? it.boilerplate : null,
  };
  switch (part) {
    case 'quotes':
      row.type = str(it.kind);
      row.actor = nameOf(it.speaker);
      row.value = it.cue !== null && typeof it.cue === 'object' ? str((it.cue as { lemma?: unknown }).lemma) : null;
      break;
    case 'casualties': {
      const count = (it.count ?? {}) as { min?: unknown; max?: unknown };
      row.type = str(it.outcome);
      row.value = str(it.victims);
      row.min = num(count.min);
      row.max = num(count.max);
      row.scope = str(it.scope);
      row.source = nameOf(it.source) ?? str(it.source);
      break;
    }
    case 'claims':
      row.type = str(it.status);
      row.actor = nameOf(it.actor);
      row.value = it.event !== null && typeof it.event === 'object' ? str((it.event as { text?: unknown }).text) : null;
      row.source = nameOf(it.source) ?? str(it.source);
      break;
    case 'dates':
      row.type = str(it.type);
      row.value = str(it.value);
      break;
    case 'incidents':
      // The incident layer's shape is not fixed yet: take the fields items share.
      row.type = str(it.kind) ?? str(it.type);
      row.value = str(it.value);
      break;
  }
  return row;
}

/**
 * The CSV header line.
 *
 * @example
 * ```ts
 * csvHeader(); // 'file,kind,start,end,text,type,value,min,max,scope,actor,source,confidence,boilerplate\n'
 * ```
 */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

/**
 * The text the command writes for one article. `json` gives the pretty-printed
 * object (the command joins them into an array), `jsonl` one line, `csv` its
 * rows without the header, `table` the readable summary under the file name.
 *
 * @example
 * ```ts
 * formatArticle('a.txt', extract('Two people were killed on Monday.'), 'csv', ['casualties']);
 * // 'a.txt,casualty,0,10,Two people,killed,people,2,2,incident,,,,false\n'
 * ```
 */
export function formatArticle(file: string, x: Extraction, format: OutputFormat, only: readonly ItemPart[]): string {
  switch (format) {
    case 'jsonl':
      return `${JSON.stringify(selectParts(file, x, only))}\n`;
    case 'json':
      return JSON.stringify(selectParts(file, x, only), null, 2);
    case 'csv': {
      const all = x as unknown as Record<string, unknown>;
      const rows: Row[] = [];
      for (const part of ITEM_PARTS) {
        const items = all[part];
        if (!only.includes(part) || !Array.isArray(items)) continue;
        for (const it of items) if (it !== null && typeof it === 'object') rows.push(csvRow(file, part, it as Item));
      }
      return rows.length === 0
        ? ''
        : stringify(rows, { columns: [...CSV_COLUMNS], cast: { boolean: (b) => String(b) } });
    }
    case 'table':
      return `${file}\n\n${formatSummary(x, only)}\n`;
    case 'html':
      throw new TypeError('formatArticle: html needs the article text; the command renders it with render()');
  }
}
