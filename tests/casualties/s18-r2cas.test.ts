import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { CasualtyFigure } from '../../src/types.js';

/** Sentences of our own (issue 14); none is from a data set. */
const run = (text: string) => extract(text, { publishedAt: '2026-03-12' });
const figures = (text: string): CasualtyFigure[] => run(text).casualties;

/** Text, outcome, min and the text of the whole it is a part of. */
function parts(text: string): [string, string, number | null, string | null][] {
  return figures(text).map((f) => [
    f.text,
    f.outcome,
    f.count.min,
    f.partOf === null ? null : text.slice(f.partOf.start, f.partOf.end),
  ]);
}

describe('casualties: a part of a counted whole, "N of the M <outcome noun>" (issue 14)', () => {
  it('reads the dead of counted hostages as a part of them', () => {
    expect(parts('Three of the five hostages died.')).toEqual([
      ['Three of the five hostages', 'killed', 3, 'five hostages'],
      ['five hostages', 'abducted', 5, null],
    ]);
    expect(parts('Gunmen stormed the lodge, and two of the nine hostages were later killed.')).toEqual([
      ['two of the nine hostages', 'killed', 2, 'nine hostages'],
      ['nine hostages', 'abducted', 9, null],
    ]);
    expect(parts('Rebels seized a convoy; four of the 11 hostages were executed on Friday.')).toEqual([
      ['four of the 11 hostages', 'killed', 4, '11 hostages'],
      ['11 hostages', 'abducted', 11, null],
    ]);
  });

  it('reads the dead of a counted group of wounded as a part of it, the whole with its noun', () => {
    expect(parts('Two of the 30 injured later died in hospital.')).toEqual([
      ['Two of the 30 injured', 'killed', 2, '30 injured'],
      ['30 injured', 'injured', 30, null],
    ]);
    expect(parts('Doctors said six of the 40 wounded had since died.')).toEqual([
      ['six of the 40 wounded', 'killed', 6, '40 wounded'],
      ['40 wounded', 'injured', 40, null],
    ]);
  });

  it('keeps the whole outcome for a part that is not said to have died', () => {
    expect(parts('Medics said two of the 15 wounded were in critical condition.')).toEqual([
      ['two of the 15 wounded', 'injured', 2, '15 wounded'],
      ['15 wounded', 'injured', 15, null],
    ]);
    expect(parts('Three of the eight dead were women, the army said.')).toEqual([
      ['Three of the eight dead', 'killed', 3, 'eight dead'],
      ['eight dead', 'killed', 8, null],
    ]);
    // A negated death is none: the part stays wounded.
    expect(parts('Four of the 12 wounded have not died.').map((p) => p[1])).toEqual(['injured', 'injured']);
  });

  it('makes no part where there is no counted whole of an outcome, or the part is no smaller', () => {
    expect(figures('Three of the five hostages were released.')).toEqual([]);
    expect(figures('Two of the four students passed the exam.')).toEqual([]);
    // "all nine of the nine": no subset, no part link.
    expect(figures('Nine of the nine hostages died.').every((f) => f.partOf === null)).toBe(true);
    // A vague whole is not counted here: no part of "dozens".
    expect(figures('Two of the dozens injured later died.').every((f) => f.partOf === null)).toBe(true);
  });
});

