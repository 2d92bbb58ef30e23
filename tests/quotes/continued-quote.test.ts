import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a quote after the attribution sentence of an earlier quote', () => {
  it('continues the speaker over an apposition with its own verb', () => {
    expect(
      brief(
        'The ferry was late again. "We waited two hours," said Ines Lund, a teacher from Bergen who commutes daily. "Nobody told us anything."',
      ),
    ).toEqual([
      ['direct', 'We waited two hours,', 'Ines Lund'],
      ['direct', 'Nobody told us anything.', 'Ines Lund'],
    ]);
  });

  it('continues the speaker over a participle phrase and a programme title in marks', () => {
    expect(
      brief('"The bridge is safe," Mayor Olav Rud said, referring to the survey. "We checked every bolt."'),
    ).toEqual([
      ['direct', 'The bridge is safe,', 'Olav Rud'],
      ['direct', 'We checked every bolt.', 'Olav Rud'],
    ]);
    expect(brief('"The bridge is safe," Olav Rud said on "Morning Talk." "We checked every bolt."')).toEqual([
      ['direct', 'The bridge is safe,', 'Olav Rud'],
      ['direct', 'We checked every bolt.', 'Olav Rud'],
    ]);
  });

  it('continues reported speech whose cue follows it', () => {
    expect(brief('The mill "owes the town a lot," Olav Rud said. "It must pay its share."')).toEqual([
      ['mixed', 'The mill "owes the town a lot,"', 'Olav Rud'],
      ['direct', 'It must pay its share.', 'Olav Rud'],
    ]);
    expect(brief('The harvest failed, the farmers said. "We lost everything we planted."')).toEqual([
      ['indirect', 'The harvest failed', 'farmers'],
      ['direct', 'We lost everything we planted.', 'farmers'],
    ]);
  });

  it('does not reach over another sentence, or take a quote with a cue of its own', () => {
    expect(brief('"The bridge is safe," Olav Rud said. Then the rain started. "We checked every bolt."')).toEqual([
      ['direct', 'The bridge is safe,', 'Olav Rud'],
    ]);
    expect(
      brief(
        'Shells hit the market on Monday the army reported. "Nine people were wounded in the square" the hospital director Anna Berg said adding that two died later.',
      ).map((q) => q.slice(0, 2)),
    ).toContainEqual(['direct', 'Nine people were wounded in the square']);
  });
});
