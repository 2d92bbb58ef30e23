import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const LEAD = 'Ferry strike drags on\n\nDeckhand Olga Brandt spoke at the pier on Monday morning.';

describe('direct quotes over several sentences and paragraphs (ANNOTATION.md §1)', () => {
  it('takes one quote from the open mark to the close two sentences later, cue after', () => {
    expect(brief(`${LEAD}\n\n"The pay is late. The boats are old. We want answers," she said.`)).toEqual([
      ['direct', 'The pay is late. The boats are old. We want answers,', 'Olga Brandt'],
    ]);
    expect(brief(`${LEAD}\n\n“The pay is late. The boats are old. We want answers,” said Brandt.`)).toEqual([
      ['direct', 'The pay is late. The boats are old. We want answers,', 'Olga Brandt'],
    ]);
  });

  it('takes one quote over paragraphs when only the last closes', () => {
    expect(brief(`${LEAD}\n\n"The pay is late. The boats are old.\n\n"We want answers," she said.`)).toEqual([
      ['direct', 'The pay is late. The boats are old.\n\n"We want answers,', 'Olga Brandt'],
    ]);
  });

  it('continues the last speaker in a cue-less quote paragraph', () => {
    expect(brief(`${LEAD}\n\n"The pay is late," said Brandt.\n\n"The boats are old and nobody mends them."`)).toEqual([
      ['direct', 'The pay is late,', 'Olga Brandt'],
      ['direct', 'The boats are old and nobody mends them.', 'Olga Brandt'],
    ]);
  });
});
