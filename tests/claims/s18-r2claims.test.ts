import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// s18-r2claims: sentences written for these tests (ANNOTATION.md §3), none taken from a data set.
// A state's negated act reported in the state's own voice (its army or military source, its
// defence ministry, its military) is the state's denial: `the army did not bomb the market, a
// military source told the state agency` → the state, denied. The same negated act reported by
// anyone else, or narrated by the article, is no claim at all; and a negated verb that names no
// attack (`did not strike a deal`) is none either.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'.

const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const cases: [string, ClaimRow[] | 'none'][] = [
  // the state's own voice after the clause ("…, a military source said")
  [SYRIA + 'The army did not bomb the market, a military source told the state agency.', [['denied', 'Syria', '*']]],
  [SYRIA + 'Syrian warplanes never struck the hospital, military sources said.', [['denied', 'Syria', '*']]],
  [
    'Russian jets did not strike the market in Idlib, the Russian Defence Ministry said.',
    [['denied', 'Russia', '*']],
  ],
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
