/**
 * Turns the command's inputs (files, folders, glob patterns, `-` for standard
 * input) into an ordered list of articles, and reads each one, refusing
 * binary and HTML files with a message that says which they are.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * `-`: the article comes from standard input.
 *
 * @example
 * ```ts
 * inputs.includes(STDIN); // true for `newsfacts extract -`
 * ```
 */
export const STDIN = '-';

/**
 * A file the command will read, as the user named it (`-` for standard input).
 *
 * @example
 * ```ts
 * const f: InputFile = { name: 'news/a.txt', path: '/home/me/news/a.txt' };
 * ```
 */
export interface InputFile {
  /** The name reported in output and errors: as given, or as found under a folder or glob. */
  readonly name: string;
  /** Absolute path, or `null` for standard input. */
  readonly path: string | null;
}

/**
 * A problem with one input, named by its file.
 *
 * @example
 * ```ts
 * const p: InputProblem = { file: 'missing.txt', message: 'no such file or folder' };
 * ```
 */
export interface InputProblem {
  readonly file: string;
  readonly message: string;
}

/** File names a folder contributes: plain-text articles. */
const TEXT_FILE = /\.(?:txt|text)$/i;

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    // `parentPath` (Node ≥ 20.12) or `path` (older 20.x) is the entry's folder.
    const parent = (e as unknown as { parentPath?: string; path?: string }).parentPath ?? (e as { path?: string }).path;
    if (e.isFile() && TEXT_FILE.test(e.name) && parent !== undefined) files.push(join(parent, e.name));
  }
  return files.sort();
}

/**
 * Expands the inputs in the order given: a file as is, a folder into its
 * `.txt` files (recursively, sorted), a glob pattern into its matches
 * (sorted). A file named twice is read once, at its first place.
 *
 * @example
 * ```ts
 * await expandInputs(['b.txt', 'news/', 'gone.txt'], process.cwd());
 * // { files: [b.txt, news/a.txt, news/c.txt], problems: [{ file: 'gone.txt', message: 'no such file or folder' }], single: false }
 * ```
 */
export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
): Promise<{ files: InputFile[]; problems: InputProblem[]; single: boolean }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (name: string, path: string | null): void => {
    const key = path ?? STDIN;
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ name, path });
  };
  // One plain file or stdin: `--format json` then prints the object itself, as it always did.
  let single = inputs.length === 1;
  for (const input of inputs) {
    if (input === STDIN) {
      add(STDIN, null);
      continue;
    }
    const path = resolve(cwd, input);
    const st = await stat(path).catch(() => null);
    if (st?.isFile()) add(input, path);
    else if (st?.isDirectory()) {
      single = false;
      const found = await textFilesUnder(path);
      if (found.length === 0) problems.push({ file: input, message: 'folder holds no .txt or .text file' });
      for (const f of found) add(join(input, relative(path, f)), f);
    } else if (st !== null) {
      problems.push({ file: input, message: 'not a regular file or folder' });
    } else if (isDynamicPattern(input)) {
      single = false;
      const found = (await glob(input, { cwd, onlyFiles: true, expandDirectories: false })).sort();
      if (found.length === 0) problems.push({ file: input, message: 'no file matches this pattern' });
      for (const f of found) add(f, resolve(cwd, f));
    } else {
      problems.push({ file: input, message: 'no such file or folder' });
    }
  }
  return { files, problems, single };
}

/** Magic numbers of binary formats people hand to a text tool by mistake. */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** How much of the start of a file the HTML check reads. */
const HEAD = 2048;
const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]{0,200}>\s*<!doctype\s+html)/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|script|meta|a|br)\b[^<>]{0,500}>/gi;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * An article's text, or why it cannot be read as one.
 *
 * @example
 * ```ts
 * const r: ReadResult = { problem: 'binary file (PDF), not plain text' };
 * ```
 */
export type ReadResult = { readonly text: string } | { readonly problem: string };

/**
 * Decodes a file's bytes as a plain-text article. Binary files (a known
 * format's signature, NUL bytes, or bytes that are not UTF-8) and HTML pages
 * are refused with a message saying which; an empty file is an empty article.
 *
 * @example
 * ```ts
 * decodeArticle(new TextEncoder().encode('Two were killed.')); // { text: 'Two were killed.' }
 * decodeArticle(new TextEncoder().encode('<!DOCTYPE html><html>…')); // { problem: 'HTML file: …' }
 * ```
 */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      return { problem: `binary file (${name}), not plain text` };
    }
  }
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not plain text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: 'binary file (not valid UTF-8), not plain text' };
  }
  const head = text
    .slice(0, HEAD)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (HTML_START.test(head) || (head.startsWith('<') && (head.match(HTML_TAG)?.length ?? 0) >= 3)) {
    return { problem: 'HTML file: give newsfacts the article as plain text (strip the markup first)' };
  }
  return { text };
}

/** Reads all of a stream (standard input) into bytes. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Reads one input as an article.
 *
 * @example
 * ```ts
 * await readArticle({ name: '-', path: null }, process.stdin); // { text: '…' } from standard input
 * ```
 */
export async function readArticle(file: InputFile, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = file.path === null ? await readAll(stdin) : await readFile(file.path);
  } catch (e) {
    return { problem: `cannot read: ${(e as Error).message}` };
  }
  return decodeArticle(bytes);
}
