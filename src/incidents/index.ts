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
 * 2. a segment naming a place joins the latest incident with that place, names
 *    compared word by word (`in Homs` … `in the central city of Homs`; but
 *    `al-Midan in Aleppo` is not `Khneifis in Hama`); a new place opens a new
 *    incident, unless the current one has no place yet and nothing says this is
 *    another event;
 * 3. with no place, a segment joins the current incident, unless it announces
 *    another event (`another bombing`, `meanwhile`, `earlier, an air raid…`),
 *    dates its event to another day, tells an attack anew in another month
 *    or year (`a sarin attack in Ghouta in August 2013`), or tells of fighting
 *    (`the heavy fighting`, `clashes`) after an attack; a phrase referring back
 *    (`the strike on Urum al-Joz`) stays with the current event;
 * 4. a segment with a figure but no evidence of its own borrows that of the
 *    sentence before it when that sentence names an attack and has no figure
 *    (`A car bomb hit the port in X. Twelve people died.`);
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
  type Mention,
  type Place,
  type Segment,
  segmentsOf,
  tellsOfViolence,
} from './evidence.js';
import { tollsOf } from './toll.js';

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
  const keys = places.filter((p) => !p.country).flatMap((p) => p.keys.flatMap(wordsOf));
  if (seg.headline) return keys;
  const toks = doc.tokens;
  for (const m of seg.mentions) {
    for (let k = m.first; k < m.end - 1; k++) {
      const t = toks[k]!;
      if (t.pos !== 'PROPN' || t.value === t.value.toUpperCase() || DEMONYMS.has(t.lower) || isCalendarWord(t.lower))
        continue;
      if (toks[k + 1]?.value === "'s" || toks[k + 1]?.value === '’s') continue;
      if (k === seg.first) continue;
      keys.push(...wordsOf(t.lower));
    }
  }
  return keys;
}

/** The words of a place name that tell places apart ("eastern aleppo" → aleppo; "deir ezzor" → deir, ezzor). */
function wordsOf(key: string): string[] {
  // A possessive "s" lost in copy ("Idlibs countryside", "Aleppos") is dropped from every word alike.
  return key
    .split(/[\s-]+/)
    .map((w) => (w.length > 4 && w.endsWith('s') && !DEMONYMS.has(w) ? w.slice(0, -1) : w))
    .filter((w) => w.length > 2 && !PLACE_QUALIFIERS.has(w) && !PLACE_NOUNS.has(w) && !DEMONYMS.has(w));
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
 * the same period: an article of early April tells of late March).
 */
