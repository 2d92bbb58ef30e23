import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { claims, summary } from './helpers.js';

// Sentences written for these tests (ANNOTATION.md §3); none is taken from a data set.

describe('accusations and blame in more shapes', () => {
  it('reads "accused X of being (directly) responsible for"', () => {
    const [c] = claims(
      'The mayor accused the Red Hand Brigade of being largely responsible for the bombing of the depot.',
    );
    expect(c?.status).toBe('attributed');
    expect(c?.actor?.name).toBe('Red Hand Brigade');
    expect(c?.source?.name).toBe('mayor');
  });

  it('gives every blamed actor of a coordination its claim, descriptions included', () => {
    expect(
      summary('The strikers blamed the Hamas movement and the security forces for the shooting at the depot.'),
    ).toEqual([
      ['attributed', 'Hamas'],
      ['attributed', 'security forces'],
    ]);
  });

  it('reads "blamed it on X" after the attack is named', () => {
    expect(summary('A grenade exploded at the toll gate. Local papers blamed it on the smuggling cartels.')).toEqual([
      ['attributed', 'smuggling cartels'],
    ]);
  });

  it('reads the passive "X is (being) held responsible", also after "for which"', () => {
    expect(summary('The ambush on the convoy, for which the Taliban are being held responsible, killed four.')).toEqual(
      [['attributed', 'Taliban']],
    );
    expect(summary('Hamas was held responsible for the shooting at the checkpoint.')).toEqual([
      ['attributed', 'Hamas'],
    ]);
  });

  it('takes crime syndicates as actors of an attribution', () => {
    expect(summary('The magistrate attributed the killing of the judge to the drug mafias.')).toEqual([
      ['attributed', 'drug mafias'],
    ]);
  });
});

describe('claims in more shapes', () => {
  it('reads a claim of responsibility with a date before "for", and for a death', () => {
    expect(
      summary('The Red Hand Brigade accepted responsibility on Monday for the death of the customs officer.'),
    ).toEqual([['claimed', 'Red Hand Brigade']]);
  });
});

describe("a group's own medium", () => {
  it('reads what an article credited to the group’s own medium narrates the group doing as its claim', () => {
    expect(
      summary('RAQQA, June 2 (Amaq) - Islamic State fighters stormed a checkpoint and killed nine guards.'),
    ).toEqual([['claimed', 'Islamic State']]);
    expect(
      summary('RAQQA, June 2 (Reuters) - Islamic State fighters stormed a checkpoint and killed nine guards.'),
    ).toEqual([['attributed', 'Islamic State']]);
  });

  it('knows the FMLN’s stations in upper-case wire copy', () => {
    expect(
      summary(
        'CLANDESTINE, 4 MAY 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN FORCES AMBUSHED AN ARMY CONVOY NEAR THE BRIDGE.',
      ),
    ).toEqual([['claimed', 'Farabundo Martí National Liberation Front']]);
  });
});

