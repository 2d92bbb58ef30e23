/**
 * Publication-date accuracy on the FA-KES dev set: `parse()` is given each
 * article without a date, and the date it infers from the page is compared
 * with the CSV's `date` column.
 *
 * About two thirds of FA-KES articles open with their own date (`28 July 2015 …`,
 * `Published November 17 2017 …`). The CSV's date is not always the one the page
 * prints (a page stamped `Tuesday 23 Sep 2014` is dated 2014-10-10 in the CSV),
 * so the figures are split by whether the CSV's day is written at the top of the
 * page: a wrong day there is the rule's error; a wrong day elsewhere is the page
 * disagreeing with the CSV.
 */
import { parse } from '../../src/document/parse.js';
import { readFakes } from '../data/fakes.js';
import { pct } from '../format.js';
import type { Suite } from '../types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** How much of an article counts as its top. */
const TOP = 300;

/**
 * Whether the day `iso` (`YYYY-MM-DD`) is written in the first 300 characters
 * of `text`, in any of the ways pages write a date (`7 July 2015`, `July 7 2015`,
 * `Jul 072015`, `07.07.2015`, `7/7/2015`, `2015-07-07`). The oracle of "states its
 * date at the top", independent of the rule under test.
 *
 * @example
 * ```ts
 * writesDayAtTop('Published July 5 2015 Airstrikes hit Raqqa.', '2015-07-05'); // true
 * writesDayAtTop('Airstrikes hit Raqqa on 5 July 2015.', '2015-07-06'); // false
 * ```
 */
export function writesDayAtTop(text: string, iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  const top = text.slice(0, TOP).toLowerCase();
  const mon = MONTHS[mo - 1]!;
  const dd = `0?${d}`;
  const mm = `0?${mo}`;
  return [
    `(?<!\\d)${dd}(?:st|nd|rd|th)? ${mon}[a-z]{0,6}\\.?,? ${y}`,
    `${mon}[a-z]{0,6}\\.? ${dd}(?:st|nd|rd|th)?,? ?${y}`,
    `(?<!\\d)${dd}[./-]${mm}[./-]${y}`,
    `(?<!\\d)${mm}[./-]${dd}[./-]${y}`,
    `${y}-0?${mo}-0?${d}(?!\\d)`,
  ].some((re) => new RegExp(re).test(top));
}

interface Tally {
  articles: number;
  inferred: number;
  stating: number;
  rightStating: number;
  wrong: number;
  wrongStating: number;
}

const empty = (): Tally => ({ articles: 0, inferred: 0, stating: 0, rightStating: 0, wrong: 0, wrongStating: 0 });

/** FA-KES dev: share with a publication date inferred, right day where the page states the CSV's, wrong day overall. */
export const publicationSuite: Suite = {
  id: 'publication',
  task: 'dates',
  description: 'FA-KES dev (402 articles): publication date inferred from the page, against the CSV date column',
  run(ctx) {
    const articles = readFakes(ctx.dataDir);
    if (articles === null) return { tables: [], metrics: {}, skipped: 'no fa-kes/fa-kes-dev.csv in the data folder' };
    const all = empty();
    const byOutlet = new Map<string, Tally>();
    const sources = new Map<string, number>();
    for (const a of articles) {
      const t = byOutlet.get(a.source) ?? empty();
      byOutlet.set(a.source, t);
      const p = parse(a.text).publication;
      const day = p.value === null ? null : (/^\d{4}-\d{2}-\d{2}/.exec(p.value)?.[0] ?? null);
      const stating = a.publishedAt !== null && writesDayAtTop(a.content, a.publishedAt);
      sources.set(p.source, (sources.get(p.source) ?? 0) + 1);
      for (const x of [all, t]) {
        x.articles++;
        if (day !== null) x.inferred++;
        if (stating) x.stating++;
        if (stating && day === a.publishedAt) x.rightStating++;
        if (day !== null && day !== a.publishedAt) {
          x.wrong++;
          if (stating) x.wrongStating++;
        }
      }
    }
    const row = (label: string, t: Tally): (string | number)[] => [
      label,
      t.articles,
      pct(t.inferred / t.articles),
      t.stating,
      t.stating === 0 ? '–' : pct(t.rightStating / t.stating),
      pct(t.wrong / t.articles),
      t.wrongStating,
      t.wrong - t.wrongStating,
    ];
    const rows = [...byOutlet.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, t]) => row(k, t));
    rows.push(row('all', all));
    const metrics = {
      inferredShare: all.inferred / all.articles,
      rightAmongStating: all.stating === 0 ? 0 : all.rightStating / all.stating,
      wrongOverAll: all.wrong / all.articles,
      wrongWhereCsvDayAtTop: all.wrongStating / all.articles,
      stating: all.stating,
    };
    return {
      tables: [
        {
          title: `FA-KES dev: ${all.articles} articles, publication date inferred by parse() without publishedAt`,
          columns: [
            'outlet',
            'articles',
            '% with a day',
            'CSV day at top',
            '% right there',
            '% wrong vs CSV',
            'wrong, CSV day at top',
            'wrong, page prints another day',
          ],
          rows,
          notes: [
            `"CSV day at top": the CSV's date is written in the first ${TOP} characters of the article (any common form);`,
            '"% right there": the inferred day equals the CSV date among those (target ≥ 95 %).',
            '"% wrong vs CSV": an inferred day that is not the CSV date, over all articles (target < 2 %);',
            'split into those whose top writes the CSV day (the rule erred) and those whose page prints another day than the CSV.',
            `Sources: ${[...sources.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}.`,
          ],
        },
      ],
      metrics,
      summary: [
        `publication date inferred for ${pct(metrics.inferredShare)} % of FA-KES dev; right day for ${pct(metrics.rightAmongStating)} % of the ${all.stating} that write the CSV date at the top; wrong vs the CSV for ${pct(metrics.wrongOverAll)} % (${all.wrongStating} where the top writes the CSV day, ${all.wrong - all.wrongStating} where the page prints another day)`,
      ],
    };
  },
};
