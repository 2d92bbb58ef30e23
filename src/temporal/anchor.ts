/**
 * The anchor that relative expressions are resolved against: the document's
 * publication value split into the parts it actually gives.
 */
import type { Ymd } from './calendar.js';

/** The publication date as known parts; `null` where the value does not say. */
export interface Anchor {
  readonly y: number | null;
  readonly m: number | null;
  readonly d: number | null;
  /** The full day, when year, month and day are all known. */
  readonly day: Ymd | null;
}

const VALUE = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/;

/**
 * Reads a publication value (`2017-02-25`, `2016-02-01T21:15`, `XXXX-02-27`,
 * `2017-02`, `2017`) into an {@link Anchor}; `null` gives an empty anchor.
 */
export function readAnchor(value: string | null): Anchor {
  const m = value === null ? null : VALUE.exec(value);
  if (m === null) return { y: null, m: null, d: null, day: null };
  const num = (s: string | undefined): number | null => (s === undefined || s.startsWith('X') ? null : Number(s));
  const y = num(m[1]);
  const mo = num(m[2]);
  const d = mo === null ? null : num(m[3]);
  return { y, m: mo, d, day: y !== null && mo !== null && d !== null ? { y, m: mo, d } : null };
}
