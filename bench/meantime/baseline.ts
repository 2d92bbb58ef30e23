/**
 * The baseline: raw chrono-node over the whole text, with the document
 * creation time as its reference, each result mapped to a TIMEX3 as fairly as
 * chrono's output allows (the finest component chrono is certain of sets the
 * granularity; implied components fill the coarser ones).
 */
import * as chrono from 'chrono-node';
import type { Timex } from './tempeval.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** chrono's reading of one document as TIMEX3. */
export function chronoBaseline(text: string, dct: string | null): Timex[] {
  const m = dct === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  const ref = m === null ? undefined : { instant: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)), timezone: 0 };
  const out: Timex[] = [];
  for (const r of chrono.parse(text, ref ?? { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
    const c = r.start;
    const get = (k: chrono.Component): number => c.get(k) ?? 0;
    const ymd = `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
    let type = 'DATE';
    let value: string;
    if (r.tags().has('casualReference/now')) value = 'PRESENT_REF';
    else if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${ymd}T${pad(get('hour'))}:${pad(get('minute'))}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = ymd;
    else if (c.isCertain('month')) value = ymd.slice(0, 7);
    else value = ymd.slice(0, 4);
    out.push({ start: r.index, end: r.index + r.text.length, type, value });
  }
  return out;
}
