import { describe, expect, it } from 'vitest';
import { isYearWord } from '../../src/syntax/tokens.js';
import { nameParticles } from '../../src/actors/names.js';

describe('isYearWord: one year test for every layer', () => {
  it('reads four-digit years of the last two centuries', () => {
    expect(['1989', '2015', '1850'].map(isYearWord)).toEqual([true, true, true]);
  });
  it('leaves counts and other numbers alone', () => {
    expect(['2500', '150', '12000', '20'].map(isYearWord)).toEqual([false, false, false, false]);
  });
});

describe('nameParticles: the particles the name walkers share', () => {
  it('holds the Romance and Arabic particles', () => {
    expect(nameParticles()).toEqual(expect.arrayContaining(['de', 'del', 'la', 'al', 'bin', 'y']));
  });
});
