#!/usr/bin/env node
// Turns an annotator's draft (snippets) into dev gold (offsets), refusing a
// snippet that is missing or ambiguous, so nobody counts characters by hand.
//
//   node devgold/tools/build.mjs <draft.json> [...]     writes devgold/fa-kes/gold/<id>.json
//
// A draft is the gold format of corpus/README.md with each span written as
// { "text": "snippet", "occurrence"?: N, "after"?: "anchor" } instead of offsets
// (locate() of corpus/tools/locate.mjs places it), plus incidents (ANNOTATION.md §5):
//   casualties[i].id?       "c1"…, so that a subset can name the figure it divides
//   casualties[i].subsetOf? the id of that figure
//   casualties[i].incident, claims[i].incident: an incident id, or null (cumulative toll, no attack)
//   incidents: [{ id, kind, mentions: [span…], date: span|null, dateValue, place: span|null, note? }]
// Texts are read from .tmp/devgold/texts/<id>.txt (devgold/tools/select.ts writes them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from '../../corpus/tools/locate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const TEXTS = path.join(root, '.tmp', 'devgold', 'texts');
const GOLD = path.join(root, 'devgold', 'fa-kes', 'gold');

function place(doc, s, where, errors) {
  if (s == null) return null;
  if (typeof s === 'string') s = { text: s };
  try {
    return locate(doc, s.text, { occurrence: s.occurrence, after: s.after });
  } catch (e) {
    errors.push(`${where}: ${e.message}`);
    return { start: -1, end: -1, text: s.text };
  }
}

function build(draftPath) {
  const draft = JSON.parse(fs.readFileSync(draftPath, 'utf8'));
  const id = String(draft.document).replace(/^fakes:/, '');
  const doc = fs.readFileSync(path.join(TEXTS, `${id}.txt`), 'utf8');
  const errors = [];
  const spanItem = (item, where) => {
    const { occurrence, after, ...rest } = item;
    const at = place(doc, { text: item.text, occurrence, after }, where, errors);
    return { start: at.start, end: at.end, ...rest, text: at.text };
  };
  const list = (name) => (draft[name] ?? []).map((x, i) => spanItem(x, `${name}[${i}] ${JSON.stringify(x.text)}`));
  const byStart = (a, b) => a.start - b.start || a.end - b.end;
  const incidents = (draft.incidents ?? []).map((inc, i) => ({
    ...inc,
    mentions: (inc.mentions ?? []).map((m, j) => place(doc, m, `incidents[${i}].mentions[${j}]`, errors)).sort(byStart),
    date: place(doc, inc.date, `incidents[${i}].date`, errors),
    place: place(doc, inc.place, `incidents[${i}].place`, errors),
  }));
  const ids = new Set(incidents.map((x) => x.id));
  const gold = {
    document: `fakes:${id}`,
    outlet: draft.outlet,
    publishedAt: draft.publishedAt,
    headline: draft.headline ? place(doc, draft.headline, 'headline', errors) : null,
    quotes: list('quotes').sort(byStart),
    casualties: list('casualties').sort(byStart),
    claims: list('claims').sort(byStart),
    dates: list('dates').sort(byStart),
    incidents,
  };
  for (const [k, arr] of [['casualties', gold.casualties], ['claims', gold.claims]]) {
    for (const x of arr) {
      if (!('incident' in x)) errors.push(`${k} ${JSON.stringify(x.text)}: no "incident" field (an id or null)`);
      else if (x.incident !== null && !ids.has(x.incident)) errors.push(`${k} ${JSON.stringify(x.text)}: unknown incident ${x.incident}`);
    }
  }
  const cids = new Set(gold.casualties.map((c) => c.id).filter(Boolean));
  for (const c of gold.casualties) if (c.subsetOf && !cids.has(c.subsetOf)) errors.push(`casualty ${c.text}: subsetOf ${c.subsetOf} unknown`);
  if (errors.length) {
    console.error(`${draftPath}:\n  ${errors.join('\n  ')}`);
    return false;
  }
  fs.mkdirSync(GOLD, { recursive: true });
  fs.writeFileSync(path.join(GOLD, `${id}.json`), JSON.stringify(gold, null, 2) + '\n');
  console.log(`ok ${id}: ${gold.quotes.length} quotes, ${gold.casualties.length} casualties, ${gold.claims.length} claims, ${gold.dates.length} dates, ${gold.incidents.length} incidents`);
  return true;
}

let ok = true;
for (const p of process.argv.slice(2)) ok = build(p) && ok;
process.exit(ok ? 0 : 1);
