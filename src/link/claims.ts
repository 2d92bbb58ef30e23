/**
 * Same-document links for responsibility claims, made from the extractors'
 * results (extractors never import each other):
 *
 * - **source**: a claim lying inside a quote (direct, indirect or mixed) is
 *   reported by the quote's speaker (`"… an operation the regime has
 *   implemented …", Colonel Fateh Hassoun said` → source `Fateh Hassoun`),
 *   unless the speaker is the actor itself or speaks for it;
 * - **casualties**: incident figures of the same event, from the claim's
 *   sentence, and from the next sentence when that sentence goes on about the
 *   event (it names an attack with a definite article or demonstrative, `The
 *   blast killed…`, or opens with `It`/`They`) and makes no claim of its own.
 *   Cumulative tolls (`a war that has killed 260 000`) are never linked.
 *
 * @module
 */
import attacks from '../lexicon/attacks.json';
import type { Document } from '../document/model.js';
import type { CasualtyFigure, EntityRef, Quote, ResponsibilityClaim } from '../types.js';
import { checkArray, checkDocument, checkObject } from '../document/input.js';
import { lookupActor } from '../actors/known.js';
import { isDescriptionHead } from '../actors/lexicon.js';
import { refFor } from '../entities/index.js';
import voiceNouns from '../lexicon/en/voice-nouns.json';
import { isUpperCase } from '../syntax/tokens.js';

/**
 * What claims can be linked to.
 *
 * @example
 * ```ts
 * const links: ClaimLinks = { quotes: extractQuotes(doc), casualties: extractCasualties(doc) };
 * ```
 */
export interface ClaimLinks {
  /** Quotes of the same document (for the source of claims made inside them). */
  readonly quotes?: readonly Quote[];
  /** Casualty figures of the same document. */
  readonly casualties?: readonly CasualtyFigure[];
}

const ATTACK_NOUNS = new Set([...attacks.attack, ...attacks.military]);
/** Nouns of what is reported (an attack, an incident), never of who reports it. */
const EVENT_NOUNS: ReadonlySet<string> = new Set([...ATTACK_NOUNS, ...attacks.generic]);
/** Nouns of an unnamed voice for an organisation, and the prepositions before it (`source at …`). */
const VOICE_NOUNS: ReadonlySet<string> = new Set(voiceNouns.nouns);
const VOICE_LINKERS: ReadonlySet<string> = new Set(voiceNouns.linkers);
/** Two capitals in one word: an acronym (`SANA`, `U.N.`). */
const ACRONYM = /^[^A-Z]*[A-Z][^A-Z]*[A-Z]/;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their']);
const OPENERS = new Set(['it', 'they']);

/** Whether a word opens with a capital letter (`Police`, `U.N.`). */
const capital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Input-offset start of every sentence, for lookups by offset. */
function sentenceStarts(doc: Document): number[] {
  return doc.sentences.map((s) => doc.toInput(s.start));
}

/** Index of the sentence holding input offset `o` (the last sentence starting at or before it). */
function sentenceAt(starts: readonly number[], o: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= o) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether sentence `s` goes on about an attack already named: "The blast…", "It killed…". */
function continuesEvent(doc: Document, s: number): boolean {
  const sent = doc.sentences[s];
  if (sent === undefined) return false;
  const toks = doc.tokens;
  if (OPENERS.has(toks[sent.firstToken]!.lower)) return true;
  for (let k = sent.firstToken + 1; k < sent.endToken; k++) {
    if (!ATTACK_NOUNS.has(toks[k]!.lower)) continue;
    // "the killing of three tribal elders": a count after "of" brings victims of its own, no event told before.
    if (toks[k + 1]?.lower === 'of' && toks[k + 2]?.pos === 'NUM') continue;
    for (let j = k - 1; j >= sent.firstToken && j >= k - 3; j--) if (DEFINITE.has(toks[j]!.lower)) return true;
  }
  return false;
}

/** A name compared without case, accents, apostrophes, hyphens or a leading "the". */
function nameKey(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '';
  let key = NAME_KEYS.get(s);
  if (key === undefined) {
    // Bounded: names repeat within and across articles, the memo never outgrows its limit.
    if (NAME_KEYS.size >= 1024) NAME_KEYS.clear();
    key = foldName(s);
    NAME_KEYS.set(s, key);
  }
  return key;
}

