/**
 * Incidents (ANNOTATION.md §5): within one article, the violent events and what
 * the article says about each — the phrases that name it, its date and place,
 * the claims about who did it, its casualty figures and their reconciled toll.
 *
 * This layer sits below the extractors and reads their results (the figures,
 * claims and dates of one document); it never changes them, and the incidents
 * hold the very same objects.
 *
 * How figures are grouped, in text order, one sentence segment at a time
 * (evidence.ts cuts a sentence where a coordinated clause opens with a new,
 * indefinite attack phrase):
 *
 * 1. a cumulative figure (`a war that has killed 260 000`) is in no incident;
 *    a subset goes with the figure it divides;
 * 2. (only places where violence is said to happen count: not a speaker's post, `said Ali
 *    Omar, a police commander in the Lower Juba region`, nor the places of a kind of event,
 *    `similar raids on hotels in Mogadishu`, evidence.ts)
 *    a segment naming a place joins the latest incident with that place, names
 *    compared word by word (`in Homs` … `in the central city of Homs`; but
 *    `al-Midan in Aleppo` is not `Khneifis in Hama`); a new place opens a new
 *    incident, unless the current one has no place yet and nothing says this is
 *    another event, or the segment gives again a toll of the current incident
 *    (`20 dead in Latakia province` … `the toll in several air strikes on the town
 *    of Salma rose to at least 20`: the same count, at least 5, written with a
 *    number, not of `another` or `other` people, and no new `a/an` attack phrase);
 * 3. with no place, a segment joins the current incident, unless it announces
 *    another event (`another bombing`, `meanwhile`, `earlier, an air raid…`),
 *    dates its event to another day, tells an attack anew in another month
 *    or year (`a sarin attack in Ghouta in August 2013`), or tells of fighting
 *    (`the heavy fighting`, `clashes`) after an attack; a phrase referring back
 *    (`the strike on Urum al-Joz`) stays with the current event, and one naming a kind
 *    (`the blast`) with no place or day of its own goes back to the latest incident of
 *    that kind when the current one was told with no attack phrase or one of another kind
 *    (loose kinds — bombing, air strike, shelling — name one another); a segment with no
 *    evidence at all (no attack phrase, place or date) goes on with the main story,
 *    not with an event of another period told just before (`took the town last year
 *    in an offensive backed by air strikes`);
 * 4. a segment with a figure but no evidence of its own borrows that of the
 *    sentence before it when that sentence names an attack and has no figure
 *    (`A car bomb hit the port in X. Twelve people died.`);
 *    an earlier attack recalled for comparison or as a point in time (`the deadliest since a
 *    March 3 attack that killed 40`, `two weeks after a bombing killed 15`) is an incident of
 *    its own, and a later figure with no evidence goes on with the main story, as does a phrase
 *    referring back (`the bombing`) with no date or place of its own, unless it follows the recalled
 *    attack in the next sentence of its paragraph;
 * 5. headline figures join the incident of the same place, else the first;
 * 6. claims join the incident of the figures linked to them, else the incident
 *    their segment points to (only when it names an attack or the claim names
 *    its event); an attack with neither figures nor claims opens no incident.
 *
 * @module
 */
import type { Document } from '../document/model.js';
import type { CasualtyFigure, DateMention, Incident, ResponsibilityClaim, Span } from '../types.js';
import {
  ATTACK_NOUNS,
  COMBAT,
  DEMONYMS,
  PLACE_NOUNS,
  isCalendarWord,
  isViolentWord,
  type Mention,
  type Place,
  type Segment,
  segmentsOf,
  tellsOfViolence,
} from './evidence.js';
import { isUpdate, tollsOf } from './toll.js';
import { sortSmall } from '../document/sort.js';
import { dayValue, weekThursday } from '../temporal/calendar.js';
import { GENERIC_EVENT_KIND, kindOfWord } from '../lexicon/en/index.js';
import words from '../lexicon/incidents.json';

/** Kinds that wires name one another by ("the bombing" of an air raid): compatible with each other. */
const LOOSE_KINDS = new Set(words.looseKinds);

/** Whether a phrase of kind `a` may refer back to an event told as kind `b`. */
function compatibleKinds(a: string, b: string): boolean {
  return a === b || (LOOSE_KINDS.has(a) && LOOSE_KINDS.has(b));
}

/** The specific kind an attack phrase names by its head (`the blasts` → bombing), or `null` (`the attack`). */
function kindOf(lower: string): string | null {
  const kind = kindOfWord(lower);
  return kind === GENERIC_EVENT_KIND ? null : kind;
}

/**
 * The results {@link findIncidents} reads: the same document's casualty
 * figures, claims and dates, as the extractors returned them.
 *
 * @example
 * ```ts
 * const results: IncidentInputs = { casualties: extractCasualties(doc), claims: extractClaims(doc), dates: extractDates(doc) };
 * ```
 */
export interface IncidentInputs {
  /** Casualty figures of the document. */
  readonly casualties: readonly CasualtyFigure[];
  /** Responsibility claims of the document (with their linked `casualties`, see `linkClaims`). */
  readonly claims: readonly ResponsibilityClaim[];
  /** Dates of the document. */
  readonly dates: readonly DateMention[];
}

/** Words of a place name that do not tell places apart. */
const PLACE_QUALIFIERS = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'north',
  'south',
  'east',
  'west',
  'rural',
  'greater',
  'upper',
  'lower',
  'the',
  'al-',
  'city',
  'town',
  'province',
  'countryside',
]);

/**
 * The injured of an incident who died later: `died of their wounds`, `later succumbed to his injuries`,
 * `have died from wounds` right after the figure (not in a relative clause: "Six had been killed the
 * previous day, including X who died of his wounds" is that day's); bounded look-ahead, one linear pattern.
 */
const DIED_OF_WOUNDS =
  /^,? (?:(?:later|subsequently|also|since|have|has|had) ){0,2}(?:died|succumbed|dies|succumb) (?:of|from|to) (?:(?:their|his|her|the) )?(?:[a-z]+ )?(?:wounds|injuries)\b/i;

/** Whether figure `f` counts injured people who died later ({@link DIED_OF_WOUNDS}). */
function diedOfWounds(text: string, f: CasualtyFigure): boolean {
  return f.outcome === 'killed' && DIED_OF_WOUNDS.test(text.slice(f.end, f.end + 64).replace(/\s+/g, ' '));
}

/** Prepositions before a year or month that make it the time of the event told ("killed nine in 2024"). */
const EVENT_TIME = new Set(['in', 'during']);
/** Words after a stretch of years that count it back from the event told ("two years earlier"). */
const YEARS_BACK = new Set(['earlier', 'before', 'ago', 'previously']);

/** How many of the latest incidents a clause is compared with. */
const MAX_LOOKBACK = 64;

/** Determiners with which an attack phrase in a sentence without figures refers back to an event told. */
const BACK_REFERENCE = new Set(['the', 'this', 'these', 'that', 'those']);

