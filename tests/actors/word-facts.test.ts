import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { defineWordFacts } from '../../src/document/classes.js';
import { findGroupsByShape } from '../../src/actors/shape.js';
import {
  APOSTROPHE_WORD,
  CAPITALISED_WORD,
  FEMALE_NAME_WORD,
  firstNameGender,
  givenNameGenderAt,
  GOVERNMENT_WORD,
  GROUP_HEAD_WORD,
  isGovernmentName,
  isGroupHead,
  isMediaHead,
  isNameSuffix,
  isOrganisationHead,
  isTemporal,
  MALE_NAME_WORD,
  MEDIA_HEAD_WORD,
  NAME_SUFFIX_WORD,
  ORGANISATION_HEAD_WORD,
  roleAt,
  roleAtToken,
  TEMPORAL_WORD,
  titleAt,
  titleAtToken,
} from '../../src/actors/lexicon.js';

/** Written for this test: titles, roles (one hyphenated), given names, heads, a suffix, a weekday, a capital. */
const TEXT =
  'Vice-president Marta Quillon, a spokeswoman for the Lakeside Observatory, and Colonel Ivo Brandt Jr. ' +
  'told state TV on Monday that the delegation and Co-founder Anselm Rook of the Harbour Committee met ' +
  'Moscow envoys. Officials in Paris said the MINISTER had left.';

describe('word facts of the actors layer', () => {
  it('answer for every token what the lexicon tests answer for its words', () => {
    const doc = parse(TEXT);
    const toks = doc.tokens;
    const n = toks.length;
    expect(doc.facts.length).toBe(n);
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      const f = doc.facts[i]!;
      const at = `${t.value} (${i})`;
      expect(roleAtToken(doc, i, n), at).toEqual(roleAt(toks, i, n));
      expect(roleAtToken(doc, i, i + 1), at).toEqual(roleAt(toks, i, i + 1));
      expect(titleAtToken(doc, i, n), at).toEqual(titleAt(toks, i, n));
      expect(givenNameGenderAt(doc, i), at).toBe(firstNameGender(t.lower));
      expect((f & NAME_SUFFIX_WORD) !== 0, at).toBe(isNameSuffix(t.value));
      expect((f & TEMPORAL_WORD) !== 0, at).toBe(isTemporal(t.lower));
      expect((f & MEDIA_HEAD_WORD) !== 0, at).toBe(isMediaHead(t.lower));
      expect((f & ORGANISATION_HEAD_WORD) !== 0, at).toBe(isOrganisationHead(t.value));
      expect((f & GOVERNMENT_WORD) !== 0, at).toBe(isGovernmentName(t.lower));
      expect((f & GOVERNMENT_WORD) !== 0, at).toBe(isGovernmentName(t.value));
      expect((f & GROUP_HEAD_WORD) !== 0, at).toBe(isGroupHead(t.lower));
      expect(f & MALE_NAME_WORD && f & FEMALE_NAME_WORD, at).toBeFalsy();
    }
    // The text holds each kind of fact at least once.
    const seen = doc.facts.reduce((a, b) => a | b, 0);
    for (const bit of [NAME_SUFFIX_WORD, TEMPORAL_WORD, MEDIA_HEAD_WORD, ORGANISATION_HEAD_WORD, GOVERNMENT_WORD]) {
      expect(seen & bit).toBe(bit);
    }
    expect(roleAtToken(doc, 0, n)?.words).toBe('Vice-president');
    expect(givenNameGenderAt(doc, 1)).toBe(firstNameGender('marta'));
  });

  it('tell a capitalised word and an apostrophe without reading the token', () => {
    // Written for this test: capitals, an acronym, a number, lower case, both apostrophes, a quote mark.
    const doc = parse(
      "Fighters of Kata’ib Nour and Hay'at Sabr met 3 ELDERS at O'Dell's farm; 'talks' failed, “Umar” said.",
    );
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const f = doc.facts[i]!;
      const at = `${t.value} (${i})`;
      expect((f & CAPITALISED_WORD) !== 0, at).toBe(t.shape === 'word' && /^[A-Z]/.test(t.value));
      expect((f & APOSTROPHE_WORD) !== 0, at).toBe(/['’]/.test(t.lower));
    }
    const seen = doc.facts.reduce((a, b) => a | b, 0);
    expect(seen & (CAPITALISED_WORD | APOSTROPHE_WORD)).toBe(CAPITALISED_WORD | APOSTROPHE_WORD);
    // The shape scan reads them: Arabic heads with either apostrophe still open a name, a lower-case word does not.
    expect(findGroupsByShape(doc).map((g) => g.name)).toEqual(['Kata’ib Nour', "Hay'at Sabr"]);
    expect(findGroupsByShape(parse("Fighters of kata'ib nour met.")).length).toBe(0);
  });

  it('are out of range of the tokens: no role, no title, no given name', () => {
    const doc = parse('Talks resumed.');
    expect(roleAtToken(doc, 99, 100)).toBeNull();
    expect(titleAtToken(doc, -1, 3)).toBeNull();
    expect(givenNameGenderAt(doc, 99)).toBeNull();
  });

  it('are defined once per process', () => {
    expect(() => defineWordFacts(() => 0)).toThrow(/once/);
  });
});
