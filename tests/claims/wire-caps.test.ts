import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// MUC-style wire copy in capitals (ANNOTATION.md §3: upper-case copy is read like any other
// text). Sentences written for these tests; none is taken from a data set.

describe('claims in upper-case wire copy', () => {
  it('reads "claimed by" a group whose name the wire puts in quotation marks', () => {
    expect(summary('THE BOMBING OF THE BRIDGE WAS CLAIMED BY A SELF- STYLED "RED DAWN ARMED FORCES" GROUP.')).toEqual([
      ['claimed', 'RED DAWN ARMED FORCES'],
    ]);
    expect(summary('The bombing of the bridge was claimed by the "Red Dawn Front."')).toEqual([
      ['claimed', 'Red Dawn Front'],
    ]);
  });
});

describe('a group’s spokesman in wire copy', () => {
  it('reads the group through a quoted name closed after its comma and an apposition', () => {
    expect(
      summary(
        'A SPOKESMAN FOR "THE EXTRADITABLES," A GROUP THAT SAYS IT SPEAKS FOR THE DRUG LORDS, HAS CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE HOTEL.',
      ),
    ).toEqual([['claimed', 'The Extraditables']]);
  });
});
