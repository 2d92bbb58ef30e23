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

  it('works for any body noun that names one body: institute, tribunal, party', () => {
    expect(
      brief(
        'The Halvard Institute for Peace Studies published a survey on Monday. Officials in the capital disputed its figures. The institute said the sample was sound.',
      ).map((q) => q[2]),
    ).toEqual(['Halvard Institute for Peace Studies']);
    expect(
      brief(
        'The Special Tribunal for Ostravia opened its hearings in May. Lawyers for the accused walked out. The tribunal said the trial would go on.',
      ).map((q) => q[2]),
    ).toEqual(['Special Tribunal for Ostravia']);
    expect(
      brief('The Green Union Party lost four seats. Analysts were surprised. The party said it would regroup.').map(
        (q) => q[2],
      ),
    ).toEqual(['Green Union Party']);
  });

  it('with no body of that name before, the tribunal stays a description', () => {
    expect(
      brief('Mona Reyes said the evidence was weak. The tribunal said the trial would go on.').map((q) => q[2]),
    ).toEqual(['Mona Reyes', 'tribunal']);
  });
});

describe('a description holding a news organisation’s name', () => {
  it('names that organisation and points back at no earlier medium', () => {
    expect(
      brief(
        'Floods cut the coast road, state radio reported. "Two bridges are gone," the Reuters news agency said.',
      ).map((q) => q[2]),
    ).toEqual(['state radio', 'Reuters news agency']);
  });
});