/** Memo of {@link nameKey}. */
const NAME_KEYS = new Map<string, string>();

function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^\s*the\s+/, '')
    .trim();
}

/**
 * Whether the quote's speaker is the claim's actor or speaks for it: the same
 * name, its organisation (a spokesman), or a description naming it (`a
 * website affiliated with the Islamic State group`, the actor's own medium).
 */
function speaksForActor(q: Quote, c: ResponsibilityClaim): boolean {
  if (c.actor === null || q.speaker === null) return false;
  const speaker = ` ${nameKey(q.speaker.name)} `;
  const names = [nameKey(c.actor.name), nameKey(c.actor.mention?.text)].filter((n) => n !== '');
  // a spokesman's role names the group ("Taliban spokesman"): the group's own voice
  const role = ` ${nameKey(q.speaker.role)} `;
  return (
    names.some((n) => speaker.includes(` ${n} `) || (c.status !== 'attributed' && role.includes(` ${n} `))) ||
    names.includes(nameKey(q.speaker.organisation)) ||
    // the actor's own medium, or a spokesman of it under a short name ("FMLN")
    (c.status === 'claimed' &&
      (names.includes(nameKey(affiliationOf(q.speaker.name))) ||
        (q.speaker.organisation !== null && names.includes(nameKey(lookupActor(q.speaker.organisation)?.name)))))
  );
}

/**
 * The group whose own medium a speaker is (`Clandestine Radio Venceremos` → the FMLN), from
 * the actors lexicon, trying the name without up to two leading descriptive words; else `null`.
 */
function affiliationOf(name: string): string | null {
  let rest = name;
  for (let n = 0; n < 3; n++) {
    const a = lookupActor(rest)?.affiliation;
    if (a !== undefined) return a;
    const sp = rest.indexOf(' ');
    if (sp < 0) break;
    rest = rest.slice(sp + 1);
  }
  return null;
}

/**
 * Whether a speaker's mention overlaps the event the claim is about: a noun of the claim's
 * object (`THE KVR, A MARXIST GROUP …, CLAIMED THE ATTACK` read as a quote whose speaker is
 * `ATTACK`) reports nothing.
 */
function withinClaim(speaker: NonNullable<Quote['speaker']>, c: ResponsibilityClaim): boolean {
  const m = speaker.mention;
  const e = c.event;
  return m !== null && e !== null && m.start < e.end && m.end > e.start;
}

/**
 * Whether a quote's speaker can be the source of a claim in it (ANNOTATION.md §3: the source is
 * whoever reports the clause, never a noun of its content): not a described speaker that is an
 * attack (`… in raids by government aircraft residents said` read with `raids` as the speaker),
 * unless some word of it names one who speaks (`residents`, `the monitor`) or a name (`SANA`).
 */
function canReport(doc: Document, speaker: NonNullable<Quote['speaker']>): boolean {
  const m = speaker.mention;
  if (m === null || speaker.resolvedBy !== 'description') return true;
  // a verb phrase read as the speaker ("…, rounded up the farmers … and shot them, said X") reports nothing
  if (verbAt(doc, m.start, m.end)) return false;
  const words = m.text.split(' ');
  if (!EVENT_NOUNS.has(words[words.length - 1]!.toLowerCase())) return true;
  for (const w of words) if (capital(w) || isDescriptionHead(w.toLowerCase())) return true;
  return false;
}

/**
 * Whether the mention at input span [start, end) opens with a verb phrase: a lower-case past form
 * (a verb, or a participle the tagger read as an adjective) with a particle or a determiner right after it
 * (`rounded/ADJ up the farmers`; `unnamed officials`, `monitor/VERB` alone stay).
 */
