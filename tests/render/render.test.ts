import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { render } from '../../src/render/index.js';
import type { Extraction } from '../../src/types.js';
import { emptyExtraction } from '../helpers.js';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The article part of a rendered page. */
function articleOf(html: string): string {
  const m = /<div class="nf-text">([\s\S]*)<\/div><\/main>/.exec(html);
  if (!m) throw new Error('no article element');
  return m[1]!;
}

/**
 * Walks the article's tags: checks they are well formed, and returns the plain
 * text (badges left out) and, per marked item, its kind, its fragments and the
 * text of its fragments joined.
 */
function walk(html: string) {
  const items = new Map<string, { kind: string; text: string; fragments: number; cls: string }>();
  const stack: { tag: string; key: string | null; hidden: boolean }[] = [];
  let plain = '';
  for (const m of articleOf(html).matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      if (stack.some((s) => s.hidden)) continue;
      const t = unescape(m[4]);
      plain += t;
      for (const s of stack) if (s.key) items.get(s.key)!.text += t;
      continue;
    }
    const [, closing, tag, attrs] = m;
    if (closing) {
      const top = stack.pop();
      expect(top?.tag, 'tags close in order').toBe(tag);
      continue;
    }
    const key = /data-nf="([^"]+)"/.exec(attrs!)?.[1] ?? null;
    if (key) {
      const kind = /data-kind="([^"]+)"/.exec(attrs!)![1]!;
      const cls = /class="([^"]+)"/.exec(attrs!)![1]!;
      const item = items.get(key) ?? { kind, text: '', fragments: 0, cls };
      item.fragments++;
      items.set(key, item);
    }
    stack.push({ tag: tag!, key, hidden: /aria-hidden="true"/.test(attrs!) });
  }
  expect(stack, 'every tag closed').toEqual([]);
  return { plain, items };
}

