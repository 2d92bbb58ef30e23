import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

/** The speaker's name of the quote whose text starts with `start` (`undefined`: no such quote). */
function speakerOf(text: string, start: string): string | null | undefined {
  const q = quotes(text).find((x) => x.text.startsWith(start));
  return q === undefined ? undefined : (q.speaker?.name ?? null);
}

// Sentences written for this file (issue 12, session 18): none comes from a data set.

describe('a content clause whose subject holds a relative clause (ANNOTATION.md §1 indirect)', () => {
  it('reads a pronoun heading the relative as the content’s subject', () => {
    expect(brief('He said those who stayed behind have nothing left.')).toEqual([
      ['indirect', 'those who stayed behind have nothing left', null],
    ]);
    expect(brief('The mayor said anyone who enters the zone will be arrested.')).toEqual([
      ['indirect', 'anyone who enters the zone will be arrested', 'mayor'],
    ]);
    expect(brief('The charity said many who fled the floods have returned home.')).toEqual([
      ['indirect', 'many who fled the floods have returned home', 'charity'],
    ]);
  });

  it('finds the main verb after the relative verb’s particle', () => {
    expect(brief('The mayor said the people who stayed behind have lost everything.')).toEqual([
      ['indirect', 'the people who stayed behind have lost everything', 'mayor'],
    ]);
    expect(brief('Aid workers said the families who moved away had not been counted.')).toEqual([
      ['indirect', 'the families who moved away had not been counted', 'Aid workers'],
    ]);
  });

  it('finds the main verb after an adverb that follows the relative clause', () => {
    expect(brief('The coach says a hard hit that used to be considered a great tackle now draws a penalty.')).toEqual([
      ['indirect', 'a hard hit that used to be considered a great tackle now draws a penalty', 'coach'],
    ]);
    expect(brief('Residents said the road that was paved in spring again needs work.')).toEqual([
      ['indirect', 'the road that was paved in spring again needs work', 'Residents'],
    ]);
  });

  it('still reads a relative clause of the cue’s noun object as no content', () => {
    expect(brief('The agency reported the raid that killed two men yesterday.')).toEqual([]);
    expect(brief('The agency reported the strike that hit the market towns in the valley.')).toEqual([]);
    expect(brief('The agency reported the attack which killed ten people.')).toEqual([]);
    expect(brief('The council announced a plan that those who live nearby opposed.')).toEqual([]);
  });
});

describe('a speech participle whose comma was lost before `that` (ANNOTATION.md §1: two quotes, one speaker)', () => {
  it('splits the report in two, both of the first speaker', () => {
    expect(brief('The army said its units had retaken the bridge adding that the road would open soon.')).toEqual([
      ['indirect', 'its units had retaken the bridge', 'army'],
      ['indirect', 'the road would open soon', 'army'],
    ]);
    expect(brief('Police said two men were arrested at the station noting that both were armed.')).toEqual([
      ['indirect', 'two men were arrested at the station', 'Police'],
      ['indirect', 'both were armed', 'Police'],
    ]);
    expect(
      brief('The council said there are plans to reopen the school stressing that teachers were still missing.'),
    ).toEqual([
      ['indirect', 'there are plans to reopen the school', 'council'],
      ['indirect', 'teachers were still missing', 'council'],
    ]);
  });

  it('leaves a participle after a statement noun the one report it is', () => {
    expect(brief('The ministry issued a statement adding that the border would stay closed.')).toEqual([
      ['indirect', 'the border would stay closed', 'ministry'],
    ]);
    expect(brief('The council said it is seeking clarity on reports suggesting that troops killed 30 people.')).toEqual(
      [['indirect', 'it is seeking clarity on reports suggesting that troops killed 30 people', 'council']],
    );
  });
});

describe('a past verb the tagger reads as an adjective before a possessive object', () => {
  it('is the content clause’s verb', () => {
    expect(brief('The rebels said it avenged their commander.')).toEqual([
      ['indirect', 'it avenged their commander', 'rebels'],
    ]);
    expect(brief('Witnesses said soldiers looted their shops.')).toEqual([
      ['indirect', 'soldiers looted their shops', 'Witnesses'],
    ]);
    expect(brief('The group said the raid avenged its fallen fighters.')).toEqual([
      ['indirect', 'the raid avenged its fallen fighters', 'group'],
    ]);
  });

  it('leaves a noun object with a possessive no content', () => {
    expect(brief('The agency reported the injured workers and their families.')).toEqual([]);
  });
});

