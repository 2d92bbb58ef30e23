import { extractCasualties } from './casualties/index.js';
import { extractClaims } from './claims/index.js';
import { extractDates } from './dates/index.js';
import { parse } from './document/parse.js';
import { entitiesOf } from './entities/index.js';
import { findIncidents } from './incidents/index.js';
import { linkCasualties, linkClaims } from './link/index.js';
import { extractQuotes } from './quotes/index.js';
import type { Document } from './document/model.js';
import type { DocumentInfo, Extraction, ExtractOptions } from './types.js';
import { checkDocument } from './document/input.js';

/**
 * The document-level facts of a parsed document.
 *
 * @example
 * ```ts
 * documentInfo(parse('Title line here\n\nBody text.')).headline?.text; // 'Title line here'
 * ```
 */
export function documentInfo(doc: Document): DocumentInfo {
  checkDocument(doc, 'documentInfo');
  return { publication: doc.publication, headline: doc.headline, zones: [...doc.zones] };
}

/**
 * Reads an English news article once and returns its quotes with speakers,
 * casualty figures, responsibility claims and dates, each with exact offsets
 * into `text`, and the violent events they make up. One parse, four
 * extractors; then `linkClaims` gives claims the source of the quote they
 * stand in and the casualty figures of their event, and `findIncidents`
 * groups figures and claims into incidents with a reconciled toll.
 *
 * @param text - the article as plain text (page furniture is recognised and left out)
 * @param options - publication date, URL, and whether to keep boilerplate items
 * @throws TypeError when `text` is not a string or an option is invalid
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * const result = extract('Syria’s war has killed more than 260 000 people, monitors said.', {
 *   publishedAt: '2016-02-01',
 * });
 * result.casualties[0]?.count; // { min: 260001, max: null, exact: false, approximate: false }
 * result.document.publication.source; // 'option'
 * result.incidents; // [] — a cumulative toll belongs to no incident
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  const doc = parse(text, options);
  const quotes = extractQuotes(doc);
  // One answer per clause: a figure inside a quote is reported by the quote's speaker.
  const casualties = linkCasualties(doc, extractCasualties(doc), quotes);
  const claims = linkClaims(doc, extractClaims(doc), { quotes, casualties });
  const dates = extractDates(doc);
  const incidents = findIncidents(doc, { casualties, claims, dates });
  return { document: documentInfo(doc), quotes, casualties, claims, dates, entities: entitiesOf(doc), incidents };
}
