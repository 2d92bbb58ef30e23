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
