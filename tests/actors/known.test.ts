import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  canonicalActor,
  findKnownActors,
  findRegistryActors,
  knownActorByName,
  knownActors,
  lookupActor,
} from '../../src/actors/known.js';
import { parse } from '../../src/document/parse.js';

const names = (text: string): string[] => findRegistryActors(parse(text)).map((m) => m.actor.name);

describe('actor registry (src/lexicon/actors.json)', () => {
  it('holds at least 150 entries, each with a kind, aliases and a named public source', () => {
    const all = knownActors();
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const a of all) {
      expect(a.name.length).toBeGreaterThan(0);
      expect(['person', 'group', 'government', 'organisation', 'media', 'description']).toContain(a.kind);
      expect(a.aliases.length).toBeGreaterThan(0);
      expect(a.source).toMatch(/Wikipedia|State Department|Security Council|Treasury/);
    }
    const kinds = new Set(all.map((a) => a.kind));
    for (const k of ['group', 'government', 'organisation', 'media']) expect(kinds.has(k as never)).toBe(true);
  });

  it('gives every alias key to one entry only', () => {
    const owner = new Map<string, string>();
    for (const a of knownActors()) {
      for (const alias of [a.name, ...a.aliases]) {
        const k = aliasKey(alias);
        expect(owner.get(k) ?? a.name, `${alias}`).toBe(a.name);
        owner.set(k, a.name);
      }
    }
  });

  it('names affiliations and governments’ countries that exist in the registry', () => {
    for (const a of knownActors()) {
      if (a.affiliation !== undefined) expect(knownActorByName(a.affiliation), a.name).not.toBeNull();
      if (a.country !== undefined) expect(a.kind).toBe('government');
    }
  });

  it('collapses the spellings the issue lists to one canonical name', () => {
    const cases: [string, string][] = [
      ['IS', 'Islamic State'],
      ['ISIS', 'Islamic State'],
      ['ISIL', 'Islamic State'],
      ['Isis', 'Islamic State'],
      ['Daesh', 'Islamic State'],
      ['the Islamic State group', 'Islamic State'],
      ["Hay'at Tahrir al-Sham", 'Tahrir al-Sham'],
      ['HTS', 'Tahrir al-Sham'],
      ['Levant Liberation Committee', 'Tahrir al-Sham'],
      ['Jabhat al-Nusra', 'Nusra Front'],
      ['Jabhat Fateh al-Sham', 'Nusra Front'],
      ['al Qaeda', 'al-Qaida'],
      ['al-Qaeda', 'al-Qaida'],
      ['al Queda', 'al-Qaida'],
      ['Taliban', 'Taliban'],
      ['Boko Haram', 'Boko Haram'],
      ['al-Shabab', 'al-Shabaab'],
      ['Hizbollah', 'Hezbollah'],
      ["Kurdistan Workers' Party", 'PKK'],
      ["People's Protection Units", 'YPG'],
      ['Syrian Democratic Forces', 'Syrian Democratic Forces'],
      ['FSA', 'Free Syrian Army'],
      ['Ahrar al-Sham', 'Ahrar al-Sham'],
      ['Jaysh al-Islam', 'Army of Islam'],
      ['Army al-Islam', 'Army of Islam'],
      ['Amaq', 'Amaq News Agency'],
    ];
    for (const [surface, name] of cases) expect(lookupActor(surface)?.name, surface).toBe(name);
  });

  it('keeps the group-only view the quotes layer names speakers by', () => {
    const doc = parse('SANA said the Syrian army and Hezbollah advanced, the UN said.');
    expect(findRegistryActors(doc).map((m) => m.actor.name)).toEqual([
      'SANA',
      'Syrian Arab Army',
      'Hezbollah',
      'United Nations',
    ]);
    expect(findKnownActors(doc).map((m) => m.actor.name)).toEqual(['Hezbollah']);
    expect(canonicalActor('Daesh')?.name).toBe('Islamic State');
    expect(canonicalActor('UN')).toBeNull();
    expect(lookupActor('UN')?.name).toBe('United Nations');
  });

  it('matches short acronyms only as written', () => {
    expect(names('What is IS? It is a group.')).toEqual(['Islamic State']);
    expect(names('Let the LeT leaders meet.')).toEqual(['Lashkar-e-Taiba']);
    expect(lookupActor('is')).toBeNull();
    expect(lookupActor('let')).toBeNull();
  });

  it('needs the text to capitalise what the alias capitalises', () => {
    expect(names('An amnesty deal was struck on the southern front.')).toEqual([]);
    expect(names('Amnesty International visited the Southern Front.')).toEqual([
      'Amnesty International',
      'Southern Front',
    ]);
    expect(names('ISIS and Isis and isis')).toEqual(['Islamic State', 'Islamic State']);
  });

  it('matches the longest alias, across hyphen and apostrophe variants', () => {
    expect(names('The Pakistani Taliban and the Taliban')).toEqual(['Tehrik-i-Taliban Pakistan', 'Taliban']);
    expect(names('Hayat Tahrir al Sham and Hay’at Tahrir al-Sham')).toEqual(['Tahrir al-Sham', 'Tahrir al-Sham']);
    expect(names('the U.S.-led coalition and ISIS-K')).toEqual(['US-led coalition', 'Islamic State Khorasan Province']);
  });

  it('returns mentions with token and offset bounds', () => {
    const doc = parse('Fighters of the Levant Liberation Committee');
    const [m] = findRegistryActors(doc);
    expect(doc.norm.slice(m!.start, m!.end)).toBe('Levant Liberation Committee');
    expect(m!.endToken - m!.firstToken).toBe(3);
  });
});

describe('aliasKey fast path', () => {
  // The key of a plain name is read by a character loop; any other goes through the patterns. Both
  // must give what the patterns give (lower case, apostrophes dropped, joiners as one space, no "the").
  const byPatterns = (s: string): string =>
    s
      .replace(/['’‘`´ʼ]/g, '')
      .replace(/[\s\-‐‑–]+/g, ' ')
      .trim()
      .replace(/^the /i, '')
      .toLowerCase();
  it('gives the patterns’ key for plain and unusual names alike', () => {
    for (const s of [
      'the Harbour Board',
      'THE HARBOUR BOARD',
      'Thematic Unit',
      'the',
      'The ',
      ' the Board',
      'Harbour  Board',
      'Harbour Board ',
      "O'Neill Foundation",
      'Saint-Martin Council',
      'the\u00a0Board',
      'Zoë Ward',
      'the the Board',
      '',
    ])
      expect(aliasKey(s), JSON.stringify(s)).toBe(byPatterns(s));
  });
});