describe('casualties: a description that refers back to the one body named before (issue 14)', () => {
  const sourceOf = (text: string): [string | null, string | null] => {
    const [f] = figures(text);
    return [f?.source?.name ?? null, f?.source?.kind ?? null];
  };

  it('links "the monitoring group", "the Britain-based monitor", "the rights group" to the body named earlier', () => {
    expect(
      sourceOf(
        'The Syrian Observatory for Human Rights said shelling hit the town on Monday. The monitoring group said 12 people were killed.',
      ),
    ).toEqual(['Syrian Observatory for Human Rights', 'organisation']);
    expect(
      sourceOf(
        'The Syrian Observatory for Human Rights reported clashes near the airport. The Britain-based monitor said 14 fighters were killed.',
      ),
    ).toEqual(['Syrian Observatory for Human Rights', 'organisation']);
    expect(
      sourceOf('Amnesty International criticised the raid. The rights group said nine civilians were wounded there.'),
    ).toEqual(['Amnesty International', 'organisation']);
  });

  it('links "the ministry" and "the agency" to the one ministry or agency named before', () => {
    expect(
      sourceOf('The Health Ministry issued a statement on Tuesday. The ministry said 30 people were killed in the strikes.'),
    ).toEqual(['Health Ministry', 'organisation']);
    expect(sourceOf('SANA reported the attack. The agency said four people were wounded.')[0]).toBe('SANA');
  });

  it('keeps the description when two bodies of that kind were named, or none', () => {
    expect(
      sourceOf('The Interior Ministry and the Defence Ministry met on Sunday. The ministry said eight soldiers died.'),
    ).toEqual(['ministry', 'description']);
    expect(sourceOf('The monitor said 15 people were killed in the town.')).toEqual(['monitor', 'description']);
  });
});

describe('casualties: the source of a count report is the one body its description refers back to (issue 14)', () => {
  const sources = (text: string): (string | null)[] => figures(text).map((f) => f.source?.name ?? null);

  it('links a report verb\'s description subject to the body of its kind named before', () => {
    expect(
      sources(
        'Air raids killed nine civilians on Sunday, the Syrian Observatory for Human Rights said. The monitoring group updated its earlier death toll of 6 for the raid.',
      ),
    ).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
    expect(sources('The Health Ministry met donors on Monday. The ministry put the toll at 30 dead.')).toEqual([
      'Health Ministry',
    ]);
    expect(sources('Human Rights Watch and the Free Syrian Army met. The rights group later put the toll at 12 dead.')).toEqual(
      ['Human Rights Watch'],
    );
    expect(
      sources('The Syrian Observatory for Human Rights opened an office. The Britain-based monitor counted 17 dead.'),
    ).toEqual(['Syrian Observatory for Human Rights']);
  });

  it('keeps the description when two bodies fit, none does, or it is no definite second reference', () => {
    expect(
      sources('The Interior Ministry and the Defence Ministry met on Sunday. The ministry put the toll at 8 dead.'),
    ).toEqual(['ministry']);
    expect(sources('The Free Syrian Army and Jaish al-Islam met. The rebel group put the toll at 12 dead.')).toEqual([
      'rebel group',
    ]);
    expect(sources('Rescuers arrived on Monday. The ministry put the toll at 14 dead.')).toEqual(['ministry']);
    expect(sources('The Health Ministry met on Monday. A ministry official put the toll at 30 dead.')).toEqual([
      'ministry official',
    ]);
  });
});

describe('sources: a headline\'s closing source noun is the one body of its kind the article names (issue 14)', () => {
  const headlineSource = (text: string) => {
    const r = run(text);
    return [r.casualties[0]?.source?.name ?? null, r.quotes[0]?.speaker?.name ?? null];
  };

  it('takes the Observatory, the ministry, the agency named in the article', () => {
    expect(
      headlineSource(
        'Air strike kills 14 civilians in Idlib - monitor\n\nAn air strike killed 14 civilians in Idlib on Sunday, a monitor said. The Syrian Observatory for Human Rights said five children were among the dead.',
      ),
    ).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
    expect(
      headlineSource(
        'Rockets kill six in Aleppo suburb - ministry\n\nRockets killed six people in an Aleppo suburb on Monday. The Health Ministry gave no further details.',
      ),
    ).toEqual(['Health Ministry', 'Health Ministry']);
  });

  it('keeps the headline description when the article names two bodies of its kind, or none', () => {
    expect(
      headlineSource(
        'Shelling kills 9 in Homs - monitor\n\nShelling killed nine people in Homs on Sunday. The Observatory for Peace and the Levant Monitoring Centre gave the toll.',
      )[0],
    ).toBe('monitor');
    expect(
      headlineSource('Blast kills 20 in market - ministry\n\nA blast killed 20 people in the market, officials said.')[0],
    ).toBe('ministry');
  });
});
