/**
 * Reads MEANTIME's CAT XML (tokens, TIMEX3 anchored to token ids, the
 * document creation time) and rebuilds each document's text from its tokens,
 * keeping every token's offsets so gold TIMEX3 become character spans.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A gold TIMEX3 as a character span of the rebuilt text. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
  /** `true` for the document creation time written in the text (the date line under the headline). */
  readonly creationTime: boolean;
}

/** One MEANTIME document. */
export interface MeantimeDoc {
  readonly id: string;
  readonly text: string;
  /** The creation time's value as given (`2008-03-01`; a few files have none or a malformed one). */
  readonly dct: string | null;
  readonly timex: readonly GoldTimex[];
  /**
   * End of the annotated part: MEANTIME annotates the title and the first
   * sentences only (sentences 0–5 of each file), so system output is scored
   * up to here.
   */
  readonly annotatedEnd: number;
}

/** The last CAT sentence MEANTIME annotates (0 = the title). */
export const LAST_ANNOTATED_SENTENCE = 5;

const ATTR = /([\w:-]+)="([^"]*)"/g;
const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g;
const TIMEX = /<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;
const ANCHOR = /<token_anchor\s+t_id="([^"]+)"\s*\/>/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = unescape(m[2]!);
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'",
  "n't",
  "''",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '’s',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``', '#']);
/** Penn-style quote tokens are written as typographic quotes in the rebuilt text. */
const RENDER: Record<string, string> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')' };

/** Rebuilds one CAT document: sentences become paragraphs (the first one is the headline). */
export function readCat(xml: string, id: string): MeantimeDoc {
  const offsets = new Map<string, [number, number]>();
  const parts: string[] = [];
  let at = 0;
  let sentence = -1;
  let prev = '';
  let annotatedEnd = -1;
  for (const m of xml.matchAll(TOKEN)) {
    const a = attrs(m[1]!);
    const raw = unescape(m[2]!);
    const s = Number(a.sentence);
    let sep = '';
    if (sentence >= 0) {
      if (s !== sentence) sep = '\n\n';
      else if (!NO_SPACE_BEFORE.has(raw) && !NO_SPACE_AFTER.has(prev)) sep = ' ';
      if (s > LAST_ANNOTATED_SENTENCE && annotatedEnd < 0) annotatedEnd = at;
    }
    sentence = s;
    const text = RENDER[raw] ?? raw;
    parts.push(sep, text);
    at += sep.length;
    offsets.set(a.t_id!, [at, at + text.length]);
    at += text.length;
    prev = raw;
  }
  const text = parts.join('');
  const timex: GoldTimex[] = [];
  let dct: string | null = null;
  for (const m of xml.matchAll(TIMEX)) {
    const a = attrs(m[1]!);
    const creationTime = a.functionInDocument === 'CREATION_TIME';
    if (creationTime) dct = a.value ?? null;
    const spans = Array.from((m[2] ?? '').matchAll(ANCHOR), (x) => offsets.get(x[1]!)).filter(
      (x): x is [number, number] => x !== undefined,
    );
    if (spans.length === 0) continue; // an empty TIMEX3 (no extent in the text)
    const start = Math.min(...spans.map((x) => x[0]));
    const end = Math.max(...spans.map((x) => x[1]));
    timex.push({ start, end, text: text.slice(start, end), type: a.type ?? '', value: a.value ?? '', creationTime });
  }
  timex.sort((x, y) => x.start - y.start);
  return { id, text, dct, timex, annotatedEnd: annotatedEnd < 0 ? text.length : annotatedEnd };
}

/** Every English document under `dir` (the folders of `intra-doc_annotation`). */
export function readMeantime(dir: string): MeantimeDoc[] {
  const root = join(dir, 'intra-doc_annotation');
  const docs: MeantimeDoc[] = [];
  for (const sub of readdirSync(root).sort()) {
    const folder = join(root, sub);
    if (!statSync(folder).isDirectory()) continue;
    for (const f of readdirSync(folder).sort()) {
      if (!f.endsWith('.xml')) continue;
      docs.push(readCat(readFileSync(join(folder, f), 'utf8'), f.replace(/\.xml$/, '')));
    }
  }
  return docs;
}
