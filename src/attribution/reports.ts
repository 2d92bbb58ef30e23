/**
 * Reports of a count that are no speech clause: the source is the subject of a
 * verb whose object is the count itself — a toll given, put or placed ("the
 * monitor gave a toll of 36 dead", "the observatory put the death toll at
 * six"), or a count reported, counted or acknowledged ("the watchdog had
 * earlier reported 12 dead", "the coalition acknowledged the deaths of 735
 * civilians"). The words are `src/lexicon/en/toll-reports.json` and the
 * figure-source verbs of `speech-verbs.json`.
 *
 * Also the two lost-comma readings of `according to` that the clause layer
 * asks here ({@link countOpensClause}, {@link lostCommaFinal}): pages that
 * drop commas run the source's phrase into the words it reports.
 *
 * Read only where a caller asks (a figure's token), one sentence at a time:
 * no pass over the document.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { ResolvedActor } from '../actors/speaker.js';
import { readQuantity } from '../numbers/index.js';
import { BE_FORMS, speechForms } from '../lexicon/en/index.js';
import tollReports from '../lexicon/en/toll-reports.json';
import { attribute, hasFiniteVerb } from './clause.js';
import { timeEntities } from '../actors/entities.js';
import { isYearWord } from '../syntax/tokens.js';
import type { CueFrame, CueMatch } from './cues.js';

const TOLL_GIVERS: ReadonlySet<string> = new Set(tollReports.tollGivers);
const TOLL_NOUNS: ReadonlySet<string> = new Set(tollReports.tollNouns);
const COUNT_NOUNS: ReadonlySet<string> = new Set(tollReports.countNouns);
/** Verbs whose object may be a count: the figure-source verbs (report, count, record …) and countVerbs. */
const COUNT_VERBS: ReadonlySet<string> = new Set([...speechForms('figureSources'), ...tollReports.countVerbs]);
/** Most words between a toll-giving verb and its toll noun ("gave an updated death toll"). */
const TOLL_REACH = 4;
/** Most words (articles, adjectives) between a count verb and the count it reports ("reported an estimated 40"). */
const COUNT_REACH = 2;
const FRAMES: ReadonlySet<CueFrame> = new Set(['clause']);

/**
 * A count report: its verb, the tokens it covers (after the verb, to the
 * sentence end) and the verb's subject.
 *
 * @example
 * ```ts
 * const doc = parse('The observatory put the toll at six dead.');
 * reportAt(doc, 6)?.speaker?.name; // 'observatory'
 * ```
 */
export interface CountReport {
  /** The verb (`put`, `reported`). */
  readonly verb: number;
  /** One past the last token it covers. */
  readonly end: number;
  /** Its subject, the source; `null` when none is found. */
  readonly speaker: ResolvedActor | null;
}

const LAYER = Symbol('attribution-count-reports');

/**
 * The count report that covers token `k` (the nearest report verb before it in its
 * sentence), or `null`.
 *
 * @param doc - a document from `parse`
 * @param k - a token index (a figure's first token)
 *
 * @example
 * ```ts
 * const doc = parse('Reporters Without Borders counted 66 journalists killed in 2014.');
 * reportAt(doc, 4)?.speaker?.name; // 'Reporters Without Borders'
 * ```
 */
export function reportAt(doc: Document, k: number): CountReport | null {
  const t = doc.tokens[k];
  if (t === undefined) return null;
  const bySentence = doc.layer(LAYER, () => new Map<number, readonly CountReport[]>());
  let reports = bySentence.get(t.sentence);
  if (reports === undefined) {
    reports = reportsIn(doc, t.sentence);
    bySentence.set(t.sentence, reports);
  }
  let best: CountReport | null = null;
  for (const r of reports) if (r.verb < k && k < r.end && (best === null || r.verb > best.verb)) best = r;
  return best;
}