/** An incident being built. */
interface Draft {
  /** Places told of it, with whether they come from the headline. */
  readonly places: { place: Place; headline: boolean }[];
  /** Dates tied to it (body first when built). */
  readonly dates: { date: DateMention; headline: boolean }[];
  readonly segments: Segment[];
  readonly figures: CasualtyFigure[];
  readonly claims: ResponsibilityClaim[];
  readonly keys: Set<string>;
  /** The place names of each clause told of it, clause by clause. */
  readonly keySets: string[][];
  readonly mentions: Mention[];
  /** Position of its first body item, for ordering. */
  order: number;
  day: string | null;
  /** Told as an event of another period or recalled ("In 2016 a similar bombing killed 60"), not the article's story. */
  past: boolean;
}

function newDraft(order: number): Draft {
  return {
    places: [],
    dates: [],
    segments: [],
    figures: [],
    claims: [],
    keys: new Set(),
    keySets: [],
    mentions: [],
    order,
    day: null,
    past: false,
  };
}

/** Token index holding input offset `o` (the last token starting at or before it), by binary search. */
function tokenIndex(doc: Document, o: number): number {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toInput(toks[mid]!.start) <= o) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The place names a segment gives: its non-country place phrases, and proper-name modifiers of its attack phrases (`the Damascus bombings`). */
function keysOf(doc: Document, seg: Segment, places: readonly Place[] = seg.places): string[] {
  // Plain loops: flatMap over these small arrays cost more than the words themselves.
  const keys: string[] = [];
  for (const p of places) if (!p.country) for (const key of p.keys) addWordsOf(key, keys);
  if (seg.headline) return keys;
  const toks = doc.tokens;
  for (const m of seg.mentions) {
    for (let k = m.first; k < m.end - 1; k++) {
      const t = toks[k]!;
      // (not a word of violence a title-case line capitalised: "Terrorist Blast Kills …")
      if (
        t.pos !== 'PROPN' ||
        allCapitals(t.value) ||
        DEMONYMS.has(t.lower) ||
        isCalendarWord(t.lower) ||
        isViolentWord(t.lower)
      )
        continue;
      if (toks[k + 1]?.value === "'s" || toks[k + 1]?.value === '’s') continue;
      if (k === seg.first) continue;
      addWordsOf(t.lower, keys);
    }
  }
  return keys;
}

/**
 * Whether a word is written in capitals (`value === value.toUpperCase()`), answered without building
 * the upper-case copy when an ASCII lower-case letter settles it (most names: "Homs").
 */
function allCapitals(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return value === value.toUpperCase();
  }
  return true;
}

/** Splits a place name into words. */
const NAME_WORD_BREAK = /[\s-]+/;
/** Whether a place name may hold more than one word (white space or a hyphen in it). */
const NAME_BREAK_CHAR = /[\s-]/;

/** Adds to `out` the words of a place name that tell places apart ("eastern aleppo" → aleppo; "deir ezzor" → deir, ezzor). */
function addWordsOf(key: string, out: string[]): void {
  // Most names are one word: split only when one holds a break.
  for (const word of NAME_BREAK_CHAR.test(key) ? key.split(NAME_WORD_BREAK) : [key]) {
    // A possessive "s" lost in copy ("Idlibs countryside", "Aleppos") is dropped from every word alike.
    const w = word.length > 4 && word.endsWith('s') && !DEMONYMS.has(word) ? word.slice(0, -1) : word;
    if (w.length > 2 && !PLACE_QUALIFIERS.has(w) && !PLACE_NOUNS.has(w) && !DEMONYMS.has(w)) out.push(w);
  }
}

/**
 * Whether a clause's place names (`keys`) are the place of an incident: they share a name with
 * a clause told of it and one holds the other ("Homs" / "the central city of Homs"; "Joubar …
 * of Damascus" / "Damascus"), but "al-Midan in Aleppo" is not a round-up of "Aleppo, Hama,
 * Damascus" nor "Khneifis in Hama".
 */
function samePlace(keys: readonly string[], d: Draft): boolean {
  if (!keys.some((k) => d.keys.has(k))) return false;
  return d.keySets.some((set) => {
    if (!keys.some((k) => set.includes(k))) return false;
    return keys.every((k) => set.includes(k)) || set.every((k) => keys.includes(k));
  });
}

/**
 * Whether `dates` put their event in a month or year apart from the incident's: compared with
 * the incident's first date, else with the publication date (a month before it still counts as
 * the same period: an article of early April tells of late March). `fresh`: the segment tells its
 * event as a new one (a recall or new-event cue, a month that opens its sentence: "In July a
 * suicide bomb killed 16").
 */
function otherPeriod(dates: readonly DateMention[], d: Draft, publication: string | null, fresh: boolean): boolean {
  const ref = d.dates[0]?.date.value ?? publication;
  if (ref === null || !/^\d{4}/.test(ref)) return false;
  for (const x of dates) {
    const v = x.value;
    if (v === null || !/^\d{4}(?:-\d{2})?$/.test(v)) continue;
    // The incident's own day is known: "last month" is another month, even the one just before; and
    // an attack told anew with only a month ("In July a suicide bomb killed 16") is not that day's;
    // but "A car bomb killed 10 in Homs in March" may tell again a March 5 attack in Homs.
    if (d.day !== null && v.length === 7 && (fresh || v !== d.day.slice(0, 7))) return true;
    if (v.slice(0, 4) !== ref.slice(0, 4)) {
      // December of the year before a January article is the same period.
      if (v.length === 7 && ref.length >= 7 && monthsApart(v, ref) <= 1) continue;
      return true;
    }
    if (v.length === 7 && ref.length >= 7 && monthsApart(v, ref) > 1) return true;
  }
  return false;
}

/**
 * Whether `dates` put their event in another year than the incident's (else the publication's):
 * "the 1988 gas attack" recalled in a 2013 article. December and January next to each other are
 * the same period.
 */
function otherYear(dates: readonly DateMention[], d: Draft, publication: string | null): boolean {
  const ref = d.dates[0]?.date.value ?? publication;
  if (ref === null || !/^\d{4}/.test(ref)) return false;
  for (const x of dates) {
    const v = x.value;
    if (v === null || !/^\d{4}/.test(v) || v.slice(0, 4) === ref.slice(0, 4)) continue;
    if (v.length >= 7 && ref.length >= 7 && monthsApart(v, ref) <= 1) continue;
    return true;
  }
  return false;
}

/** Months between two `YYYY-MM…` values. */
function monthsApart(a: string, b: string): number {
  return Math.abs(monthIndex(a) - monthIndex(b));
}

/** The months since year 0 of a `YYYY-MM…` value. */
function monthIndex(v: string): number {
  return Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
}

const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;

/**
 * The day (`YYYY-MM-DD`) the first of `dates` gives, if any; a week (`two weeks ago` → `2017-W42`) stands
 * for its Thursday, the day that puts it in its month, so that an event of another week is another day.
 */
