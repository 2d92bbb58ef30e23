import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const BODY = 'The council said the bridge would reopen on Friday after the repairs.';

describe('series labels and page furniture are not speakers or quotes', () => {
  it('reads a label before a headline colon as no speaker', () => {
    expect(brief(`EXCLUSIVE: Ferry operators strike at dawn\n\n${BODY}`)).toEqual([
      ['indirect', 'the bridge would reopen on Friday after the repairs', 'council'],
    ]);
    expect(brief(`Analysis: Why the ferry operators struck\n\n${BODY}`)).toHaveLength(1);
    expect(brief(`Harbour strike live: Ferries stay in port\n\n${BODY}`)).toHaveLength(1);
  });

  it('still reads a speaker before a headline colon', () => {
    expect(brief(`Mayor Lund: Ferries must sail again soon\n\n${BODY}`)[0]).toEqual([
      'indirect',
      'Ferries must sail again soon',
      'Lund',
    ]);
  });

  it('leaves teaser lines (Related:, Read more:, WATCH:) out as furniture', () => {
    for (const label of ['Related', 'Read more', 'WATCH', 'Video']) {
      expect(brief(`Ferry strike ends\n\n${label}: Ferry crews walk out, unions say\n\n${BODY}`)).toEqual([
        ['indirect', 'the bridge would reopen on Friday after the repairs', 'council'],
      ]);
    }
  });
});
