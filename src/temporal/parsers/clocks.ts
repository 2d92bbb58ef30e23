/**
 * Clock times read straight from the tokens, without chrono-node: `9:15
 * p.m.`, `18:00`, `at 7 pm`, `715 pm`, `7pm`, `10.30 pm` — as chrono's time
 * parser reads them (a three- or four-digit hour before a meridiem is hours
 * and minutes, `12 a.m.` is midnight), for a window whose only triggers are
 * clock times. Their day is attached later, as for chrono's.
 *
 * A window holding anything chrono reads with a clock time — a range (`9 to
 * 11 a.m.`), `o'clock`, `at night`, `in the morning`, a zone or offset, a
 * month word nearby, a clock it would reject — goes to chrono whole.
 */
import type { Scan } from '../scan.js';
import * as read from './readings.js';
import type { Reading, Zones } from './readings.js';

/** `9:15`, `10.30` (a dotted one only with a meridiem after it). */
const HOUR_MINUTE = /^(\d{1,2})([:.])(\d{2})$/;
/** `7`, `715`, `1130` before a meridiem. */
const HOUR = /^(\d{1,4})$/;
/** `7pm`, `10:20PM`, `6:00p.m.`, `800pm`, `1130am`: the meridiem glued to the time. */
const GLUED = /^(\d{1,2}|\d{3,4}(?=[ap]))(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)$/;
/** Meridiem tokens read as chrono reads them (`a.m` without its last dot is not one of them). */
const MERIDIEMS = new Set(['am', 'pm', 'a.m.', 'p.m.']);

const UNSURE = null;

/**
 * Reads the clock times `clocks` (token indexes, the window's only triggers)
 * of the window `[a, b)`. Returns `null` when chrono must read the window.
 */
export function clockTimes(s: Scan, a: number, b: number, clocks: readonly number[], zones: Zones): Reading[] | null {
  if (read.unreadable(s, a, b)) return UNSURE;
  // A month word (`may`, `march`) may make a date chrono joins a time to.
  for (let k = a; k < b; k++) if (read.monthOf(s, k) !== 0) return UNSURE;
  const out: Reading[] = [];
  for (const k of clocks) {
    const r = clockAt(s, a, b, k, zones);
    if (r === UNSURE) return UNSURE;
    if (r !== undefined) out.push(r.reading);
  }
  return out;
}

/** A clock time read at a token, and the index after its last token (its meridiem). */
export interface Timed {
  readonly reading: Reading;
  readonly end: number;
}

/**
 * Reads the clock time at token `k` of the window `[a, b)` (a clock
 * trigger): a reading, `undefined` when chrono reads nothing that read()
 * keeps (`$1.99`), `null` when unsure.
 */
export function clockAt(s: Scan, a: number, b: number, k: number, zones: Zones): Timed | null | undefined {
  const toks = s.toks;
  const t = toks[k]!;
  const w = t.lower;
  let hourText: string;
  let minuteText: string | undefined;
  let ampm: string | undefined;
  let end = k + 1;
  let fraction = false;
  const glued = GLUED.exec(w);
  if (glued !== null) {
    [, hourText, minuteText, ampm] = glued as unknown as [string, string, string | undefined, string];
  } else {
    const next = end < b && read.tight(s, end) ? toks[end]!.lower : '';
    if (MERIDIEMS.has(next)) {
      ampm = next;
      end++;
    }
    const hm = HOUR_MINUTE.exec(w);
    if (hm !== null) {
      // `$1.99`, `at 8.15`: a fraction to read() (whatever chrono makes of it), unless a zone, range or
      // suffix makes chrono read more; with a meridiem it is a time.
      if (hm[2] === '.' && ampm === undefined) fraction = true;
      hourText = hm[1]!;
      minuteText = hm[3];
    } else {
      const h = HOUR.exec(w);
      if (h === null || ampm === undefined) return UNSURE;
      hourText = h[1]!;
    }
  }
  // The hour and minute as chrono's time parser works them out.
  let hour = Number(hourText);
  let minute = 0;
  if (hour > 100) {
    if (minuteText !== undefined) return UNSURE;
    minute = hour % 100;
    hour = Math.floor(hour / 100);
  }
  if (minuteText !== undefined) minute = Number(minuteText);
  if ((hour > 24 || minute >= 60) && !fraction) return UNSURE;
  if (ampm !== undefined) {
    if (hour > 12) return UNSURE;
    if (ampm.startsWith('a')) {
      if (hour === 12) hour = 0;
    } else if (hour !== 12) hour += 12;
  }
  // Before: nothing glued, no number or range start (`9 to 11 a.m.`, `11: 06 a.m.`).
  if (k > a) {
    const prev = toks[k - 1]!;
    const p = prev.lower;
    if (!t.spaceBefore && (read.isWordChar(p.charCodeAt(p.length - 1)) || p === ':' || p === '.')) return UNSURE;
    if (read.startsWithDigit(p)) return UNSURE;
    if ((read.RANGE_WORDS.has(p) || p === '~' || p === '〜') && k - 2 >= a && read.dateLike(s, k - 2, b)) return UNSURE;
  }
  if (read.clockExtended(s, end, b, zones.time)) return UNSURE;
  if (fraction) return undefined;
  const reading = {
    start: t.start,
    end: toks[end - 1]!.end,
    y: null,
    mo: null,
    d: null,
    wd: null,
    h: hour,
    min: minute,
  };
  return { reading, end };
}
