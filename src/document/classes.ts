/**
 * Word classes as bits of one number per token, so that a layer's trigger
 * test on every token is a bit test instead of a `Map`/`Set` lookup of the
 * token's string (about ten such lookups per token across the layers cost
 * more than building the tokens).
 *
 * A layer defines each class once, at module load, with the lower-case words
 * (or the lemmas) it holds; {@link parse} gives every token the bits of the
 * classes its lower-case form, and its lemma, belong to. The bits are worked
 * out once per wink lexeme (and lemma) and remembered with it, not once per
 * token. A layer then reads `doc.classes[i] & bit` and does its own lookup
 * only on a hit. The words themselves stay in the layer's data files.
 *
 * @module
 */

import type { TokenShape } from './model.js';

/** Bits of the classes each word belongs to, by its lower-case form. */
const BY_WORD = new Map<string, number>();
/** Bits of the lemma classes each lemma belongs to. */
const BY_LEMMA = new Map<string, number>();
/** Classes defined so far (at most 31: the bits of an Int32). */
let defined = 0;
/** Bumped by every definition: bits remembered under an older generation are stale. */
let generation = 0;

/**
 * Defines a word class and returns its bit. A token has the bit when its
 * lower-case form (`by: 'word'`) or its lemma (`by: 'lemma'`, for a token whose
 * lemma differs from its lower-case form) is one of `words`.
 *
 * @param words - the class's words, in lower case
 * @param by - whether a token's lower-case form or its lemma is looked up
 * @returns the class's bit, to test as `(doc.classes[i] & bit) !== 0`
 * @throws Error when more than 31 classes are defined
 *
 * @example
 * ```ts
 * const WEEKDAY = defineWordClass(['monday', 'tuesday']);
 * const doc = parse('We met on Monday.');
 * (doc.classes[3]! & WEEKDAY) !== 0; // true
 * ```
 */
export function defineWordClass(words: Iterable<string>, by: 'word' | 'lemma' = 'word'): number {
  if (defined >= 31) throw new Error('newsfacts: too many word classes (at most 31)');
  const bit = 1 << defined++;
  const table = by === 'word' ? BY_WORD : BY_LEMMA;
  for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  generation++;
  return bit;
}

/**
 * The bits of the word classes a lower-case word belongs to (`0` for none).
 *
 * @example
 * ```ts
 * const WEEKDAY = defineWordClass(['monday']);
 * (wordClassBits('monday') & WEEKDAY) !== 0; // true
 * ```
 */
export function wordClassBits(lower: string): number {
  return BY_WORD.get(lower) ?? 0;
}

/**
 * The bits of the lemma classes a lemma belongs to (`0` for none).
 *
 * @example
 * ```ts
 * const KILL = defineWordClass(['kill'], 'lemma');
 * (lemmaClassBits('kill') & KILL) !== 0; // true
 * ```
 */
export function lemmaClassBits(lemma: string): number {
  return BY_LEMMA.get(lemma) ?? 0;
}

/**
 * A number that changes whenever a class is defined: bits remembered under
 * another generation must be worked out again.
 *
 * @example
 * ```ts
 * const g = classGeneration();
 * defineWordClass(['x']);
 * classGeneration() !== g; // true
 * ```
 */
export function classGeneration(): number {
  return generation;
}

/**
 * The facts of a word as written (its value, lower case and shape), as bits:
 * a layer's tests of a token's own string against its vocabularies, worked out
 * once per wink lexeme instead of once per query. See {@link defineWordFacts}.
 */
export type WordFactsOf = (value: string, lower: string, shape: TokenShape) => number;

/** The one function giving a word's facts (the actors layer's), or `null` before it is defined. */
let factsOf: WordFactsOf | null = null;

/**
 * Defines the facts of words as written: {@link parse} gives every token the
 * bits `of` returns for its value, lower case and shape, worked out once per
 * wink lexeme and remembered with it, as `doc.facts[i]`. Where word classes
 * answer "is the lower-case form one of these words", facts answer any test of
 * the word's own string (its capitalisation, a case-sensitive vocabulary). One
 * function for the process (the actors layer's: a name's word, a title, a
 * role noun…); it must not depend on anything but its arguments.
 *
 * @param of - the bits of a word
 * @throws Error when facts are defined a second time
 *
 * @example
 * ```ts
 * defineWordFacts((value) => (/^[A-Z]/.test(value) ? 1 : 0));
 * parse('Jaafari spoke.').facts[0]; // 1
 * ```
 */
export function defineWordFacts(of: WordFactsOf): void {
  if (factsOf !== null) throw new Error('newsfacts: word facts are defined once');
  factsOf = of;
  generation++;
}

/**
 * The facts of a word as written ({@link defineWordFacts}; `0` before they are defined).
 *
 * @example
 * ```ts
 * wordFacts('Jaafari', 'jaafari', 'word'); // the bits the actors layer gives a capitalised word
 * ```
 */
export function wordFacts(value: string, lower: string, shape: TokenShape): number {
  return factsOf === null ? 0 : factsOf(value, lower, shape);
}
