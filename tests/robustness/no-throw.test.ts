/**
 * No string makes extract() throw: fragments cut anywhere from the corpus,
 * generated word soup, mutated articles, arbitrary Unicode and hostile
 * URL-like tokens. Fixed seeds and bounded run counts keep it deterministic
 * and within about a minute on a small machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { guardRuns, guardUrls } from '../../src/document/tokens.js';
import { corpus } from '../helpers.js';

const SEED = 20160201;

/** Runs extract() and checks the offsets of everything it returns. */
function check(text: string): void {
  const r = extract(text);
  for (const item of [...r.quotes, ...r.casualties, ...r.claims, ...r.dates]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(item.start, item.end)).toBe(item.text);
  }
}

/** Offsets where a word starts and where one ends. */
function wordBoundaries(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return { starts, ends };
}

describe('fragments cut at the edges of a sentence', () => {
  // Each starts or ends where a walker read past the first or last token.
  it.each([
    'who vowed to',
    'among the dead 14 killed',
    'And at least 9 wounded.',
    'Officials have denied shelling',
    'The rebels denied carrying',
    'the army did condemn it but accused the militia of',
    'Syrian Troops Deny Firing',
  ])('%s', (s) => {
    expect(() => check(s)).not.toThrow();
  });
});

describe('wire copy in capitals with a quotation split by the sentence splitter', () => {
  // The splitter cuts after a quotation closing on a comma before an inverted cue in capitals; the
  // content-before step once read token -1 of the document there (a TypeError on a MUC-4 dev message).
  it.each([
    '"THE HARBOUR IS CLOSED FOR GOOD,"\nSAID A PORT OFFICIAL.  "NOBODY WILL SAIL BEFORE SPRING."',
    'THE MAYOR SPOKE.\n\n"WE EXPECTED WORSE,"\nSAID A TOWN CLERK.',
    '"IS IT OVER?"\nASKED A FARMER.  "NO ONE KNOWS."',
  ])('%s', (s) => {
    expect(() => check(s)).not.toThrow();
    expect(extract(s).quotes.length).toBeGreaterThan(0);
  });
});

describe('windows of the corpus articles', () => {
  const docs = corpus();
  // 1-25 words from every word start, and the same lengths ending at every word end.
  const lengths = [1, 2, 3, 4, 6, 9, 14, 25];
  for (const d of docs) {
    it(`every word boundary of ${d.file}, starts and ends`, () => {
      const { starts, ends } = wordBoundaries(d.text);
      let n = 0;
      for (let i = 0; i < starts.length; i++) {
        for (const k of lengths) {
          if (i + k - 1 < ends.length) check(d.text.slice(starts[i], ends[i + k - 1]));
          if (i - k + 1 >= 0 && i < ends.length) check(d.text.slice(starts[i - k + 1], ends[i]));
          n += 2;
        }
      }
      // Whole prefixes and suffixes of the article too, at a stride.
      for (let i = 0; i < starts.length; i += 7) {
        check(d.text.slice(starts[i]!));
        check(d.text.slice(0, ends[i]!));
      }
      expect(n).toBeGreaterThan(1000);
    });
  }
});

describe('generated strings', () => {
  const docs = corpus();
  const words = [...new Set(docs.flatMap((d) => d.text.split(/\s+/)))].filter(Boolean);
  // Words the walkers look for, so that generated text reaches them.
  const triggers = (
    '" “ ” ‘ ’ \' , . : ; ( ) - — said told says saying of by who that which claimed responsibility ' +
    'killed wounded injured dead at least more than among them and accused denied blamed according to it he ' +
    'they the on Monday 26 dozens was not for attack bombing carrying out http://a.b/c ISIS people civilians AFP'
  ).split(' ');
  const vocab = [...words, ...triggers, ...triggers];
  const soup = fc
    .array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n')), { maxLength: 40 })
    .map((ws) => ws.map(([w, s]) => w + s).join(''));

  it('word soup of corpus words and trigger words', () => {
    fc.assert(
      fc.property(soup, (s) => void check(s)),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('mutated articles (words dropped, inserted, replaced, upper-cased; cut)', () => {
    const mutation = fc.tuple(fc.nat(), fc.nat(5), fc.constantFrom(...vocab));
    const mutated = fc.tuple(fc.nat(docs.length - 1), fc.array(mutation, { maxLength: 12 })).map(([d, ops]) => {
      let ws = docs[d]!.text.split(/(\s+)/);
      for (const [p, op, w] of ops) {
        const i = p % Math.max(1, ws.length);
        if (op === 0) ws.splice(i, 1);
        else if (op === 1) ws.splice(i, 0, w, ' ');
        else if (op === 2) ws[i] = w;
        else if (op === 3) ws[i] = (ws[i] ?? '').toUpperCase();
        else if (op === 4) ws = ws.slice(i);
        else ws = ws.slice(0, i);
      }
      return ws.join('');
    });
    fc.assert(
      fc.property(mutated, (s) => void check(s)),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => void check(s)),
      {
        seed: SEED,
        numRuns: 1000,
      },
    );
  });

  it('URL-like tokens that make wink-nlp backtrack', () => {
    const label = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', 'é'), minLength: 1, maxLength: 8 });
    const url = fc
      .tuple(
        fc.constantFrom('//', 'http://', 'ftp://', 'x@//', '//a@'),
        fc.array(label, { maxLength: 40 }),
        fc.constantFrom('', '!', '_', '.1', ':', '@', '/', '..'),
      )
      .map(([p, ls, e]) => `He said ${p}${ls.join('.')}${e} today.`);
    fc.assert(
      fc.property(url, (s) => void check(s)),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('guardUrls', () => {
  it('blanks the slash that starts a host wink-nlp would backtrack through', () => {
    const hostile = '//' + Array.from({ length: 20 }, () => 'abcd').join('.') + '!';
    const guarded = guardUrls(`see ${hostile} now`);
    expect(guarded.length).toBe(hostile.length + 8);
    expect(guarded).toBe(`see / ${hostile.slice(2)} now`);
    // guardRuns applies it too
    expect(guardRuns(`see ${hostile} now`)).toBe(guarded);
  });

  it('keeps real URLs whole', () => {
    for (const u of [
      'https://www.example.org/world/2018/03/05/car-bomb-kills-12-in-azaz.html',
      'http://news.example.co.uk/2/hi/middle_east/7000000.stm',
      'http://user:pw@www.example.co.uk/a.b.c',
    ]) {
      expect(guardUrls(`Read ${u} today`)).toBe(`Read ${u} today`);
    }
  });

  it('still reads a guarded hostile string with exact offsets', () => {
    const text = `He said //${'ab1c.'.repeat(18)}x! today.`;
    const r = extract(text);
    expect(r.document.zones.at(-1)?.end).toBe(text.length);
  });
});
