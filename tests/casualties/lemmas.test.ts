import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';
import { parse } from '../../src/document/parse.js';
import { verbOutcome } from '../../src/casualties/lexicon.js';

describe('casualties: outcome verbs matched through their lemma', () => {
  it('reads inflections not listed as words through the lemma of a verb', () => {
    expect(brief('The militia executes eleven shepherds near the village, the monitor says.')).toEqual([
      ['eleven shepherds', 'killed', 11, 11],
    ]);
    expect(brief('The cell assassinates two judges in the capital, police say.')).toEqual([
      ['two judges', 'killed', 2, 2],
    ]);
    expect(brief('The mine maims 14 farmers every year, the charity says.')).toEqual([
      ['14 farmers', 'injured', 14, 14],
    ]);
    expect(brief('The militia mutilates three captives, witnesses say.')).toEqual([
      ['three captives', 'injured', 3, 3],
    ]);
    // "hurts" stays behind the harm gate: a count only in a sentence about violence.
    expect(brief('Shelling hurts 12 civilians in Idlib, medics say.')).toEqual([['12 civilians', 'injured', 12, 12]]);
    expect(brief('The new tax hurts 12 families in the town.')).toEqual([]);
  });

  it('keeps the forms the model reads as nouns or adjectives, or lemmatises wrong', () => {
    // "wound" as a verb is lemmatised "wind", "slew" "slue", "beheaded" is an adjective: listed as words.
    const words = parse(
      'The shell wound three men. The rebels slew four guards. The beheaded driver lay there.',
    ).tokens;
    const w = (s: string) => verbOutcome(words.find((t) => t.lower === s)!);
    expect([w('wound'), w('slew'), w('beheaded')]).toEqual(['injured', 'killed', 'killed']);
    expect(brief('Among the wounded were six children, the hospital said.')).toEqual([
      ['six children', 'injured', 6, 6],
    ]);
  });

  it('drops people detained, freed or evacuated in inflections not listed, through the lemma', () => {
    // As "detained", "freed", "evacuated" already do.
    expect(brief('Police detains 12 wounded protesters at the hospital.')).toEqual([]);
    expect(brief('The convoy evacuates 40 injured civilians from the town.')).toEqual([]);
    // "charging" (accusing) is no lemma of the class: the figure before it stays.
    expect(brief('The attack left nearly 50 rebels dead, charging they took orders from the coalition.')).toEqual([
      ['nearly 50 rebels', 'killed', null, 50],
    ]);
  });

  it('reads a killing after a verb of intent in an inflection not listed as unreal, through the lemma', () => {
    expect(brief('The group is seeking to kill 20 soldiers at the base, officials said.')).toEqual([]);
    expect(brief('The militants are attempting to kill 20 soldiers at the base, officials said.')).toEqual([]);
  });

  it('does not read a verb of another lemma', () => {
    const t = parse('The road winds past the camp.').tokens.find((x) => x.lower === 'winds')!;
    expect(verbOutcome(t)).toBeUndefined();
  });
});
