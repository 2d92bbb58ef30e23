import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Extraction, Incident } from '../../src/types.js';
import { corpus } from '../helpers.js';

const results = new Map<string, Extraction>(
  corpus().map((d) => [d.file, extract(d.text, { publishedAt: d.publishedAt })]),
);
const of = (file: string): Extraction => results.get(file)!;
/** The incident holding the first figure whose text is `text`. */
function holding(x: Extraction, text: string): Incident | undefined {
  const f = x.casualties.find((c) => c.text === text);
  expect(f, text).toBeDefined();
  return x.incidents.find((i) => i.casualties.includes(f!));
}

describe('incidents on the corpus', () => {
  it('keeps the Homs attack, the Douma raids and the Hama air raid three incidents, in both articles that tell them', () => {
    for (const [file, homs] of [
      ['000_766954e35f8f7fcd.txt', 'dozens'],
      ['003_c1bcddf612ed12e0.txt', 'at least 31 others'],
    ] as const) {
      const x = of(file);
      const incidents = [holding(x, homs), holding(x, 'six deaths'), holding(x, 'four people')];
      expect(
        incidents.every((i) => i !== undefined),
        file,
      ).toBe(true);
      expect(new Set(incidents).size, file).toBe(3);
      expect(
        incidents.map((i) => i!.place?.text.replace(/^the central city of /, '')),
        file,
      ).toEqual(['Homs', 'Douma', 'Hama']);
    }
  });

  it('puts every figure of the Homs attack in article 003 into one incident, dated Saturday', () => {
    const x = of('003_c1bcddf612ed12e0.txt');
    const homs = holding(x, 'at least 31 others')!;
    for (const t of [
      'Dozens',
      'a senior officer',
      'the head of military security',
      'Maj Gen Hassan Daeboul',
      'more than 32 people',
    ]) {
      expect(holding(x, t), t).toBe(homs);
    }
    expect(homs.date?.value).toBe('2017-02-25');
    expect(homs.claims.map((c) => c.actor?.name)).toContain('Tahrir al-Sham');
  });

  it('makes the two Damascus tolls of the Sayyida Zeinab bombings one incident, and the war toll none', () => {
    const x = of('001_cb4221530d78be4c.txt');
    const i = holding(x, 'over 70 people');
    expect(i).toBeDefined();
    expect(x.casualties.filter((f) => f.text === 'over 76 people').map((f) => holding(x, f.text))).toEqual([i, i]);
    expect(holding(x, 'at least 250,000 people')).toBeUndefined();
    expect(i!.tolls.killed!.low.value).toBe(71);
    expect(i!.tolls.killed!.high.value).toBe(77);
    expect(x.incidents.filter((n) => n.casualties.length > 0)).toHaveLength(1);
  });

  it('places each incident-scope figure in exactly one incident and cumulative tolls in none', () => {
    for (const x of results.values()) {
      for (const f of x.casualties) {
        const n = x.incidents.filter((i) => i.casualties.includes(f)).length;
        expect(n, f.text).toBe(f.scope === 'incident' ? 1 : 0);
      }
      for (const i of x.incidents) {
        for (const c of i.claims) expect(x.claims).toContain(c);
        if (i.date !== null) expect(x.dates).toContain(i.date);
      }
    }
    expect(holding(of('004_f6e6748fcce0c23d.txt'), 'more than 260 000 people')).toBeUndefined();
  });
});
