import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { brief, quotes } from './helpers.js';

describe('a predicate before ", said NAME" (issue 12, a user’s page)', () => {
  it('inverts the attribution after a predicate; the predicate never speaks', () => {
    const text =
      'The raiders, believed to be members of a splinter faction, herded the traders into the market and shot them, said Musa Adamu, a head of the vigilante group.';
    expect(brief(text)).toEqual([
      [
        'indirect',
        'The raiders, believed to be members of a splinter faction, herded the traders into the market and shot them',
        'Musa Adamu',
      ],
    ]);
  });

  it('gives the claim the same source', () => {
    const r = extract(
      'The raiders, believed to be members of a splinter faction, rounded up the traders near the market and shot them, said Musa Adamu, a head of the vigilante group.',
    );
    for (const c of r.claims) expect(c.source?.name ?? null).not.toMatch(/rounded|shot/);
  });

  it('reads no verb phrase as the subject before a comma', () => {
    const got = brief(
      'The raiders, believed to be bandits, rounded up the traders near the market, said the district chief.',
    );
    expect(got).toEqual([
      ['indirect', 'The raiders, believed to be bandits, rounded up the traders near the market', 'district chief'],
    ]);
  });
});

describe('a past verb the tagger reads as a noun or adjective (issue 12)', () => {
  it('keeps a clause whose listed past form takes an object pronoun', () => {
    expect(brief('The bandits shot him, the village head said.')).toEqual([
      ['indirect', 'The bandits shot him', 'village head'],
    ]);
  });

  it('keeps a clause whose regular past form was tagged an adjective', () => {
    expect(brief('Raiders rounded up the herders, the village head said.')).toEqual([
      ['indirect', 'Raiders rounded up the herders', 'village head'],
    ]);
    expect(brief('The youths looted the warehouse, police said.')).toEqual([
      ['indirect', 'The youths looted the warehouse', 'police'],
    ]);
    expect(brief('The chief said raiders rounded up the herders.')).toEqual([
      ['indirect', 'raiders rounded up the herders', 'chief'],
    ]);
  });

  it('still reads an -ed adjective before its noun as a modifier', () => {
    expect(brief('Armed men, the chief said.')).toEqual([]);
  });
});

describe('a past verb closing the content after "said the NOUN" (issue 12)', () => {
  it('is the content’s predicate, not an inverted subject', () => {
    expect(brief('The envoy, based in Geneva, said the truce failed.')).toEqual([
      ['indirect', 'the truce failed', 'envoy'],
    ]);
  });
});

describe('speakers written without apostrophes or with a glued dateline (issue 12)', () => {
  it('gives a person’s name before a body’s acronym that lost its apostrophe and a role the person, with role and body', () => {
    const [q] = quotes('Ingrid Solheim UNHCRs head of mission in the region said that the camp had run out of water.');
    expect(q!.speaker?.name).toBe('Ingrid Solheim');
    expect(q!.speaker?.role).toBe('head of mission in the region');
    expect(q!.speaker?.organisation).toBe('UNHCR');
  });

  it('gives a document owned by a named body (its apostrophe lost) to the body', () => {
    expect(
      brief(
        'Amnesty International published its findings on Monday. Amnesty Internationals 40-page report said the prison held 300 detainees.',
      ),
    ).toEqual([['indirect', 'the prison held 300 detainees', 'Amnesty International']]);
  });

  it('leaves a dateline’s place out of the known body glued after it', () => {
    expect(brief('Nairobi Doctors Without Borders said its clinic in the camp was looted.')).toEqual([
      ['indirect', 'its clinic in the camp was looted', 'Doctors Without Borders'],
    ]);
  });
});

describe('a known body named short (issue 12)', () => {
  it('takes the full name of the known body its short name opens', () => {
    expect(brief('Shelling killed four shepherds near the dam, according to the Syrian Observatory.')).toEqual([
      ['indirect', 'Shelling killed four shepherds near the dam', 'Syrian Observatory for Human Rights'],
    ]);
  });

  it('keeps a short name that is another wording of the body', () => {
    const [q] = quotes('Nairobi Doctors Without Borders said its clinic was looted.');
    expect(q!.speaker?.name).toBe('Doctors Without Borders');
  });
});

