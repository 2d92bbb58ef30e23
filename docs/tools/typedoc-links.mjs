// @ts-check
/**
 * A TypeDoc plugin: Markdown links only where the text writes one. markdown-it's
 * "fuzzy" autolinking turned file names into web addresses (`README.md` became
 * `http://README.md`, `.md` being a country's domain); with it off, only
 * addresses written with their scheme (`https://…`) become links.
 */
import { Application } from 'typedoc';

/** @param {Application} app */
export function load(app) {
  // set once the options are read (a value set while plugins load is reset by them)
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', (/** @type {any} */ parser) => {
      parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
    });
  });
}
