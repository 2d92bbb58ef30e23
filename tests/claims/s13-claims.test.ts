import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { claims, summary, SYRIA } from './helpers.js';

/** An attack told first, so that a bare claim has its attack in sight. */
const BLAST = 'A car bomb went off outside a courthouse in the Syrian city of Homs on Tuesday, killing nine people. ';

/** `[status, actor, source]` of each claim. */
const rows = (text: string): [string, string | null, string | null][] =>
  claims(text).map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

describe('the speaker is never the owner of the forces it reports on (tagger reads "said" as an adjective)', () => {
  it('gives the forces after "NAME said" as the actor, the name as the source', () => {
    expect(rows(`${BLAST}Human Rights Watch said government forces were responsible for the bombing.`)).toEqual([
      ['attributed', 'government forces', 'Human Rights Watch'],
    ]);
    expect(summary(`${BLAST}Amnesty International said rebel fighters were likely responsible for the blast.`)).toEqual(
      [['attributed', 'rebel fighters']],
    );
  });

  it('still reads a unit after its owner named with a possessive', () => {
    expect(summary(`${BLAST}The Islamic State's Homs brigade was responsible for the bombing, police said.`)).toEqual([
      ['attributed', 'Islamic State'],
    ]);
  });
});

describe("a group's own account of shelling and firing is its claim", () => {
  it('reads "X said its fighters shelled / fired / pounded…" as claimed', () => {
    expect(summary(`${BLAST}The Levant Front said its fighters shelled army positions south of the city.`)).toEqual([
      ['claimed', 'Levant Front'],
    ]);
    expect(summary(`${BLAST}Jaish al-Islam said on Wednesday that its men pounded the airport with rockets.`)).toEqual([
      ['claimed', 'Army of Islam'],
    ]);
  });

  it('does not make a state its reporter names the claimant', () => {
    expect(summary(`${BLAST}The Levant Front said the army fired rockets at the market.`)).not.toContainEqual([
      'claimed',
      'Levant Front',
    ]);
  });
});

