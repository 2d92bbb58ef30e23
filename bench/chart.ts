/**
 * A small SVG renderer for the harness's bar charts: horizontal grouped bars,
 * a legend when there are several series, an optional marker line (a target).
 * Plain strings, no dependency, deterministic output (clean diffs).
 */
import type { BenchChart } from './types.js';

/** Colour-blind-safe palette (Okabe–Ito). */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

const WIDTH = 720;
const LABEL_W = 190;
const VALUE_W = 90;
const BAR_H = 16;
const GAP = 12;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The chart as a standalone SVG document. */
export function renderChart(c: BenchChart): string {
  const decimals = c.decimals ?? 0;
  const fmt = (v: number): string =>
    `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}${c.unit}`;
  const values = c.groups.flatMap((g) => g.values.filter((v): v is number => v !== null));
  const max = c.max ?? Math.max(1e-9, ...values, c.marker?.value ?? 0);
  const plotW = WIDTH - LABEL_W - VALUE_W - 20;
  const x = (v: number): number => LABEL_W + (Math.max(0, Math.min(v, max)) / max) * plotW;
  const legend = c.series.length > 1;
  let y = 34;
  const out: string[] = [];
  out.push(`<text x="12" y="22" font-size="15" font-weight="600" fill="#222">${esc(c.title)}</text>`);
  if (legend) {
    let lx = LABEL_W;
    c.series.forEach((s, i) => {
      out.push(
        `<rect x="${lx}" y="${y}" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/>`,
        `<text x="${lx + 16}" y="${y + 10}" font-size="12" fill="#333">${esc(s)}</text>`,
      );
      lx += 28 + s.length * 7;
    });
    y += 22;
  }
  const plotTop = y;
  for (const g of c.groups) {
    const h = c.series.length * BAR_H;
    out.push(
      `<text x="${LABEL_W - 8}" y="${y + h / 2 + 4}" font-size="12" fill="#222" text-anchor="end">${esc(g.label)}</text>`,
    );
    g.values.forEach((v, i) => {
      const by = y + i * BAR_H;
      if (v === null) return;
      const w = Math.max(0, x(v) - LABEL_W);
      const colour = COLOURS[i % COLOURS.length];
      out.push(
        `<rect x="${LABEL_W}" y="${by + 1}" width="${num(w)}" height="${BAR_H - 2}" fill="${colour}"><title>${esc(
          `${g.label}${legend ? ` — ${c.series[i]}` : ''}: ${fmt(v)}`,
        )}</title></rect>`,
        `<text x="${num(LABEL_W + w + 4)}" y="${by + BAR_H - 4}" font-size="11" fill="#333">${esc(fmt(v))}</text>`,
      );
    });
    y += h + GAP;
  }
  const plotBottom = y - GAP / 2;
  // Axis: a baseline at 0 and the maximum.
  out.push(
    `<line x1="${LABEL_W}" y1="${plotTop - 4}" x2="${LABEL_W}" y2="${plotBottom}" stroke="#999"/>`,
    `<text x="${LABEL_W}" y="${plotBottom + 14}" font-size="10" fill="#777" text-anchor="middle">0</text>`,
    `<text x="${num(LABEL_W + plotW)}" y="${plotBottom + 14}" font-size="10" fill="#777" text-anchor="middle">${esc(fmt(max))}</text>`,
  );
  if (c.marker !== undefined) {
    const mx = num(x(c.marker.value));
    out.push(
      `<line x1="${mx}" y1="${plotTop - 4}" x2="${mx}" y2="${plotBottom}" stroke="#D55E00" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${mx}" y="${plotBottom + 28}" font-size="11" fill="#D55E00" text-anchor="middle">${esc(c.marker.label)}</text>`,
    );
  }
  const height = Math.ceil(plotBottom + (c.marker !== undefined ? 40 : 24));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT} role="img" aria-label="${esc(c.title)}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
