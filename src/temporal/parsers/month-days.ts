/**
 * A day of the month named by its ordinal alone: `on the 12th`, `since the
 * 3rd`, `the 17th of this month`. The month is the publication's (the one
 * before when the day has not come yet in a past clause, the next when a
 * forward clause has passed it), or the one `of last month` / `of next month`
 * names. Not an ordinal before a noun (`the 12th century`, `the 5th floor`,
 * `the 3rd Division`) nor one before a month (`the 12th of March`, read with
 * the month).
 */
import { addMonths, dayValue, isValidDay } from '../calendar.js';
import { direction } from '../direction.js';
import { RELATIVE } from '../lexicon.js';
import { isWireOrdinalD, low, report, type Scan } from '../scan.js';

/** `12th`, `3rd`, `1st`, `22nd`, wire copy's `2d`, `23d`: a day of the month written as an ordinal figure. */
const ORDINAL_DAY = /^(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$|^(0?[23]|2[23])d$/;
/** Prepositions before `the 12th` that make it a day. */
const DAY_LEADS = new Set(['on', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'through']);
/** Parts of speech that may follow the day: the clause goes on, no noun is counted (`on the 12th in Aleppo`, `On the 3rd the rebels …`). */
const AFTER_ORDINAL_DAY = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'ADV', 'PART', 'DET', 'PRON']);

/** Reads `the 12th` at token `i` (the ordinal figure). */
export function ordinalDay(s: Scan, i: number): void {
  if (low(s, i - 1) !== 'the' || !DAY_LEADS.has(low(s, i - 2))) return;
  const split = isWireOrdinalD(s, i + 1); // `3d`
  const m = ORDINAL_DAY.exec(split ? `${s.toks[i]!.lower}d` : s.toks[i]!.lower);
  if (m === null) return;
  const t = s.toks[i]!;
  let end = split ? i + 2 : i + 1;
  const next = s.toks[end];
  let shift: number | null = null;
  if (next !== undefined && next.sentence === t.sentence) {
    if (next.lower === 'of') {
      // `the 17th of this month`, `the 3rd of last month`; `the 12th of March` is the month reader's.
      const r = low(s, end + 1) === 'the' ? 0 : RELATIVE.get(low(s, end + 1));
      if (r === undefined || low(s, end + 2) !== 'month') return;
      shift = r;
      end += 3;
    } else if (!AFTER_ORDINAL_DAY.has(next.pos)) return;
  }
  const a = s.anchor;
  const d = Number(m[1] ?? m[2]);
  let value: string | null = null;
  if (a.y !== null && a.m !== null && a.d !== null) {
    let k = shift ?? 0;
    if (shift === null) {
      const ahead = direction(s, i - 1, end) === 'future';
      if (!ahead && d > a.d) k = -1;
      else if (ahead && d < a.d) k = 1;
    }
    const { y, m: mo } = addMonths(a.y, a.m, k);
    value = isValidDay(y, mo, d) ? dayValue({ y, m: mo, d }) : null;
  }
  report(s, { first: i - 1, end, type: 'DATE', value, rank: 2, isDay: value !== null, by: 'month-days' });
}