describe('fighters from a named group are that group', () => {
  it('reads "FIGHTERS from GROUP did…" as the group', () => {
    expect(summary('Jihadists from the Islamic State group killed 14 herders near Menaka, residents said.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
    expect(summary('Gunmen from Boko Haram stormed a school in Yobe on Friday, police said.')).toEqual([
      ['attributed', 'Boko Haram'],
    ]);
  });

  it('leaves a place after "from" alone', () => {
    expect(summary('Rebels from Idlib shelled the town of Suqaylabiyah, state media said.')).not.toContainEqual([
      'attributed',
      'Idlib',
    ]);
  });
});

describe('a record of many attacks is background, not this attack', () => {
  it('reads "has carried out many / dozens of / numerous attacks" as no claim', () => {
    expect(summary(`${BLAST}Al-Shabaab has carried out many attacks in the past.`)).toEqual([]);
    expect(summary(`${BLAST}The group has staged dozens of bombings on army posts.`)).toEqual([]);
    expect(summary(`${BLAST}Boko Haram has launched numerous raids on villages in Borno.`)).toEqual([]);
  });

  it('keeps attacks narrated as done (no perfect)', () => {
    expect(summary(`${BLAST}Al-Shabaab carried out many attacks on Monday, police said.`)).toEqual([
      ['attributed', 'al-Shabaab'],
    ]);
  });
});

describe('a Title-Case headline claims like body text', () => {
  const body = '\n\nA suicide bomber struck a police post in the city on Monday, killing 12 officers, officials said.';
  it('reads "X Claim(s) Responsibility For …" and "X Claims Bombing"', () => {
    expect(summary(`Taliban Claim Responsibility For Attack On Police Post${body}`)).toContainEqual([
      'claimed',
      'Taliban',
    ]);
    expect(summary(`Al-Shabaab Claims Deadly Hotel Bombing In Mogadishu${body}`)).toContainEqual([
      'claimed',
      'al-Shabaab',
    ]);
  });

  it('reads no claim from a capitalised "Claims" outside the headline', () => {
    expect(summary(`Police post attacked${body} The Claims Commission met on Friday.`)).toEqual([]);
  });
});

describe('coordinated accused: an ally named by its adjective, a hyphenated participle between', () => {
  it('gives one claim each', () => {
    expect(summary('The rebels accused the army and its Iranian allies of shelling the market in Douma.')).toEqual([
      ['attributed', 'army'],
      ['attributed', 'Iran'],
    ]);
    expect(summary('Activists accused Syrian troops and Iranian-backed militias of shelling the town.')).toEqual([
      ['attributed', 'Syria'],
      ['attributed', 'militias'],
    ]);
  });
});

describe('accused of killing a counted number of people', () => {
  it('reads "of killing hundreds of civilians / dozens of people"', () => {
    const [c] = claims('Monitors accused the militia of killing hundreds of civilians in the north.');
    expect([c?.status, c?.actor?.name, c?.text]).toEqual([
      'attributed',
      'militia',
      'Monitors accused the militia of killing hundreds of civilians',
    ]);
    expect(summary('Villagers accused the army of killing dozens of people near the well.')).toEqual([
      ['attributed', 'army'],
    ]);
  });

  it('reads no victims in a place ("of bombing the town of X")', () => {
    const [c] = claims(`${SYRIA} The opposition accused the regime of bombing the town of Daraya overnight.`);
    expect(c?.text).toBe('The opposition accused the regime of bombing the town');
  });
});

describe('"which it blamed on X": a pronoun as the blamer in a relative clause', () => {
  it('attributes the attack before the relative to X', () => {
    // (The attribution layer reads the clause after "said" as the ministry's report, so extract()'s claims
    // link gives the source, as for any claim inside reported speech.)
    const x = extract(
      'The Syrian foreign ministry said the strike, which it blamed on Israel, hit an army post near Homs.',
    );
    expect(x.claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null])).toEqual([
      ['attributed', 'Israel', 'Syrian foreign ministry'],
    ]);
    expect(summary('The bombing, which they blamed on Boko Haram, killed 30 people.')).toEqual([
      ['attributed', 'Boko Haram'],
    ]);
  });
});

describe('"at the hands of X" names who did the violence before it', () => {
  it('reads killed / died / deaths at the hands of X', () => {
    expect(summary('Dozens of civilians were killed at the hands of Russian forces, the network said.')).toEqual([
      ['attributed', 'Russia'],
    ]);
    expect(summary('Four aid workers died at the hands of the Nusra Front last year, the report said.')).toEqual([
      ['attributed', 'Nusra Front'],
    ]);
  });

  it('needs violence before the idiom', () => {
    expect(summary('The town changed at the hands of the Nusra Front, residents said.')).toEqual([]);
    expect(summary('The decision is now at the hands of the Islamic State leadership.')).toEqual([]);
  });
});

describe("a group's medium owned with a group noun before the possessive", () => {
  it("makes the by-phrase it reports the group's claim", () => {
    expect(
      summary(`${BLAST}The Islamic State group's Amaq news agency said the bombing was carried out by an IS fighter.`),
    ).toEqual([['claimed', 'Islamic State']]);
  });

  it('keeps another group named by the medium attributed', () => {
    expect(
      summary(
        `${BLAST}The Islamic State group's Amaq news agency said the bombing was carried out by the Nusra Front.`,
      ),
    ).toEqual([['attributed', 'Nusra Front']]);
  });
});

describe('a record of dozens of raids after a perfect', () => {
  it('gives no claim for "has carried out dozens of raids"', () => {
    expect(summary(`${BLAST}Israel has carried out dozens of raids in Syria since 2013.`)).toEqual([]);
    expect(summary(`${BLAST}The rebels have launched hundreds of rocket attacks on the city.`)).toEqual([]);
  });

  it('keeps dozens of raids narrated as done today', () => {
    expect(summary(`${BLAST}Russian jets carried out dozens of raids on the town on Monday.`)).toEqual([
      ['attributed', 'Russia'],
    ]);
  });
});

