import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('no speaker, no quote', () => {
  it('reads "when asked …", "if confirmed …", "once dubbed …" as reduced passive clauses', () => {
    expect(brief('The skipper smiled on the radio show when asked what the crew would do next.')).toEqual([]);
    expect(brief('If confirmed, a second leak could close the canal for a month.')).toEqual([]);
    expect(brief('The port was once dubbed "the gate of the north" by sailors.')).toEqual([]);
  });

  it('reads an empty object ("said nothing") as no content', () => {
    expect(brief('When asked why the lock was shut, the harbour master said nothing.')).toEqual([]);
    expect(brief('The harbour master said little about the leak.')).toEqual([]);
  });

  it('keeps content that opens with a negative word', () => {
    expect(brief('The harbour master said nothing would change.')).toEqual([
      ['indirect', 'nothing would change', 'harbour master'],
    ]);
    expect(brief('The harbour master said no one was hurt.')).toEqual([
      ['indirect', 'no one was hurt', 'harbour master'],
    ]);
  });
});