/** The count reports of sentence `index`. */
function reportsIn(doc: Document, index: number): CountReport[] {
  const toks = doc.tokens;
  const s = doc.sentences[index]!;
  const out: CountReport[] = [];
  for (let j = s.firstToken; j < s.endToken; j++) {
    const t = toks[j]!;
    if (t.pos !== 'VERB') continue;
    const giver = TOLL_GIVERS.has(t.lower);
    if (!giver && !COUNT_VERBS.has(t.lower)) continue;
    const participle = t.lower.endsWith('ing') && !BE_FORMS.has(toks[j - 1]?.lower ?? '');
    if (giver ? !tollAfter(doc, j, s.endToken) : !countAfter(doc, j, s.endToken)) continue;
    // A participle speaks for the subject of the report verb before it ("WHO said in a statement putting
    // the death toll at 70", "the Observatory reported strikes, giving a toll of eight"); none, no source.
    const v = participle ? reportVerbBefore(doc, j, s.firstToken) : j;
    if (v === -1) continue;
    const cue: CueMatch = {
      first: v,
      end: v + 1,
      lemma: toks[v]!.lemma,
      frames: FRAMES,
      type: 'verb',
      participle: false,
    };
    const at = attribute(doc, cue, null, Number.MAX_SAFE_INTEGER);
    out.push({ verb: j, end: s.endToken, speaker: at?.speaker ?? null });
  }
  return out;
}

/** The nearest figure-source verb (said, reported) before `j` in its sentence, not an -ing form; -1 when none. */
function reportVerbBefore(doc: Document, j: number, first: number): number {
  const toks = doc.tokens;
  for (let k = j - 1; k >= first; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' && COUNT_VERBS.has(t.lower) && !t.lower.endsWith('ing')) return k;
  }
  return -1;
}