function dayOf(dates: readonly DateMention[]): string | null {
  for (const d of dates) {
    if (d.value === null) continue;
    if (/^\d{4}-\d{2}-\d{2}/.test(d.value)) return d.value.slice(0, 10);
    const w = WEEK_VALUE.exec(d.value);
    if (w !== null) return dayValue(weekThursday(Number(w[1]), Number(w[2])));
  }
  return null;
}

/**
 * Groups the figures and claims of one article into incidents, one per violent
 * event, with the phrases naming it, its date, its place and the reconciled
 * low / best / high toll per outcome (see {@link Toll}).
 *
 * @param doc - the parsed document the results come from
 * @param inputs - the document's casualty figures, claims and dates
 * @returns the incidents, in order of first mention in the body
 *
 * @example
 * ```ts
 * import { parse, extractCasualties, extractClaims, extractDates, findIncidents } from 'newsfacts';
 * const doc = parse('Warplanes carried out six raids on Douma, resulting in six deaths, and an air raid in Hama killed four people.');
 * const incidents = findIncidents(doc, { casualties: extractCasualties(doc), claims: extractClaims(doc), dates: extractDates(doc) });
 * incidents.map((i) => [i.place?.text, i.tolls.killed?.best.value]); // [['Douma', 6], ['Hama', 4]]
 * ```
 */
export function findIncidents(doc: Document, inputs: IncidentInputs): Incident[] {
  if (typeof inputs !== 'object' || inputs === null) throw new TypeError('findIncidents: inputs must be an object');
  for (const key of ['casualties', 'claims', 'dates'] as const) {
    if (!Array.isArray(inputs[key])) throw new TypeError(`findIncidents: inputs.${key} must be an array`);
  }
  if (inputs.casualties.length === 0 && inputs.claims.length === 0) return [];
  if (doc.tokens.length === 0) return [];
  const g = new Grouping(doc, inputs);
  for (const sent of doc.sentences) g.readSentence(sent.index);
  g.placeHeadlines();
  g.moveSubsetsAndClaims();
  const headlineEnd = doc.headline?.end ?? 0;
  const told = g.drafts.filter((d) => d.figures.length > 0 || d.claims.length > 0);
  return sortSmall(told, (a, b) => a.order - b.order).map((d, i) => build(doc, d, i, headlineEnd));
}

/** A figure (not cumulative) or a claim, at its first token. */
type Item =
  | { kind: 'figure'; figure: CasualtyFigure; token: number }
  | { kind: 'claim'; claim: ResponsibilityClaim; token: number };

/** A sentence without figures or claims (shared, never written). */
const NO_ITEMS: readonly Item[] = [];

/** Items in token order. */
const byToken = (a: Item, b: Item): number => a.token - b.token;

/** The grouping of one article's figures and claims, sentence by sentence (the steps of {@link findIncidents}). */
class Grouping {
  readonly drafts: Draft[] = [];
  private readonly toks: Document['tokens'];
  private readonly publication: string | null;
  /** 1 for tokens inside a date. */
  private readonly inDate: Uint8Array;
  private readonly datesBySentence = new Map<number, { date: DateMention; first: number }[]>();
  /** The first token of each date, found once (phrases referring back ask again for theirs). */
  private readonly dateFirst = new Map<DateMention, number>();
  private readonly itemsBySentence = new Map<number, Item[]>();
  /** First tokens of the cumulative figures (in no incident), in text order. */
  private readonly cumulativeTokens: number[] = [];
  private readonly home = new Map<CasualtyFigure | ResponsibilityClaim, Draft>();
  /** Claims of a kind of event ("has claimed similar raids"), in no incident. */
  private readonly ofNoEvent = new Set<ResponsibilityClaim>();
  /** The place names of each segment read ({@link keysOf}), computed once: a segment is chosen for, then assigned. */
  private readonly segmentKeys = new Map<Segment, string[]>();
  /** The kind each attack phrase names by its head ({@link kindOf}), computed once: incidents are searched by kind often. */
  private readonly mentionKinds = new Map<Mention, string | null>();
  private readonly headlineSegments: { seg: Segment; items: Item[] }[] = [];
  /** Phrases that referred back before any incident existed. */
  private readonly waiting: { seg: Segment; mention: Mention }[] = [];
  private current: Draft | null = null;
  /** The latest incident not told as an event of another period: what a figure with no evidence goes on with. */
  private main: Draft | null = null;
  /** The last segment without items that named an attack or a place (evidence for the next figure). */
  private pending: Segment | null = null;

  constructor(
    private readonly doc: Document,
    private readonly inputs: IncidentInputs,
  ) {
    this.toks = doc.tokens;
    this.publication = doc.publication.value;
    this.inDate = new Uint8Array(this.toks.length);
    this.indexDates();
    this.indexItems();
  }

  /** The place names a segment gives ({@link keysOf}), once per segment. */
  private keysOf(seg: Segment): string[] {
    let keys = this.segmentKeys.get(seg);
    if (keys === undefined) {
      keys = keysOf(this.doc, seg);
      this.segmentKeys.set(seg, keys);
    }
    return keys;
  }

  /** The place names of several segments, in order (the one segment's own list when there is one; read only). */
  private keysOfAll(segs: readonly Segment[]): readonly string[] {
    if (segs.length === 1) return this.keysOf(segs[0]!);
    const keys: string[] = [];
    for (const seg of segs) for (const k of this.keysOf(seg)) keys.push(k);
    return keys;
  }

  /** Token index holding input offset `o`. */
  private at(o: number): number {
    return tokenIndex(this.doc, o);
  }

  /** The first token of a date of the inputs. */
  private dateToken(x: DateMention): number {
    return this.dateFirst.get(x) ?? this.at(x.start);
  }

  /** Dates, with their first token, by sentence, and the mask of tokens they cover. */
  private indexDates(): void {
    const { doc, toks } = this;
    for (const date of this.inputs.dates) {
      const first = this.at(date.start);
      this.dateFirst.set(date, first);
      // The last token: a few steps on from the first (token offsets only grow), not a second search.
      const o = Math.max(date.start, date.end - 1);
      let last = first;
      while (last + 1 < toks.length && doc.toInput(toks[last + 1]!.start) <= o) last++;
      for (let k = first; k <= last; k++) this.inDate[k] = 1;
      const s = this.toks[first]!.sentence;
      const list = this.datesBySentence.get(s) ?? [];
      list.push({ date, first });
      this.datesBySentence.set(s, list);
    }
  }

  /** Items by sentence: figures (not cumulative) and claims. */
  private indexItems(): void {
    for (const f of this.inputs.casualties)
      if (f.scope === 'incident') this.pushItem({ kind: 'figure', figure: f, token: this.at(f.start) });
      else this.cumulativeTokens.push(this.at(f.start));
    for (const c of this.inputs.claims) this.pushItem({ kind: 'claim', claim: c, token: this.at(c.start) });
    // In token order once here (each sentence is read once; a stable sort keeps the input order of ties).
    for (const list of this.itemsBySentence.values()) sortSmall(list, byToken);
  }

  /** Files an item under its sentence. */
  private pushItem(item: Item): void {
    const s = this.toks[item.token]!.sentence;
    const list = this.itemsBySentence.get(s) ?? [];
    list.push(item);
    this.itemsBySentence.set(s, list);
  }

