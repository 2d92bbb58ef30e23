#!/usr/bin/env node
// Check every gold file in corpus/gold/ against its document and corpus/gold.schema.json.
//
//   node corpus/tools/check.mjs
//
// Asserts, per file: the schema (validated with Ajv, draft 2020-12), the document
// exists and publishedAt matches documents/metadata.json, every span has
// 0 <= start < end <= length and text === doc.slice(start, end), every array is sorted
// by start, boilerplate ranges are whole lines, nothing annotated lies inside boilerplate,
// count bounds are ordered, direct quotes sit between quotation marks, and the value
// agrees with the date type. Exits non-zero on any failure when run as a command;
// `checkCorpus()` returns the failures for the test suite.

import Ajv2020 from 'ajv/dist/2020.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '..');
const docsDir = path.join(corpus, 'documents');
const goldDir = path.join(corpus, 'gold');
const schema = JSON.parse(fs.readFileSync(path.join(corpus, 'gold.schema.json'), 'utf8'));
const metadata = JSON.parse(fs.readFileSync(path.join(docsDir, 'metadata.json'), 'utf8'));

// ---------------------------------------------------------------- corpus checks
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateGold = ajv.compile(schema);

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);
const TASKS = ['quotes', 'casualties', 'claims', 'dates'];
/**
 * Checks every gold file; returns `{ failures, summary }` (failure messages and one line per file).
 */
export function checkCorpus() {
  const failures = [];
  const fail = (msg) => {
    failures.push(msg);
  };

  const docFiles = fs
    .readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const goldFiles = fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const d of docFiles) if (!goldFiles.includes(d.replace(/\.txt$/, '.json'))) fail(`${d}: no gold file`);

  const summary = [];
  for (const gf of goldFiles) {
    const where = gf;
    let gold;
    try {
      gold = JSON.parse(fs.readFileSync(path.join(goldDir, gf), 'utf8'));
    } catch (e) {
      fail(`${where}: invalid JSON: ${e.message}`);
      continue;
    }
    if (!validateGold(gold)) {
      for (const e of validateGold.errors) fail(`${where}${e.instancePath}: ${e.message}`);
      continue;
    }

    if (gold.document.replace(/\.txt$/, '.json') !== gf)
      fail(`${where}: document "${gold.document}" does not match the file name`);
    const docPath = path.join(docsDir, gold.document);
    if (!fs.existsSync(docPath)) {
      fail(`${where}: missing document ${gold.document}`);
      continue;
    }
    const doc = fs.readFileSync(docPath, 'utf8');
    const meta = metadata.documents.find((m) => m.file === gold.document);
    if (!meta) fail(`${where}: ${gold.document} not in metadata.json`);
    else if (meta.publishedAt !== gold.publishedAt)
      fail(`${where}: publishedAt ${gold.publishedAt} != metadata ${meta.publishedAt}`);

    const checkSpan = (s, w) => {
      if (!(s.start >= 0 && s.start < s.end && s.end <= doc.length)) {
        fail(`${w}: bad offsets ${s.start}-${s.end} (length ${doc.length})`);
        return false;
      }
      if (doc.slice(s.start, s.end) !== s.text) {
        fail(
          `${w}: text ${JSON.stringify(s.text)} !== doc.slice(${s.start}, ${s.end}) = ${JSON.stringify(doc.slice(s.start, s.end))}`,
        );
        return false;
      }
      return true;
    };
    const checkSorted = (arr, w) => {
      for (let i = 1; i < arr.length; i++) {
        if (arr[i].start < arr[i - 1].start)
          fail(`${w}: not sorted by start at index ${i} (${arr[i - 1].start} then ${arr[i].start})`);
      }
    };

    if (gold.headline) checkSpan(gold.headline, `${where} headline`);
    gold.boilerplate.forEach((b, i) => {
      const w = `${where} boilerplate[${i}]`;
      if (!checkSpan(b, w)) return;
      if (b.start > 0 && doc[b.start - 1] !== '\n') fail(`${w}: does not start at a line start`);
      if (b.end < doc.length && doc[b.end] !== '\n') fail(`${w}: does not end at a line end`);
      if (/^\s/.test(b.text) || /\s$/.test(b.text)) fail(`${w}: includes surrounding blank space`);
      if (i > 0 && b.start < gold.boilerplate[i - 1].end) fail(`${w}: overlaps the previous boilerplate range`);
    });
    checkSorted(gold.boilerplate, `${where} boilerplate`);
    const inBoilerplate = (s) => gold.boilerplate.some((b) => s.start < b.end && b.start < s.end);
    if (gold.headline && inBoilerplate(gold.headline)) fail(`${where} headline: overlaps boilerplate`);

    for (const task of TASKS) {
      gold[task].forEach((it, i) => {
        const w = `${where} ${task}[${i}] ${JSON.stringify(it.text.slice(0, 40))}`;
        if (!checkSpan(it, w)) return;
        if (inBoilerplate(it)) fail(`${w}: lies in boilerplate`);
        if (it.text !== it.text.trim()) fail(`${w}: span has leading/trailing whitespace`);
        if (task === 'quotes') {
          if (it.kind === 'direct') {
            if (!QUOTE_MARKS.has(doc[it.start - 1]) || !QUOTE_MARKS.has(doc[it.end]))
              fail(`${w}: direct quote not enclosed by quotation marks`);
          } else if (it.kind === 'mixed') {
            if (![...it.text].some((c) => QUOTE_MARKS.has(c))) fail(`${w}: mixed quote has no quotation marks`);
          } else if (/^that\s/i.test(it.text)) fail(`${w}: indirect quote starts with "that"`);
        }
        if (task === 'casualties') {
          const { min, max } = it.count;
          if (min === null && max === null) fail(`${w}: count has neither bound`);
          if (min !== null && max !== null && min > max) fail(`${w}: count min > max`);
        }
        if (task === 'claims' && (it.status === 'unclaimed') !== (it.actor === null))
          fail(`${w}: actor must be null exactly when status is unclaimed`);
        if (task === 'dates' && it.value !== null) {
          const v = it.value;
          const hasTime = /^([0-9]{4}|XXXX)-[0-9]{2}-[0-9]{2}T/.test(v);
          const ok = { DURATION: /^P[0-9T]/.test(v), TIME: hasTime, DATE: !hasTime && !/^P[0-9T]/.test(v), SET: true }[
            it.type
          ];
          if (!ok) fail(`${w}: value ${v} does not fit type ${it.type}`);
        }
      });
      checkSorted(gold[task], `${where} ${task}`);
    }
    const counts = TASKS.map((t) => {
      const n = gold[t].length,
        opt = gold[t].filter((x) => x.optional).length;
      return `${t} ${n}${opt ? ` (${opt} optional)` : ''}`;
    });
    summary.push(
      `${gf}: ${counts.join(', ')}; boilerplate ${gold.boilerplate.length}; headline ${gold.headline ? 'yes' : 'no'}`,
    );
  }

  return { failures, summary, files: goldFiles.length };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { failures, summary, files } = checkCorpus();
  summary.forEach((s) => console.log(s));
  failures.forEach((f) => console.error(`FAIL ${f}`));
  if (failures.length) {
    console.error(`${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log(`ok: ${files} gold files valid against gold.schema.json and their documents`);
}
