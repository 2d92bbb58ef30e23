/**
 * `newsfacts/render`: one article as a self-contained HTML page with what
 * {@link newsfacts!extract} found marked in the text. It does not load the language
 * model, so a page or a service that only shows stored results can import it
 * alone.
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * import { render } from 'newsfacts/render';
 * const html = render(extract(text), text); // write it to a .html file and open it
 * ```
 *
 * @module newsfacts/render
 */
import type { CasualtyFigure, Count, EntityRef, Extraction, Span } from '../types.js';
import { CSS, SCRIPT, entityStyle } from './page.js';
import { weave, type WeaveSpan } from './weave.js';

/**
 * Options for {@link render}.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { title: 'Homs attacks — Reuters, 25 Feb 2017' };
 * ```
 */
export interface RenderOptions {
  /** The page title; defaults to the article's headline, else `newsfacts`. */
  title?: string;
}

/**
 * What {@link render} reads: an {@link Extraction}, optionally with the
 * article's incidents. Incidents are read field by field where present (`id`,
 * `kind`, `mentions`, `date`, `place`, and per outcome a `low`/`best`/`high`
 * toll), so results from versions with and without incidents both render.
 *
 * @example
 * ```ts
 * const input: RenderInput = extract(text); // incidents are listed when present
 * ```
 */
export type RenderInput = Extraction & {
  /** The article's incidents, when the extraction has them; read field by field. */
  incidents?: readonly unknown[];
};

const KIND_NAMES = {
  quote: 'quote',
  who: 'speaker or actor',
  casualty: 'casualty figure',
  claim: 'responsibility claim',
  date: 'date',
  incident: 'incident mention',
} as const;
type MarkKind = keyof typeof KIND_NAMES;

/** Escapes text for HTML content and double-quoted attribute values. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSpanLike = (v: unknown): v is Span =>
  isObject(v) && Number.isInteger(v.start) && Number.isInteger(v.end) && typeof v.text === 'string';

/** `12`, `≥ 12`, `≤ 40`, `12–40`, `~40`, `?`. */
function formatCount(c: Count | null | undefined): string {
  if (!c) return '?';
  const approx = c.approximate ? '~' : '';
  if (c.min !== null && c.max !== null) return approx + (c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`);
  if (c.min !== null) return `${approx}≥ ${c.min}`;
  if (c.max !== null) return `${approx}≤ ${c.max}`;
  return '?';
}

/** One field row of an item's detail list; empty values read "—". */
function field(name: string, value: string | number | boolean | null | undefined): string {
  const v = value === null || value === undefined || value === '' ? '—' : String(value);
  return `<dt>${esc(name)}</dt><dd>${esc(v)}</dd>`;
}

function who(ref: EntityRef | null | undefined): string | null {
  if (!ref) return null;
  const extra = [ref.role, ref.organisation && ref.organisation !== ref.role ? ref.organisation : null].filter(Boolean);
  return extra.length > 0 ? `${ref.name} (${extra.join(', ')})` : ref.name;
}

/** Checks that an item's span lies in `text` and spells it; names the item when not. */
function checkSpan(text: string, item: unknown, where: string): asserts item is Span {
  if (!isSpanLike(item)) throw new TypeError(`render: ${where} is not a span ({ start, end, text })`);
  if (
    item.start < 0 ||
    item.end < item.start ||
    item.end > text.length ||
    text.slice(item.start, item.end) !== item.text
  ) {
    throw new RangeError(
      `render: ${where} (${item.start}–${item.end}, ${JSON.stringify(item.text.slice(0, 40))}) does not match \`text\`; ` +
        'pass the text the extraction was made from',
    );
  }
}

/** One reconciled value of an incident's toll as shown: the number, the figures behind it, who reports them. */
interface TollCell {
  value: string;
  figures: Span[];
  sources: string[];
}

