import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { isGluedHyphen, isHyphen, isJoiner, isMark, isPossessiveEnding } from '../../src/syntax/index.js';

const words = (text: string) => parse(text).tokens;
const at = (text: string, word: string) => {
  const t = words(text);
  return t.findIndex((x) => x.value === word);
};

describe('syntax: token tests', () => {
  it('knows quotation marks and nothing else', () => {
    const t = words('“The ferry is late,” the skipper said.');
    expect(isMark(t[0])).toBe(true);
    expect(isMark(t[1])).toBe(false);
    expect(isMark(undefined)).toBe(false);
  });

  it('tells a glued hyphen from a spaced dash', () => {
    const glued = words('a three-day ferry strike');
    expect(isHyphen(glued[2])).toBe(true);
    expect(isGluedHyphen(glued, 2)).toBe(true);
    expect(isJoiner(glued[2])).toBe(true);
    const spaced = words('the ferry – late again');
    const k = at('the ferry – late again', '–');
    expect(isHyphen(spaced[k])).toBe(true);
    expect(isGluedHyphen(spaced, k)).toBe(false);
    // bounds: past either end is no hyphen
    expect(isGluedHyphen(glued, -1)).toBe(false);
    expect(isGluedHyphen(glued, 99)).toBe(false);
  });

  it('reads possessive endings written against their word', () => {
    const t = words('The skipper’s log and the sailors’ mess');
    expect(isPossessiveEnding(t[2])).toBe(true);
    expect(isPossessiveEnding(t[7])).toBe(true);
    expect(isPossessiveEnding(t[1])).toBe(false);
  });
});
