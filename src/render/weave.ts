/**
 * Weaves possibly nested and overlapping spans into well-formed HTML.
 *
 * Spans nest (a date inside a quote) but may also cross (a claim that starts
 * inside a quote and ends after it). The text is cut at every span boundary;
 * each piece is wrapped in the spans covering it, outermost first. A span that
 * has to be closed early to keep the tags nested is reopened as a continuation
 * fragment, so every element is well formed and each span's fragments, read in
 * order, give exactly its text.
 *
 * @module
 * @internal
 */

/** One span to mark, with how to open and close one of its fragments. */
export interface WeaveSpan {
  /** Unique key of the span (fragments of one span share it). */
  key: string;
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Tie-break for spans with the same extent: lower rank is outer. */
  rank: number;
  /** Opening tag of a fragment; `first` is true for the span's first fragment. */
  open(first: boolean): string;
  /** Closing tag of a fragment; `last` is true for the span's last fragment. */
  close(last: boolean): string;
}

/** Outer before inner: earlier start, then later end, then lower rank, then key. */
function outerFirst(a: WeaveSpan, b: WeaveSpan): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The text with every span wrapped, pieces escaped by `escape`. Empty spans
 * are skipped. Runs in O(n log n + pieces × depth), depth being how many spans
 * cover one place.
 */
export function weave(text: string, spans: readonly WeaveSpan[], escape: (s: string) => string): string {
  const marks = spans.filter((s) => s.end > s.start).sort(outerFirst);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const bounds = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  const opened = new Set<string>();
  let stack: WeaveSpan[] = [];
  let active: WeaveSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    active = active.filter((m) => m.end > a);
    let added = false;
    while (next < marks.length && marks[next]!.start <= a) {
      active.push(marks[next]!);
      next++;
      added = true;
    }
    if (added) active.sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out.push(stack[j]!.close(stack[j]!.end <= a));
    for (let j = keep; j < active.length; j++) {
      const m = active[j]!;
      out.push(m.open(!opened.has(m.key)));
      opened.add(m.key);
    }
    stack = active.slice();
    out.push(escape(text.slice(a, b)));
  }
  for (let j = stack.length - 1; j >= 0; j--) out.push(stack[j]!.close(true));
  return out.join('');
}
