import { describe, expect, it } from 'vitest';
import { brief, only } from './helpers.js';

// Every sentence here was written for these tests; none comes from the corpus or the dev data.

describe('casualties: outcome verbs with the count after them', () => {
  it('reads the object of an active verb in any form', () => {
    expect(brief('A landslide of rubble killing 14 miners stunned the valley.')).toEqual([
      ['14 miners', 'killed', 14, 14],
    ]);
    expect(brief('The ambush killed at least nine border guards.')).toEqual([
      ['at least nine border guards', 'killed', 9, null],
    ]);
    expect(brief('Shelling kills 7 villagers near Qaryatein')).toEqual([['7 villagers', 'killed', 7, 7]]);
    expect(brief('The blast wounded 48 and injured another 12 in the square.')).toEqual([
      ['48', 'injured', 48, 48],
      ['another 12', 'injured', 12, 12],
    ]);
  });

  it('keeps separate outcomes apart in one sentence', () => {
    expect(brief('The rocket struck a bus, killing 11 passengers and wounding 23 others.')).toEqual([
      ['11 passengers', 'killed', 11, 11],
      ['23 others', 'injured', 23, 23],
    ]);
  });

  it('reads coordinated objects: a description and a count', () => {
    expect(brief('Raiders stormed the depot, killing a night watchman and at least four drivers.')).toEqual([
      ['a night watchman', 'killed', 1, 1],
      ['at least four drivers', 'killed', 4, null],
    ]);
  });

  it('reads abductions and the people left missing', () => {
    expect(brief('Gunmen kidnapped 19 farm workers on Tuesday.')).toEqual([['19 farm workers', 'abducted', 19, 19]]);
    expect(brief('Eight fishermen remain missing after the storm of shells.')).toEqual([
      ['Eight fishermen', 'missing', 8, 8],
    ]);
    expect(brief('Thirty pilgrims were taken hostage at the shrine.')).toEqual([
      ['Thirty pilgrims', 'abducted', 30, 30],
    ]);
  });
});

describe('casualties: the count before a passive or intransitive word', () => {
  it('reads passive subjects with auxiliaries and adverbs between', () => {
    expect(brief('Twelve shepherds were reportedly killed in the raid.')).toEqual([
      ['Twelve shepherds', 'killed', 12, 12],
    ]);
    expect(brief('More than 300 dockworkers have been injured since dawn.')).toEqual([
      ['More than 300 dockworkers', 'injured', 301, null],
    ]);
    expect(brief('About 60 people are estimated to have been killed in the flood of fire.')).toEqual([
      ['About 60 people', 'killed', 60, 60],
    ]);
  });

  it('reads intransitives and adjectives, in any letter case', () => {
    expect(brief('AT LEAST five guards died in the assault.')).toEqual([['AT LEAST five guards', 'killed', 5, null]]);
    expect(brief('The fire left 5 dead and 17 wounded.')).toEqual([
      ['5', 'killed', 5, 5],
      ['17', 'injured', 17, 17],
    ]);
    expect(brief('Two cyclists were shot dead at the checkpoint.')).toEqual([['Two cyclists', 'killed', 2, 2]]);
  });

  it('reads headline participles with no auxiliary', () => {
    expect(brief('Scores killed as rockets hit Tal Rifaat market')).toEqual([['Scores', 'killed', 40, null]]);
    expect(brief('Nine medics wounded in strike on clinic')).toEqual([['Nine medics', 'injured', 9, 9]]);
    // Without commas: a count followed by its own outcome word is not the object of the first.
    expect(brief('7 porters killed 11 injured in mortar fire on Kfar Zita')).toEqual([
      ['7 porters', 'killed', 7, 7],
      ['11', 'injured', 11, 11],
    ]);
  });

  it('reads a count that runs through a participle: "12 wounded soldiers"', () => {
    expect(brief('A convoy carried 12 wounded soldiers to the coast.')).toEqual([
      ['12 wounded soldiers', 'injured', 12, 12],
    ]);
  });

  it('reads phrases: lost their lives, suffered injuries, taken to hospital', () => {
    expect(brief('Eleven climbers lost their lives on the ridge during the bombardment.')).toEqual([
      ['Eleven climbers', 'killed', 11, 11],
    ]);
    expect(brief('Forty commuters suffered mostly minor injuries in the blast.')).toEqual([
      ['Forty commuters', 'injured', 40, 40],
    ]);
    expect(brief('Six teachers were rushed to hospital after the shelling.')).toEqual([
      ['Six teachers', 'injured', 6, 6],
    ]);
  });

  it('reads people kept or treated in hospital as injured, not shock or arrests', () => {
    expect(
      brief(
        'After the car bomb, forty shoppers were detained in hospital and about ten others were treated for shock.',
      ),
    ).toEqual([['forty shoppers', 'injured', 40, 40]]);
    expect(brief('Nine dockers were treated in hospital after the grenade attack.')).toEqual([
      ['Nine dockers', 'injured', 9, 9],
    ]);
    expect(brief('Five nurses were hospitalised after the shelling, and two were treated for burns.')).toEqual([
      ['Five nurses', 'injured', 5, 5],
    ]);
    expect(brief('Eight marchers were detained by police after the riot.')).toEqual([]);
    expect(brief('Two porters died in hospital after the bombing.')).toEqual([['Two porters', 'killed', 2, 2]]);
  });

  it('reads "died of their wounds" as deaths, not injuries', () => {
    expect(brief('Three porters later died of their wounds.')).toEqual([['Three porters', 'killed', 3, 3]]);
  });
});

