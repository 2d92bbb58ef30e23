import { describe, expect, it } from 'vitest';
import { actorMentions } from '../../src/actors/mentions.js';
import { parse } from '../../src/document/parse.js';

const spans = (text: string): [string, number, number, string][] =>
  actorMentions(parse(text)).all.map((m) => [m.name, m.firstToken, m.endToken, m.via]);

// The sentence merge keeps the first reading of each token (registry, then shapes, acronyms, state
// references, places) by testing the ranges already taken, not a byte per token: the same mentions.
describe('the sentence merge of actor mentions (s18-perfb)', () => {
  it('drops a place inside a registry name and keeps the same place outside it', () => {
    expect(
      spans('Militants of al-Qaeda in Iraq blew up a bridge outside Mosul. Iraq said the bridge was rebuilt.'),
    ).toEqual([
      ['al-Qaida in Iraq', 2, 7, 'known'],
      ['Iraq', 14, 15, 'place'],
    ]);
    expect(spans('Islamic State in Libya claimed the kidnapping of two engineers near Sirte.')).toEqual([
      ['Islamic State in Libya', 0, 4, 'known'],
    ]);
  });

  it('keeps every reading that overlaps none before it, in token order', () => {
    expect(spans('Boko Haram fighters raided a village in Nigeria while Nigeria held elections.')).toEqual([
      ['Boko Haram', 0, 2, 'known'],
      ['Nigeria', 7, 8, 'place'],
      ['Nigeria', 9, 10, 'place'],
    ]);
    expect(spans('Hezbollah and the Lebanese army clashed near Beirut, officials in Lebanon said.')).toEqual([
      ['Hezbollah', 0, 1, 'known'],
      ['Lebanese Armed Forces', 3, 5, 'known'],
      ['Lebanon', 7, 8, 'place'],
      ['Lebanon', 11, 12, 'place'],
    ]);
  });

  it('finds nothing in a sentence that names no actor', () => {
    expect(spans('The weather in the valley stayed mild all week.')).toEqual([]);
    expect(spans('A fire broke out at the depot on Sunday, the firefighters said.')).toEqual([]);
  });
});
