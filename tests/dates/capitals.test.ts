import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { readDatelineDate } from '../../src/document/publication.js';
import { extractDates, parse } from '../../src/index.js';

/** `[text, type, value]` of every date of `text`, published on 14 Feb 1991. */
const dates = (text: string): [string, string, string | null][] =>
  extractDates(parse(text, { publishedAt: '1991-02-14' })).map((d) => [d.text, d.type, d.value]);

/** The same sentence in mixed case and in capitals must read the same dates (texts aside). */
const both = (mixed: string): [[string, string | null][], [string, string | null][]] => {
  const pick = (rows: [string, string, string | null][]): [string, string | null][] => rows.map(([, t, v]) => [t, v]);
  return [pick(dates(mixed)), pick(dates(mixed.toUpperCase()))];
};

describe('dates in text written in capitals (wire copy)', () => {
  it('reads a day before its month and after it, with and without a year', () => {
    expect(dates('THE MILITIA SHELLED THE PORT ON 9 OCTOBER 1990, A CUSTOMS OFFICER SAID.')).toEqual([
      ['9 OCTOBER 1990', 'DATE', '1990-10-09'],
    ]);
    expect(dates('THE MILITIA SHELLED THE PORT ON 9 MARCH, A CUSTOMS OFFICER SAID.')).toEqual([
      ['9 MARCH', 'DATE', '1990-03-09'],
    ]);
    expect(dates('THE MILITIA SHELLED THE PORT ON MARCH 9, A CUSTOMS OFFICER SAID.')).toEqual([
      ['MARCH 9', 'DATE', '1990-03-09'],
    ]);
    expect(dates('A FERRY SANK ON 3 MAY, THE HARBOUR MASTER SAID.')).toEqual([['3 MAY', 'DATE', '1990-05-03']]);
  });

  it('reads the same dates as mixed case', () => {
    for (const s of [
      'The militia shelled the port on 9 March 1990, a customs officer said.',
      'The militia shelled the port last March and again on Tuesday, officers said.',
      'Two sailors drowned early today and a third yesterday, the coastguard said.',
      'The ferry left on Monday at 2130 and sank in early January, the coastguard said.',
    ]) {
      const [mixed, upper] = both(s);
      expect(upper).toEqual(mixed);
      expect(mixed.length).toBeGreaterThan(0);
    }
  });

  it('keeps MAY and MARCH as words where they are not months', () => {
    expect(dates('THE FISHERMEN MAY MARCH TO THE CAPITAL, THEIR UNION SAID.')).toEqual([]);
    expect(dates('THIS MAY BE THE LAST FERRY, THE CAPTAIN SAID.')).toEqual([]);
  });

  it('gives back the capitals of weekdays and of months where they name one', () => {
    expect(trueCase('THE FERRY LEFT ON TUESDAY, 22 MARCH, NOT IN MID-MAY. THEY MAY MARCH.')).toBe(
      'The ferry left on Tuesday, 22 March, not in mid-May. They may march.',
    );
  });
});

describe('wire forms of days and weeks, in either case', () => {
  it('reads `THE 2D WEEK OF DECEMBER`, `ON THE 3D`, `EARLY THIS MORNING` and `LAST NIGHT` under a dateline', () => {
    const wire =
      'PUERTO CABEZAS, 14 FEB 91 (EFE) -- [TEXT] FISHERMEN SAW TWO BOATS LAST NIGHT AND EARLY THIS MORNING THE NAVY ' +
      'SEIZED THEM. ON THE 3D THE CREWS HAD LEFT PORT. THE TRIAL WILL OPEN IN THE 2D WEEK OF DECEMBER.';
    const found = extractDates(parse(wire)).map((d) => [d.text, d.type, d.value]);
    expect(found).toEqual([
      ['14 FEB 91', 'DATE', '1991-02-14'],
      ['LAST NIGHT', 'TIME', '1991-02-13TNI'],
      ['EARLY THIS MORNING', 'TIME', '1991-02-14TMO'],
      ['THE 3D', 'DATE', '1991-02-03'],
      // December 1991 opens on a Sunday: its second full week starts on Monday the 9th.
      ['THE 2D WEEK OF DECEMBER', 'DATE', '1991-W50'],
    ]);
    for (const s of [
      'The crews had left port on the 22d, the navy said.',
      'The trial will open in the 2d week of December, a judge said.',
      'Fishermen saw two boats late last night and the navy seized them early this morning.',
      'The 1st of March raid and the one at the beginning of March sank two boats, the navy said.',
    ]) {
      const [mixed, upper] = both(s);
      expect(upper).toEqual(mixed);
      expect(mixed.length).toBeGreaterThan(0);
    }
    expect(dates('The crews had left port on the 22d, the navy said.')).toEqual([['the 22d', 'DATE', '1991-01-22']]);
    // A 3D printer is no day.
    expect(dates('The lab bought the 3D printer on Monday.')).toEqual([['Monday', 'DATE', '1991-02-11']]);
  });
});

