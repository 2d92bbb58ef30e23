import { describe, expect, it } from 'vitest';
import { actorMentions } from '../../src/actors/mentions.js';
import { parse } from '../../src/document/parse.js';

const rows = (text: string): [string, string, boolean][] =>
  actorMentions(parse(text)).all.map((m) => [m.name, m.via, m.modifier]);

describe('the actor mention index (src/actors/mentions.ts)', () => {
  it('merges registry, shape, context and place mentions', () => {
    expect(rows('Syria, Syria. The Hamza Division and Daesh fought the regime near Damascus.')).toEqual([
      ['Syria', 'place', false],
      ['Syria', 'place', false],
      ['Hamza Division', 'shape', false],
      ['Islamic State', 'known', false],
      ['Syria', 'state', false],
      ['Syria', 'place', false],
    ]);
  });

  it('flags names used to describe something else', () => {
    expect(rows('The al-Qaida-linked Levant Liberation Committee')).toEqual([
      ['al-Qaida', 'known', true],
      ['Tahrir al-Sham', 'known', false],
    ]);
    expect(rows('an affiliate of the Nusra Front; an al-Qaeda offshoot; the Taliban’s allies')).toEqual([
      ['Nusra Front', 'known', true],
      ['al-Qaida', 'known', true],
      ['Taliban', 'known', true],
    ]);
    // "anti-ISIS" is one token: not a mention at all
    expect(rows('an anti-ISIS coalition')).toEqual([]);
  });

  it('indexes mentions by first and last token', () => {
    const idx = actorMentions(parse('Jabhat Fateh al-Sham denied it.'));
    expect(idx.startingAt.get(0)?.name).toBe('Nusra Front');
    expect(idx.endingAt.get(idx.all[0]!.endToken - 1)?.name).toBe('Nusra Front');
  });
});
