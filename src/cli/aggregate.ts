/**
 * `newsfacts aggregate <facts.jsonl | -> [--format json|csv]`: joins what
 * `newsfacts extract --format jsonl` wrote for many articles into one entity
 * per person or group and one event per attack (see `aggregate()`).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { aggregate, EVENT_CSV_COLUMNS, eventsCsvRows, fromJsonl } from '../aggregate/index.js';

/** The help text of `newsfacts aggregate`. */
export const AGGREGATE_HELP = `Usage: newsfacts aggregate <facts.jsonl | -> [options]

Joins the per-article results of 'newsfacts extract --format jsonl' across articles:
one entity per person or group (spelling variants and surnames merged), and one event
per violent event, joining the articles' incidents (kind, place, resolved day), with
per outcome a reconciled low / best / high and every article and source behind it.

Options:
  -f, --format <fmt>   json (default: { entities, events }) | csv (one row per event:
                       event date, type, place, actors, claim status, fatalities and
                       injured low/best/high, sources, articles)
  -h, --help           this help

Example:
  newsfacts extract articles/ --format jsonl > facts.jsonl
  newsfacts aggregate facts.jsonl --format csv > events.csv
`;

/** Where the command writes and reads. */
export interface AggregateIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly cwd: string;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `newsfacts aggregate`; returns the exit code (0 done, 1 the input could
 * not be read, 2 a usage error).
 *
 * @param argv - the arguments after `aggregate`
 * @param io - standard streams and working folder
 *
 * @example
 * ```ts
 * await runAggregate(['facts.jsonl', '--format', 'csv'], io); // 0, one CSV row per event
 * ```
 */
export async function runAggregate(argv: readonly string[], io: AggregateIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.stderr.write(
      `newsfacts aggregate: ${(e as Error).message}\nRun 'newsfacts aggregate --help' for the options.\n`,
    );
    return 2;
  }
  if (parsed.values.help === true) {
    io.stdout.write(AGGREGATE_HELP);
    return 0;
  }
  const format = parsed.values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    io.stderr.write(`newsfacts aggregate: --format must be json or csv, got ${JSON.stringify(format)}\n`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr.write(`newsfacts aggregate: give one JSONL file (or - for standard input)\n${AGGREGATE_HELP}`);
    return 2;
  }
  const input = parsed.positionals[0]!;
  let text: string;
  try {
    text = input === '-' ? await readAll(io.stdin) : readFileSync(resolve(io.cwd, input), 'utf8');
  } catch (e) {
    io.stderr.write(
      `newsfacts aggregate: ${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`,
    );
    return 1;
  }
  let result;
  try {
    result = aggregate(fromJsonl(text));
  } catch (e) {
    io.stderr.write(`newsfacts aggregate: ${input}: ${(e as Error).message.replace(/^newsfacts: /, '')}\n`);
    return 1;
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(stringify([[...EVENT_CSV_COLUMNS], ...eventsCsvRows(result)]));
  return 0;
}