function otherPeriod(dates: readonly DateMention[], d: Draft, publication: string | null): boolean {
  const ref = d.dates[0]?.date.value ?? publication;
  if (ref === null || !/^\d{4}/.test(ref)) return false;
  for (const x of dates) {
    const v = x.value;
    if (v === null || !/^\d{4}(?:-\d{2})?$/.test(v)) continue;
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
  const m = (v: string): number => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
  return Math.abs(m(a) - m(b));
}

/** The day (`YYYY-MM-DD`) the first of `dates` gives, if any. */
function dayOf(dates: readonly DateMention[]): string | null {
  for (const d of dates) if (d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value)) return d.value.slice(0, 10);
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
  const figures = inputs.casualties;
  const claims = inputs.claims;
  if (figures.length === 0 && claims.length === 0) return [];
  const toks = doc.tokens;
  if (toks.length === 0) return [];
  const at = (o: number): number => tokenIndex(doc, o);

  // Dates, with their first token and a mask of the tokens they cover.
  const inDate = new Uint8Array(toks.length);
  const datesBySentence = new Map<number, { date: DateMention; first: number }[]>();
  for (const date of inputs.dates) {
    const first = at(date.start);
    const last = at(Math.max(date.start, date.end - 1));
    for (let k = first; k <= last; k++) inDate[k] = 1;
    const s = toks[first]!.sentence;
    const list = datesBySentence.get(s) ?? [];
    list.push({ date, first });
    datesBySentence.set(s, list);
  }

  // Items by sentence: figures (not cumulative) and claims.
  type Item =
    | { kind: 'figure'; figure: CasualtyFigure; token: number }
    | { kind: 'claim'; claim: ResponsibilityClaim; token: number };
  const itemsBySentence = new Map<number, Item[]>();
  const push = (item: Item): void => {
    const s = toks[item.token]!.sentence;
    const list = itemsBySentence.get(s) ?? [];
    list.push(item);
    itemsBySentence.set(s, list);
  };
  for (const f of figures) if (f.scope === 'incident') push({ kind: 'figure', figure: f, token: at(f.start) });
  for (const c of claims) push({ kind: 'claim', claim: c, token: at(c.start) });

  const drafts: Draft[] = [];
  const home = new Map<CasualtyFigure | ResponsibilityClaim, Draft>();
  const headlineSegments: { seg: Segment; items: Item[] }[] = [];
  let current: Draft | null = null;
  let pending: Segment | null = null;

  const assign = (d: Draft, segs: readonly Segment[], items: readonly Item[]): void => {
    for (const seg of segs) {
      d.segments.push(seg);
      const ks = keysOf(doc, seg);
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
        home.set(it.figure, d);
      } else {
        d.claims.push(it.claim);
        home.set(it.claim, d);
      }
    }
  };

  // "the attack", "Saturday's bombing" in a sentence without figures: an event already told.
  const refersBack = (m: Mention): boolean => {
    if (!ATTACK_NOUNS.has(toks[m.end - 1]!.lower)) return false;
    const next = toks[m.first + 1]?.value;
    return BACK_REFERENCE.has(toks[m.first]!.lower) || next === "'s" || next === '’s';
  };
  const waiting: { seg: Segment; mention: Mention }[] = [];
  // What a referring-back phrase says of its event: the place right after it ("The blasts went off in the
  // Damascus suburb of …") and a date inside it or right after it ("Saturday's attack", "the attack on February 25").
  const nearPlaces = (seg: Segment, m: Mention): Place[] =>
    seg.places.filter((p) => p.first > m.end && p.first - m.end <= 3);
  const nearDates = (seg: Segment, m: Mention): DateMention[] =>
    seg.dates.filter((x) => {
      const k = at(x.start);
      return k >= m.first && k <= m.end + 6;
    });
  const attachBack = (d: Draft, seg: Segment, m: Mention): void => {
    d.mentions.push(m);
    const places = nearPlaces(seg, m);
    for (const place of places) d.places.push({ place, headline: seg.headline });
    if (d.keys.size === 0) {
      const ks = keysOf(doc, seg, places);
      for (const k of ks) d.keys.add(k);
      if (ks.length > 0) d.keySets.push(ks);
    }
    const ds = nearDates(seg, m);
    for (const date of ds) d.dates.push({ date, headline: seg.headline });
    d.day ??= dayOf(ds);
  };
  const referBack = (seg: Segment, m: Mention): void => {
    const keys = keysOf(doc, seg, nearPlaces(seg, m));
    const day = dayOf(nearDates(seg, m));
    const head = stem(toks[m.end - 1]!.lower);
    let d: Draft | undefined;
    if (keys.length > 0) {
      d = lastOf(drafts, (x) => samePlace(keys, x)) ?? drafts.find((x) => x.keys.size === 0);
    } else {
      d =
        (day === null ? undefined : lastOf(drafts, (x) => x.day === day)) ??
        lastOf(drafts, (x) => x.mentions.some((n) => stem(toks[n.end - 1]!.lower) === head)) ??
        drafts[0];
    }
    if (d === undefined) {
      if (drafts.length === 0) waiting.push({ seg, mention: m });
      return;
    }
    attachBack(d, seg, m);
  };

  // Dates an attack phrase carries: inside it ("the 1988 gas attack") or right after it ("the attack of March 2011").
  const attackDates = (seg: Segment): DateMention[] =>
    seg.dates.filter((x) => {
      const k = at(x.start);
      return seg.mentions.some((m) => (k >= m.first && k <= m.end) || (k === m.end + 1 && toks[m.end]!.pos === 'ADP'));
    });
  const publication = doc.publication.value;
  const choose = (segs: readonly Segment[], order: number): Draft => {
    const keys = segs.flatMap((s) => keysOf(doc, s));
    const marker = segs.some((s) => s.marker);
    const indefinite = segs.some((s) => s.mentions.some((m) => !m.definite));
    const day = segs.map((x) => dayOf(x.dates)).find((d) => d !== null) ?? null;
    // An attack told anew in another month or year ("a sarin gas attack in Ghouta in August 2013"), or
    // one an attack phrase dates to another year, however it is written ("the 1988 gas attack").
    const earlier =
      current !== null &&
      ((indefinite && segs.some((x) => otherPeriod(x.dates, current!, publication))) ||
        segs.some((x) => otherYear(attackDates(x), current!, publication)));
    // "Another car bomb in Homs", "earlier this week, a chemical attack hit …": another event, wherever.
    if (marker && indefinite) return newIncident(order);
    if (keys.length > 0) {
      // The latest incidents of that place (bounded, so that a page of a thousand places stays linear).
      for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_LOOKBACK; i--)
        if (samePlace(keys, drafts[i]!)) return drafts[i]!;
      // "the strike on Urum al-Joz": a phrase that refers back names a known event's place.
      const definite = segs.some((x) => x.mentions.length > 0) && !indefinite;
      if (
        current !== null &&
        (current.keys.size === 0 || definite) &&
        !earlier &&
        (day === null || current.day === null || day === current.day)
      )
        return current;
      return newIncident(order);
    }
    if (earlier) return newIncident(order);
    // "The heavy fighting claimed the lives of …" after a massacre: combat is another event than an attack.
    const heads = segs.flatMap((x) => x.mentions.map((m) => toks[m.end - 1]!.lower));
    if (
      current !== null &&
      heads.length > 0 &&
      heads.every((h) => COMBAT.has(h)) &&
      current.mentions.length > 0 &&
      !current.mentions.some((m) => COMBAT.has(toks[m.end - 1]!.lower))
    )
      return newIncident(order);
    const sameDay = day === null ? undefined : lastOf(drafts, (x) => x.day === day);
    if (sameDay !== undefined) return sameDay;
    if (current === null) return newIncident(order);
    if (day !== null && current.day !== null && day !== current.day) return newIncident(order);
    return current;
  };
  const newIncident = (order: number): Draft => {
    const d = newDraft(order);
    drafts.push(d);
    // Phrases that referred back before any figure ("the attack in Syria on February 25") are the first incident's.
    if (drafts.length === 1) for (const w of waiting.splice(0)) attachBack(d, w.seg, w.mention);
    return d;
  };

  for (const sent of doc.sentences) {
    // A body sentence may open with its dateline ("London, 27 Feb – The envoy said…"): judged by its last token.
    // Page furniture only counts for the items the caller kept there (every figure has its incident).
    const zone = doc.zoneAt(toks[sent.endToken - 1]!.start);
    const items = (itemsBySentence.get(sent.index) ?? []).sort((a, b) => a.token - b.token);
    if ((zone === 'boilerplate' || zone === 'dateline') && items.length === 0) continue;
    // A sentence with no figure or claim matters only when it tells of violence (an attack to refer
    // back to, a place to borrow): one Set lookup per token decides.
    if (items.length === 0 && !tellsOfViolence(toks, sent.firstToken, sent.endToken)) continue;
    const segs = segmentsOf(
      doc,
      sent.index,
      items.map((i) => i.token),
      datesBySentence.get(sent.index) ?? [],
      inDate,
    );
    for (const seg of segs) {
      const here = items.filter((i) => i.token >= seg.first && i.token < seg.end);
      const own = here.filter(
        (i) =>
          i.kind === 'figure' ||
          (i.claim.casualties.length === 0 && (seg.mentions.length > 0 || i.claim.event !== null)),
      );
      if (seg.headline) {
        headlineSegments.push({ seg, items: own });
        continue;
      }
      if (own.length === 0) {
        if (seg.mentions.length > 0 || (seg.violent && seg.places.some((p) => !p.country))) {
          pending = seg;
          for (const m of seg.mentions) if (refersBack(m)) referBack(seg, m);
        }
        continue;
      }
      const evidence: Segment[] = [seg];
      if (
        seg.places.length === 0 &&
        seg.mentions.length === 0 &&
        pending !== null &&
        sent.index - pending.sentence <= 1 &&
        doc.sentences[pending.sentence]!.paragraph === sent.paragraph
      ) {
        evidence.unshift(pending);
      }
      pending = null;
      // An event of another year recalled ("the 1988 gas attack") is not the one later sentences go on with.
      const recalled = current !== null && evidence.some((x) => otherYear(attackDates(x), current!, publication));
      const d = choose(evidence, seg.first);
      assign(d, evidence, own);
      if (!recalled) current = d;
    }
  }

  // Headline figures and claims: the incident of the same place, else the first one.
  for (const { seg, items } of headlineSegments) {
    if (items.length === 0) {
      if (seg.mentions.length > 0 && drafts.length > 0) for (const m of seg.mentions) drafts[0]!.mentions.push(m);
      continue;
    }
    const keys = keysOf(doc, seg);
    const d = drafts.find((x) => samePlace(keys, x)) ?? drafts[0] ?? newIncident(Number.MAX_SAFE_INTEGER);
    assign(d, [seg], items);
  }

  // Subsets go with the figure they divide; claims with the figures linked to them.
  const byOffsets = new Map(figures.map((p) => [`${p.start}:${p.end}`, p]));
  for (const f of figures) {
    if (f.partOf === null || !home.has(f)) continue;
    const parent = byOffsets.get(`${f.partOf.start}:${f.partOf.end}`);
    const to = parent === undefined ? undefined : home.get(parent);
    const from = home.get(f)!;
    if (to === undefined || to === from) continue;
    from.figures.splice(from.figures.indexOf(f), 1);
    to.figures.push(f);
    home.set(f, to);
  }
  for (const c of claims) {
    if (home.has(c)) continue;
    const d = c.casualties.map((f) => home.get(f)).find((x) => x !== undefined);
    if (d !== undefined) {
      d.claims.push(c);
      home.set(c, d);
    }
  }

  const headlineEnd = doc.headline?.end ?? 0;
  return drafts
    .filter((d) => d.figures.length > 0 || d.claims.length > 0)
    .sort((a, b) => a.order - b.order)
    .map((d, i) => build(doc, d, i, headlineEnd));
}

/** The public incident of a draft. */
function build(doc: Document, d: Draft, i: number, headlineEnd: number): Incident {
  const mentions = uniqueSpans(d.mentions.map((m) => doc.tokenSpan(m.first, m.end)));
  const casualties = [...d.figures].sort((a, b) => a.start - b.start);
  const claims = [...d.claims].sort((a, b) => a.start - b.start);
  // Date and place: body before headline, then text order; a named place before a country.
  const dates = [...d.dates].sort((a, b) => Number(a.headline) - Number(b.headline) || a.date.start - b.date.start);
  const places = [...d.places].sort(
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
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}
