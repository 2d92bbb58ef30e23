import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import { extract } from '../../src/extract.js';

const scopes = (text: string): [string, string][] => figures(text).map((f) => [f.text, f.scope]);

describe("casualties: a whole month's toll is cumulative", () => {
  it('marks a toll given for a month, with no day, cumulative (in no incident)', () => {
    expect(scopes('Government air raids killed 310 civilians in May, the monitoring group said.')).toEqual([
      ['310 civilians', 'cumulative'],
    ]);
    const text = 'At least 90 people have been killed and 400 wounded in October bombardment of Deraa, officials said.';
    expect(scopes(text)).toEqual([
      ['At least 90 people', 'cumulative'],
      ['400', 'cumulative'],
    ]);
    expect(extract(text).incidents).toEqual([]);
  });

  it('keeps one attack, a day, or an event recalled by its place and month an incident', () => {
    expect(scopes('A suicide bomber killed 14 people in March.')).toEqual([['14 people', 'incident']]);
    expect(scopes('Rockets killed 8 people on March 4 in the old city.')).toEqual([['8 people', 'incident']]);
    expect(scopes('Air strikes killed at least 22 civilians in Kafr Zita in June.')).toEqual([
      ['at least 22 civilians', 'incident'],
    ]);
  });
});
