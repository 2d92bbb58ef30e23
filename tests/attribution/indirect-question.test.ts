import { describe, expect, it } from 'vitest';
import { quotes } from '../quotes/helpers.js';

describe('indirect questions are reported speech (ANNOTATION.md §1: what a source said)', () => {
  const read = (text: string) => quotes(text).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.lemma ?? null]);

  it('takes a closed question (whether / if) with its cue', () => {
    expect(read('The harbour master asked whether the tanker had docked.')).toEqual([
      ['whether the tanker had docked', 'harbour master', 'ask'],
    ]);
  });

  it('takes an open question (why, how, …), also after an addressee', () => {
    expect(read('The harbour master asked why the lock had been shut.')).toEqual([
      ['why the lock had been shut', 'harbour master', 'ask'],
    ]);
    expect(read('The harbour master asked the pilots how the tanker ran aground.')).toEqual([
      ['how the tanker ran aground', 'harbour master', 'ask'],
    ]);
    expect(read('THE HARBOUR MASTER ASKED WHY THE LOCK HAD BEEN SHUT.')).toEqual([
      ['WHY THE LOCK HAD BEEN SHUT', 'HARBOUR MASTER', 'ask'],
    ]);
  });

  it('is no quote without a question clause', () => {
    expect(read('The harbour master asked for two tugs.')).toEqual([]);
    expect(read('She was asked what happened.')).toEqual([]);
  });

  it('never takes a time phrase before a participle as the asker', () => {
    expect(read('My cousin rang me three days ago asking whether the ferry still ran.')).toEqual([
      ['whether the ferry still ran', 'My cousin', 'ask'],
    ]);
  });

  it('ends the question at an ellipsis before the next attribution', () => {
    expect(read('We ask the pupils what they hope to be... they say they hope to be pilots.')).toEqual([
      ['what they hope to be', null, 'ask'],
      ['they hope to be pilots', null, 'say'],
    ]);
  });
});
