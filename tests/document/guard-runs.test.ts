import { describe, expect, it } from 'vitest';
import { guardRuns } from '../../src/document/tokens.js';

/** The plain reading of guardRuns: count non-blank characters, cut the 201st of a run with a space. */
function reference(text: string): string {
  let run = 0;
  let out = '';
  for (const ch of text.split('')) {
    const blank = ch === ' ' || ch === '\n';
    run = blank ? 0 : run + 1;
    if (run > 200) {
      out += ' ';
      run = 0;
    } else out += ch;
  }
  return out;
}

describe('guardRuns', () => {
  it('cuts every run of more than 200 non-blank characters, as a count over every character would', () => {
    const inputs = [
      '',
      'The envoy left.',
      'w'.repeat(200),
      'w'.repeat(201),
      'w'.repeat(1000),
      `${'w'.repeat(150)} ${'v'.repeat(350)}\n${'u'.repeat(201)}`,
      `${'ab '.repeat(300)}${'z'.repeat(450)}`,
      ' '.repeat(300),
    ];
    for (const s of inputs) {
      expect(guardRuns(s)).toBe(reference(s));
      expect(guardRuns(s).length).toBe(s.length);
    }
  });
});
