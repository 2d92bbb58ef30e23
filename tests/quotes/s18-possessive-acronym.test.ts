import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

/** The speaker's name of the first quote of `text` (`undefined`: no quote). */
function firstSpeaker(text: string): string | null | undefined {
  const q = quotes(text)[0];
  return q === undefined ? undefined : (q.speaker?.name ?? null);
}

// Sentences written for this file (session 18): none comes from a data set.

describe('an acronym owning the speaker noun is a name, no dateline in capitals', () => {
  it('keeps the possessive acronym in the speaker', () => {
    expect(firstSpeaker("The FMLN's radio reported that the army bombed the village.")).toBe("FMLN's radio");
    expect(firstSpeaker("The NUPL's spokesman said that police had raided the office.")).toBe("NUPL's spokesman");
    expect(firstSpeaker("UNICEF's representative said that the school had been hit twice.")).toBe(
      "UNICEF's representative",
    );
  });

  it('reads it in wire copy in capitals too', () => {
    expect(firstSpeaker("THE FMLN'S RADIO REPORTED THAT THE ARMY BOMBED THE VILLAGE.")).toMatch(/^FMLN'S RADIO$/i);
  });

  it('still stops at a dateline in capitals with no possessive', () => {
    expect(firstSpeaker('KABUL The ministry said that the convoy had crossed the border.')).toBe('ministry');
  });
});
