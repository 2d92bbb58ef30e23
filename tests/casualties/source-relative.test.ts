import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

describe('casualties: a source with a relative clause after it', () => {
  it('keeps the named source, not what the relative clause cites or relies on', () => {
    const cases: [string, string][] = [
      [
        'At least 14 civilians were killed, the monitor, which relies on a network of sources on the ground, said.',
        'monitor',
      ],
      ['Nine fighters died, according to state media, which cited a military source.', 'state media'],
      ['According to state television, which quoted a field commander, 11 soldiers were wounded.', 'state television'],
      ['Seven people were killed, according to the health ministry, which cited hospital records.', 'health ministry'],
      ['Four people died, said the civil defence, which cited its rescuers.', 'civil defence'],
      ['Three guards were wounded, the governor, who cited police reports, told reporters.', 'governor'],
    ];
    for (const [text, source] of cases) {
      expect(only(text).source?.name, text).toBe(source);
      // Wire copy in capitals reads the same way.
      expect(only(text.toUpperCase()).source?.name.toLowerCase(), text.toUpperCase()).toBe(source);
    }
  });

  it('reads "state media" after "according to" as the source even where the tagger takes "state" for a verb', () => {
    expect(only('Twelve rebels were killed, according to state media.').source?.name).toBe('state media');
    expect(only('Five soldiers died, according to state television.').source?.name).toBe('state television');
  });
});

describe('casualties: a reporting verb that opens a second predicate', () => {
  it('leaves the figure before it to the first verb, whose subject both share', () => {
    // (The attribution layer's name for the speaker, as a quote of his would give it: no title.)
    expect(
      only('The army spokesman, Captain Omar Farah, put the toll at 17 dead and said troops had sealed the area.')
        .source?.name,
    ).toBe('Omar Farah');
    expect(only('Police put the death toll at nine and said the gunmen had fled.').source?.name).toBe('Police');
  });

  it('still sources a figure after it', () => {
    expect(only('The governor visited the hospital and said 12 people had died.').source?.name).toBe('governor');
  });
});
