import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { roleAt } from '../../src/actors/lexicon.js';
import { parse } from '../../src/document/parse.js';

describe('a hyphenated role word', () => {
  it('is a role, so the person named after it speaks', () => {
    const q = extract(
      'Vice-president of the Harbour Council Abdul Karim Lutfi said that the dock would reopen.',
    ).quotes;
    expect(q[0]?.speaker?.name).toBe('Abdul Karim Lutfi');
  });

  it('reads the last part of one hyphenated token against the roles', () => {
    const toks = parse('The co-founder spoke.').tokens;
    expect(roleAt(toks, 1, 3)?.end).toBe(2);
    expect(roleAt(parse('The so-called plan.').tokens, 1, 3)).toBeNull();
  });
});
