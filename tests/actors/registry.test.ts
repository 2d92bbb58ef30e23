import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { entityRegistry, firstNameGender, resolveActor, resolveMention } from '../../src/actors/index.js';
import { coreWords } from '../../src/actors/names.js';

/** A headline line first, so the sentences under test are article body. */
const body = (s: string): string => `Test headline line\n\n${s}`;

const names = (text: string): string[] => entityRegistry(parse(body(text))).entities.map((e) => e.name);
const entity = (text: string, name: string) => entityRegistry(parse(body(text))).entities.find((e) => e.name === name);

describe('entity registry', () => {
  it('clusters aliases to the fullest name', () => {
    const e = entity('UN mediator Anna Lindqvist arrived on Monday. Lindqvist met both delegations.', 'Anna Lindqvist');
    expect(e?.mentions).toHaveLength(2);
    expect(e?.kind).toBe('person');
    expect(names('Jorge de la Cruz spoke first. De la Cruz left early.')).toContain('Jorge de la Cruz');
    expect(names('Jorge de la Cruz spoke first. De la Cruz left early.').filter((n) => /Cruz/.test(n))).toHaveLength(1);
  });

  it('never makes a person of a capital or a state, whatever given name it holds', () => {
    const text = 'GUATEMALA CITY, 3 MAY 90 -- THE REBELS SAID THE ARMY OF GUATEMALA ATTACKED THE BRIDGE.';
    const persons = entityRegistry(parse(text)).entities.filter((e) => e.kind === 'person');
    expect(persons.map((e) => e.name)).toEqual([]);
    const state = entity('Officials in El Salvador said the talks would resume.', 'El Salvador');
    expect(state?.kind).not.toBe('person');
  });

  it('tolerates particle, hyphen and apostrophe variants of a name', () => {
    expect(coreWords("Omar al-Ja'far")).toEqual(['omar', 'jafar']);
    expect(coreWords('Al-Ja’far')).toEqual(['jafar']);
    expect(coreWords('Jafar')).toEqual(['jafar']);
    const found = names("Omar al-Ja'far arrived. Later Ja’far spoke, and al-Jafar left. Jafar returned.");
    expect(found.filter((n) => /Ja.?far/i.test(n))).toEqual(["Omar al-Ja'far"]);
  });

  it('leaves ranks and titles out of the name and keeps them as the role', () => {
    const e = entity('Colonel Ivan Petrov inspected the lines.', 'Ivan Petrov');
    expect(e?.role).toBe('Colonel');
    expect(entity('Maj Gen Carla Ruiz took command.', 'Carla Ruiz')?.role).toBe('Maj Gen');
    const k = entity('US Secretary of State Jane Doyle flew to Oslo.', 'Jane Doyle');
    expect(k?.role).toBe('US Secretary of State');
  });

  it('reads roles and organisations from role words, possessors and appositions', () => {
    const a = entity('The company’s chief engineer Dana Moss resigned.', 'Dana Moss');
    expect(a?.role).toBe('chief engineer');
    expect(a?.organisation).toBe('company');
    const b = entity('Nadia Karim, a spokeswoman for the Farmers Union, said prices fell.', 'Nadia Karim');
    expect(b?.role).toBe('spokeswoman for the Farmers Union');
    expect(b?.organisation).toBe('Farmers Union');
    expect(b?.gender).toBe('female');
    const c = entity('The mayor of Lyon, Paul Girard, opened the bridge.', 'Paul Girard');
    expect(c?.role).toBe('mayor of Lyon');
    // The organisation head need not end the name ("Office for Refugee Affairs", "Ministry of Health").
    const d = entity('Lena Ortiz, director of the Office for Refugee Affairs, said the camp was full.', 'Lena Ortiz');
    expect(d?.organisation).toBe('Office for Refugee Affairs');
    expect(
      entity('Omar Saleh, a spokesman for the Ministry of Health, said wards were full.', 'Omar Saleh')?.organisation,
    ).toBe('Ministry of Health');
  });

  it('reads a name joined by a capitalised preposition as one organisation', () => {
    const reg = entityRegistry(
      parse(body('Physicians Against Landmines said the clinic was hit. Engineers Without Frontiers agreed.')),
    );
    expect(reg.entities.filter((e) => e.kind === 'organisation').map((e) => e.name)).toEqual([
      'Physicians Against Landmines',
      'Engineers Without Frontiers',
    ]);
  });

  it('knows organisations, acronym aliases, media and governments', () => {
    const reg = entityRegistry(
      parse(body('The National Farmers Union (NFU) met on Monday. The NFU said prices fell. Moscow said nothing.')),
    );
    const nfu = reg.entities.find((e) => e.name === 'National Farmers Union');
    expect(nfu?.kind).toBe('organisation');
    expect(nfu?.mentions).toHaveLength(3); // the name, '(NFU)' and 'The NFU'
    expect(reg.entities.find((e) => e.name === 'Moscow')?.kind).toBe('government');
    expect(names('Reuters reported the fire.')).toContain('Reuters');
    expect(entity('Reuters reported the fire.', 'Reuters')?.kind).toBe('media');
  });

  it('uses the shared known-actor data for canonical names', () => {
    const e = entityRegistry(parse(body('Daesh fighters entered the town.'))).entities.find((x) => x.known !== null);
    expect(e?.name).toBe('Islamic State');
    expect(e?.kind).toBe('group');
  });

  it('links a role description to the one person holding the role', () => {
    const doc = parse(body('UN envoy Pia Holm met both sides in Vienna. The UN envoy said the talks would go on.'));
    const said = doc.tokens.findIndex((t) => t.value === 'envoy' && t.index > 10);
    expect(resolveMention(doc, said)?.entity.name).toBe('Pia Holm');
    // Two envoys: no link.
    const two = parse(body('EU envoy Jan Berg and UN envoy Pia Holm met. The envoy said the talks would go on.'));
    const k = two.tokens.findIndex((t) => t.value === 'envoy' && t.index > 12);
    expect(resolveMention(two, k)?.entity.kind).toBe('description');
  });

  it('reads given names as gender data', () => {
    expect(firstNameGender('Maria')).toBe('female');
    expect(firstNameGender('John')).toBe('male');
    expect(firstNameGender('Xqzt')).toBeNull();
  });
});

