import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a quote joined to an attribution by a conjunction', () => {
  it('gives "…, she said, but “…”" the same speaker', () => {
    expect(
      brief('Ines Lund visited the port. Troops were moving north, she said, but "nobody knows how long the truce will hold."'),
    ).toEqual([
      ['indirect', 'Troops were moving north', 'Ines Lund'],
      ['direct', 'nobody knows how long the truce will hold.', 'Ines Lund'],
    ]);
  });

  it('reads upper-case copy and "and" alike', () => {
    expect(brief('TROOPS WERE MOVING NORTH, OLAV RUD SAID, AND "NOBODY KNOWS WHEN THEY WILL STOP."')).toEqual([
      ['indirect', 'TROOPS WERE MOVING NORTH', 'OLAV RUD'],
      ['direct', 'NOBODY KNOWS WHEN THEY WILL STOP.', 'OLAV RUD'],
    ]);
  });

  it('takes no scare quote in a clause of its own after the conjunction', () => {
    expect(brief('The ferry left late, Olav Rud said, but a "strange calm" followed.')).toEqual([
      ['indirect', 'The ferry left late', 'Olav Rud'],
    ]);
  });
});
