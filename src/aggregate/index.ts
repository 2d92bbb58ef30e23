/**
 * `aggregate()`: what many articles say, joined. One entity per person or
 * group across articles (spelling variants and short forms of a name merge:
 * `Bashar al-Ja'afari` = `Bashar Ja'afari` = `Bashar al-Jaafari` = `Jaafari`),
 * and one event per violent event, joining the articles' incidents (same kind,
 * compatible place, same resolved date), with per outcome a reconciled
 * low / best / high that lists every article and source behind each value
 * (ANNOTATION.md §5).
 *
 * It reads results only (below the extractors and `incidents/`): the input is
 * what `extract()` returned for each article, or the lines of
 * `newsfacts extract --format jsonl`.
 *
 * @module
 */
import { aliasKey } from '../entities/alias.js';
import type {
  CasualtyOutcome,
  ClaimStatus,
  EntityKind,
  EntityRef,
  Extraction,
  Incident,
  ResponsibilityClaim,
} from '../types.js';
import { GENERIC_EVENT_KIND, kindOfWord } from '../lexicon/en/index.js';

/**
 * One article's results, as `aggregate()` takes them: an `Extraction` and a
 * name for the article (a file name, a URL, an id). The JSONL lines of
 * `newsfacts extract` have the name as `file`.
 *
 * @example
 * ```ts
 * const article: ArticleResult = { id: 'reuters-0412.txt', extraction: extract(text) };
 * ```
 */
export interface ArticleResult {
  /** The article's name, unique among the inputs. */
  readonly id: string;
  /** What `extract()` returned for it (`incidents` may be absent: it then gives no events). */
  readonly extraction: Pick<Extraction, 'document' | 'entities' | 'claims'> & Partial<Pick<Extraction, 'incidents'>>;
}

/**
 * Where one article mentions an entity: the article and the entity's id in its result.
 *
 * @example
 * ```ts
 * const at: EntityInArticle = { article: 'a.txt', entity: 'e3', name: 'Jaafari' };
 * ```
 */
export interface EntityInArticle {
  /** The article's name. */
  article: string;
  /** The entity's id in that article's `entities`. */
  entity: string;
  /** Its name in that article. */
  name: string;
}

/**
 * One person, body or group across all the articles.
 *
 * @example
 * ```ts
 * const e: AggregateEntity = {
 *   id: 'E1', name: "Bashar al-Ja'afari", kind: 'person',
 *   aliases: ["Bashar al-Ja'afari", 'Bashar al-Jaafari', 'Jaafari'],
 *   articles: [{ article: '000.txt', entity: 'e4', name: "Bashar al-Ja'afari" }, { article: '004.txt', entity: 'e2', name: 'Jaafari' }],
 * };
 * ```
 */
export interface AggregateEntity {
  /** Unique in the aggregate (`E1`, `E2`…). */
  id: string;
  /** The fullest name any article gives. */
  name: string;
  /** Its kind (the most frequent among the articles). */
  kind: EntityKind;
  /** Every form of the name across the articles, fullest first. */
  aliases: string[];
  /** Each article's entity that is this one. */
  articles: EntityInArticle[];
}

/**
 * One figure behind a reconciled value, with the article and the source that give it.
 *
 * @example
 * ```ts
 * const f: EventFigure = { article: '003.txt', incident: 'i1', start: 640, end: 658, text: 'at least 31 others', value: 32, source: 'E7' };
 * ```
 */
export interface EventFigure {
  /** The article's name. */
  article: string;
  /** The incident's id in that article. */
  incident: string;
  /** Offsets of the (first) figure in that article. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The figure's text. */
  text: string;
  /** The number that article's incident reconciled to. */
  value: number;
  /** The aggregate entity id of the figure's source, or `null` when the article states it. */
  source: string | null;
}

/**
 * A reconciled value across articles: the number and every article's figure that gives it.
 *
 * @example
 * ```ts
 * const v: EventTollValue = { value: 32, figures: [{ article: '003.txt', incident: 'i1', start: 640, end: 658, text: 'at least 31 others', value: 32, source: null }] };
 * ```
 */
export interface EventTollValue {
  /** The number of people. */
  value: number;
  /** The articles' figures with that number. */
  figures: EventFigure[];
}

/**
 * One outcome of an event reconciled across articles (UCDP's low / best / high):
 * `low` is the smallest of the articles' own `low` values, `high` the largest
 * of their `high` values, and `best` the most frequent of the articles' `best`
 * values, ties going to the one with a named source, then to the larger (the
 * later toll of a developing story is usually the higher).
 *
 * @example
 * ```ts
 * const t: EventToll = { low: v31, best: v32, high: v32 };
 * ```
 */
