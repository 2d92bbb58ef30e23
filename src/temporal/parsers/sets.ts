/**
 * Frequencies written as one word: `daily` → P1D, `weekly` → P1W, `annual`
 * → P1Y (TIMEX3 SET); before an amount measured over the period (`annual
 * profit`, `weekly gain`) the same word names a DURATION. A capitalised word inside a name (`the Daily Mail`) is
 * not a frequency, nor is one that names a kind of publication (`a daily
 * newspaper`, `the daily Frankfurter Allgemeine`).
 */
import { PERIOD_AMOUNTS, SERIAL_PUBLICATIONS, SET_WORDS } from '../lexicon.js';
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
  // "annual profit", "weekly gain": an amount measured over the period is a duration.
  const next = low(s, i + 1);
  const after = s.toks[i + 1]?.pos === 'ADJ' ? low(s, i + 2) : next;
  // "a daily newspaper", "its weekly bulletin", "the daily Frankfurter Allgemeine": a kind of publication.
  if (SERIAL_PUBLICATIONS.has(next) || SERIAL_PUBLICATIONS.has(after)) return;
  // A title after `the daily` (not `the daily Russian strikes`: a lower-case noun after the name makes it a modifier).
  if (low(s, i - 1) === 'the' && capitalised(s, i + 1) && s.toks[i + 1]!.sentence === t.sentence) {
    const beyond = s.toks[i + 2];
    if (beyond === undefined || beyond.sentence !== t.sentence || beyond.pos !== 'NOUN' || capitalised(s, i + 2))
      return;
  }
  const type = PERIOD_AMOUNTS.has(next) || PERIOD_AMOUNTS.has(after) ? 'DURATION' : 'SET';
  report(s, { first: i, end: i + 1, type, value, rank: 1, by: 'sets' });
}
