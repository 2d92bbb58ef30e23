// The highlighted view in a real browser. Run by .ci/browser.sh from a scratch app where the
// packed newsfacts is installed: for each seed article, extract() + render() from
// 'newsfacts/render', load the page in headless Chromium, and check that
//   - the page logs no console error or warning, throws nothing, and breaks no CSP rule
//     (the page allows no network at all);
//   - every item of the extraction is marked once, visible, in its kind, with exactly its text;
//   - the legend's counts are the extraction's;
//   - focusing an item with the keyboard shows its fields in the tooltip;
//   - all text on the page has a contrast of at least 4.5:1 (WCAG AA) with its background;
// and take a screenshot of each page (with a quote in the first screen focused).
//
// Usage: node render-check.mjs <repo> <screenshot-dir>
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from 'newsfacts';
import { render } from 'newsfacts/render';

const [repo, shots] = process.argv.slice(2);
if (!repo || !shots) throw new Error('usage: node render-check.mjs <repo> <screenshot-dir>');
mkdirSync(shots, { recursive: true });
const meta = JSON.parse(readFileSync(join(repo, 'corpus/documents/metadata.json'), 'utf8'));

// Runs in the page before its own script: records errors, then reports what is on screen.
const HARNESS = `<script>
(function(){
  var errors=[];
  window.addEventListener('error',function(e){errors.push('error: '+e.message);});
  window.addEventListener('unhandledrejection',function(e){errors.push('rejection: '+e.reason);});
  document.addEventListener('securitypolicyviolation',function(e){errors.push('CSP: '+e.violatedDirective+' '+e.blockedURI);});
  ['error','warn'].forEach(function(level){var f=console[level];console[level]=function(){errors.push(level+': '+Array.prototype.join.call(arguments,' '));f.apply(console,arguments);};});
  window.addEventListener('load',function(){
    var items={};
    document.querySelectorAll('mark[data-nf]').forEach(function(m){
      var k=m.getAttribute('data-nf'),it=items[k]||(items[k]={kind:m.getAttribute('data-kind'),text:'',first:0,visible:true});
      if(m.hasAttribute('data-first'))it.first++;
      var r=m.getBoundingClientRect(),st=getComputedStyle(m);
      if(r.width===0||r.height===0||st.visibility==='hidden'||st.display==='none')it.visible=false;
    });
    // an item's text: its fragments' text, badges left out, in document order
    var walker=document.createTreeWalker(document.querySelector('.nf-text'),NodeFilter.SHOW_TEXT);
    for(var n=walker.nextNode();n;n=walker.nextNode()){
      if(n.parentElement.closest('.nf-badge'))continue;
      for(var e=n.parentElement;e&&!e.classList.contains('nf-text');e=e.parentElement){
        var k=e.getAttribute('data-nf');if(k)items[k].text+=n.data;
      }
    }
    // text contrast (WCAG AA, 4.5:1) of every element holding text, against the first opaque
    // background behind it
    function rgb(c){var p=c.replace(/[^0-9.,]/g,'').split(',').map(Number);return p.length>=3?[p[0],p[1],p[2],p.length>3?p[3]:1]:null;}
    function lum(c){var a=c.slice(0,3).map(function(v){v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4);});return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2];}
    function bg(e){for(;e;e=e.parentElement){var c=rgb(getComputedStyle(e).backgroundColor);if(c&&c[3]>0.5)return c;}return [255,255,255,1];}
    var lowContrast=[],seen=new Set();
    var tw=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);
    for(var t=tw.nextNode();t;t=tw.nextNode()){
      var el=t.parentElement;if(!t.data.trim()||seen.has(el)||el.closest('[hidden],script,style'))continue;seen.add(el);
      var fg=rgb(getComputedStyle(el).color),b=bg(el),l1=lum(fg),l2=lum(b),ratio=(Math.max(l1,l2)+0.05)/(Math.min(l1,l2)+0.05);
      if(ratio<4.5)lowContrast.push(el.className+' "'+t.data.trim().slice(0,30)+'" '+ratio.toFixed(2));
    }
    var legend={};document.querySelectorAll('[data-count]').forEach(function(e){legend[e.getAttribute('data-count')]=Number(e.textContent);});
    // an item to focus for the screenshot: a quote in the first screen
    var shot=null;document.querySelectorAll('mark[data-first][data-kind="quote"]').forEach(function(m){
      var r=m.getBoundingClientRect();if(!shot&&r.top>150&&r.bottom<650&&m.textContent.length>40)shot=m.getAttribute('data-nf');});
    var first=document.querySelector('mark[data-first]'),tip=document.getElementById('nf-tip'),tipText='';
    var focused=true;if(first){first.focus();focused=document.activeElement===first;if(tip.hidden)first.dispatchEvent(new FocusEvent('focusin',{bubbles:true}));tipText=tip.hidden?'':tip.textContent;}
    var focusable=document.querySelectorAll('mark[tabindex="0"]').length;
    var out=document.createElement('script');out.type='application/json';out.id='nf-report';
    out.textContent=JSON.stringify({focused:focused,lowContrast:lowContrast,shot:shot,errors:errors,items:items,legend:legend,tipText:tipText,focusable:focusable,
      described:document.querySelectorAll('mark[data-first][aria-describedby]').length}).replace(/</g,'\\\\u003c');
    document.body.appendChild(out);
  });
})();
</script>`;

