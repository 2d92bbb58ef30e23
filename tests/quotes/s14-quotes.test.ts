import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('"call on / call upon X to …": a cue of its own, the infinitive its content (issue 12)', () => {
  it('takes the addressee and quotes the infinitive, in every tense and with "upon"', () => {
    expect(brief('The council called on both sides to stop the fighting.')).toEqual([
      ['indirect', 'to stop the fighting', 'council'],
    ]);
    expect(brief('The Coalition calls on the UN Security Council to condemn this massacre.')).toEqual([
      ['indirect', 'to condemn this massacre', 'Coalition'],
    ]);
    expect(brief('Farmers are calling upon the regional government to open the dam.')).toEqual([
      ['indirect', 'to open the dam', 'Farmers'],
    ]);
  });

  it('keeps a negation of the infinitive (as after "urged")', () => {
    expect(brief('The bishops called upon the government not to sign the deal.')).toEqual([
      ['indirect', 'not to sign the deal', 'bishops'],
    ]);
    expect(brief('The bishops urged the government not to sign the deal.')).toEqual([
      ['indirect', 'not to sign the deal', 'bishops'],
    ]);
  });

  it('is no quote without an infinitive, and "called X Y" stays the characterising cue', () => {
    expect(brief('The minister called on residents in the north.')).toEqual([]);
    expect(brief('The opposition called the vote "a farce".')).toEqual([['mixed', 'the vote "a farce"', 'opposition']]);
  });
});

describe('"indicated that …": a speech cue (issue 12)', () => {
  it('attributes the clause, with or without "that"', () => {
    expect(brief('The minister indicated that new sanctions were being prepared.')).toEqual([
      ['indirect', 'new sanctions were being prepared', 'minister'],
    ]);
    expect(brief('Early reports indicated dozens of houses had burned down.')).toEqual([
      ['indirect', 'dozens of houses had burned down', 'Early reports'],
    ]);
  });

  it('makes no quote of a plain noun object', () => {
    expect(brief('The survey indicated a drop in support.')).toEqual([]);
  });
});

describe('an inverted speaker whose name is also a cue form ("said Said Seif", issue 12)', () => {
  it('reads the capitalised form after a lower-case cue as the name', () => {
    expect(brief('"We will stay," said Said Ahmed, a local commander.')).toEqual([
      ['direct', 'We will stay,', 'Said Ahmed'],
    ]);
    expect(brief('The strikes are revenge for the pilot said Said Karimi from the brigade.')).toEqual([
      ['indirect', 'The strikes are revenge for the pilot', 'Said Karimi'],
    ]);
  });
});

describe('a cue in a relative clause of the sentence subject (issue 12)', () => {
  it('takes no clause without "that" when the main predicate is still to come', () => {
    expect(brief('The ADF which has pledged allegiance to IS has been blamed for the killings.')).toEqual([]);
    expect(brief('The militia which has vowed revenge on the army was blamed for the raid.')).toEqual([]);
    expect(brief('Officials who said the road was safe were wrong.')).toEqual([]);
  });

  it('still reads a relative clause on an object', () => {
    expect(brief('He met officials who said the road was safe.')).toEqual([
      ['indirect', 'the road was safe', 'officials'],
    ]);
  });

  it('ends a content in a relative between commas at its closing comma', () => {
    expect(brief('The militia, which said that it had no role in the raid, has been banned.')).toEqual([
      ['indirect', 'it had no role in the raid', 'militia'],
    ]);
    expect(brief('The ADF, which has said it fights for Muslims, was blamed.')).toEqual([
      ['indirect', 'it fights for Muslims', 'Allied Democratic Forces'],
    ]);
  });
});

describe('a first-person cue inside another cue’s words (their marks lost, issue 12)', () => {
  it('leaves the sentence to the later attribution', () => {
    expect(brief('I call on the council to convene urgently Ahmed Jarba added.')).toEqual([
      ['indirect', 'I call on the council to convene urgently', 'Ahmed Jarba'],
    ]);
    expect(brief('We say the port must reopen the union leader told reporters.')).toEqual([
      ['indirect', 'We say the port must reopen', 'union leader'],
    ]);
    expect(brief('We call on the UN to act now, the statement said.')).toEqual([
      ['indirect', 'We call on the UN to act now', 'statement'],
    ]);
    expect(brief('I told them the road was closed, the driver said.')).toEqual([
      ['indirect', 'I told them the road was closed', 'driver'],
    ]);
  });

  it('keeps a first-person cue a clause break separates from the next cue', () => {
    expect(
      brief('We asked the pupils what they hope to be... they say pilots and doctors.').map((x) => x[1]),
    ).toContain('what they hope to be');
  });
});

