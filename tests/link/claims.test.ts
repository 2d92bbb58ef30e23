import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/index.js';
import { parse } from '../../src/document/parse.js';
import { linkClaims } from '../../src/link/index.js';
import { extract } from '../../src/extract.js';
import type { CasualtyFigure, EntityRef, Quote } from '../../src/types.js';

/** A casualty figure over `words` (first occurrence in `text`). */
function figure(
  text: string,
  words: string,
  min: number,
  scope: 'incident' | 'cumulative' = 'incident',
): CasualtyFigure {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return {
    start,
    end: start + words.length,
    text: words,
    boilerplate: false,
    outcome: 'killed',
    count: { min, max: min, exact: true, approximate: false },
    victims: 'people',
    scope,
    source: null,
    partOf: null,
    confidence: 0.9,
  };
}

/** A quote over `words` (first occurrence in `text`) said by `name`. */
function quote(text: string, words: string, name: string, organisation: string | null = null): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  const speaker: EntityRef = {
    entity: 'e1',
    name,
    kind: 'person',
    mention: null,
    role: null,
    organisation,
    resolvedBy: 'name',
  };
  return {
    start,
    end: start + words.length,
    text: words,
    boilerplate: false,
    kind: 'direct',
    speaker,
    cue: null,
    confidence: 1,
  };
}

const SYRIA = 'Syria has been at war since 2011. Syrian troops fought rebels near Damascus, Syria said.';

