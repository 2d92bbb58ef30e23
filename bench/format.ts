import type { BenchTable } from './types.js';

/** Formats a number for a table: ratios as percentages with one decimal, others as given. */
export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}`;
}

function cell(v: string | number): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v;
}

/** A fixed-width text table for the terminal. */
export function textTable(t: BenchTable): string {
  const rows = [t.columns, ...t.rows.map((r) => r.map(cell))];
  const widths = t.columns.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r: readonly (string | number)[]): string =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  const out = [t.title, line(t.columns), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  for (const n of t.notes ?? []) out.push(`  ${n}`);
  return out.join('\n');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(t: BenchTable): string {
  const esc = (s: string | number): string => cell(s).replace(/\|/g, '\\|');
  const out = [
    `### ${t.title}`,
    '',
    `| ${t.columns.map(esc).join(' | ')} |`,
    `|${t.columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
  if (t.notes !== undefined && t.notes.length > 0) out.push('', ...t.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
