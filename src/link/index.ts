/**
 * Same-document links between extractors' results (the extractors never
 * import each other): a claim's source quote and casualty figures.
 *
 * @module
 */
export { linkClaims, type ClaimLinks } from './claims.js';
export { linkCasualties } from './casualties.js';
