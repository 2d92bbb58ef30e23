import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// s18-r2claims: sentences written for these tests (ANNOTATION.md §3), none taken from a data set.
// A state's negated act reported in the state's own voice (its army or military source, its
// defence ministry, its military) is the state's denial: `the army did not bomb the market, a
// military source told the state agency` → the state, denied. The same negated act reported by
// anyone else, or narrated by the article, is no claim at all; and a negated verb that names no
// attack (`did not strike a deal`) is none either.
// A predicate naming the state of forces or of an attack (`the planes that struck the market were
// Russian`, `the jets were identified as Turkish`) makes that state the attacker, attributed; not a
// nationality said of forces with no attack in sight, of victims, a `Russian-made` weapon, a negated
// predicate or a possessive (`the attack was Syria's deadliest`).
// An alliance with forces of its own (claims.json `attackingAlliances`: NATO) is an attacker like a
// state's forces: `a NATO air strike killed…`, `NATO jets bombed…`, `NATO bombed a house` → NATO,
// attributed when reported; not when NATO's forces are the target (`strikes against NATO convoys`,
// `the attack on NATO troops killed…`, `fighters attacked NATO bases`) or do no attack.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'.

const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const cases: [string, ClaimRow[] | 'none'][] = [
  // the state's own voice after the clause ("…, a military source said")
  [SYRIA + 'The army did not bomb the market, a military source told the state agency.', [['denied', 'Syria', '*']]],
  [SYRIA + 'Syrian warplanes never struck the hospital, military sources said.', [['denied', 'Syria', '*']]],
  ['Russian jets did not strike the market in Idlib, the Russian Defence Ministry said.', [['denied', 'Russia', '*']]],
  [
    'Turkish warplanes did not bomb the Kurdish village, the Turkish military said in a statement.',
    [['denied', 'Turkey', '*']],
  ],
  // the state's own voice before the clause
  [
    SYRIA + 'A military source told SANA that army units did not target any civilians in Douma.',
    [['denied', 'Syria', '*']],
  ],
  // the ministry's own "its aircraft" (already read by the own-statement form; kept here)
  ['The Russian defence ministry said its aircraft had not struck any hospital.', [['denied', 'Russia', '*']]],
  ['"Our jets carried out no strikes there," the Russian defence ministry said.', [['denied', 'Russia', '*']]],
  // someone else reports the negated act: no claim
  [SYRIA + 'Activists said the army did not shell the town.', 'none'],
  ['Residents said Turkish warplanes did not bomb the village.', 'none'],
  [SYRIA + 'Witnesses said Syrian jets did not strike the clinic.', 'none'],
  // the article narrates it: no claim
  [SYRIA + 'The army did not shell the town.', 'none'],
  [SYRIA + 'Syrian jets did not strike the clinic.', 'none'],
  // a negated verb that names no attack: no claim
  ['The army did not strike a deal with the rebels, a military source said.', 'none'],
];

const complements: [string, ClaimRow[] | 'none'][] = [
  ['The planes that struck the market were Russian, activists said.', [['attributed', 'Russia', 'activists']]],
  ['The aircraft that hit the convoy was Iraqi, a local official said.', [['attributed', 'Iraq', '*']]],
  ['Residents said the warplanes which bombed the bakery were Syrian.', [['attributed', 'Syria', 'Residents']]],
  [
    'Jets pounded the town on Monday. The jets were identified as Turkish, the monitor said.',
    [['attributed', 'Turkey', '*']],
  ],
  [
    'Helicopters dropped barrel bombs on the town. The helicopters were described as Russian.',
    [['attributed', 'Russia', '*']],
  ],
  // no attack in sight, victims, a weapon's make, a negated or possessive predicate: none
  ['The jets that carried the minister were Russian.', 'none'],
  ['The troops at the checkpoint were Syrian, a journalist said.', 'none'],
  ['The victims were Syrian, activists said.', 'none'],
  ['The planes were Russian-made, the monitor said.', 'none'],
  ['The jets that struck the town were not Russian, the ministry said.', 'none'],
  ["The attack was Syria's deadliest in months.", 'none'],
  // a tag line: "IS" is Islamic State, no copula
  ['Topics Mosul air raids IS Iraq bombing Tuesday', 'none'],
  // wire copy in capitals is read alike
  ['THE PLANES THAT BOMBED THE TOWN WERE SALVADORAN, RESIDENTS SAID.', [['attributed', 'El Salvador', '*']]],
];

describe('s18-r2claims: a predicate names the attacker state', () => {
  for (const [text, want] of complements) {
    it(text, () => {
      const got = claimRows(text);
      if (want === 'none') expect(got).toEqual([]);
      else expect(holdsRows(got, want), JSON.stringify(got)).toBe(true);
    });
  }
});

const alliances: [string, ClaimRow[] | 'none'][] = [
  ['A NATO air strike killed 12 civilians in the village, officials said.', [['attributed', 'NATO', 'officials']]],
  ['Local officials said NATO jets bombed a wedding party in the province.', [['attributed', 'NATO', '*']]],
  ['Afghan officials said NATO bombed a house in Kunduz.', [['attributed', 'NATO', 'Afghan officials']]],
  ['Residents said Nato warplanes struck a fuel depot near Tripoli.', [['attributed', 'NATO', 'Residents']]],
  // NATO as the target, or doing no attack: no NATO claim
  ['Strikes against NATO convoys killed four soldiers.', 'none'],
  ['The attack on NATO troops killed three soldiers, police said.', 'none'],
  ['The attack on Turkish troops killed three soldiers, police said.', 'none'],
  ['NATO jets flew over the capital.', 'none'],
  ['NATO condemned the attack on the embassy.', 'none'],
];

describe('s18-r2claims: an alliance that flies strikes is an attacker', () => {
  for (const [text, want] of alliances) {
    it(text, () => {
      const got = claimRows(text);
      if (want === 'none') expect(got).toEqual([]);
      else expect(holdsRows(got, want), JSON.stringify(got)).toBe(true);
    });
  }
  it('a group attacking NATO bases is the attacker, not NATO', () => {
    const got = claimRows('Taliban fighters attacked NATO bases, officials said.');
    expect(got.some((r) => r[1] === 'Taliban')).toBe(true);
    expect(got.some((r) => r[1] === 'NATO')).toBe(false);
  });
});

describe('s18-r2claims: a state denies its act in its own voice', () => {
  for (const [text, want] of cases) {
    it(text.replace(SYRIA, ''), () => {
      const got = claimRows(text);
      if (want === 'none') expect(got).toEqual([]);
      else expect(holdsRows(got, want), JSON.stringify(got)).toBe(true);
    });
  }
  it('the denial is no attribution of the same act', () => {
    const got = claimRows(SYRIA + 'The army did not bomb the market, a military source told the state agency.');
    expect(got.filter((r) => r[0] === 'attributed' || r[0] === 'claimed')).toEqual([]);
  });
});