/** A loosely read toll value: a number, or an object carrying one (`{ value, figures, sources }`, a count). */
function tollCell(v: unknown): TollCell {
  const cell: TollCell = { value: '—', figures: [], sources: [] };
  if (typeof v === 'number' && Number.isFinite(v)) cell.value = String(v);
  if (!isObject(v)) return cell;
  for (const k of ['value', 'count', 'n']) {
    const x = v[k];
    if (typeof x === 'number' && Number.isFinite(x)) cell.value = String(x);
    else if (isObject(x) && ('min' in x || 'max' in x)) cell.value = formatCount(x as unknown as Count);
    if (cell.value !== '—') break;
  }
  if (cell.value === '—' && ('min' in v || 'max' in v)) cell.value = formatCount(v as unknown as Count);
  if (Array.isArray(v.figures)) cell.figures = v.figures.filter(isSpanLike);
  if (Array.isArray(v.sources)) {
    cell.sources = v.sources
      .map((r) => (isObject(r) && typeof r.name === 'string' ? r.name : null))
      .filter((n): n is string => n !== null);
  }
  return cell;
}

interface IncidentView {
  id: string;
  /** The kind when given, else the first phrase naming the event. */
  name: string;
  date: string | null;
  place: string | null;
  mentions: Span[];
  /** The incident's casualty figures (to tell each figure its incident). */
  figures: Span[];
  toll: { outcome: string; low: TollCell; best: TollCell; high: TollCell }[];
}

/**
 * Reads incidents field by field (`id`, `kind`, `mentions`, `date`, `place`,
 * `casualties`, and `tolls` per outcome with `low`/`best`/`high`); anything
 * unreadable is left out, never guessed.
 */
function readIncidents(raw: unknown, text: string): IncidentView[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((inc, i) => {
    const id = typeof inc.id === 'string' && inc.id !== '' ? inc.id : `i${i + 1}`;
    const mentions = Array.isArray(inc.mentions) ? inc.mentions.filter(isSpanLike) : [];
    mentions.forEach((m, j) => checkSpan(text, m, `incidents[${i}].mentions[${j}]`));
    const dateOf = (d: unknown): string | null => {
      if (typeof d === 'string') return d;
      if (!isObject(d)) return null;
      const value = typeof d.value === 'string' ? d.value : null;
      const said = typeof d.text === 'string' ? d.text : null;
      return value && said ? `${value} (“${said}”)` : (value ?? said);
    };
    const date = dateOf(inc.date) ?? (typeof inc.dateValue === 'string' ? inc.dateValue : null);
    const place = typeof inc.place === 'string' ? inc.place : isSpanLike(inc.place) ? inc.place.text : null;
    const rows: IncidentView['toll'] = [];
    const addRow = (outcome: string, t: unknown) => {
      if (isObject(t) && ('low' in t || 'best' in t || 'high' in t)) {
        rows.push({ outcome, low: tollCell(t.low), best: tollCell(t.best), high: tollCell(t.high) });
      }
    };
    const tolls = inc.tolls ?? inc.toll;
    if (Array.isArray(tolls)) {
      for (const t of tolls) if (isObject(t) && typeof t.outcome === 'string') addRow(t.outcome, t);
    } else if (isObject(tolls)) {
      for (const [outcome, t] of Object.entries(tolls)) addRow(outcome, t);
    }
    const kind = typeof inc.kind === 'string' && inc.kind !== '' ? inc.kind : null;
    const figures = Array.isArray(inc.casualties) ? inc.casualties.filter(isSpanLike) : [];
    return { id, name: kind ?? mentions[0]?.text ?? 'event', date, place, mentions, figures, toll: rows };
  });
}