function verbAt(doc: Document, start: number, end: number): boolean {
  const toks = doc.tokens;
  const [first] = tokensOf(doc, start, end);
  const t = toks[first];
  if (t === undefined || t.value !== t.lower || t.value === t.value.toUpperCase()) return false;
  // (a particle or a determiner right after it: "monitor" read as a verb is still the monitor)
  const next = toks[first + 1]?.pos;
  if (next !== 'ADP' && next !== 'DET') return false;
  // a past form only ("sources/VERB on the ground" is a noun the tagger misread)
  return (t.pos === 'VERB' || t.pos === 'ADJ') && t.lower.endsWith('ed');
}

/**
 * The organisation a described source speaks for, by the words of its name: a voice noun (data:
 * voice-nouns.json) after a name (`Russian Defence Ministry spokesman`) or before one, after a
 * preposition (`source at Aleppo Police Command`, `spokesman for the Interior Ministry`); that
 * body reports (ANNOTATION.md §3), so the claim's source is its entity. Else the source itself.
 */
function voiceOf(doc: Document, source: EntityRef): EntityRef {
  if (source.resolvedBy !== 'description' || source.kind !== 'description') return source;
  const words = source.name.split(' ');
  let org: string[] | null = null;
  const last = words.length - 1;
  if (last >= 1 && VOICE_NOUNS.has(words[last]!.toLowerCase())) {
    const name = words.slice(words[0] === 'the' ? 1 : 0, last);
    if (name.length > 0 && name.every(capital)) org = name;
  } else if (last >= 2 && VOICE_NOUNS.has(words[0]!.toLowerCase()) && VOICE_LINKERS.has(words[1]!)) {
    const name = words.slice(words[2] === 'the' ? 3 : 2);
    if (name.length > 0 && name.every(capital)) org = name;
  }
  if (org === null) return source;
  const text = org.join(' ');
  // the organisation's own words when the mention spells them, else the voice's mention stands for it
  const m = source.mention;
  let [first, end] = m === null ? [-1, -1] : tokensOf(doc, m.start, m.end);
  if (m !== null && first >= 0) {
    const at = m.text.indexOf(text);
    if (at >= 0) {
      const [f, e] = tokensOf(doc, m.start + at, m.start + at + text.length);
      if (f >= 0) [first, end] = [f, e];
    }
  }
  if (first < 0) return source;
  // one capitalised word is a body's name only when known or an acronym ("Pentagon", "U.N."), not a
  // modifier that opens the sentence ("Local sources", "Security officials")
  // (in upper-case wire copy every word is capitalised: only a known body counts there)
  const caps = isUpperCase(source.name);
  if ((org.length === 1 || caps) && lookupActor(text) === null && (caps || !ACRONYM.test(text))) return source;
  return refFor(doc, { name: text, kind: 'organisation', first, end, resolvedBy: 'name' });
}

/**
 * The tokens `[first, end)` that cover exactly the input span [start, end), or [-1, -1]. (Token
 * offsets mapped to the input with `toInput`: `tokenSpan` would slice the text at every step.)
 */
function tokensOf(doc: Document, start: number, end: number): [number, number] {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toInput(toks[mid]!.end) <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= toks.length || doc.toInput(toks[lo]!.start) !== start) return [-1, -1];
  let e = lo;
  while (e < toks.length && doc.toInput(toks[e]!.end) < end) e++;
  if (e >= toks.length || doc.toInput(toks[e]!.end) !== end) return [-1, -1];
  return [lo, e + 1];
}

/**
 * The quote that holds the claim: the one covering most of it, where the
 * claim starts inside the quote or at least half of it lies inside.
 */
function quoteHolding(quotes: QuoteWindow, c: ResponsibilityClaim): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  const { list } = quotes;
  // Only the quotes that may overlap the claim: none starting at or after its end, none ending
  // (at the longest quote's length) by its start. All of them when the quotes are out of order.
  const from = quotes.sorted ? firstStartAfter(list, c.start - quotes.longest) : 0;
  const to = quotes.sorted ? firstStartAfter(list, c.end - 1) : list.length;
  for (let n = from; n < to; n++) {
    const q = list[n]!;
    const ov = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    const startsInside = q.start <= c.start && c.start < q.end;
    if (ov <= 0 || (!startsInside && ov < 0.5 * (c.end - c.start))) continue;
    if (ov > bestOverlap) {
      best = q;
      bestOverlap = ov;
    }
  }
  return best;
}

