import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

/** The speaker's name of the quote whose text starts with `start` (`undefined`: no such quote). */
function speakerOf(text: string, start: string): string | null | undefined {
  const q = quotes(text).find((x) => x.text.startsWith(start));
  return q === undefined ? undefined : (q.speaker?.name ?? null);
}

// Sentences written for this file (issue 12, session 16): none comes from a data set.

describe('evidence no one speaks through is no speaker (ANNOTATION.md §1 rule 5)', () => {
  it('gives a null speaker for data, evidence, readings and findings', () => {
    expect(speakerOf('The flight recorder data suggests that the pilots lost control.', 'the pilots')).toBeNull();
    expect(speakerOf('The evidence suggests that the fire was set deliberately.', 'the fire')).toBeNull();
    expect(speakerOf('The engine readings indicated that both pumps had stopped.', 'both pumps')).toBeNull();
    expect(speakerOf('Findings suggest that the well water was poisoned.', 'the well')).toBeNull();
    expect(speakerOf('Video footage suggests the gunmen escaped by car.', 'the gunmen')).toBeNull();
  });

  it('keeps whose the evidence is when the phrase names it', () => {
    expect(speakerOf("The coastguard's evidence suggests that the ferry sank fast.", 'the ferry')).toBe('coastguard');
  });

  it('keeps a document, which someone wrote, and people who speak of evidence', () => {
    expect(speakerOf('A new study suggests that the drug is safe.', 'the drug')).toBe('new study');
    expect(speakerOf('The doctors said the evidence was clear.', 'the evidence')).toBe('doctors');
    expect(speakerOf('Investigators said the data showed a stall.', 'the data')).toBe('Investigators');
  });
});

describe('a participle’s object glued to the subject, the comma lost (issue 12)', () => {
  it('takes the person after a place the participle names', () => {
    expect(speakerOf('Blaming Moscow Johnson says the talks have failed.', 'the talks')).toBe('Johnson');
    expect(speakerOf('Praising Ankara Erdogan said the deal would hold.', 'the deal')).toBe('Erdogan');
  });

  it('keeps a name that starts after the object already', () => {
    expect(speakerOf('Visiting Paris Maria Lopez said the treaty was signed.', 'the treaty')).toBe('Maria Lopez');
    expect(speakerOf('Speaking to Human Rights Watch Dawa Tsering said the pass was shut.', 'the pass')).toBe(
      'Dawa Tsering',
    );
  });

  it('leaves a name that no participle opens', () => {
    expect(speakerOf('Moscow Johnson said the talks had failed.', 'the talks')).toBe('Moscow Johnson');
  });
});

describe('pronouns never stand for a place, and "they" for a pair (issue 12)', () => {
  it('gives "it" no place that was the target of a passive', () => {
    expect(speakerOf('Marib was hit by a missile on Monday. It said 40 people died.', '40')).toBeNull();
    expect(speakerOf('Kessab has been shelled for weeks. It said the water had run out.', 'the water')).toBeNull();
  });

  it('keeps "it" for an outlet named as a subject', () => {
    expect(speakerOf('Haberturk reported the blast. It said 40 people died.', '40')).toBe('Haberturk');
  });

  it('gives "they" no place named after a preposition', () => {
    expect(
      speakerOf('Anna Berg flew to Norway and Sweden last week. They said the talks were over.', 'the talks'),
    ).toBeNull();
    expect(speakerOf('Omar Nasri and Layla Haddad met in Beirut. They said the deal was dead.', 'the deal')).toBe(
      'Omar Nasri and Layla Haddad',
    );
  });

  it('reads a coordinated subject as the antecedent of "they"', () => {
    expect(
      speakerOf(
        'The United States and Britain condemned the attack. They said the culprits would pay.',
        'the culprits',
      ),
    ).toBe('United States and Britain');
    expect(
      speakerOf('Russia and Iran sent troops to the front. They said the rebels were terrorists.', 'the rebels'),
    ).toBe('Russia and Iran');
    expect(speakerOf('Residents and doctors fled. They said the shelling was heavy.', 'the shelling')).toBe(
      'Residents and doctors',
    );
  });

  it('keeps a plural subject alone', () => {
    expect(speakerOf('The villagers fled to Turkey. They said the army had burned their homes.', 'the army')).toBe(
      'villagers',
    );
    expect(speakerOf('Soldiers arrested two men in Homs. They said the men were smugglers.', 'the men')).toBe(
      'Soldiers',
    );
  });
});

describe('a name after "including" or "such as" is a member, not the speaker (issue 12)', () => {
  it('keeps the plural description with its members', () => {
    expect(speakerOf('Several aid groups including Oxfam said the camp had no water.', 'the camp')).toBe(
      'Several aid groups including Oxfam',
    );
    expect(speakerOf('Local outlets such as Enab Baladi reported that the bakery was hit.', 'the bakery')).toBe(
      'Local outlets such as Enab Baladi',
    );
    expect(speakerOf('The toll was high, said rights groups including Amnesty.', 'The toll')).toBe('rights groups');
  });

  it('leaves a lone name and a name that the members follow', () => {
    expect(speakerOf('Jordan said the border would stay shut.', 'the border')).toBe('Jordan');
    expect(speakerOf('Oxfam, including its local staff, said the camp had no water.', 'the camp')).toBe('Oxfam');
  });
});

describe('a definite description of one person is the person titled so before it (issue 12)', () => {
  it('links the description to the one person whose title holds its words', () => {
    expect(
      speakerOf(
        'Opposition leader Karim Haddad met the envoy on Monday. The opposition leader said the talks were useless.',
        'the talks',
      ),
    ).toBe('Karim Haddad');
    expect(
      speakerOf(
        'Omar Nasri, a local teacher, fled the town. Layla Haddad, a nurse, stayed. The nurse said the clinic was open.',
        'the clinic',
      ),
    ).toBe('Layla Haddad');
  });

  it('guesses nothing when two people hold the title or none does', () => {
    expect(
      speakerOf(
        'Opposition leader Karim Haddad met opposition leader Anas Omran. The opposition leader said the talks were useless.',
        'the talks',
      ),
    ).toBe('opposition leader');
    expect(speakerOf('The minister said the border would reopen next week.', 'the border')).toBe('minister');
  });
});

describe('a named speaker takes the role its apposition gives (ANNOTATION.md §1)', () => {
  it('reads the description after the name, an age skipped, as the role', () => {
    const q = quotes('Ahmed Saleh, 45, a teacher from Douma, said the bread ran out.')[0];
    expect(q?.speaker?.name).toBe('Ahmed Saleh');
    expect(q?.speaker?.role).toBe('teacher from Douma');
    expect(
      speakerOf(
        'Ahmed Saleh, 45, a teacher from Douma, said the bread ran out. The teacher said his children were hungry.',
        'his children',
      ),
    ).toBe('Ahmed Saleh');
  });

  it('takes no role from an apposition that names a place', () => {
    const q = quotes('Omar Nasri, Aleppo, said the bread ran out.')[0];
    expect(q?.speaker?.role ?? null).toBeNull();
  });
});
