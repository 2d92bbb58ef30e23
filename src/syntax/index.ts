/**
 * The sentence window every extractor reads: token tests, noun-phrase walks
 * (back over coordination, apposition and attachments; forward over adjuncts
 * and an addressee), the subject of a sentence, negation, modality and
 * coordination. Quotes, casualties and claims ask here rather than keep their
 * own walkers; word classes live in `src/lexicon/en`.
 *
 * @module
 */
export { isMark, isHyphen, isGluedHyphen, isJoiner, isPossessiveEnding, isCapitals, isUpperCase } from './tokens.js';
export { asideOpenBefore, objectEnd } from './clause.js';
export { negatesVerb, negatedBetween, negatedBefore, conditionalBefore } from './negation.js';
export { isCoordinator, conjunctionBefore } from './coordination.js';
export { isShouted, npBack, sentenceSubject, skipAddressee, skipAdjuncts, skipBackBetween } from './phrases.js';
