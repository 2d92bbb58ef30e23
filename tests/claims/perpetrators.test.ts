import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { summary } from './helpers.js';

describe('attributed: predicates that put an attack on their subject', () => {
  it('reads "guilty of", "implicated in", "involved in" like "responsible for"', () => {
    expect(summary('The inquiry found that the Tamil Tigers were guilty of the bus bombing.')).toEqual([
      ['attributed', 'Liberation Tigers of Tamil Eelam'],
    ]);
    expect(
      summary('Prosecutors say four officers of the Peruvian army are implicated in the massacre at the farm.'),
    ).toEqual([['attributed', 'Peru']]);
    expect(summary('Two guerrillas involved in the ambush on the convoy were arrested.')).toEqual([
      ['attributed', 'guerrillas'],
    ]);
  });

  it('gives each coordinated subject its own claim', () => {
    expect(summary('The union said the militia and the ELN were responsible for the bombing of the pipeline.')).toEqual(
      [
        ['attributed', 'militia'],
        ['attributed', 'ELN'],
      ],
    );
  });

  it('reads "EVENT was the work of X"', () => {
    expect(summary('Investigators believe the car bombing was the work of the Red Brigades.')).toEqual([
      ['attributed', 'Red Brigades'],
    ]);
  });

  it('leaves predicates without an attack alone', () => {
    expect(summary('The ELN was involved in the peace talks.')).toEqual([]);
    expect(summary('The army was responsible for security at the stadium.')).toEqual([]);
    expect(summary('The Red Brigades were not involved in the kidnapping.')).toEqual([]);
  });
});

describe('claimed: a group reporting its own acts through its medium or spokesman', () => {
  it("reads the group's fighters in a clause its own radio reports as the group's claim", () => {
    const x = extract(
      'Radio Venceremos, the rebel station, said on Sunday that the guerrillas ambushed an army convoy near the bridge.',
    );
    expect(x.claims.map((c) => [c.status, c.actor?.name, c.source?.name ?? null])).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front', null],
    ]);
  });

  it('leaves the same report by someone else an attribution', () => {
    expect(
      summary('A police spokesman said on Sunday that the guerrillas ambushed an army convoy near the bridge.'),
    ).toEqual([['attributed', 'guerrillas']]);
    expect(summary('The ELN said that FARC rebels ambushed an army convoy near the bridge.')).toEqual([
      ['attributed', 'FARC'],
    ]);
  });
});

describe('attributed: blame and accusation patterns', () => {
  it('reads "SOURCE blamed EVENT on X" when the event phrase took "on X" for its place', () => {
    expect(summary('The defence minister blamed the ambush on the Tamil Tigers.')).toEqual([
      ['attributed', 'Liberation Tigers of Tamil Eelam'],
    ]);
    expect(summary('Officials blamed the raid on Jalalabad on the Haqqani network.')).toEqual([
      ['attributed', 'Haqqani network'],
    ]);
    expect(summary('Officials blamed the raid on Jalalabad.')).toEqual([]);
  });

  it('reads an accusation whose words are quoted: accused X of "murdering" Y', () => {
    expect(summary('The union accused the militia of "murdering" three of its organisers.')).toEqual([
      ['attributed', 'militia'],
    ]);
  });
});

describe('a group named in quotation marks', () => {
  it('reads a quoted name as the subject of its claim, in capitals too', () => {
    expect(summary('THE "RED DAWN COMMAND" [COMANDO ALBA ROJA] CLAIMED RESPONSIBILITY FOR THE BOMBING.')).toEqual([
      ['claimed', 'RED DAWN COMMAND'],
    ]);
    expect(summary('The "Red Dawn Command" claimed responsibility for the bombing.')).toEqual([
      ['claimed', 'Red Dawn Command'],
    ]);
  });
});

describe('acts that did not happen are no attribution', () => {
  it('leaves threats, guesses about the future and counterfactuals out', () => {
    expect(summary('The Red Brigades will carry out further attacks, the police warned.')).toEqual([]);
    expect(summary('The army is ready for any attack that the ELN might launch.')).toEqual([]);
    expect(summary('The ELN could launch new attacks on the pipeline.')).toEqual([]);
    expect(summary('The group should have claimed responsibility for the bombing.')).toEqual([]);
  });

  it('leaves an act its own determiner denies out', () => {
    expect(summary('There were no attacks by the ELN on the pipeline this year.')).toEqual([]);
  });

  it('keeps hedged reports of past acts', () => {
    expect(summary('The ELN may have carried out the attack on the pipeline.')).toEqual([['attributed', 'ELN']]);
    expect(summary('The bombing might have been carried out by the ELN.')).toEqual([['attributed', 'ELN']]);
  });
});

describe('a condemned act and a ruler’s regime', () => {
  it('reads a generic act with a word of condemnation as an attack', () => {
    expect(summary('The bishop said these heinous actions by the Peruvian army must stop.')).toEqual([
      ['attributed', 'Peru'],
    ]);
    expect(summary('The FMLN condemned this criminal action carried out by the army.')).toEqual([
      ['attributed', 'army'],
    ]);
  });

  it("reads 'the X regime' of a head of state as the state", () => {
    expect(summary('Witnesses described a massacre perpetrated by the Bashar al-Assad regime.')).toEqual([
      ['attributed', 'Syria'],
    ]);
  });
});

