/**
 * Minimal quotation-mark tracking for claims: which tokens lie inside
 * quotation marks. Claims use it only as a signal that words are someone's
 * (an accusation inside a quote is reported speech, not the writer's voice);
 * who said them is left to `src/link/`, which reads the quotes extractor's
 * results.
 *
 * @module
 */
import type { Document } from '../document/model.js';

/** Opening mark → the marks that close it. */
const PAIRS = new Map<string, readonly string[]>([
  ['"', ['"', '”']],
  ['“', ['”', '"']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['‘', ['’']],
  ["'", ["'", '’']],
]);
const LAYER = Symbol('claims-quoted');
/** An unclosed quote spans at most this many further sentences of its paragraph. */
const MAX_OPEN_SENTENCES = 3;

/**
 * Per token, 1 when it lies inside quotation marks (`"…"`, `“…”`, `«…»`,
 * `‘…’`). An opening mark with no closing mark in its paragraph quotes the
 * rest of the paragraph. Cached on the document.
 *
 * @example
 * ```ts
 * const q = quotedTokens(parse('He said: "We did it." Then he left.'));
 * // q[4] === 1 ("We"); q[9] === 0 ("Then")
 * ```
 */
export function quotedTokens(doc: Document): Uint8Array {
  return doc.layer(LAYER, build);
}

function build(doc: Document): Uint8Array {
  const toks = doc.tokens;
  const out = new Uint8Array(toks.length);
  for (const p of doc.paragraphs) {
    let open = -1;
    let closers: readonly string[] = [];
    for (let k = p.firstToken; k < p.endToken; k++) {
      const t = toks[k]!;
      if (t.shape !== 'punctuation' && t.shape !== 'symbol' && t.shape !== 'other') continue;
      if (open < 0) {
        const c = PAIRS.get(t.value);
        // A single straight quote opens only at a word start ("'seize moment'", not "rebels' ").
        if (c === undefined || (t.value === "'" && k > p.firstToken && !t.spaceBefore)) continue;
        open = k;
        closers = c;
        continue;
      }
      if (closers.includes(t.value)) {
        for (let j = open + 1; j < k; j++) out[j] = 1;
        open = -1;
      }
    }
    if (open >= 0) {
      // An unclosed mark quotes on to the paragraph's end (a quote running over paragraphs), unless the
      // paragraph goes on for several more sentences (a lost closing mark in scraped text): then its sentence.
      const s = toks[open]!.sentence;
      const last = toks[p.endToken - 1]!.sentence;
      const end = last - s <= MAX_OPEN_SENTENCES ? p.endToken : doc.sentences[s]!.endToken;
      for (let j = open + 1; j < end; j++) out[j] = 1;
    }
  }
  return out;
}
