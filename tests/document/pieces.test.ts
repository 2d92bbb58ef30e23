import { afterEach, describe, expect, it } from 'vitest';
import { extract, parse } from '../../src/index.js';
import { WINK_PIECE, setWinkPiece } from '../../src/document/tokens.js';

/** Paragraphs of our own: prose with quotes and figures, a headline without a full stop, wire copy in capitals. */
function article(i: number): string {
  return [
    `Clashes near Qaryat ${i} leave ${i + 3} dead`,
    `Fighting between government forces and the Front killed ${i + 3} people near Qaryat ${i} on Tuesday, the army's spokesman said. ` +
      `"We will not withdraw from the town," Colonel Hadi Maarouf told reporters in the U.S.-backed coalition's base.`,
    `THE FRONT'S RADIO SAID ITS UNITS WERE RESPONSIBLE FOR THE ATTACK ON THE MAYOR'S OFFICE, IN WHICH ${i + 1} SOLDIERS DIED.`,
    `Mr. Maarouf added that 40 to 50 families had fled — "they'll be back," he said — and that talks would resume in March.`,
  ].join('\n\n');
}

const TEXT = Array.from({ length: 40 }, (_, i) => article(i)).join('\n\n');

afterEach(() => {
  setWinkPiece(WINK_PIECE);
});

describe('reading a long input in pieces', () => {
  it('gives the same tokens, sentences and results as one read', () => {
    expect(TEXT.length).toBeGreaterThan(10_000);
    setWinkPiece(1e9);
    const whole = parse(TEXT);
    const result = extract(TEXT);
    for (const piece of [300, 1000, 4096]) {
      setWinkPiece(piece);
      const doc = parse(TEXT);
      expect(doc.tokens).toEqual(whole.tokens);
      expect(doc.sentences).toEqual(whole.sentences);
      expect(Array.from(doc.classes)).toEqual(Array.from(whole.classes));
      expect(extract(TEXT)).toEqual(result);
    }
    expect(result.quotes.length + result.casualties.length).toBeGreaterThan(40);
  });

  it('reads a long run without a blank line in one piece', () => {
    const run = Array.from({ length: 200 }, (_, i) => `Officials said ${i} people were hurt.`).join(' ');
    setWinkPiece(1e9);
    const whole = parse(run);
    setWinkPiece(500);
    expect(parse(run).tokens).toEqual(whole.tokens);
  });
});
