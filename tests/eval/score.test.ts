import { describe, expect, it } from 'vitest';
import { nameKey, score } from '../../src/eval/score.js';
import type { GoldDocument } from '../../src/eval/types.js';
import type { CasualtyFigure, EntityKind, Extraction, Quote } from '../../src/types.js';
import { emptyExtraction } from '../helpers.js';

const empty = (): Extraction => emptyExtraction();
const goldOf = (over: Partial<GoldDocument>): GoldDocument => ({
  document: 'x.txt',
  publishedAt: '2020-01-01',
  headline: null,
  boilerplate: [],
  quotes: [],
  casualties: [],
  claims: [],
  dates: [],
  ...over,
});
const quote = (start: number, end: number, speaker: string | null): Quote => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  boilerplate: false,
  kind: 'direct',
  speaker:
    speaker === null
      ? null
      : {
          entity: 'e1',
          name: speaker,
          kind: 'person',
          mention: null,
          role: null,
          organisation: null,
          resolvedBy: 'name',
        },
  cue: null,
  confidence: 1,
});
const figure = (start: number, end: number, min: number | null, max: number | null): CasualtyFigure => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  boilerplate: false,
  outcome: 'killed',
  count: { min, max, exact: min === max, approximate: false },
  victims: null,
  scope: 'incident',
  source: null,
  partOf: null,
  confidence: 0.9,
});