/**
 * Renders one article as a self-contained HTML page (no network, no framework:
 * CSS and a small script inline) with what {@link newsfacts!extract} found marked in the
 * text: each quote tinted in its speaker's colour and labelled with the
 * speaker (one colour per entity, the same everywhere on the page), casualty
 * figures with their normalised count, responsibility claims with status and
 * actor, dates with their TIMEX3 value, the speaker and actor mentions, and
 * page furniture greyed out. Beside the text: the legend with the number of
 * items of each kind, the people and bodies with their colours, and the
 * incidents with their low / best / high toll when the result has them.
 *
 * Hovering or focusing an item shows all its fields; every item is reachable
 * with Tab, announced by kind (`aria-roledescription`) and described by its
 * fields (`aria-describedby`). Spans that nest or cross (a date inside a quote,
 * a claim across a quote's end) are split into well-formed fragments. All text
 * from the article and the extraction is escaped.
 *
 * @param extraction - the result of {@link newsfacts!extract} for `text` (items must lie in `text`)
 * @param text - the exact string the extraction was made from (offsets point into it)
 * @param options - the page title
 * @returns a complete HTML document (`<!doctype html>…`)
 * @throws TypeError when `extraction` is not an extraction or `text` not a string;
 *   RangeError when an item's offsets do not spell its text in `text`
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { extract } from 'newsfacts';
 * import { render } from 'newsfacts/render';
 *
 * const text = '"The blast shook the market," said Rami Abdulrahman. It killed 12 people on Sunday.';
 * const html = render(extract(text, { publishedAt: '2018-03-05' }), text, { title: 'Azaz' });
 * writeFileSync('azaz.html', html);
 * html.startsWith('<!doctype html>'); // true
 * [...html.matchAll(/<mark [^>]*data-kind="(\w+)" data-first/g)].map((m) => m[1]);
 * // [ 'quote', 'who', 'casualty', 'date' ]: the quote, its speaker, `12 people`, `Sunday` (2018-03-04)
 * ```
 */
export function render(extraction: RenderInput, text: string, options: RenderOptions = {}): string {
  checkInput(extraction, text, options);
  const entities = Array.isArray(extraction.entities) ? extraction.entities : [];
  const zones = Array.isArray(extraction.document.zones) ? extraction.document.zones : [];
  const marker = new Marker(text, entities);
  markZones(marker, zones, text);
  const incidents = readIncidents(extraction.incidents, text);
  markIncidents(marker, incidents);
  markQuotes(marker, extraction.quotes, text);
  const figureKey = markFigures(marker, extraction.casualties, incidents, text);
  markClaims(marker, extraction.claims, text);
  markDates(marker, extraction.dates, text);

  const article = weave(text, marker.spans, esc);
  const headline = extraction.document.headline?.text ?? null;
  const title = options.title ?? headline ?? 'newsfacts';
  const pub = extraction.document.publication;
  const pubLine = pub?.value ? `Published ${pub.value} (from ${pub.source})` : 'Publication date unknown';
  const entityItems = entityList(marker, extraction);
  const legend = legendList(marker.counts, incidents.length > 0);
  const counts = marker.counts;

  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">` +
    `<title>${esc(title)}</title><style>${CSS}${[...marker.colour].map(([, i]) => `.nf-e${i}{${entityStyle(i)}}`).join('')}</style></head>` +
    `<body><a class="nf-skip" href="#nf-article">Skip to the article</a><div class="nf-layout">` +
    `<header class="nf-head"><h1>${esc(title)}</h1><p>${esc(pubLine)} · newsfacts: ${counts.quote} quotes, ${counts.casualty} casualty figures, ${counts.claim} claims, ${counts.date} dates. Hover, or Tab to an item, to see its fields.</p></header>` +
    `<main id="nf-article" aria-label="Article text with extracted items marked"><div class="nf-text">${article}</div></main>` +
    `<aside class="nf-side" aria-label="Summary of what was found">` +
    `<section aria-labelledby="nf-h-sel"><h2 id="nf-h-sel">Selected</h2><div id="nf-selected"><p class="nf-empty">Hover over or focus a marked item.</p></div></section>` +
    `<section aria-labelledby="nf-h-legend"><h2 id="nf-h-legend">Legend</h2><ul class="nf-legend">${legend}</ul></section>` +
    incidentSection(incidents, figureKey) +
    `<section aria-labelledby="nf-h-who"><h2 id="nf-h-who">Who</h2>${entityItems.length ? `<ul>${entityItems.join('')}</ul>` : '<p class="nf-empty">No speaker, actor or source.</p>'}</section>` +
    `</aside></div>` +
    `<div id="nf-tip" role="tooltip" hidden></div><div id="nf-details" hidden>${marker.details.join('')}</div>` +
    `<script>${SCRIPT}</script></body></html>`
  );
}