describe('quotation marks inside the phrase', () => {
  it('reads "behind the \"deliberate attacks\"", "\"fully responsible\" for", "bore \"full responsibility\" for"', () => {
    expect(summary('Rescuers said the militia was behind the "deliberate attacks" on the convoy.')).toEqual([
      ['attributed', 'militia'],
    ]);
    expect(summary('The minister holds the militia "fully responsible" for the massacre at the market.')).toEqual([
      ['attributed', 'militia'],
    ]);
    expect(summary('Officials said the rebels bore "full responsibility" for the massacre.')).toEqual([
      ['attributed', 'rebels'],
    ]);
  });

  it('gives no claim to a body that bears responsibility', () => {
    expect(summary('The rebels said the Security Council bears responsibility for the massacre.')).toEqual([]);
    expect(summary('Activists said the international community bears responsibility for these crimes.')).toEqual([]);
  });
});

describe('accused of a generic wrong over an attack; a coordinated subject with its ally', () => {
  it('reads "accused of war crimes over the bombing of hospitals"', () => {
    expect(
      summary(
        'The Syrian government and its ally Russia have been accused of war crimes over the bombing of hospitals.',
      ),
    ).toEqual([
      ['attributed', 'Syria'],
      ['attributed', 'Russia'],
    ]);
    expect(summary('Activists accused the militia of crimes in the attack on the village.')).toEqual([
      ['attributed', 'militia'],
    ]);
  });

  it('reads no attack in a generic wrong alone', () => {
    expect(summary('Washington accused Moscow of war crimes.')).toEqual([]);
  });
});

describe('suspicion falls on an actor', () => {
  it('attributes the attack in sight to who suspicion fell on', () => {
    expect(summary(`${BLAST}Suspicion fell on the Islamic State, which has carried out similar attacks.`)).toEqual([
      ['attributed', 'Islamic State'],
    ]);
    expect(summary(`${BLAST}Suspicions immediately focused on Kurdish militants.`)).toEqual([
      ['attributed', 'Kurdish militants'],
    ]);
  });

  it('reads no suspicion denied, nor one with no attack in sight', () => {
    expect(summary(`${BLAST}No suspicion fell on the rebels.`)).toEqual([]);
    expect(summary('Suspicion fell on the finance minister after the vote.')).toEqual([]);
  });
});

describe('praise of the attack named before, as a pronoun', () => {
  it('reads "did not claim the attack, but praised it" as hedged', () => {
    expect(summary('Hezbollah did not claim the bombing, but praised it as a heroic operation.')).toEqual([
      ['hedged', 'Hezbollah'],
    ]);
  });

  it('reads no praise of anything else', () => {
    expect(summary('Hezbollah welcomed the ceasefire and praised it as a victory.')).toEqual([]);
  });
});

describe('blamed X, with an aside between X and "for"', () => {
  it('reads the attack after the aside', () => {
    expect(summary('Residents blamed pro-government militias, known as shabiha, for the killings.')).toEqual([
      ['attributed', 'pro-government militias'],
    ]);
    expect(summary('Residents blamed the militia, which is loyal to the governor, for the massacre.')).toEqual([
      ['attributed', 'militia'],
    ]);
  });
});

describe("a group's own statement that it had nothing to do with the attack", () => {
  it('reads "said it had nothing to do with / played no part in / had no role in" as denied', () => {
    expect(summary(`${BLAST}Hamas said it had nothing to do with the bombing.`)).toEqual([['denied', 'Hamas']]);
    expect(summary('The Taliban said on Friday they had no role in the killing of the governor.')).toEqual([
      ['denied', 'Taliban'],
    ]);
  });

  it('reads no denial of something else than an attack', () => {
    expect(summary(`${BLAST}Hamas said it had nothing to do with the election.`)).toEqual([]);
  });

  it('reads its quoted "soldiers" as its own fighters', () => {
    expect(summary(`${BLAST}The Islamic State said its "soldiers" carried out the bombing.`)).toEqual([
      ['claimed', 'Islamic State'],
    ]);
  });
});

