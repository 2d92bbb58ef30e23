import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { classGeneration, defineWordClass, lemmaClassBits, wordClassBits } from '../../src/document/classes.js';

describe('word classes', () => {
  it('gives each token the bits of the classes its lower-case form belongs to', () => {
    const FRUIT = defineWordClass(['pear', 'plum']);
    const doc = parse('Pears and a Plum fell from the shelf.');
    const has = doc.tokens.filter((_, i) => (doc.classes[i]! & FRUIT) !== 0).map((t) => t.value);
    expect(has).toEqual(['Plum']);
    expect(doc.classes.length).toBe(doc.tokens.length);
  });

  it('gives lemma classes to words whose lemma differs from the word', () => {
    const FALL = defineWordClass(['fall'], 'lemma');
    const doc = parse('The vase fell, and the cups fall too.');
    const has = doc.tokens.filter((_, i) => (doc.classes[i]! & FALL) !== 0).map((t) => t.value);
    // "fall" is its own lemma: a lemma class marks only inflections ("fell").
    expect(has).toEqual(['fell']);
    expect(lemmaClassBits('fall') & FALL).toBe(FALL);
  });

  it('works out bits again for words read before a class was defined', () => {
    const before = parse('The kettle whistled on the stove.');
    const g = classGeneration();
    const KITCHEN = defineWordClass(['kettle', 'stove']);
    expect(classGeneration()).not.toBe(g);
    expect(before.classes.every((b) => (b & KITCHEN) === 0)).toBe(true);
    const after = parse('The kettle whistled on the stove.');
    const has = after.tokens.filter((_, i) => (after.classes[i]! & KITCHEN) !== 0).map((t) => t.value);
    expect(has).toEqual(['kettle', 'stove']);
    expect(wordClassBits('stove') & KITCHEN).toBe(KITCHEN);
  });
});

describe('a word of an earlier document read again', () => {
  it('gives the same tokens as when the word was new, alone or with punctuation around it', () => {
    // Words of our own making, in no model: the first document teaches them to wink.
    const text = 'Zorvandel met Quillibrant, (Zorvandel) said 48213 and 48213, then Zorvandel-led talks ended.';
    const shape = (s: string): string[] => parse(s).tokens.map((t) => `${t.start}:${t.value}:${t.pos}:${t.lemma}`);
    const fresh = shape(text);
    parse('Quillibrant and Zorvandel spoke; 48213 came.');
    expect(shape(text)).toEqual(fresh);
    expect(shape(text)).toEqual(fresh);
  });
});
