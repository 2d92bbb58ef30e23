import { describe, expect, it } from 'vitest';
import { brief } from '../quotes/helpers.js';

describe('a medium passing on words "as saying"', () => {
  it('gives the content to the one quoted, whatever the quoting verb', () => {
    for (const verb of ['quoted', 'cited', 'reported']) {
      expect(brief(`Radio Kestrel ${verb} the port authority as saying the ferries had stopped.`)).toEqual([
        ['indirect', 'the ferries had stopped', 'port authority'],
      ]);
    }
  });

  it('ends the content before the source phrase and its aside', () => {
    expect(
      brief('Three ferries sank off the cape, the Kestrel news agency reported, citing a harbour source.'),
    ).toEqual([['indirect', 'Three ferries sank off the cape', 'Kestrel news agency']]);
    expect(
      brief('The ferries stopped, local radio reported, quoting a harbour pilot as saying the channel was blocked.'),
    ).toEqual([
      ['indirect', 'The ferries stopped', 'local radio'],
      ['indirect', 'the channel was blocked', 'harbour pilot'],
    ]);
  });
});