  /** Puts segments (their places, dates, attack phrases) and items into an incident. */
  private assign(d: Draft, segs: readonly Segment[], items: readonly Item[]): void {
    for (const seg of segs) {
      d.segments.push(seg);
      const ks = this.keysOf(seg);
      for (const k of ks) d.keys.add(k);
      if (ks.length > 0) d.keySets.push(ks);
      for (const m of seg.mentions) d.mentions.push(m);
      for (const place of seg.places) d.places.push({ place, headline: seg.headline });
      for (const date of seg.dates) d.dates.push({ date, headline: seg.headline });
      d.day ??= dayOf(seg.dates);
    }
    for (const it of items) {
      if (it.kind === 'figure') {
        d.figures.push(it.figure);
        this.home.set(it.figure, d);
      } else {
        d.claims.push(it.claim);
        this.home.set(it.claim, d);
      }
    }
  }

  /** "the attack", "Saturday's bombing" in a sentence without figures: an event already told. */
  private refersBack(m: Mention): boolean {
    const toks = this.toks;
    if (!ATTACK_NOUNS.has(toks[m.end - 1]!.lower)) return false;
    const next = toks[m.first + 1]?.value;
    return BACK_REFERENCE.has(toks[m.first]!.lower) || next === "'s" || next === '’s';
  }

  /** The place right after a phrase referring back ("The blasts went off in the Damascus suburb of …"). */
  private nearPlaces(seg: Segment, m: Mention): Place[] {
    return seg.places.filter((p) => p.first > m.end && p.first - m.end <= 3);
  }

  /** A date inside or right after a phrase referring back ("Saturday's attack", "the attack on February 25"). */
  private nearDates(seg: Segment, m: Mention): DateMention[] {
    return seg.dates.filter((x) => {
      const k = this.dateToken(x);
      return k >= m.first && k <= m.end + 6;
    });
  }

  /** Dates an attack phrase carries: inside it ("the 1988 gas attack") or right after it ("the attack of March 2011"). */
  private attackDates(seg: Segment): DateMention[] {
    return seg.dates.filter((x) => {
      const k = this.dateToken(x);
      return seg.mentions.some(
        (m) => (k >= m.first && k <= m.end) || (k === m.end + 1 && this.toks[m.end]!.pos === 'ADP'),
      );
    });
  }

  /** Adds what a phrase referring back says of its event (its place, its date) to the incident. */
  private attachBack(d: Draft, seg: Segment, m: Mention): void {
    d.mentions.push(m);
    const places = this.nearPlaces(seg, m);
    for (const place of places) d.places.push({ place, headline: seg.headline });
    if (d.keys.size === 0) {
      const ks = keysOf(this.doc, seg, places);
      for (const k of ks) d.keys.add(k);
      if (ks.length > 0) d.keySets.push(ks);
    }
    const ds = this.nearDates(seg, m);
    for (const date of ds) d.dates.push({ date, headline: seg.headline });
    d.day ??= dayOf(ds);
  }

  /** Finds the event a phrase referring back names: by place, else by day, else by its noun, else the first. */
  private referBack(seg: Segment, m: Mention): void {
    const toks = this.toks;
    const keys = keysOf(this.doc, seg, this.nearPlaces(seg, m));
    const day = dayOf(this.nearDates(seg, m));
    const head = stem(toks[m.end - 1]!.lower);
    const kind = this.kindOfMention(m);
    let d: Draft | undefined;
    if (keys.length > 0) {
      d = lastOf(this.drafts, (x) => samePlace(keys, x)) ?? this.drafts.find((x) => x.keys.size === 0);
    } else {
      d =
        (day === null ? undefined : lastOf(this.drafts, (x) => x.day === day)) ??
        (this.goesOnWith(seg) ? this.current! : undefined) ??
        // Not an attack recalled from another period ("In 2016 a similar bombing …" ¶ "the bombing").
        lastOf(this.drafts, (x) => !x.past && x.mentions.some((n) => stem(toks[n.end - 1]!.lower) === head)) ??
        // … or of its kind ("the blast" after "a car bomb").
        (kind === null ? undefined : lastOf(this.drafts, (x) => !x.past && this.ofKind(x, kind))) ??
        this.drafts[0];
    }
    if (d === undefined) {
      if (this.drafts.length === 0) this.waiting.push({ seg, mention: m });
      return;
    }
    this.attachBack(d, seg, m);
  }

  /**
   * Whether a segment goes on right after the current incident's last words: the current incident
   * is one recalled from another period, told in the sentence before, in the same paragraph, and the
   * segment names it again by its noun ("In 2019 a bombing killed 41. The bombing also wounded 90";
   * not "In 2013 rebels took the town in an offensive … The attack also wounded 40").
   */
  private goesOnWith(seg: Segment): boolean {
    const current = this.current;
    if (current === null || !current.past) return false;
    const last = current.segments[current.segments.length - 1];
    if (last === undefined) return false;
    const sents = this.doc.sentences;
    const next =
      last.sentence === seg.sentence ||
      (last.sentence === seg.sentence - 1 && sents[last.sentence]!.paragraph === sents[seg.sentence]!.paragraph);
    if (!next) return false;
    const toks = this.toks;
    if (seg.mentions.length === 0) return false;
    // The current incident's head stems once, not once per pair of mentions.
    const heads = new Set(current.mentions.map((n) => stem(toks[n.end - 1]!.lower)));
    return seg.mentions.some((m) => heads.has(stem(toks[m.end - 1]!.lower)));
  }

  /** Whether the evidence recalls an attack of another year ("the 1988 gas attack") than the current incident's. */
  private recalls(segs: readonly Segment[]): boolean {
    const current = this.current;
    return current !== null && segs.some((x) => otherYear(this.attackDates(x), current, this.publication));
  }

  /**
   * Whether a segment tells its event as a new one: a recall or new-event cue, or a date that opens
   * its sentence ("In July a suicide bomb killed 16 in Hasaka").
   */
  private fresh(seg: Segment): boolean {
    if (seg.recall || seg.marker) return true;
    const toks = this.toks;
    const first = this.doc.sentences[seg.sentence]!.firstToken;
    const opening = toks[Math.min(first + 1, seg.end - 1)]!.end;
    return seg.dates.some((x) => x.start <= opening && x.start >= toks[first]!.start);
  }

  /**
   * Whether the evidence dates its event to another year than the current incident's by a date of
   * its own clause: one that opens the sentence ("In 2024 a gunman killed nine villagers there"), or
   * a year or month told as the event's time ("… killed nine villagers in 2024", "two years ago"),
   * not a point of comparison ("the deadliest since 2019"): a figure or claim tied to another year
   * is of another incident, with or without an attack phrase.
   */
  private datedElsewhere(segs: readonly Segment[]): boolean {
    const current = this.current;
    if (current === null) return false;
    return segs.some(
      (x) =>
        !x.headline &&
        (otherYear(
          x.dates.filter((d) => this.fresh(x) || this.eventTime(d)),
          current,
          this.publication,
        ) ||
          (this.datesBySentence.get(x.sentence) ?? []).some(
            (d) => d.first >= x.first && d.first < x.end && this.yearsBack(d.date),
          )),
    );
  }

