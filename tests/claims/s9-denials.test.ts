import { describe, expect, it } from 'vitest';
import { claims, summary, SYRIA } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3: a denial made for an actor by its
// spokesperson, ministry or military source is the actor's); none is taken from a data set.

describe('denials by a ministry', () => {
  it("gives a ministry named with its state's adjective to that state", () => {
    expect(summary(`${SYRIA} The Syrian defence ministry denied that its jets had bombed the bakery.`)).toEqual([
      ['denied', 'Syria'],
    ]);
    expect(
      summary(
        'Farmers said Russian jets bombed the grain silo in Idlib. The Russian foreign ministry denied the accusation.',
      ),
    ).toEqual([
      ['attributed', 'Russia'],
      ['denied', 'Russia'],
    ]);
  });

  it("gives a bare 'the ministry' to the article's state", () => {
    expect(
      summary(
        `${SYRIA} Farmers said regime jets bombed the silo. The ministry denied that its jets had bombed the silo.`,
      ),
    ).toContainEqual(['denied', 'Syria']);
  });
});

describe('a denial whose object is a pronoun for the accusation just reported', () => {
  it('reads "X denied it." after an accusation', () => {
    expect(summary(`${SYRIA} Farmers said regime jets bombed the silo. The army denied it.`)).toEqual([
      ['attributed', 'Syria'],
      ['denied', 'Syria'],
    ]);
  });

  it('reads no denial in "denied it" with no attack in sight', () => {
    expect(summary('The trade talks failed on Monday. The minister denied it.')).toEqual([]);
  });
});

describe('mutual blame', () => {
  it('reads "X and Y blamed each other" as two attributions, each with the other as source', () => {
    const c = claims('The rebels and the militia blamed each other for the massacre at the ferry.');
    expect(c.map((x) => [x.status, x.actor?.name, x.source?.name])).toEqual([
      ['attributed', 'rebels', 'militia'],
      ['attributed', 'militia', 'rebels'],
    ]);
  });

  it('reads no claim when nothing violent is blamed', () => {
    expect(summary('The two coaches blamed each other for the defeat.')).toEqual([]);
  });
});
