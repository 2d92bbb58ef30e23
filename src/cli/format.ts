import type { Extraction } from '../types.js';

const WIDTH = 90;

function clip(s: string, width = WIDTH): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= width ? one : `${one.slice(0, width - 1)}…`;
}

function countText(c: { min: number | null; max: number | null; approximate: boolean }): string {
  const approx = c.approximate ? '~' : '';
  if (c.min !== null && c.min === c.max) return `${approx}${c.min}`;
  if (c.min !== null && c.max !== null) return `${c.min}–${c.max}`;
  if (c.min !== null) return `≥${c.min}`;
  if (c.max !== null) return `≤${c.max}`;
  return '?';
}

/**
 * A readable plain-text summary of an extraction, as the `newsfacts` command prints it.
 *
 * @example
 * ```ts
 * console.log(formatSummary(extract(text)));
 * // Headline   Dozens killed in attacks on security offices in Syria …
 * // Published  2017-02-25 (url: "2017/feb/25")
 * // …
 * ```
 */
export function formatSummary(
  x: Extraction,
  only: readonly string[] = ['quotes', 'casualties', 'claims', 'dates', 'incidents'],
): string {
  const out: string[] = [];
  const p = x.document.publication;
  out.push(`Headline   ${x.document.headline === null ? '(none found)' : clip(x.document.headline.text)}`);
  const evidence = p.evidence === null ? '' : `: "${p.evidence.text}"`;
  const order = p.order === null ? '' : `, read ${p.order}`;
  out.push(`Published  ${p.value ?? 'unknown'} (${p.source}${evidence}${order})`);
  const zoneCounts = new Map<string, number>();
  for (const z of x.document.zones) zoneCounts.set(z.kind, (zoneCounts.get(z.kind) ?? 0) + z.text.length);
  out.push(`Zones      ${[...zoneCounts].map(([k, n]) => `${k} ${n} chars`).join(', ')}`);

  const show = (part: string): boolean => only.includes(part);
  if (show('quotes')) out.push('', `Quotes (${x.quotes.length})`);
  for (const q of show('quotes') ? x.quotes : []) {
    const who = q.speaker === null ? 'unknown speaker' : q.speaker.name;
    const how =
      q.speaker === null || q.speaker.resolvedBy === 'name'
        ? ''
        : ` via ${q.speaker.resolvedBy} "${q.speaker.mention?.text ?? ''}"`;
    const cue = q.cue === null ? '' : ` [${q.cue.text}]`;
    out.push(`  ${q.kind.padEnd(8)} ${who}${how}${cue}: “${clip(q.text, 70)}”`);
  }
  if (show('casualties')) out.push('', `Casualties (${x.casualties.length})`);
  for (const c of show('casualties') ? x.casualties : []) {
    const victims = c.victims === null ? '' : ` ${c.victims}`;
    const source = c.source === null ? '' : ` — ${c.source.name}`;
    const scope = c.scope === 'cumulative' ? ' (cumulative)' : '';
    out.push(`  ${c.outcome.padEnd(8)} ${countText(c.count)}${victims}${scope}${source}   "${clip(c.text, 50)}"`);
  }
  if (show('claims')) out.push('', `Claims (${x.claims.length})`);
  for (const c of show('claims') ? x.claims : []) {
    const actor = c.actor === null ? 'nobody' : c.actor.name;
    const event = c.event === null ? '' : ` for "${clip(c.event.text, 40)}"`;
    const source = c.source === null ? '' : ` — according to ${c.source.name}`;
    out.push(`  ${c.status.padEnd(10)} ${actor}${event}${source}`);
  }
  if (show('dates')) out.push('', `Dates (${x.dates.length})`);
  for (const d of show('dates') ? x.dates : [])
    out.push(`  ${d.type.padEnd(8)} ${(d.value ?? 'unresolved').padEnd(18)} "${clip(d.text, 50)}"`);
  if (show('incidents')) {
    out.push('', `Incidents (${x.incidents.length})`);
    for (const it of x.incidents) {
      const named = it.mentions[0]?.text ?? 'an event';
      const where = it.place === null ? '' : ` in ${it.place.text}`;
      const when = it.date === null ? '' : ` on ${it.date.value ?? it.date.text}`;
      const tolls = Object.entries(it.tolls)
        .map(([outcome, t]) => `${outcome} ${t.low.value}–${t.high.value} (best ${t.best.value})`)
        .join(', ');
      const claims = it.claims.map((c) => `${c.status} ${c.actor?.name ?? 'no one'}`).join(', ');
      out.push(
        `  ${it.id.padEnd(4)} ${clip(named, 40)}${where}${when}${tolls === '' ? '' : ` — ${tolls}`}${claims === '' ? '' : ` — ${claims}`}`,
      );
    }
  }
  return out.join('\n');
}