  /** "Two years earlier", "three years before": a stretch of years told back from the event before. */
  private yearsBack(d: DateMention): boolean {
    if (d.type !== 'DURATION' || d.value === null || !/^P\d+Y$/.test(d.value) || d.value === 'P0Y') return false;
    const k = this.at(d.end - 1) + 1;
    return k < this.toks.length && YEARS_BACK.has(this.toks[k]!.lower);
  }

  /**
   * Whether a date of year or month precision is told as an event's time: after "in" or "during" ("killed
   * nine villagers in 2024"), or with a `when` clause that tells what happened then ("the first since
   * 2017, when a general was killed there"); not a bound or a point of comparison ("since 2019") nor the
   * time of something else told around the figure ("had been posted to the town last year").
   */
  private eventTime(d: DateMention): boolean {
    if (d.value === null || !/^\d{4}(?:-\d{2})?$/.test(d.value)) return false;
    const k = this.dateToken(d);
    if (k > 0 && EVENT_TIME.has(this.toks[k - 1]!.lower)) return true;
    const after = this.at(d.end - 1) + 1;
    return this.toks[after]?.value === ',' && this.toks[after + 1]?.lower === 'when';
  }

  /** Whether the evidence tells an attack anew (an indefinite phrase) in another month or year than the current incident's. */
  private toldEarlier(segs: readonly Segment[]): boolean {
    const current = this.current;
    if (current === null) return false;
    const indefinite = segs.some((s) => s.mentions.some((m) => !m.definite));
    return indefinite && segs.some((x) => otherPeriod(x.dates, current, this.publication, this.fresh(x)));
  }