describe('what never speaks, and descriptions linked to named people (issue 12)', () => {
  it('never gives a date the words of a relative clause after it', () => {
    const got = brief('Television showed soldiers guarding the dam on Sunday who had said it was safe.');
    for (const [, , who] of got) expect(who).not.toBe('Sunday');
  });

  it('gives the subject after an opening participle’s object the words', () => {
    expect(
      brief('Denouncing an insult to the nation Governor Maria Lopez declared Friday that the tax would be cut.'),
    ).toEqual([['indirect', 'the tax would be cut', 'Maria Lopez']]);
  });

  it('links the colonel to the one colonel named', () => {
    const [q] = quotes(
      'The unit is led by Colonel Ali Hassan, a veteran of the war. The colonel told reporters the town was retaken.',
    );
    expect(q!.speaker?.name).toBe('Ali Hassan');
  });

  it('keeps a spokesman of another body apart from the named spokesman', () => {
    const got = brief(
      'Army spokesman Omar Haddad said the road was open. A spokesman for the navy said two ships had left.',
    );
    expect(got[1]![2]).toBe('spokesman for the navy');
  });
});

describe('a dateline with the country in brackets (issue 12)', () => {
  it('is no part of the content', () => {
    const got = brief(
      'Headline here\n\nKano (Nigeria) (AFP) - Gunmen abducted 20 traders on the highway, police said on Friday.',
    );
    expect(got).toEqual([['indirect', 'Gunmen abducted 20 traders on the highway', 'police']]);
  });
});

describe('a description of one person and the person whose role holds its words (issue 12)', () => {
  it('gives a headline’s described source the person named with that role in the body', () => {
    const text =
      'Bandits kill nine herders in Zamfara, says vigilante commander\n\nGunmen killed nine herders on Tuesday, police said.\n\nThe bandits stole 200 cattle, said Sani Musa, a commander of the local vigilante group.';
    const got = brief(text);
    expect(got[0]).toEqual(['indirect', 'Bandits kill nine herders in Zamfara', 'Sani Musa']);
  });

  it('makes no guess when two people fit', () => {
    const text =
      'Bandits kill nine herders, says vigilante commander\n\nThe bandits stole 200 cattle, said Sani Musa, a commander of the vigilante group. Ten more were taken, said Ali Bello, another commander of the vigilante group.';
    expect(brief(text)[0]![2]).toBe('vigilante commander');
  });
});

describe('coordinated sources (issue 12; as the dev gold annotates them)', () => {
  it('keeps "X and Y said" one description, for the quote and for the claim source alike', () => {
    const text = 'Bandits killed 12 traders on Monday, a vigilante leader and a local official told reporters.';
    expect(brief(text)).toEqual([
      ['indirect', 'Bandits killed 12 traders on Monday', 'vigilante leader and a local official'],
    ]);
    for (const c of extract(text).claims) expect(c.source?.name).toBe('vigilante leader and a local official');
  });
});

describe('a known body named before a generic body noun (issue 12)', () => {
  it('registers the body, so that "the observatory" finds it later', () => {
    const text =
      'Title line\n\nShelling rose this week, with the Britain-based Syrian Observatory for Human Rights monitor reporting attacks on two schools.\n\nA shell hit a bakery on Monday.\n\nThe families fled to the north.\n\nThe observatory said three bakers were killed.';
    const got = brief(text);
    expect(got[got.length - 1]).toEqual([
      'indirect',
      'three bakers were killed',
      'Syrian Observatory for Human Rights',
    ]);
  });
});

describe('a hyphenated modifier of a glued subject (issue 12)', () => {
  it('keeps "state-run" with the medium, out of the content', () => {
    expect(brief('A mortar hit the bakery on Monday killing the owner Omar Saleh state-run TV said.')).toEqual([
      ['indirect', 'A mortar hit the bakery on Monday killing the owner Omar Saleh', 'state-run TV'],
    ]);
  });
});
