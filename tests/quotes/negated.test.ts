import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

describe('a negated cue says nothing', () => {
  it('drops a cue after a negation or a verb of refusal or failure', () => {
    expect(brief('The ferry operator did not say when the pier would reopen.')).toEqual([]);
    expect(brief('The ferry operator declined to say when the pier would reopen.')).toEqual([]);
    expect(brief('The ferry operator failed to say when the pier would reopen.')).toEqual([]);
  });

  it('keeps the cue without one', () => {
    expect(brief('The ferry operator said the pier would reopen on Monday.')).toHaveLength(1);
  });
});
