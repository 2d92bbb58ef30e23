import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';
import { parse } from '../../src/document/parse.js';
import { isPrenominalParticiple } from '../../src/syntax/tokens.js';

describe('a cue verb used as a pre-nominal modifier is no speech', () => {
  it('is no cue before its noun', () => {
    expect(brief('The first reported outbreak reached the port on Friday.')).toEqual([]);
    expect(brief('The most widely reported raid hit a bakery.')).toEqual([]);
    expect(brief('Its reported flood toll rose to nine.')).toEqual([]);
    expect(brief('An announced visit by the bishop was called off.')).toEqual([]);
    expect(brief('THE FIRST REPORTED OUTBREAK REACHED THE PORT.')).toEqual([]);
  });

  it('is no verb of a content clause ("confirmed the first reported death")', () => {
    expect(brief('Health officials confirmed the first reported case in the harbour district.')).toEqual([]);
    expect(brief('Nurses reported the second confirmed case at the clinic.')).toEqual([]);
  });

  it('keeps real clauses', () => {
    expect(brief('The coroner said two injured divers died.')).toEqual([
      ['indirect', 'two injured divers died', 'coroner'],
    ]);
    const doc = parse('No one immediately claimed responsibility.');
    expect(isPrenominalParticiple(doc.tokens, 3)).toBe(false);
    expect(isPrenominalParticiple(parse('the first reported case').tokens, 2)).toBe(true);
  });
});
