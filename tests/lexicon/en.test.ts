import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'src', 'lexicon', 'en');

describe('src/lexicon/en word classes', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    it(`${f}: names its source and lists each class as unique, non-empty strings, lower-case unless caseSensitive`, () => {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      expect(typeof data.$comment).toBe('string');
      expect(String(data.$comment)).toMatch(/source/i);
      const caseSensitive = data.caseSensitive === true;
      const classes = Object.entries(data).filter(([k]) => k !== '$comment' && k !== 'caseSensitive');
      expect(classes.length).toBeGreaterThan(0);
      // A class is a list of words, or a map of named classes (each a list); a plain string names a class.
      const lists: [string, unknown][] = [];
      for (const [name, value] of classes) {
        if (typeof value === 'string') continue;
        if (Array.isArray(value)) lists.push([name, value]);
        else if (value !== null && typeof value === 'object') {
          for (const [sub, v] of Object.entries(value as Record<string, unknown>)) lists.push([`${name}.${sub}`, v]);
        }
      }
      expect(lists.length).toBeGreaterThan(0);
      for (const [name, value] of lists) {
        const list = value as unknown[];
        expect(Array.isArray(list), `${name} is a list`).toBe(true);
        expect(list.length, `${name} is not empty`).toBeGreaterThan(0);
        for (const w of list) {
          expect(typeof w).toBe('string');
          expect((w as string).length).toBeGreaterThan(0);
          if (!caseSensitive) expect(w, `${name}: ${String(w)} is lower case`).toBe((w as string).toLowerCase());
        }
        expect(new Set(list).size, `${name} has no repeats`).toBe(list.length);
      }
    });
  }
});

describe('verb classes listed by lemma (casualties.json, claims.json)', () => {
  const lexicon = join(import.meta.dirname, '..', '..', 'src', 'lexicon');
  const read = (f: string) => JSON.parse(readFileSync(join(lexicon, f), 'utf8')) as Record<string, unknown>;

  it('casualties.json: verbLemmas map lower-case lemmas to an outcome, nonCasualtyLemmas and intentLemmas list lemmas, documented in $comment', () => {
    const data = read('casualties.json');
    expect(String(data.$comment)).toMatch(/verbLemmas/);
    const lemmas = data.verbLemmas as Record<string, string>;
    expect(Object.keys(lemmas).length).toBeGreaterThan(0);
    for (const [lemma, outcome] of Object.entries(lemmas)) {
      expect(lemma).toMatch(/^[a-z]+$/);
      expect(['killed', 'injured', 'missing', 'abducted']).toContain(outcome);
    }
    // Each listed form of a lemma's verb has that lemma's outcome.
    const forms = data.verbs as Record<string, string>;
    for (const [lemma, outcome] of Object.entries(lemmas)) if (lemma in forms) expect(forms[lemma]).toBe(outcome);
    for (const key of ['nonCasualtyLemmas', 'intentLemmas']) {
      const list = data[key] as string[];
      expect(list.length, key).toBeGreaterThan(0);
      for (const w of list) expect(w).toMatch(/^[a-z]+$/);
      expect(new Set(list).size, `${key} has no repeats`).toBe(list.length);
    }
  });

  it('claims.json: verbLemmas name existing verb classes with unique lower-case lemmas, documented in $comment', () => {
    const data = read('claims.json');
    expect(String(data.$comment)).toMatch(/verbLemmas/);
    const classes = data.verbLemmas as Record<string, unknown>;
    expect(Object.keys(classes).length).toBeGreaterThan(0);
    for (const [cls, list] of Object.entries(classes)) {
      expect(Array.isArray(data[cls]), `${cls} is a class of claims.json`).toBe(true);
      expect(Array.isArray(list)).toBe(true);
      const l = list as string[];
      expect(l.length).toBeGreaterThan(0);
      for (const w of l) expect(w).toMatch(/^[a-z]+$/);
      expect(new Set(l).size, `${cls} has no repeats`).toBe(l.length);
    }
  });
});
