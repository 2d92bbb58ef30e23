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
 * `incident`: one event's toll; `cumulative`: a running total over a war or campaign.
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
   * The publication date: a `Date`, or an ISO 8601 string (`2017-02-25`,
   * `2016-02-01T21:15`). When absent it is inferred from the text or `url`.
   */
  publishedAt?: Date | string;
  /** The article's URL; a dated path (`/2017/feb/25/`) anchors the publication date. */
  url?: string;
  /** Also return items found in boilerplate (flagged `boilerplate: true`). Default `false`. */
  includeBoilerplate?: boolean;
}
