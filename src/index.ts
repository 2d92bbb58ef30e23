/**
 * newsfacts — quotes with speakers, casualty figures, responsibility claims
 * and resolved dates from English news articles, with exact character offsets.
 * Rendering a result as a page is on the `newsfacts/render` subpath, scoring
 * against gold annotations on `newsfacts/eval`.
 *
 * @example
 * ```ts
 * import { extract } from 'newsfacts';
 * const { quotes, casualties, claims, dates, document } = extract(articleText, { publishedAt: '2017-02-25' });
 * ```
 *
 * @module newsfacts
 */
export { extract, documentInfo } from './extract.js';
export { parse } from './document/parse.js';
export { normalise } from './document/normalise.js';
export { limitVocabulary } from './document/nlp.js';
export { MAX_INPUT_LENGTH } from './document/input.js';
export { extractQuotes } from './quotes/index.js';
export { extractCasualties } from './casualties/index.js';
export { extractClaims } from './claims/index.js';
export { extractDates } from './dates/index.js';
export { linkClaims, linkCasualties } from './link/index.js';
export { findIncidents, type IncidentInputs } from './incidents/index.js';
export type { ClaimLinks } from './link/index.js';
export { aggregate, fromJsonl, eventsCsvRows, EVENT_CSV_COLUMNS } from './aggregate/index.js';
export type {
  Aggregate,
  AggregateEntity,
  AggregateEvent,
  ArticleResult,
  EntityInArticle,
  EventClaim,
  EventFigure,
  EventIncident,
  EventToll,
  EventTollValue,
} from './aggregate/index.js';
export type * from './types.js';
export type { Document, Token, Sentence, Paragraph, PosTag, TokenShape, ParseOptions } from './document/model.js';
export type { Normalised } from './document/normalise.js';
