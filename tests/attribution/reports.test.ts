import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { reportAt } from '../../src/attribution/index.js';
import { extractCasualties } from '../../src/casualties/index.js';

/** Each figure of a text with its source's name (sentences written for this test, in no data set). */
function sources(text: string): [string, string | null][] {
  return extractCasualties(parse(text)).map((f) => [f.text, f.source?.name ?? null]);
}

describe('attribution: a count reported as the object of its verb (reports.ts)', () => {
  it('takes the subject of a verb that gives, puts, places or updates a toll', () => {
    expect(sources('The health ministry put the death toll at 23 on Thursday.')).toEqual([['23', 'health ministry']]);
    expect(sources('Rescuers gave a toll of 11 dead and 40 injured.')).toEqual([
      ['11', 'Rescuers'],
      ['40', 'Rescuers'],
    ]);
    expect(sources('The regional governor however has placed the toll at nine.')).toEqual([
      ['nine', 'regional governor'],
    ]);
    expect(sources('The coast guard updated its earlier toll of 15 on Monday.')).toEqual([['15', 'coast guard']]);
  });

  it('gives a toll-giving participle the subject of the report verb before it', () => {
    expect(sources('The health agency said in a bulletin putting the toll at 31.')).toEqual([['31', 'health agency']]);
    expect(
      sources('The coast guard reported heavy seas off the cape - the worst this year - giving a toll of nine dead.'),
    ).toEqual([['nine', 'coast guard']]);
    // No report verb before it: the participle tells of the clause's act, and names no source.
    expect(sources('The army shelled the town, putting the toll at 12.')).toEqual([['12', null]]);
  });

  it('takes the subject of a report verb whose object is a count', () => {
    expect(sources('The monitor had earlier reported 14 dead in the shelling.')).toEqual([['14', 'monitor']]);
    expect(sources('The mission counted 212 civilians killed in the first half of the year.')).toEqual([
      ['212 civilians', 'mission'],
    ]);
    expect(sources('Last week the navy acknowledged the deaths of four sailors.')).toEqual([['four sailors', 'navy']]);
  });

  it('reads upper-case wire copy the same way', () => {
    const [f] = extractCasualties(parse('THE HEALTH MINISTRY PUT THE DEATH TOLL AT 23 ON THURSDAY.'));
    expect(f?.source?.name.toLowerCase()).toBe('health ministry');
  });

  it('gives no source where the verb has no toll or count for its object', () => {
    expect(sources('The storm put the harbour at risk and three fishermen died.')).toEqual([['three fishermen', null]]);
    expect(sources('Officials reported the attack to police and five people died.')).toEqual([['five people', null]]);
    // A year after the verb is no count of people.
    const doc = parse('The agency reported in 2019 that 40 people had died.');
    expect(reportAt(doc, 3)).toBeNull();
  });
});

describe('attribution: "according to" when the page lost its commas', () => {
  it('sources the clause before a final "according to X" with no comma before it', () => {
    expect(sources('Six miners died according to the regional governor.')).toEqual([
      ['Six miners', 'regional governor'],
    ]);
    expect(sources('Two guards were hurt according to the prison service with no inmates harmed.')).toEqual([
      ['Two guards', 'prison service'],
    ]);
  });

  it('keeps a speaker noun the tagger reads as a verb at the end of the source phrase', () => {
    expect(sources('Three nurses were injured according to the Geneva-based monitor.')).toEqual([
      ['Three nurses', 'Geneva-based monitor'],
    ]);
    expect(sources('Eight people died, according to the state-run media.')).toEqual([
      ['Eight people', 'state-run media'],
    ]);
  });

  it('ends the source phrase where a count opens the words it reports', () => {
    expect(sources('According to the port authority 17 sailors are missing.')).toEqual([
      ['17 sailors', 'port authority'],
    ]);
    expect(sources('according to local doctors dozens of villagers were wounded in the raid')).toEqual([
      ['dozens of villagers', 'local doctors'],
    ]);
  });

  it('keeps a clause of its own after the source as its content', () => {
    expect(sources('The talks stalled and according to the mediator 30 prisoners were freed.')).toEqual([]);
    expect(sources('Voters were angry according to the mayor who said two men died.')).toEqual([['two men', 'mayor']]);
  });
});

describe('attribution: "X said" closing a sentence that lost its commas', () => {
  it('reads past a verb coordinated inside a relative clause to the main verb', () => {
    expect(
      sources(
        'The drone strikes which started Monday and lasted overnight killed 12 herders near the river the regional council said.',
      ),
    ).toEqual([['12 herders', 'regional council']]);
    const [f] = extractCasualties(
      parse(
        'THE DRONE STRIKES WHICH STARTED MONDAY AND LASTED OVERNIGHT KILLED 12 HERDERS NEAR THE RIVER THE REGIONAL COUNCIL SAID.',
      ),
    );
    expect(f?.source?.name.toLowerCase()).toBe('regional council');
  });

  it('ends the content at a counted object coordinated before the speaker', () => {
    expect(
      sources('Gunmen opened fire on a bus killing three teachers and 11 others local officials have said.'),
    ).toEqual([
      ['three teachers', 'local officials'],
      ['11 others', 'local officials'],
    ]);
  });

  it('reads coordinated speakers right after a date', () => {
    expect(
      sources('A roadside bomb killed two soldiers on Friday a police spokesman and a hospital doctor said.'),
    ).toEqual([['two soldiers', 'police spokesman and a hospital doctor']]);
  });

  it('keeps coordinated speakers that open the sentence, and a relative clause with no main verb after it', () => {
    expect(sources('Two doctors and a nurse said the clinic was shelled and four patients died.')).toEqual([
      ['four patients', 'Two doctors and a nurse'],
    ]);
    expect(sources('The fighters who stormed the town and burned the market killed nine villagers.')).toEqual([
      ['nine villagers', null],
    ]);
  });
});
