/**
 * The quote misses of `extract()` on the TUNE part of PolNeAR train, for
 * reading what goes wrong: speech-cue attributions (each part of a split
 * content, as the suite scores them) we miss (with cue and source) and our quotes that match no attribution, each with its sentence.
 * Held-out articles (isPolnearHeldOut) are skipped before extraction: their
 * misses must never be read.
 *
 *   npx tsx bench/tools/polnear-misses.ts [fn|fp] [dataDir]
 */
import { join, resolve } from 'node:path';
import { extract } from '../../src/extract.js';
import { goldItems, isPolnearHeldOut, loadArticles, matches } from '../suites/polnear.js';

const only = process.argv[2];
const root = join(import.meta.dirname, '..', '..');
const dataDir = resolve(process.argv[3] ?? process.env['NEWSFACTS_DATA'] ?? join(root, '..', 'shared', 'data'));
const tune = loadArticles(join(dataDir, 'polnear-train'), false).filter((a) => !isPolnearHeldOut(a.name));

/** The text around a span, up to the sentence ends (a cheap cut on . ! ? and newlines). */
function context(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 300 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !/[.!?\n]/.test(text[b]!)) b++;
  const s = text.slice(a, start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, Math.min(text.length, b + 1));
  return s.replace(/\s+/g, ' ');
}

let fn = 0;
let fp = 0;
for (const a of tune) {
  const x = extract(a.text, a.publishedAt === null ? {} : { publishedAt: a.publishedAt });
  if (only !== 'fp')
    for (const g of goldItems(a.attributions)) {
      if (!g.of.speech || x.quotes.some((q) => matches(q, g))) continue;
      fn++;
      // A quote overlapping the gold span without matching it: its content was cut at the wrong place.
      const near = x.quotes.find((q) => q.start < g.end && g.start < q.end);
      console.log(
        `FN ${a.name} cue=${JSON.stringify(g.of.cue)} src=${JSON.stringify(g.of.source)}${near === undefined ? '' : ' CUT'}\n   ${context(a.text, g.start, g.end)}` +
          (near === undefined ? '' : `\n   got: [${near.text}]`),
      );
    }
  if (only !== 'fn')
    for (const q of x.quotes) {
      if (goldItems(a.attributions).some((g) => matches(q, g))) continue;
      fp++;
      console.log(
        `FP ${a.name} ${q.kind} cue=${JSON.stringify(q.cue?.text ?? null)} spk=${JSON.stringify(q.speaker?.name ?? null)}\n   ${context(a.text, q.start, q.end)}`,
      );
    }
}
console.log(`\n${tune.length} tune articles: ${fn} missed speech attributions, ${fp} quotes matching none`);
