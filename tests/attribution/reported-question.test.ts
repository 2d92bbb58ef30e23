import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('a reported question a wh-word opens', () => {
  it('is the content of a verb of asking, after its addressee', () => {
    expect(brief('A reporter asked Mayor Olav Rud how he would pay for the bridge.')).toEqual([
      ['indirect', 'how he would pay for the bridge', 'reporter'],
    ]);
    expect(brief('Ines Lund asked what the council would do with the empty mill.')).toEqual([
      ['indirect', 'what the council would do with the empty mill', 'Ines Lund'],
    ]);
  });

  it('is not taken after a participle, or over another speech verb', () => {
    expect(brief('Her son came home asking what the boxes were.')).toEqual([]);
    expect(
      brief('We ask the children what they want to be and they say they want to be pilots.').map((q) => q[1]),
    ).not.toContain('what they want to be and they say they want to be pilots');
  });
});