  /** The incident a segment (with the evidence it borrows) tells of: rules 2 and 3 of the module comment. */
  private choose(segs: readonly Segment[], order: number, figures: readonly CasualtyFigure[] = []): Draft {
    const toks = this.toks;
    const current = this.current;
    const keys = this.keysOfAll(segs);
    const marker = segs.some((s) => s.marker);
    const indefinite = segs.some((s) => s.mentions.some((m) => !m.definite));
    const day = segs.map((x) => dayOf(x.dates)).find((d) => d !== null) ?? null;
    // (The two tests below read the text and the dates again: each is made once, when a rule first asks.)
    // "The death toll rose to 19 on Wednesday": an incident's toll told anew, whatever day it is told.
    // … and so are the injured who died later ("two more officers died of their wounds on Thursday").
    let isUpdated: boolean | undefined;
    const updated = (): boolean =>
      (isUpdated ??= figures.some((f) => isUpdate(this.doc.text, f) || diedOfWounds(this.doc.text, f)));
    // An attack told anew in another month or year ("a sarin gas attack in Ghouta in August 2013"), or
    // one an attack phrase dates to another year, however it is written ("the 1988 gas attack").
    let isEarlier: boolean | undefined;
    const earlier = (): boolean =>
      (isEarlier ??=
        current !== null &&
        ((indefinite && segs.some((x) => otherPeriod(x.dates, current, this.publication, this.fresh(x)))) ||
          this.recalls(segs) ||
          this.datedElsewhere(segs)));
    // "Another car bomb in Homs", "earlier this week, a chemical attack hit …": another event, wherever;
    // and "the killing of three elders in a separate feud": told apart in so many words.
    if (marker && (indefinite || segs.some((x) => this.toldApart(x)))) return this.newIncident(order);
    if (keys.length > 0) {
      // The latest incidents of that place (bounded, so that a page of a thousand places stays linear).
      const drafts = this.drafts;
      // Not one an attack told anew dates to another period ("In July a suicide bomb killed 16 in
      // Hasaka" after Wednesday's bombing in Qamishli, Hasaka): that is another event of the place.
      for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_LOOKBACK; i--) {
        const d = drafts[i]!;
        if (
          samePlace(keys, d) &&
          !(indefinite && segs.some((x) => otherPeriod(x.dates, d, this.publication, this.fresh(x)))) &&
          // "In June 23 a group blew up a car bomb in central Damascus" after a Friday blast in Damascus: an
          // attack told anew on another day is another event of the place.
          !(indefinite && day !== null && d.day !== null && day !== d.day) &&
          // "On Sunday 11 civilians were killed in Eastern Ghouta" after Tuesday's shelling there: a day that
          // opens the sentence dates another event of the place, with or without an attack phrase (not a
          // toll updated that day: "On Wednesday the toll rose to 8 in Varn").
          !(day !== null && d.day !== null && day !== d.day && !updated() && segs.some((x) => this.fresh(x)))
        )
          return d;
      }
      // "the strike on Urum al-Joz": a phrase that refers back names a known event's place. (After an
      // attack of another period was recalled, a figure with no date of its own goes on with the main story.)
      const definite = segs.some((x) => x.mentions.length > 0) && !indefinite;
      const story = current !== null && current.past && day === null && this.main !== null ? this.main : current;
      if (
        story !== null &&
        (story.keys.size === 0 || definite) &&
        !earlier() &&
        (day === null || story.day === null || day === story.day)
      )
        return story;
      // "20 killed in air raids in Latakia province" … "the toll in several air strikes on the town of
      // Salma rose to at least 20": a place told more closely, with the current incident's toll again.
      if (
        story !== null &&
        !marker &&
        !earlier() &&
        !segs.some((x) => x.mentions.some((m) => NEW_ARTICLES.has(toks[m.first]!.lower))) &&
        (day === null || story.day === null || day === story.day) &&
        repeatsToll(figures, story.figures)
      )
        return story;
      // "Another airstrike hit a village in the northwest on Tuesday, killing …" … "On Tuesday an airstrike
      // on the village of Maaret Harmeh killed 10": an event told first with no place, its day and kind
      // told again with the place.
      if (!marker && !earlier() && day !== null) {
        const kinds = this.kindsOf(segs);
        const d = lastOf(
          this.drafts,
          (x) => x.keys.size === 0 && x.day === day && !x.past && kinds.some((k) => this.ofKind(x, k)),
        );
        if (d !== undefined) return d;
      }
      return this.newIncident(order);
    }
    if (earlier()) return this.newIncident(order);
    // "the bombing" with no date or place of its own, after an attack of another period was recalled
    // ("In 2016 a similar bombing killed 60 there. ¶ Medics said the bombing wounded 40"): the main story,
    // unless it goes on right after the recalled attack.
    if (
      day === null &&
      this.main !== null &&
      current !== null &&
      current.past &&
      segs.some((x) => x.mentions.length > 0) &&
      segs.every((x) => x.mentions.every((m) => this.refersBack(m))) &&
      !segs.some((x) => this.goesOnWith(x))
    )
      return this.main;
    // "The blast destroyed everything" after another attack was told: a phrase referring back by its kind,
    // with no place or day of its own, names the latest incident of that kind (the market bombing, not
    // the shooting told since).
    if (day === null && current !== null) {
      const back = this.kindReferredTo(segs);
      // Only away from an incident told with no attack phrase, or with one of another kind.
      if (back !== null && (current.mentions.length === 0 || this.ofOtherKind(current, back))) {
        const d = lastOf(this.drafts, (x) => !x.past && this.ofKind(x, back));
        if (d !== undefined) return d;
      }
    }
    // "The heavy fighting claimed the lives of …" after a massacre: combat is another event than an attack.
    const heads: string[] = [];
    for (const x of segs) for (const m of x.mentions) heads.push(toks[m.end - 1]!.lower);
    if (
      current !== null &&
      heads.length > 0 &&
      heads.every((h) => COMBAT.has(h)) &&
      current.mentions.length > 0 &&
      !current.mentions.some((m) => COMBAT.has(toks[m.end - 1]!.lower))
    )
      return this.newIncident(order);
    const sameDay = day === null ? undefined : lastOf(this.drafts, (x) => x.day === day);
    if (sameDay !== undefined) return sameDay;
    if (current === null) return this.newIncident(order);
    // Nothing at all tells the event (no attack phrase, place or date): the main story goes on.
    if (
      this.main !== null &&
      segs.every((x) => x.mentions.length === 0 && x.places.length === 0 && x.dates.length === 0)
    )
      return this.main;
    if (day !== null && current.day !== null && day !== current.day && !updated()) return this.newIncident(order);
    return current;
  }

  /**
   * Whether a segment's claims blame another attack on other actors than every claim of the current
   * incident ("Islamic State fighters attacked a checkpoint, killing 11"): told with no figure, a new
   * attack phrase (not one referring back: "Russian airstrikes hit the outskirts later that day"); told
   * with figures, victims of their own (no count of the incident again, no place of it: "Residents
   * blamed a local militia for the deaths of two shepherds"). Another attack by other hands, not a label
   * or a toll of the incident told; blame by another side for the same deaths ("the government blamed
   * rebels for the deaths of the 20 guests") repeats the toll and stays.
   */
  private byOtherActor(segs: readonly Segment[], own: readonly Item[], here: readonly Item[]): boolean {
    const current = this.current;
    // (A place named: the incidents of that place are searched by {@link choose}.)
    if (current === null || !here.some((i) => i.kind === 'claim') || this.keysOfAll(segs).length > 0) return false;
    const actors = this.actorsOf(current);
    if (actors.size === 0) return false;
    for (const i of here)
      if (i.kind === 'claim' && (i.claim.actor === null || actors.has(i.claim.actor.entity))) return false;
    const figures = figuresOf(own);
    // (Victims named again, "the pilot", "the 20 guests", are the ones told before; an attack named again by
    // its kind, "killed by the coalition airstrikes", or of the incident's kind, "three mortar shells fell
    // on the prison" after "injured in mortar shells", is one told before.)
    if (figures.length > 0)
      return (
        !repeatsToll(figures, current.figures, 1) &&
        !segs.some((x) => x.mentions.some((m) => this.toldAgain(m, current))) &&
        segs.every((x) => x.dates.length === 0) &&
        !figures.some((f) => BACK_REFERENCE.has(this.toks[this.at(f.start)]!.lower))
      );
    // With no figure, only between sides the text names (an unnamed "rebels" or "the extremist group" may be
    // the named group told before: "Rebels launch assault" … "Rebel fighters launched a major assault").
    if (own.length === 0 || !this.namedSides(current, here)) return false;
    let fresh = false;
    for (const x of segs)
      for (const m of x.mentions) {
        if (m.definite) return false;
        fresh = true;
      }
    return fresh;
  }

  /** Whether every actor of the incident's claims and of the segment's claims is named (no description). */
  private namedSides(d: Draft, here: readonly Item[]): boolean {
    for (const i of here) if (i.kind === 'claim' && i.claim.actor?.kind === 'description') return false;
    for (const c of this.inputs.claims)
      if (
        c.actor?.kind === 'description' &&
        (this.home.get(c) === d || c.casualties.some((f) => this.home.get(f) === d))
      )
        return false;
    return true;
  }

  /** Whether an attack phrase names an attack of a known kind again: definite, or of the incident's kind. */
  private toldAgain(m: Mention, d: Draft): boolean {
    const kind = this.kindOfMention(m);
    return kind !== null && (m.definite || this.ofKind(d, kind));
  }

  /** The actors of an incident's claims: its own, and those linked to its figures (placed with them at the end). */
  private actorsOf(d: Draft): Set<string> {
    const actors = new Set<string>();
    for (const c of this.inputs.claims)
      if (c.actor !== null && (this.home.get(c) === d || c.casualties.some((f) => this.home.get(f) === d)))
        actors.add(c.actor.entity);
    return actors;
  }

  /** Whether a segment calls its event a separate one ("in a separate attack", "a separate feud"): the adjective. */
  private toldApart(seg: Segment): boolean {
    for (let k = seg.first; k < seg.end; k++)
      if (this.toks[k]!.lower === 'separate' && this.toks[k]!.pos === 'ADJ') return true;
    return false;
  }

  /** The one specific kind the attack phrases of `segs` name, when every one of them refers back ("the blast"); else `null`. */
  private kindReferredTo(segs: readonly Segment[]): string | null {
    let kind: string | null = null;
    for (const x of segs)
      for (const m of x.mentions) {
        if (!this.refersBack(m)) return null;
        const k = this.kindOfMention(m);
        if (k === null || (kind !== null && k !== kind)) return null;
        kind = k;
      }
    return kind;
  }

  /** The specific kinds the attack phrases of `segs` name. */
  private kindsOf(segs: readonly Segment[]): string[] {
    const out: string[] = [];
    for (const x of segs)
      for (const m of x.mentions) {
        const k = this.kindOfMention(m);
        if (k !== null) out.push(k);
      }
    return out;
  }

  /** The specific kind an attack phrase names by its head, or `null` (cached per phrase). */
  private kindOfMention(m: Mention): string | null {
    let kind = this.mentionKinds.get(m);
    if (kind === undefined) {
      kind = kindOf(this.toks[m.end - 1]!.lower);
      this.mentionKinds.set(m, kind);
    }
    return kind;
  }

  /** Whether an incident has a phrase of that kind, or one wires name by it (by its head noun). */
  private ofKind(d: Draft, kind: string): boolean {
    return d.mentions.some((m) => {
      const k = this.kindOfMention(m);
      return k !== null && compatibleKinds(k, kind);
    });
  }

  /** Whether an incident's phrases name specific kinds, none of them compatible with `kind`. */
  private ofOtherKind(d: Draft, kind: string): boolean {
    let specific = false;
    for (const m of d.mentions) {
      const k = this.kindOfMention(m);
      if (k === null) continue;
      if (compatibleKinds(k, kind)) return false;
      specific = true;
    }
    return specific;
  }

  /** Moves the phrases referring back that stand before a segment's first new attack phrase from `d` to the main incident. */
  private giveBack(d: Draft, segs: readonly Segment[]): void {
    const main = this.main;
    if (main === null) return;
    for (const seg of segs) {
      const fresh = seg.mentions.find((m) => !m.definite);
      if (fresh === undefined) continue;
      for (const m of seg.mentions) {
        if (m.first >= fresh.first || !this.refersBack(m)) continue;
        const i = d.mentions.indexOf(m);
        if (i >= 0) d.mentions.splice(i, 1);
        main.mentions.push(m);
      }
    }
  }

  private newIncident(order: number): Draft {
    const d = newDraft(order);
    this.drafts.push(d);
    // Phrases that referred back before any figure ("the attack in Syria on February 25") are the first incident's.
    if (this.drafts.length === 1) for (const w of this.waiting.splice(0)) this.attachBack(d, w.seg, w.mention);
    return d;
  }

  /** One sentence: its segments, each giving its items to an incident (headline segments wait for the body). */
  readSentence(index: number): void {
    const doc = this.doc;
    const toks = this.toks;
    const sent = doc.sentences[index]!;
    // A body sentence may open with its dateline ("London, 27 Feb – The envoy said…"): judged by its last token.
    // Page furniture only counts for the items the caller kept there (every figure has its incident).
    const zone = doc.zoneAt(toks[sent.endToken - 1]!.start);
    const items = this.itemsBySentence.get(sent.index) ?? NO_ITEMS;
    if ((zone === 'boilerplate' || zone === 'dateline') && items.length === 0) return;
    // A sentence with no figure or claim matters only when it tells of violence (an attack to refer
    // back to, a place to borrow): one Set lookup per token decides.
    if (items.length === 0 && !tellsOfViolence(doc, sent.firstToken, sent.endToken)) return;
    const segs = segmentsOf(
      doc,
      sent.index,
      items.map((i) => i.token),
      this.datesBySentence.get(sent.index) ?? [],
      this.inDate,
    );
    for (const seg of segs) this.readSegment(seg, items);
  }

  /** One segment of a body or headline sentence with the sentence's items. */
  private readSegment(seg: Segment, items: readonly Item[]): void {
    const doc = this.doc;
    const here = items.filter((i) => i.token >= seg.first && i.token < seg.end);
    // A claim of a kind of event ("has claimed similar assaults on hotels") is of no one event, even
    // when figures are linked to it.
    if (seg.kind && seg.mentions.length === 0)
      for (const i of here) if (i.kind === 'claim' && i.claim.event !== null) this.ofNoEvent.add(i.claim);
    // Nor is one told with a war toll and no figure of an event ("Violence by groups linked to al
    // Qaeda has killed more than 10,000 people since 2015").
    if (!here.some((i) => i.kind === 'figure') && this.cumulativeTokens.some((k) => k >= seg.first && k < seg.end))
      for (const i of here) if (i.kind === 'claim') this.ofNoEvent.add(i.claim);
    // Nor is one of several events at once: "No group has said it carried out the attacks" after attacks
    // on two villages, each its own incident — a plural phrase referring back, with no place or day of its
    // own, names them all (an article-level claim, in no incident; ANNOTATION.md §5).
    if (here.some((i) => i.kind === 'claim') && !here.some((i) => i.kind === 'figure') && this.ofSeveral(seg)) {
      for (const i of here) if (i.kind === 'claim') this.ofNoEvent.add(i.claim);
      return;
    }
    const own = here.filter(
      (i) =>
        i.kind === 'figure' ||
        (i.claim.casualties.length === 0 &&
          !this.ofNoEvent.has(i.claim) &&
          (seg.mentions.length > 0 || i.claim.event !== null)),
    );
    if (seg.headline) {
      this.headlineSegments.push({ seg, items: own });
      return;
    }
    if (own.length === 0) {
      // An earlier attack recalled with no figure ("the deadliest since a bombing in March") is no evidence for the next one.
      if (seg.recall) return;
      if (seg.mentions.length > 0 || (seg.violent && seg.places.some((p) => !p.country))) {
        this.pending = seg;
        for (const m of seg.mentions) if (this.refersBack(m)) this.referBack(seg, m);
      }
      return;
    }
    const evidence: Segment[] = [seg];
    const pending = this.pending;
    const sent = doc.sentences[seg.sentence]!;
    if (
      seg.places.length === 0 &&
      seg.mentions.length === 0 &&
      pending !== null &&
      sent.index - pending.sentence <= 1 &&
      doc.sentences[pending.sentence]!.paragraph === sent.paragraph
    ) {
      evidence.unshift(pending);
    }
    this.pending = null;
    // An earlier attack recalled for comparison or as a point in time ("the deadliest since a March 3
    // attack that killed 40"; "two weeks after a bombing killed 15") is an event of its own: what
    // refers back next may name it ("the attack … blamed on"), but a figure told with no evidence
    // goes on with the main story.
    if (seg.recall) {
      const d = this.newIncident(seg.first);
      this.assign(d, evidence, own);
      d.past = true;
      this.current = d;
      return;
    }
    // An event of another year recalled ("the 1988 gas attack") is not the one later sentences go on with.
    const recalled = this.recalls(evidence);
    // Nor, for a figure told with no evidence at all, is one told anew in another period ("captured the
    // town last year in an offensive … He said dozens of fighters had been killed").
    const past = recalled || this.toldEarlier(evidence) || this.datedElsewhere(evidence);
    const before = this.current;
    const aside = this.byOtherActor(evidence, own, here);
    const d = aside ? this.newIncident(seg.first) : this.choose(evidence, seg.first, figuresOf(own));
    this.assign(d, evidence, own);
    // Another side's attack told with no figure is an aside: what follows with no evidence of its own
    // ("the pilot was killed"), or names an attack only by its kind ("the airstrikes killed eight"), goes
    // on with the story told before it.
    if (aside && figuresOf(own).length === 0) {
      d.past = true;
      return;
    }
    // "A few hours later the same group attacked Diallassagou": a new event told hours after the one
    // before, with no date of its own, is of that event's day (its date phrase dates both).
    if (d !== before && before !== null && d.dates.length === 0 && before.dates.length > 0 && this.hoursLater(seg)) {
      d.dates.push({ date: before.dates[0]!.date, headline: false });
      d.day ??= before.day;
    }
    if (!recalled) this.current = d;
    if (!past || this.main === null) this.main = d;
    else if (d !== this.main && d.figures.length + d.claims.length === own.length) {
      d.past = true;
      // "The attack was the deadliest since 2016, when a bombing killed 60": the phrase referring back
      // before the recalled attack is the main story's.
      this.giveBack(d, evidence);
    }
  }

  /**
   * Whether a segment names only events already told, several of them: its attack phrases all refer
   * back in the plural (`the attacks`, `these killings`), it has no place or date of its own, and the
   * article has told two or more events at different places so far.
   */
  private ofSeveral(seg: Segment): boolean {
    if (seg.mentions.length === 0 || seg.places.length > 0 || seg.dates.length > 0) return false;
    const current = this.current;
    for (const m of seg.mentions) {
      const head = this.toks[m.end - 1]!;
      if (!this.refersBack(m) || head.lower === head.lemma || !head.lower.endsWith('s')) return false;
      // the current event told with that kind of attack ("air strikes killed seven … the strikes were
      // carried out by…"): the plural names its strikes, not several events
      const kind = this.kindOfMention(m);
      // (a generic plural, "the attacks", "the raids", names any kind: the current event told with none)
      if (current !== null && (kind === null ? current.mentions.length > 0 : this.ofKind(current, kind))) return false;
    }
    const places = new Set<string>();
    for (const d of this.drafts) if (!d.past && d.keys.size > 0) places.add([...d.keys].sort().join('|'));
    return places.size >= 2;
  }

  /** Whether a segment tells its event hours or minutes after the one before ("a few hours later", "minutes later"). */
  private hoursLater(seg: Segment): boolean {
    for (const { date, first } of this.datesBySentence.get(seg.sentence) ?? []) {
      if (first < seg.first || first >= seg.end || date.type !== 'DURATION' || !date.value?.startsWith('PT')) continue;
      for (let k = first + 1; k < seg.end && k <= first + 5; k++) if (this.toks[k]!.lower === 'later') return true;
    }
    return false;
  }

  /** Headline figures and claims: the incident of the same place, else the first one. */
  placeHeadlines(): void {
    for (const { seg, items } of this.headlineSegments) {
      if (items.length === 0) {
        if (seg.mentions.length > 0 && this.drafts.length > 0)
          for (const m of seg.mentions) this.drafts[0]!.mentions.push(m);
        continue;
      }
      const keys = this.keysOf(seg);
      // A headline toll told again in the body ("Bomb attack kills nine soldiers" … "Nine soldiers were
      // killed when …") is that incident's, before any match by place.
      const told = figuresOf(items);
      const d =
        this.drafts.find((x) => repeatsToll(told, x.figures, 2)) ??
        this.drafts.find((x) => samePlace(keys, x)) ??
        this.drafts[0] ??
        this.newIncident(Number.MAX_SAFE_INTEGER);
      this.assign(d, [seg], items);
    }
  }

  /** Subsets go with the figure they divide; claims with the figures linked to them. */
  moveSubsetsAndClaims(): void {
    const home = this.home;
    const figures = this.inputs.casualties;
    // Built only when some figure is a part, keyed by the offsets themselves: no key string per figure.
    let byOffsets: Map<number, Map<number, CasualtyFigure>> | null = null;
    for (const f of figures) {
      if (f.partOf === null || !home.has(f)) continue;
      byOffsets ??= figuresByOffsets(figures);
      const parent = byOffsets.get(f.partOf.start)?.get(f.partOf.end);
      const to = parent === undefined ? undefined : home.get(parent);
      const from = home.get(f)!;
      if (to === undefined || to === from) continue;
      from.figures.splice(from.figures.indexOf(f), 1);
      to.figures.push(f);
      home.set(f, to);
    }
    for (const c of this.inputs.claims) {
      if (home.has(c) || this.ofNoEvent.has(c)) continue;
      const d = c.casualties.map((f) => home.get(f)).find((x) => x !== undefined);
      if (d !== undefined) {
        d.claims.push(c);
        home.set(c, d);
      }
    }
  }
}

