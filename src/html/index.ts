/**
 * `newsfacts/html`: reads an article out of an HTML page with Mozilla's
 * Readability (the reader view of Firefox) over linkedom's DOM, then runs
 * {@link extract} on its text. A separate entry point, so that the core
 * package stays free of a DOM implementation.
 *
 * @example
 * ```ts
 * import { extractHtml } from 'newsfacts/html';
 * const r = extractHtml(pageHtml, { publishedAt: '2018-03-05' });
 * r.text; // the article as plain text: title, blank line, paragraphs
 * r.quotes[0]?.text === r.text.slice(r.quotes[0].start, r.quotes[0].end); // true
 * ```
 *
 * @packageDocumentation
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extract } from '../extract.js';
import type { Extraction, ExtractOptions } from '../types.js';

/**
 * What {@link extractHtml} returns: the extraction, with offsets into `text`
 * (the article's text as read from the page), and what the page says of itself.
 *
 * @example
 * ```ts
 * const r: HtmlExtraction = extractHtml('<html><body><article><h1>Talks resume</h1><p>“We are ready,” the envoy said.</p></article></body></html>');
 * r.text; // 'Talks resume\n\n“We are ready,” the envoy said.'
 * ```
 */
export interface HtmlExtraction extends Extraction {
  /** The article's plain text; every offset in the extraction points into it. */
  readonly text: string;
  /** The page's title as Readability reads it, or `null`. */
  readonly title: string | null;
  /** The author line, or `null`. */
  readonly byline: string | null;
  /** The page's own publication time (meta tags, JSON-LD), or `null`. */
  readonly publishedTime: string | null;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'FIGCAPTION',
  'DT',
  'DD',
]);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** The paragraphs of a DOM subtree (one per block element), and whether the first is a heading. */
function paragraphs(root: DomNode): { parts: string[]; headed: boolean } {
  const out: string[] = [];
  let headed = false;
  let inline = '';
  let block = '';
  const flush = (): void => {
    const t = inline.replace(/\s+/g, ' ').trim();
    if (t !== '') {
      if (out.length === 0) headed = /^H[1-3]$/.test(block);
      out.push(t);
    }
    inline = '';
  };
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      inline += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      inline += ' ';
      return;
    }
    const isBlock = BLOCKS.has(name) || name === 'DIV' || name === 'SECTION' || name === 'ARTICLE';
    if (isBlock) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (isBlock) {
      block = name;
      flush();
    }
  };
  walk(root);
  flush();
  return { parts: out, headed };
}

/**
 * Reads the article out of an HTML page (Readability: the main text, without
 * navigation, ads and comments; its title first) and extracts its quotes,
 * casualty figures, claims and dates. Offsets point into the returned `text`:
 * the article's heading (else the page title), then one paragraph per block.
 * When the caller gives no `publishedAt`, the page's own publication time
 * (meta tags, JSON-LD) is used if it is a valid date.
 *
 * @param html - the page's HTML
 * @param options - as for {@link extract}
 * @throws TypeError when `html` is not a string or an option is invalid
 *
 * @example
 * ```ts
 * import { extractHtml } from 'newsfacts/html';
 * const r = extractHtml(
 *   '<html><head><title>Blast</title></head><body><article><h1>Car bomb kills 12</h1>' +
 *     '<p>A car bomb killed 12 people in Azaz on Sunday, a monitor said.</p></article></body></html>',
 *   { publishedAt: '2018-03-05' },
 * );
 * r.text; // 'Car bomb kills 12\n\nA car bomb killed 12 people in Azaz on Sunday, a monitor said.'
 * r.casualties[0]?.count.min; // 12
 * ```
 */
export function extractHtml(html: string, options?: ExtractOptions): HtmlExtraction {
  if (typeof html !== 'string') {
    throw new TypeError(`newsfacts: \`html\` must be a string, got ${html === null ? 'null' : typeof html}`);
  }
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, {
    serializer: (node: Node) => node as unknown as DomNode,
  }).parse();
  const title = clean(article?.title ?? document.title ?? null);
  const body = article?.content ?? (document.body as unknown as DomNode | null);
  const { parts, headed } = body === null || body === undefined ? { parts: [], headed: false } : paragraphs(body);
  // The article's own heading is its headline; else the page title (which often carries the site's name).
  if (title !== null && !headed && parts[0] !== title) parts.unshift(title);
  const text = parts.join('\n\n');
  const publishedTime = clean(article?.publishedTime ?? null);
  const opts: ExtractOptions = { ...options };
  if ((opts.publishedAt === undefined || opts.publishedAt === null) && publishedTime !== null) {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(publishedTime);
    if (day !== null && !Number.isNaN(Date.parse(day[0]))) opts.publishedAt = day[0];
  }
  return { ...extract(text, opts), text, title, byline: clean(article?.byline ?? null), publishedTime };
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}
