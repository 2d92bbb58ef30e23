import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speaker = (text: string) => extract(text).quotes[0]?.speaker?.name ?? null;

describe('a document speaks for the body that released it', () => {
  it('reads the issuer after "released Saturday by"', () => {
    expect(
      speaker(
        'Troops shelled the village for two days. Government forces killed 30 farmers in the village according to a statement released Saturday by the Free Valley Council.',
      ),
    ).toBe('Free Valley Council');
  });
  it('reads the issuer after "issued by" as the subject of said', () => {
    expect(
      speaker(
        'Troops shelled the village for two days. A statement issued by the Free Valley Council said 30 farmers were killed.',
      ),
    ).toBe('Free Valley Council');
  });
  it('does not take the object of a participle inside the issuer phrase', () => {
    expect(
      speaker(
        'Troops shelled the village for two days. A report released by a panel of UN experts investigating abuses on Friday said that the siege had starved hundreds.',
      ),
    ).not.toBe('abuses');
  });
});

describe('a body whose name holds a title word', () => {
  it('keeps "General" inside a name ending in a body head', () => {
    expect(
      extract('Troops shelled the village. The Free Valley General Commission said 30 farmers were killed.').quotes[0]
        ?.speaker?.name,
    ).toBe('Free Valley General Commission');
  });
});
