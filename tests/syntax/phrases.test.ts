import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { timeEntities } from '../../src/actors/entities.js';
import { quoteMarks } from '../../src/marks/index.js';
import {
  isShouted,
  npBack,
  sentenceSubject,
  skipAddressee,
  skipAdjuncts,
  skipBackBetween,
} from '../../src/syntax/index.js';

const at = (doc: ReturnType<typeof parse>, word: string) => doc.tokens.findIndex((x) => x.value === word);
const text = (doc: ReturnType<typeof parse>, a: number, b: number) =>
  doc.tokens
    .slice(a, b)
    .map((t) => t.value)
    .join(' ');

describe('syntax: noun-phrase walks', () => {
  it('walks back over a noun phrase with its prepositional attachment', () => {
    const doc = parse('A pilot on the harbour ferry said the sea was calm.');
    expect(npBack(doc, at(doc, 'ferry'), 0)).toBe(0);
  });

  it('walks back over coordinated nouns', () => {
    const doc = parse('The skipper and the harbour master said the sea was calm.');
    expect(npBack(doc, at(doc, 'master'), 0)).toBe(0);
  });

  it('keeps a name with its apposition when the comma is lost', () => {
    const doc = parse('Marta Kovac a spokeswoman for the port said the sea was calm.');
    expect(npBack(doc, at(doc, 'port'), 0)).toBe(0);
  });

  it('stops at an article that opens a new subject after a noun', () => {
    const doc = parse('The ferry sank near the pier the coastguard said.');
    expect(text(doc, npBack(doc, at(doc, 'coastguard'), 0), at(doc, 'coastguard') + 1)).toBe('the coastguard');
  });

  it('returns a pronoun as its own phrase and never reads before the text', () => {
    const doc = parse('She said the sea was calm.');
    expect(npBack(doc, 0, 0)).toBe(0);
    expect(npBack(doc, -1, 0)).toBe(0);
  });

  it('skips auxiliaries and adverbs between a subject and its verb', () => {
    const doc = parse('Harbour officials have also said the pier is shut.');
    expect(skipBackBetween(doc, at(doc, 'also'), 0)).toBe(at(doc, 'officials'));
  });

  it('skips adjuncts after a verb up to its content', () => {
    const doc = parse('The skipper said in a radio message that the ferry was late.');
    expect(skipAdjuncts(doc, at(doc, 'in'), doc.tokens.length)).toBe(at(doc, 'that'));
  });

  it('reads an addressee after a verb of telling', () => {
    const doc = parse('The skipper told harbour staff the ferry was late.');
    expect(skipAddressee(doc, at(doc, 'harbour'), doc.tokens.length)).toBe(at(doc, 'the'));
    const none = parse('The skipper told the truth.');
    expect(skipAddressee(none, 3, 3)).toBe(3);
  });

  it('finds the subject of a sentence after a leading adverbial', () => {
    const doc = parse('On Sunday, the ferry union rejected the offer.');
    const s = sentenceSubject(doc, 0, doc.tokens.length);
    expect(s).not.toBeNull();
    expect(text(doc, s![0], s![1])).toBe('the ferry union');
  });

  it('tells a dateline in capitals from a short acronym', () => {
    const doc = parse('VALLETTA');
    expect(isShouted(doc.tokens[0]!)).toBe(true);
    expect(isShouted(parse('EU').tokens[0]!)).toBe(false);
  });
});

describe('npBack memo', () => {
  it('answers the same from its per-document memo, with or without the layers passed, and per floor', () => {
    const doc = parse('In the harbour town a ferry clerk at the port office said the boat was late.');
    const said = doc.tokens.findIndex((t) => t.lower === 'said');
    const first = npBack(doc, said - 1, 0);
    expect(doc.tokenSpan(first, said).text).toBe('a ferry clerk at the port office');
    expect(npBack(doc, said - 1, 0, timeEntities(doc), quoteMarks(doc))).toBe(first);
    expect(npBack(doc, said - 1, 0)).toBe(first);
    // A higher floor cuts the walk: a different key, not the remembered answer.
    expect(npBack(doc, said - 1, said - 2)).toBe(said - 2);
    // Outside the document's token range the walk is read directly.
    expect(npBack(doc, said - 1, -1)).toBe(first);
  });
});
