import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/document/normalise.js';

describe('normalise', () => {
  it('leaves plain text alone', () => {
    const r = normalise('Plain ASCII text.\nSecond line.');
    expect(r.text).toBe('Plain ASCII text.\nSecond line.');
    expect(r.map).toBeNull();
  });

  it('turns odd spaces and CR into plain whitespace without moving offsets', () => {
    const input = 'a\u00a0b\u2009c\u202fd\r\ne\rf\tg';
    const r = normalise(input);
    expect(r.text).toBe('a b c d \ne\nf g');
    expect(r.text.length).toBe(input.length);
    expect(r.map).toBeNull();
  });

  it('maps guillemets and low quotes to straight quotes of the same length', () => {
    expect(normalise('«Oui» „ja“').text).toBe('"Oui" "ja“');
  });

  it('repairs UTF-8 read as Windows-1252 and records where each character came from', () => {
    const input = 'Itâ€™s the â€œfinalâ€\u009d word â€” cafÃ©';
    const r = normalise(input);
    expect(r.text).toBe('It’s the “final” word — café');
    expect(r.map).not.toBeNull();
    const map = r.map!;
    // The repaired apostrophe maps to the start of its three mojibake characters.
    const apos = r.text.indexOf('’');
    expect(input.slice(map[apos]!, map[apos + 1]!)).toBe('â€™');
    // Ordinary characters map to themselves shifted.
    const w = r.text.indexOf('word');
    expect(input.slice(map[w]!, map[w + 4]!)).toBe('word');
    expect(map[r.text.length]).toBe(input.length);
  });

  it('repairs UTF-8 read as Latin-1 (C1 control characters)', () => {
    expect(normalise('it\u00e2\u0080\u0099s').text).toBe('it’s');
  });

  it('turns a mis-decoded no-break space (Â followed by a space) into spaces', () => {
    const r = normalise('before\u00c2 \u00c2 that');
    expect(r.text).toBe('before    that');
    expect(r.map).toBeNull();
  });

  it('deletes zero-width characters and soft hyphens, keeping offsets convertible', () => {
    const input = 'zero\u200bwidth soft\u00adhyphen\ufeff';
    const r = normalise(input);
    expect(r.text).toBe('zerowidth softhyphen');
    const i = r.text.indexOf('width');
    expect(input.slice(r.map![i]!, r.map![i + 5]!)).toBe('width');
  });

  it('does not mistake real accented text for mojibake', () => {
    for (const s of ['déjà vu', 'Ça va', 'Señor Muñoz', 'Ã alone', 'naïve café']) {
      expect(normalise(s).text).toBe(s);
    }
  });

  it('keeps every offset in range and monotonic on arbitrary input', () => {
    const alphabet = ['a', ' ', '\n', 'Ã', '©', 'â', '€', '™', '\u00a0', '\u200b', 'Â', '\r', '"', '’'];
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 300; round++) {
      let s = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const r = normalise(s);
      if (r.map === null) {
        expect(r.text.length).toBe(s.length);
        continue;
      }
      expect(r.map.length).toBe(r.text.length + 1);
      for (let i = 1; i < r.map.length; i++) expect(r.map[i]!).toBeGreaterThan(r.map[i - 1]!);
      expect(r.map[r.text.length]).toBe(s.length);
    }
  });
});