export interface EventToll {
  /** The most conservative figure any article states. */
  low: EventTollValue;
  /** The figure most articles agree on. */
  best: EventTollValue;
  /** The largest figure any article states. */
  high: EventTollValue;
}

/**
 * One article's incident within an event.
 *
 * @example
 * ```ts
 * const at: EventIncident = { article: '003.txt', incident: 'i1' };
 * ```
 */
export interface EventIncident {
  /** The article's name. */
  article: string;
  /** The incident's id in that article's `incidents`. */
  incident: string;
}

/**
 * A claim about an event, as one article reports it.
 *
 * @example
 * ```ts
 * const c: EventClaim = { article: '003.txt', status: 'claimed', actor: 'E9', actorName: 'Tahrir al-Sham', source: null, text: '…' };
 * ```
 */
export interface EventClaim {
  /** The article's name. */
  article: string;
  /** Claimed, hedged, denied, attributed or unclaimed. */
  status: ClaimStatus;
  /** The aggregate entity id of the actor, or `null` for `unclaimed`. */
  actor: string | null;
  /** The actor's name. */
  actorName: string | null;
  /** The aggregate entity id of who reports it, or `null`. */
  source: string | null;
  /** The claim's text in the article. */
  text: string;
}

/**
 * One violent event across articles: the incidents that are the same event,
 * its date, kind and place, the claims and the reconciled tolls.
 *
 * @example
 * ```ts
 * const [event] = aggregate(results).events;
 * event.date; // '2017-02-25'
 * event.tolls.killed?.best.value; // 32
 * event.incidents.map((i) => i.article); // ['000.txt', '003.txt']
 * ```
 */
export interface AggregateEvent {
  /** Unique in the aggregate (`V1`, `V2`…), in date order. */
  id: string;
  /** The resolved day (`2017-02-25`) or coarser value the incidents give, or `null`. */
  date: string | null;
  /** The kind of event from the words naming it (`bombing`, `air strike`…), or `null`. */
  kind: string | null;
  /** The place as the articles write it (the most specific form), or `null`. */
  place: string | null;
  /** The incidents joined, one or more per article. */
  incidents: EventIncident[];
  /** Every claim about the event, per article. */
  claims: EventClaim[];
  /** Per outcome with figures, the reconciled low / best / high. */
  tolls: Partial<Record<CasualtyOutcome, EventToll>>;
  /** The articles that report it. */
  articles: string[];
}

/**
 * What `aggregate()` returns.
 *
 * @example
 * ```ts
 * const { entities, events } = aggregate(results);
 * ```
 */
export interface Aggregate {
  /** One entity per person, body or group across the articles. */
  entities: AggregateEntity[];
  /** One event per violent event across the articles. */
  events: AggregateEvent[];
}

// ───────────────────────────── entities ─────────────────────────────

interface Cluster {
  keys: Set<string>;
  names: Map<string, number>;
  kinds: Map<EntityKind, number>;
  articles: EntityInArticle[];
}

const lastWordKey = (name: string): string => {
  const ws = name.split(/[\s]+/).filter(Boolean);
  return ws.length === 0 ? '' : aliasKey(ws[ws.length - 1]!);
};

function entityClusters(articles: readonly ArticleResult[]): {
  list: Cluster[];
  of: Map<string, Map<string, Cluster>>;
} {
  const list: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const of = new Map<string, Map<string, Cluster>>();
  const join = (into: Cluster, from: Cluster): void => {
    if (into === from) return;
    for (const k of from.keys) (into.keys.add(k), byKey.set(k, into));
    for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
    for (const [n, c] of from.kinds) into.kinds.set(n, (into.kinds.get(n) ?? 0) + c);
    into.articles.push(...from.articles);
    list.splice(list.indexOf(from), 1);
    for (const m of of.values()) for (const [id, c] of m) if (c === from) m.set(id, into);
  };
  for (const a of articles) {
    const local = new Map<string, Cluster>();
    of.set(a.id, local);
    for (const e of a.extraction.entities ?? []) {
      const keys = [e.name, ...e.aliases].map(aliasKey).filter((k) => k.length > 0);
      let c: Cluster | undefined;
      // Descriptions ("officials", "activists") are not one referent across articles.
      if (e.kind !== 'description') for (const k of keys) c ??= byKey.get(k);
      if (c === undefined) {
        c = { keys: new Set(), names: new Map(), kinds: new Map(), articles: [] };
        list.push(c);
      }
      if (e.kind !== 'description') for (const k of keys) if (!byKey.has(k)) byKey.set(k, c);
      for (const k of keys) c.keys.add(k);
      for (const n of [e.name, ...e.aliases]) c.names.set(n, (c.names.get(n) ?? 0) + 1);
      c.kinds.set(e.kind, (c.kinds.get(e.kind) ?? 0) + 1);
      c.articles.push({ article: a.id, entity: e.id, name: e.name });
      local.set(e.id, c);
    }
  }
  // A bare surname ("Jaafari") is the one person whose full name ends with it.
  const people = list.filter((c) => topKind(c) === 'person');
  for (const c of [...people]) {
    if (!list.includes(c) || [...c.names.keys()].some((n) => n.trim().includes(' '))) continue;
    const key = lastWordKey(fullest(c));
    const owners = people.filter(
      (o) => o !== c && list.includes(o) && [...o.names.keys()].some((n) => n.includes(' ') && lastWordKey(n) === key),
    );
    if (owners.length === 1) join(owners[0]!, c);
  }
  return { list, of };
}