/** Throws a `TypeError` naming the first argument of {@link render} that is not what it reads. */
function checkInput(extraction: RenderInput, text: string, options: RenderOptions): void {
  if (!isObject(extraction) || !isObject(extraction.document)) {
    throw new TypeError(
      'render: `extraction` must be the result of extract() (an object with `document`, `quotes`, …)',
    );
  }
  for (const key of ['quotes', 'casualties', 'claims', 'dates'] as const) {
    if (!Array.isArray(extraction[key])) throw new TypeError(`render: \`extraction.${key}\` must be an array`);
  }
  if (typeof text !== 'string')
    throw new TypeError('render: `text` must be the article string the extraction was made from');
  if (!isObject(options)) throw new TypeError('render: `options` must be an object');
  if (options.title !== undefined && typeof options.title !== 'string')
    throw new TypeError('render: `options.title` must be a string');
}

/** A badge after (or before) a marked item's text. */
const badge = (kind: string, s: string, cls = ''): string =>
  `<span class="nf-badge nf-badge-${kind}${cls ? ` ${cls}` : ''}" aria-hidden="true">${esc(s)}</span>`;

/** What one rendering marks: the spans woven into the text, their detail panels, counts per kind, entity colours. */
class Marker {
  readonly spans: WeaveSpan[] = [];
  readonly details: string[] = [];
  readonly counts: Record<MarkKind, number> = { quote: 0, who: 0, casualty: 0, claim: 0, date: 0, incident: 0 };
  /**
   * Colours go to entities in the order results first name them, so the few
   * that speak or act get the most distinct hues.
   */
  readonly colour = new Map<string, number>();
  /** The mentions a "who" was marked at, once per place. */
  private readonly whoMarked = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly entities: Extraction['entities'],
  ) {}

  /** The class of an entity's colour (`nf-enone` for no entity). */
  colourOf(id: string | undefined): string {
    if (id === undefined) return 'nf-enone';
    if (!this.colour.has(id)) this.colour.set(id, this.colour.size);
    return `nf-e${this.colour.get(id)}`;
  }

  /** Adds one marked item; `lead` goes before its first fragment's text, `badge` after its last. */
  add(
    kind: MarkKind,
    key: string,
    span: Span,
    rank: number,
    title: string,
    rows: string,
    opts: { cls?: string; lead?: string; badge?: string } = {},
  ): void {
    this.counts[kind]++;
    const cls = `nf nf-${kind}${opts.cls ? ` ${opts.cls}` : ''}`;
    const label = esc(KIND_NAMES[kind]);
    this.details.push(`<div id="nf-d-${key}"><strong>${esc(title)}</strong><dl class="nf-fields">${rows}</dl></div>`);
    this.spans.push({
      key,
      start: span.start,
      end: span.end,
      rank,
      open: (first) =>
        first
          ? `<mark class="${cls}" data-nf="${key}" data-kind="${kind}" data-first id="nf-m-${key}" tabindex="0" ` +
            `aria-roledescription="${label}" aria-describedby="nf-d-${key}">${opts.lead ?? ''}`
          : `<mark class="${cls} nf-cont" data-nf="${key}" data-kind="${kind}" aria-roledescription="${label}">`,
      close: (last) => `${last ? (opts.badge ?? '') : ''}</mark>`,
    });
  }

  /** Marks the mention a "who" points at, once per place. */
  markWho(ref: EntityRef | null, role: string, where: string): void {
    if (!ref?.mention) return;
    checkSpan(this.text, ref.mention, `${where}.mention`);
    const at = `${ref.mention.start}:${ref.mention.end}:${ref.entity}`;
    if (this.whoMarked.has(at)) return;
    this.whoMarked.add(at);
    const ent = this.entities.find((e) => e.id === ref.entity);
    this.add(
      'who',
      `w${this.whoMarked.size}`,
      ref.mention,
      4,
      `${ref.name} — ${role}`,
      field('entity', ref.entity) +
        field('name', ref.name) +
        field('kind', ref.kind) +
        field('role', ref.role) +
        field('organisation', ref.organisation) +
        field('resolved by', ref.resolvedBy) +
        field('also named', ent ? ent.aliases.filter((a) => a !== ref.name).join('; ') : null),
      { cls: this.colourOf(ref.entity) },
    );
  }
}

