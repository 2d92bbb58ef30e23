import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { entityRegistry } from '../../src/actors/index.js';

const names = (text: string): string[] =>
  entityRegistry(parse(`Test headline line\n\n${text}`)).entities.map((e) => e.name);

/** Sentences written for this test (in no data set). */
describe('entity registry: a known group whose name runs on into a body the data does not know', () => {
  it('reads the whole run as one name, not the group and a body called by its head', () => {
    expect(names('The Hezbollah Youth Brigade said the road was closed.')).toEqual(['Hezbollah Youth Brigade']);
    expect(names('The Ansaru Brigade said the road was closed.')).toEqual(['Ansaru Brigade']);
  });

  it('keeps two bodies side by side apart, and a known body whole', () => {
    expect(names('Hamas Syrian Army Kill Ten')).not.toContain('Hamas Syrian Army Kill Ten');
    expect(names('Hamas said the road was closed.')).toEqual(['Hamas']);
  });
});

describe('entity registry: a hedge capitalised at the start of a sentence', () => {
  it('opens no name: the name starts after it', () => {
    expect(names('Suspected Boko Haram fighters raided the market.')).toContain('Boko Haram');
    expect(names('Suspected Boko Haram fighters raided the market.').some((n) => /Suspected/.test(n))).toBe(false);
    expect(names('Alleged Hamas operatives were arrested.').some((n) => /Alleged/.test(n))).toBe(false);
    expect(
      names('KADUNA, Nigeria - Suspected Ansaru gunmen abducted 20 pupils.').some((n) => /Suspected/.test(n)),
    ).toBe(false);
  });
});

describe("known actors: an owner's possessive inside a longer known name", () => {
  it('reads "<group>\'s <branch>" as the branch the data knows without the possessive', () => {
    expect(names("Islamic State's Khorasan Province said the road was closed.")).toContain(
      'Islamic State Khorasan Province',
    );
    expect(names("Islamic State's Somalia Province said the road was closed.")).toContain(
      'Islamic State Somalia Province',
    );
  });

  it('keeps the owner alone before anything else', () => {
    const n = names("Islamic State's fighters said the road was closed.");
    expect(n).toContain('Islamic State');
  });
});
