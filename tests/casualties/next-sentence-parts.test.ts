import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

/** Text, outcome and the text of the figure it is a part of. */
const parts = (text: string): [string, string, string | null][] =>
  figures(text).map((f) => [f.text, f.outcome, f.partOf?.text ?? null]);

describe('casualties: parts listed at the start of the next sentence', () => {
  it('links "They included", "Among them were" to the figure of the sentence before', () => {
    expect(
      parts('At least 11 commuters were killed when the bus exploded. They included two cadets and a little boy.'),
    ).toEqual([
      ['At least 11 commuters', 'killed', null],
      ['two cadets', 'killed', 'At least 11 commuters'],
      ['a little boy', 'killed', 'At least 11 commuters'],
    ]);
    expect(parts('Some 40 pilgrims were injured in the stampede at the shrine. Among them were six children.')).toEqual(
      [
        ['Some 40 pilgrims', 'injured', null],
        ['six children', 'injured', 'Some 40 pilgrims'],
      ],
    );
  });

  it('links "Those killed included", "Among the dead were" to the figure of that outcome', () => {
    expect(parts('A rocket killed 17 people at the depot. Among the dead were four drivers.')).toEqual([
      ['17 people', 'killed', null],
      ['four drivers', 'killed', '17 people'],
    ]);
    expect(parts('Dozens of recruits died in the ambush. Those killed included nine officers.')).toEqual([
      ['Dozens of recruits', 'killed', null],
      ['nine officers', 'killed', 'Dozens of recruits'],
    ]);
  });

  it('links nothing across a paragraph, to two wholes, or to a smaller whole', () => {
    expect(parts('Nine guards were killed at the gate.\n\nThey included two brothers.')).toEqual([
      ['Nine guards', 'killed', null],
    ]);
    expect(parts('The gunmen killed 8 people and wounded 30 at the market. They included two nurses.')).toEqual([
      ['8 people', 'killed', null],
      ['30', 'injured', null],
    ]);
    expect(parts('Six cooks died in the blaze. Among the dead were 20 porters.')).toEqual([
      ['Six cooks', 'killed', null],
      ['20 porters', 'killed', null],
    ]);
  });
});