/** The page's zones (headline, body, boilerplate …) as spans around the text. */
function markZones(marker: Marker, zones: Extraction['document']['zones'], text: string): void {
  zones.forEach((z, i) => {
    checkSpan(text, z, `document.zones[${i}]`);
    marker.spans.push({
      key: `z${i}`,
      start: z.start,
      end: z.end,
      rank: 0,
      open: () => `<span class="nf-zone nf-zone-${esc(z.kind)}">`,
      close: () => '</span>',
    });
  });
}

/** Marks each mention of each incident. */
function markIncidents(marker: Marker, incidents: readonly IncidentView[]): void {
  incidents.forEach((inc, i) => {
    inc.mentions.forEach((m, j) => {
      marker.add(
        'incident',
        `i${i}m${j}`,
        m,
        1,
        `Incident ${inc.id}: ${inc.name}`,
        field('incident', inc.id) + field('date', inc.date) + field('place', inc.place),
      );
    });
  });
}

/** Marks the quotes, tinted by speaker, with the speaker's mention. */
function markQuotes(marker: Marker, quotes: Extraction['quotes'], text: string): void {
  quotes.forEach((q, i) => {
    checkSpan(text, q, `quotes[${i}]`);
    const speaker = q.speaker?.name ?? 'unknown speaker';
    marker.add(
      'quote',
      `q${i}`,
      q,
      3,
      `Quote (${q.kind}) — ${speaker}`,
      field('kind', q.kind) +
        field('speaker', who(q.speaker)) +
        field('resolved by', q.speaker?.resolvedBy) +
        field('cue', q.cue ? `${q.cue.text} (${q.cue.lemma})` : null) +
        field('confidence', q.confidence) +
        field('boilerplate', q.boilerplate),
      { cls: marker.colourOf(q.speaker?.entity), lead: badge('who', `${speaker} ▸`) },
    );
    marker.markWho(q.speaker, 'speaker', `quotes[${i}].speaker`);
  });
}

/** Marks the casualty figures; returns each figure's mark key by its `start:end`. */
function markFigures(
  marker: Marker,
  figures: readonly CasualtyFigure[],
  incidents: readonly IncidentView[],
  text: string,
): Map<string, string> {
  // A figure's incident: the incident listing it (same offsets), else an `incident` id on the figure.
  const incidentOf = new Map<string, string>();
  for (const inc of incidents) for (const f of inc.figures) incidentOf.set(`${f.start}:${f.end}`, inc.id);
  const figureIncident = (f: CasualtyFigure): string | null => {
    const id = (f as CasualtyFigure & { incident?: unknown }).incident;
    return incidentOf.get(`${f.start}:${f.end}`) ?? (typeof id === 'string' ? id : null);
  };
  const figureKey = new Map<string, string>();
  figures.forEach((f, i) => figureKey.set(`${f.start}:${f.end}`, `c${i}`));
  figures.forEach((f, i) => {
    checkSpan(text, f, `casualties[${i}]`);
    const count = formatCount(f.count);
    marker.add(
      'casualty',
      `c${i}`,
      f,
      5,
      `Casualty figure: ${f.outcome} ${count}`,
      field('outcome', f.outcome) +
        field('count', count) +
        field('victims', f.victims) +
        field('scope', f.scope) +
        field('source', who(f.source)) +
        field('incident', figureIncident(f)) +
        field('boilerplate', f.boilerplate),
      { badge: badge('casualty', `${f.outcome} ${count}`) },
    );
    marker.markWho(f.source, 'source of a casualty figure', `casualties[${i}].source`);
  });
  return figureKey;
}

