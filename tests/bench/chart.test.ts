import { describe, expect, it } from 'vitest';
import { renderChart } from '../../bench/chart.js';

describe('renderChart', () => {
  const svg = renderChart({
    id: 'test',
    title: 'Recall <&> "precision"',
    unit: ' %',
    max: 100,
    series: ['P', 'R'],
    groups: [
      { label: 'alpha', values: [50, null] },
      { label: 'beta & gamma', values: [100, 25] },
    ],
    marker: { value: 50, label: 'target' },
  });

  it('is one standalone SVG document with escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Recall &lt;&amp;&gt; &quot;precision&quot;');
    expect(svg).toContain('beta &amp; gamma');
    expect(svg).not.toMatch(/<[^>]*[<]/);
  });

  it('draws one bar per non-null value, proportional to the axis maximum, plus a legend', () => {
    const bars = [...svg.matchAll(/<rect x="(\d+)" y="[\d.]+" width="([\d.]+)" height="14"/g)].map((m) => Number(m[2]));
    expect(bars).toHaveLength(3);
    expect(bars[0]! * 2).toBeCloseTo(bars[1]!, 0);
    expect(bars[2]! * 4).toBeCloseTo(bars[1]!, 0);
    expect(svg).toContain('>P</text>');
    expect(svg).toContain('>target</text>');
  });
});