/** Whether a toll noun follows the verb at `k` within {@link TOLL_REACH} words, before any verb or mark. */
function tollAfter(doc: Document, k: number, end: number): boolean {
  const toks = doc.tokens;
  for (let m = k + 1; m < end && m <= k + TOLL_REACH; m++) {
    const t = toks[m]!;
    if (TOLL_NOUNS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * Whether the object of the verb at `k` opens with a count ("reported 12 dead", "counted 66
 * journalists killed") or a count noun with `of` ("acknowledged the deaths of 735 civilians"),
 * after at most {@link COUNT_REACH} articles or adjectives.
 */
function countAfter(doc: Document, k: number, end: number): boolean {
  const toks = doc.tokens;
  for (let m = k + 1; m < end && m <= k + 1 + COUNT_REACH; m++) {
    const t = toks[m]!;
    if (readQuantity(toks, m, end) !== null && !isYearWord(t.value)) return true;
    if (COUNT_NOUNS.has(t.lower) && toks[m + 1]?.lower === 'of') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * Whether a count at `j`, after the head of the phrase `according to` names, opens the words it
 * reports, the comma between lost ("According to the Observatory three officers were killed",
 * "according to independent monitors hundreds of thousands have died"): a quantity after a noun
 * or name, then a finite verb within eight tokens before any punctuation.
 *
 * @param doc - the document
 * @param j - the token after the phrase's words so far
 * @param limit - the sentence end
 *
 * @example
 * ```ts
 * const doc = parse('According to the Observatory three officers were killed.');
 * countOpensClause(doc, 4, doc.tokens.length); // true
 * ```
 */
export function countOpensClause(doc: Document, j: number, limit: number): boolean {
  const toks = doc.tokens;
  const before = toks[j - 1];
  if (before === undefined || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  const q = readQuantity(toks, j, limit);
  if (q === null || isYearWord(toks[j]!.value)) return false;
  for (let k = j + 1; k < limit && k <= j + 8; k++) {
    const u = toks[k]!;
    if (u.pos === 'AUX') return true;
    if (u.pos === 'VERB') return !u.lower.endsWith('ing');
    if (u.pos === 'PUNCT' || u.pos === 'SCONJ' || u.pos === 'PRON') return false;
  }
  return false;
}

/**
 * Whether `according to` at `cue` closes the clause before it though no comma stands before it
 * ("A total of 33 people died according to the committees with …", "Seven were wounded according
 * to the Observatory monitor"): a finite verb before it in the sentence, and no clause of its own
 * after the source's phrase — nothing, a phrase a preposition or subordinator opens, a participle,
 * or words with no subject before their verb.
 *
 * @param doc - the document
 * @param cue - the `according` token
 * @param floor - the sentence start
 * @param after - the first token after the source's phrase
 * @param end - the end of the words after it
 *
 * @example
 * ```ts
 * const doc = parse('Two people died according to the ministry.');
 * lostCommaFinal(doc, 3, 0, 7, 7); // true
 * ```
 */
export function lostCommaFinal(doc: Document, cue: number, floor: number, after: number, end: number): boolean {
  const toks = doc.tokens;
  const prev = toks[cue - 1];
  if (cue <= floor || prev === undefined || prev.pos === 'PUNCT' || prev.pos === 'SCONJ' || prev.pos === 'CCONJ')
    return false;
  if (!hasFiniteVerb(doc, floor, cue)) return false;
  if (after >= end) return true;
  const first = toks[after]!;
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && first.lower.endsWith('ing')))
    return true;
  // "… according to the Observatory monitor.": a lone word tagged a verb ends the source's phrase; a
  // longer predicate after it makes the cue an aside inside its clause ("The strikes according to X hit …").
  if (first.pos === 'VERB' || first.pos === 'AUX') return after + 1 >= end;
  return !hasFiniteVerb(doc, after, end);
}

/**
 * Whether the word at `j`, a speaker noun the tagger read as a verb, closes the phrase after
 * `according to` ("according to the UK-based monitor.", "according to the monitor."): an article
 * or a modifier before it (an adjective, a noun, a name or a hyphened compound) and the phrase's
 * end after it (punctuation or the sentence end), so it has no object or complement of a verb.
 *
 * @param doc - the document
 * @param j - the word
 * @param limit - the sentence end
 *
 * @example
 * ```ts
 * const doc = parse('Two died according to the UK-based monitor.');
 * headClosesPhrase(doc, 8, doc.tokens.length); // true
 * ```
 */
export function headClosesPhrase(doc: Document, j: number, limit: number): boolean {
  const toks = doc.tokens;
  const next = toks[j + 1];
  if (j + 1 < limit && next !== undefined && next.pos !== 'PUNCT') return false;
  const before = toks[j - 1];
  return (
    before !== undefined &&
    (before.pos === 'ADJ' ||
      before.pos === 'DET' ||
      before.pos === 'NOUN' ||
      before.pos === 'PROPN' ||
      (before.pos === 'VERB' && toks[j - 2]?.value === '-'))
  );
}

/**
 * Whether the conjunction at `k` joins a second verb to the one before it inside a clause
 * ("which began Saturday and continued Sunday"): `and`/`or` with a verb right after it, not an
 * -ing form.
 *
 * @param doc - the document
 * @param k - the token
 *
 * @example
 * ```ts
 * const doc = parse('Raids which began Saturday and continued Sunday killed 45 people.');
 * coordinatedVerbAt(doc, 4); // true
 * ```
 */
export function coordinatedVerbAt(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const t = toks[k]!;
  const next = toks[k + 1];
  return t.pos === 'CCONJ' && next !== undefined && next.pos === 'VERB' && !next.lower.endsWith('ing');
}

/**
 * Whether the stretch after the conjunction at `c` up to `q` is a counted object ("… killing nine
 * children and 14 others local activists said": "14 others" ends the content; the speaker starts
 * after it): a number right after the conjunction.
 *
 * @param doc - the document
 * @param c - the conjunction (or comma)
 * @param q - where the speaker's phrase starts
 *
 * @example
 * ```ts
 * const doc = parse('It killed five men and 14 others local activists said.');
 * countedConjunct(doc, 4, 7); // true
 * ```
 */
export function countedConjunct(doc: Document, c: number, q: number): boolean {
  return c + 1 < q && doc.tokens[c + 1]!.pos === 'NUM';
}

/**
 * Whether the word before `l` can end a clause whose attribution starts at `l` with no comma:
 * a date, a name, a number or a noun it counts ("… killed four civilians on Sunday | a monitor and
 * a medical source said").
 *
 * @param doc - the document
 * @param l - the first word of the speaker's phrase
 *
 * @example
 * ```ts
 * const doc = parse('Shelling killed four civilians on Sunday a monitor and a doctor said.');
 * endsContentBefore(doc, 6); // true
 * ```
 */
export function endsContentBefore(doc: Document, l: number): boolean {
  const t = doc.tokens[l - 1];
  if (t === undefined || t.sentence !== doc.tokens[l]!.sentence) return false;
  if (timeEntities(doc).endingAt.has(l)) return true;
  return t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'NOUN' && doc.tokens[l - 2]?.pos === 'NUM');
}
