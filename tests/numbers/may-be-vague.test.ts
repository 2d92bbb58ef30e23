import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { mayBeVague, readQuantity } from '../../src/numbers/index.js';

describe('mayBeVague (a gate in front of reading a quantity again)', () => {
  it('is true where a vague word stands, false for digits and number words', () => {
    const t = (s: string): boolean => {
      const toks = parse(s).tokens;
      return mayBeVague(toks, 0, toks.length);
    };
    expect(t('Dozens of miners were trapped')).toBe(true);
    expect(t('several hundred pilgrims')).toBe(true);
    expect(t('a few villagers')).toBe(true);
    expect(t('tens of thousands fled')).toBe(true);
    expect(t('at least 31 fishermen')).toBe(false);
    expect(t('forty-two hikers')).toBe(false);
    expect(t('A FEW')).toBe(true);
    expect(t('a dozen sailors')).toBe(false);
  });

  it('never says no where readQuantity would read a vague quantity (a superset)', () => {
    const words = [
      'dozens',
      'several',
      'a',
      'few',
      'hundreds',
      'of',
      'tens',
      'thousands',
      '12',
      'at',
      'least',
      'some',
      'scores',
      'people',
      'two',
      'or',
      'three',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (ws) => {
        const toks = parse(ws.join(' ')).tokens;
        for (let i = 0; i < toks.length; i++) {
          const q = readQuantity(toks, i, toks.length);
          if (q?.vague === true) expect(mayBeVague(toks, i, toks.length)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('takes empty and out-of-range spans without error', () => {
    const toks = parse('dozens').tokens;
    expect(mayBeVague(toks, 0, 0)).toBe(false);
    expect(mayBeVague(toks, -3, 99)).toBe(true);
    expect(mayBeVague([], 0, 5)).toBe(false);
  });
});
