/**
 * Speech cues moved to the shared attribution layer (`src/attribution/cues.ts`);
 * this module re-exports the quotation-mark test the phrase walkers here use.
 *
 * @module
 */
export { isMark } from '../attribution/cues.js';
