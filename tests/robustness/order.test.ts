import { describe, expect, it } from 'vitest';
import { extract, limitVocabulary, parse } from '../../src/index.js';
import { novelWord } from '../../bench/data/novel.js';

/** Wire copy of our own, in capitals, full of possessives, clitics, dotted and hyphenated words. */
const WIRE =
  "SAN MIGUEL, 14 MAR 91 -- THE GOVERNMENT'S TROOPS KILLED 12 GUERRILLAS NEAR THE ARMY'S BASE IN TORALES, " +
  "THE DEFENSE MINISTRY'S SPOKESMAN SAID TODAY.\n\n" +
  '"WE\'LL NOT NEGOTIATE WITH THE FRONT\'S LEADERS," COLONEL AMADO VERDUGO TOLD REPORTERS. ' +
  "THE U.S.-BACKED GOVERNMENT DIDN'T COMMENT ON THE REBELS' CLAIM THAT THEY'D DESTROYED 3 TRUCKS.\n\n" +
  "THE FRONT'S RADIO SAID ITS UNITS WERE RESPONSIBLE FOR THE ATTACK ON THE MAYOR'S OFFICE.";

const MIXED =
  "The government's troops killed 12 guerrillas near the army's base in Torales, the defence ministry's spokesman said on Thursday. " +
  '"We\'ll not negotiate with the Front\'s leaders," Colonel Amado Verdugo told reporters.';

/** A word first in capitals (learned with its lower-case form), then in lower case. */
const CASES =
  "Protesters chanted against QARZELAND'S, the neighbour's, army on Monday. Later qarzeland's envoy said 3 people were hurt.";

/**
 * Documents never seen before, each also holding the words of the texts above in the places where
 * wink-nlp learns them whole (before a comma or a full stop: `GOVERNMENT'S,`), which then kept a
 * later `GOVERNMENT'S` in one token instead of splitting off `'S`.
 */
function priming(n: number): string[] {
  const words = `${WIRE} ${MIXED}`.split(/\s+/).filter((w) => /['.-]/.test(w.slice(1, -1)));
  return Array.from({ length: n }, (_, d) => {
    const novel = Array.from({ length: 30 }, (_, i) => novelWord(7e6 + d * 100 + i));
    const taught = words.map((w, i) => `${w.replace(/[^A-Za-z]+$/, '')}${i % 2 === 0 ? ',' : '.'}`);
    const text = `${novel.slice(0, 15).join(' ')} ${taught.join(' ')} ${novel.slice(15).join(' ')}.`;
    // Only ever in lower case: the capitals of CASES stay new, the lower-case form is known.
    return `${d % 2 === 0 ? text.toUpperCase() : text} Near qarzeland's, they said.`;
  });
}

describe('order independence', () => {
  it('gives a document the same result read fresh and after many never-seen documents', () => {
    /** A fresh wink-nlp instance: one document of new words makes the current one go. */
    const recycle = (seed: number): void => {
      limitVocabulary(1);
      extract(`${novelWord(seed)} ${novelWord(seed + 1)}.`);
      limitVocabulary(250_000);
    };
    try {
      recycle(6e6);
      const tokens = parse(WIRE).tokens.map((t) => t.value);
      recycle(6e6 + 10);
      const cases = parse(CASES).tokens;
      recycle(6e6 + 20);
      const fresh = [extract(WIRE), extract(MIXED, { publishedAt: '2020-03-12' })];
      // Then a new instance again, which reads the never-seen documents before these.
      recycle(6e6 + 30);
      for (const text of priming(60)) extract(text);
      // CASES first: its capitals are new to this instance, their lower-case form is not.
      expect(parse(CASES).tokens).toEqual(cases);
      expect(parse(WIRE).tokens.map((t) => t.value)).toEqual(tokens);
      expect(extract(WIRE)).toEqual(fresh[0]);
      expect(extract(MIXED, { publishedAt: '2020-03-12' })).toEqual(fresh[1]);
      // The possessive is split off as a fresh instance splits it.
      expect(tokens).toContain("'s");
    } finally {
      limitVocabulary(250_000);
    }
  });
});