describe('casualties: nouns', () => {
  it('reads a count before an outcome noun, with no victim noun', () => {
    const f = only('The shelling caused nine deaths in the old quarter.');
    expect([f.text, f.outcome, f.count.min, f.victims]).toEqual(['nine deaths', 'killed', 9, null]);
    expect(brief('Rescuers recovered 31 bodies from the river.')).toEqual([['31 bodies', 'killed', 31, 31]]);
    expect(brief('The mine claimed 14 lives last spring.')).toEqual([['14 lives', 'killed', 14, 14]]);
  });

  it('reads the count after "of"', () => {
    expect(brief('Medics confirmed the deaths of 22 farmhands.')).toEqual([['22 farmhands', 'killed', 22, 22]]);
    expect(brief('Divers found the bodies of 12 in the reservoir.')).toEqual([['12', 'killed', 12, 12]]);
    expect(brief('The fire claimed the lives of seven firefighters.')).toEqual([
      ['seven firefighters', 'killed', 7, 7],
    ]);
    expect(brief('The kidnapping of two engineers shocked the town.')).toEqual([['two engineers', 'abducted', 2, 2]]);
  });

  it('reads partitives of an outcome word', () => {
    expect(brief('Nine of the wounded were flown to Latakia.')).toEqual([['Nine of the wounded', 'injured', 9, 9]]);
    expect(brief('Among the dead were three nurses and a porter.')).toEqual([
      ['three nurses', 'killed', 3, 3],
      ['a porter', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: tolls', () => {
  it('reads the count after a toll', () => {
    expect(brief('The death toll from the quarry blast rose to 58.')).toEqual([['58', 'killed', 58, 58]]);
    expect(brief('Officials put the toll at at least 40 people.')).toEqual([
      ['at least 40 people', 'killed', 40, null],
    ]);
    expect(brief('A death toll of 17 was announced at noon.')).toEqual([['17', 'killed', 17, 17]]);
    expect(brief('The injury toll stands at 230.')).toEqual([['230', 'injured', 230, 230]]);
  });

  it('takes the new toll from "from A to B"', () => {
    expect(brief('The toll climbed from 19 to 27 overnight.')).toEqual([['27', 'killed', 27, 27]]);
  });

  it('reads "the number of dead"', () => {
    expect(brief('The number of dead reached 64 by evening.')).toEqual([['64', 'killed', 64, 64]]);
  });

  it('does not take a count from another clause or another outcome', () => {
    expect(brief('The toll from the avalanche may rise because 14 climbers are missing.')).toEqual([
      ['14 climbers', 'missing', 14, 14],
    ]);
    expect(brief('The war took a heavy toll on the 3 villages.')).toEqual([]);
  });
});
