import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

describe('speaker names and roles (issue 12)', () => {
  it('keeps a spokesman’s whole name after his role, known given name or not', () => {
    const [q] = quotes('Port spokesman Akuba Jean Marc Dossou said the ship had left on time.');
    expect(q!.speaker?.name).toBe('Akuba Jean Marc Dossou');
    expect(q!.speaker?.role).toBe('Port spokesman');
  });

  it('reads a body’s name across an ampersand', () => {
    expect(brief('Freight traffic doubled last year, according to the Harbour Safety & Cargo Data Bureau.')).toEqual([
      ['indirect', 'Freight traffic doubled last year', 'Harbour Safety & Cargo Data Bureau'],
    ]);
  });
});

describe('who speaks in a relative clause or a comma-less apposition (issue 12)', () => {
  it('takes the person a locative place hangs on, never the place', () => {
    expect(
      brief(
        'Officials spoke to a journalist for a local radio station in the district who said the market had burned.',
      ),
    ).toEqual([['indirect', 'the market had burned', 'journalist for a local radio station in the district']]);
    expect(brief('Officials spoke to a reporter from Ostrava who said the bridge fell.')).toEqual([
      ['indirect', 'the bridge fell', 'reporter from Ostrava'],
    ]);
  });

  it('gives a body’s name opening the clause before an apposition whose commas were lost', () => {
    expect(brief('The Coastal Monitoring Bureau a regional watchdog has said the water was polluted.')).toEqual([
      ['indirect', 'the water was polluted', 'Coastal Monitoring Bureau'],
    ]);
  });
});
