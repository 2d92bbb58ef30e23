import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { summary } from './helpers.js';

// Perpetrators, claims and accusations in MUC-style wire copy (issue 13), session 17: constructions
// that put an attack on a group a reader has never seen, read by their syntax and the shape of the
// name. Every sentence here was written for these tests, with invented groups (the Vorandi People's
// Front, the Kalmero Command, the Tesmar Liberation Movement), people and places, in capitals and in
// mixed case; none is from a data set.

/** Whether the text gives a claim of `status` by an actor named `actor` (case aside). */
const has = (text: string, status: string, actor: string): boolean =>
  summary(text).some(([s, a]) => s === status && a?.toLowerCase() === actor.toLowerCase());

describe('an accusation in a reduced relative or a relative clause on the group before it', () => {
  it('reads `X, ACCUSED BY S OF …`, `X, BLAMED BY S FOR …` and `X, WHICH S ACCUSES OF …`', () => {
    for (const [t, actor] of [
      ['THE VPF, ACCUSED BY THE ARMY OF THE MASSACRE, HAS DENIED IT.', 'VPF'],
      ['THE VPF, BLAMED BY THE ARMY FOR THE MASSACRE, HAS DENIED IT.', 'VPF'],
      ['THE VPF, WHICH THE GOVERNMENT ACCUSES OF THE MASSACRE, HAS DENIED IT.', 'VPF'],
      [
        'The Kalmero Command, accused by police of murdering the two judges, issued a statement on Monday.',
        'Kalmero Command',
      ],
      ['The Kalmero Command, blamed for the bombing of the bridge, issued a statement.', 'Kalmero Command'],
      [
        'THE TESMAR LIBERATION MOVEMENT (TLM), WHOM THE ARMY ACCUSED OF KIDNAPPING THE ENGINEER, DENIED IT.',
        'Tesmar Liberation Movement',
      ],
    ] as const)
      expect(has(t, 'attributed', actor), t).toBe(true);
  });

  it('not when what the relative names is no attack', () => {
    for (const t of [
      'THE PEASANTS, ACCUSED BY THE ARMY OF COLLABORATING WITH THE GUERRILLAS, WERE RELEASED.',
      'THE MAYOR, ACCUSED BY THE OPPOSITION OF CORRUPTION, RESIGNED.',
      'The minister, blamed by critics for the delay, resigned.',
      'The VPF, which the army accused of lying, rejected the report.',
    ])
      expect(
        summary(t).filter(([s]) => s === 'attributed'),
        t,
      ).toEqual([]);
  });
});
