import { describe, expect, it } from 'vitest';
import { anchors, checkMarkdown, linksOf, slug } from '../../docs/tools/check-links.js';

describe('docs link check', () => {
  it('finds inline links, images, reference definitions and HTML attributes, not code', () => {
    const md = [
      'See [the guide](guides/a.md#known-limits) and ![shot](images/x.png "title").',
      '[ref]: https://example.org/page',
      '<img src="images/y.png"> `[not](a-link.md)`',
      '```md',
      '[also not](b.md)',
      '```',
    ].join('\n');
    expect(linksOf(md)).toEqual([
      'guides/a.md#known-limits',
      'images/x.png',
      'https://example.org/page',
      'images/y.png',
    ]);
  });

  it('builds GitHub heading anchors, numbering repeats', () => {
    expect(slug("Dates when you know only the article's URL")).toBe('dates-when-you-know-only-the-articles-url');
    expect(slug('The toll of an incident, and where each figure came from')).toBe(
      'the-toll-of-an-incident-and-where-each-figure-came-from',
    );
    expect([...anchors('# Quotes\n## Known limits\n## Known limits\n```\n# not a heading\n```')]).toEqual([
      'quotes',
      'known-limits',
      'known-limits-1',
    ]);
  });

  it('finds no broken link in the README, the changelog and the guides', () => {
    expect(checkMarkdown()).toEqual([]);
  });
});
