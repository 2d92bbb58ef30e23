import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

/** The speaker's name of the quote whose text starts with `start` (`undefined`: no such quote). */
function speakerOf(text: string, start: string): string | null | undefined {
  const q = quotes(text).find((x) => x.text.startsWith(start));
  return q === undefined ? undefined : (q.speaker?.name ?? null);
}

// Sentences written for this file (issue 12, session 16): none comes from a data set.

describe('evidence no one speaks through is no speaker (ANNOTATION.md §1 rule 5)', () => {
  it('gives a null speaker for data, evidence, readings and findings', () => {
    expect(speakerOf('The flight recorder data suggests that the pilots lost control.', 'the pilots')).toBeNull();
    expect(speakerOf('The evidence suggests that the fire was set deliberately.', 'the fire')).toBeNull();
    expect(speakerOf('The engine readings indicated that both pumps had stopped.', 'both pumps')).toBeNull();
    expect(speakerOf('Findings suggest that the well water was poisoned.', 'the well')).toBeNull();
    expect(speakerOf('Video footage suggests the gunmen escaped by car.', 'the gunmen')).toBeNull();
  });

  it('keeps whose the evidence is when the phrase names it', () => {
    expect(speakerOf("The coastguard's evidence suggests that the ferry sank fast.", 'the ferry')).toBe('coastguard');
  });

  it('keeps a document, which someone wrote, and people who speak of evidence', () => {
    expect(speakerOf('A new study suggests that the drug is safe.', 'the drug')).toBe('new study');
    expect(speakerOf('The doctors said the evidence was clear.', 'the evidence')).toBe('doctors');
    expect(speakerOf('Investigators said the data showed a stall.', 'the data')).toBe('Investigators');
  });
});

describe('a participle’s object glued to the subject, the comma lost (issue 12)', () => {
  it('takes the person after a place the participle names', () => {
    expect(speakerOf('Blaming Moscow Johnson says the talks have failed.', 'the talks')).toBe('Johnson');
    expect(speakerOf('Praising Ankara Erdogan said the deal would hold.', 'the deal')).toBe('Erdogan');
  });

  it('keeps a name that starts after the object already', () => {
    expect(speakerOf('Visiting Paris Maria Lopez said the treaty was signed.', 'the treaty')).toBe('Maria Lopez');
    expect(speakerOf('Speaking to Human Rights Watch Dawa Tsering said the pass was shut.', 'the pass')).toBe(
      'Dawa Tsering',
    );
  });

  it('leaves a name that no participle opens', () => {
    expect(speakerOf('Moscow Johnson said the talks had failed.', 'the talks')).toBe('Moscow Johnson');
  });
});
