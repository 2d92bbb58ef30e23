import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const said = (text: string) =>
  extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.kind ?? null]);

describe('coordinated states as one speaker', () => {
  it('reads a list whose commas were lost', () => {
    expect(said('Colombia Chile and the United States said the ferry ban was lawful.')).toEqual([
      ['the ferry ban was lawful', 'Colombia, Chile and United States', 'state'],
    ]);
  });

  it('reads a list with its commas', () => {
    expect(said('Colombia, Chile and Peru said the ferry ban was lawful.')).toEqual([
      ['the ferry ban was lawful', 'Colombia, Chile and Peru', 'state'],
    ]);
  });

  it('reads state names run together with the "and" lost too', () => {
    expect(said('Colombia Chile say the ferry ban is lawful.')).toEqual([
      ['the ferry ban is lawful', 'Colombia and Chile', 'state'],
    ]);
  });

  it('keeps a capital before its own country one place', () => {
    expect(said('Lima Peru said the ferry ban was lawful.').map((q) => q[1])).toEqual(['Peru']);
  });

  it('takes the content before the comma for a coordinated subject', () => {
    expect(said('The ferry ban was lawful, Colombia and Chile said.')).toEqual([
      ['The ferry ban was lawful', 'Colombia and Chile', 'state'],
    ]);
    expect(said('"The ban stays," Ann Lund and Omar Haddad said.').map((q) => q[1])).toEqual([
      'Ann Lund and Omar Haddad',
    ]);
  });

  it('makes no person of two state names run together', () => {
    const names = extract('Ministers from Colombia Chile met on Friday.').entities.map((e) => `${e.name}/${e.kind}`);
    expect(names).toContain('Colombia/state');
    expect(names).toContain('Chile/state');
  });
});
