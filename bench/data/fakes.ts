/**
 * The FA-KES development set (`<data>/fa-kes/fa-kes-dev.csv`): 402 articles
 * about the war in Syria from 15 outlets, with title, content, source and
 * publication date. No gold for our tasks: suites use it for throughput,
 * memory and robustness runs, and for reading what the extractors find.
 *
 * The data is never copied into the repository; suites pass the data folder
 * and get `null` when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One FA-KES article. */
export interface FakesArticle {
  /** `unit_id`. */
  readonly id: string;
  readonly title: string;
  readonly content: string;
  /** Outlet id (`reuters`, `sana`, `ahram`…). */
  readonly source: string;
  /** `date` read as ISO `YYYY-MM-DD` (the CSV has US `M/D/YYYY`), or `null` when unreadable. */
  readonly publishedAt: string | null;
  readonly location: string;
  /** The article as a page: title, blank line, content — what `extract()` is given. */
  readonly text: string;
}

/** Rows of a CSV file, and the problems met reading it. */
export interface CsvTable {
  readonly rows: string[][];
  /** Human-readable problems (unterminated quote…); reading never throws on bad input. */
  readonly problems: string[];
}

/**
 * Parses CSV as RFC 4180 describes it, in one linear pass: fields separated by
 * commas, records by CRLF, LF or CR; a field in double quotes may hold commas,
 * line breaks and doubled quotes (`""` → `"`). Tolerates a byte-order mark,
 * a missing final line break, blank lines (skipped), and stray quotes inside
 * an unquoted field (kept as text). An unterminated quoted field takes the
 * rest of the input and is reported in `problems`.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  const problems: string[] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  let line = 1;
  const endRecord = (): void => {
    // A blank line is one empty field: skip it.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i <= n) {
    // At the start of a field.
    if (i < n && text.charCodeAt(i) === 0x22 /* " */) {
      const startLine = line;
      let value = '';
      let from = i + 1;
      let j = from;
      let closed = false;
      while (j < n) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        if (q + 1 < n && text.charCodeAt(q + 1) === 0x22) {
          value += text.slice(from, q + 1);
          j = from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        j = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        value += text.slice(from);
        j = n;
        problems.push(`unterminated quoted field starting on line ${startLine}`);
      }
      for (let k = i; k < j; k++) if (text.charCodeAt(k) === 0x0a) line++;
      // Anything between the closing quote and the next separator is kept, as
      // spreadsheet programs do (`"a"b` → `ab`).
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === 0x2c || c === 0x0a || c === 0x0d) break;
        k++;
      }
      if (k > j) value += text.slice(j, k);
      row.push(value);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === 0x2c || c === 0x0a || c === 0x0d) break;
        k++;
      }
      row.push(text.slice(i, k));
      i = k;
    }
    // After a field: a separator, a record end, or the end of input.
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      if (i === n) {
        row.push('');
        endRecord();
        break;
      }
      continue;
    }
    // CRLF, LF or CR.
    i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    line++;
    endRecord();
    if (i === n) break;
  }
  return { rows, problems };
}

/** `M/D/YYYY` (the CSV's US order) → `YYYY-MM-DD`, or `null` when it is not a real date. */
export function usDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (m === null) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The articles of a FA-KES CSV text. Columns are found by their header names. */
export function fakesFromCsv(csv: string): { articles: FakesArticle[]; problems: string[] } {
  const { rows, problems } = parseCsv(csv);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`FA-KES CSV: no "${name}" column (header: ${header.join(', ')})`);
    return k;
  };
  const c = {
    id: col('unit_id'),
    title: col('article_title'),
    content: col('article_content'),
    source: col('source'),
    date: col('date'),
    location: col('location'),
  };
  const articles: FakesArticle[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== header.length) {
      problems.push(`record ${r} has ${row.length} fields, the header ${header.length}: skipped`);
      continue;
    }
    const title = row[c.title]!.trim();
    const content = row[c.content]!.trim();
    if (content === '') {
      problems.push(`record ${r} has no content: skipped`);
      continue;
    }
    articles.push({
      id: row[c.id]!,
      title,
      content,
      source: row[c.source]!,
      publishedAt: usDate(row[c.date]!),
      location: row[c.location]!,
      text: title === '' ? content : `${title}\n\n${content}`,
    });
  }
  return { articles, problems };
}

/** Where the FA-KES dev CSV lives inside the data folder. */
export const FAKES_DEV = join('fa-kes', 'fa-kes-dev.csv');

/** The FA-KES dev articles, or `null` when the data folder or the file is absent. */
export function readFakes(dataDir: string | null): FakesArticle[] | null {
  if (dataDir === null) return null;
  const file = join(dataDir, FAKES_DEV);
  if (!existsSync(file)) return null;
  return fakesFromCsv(readFileSync(file, 'utf8')).articles;
}
