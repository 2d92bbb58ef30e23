import { describe, expect, it } from 'vitest';
import { writesDayAtTop } from '../../bench/suites/publication.js';

describe('bench publication: the CSV day written at the top of a page', () => {
  it('finds the day in the forms pages print', () => {
    expect(writesDayAtTop('Published July 5 2015 Airstrikes hit the port.', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('Sat 04 Jul 2015 at 1130 Regional - A blast…', '2015-07-04')).toBe(true);
    expect(writesDayAtTop('Last updated at Jul 052015 PORT TOWN Rain…', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('05.07.2015 Rain fell.', '2015-07-05')).toBe(true);
    expect(writesDayAtTop('7/5/2015 Rain fell.', '2015-07-05')).toBe(true);
  });

  it('does not take another day, or a day far below the top', () => {
    expect(writesDayAtTop('Published July 15 2015 Rain fell.', '2015-07-05')).toBe(false);
    expect(writesDayAtTop(`${'Rain fell all week. '.repeat(20)}5 July 2015`, '2015-07-05')).toBe(false);
    expect(writesDayAtTop('5 July 2015', 'July 5')).toBe(false);
  });
});
