import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import {
  conditionalBefore,
  conjunctionBefore,
  negatedBefore,
  negatedBetween,
  negatesVerb,
} from '../../src/syntax/index.js';

const words = (text: string) => parse(text).tokens;
const at = (text: string, word: string) => words(text).findIndex((x) => x.value === word);

describe('syntax: negation', () => {
  it('finds a negation between a subject and its verb', () => {
    const s = 'The ferry company did not confirm the delay.';
    expect(negatedBetween(words(s), 0, at(s, 'confirm'))).toBe(true);
    const s2 = 'The ferry company declined to confirm the delay.';
    expect(negatedBetween(words(s2), 0, at(s2, 'confirm'))).toBe(true);
    const s3 = 'The ferry company has yet to confirm the delay.';
    expect(negatedBetween(words(s3), 0, at(s3, 'confirm'))).toBe(true);
    const s4 = 'The ferry company quickly confirmed the delay.';
    expect(negatedBetween(words(s4), 0, at(s4, 'confirmed'))).toBe(false);
    // "declined" without an infinitive is not a negation of what follows
    const s5 = 'Ticket sales declined sharply in the winter.';
    expect(negatedBetween(words(s5), 0, words(s5).length)).toBe(false);
    expect(negatedBetween(words(s4), -5, 500)).toBe(false);
  });

  it('reads a curly contraction like a straight one', () => {
    const s = 'The skipper didn’t say when the ferry sails.';
    expect(negatedBetween(words(s), 0, at(s, 'say'))).toBe(true);
  });

  it('finds a negative word before a phrase', () => {
    const s = 'Not a single passenger was hurt.';
    expect(negatedBefore(words(s), at(s, 'single'), 0)).toBe(true);
    expect(negatedBefore(words(s), at(s, 'a'), 0)).toBe(true);
    const s2 = 'No passengers were hurt.';
    expect(negatedBefore(words(s2), at(s2, 'passengers'), 0)).toBe(true);
    const s3 = 'Two passengers were hurt.';
    expect(negatedBefore(words(s3), at(s3, 'passengers'), 0)).toBe(false);
    expect(negatedBefore(words(s3), 0, 0)).toBe(false);
  });

  it('names the verbs that negate their infinitive', () => {
    expect(negatesVerb('refused')).toBe(true);
    expect(negatesVerb('never')).toBe(true);
    expect(negatesVerb('agreed')).toBe(false);
  });
});

describe('syntax: modality and coordination', () => {
  it('sees a condition opening the clause, not one before a comma', () => {
    const s = 'If the ferry was sabotaged by the crew, the insurer will pay.';
    expect(conditionalBefore(words(s), at(s, 'sabotaged'), 0)).toBe(true);
    expect(conditionalBefore(words(s), at(s, 'pay'), 0)).toBe(false);
    expect(conditionalBefore(words(s), 999, 0)).toBe(false);
  });

  it('finds the conjunction that joins a noun phrase to the one before it', () => {
    const s = 'The port authority and its harbour pilots deny the report.';
    expect(conjunctionBefore(words(s), at(s, 'pilots'), 0)).toBe(at(s, 'and'));
    const s2 = 'The harbour pilots deny the report.';
    expect(conjunctionBefore(words(s2), at(s2, 'pilots'), 0)).toBe(-1);
    // a verb between them ends the noun phrase
    const s3 = 'Pilots and crews sailed while the harbour pilots slept.';
    expect(conjunctionBefore(words(s3), words(s3).length - 2, 0)).toBe(-1);
  });
});
