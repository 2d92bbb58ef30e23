import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { blockShape } from '../../src/document/zones.js';
import { summary } from './helpers.js';

/** `[status, actor, source]` of each claim, as `extract()` links them. */
const rows = (text: string): [string, string | null, string | null][] =>
  extract(text).claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

describe('a group’s own statement through its medium (ANNOTATION.md §3)', () => {
  it('reads past two medium phrases and a long apposition to the content', () => {
    expect(
      summary(
        'Boko Haram, the jihadist movement allied with Islamic State, said in a video on its Telegram channel that its fighters had carried out the raid.',
      ),
    ).toEqual([['claimed', 'Boko Haram']]);
    expect(summary('The Taliban said in a message on their news channel that its men had planted the bomb.')).toEqual([
      ['claimed', 'Taliban'],
    ]);
  });
});

describe('what "the group" and "the extremists" refer back to', () => {
  it('reads "the group" as the subject, not the ally an apposition names', () => {
    const got = summary(
      'Jaish al-Adl, the Sunni militant group allied with al-Qaida, said its members carried out the ambush. The group has also claimed the raid on the border post.',
    );
    expect(got).toEqual([
      ['claimed', 'Jaish al-Adl'],
      ['claimed', 'Jaish al-Adl'],
    ]);
  });

  it('resolves a definite group description to the group just named as behind the attack', () => {
    expect(
      rows(
        'Boko Haram claimed the bombing of the bus station. The state governor, Babagana Zulum, blamed the insurgents for the bloodshed.',
      ),
    ).toEqual([
      ['claimed', 'Boko Haram', null],
      ['attributed', 'Boko Haram', 'Babagana Zulum'],
    ]);
    // no group named before: the description stays
    expect(summary('The governor blamed the insurgents for the bloodshed.')).toEqual([['attributed', 'insurgents']]);
    // the only group named in the sentences before is the one described, even when it denied
    // (the governor blames it all the same); with two groups named there the description stays
    expect(summary('Boko Haram denied the bombing. The governor blamed the insurgents for the carnage.')).toEqual([
      ['denied', 'Boko Haram'],
      ['attributed', 'Boko Haram'],
    ]);
    expect(
      summary('Boko Haram and Ansaru denied the bombing. The governor blamed the insurgents for the carnage.').at(-1),
    ).toEqual(['attributed', 'insurgents']);
  });
});

describe('a headline above an agency byline', () => {
  it('keeps the headline and reads the byline as furniture', () => {
    const text =
      'Home | World\n\nTaliban claims deadly bombing at Kabul checkpoint\n\nBy Maria Lopez, Associated Press\n\nKABUL, Afghanistan (AP) — A suicide bomber struck a police checkpoint on Monday, killing six officers, police said. The blast damaged several shops nearby, a witness said.';
    const x = extract(text);
    expect(x.document.headline?.text).toBe('Taliban claims deadly bombing at Kabul checkpoint');
    expect(x.claims.map((c) => [c.status, c.actor?.name, c.text])).toContainEqual([
      'claimed',
      'Taliban',
      'Taliban claims deadly bombing',
    ]);
    expect(blockShape('By Maria Lopez and Tom Reid, Reuters')).toBe('furniture');
    // a title that opens with "By" is no byline
    expect(blockShape('By Land and Sea, Rebels Press On')).toBe('title');
  });
});

describe('a common noun is no short form of a name', () => {
  it('never reads "the army" as the Army of Islam named before', () => {
    const got = rows(
      'Army of Islam fighters hold the eastern suburbs. The army shelled the suburbs on Monday, residents said.',
    );
    expect(got.map((r) => r[1])).not.toContain('Army of Islam');
    expect(got).toContainEqual(['attributed', 'army', 'residents']);
  });
});

describe('states named by their government forces, coordinated and with an aside', () => {
  it('reads "Russian and Syrian government aircraft" as two actors', () => {
    expect(rows('Farmers said Russian and Syrian government aircraft bombed the wheat silos overnight.')).toEqual([
      ['attributed', 'Russia', 'Farmers'],
      ['attributed', 'Syria', 'Farmers'],
    ]);
  });

  it('finds the subject before an aside of support, never the backer', () => {
    expect(rows('Doctors said Syrian troops, backed by Iranian militias, shelled the clinic at dawn.')).toEqual([
      ['attributed', 'Syria', 'Doctors'],
    ]);
    expect(rows('Two farmers said Iran-backed militias shelled the orchards.').map((r) => r[1])).not.toContain('Iran');
  });
});

describe('the source of a clause after a speech verb (ANNOTATION.md §3)', () => {
  it('takes the speaker of "X said a … of raids which were carried out by Y"', () => {
    expect(
      rows(
        'Local officials said a second wave of raids which were probably carried out by Turkish jets hit the farms.',
      ),
    ).toEqual([['attributed', 'Turkey', 'Local officials']]);
    expect(rows('The monitor reported government shelling on rebel positions, in a weekly report.')).toEqual([
      ['attributed', 'government', 'monitor'],
    ]);
  });
});

