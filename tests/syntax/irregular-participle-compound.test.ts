import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speaker = (text: string) => extract(text).quotes[0]?.speaker?.name ?? null;

describe('an irregular participle compound inside a described speaker', () => {
  it('keeps "in rebel-held eastern Tarlo" in the description, not a person "Tarlo"', () => {
    expect(speaker('A reporter in rebel-held eastern Tarlo said the bakeries had closed.')).toBe(
      'reporter in rebel-held eastern Tarlo',
    );
  });

  it('gives the person before "of the volunteer-run Tarlo Aid Center"', () => {
    expect(speaker('Omar Lutfi of the volunteer-run Tarlo Aid Center said the bakeries had closed.')).toBe(
      'Omar Lutfi',
    );
  });
});
