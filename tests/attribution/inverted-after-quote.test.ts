import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('an inverted attribution after a quote', () => {
  it('takes a counted speaker and a subordinate clause after the speaker', () => {
    expect(brief('"I left on good terms," said one former aide, who said he still votes for her.')).toEqual([
      ['direct', 'I left on good terms,', 'one former aide'],
      ['indirect', 'he still votes for her', 'one former aide'],
    ]);
    expect(brief('"Everyone pays the toll," said Mayor Olav Rud when asked about the bridge.')).toEqual([
      ['direct', 'Everyone pays the toll,', 'Olav Rud'],
    ]);
  });

  it('takes a question the splitter cut off before a speaker with an apposition', () => {
    expect(brief('"Where is the bus? Why is it late?" Ines Lund, a teacher, asked.')).toEqual([
      ['direct', 'Where is the bus? Why is it late?', 'Ines Lund'],
    ]);
  });
});
