/**
 * Public output types of newsfacts. Field names and values follow the
 * project's annotation guidelines (ANNOTATION.md): every item carries
 * `start`, `end` (UTF-16 offsets into the caller's input, `end` exclusive)
 * and `text === input.slice(start, end)`.
 *
 * @module
 */

/**
 * A stretch of the caller's input.
 *
 * @example
 * ```ts
 * const span: Span = { start: 4, end: 9, text: 'Kerry' };
 * // input.slice(span.start, span.end) === span.text
 * ```
 */
export interface Span {
  /** UTF-16 offset of the first character, into the exact input string. */
  start: number;
  /** UTF-16 offset one past the last character (exclusive). */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

/**
 * Fields every extracted item shares besides its span.
 *
 * @example
 * ```ts
 * const base: ItemBase = { start: 0, end: 5, text: 'Dozens', boilerplate: false };
 * ```
 */
export interface ItemBase extends Span {
  /**
   * `true` when the item lies in page furniture (navigation, "Latest news",
   * related-story teasers…). Such items are only returned when the caller
   * asked for them with `includeBoilerplate: true`.
   */
  boilerplate: boolean;
}

// ───────────────────────────── document ─────────────────────────────

/**
 * The kinds of zone a page is divided into.
 *
 * - `headline`: the article's own title;
 * - `dateline`: the place/date line that opens the article (`London, 27 Feb –`)
 *   or a timestamp line (`01/02/2016 21:15 by admin`);
 * - `body`: the article text;
 * - `boilerplate`: page furniture — navigation, archive banners, subscription
 *   prompts, "Latest news", "More from this author", related-story teasers.
 *
 * @example
 * ```ts
 * const kind: ZoneKind = 'boilerplate';
 * ```
 */
export type ZoneKind = 'headline' | 'dateline' | 'body' | 'boilerplate';

/**
 * A contiguous zone of the input.
 *
 * @example
 * ```ts
 * const zone: Zone = { kind: 'headline', start: 0, end: 43, text: 'Syria Regime ‘At Talks To Buy Time To Kill’' };
 * ```
 */
export interface Zone extends Span {
  /** What the zone is. */
  kind: ZoneKind;
}

/**
 * Where the publication date came from: the caller's option, or inferred from
 * a dateline, a timestamp line, or a dated URL (the caller's `url` option or a
 * URL printed in the page); `none` when nothing anchors the document.
 *
 * @example
 * ```ts
 * const source: PublicationSource = 'timestamp';
 * ```
 */
export type PublicationSource = 'option' | 'dateline' | 'timestamp' | 'url' | 'none';

/**
 * How an ambiguous numeric date (`01/02/2016`) was read.
 *
 * @example
 * ```ts
 * const order: DateOrder = 'day-first'; // 01/02/2016 → 1 February 2016
 * ```
 */
export type DateOrder = 'day-first' | 'month-first';

/**
 * How to read a numeric `publishedAt` (`10/7/2016`): day, month, year (`'dmy'`,
 * 10 July) or month, day, year (`'mdy'`, 7 October).
 *
 * @example
 * ```ts
 * extract(text, { publishedAt: '10/7/2016', dateOrder: 'mdy' }).document.publication.value; // '2016-10-07'
 * ```
 */
export type NumericDateOrder = 'dmy' | 'mdy';

/**
 * The publication date used to resolve relative expressions, and its provenance.
 *
 * @example
 * ```ts
 * const p: Publication = {
 *   value: '2016-02-01T21:15',
 *   source: 'timestamp',
 *   evidence: { start: 85, end: 101, text: '01/02/2016 21:15' },
 *   order: 'day-first',
 * };
 * ```
 */
export interface Publication {
  /**
   * ISO 8601 / TIMEX3 value with only the granularity known: `2017-02-25`,
   * `2016-02-01T21:15`, or underspecified `XXXX-02-27` when the year is
   * unknown; `null` when there is no anchor (`source: 'none'`).
   */
  value: string | null;
  /** Where `value` came from. */
  source: PublicationSource;
  /** The text the date was read from (`null` for `option`, `none`, and a caller's `url`). */
  evidence: Span | null;
  /** For a numeric date with both readings possible, the reading chosen; else `null`. */
  order: DateOrder | null;
}

/**
 * What the library learnt about the document as a whole.
 *
 * @example
 * ```ts
 * const { document } = extract(text, { publishedAt: '2017-02-25' });
 * document.publication; // { value: '2017-02-25', source: 'option', evidence: null, order: null }
 * document.headline?.text; // 'Dozens killed in attacks on security offices in Syria …'
 * ```
 */
export interface DocumentInfo {
  /** The publication date used to resolve dates, and where it came from. */
  publication: Publication;
  /** The headline, when the page has one. */
  headline: Span | null;
  /** The page's zones in document order; together they cover every non-blank line. */
  zones: Zone[];
}

// ───────────────────────────── quotes ─────────────────────────────

/**
 * `direct`: verbatim words in quotation marks; `indirect`: reported speech;
 * `mixed`: reported speech carrying verbatim fragments.
 *
 * @example
 * ```ts
 * const kind: QuoteKind = 'mixed'; // Moscow has said a real chance for peace "must not be missed"
 * ```
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * How a reference to an entity was resolved at its place: named there
 * (`name`), through a pronoun (`pronoun`), a description with no name
 * (`description`), or carried over from the previous quote (`continuation`).
 *
 * @example
 * ```ts
 * const how: Resolution = 'pronoun'; // "…," he said.
 * ```
 */
export type Resolution = 'name' | 'pronoun' | 'description' | 'continuation';

/**
 * What sort of referent an entity is: a person, an organisation (a ministry,
 * an NGO, a monitor), a state or its government and forces, an armed group, a
 * news medium, a description of people with no name (`activists`, `a Western
 * diplomat`), or a document that speaks for its author.
 *
 * @example
 * ```ts
 * const kind: EntityKind = 'armed-group'; // Islamic State, the FMLN
 * ```
 */
export type EntityKind = 'person' | 'organisation' | 'state' | 'armed-group' | 'media' | 'description' | 'document';

/**
 * One referent of the article — everyone who speaks, reports, acts or is
 * blamed — with every mention, merged aliases and spelling variants
 * (`Rami Abdulrahman` / `Rami Abdel Rahman`; `Syrian Observatory` /
 * `SOHR` / `the Observatory`), and role and organisation when the text gives
 * them. Quote speakers, claim actors and sources and casualty sources point at
 * it through {@link EntityRef.entity}.
 *
 * @example
 * ```ts
 * const { entities } = extract('UN mediator Staffan de Mistura arrived. De Mistura said talks would resume.');
 * entities[0];
 * // { id: 'e1', name: 'Staffan de Mistura', kind: 'person', aliases: ['Staffan de Mistura', 'De Mistura'],
 * //   role: 'UN mediator', organisation: null,
 * //   mentions: [{ start: 12, end: 30, text: 'Staffan de Mistura' }, { start: 40, end: 50, text: 'De Mistura' }] }
 * ```
 */
export interface Entity {
  /** Unique within one result (`e1`, `e2`…); what {@link EntityRef.entity} points at. */
  id: string;
  /** Canonical name: the fullest form of a person's name, a known actor's canonical name, or the description. */
  name: string;
  /** What sort of referent it is. */
  kind: EntityKind;
  /** Every distinct form that names it in the article, fullest first. */
  aliases: string[];
  /** Role or title when the text gives one (`UN mediator`; two joined by `; `). */
  role: string | null;
  /** The body the entity speaks for when the text gives it. */
  organisation: string | null;
  /** Every mention (names, descriptions, and the pronouns and phrases results resolved to it), in text order. */
  mentions: Span[];
}

/**
 * "Who" at one place of the text: the speaker of a quote, the actor or source
 * of a claim, the source of a casualty figure. One shape everywhere, pointing
 * at its {@link Entity} by `id`; an unresolved "who" is `null`, never a string.
 *
 * @example
 * ```ts
 * const speaker: EntityRef = {
 *   entity: 'e1',
 *   name: 'Staffan de Mistura',
 *   kind: 'person',
 *   mention: { start: 1012, end: 1014, text: 'he' },
 *   role: 'UN mediator',
 *   organisation: 'United Nations',
 *   resolvedBy: 'pronoun',
 * };
 * ```
 */
export interface EntityRef {
  /** The `id` of the entity in {@link Extraction.entities}. */
  entity: string;
  /** The entity's canonical name (the same as `entities[…].name`). */
  name: string;
  /** The entity's kind. */
  kind: EntityKind;
  /** The mention that names it at this place (`he`, `De Mistura`, `Activists`). */
  mention: Span | null;
  /** Role or title at this place, else the entity's (`lead negotiator`, `spokeswoman`). */
  role: string | null;
  /** Organisation at this place, else the entity's (`High Negotiations Committee`). */
  organisation: string | null;
  /** How the reference was resolved here. */
  resolvedBy: Resolution;
}

/**
 * The speech cue that introduces a quote.
 *
 * @example
 * ```ts
 * const cue: Cue = { start: 80, end: 84, text: 'told', lemma: 'tell' };
 * ```
 */
export interface Cue extends Span {
  /** Dictionary form of the cue (`say`, `tell`, `according to`). */
  lemma: string;
}

/**
 * Something a source is presented as having said or written.
 *
 * @example
 * ```ts
 * const [q] = extract('"We don\'t deal with terrorists," Jaafari said.').quotes;
 * // q.kind === 'direct'; q.text === "We don't deal with terrorists,"; q.speaker?.name === 'Jaafari'
 * ```
 */
export interface Quote extends ItemBase {
  /** Direct, indirect or mixed. */
  kind: QuoteKind;
  /** Who said it, or `null` when the document never says. */
  speaker: EntityRef | null;
  /** The cue word(s), or `null` for a cue-less continuation. */
  cue: Cue | null;
  /** 0–1: how sure the extractor is that this is a quote with this speaker. */
  confidence: number;
}

// ───────────────────────────── casualties ─────────────────────────────

/**
 * What happened to the people counted.
 *
 * @example
 * ```ts
 * const outcome: CasualtyOutcome = 'injured'; // wounded, hurt
 * ```
 */
export type CasualtyOutcome = 'killed' | 'injured' | 'missing' | 'abducted';

/**
 * `incident`: one event's toll; `cumulative`: a running total over a war, a campaign or a
 * period, or a round-up: a headline or lead toll that adds up the attacks the article tells
 * after it (`Five killed in shelling of two towns` when the body tells 3 killed in one town
 * and 2 in another). A cumulative figure is in no incident.
 *
 * @example
 * ```ts
 * const scope: CasualtyScope = 'cumulative'; // a war that has killed more than 260 000 people
 * ```
 */
export type CasualtyScope = 'incident' | 'cumulative';

/**
 * A normalised count. `min`/`max` are integers or `null` for an open bound.
 *
 * @example
 * ```ts
 * const atLeast31: Count = { min: 31, max: null, exact: false, approximate: false };
 * const dozens: Count = { min: 24, max: null, exact: false, approximate: false };
 * ```
 */
export interface Count {
  /** Lower bound, or `null` when open (`up to 40`). */
  min: number | null;
  /** Upper bound, or `null` when open (`at least 31`, `dozens`). */
  max: number | null;
  /** `true` when min = max. */
  exact: boolean;
  /** `true` for hedged numbers (`about 40`, `some 200`). */
  approximate: boolean;
}

/**
 * A count of people killed, injured, missing or abducted.
 *
 * @example
 * ```ts
 * const [f] = extract('The blast killed at least 31 civilians, police said.').casualties;
 * // f.outcome === 'killed'; f.count.min === 31; f.count.max === null; f.victims === 'civilians'
 * ```
 */
export interface CasualtyFigure extends ItemBase {
  /** Killed, injured, missing or abducted. */
  outcome: CasualtyOutcome;
  /** The normalised count. */
  count: Count;
  /** The counted noun phrase (`people`, `pro-government Shiite fighters`), or `null`. */
  victims: string | null;
  /** Incident toll or cumulative total. */
  scope: CasualtyScope;
  /** Who reports the figure (the `Syrian Observatory for Human Rights`), or `null` when the sentence names no one. */
  source: EntityRef | null;
  /**
   * For a subset, the span of the figure it is a part of (`including 25 fighters`
   * → `over 70 people`; `two of them children` → `Four people`); else `null`.
   * Companions (`along with 12 others`) are not parts: they add to the count.
   */
  partOf: Span | null;
  /**
   * 0–1: how sure the extractor is that this phrase counts people with this
   * outcome and count. Highest for a number with its victims next to an outcome
   * verb (`killed 12 people`); lower for a figure with no victim noun (`wounded
   * 71`), a vague quantity (`dozens`), a single person without a number (`the
   * slain lawyer`), a headline, a figure reached across a relative clause or a
   * toll phrase.
   */
  confidence: number;
}

// ───────────────────────────── claims ─────────────────────────────

/**
 * How an actor is tied to an attack.
 *
 * @example
 * ```ts
 * const status: ClaimStatus = 'hedged'; // celebrated… but stopped short of claiming
 * ```
 */
export type ClaimStatus = 'claimed' | 'hedged' | 'denied' | 'attributed' | 'unclaimed';

/**
 * A statement that someone is, or is said to be, behind an attack.
 *
 * @example
 * ```ts
 * const [c] = extract('Islamic State claimed responsibility for the bombing.').claims;
 * // c.status === 'claimed'; c.actor?.name === 'Islamic State'; c.event?.text === 'the bombing'
 * ```
 */
export interface ResponsibilityClaim extends ItemBase {
  /** Who claimed, denied, hedged or was blamed; `null` for `unclaimed`. */
  actor: EntityRef | null;
  /** Claimed, hedged, denied, attributed or unclaimed. */
  status: ClaimStatus;
  /** The attack phrase the claim concerns, when named. */
  event: Span | null;
  /** Who reports an attribution, when it is not the actor itself; `null` when the article states it. */
  source: EntityRef | null;
  /** Casualty figures of the same event found in the same or the next sentence. */
  casualties: CasualtyFigure[];
  /**
   * 0–1: how sure the extractor is of this claim — highest for the actor's own
   * claim or denial words (≈ 0.9), then blame and accusation words (≈ 0.8),
   * by-phrases and perpetration verbs (≈ 0.75), a state named by its adjective
   * or an actor-verb clause (≈ 0.65–0.7); lower when the actor is a pronoun, a
   * plain description (`rebels`) or a state resolved from context (`the regime`).
   */
  confidence: number;
}

// ───────────────────────────── dates ─────────────────────────────

/**
 * TIMEX3 types.
 *
 * @example
 * ```ts
 * const type: TimexType = 'DURATION'; // six months of talks → P6M
 * ```
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * A temporal expression normalised to a TIMEX3 value.
 *
 * @example
 * ```ts
 * const [d] = extract('The talks began on Friday.', { publishedAt: '2016-02-01' }).dates;
 * // d.text === 'Friday'; d.type === 'DATE'; d.value === '2016-01-29'
 * ```
 */
export interface DateMention extends ItemBase {
  /** DATE, TIME, DURATION or SET. */
  type: TimexType;
  /**
   * The TIMEX3 value (`2017-02-25`, `2013-W12`, `P6M`, `PRESENT_REF`,
   * `XXXX-12-18`), or `null` when nothing anchors it.
   */
  value: string | null;
}

// ───────────────────────────── incidents ─────────────────────────────

/**
 * One reconciled value of an incident's toll: the number, the figures it was
 * read from (the same objects as in {@link Extraction.casualties}; more than one
 * when coordinated counts add up, `a senior officer and at least 31 others` →
 * 32, or when several reports state the same number) and the sources of those
 * figures (distinct entities; empty when the article gives the figure in its
 * own voice).
 *
 * @example
 * ```ts
 * const low: TollValue = { value: 71, figures: [overSeventyPeople], sources: [observatoryRef] };
 * ```
 */
export interface TollValue {
  /** The number of people. */
  value: number;
  /** The figures behind the value, in text order. */
  figures: CasualtyFigure[];
  /** Who reports those figures (one entry per entity), in text order. */
  sources: EntityRef[];
}

/**
 * An incident's figures for one outcome, reconciled the way conflict datasets do
 * (UCDP's low / best / high; ACLED's "most conservative figure" is `low`).
 * Candidates are the incident's figures of that outcome that are not a part of
 * another figure ({@link CasualtyFigure.partOf}); counts coordinated in one
 * phrase (`a senior officer and at least 31 others`, `two soldiers and three
 * police`) add up to one candidate. A candidate's stated number is its lower
 * bound (`at least 31` → 31, `over 76` → 77, `dozens` → 24), or its upper bound
 * when it has none (`up to 40` → 40).
 *
 * - `low`: the smallest stated number;
 * - `high`: the largest number stated, counting upper bounds (`between 10 and 15` → 15);
 * - `best`: the latest update of the toll in the body (`the toll rose to 19`), which
 *   supersedes the counts before it; else the stated number of the most specific
 *   candidate (exact count, then an
 *   approximate count or a closed range, then `at least N` / `over N`, then an
 *   upper bound only, then a vague quantity such as `dozens`); among equally
 *   specific ones, the number the article states most often (the headline's toll
 *   the lead repeats is its own report; another source's count told once, such as
 *   `committees put the toll higher, at 34`, is an alternative), then the one with
 *   a named source, then one outside the headline, then the largest (the latest
 *   toll of a developing story is usually the highest).
 *
 * A count of the attackers (`three attackers were shot dead`) is a candidate only
 * when the incident counts no one else. A headline or lead toll that adds up
 * several attacks told after it (`Five killed` when the body tells 3 killed in one
 * town and 2 in another) is no candidate of any incident: it is marked
 * `cumulative` ({@link CasualtyScope}) and each attack's toll is reconciled from
 * its own figures, so no one is counted twice.
 *
 * @example
 * ```ts
 * const toll: Toll = {
 *   low: { value: 71, figures: [overSeventy], sources: [observatory] },
 *   best: { value: 71, figures: [overSeventy], sources: [observatory] },
 *   high: { value: 77, figures: [overSeventySix], sources: [] },
 * };
 * ```
 */
export interface Toll {
  /** The most conservative figure stated. */
  low: TollValue;
  /** The figure of the most specific, best-sourced report. */
  best: TollValue;
  /** The largest figure stated. */
  high: TollValue;
}

/**
 * What one article says about one violent event (ANNOTATION.md §5): the phrases
 * that name it, its date and place, the claims about who did it, its casualty
 * figures and, per outcome, their reconciled toll.
 *
 * Figures and claims are the same objects as in {@link Extraction.casualties}
 * and {@link Extraction.claims} (`result.casualties.includes(incident.casualties[0])`);
 * in JSON they are copies, identified by their `start`/`end` offsets. Each
 * incident-scope figure belongs to exactly one incident; cumulative tolls
 * (`a war that has killed 260 000`, a period's round-up of several attacks, a lead's sum of
 * the attacks told after it) to none. A subset (`including 25 fighters`)
 * is in the incident of the figure it divides, and says so in its `partOf`.
 * Incidents are opened by figures and by claims; an attack named with no figure
 * and no claim (`airstrikes on the town`) opens none.
 *
 * @example
 * ```ts
 * const [i] = extract('A car bomb killed 12 people in the town of Azaz on Sunday. Police said the blast wounded 30.', {
 *   publishedAt: '2018-03-05',
 * }).incidents;
 * i.mentions.map((m) => m.text); // ['A car bomb', 'the blast']
 * i.place?.text; // 'the town of Azaz'
 * i.date?.value; // '2018-03-04'
 * i.tolls.killed?.best.value; // 12
 * i.tolls.injured?.best.value; // 30
 * ```
 */
export interface Incident {
  /** Unique within one result (`i1`, `i2`…), in order of first mention in the body. */
  id: string;
  /** The phrases that name the event (`a car bomb`, `the blast`, `Saturday's attack`), in text order. */
  mentions: Span[];
  /** A date the text ties to the event (the same object as in {@link Extraction.dates}), or `null`. */
  date: DateMention | null;
  /** The event's place as written (`the town of Azaz`, `Douma`), or `null`. */
  place: Span | null;
  /** Claims and attributions of responsibility for the event (same objects as {@link Extraction.claims}). */
  claims: ResponsibilityClaim[];
  /** The event's casualty figures, repeats and subsets included (same objects as {@link Extraction.casualties}). */
  casualties: CasualtyFigure[];
  /** Per outcome with at least one figure, the reconciled low / best / high. */
  tolls: Partial<Record<CasualtyOutcome, Toll>>;
}

// ───────────────────────────── extraction ─────────────────────────────

/**
 * Everything found in one article.
 *
 * @example
 * ```ts
 * const result: Extraction = extract(text, { publishedAt: '2017-02-25' });
 * result.quotes.length; result.casualties[0]?.count; result.dates[0]?.value;
 * ```
 */
export interface Extraction {
  /** Document-level information: publication date, headline, zones. */
  document: DocumentInfo;
  /** Direct, indirect and mixed quotes with speakers. */
  quotes: Quote[];
  /** Counts of people killed, injured, missing or abducted. */
  casualties: CasualtyFigure[];
  /** Claims of, and attributions of, responsibility for attacks. */
  claims: ResponsibilityClaim[];
  /** Temporal expressions with TIMEX3 values. */
  dates: DateMention[];
  /** Every referent of the article; speakers, actors and sources point at these by `id`. */
  entities: Entity[];
  /** The violent events of the article, each with its figures, claims, date, place and reconciled toll. */
  incidents: Incident[];
}

/**
 * Options for {@link extract} and {@link parse}.
 *
 * @example
 * ```ts
 * const options: ExtractOptions = { publishedAt: '2017-02-25', url: 'https://example.com/2017/feb/25/x' };
 * ```
 */
export interface ExtractOptions {
  /**
   * The publication date: a `Date`, an ISO 8601 string (`2017-02-25`,
   * `2016-02-01T21:15`, `2016-02-01T21:15:00Z`), or a numeric date
   * (`10/7/2016`, `10.7.2016 21:15`) read in `dateOrder`. When absent it is
   * inferred from the text or `url`.
   */
  publishedAt?: Date | string;
  /**
   * How to read a numeric `publishedAt`: `'dmy'` (`10/7/2016` = 10 July) or
   * `'mdy'` (7 October). Required when the date reads both ways; a `RangeError`
   * naming this option says so. Dates in the text are read by the page's own
   * evidence, not by this option.
   */
  dateOrder?: NumericDateOrder;
  /** The article's URL; a dated path (`/2017/feb/25/`) anchors the publication date. */
  url?: string;
  /** Also return items found in boilerplate (flagged `boilerplate: true`). Default `false`. */
  includeBoilerplate?: boolean;
}
