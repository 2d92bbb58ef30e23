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
    const source = c.source === null ? '' : ` — ${c.source}`;
    const scope = c.scope === 'cumulative' ? ' (cumulative)' : '';
    out.push(`  ${c.outcome.padEnd(8)} ${countText(c.count)}${victims}${scope}${source}   "${clip(c.text, 50)}"`);
  }
  if (show('claims')) out.push('', `Claims (${x.claims.length})`);
  for (const c of show('claims') ? x.claims : []) {
    const actor = c.actor === null ? 'nobody' : c.actor.name;
    const event = c.event === null ? '' : ` for "${clip(c.event.text, 40)}"`;
    const source = c.source === null ? '' : ` — according to ${c.source}`;
    out.push(`  ${c.status.padEnd(10)} ${actor}${event}${source}`);
  }
  if (show('dates')) out.push('', `Dates (${x.dates.length})`);
  for (const d of show('dates') ? x.dates : [])
    out.push(`  ${d.type.padEnd(8)} ${(d.value ?? 'unresolved').padEnd(18)} "${clip(d.text, 50)}"`);
  // Incidents join the extraction later; until then an extraction has none to show.
  const incidents = (x as unknown as { incidents?: unknown }).incidents;
  if (show('incidents') && Array.isArray(incidents)) {
    out.push('', `Incidents (${incidents.length})`);
    for (const it of incidents as { kind?: unknown; text?: unknown }[]) {
      const kind = typeof it.kind === 'string' ? it.kind : 'incident';
      out.push(`  ${kind.padEnd(10)} "${clip(typeof it.text === 'string' ? it.text : '', 60)}"`);
    }
  }
  return out.join('\n');
}
