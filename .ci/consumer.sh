#!/usr/bin/env bash
# Packs newsfacts (prepack builds it fresh), lints the tarball with publint and Are the Types
# Wrong, installs it into a scratch project and uses it the ways users do: ESM, CommonJS,
# TypeScript with moduleResolution node16 and bundler, and the `newsfacts` command.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# npm pack runs the prepack script (a fresh build), so the tarball is what `npm publish` would ship.
(cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$(cd "$work" && ls -- *.tgz)"
echo "packed $tarball ($(wc -c <"$work/$tarball") bytes)"

# The package as users get it: publint (package.json, exports, files) with warnings as errors,
# and Are the Types Wrong (types resolve for node10, node16 CJS/ESM and bundlers).
"$repo/node_modules/.bin/publint" run --strict "$work/$tarball"
"$repo/node_modules/.bin/attw" --no-emoji --no-color "$work/$tarball"

mkdir -p "$work/consumer"
cd "$work/consumer"
cat > package.json <<'JSON'
{ "name": "newsfacts-consumer", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --silent "$work/$tarball"

sample="$repo/corpus/documents/003_c1bcddf612ed12e0.txt"

cat > esm.mjs <<'JS'
import { readFileSync } from 'node:fs';
import { extract, parse, extractDates } from 'newsfacts';
const text = readFileSync(process.argv[2], 'utf8');
const r = extract(text);
if (r.document.publication.value !== '2017-02-25') throw new Error('ESM: publication date not inferred');
if (!Array.isArray(r.quotes) || !Array.isArray(extractDates(parse(text)))) throw new Error('ESM: bad result');
const { score } = await import('newsfacts/eval');
if (typeof score !== 'function' || 'score' in (await import('newsfacts'))) throw new Error('ESM: eval subpath');
if (!Array.isArray(r.entities) || r.entities.length === 0) throw new Error('ESM: no entities');
console.log('ESM ok:', r.document.headline.text.slice(0, 40));
JS
node esm.mjs "$sample"

cat > cjs.cjs <<'JS'
const { readFileSync } = require('node:fs');
const { extract } = require('newsfacts');
const r = extract(readFileSync(process.argv[2], 'utf8'), { publishedAt: '2017-02-25' });
if (r.document.publication.source !== 'option') throw new Error('CJS: bad result');
if (typeof require('newsfacts/eval').scoreCorpus !== 'function') throw new Error('CJS: eval subpath');
console.log('CJS ok:', r.document.zones.length, 'zones');
JS
node cjs.cjs "$sample"

cat > main.ts <<'TS'
import { extract, type Extraction, type Quote, type DateMention, type EntityRef } from 'newsfacts';
import { score, type GoldDocument } from 'newsfacts/eval';
const r: Extraction = extract('Kerry said the talks would go on.', { publishedAt: new Date() });
const q: Quote[] = r.quotes;
const d: DateMention | undefined = r.dates[0];
const source: 'option' | 'dateline' | 'timestamp' | 'url' | 'none' = r.document.publication.source;
const who: EntityRef | null = q[0]?.speaker ?? null;
const scorer: (e: Extraction, g: GoldDocument) => unknown = score;
console.log(q.length, d?.value, source, who?.entity, typeof scorer);
TS
for res in node16 bundler; do
  module=$([ "$res" = node16 ] && echo node16 || echo esnext)
  cat > "tsconfig.$res.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$res", "target": "es2022", "skipLibCheck": false, "types": [] }, "files": ["main.ts"] }
JSON
  node "$repo/node_modules/typescript/bin/tsc" -p "tsconfig.$res.json"
  echo "TypeScript ($res) ok"
done

# The `newsfacts` command as npm links it (bin), in JSON mode.
./node_modules/.bin/newsfacts "$sample" --json >cli.json
node -e "const r = JSON.parse(require('fs').readFileSync('cli.json', 'utf8'));
if (r.document.publication.value !== '2017-02-25') throw new Error('bin: publication date not inferred');
console.log('bin ok:', r.document.headline.text.slice(0, 40));"

# The batch command from the installed package: two articles over the worker pool (the worker
# module is found in dist/), JSONL in input order.
sample2="$repo/corpus/documents/001_cb4221530d78be4c.txt"
./node_modules/.bin/newsfacts extract "$sample" "$sample2" --format jsonl --jobs 2 >batch.jsonl
node -e "const lines = require('fs').readFileSync('batch.jsonl', 'utf8').trim().split('\n').map(JSON.parse);
if (lines.length !== 2 || !lines[0].file.endsWith('003_c1bcddf612ed12e0.txt') || !lines[1].file.endsWith('001_cb4221530d78be4c.txt')) throw new Error('bin: batch JSONL wrong');
console.log('bin batch ok:', lines.length, 'lines');"
./node_modules/.bin/newsfacts --version

# newsfacts/queue loads without its optional peer (bullmq is imported on first use) and says
# what to install when used without it.
cat > queue.mjs <<'JS'
import { enqueueArticles, jobId } from 'newsfacts/queue';
if (jobId('a:b') !== 'a_a%3Ab') throw new Error('queue ESM: bad jobId');
await enqueueArticles([], { redis: { port: 6379 } }).then(
  () => { throw new Error('queue: ran without bullmq'); },
  (e) => { if (!/optional peer dependency bullmq/.test(e.message)) throw e; },
);
console.log('queue ESM ok (bullmq absent: clear error)');
JS
node queue.mjs
node -e "const q = require('newsfacts/queue'); if (typeof q.startExtractWorker !== 'function') throw new Error('queue CJS'); console.log('queue CJS ok');"
