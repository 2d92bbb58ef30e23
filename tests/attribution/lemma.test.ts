import { describe, expect, it } from 'vitest';
import { extract, parse } from '../../src/index.js';
import { findCues } from '../../src/attribution/index.js';

describe('speech cues through the lemma the model gives', () => {
  it('reads a verb form the data does not list through its lemma', () => {
    // speech-verbs.json lists only the base form of "reaffirm" and "recount": the inflected
    // forms below match because wink-nlp tags them as verbs and lemmatises them so.
    const doc = parse('The envoy reaffirmed that the truce would hold. A nurse recounts that the ward was hit twice.');
    const cues = findCues(doc).map((c) => [doc.tokens[c.first]!.value, c.lemma]);
    expect(cues).toEqual([
      ['reaffirmed', 'reaffirm'],
      ['recounts', 'recount'],
    ]);
    const quotes = extract(doc.text).quotes.map((q) => [q.text, q.speaker?.name]);
    expect(quotes).toEqual([
      ['the truce would hold', 'envoy'],
      ['the ward was hit twice', 'nurse'],
    ]);
  });

  it('does not take a lemma match for a noun', () => {
    // "recount" as a noun (a vote recount) is no cue: only words tagged as verbs go by lemma.
    const doc = parse('The recount showed that the mayor had won.');
    expect(findCues(doc)).toEqual([]);
  });
});