function fullest(c: Cluster): string {
  let best = '';
  for (const n of c.names.keys()) if (n.length > best.length) best = n;
  return best;
}

function topKind(c: Cluster): EntityKind {
  let best: EntityKind = 'description';
  let n = -1;
  for (const [k, m] of c.kinds) if (m > n) [best, n] = [k, m];
  return best;
}

// ───────────────────────────── events ─────────────────────────────

const GENERIC = GENERIC_EVENT_KIND;

/**
 * The kinds of event an incident's phrases name, each with how many words name
 * it (`suicide bombing`, `the blasts`, `gunfire` → bombing 2, shooting 1); the
 * generic kind (`the attack`) only when no specific one is named.
 */
function kindsOf(i: Incident): Map<string, number> {
  const kinds = new Map<string, number>();
  let generic = 0;
  for (const m of i.mentions) {
    for (const w of m.text.toLowerCase().split(/[^a-z-]+/)) {
      if (w === '') continue;
      const hit = kindOfWord(w);
      if (hit === GENERIC) generic++;
      else if (hit !== null) kinds.set(hit, (kinds.get(hit) ?? 0) + 1);
    }
  }
  if (kinds.size === 0 && generic > 0) kinds.set(GENERIC, generic);
  return kinds;
}

/** The kind most words name. */
function mainKind(kinds: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of kinds) if (c > n) [best, n] = [k, c];
  return best;
}

/** The capitalised words of a place as written (`the central city of Homs` → `homs`). */
function placeWords(place: string | null): Set<string> {
  const out = new Set<string>();
  if (place === null) return out;
  for (const w of place.split(/[\s,]+/)) if (/^\p{Lu}/u.test(w)) out.add(aliasKey(w));
  out.delete('');
  return out;
}

interface Node {
  article: string;
  published: string | null;
  incident: Incident;
  kinds: Map<string, number>;
  date: string | null;
  place: Set<string>;
}

/** Kinds agree when either side names none or only the generic kind, or both name one kind in common. */
function compatibleKind(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size === 0 || b.size === 0 || a.has(GENERIC) || b.has(GENERIC)) return true;
  for (const k of a.keys()) if (b.has(k)) return true;
  return false;
}

