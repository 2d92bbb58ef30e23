import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const cues = (text: string): string[] => extract(text).quotes.map((q) => q.cue?.text ?? '');

describe('a capitalised cue form inside a name is no cue', () => {
  it('reads "Reporting" inside an agency name as part of the name', () => {
    const text = 'The Marine Incident Warning and Reporting Service said the tanker sank within minutes.';
    expect(cues(text)).toEqual(['said']);
  });
  it('reads "Reporting" after "of" inside a name as part of it', () => {
    const text = 'The Office of Reporting Standards announced that the audit would be repeated.';
    expect(cues(text)).toEqual(['announced']);
  });
  it('keeps the cue of a title-case headline', () => {
    const text = 'Monitor Says Rebels Killed Twelve Soldiers Near Hama\n\nFighting continued on Sunday.';
    expect(cues(text)).toContain('Says');
  });
  it('keeps a capitalised cue that opens a sentence', () => {
    expect(cues('Reporting from Kabul, the envoy said talks had stalled.')).toContain('said');
  });
});