describe('a direct quote after an attribution whose tail carries more words of the speaker (issue 12)', () => {
  it('continues the speaker over a relative or participle clause with its own content', () => {
    expect(
      brief(
        '"Revenues are up a bit," said Tom Ekovich, who noted that prices had fallen by half. "Things are moving."',
      ),
    ).toEqual([
      ['direct', 'Revenues are up a bit,', 'Tom Ekovich'],
      ['indirect', 'prices had fallen by half', 'Tom Ekovich'],
      ['direct', 'Things are moving.', 'Tom Ekovich'],
    ]);
    expect(
      brief(
        'Maria Lopez runs the office. "It speaks volumes," she said, adding that the campaign would work hard. "They are waiting."',
      ),
    ).toEqual([
      ['direct', 'It speaks volumes,', 'Maria Lopez'],
      ['indirect', 'the campaign would work hard', 'Maria Lopez'],
      ['direct', 'They are waiting.', 'Maria Lopez'],
    ]);
  });

  it('continues it over a participle, a reduced clause or a gerund after a preposition', () => {
    expect(
      brief('"It was nice," the tycoon told Reuters in Macau when asked if he had met the mayor. "He was charming."'),
    ).toEqual([
      ['direct', 'It was nice,', 'tycoon'],
      ['direct', 'He was charming.', 'tycoon'],
    ]);
    expect(
      brief('"It is a big deal," said Ross Eisner, an early voice in urging the city to act. "It restores rights."'),
    ).toEqual([
      ['direct', 'It is a big deal,', 'Ross Eisner'],
      ['direct', 'It restores rights.', 'Ross Eisner'],
    ]);
    expect(
      brief('"I want answers," said a party member, asking for anonymity to speak freely. "Why pay more?"'),
    ).toEqual([
      ['direct', 'I want answers,', 'party member'],
      ['direct', 'Why pay more?', 'party member'],
    ]);
  });

  it('gives no continuation when another speaker has a finite cue in the tail', () => {
    const out = brief('"We will win," said Ann Lee, and the mayor said nothing more. "The vote is rigged."');
    expect(out.find((x) => x[1] === 'The vote is rigged.')?.[2] ?? null).not.toBe('Ann Lee');
  });
});

describe('where a content ends or starts on wire copy (issue 12, the users’ pages)', () => {
  it('leaves the paragraph’s dateline out of a content sourced by "according to"', () => {
    expect(
      brief(
        'KHAN YOUNIS, Gaza Strip (AP) — An airstrike hit a school early Saturday, killing 22 people, according to hospital staff.',
      ),
    ).toEqual([['indirect', 'An airstrike hit a school early Saturday, killing 22 people', 'hospital staff']]);
    expect(
      brief('GOMA, Congo, May 3 (Reuters) - Rebels seized two towns on Friday, according to local officials.'),
    ).toEqual([['indirect', 'Rebels seized two towns on Friday', 'local officials']]);
  });

  it('ends a content before ", without …" (the manner of the attribution)', () => {
    expect(
      brief('The governor told reporters that the gunmen had been "neutralised" in part, without giving details.'),
    ).toEqual([['mixed', 'the gunmen had been "neutralised" in part', 'governor']]);
    expect(brief('Police said the two men had been released, without saying why.')).toEqual([
      ['indirect', 'the two men had been released', 'Police'],
    ]);
  });

  it('ends a quoted judgment before the speaker’s next predicate', () => {
    expect(
      brief('Governor Ann Ruiz called the shooting "a senseless act of violence" and ordered flags lowered.'),
    ).toEqual([['mixed', 'the shooting "a senseless act of violence"', 'Ann Ruiz']]);
    expect(brief('The minister called it "a massacre and a crime".')).toEqual([
      ['mixed', 'it "a massacre and a crime"', 'minister'],
    ]);
  });
});

describe('an inverted speaker with a name particle the tagger read as a noun (issue 12)', () => {
  it('keeps "al", "bin" inside the name after a glued cue', () => {
    expect(brief('The strikes are revenge for the pilot said Said Seif al Qalamoni from the brigade.')).toEqual([
      ['indirect', 'The strikes are revenge for the pilot', 'Said Seif al Qalamoni'],
    ]);
    expect(brief('The road was cut overnight said Omar bin Laden of the council.')).toEqual([
      ['indirect', 'The road was cut overnight', 'Omar bin Laden'],
    ]);
  });
});

describe('a sentence of only a subject and its cue introduces the quotation after it (issue 12)', () => {
  it('takes the quotation, with or without the space after the full stop', () => {
    expect(brief('The prosecutor said."We have evidence of the crime."')).toEqual([
      ['direct', 'We have evidence of the crime.', 'prosecutor'],
    ]);
    expect(brief('The prosecutor said. "We have evidence of the crime."')).toEqual([
      ['direct', 'We have evidence of the crime.', 'prosecutor'],
    ]);
  });

  it('leaves a quotation with its own attribution, and a cue with more words, alone', () => {
    expect(brief('The prosecutor said. "We have evidence," the aide added.')).toEqual([
      ['direct', 'We have evidence,', 'aide'],
    ]);
    expect(brief('The prosecutor said so. "We have evidence."').filter((x) => x[2] === 'prosecutor')).toEqual([]);
  });
});

describe('a content clause whose irregular past verb the tagger calls a noun (issue 12)', () => {
  it('reads it before a bare noun object, and after "the" + adjective as the subject', () => {
    expect(brief('The medic said the wounded drank water from the river.')).toEqual([
      ['indirect', 'the wounded drank water from the river', 'medic'],
    ]);
    expect(brief('The medic said the boys drank water from the river.')).toEqual([
      ['indirect', 'the boys drank water from the river', 'medic'],
    ]);
  });

  it('makes no clause of a plain noun object', () => {
    expect(brief('The army denied responsibility for the strike.')).toEqual([]);
  });
});

describe('"X joined Y in saying …": the subject of "join" speaks (issue 12)', () => {
  it('reads the gerund after "in" as the cue, after a form of "join" only', () => {
    expect(brief('The EU joined the UN in saying the elections should be postponed.')).toEqual([
      ['indirect', 'the elections should be postponed', 'EU'],
    ]);
    expect(brief('Germany joined France in calling on both sides to stop the fighting.')).toEqual([
      ['indirect', 'to stop the fighting', 'Germany'],
    ]);
    expect(brief('He was right in saying the dam would fail.')).toEqual([]);
    expect(brief('The rebels joined the talks in Geneva.')).toEqual([]);
  });
});
