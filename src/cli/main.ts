#!/usr/bin/env node
/**
 * `newsfacts <file> [--published-at DATE] [--date-order dmy|mdy] [--url URL] [--include-boilerplate] [--json]`
 * prints what newsfacts finds in a plain-text article.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../types.js';
import { formatSummary } from './format.js';

const USAGE =
  'usage: newsfacts <article.txt> [--published-at YYYY-MM-DD[THH:MM] | D/M/YYYY] [--date-order dmy|mdy] [--url URL] [--include-boilerplate] [--json]';

function main(argv: string[]): number {
  const options: ExtractOptions = {};
  let file: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--include-boilerplate') options.includeBoilerplate = true;
    else if (a === '--published-at' && i + 1 < argv.length) options.publishedAt = argv[++i]!;
    else if (a === '--date-order' && i + 1 < argv.length) options.dateOrder = argv[++i] as ExtractOptions['dateOrder'];
    else if (a === '--url' && i + 1 < argv.length) options.url = argv[++i]!;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (!a.startsWith('--') && file === null) file = a;
    else {
      console.error(`newsfacts: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (file === null) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`newsfacts: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const result = extract(text, options);
    console.log(json ? JSON.stringify(result, null, 2) : `${file}\n\n${formatSummary(result)}`);
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
