/**
 * Sorting the short lists the extractors sort several times per document
 * (a sentence's figures, an incident's dates and places, the readings of a
 * window).
 *
 * @module
 */

/** Longest list sorted by insertion; a longer one goes to `Array.prototype.sort`. */
const INSERTION_MAX = 16;

/**
 * Sorts `xs` in place by `cmp`, stably, and returns it: the same order as
 * `xs.sort(cmp)`. V8's `Array.prototype.sort` allocates its merge state (about
 * 1.4 KB) on every call with two elements or more, which made it the first
 * allocator of the casualty, incident and temporal stages; an insertion sort
 * of a handful of elements allocates nothing.
 *
 * @param xs - the list, sorted in place
 * @param cmp - a comparator, as for `Array.prototype.sort`
 * @returns `xs`
 *
 * @example
 * ```ts
 * sortSmall([3, 1, 2], (a, b) => a - b); // [1, 2, 3]
 * ```
 */
export function sortSmall<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  if (xs.length > INSERTION_MAX) return xs.sort(cmp);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    // Only a strictly greater element moves: equal ones keep their order (stable, as V8's sort is).
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
