import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = (text: string): string[] => extract(text).entities.map((e) => `${e.name}:${e.kind}`);

describe('places and gerunds are no people', () => {
  it('a US state after a city and its comma is part of the place (AP style)', () => {
    const r = extract('The mayor of Springfield, Ill., said the plant would close.');
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.kind])).toEqual([
      ['the plant would close', 'mayor of Springfield, Ill.', 'description'],
    ]);
    expect(names('The mayor of Springfield, Ill., said the plant would close.')).not.toContain('Ill.:person');
  });

  it('the city before a full state name is no person either', () => {
    const found = names('A farmer from Dayton, Ohio, said prices fell.');
    expect(found.filter((n) => n.endsWith(':person'))).toEqual([]);
  });

  it('a person named like a state keeps her name', () => {
    expect(names('Virginia Lopez, the group leader, said the march would go ahead.')).toContain(
      'Virginia Lopez:person',
    );
  });

  it('a gerund opening a sentence before its verb is the subject, not a name', () => {
    expect(names('Fighting raged in Homs, Amnesty International said on Tuesday.')).not.toContain('Fighting:person');
    expect(names('Cook said the deal was off.')).toContain('Cook:person');
  });
});

describe('one unknown name after a locative preposition is a place', () => {
  it('is no person entity', () => {
    const found = names('Talks resumed in Geneva on Monday, and the envoy said he was hopeful.');
    expect(found).not.toContain('Geneva:person');
    expect(found).toContain('envoy:description');
  });

  it('keeps a state or capital, which speaks as a government later', () => {
    const r = extract('Talks resumed in Damascus on Monday. Damascus accused the rebels of shelling the city.');
    expect(r.claims.map((c) => [c.actor?.name, c.source?.name ?? null, c.status])).toEqual([
      ['rebels', 'Syria', 'attributed'],
    ]);
  });

  it('keeps a possessor after the preposition', () => {
    expect(names('Anger grew in Karimov’s party, his aides said.')).toContain('Karimov:person');
  });
});

describe('one name a place noun governs is a place', () => {
  it('is no person entity: `the town of X`, `the capital X`, `X district`', () => {
    const found = names(
      'Floods cut the road near the hill town of Varuno on Monday. Lorries reached the capital Belmora, and Tesk district stayed dry, the engineer Anna Kovic said.',
    );
    expect(found).not.toContain('Varuno:person');
    expect(found).not.toContain('Belmora:person');
    expect(found).not.toContain('Tesk:person');
    expect(found).toContain('Anna Kovic:person');
  });

  it('keeps a speaker after a place noun whose comma was lost', () => {
    // "the city Jandro said": the name after the city is a person speaking, not the city's name.
    const r = extract('Aid must reach the city Jandro said on Friday.');
    expect(r.entities.map((e) => `${e.name}:${e.kind}`)).toContain('Jandro:person');
  });
});