describe('pronouns', () => {
  const resolveAt = (text: string, word: string, nth = 0): string | undefined => {
    const doc = parse(body(text));
    const hits = doc.tokens.filter((t) => t.value === word);
    return resolveMention(doc, hits[nth]!.index)?.entity.name;
  };

  it('resolves he and she by gender, recency and subject position', () => {
    expect(resolveAt('Maria Costa met John Reed in Rome. Reed spoke first. She said little.', 'She')).toBe(
      'Maria Costa',
    );
    expect(resolveAt('Maria Costa met John Reed in Rome. Reed spoke first. He said little.', 'He')).toBe('John Reed');
    expect(resolveAt('Colonel Ivan Petrov arrived late. He said the road was mined.', 'He')).toBe('Ivan Petrov');
  });

  it('prefers the woman named earlier over a nearer person of unknown gender', () => {
    const text =
      'Spokeswoman Lina Haddad briefed reporters. The talks went on for hours. Delegates met in the hall. Then Okonkwo arrived. She said the vote would wait.';
    expect(resolveAt(text, 'She')).toBe('Lina Haddad');
  });

  it('resolves it to a body and they to a group or plural', () => {
    expect(resolveAt('The Red Cross opened a clinic. It said supplies were low.', 'It')).toBe('Red Cross');
    expect(resolveAt('Residents fled the town. They said the shelling began at dawn.', 'They')).toBe('Residents');
  });

  it('keeps a subject pronoun on one referent through its sentence', () => {
    const text =
      'Mayor Tom Hale met Ken Ito. He ruled out a deal, saying he would meet Ito again, but he said little more.';
    expect(resolveAt(text, 'he', 1)).toBe('Tom Hale');
  });

  it('does not take names said inside a quotation as antecedents outside it', () => {
    const text = 'Judge Ann Lowe closed the case. "Peter Brandt lied to us," she said.';
    expect(resolveAt(text, 'she')).toBe('Ann Lowe');
  });
});

