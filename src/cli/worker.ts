/**
 * The pool worker of `newsfacts extract --jobs N`: each worker thread loads
 * the library and its model once, warms it on a short text, and then runs
 * articles until the command is done.
 */
import { extract } from '../extract.js';
import { dateProblem } from './sidecar.js';
import { type ArticleTask, runTask } from './task.js';

// The first read loads wink's model and the lexicons: pay it once per worker, up front.
extract('Warm-up: "It is done," he said on Monday.');

/**
 * Runs one article in a pool worker.
 *
 * @example
 * ```ts
 * await pool.run({ file: 'a.txt', text, options: {}, format: 'jsonl', only: ITEM_PARTS }); // one JSON line
 * ```
 */
export default function work(task: ArticleTask): string {
  return runTask(task);
}

/**
 * Checks publication dates in a worker, which has the library loaded already
 * (the command's own thread then never loads it).
 *
 * @example
 * ```ts
 * await pool.run({ values: ['2017-02-25', 'soon'] }, { name: 'checkDates' }); // [null, 'not a valid date: "soon" (…)']
 * ```
 */
export function checkDates(task: { values: string[]; dateOrder?: 'dmy' | 'mdy' }): (string | null)[] {
  return task.values.map((v) => dateProblem(extract, v, task.dateOrder));
}