describe('a speech gerund after by, after or before: the clause’s subject speaks', () => {
  it('takes the subject of the sentence', () => {
    expect(brief('Russia backed the claim by saying it was a provocation.')).toEqual([
      ['indirect', 'it was a provocation', 'Russia'],
    ]);
    expect(brief('The minister defended the plan by arguing that it would save money.')).toEqual([
      ['indirect', 'it would save money', 'minister'],
    ]);
    expect(brief('The coach ended the session after saying the team needed rest.')).toEqual([
      ['indirect', 'the team needed rest', 'coach'],
    ]);
  });

  it('gives no quote for a gerund that reports no words', () => {
    expect(brief('The senator was praised for saying the truth.')).toEqual([]);
    expect(brief('She was arrested after saying nothing for an hour.')).toEqual([]);
    expect(brief('He left without saying whether the talks had failed.')).toEqual([]);
  });
});

describe('one surname, two people: a title’s gender tells them apart (ANNOTATION.md §1 rule 1)', () => {
  it('resolves Mr. and Mrs. to the person of that gender', () => {
    const text =
      'Barack Obama spoke first. Michelle Obama spoke later. Mr. Obama said the plan would work. Mrs. Obama said the schools needed money.';
    expect(speakerOf(text, 'the plan')).toBe('Barack Obama');
    expect(speakerOf(text, 'the schools')).toBe('Michelle Obama');
  });

  it('also when the woman was named first', () => {
    const text =
      'John Keller and Sarah Keller run the farm. Mrs. Keller said the crops had failed. Mr. Keller said the bank had refused a loan.';
    expect(speakerOf(text, 'the crops')).toBe('Sarah Keller');
    expect(speakerOf(text, 'the bank')).toBe('John Keller');
    const text2 =
      'Anna Novak visited the site on Monday. Her brother Piotr Novak stayed home. Mr. Novak said the roads were closed.';
    expect(speakerOf(text2, 'the roads')).toBe('Piotr Novak');
  });
});

describe('he/she after a described source that named someone in its words (ANNOTATION.md §1 rule 2)', () => {
  it('is the source that spoke, not the person it spoke about', () => {
    expect(
      speakerOf(
        'A police source said Captain Omar Haddad would lead the inquiry. He said the report would be ready in May.',
        'the report',
      ),
    ).toBe('police source');
    expect(
      speakerOf(
        'An informed source said Colonel Sami Aziz will head the new unit. He said the unit would be formed within weeks.',
        'the unit',
      ),
    ).toBe('informed source');
    expect(
      speakerOf(
        'A hospital spokeswoman said Dr. Karl Weber had treated the boy. She said the boy was stable.',
        'the boy was',
      ),
    ).toBe('hospital spokeswoman');
  });

  it('leaves a body’s report and a person named outside the words to the resolver', () => {
    expect(
      speakerOf(
        'The ministry said Colonel Sami Aziz will head the new unit. He said the unit would be formed within weeks.',
        'the unit',
      ),
    ).toBe('Sami Aziz');
    expect(
      speakerOf(
        'A police source said the suspect was arrested. Karim Nasser, the suspect’s lawyer, denied it. He said his client was innocent.',
        'his client',
      ),
    ).toBe('Karim Nasser');
    expect(
      speakerOf(
        'A local activist who uses the name Abu Salim said on Tuesday that the raid took place overnight. He says that among the 12 killed was a family of five.',
        'among',
      ),
    ).toBe('Abu Salim');
  });
});

describe('a trailing `according to` a source ends the content before it', () => {
  it('cuts the nested report’s content at the cue', () => {
    expect(brief('Russia backed the claim by saying it was a provocation according to Reuters.')).toEqual([
      ['indirect', 'it was a provocation', 'Russia'],
    ]);
    expect(brief('The army said the road was open according to state media.')).toEqual([
      ['indirect', 'the road was open', 'army'],
    ]);
    expect(brief('Officials said the vote was delayed according to a statement.')).toEqual([
      ['indirect', 'the vote was delayed', 'Officials'],
    ]);
  });

  it('keeps `according to` a manner of sorting inside the content', () => {
    expect(
      brief(
        'The monitor says it determines which planes carried out raids according to their type and flight patterns.',
      ),
    ).toEqual([
      [
        'indirect',
        'it determines which planes carried out raids according to their type and flight patterns',
        'monitor',
      ],
    ]);
    expect(brief('The monitor says it identifies planes according to type and location.')).toEqual([
      ['indirect', 'it identifies planes according to type and location', 'monitor'],
    ]);
  });
});

