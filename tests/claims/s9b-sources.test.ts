import { describe, expect, it } from 'vitest';
import { claims, summary, SYRIA } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3: `source` is who reports or blames);
// none is taken from a data set.

const rows = (text: string): [string, string | null, string | null, string][] =>
  claims(text).map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null, c.text]);

describe('the source of a blame in a relative clause', () => {
  it('is the antecedent of the relative pronoun, the span staying at the verb', () => {
    expect(
      rows('The talks followed a meeting with Nordic trade ministers who blamed the ambush on the rebels.'),
    ).toEqual([['attributed', 'rebels', 'Nordic trade ministers', 'blamed the ambush on the rebels']]);
    expect(rows('Two regional envoys, who accused the militia of shelling the camp, met on Monday.')).toEqual([
      ['attributed', 'militia', 'Two regional envoys', 'accused the militia of shelling the camp'],
    ]);
  });

  it('leaves a passive relative without a source', () => {
    expect(rows('The bombing, which was blamed on the rebels, killed five.').map((r) => r[2])).toEqual([null]);
  });
});

describe('agents the forms missed', () => {
  it('reads brigades, factions, battalions and units as the agent of a by-phrase', () => {
    expect(summary('The ambush on the convoy was carried out by rebel brigades, villagers said.')).toEqual([
      ['attributed', 'rebel brigades'],
    ]);
    expect(summary('The raid on the depot was carried out by armed factions, villagers said.')).toEqual([
      ['attributed', 'armed factions'],
    ]);
  });

  it('reads "exploded" with an object as an attack by its subject', () => {
    expect(summary('Rebel fighters exploded two bombs near the bridge, the police said.')).toEqual([
      ['attributed', 'Rebel fighters'],
    ]);
    expect(summary('A bomb exploded near the bridge, the police said.')).toEqual([]);
  });

  it('gives forces backed by a named group with a group noun to the forces, not the backer', () => {
    expect(summary(`${SYRIA} Regime forces backed by Hezbollah units killed nine farmers, villagers said.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
  });
});

describe('the source of an attack a condemnation names', () => {
  it('is the subject of the condemnation verb', () => {
    expect(rows('The Nordic Council has previously condemned the brutal massacre committed by the militia.')).toEqual([
      ['attributed', 'militia', 'Nordic Council', 'the brutal massacre committed by the militia'],
    ]);
    expect(rows('The Nordic Council condemned Russian strikes on the market.').map((r) => r[2])).toEqual([
      'Nordic Council',
    ]);
  });

  it('not when the condemnation is only asked for, nor inside reported speech', () => {
    expect(rows('The council should condemn the massacre committed by the militia.').map((r) => r[2])).toEqual([null]);
    expect(
      rows('The envoy said the council condemned the massacre committed by the militia.').map((r) => r[2]),
    ).toEqual([null]);
  });

  it('makes no claim of a condemnation that puts no attack on anyone', () => {
    expect(rows('The rebels condemned the talks.')).toEqual([]);
  });
});
