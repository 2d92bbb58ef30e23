/** Inputs of a given size for the scaling curve. */

/**
 * `articles`: real articles one after another, blank lines between (the realistic case);
 * `one-sentence`: the same words with every sentence end turned into a comma, one paragraph;
 * `said`: `said said said …`, a sentence of nothing but speech verbs.
 */
export type ScalingKind = 'articles' | 'one-sentence' | 'said';

/** A text of `kind` of about `chars` characters built from `articles`. */
export function scalingText(kind: ScalingKind, chars: number, articles: readonly string[]): string {
  if (kind === 'said') return 'said '.repeat(Math.ceil(chars / 5)).slice(0, chars);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const a = articles[i % articles.length]!;
    parts.push(a);
    n += a.length + 2;
  }
  const text = parts.join('\n\n').slice(0, chars);
  return kind === 'articles' ? text : text.replace(/[.!?]+(\s|$)/g, ',$1').replace(/\s*\n+\s*/g, ' ');
}
