import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('attributed: predicates that put an attack on their subject', () => {
  it('reads "guilty of", "implicated in", "involved in" like "responsible for"', () => {
    expect(summary('The inquiry found that the Tamil Tigers were guilty of the bus bombing.')).toEqual([
      ['attributed', 'Liberation Tigers of Tamil Eelam'],
    ]);
    expect(summary('Prosecutors say four officers of the Peruvian army are implicated in the massacre at the farm.')).toEqual([
      ['attributed', 'Peru'],
    ]);
    expect(summary('Two guerrillas involved in the ambush on the convoy were arrested.')).toEqual([
      ['attributed', 'guerrillas'],
    ]);
  });

  it('gives each coordinated subject its own claim', () => {
    expect(summary('The union said the militia and the ELN were responsible for the bombing of the pipeline.')).toEqual([
      ['attributed', 'militia'],
      ['attributed', 'ELN'],
    ]);
  });

  it('reads "EVENT was the work of X"', () => {
    expect(summary('Investigators believe the car bombing was the work of the Red Brigades.')).toEqual([
      ['attributed', 'Red Brigades'],
    ]);
  });

  it('leaves predicates without an attack alone', () => {
    expect(summary('The ELN was involved in the peace talks.')).toEqual([]);
    expect(summary('The army was responsible for security at the stadium.')).toEqual([]);
    expect(summary('The Red Brigades were not involved in the kidnapping.')).toEqual([]);
  });
});
