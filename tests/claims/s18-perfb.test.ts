import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/index.js';
import { parse } from '../../src/document/parse.js';

const claims = (text: string): [string, string | undefined, string | undefined][] =>
  extractClaims(parse(text)).map((c) => [c.status, c.actor?.name, c.event?.text]);

// attackClass is remembered per token for the document being read (the forms ask for the same
// words many times); `fire` keeps its reading by the word before it, token by token.
describe('attack classes remembered per token (s18-perfb)', () => {
  it('reads armed fire as an attack and a fire after an article as none, in one document', () => {
    expect(
      claims('Rebel artillery fire struck the port. The fire spread to a warehouse, but nobody was hurt.'),
    ).toEqual([['attributed', 'rebels', 'artillery fire']]);
    expect(claims('Turkish artillery fire and rebel mortar attacks killed three civilians.')).toEqual([
      ['attributed', 'Turkey', 'fire'],
      ['attributed', 'rebels', 'mortar attacks'],
    ]);
  });

  it('gives no claim for a fire nobody set', () => {
    expect(claims('A fire broke out at the depot on Sunday, the firefighters said.')).toEqual([]);
    expect(claims('The fire at the warehouse was an accident, police said.')).toEqual([]);
  });

  it('reads the same attack words again in later sentences', () => {
    expect(
      claims('Russian warplanes bombed a market in Idlib. Russian warplanes bombed a bakery in Ariha the next day.'),
    ).toEqual([
      ['attributed', 'Russia', undefined],
      ['attributed', 'Russia', undefined],
    ]);
  });
});
