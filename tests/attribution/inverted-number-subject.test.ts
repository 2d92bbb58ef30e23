import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('an inverted subject opening with a number', () => {
  it('takes "said one source" / "said two women" after a direct quote', () => {
    expect(brief('Floods cut the valley road. "We have no bread left," said one farmer.')).toEqual([
      ['direct', 'We have no bread left,', 'one farmer'],
    ]);
    expect(brief('“The clinic is shut,” said two nurses.')).toEqual([['direct', 'The clinic is shut,', 'two nurses']]);
    expect(brief('"THE CLINIC IS SHUT," SAID ONE NURSE.')).toEqual([['direct', 'THE CLINIC IS SHUT,', 'ONE NURSE']]);
  });

  it('takes the quote glued to the full stop before it', () => {
    expect(brief('Floods cut the valley road."We have no bread left," said one farmer.')).toEqual([
      ['direct', 'We have no bread left,', 'one farmer'],
    ]);
    expect(brief('Floods cut the valley road.“We’ve no bread left,” said one farmer.')).toEqual([
      ['direct', 'We’ve no bread left,', 'one farmer'],
    ]);
  });

  it('still reads a number after the cue as the content', () => {
    expect(brief('The coast guard said two boats sank.')).toEqual([['indirect', 'two boats sank', 'coast guard']]);
  });
});
