import { describe, expect, it } from 'vitest';
import { findStateReferences, focusGovernment, placeGovernmentAt } from '../../src/actors/context.js';
import { parse } from '../../src/document/parse.js';

describe('context-resolved states (src/actors/context.ts)', () => {
  it('finds the focus country from names, demonyms and capital', () => {
    const doc = parse('Syrian troops entered Aleppo. Damascus said Syria would not negotiate. Russia agreed.');
    expect(focusGovernment(doc)?.name).toBe('Syria');
  });

  it('has no focus when no country clearly dominates', () => {
    expect(focusGovernment(parse('Iran and Iraq signed a deal.'))).toBeNull();
    expect(focusGovernment(parse('The talks resumed on Monday.'))).toBeNull();
  });

  it('resolves "the government", "government forces", "pro-regime troops" to the focus government', () => {
    const doc = parse(
      'Nigeria is voting. Nigerian officials said the government would deploy government forces, and the army agreed.',
    );
    const refs = findStateReferences(doc).map((r) => [
      doc.norm.slice(doc.tokens[r.firstToken]!.start, doc.tokens[r.endToken - 1]!.end),
      r.actor.name,
    ]);
    expect(refs).toEqual([
      ['government', 'Nigeria'],
      ['government forces', 'Nigeria'],
      ['army', 'Nigeria'],
    ]);
  });

  it('resolves "the regime" to the government the article itself calls a regime', () => {
    const doc = parse(
      'US officials met in Washington. The US and American allies condemned the Syrian regime. The regime denied it.',
    );
    expect(findStateReferences(doc).map((r) => r.actor.name)).toEqual(['Syria']);
  });

  it('leaves compounds and modified heads alone', () => {
    const doc = parse('Syria, Syria, Syria: the interim government and government-held areas.');
    expect(findStateReferences(doc)).toEqual([]);
  });

  it('reads a country name or capital as its government only on request', () => {
    const doc = parse('Moscow denied it, and the United States objected.');
    expect(placeGovernmentAt(doc, 0)?.actor.name).toBe('Russia');
    expect(placeGovernmentAt(doc, 6)?.actor.name).toBe('United States');
    expect(placeGovernmentAt(doc, 1)).toBeNull();
  });
});
