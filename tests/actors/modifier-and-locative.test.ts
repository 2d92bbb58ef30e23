import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speaker = (text: string) => extract(text).quotes[0]?.speaker ?? null;

describe('a demonym before a head noun the tagger reads as an adjective', () => {
  it('names the description, not a person "Peruvian"', () => {
    const s = speaker('Late on Friday the Peruvian military said two of its boats had sunk.');
    expect(s?.name).toBe('Peruvian military');
    expect(s?.kind).not.toBe('person');
  });
});

describe('a place after a locative preposition in a described speaker', () => {
  it('keeps "Volunteers in Lima" a description, not a person "Lima"', () => {
    const s = speaker('Volunteers in Lima said that four houses were flooded.');
    expect(s?.name).toMatch(/^Volunteers/);
    expect(s?.kind).toBe('description');
  });
});
