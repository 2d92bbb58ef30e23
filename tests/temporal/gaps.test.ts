import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { temporalExpressions } from '../../src/temporal/index.js';

/** [text, type, value] of every temporal expression. All sentences here were written for these tests. */
const read = (text: string, publishedAt: string) => {
  const doc = parse(text, { publishedAt });
  return temporalExpressions(doc).map((e) => [doc.norm.slice(e.start, e.end), e.type, e.value]);
};
/** The [type, value] of the first expression whose text is `phrase`. */
const found = (text: string, phrase: string, publishedAt: string) => {
  const e = read(text, publishedAt).find(([t]) => t === phrase);
  return e === undefined ? undefined : [e[1], e[2]];
};

// A Monday in March.
const MON = '2021-03-15';

describe('temporal: months with a modifier', () => {
  it('reads `last May` and `mid-September`/`early March` as months placed by tense', () => {
    expect(found('The depot burned last May.', 'last May', MON)).toEqual(['DATE', '2020-05']);
    expect(found('Talks stalled in mid-September.', 'mid-September', MON)).toEqual(['DATE', '2020-09']);
    expect(found('The wells dried up in early March.', 'early March', MON)).toEqual(['DATE', '2021-03']);
  });
});

describe('temporal: the past and the future', () => {
  it('puts `by Friday` back in a past-tense sentence and forward in a future one', () => {
    expect(found('Engineers had cleared the rubble by Friday.', 'Friday', MON)).toEqual(['DATE', '2021-03-12']);
    expect(found('Engineers will clear the rubble by Friday.', 'Friday', MON)).toEqual(['DATE', '2021-03-19']);
  });

  it('puts `By Friday` back when the past-tense verb comes far after it', () => {
    const text = 'By Friday nearly all of the farms flooded by the river in the first storm had been drained.';
    expect(found(text, 'Friday', MON)).toEqual(['DATE', '2021-03-12']);
    expect(found('By Friday the council will have drained the farms.', 'Friday', MON)).toEqual(['DATE', '2021-03-19']);
  });

  it('does not let `would` push the date after `since` forward', () => {
    const text = 'Thursday would mark a year since the March 18 landslide.';
    expect(found(text, 'March 18', MON)).toEqual(['DATE', '2020-03-18']);
  });
});

describe('temporal: weekdays and seasons of every week or year', () => {
  it('reads `every Friday` and `each Tuesday morning` as sets, not the last such day', () => {
    expect(found('Lorries are weighed every Friday.', 'every Friday', MON)).toEqual(['SET', 'XXXX-WXX-5']);
    expect(found('The clinic opens each Tuesday morning.', 'each Tuesday morning', MON)).toEqual([
      'SET',
      'XXXX-WXX-2TMO',
    ]);
    // Without the quantifier the weekday is still a day.
    expect(found('Lorries were weighed on Friday.', 'Friday', MON)).toEqual(['DATE', '2021-03-12']);
  });

  it('reads `each season` as a set of no stated period', () => {
    expect(found('The orchard is pruned each season.', 'each season', MON)).toEqual(['SET', null]);
    expect(found('The ferry runs every winter.', 'every winter', MON)).toEqual(['SET', 'XXXX-WI']);
  });
});

describe('temporal: the night before', () => {
  it('reads `overnight` and `during the night` as the night before publication', () => {
    expect(found('Gales tore roofs off two schools overnight, officials said.', 'overnight', MON)).toEqual([
      'TIME',
      '2021-03-14TNI',
    ]);
    expect(found('Looters broke in during the night.', 'the night', MON)).toEqual(['TIME', '2021-03-14TNI']);
  });

  it('reads the night of an event told with it (`the overnight shelling`, `overnight killing four`)', () => {
    expect(found('Gunmen raided a farm overnight killing four.', 'overnight', MON)).toEqual(['TIME', '2021-03-14TNI']);
    expect(found('The overnight shelling hit a bakery.', 'overnight', MON)).toEqual(['TIME', '2021-03-14TNI']);
  });

  it('reads the night of an attack even after `an` (`an overnight airstrike`, `overnight air strikes`)', () => {
    expect(found('An overnight raid on the depot killed two guards.', 'overnight', MON)).toEqual([
      'TIME',
      '2021-03-14TNI',
    ]);
    expect(found('Overnight air strikes hit the port.', 'Overnight', MON)).toEqual(['TIME', '2021-03-14TNI']);
    // Not an attack: a kind of thing.
    expect(found('An overnight ferry docked.', 'overnight', MON)).toBeUndefined();
  });

  it('reads it as the coming night in a clause that points forward', () => {
    expect(found('Crews will keep pumping overnight.', 'overnight', MON)).toEqual(['TIME', '2021-03-15TNI']);
  });

  it('leaves `overnight` before a noun and `the night of …`', () => {
    expect(read('An overnight curfew was lifted.', MON)).toEqual([]);
    expect(found('Police imposed overnight closures.', 'overnight', MON)).toBeUndefined();
    expect(found('Sirens sounded during the night of the storm.', 'the night', MON)).toBeUndefined();
  });
});

