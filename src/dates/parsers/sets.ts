/**
 * Frequencies written as one word: `daily` → P1D, `weekly` → P1W, `annual`
 * → P1Y (TIMEX3 SET). A capitalised word inside a name (`the Daily Mail`) is
 * not a frequency.
 */
import { SET_WORDS } from '../lexicon.js';
import { capitalised, low, report, type Scan } from '../scan.js';

/** Reads a frequency word at token `i`. */
export function setWord(s: Scan, i: number): void {
  const value = SET_WORDS.get(low(s, i));
  if (value === undefined) return;
  const t = s.toks[i]!;
  const first = s.toks[i - 1];
  const sentenceStart = first === undefined || first.sentence !== t.sentence;
  if (capitalised(s, i) && !sentenceStart) return;
  if (t.pos === 'PROPN') return;
  report(s, { first: i, end: i + 1, type: 'SET', value, rank: 1, by: 'sets' });
}