function samePlace(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** Whole days between two ISO dates (`null` when either is not a day). */
function dayGap(a: string | null, b: string | null): number | null {
  if (a === null || b === null || !/^\d{4}-\d{2}-\d{2}/.test(a) || !/^\d{4}-\d{2}-\d{2}/.test(b)) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * Whether two incidents of different articles are the same event: compatible
 * kinds, and either the same resolved day with places that do not disagree, or
 * (when one has no date) a shared place word in articles published within two days.
 */
function sameEvent(x: Node, y: Node): boolean {
  if (!compatibleKind(x.kinds, y.kinds)) return false;
  const placesKnown = x.place.size > 0 && y.place.size > 0;
  if (placesKnown && !samePlace(x.place, y.place)) return false;
  if (x.date !== null && y.date !== null) return x.date.slice(0, 10) === y.date.slice(0, 10);
  const gap = dayGap(x.published, y.published);
  return placesKnown && gap !== null && gap <= 2;
}

// ───────────────────────────── aggregate ─────────────────────────────

/**
 * Joins many articles' results: one entity per person or group across the
 * articles, and one event per violent event, joining the articles' incidents
 * (same kind, compatible place, same resolved date; `Saturday` in articles
 * published on different days is the same day when it resolves to it), with
 * its claims and per outcome a reconciled low / best / high listing every
 * article and source behind each value (see {@link EventToll}).
 *
 * @param articles - each article's name and `extract()` result (or the parsed
 *   JSONL lines of `newsfacts extract`, through {@link fromJsonl})
 * @throws TypeError when `articles` is not an array of `{ id, extraction }`
 *
 * @example
 * ```ts
 * import { extract, aggregate } from 'newsfacts';
 * const results = files.map((f) => ({ id: f, extraction: extract(readFileSync(f, 'utf8')) }));
 * const { events } = aggregate(results);
 * events[0]; // { id: 'V1', date: '2017-02-25', kind: 'suicide attack', place: 'Homs', tolls: { killed: { low, best, high } }, … }
 * ```
 */
export function aggregate(articles: readonly ArticleResult[]): Aggregate {
  if (!Array.isArray(articles)) throw new TypeError('newsfacts: `articles` must be an array of { id, extraction }');
  const seenIds = new Set<string>();
  for (const [i, a] of articles.entries()) {
    if (
      a === null ||
      typeof a !== 'object' ||
      typeof a.id !== 'string' ||
      a.extraction === null ||
      typeof a.extraction !== 'object'
    ) {
      throw new TypeError(`newsfacts: \`articles[${i}]\` must be { id: string, extraction: Extraction }`);
    }
    if (seenIds.has(a.id)) throw new TypeError(`newsfacts: \`articles[${i}].id\` repeats ${JSON.stringify(a.id)}`);
    seenIds.add(a.id);
  }
  const { list, of } = entityClusters(articles);
  const ids = new Map<Cluster, string>();
  list.forEach((c, i) => ids.set(c, `E${i + 1}`));
  const entities: AggregateEntity[] = list.map((c) => ({
    id: ids.get(c)!,
    name: fullest(c),
    kind: topKind(c),
    aliases: [...c.names.keys()].sort((a, b) => b.length - a.length),
    articles: c.articles,
  }));
  const globalId = (article: string, ref: EntityRef | null): string | null => {
    if (ref === null) return null;
    const c = of.get(article)?.get(ref.entity);
    return c === undefined ? null : ids.get(c)!;
  };

  // Incidents → nodes, joined by union-find across articles.
  const nodes: Node[] = [];
  for (const a of articles) {
    for (const inc of a.extraction.incidents ?? []) {
      nodes.push({
        article: a.id,
        published: a.extraction.document.publication.value,
        incident: inc,
        kinds: kindsOf(inc),
        date: inc.date?.value ?? null,
        place: placeWords(inc.place?.text ?? null),
      });
    }
  }
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i]!.article === nodes[j]!.article) continue;
      if (sameEvent(nodes[i]!, nodes[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), n]);
  });
  const events: AggregateEvent[] = [...groups.values()].map((g) => eventOf(g, globalId));
  events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  events.forEach((e, i) => (e.id = `V${i + 1}`));
  return { entities, events };
}

