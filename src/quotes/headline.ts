/**
 * Headline attributions: `Strikes kill 15 near Raqqa: monitor`, `Russia:
 * truce breached three times`, and, on pages that lost the colon, a headline
 * ending in a source noun (`… in Latakia province NGO`). The same reading
 * applies where the page repeats the headline at the top of the body.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import { resolveActor, type ResolvedActor } from '../actors/speaker.js';
import { isNameToken } from '../actors/names.js';
import { bodyNamedBefore } from '../actors/back-reference.js';
import { hasFiniteVerb } from '../attribution/clause.js';
import { focusGovernment, placeGovernmentAt } from '../actors/context.js';
import heads from '../lexicon/en/headline-sources.json';

const SOURCE_WORDS = new Set(heads.words);
/** Last words of a series or section label before a headline's colon ("EXCLUSIVE:", "Syria live:"): no speaker. */
const SERIES_LABELS = new Set(heads.seriesLabels);

/**
 * One headline attribution: content tokens `[first, end)` and its speaker.
 *
 * @example
 * ```ts
 * // "Strikes kill 15 near Raqqa: monitor" → { first: 0, end: 5, speaker: { name: 'monitor', … } }
 * ```
 */
export interface HeadlineQuote {
  readonly first: number;
  readonly end: number;
  readonly speaker: ResolvedActor;
}

/** Whether [a, b) is a short source phrase: at most four words, no verb, a name or a source noun last. */
function isSourcePhrase(doc: Document, a: number, b: number): boolean {
  const toks = doc.tokens;
  if (b <= a || b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isNameToken(doc, k) && !SOURCE_WORDS.has(t.lower)) return false;
    if (t.pos === 'PUNCT' && t.value !== '.' && t.value !== '-') return false;
  }
  const last = toks[b - 1]!;
  return SOURCE_WORDS.has(last.lower) || isNameToken(doc, b - 1);
}

/** Whether [k, b) is a person's name of two or three words and nothing else (a reporter's byline). */
function bylineAt(doc: Document, k: number, b: number): boolean {
  if (b - k < 2 || b - k > 3) return false;
  for (let j = k; j < b; j++) if (!isNameToken(doc, j)) return false;
  return true;
}

/** The attribution in the headline-like stretch [a, b), or `null`. */
function readLine(doc: Document, a: number, b: number): HeadlineQuote | null {
  b = lineEnd(doc, a, b);
  if (b - a < 4) return null;
  const colon = firstSeparator(doc, a, b);
  return colon !== -1 ? separatedLine(doc, a, b, colon) : unseparatedLine(doc, a, b);
}

/** Whether token `k` separates a headline's parts: a colon, or a dash with a space before it. */
function isSeparator(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  const v = t.value;
  return v === ':' || ((v === '-' || v === '–' || v === '—') && t.spaceBefore);
}

/**
 * Step of {@link readLine}: where the line [a, b) ends once a trailing outlet after a bar ("… monitor |
 * Jordan Times", no part of the headline) and final stops are left out.
 */
function lineEnd(doc: Document, a: number, b: number): number {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) {
    if (toks[k]!.value === '|') {
      b = k;
      break;
    }
  }
  while (b > a && /^[.!?]$/.test(toks[b - 1]!.value)) b--;
  return b;
}

/** Step of {@link readLine}: the first separator inside [a, b) (not the first or last token), or -1. */
function firstSeparator(doc: Document, a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) if (isSeparator(doc, k)) return k;
  return -1;
}

/**
 * Step of {@link readLine} for a line with a separator at `colon`: "Topic: content - source",
 * "Content: source", "Source: content".
 */
function separatedLine(doc: Document, a: number, b: number, colon: number): HeadlineQuote | null {
  const toks = doc.tokens;
  const labelled = labelledLine(doc, a, b, colon);
  if (labelled !== null) return labelled;
  // "…: monitor Sylvia Westall": a byline glued after the source word is no part of the source.
  if (SOURCE_WORDS.has(toks[colon + 1]?.value ?? '') && colon + 3 < b + 1 && bylineAt(doc, colon + 2, b)) b = colon + 2;
  // "Content: source" ("… - Sputnik International" after a dash is the outlet: a source noun only there)
  const dash = toks[colon]!.value !== ':';
  if (isSourcePhrase(doc, colon + 1, b) && colon - a >= 3 && (!dash || SOURCE_WORDS.has(toks[b - 1]!.lower))) {
    const speaker = resolveActor(doc, colon + 1, b);
    if (speaker !== null) return { first: a, end: colon, speaker };
  }
  // "Source: content"
  // (the article's own country before the colon is a topic label: "Syria: talks resume as …")
  const place = placeGovernmentAt(doc, a);
  const topic =
    (place !== null && place.endToken === colon && place.actor === focusGovernment(doc)) ||
    SERIES_LABELS.has(toks[colon - 1]!.lower);
  if (toks[colon]!.value === ':' && !topic && isSourcePhrase(doc, a, colon) && b - colon - 1 >= 3) {
    const speaker = resolveActor(doc, a, colon);
    if (speaker !== null) return { first: colon + 1, end: b, speaker };
  }
  return null;
}

/**
 * Step of {@link separatedLine}: "Syria: 40 killed in raid - monitor": a topic label (at most three
 * words) before the first colon, the source after the last separator; the content lies between them.
 */
