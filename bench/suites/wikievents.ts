import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCasualties } from '../../src/casualties/index.js';
import { parse } from '../../src/document/parse.js';
import type { CasualtyFigure, CasualtyOutcome } from '../../src/types.js';
import { pct } from '../format.js';
import type { Suite, SuiteResult } from '../types.js';

/** One WikiEvents document as stored in dev.jsonl (the fields this suite reads). */
interface WikiDoc {
  doc_id: string;
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; start: number; end: number; sent_idx: number; text: string }[];
  event_mentions: {
    event_type: string;
    trigger: { start: number; end: number; sent_idx: number; text: string };
    arguments: { entity_id: string; role: string; text: string }[];
  }[];
}

/** A Life.Die / Life.Injure mention that carries a number: the gold item. */
interface Gold {
  sentence: number;
  outcome: CasualtyOutcome;
  /** Character range (in the rebuilt text) from the number to the victim head. */
  start: number;
  end: number;
  /** The number as written, read by the suite's own small reader (not the library's). */
  value: number | null;
  text: string;
}

// An independent reader for the numbers WikiEvents writes (so that the gold does not depend on src/numbers).
const SMALL: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, several: 3 };
const DIGITS = /^\d{1,3}(?:,\d{3})*$|^\d+$/;

function numberOf(words: readonly string[], i: number): number | null {
  const w = words[i]!.toLowerCase();
  if (DIGITS.test(w)) return Number(w.replace(/,/g, ''));
  if (Object.hasOwn(VAGUE, w)) return VAGUE[w]!;
  if (w === 'a') return null;
  if (!Object.hasOwn(SMALL, w)) return null;
  let v = SMALL[w]!;
  const next = words[i + 1]?.toLowerCase();
  if (next === 'dozen') v *= 12;
  // "two dozen": read from the multiplier.
  if (w === 'dozen' && i > 0 && Object.hasOwn(SMALL, words[i - 1]!.toLowerCase()))
    v = SMALL[words[i - 1]!.toLowerCase()]! * 12;
  return v;
}

