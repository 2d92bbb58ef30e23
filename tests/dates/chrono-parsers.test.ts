import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { parserKind } from '../../src/temporal/parsers/chrono.js';

describe("chrono's parsers, classified by what they read", () => {
  it('finds the same relative, month-name and clock parsers as their class names say (names minifiers rename)', () => {
    const byName = new Map<string, string>();
    for (const p of chrono.configuration.createCasualConfiguration(false).parsers)
      byName.set(p.constructor.name, parserKind(p));
    expect(Object.fromEntries(byName)).toEqual({
      ENYearMonthDayParser: 'other',
      ISOFormatParser: 'other',
      SlashDateFormatParser: 'other',
      ENSlashMonthFormatParser: 'other',
      ENTimeUnitWithinFormatParser: 'relative',
      ENWeekdayParser: 'relative',
      ENTimeUnitAgoFormatParser: 'relative',
      ENTimeUnitLaterFormatParser: 'relative',
      ENCasualDateParser: 'relative',
      ENCasualTimeParser: 'relative',
      ENEndOfCurrentMonthParser: 'relative',
      ENRelativeDateFormatParser: 'relative',
      ENTimeUnitCasualRelativeFormatParser: 'relative',
      ENMonthNameLittleEndianParser: 'month',
      ENMonthNameMiddleEndianParser: 'month',
      ENYearMonthNameParser: 'month',
      ENMonthNameParser: 'month',
      ENTimeExpressionParser: 'clock',
    });
  });
});
