#!/usr/bin/env node
// Turn a text snippet into gold offsets, so nobody counts characters by hand.
//
//   node corpus/tools/locate.mjs <document> <snippet> [--occurrence N] [--after ANCHOR]
//
// <document> is a file name in corpus/documents/ (e.g. 000_766954e35f8f7fcd.txt, or
// just its prefix "000") or a path. Offsets are UTF-16 code units into the file as read
// with fs.readFileSync(path, 'utf8'), `end` exclusive: text === doc.slice(start, end).
//
// The snippet must be unambiguous: if it occurs more than once, pass --occurrence N
// (0-based, counted from the start of the document or from the anchor) or --after ANCHOR
// (the search starts at the start of the first occurrence of ANCHOR, which must itself
// be unique; the anchor may contain the snippet). Prints one JSON object
// {"start", "end", "text"} and exits non-zero when the snippet cannot be placed.
//
// Also importable: import { locate, loadDocument } from './locate.mjs'.
// Plain Node, no dependencies.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DOCUMENTS_DIR = path.resolve(here, '..', 'documents');

/** Resolve a document name, prefix or path to an absolute path. */
export function documentPath(name) {
  if (fs.existsSync(name) && fs.statSync(name).isFile()) return path.resolve(name);
  const direct = path.join(DOCUMENTS_DIR, name);
  if (fs.existsSync(direct)) return direct;
  const hits = fs.readdirSync(DOCUMENTS_DIR).filter((f) => f.endsWith('.txt') && f.startsWith(name));
  if (hits.length === 1) return path.join(DOCUMENTS_DIR, hits[0]);
  throw new Error(`cannot resolve document "${name}" (${hits.length} candidates)`);
}

/** The exact text of a document, as the gold offsets index it. */
export function loadDocument(name) {
  return fs.readFileSync(documentPath(name), 'utf8');
}

function allIndexes(doc, needle, from = 0) {
  const out = [];
  for (let i = doc.indexOf(needle, from); i !== -1; i = doc.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Offsets of `snippet` in `doc` (the document text, not its name).
 * options.occurrence: 0-based index among the matches (after the anchor, if any).
 * options.after: anchor string; matching starts at the anchor's first (unique) occurrence.
 * Without either option the snippet must occur exactly once.
 */
export function locate(doc, snippet, options = {}) {
  if (typeof snippet !== 'string' || snippet.length === 0) throw new Error('empty snippet');
  let from = 0;
  if (options.after !== undefined) {
    const anchors = allIndexes(doc, options.after);
    if (anchors.length !== 1) {
      throw new Error(`anchor ${JSON.stringify(options.after)} occurs ${anchors.length} times (need exactly 1)`);
    }
    from = anchors[0];
  }
  const hits = allIndexes(doc, snippet, from);
  if (hits.length === 0) {
    throw new Error(
      `snippet ${JSON.stringify(snippet)} not found${options.after !== undefined ? ' after anchor' : ''}`,
    );
  }
  let index;
  if (options.occurrence !== undefined) {
    index = hits[options.occurrence];
    if (index === undefined)
      throw new Error(`snippet ${JSON.stringify(snippet)} has only ${hits.length} occurrence(s)`);
  } else if (options.after !== undefined) {
    index = hits[0];
  } else {
    if (hits.length > 1) {
      throw new Error(
        `snippet ${JSON.stringify(snippet)} occurs ${hits.length} times at ${hits.join(', ')}: pass --occurrence or --after`,
      );
    }
    index = hits[0];
  }
  const start = index;
  const end = index + snippet.length;
  const text = doc.slice(start, end);
  if (text !== snippet) throw new Error('internal error: slice does not reproduce the snippet');
  return { start, end, text };
}

function main(argv) {
  const args = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--occurrence') options.occurrence = Number(argv[++i]);
    else if (argv[i] === '--after') options.after = argv[++i];
    else args.push(argv[i]);
  }
  if (args.length !== 2 || (options.occurrence !== undefined && !Number.isInteger(options.occurrence))) {
    console.error('usage: node corpus/tools/locate.mjs <document> <snippet> [--occurrence N] [--after ANCHOR]');
    process.exit(2);
  }
  try {
    const doc = loadDocument(args[0]);
    const hit = locate(doc, args[1], options);
    console.log(JSON.stringify(hit));
    console.error(`ok: text === doc.slice(${hit.start}, ${hit.end})`);
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