describe('actor phrases', () => {
  it('finds the name behind a description and its apposition', () => {
    const doc = parse(body('The governor of the province, Talal Omar, told reporters that three roads were closed.'));
    const told = doc.tokens.findIndex((t) => t.value === 'told');
    const r = resolveActor(doc, 5, told - 1);
    expect(r?.name).toBe('Talal Omar');
    expect(r?.role).toBe('governor of the province');
  });

  it('names a description without its article or circumstance', () => {
    const doc = parse(body('A Syrian lawmaker on a local radio station spoke.'));
    const spoke = doc.tokens.findIndex((t) => t.value === 'spoke');
    expect(resolveActor(doc, 4, spoke)?.name).toBe('Syrian lawmaker');
    const doc2 = parse(body('The official Tass news agency spoke.'));
    const s2 = doc2.tokens.findIndex((t) => t.value === 'spoke');
    expect(resolveActor(doc2, 4, s2)).toMatchObject({ name: 'Tass news agency', kind: 'media' });
  });
});

describe('actor phrases, continued', () => {
  it('names the group in "the X (Y) group" by its canonical name', () => {
    const doc = parse(body('Later the Islamic State (IS) group claimed the raid.'));
    const claimed = doc.tokens.findIndex((t) => t.value === 'claimed');
    const later = doc.tokens.findIndex((t) => t.value === 'Later');
    expect(resolveActor(doc, later, claimed)).toMatchObject({
      name: 'Islamic State',
      kind: 'group',
      resolvedBy: 'name',
    });
  });

  it('keeps a capitalised plural description a description', () => {
    const doc = parse(body('Witnesses said the bridge shook.'));
    const w = doc.tokens.findIndex((t) => t.value === 'Witnesses');
    expect(resolveActor(doc, w, w + 1)).toMatchObject({
      name: 'Witnesses',
      kind: 'description',
      resolvedBy: 'description',
    });
  });

  it('keeps "of" inside an organisation name before a role word', () => {
    expect(entity('Army of Islam official Rami Haddad arrived.', 'Rami Haddad')?.role).toBe('Army of Islam official');
  });
});

describe('apposition over description', () => {
  it('resolves by the name in the apposition, not the role description before it', () => {
    const doc = parse(body('The envoy to the region, Pia Holm, said the talks would resume.'));
    const said = doc.tokens.findIndex((t) => t.value === 'said');
    const r = resolveActor(doc, 3, said - 1);
    expect(r).toMatchObject({ name: 'Pia Holm', resolvedBy: 'name' });
    expect(r?.role).toBe('envoy to the region');
  });
});

describe('photo credits', () => {
  it('never make a person of an AGENCY/Name credit, so "he" does not resolve to the photographer', async () => {
    const { extract } = await import('../../src/index.js');
    const r = extract(
      'Minister Tomas Varga spoke in Lyon. Residents wait outside a clinic. AFP/Marta Olsen We need more doctors, he added.',
    );
    expect(r.entities.some((e) => e.name === 'Marta Olsen')).toBe(false);
    expect(r.quotes.find((q) => q.text.includes('doctors'))?.speaker?.name).toBe('Tomas Varga');
  });
});

describe('entity registry on pages that lost commas', () => {
  it('ends a name run where a known actor or a person’s name starts inside it', () => {
    const found = names('The shelling hit a school in Homs Amnesty International said.');
    expect(found).toContain('Amnesty International');
    expect(found.some((n) => /Homs/.test(n))).toBe(false);
    const met = names('He spoke to Anadolu Agency Yusuf el-Bustani on Monday. Bustani left.');
    expect(met).toContain('Yusuf el-Bustani');
    expect(met.some((n) => /Agency Yusuf/.test(n))).toBe(false);
  });

  it('reads a name after a locative preposition and an adjective as a place', () => {
    expect(names('A reporter in east Tarsun saw the convoy.')).not.toContain('Tarsun');
  });

  it('reads a capitalised word opening a sentence as the noun the article writes in lower case', () => {
    const found = names('Convoys left the port at dawn. Clashes broke out later. The clashes lasted an hour.');
    expect(found).not.toContain('Clashes');
  });
});

describe('pronouns and a named person far back', () => {
  it('prefer the subject of the last clause to a man named many sentences before', () => {
    const doc = parse(
      body(
        'Envoy Piotr Nowak arrived in the capital. The talks stalled. The ports closed. The prices rose. ' +
          'The markets shut. The fuel ran out. Later a senior member of the party wrote an essay in which he denied the charges.',
      ),
    );
    const he = doc.tokens.findIndex((t) => t.lower === 'he');
    expect(resolveActor(doc, he, he + 1)?.name).toBe('senior member');
  });
});