describe('score', () => {
  it('matches quotes by the overlap rule: ≥ 30 % of gold or ≥ 50 % of predicted', () => {
    const gold = goldOf({
      quotes: [
        {
          start: 0,
          end: 100,
          text: 'x'.repeat(100),
          kind: 'direct',
          speaker: { name: 'Staffan de Mistura' },
          cue: 'said',
        },
      ],
    });
    const hit = { ...empty(), quotes: [quote(60, 95, 'Staffan De Mistura')] }; // 35 % of gold
    expect(score(hit, gold).tasks.quotes.scored).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    const miss = { ...empty(), quotes: [quote(90, 130, 'Staffan de Mistura')] }; // 10 % of gold, 25 % of predicted
    expect(score(miss, gold).tasks.quotes.scored).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a span match with a wrong speaker as one false positive and one false negative', () => {
    const gold = goldOf({
      quotes: [{ start: 0, end: 10, text: 'x'.repeat(10), kind: 'direct', speaker: { name: 'Kerry' }, cue: 'said' }],
    });
    const s = score({ ...empty(), quotes: [quote(0, 10, 'Lavrov')] }, gold).tasks.quotes;
    expect(s.scored).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.spans).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.speaker).toBe(0);
    expect(s.misses).toEqual([
      {
        kind: 'wrong',
        document: 'x.txt',
        gold: 'xxxxxxxxxx',
        predicted: 'xxxxxxxxxx',
        detail: 'speaker Lavrov ≠ Kerry',
      },
    ]);
  });

  it('lets optional gold items neither reward nor punish', () => {
    const gold = goldOf({
      casualties: [
        {
          start: 0,
          end: 5,
          text: 'xxxxx',
          outcome: 'killed',
          count: { min: 5, max: 5 },
          victims: null,
          scope: 'incident',
          source: null,
          optional: true,
        },
      ],
    });
    expect(score({ ...empty(), casualties: [figure(0, 5, 9, 9)] }, gold).tasks.casualties.scored).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 0,
      f1: 1,
    });
    expect(score(empty(), gold).tasks.casualties.scored).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it('matches one-to-one, preferring the pair that is also right', () => {
    const gold = goldOf({
      casualties: [
        {
          start: 0,
          end: 10,
          text: 'x'.repeat(10),
          outcome: 'killed',
          count: { min: 24, max: null },
          victims: null,
          scope: 'incident',
          source: null,
        },
      ],
    });
    const x = { ...empty(), casualties: [figure(0, 10, 3, null), figure(5, 8, 24, null)] };
    expect(score(x, gold).tasks.casualties.scored).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('scores boilerplate by non-blank character and the headline by exact span', () => {
    const x = empty();
    x.document.zones = [{ kind: 'boilerplate', start: 0, end: 7, text: 'ab\n\ncd\n' }];
    x.document.headline = { start: 10, end: 14, text: 'Head' };
    const gold = goldOf({
      boilerplate: [{ start: 0, end: 2, text: 'ab' }],
      headline: { start: 10, end: 14, text: 'Head' },
    });
    const z = score(x, gold).zones;
    expect(z.headline).toBe(1);
    expect(z.boilerplate).toMatchObject({ tp: 2, fp: 2, fn: 0 });
  });

  it('compares names without case, accents, apostrophes, hyphens or a leading article', () => {
    expect(nameKey('Bashar al-Ja’afari')).toBe(nameKey("bashar al ja'afari"));
    expect(nameKey('The Syrian Observatory for Human Rights')).toBe(nameKey('Syrian Observatory for Human Rights'));
    expect(nameKey('Communiqué')).toBe('communique');
    expect(nameKey(null)).toBe('');
  });

  it('takes equivalent forms of a speaker a reader takes for the same referent, never a shortened person', () => {
    const speakerRight = (
      name: string,
      kind: EntityKind,
      gold: string,
      role: string | null = null,
      described: string | null = null,
    ): boolean => {
      const q = quote(0, 10, name);
      q.speaker = {
        ...q.speaker!,
        kind,
        role,
        resolvedBy: kind === 'description' || described !== null ? 'description' : 'name',
        mention: described === null ? null : { start: 0, end: described.length, text: described },
      };
      const x = { ...empty(), quotes: [q] };
      const g = goldOf({
        quotes: [{ start: 0, end: 10, text: 'x'.repeat(10), kind: 'direct', speaker: { name: gold }, cue: null }],
      });
      return score(x, g).tasks.quotes.scored.tp === 1;
    };
    expect(speakerRight('Harbour Workers Guild', 'organisation', 'HWG')).toBe(true);
    expect(speakerRight('Coastal Monitoring Bureau', 'organisation', 'the Bureau')).toBe(true);
    expect(
      speakerRight('Regional Commission of Review', 'organisation', 'Regional Commission of Review into port safety'),
    ).toBe(true);
    expect(speakerRight('harbour police spokesman', 'description', 'spokesman')).toBe(true);
    expect(speakerRight('port engineer', 'description', 'an engineer')).toBe(true);
    expect(speakerRight('Tomas Reyes', 'person', 'spokesman', 'harbour police spokesman')).toBe(true);
    expect(speakerRight('many harbour officials', 'description', 'harbour officials')).toBe(true);
    expect(speakerRight('Daesh-linked Port News agency', 'description', 'Port News agency')).toBe(true);
    expect(speakerRight('two harbour sources', 'description', 'harbour sources')).toBe(true);
    // The text's own words at the attribution, which the prediction resolved to the body the article names.
    expect(
      speakerRight('Coastal Monitoring Bureau', 'organisation', 'a monitoring group', null, 'monitoring group'),
    ).toBe(true);
    // Not the same: a shortened person, a less specific description, another organisation.
    expect(speakerRight('Reyes', 'person', 'Tomas Reyes')).toBe(false);
    expect(speakerRight('spokesman', 'description', 'harbour police spokesman')).toBe(false);
    expect(speakerRight('Coastal Monitoring Bureau', 'organisation', 'the Council')).toBe(false);
    expect(speakerRight('Regional Commission', 'organisation', 'Regional Commission of Review')).toBe(false);
    expect(speakerRight('head of the harbour police', 'description', 'harbour police')).toBe(false);
    expect(speakerRight('fishermen and harbour workers', 'description', 'harbour workers')).toBe(false);
    expect(speakerRight('Coastal Monitoring Bureau', 'organisation', 'a monitoring group', null, 'Bureau')).toBe(false);
  });
});