describe('linkClaims', () => {
  it('gives a claim inside a quote the quote’s speaker as source', () => {
    const text = `${SYRIA} "It was an operation the regime has carried out to frighten people," Colonel Ahmad Saleh said.`;
    const doc = parse(text);
    const claims = extractClaims(doc);
    expect(claims.map((c) => c.source?.name ?? null)).toEqual([null]);
    const q = quote(text, 'It was an operation the regime has carried out to frighten people,', 'Ahmad Saleh');
    const [c] = linkClaims(doc, claims, { quotes: [q] });
    expect(c?.source?.name).toBe('Ahmad Saleh');
    expect(c?.actor?.name).toBe('Syria');
  });

  it('finds the quote holding a claim among many, in order or not', () => {
    const text = `"The harvest was late," Maria Lopez said. ${SYRIA} "It was an operation the regime has carried out to frighten people," Colonel Ahmad Saleh said. "Prices rose," Tom Reed said.`;
    const doc = parse(text);
    const claims = extractClaims(doc);
    const quotes = [
      quote(text, 'The harvest was late,', 'Maria Lopez'),
      quote(text, 'It was an operation the regime has carried out to frighten people,', 'Ahmad Saleh'),
      quote(text, 'Prices rose,', 'Tom Reed'),
    ];
    const sourceWith = (qs: Quote[]): (string | null)[] =>
      linkClaims(doc, claims, { quotes: qs }).map((c) => c.source?.name ?? null);
    expect(sourceWith(quotes)).toEqual(['Ahmad Saleh']);
    expect(sourceWith([...quotes].reverse())).toEqual(['Ahmad Saleh']);
  });

  it('gives an indirect quote’s speaker as source of the attribution inside it', () => {
    const text =
      'The Iraqi delegation said the council should condemn the bombings by the Islamic State group in Baghdad.';
    const doc = parse(text);
    const q = quote(
      text,
      'the council should condemn the bombings by the Islamic State group in Baghdad',
      'Iraqi delegation',
    );
    const [c] = linkClaims(doc, extractClaims(doc), { quotes: [q] });
    expect([c?.status, c?.actor?.name, c?.source?.name]).toEqual(['attributed', 'Islamic State', 'Iraqi delegation']);
  });

  it('takes no attack noun a speaker reader misread as the source, only one who can speak', () => {
    const text = 'Shells hit the market in attacks by Islamic State fighters witnesses and a medic said.';
    const doc = parse(text);
    const claims = extractClaims(doc);
    const content = 'Shells hit the market in attacks by Islamic State fighters';
    const misread = quote(text, content, 'attacks');
    misread.speaker = {
      ...misread.speaker!,
      kind: 'organisation',
      resolvedBy: 'description',
      mention: { start: 25, end: 32, text: 'attacks' },
    };
    expect(linkClaims(doc, claims, { quotes: [misread] }).map((c) => c.source?.name ?? null)).toEqual(
      claims.map(() => null),
    );
    const right = quote(text, content, 'witnesses and a medic');
    right.speaker = {
      ...right.speaker!,
      resolvedBy: 'description',
      mention: { start: 59, end: 80, text: 'witnesses and a medic' },
    };
    const linked = linkClaims(doc, claims, { quotes: [right] });
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((c) => c.source?.name === 'witnesses and a medic')).toBe(true);
  });

  it('gives the body an unnamed voice speaks for as the source, not the voice', () => {
    const src = (text: string): (string | null)[] => extract(text).claims.map((c) => c.source?.name ?? null);
    expect(
      src('A source at Harbour Police Command told reporters that terrorists fired three mortar shells at the port.'),
    ).toEqual(['Harbour Police Command']);
    expect(src('A Coastal Defence Ministry spokesman said rebels shelled the port on Monday.')).toEqual([
      'Coastal Defence Ministry',
    ]);
    expect(src('A spokesman for the Interior Ministry said rebels shelled the port on Monday.')).toEqual([
      'Interior Ministry',
    ]);
    // a capital that only opens the sentence names no body
    expect(src('Local sources said rebels shelled the port on Monday.')).toEqual(['Local sources']);
    const x = extract('A source at Harbour Police Command said rebels shelled the port.');
    expect(x.entities.some((e) => e.id === x.claims[0]?.source?.entity && e.name === 'Harbour Police Command')).toBe(
      true,
    );
  });

  it('gives the source of a quote the claim starts in, and none to the actor’s own medium', () => {
    const text = 'The envoy said the council condemned the bombings by the Islamic State group in Baghdad.';
    const doc = parse(text);
    // a quote span cut short after "the council condemned the": the claim still starts inside it
    const q = quote(text, 'the council condemned the bombings', 'envoy');
    const [c] = linkClaims(doc, extractClaims(doc), { quotes: [q] });
    expect([c?.actor?.name, c?.source?.name]).toEqual(['Islamic State', 'envoy']);
    const text2 =
      'A website affiliated with the Islamic State group said the attacks were carried out by its fighters.';
    const doc2 = parse(text2);
    const own = quote(
      text2,
      'the attacks were carried out by its fighters',
      'website affiliated with the Islamic State group',
    );
    const [d] = linkClaims(doc2, extractClaims(doc2), { quotes: [own] });
    expect([d?.status, d?.source?.name ?? null]).toEqual(['claimed', null]);
  });

  it('does not make the actor (or its spokesman) its own source, nor override a source already found', () => {
    const text =
      '"We carried out the attack on the convoy," a Taliban spokesman said. Police blamed the Taliban for the raid.';
    const doc = parse(text);
    const claims = extractClaims(doc);
    const own = quote(text, 'We carried out the attack on the convoy,', 'Zabihullah', 'Taliban');
    const other = quote(text, 'Police blamed the Taliban for the raid', 'someone else');
    const linked = linkClaims(doc, claims, { quotes: [own, other] });
    const blamed = linked.find((c) => c.text.startsWith('Police'));
    expect(blamed?.source?.name).toBe('Police');
    for (const c of linked) expect(c.source?.name).not.toBe('Zabihullah');
  });

  it('links incident figures of the same sentence, and of the next one when it goes on about the event', () => {
    const text =
      'Boko Haram claimed the market bombing that killed 31 people. The blast also wounded dozens, and 12 children died later. The war has killed 35,000 people.';
    const doc = parse(text);
    const figures = [
      figure(text, '31 people', 31),
      figure(text, '12 children', 12),
      figure(text, '35,000 people', 35000, 'cumulative'),
    ];
    const [c] = linkClaims(doc, extractClaims(doc), { casualties: figures });
    expect(c?.casualties.map((f) => f.text)).toEqual(['31 people', '12 children']);
  });

  it('does not take the next sentence’s figures when it is about something else or makes its own claim', () => {
    const text = 'Al-Shabaab claimed the hotel siege. Floods killed 40 people in the south.';
    const doc = parse(text);
    const [c] = linkClaims(doc, extractClaims(doc), { casualties: [figure(text, '40 people', 40)] });
    expect(c?.casualties).toEqual([]);
    const text2 = 'Hamas claimed the shooting. The Islamic Jihad claimed the rocket attack, which killed two people.';
    const doc2 = parse(text2);
    const linked = linkClaims(doc2, extractClaims(doc2), { casualties: [figure(text2, 'two people', 2)] });
    expect(linked.map((x) => [x.actor?.name, x.casualties.length])).toEqual([
      ['Hamas', 0],
      ['Palestinian Islamic Jihad', 1],
    ]);
  });

  it('returns the claims unchanged when there is nothing to link', () => {
    const doc = parse('ETA claimed the bombing.');
    const claims = extractClaims(doc);
    expect(linkClaims(doc, claims, {})).toEqual(claims);
    expect(linkClaims(doc, [], { quotes: [], casualties: [] })).toEqual([]);
  });
});
