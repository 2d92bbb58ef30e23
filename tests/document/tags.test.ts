import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { setWinkPiece } from '../../src/document/tokens.js';
import { TAG, tagCode } from '../../src/document/tags.js';

describe('tag codes: one byte per token, the code of its tag', () => {
  it('gives every token the code of its own tag', () => {
    const doc = parse(
      "Field medics in Harwick said the convoy wasn't hit.\n\nA spokesman for the Lantern Relief Fund didn't confirm it; officials won't say.",
    );
    expect(doc.tags.length).toBe(doc.tokens.length);
    doc.tokens.forEach((t, i) => expect([t.value, doc.tags[i]]).toEqual([t.value, tagCode(t.pos)]));
    expect(doc.tags[doc.tokens.findIndex((t) => t.lower === 'medics')]).toBe(TAG.NOUN);
  });

  it('keeps the codes when a long text is read in pieces', () => {
    const text = Array.from({ length: 12 }, (_, k) => `Rescuers in town ${k} said the bridge was closed.`).join('\n\n');
    const previous = setWinkPiece(120);
    try {
      const doc = parse(text);
      doc.tokens.forEach((t, i) => expect(doc.tags[i]).toBe(tagCode(t.pos)));
    } finally {
      setWinkPiece(previous);
    }
  });

  it('codes no string that is no tag', () => {
    expect(tagCode('noun')).toBe(0);
    expect(new Set(Object.values(TAG)).size).toBe(Object.keys(TAG).length);
  });
});
