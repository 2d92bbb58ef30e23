import { describe, expect, it } from 'vitest';
import { isPlaceWord, isStrippedPossessor, placeGovernmentAt, statePossessorAt } from '../../src/actors/context.js';
import { nameRunAt } from '../../src/actors/names.js';
import { parse } from '../../src/document/parse.js';

// The place lookups answer "no" from a token's word-class bit before probing the place index,
// and the weekday test of a name run waits for the temporal fact bit: the answers must stay
// those of the full lookups, in every casing (sentences written for this test).
describe('place and weekday lookups behind word bits', () => {
  it('finds country names, capitals and possessors as before', () => {
    const doc = parse("Moscow protested, and Jordan's envoy left; Turkeys health ministry met in Damascus.");
    const at = (w: string) => doc.tokens.findIndex((t) => t.value === w);
    expect(placeGovernmentAt(doc, at('Moscow'))?.actor.name).toBe('Russia');
    expect(isPlaceWord(doc, at('Damascus'))).toBe(true);
    expect(statePossessorAt(doc, at('Jordan'))?.actor.name).toBe('Jordan');
    expect(isStrippedPossessor(doc, at('Turkeys'))).toBe(true);
  });

  it('turns away words the place index does not hold, and lower-case places', () => {
    const doc = parse('The envoy said moscow and the syrian team would wait in Smalltown.');
    for (let i = 0; i < doc.tokens.length; i++) {
      expect(placeGovernmentAt(doc, i)).toBeNull();
      expect(isPlaceWord(doc, i)).toBe(false);
      expect(statePossessorAt(doc, i)).toBeNull();
    }
  });

  it('keeps a weekday or month out of the name after it, and names that only look temporal in', () => {
    const doc = parse(
      'Officials said last Thursday Omar Haddad left, and September Rain Kaur stayed. Then May Lin spoke.',
    );
    const at = (w: string) => doc.tokens.findIndex((t) => t.value === w);
    const s = (i: number) => doc.sentences[doc.tokens[i]!.sentence]!.endToken;
    expect(nameRunAt(doc, at('Thursday'), s(at('Thursday')))).toBeNull();
    expect(nameRunAt(doc, at('September'), s(at('September')))).toBeNull();
    expect(nameRunAt(doc, at('Omar'), s(at('Omar')))).toBe(at('Haddad') + 1);
    // "May" is left to the reader: it opens names.
    expect(nameRunAt(doc, at('May'), s(at('May')))).toBe(at('Lin') + 1);
  });
});