describe('a pronoun subject as the source of a blame or accusation', () => {
  it('gives the person "he" or "she" refers to', () => {
    expect(
      rows('Prime Minister Jane Holloway visited the hospital on Monday. She blamed the bombing on the Shining Path.'),
    ).toEqual([['attributed', 'Shining Path', 'Jane Holloway']]);
  });
});

describe('more ways a text puts an attack on an actor (ANNOTATION.md §3)', () => {
  it('reads "the coalition" and "coalition fighter jets" as the coalition named before', () => {
    const text =
      'The US-led coalition has struck the province for a month. Medics said 11 people died as the coalition carried out raids on the ferry port, and four more after attacks by coalition fighter jets on a bakery.';
    expect(rows(text).filter((r) => r[2] === 'Medics')).toEqual([
      ['attributed', 'US-led coalition', 'Medics'],
      ['attributed', 'US-led coalition', 'Medics'],
    ]);
    // no coalition named: the bare word names no one
    expect(summary('Medics said 11 people died as the coalition carried out raids on the port.')).toEqual([]);
  });

  it('reads an air attack "of" a state, never of a place or a target', () => {
    expect(summary('The night-time air raids of Turkey destroyed two bridges.')).toEqual([['attributed', 'Turkey']]);
    expect(summary('The air raids of Mosul destroyed two bridges.')).toEqual([]);
  });

  it('reads the agent of an attack whose weapon comes between it and "by"', () => {
    expect(summary('Two guards were hurt in an attack with hand grenades by the Shining Path on the depot.')).toEqual([
      ['attributed', 'Shining Path'],
    ]);
  });

  it('reads a denial owned through "from" or "by"', () => {
    expect(summary('The bombing of the bridge drew quick denials from the Turkish government.')).toContainEqual([
      'denied',
      'Turkey',
    ]);
  });
});

describe('subjects set apart from their verb', () => {
  it('reads a group whose medium phrase stands between it and "said"', () => {
    expect(
      summary(
        'The Pakistani Taliban in a statement posted by its media wing on Telegram said it carried out the raid.',
      ),
    ).toEqual([['claimed', 'Tehrik-i-Taliban Pakistan']]);
  });

  it('reads fighters "from" a named group as that group', () => {
    expect(summary('On Tuesday gunmen from the Nusra Front fired mortar shells at a clinic.')).toEqual([
      ['attributed', 'Nusra Front'],
    ]);
  });
});

describe("a state's forces named through a possessive", () => {
  it('reads "the Syrian government\'s jets" and "the regime\'s warplanes" as the state', () => {
    expect(rows("Teachers said the Syrian government's jets bombed the school yard.")).toEqual([
      ['attributed', 'Syria', 'Teachers'],
    ]);
    expect(
      rows("Syria has been at war since 2011. Teachers said the regime's warplanes bombed the school yard.").map(
        (r) => r[1],
      ),
    ).toContain('Syria');
  });
});

describe('an attack and its by-phrase split by a date', () => {
  it('reads "an air strike on Tuesday by X" and "late on Wednesday by X"', () => {
    expect(rows('A drone strike on Friday by the Turkish military killed two farmers, the mayor said.')).toEqual([
      ['attributed', 'Turkey', 'mayor'],
    ]);
    expect(summary('He was detained late on Monday by police.')).toEqual([]);
  });
});

describe('denials through a pronoun speaker (ANNOTATION.md §3)', () => {
  it("gives a spokesman's or a head of state's denial to the group or state", () => {
    expect(
      rows(
        'Hezbollah spokesman Ali Haidar spoke to reporters after the blast. He denied that the group was behind the blast.',
      ),
    ).toEqual([['denied', 'Hezbollah', null]]);
    expect(
      summary('Syrian President Bashar al-Assad spoke after the gas attack. He denied that his troops had used sarin.'),
    ).toEqual([['denied', 'Syria']]);
  });

  it('reads nothing from a pronoun with no group or state behind it, and no denial from "did not deny"', () => {
    expect(summary('A farmer spoke after the blast. He denied that the group was behind it.')).toEqual([]);
    // (the actor leaves the accusation standing: hedged, s11-claims.test.ts)
    expect(summary('Hezbollah was accused of the bombing. It did not deny carrying out the attack.')).toEqual([
      ['attributed', 'Hezbollah'],
      ['hedged', 'Hezbollah'],
    ]);
  });
});

describe('fire from the positions of a state’s army', () => {
  it('reads "shelling from army posts" and "fire from Turkish army checkpoints" as the state', () => {
    expect(rows('Two boys died in fire from Turkish army checkpoints, the mayor said.')).toEqual([
      ['attributed', 'Turkey', 'mayor'],
    ]);
    expect(summary('Smoke rose from army posts near the river.')).toEqual([]);
  });
});
