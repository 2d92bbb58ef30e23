import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const HEAD = 'Storm damage in the harbour\n\nThe harbour was closed on Sunday.';

describe('wire attributions (issue 12)', () => {
  it('takes a quote before a possessive-pronoun subject with "in a statement" after the cue', () => {
    expect(brief(`${HEAD} "The quay will be rebuilt," her office said in a statement.`)).toEqual([
      ['direct', 'The quay will be rebuilt,', 'office'],
    ]);
    const [shout] = brief(`${HEAD} "THE QUAY WILL BE REBUILT," THEIR SPOKESMAN SAID IN A STATEMENT ON MONDAY.`);
    expect(shout?.slice(0, 2)).toEqual(['direct', 'THE QUAY WILL BE REBUILT,']);
    expect(shout?.[2]).toMatch(/SPOKESMAN$/);
    expect(brief(`${HEAD} Ferries will sail again by June, its press office said in a communique.`)).toEqual([
      ['indirect', 'Ferries will sail again by June', 'press office'],
    ]);
  });

  it('reads "…, said X" after a clause whose verb ends in -ed', () => {
    expect(brief(`${HEAD} The pier collapsed, said Marta Olsen.`)).toEqual([
      ['indirect', 'The pier collapsed', 'Marta Olsen'],
    ]);
    expect(brief(`${HEAD} Two cranes toppled in the gale, said a port engineer who declined to be identified.`)).toEqual([
      ['indirect', 'Two cranes toppled in the gale', 'port engineer'],
    ]);
  });

  it('takes no anonymity formula for a quote', () => {
    expect(brief(`${HEAD} The cranes were insured, said a port official who asked not to be named.`)).toEqual([
      ['indirect', 'The cranes were insured', 'port official'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, said an official who requested not to be identified.`)).toEqual([
      ['indirect', 'The cranes were insured', 'official'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, a docker said, speaking on condition of anonymity.`)).toEqual([
      ['indirect', 'The cranes were insured', 'docker'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, a docker said, talking by phone from the quay.`)).toEqual([
      ['indirect', 'The cranes were insured', 'docker'],
    ]);
  });

  it('reads "content said X adding that …" with both commas lost', () => {
    expect(brief(`${HEAD} The quay is safe said the deputy mayor adding that ferries would resume.`)).toEqual([
      ['indirect', 'The quay is safe', 'deputy mayor'],
      ['indirect', 'ferries would resume', 'deputy mayor'],
    ]);
  });

  it('ends the words of "in what X described as" at the comma', () => {
    expect(brief(`${HEAD} In what the port authority described as a freak wave, two boats sank.`)).toEqual([
      ['indirect', 'a freak wave', 'port authority'],
    ]);
  });
});

describe('headline attributions (issue 12)', () => {
  it('reads "Topic: content - source" as the source after the last dash', () => {
    expect(brief('Norway: 12 boats sunk in gale - port officials\n\nThe storm hit on Sunday.')).toEqual([
      ['indirect', '12 boats sunk in gale', 'port officials'],
    ]);
  });
});
