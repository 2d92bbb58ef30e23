import { describe, expect, it } from 'vitest';
import { findRegistryActors } from '../../src/actors/known.js';
import { APOSTROPHE_WORD, hasApostrophe, LOWER_START_WORD } from '../../src/actors/lexicon.js';
import { entityRegistry } from '../../src/actors/registry.js';
import { isNameToken } from '../../src/actors/names.js';
import { parse } from '../../src/document/parse.js';

// The known-actor and registry scans skip a token from its word's fact bits (lower-case start,
// apostrophe) before reading it: what they find must not change (sentences written for this test).
describe('word facts that gate the actor scans', () => {
  it('marks words by their first letter and their apostrophes', () => {
    const doc = parse("the rebels' Hay’at unit and al-Qaida met O'Neill in Tripoli");
    const bits = (w: string) => doc.facts[doc.tokens.findIndex((t) => t.value === w)]!;
    expect(bits('the') & LOWER_START_WORD).not.toBe(0);
    expect(bits('Tripoli') & LOWER_START_WORD).toBe(0);
    expect(bits("O'Neill") & APOSTROPHE_WORD).not.toBe(0);
    expect(bits('unit') & APOSTROPHE_WORD).toBe(0);
    expect(hasApostrophe('hayʼat')).toBe(true);
    expect(hasApostrophe('hayat')).toBe(false);
  });

  it('still finds known actors written with apostrophes, hyphens or in lower case', () => {
    const doc = parse(
      "Fighters of Hay'at Tahrir al-Sham clashed with al-Qaida loyalists, and daesh was blamed by the Syrian government.",
    );
    const names = findRegistryActors(doc).map((m) => m.actor.name);
    expect(names).toContain('Tahrir al-Sham');
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it('registers lower-case descriptions and capitalised names, and skips other lower-case words', () => {
    const reg = entityRegistry(parse('A local official said the militants left. Commander Rana Idris denied it.'));
    const names = reg.entities.map((e) => e.name);
    expect(names).toContain('Rana Idris');
    expect(names.some((n) => /official/.test(n))).toBe(true);
    expect(names.some((n) => /said|left|denied/.test(n))).toBe(false);
  });

  it('reads no lower-case word as a name token, and capitalised ones as before', () => {
    const doc = parse('Later al-Jaafari and eBay staff met Idris; iPhone sales fell.');
    const name = (w: string) =>
      isNameToken(
        doc,
        doc.tokens.findIndex((t) => t.value === w),
      );
    expect(name('al')).toBe(false);
    expect(name('eBay')).toBe(false);
    expect(name('iPhone')).toBe(false);
    expect(name('Jaafari')).toBe(true);
    expect(name('Idris')).toBe(true);
  });
});
