import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

/** Issue 12 constructions, each on a sentence written for this test (not from any data set). */
describe('comma-lost attributions: where the speaker starts', () => {
  it('cuts a described speaker from the noun phrase before it', () => {
    expect(brief('A car bomb killed nine people in the harbour district state radio said.')).toEqual([
      ['indirect', 'A car bomb killed nine people in the harbour district', 'state radio'],
    ]);
    expect(brief('Heavy shelling hit the valley causing dozens of civilian casualties aid agencies said.')).toEqual([
      ['indirect', 'Heavy shelling hit the valley causing dozens of civilian casualties', 'aid agencies'],
    ]);
    expect(brief('The hospital was destroyed in the raid on Maarat local authorities said.')).toEqual([
      ['indirect', 'The hospital was destroyed in the raid on Maarat', 'local authorities'],
    ]);
  });

  it('keeps a modifier noun with its head', () => {
    expect(brief('The convoy reached the town hospital officials said.')).toEqual([
      ['indirect', 'The convoy reached the town', 'hospital officials'],
    ]);
  });

  it('cuts a person from the place run into the name', () => {
    expect(brief('Four civilians were killed in Idlib Karim Haddad a local activist said.')).toEqual([
      ['indirect', 'Four civilians were killed in Idlib', 'Karim Haddad'],
    ]);
  });

  it('takes the person after a title but keeps the title out of the content', () => {
    expect(brief('Ten soldiers died the observatory Chief Rami Haddad said.')).toEqual([
      ['indirect', 'Ten soldiers died', 'Rami Haddad'],
    ]);
  });

  it('does not cut a known actor out of a name an article opens', () => {
    expect(brief('The Levant Observatory for Human Rights said ten soldiers died.')).toEqual([
      ['indirect', 'ten soldiers died', 'Levant Observatory for Human Rights'],
    ]);
  });

  it('does not cut a name at a first name after a particle', () => {
    expect(brief('Abu Karim Haddad said the road was shut.')).toEqual([
      ['indirect', 'the road was shut', 'Abu Karim Haddad'],
    ]);
  });

  it('takes a name before an "a …" description as its apposition', () => {
    expect(brief('In Aleppo Leyla Haddad a local activist said four civilians were killed.')).toEqual([
      ['indirect', 'four civilians were killed', 'Leyla Haddad'],
    ]);
  });
});

describe('coordinated subjects', () => {
  it('keeps two named actors together', () => {
    expect(brief('France and Britain said the strikes were illegal.')).toEqual([
      ['indirect', 'the strikes were illegal', 'France and Britain'],
    ]);
    expect(brief('Russia and the United States said on Friday that a truce would begin.')).toEqual([
      ['indirect', 'a truce would begin', 'Russia and United States'],
    ]);
  });

  it('does not join a name to the clause before a comma and "and"', () => {
    expect(brief('The army shelled the town, and Britain said the strikes were illegal.')).toEqual([
      ['indirect', 'the strikes were illegal', 'Britain'],
    ]);
  });
});

describe('speakers', () => {
  it('keeps a description whole ("a person familiar with the matter")', () => {
    expect(brief('A person familiar with the matter said the deal was close.')).toEqual([
      ['indirect', 'the deal was close', 'person familiar with the matter'],
    ]);
  });

  it('resolves "It" to a monitor named before it', () => {
    expect(brief('The Levant Monitor counted the dead. It said nine people died.')).toEqual([
      ['indirect', 'nine people died', 'Levant Monitor'],
    ]);
  });

  it('never resolves a pronoun to a place after "in"/"near"', () => {
    expect(brief('Tom Reed met officials in Geneva. He said a deal was close.')).toEqual([
      ['indirect', 'a deal was close', 'Tom Reed'],
    ]);
    expect(brief('The talks opened in Springfield, Ill., on Monday. He said a deal was close.')).toEqual([
      ['indirect', 'a deal was close', null],
    ]);
  });

  it('takes a shouted direct quote', () => {
    expect(brief('"Enough!" shouted the crowd.')).toEqual([['direct', 'Enough!', 'crowd']]);
  });
});

describe('not quotes', () => {
  it('reads no quote in a cue verb with a plain noun object', () => {
    expect(brief('The group denied responsibility for the blast.')).toEqual([]);
    expect(brief('State media reported the blast on Monday.')).toEqual([]);
  });
});

describe('forward cues', () => {
  it('cuts the addressee before a number that opens the content', () => {
    expect(brief('Omar Saleh told Reuters four civilians were killed in the raid.')).toEqual([
      ['indirect', 'four civilians were killed in the raid', 'Omar Saleh'],
    ]);
  });

  it('gives a speech verb after "went on to" / "continued to" the subject of the sentence', () => {
    expect(brief('The agency later went on to say that two camps had opened.')).toEqual([
      ['indirect', 'two camps had opened', 'agency'],
    ]);
    expect(brief('The minister continued to insist the border was closed.')).toEqual([
      ['indirect', 'the border was closed', 'minister'],
    ]);
  });

  it('still reads nobody in "safe to say" and nothing in "declined to say"', () => {
    expect(brief('It is safe to say the plan failed.')).toEqual([]);
    expect(brief('Officials declined to say whether the camp was full.')).toEqual([]);
  });

  it('reads "according to" a speaker noun the tagger took for a verb', () => {
    expect(brief('Ten civilians were wounded according to sources on the ground.')).toEqual([
      ['indirect', 'Ten civilians were wounded', 'sources on the ground'],
    ]);
  });
});

describe('names the registry holds in pieces', () => {
  it('reads a person after a capitalised title run into the name', () => {
    expect(brief('Security Council President Anna Berg said the vote would be held on Friday.')).toEqual([
      ['indirect', 'the vote would be held on Friday', 'Anna Berg'],
    ]);
  });

  it('keeps given names that are in no list before a first name', () => {
    expect(brief('Fadl Abdel-Ghani said the road was shut.')).toEqual([
      ['indirect', 'the road was shut', 'Fadl Abdel-Ghani'],
    ]);
  });

  it('keeps a name whose second word is also a first name', () => {
    expect(brief('Mohammad Ali Hassan said the road was shut.')).toEqual([
      ['indirect', 'the road was shut', 'Mohammad Ali Hassan'],
    ]);
  });

  it('joins an organisation name split at "of"', () => {
    expect(
      brief(
        'The Organisation for the Prohibition of Chemical Weapons said it was seriously concerned about the attack.',
      ),
    ).toEqual([
      [
        'indirect',
        'it was seriously concerned about the attack',
        'Organisation for the Prohibition of Chemical Weapons',
      ],
    ]);
  });
});