describe('a subject with a place after it', () => {
  it('reads fighters placed by a prepositional phrase as the subject of their act', () => {
    expect(summary('Guerrillas near the border attacked an army post on Monday.')).toEqual([
      ['attributed', 'Guerrillas'],
    ]);
    expect(summary('Residents said militants in the old city shelled the market.')).toEqual([
      ['attributed', 'militants'],
    ]);
  });

  it('does not take the object of a noun for the subject', () => {
    expect(summary('Heavy shelling of rebels in the old city killed five civilians.')).toEqual([]);
  });
});

describe('coordinated agents and passives', () => {
  it('gives each coordinated subject of an attack verb its own claim', () => {
    expect(summary('The ELN and the FARC attacked the pipeline near the border.')).toEqual([
      ['attributed', 'ELN'],
      ['attributed', 'FARC'],
    ]);
  });

  it('reads "were also hit" and "X targets were hit" as passives, naming no agent', () => {
    expect(summary('Two ELN camps were also hit in the raid.')).toEqual([]);
    expect(summary('Ten ELN targets were hit in the raid.')).toEqual([]);
  });
});

describe('forces loyal to a head of state', () => {
  it('reads the state across a title with an article', () => {
    expect(summary('The monitor blamed the attack on forces loyal to the Syrian dictator Bashar al-Assad.')).toEqual([
      ['attributed', 'Syria'],
    ]);
  });
});

describe('objects in quotation marks, rings and sectors, adverbs before the predicate', () => {
  it('reads an actor whose words are quoted after "to", "by" or the verb', () => {
    expect(summary('Union leaders attributed the bombings to "hardline army sectors".')).toEqual([
      ['attributed', 'hardline army sectors'],
    ]);
    expect(summary('Two people were killed by mortars fired by "terrorists", state media said.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
  });

  it('reads drug rings as the ones an attack is put on', () => {
    expect(summary('In a new attack attributed to the drug trafficking rings, a bomb destroyed a school.')).toEqual([
      ['attributed', 'drug trafficking rings'],
    ]);
  });

  it('reads "X are solely responsible for the violent incidents"', () => {
    expect(summary('The students said the militias are solely responsible for the violent incidents.')).toEqual([
      ['attributed', 'militias'],
    ]);
  });
});

describe('arson and sabotage are attacks', () => {
  it('reads a claim of an arson or a sabotage', () => {
    expect(summary('The Red Brigades claimed responsibility for the arson at the depot.')).toEqual([
      ['claimed', 'Red Brigades'],
    ]);
    expect(summary('Police blamed the sabotage of the pipeline on the ELN.')).toEqual([['attributed', 'ELN']]);
  });
});

describe('a raising verb between the actor and its act', () => {
  it('reads "X appeared to have dropped", "X are believed to have fired"', () => {
    expect(summary('Residents said the militants are believed to have fired rockets at the market.')).toEqual([
      ['attributed', 'militants'],
    ]);
    expect(summary('The rebels seem to have planted the bomb near the bridge.')).toEqual([['attributed', 'rebels']]);
  });
});

describe('a state striking fighters named before', () => {
  it('reads "killed a number of them" after a sentence about insurgents as combat, not an attack', () => {
    expect(
      summary('The army destroyed a bulldozer used by insurgents. Syrian soldiers also killed a number of them.'),
    ).toEqual([]);
    expect(summary('The families fled the village. Syrian soldiers also killed a number of them.')).toEqual([
      ['attributed', 'Syria'],
    ]);
  });
  it('gives each of two coordinated states before one attack noun a claim (ANNOTATION §3)', () => {
    expect(summary('More than 30 people were killed in Iraqi and Turkish bombing on Wednesday.')).toEqual([
      ['attributed', 'Iraq'],
      ['attributed', 'Turkey'],
    ]);
    expect(summary('Dozens died in Syrian regime and Russian bombing on Wednesday.')).toEqual([
      ['attributed', 'Syria'],
      ['attributed', 'Russia'],
    ]);
    expect(summary('Civilians and Russian air strikes were discussed.')).toEqual([['attributed', 'Russia']]);
  });
  it('reads a fighters noun modifying an attack noun as who attacked (ANNOTATION §3)', () => {
    expect(summary('Rebel rocket attacks killed five people, the ministry said.')).toEqual([['attributed', 'rebels']]);
    expect(summary('Five people were killed in a rebel attack on the base, officials said.')).toEqual([['attributed', 'rebels']]);
    expect(summary('Anti-rebel strikes killed five, activists said.')).not.toContainEqual(['attributed', 'rebels']);
    expect(summary('The rebel attacks the convoy every week.')).toEqual([]);
    // "a militant attack" names a kind of attack, not who did it
    expect(summary('The envoy said the militant attack in the capital was meant to end the talks.')).toEqual([]);
  });
  it("reads a head of state's forces as the state (ANNOTATION §3)", () => {
    expect(summary("The town came under attack by Syrian President Bashar Assad's air force, activists said.")).toEqual([
      ['attributed', 'Syria'],
    ]);
    expect(summary("The town came under attack by President Bashar al-Assad's forces, activists said.")).toEqual([
      ['attributed', 'Syria'],
    ]);
  });
});
