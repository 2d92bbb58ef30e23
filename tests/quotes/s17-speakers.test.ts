import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

/** The speaker's name of the quote whose text starts with `start` (`undefined`: no such quote). */
function speakerOf(text: string, start: string): string | null | undefined {
  const q = quotes(text).find((x) => x.text.startsWith(start));
  return q === undefined ? undefined : (q.speaker?.name ?? null);
}

// Sentences written for this file (issue 12, session 17): none comes from a data set.

describe('a body’s second reference is the body the article named (ANNOTATION.md §1 rules 3–4)', () => {
  it('takes the body whose apposition the description restates', () => {
    expect(
      speakerOf(
        'The Syrian Observatory for Human Rights, a Britain-based group, tracks the war.\n\nThe Britain-based group said 30 people had died in the raids.',
        '30 people',
      ),
    ).toBe('Syrian Observatory for Human Rights');
    expect(
      speakerOf(
        'Harbour Watch, a Lisbon-based monitoring group, counted the boats. Ferries kept sailing. Fishing stopped. The Lisbon-based group said 12 boats sank.',
        '12 boats',
      ),
    ).toBe('Harbour Watch');
  });

  it('takes the one body whose name holds the head noun', () => {
    expect(
      speakerOf(
        'The Ministry of Health in Gaza reported 14 deaths. The ministry said most victims were children.',
        'most',
      ),
    ).toBe('Ministry of Health');
    expect(
      speakerOf('The Supreme Electoral Council met on Sunday. Voting will start at eight, the council said.', 'Voting'),
    ).toBe('Supreme Electoral Council');
  });

  it('takes the one body named in the sentence before for a generic noun', () => {
    expect(
      speakerOf(
        'The World Health Organization sent two trucks of medicine to the city. The agency said more aid was needed.',
        'more aid',
      ),
    ).toBe('World Health Organization');
    expect(
      speakerOf(
        'Amnesty International published the findings on Tuesday. The rights group said both sides had committed abuses.',
        'both',
      ),
    ).toBe('Amnesty International');
  });

  it('leaves the description when two bodies fit or the body was only talked about', () => {
    expect(
      speakerOf(
        'The Norwegian Refugee Council and the Danish Refugee Council both run camps in the area. The council said the camps were full.',
        'the camps',
      ),
    ).toBe('council');
    expect(speakerOf('Oxfam and Save the Children sent food. The group said the roads were open.', 'the roads')).toBe(
      'group',
    );
    expect(speakerOf('Hamas fighters were hit in the raids, the agency said.', 'Hamas')).toBe('agency');
    expect(
      speakerOf(
        'Hamas Fires Rockets\n\nHamas fired rockets at the port. Two ships burned, the navy and a monitoring group said.',
        'Two ships',
      ),
    ).toBe('navy and a monitoring group');
    expect(speakerOf('Fighters from the Lions Brigade took the hill. The group said it lost no one.', 'it lost')).toBe(
      'group',
    );
  });
});

describe('a person’s second reference is the one person named with that role (ANNOTATION.md §1 rule 3)', () => {
  it('links the role of an indefinite apposition', () => {
    expect(
      speakerOf(
        'Ahmed Saleh, a doctor at the Al-Quds hospital, treated the wounded. The doctor said most were children.',
        'most',
      ),
    ).toBe('Ahmed Saleh');
    expect(
      speakerOf(
        'Lina Borg, a teacher in the camp, runs two classes. The teacher said the tents were leaking.',
        'the tents',
      ),
    ).toBe('Lina Borg');
  });

  it('leaves the description when a plural role names two people or none holds it', () => {
    expect(
      speakerOf(
        'Two officials, Mark Dolan and Peter Quinn, toured the camp. The official said conditions were poor.',
        'conditions',
      ),
    ).toBe('official');
    expect(
      speakerOf(
        'Lina Borg, a teacher in the camp, runs two classes. The doctor said the tents were leaking.',
        'the tents',
      ),
    ).toBe('doctor');
  });
});

describe('a speaker whose relative clause hides the name (issue 12)', () => {
  it('keeps the description before "who asked not to be named"', () => {
    expect(speakerOf('An official who asked not to be named said the border was shut.', 'the border')).toBe('official');
    expect(
      speakerOf('A police officer who declined to be identified told AFP the gunmen had fled.', 'the gunmen'),
    ).toBe('police officer');
    expect(speakerOf('A source who wished to remain anonymous said the talks had failed.', 'the talks')).toBe('source');
  });
});

describe('pronouns: an apposition’s name, places governed by a preposition, photo credits (ANNOTATION.md §1 rules 2, 5)', () => {
  it('gives "she"/"he" the person an apposition names after a description', () => {
    expect(
      speakerOf("The minister's wife, Sara Holm, spoke to reporters. She said her husband was safe.", 'her husband'),
    ).toBe('Sara Holm');
    expect(speakerOf('The camp doctor, Yusuf Demir, stayed behind. He said the tents were flooded.', 'the tents')).toBe(
      'Yusuf Demir',
    );
  });

  it('gives "they" the people, not the places a preposition governs', () => {
    expect(
      speakerOf(
        "Residents of Aleppo and Homs fled the fighting. Aleppo's governor, Hussein Diab, said the city would hold. They said the bread had run out.",
        'the bread',
      ),
    ).toBe('Residents');
    expect(speakerOf('Russia and Iran sent troops. They said the talks must continue.', 'the talks')).toBe(
      'Russia and Iran',
    );
  });

  it('gives "it" no agency of a photo credit', () => {
    expect(
      speakerOf('A photo by Ahmed Jaber/AFP shows the ruins. It said the market was destroyed.', 'the market'),
    ).toBeNull();
    expect(
      speakerOf('Smoke rises over the port (Photo: Lena Moss/Reuters). It said the fire was out.', 'the fire'),
    ).toBeNull();
    expect(speakerOf('Reuters reported the blast. It said the market was destroyed.', 'the market')).toBe('Reuters');
  });
});

describe('coordinated speakers with an apposition after them (issue 12, subject extent)', () => {
  it('keeps both names before the apposition', () => {
    expect(
      speakerOf('Kamal Ayoub and Nadia Farouk, both residents of the camp, said the water had run out.', 'the water'),
    ).toBe('Kamal Ayoub and Nadia Farouk');
    expect(
      speakerOf('France and Britain, both permanent members of the council, said the vote must go ahead.', 'the vote'),
    ).toBe('France and Britain');
  });

  it('leaves a single name with its apposition', () => {
    expect(speakerOf('Nadia Farouk, a resident of the camp, said the water had run out.', 'the water')).toBe(
      'Nadia Farouk',
    );
  });
});