const PUNCT = /^[,.;:()"“”]$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A number that counts: not "a", not a year, not a rank ("number two"), not a compound ("10-year-old"). */
const countable = (words: readonly string[], k: number): boolean =>
  numberOf(words, k) !== null &&
  words[k]!.toLowerCase() !== 'a' &&
  !YEAR.test(words[k]!) &&
  words[k - 1]?.toLowerCase() !== 'number' &&
  words[k + 1] !== '-';

/** Rebuilds the document text from its sentences and returns each token's character range. */
function rebuild(doc: WikiDoc): { text: string; tokens: [number, number][]; sentences: [number, number][] } {
  let text = '';
  const tokens: [number, number][] = [];
  const sentences: [number, number][] = [];
  doc.sentences.forEach(([toks, s], i) => {
    if (i > 0) text += i === 1 ? '\n\n' : ' ';
    const base = text.length;
    text += s;
    let at = 0;
    for (const [value] of toks) {
      const found = s.indexOf(value, at);
      const start = found < 0 ? at : found;
      tokens.push([base + start, base + start + value.length]);
      at = found < 0 ? at : found + value.length;
    }
    sentences.push([base, base + s.length]);
  });
  return { text, tokens, sentences };
}

const outcomeOf = (type: string): CasualtyOutcome | null =>
  type.startsWith('Life.Die') ? 'killed' : type.startsWith('Life.Injure') ? 'injured' : null;

/** Gold items and "neutral" regions (Life events without a number) of one document. */
function goldOf(
  doc: WikiDoc,
  tokens: [number, number][],
  words: string[],
): { gold: Gold[]; neutral: { sentence: number; outcome: CasualtyOutcome; start: number; end: number }[] } {
  const sentOf: number[] = [];
  doc.sentences.forEach(([toks], i) => toks.forEach(() => sentOf.push(i)));
  const entities = new Map(doc.entity_mentions.map((e) => [e.id, e]));
  const gold: Gold[] = [];
  const neutral: { sentence: number; outcome: CasualtyOutcome; start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const ev of doc.event_mentions) {
    const outcome = outcomeOf(ev.event_type);
    if (outcome === null) continue;
    const sentence = ev.trigger.sent_idx;
    // Regions: each Victim argument widened left to a number at most 5 tokens before it (no
    // punctuation between), else the 4 tokens before the trigger ("About 100 people have died").
    const regions: [number, number][] = [];
    for (const arg of ev.arguments) {
      if (arg.role !== 'Victim') continue;
      const e = entities.get(arg.entity_id);
      if (e !== undefined) regions.push([e.start, e.end]);
    }
    const withNumber: [number, number, number | null][] = [];
    for (const [s, e] of regions) {
      // The number nearest to the victim head, inside the argument or at most 5 tokens before it.
      let found: [number, number | null] | null = null;
      for (let k = e - 1; k >= Math.max(0, s - 5) && sentOf[k] === sentence && found === null; k--) {
        if (k < s && PUNCT.test(words[k]!)) break;
        if (countable(words, k)) found = [k, numberOf(words, k)];
      }
      if (found !== null) withNumber.push([found[0], e, found[1]]);
      else neutral.push({ sentence, outcome, start: tokens[s]![0], end: tokens[e - 1]![1] });
    }
    if (regions.length === 0) {
      const t = ev.trigger.start;
      for (let k = t - 1; k >= Math.max(0, t - 4) && sentOf[k] === sentence; k--) {
        if (PUNCT.test(words[k]!)) break;
        if (countable(words, k)) {
          withNumber.push([k, t, numberOf(words, k)]);
          break;
        }
      }
      neutral.push({ sentence, outcome, start: tokens[t]![0], end: tokens[ev.trigger.end - 1]![1] });
    }
    for (const [s, e, value] of withNumber) {
      const key = `${sentence}:${outcome}:${s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gold.push({
        sentence,
        outcome,
        start: tokens[s]![0],
        end: tokens[e - 1]![1],
        value,
        text: words.slice(s, e).join(' '),
      });
    }
  }
  return { gold, neutral };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The count agrees with the number written: min = N, or N + 1 ("more than N"), or max = N ("nearly N"). */
const countAgrees = (f: CasualtyFigure, v: number | null): boolean =>
  v === null || f.count.min === v || f.count.min === v + 1 || f.count.max === v;

/**
 * WikiEvents dev: casualty figures against the Life.Die / Life.Injure event
 * mentions whose Victim argument (or, without one, the words before the
 * trigger) carries a number.
 */
export const wikieventsSuite: Suite = {
  id: 'wikievents',
  task: 'casualties',
  description:
    'WikiEvents dev (20 news documents): casualty figures against the Life.Die / Life.Injure mentions that carry a number',
  run(ctx): SuiteResult {
    const path = ctx.dataDir === null ? null : join(ctx.dataDir, 'wikievents', 'dev.jsonl');
    if (path === null || !existsSync(path)) return { tables: [], metrics: {}, skipped: 'no wikievents/dev.jsonl' };
    const docs = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as WikiDoc);
    let tp = 0;
    let spanTp = 0;
    let fp = 0;
    let fn = 0;
    let ignored = 0;
    let spurious = 0;
    let goldTotal = 0;
    const misses: string[] = [];
    for (const doc of docs) {
      const { text, tokens, sentences } = rebuild(doc);
      const words = doc.sentences.flatMap(([toks]) => toks.map(([w]) => w));
      const { gold, neutral } = goldOf(doc, tokens, words);
      goldTotal += gold.length;
      const figures = extractCasualties(parse(text, { includeBoilerplate: true }));
      const sentenceOf = (f: CasualtyFigure): number => sentences.findIndex(([s, e]) => f.start >= s && f.start < e);
      const used = new Set<number>();
      for (const f of figures) {
        const s = sentenceOf(f);
        let match = -1;
        gold.forEach((g, i) => {
          if (match === -1 && !used.has(i) && g.sentence === s && g.outcome === f.outcome && overlaps(f, g)) match = i;
        });
        if (match >= 0) {
          used.add(match);
          spanTp++;
          if (countAgrees(f, gold[match]!.value)) tp++;
          else {
            fp++;
            fn++;
            misses.push(`wrong count ${doc.doc_id}: "${f.text}" ${f.count.min}–${f.count.max} vs ${gold[match]!.text}`);
          }
          continue;
        }
        if (
          f.outcome === 'missing' ||
          f.outcome === 'abducted' ||
          neutral.some((n) => n.sentence === s && n.outcome === f.outcome && overlaps(f, n)) ||
          gold.some((g) => g.sentence === s && g.outcome === f.outcome && overlaps(f, g))
        ) {
          ignored++;
          continue;
        }
        fp++;
        spurious++;
        misses.push(
          `spurious ${doc.doc_id}: "${f.text}" ${f.outcome} in «${text.slice(...sentences[s]!).slice(0, 160)}»`,
        );
      }
      gold.forEach((g, i) => {
        if (!used.has(i)) {
          fn++;
          misses.push(
            `missed ${doc.doc_id}: ${g.outcome} "${g.text}" in «${text.slice(...sentences[g.sentence]!).slice(0, 160)}»`,
          );
        }
      });
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = goldTotal === 0 ? 1 : tp / goldTotal;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const spanP = spanTp + spurious === 0 ? 1 : spanTp / (spanTp + spurious);
    const spanR = goldTotal === 0 ? 1 : spanTp / goldTotal;
    const spanF1 = spanP + spanR === 0 ? 0 : (2 * spanP * spanR) / (spanP + spanR);
    if (process.env['NEWSFACTS_BENCH_VERBOSE'] !== undefined) for (const m of misses) console.log(`   ${m}`);
    return {
      tables: [
        {
          title: 'WikiEvents dev: casualty figures vs Life.Die/Life.Injure mentions with a number',
          columns: ['documents', 'gold', 'P', 'R', 'F1', 'span+outcome F1', 'tp', 'fp', 'fn', 'neutral'],
          rows: [[docs.length, goldTotal, pct(precision), pct(recall), pct(f1), pct(spanF1), tp, fp, fn, ignored]],
          notes: [
            'gold = a Life.Die/Life.Injure mention whose Victim argument has a number (not a year, a rank, a "10-year-old"',
            '  compound) in it or at most 5 tokens before it, else in the 4 tokens before the trigger; numbers are read by',
            '  the suite itself, not by src/numbers.',
            'right = same sentence, same outcome (Die → killed, Injure → injured), overlapping the number-to-victim span,',
            '  and a count that agrees with the number written (min = N, N + 1 for "more than N", or max = N).',
            'neutral = figures on Life events without a number (singular victims), or missing/abducted (no WikiEvents',
            '  type): they neither reward nor punish. Any other figure is a false positive, although WikiEvents does not',
            '  annotate every death (subsets, disease deaths and some victims are left out).',
            'Set NEWSFACTS_BENCH_VERBOSE=1 to print each miss.',
          ],
        },
      ],
      metrics: {
        'casualties.wikievents.precision': precision,
        'casualties.wikievents.recall': recall,
        'casualties.wikievents.f1': f1,
        'casualties.wikievents.spanF1': spanF1,
      },
    };
  },
};
