import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

const HEAD = 'Harbour fire\n\nThe fire broke out at the docks on Monday night.';

describe('speakers on comma-less wire copy', () => {
  it('keeps a kunya (Abu …) inside the name after a role', () => {
    expect(brief(`${HEAD} Two cranes fell into the water according to local reporter Karam Abu Hassan.`)).toEqual([
      ['indirect', 'Two cranes fell into the water', 'Karam Abu Hassan'],
    ]);
  });

  it('reads "Name one of the X said" as the named person', () => {
    expect(brief(`${HEAD} Lina Haddad one of the organisers within the union said the cranes were old.`)).toEqual([
      ['indirect', 'the cranes were old', 'Lina Haddad'],
    ]);
  });

  it('splits a lone given name from the body name before it', () => {
    expect(brief(`${HEAD} Surgeon at the Mercy Hospital Yahya told reporters the burns were severe.`)).toEqual([
      ['indirect', 'the burns were severe', 'Yahya'],
    ]);
  });

  it('prefers the main-clause subject to one inside a reported clause for a later pronoun', () => {
    expect(
      brief(
        `${HEAD} Port chief Rami Haddad said the fire destroyed six boats. Haddad indicated that Omar Suri was ` +
          'inspecting the boats when it started. Two other sheds were hit he added.',
      ),
    ).toEqual([
      ['indirect', 'the fire destroyed six boats', 'Rami Haddad'],
      // ('indicated that' is a speech cue since session 14: its clause is Haddad's too.)
      ['indirect', 'Omar Suri was inspecting the boats when it started', 'Rami Haddad'],
      ['indirect', 'Two other sheds were hit', 'Rami Haddad'],
    ]);
  });

  it('gives "It said" to the body whose words named another body', () => {
    expect(
      brief(
        `${HEAD} The Harbour Watch group reported that the coast guard left the port as crews faced a blaze ` +
          'started by the Dock Workers Union. It said two tugs were lost.',
      ),
    ).toEqual([
      [
        'indirect',
        'the coast guard left the port as crews faced a blaze started by the Dock Workers Union',
        'Harbour Watch',
      ],
      ['indirect', 'two tugs were lost', 'Harbour Watch'],
    ]);
  });
});

describe('body names with "and"', () => {
  it('keeps "and" inside a body name after its "of"/"for", before a body head', () => {
    expect(brief(`${HEAD} The Union for Dock Safety and Harbour Workers Committee said the cranes were old.`)).toEqual([
      ['indirect', 'the cranes were old', 'Union for Dock Safety and Harbour Workers Committee'],
    ]);
  });
});

describe('post-modified speakers', () => {
  it('takes the person before a participle phrase ending in a place', () => {
    expect(brief(`${HEAD} Nadia a 41-year-old nurse living in Westport said she heard two blasts.`)).toEqual([
      ['indirect', 'she heard two blasts', 'Nadia'],
    ]);
    expect(brief(`${HEAD} A nurse living in Westport said she heard two blasts.`)).toEqual([
      ['indirect', 'she heard two blasts', 'nurse'],
    ]);
  });
});