function chromium(args) {
  const profile = mkdtempSync(join(tmpdir(), 'nf-chromium-'));
  const r = spawnSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--hide-scrollbars',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  rmSync(profile, { recursive: true, force: true });
  if (r.status !== 0)
    throw new Error(`chromium ${args.at(-1)} exited with ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  return r.stdout;
}

/** Distinct places a "who" of a result is marked: what render marks as speaker/actor/source. */
function whoPlaces(r) {
  const at = new Set();
  const add = (ref) => ref?.mention && at.add(`${ref.mention.start}:${ref.mention.end}:${ref.entity}`);
  r.quotes.forEach((q) => add(q.speaker));
  r.casualties.forEach((c) => add(c.source));
  r.claims.forEach((c) => (add(c.actor), add(c.source)));
  return at.size;
}

const failures = [];
for (const { file, publishedAt } of meta.documents) {
  const text = readFileSync(join(repo, 'corpus/documents', file), 'utf8');
  const r = extract(text, { publishedAt });
  const html = render(r, text);
  const name = file.replace(/\.txt$/, '');
  const page = join(shots, `${name}.html`);
  writeFileSync(page, html);
  const probe = join(shots, `${name}.probe.html`);
  writeFileSync(probe, html.replace('</title>', `</title>${HARNESS}`));

  const dom = chromium(['--window-size=1280,1100', '--virtual-time-budget=3000', '--dump-dom', `file://${probe}`]);
  rmSync(probe);
  const m = /<script type="application\/json" id="nf-report">([\s\S]*?)<\/script>/.exec(dom);
  if (!m) {
    failures.push(`${name}: the page did not report (script did not run?)`);
    continue;
  }
  const rep = JSON.parse(m[1]);
  const before = failures.length;
  const fail = (msg) => failures.push(`${name}: ${msg}`);
  if (rep.errors.length > 0) fail(`console/page errors: ${rep.errors.join(' | ')}`);
  if (rep.lowContrast.length > 0) fail(`text below 4.5:1 contrast: ${rep.lowContrast.slice(0, 5).join(' | ')}`);

  // per kind, each item's key on the page (render's: q0, c0, r0, d0, i0m0) and its text
  const keyed = (prefix, list) => new Map(list.map((x, n) => [`${prefix}${n}`, x.text]));
  const expected = {
    quote: keyed('q', r.quotes),
    casualty: keyed('c', r.casualties),
    claim: keyed('r', r.claims),
    date: keyed('d', r.dates),
    // incidents, when the extraction has them: each phrase naming an incident is marked
    ...(Array.isArray(r.incidents) && r.incidents.length > 0
      ? { incident: new Map(r.incidents.flatMap((inc, n) => inc.mentions.map((m, j) => [`i${n}m${j}`, m.text]))) }
      : {}),
  };
  const items = Object.entries(rep.items).map(([key, it]) => ({ key, ...it }));
  for (const [kind, texts] of Object.entries(expected)) {
    const shown = items.filter((i) => i.kind === kind);
    if (shown.length !== texts.size) fail(`${kind}: ${shown.length} marked, the extraction has ${texts.size}`);
    for (const i of shown) {
      if (i.text !== texts.get(i.key))
        fail(`${kind} ${i.key}: marked text ${JSON.stringify(i.text)} ≠ ${JSON.stringify(texts.get(i.key))}`);
    }
    if (rep.legend[kind] !== texts.size)
      fail(`legend says ${rep.legend[kind]} ${kind}, the extraction has ${texts.size}`);
  }
  const who = items.filter((i) => i.kind === 'who').length;
  if (who !== whoPlaces(r)) fail(`speaker/actor/source marks: ${who}, the extraction has ${whoPlaces(r)}`);
  for (const i of items) {
    if (i.first !== 1) fail(`${i.key}: ${i.first} first fragments`);
    if (!i.visible) fail(`${i.key} (${i.kind}) is not visible`);
  }
  if (rep.focusable !== items.length || rep.described !== items.length) {
    fail(`${items.length} items but ${rep.focusable} focusable and ${rep.described} described`);
  }
  // (a headless window without system focus may not dispatch focus events: the page then
  // gets the focusin the browser would send)
  if (!rep.focused) fail('the first item cannot take the keyboard focus');
  if (items.length > 0 && !rep.tipText) fail('focusing the first item showed no tooltip');

  // The screenshot: the page at desktop width, a quote with a speaker focused (tooltip shown).
  const focus = rep.shot;
  // (focused by a script added to a copy of the page: a #fragment would scroll the page, and
  // headless screenshots of a scrolled page come out partly blank)
  const png = join(shots, `${name}.png`);
  const shotPage = join(shots, `${name}.shot.html`);
  const focusScript = `<script>document.getElementById('nf-m-${focus}').focus({preventScroll:true})</script>`;
  writeFileSync(shotPage, focus ? html.replace('</body>', `${focusScript}</body>`) : html);
  chromium(['--window-size=1280,1100', '--virtual-time-budget=3000', `--screenshot=${png}`, `file://${shotPage}`]);
  rmSync(shotPage);
  const size = readFileSync(png).length;
  if (size < 20_000) fail(`screenshot ${png} is only ${size} bytes`);
  const count = (k) => items.filter((i) => i.kind === k).length;
  if (failures.length === before)
    console.log(
      `render ok: ${name}: ${count('quote')} quotes, ${count('who')} speakers/actors, ${count('casualty')} figures, ` +
        `${count('claim')} claims, ${count('date')} dates marked and visible; no console errors; screenshot ${png}`,
    );
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
