/**
 * Numbers in news copy: digit and word values, vague quantities, qualifiers
 * and ranges, normalised to `{ min, max }` (ANNOTATION.md §2).
 *
 * @module
 */
export {
  digitValue,
  decimalValue,
  numberValue,
  wordsValue,
  ordinalValue,
  isNumberWord,
  scaleOf,
  groupOf,
} from './value.js';
export {
  mayBeVague,
  readQuantity,
  SPACED_RANGE_DASHES,
  type Quantity,
  type QualifierKind,
} from './quantity.js';
