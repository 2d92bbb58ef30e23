import { describe, expect, it } from 'vitest';
import { quotes } from '../quotes/helpers.js';

const HEAD = 'Bridge closed\n\nThe old bridge over the river was closed on Monday.';

/** [speaker name, speaker kind] of each quote. */
function who(text: string): [string | null, string | null][] {
  return quotes(text).map((q) => [q.speaker?.name ?? null, q.speaker?.kind ?? null]);
}

describe('speakers: outlets, glued numbers, lost apostrophes, places (issue 12)', () => {
  it('takes a name ending in News, TV, Post or Times for a news outlet, never a person', () => {
    expect(
      who(
        `${HEAD} The pier was flooded overnight, said Harbor News. Valley TV said two boats sank. ` +
          'The Lakeside Times reported that the ferry stopped.',
      ),
    ).toEqual([
      ['Harbor News', 'media'],
      ['Valley TV', 'media'],
      ['Lakeside Times', 'media'],
    ]);
  });

  it('keeps a headline number out of the description that follows it', () => {
    expect(who('Storm floods 30 homes strands 900 State radio said the dam held.')).toEqual([
      ['State radio', 'media'],
    ]);
    expect(who('STORM FLOODS 30 HOMES STRANDS 900 STATE RADIO SAID THE DAM HELD.')).toEqual([
      ['STATE RADIO', 'media'],
    ]);
  });

  it('keeps a number that counts the speakers', () => {
    expect(who(`${HEAD} At least 12 fishermen said the water rose fast.`)).toEqual([['12 fishermen', 'description']]);
    expect(who(`${HEAD} Two engineers said the cables had rusted.`)).toEqual([['Two engineers', 'description']]);
  });

  it('opens a description at an owner whose apostrophe was lost (Kenyas transport ministry)', () => {
    const text =
      `${HEAD} The repairs will take a month after damage to the piers Kenyas transport ministry said on Friday. ` +
      'It said 40 workers were on site.';
    expect(who(text)).toEqual([
      ["Kenya's transport ministry", 'description'],
      ["Kenya's transport ministry", 'description'],
    ]);
  });

  it('reads a city and its state abbreviation as one place inside the subject', () => {
    expect(who(`${HEAD} A bakery in Dayton, Ohio said it would close early.`)).toEqual([
      ['bakery in Dayton, Ohio', 'description'],
    ]);
    expect(who(`${HEAD} A mill in Peoria, Ill. said it would close early.`)).toEqual([
      ['mill in Peoria, Ill.', 'description'],
    ]);
  });

  it('takes a capitalised title after a given name and surname for her role, the comma lost', () => {
    expect(
      who(
        `${HEAD} "The water is unsafe" Maria Lopez Executive Director of the River Trust said in a statement. ` +
          'She said more wells were needed.',
      ),
    ).toEqual([
      ['Maria Lopez', 'person'],
      ['Maria Lopez', 'person'],
    ]);
  });

  it('gives a person a gender from a kunya (Abu …) after a given name the list lacks', () => {
    expect(
      who(
        `${HEAD} "The deck cracked" Omar Haddad a spokesman for the council told reporters. Later a fire broke ` +
          'out in the market according to teacher Yunes Abu Salim. "The smoke reached the school" he said.',
      ).map((w) => w[0]),
    ).toEqual(['Omar Haddad', 'Yunes Abu Salim', 'Yunes Abu Salim']);
  });

  it('keeps a name-led participle in the body it leads, so "it" finds the same body', () => {
    expect(
      who(`${HEAD} The Saudi-led coalition said the strikes hit a depot. It said no civilians died.`).map((w) => w[0]),
    ).toEqual(['Saudi-led coalition', 'Saudi-led coalition']);
    expect(
      who(`${HEAD} The U.S.-led alliance has bombed the ferry, which it says it tried to avoid.`).map((w) => w[0]),
    ).toEqual(['U.S.-led alliance']);
  });

  it('keeps a fixed attachment such as "on the ground" in the description', () => {
    expect(who(`${HEAD} Two cars fell in the water according to sources on the ground.`)).toEqual([
      ['sources on the ground', 'description'],
    ]);
  });

  it('reads no person in a dateline of abbreviated weekday and month', async () => {
    const { parse } = await import('../../src/document/parse.js');
    const { entityRegistry } = await import('../../src/actors/registry.js');
    const reg = entityRegistry(parse('Ferry sinks\n\nTue Mar 14 2023 The ferry sank near the pier, the coastguard said.'));
    expect(reg.entities.map((e) => e.name)).not.toContain('Tue Mar');
  });

  it('ends a country after a preposition where an outlet run into it starts, and "it" finds the outlet', () => {
    expect(
      who(
        `${HEAD} Two barges were hit near the port of entry into Kenya Tidewire reported on Monday. ` +
          'Cranes were also damaged it said.',
      ).map((w) => w[0]),
    ).toEqual(['Tidewire', 'Tidewire']);
  });

  it('never takes a lone unknown name that is a place for "it"', () => {
    expect(
      who(
        `${HEAD} The crews are now 6 km from the dam in the eastern Marsala the source said. ` +
          'It added that the road was open.',
      ).map((w) => w[0]),
    ).not.toContain('Marsala');
  });

  it('keeps a body\'s name before its comma-less apposition (a … group)', () => {
    expect(
      who(`${HEAD} The Harbour Rights Observatory a Britain-based monitoring group said at least 12 boats sank.`).map(
        (w) => w[0],
      ),
    ).toEqual(['Harbour Rights Observatory']);
    // the object of a preposition is no subject: the source speaks
    expect(
      who(`${HEAD} In a statement to Reuters a source at the Port Police Command said two boats sank.`).map(
        (w) => w[0],
      ),
    ).not.toContain('statement');
  });

  it('ends a known medium where a person\'s name run into it starts', () => {
    expect(who(`${HEAD} Speaking to Anadolu Agency Karim Dweik said the pier was unsafe.`).map((w) => w[0])).toEqual([
      'Karim Dweik',
    ]);
  });

  it('ends a place after "village of" where a known body run into it starts', async () => {
    const { parse } = await import('../../src/document/parse.js');
    const { entityRegistry } = await import('../../src/actors/registry.js');
    const reg = entityRegistry(parse(`${HEAD} Families sheltered near the village of Tarfa Amnesty International said.`));
    expect(reg.entities.map((e) => e.name)).toContain('Amnesty International');
  });

  it('starts a medium\'s description after the preposition a comma-less attribution ran it into', async () => {
    const { parse } = await import('../../src/document/parse.js');
    const { resolveActor } = await import('../../src/actors/speaker.js');
    // The phrase a comma-less inversion hands over: "boats in the old town of Ravenna state television".
    const doc = parse('A crane hit boats in the old town of Ravenna state television reported.');
    const from = doc.tokens.findIndex((t) => t.value === 'boats');
    const said = doc.tokens.findIndex((t) => t.value === 'reported');
    expect(resolveActor(doc, from, said)?.name).toBe('Ravenna state television');
  });

  it('reads "the group" as the named body that the same head followed', () => {
    expect(
      who(
        `${HEAD} The Islamic State [IS] group on Tuesday claimed the fire in a post. The group said two of its ` +
          'members set it.',
      ).map((w) => w[0]),
    ).toEqual(['Islamic State']);
  });

  it('never reads "the observatory" as the observatory\'s head', () => {
    expect(
      who(
        `${HEAD} The Harbour Observatory said 12 boats sank. "We counted them" said observatory head Rami Saleh. ` +
          'According to the observatory the crews were all local.',
      ).map((w) => w[0]),
    ).toEqual(['Harbour Observatory', 'Rami Saleh', 'Harbour Observatory']);
  });

  it('takes the name a description gives with "identified as"', () => {
    expect(
      who(`${HEAD} But a local fisherman identified as Abu Karim al-Tawil said that the pier had cracked.`),
    ).toEqual([['Abu Karim al-Tawil', 'person']]);
  });

  it('keeps a date out of a description', () => {
    expect(who('Pier closed\n\n24.08.2021 Coastal state media said the pier had cracked.')).toEqual([
      ['Coastal state media', 'media'],
    ]);
  });

  it('takes a named medium right after a lower-case noun for the subject, the comma lost', () => {
    expect(
      // ('called on X to …' is a cue of its own since session 14, whose content runs over the glued
      // attribution: a verb that is no cue keeps this test on the medium.)
      who(`${HEAD} The council wants the city to give engineers access to the pier Reuters reported.`).map((w) => w[0]),
    ).toEqual(['Reuters']);
  });

  it('links "a … official" to the person the text names next as "The official, NAME,"', () => {
    expect(
      who(
        `${HEAD} A local official said the ramp was hit twice. The official, Rana Sabbagh, added that divers ` +
          'were still searching.',
      ).map((w) => w[0]),
    ).toEqual(['Rana Sabbagh', 'Rana Sabbagh']);
    // another official in between: no link
    expect(
      who(
        `${HEAD} A local official said the ramp was hit twice. Another official said the road was shut. ` +
          'The official, Rana Sabbagh, added that divers were still searching.',
      ).map((w) => w[0]),
    ).toEqual(['local official', 'Another official', 'Rana Sabbagh']);
  });

  it('links "a … broadcaster" to the one-word outlet name quoted next', () => {
    expect(
      who(
        `${HEAD} Two ferries were stopped at the border a Spanish broadcaster claims. As many as 30 trucks were searched ` +
          'near Kenya Telenova reported on Monday.',
      ).map((w) => w[0]),
    ).toEqual(['Telenova', 'Telenova']);
  });

  it('takes the name ending a phrase that opens inside a participle adjunct ("Speaking to reporters …")', () => {
    expect(
      who(
        `${HEAD} Speaking to reporters after meeting river engineers Transport Minister Dana Okafor said ` +
          'repairs would take a month.',
      ).map((w) => w[0]),
    ).toEqual(['Dana Okafor']);
  });

  it('reads "a Greek broadcaster" as a described medium, never a person "Greek"', () => {
    expect(who(`${HEAD} Two ferries were stopped, a Greek broadcaster said.`)).toEqual([
      ['Greek broadcaster', 'media'],
    ]);
  });

  it('takes no one in an "AP Photo/Name" credit for a speaker or an antecedent', () => {
    expect(who('Pier closed\n\nAP Photo/Lena Marsh. He said the pier had cracked.')).toEqual([[null, null]]);
    expect(who('Pier closed\n\nReuters/Lena Marsh. He said the pier had cracked.')).toEqual([[null, null]]);
  });
});