/** The figures among `items`, in order. */
function figuresOf(items: readonly Item[]): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const i of items) if (i.kind === 'figure') out.push(i.figure);
  return out;
}

/** Figures by start offset, then end offset (the last of several with both the same, as a map keyed by both keeps). */
function figuresByOffsets(figures: readonly CasualtyFigure[]): Map<number, Map<number, CasualtyFigure>> {
  const out = new Map<number, Map<number, CasualtyFigure>>();
  for (const p of figures) {
    const byEnd = out.get(p.start);
    if (byEnd === undefined) out.set(p.start, new Map([[p.end, p]]));
    else byEnd.set(p.end, p);
  }
  return out;
}

/** The public incident of a draft. */
function build(doc: Document, d: Draft, i: number, headlineEnd: number): Incident {
  const mentions = uniqueSpans(d.mentions.map((m) => doc.tokenSpan(m.first, m.end)));
  const casualties = sortSmall([...d.figures], (a, b) => a.start - b.start);
  const claims = sortSmall([...d.claims], (a, b) => a.start - b.start);
  // Date and place: body before headline, then text order; a named place before a country.
  const dates = sortSmall(
    [...d.dates],
    (a, b) => Number(a.headline) - Number(b.headline) || a.date.start - b.date.start,
  );
  const places = sortSmall(
    [...d.places],
    (a, b) =>
      Number(a.place.country) - Number(b.place.country) ||
      Number(a.headline) - Number(b.headline) ||
      a.place.first - b.place.first,
  );
  const place = places[0]?.place;
  return {
    id: `i${i + 1}`,
    mentions,
    date: dates[0]?.date ?? null,
    place: place === undefined ? null : doc.tokenSpan(place.first, place.end),
    claims,
    casualties,
    tolls: tollsOf(doc.text, casualties, headlineEnd),
  };
}