describe('relative clauses and adjuncts in a claim', () => {
  it('finds the group a relative clause hangs on, across a bracketed gloss', () => {
    expect(
      summary(
        'Police raided camps of the ELN [National Liberation Army] rebels, who have claimed responsibility for the bombings.',
      ),
    ).toContainEqual(['claimed', 'ELN']);
  });

  it('reads "claimed credit at the time for"', () => {
    expect(summary('The Red Hand Brigade claimed credit at the time for the two bombings.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
  });
});

describe('a state named through its head', () => {
  it('gives forces loyal to a head of state, and his government, to the state', () => {
    const [c] = claims(
      'Forces loyal to President Bashar al-Assad were behind the shelling of the clinic, medics said.',
    );
    expect(c?.actor?.name).toBe('Syria');
    expect(c?.text.startsWith('Forces loyal to')).toBe(true);
    expect(summary('Medics said troops loyal to Assad shelled the clinic.')).toEqual([['attributed', 'Syria']]);
    expect(summary('Aid groups pointed the finger at the government of Bashar al-Assad for the gas attack.')).toEqual([
      ['attributed', 'Syria'],
    ]);
  });

  it('reads "pointed their fingers at X"', () => {
    expect(summary('After the car bomb, officials pointed their fingers at the Taliban.')).toEqual([
      ['attributed', 'Taliban'],
    ]);
  });
});

describe('perpetrators named in wire shapes', () => {
  it('reads a by-phrase after an "according to" aside, the aside giving the source', () => {
    const [c] = claims('The bombing was carried out, according to military sources, by the Red Hand Brigade.');
    expect(c?.status).toBe('attributed');
    expect(c?.actor?.name).toBe('Red Hand Brigade');
    expect(c?.source?.name).toBe('military sources');
  });

  it('reads "accused X of killing" when people are killed, not a process', () => {
    expect(summary('The bishop accused the Red Hand Brigade of killing two farmers near the mill.')).toEqual([
      ['attributed', 'Red Hand Brigade'],
    ]);
    expect(summary('The minister accused the Red Hand Brigade of killing the peace process.')).toEqual([]);
  });

  it('gives a unit described after its group to the group', () => {
    expect(summary('Hamas naval commandos stormed the beach and shot two guards.')).toEqual([['attributed', 'Hamas']]);
  });

  it('takes state agencies as accused actors', () => {
    expect(summary('The party accused the intelligence services of murdering its leader.')).toEqual([
      ['attributed', 'intelligence services'],
    ]);
  });
});

describe('a group’s own account of sabotage', () => {
  it('reads "claims, however, to have dynamited" and "said it had burned" as claims', () => {
    expect(summary('The Red Hand Brigade claims, however, to have dynamited the bridge.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
    expect(summary('The Red Hand Brigade said it had burned two police posts.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
  });
});

describe('two statements about one actor', () => {
  it('keeps a blame and the blamed actor’s own denial in a relative clause, with or without a comma', () => {
    expect(summary('Villagers pointed their fingers at the Taliban which denied any role in the bombing.')).toEqual([
      ['attributed', 'Taliban'],
      ['denied', 'Taliban'],
    ]);
  });

  it('reads an adverb before the gerund of an accusation', () => {
    expect(summary('Medics accused the Red Hand Brigade of deliberately shelling the clinic.')).toEqual([
      ['attributed', 'Red Hand Brigade'],
    ]);
  });
});

describe('"we" and "our" in a group’s own communiqué', () => {
  it('gives the unquoted first person of an article from a group’s own medium to the group', () => {
    expect(
      summary('RAQQA, June 2 (Amaq) - After the prayers, our fighters attacked the checkpoint and killed nine guards.'),
    ).toEqual([['claimed', 'Islamic State']]);
    expect(
      summary('KABUL, May 3 (Reuters) - During the raid, our forces attacked enemy positions near the base.'),
    ).toEqual([]);
  });
});

describe('what a group’s own medium does not make a claim', () => {
  it('keeps an accusation it reports and an intention out of the group’s claims', () => {
    expect(
      summary('RAQQA, June 2 (Amaq) - Islamic State is blamed for the bombing of the bridge by the enemy.'),
    ).toEqual([['attributed', 'Islamic State']]);
    expect(summary('“We will carry out attacks on the convoys,” a Taliban spokesman said.')).toEqual([]);
  });
});

describe('denials of the attack itself', () => {
  it('reads "X denied the attack/strike on…"', () => {
    expect(summary('The Russian government denied the strike on the bakery.')).toEqual([['denied', 'Russia']]);
    expect(summary('Hamas denied the bombing of the bus.')).toEqual([['denied', 'Hamas']]);
  });
});

describe('coordinated and progressive accusations', () => {
  it('gives every accused actor its claim and reads "are accusing" as active', () => {
    expect(summary('The union accused the army and the death squads of murdering two organisers.')).toEqual([
      ['attributed', 'army'],
      ['attributed', 'death squads'],
    ]);
    const [c] = claims('Opposition leaders are accusing the militia of shelling the market.');
    expect(c?.actor?.name).toBe('militia');
    expect(c?.source?.name).toBe('Opposition leaders');
  });

  it('finds the accusation’s "of" past an "of" inside the object', () => {
    expect(
      summary('Farmers are accusing the army and the hardline sectors of the government of burning the granary.'),
    ).toContainEqual(['attributed', 'army']);
  });

  it('blames a group and "its armed forces", across a bracketed gloss', () => {
    expect(
      summary('We blame Hamas [the Islamic Resistance Movement] and its armed wing for the bombing.'),
    ).toContainEqual(['attributed', 'Hamas']);
  });

  it('reads "an attack officials have blamed on X"', () => {
    expect(summary('A grenade hit the depot, an attack local officials have blamed on the rebels.')).toContainEqual([
      'attributed',
      'rebels',
    ]);
  });
});

describe('the issue 13 list, on sentences written for it', () => {
  // through extract(): a reported clause's source comes from the attribution layer
  const one = (text: string): [string, string | null, string | null][] =>
    extract(text).claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

  it('attributes beyond claim words: by-phrases, reported actor-verb clauses, a state by its forces', () => {
    expect(one('Nine villagers died in air strikes by government forces on the market.')).toEqual([
      ['attributed', 'government forces', null],
    ]);
    expect(one('Two boys were hit by shells fired by the militants near the well.')).toEqual([
      ['attributed', 'militants', null],
    ]);
    expect(one('Residents said the Red Hand Brigade shelled the ferry terminal.')).toEqual([
      ['attributed', 'Red Hand Brigade', 'Residents'],
    ]);
    expect(one('Turkish jets pounded the border village, killing four.')).toEqual([['attributed', 'Turkey', null]]);
  });

  it('reads wire copy: groups of a front attacking, military sources, members of a group', () => {
    expect(summary('GUERRILLAS OF THE FMLN ATTACKED THE POWER STATION LAST NIGHT, KILLING TWO GUARDS.')).toEqual([
      ['attributed', 'Farabundo Martí National Liberation Front'],
    ]);
    expect(one('MILITARY SOURCES SAID THE SHINING PATH WAS RESPONSIBLE FOR THE DYNAMITE ATTACK.')).toEqual([
      ['attributed', 'Shining Path', 'MILITARY SOURCES'],
    ]);
    expect(summary('MEMBERS OF THE SHINING PATH DYNAMITED TWO POWER PYLONS.')).toEqual([
      ['attributed', 'Shining Path'],
    ]);
  });

  it('reads denials and claims in other forms', () => {
    expect(summary('The shelling of the ferry was denied by Ankara.')).toEqual([['denied', 'Turkey']]);
    expect(summary('Both the army and the rebels denied shelling the ferry.')).toEqual([
      ['denied', 'army'],
      ['denied', 'rebels'],
    ]);
    expect(summary('The Syrian president said he ordered the strikes on the depot.')).toEqual([['claimed', 'Syria']]);
    expect(summary('The blast, in what the Red Hand Brigade claimed was revenge for the raid, killed four.')).toEqual([
      ['claimed', 'Red Hand Brigade'],
    ]);
    expect(summary('Karl Weiss has confessed to taking part in the bombing of the depot.')).toEqual([
      ['claimed', 'Karl Weiss'],
    ]);
  });

  it('keeps sturdier blame patterns', () => {
    expect(summary('The mayor holds the army "fully responsible" for the massacre at the well.')).toEqual([
      ['attributed', 'army'],
    ]);
    expect(summary('A mortar attack hit the school. The governor blamed the rebels.')).toEqual([
      ['attributed', 'rebels'],
    ]);
    expect(one('The bombing that London has blamed on Moscow killed two.')).toEqual([
      ['attributed', 'Russia', 'United Kingdom'],
    ]);
  });

  it('gives every claim a confidence between 0 and 1', () => {
    for (const c of claims('The Taliban claimed the bombing; police blamed Hamas for the shooting at the depot.')) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});
