import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('reported speech the subject or the tagger used to hide', () => {
  it('reads an apposition whose relative clause has verbs of its own as part of the subject', () => {
    expect(
      brief('Ines Lund, a security expert who has helped investigate the breaches, said she saw no evidence.'),
    ).toEqual([['indirect', 'she saw no evidence', 'Ines Lund']]);
  });

  it('reads a capitalised word the tagger calls a verb inside a name as part of the name', () => {
    expect(brief('Ines Lund, chair of the Ways and Means Committee, said that taxes would rise.')).toEqual([
      ['indirect', 'taxes would rise', 'Ines Lund'],
    ]);
  });

  it('takes a regular past form the tagger reads as a noun as the content verb', () => {
    expect(brief('Mayor Olav Rud said the town deserved better.')).toEqual([
      ['indirect', 'the town deserved better', 'Olav Rud'],
    ]);
  });

  it('skips an aside between commas after the cue', () => {
    expect(brief('Olav Rud said, among other things, that the mill must close.')).toEqual([
      ['indirect', 'the mill must close', 'Olav Rud'],
    ]);
    expect(brief('Olav Rud said, in a rare interview, "The mill must close."')).toEqual([
      ['direct', 'The mill must close.', 'Olav Rud'],
    ]);
  });
});
