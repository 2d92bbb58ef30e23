import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// ANNOTATION.md §3: "a person named as the attacker by police, a court or a source". Sentences written
// for these tests; none is taken from a data set.
describe('a person named as the attacker', () => {
  it('reads the person a naming verb names as the attacker', () => {
    expect(summary('Detectives named the gunman as Peter Lindqvist.')).toEqual([['attributed', 'Peter Lindqvist']]);
    expect(summary('Police identified the bomber as 27-year-old Omar Haddad on Friday.')).toEqual([
      ['attributed', 'Omar Haddad'],
    ]);
  });

  it('reads a suspect identified as someone, and a name in apposition to an attacker noun', () => {
    expect(summary('The mayor said the suspect, identified as Dana Price, had worked at the plant.')).toEqual([
      ['attributed', 'Dana Price'],
    ]);
    expect(summary('The attacker, Samuel Okafor, had rented the truck, investigators said.')).toEqual([
      ['attributed', 'Samuel Okafor'],
    ]);
  });

  it('names no attacker where the noun is no attacker or no person follows', () => {
    expect(summary('Police named the victim as Peter Lindqvist.')).toEqual([]);
    expect(summary('The suspect, who wore a mask, fled on foot.')).toEqual([]);
    expect(summary('The attackers, armed with rifles, fled on foot.')).toEqual([]);
  });
});