/** Marks the responsibility claims, tinted by actor, with the actor's and the source's mentions. */
function markClaims(marker: Marker, claims: Extraction['claims'], text: string): void {
  claims.forEach((c, i) => {
    checkSpan(text, c, `claims[${i}]`);
    const actor = c.actor?.name ?? 'no one';
    marker.add(
      'claim',
      `r${i}`,
      c,
      2,
      `Claim: ${c.status} — ${actor}`,
      field('status', c.status) +
        field('actor', who(c.actor)) +
        field('event', c.event?.text) +
        field('source', who(c.source)) +
        field('casualties', c.casualties.map((f) => `${f.outcome} ${formatCount(f.count)}`).join('; ')) +
        field('boilerplate', c.boilerplate),
      { cls: marker.colourOf(c.actor?.entity), badge: badge('claim', `${c.status} · ${actor}`) },
    );
    marker.markWho(c.actor, 'actor of a claim', `claims[${i}].actor`);
    marker.markWho(c.source, 'source of a claim', `claims[${i}].source`);
  });
}

/** Marks the dates with their TIMEX3 value. */
function markDates(marker: Marker, dates: Extraction['dates'], text: string): void {
  dates.forEach((d, i) => {
    checkSpan(text, d, `dates[${i}]`);
    marker.add(
      'date',
      `d${i}`,
      d,
      6,
      `${d.type}: ${d.value ?? 'unresolved'}`,
      field('type', d.type) + field('value', d.value) + field('boilerplate', d.boilerplate),
      { badge: badge('date', d.value ?? `${d.type} ?`) },
    );
  });
}

/** Entities referenced by a result, in first-mention order, with what they do (as list items). */
function entityList(marker: Marker, extraction: RenderInput): string[] {
  const roles = new Map<string, { name: string; kind: string; quotes: number; claims: number; figures: number }>();
  const note = (ref: EntityRef | null, what: 'quotes' | 'claims' | 'figures') => {
    if (!ref) return;
    const r = roles.get(ref.entity) ?? { name: ref.name, kind: ref.kind, quotes: 0, claims: 0, figures: 0 };
    r[what]++;
    roles.set(ref.entity, r);
  };
  extraction.quotes.forEach((q) => note(q.speaker, 'quotes'));
  extraction.claims.forEach((c) => (note(c.actor, 'claims'), note(c.source, 'claims')));
  extraction.casualties.forEach((f) => note(f.source, 'figures'));
  return [...roles].map(([id, r]) => {
    const what = [
      r.quotes ? `${r.quotes} quote${r.quotes > 1 ? 's' : ''}` : '',
      r.claims ? `${r.claims} claim${r.claims > 1 ? 's' : ''}` : '',
      r.figures ? `${r.figures} figure${r.figures > 1 ? 's' : ''}` : '',
    ].filter(Boolean);
    return `<li><span class="nf-entity ${marker.colourOf(id)}">${esc(r.name)}</span> <span class="nf-empty">${esc(r.kind)} · ${esc(what.join(', '))}</span></li>`;
  });
}

