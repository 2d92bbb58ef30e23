import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { aggregate, eventsCsvRows, EVENT_CSV_COLUMNS, fromJsonl } from '../../src/aggregate/index.js';

const one = (id: string, text: string, publishedAt: string) => ({ id, extraction: extract(text, { publishedAt }) });

describe('aggregate: events across articles', () => {
  const a = one(
    'wire.txt',
    'A car bomb killed at least 14 people in the town of Qaryat al-Noor on Tuesday, the Levant Monitor said. ' +
      'The blast also wounded 30 people.',
    '2021-06-09',
  );
  const b = one(
    'daily.txt',
    'The death toll from Tuesday’s car bomb in Qaryat al-Noor rose to 17, local officials said on Thursday.',
    '2021-06-10',
  );
  const c = one('other.txt', 'An air strike killed 5 people in the village of Tell Hamra on Monday.', '2021-06-09');

  it('joins the incidents of one attack told by two articles, and keeps another attack apart', () => {
    const { events } = aggregate([a, b, c]);
    const bomb = events.find((e) => e.articles.includes('wire.txt'))!;
    expect(bomb.articles.sort()).toEqual(['daily.txt', 'wire.txt']);
    expect(bomb.date).toBe('2021-06-08');
    expect(events.find((e) => e.articles.includes('other.txt'))!.articles).toEqual(['other.txt']);
  });

  it('reconciles the toll across articles with every figure behind each value', () => {
    const bomb = aggregate([a, b, c]).events.find((e) => e.articles.includes('wire.txt'))!;
    const killed = bomb.tolls.killed!;
    expect(killed.low.value).toBe(14);
    expect(killed.high.value).toBe(17);
    expect(killed.low.figures.map((f) => f.article)).toEqual(['wire.txt']);
    expect(killed.high.figures.map((f) => [f.article, f.text])).toEqual([['daily.txt', '17']]);
    expect(bomb.tolls.injured?.best.value).toBe(30);
  });

  it('writes the events as conflict-dataset rows', () => {
    const rows = eventsCsvRows(aggregate([a, b, c]));
    expect(rows[0]!.length).toBe(EVENT_CSV_COLUMNS.length);
    const bomb = rows.find((r) => r[13]!.includes('wire.txt'))!;
    expect(bomb.slice(1, 2)).toEqual(['2021-06-08']);
    expect(bomb[6]).toBe('14');
    expect(bomb[8]).toBe('17');
  });

  it('rejects bad input with a TypeError naming it', () => {
    expect(() => aggregate('x' as never)).toThrow(TypeError);
    expect(() => aggregate([{ id: 'a' } as never])).toThrow(/articles\[0\]/);
    expect(() => aggregate([a, a])).toThrow(/repeats/);
    expect(aggregate([])).toEqual({ entities: [], events: [] });
    expect(() => fromJsonl('{"file":"a"}\nnot json')).toThrow(/line 2/);
  });
});

describe('aggregate: entities across articles', () => {
  it('gives one entity to spelling variants and a bare surname of one person', () => {
    const { entities } = aggregate([
      one('a.txt', "Envoy Nabil al-Ja'bari said the talks would resume.", '2020-01-01'),
      one('b.txt', 'Nabil Jabari said the delegation had arrived.', '2020-01-02'),
      one('c.txt', 'Jabari said nothing new.', '2020-01-03'),
    ]);
    const nabil = entities.filter((e) => e.aliases.some((x) => /Ja'?bari/.test(x)));
    expect(nabil.length).toBe(1);
    expect(nabil[0]!.articles.map((x) => x.article).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('aggregate: the seed articles', () => {
  const dir = join(import.meta.dirname, '..', '..', 'corpus', 'documents');
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as {
    documents: { file: string; publishedAt: string }[];
  };
  const results = meta.documents.map((m) => one(m.file, readFileSync(join(dir, m.file), 'utf8'), m.publishedAt));

  it('joins the Homs attack of 000 and 003, and the Sayyida Zeinab bombings of 001 and 004', () => {
    const { events } = aggregate(results);
    const homs = events.find((e) => e.date === '2017-02-25')!;
    expect(homs.articles.sort()).toEqual(['000_766954e35f8f7fcd.txt', '003_c1bcddf612ed12e0.txt']);
    expect(homs.claims.length).toBeGreaterThan(0);
    const zeinab = events.find((e) => e.articles.includes('001_cb4221530d78be4c.txt'))!;
    expect(zeinab.articles).toContain('004_f6e6748fcce0c23d.txt');
    expect(zeinab.tolls.killed!.high.value).toBeGreaterThanOrEqual(zeinab.tolls.killed!.low.value);
  });

  it('gives one entity per person across the five articles', () => {
    const { entities } = aggregate(results);
    const jaafari = entities.filter((e) => e.aliases.some((x) => /Ja.?afari/.test(x)));
    expect(jaafari.length).toBe(1);
    expect(new Set(jaafari[0]!.articles.map((x) => x.article)).size).toBe(5);
    expect(entities.filter((e) => e.aliases.some((x) => /Mistura/.test(x))).length).toBe(1);
  });
});
