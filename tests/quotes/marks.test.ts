import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { quotedSpans } from '../../src/marks/index.js';

const inside = (text: string): string[] => {
  const doc = parse(text);
  return quotedSpans(doc).map((q) => doc.norm.slice(q.start, q.stop));
};

describe('quotation marks', () => {
  it('pairs curly, straight, typewriter and guillemet double marks', () => {
    expect(inside('She said: “The bridge is safe.” Then she left.')).toEqual(['The bridge is safe.']);
    expect(inside('He said "the bridge is safe" and left.')).toEqual(['the bridge is safe']);
    expect(inside("''The bridge is safe,'' he said.")).toEqual(['The bridge is safe,']);
    expect(inside('The mayor said: «The bridge is safe.»')).toEqual(['The bridge is safe.']);
  });

  it('tells single quotation marks from apostrophes', () => {
    expect(inside("The farmers' union said 'prices are falling' in the '90s style.")).toEqual(['prices are falling']);
    expect(inside('Ja’far’s cousin said ‘we stay’ and the rebels’ leader agreed.')).toEqual(['we stay']);
    expect(inside("The coach's team won.")).toEqual([]);
  });

  it('never closes a single quote at a plural possessive apostrophe', () => {
    // "countries’ enemies": the possessed noun follows, so the mark is an apostrophe; "enemies’ on" closes.
    expect(inside('The mayor called the toll ‘a gift to the two towns’ rivals’ on Monday.')).toEqual([
      'a gift to the two towns’ rivals',
    ]);
    expect(inside('Doctors described ‘the nurses’ shifts’ as brutal.')).toEqual(['the nurses’ shifts']);
    // After an s-word, a mark followed by anything but the possessed noun still closes.
    expect(inside('He called the pilots ‘heroes’ and went home.')).toEqual(['heroes']);
    // An apostrophe inside a word, or before "s", is no mark at all.
    expect(inside('The mayor called Sunday’s ruling ‘a farce’ and left.')).toEqual(['a farce']);
  });

  it('keeps one quote over several paragraphs when each paragraph reopens it', () => {
    const text =
      'The farmer said: “We planted in March.\n\n“The rain never came, and the wells ran dry.”\n\nThe ministry did not comment.';
    const doc = parse(text);
    const spans = quotedSpans(doc);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.balanced).toBe(true);
    expect(spans[0]!.lastParagraph - spans[0]!.firstParagraph).toBe(1);
  });

  it('closes an unbalanced mark at the paragraph end instead of swallowing the article', () => {
    const text = 'He said "the convoy will leave at noon.\n\nLater the convoy left the depot without him.';
    const doc = parse(text);
    const [q] = quotedSpans(doc);
    expect(q!.balanced).toBe(false);
    expect(doc.norm.slice(q!.start, q!.stop)).toBe('the convoy will leave at noon.');
  });

  it('recovers a closing mark with no opening one from the paragraph start', () => {
    const doc = parse('The convoy will leave at noon," the officer said.');
    const [q] = quotedSpans(doc);
    expect(q!.open).toBe(-1);
    expect(doc.norm.slice(q!.start, q!.stop)).toBe('The convoy will leave at noon,');
  });
});