function labelledLine(doc: Document, a: number, b: number, colon: number): HeadlineQuote | null {
  const toks = doc.tokens;
  if (toks[colon]!.value !== ':' || colon - a > 3) return null;
  let lastSep = -1;
  for (let k = b - 2; k > colon + 3; k--) {
    if (isSeparator(doc, k)) {
      lastSep = k;
      break;
    }
  }
  if (lastSep === -1) return null;
  const dash = toks[lastSep]!.value !== ':';
  if (!isSourcePhrase(doc, lastSep + 1, b) || (dash && !SOURCE_WORDS.has(toks[b - 1]!.lower))) return null;
  const speaker = resolveActor(doc, lastSep + 1, b);
  return speaker === null ? null : { first: colon + 1, end: lastSep, speaker };
}

/**
 * Step of {@link readLine} for a line with no separator: an inverted `say` ("…, say diplomats"), a
 * closing `…, State TV Says`, or a source noun closing the line where the colon was lost.
 */
function unseparatedLine(doc: Document, a: number, b: number): HeadlineQuote | null {
  const toks = doc.tokens;
  // "Talks collapse in Geneva, say diplomats": an inverted `say` after the comma names the source; the
  // tagger may find no verb in the content's Title Case.
  const inverted = invertedSay(doc, a, b);
  if (inverted !== -1) {
    const speaker = resolveActor(doc, inverted + 1, b);
    if (speaker !== null) return { first: a, end: inverted - 1, speaker };
  }
  // "Army Retakes Airport, State TV Says", "…, officials say": the source and its `say` close the line.
  const comma = commaBeforeFinalSay(doc, a, b);
  if (comma !== -1) {
    const speaker = resolveActor(doc, comma + 1, b - 1);
    if (speaker !== null) return { first: a, end: comma, speaker };
  }
  // The colon lost: a source noun closes the line ("… in Latakia province NGO").
  const last = toks[b - 1]!;
  if (!SOURCE_WORDS.has(last.lower) || b - 1 - a < 4) return null;
  // A headline may have no verb ("20 dead in air raids …"): a number or an adjective will do.
  let predicate = hasFiniteVerb(doc, a, b - 1);
  for (let k = a; k < b - 1 && !predicate; k++) predicate = toks[k]!.pos === 'NUM' || toks[k]!.pos === 'ADJ';
  if (!predicate) return null;
  const speaker = resolveActor(doc, b - 1, b);
  return speaker === null ? null : { first: a, end: b - 1, speaker };
}

/**
 * The `say`/`says` of a headline ending `…, say diplomats` (at most four words of source after it, the
 * last a source noun of src/lexicon/en/headline-sources.json), with at least three words before the
 * comma; -1 otherwise.
 */
function invertedSay(doc: Document, a: number, b: number): number {
  const toks = doc.tokens;
  for (let k = b - 2; k >= b - 5 && k - 1 >= a + 3; k--) {
    const t = toks[k]!;
    if (t.lower !== 'say' && t.lower !== 'says') continue;
    return toks[k - 1]!.value === ',' && isSourcePhrase(doc, k + 1, b) && SOURCE_WORDS.has(toks[b - 1]!.lower) ? k : -1;
  }
  return -1;
}

/**
 * The comma of a headline ending `…, officials say` / `…, State TV Says`: `say`/`says` last, a
 * source phrase (at most four words, the last a source noun or a name) between it and the comma, at
 * least three words before the comma; -1 otherwise.
 */
function commaBeforeFinalSay(doc: Document, a: number, b: number): number {
  const toks = doc.tokens;
  const cue = toks[b - 1]!.lower;
  if (cue !== 'say' && cue !== 'says') return -1;
  for (let k = b - 3; k >= b - 6 && k >= a + 3; k--) {
    if (toks[k]!.value !== ',') continue;
    return isSourcePhrase(doc, k + 1, b - 1) ? k : -1;
  }
  return -1;
}

/**
 * The headline's attribution, and the same one where the headline is repeated
 * in the first body paragraphs.
 *
 * @example
 * ```ts
 * headlineQuotes(parse('Strikes kill 15 near Raqqa: monitor\n\nAt least 15 people died.'));
 * // [{ first: 0, end: 5, speaker: { name: 'monitor', … } }]
 * ```
 */
export function headlineQuotes(doc: Document): HeadlineQuote[] {
  const toks = doc.tokens;
  const paras = doc.paragraphs;
  const h = paras.findIndex((p) => p.zone === 'headline');
  if (h === -1) return [];
  const hp = paras[h]!;
  const line = readLine(doc, hp.firstToken, hp.endToken);
  if (line === null) return [];
  // "… near Raqqa - monitor": the one monitor the article names (the Observatory), else the description.
  const body = bodyNamedBefore(doc, line.speaker);
  const first = body === null ? line : { ...line, speaker: body };
  const out: HeadlineQuote[] = [first];
  // The repeat: the headline's words again within the next two paragraphs.
  const words = [];
  for (let k = hp.firstToken; k < hp.endToken; k++) words.push(toks[k]!.lower);
  for (let p = h + 1; p < Math.min(paras.length, h + 3); p++) {
    const para = paras[p]!;
    for (let s = para.firstToken; s + words.length <= para.endToken && s < para.firstToken + 12; s++) {
      let same = true;
      for (let j = 0; j < words.length && same; j++) same = toks[s + j]!.lower === words[j];
      if (!same) continue;
      const again = readLine(doc, s, s + words.length);
      if (again !== null) out.push(again);
      return out;
    }
  }
  return out;
}