/** Articles with which an attack phrase tells a new event ("an airstrike on the village of X killed 10"). */
const NEW_ARTICLES = new Set(['a', 'an', 'another']);

/** Words that make a count of other people than those counted before ("another", "others", "more"). */
const OTHER_PEOPLE = /\b(?:another|other|others|more|additional|further)\b/i;

const DIGIT = /\d/;

/** The smallest count that, told again with another place, still marks the same incident (small counts repeat by chance). */
const REPEATED_TOLL_MIN = 5;

/** Whether one of `figures` gives again a count (same outcome, same bounds, at least `least`, by default {@link REPEATED_TOLL_MIN}) of `told`. */
function repeatsToll(
  figures: readonly CasualtyFigure[],
  told: readonly CasualtyFigure[],
  least = REPEATED_TOLL_MIN,
): boolean {
  return figures.some(
    (f) =>
      f.partOf === null &&
      (f.count.min ?? 0) >= least &&
      // "Another seven people", "seven others", "seven more": other people, not the toll again.
      !OTHER_PEOPLE.test(f.text) &&
      // A vague quantity ("scores", "dozens") is no toll of its own to recognise.
      (f.count.exact || DIGIT.test(f.text)) &&
      // ("38 bodies" after "at least 38 people": an open bound and the exact count at it are one toll.)
      told.some(
        (g) =>
          g.outcome === f.outcome &&
          g.count.min === f.count.min &&
          (g.count.max === f.count.max || g.count.max === null || f.count.max === null),
      ),
  );
}

/** The last element satisfying `ok` (Array.prototype.findLast is ES2023). */
function lastOf<T>(xs: readonly T[], ok: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0 && i >= xs.length - MAX_LOOKBACK; i--) if (ok(xs[i]!)) return xs[i];
  return undefined;
}

/** A noun without its plural "s" ("attacks" → "attack"). */
function stem(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function uniqueSpans(spans: Span[]): Span[] {
  sortSmall(spans, (a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}
