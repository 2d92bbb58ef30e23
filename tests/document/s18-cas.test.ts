import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/document/normalise.js';
import { parse } from '../../src/document/parse.js';
import { extract } from '../../src/extract.js';

const sentences = (text: string): string[] => {
  const doc = parse(text);
  return doc.sentences.map((s) => doc.span(s.start, s.end).text);
};

describe('document: sentences glued by a scraped page that lost its line breaks (s18)', () => {
  it('puts a space back before a capitalised opener glued to a lower-case letter, keeping every offset', () => {
    const input = 'Rockets fell on the port of TartusThe navy said it had moved its ships.';
    const n = normalise(input);
    expect(n.text).toBe('Rockets fell on the port of Tartus The navy said it had moved its ships.');
    expect(n.glued).toEqual([34]);
    // The space put back maps to the word after it; every other character to itself or its shift.
    expect(n.map![34]).toBe(34);
    expect(n.map![35]).toBe(34);
    expect(n.map![n.text.length]).toBe(input.length);
    expect(input.slice(n.map![28]!, n.map![34]!)).toBe('Tartus');
  });

  it('cuts the sentence there, with spans in the caller’s text', () => {
    expect(sentences('Two guards were killedHe said the gate had been left open. It was the third raid.')).toEqual([
      'Two guards were killed',
      'He said the gate had been left open.',
      'It was the third raid.',
    ]);
    expect(sentences('The ferry sank off LesbosThey were rescued by fishermen.')).toEqual([
      'The ferry sank off Lesbos',
      'They were rescued by fishermen.',
    ]);
    expect(sentences('Smoke rose over the refineryHowever, no one was hurt.')).toEqual([
      'Smoke rose over the refinery',
      'However, no one was hurt.',
    ]);
  });

  it('leaves camel-case names, model names and text without glue alone', () => {
    for (const s of [
      'She posted the video on LinkedIn and YouTube before noon.',
      'The McDonald family sold the PlayStation to DeAndre.',
      'The TypeA engine and the iPhone were shown.',
      'Smoke rose over the refineryA fire crew came.',
      'The CityThe-branded shop opened.',
      'Markets fell. The index closed lower.',
    ]) {
      const n = normalise(s);
      expect(n.text, s).toBe(s);
      expect(n.glued, s).toEqual([]);
      expect(n.map, s).toBeNull();
    }
    expect(sentences('She posted the video on LinkedIn and YouTube before noon.')).toHaveLength(1);
  });

  it('stops an incident’s place at the glued word, not in "SyriaThe"', () => {
    const x = extract(
      'A car bomb killed six soldiers on Monday at a checkpoint in the town of QamishliThe Pentagon said it was monitoring the situation.',
      { publishedAt: '2026-03-10' },
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.place?.text).toMatch(/^(?:the town of )?Qamishli$/);
    expect(x.casualties.map((f) => f.text)).toEqual(['six soldiers']);
  });
});