function mostCommon<T>(xs: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

function eventOf(
  g: readonly Node[],
  globalId: (article: string, ref: EntityRef | null) => string | null,
): AggregateEvent {
  const days = g.map((n) => n.date).filter((d): d is string => d !== null);
  const date = mostCommon(days.map((d) => d.slice(0, 10)));
  const place =
    g
      .map((n) => n.incident.place?.text ?? null)
      .filter((p): p is string => p !== null)
      .sort((a, b) => b.length - a.length)[0] ?? null;
  const claims: EventClaim[] = [];
  for (const n of g) {
    for (const c of n.incident.claims as ResponsibilityClaim[]) {
      claims.push({
        article: n.article,
        status: c.status,
        actor: globalId(n.article, c.actor),
        actorName: c.actor?.name ?? null,
        source: globalId(n.article, c.source),
        text: c.text,
      });
    }
  }
  const tolls: Partial<Record<CasualtyOutcome, EventToll>> = {};
  for (const outcome of ['killed', 'injured', 'missing', 'abducted'] as const) {
    const per = g.filter((n) => n.incident.tolls[outcome] !== undefined);
    if (per.length === 0) continue;
    const fig = (n: Node, which: 'low' | 'best' | 'high'): EventFigure => {
      const v = n.incident.tolls[outcome]![which];
      const f = v.figures[0]!;
      return {
        article: n.article,
        incident: n.incident.id,
        start: f.start,
        end: f.end,
        text: f.text,
        value: v.value,
        source: globalId(n.article, v.sources[0] ?? null),
      };
    };
    const value = (figs: EventFigure[], v: number): EventTollValue => ({
      value: v,
      figures: figs.filter((f) => f.value === v),
    });
    const lows = per.map((n) => fig(n, 'low'));
    const highs = per.map((n) => fig(n, 'high'));
    const bests = per.map((n) => fig(n, 'best'));
    const low = Math.min(...lows.map((f) => f.value));
    const high = Math.max(...highs.map((f) => f.value));
    const votes = new Map<number, EventFigure[]>();
    for (const f of bests) votes.set(f.value, [...(votes.get(f.value) ?? []), f]);
    const best = [...votes.entries()].sort(
      (a, b) =>
        b[1].length - a[1].length ||
        Number(b[1].some((f) => f.source !== null)) - Number(a[1].some((f) => f.source !== null)) ||
        b[0] - a[0],
    )[0]![0];
    tolls[outcome] = { low: value(lows, low), best: value(bests, best), high: value(highs, high) };
  }
  const articles = [...new Set(g.map((n) => n.article))];
  return {
    id: '',
    date,
    kind: mainKind(
      g.reduce((all, n) => {
        for (const [k, c] of n.kinds) all.set(k, (all.get(k) ?? 0) + c);
        return all;
      }, new Map<string, number>()),
    ),
    place,
    incidents: g.map((n) => ({ article: n.article, incident: n.incident.id })),
    claims,
    tolls,
    articles,
  };
}

/**
 * Reads the lines of `newsfacts extract --format jsonl` (one JSON object per
 * article, its name under `file`) into the input of {@link aggregate}.
 *
 * @param jsonl - the file's text
 * @throws TypeError naming the line that is not a JSON object with a `file`
 *
 * @example
 * ```ts
 * aggregate(fromJsonl(readFileSync('facts.jsonl', 'utf8'))).events.length; // 2
 * ```
 */
export function fromJsonl(jsonl: string): ArticleResult[] {
  if (typeof jsonl !== 'string') throw new TypeError('newsfacts: `jsonl` must be a string');
  const out: ArticleResult[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      throw new TypeError(`newsfacts: line ${i + 1} of the JSONL is not JSON`);
    }
    if (o === null || typeof o !== 'object' || typeof (o as { file?: unknown }).file !== 'string') {
      throw new TypeError(`newsfacts: line ${i + 1} of the JSONL is not an article object with a "file" name`);
    }
    const x = o as Extraction & { file: string };
    out.push({ id: x.file, extraction: x });
  });
  return out;
}

/**
 * The columns of {@link eventsCsvRows}.
 *
 * @example
 * ```ts
 * EVENT_CSV_COLUMNS.join(','); // 'event_id,event_date,event_type,place,actors,claim_status,fatalities_low,…'
 * ```
 */
export const EVENT_CSV_COLUMNS = [
  'event_id',
  'event_date',
  'event_type',
  'place',
  'actors',
  'claim_status',
  'fatalities_low',
  'fatalities_best',
  'fatalities_high',
  'injured_low',
  'injured_best',
  'injured_high',
  'sources',
  'articles',
] as const;

/**
 * The events as rows in the shape conflict datasets use (event date, type,
 * place as written, actors, claim status, low / best / high fatalities and
 * injured, sources, articles), one array of strings per event, in the order of
 * {@link EVENT_CSV_COLUMNS}; lists are joined with `; `.
 *
 * @param a - an aggregate
 *
 * @example
 * ```ts
 * eventsCsvRows(aggregate(results))[0];
 * // ['V1', '2016-01-31', 'bombing', 'Sayyida Zeinab', 'Islamic State', 'claimed', '60', '71', '76', …]
 * ```
 */
export function eventsCsvRows(a: Aggregate): string[][] {
  const nameOf = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => {
    const actors = [
      ...new Set(e.claims.map((c) => (c.actor === null ? null : (nameOf.get(c.actor) ?? c.actorName)))),
    ].filter((x): x is string => x !== null);
    const statuses = [...new Set(e.claims.map((c) => c.status))];
    const sources = new Set<string>();
    for (const t of Object.values(e.tolls)) {
      for (const v of [t.low, t.best, t.high])
        for (const f of v.figures) if (f.source !== null) sources.add(nameOf.get(f.source) ?? f.source);
    }
    for (const c of e.claims) if (c.source !== null) sources.add(nameOf.get(c.source) ?? c.source);
    const n = (x: EventTollValue | undefined): string => (x === undefined ? '' : String(x.value));
    return [
      e.id,
      e.date ?? '',
      e.kind ?? '',
      e.place ?? '',
      actors.join('; '),
      statuses.join('; '),
      n(e.tolls.killed?.low),
      n(e.tolls.killed?.best),
      n(e.tolls.killed?.high),
      n(e.tolls.injured?.low),
      n(e.tolls.injured?.best),
      n(e.tolls.injured?.high),
      [...sources].join('; '),
      e.articles.join('; '),
    ];
  });
}
