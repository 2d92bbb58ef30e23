import { describe, expect, it } from 'vitest';
import attacks from '../../src/lexicon/attacks.json';
import incidents from '../../src/lexicon/incidents.json';
import weaponNouns from '../../src/lexicon/en/weapon-nouns.json';
import { WEAPON_AGENTS, WEAPON_ATTACK_HEADS, WEAPON_NOUNS } from '../../src/lexicon/en/index.js';
import { extract } from '../../src/extract.js';

describe('lexicon: one weapon list', () => {
  it('keeps weapons in en/weapon-nouns.json only, the attack heads a sub-class of its words', () => {
    expect('weapons' in attacks).toBe(false);
    expect('weapons' in incidents).toBe(false);
    for (const w of WEAPON_ATTACK_HEADS) expect(WEAPON_NOUNS.has(w)).toBe(true);
    for (const w of WEAPON_AGENTS) expect(WEAPON_NOUNS.has(w)).toBe(false);
    expect(weaponNouns.agents).toContain('sarin');
  });

  it('reads a singular weapon fired by a force as an attack it is blamed for', () => {
    const x = extract(
      'A girl wept on the rubble after a missile fired by Kandaran army forces hit a school in Ostrel.',
    );
    expect(x.claims.map((c) => [c.text, c.status])).toEqual([
      ['a missile fired by Kandaran army forces', 'attributed'],
    ]);
  });
});
