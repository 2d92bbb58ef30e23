import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { attributedClauses, attributionAt, sourceAt } from '../../src/attribution/index.js';
import { extractCasualties } from '../../src/casualties/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { SPEECH_LEMMAS, speechForms } from '../../src/lexicon/en/index.js';

/** Token index of the first token whose text is `word`. */
function at(doc: ReturnType<typeof parse>, word: string): number {
  return doc.tokens.findIndex((t) => t.value === word);
}

describe('attribution layer', () => {
  it('builds once per document and is cached on it', () => {
    const doc = parse('The mayor said the bridge was closed.');
    expect(attributedClauses(doc)).toBe(attributedClauses(doc));
  });

  it('gives a clause its cue, lemma and source', () => {
    const doc = parse('Harbour officials told reporters the ferry had sunk.');
    const c = attributionAt(doc, at(doc, 'ferry'));
    expect(c?.at.cue.lemma).toBe('tell');
    expect(c?.kind).toBe('indirect');
    expect(sourceAt(doc, at(doc, 'ferry'))?.name).toBe('Harbour officials');
    expect(sourceAt(doc, at(doc, 'Harbour'))).toBeNull();
  });

  it('gives a casualty figure the source its quote has: one answer per clause', () => {
    const text =
      'Eleven fishermen were killed off the cape, the coastguard said, adding that four others were wounded.';
    const doc = parse(text);
    const speakers = extractQuotes(doc).map((q) => q.speaker?.entity);
    const sources = extractCasualties(doc).map((f) => f.source?.entity);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(speakers).toContain(s);
  });

  it('carries the subject to a participle cue whose comma was lost, not the noun before it', () => {
    const doc = parse('The agency said shells hit the grain market adding that nine people were killed.');
    expect(extractCasualties(doc).map((f) => f.source?.name)).toEqual(['agency']);
  });

  it("never takes the noun phrase before a participle cue as a figure's source", () => {
    const doc = parse('The group identified one of those killed as Omar Saleh adding that two guards were wounded.');
    expect(extractCasualties(doc).map((f) => [f.text, f.source?.name ?? null])).toEqual([
      ['one of those', null],
      ['two guards', 'group'],
    ]);
  });

  it('does not read a passive participle after its noun as a cue ("an attack claimed by")', () => {
    const doc = parse('Two gunmen killed three guards in a raid claimed by the Crescent Brigade.');
    expect(attributedClauses(doc).clauses).toEqual([]);
    expect(extractCasualties(doc).map((f) => f.source)).toEqual([null]);
  });
});

describe('speech verbs: one lemma class', () => {
  it('maps every form to its lemma', () => {
    expect(SPEECH_LEMMAS.get('told')).toBe('tell');
    expect(SPEECH_LEMMAS.get('pointed')).toBe('point out');
    expect(SPEECH_LEMMAS.get('documented')).toBe('document');
  });

  it('derives the classes of quotes, figure sources and own accounts from the lemmas', () => {
    expect(speechForms('quoteCues').has('warned')).toBe(true);
    expect(speechForms('quoteCues').has('documented')).toBe(false);
    expect(speechForms('figureSources').has('recorded')).toBe(true);
    expect(speechForms('ownAccount').has('posted')).toBe(true);
    expect(speechForms('ownAccount').has('warned')).toBe(false);
  });
});

describe('speaker: a capitalised short form of a longer name', () => {
  it('reads "the Agency" as the one registered name it heads', () => {
    const text = 'The Northern Relief Agency sent trucks on Monday. The roads were cut, the Agency said.';
    expect(extractQuotes(parse(text)).map((q) => q.speaker?.name)).toEqual(['Northern Relief Agency']);
  });

  it('guesses nothing when two names end with the word', () => {
    const text =
      'The Northern Relief Agency and the Southern Supply Agency sent trucks. The roads were cut, the Agency said.';
    expect(extractQuotes(parse(text)).map((q) => q.speaker?.name)).toEqual(['Agency']);
  });
});
