#!/usr/bin/env bash
# newsfacts in a browser: packs the package, installs the tarball into a scratch app,
# bundles it for the browser with esbuild (the flags of the bench's package suite),
# and runs the bundle in headless Chromium (Debian's `chromium`, installed here with
# apt-get when missing; no browser is downloaded). The page extracts from a seed
# article embedded in it; the script asserts the page found what Node finds.
# Then the highlighted view (newsfacts/render) of the five seed articles is loaded in
# the same browser (.ci/render-check.mjs): no console errors, every item marked and
# visible, screenshots in $NF_RENDER_SHOTS (default .tmp/render).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium (apt-get)…"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
chromium --version 2>/dev/null | head -n 1

# The package as users get it (prepack builds it fresh).
(cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null)
tarball="$(cd "$work" && ls -- *.tgz)"
mkdir -p "$work/app"
cd "$work/app"
cat > package.json <<'JSON'
{ "name": "newsfacts-browser-app", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --silent "$work/$tarball"

sample="$repo/corpus/documents/003_c1bcddf612ed12e0.txt"

# What the page reports, computed the same way in the page and in Node.
cat > report.js <<'JS'
export function report(r) {
  return {
    headline: r.document.headline?.text ?? null,
    publication: r.document.publication,
    zones: r.document.zones.map((z) => [z.kind, z.start, z.end]),
    found: { quotes: r.quotes.length, casualties: r.casualties.length, claims: r.claims.length, dates: r.dates.length },
  };
}
JS
cat > page.js <<'JS'
import { extract } from 'newsfacts';
import { report } from './report.js';
const out = document.getElementById('out');
try {
  const text = JSON.parse(document.getElementById('doc').textContent);
  out.textContent = JSON.stringify({ ok: true, ...report(extract(text)) });
} catch (e) {
  out.textContent = JSON.stringify({ ok: false, error: String((e && e.stack) || e) });
}
JS
"$repo/node_modules/.bin/esbuild" page.js --bundle --platform=browser --format=esm --target=es2022 --minify \
  --log-level=warning --outfile=bundle.js
echo "browser bundle: $(wc -c <bundle.js) bytes, $(gzip -9c bundle.js | wc -c) gzip"

# One self-contained page: the article as JSON, the bundle inline (file:// pages cannot load modules).
node - "$sample" <<'JS'
const fs = require('node:fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const bundle = fs.readFileSync('bundle.js', 'utf8');
if (/<\/script/i.test(bundle)) throw new Error('bundle contains </script');
const json = JSON.stringify(text).replace(/</g, '\\u003c');
fs.writeFileSync(
  'page.html',
  `<!doctype html><html><head><meta charset="utf-8"><title>newsfacts</title></head><body>` +
    `<pre id="out">pending</pre><script type="application/json" id="doc">${json}</script>` +
    `<script type="module">${bundle}</script></body></html>`,
);
JS

profile="$(mktemp -d)"
status=0
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --dump-dom "file://$work/app/page.html" >dom.html 2>chromium.log || status=$?
rm -rf "$profile"
if [ "$status" -ne 0 ]; then
  echo "chromium exited with $status"; tail -n 20 chromium.log; exit 1
fi

node - "$sample" <<'JS'
const fs = require('node:fs');
const dom = fs.readFileSync('dom.html', 'utf8');
const m = /<pre id="out">([\s\S]*?)<\/pre>/.exec(dom);
if (!m) throw new Error(`no output element in the page:\n${dom.slice(0, 500)}`);
const raw = m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
if (raw === 'pending') throw new Error('the page script did not run');
const page = JSON.parse(raw);
if (!page.ok) throw new Error(`extract() failed in the browser:\n${page.error}`);
import('newsfacts').then(async ({ extract }) => {
  const { report } = await import('./report.js');
  const node = { ok: true, ...report(extract(fs.readFileSync(process.argv[2], 'utf8'))) };
  if (!page.headline || !page.headline.startsWith('Dozens killed in attacks on security offices in Syria')) {
    throw new Error(`browser: wrong headline ${JSON.stringify(page.headline)}`);
  }
  if (page.publication.value !== '2017-02-25' || page.publication.source !== 'url') {
    throw new Error(`browser: publication date not inferred: ${JSON.stringify(page.publication)}`);
  }
  if (JSON.stringify(page) !== JSON.stringify(node)) {
    throw new Error(`browser and Node disagree:\nbrowser ${JSON.stringify(page)}\nnode    ${JSON.stringify(node)}`);
  }
  console.log(`Chromium ok: "${page.headline.slice(0, 40)}…", published ${page.publication.value} (${page.publication.source}),`,
    `${page.zones.length} zones, found ${JSON.stringify(page.found)} — same as Node`);
});
JS

# The highlighted view: render() of each seed article in the same browser.
cp "$repo/.ci/render-check.mjs" .
node render-check.mjs "$repo" "${NF_RENDER_SHOTS:-$repo/.tmp/render}"