describe('a year opening its clause', () => {
  it('reads `In 2013 rebels took …` as the year, not a count of rebels, in either case', () => {
    expect(dates('In 2009 smugglers took over the old quarry, the mayor said.')).toEqual([['2009', 'DATE', '2009']]);
    expect(dates('IN 2009 SMUGGLERS TOOK OVER THE OLD QUARRY, THE MAYOR SAID.')).toEqual([['2009', 'DATE', '2009']]);
  });

  it('still reads a count after a verb or a preposition that does not open the clause', () => {
    expect(dates('The port hired 2000 dockers last spring.')).toEqual([['last spring', 'DATE', '1990-SP']]);
    expect(dates('Of 2000 dockers hired, 40 left.')).toEqual([]);
  });
});

describe('the dateline of wire copy in capitals', () => {
  it('gives the publication date, with a two-digit year and the source in brackets', () => {
    const doc = parse(
      'PORT CAMERON, 14 FEB 91 (COASTAL RADIO) -- [TEXT] TWO SAILORS DROWNED YESTERDAY WHEN THEIR BOAT CAPSIZED.',
    );
    expect(doc.publication.value).toBe('1991-02-14');
    expect(doc.publication.source).toBe('dateline');
    expect(extractDates(doc).map((d) => [d.text, d.value])).toEqual([
      ['14 FEB 91', '1991-02-14'],
      ['YESTERDAY', '1991-02-13'],
    ]);
  });

  it('reads the dateline of a first paragraph too short to be prose', () => {
    const doc = parse(
      'PORT CAMERON, 14 FEB 91 (COASTAL RADIO) -- [BULLETIN] [HARBOUR OFFICE] [TEXT] THE HARBOUR OFFICE STATES:\n\n' +
        '1. TWO SAILORS DROWNED YESTERDAY WHEN THEIR BOAT CAPSIZED NEAR THE OUTER MOLE OF THE HARBOUR.\n',
    );
    expect(doc.publication.value).toBe('1991-02-14');
    expect(extractDates(doc).find((d) => d.text === 'YESTERDAY')?.value).toBe('1991-02-13');
  });

  it('reads two-digit years around the turn of the century', () => {
    expect(readDatelineDate('Port Cameron, 14 Feb 91 --', 0)?.value).toBe('1991-02-14');
    expect(readDatelineDate('Port Cameron, 14 Feb 03 --', 0)?.value).toBe('2003-02-14');
  });
});

describe('days that share their month', () => {
  it('reads both days of `on 5 and 6 December` and `on 21 or 22 May`, in either case', () => {
    for (const text of [
      'The dockers struck on 4 and 5 October, the port said.',
      'THE DOCKERS STRUCK ON 4 AND 5 OCTOBER, THE PORT SAID.',
    ])
      expect(dates(text).map(([, , v]) => v)).toEqual(['1990-10-04', '1990-10-05']);
    expect(dates('The vote may fall on 27 or 28 April, an aide said.').map(([t, , v]) => [t, v])).toEqual([
      ['27', '1991-04-27'],
      ['28 April', '1991-04-28'],
    ]);
  });

  it('reads the second day of `October 4 and 5,`, not a count after it', () => {
    expect(dates('The dockers struck on October 4 and 5, the port said.').map(([t, , v]) => [t, v])).toEqual([
      ['October 4', '1990-10-04'],
      ['5', '1990-10-05'],
    ]);
    expect(dates('The dockers struck on October 4 and 5 ships were stranded.').map(([t]) => t)).toEqual(['October 4']);
  });
});

describe('a clock time beside a day without a publication date', () => {
  it('takes the day even when its year is unknown', () => {
    const read = (text: string): [string, string | null][] => extractDates(parse(text)).map((d) => [d.type, d.value]);
    expect(read('The ferry left on 9 October at 1030, the coastguard said.')).toEqual([['TIME', 'XXXX-10-09T10:30']]);
    expect(read('THE FERRY LEFT AT 1030 ON MONDAY, THE COASTGUARD SAID.')).toEqual([['TIME', 'XXXX-WXX-1T10:30']]);
  });
});

describe('a count after a day and month', () => {
  it('is no two-digit year: `on 23 September 28 bodies were found`', () => {
    for (const text of [
      'Divers said that on 3 June 14 bodies were found near the wreck.',
      'DIVERS SAID THAT ON 3 JUNE 14 BODIES WERE FOUND NEAR THE WRECK.',
    ])
      expect(dates(text).map(([t, , v]) => [t.toLowerCase(), v])).toEqual([['3 june', '1990-06-03']]);
  });
});

describe('a range of four-digit clock times', () => {
  it('reads `FROM 1710 TO 2250` as two times of the day named, not the year 1710', () => {
    for (const text of [
      'On 8 July, from 1815 to 2340, the ferry was held at the pier.',
      'ON 8 JULY, FROM 1815 TO 2340, THE FERRY WAS HELD AT THE PIER.',
    ])
      expect(dates(text).map(([, t, v]) => [t, v])).toEqual([
        ['DATE', '1990-07-08'],
        ['TIME', '1990-07-08T18:15'],
        ['TIME', '1990-07-08T23:40'],
      ]);
  });

  it('keeps a range of years', () => {
    expect(dates('From 1815 to 1840 the pier was rebuilt.').map(([t, , v]) => [t, v])).toEqual([
      ['1815', '1815'],
      ['1840', '1840'],
    ]);
  });
});
