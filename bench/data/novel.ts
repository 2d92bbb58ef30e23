/**
 * Never-seen text for memory checks: wink-nlp learns every new word, so a
 * memory check that re-reads the same articles cannot see its vocabulary grow.
 */

const CONSONANTS = 'bcdfghjklmnprstvz';
const VOWELS = 'aeiou';

/** The `n`-th novel word: pronounceable, distinct for every `n`, and in no dictionary (`Zavekotu`). */
export function novelWord(n: number): string {
  let x = n * 7919 + 104729;
  let s = '';
  while (x > 0) {
    s += CONSONANTS[x % CONSONANTS.length]! + VOWELS[Math.floor(x / CONSONANTS.length) % VOWELS.length]!;
    x = Math.floor(x / (CONSONANTS.length * VOWELS.length));
  }
  return `${s}q${n.toString(36)}`;
}

/**
 * `text` with every capitalised word (names, places) and every number replaced by a
 * novel word or number numbered from `start`: the article keeps its shape (quotes,
 * cues, counts) and every name in it is new. Returns the text and the next free number.
 */
export function novelise(text: string, start: number): { text: string; next: number } {
  let n = start;
  const out = text.replace(/\b[A-Z][a-z]{2,}\b|\b\d{3,}\b/g, (w) => {
    const k = n++;
    if (/^\d/.test(w)) return String(100 + (k % 899_900));
    const v = novelWord(k);
    return v[0]!.toUpperCase() + v.slice(1);
  });
  return { text: out, next: n };
}
