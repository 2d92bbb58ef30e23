/**
 * Per-file publication dates from a sidecar CSV: a header naming a `file`
 * column and a `date` (or `published_at`) column, one row per article.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { extract } from '../extract.js';
import type { ExtractOptions } from '../types.js';

/**
 * Dates by file: looked up by absolute path, then by base name when that is unambiguous.
 *
 * @example
 * ```ts
 * (await readSidecar('dates.csv', await dateCheckHere())).lookup('/data/articles/a.txt'); // '2017-02-25'
 * ```
 */
export interface SidecarDates {
  /** The date for a file (absolute path), or `undefined`. */
  lookup(path: string): string | undefined;
  readonly size: number;
}

/**
 * What is wrong with a publication date as `extract()` reads it (with the
 * `--date-order` given, which makes numeric dates such as `04/03/2020`
 * readable), or `null` when it is good. `extractFn` is the library's
 * `extract`, from whichever thread has it loaded.
 *
 * @example
 * ```ts
 * dateProblem(extract, '2017-02-25'); // null
 * dateProblem(extract, '2017-02-30'); // 'not a valid date: "2017-02-30" (use YYYY, …)'
 * ```
 */
export function dateProblem(extractFn: typeof extract, value: string, dateOrder?: 'dmy' | 'mdy'): string | null {
  try {
    extractFn(
      '',
      dateOrder === undefined ? { publishedAt: value } : ({ publishedAt: value, dateOrder } as ExtractOptions),
    );
    return null;
  } catch (e) {
    if (e instanceof TypeError) {
      return `not a valid date: ${JSON.stringify(value)} (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, or a numeric date with --date-order)`;
    }
    // A numeric date that reads both ways without --date-order.
    if (e instanceof RangeError) return e.message.replace(/^newsfacts: /, '');
    throw e;
  }
}

/**
 * Checks dates, each to its problem or `null`: in this thread, or in a pool
 * worker that has the library loaded already.
 *
 * @example
 * ```ts
 * const check: DateCheck = async (values) => values.map((v) => dateProblem(extract, v));
 * await check(['2017', 'soon']); // [null, 'not a valid date: "soon" (…)']
 * ```
 */
export type DateCheck = (values: string[]) => Promise<(string | null)[]>;

/**
 * A {@link DateCheck} in this thread (the library is loaded on first use).
 *
 * @example
 * ```ts
 * await (await dateCheckHere())(['2017-02-30']); // ['not a valid date: "2017-02-30" (…)']
 * ```
 */
export async function dateCheckHere(dateOrder?: 'dmy' | 'mdy'): Promise<DateCheck> {
  const { extract } = await import('../extract.js');
  return async (values) => values.map((v) => dateProblem(extract, v, dateOrder));
}

const DATE_COLUMNS = ['date', 'published_at', 'publishedat', 'published'];

/**
 * Reads a sidecar CSV. Paths in it are relative to the CSV's folder. Throws
 * an `Error` naming the CSV and the line for a missing column, an empty
 * cell, or a date `check` refuses.
 *
 * @example
 * ```ts
 * const dates = await readSidecar('dates.csv', await dateCheckHere()); // file,date\na.txt,2017-02-25
 * dates.size; // 1
 * ```
 */
export async function readSidecar(csvPath: string, check: DateCheck, name: string = csvPath): Promise<SidecarDates> {
  let text: string;
  try {
    text = await readFile(csvPath, 'utf8');
  } catch (e) {
    throw new Error(`${name}: cannot read the dates CSV: ${(e as Error).message}`);
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (e) {
    throw new Error(`${name}: not a readable CSV: ${(e as Error).message}`);
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const fileCol = header.indexOf('file');
  const dateCol = header.findIndex((h) => DATE_COLUMNS.includes(h));
  if (fileCol < 0 || dateCol < 0) {
    throw new Error(`${name}: the dates CSV needs a header with a "file" and a "date" column`);
  }
  const folder = dirname(resolve(csvPath));
  const byPath = new Map<string, string>();
  const byName = new Map<string, string | null>();
  // Each distinct date is checked once, all in one call.
  const distinct = [...new Set(rows.slice(1).map((row) => row[dateCol] ?? ''))].filter((d) => d !== '');
  const problems = new Map((await check(distinct)).map((p, i) => [distinct[i]!, p]));
  for (let r = 1; r < rows.length; r++) {
    const file = rows[r]![fileCol] ?? '';
    const date = rows[r]![dateCol] ?? '';
    if (file === '' || date === '') throw new Error(`${name}: line ${r + 1} has an empty file or date`);
    const problem = problems.get(date) ?? null;
    if (problem !== null) throw new Error(`${name}: line ${r + 1}: ${problem}`);
    byPath.set(resolve(folder, file), date);
    const base = basename(file);
    byName.set(base, byName.has(base) && byName.get(base) !== date ? null : date);
  }
  return {
    size: byPath.size,
    lookup(path: string): string | undefined {
      return byPath.get(path) ?? byName.get(basename(path)) ?? undefined;
    },
  };
}