describe('temporal: dates and times as pages print them', () => {
  it('keeps a weekday with the date it falls on, as one mention', () => {
    expect(read('Reuters Tuesday 9 Mar 2021 Snow closed the pass.', MON)).toEqual([
      ['Tuesday 9 Mar 2021', 'DATE', '2021-03-09'],
    ]);
    expect(found('Posted Monday, 8 March 2021 07:45 Snow fell.', 'Monday, 8 March 2021 07:45', MON)).toEqual([
      'TIME',
      '2021-03-08T07:45',
    ]);
    // A weekday the date does not fall on stays apart.
    expect(read('Talks on Friday 4 March 2021 failed.', MON).map(([t]) => t)).toEqual(['Friday', '4 March 2021']);
  });

  it('reads a day and a year run together after a month (`Oct 072020`)', () => {
    expect(found('Valley Post | Last updated at Oct 072020 RIVERSIDE The levee held.', 'Oct 072020', MON)).toEqual([
      'DATE',
      '2020-10-07',
    ]);
    // Not a day and a year: no date.
    expect(read('Order Mar 5551234 was lost.', MON)).toEqual([]);
  });

  it('reads `the end of August` as the month, and `the last day of August` as a day', () => {
    expect(found('The rebels withdrew at the end of August.', 'the end of August', MON)).toEqual(['DATE', '2020-08']);
    expect(found('The lease ran out on the last day of August.', 'last day of August', MON)).toEqual([
      'DATE',
      '2020-08-31',
    ]);
  });

  it('reads dotted and dashed numeric dates day-first, as the page stamp is read', () => {
    expect(found('Ferry Strike Ends 04.03.2021 Crews returned to work.', '04.03.2021', MON)).toEqual([
      'DATE',
      '2021-03-04',
    ]);
    expect(found('Dam Repaired 02-03-2021 The dam reopened.', '02-03-2021', MON)).toEqual(['DATE', '2021-03-02']);
    // Written with slashes, the document's order decides (here the 03/14 date makes it month-first).
    expect(found('Filed 03/14/2021. Dam Repaired 03/02/2021.', '03/02/2021', MON)).toEqual(['DATE', '2021-03-02']);
  });

  it('gives `at 1130` beside a date that time of the day', () => {
    expect(found('Shelling stopped on 9 March at 1130.', '9 March at 1130', MON)).toEqual(['TIME', '2021-03-09T11:30']);
  });

  it('reads a marathon time as elapsed time and a weekday without its apostrophe as that day', () => {
    expect(found('He finished the relay in 1:58:07 on Sunday.', '1:58:07', MON)).toEqual(['DURATION', 'PT1H58M7S']);
    expect(found('Saturdays blizzard closed the pass.', 'Saturdays', MON)).toEqual(['DATE', '2021-03-13']);
  });

  it('gives the second day of `May 3 and 4 2020` the month and year of both', () => {
    expect(read('Storms hit the coast on May 3 and 4 2020.', MON)).toEqual([
      ['May 3', 'DATE', '2020-05-03'],
      ['4 2020', 'DATE', '2020-05-04'],
    ]);
    // A year after a count is not a day.
    expect(read('Storms hit on May 3, and in 2020 the river rose.', MON).map(([t]) => t)).toEqual(['May 3', '2020']);
  });

  it('reads a year of three digits after `in` at the end of its clause, not a ratio or a rank', () => {
    expect(read('The mosque was founded in 711. The caliph died in 740 and his son ruled.', MON)).toEqual([
      ['711', 'DATE', '0711'],
      ['740', 'DATE', '0740'],
    ]);
    expect(read('The risk is one in 200, doctors said. He ranked first in 250.', MON)).toEqual([]);
    expect(read('Troops were killed in 300 attacks.', MON)).toEqual([]);
    // Three characters that are not three digits: a decade.
    expect(read('Vans of the 60s and 70s rusted.', MON)).toEqual([
      ['60s', 'DATE', '196'],
      ['70s', 'DATE', '197'],
    ]);
  });

  it('writes the 20th century as `19` and keeps vague durations numberless', () => {
    expect(found('The mill is a relic of the 20th century.', 'the 20th century', MON)).toEqual(['DATE', '19']);
    expect(found('The valley was cut off for days.', 'days', MON)).toEqual(['DURATION', 'PXD']);
    expect(found('Minutes later the siren stopped.', 'Minutes', MON)).toEqual(['DURATION', 'PTXM']);
  });

  it('anchors `Sunday night` of a story set in an earlier year to that story', () => {
    const text = 'On 4 June 2009 floods reached the town. By Sunday night the bridge was gone.';
    expect(found(text, 'Sunday night', MON)).toEqual(['TIME', '2009-06-07TNI']);
  });
});
