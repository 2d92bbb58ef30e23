import { describe, expect, it } from 'vitest';
import { quotes } from '../quotes/helpers.js';

const HEAD = 'Bridge closed\n\nThe old bridge over the river was closed on Monday.';

/** [speaker name, speaker kind] of each quote. */
function who(text: string): [string | null, string | null][] {
  return quotes(text).map((q) => [q.speaker?.name ?? null, q.speaker?.kind ?? null]);
}

describe('speakers: outlets, glued numbers, lost apostrophes, places (issue 12)', () => {
  it('takes a name ending in News, TV, Post or Times for a news outlet, never a person', () => {
    expect(
      who(
        `${HEAD} The pier was flooded overnight, said Harbor News. Valley TV said two boats sank. ` +
          'The Lakeside Times reported that the ferry stopped.',
      ),
    ).toEqual([
      ['Harbor News', 'media'],
      ['Valley TV', 'media'],
      ['Lakeside Times', 'media'],
    ]);
  });

  it('keeps a headline number out of the description that follows it', () => {
    expect(who('Storm floods 30 homes strands 900 State radio said the dam held.')).toEqual([
      ['State radio', 'media'],
    ]);
    expect(who('STORM FLOODS 30 HOMES STRANDS 900 STATE RADIO SAID THE DAM HELD.')).toEqual([
      ['STATE RADIO', 'media'],
    ]);
  });

  it('keeps a number that counts the speakers', () => {
    expect(who(`${HEAD} At least 12 fishermen said the water rose fast.`)).toEqual([['12 fishermen', 'description']]);
    expect(who(`${HEAD} Two engineers said the cables had rusted.`)).toEqual([['Two engineers', 'description']]);
  });

  it('opens a description at an owner whose apostrophe was lost (Kenyas transport ministry)', () => {
    const text =
      `${HEAD} The repairs will take a month after damage to the piers Kenyas transport ministry said on Friday. ` +
      'It said 40 workers were on site.';
    expect(who(text)).toEqual([
      ['Kenyas transport ministry', 'description'],
      ['Kenyas transport ministry', 'description'],
    ]);
  });

  it('reads a city and its state abbreviation as one place inside the subject', () => {
    expect(who(`${HEAD} A bakery in Dayton, Ohio said it would close early.`)).toEqual([
      ['bakery in Dayton, Ohio', 'description'],
    ]);
    expect(who(`${HEAD} A mill in Peoria, Ill. said it would close early.`)).toEqual([
      ['mill in Peoria, Ill.', 'description'],
    ]);
  });
});
