import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const HEAD = 'Storm damage in the harbour\n\nThe harbour was closed on Sunday.';

describe('wire attributions (issue 12)', () => {
  it('takes a quote before a possessive-pronoun subject with "in a statement" after the cue', () => {
    expect(brief(`${HEAD} "The quay will be rebuilt," her office said in a statement.`)).toEqual([
      ['direct', 'The quay will be rebuilt,', 'office'],
    ]);
    const [shout] = brief(`${HEAD} "THE QUAY WILL BE REBUILT," THEIR SPOKESMAN SAID IN A STATEMENT ON MONDAY.`);
    expect(shout?.slice(0, 2)).toEqual(['direct', 'THE QUAY WILL BE REBUILT,']);
    expect(shout?.[2]).toMatch(/SPOKESMAN$/);
    expect(brief(`${HEAD} Ferries will sail again by June, its press office said in a communique.`)).toEqual([
      ['indirect', 'Ferries will sail again by June', 'press office'],
    ]);
  });

  it('reads "…, said X" after a clause whose verb ends in -ed', () => {
    expect(brief(`${HEAD} The pier collapsed, said Marta Olsen.`)).toEqual([
      ['indirect', 'The pier collapsed', 'Marta Olsen'],
    ]);
    expect(
      brief(`${HEAD} Two cranes toppled in the gale, said a port engineer who declined to be identified.`),
    ).toEqual([['indirect', 'Two cranes toppled in the gale', 'port engineer']]);
  });

  it('takes no anonymity formula for a quote', () => {
    expect(brief(`${HEAD} The cranes were insured, said a port official who asked not to be named.`)).toEqual([
      ['indirect', 'The cranes were insured', 'port official'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, said an official who requested not to be identified.`)).toEqual([
      ['indirect', 'The cranes were insured', 'official'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, a docker said, speaking on condition of anonymity.`)).toEqual([
      ['indirect', 'The cranes were insured', 'docker'],
    ]);
    expect(brief(`${HEAD} The cranes were insured, a docker said, talking by phone from the quay.`)).toEqual([
      ['indirect', 'The cranes were insured', 'docker'],
    ]);
  });

  it('reads "content said X adding that …" with both commas lost', () => {
    expect(brief(`${HEAD} The quay is safe said the deputy mayor adding that ferries would resume.`)).toEqual([
      ['indirect', 'The quay is safe', 'deputy mayor'],
      ['indirect', 'ferries would resume', 'deputy mayor'],
    ]);
  });

  it('ends the words of "in what X described as" at the comma', () => {
    expect(brief(`${HEAD} In what the port authority described as a freak wave, two boats sank.`)).toEqual([
      ['indirect', 'a freak wave', 'port authority'],
    ]);
  });
});

describe('headline attributions (issue 12)', () => {
  it('reads "Topic: content - source" as the source after the last dash', () => {
    expect(brief('Norway: 12 boats sunk in gale - port officials\n\nThe storm hit on Sunday.')).toEqual([
      ['indirect', '12 boats sunk in gale', 'port officials'],
    ]);
  });
});

describe('attributions that lost their commas at the sentence end (issue 12)', () => {
  it('ends a relative clause before a main verb the tagger read as a noun', () => {
    expect(
      brief(
        `${HEAD} Early tests on samples from a spill which killed dozens of fish in the river point to diesel oil the environment ministry said on Monday.`,
      ),
    ).toEqual([
      [
        'indirect',
        'Early tests on samples from a spill which killed dozens of fish in the river point to diesel oil',
        'environment ministry',
      ],
    ]);
  });

  it('ends the content at a closing parenthesis before the subject', () => {
    const [q] = brief(
      `${HEAD} Samples were taken from two boats that were leaking a dark fuel (diesel) the statement said.`,
    );
    expect(q?.[1]).toMatch(/^Samples were taken from two boats that were leaking a dark fuel \(diesel/);
    expect(q?.[2]).toBe('statement');
  });

  it('reads a sentence-final "-s" form after an agency acronym as the cue', () => {
    expect(brief(`${HEAD} Divers recovered the second hull near the breakwater NTB reports.`)).toEqual([
      ['indirect', 'Divers recovered the second hull near the breakwater', 'NTB'],
    ]);
    // Not after a preposition or verb: "citing NTB reports" names no speaker.
    expect(brief(`${HEAD} Divers recovered the second hull, citing NTB reports.`)).toEqual([]);
  });
});

describe('glued attributions after plural nouns and noun-tagged verbs (issue 12)', () => {
  it('ends the content at a plural noun before a titled name', () => {
    expect(
      brief(
        `${HEAD} March was the worst month for the fleet with reports of storms causing dozens of losses and injuries U.N. maritime coordinator Ines Vidal said in a statement.`,
      ),
    ).toEqual([
      [
        'indirect',
        'March was the worst month for the fleet with reports of storms causing dozens of losses and injuries',
        'Ines Vidal',
      ],
    ]);
  });

  it('keeps a verb the tagger read as a noun in the content', () => {
    expect(brief(`${HEAD} The samples point to diesel Portugal's environment ministry said on Friday.`)).toEqual([
      ['indirect', 'The samples point to diesel', "Portugal's environment ministry"],
    ]);
  });
});

describe('cue words that are no cue here (issue 12)', () => {
  it('reads a capitalised "Said" after a given name as a surname', () => {
    expect(brief(`${HEAD} The search will go on, Omar Said told reporters. Omar Said is a diver.`)).toEqual([
      ['indirect', 'The search will go on', 'Omar Said'],
    ]);
  });

  it('gives "… according to X the report said" to the report, with no quote "the report said"', () => {
    const qs = brief(
      `${HEAD} A third storm on March 3 caused no deaths but injured dozens of sailors according to pilots and dock staff the report said.`,
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]![1]).toMatch(/^A third storm on March 3 caused no deaths/);
    expect(qs[0]![2]).toBe('report');
  });
});

describe('nested and parenthetical subjects (issue 12)', () => {
  it('keeps "X said on Monday that Y reported …" whole, for X', () => {
    expect(brief(`${HEAD} The coastguard said on Monday that local fishermen reported oil on the water.`)).toEqual([
      ['indirect', 'local fishermen reported oil on the water', 'coastguard'],
    ]);
  });

  it('finds the subject before an aside between spaced dashes', () => {
    expect(
      brief(
        `${HEAD} The coastguard - which runs a network of radar stations - also said on Monday that two boats sank.`,
      ),
    ).toEqual([['indirect', 'two boats sank', 'coastguard']]);
  });
});

describe('more glued attributions (issue 12)', () => {
  it('ends the content at a common noun before a lowercase title and a name', () => {
    expect(
      brief(
        `${HEAD} The flood was the worst in the valley since the start of the century agency director Lars Berg said.`,
      ),
    ).toEqual([['indirect', 'The flood was the worst in the valley since the start of the century', 'Lars Berg']]);
  });

  it('ends the content at an object pronoun before the subject', () => {
    expect(brief(`${HEAD} The wave hit the boats and the men working beside them the coastguard added.`)).toEqual([
      ['indirect', 'The wave hit the boats and the men working beside them', 'coastguard'],
    ]);
  });

  it('ends the content at a common noun before an agency acronym and its correspondent', () => {
    expect(brief(`${HEAD} The noise came from a gas leak and not a bomb NTB correspondent reported.`)).toEqual([
      ['indirect', 'The noise came from a gas leak and not a bomb', 'NTB correspondent'],
    ]);
  });
});

describe('content opening with an acronym (issue 12)', () => {
  it('reads an all-capitals acronym the tagger took for "is" as the subject', () => {
    expect(brief(`${HEAD} The coastguard said IS had mined the harbour entrance.`)).toEqual([
      ['indirect', 'IS had mined the harbour entrance', 'coastguard'],
    ]);
  });
});

describe('a lowercase role before the name of a glued attribution (issue 12)', () => {
  it('ends the content at the common noun before the role', () => {
    expect(
      brief(
        `${HEAD} Fishing boats were moved to the north of the bay ahead of the storm council spokeswoman Anna Lind told reporters.`,
      ),
    ).toEqual([['indirect', 'Fishing boats were moved to the north of the bay ahead of the storm', 'Anna Lind']]);
  });
});

describe('a verb of voicing with a stance noun as the cue (issue 12)', () => {
  it('takes "voiced alarm that …", "expressed hope that …" as reported speech', () => {
    expect(brief(`${HEAD} The Red Crescent voiced alarm that fuel was running out on the islands.`)).toEqual([
      ['indirect', 'fuel was running out on the islands', 'Red Crescent'],
    ]);
    expect(brief(`${HEAD} The harbour master expressed hope that the ferries would sail by Friday.`)).toEqual([
      ['indirect', 'the ferries would sail by Friday', 'harbour master'],
    ]);
  });

  it('takes no stance noun without a content clause', () => {
    expect(brief(`${HEAD} The storm raised fears of flooding in the lower town.`)).toEqual([]);
    expect(brief(`${HEAD} The raised fears that the dam could fail were unfounded.`)).toEqual([]);
  });
});
