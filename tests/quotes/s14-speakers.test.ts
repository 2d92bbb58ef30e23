import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

/** The speaker's name of the quote whose text starts with `start`. */
function speakerOf(text: string, start: string): string | null | undefined {
  return quotes(text).find((q) => q.text.startsWith(start))?.speaker?.name;
}

describe('a document speaks for the issuer its apposition names (issue 12)', () => {
  it('reads "issued by" after the statement that follows the cue', () => {
    expect(
      brief('"The curfew stays in force until further notice," said the statement, issued by the Interior Ministry.'),
    ).toEqual([['direct', 'The curfew stays in force until further notice,', 'Interior Ministry']]);
  });

  it('reads "released by" inside the subject, before the cue', () => {
    expect(speakerOf('"The situation is stable," the statement, released by the health ministry, said.', 'The')).toBe(
      'health ministry',
    );
    expect(
      speakerOf(
        'The dam held, the report, published on Monday by the Harbour Safety Board, said in its summary.',
        'The dam',
      ),
    ).toBe('Harbour Safety Board');
  });

  it('keeps the document when its apposition names no issuer', () => {
    expect(speakerOf('"Stay indoors," the statement, posted online, said.', 'Stay')).toBe('statement');
  });
});

describe('"they" speaks for people outside what is said (issue 12)', () => {
  it('passes over the people a clause reports on to the plural body before it', () => {
    expect(
      speakerOf(
        'Local resistance committees put the toll higher, at 34 dead. Four people were still missing under the rubble, they said.',
        'Four people',
      ),
    ).toBe('Local resistance committees');
  });

  it('takes a plural body as the antecedent of a relative clause’s "they"', () => {
    expect(
      speakerOf(
        'Aid groups have long criticised the checkpoints which they say fail to let ambulances through.',
        'fail',
      ),
    ).toBe('Aid groups');
  });

  it('prefers plural residents to a singular army named since', () => {
    expect(
      speakerOf(
        'Residents of the valley said the shelling began before dawn. The army denied it. They said at least four houses were hit.',
        'at least four',
      ),
    ).toBe('Residents');
  });

  it('keeps the plural speaker when the only plural since is what it said', () => {
    expect(
      speakerOf(
        'Farm unions warned of a strike on Monday. Hundreds of drivers were stuck at the border, they said.',
        'Hundreds',
      ),
    ).toBe('Farm unions');
  });

  it('does not make a body named once into "they" when a plural is quoted', () => {
    // (A singular body is a weaker antecedent of "they" than plural people one sentence further back.)
    expect(
      speakerOf(
        'Farmers in the delta said the canals were dry. The ministry declined to comment. They said no water had come for a month.',
        'no water',
      ),
    ).toBe('Farmers');
  });
});

describe('a personal office speaks for its holder (issue 12)', () => {
  it('names the titled owner the registry did not take for a name', () => {
    expect(
      speakerOf(
        'U.N. Secretary General Tomas Ekvalls office said he was alarmed by the reports according to AFP.',
        'he was',
      ),
    ).toBe('Tomas Ekvall');
  });

  it('reads "the office of" a named person', () => {
    expect(speakerOf('The office of Mayor Ida Berg said she would not resign.', 'she')).toBe('Ida Berg');
  });

  it('leaves an office whose words are not about its holder', () => {
    expect(speakerOf("The governor's office said the roads were shut.", 'the roads')).toBe("governor's office");
    expect(speakerOf('The office of Mayor Ida Berg said the roads were shut.', 'the roads')).not.toBe('Ida Berg');
  });
});

describe('coordinated speakers with titles (issue 12)', () => {
  it('names both people, their titles left out', () => {
    expect(
      speakerOf('Prime Minister Helga Lund and Foreign Minister Jonas Berg said the treaty would be signed.', 'the'),
    ).toBe('Helga Lund and Jonas Berg');
    expect(speakerOf('Dr. Ana Ruiz and Dr. Paul Meyer said the vaccine was safe.', 'the')).toBe(
      'Ana Ruiz and Paul Meyer',
    );
    expect(speakerOf('The treaty will be signed in May, President Anna Holm and Chancellor Peter Graf said.', 'The')).toBe(
      'Anna Holm and Peter Graf',
    );
  });

  it('keeps a person and a body as the whole phrase', () => {
    expect(speakerOf('Mayor Tom Price and the city council said the park would close.', 'the park')).toBe(
      'Mayor Tom Price and the city council',
    );
  });
});

describe('a speaker named after the quote (issue 12)', () => {
  it('reads "Those were the words of X"', () => {
    expect(
      brief(
        '"We will not stop until the last checkpoint is gone." Those were the words of Samir Haddad, a commander of the northern brigade.',
      ),
    ).toEqual([['direct', 'We will not stop until the last checkpoint is gone.', 'Samir Haddad']]);
  });

  it('reads the frame in the next paragraph, with a description as speaker', () => {
    expect(
      speakerOf(
        'The siege entered its third week.\n\n"Nobody is coming to help us."\n\nThose were the words of a nurse at the district hospital on Monday.',
        'Nobody',
      ),
    ).toBe('nurse at the district hospital');
    expect(speakerOf('"The river has never been this low." These are the remarks of the harbour master.', 'The river')).toBe(
      'harbour master',
    );
  });

  it('takes no speaker from a sentence that is no such frame', () => {
    expect(speakerOf('"The river has never been this low." That was the year the dam was built.', 'The river')).toBe(
      undefined,
    );
    expect(speakerOf('"Stay home." Those words were painted on every wall.', 'Stay')).toBe(undefined);
  });
});

