import { describe, expect, it } from 'vitest';
import { findGroupsByShape } from '../../src/actors/shape.js';
import { parse } from '../../src/document/parse.js';

const shapes = (text: string): string[] => findGroupsByShape(parse(text)).map((g) => g.name);

describe('groups recognised by name shape (src/actors/shape.ts)', () => {
  it('reads capitalised names ending in a group head', () => {
    expect(shapes('The Sultan Murad Brigade denied the report.')).toEqual(['Sultan Murad Brigade']);
    expect(shapes('Fighters of the Hamza Division and the Ahfad al-Rasoul Brigades clashed.')).toEqual([
      'Hamza Division',
      'Ahfad al-Rasoul Brigades',
    ]);
    expect(shapes('Later the Omar al-Mukhtar Martyrs Battalion withdrew.')).toEqual([
      'Omar al-Mukhtar Martyrs Battalion',
    ]);
  });

  it('reads names opening with a transliterated head and of-names', () => {
    expect(shapes('Gunmen from Liwa al-Haqq and Jaish al-Muhajireen wal-Ansar took part.')).toEqual([
      'Liwa al-Haqq',
      'Jaish al-Muhajireen wal-Ansar',
    ]);
    expect(shapes('The Brigades of the Martyrs of Idlib said so.')).toEqual(['Brigades of the Martyrs of Idlib']);
  });

  it('leaves out state bodies, known non-armed names, lower case and openers', () => {
    expect(shapes('The Iraqi Army and Security Forces moved in.')).toEqual([]);
    expect(shapes('The Salvation Army handed out food.')).toEqual([]);
    expect(shapes('Troops held the southern front.')).toEqual([]);
    expect(shapes('Yesterday Army units moved north.')).toEqual([]);
  });

  it('skips title-case lines, where every word is capitalised', () => {
    expect(shapes('Related Syrian Forces Deny Killing Civilians In Government Attack Near Town')).toEqual([]);
  });

  it('reads a possessive inside a name but stops at a closing quote (isPossessive)', () => {
    expect(shapes('Gunmen from the Free Peoples’ Revolutionary Brigade withdrew.')).toEqual([
      'Free Peoples’ Revolutionary Brigade',
    ]);
    expect(shapes('Gunmen from the Kafr Nabl Free Men’s Brigade withdrew.')).toEqual(['Kafr Nabl Free Men’s Brigade']);
    // a closing quote after a word not in -s is no possessive: no name "Tawhid Zawiya’ Brigade"
    expect(shapes('Residents said the Aleppo ‘Tawhid Zawiya’ Brigade shelled the village.')).toEqual([]);
    expect(shapes('Fighters of the Abu Amara ‘Hamza’ Division withdrew.')).toEqual([]);
  });
});
