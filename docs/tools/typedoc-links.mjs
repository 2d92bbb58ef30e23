// @ts-check
/**
 * A TypeDoc plugin for the links of the API site.
 *
 * - Markdown links only where the text writes one. markdown-it's "fuzzy"
 *   autolinking turned file names into web addresses (`README.md` became
 *   `http://README.md`, `.md` being a country's domain); with it off, only
 *   addresses written with their scheme (`https://…`) become links.
 * - The README links the guides at their address in the published package
 *   (`https://unpkg.com/newsfacts/docs/guides/quotes.md`) so that they work on
 *   npmjs.com; on the site, the same links go to the site's own pages: the site
 *   is built from a copy of the README (in .tmp/site/) with those addresses
 *   made relative again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE_URL = /https:\/\/unpkg\.com\/newsfacts(?:@[^/\s)]+)?\/([^\s)"#]+)/g;

/** @param {Application} app */
export function load(app) {
  // set once the options are read (values set while plugins load are reset)
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', (/** @type {any} */ parser) => {
      parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
    });
    const readme = app.options.getValue('readme');
    if (!readme || readme === 'none') return;
    const dir = join(root, '.tmp', 'site');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(readme, 'utf8').replace(PACKAGE_URL, (_, path) =>
      relative(dir, join(root, path)).split('\\').join('/'),
    );
    const copy = join(dir, 'README.md');
    writeFileSync(copy, text);
    app.options.setValue('readme', copy);
  });
}