describe('render', () => {
  const text =
    'Harbour Blast\n\n"The explosion at the depot on Tuesday killed 14 dockers," said port director Mina Ocampo. ' +
    'She said two more were missing. The Sea Wolves claimed responsibility for the blast.';

  it('keeps the article text exactly and marks every item with its own text', () => {
    const r = extract(text, { publishedAt: '2021-06-10' });
    const html = render(r, text);
    const { plain, items } = walk(html);
    expect(plain).toBe(text);
    const byKind = (k: string) => [...items.values()].filter((i) => i.kind === k);
    expect(byKind('quote').map((i) => i.text)).toEqual(r.quotes.map((q) => q.text));
    expect(byKind('casualty').map((i) => i.text)).toEqual(r.casualties.map((c) => c.text));
    expect(byKind('claim').map((i) => i.text)).toEqual(r.claims.map((c) => c.text));
    expect(byKind('date').map((i) => i.text)).toEqual(r.dates.map((d) => d.text));
    // the quote holds a date and a figure: they are nested inside it
    expect(r.quotes[0]!.text).toContain('Tuesday');
    expect(r.casualties.length).toBeGreaterThan(0);
    expect(html).toContain('aria-roledescription="quote"');
  });

  it('shows the speaker, the normalised count, the claim status and actor, and the TIMEX value', () => {
    const r = extract(text, { publishedAt: '2021-06-10' });
    const html = render(r, text);
    expect(html).toMatch(/nf-badge-who[^>]*>Mina Ocampo ▸</);
    expect(html).toMatch(/nf-badge-casualty[^>]*>killed 14</);
    expect(html).toMatch(/nf-badge-claim[^>]*>claimed · Sea Wolves</);
    expect(html).toMatch(/nf-badge-date[^>]*>2021-06-08</);
  });

  it('escapes everything taken from the article and the extraction', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "It\'s over," said <b>Bob</b>.';
    const r = extract(hostile);
    const html = render(r, hostile, { title: '</title><script>alert(2)</script>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    expect(html.match(/<script>/g)).toHaveLength(1); // the page's own script only
    expect(walk(html).plain).toBe(hostile);
  });

  it('splits crossing spans into well-formed fragments, each item keeping its text', () => {
    const t = 'Officials said the raid on Monday killed nine and it was claimed by the Crows later.';
    const quote = {
      start: 15,
      end: 46,
      text: t.slice(15, 46),
      boilerplate: false,
      kind: 'indirect' as const,
      speaker: null,
      cue: null,
      confidence: 0.5,
    };
    const claim = {
      start: 37,
      end: 79,
      text: t.slice(37, 79),
      boilerplate: false,
      status: 'claimed' as const,
      actor: null,
      event: null,
      source: null,
      casualties: [],
      confidence: 1,
    };
    const date = { start: 27, end: 33, text: 'Monday', boilerplate: false, type: 'DATE' as const, value: 'XXXX-WXX-1' };
    const { plain, items } = walk(render(emptyExtraction({ quotes: [quote], claims: [claim], dates: [date] }), t));
    expect(plain).toBe(t);
    expect(items.get('q0')).toMatchObject({ text: quote.text, fragments: 1 });
    expect(items.get('r0')).toMatchObject({ text: claim.text, fragments: 2 }); // closed at the quote's end, reopened
    expect(items.get('d0')).toMatchObject({ text: 'Monday', fragments: 1 });
  });

  it('gives one colour per entity, the same on every item of that entity', () => {
    const t =
      '"We will rebuild," said Mayor Ana Ruiz. "The port reopens in May," Ruiz said. "Not soon," said Tom Hale.';
    const r = extract(t);
    const { items } = walk(render(r, t));
    const colour = (i: { cls: string }) => /nf-e\d+|nf-enone/.exec(i.cls)![0];
    const quotes = [...items.values()].filter((i) => i.kind === 'quote');
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Tom Hale']);
    expect(colour(quotes[0]!)).toBe(colour(quotes[1]!));
    expect(colour(quotes[0]!)).not.toBe(colour(quotes[2]!));
    const who = [...items.values()].filter((i) => i.kind === 'who');
    expect(who.map((i) => i.text)).toEqual(['Ana Ruiz', 'Ruiz', 'Tom Hale']);
    expect(colour(who[1]!)).toBe(colour(quotes[0]!));
  });

  it('greys out page furniture and lists incidents with their toll and its sources when the result has them', () => {
    const t =
      'Bus bomb kills 9\n\nA bus bomb killed nine people on Monday, police said.\n\nLatest news\nFerry fares rise again';
    const r = extract(t, { publishedAt: '2022-05-04' });
    const nine = r.casualties.find((f) => f.text === 'nine people')!;
    expect(nine.source?.name).toBe('police');
    // the shape of Extraction.incidents (figures and sources are the result's own objects)
    const value = { value: 9, figures: [nine], sources: [nine.source!] };
    const withIncidents = {
      ...r,
      incidents: [
        {
          id: 'i1',
          mentions: [{ start: t.indexOf('A bus'), end: t.indexOf('A bus') + 10, text: 'A bus bomb' }],
          date: r.dates[0] ?? null,
          place: null,
          claims: [],
          casualties: r.casualties,
          tolls: { killed: { low: value, best: value, high: value } },
        },
      ],
    };
    const html = render(withIncidents, t);
    const c = `c${r.casualties.indexOf(nine)}`;
    expect(r.document.zones.some((z) => z.kind === 'boilerplate')).toBe(true);
    expect(html).toContain('nf-zone-boilerplate');
    expect(html).toContain('<h2 id="nf-h-inc">Incidents</h2>');
    expect(html).toContain('<strong>i1: A bus bomb</strong><br>date 2022-05-02 (“Monday”)');
    expect(html).toContain(`<th scope="row">killed</th><td><a href="#nf-m-${c}">9</a></td>`);
    expect(html).toContain(`<li>killed, low, best, high 9: <a href="#nf-m-${c}">“nine people”</a> — police</li>`);
    expect(html).toMatch(new RegExp(`id="nf-d-${c}"[^]*?<dt>incident</dt><dd>i1</dd>`));
    expect(walk(html).items.get('i0m0')).toMatchObject({ kind: 'incident', text: 'A bus bomb' });
    expect(render({ ...r, incidents: [] }, t)).not.toContain('Incidents</h2>');
  });

  it('renders empty text as an empty page', () => {
    const html = render(extract(''), '');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(walk(html).items.size).toBe(0);
  });

  it('rejects what is not an extraction of this text, naming the argument or item', () => {
    const t = 'Ten people were killed, police said.';
    const r = extract(t);
    expect(() => render(null as unknown as Extraction, t)).toThrow(TypeError);
    expect(() => render({ document: {} } as unknown as Extraction, t)).toThrow(/extraction\.quotes/);
    expect(() => render(r, 42 as unknown as string)).toThrow(/`text`/);
    expect(() => render(r, t, { title: 3 as unknown as string })).toThrow(/options\.title/);
    expect(() => render(r, 'Another text altogether, not the one extracted.')).toThrow(RangeError);
    expect(() => render(r, 'Another text altogether, not the one extracted.')).toThrow(
      /casualties\[0\]|quotes\[0\]|zones\[0\]/,
    );
  });
});
