/**
 * One article's job, the same whether the command's thread or a pool worker
 * runs it: extract, then format for the chosen output.
 */
import { extract } from '../extract.js';
import { render } from '../render/index.js';
import type { ExtractOptions } from '../types.js';
import { type ItemPart, type OutputFormat, formatArticle } from './output.js';

/**
 * What the command sends a worker for one article (structured-cloneable).
 *
 * @example
 * ```ts
 * const task: ArticleTask = { file: 'a.txt', text: 'Two were killed.', options: {}, format: 'jsonl', only: ['quotes'] };
 * ```
 */
export interface ArticleTask {
  readonly file: string;
  readonly text: string;
  readonly options: ExtractOptions;
  readonly format: OutputFormat;
  readonly only: readonly ItemPart[];
}

/**
 * Extracts one article and returns the text to write for it.
 *
 * @example
 * ```ts
 * runTask({ file: 'a.txt', text: '', options: {}, format: 'jsonl', only: ['dates'] });
 * // '{"file":"a.txt","document":{…},"dates":[]}\n'
 * ```
 */
export function runTask(task: ArticleTask): string {
  const x = extract(task.text, task.options);
  // The highlighted view needs the text the offsets point into.
  if (task.format === 'html') return render(x, task.text, { title: task.file });
  return formatArticle(task.file, x, task.format, task.only);
}
