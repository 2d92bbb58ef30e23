import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';
import { parse } from '../../src/document/parse.js';
import { lexicon, verbIn } from '../../src/claims/lexicon.js';

describe('claims: verb classes matched through the lemma of a verb', () => {
  it('reads a denial, an attribution and praise in inflections not listed as words', () => {
    expect(summary('The Taliban are rejecting any involvement in the bombing of the bridge.')).toEqual([
      ['denied', 'Taliban'],
    ]);
    expect(summary('Hezbollah is refuting any role in the bombing of the embassy.')).toEqual([['denied', 'Hezbollah']]);
    expect(summary('The interior minister ascribes the bombing of the market to the PKK.')).toEqual([
      ['attributed', 'PKK'],
    ]);
    expect(summary('A Taliban spokesman applauds the attackers who bombed the embassy.')).toEqual([
      ['hedged', 'Taliban'],
    ]);
    expect(summary('The Taliban commander glorifies the bombers of the embassy.')).toEqual([['hedged', 'Taliban']]);
  });

  it('still reads the forms no longer listed, through their lemma', () => {
    expect(summary('The Taliban denies any involvement in the bombing of the bridge.')).toEqual([
      ['denied', 'Taliban'],
    ]);
    expect(summary('The Taliban rejects any involvement in the bombing of the bridge.')).toEqual([
      ['denied', 'Taliban'],
    ]);
  });

  it('matches by lemma only a token tagged a verb; other words by their listed form', () => {
    const lex = lexicon();
    const toks = parse('The rejection was a welcome step; the blame lies elsewhere.').tokens;
    const tok = (w: string) => toks.find((t) => t.lower === w)!;
    expect(verbIn(lex, 'denialVerbs', tok('rejection'))).toBe(false);
    expect(verbIn(lex, 'hedgeVerbs', tok('welcome'))).toBe(false);
    // "blame" is listed as a word: a noun here, still in the class as before.
    expect(verbIn(lex, 'blameVerbs', tok('blame'))).toBe(true);
  });
});