describe('a description linked to the one person the article gave that role (issue 12)', () => {
  it('links an office one person holds, the role word read as an adjective by the tagger', () => {
    expect(
      speakerOf(
        'Police chief Martin Ode and Interior Minister Sara Lind met on Monday. The police chief said more officers would be sent.',
        'more officers',
      ),
    ).toBe('Martin Ode');
    expect(
      speakerOf(
        'The police chief of the district, Omar Haddad, visited the site. The chief said the bomb had been hidden in a cart.',
        'the bomb',
      ),
    ).toBe('Omar Haddad');
    expect(
      speakerOf(
        'Bishop Paul Okoro led the funeral. Hundreds of mourners attended. The bishop said the victims would not be forgotten.',
        'the victims',
      ),
    ).toBe('Paul Okoro');
  });

  it('reads the role a clause gives the person: "X is the group’s spokesman", "named X as its spokesman"', () => {
    expect(
      speakerOf(
        'The army named Colonel Hassan Jaber as its new spokesman on Monday. Troops moved into the valley overnight. The spokesman said the operation would last a week.',
        'the operation',
      ),
    ).toBe('Hassan Jaber');
    expect(
      speakerOf(
        "Ahmed Kassem is the group's spokesman. The spokesman told reporters that the talks had collapsed.",
        'the talks',
      ),
    ).toBe('Ahmed Kassem');
    expect(
      speakerOf(
        'The council appointed Maria Fenn as envoy to the talks. The envoy said both sides would attend.',
        'both sides',
      ),
    ).toBe('Maria Fenn');
  });

  it('keeps the description when two people hold the role, or the role is one many hold', () => {
    expect(
      speakerOf(
        'Ahmed Kassem is a spokesman for the council. Leila Nour was a spokeswoman for the army until May. The spokesman said the talks had collapsed.',
        'the talks',
      ),
    ).toBe('spokesman');
    expect(
      speakerOf(
        'Ahmed Kassem was a doctor in the town. The doctor said the clinic had run out of insulin.',
        'the clinic',
      ),
    ).toBe('doctor');
    expect(
      speakerOf(
        'Two officials, Omar Said and Yusuf Ali, briefed reporters. The official said the border would stay shut.',
        'the border',
      ),
    ).toBe('official');
    expect(speakerOf('An official said the border crossing would reopen on Tuesday.', 'the border')).toBe('official');
  });
});

describe('subject extent on pages that lost their commas (issue 12)', () => {
  it('passes over an age between the name and its apposition', () => {
    expect(speakerOf('Ali Haddad 45 a teacher from the town said the school had been hit.', 'the school')).toBe(
      'Ali Haddad',
    );
    expect(speakerOf('Maria Lopez 62 the mayor of the village told reporters the bridge was gone.', 'the bridge')).toBe(
      'Maria Lopez',
    );
    expect(speakerOf('Ali Haddad, 45, a teacher from the town, said the school had been hit.', 'the school')).toBe(
      'Ali Haddad',
    );
  });

  it('keeps a number that counts what was said about, with no name before it', () => {
    expect(speakerOf('Shells hit the town on Monday killing 12 people a doctor said.', 'Shells')).toBe('doctor');
  });
});

describe('"the statement said" is the latest issuer’s (issue 12)', () => {
  it('takes the body quoted last, described or named, over a state quoted before it', () => {
    expect(
      speakerOf(
        "Norway says the ferry sank in a storm. Two crew members were rescued, Norway's transport ministry said on Friday. The captain was still missing, the statement said.",
        'The captain',
      ),
    ).toBe("Norway's transport ministry");
  });

  it('takes the body that spoke "in a statement" just before', () => {
    expect(
      speakerOf(
        'Farmers blocked the road on Monday, the Valley Growers Union said in a statement. The blockade would last a week, the statement added.',
        'The blockade',
      ),
    ).toBe('Valley Growers Union');
  });

  it('takes a person who spoke "in a statement" just before', () => {
    expect(
      speakerOf(
        'The inquiry will start in May, Karin Holm, the head of the Nordic Rail Board, said in a statement. The board would publish its findings, the statement added.',
        'The board',
      ),
    ).toBe('Karin Holm');
  });
});

describe('a pronoun passes over what an earlier quote said (issue 12)', () => {
  it('gives "It said" the body that spoke, not the body named in what its sources said', () => {
    expect(
      speakerOf(
        'The Harbour Watch reported on Thursday that 12 boats had sunk. On Saturday the Harbour Watch quoted local sources as saying that the Coastal Brigade had shelled the port. It said at least six crew members were missing.',
        'at least six',
      ),
    ).toBe('Harbour Watch');
  });

  it('gives "She added" the woman who spoke, not a woman her words named', () => {
    expect(
      speakerOf(
        'Anna Berg, the mayor, said that Lena Holm had left the town on Monday. She added that the roads were closed.',
        'the roads',
      ),
    ).toBe('Anna Berg');
  });
});

describe('a headline repeated after the page’s date (issue 12)', () => {
  it('gives the repeat’s bare source the body the article names next, as the headline’s', () => {
    const text =
      'Floods kill 40 in northern valley: monitor\n\nMarch 3 2021 Floods kill 40 in northern valley: monitor. Floods killed 40 people in the northern valley on Tuesday a monitoring group said. The Harbour Watch Monitor said on Wednesday that 12 more were missing.';
    const found = quotes(text).filter((q) => q.text === 'Floods kill 40 in northern valley');
    expect(found.map((q) => q.speaker?.name)).toEqual(['Harbour Watch Monitor', 'Harbour Watch Monitor']);
  });
});
