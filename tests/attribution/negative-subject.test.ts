import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** All sentences here were written for these tests. */
const brief = (text: string) => {
  const r = extract(text);
  return {
    quotes: r.quotes.map((q) => [q.speaker?.name ?? null, q.text]),
    claims: r.claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]),
  };
};

describe('a negative subject before the cue says nobody said it', () => {
  it('gives no quote for `no group has said`, `nobody said`, `none of them said`', () => {
    expect(brief('No group has said it set the warehouse on fire.').quotes).toEqual([]);
    expect(brief('Nobody said the ferry would sail on time.').quotes).toEqual([]);
    expect(brief('None of the wardens said the gate was locked.').quotes).toEqual([]);
  });

  it('keeps a quote whose content holds the negative (`said no one was hurt`)', () => {
    expect(brief('The harbour master said no one was hurt in the collision.').quotes).toEqual([
      ['harbour master', 'no one was hurt in the collision'],
    ]);
  });
});

describe('`no group has said it carried out` is an unclaimed attack', () => {
  it('reads a perpetration verb or `behind` after the speech verb, with no source', () => {
    expect(brief('Gunmen raided the depot at dawn. No group has said it carried out the raid.').claims).toEqual([
      ['unclaimed', null, null],
    ]);
    expect(brief('A bomb hit the depot. Nobody has said they were behind the bombing.').claims).toEqual([
      ['unclaimed', null, null],
    ]);
  });

  it('reads nothing when what was not said is no act of the speaker', () => {
    expect(brief('A bomb hit the depot. No group has said it will stop the bombing.').claims).toEqual([]);
  });
});

describe('a cue with a noun object and `in a statement <participle> …`', () => {
  it('is no quote: the participle is a reduced relative of the statement', () => {
    expect(brief('The dockers’ union denied any role in a statement posted on its website.').quotes).toEqual([]);
    expect(brief('The union rejected the charge in a report published by its lawyers.').quotes).toEqual([]);
  });

  it('keeps a content whose subject holds a report (`the figures in the report rose`)', () => {
    expect(brief('Officials said the figures in the report increased on Monday.').quotes).toEqual([
      ['Officials', 'the figures in the report increased on Monday'],
    ]);
  });
});
