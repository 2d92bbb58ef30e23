import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

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

describe('cue words that report nothing here', () => {
  it('a participle used as an adjective ("400 pledged delegates", "a politically charged visit")', () => {
    expect(
      quotes('The count ended at dawn. Ortiz leads by ten points, and 400 pledged delegates are still at stake.'),
    ).toEqual([]);
    expect(
      quotes('The count ended at dawn. Her politically charged remarks on the plant were the talk of the town.'),
    ).toEqual([]);
  });

  it('a naming cue takes no clause before it ("…, called delegates at large," / "…, X called for …")', () => {
    expect(
      quotes('The count ended at dawn. Ortiz leads among party officers, called delegates at large, and gains.'),
    ).toEqual([]);
    expect(quotes('The count ended at dawn. After the vote, a group of farmers called for a recount.')).toEqual([]);
  });
});
