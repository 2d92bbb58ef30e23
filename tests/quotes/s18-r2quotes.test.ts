import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

// Sentences written for this file (issue 12, session 18 round 2): none comes from a data set.

describe('a passive question with its agent: "X was asked by Y whether …", "Asked by Y whether …, X said" (ANNOTATION.md §1)', () => {
  it('gives the question to the agent who asked it', () => {
    expect(brief('The coach was asked by a journalist whether he would resign.')).toEqual([
      ['indirect', 'whether he would resign', 'journalist'],
    ]);
    expect(brief('Later the minister was asked by reporters why the border was closed.')).toEqual([
      ['indirect', 'why the border was closed', 'reporters'],
    ]);
    expect(brief('She was asked by the host of the show if she regretted the vote.')).toEqual([
      ['indirect', 'if she regretted the vote', 'host of the show'],
    ]);
  });

  it('reads the opening participle clause as the agent’s question, not the content of the attribution after it', () => {
    expect(brief('Asked by the judge whether she had seen the car, Mira Stone said no.')).toEqual([
      ['indirect', 'whether she had seen the car', 'judge'],
    ]);
    expect(brief('Asked by Tom Reed why he had quit, the striker said he was tired.')).toEqual([
      ['indirect', 'why he had quit', 'Tom Reed'],
      ['indirect', 'he was tired', 'striker'],
    ]);
  });

  it('reads "when asked by X whether …" and a quoted question after the agent the same way', () => {
    expect(brief('When asked by a reporter whether the plant would close, the manager said it would not.')).toEqual([
      ['indirect', 'whether the plant would close', 'reporter'],
      ['indirect', 'it would not', 'manager'],
    ]);
    expect(brief('When asked by the panel why she had resigned, Anna Berg said she was tired.')).toEqual([
      ['indirect', 'why she had resigned', 'panel'],
      ['indirect', 'she was tired', 'Anna Berg'],
    ]);
    expect(brief('The coach was asked by a reporter, "Will you resign?"')).toEqual([
      ['direct', 'Will you resign?', 'reporter'],
    ]);
    expect(brief('Ms Berg was asked by the chairman: "Did you sign it?"')).toEqual([
      ['direct', 'Did you sign it?', 'chairman'],
    ]);
  });

  it('finds no question in a condition (no one has asked yet) or an agent with no question', () => {
    expect(brief('If asked by police where he was, the driver will say nothing.')).toEqual([]);
    expect(brief('Unless asked by the court why she left, Ms Berg will stay silent.')).toEqual([]);
    expect(brief('When asked by reporters about the strike, the manager said it would end soon.')).toEqual([
      ['indirect', 'it would end soon', 'manager'],
    ]);
  });

  it('finds nothing in other passives with "by", or a passive question with no agent', () => {
    expect(brief('The bill was passed by the senate.')).toEqual([]);
    expect(brief('The question asked by the reporter was ignored.')).toEqual([]);
    expect(brief('The mayor was asked whether the bridge was safe.')).toEqual([]);
  });

  it('keeps a fronted clause with its own subject before "whether" as content', () => {
    expect(brief('Nobody knows whether the dam will hold, the engineer said.')).toEqual([
      ['indirect', 'Nobody knows whether the dam will hold', 'engineer'],
    ]);
    expect(brief('Crews checked whether the dam would hold, the engineer said.')).toEqual([
      ['indirect', 'Crews checked whether the dam would hold', 'engineer'],
    ]);
  });
});

describe('a yes/no question after "asked:" (ANNOTATION.md §1 indirect: a speech cue with its content)', () => {
  it('takes the question its auxiliary opens, without the question mark', () => {
    expect(brief('A reporter asked: Will the troops stay until June?')).toEqual([
      ['indirect', 'Will the troops stay until June', 'reporter'],
    ]);
    expect(brief('Then one farmer asked: Can the state pay for the seeds?')).toEqual([
      ['indirect', 'Can the state pay for the seeds', 'one farmer'],
    ]);
    expect(brief('The coach asked: is the pitch ready? Nobody answered.')).toEqual([
      ['indirect', 'is the pitch ready', 'coach'],
    ]);
  });

  it('takes nothing without a question mark', () => {
    expect(brief('The senator asked: Has anyone read the report.')).toEqual([]);
  });
});

describe('"asked" as a cue for a question (ANNOTATION.md §1: the question is what was said)', () => {
  it('finds a quoted question before an inverted or plain "asked"', () => {
    expect(brief('"Who will pay for this?" asked the mayor.')).toEqual([['direct', 'Who will pay for this?', 'mayor']]);
    expect(brief('"Where are the trucks?" the governor asked.')).toEqual([
      ['direct', 'Where are the trucks?', 'governor'],
    ]);
  });

  it('finds a reported question after "asked", with or without an addressee', () => {
    expect(brief('The senator asked whether the funds had been spent.')).toEqual([
      ['indirect', 'whether the funds had been spent', 'senator'],
    ]);
    expect(brief('Judge Ruth Okafor asked the witness why he had left the scene.')).toEqual([
      ['indirect', 'why he had left the scene', 'Ruth Okafor'],
    ]);
    expect(brief('The committee asked the bank how the loans were approved.')).toEqual([
      ['indirect', 'how the loans were approved', 'committee'],
    ]);
  });

  it('finds no quote in a request for a thing', () => {
    expect(brief('She asked for a lawyer.')).toEqual([]);
  });
});

describe('a direct quote after an opening adverbial and a mid-sentence attribution', () => {
  it('is the words inside the marks, with the speaker', () => {
    expect(brief('Officials met on Monday. As for the budget, Maria Lopez said, "we will cut nothing."')).toEqual([
      ['direct', 'we will cut nothing.', 'Maria Lopez'],
    ]);
    expect(brief('Lena Park spoke first. On the subject of taxes, she said, "nobody will pay more."')).toEqual([
      ['direct', 'nobody will pay more.', 'Lena Park'],
    ]);
    expect(brief('Regarding the talks, the envoy said, "they will resume soon."')).toEqual([
      ['direct', 'they will resume soon.', 'envoy'],
    ]);
  });

  it('leaves a pronoun with no one named before it without a speaker', () => {
    expect(brief('As for the budget, she said, "we will cut nothing."')).toEqual([
      ['direct', 'we will cut nothing.', null],
    ]);
  });
});

describe('"According to the <description> <Name> …" with its commas lost', () => {
  it('keeps the description as the speaker, not the person its content names', () => {
    expect(brief('According to the source Colonel Amir Haddad will head the inquiry.')).toEqual([
      ['indirect', 'Colonel Amir Haddad will head the inquiry', 'source'],
    ]);
    expect(brief('According to the official Captain Rami Daher was wounded.')).toEqual([
      ['indirect', 'Captain Rami Daher was wounded', 'official'],
    ]);
    expect(brief('According to the sources Judge Mona Aziz will lead the panel.')).toEqual([
      ['indirect', 'Judge Mona Aziz will lead the panel', 'sources'],
    ]);
  });

  it('resolves a later pronoun to the person last named, by salience', () => {
    expect(
      brief('According to the source Colonel Amir Haddad will head the inquiry. He said the team would report in May.'),
    ).toEqual([
      ['indirect', 'Colonel Amir Haddad will head the inquiry', 'source'],
      ['indirect', 'the team would report in May', 'Amir Haddad'],
    ]);
  });
});
