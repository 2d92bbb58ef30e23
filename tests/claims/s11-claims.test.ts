import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { claims, summary } from './helpers.js';

/** `[status, actor, source]` of each claim, as `extract()` links them. */
const rows = (text: string): [string, string | null, string | null][] =>
  extract(text).claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

describe('background mentions of other attacks give no claim (ANNOTATION.md §3: this attack)', () => {
  it('drops a record of similar attacks after a perfect, and earlier attacks', () => {
    const text =
      'A roadside bomb killed six soldiers near the town of Gao on Sunday, the army said. No group has claimed the attack. ' +
      'The Sahel branch of al-Qaida has carried out similar attacks in the region, and Islamic State has claimed previous bombings there.';
    expect(rows(text)).toEqual([['unclaimed', null, null]]);
    expect(summary('Gunmen shot dead four guards at the mine. The rebels have staged such raids before.')).toEqual([]);
  });

  it('keeps a similar attack reported as an act of its own, and this attack among others', () => {
    expect(
      summary('Three farmers died on Tuesday after a similar attack by Turkish jets on the next village.'),
    ).toEqual([['attributed', 'Turkey']]);
    expect(summary('Five people died after similar attacks by Turkish jets on the next village.')).toEqual([
      ['attributed', 'Turkey'],
    ]);
    expect(
      summary('Mourners condemned the massacre and other crimes committed by the Shabaab militia.'),
    ).toContainEqual(['attributed', 'al-Shabaab']);
  });
});

describe('a denial the actor does not make is hedged', () => {
  it('reads "did not deny" / "has not denied" as stopping short (hedged), with a pronoun subject too', () => {
    expect(summary('Hamas was blamed for the rocket attack on the port. It did not deny responsibility.')).toEqual([
      ['attributed', 'Hamas'],
      ['hedged', 'Hamas'],
    ]);
    expect(
      summary(
        'A bomb killed four traders in the bazaar on Friday. The Pakistani Taliban have not denied responsibility for the blast.',
      ),
    ).toContainEqual(['hedged', 'Tehrik-i-Taliban Pakistan']);
  });

  it('keeps a far negation out of it', () => {
    expect(summary('A bomb killed four traders in the bazaar. No official who denied the attack was named.')).toEqual(
      [],
    );
  });
});

describe('a prepositional phrase between the attacker and its verb', () => {
  it('reads the subject before the phrase', () => {
    expect(summary('Syrian jets in breach of the ceasefire hit a clinic in the valley.')).toEqual([
      ['attributed', 'Syria'],
    ]);
    expect(summary('Turkish troops from the border post shelled the farms on Monday.')).toEqual([
      ['attributed', 'Turkey'],
    ]);
  });

  it('takes no object of a preposition for the subject', () => {
    expect(summary('Air strikes on rebels in the hills killed ten shepherds on Monday.')).toEqual([]);
  });
});

