import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { summary } from '../claims/helpers.js';

// Names in upper-case wire copy (issue 13). Sentences written for these tests.

describe('true-casing names with a possessive plural and state bodies', () => {
  it('keeps a name whose first word is a plural possessive', () => {
    expect(trueCase("THE WORKERS' DEFENSE MOVEMENT HAS CLAIMED RESPONSIBILITY.")).toBe(
      "The Workers' Defense Movement has claimed responsibility.",
    );
    // a plural possessive before a common noun is no name
    expect(trueCase("THE POLICE ARRESTED THE WORKERS' LEADERS YESTERDAY.")).toBe(
      "The police arrested the workers' leaders yesterday.",
    );
  });

  it('capitalises a state body named by its own word (Treasury Police, Civil Guard), not "the national police"', () => {
    expect(trueCase('THE FEDERATION ACCUSED THE TREASURY POLICE OF KILLING TWO LEADERS.')).toBe(
      'The federation accused the Treasury Police of killing two leaders.',
    );
    expect(trueCase('THE NATIONAL POLICE ARRESTED TWO MEN.')).toBe('The national police arrested two men.');
  });

  it('lets the claims read such names', () => {
    expect(summary('THE FEDERATION ACCUSED THE TREASURY POLICE OF KILLING TWO UNION LEADERS.')).toEqual([
      ['attributed', 'TREASURY POLICE'],
    ]);
    expect(summary("THE WORKERS' DEFENSE MOVEMENT HAS CLAIMED RESPONSIBILITY FOR THE BOMBING.")).toEqual([
      ['claimed', "Workers' Defense Movement"],
    ]);
    expect(summary("The People's Defense Movement has claimed responsibility for the bombing.")).toEqual([
      ['claimed', "People's Defense Movement"],
    ]);
  });
});