describe('a group hyphenated before "claimed"', () => {
  it('reads "an IS-claimed attack" as the group\'s claim', () => {
    expect(summary('In an IS-claimed attack, gunmen killed 12 people at a checkpoint.')).toEqual([
      ['claimed', 'Islamic State'],
    ]);
    expect(summary('An al-Shabaab-claimed bombing hit the port on Monday.')).toEqual([['claimed', 'al-Shabaab']]);
  });

  it('reads no claim of anything but an attack', () => {
    expect(summary('The IS-claimed territory shrank last year.')).toEqual([]);
  });
});

describe('accused of a wrong done "by" an attack', () => {
  it('reads "accused X of violating the truce by shelling the town"', () => {
    expect(summary('The rebels accused the army of breaking the ceasefire by bombing a hospital.')).toEqual([
      ['attributed', 'army'],
    ]);
  });

  it('reads no attack in "by boycotting them"', () => {
    expect(summary('The minister accused the opposition of undermining the talks by boycotting them.')).toEqual([]);
  });
});

describe('a lower-case owner whose possessive lost its apostrophe ("the Assad regimes air force")', () => {
  it('makes the forces the state', () => {
    expect(summary(`${SYRIA} The Assad regimes air force bombed the market in Douma, activists said.`)).toEqual([
      ['attributed', 'Syria'],
    ]);
  });

  it('leaves a plural "regimes" that owns nothing alone', () => {
    expect(summary('Authoritarian regimes fear the protests, the report said.')).toEqual([]);
  });
});

describe('"opened fire on" names who shot', () => {
  it('attributes the shooting to a named group or described fighters', () => {
    expect(summary('Islamic State militants opened fire on the convoy, the ministry said.')).toEqual([
      ['attributed', 'Islamic State'],
    ]);
    expect(summary('Rebel fighters opened fire on a checkpoint near Hama, state media said.')).toEqual([
      ['attributed', 'Rebel fighters'],
    ]);
  });

  it('reads no actor in unidentified gunmen nor an opened road', () => {
    expect(summary('Unidentified gunmen opened fire on a checkpoint, killing two soldiers.')).toEqual([]);
    expect(summary('The rebels opened the road to aid convoys on Monday.')).toEqual([]);
  });
});

describe('incidents: a plural phrase that refers back to attacks on several places (ANNOTATION.md §5)', () => {
  const TEXT =
    'Gunmen kill 20 in attacks on two villages\n\n' +
    'Gunmen on motorbikes have killed at least 20 civilians in attacks on two villages in central Mali, officials said.\n\n' +
    'The attackers stormed the village of Kori early on Sunday, the mayor said. He said 14 people had been killed there.\n\n' +
    'A few hours later the same group attacked Bangassi, 15km away, killing six people, a youth association said.\n\n' +
    'No group has said it carried out the attacks, but the army blamed "terrorists".';
  const x = extract(TEXT, { publishedAt: '2024-03-05' });

  it('puts the claims about "the attacks" in no incident', () => {
    expect(x.claims.map((c) => c.status)).toEqual(['unclaimed', 'attributed']);
    for (const i of x.incidents) expect(i.claims, i.id).toEqual([]);
    expect(x.incidents.map((i) => i.place?.text)).toEqual(['the village of Kori', 'Bangassi']);
  });

  it('keeps "the raids" with the one event told with strikes', () => {
    const y = extract(
      'Air strikes killed seven people in Khan Sheikhun on Monday, the monitor said. The monitor said the raids were carried out by Russian jets.\n\n' +
        'Another five people died in shelling on Kafranbel on Monday.\n\n' +
        'Activists blamed the regime for the raids.',
      { publishedAt: '2016-10-25' },
    );
    const i = y.incidents.find((d) => d.claims.some((c) => c.actor?.name === 'Russia'));
    expect(i?.place?.text).toBe('Khan Sheikhun');
  });
});
