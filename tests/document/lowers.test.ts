import { describe, expect, it } from 'vitest';
import {
  ACRONYM_WORD,
  isAcronymValue,
  NAME_SHAPED_WORD,
  REGIME_WORD,
  startsWithCapital,
  UPPER_START_WORD,
} from '../../src/actors/lexicon.js';
import { isAcronym, isNameToken } from '../../src/actors/names.js';
import { entityRegistry } from '../../src/actors/registry.js';
import { parse } from '../../src/document/parse.js';
import { setWinkPiece } from '../../src/document/tokens.js';

// Sentences written for these tests (in no data set).

describe('lower-case ids (doc.lowers)', () => {
  it('gives two tokens one id exactly when their lower case is the same string', () => {
    const doc = parse('Harbours reopened. The harbours of Tyre and HARBOURS upstream stayed shut; Tyre harbour too.');
    const { tokens, lowers } = doc;
    expect(lowers.length).toBe(tokens.length);
    for (let a = 0; a < tokens.length; a++)
      for (let b = 0; b < tokens.length; b++)
        expect(lowers[a] === lowers[b]).toBe(tokens[a]!.lower === tokens[b]!.lower);
  });

  it('keeps ids comparable inside a document read in pieces', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says the Ferry left Gdansk.`).join('\n\n');
    const previous = setWinkPiece(64);
    try {
      const doc = parse(text);
      const ferries = doc.tokens.flatMap((t, i) => (t.lower === 'ferry' ? [doc.lowers[i]] : []));
      expect(ferries.length).toBe(30);
      expect(new Set(ferries).size).toBe(1);
    } finally {
      setWinkPiece(previous);
    }
  });

  it('leaves each document its own ids when two are read interleaved', () => {
    const a = parse('Storms hit the coast. Coastguards said storms would ease.');
    const b = parse('Coastguards rescued four sailors off Malta.');
    const idsOf = (d: typeof a, w: string) => d.tokens.flatMap((t, i) => (t.lower === w ? [d.lowers[i]] : []));
    expect(new Set(idsOf(a, 'storms')).size).toBe(1);
    expect(idsOf(a, 'storms').length).toBe(2);
    expect(new Set(idsOf(b, 'coastguards')).size).toBe(1);
  });

  it('reads a sentence-opening capitalised word that the text also writes as a lower-case noun as that noun', () => {
    const names = entityRegistry(parse('Ferrymen protested on Monday. Officials met the ferrymen later.')).entities.map(
      (e) => e.name,
    );
    expect(names).not.toContain('Ferrymen');
  });
});

describe('word facts read instead of the token', () => {
  it('marks name-shaped words, acronyms, upper-case starts and regime words', () => {
    const doc = parse('Ómar of the UNHCR met U.N. staff, 12 pro-regime men and Eva at www.example.org.');
    const f = (w: string) => doc.facts[doc.tokens.findIndex((t) => t.value === w)]!;
    expect(f('Ómar') & NAME_SHAPED_WORD).not.toBe(0);
    expect(f('Ómar') & UPPER_START_WORD).toBe(0); // not A–Z
    expect(f('Eva') & UPPER_START_WORD).not.toBe(0);
    expect(f('of') & NAME_SHAPED_WORD).toBe(0);
    expect(f('12') & NAME_SHAPED_WORD).toBe(0);
    expect(f(',') & NAME_SHAPED_WORD).toBe(0);
    expect(f('UNHCR') & ACRONYM_WORD).not.toBe(0);
    expect(f('U.N.') & ACRONYM_WORD).not.toBe(0);
    expect(f('Eva') & ACRONYM_WORD).toBe(0);
    const regime = doc.tokens.findIndex((t) => t.lower.includes('regime'));
    expect(doc.facts[regime]! & REGIME_WORD).not.toBe(0);
    expect(f('men') & REGIME_WORD).toBe(0);
  });

  it('tests capitals and acronyms by characters as the expressions did', () => {
    for (const w of ['HNC', 'UN', 'U.N.', 'U.S.A.', 'NATO', 'ABCDEF', 'I'])
      expect(isAcronymValue(w)).toBe(/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(w));
    for (const w of ['Hnc', 'ABCDEFG', 'U.N', 'u.n.', '', 'A.B.C.D.E.'])
      expect(isAcronymValue(w)).toBe(/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(w));
    expect(startsWithCapital('Émile')).toBe(true);
    expect(startsWithCapital('×5')).toBe(false);
    expect(startsWithCapital('Ω')).toBe(true);
    expect(startsWithCapital('émile')).toBe(false);
  });

  it('answers isNameToken as before for punctuation, numbers, acronyms and names', () => {
    const doc = parse('"WHO staff," said Dr Lena Ortiz, 43, of the WFP. In Gao, Ortiz said I would stay.');
    const at = (w: string, n = 0) => doc.tokens.filter((t) => t.value === w)[n]!.index;
    expect(isNameToken(doc, at('"'))).toBe(false);
    expect(isNameToken(doc, at('43'))).toBe(false);
    expect(isNameToken(doc, at(','))).toBe(false);
    expect(isNameToken(doc, at('WHO'))).toBe(true);
    expect(isNameToken(doc, at('WFP'))).toBe(true);
    expect(isNameToken(doc, at('Ortiz', 1))).toBe(true);
    expect(isNameToken(doc, at('I'))).toBe(false);
    expect(isNameToken(doc, -1)).toBe(false);
    expect(isNameToken(doc, doc.tokens.length)).toBe(false);
    expect(isAcronym(doc.tokens[at('WFP')]!)).toBe(true);
  });
});