describe('Said, a given name, is no cue inside a name or a photo credit (ANNOTATION.md §1 rule 5)', () => {
  it('reads the name whole as the speaker', () => {
    expect(brief('Rebel commander Said Hamdan told reporters the town had fallen.')).toEqual([
      ['indirect', 'the town had fallen', 'Said Hamdan'],
    ]);
    expect(brief('The road was closed, police commander Said Karimi told reporters.')).toEqual([
      ['indirect', 'The road was closed', 'Said Karimi'],
    ]);
    expect(brief('The town had fallen rebel spokesman Said Hamdan said.')).toEqual([
      ['indirect', 'The town had fallen', 'Said Hamdan'],
    ]);
  });

  it('gives a photographer of a credit no quote', () => {
    const q = brief('Kurdish fighters enter the town. REUTERS/Rodi Said The advance is part of a wider campaign.');
    expect(q.filter(([, , who]) => who !== null && /Rodi/.test(who))).toEqual([]);
  });

  it('still reads a title-case headline’s Said as the cue', () => {
    expect(brief('Trump Said Syria Attack Cannot Be Tolerated')).toEqual([
      ['indirect', 'Syria Attack Cannot Be Tolerated', 'Trump'],
    ]);
  });
});

describe('the writer’s comment after a report is no part of its content', () => {
  it('ends the content at the comma before the comment', () => {
    expect(brief('The army says it killed 40 militants, which could not be independently verified.')).toEqual([
      ['indirect', 'it killed 40 militants', 'army'],
    ]);
    expect(brief('The group said it downed a drone, a claim the army denied.')).toEqual([
      ['indirect', 'it downed a drone', 'group'],
    ]);
    expect(brief('Rebels said 12 soldiers died, a figure that could not be confirmed.')).toEqual([
      ['indirect', '12 soldiers died', 'Rebels'],
    ]);
  });

  it('keeps an apposition or relative clause the source may have said', () => {
    expect(brief('The ministry said the toll had risen to 30, a number that is likely to rise.')).toEqual([
      ['indirect', 'the toll had risen to 30, a number that is likely to rise', 'ministry'],
    ]);
    expect(brief('Police said the man fled to Lyon, which he had visited before.')).toEqual([
      ['indirect', 'the man fled to Lyon, which he had visited before', 'Police'],
    ]);
  });
});

describe('an adverbial before a parenthetical attribution is part of the content (ANNOTATION.md §1)', () => {
  it('spans the content from the adverbial over the attribution', () => {
    expect(brief('After two years of small increases, the budget office said, the deficit will rise sharply.')).toEqual(
      [
        [
          'indirect',
          'After two years of small increases, the budget office said, the deficit will rise sharply',
          'budget office',
        ],
      ],
    );
    expect(brief('In the northern valleys, the monitor said, 40 people died.')).toEqual([
      ['indirect', 'In the northern valleys, the monitor said, 40 people died', 'monitor'],
    ]);
    expect(brief('If the talks fail, the union leader warned, the strike will go on.')).toEqual([
      ['indirect', 'If the talks fail, the union leader warned, the strike will go on', 'union leader'],
    ]);
  });

  it('leaves a front with a comma of its own or a quoted stretch after the attribution alone', () => {
    expect(brief('In Aleppo, a city of millions, the monitor said, 40 people died.')).toEqual([
      ['indirect', '40 people died', 'monitor'],
    ]);
    expect(brief('After the vote was counted, she said, "Everybody cheered."')).toEqual([
      ['direct', 'Everybody cheered.', null],
    ]);
  });
});

describe('a present verb the tagger reads as a noun in a content clause', () => {
  it('after a plural subject, the base form before its object', () => {
    expect(brief('Officials said the rebels shell the town every night.')).toEqual([
      ['indirect', 'the rebels shell the town every night', 'Officials'],
    ]);
    expect(brief('Witnesses said the fighters control the main road.')).toEqual([
      ['indirect', 'the fighters control the main road', 'Witnesses'],
    ]);
  });

  it('after a singular subject, the -s form before a bare plural object', () => {
    expect(brief('The rebels said the blast targets collaborators.')).toEqual([
      ['indirect', 'the blast targets collaborators', 'rebels'],
    ]);
  });

  it('leaves noun phrases objects of the cue', () => {
    expect(brief('The agency reported the arms sales figures for May.')).toEqual([]);
    expect(brief('The minister announced new rules for drivers.')).toEqual([]);
  });
});