/** The legend's list items, with the count of each kind. */
function legendList(counts: Record<MarkKind, number>, withIncidents: boolean): string {
  const legendRow = (kind: string, name: string, n: number | null) =>
    `<li><span class="nf-swatch nf-sw-${kind}" aria-hidden="true"></span>${esc(name)}${n === null ? '' : ` <span data-count="${kind}">${n}</span>`}</li>`;
  return [
    legendRow('quote', 'Quotes (tinted by speaker)', counts.quote),
    legendRow('who', 'Speakers, actors, sources', counts.who),
    legendRow('casualty', 'Casualty figures', counts.casualty),
    legendRow('claim', 'Responsibility claims', counts.claim),
    legendRow('date', 'Dates (TIMEX3 value)', counts.date),
    ...(withIncidents ? [legendRow('incident', 'Incident mentions', counts.incident)] : []),
    legendRow('boilerplate', 'Page furniture (not the article)', null),
  ].join('');
}

/** The incidents section: each incident with its toll table and where each value comes from; '' without incidents. */
function incidentSection(incidents: readonly IncidentView[], figureKey: ReadonlyMap<string, string>): string {
  if (incidents.length === 0) return '';
  /** A link to a figure's mark in the text, or its text alone when it is not marked. */
  const figureLink = (f: Span, label: string) => {
    const key = figureKey.get(`${f.start}:${f.end}`);
    return key ? `<a href="#nf-m-${key}">${esc(label)}</a>` : esc(label);
  };
  const tollRow = (t: IncidentView['toll'][number]) => {
    const cell = (c: TollCell) => `<td>${c.figures[0] ? figureLink(c.figures[0], c.value) : esc(c.value)}</td>`;
    return `<tr><th scope="row">${esc(t.outcome)}</th>${cell(t.low)}${cell(t.best)}${cell(t.high)}</tr>`;
  };
  // where each value of the toll comes from: the figures behind it and who reports them
  // (values read from the same figures are listed once: `low, best, high 6`)
  const tollSources = (t: IncidentView['toll'][number]) => {
    const groups: { keys: string[]; cell: TollCell }[] = [];
    const same = (a: TollCell, b: TollCell) =>
      a.value === b.value && a.figures.map((f) => f.start).join() === b.figures.map((f) => f.start).join();
    for (const k of ['low', 'best', 'high'] as const) {
      if (t[k].figures.length === 0) continue;
      const group = groups.find((g) => same(g.cell, t[k]));
      if (group) group.keys.push(k);
      else groups.push({ keys: [k], cell: t[k] });
    }
    return groups
      .map(({ keys, cell }) => {
        const from = cell.figures.map((f) => figureLink(f, `“${f.text}”`)).join(', ');
        const by = cell.sources.length > 0 ? ` — ${esc(cell.sources.join(', '))}` : ' — the article';
        return `<li>${esc(`${t.outcome}, ${keys.join(', ')} ${cell.value}`)}: ${from}${by}</li>`;
      })
      .join('');
  };
  return `<section aria-labelledby="nf-h-inc"><h2 id="nf-h-inc">Incidents</h2><ol>${incidents
    .map((inc) => {
      const toll =
        inc.toll.length === 0
          ? '<p class="nf-empty">No toll.</p>'
          : `<table class="nf-toll"><caption class="nf-skip">Toll of incident ${esc(inc.id)}</caption>` +
            '<thead><tr><th scope="col">outcome</th><th scope="col">low</th><th scope="col">best</th><th scope="col">high</th></tr></thead>' +
            `<tbody>${inc.toll.map(tollRow).join('')}</tbody></table>` +
            `<ul class="nf-sources">${inc.toll.map(tollSources).join('')}</ul>`;
      const facts = [inc.date ? `date ${inc.date}` : '', inc.place ? `place ${inc.place}` : '']
        .filter(Boolean)
        .join(' · ');
      return `<li data-incident="${esc(inc.id)}"><strong>${esc(inc.id)}: ${esc(inc.name)}</strong>${facts ? `<br>${esc(facts)}` : ''}${toll}</li>`;
    })
    .join('')}</ol></section>`;
}