describe('fighters named by a collective noun, and their affiliates', () => {
  it('names "terrorist organizations" and "rebel groups" by the fighters they gather', () => {
    expect(summary('Terrorist organizations based in the orchards fired mortar shells at the school.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
    expect(summary('The rebel groups shelled the bus depot, killing two drivers.')).toEqual([['attributed', 'rebels']]);
    // no fighters word before the collective noun: the words stay
    expect(summary('Armed groups shelled the bus depot, killing two drivers.')).toEqual([
      ['attributed', 'Armed groups'],
    ]);
  });

  it('takes the affiliates, not the group they are linked to, as the subject', () => {
    expect(summary('Terrorist groups affiliated to the Nusra Front fired a mortar shell at the clinic.')).toEqual([
      ['attributed', 'terrorists'],
    ]);
  });
});

describe('the source of a clause after an owned report noun', () => {
  it('gives the owner of "his charge that…" as the source, not after a denial verb', () => {
    expect(
      rows(
        'A car bomb killed nine people at the port on Monday. The minister stood by his charge that Hamas was responsible.',
      ),
    ).toEqual([['attributed', 'Hamas', 'minister']]);
    expect(
      rows('A car bomb killed nine people at the port. The army repeated its claim that rebels shelled the market.'),
    ).toContainEqual(['attributed', 'rebels', 'army']);
  });

  it('starts the clause after "that", not with it', () => {
    const [c] = extract('The army repeated its claim that rebels shelled the market, killing four.').claims;
    expect(c?.text).toBe('rebels shelled the market');
  });
});

describe('a passive denial by a state body or its voice', () => {
  it('gives the ministry’s or spokesman’s denial to the state', () => {
    expect(summary('The shelling of the camp was denied by the Turkish defence ministry.')).toEqual([
      ['denied', 'Turkey'],
    ]);
    expect(summary('The air strike on the bakery was denied by a Russian military spokesman.')).toEqual([
      ['denied', 'Russia'],
    ]);
  });
});

describe('a hyphenated word inside the phrase between attacker and verb', () => {
  it('reads past "in violation of a cease-fire"', () => {
    expect(rows('Rebels said Syrian jets in violation of a cease-fire hit a bakery, killing a baker.')).toEqual([
      ['attributed', 'Syria', 'Rebels'],
    ]);
  });
});

describe('a lone surname shared by two people', () => {
  it('is the person the article names more, not one named in passing last', () => {
    const x = extract(
      'Prime Minister Jonas Kettering condemned the bombing of the station. Jonas Kettering, joined by his wife Ilse Kettering, ' +
        'laid a wreath. These killings by the Red Dawn militia will be punished, Kettering said.',
    );
    expect(x.claims.map((c) => [c.actor?.name, c.source?.name])).toContainEqual([
      'Red Dawn militia',
      'Jonas Kettering',
    ]);
    expect(x.quotes.map((q) => q.speaker?.name)).not.toContain('Ilse Kettering');
  });
});

describe('"were responsible" with the attack named two sentences before', () => {
  it('reads past a sentence between (a photo caption)', () => {
    expect(
      rows(
        'A gas attack killed 70 people in the town of Kafr Nabl. The minister meets the king in the palace on Wednesday (AP). ' +
          'The minister stood by his charge that the rebels were responsible.',
      ),
    ).toContainEqual(['attributed', 'rebels', 'minister']);
  });
});

describe('sources the tagger or a passive hid', () => {
  it('reads "The rights monitor said" (monitor/VERB said/ADJ) as the source, not "said rebels" as the actor', () => {
    expect(rows('The war monitor said rebels shelled the bus depot on Sunday.')).toEqual([
      ['attributed', 'rebels', 'war monitor'],
    ]);
  });

  it('takes no source from the subject of a passive "was blamed on", past a relative aside', () => {
    expect(summary('The bombing of the bridge, which killed six, was blamed on the rebels.')).toEqual([
      ['attributed', 'rebels'],
    ]);
    expect(claims('The shelling of the depot was blamed on the rebels.')[0]?.source).toBeNull();
  });
});

describe('whose "government" a bare government is', () => {
  it('is the state the article names with "government", not the state it names most', () => {
    const text =
      'Russia said on Monday its jets had not struck the town. The Kremlin said Russian forces were only targeting militants. ' +
      'Moscow has backed the Syrian government since 2015. Russian officials said Russia would keep its bases. ' +
      'Government air strikes killed ten people in the suburb, the monitor said.';
    expect(rows(text)).toContainEqual(['attributed', 'Syria', 'monitor']);
  });

  it('never takes a state quoted before for "the monitor"', () => {
    const x = extract(
      'The Kremlin said its forces had hit only militants. Rebels shelled a school in the town on Monday, the monitor said.',
    );
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Kremlin', 'monitor']);
  });
});

describe('a group that says another named actor did it', () => {
  it('accuses that actor and hedges nothing of its own', () => {
    expect(
      rows('A car bomb killed six people on Monday. A Boko Haram spokesman said the army planted the bomb.').filter(
        (r) => r[0] === 'hedged',
      ),
    ).toEqual([]);
    // unnamed attackers stay the group's implied own (the existing reading)
    expect(summary('Boko Haram said that three gunmen had carried out the ambush on the convoy.')).toEqual([
      ['hedged', 'Boko Haram'],
    ]);
  });
});

describe('wire shapes: trials, military men, slaughter (ANNOTATION.md §3: a court or the police name the attacker)', () => {
  it('reads "brought to trial for" like "tried for"', () => {
    expect(
      summary(
        'SIX NUNS WERE KILLED IN MAY. OFFICERS OF THE HONDURAN ARMY ARE TO BE BROUGHT TO TRIAL FOR THE MURDER OF THE NUNS.',
      ),
    ).toEqual([['attributed', 'Honduras']]);
    expect(summary('The soldiers were put on trial.')).toEqual([]);
  });

  it('names the military by "military men" / "military officers", with a reduced relative "charged with"', () => {
    expect(summary('Six nuns were killed in May. Eight military officers were charged with killing the nuns.')).toEqual(
      [['attributed', 'military']],
    );
    expect(
      summary('SIX NUNS WERE KILLED IN MAY. THE JUDGE WILL TRY THE FOUR MILITARY MEN CHARGED WITH KILLING THE NUNS.'),
    ).toEqual([['attributed', 'military']]);
    // police officers still name no one
    expect(summary('Six nuns were killed in May. Two police officers were charged with killing the nuns.')).toEqual([]);
  });

  it('reads a slaughter as an attack', () => {
    expect(summary('A bomb killed six clerks at the depot. The union blamed the army for the slaughter.')).toEqual([
      ['attributed', 'army'],
    ]);
  });
});

describe('self-claims through a head of state', () => {
  it('reads the state from a possessive country name or a known leader', () => {
    expect(summary("Pakistan's prime minister said he had ordered the strikes on the camp.")).toEqual([
      ['claimed', 'Pakistan'],
    ]);
    expect(summary('Bashar al-Assad said he had ordered the air raids on the town.')).toEqual([['claimed', 'Syria']]);
    expect(summary('The president said he ordered an inquiry into the bombing.')).toEqual([]);
  });
});

describe('an attack "from" fighters', () => {
  it('reads an armed group or fighters after "attack from", never a place', () => {
    expect(rows('The town came under attack from rival Islamist fighters on Monday, the monitor said.')).toEqual([
      ['attributed', 'rival Islamist fighters', 'monitor'],
    ]);
    expect(summary('The village was hit by an attack from Shabaab militants.')).toEqual([['attributed', 'al-Shabaab']]);
    expect(summary('The attack from the north killed six.')).toEqual([]);
    expect(summary('An attack from Turkey killed six.')).toEqual([]);
  });
});

describe('a denial owned through a possessive scraped copy lost', () => {
  it('reads "denials from the Assads administration" as the state’s', () => {
    expect(
      summary('A gas attack killed 70 people in the town. The envoy dismissed denials from the Assads administration.'),
    ).toEqual([['denied', 'Syria']]);
  });
});
