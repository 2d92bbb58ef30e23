import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('"the observatory" as a second reference', () => {
  it('takes the Observatory the article named before', () => {
    expect(
      brief(
        'The Rasad Observatory said 12 people died in the shelling. Rescue teams searched the rubble. The observatory said the toll could rise.',
      ).map((q) => q[2]),
    ).toEqual(['Rasad Observatory', 'Rasad Observatory']);
  });

  it('never another monitor: with no Observatory named it stays a description', () => {
    expect(
      brief('The Levant Network for Human Rights said 12 people died. The observatory said the toll could rise.').map(
        (q) => q[2],
      ),
    ).toEqual(['Levant Network for Human Rights', 'observatory']);
  });

  it('skips a later monitor to reach the Observatory named earlier', () => {
    expect(
      brief(
        'The Rasad Observatory for Human Rights counted 12 dead. Ann Lund met rebels on Friday. The Levant Network for Human Rights said three died. The observatory said the toll could rise.',
      ).map((q) => q[2]),
    ).toEqual(['Levant Network for Human Rights', 'Rasad Observatory for Human Rights']);
  });
});