/** A document's quotes as {@link quoteHolding} reads them. */
interface QuoteWindow {
  readonly list: readonly Quote[];
  /** Whether the quotes are in order of their start (as `extractQuotes` returns them). */
  readonly sorted: boolean;
  /** The length of the longest quote. */
  readonly longest: number;
}

/** The quotes with their order and longest length, worked out once per call of {@link linkClaims}. */
function quoteWindow(list: readonly Quote[]): QuoteWindow {
  let sorted = true;
  let longest = 0;
  for (let n = 0; n < list.length; n++) {
    const q = list[n]!;
    if (n > 0 && q.start < list[n - 1]!.start) sorted = false;
    longest = Math.max(longest, q.end - q.start);
  }
  return { list, sorted, longest };
}

/** Index of the first quote (of quotes sorted by start) that starts after offset `o`. */
function firstStartAfter(list: readonly Quote[], o: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fills `source` (from quotes) and `casualties` (from casualty figures) of
 * claims found in the same document, returning new claim objects.
 *
 * @param doc - the parsed document the claims, quotes and figures come from
 * @param claims - what {@link extractClaims} returned
 * @param links - the document's quotes and casualty figures
 * @returns the claims with `source` and `casualties` linked
 *
 * @example
 * ```ts
 * const doc = parse('Islamic State claimed the bombing, which killed 12 people.');
 * const figure = { start: 48, end: 57, text: '12 people', outcome: 'killed', count: { min: 12, max: 12, exact: true, approximate: false },
 *   victims: 'people', scope: 'incident', source: null, boilerplate: false } as const;
 * linkClaims(doc, extractClaims(doc), { casualties: [figure] })[0]?.casualties[0]?.text; // '12 people'
 * ```
 */
export function linkClaims(
  doc: Document,
  claims: readonly ResponsibilityClaim[],
  links: ClaimLinks,
): ResponsibilityClaim[] {
  checkLinkArguments(doc, claims, links);
  const quotes = quoteWindow(links.quotes ?? []);
  const figures = (links.casualties ?? []).filter((f) => f.scope === 'incident');
  if (claims.length === 0) return [];
  const starts = sentenceStarts(doc);
  const claimSentences = new Set(claims.map((c) => sentenceAt(starts, c.start)));
  const bySentence = new Map<number, CasualtyFigure[]>();
  for (const f of figures) {
    const s = sentenceAt(starts, f.start);
    const list = bySentence.get(s) ?? [];
    list.push(f);
    bySentence.set(s, list);
  }
  return claims.map((c) => {
    let source = c.source;
    if (source === null) {
      const q = quoteHolding(quotes, c);
      if (
        q !== null &&
        q.speaker !== null &&
        !speaksForActor(q, c) &&
        canReport(doc, q.speaker) &&
        !withinClaim(q.speaker, c)
      )
        source = q.speaker;
    }
    let casualties = c.casualties;
    const s = sentenceAt(starts, c.start);
    const own = bySentence.get(s) ?? [];
    const next = !claimSentences.has(s + 1) && continuesEvent(doc, s + 1) ? (bySentence.get(s + 1) ?? []) : [];
    if (own.length > 0 || next.length > 0) casualties = [...c.casualties, ...own, ...next];
    if (source !== null) source = voiceOf(doc, source);
    return source === c.source && casualties === c.casualties ? c : { ...c, source, casualties };
  });
}

/** `linkClaims`' arguments, each wrong one named in a TypeError. */
function checkLinkArguments(doc: unknown, claims: unknown, links: unknown): void {
  checkDocument(doc, 'linkClaims');
  checkArray(claims, 'linkClaims(doc, claims, links)', 'claims', 'ResponsibilityClaim');
  checkObject(links, 'linkClaims(doc, claims, links)', 'links', 'an object { quotes, casualties }');
  const { quotes, casualties } = links as ClaimLinks;
  if (quotes !== undefined) checkArray(quotes, 'linkClaims(doc, claims, links)', 'links.quotes', 'Quote');
  if (casualties !== undefined)
    checkArray(casualties, 'linkClaims(doc, claims, links)', 'links.casualties', 'CasualtyFigure');
}
