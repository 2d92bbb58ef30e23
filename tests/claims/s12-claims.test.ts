import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { summary } from './helpers.js';

/** `[status, actor, source]` of each claim, as `extract()` links them. */
const rows = (text: string): [string, string | null, string | null][] =>
  extract(text).claims.map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

describe('a denial of any involvement concerns the attack reported before it, however far back', () => {
  it('reads "X denied any involvement" paragraphs after the attack, not only in the next sentence', () => {
    const text =
      'Gunmen set fire to a market in the town of Kora on Friday, killing nine traders, the police said.\n\n' +
      'The regional governor visited the town on Saturday and promised help to the families.\n\n' +
      'Ansar Dine denied any involvement in a message posted online on Sunday.';
    expect(summary(text)).toContainEqual(['denied', 'Ansar Dine']);
  });

  it('keeps a denial of charges with no attack anywhere out', () => {
    const text =
      'The minister met union leaders on Friday.\n\nThe party denied any involvement in the leaked memo on Sunday.';
    expect(summary(text)).toEqual([]);
  });

  it('needs the attack before the denial: a denial in the first paragraph of a later attack story is not read back', () => {
    const text =
      'The party denied any involvement on Sunday.\n\nLater that week gunmen attacked a bus near the capital.';
    expect(summary(text).filter(([s]) => s === 'denied')).toEqual([]);
  });
});

describe('a record of past attacks and a running total are background (ANNOTATION.md §3: this attack)', () => {
  it('drops a perfect with a frequency adverb', () => {
    const text =
      'Raiders shot dead six herders near Gashua on Monday, a village head said. ' +
      'The faction, which broke away from a larger movement in 2019, has repeatedly targeted herders in the area.';
    expect(rows(text).filter(([, a]) => a !== null && a !== 'Raiders')).toEqual([]);
    expect(summary('The Ruritanian army has often shelled border villages.')).toEqual([]);
  });

  it('drops a by-phrase in the subject of a running total since a year, a coordinated actor too', () => {
    const text =
      'Violence by militias linked to Hezbollah and the Houthis has killed more than 4,000 people in the province since 2016.';
    expect(summary(text)).toEqual([]);
  });

  it('keeps the act of this attack, and an accusation made earlier', () => {
    expect(summary('Turkish jets have bombed the village since Monday, killing 12 people.')).toEqual([
      ['attributed', 'Turkey'],
    ]);
    expect(
      summary('A bomb killed five soldiers on Friday. The government had previously accused Hamas of planting bombs.'),
    ).toContainEqual(['attributed', 'Hamas']);
    // a by-phrase before a coordination that opens another clause is not the subject of its perfect
    expect(
      summary('The town is shelled by Turkish artillery and in recent weeks the army has fought there since 2019.'),
    ).toContainEqual(['attributed', 'Turkey']);
  });
});

describe('a participle opening a headline or lead: "Blaming X, Y says…"', () => {
  it('puts the attack on the object, with the speaker after it as source', () => {
    expect(rows('Blaming Hamas, Netanyahu says the rocket attack on Sderot will be answered.')).toEqual([
      ['attributed', 'Hamas', 'Netanyahu'],
    ]);
    expect(rows('Blaming the rebels, the governor said the bombing of the market was a crime.')).toEqual([
      ['attributed', 'rebels', 'governor'],
    ]);
  });

  it('reads Title Case, a comma lost by scraped copy and a dateline date before it', () => {
    expect(rows('Blaming Putin, Zelensky Says Missile Strike On Odesa Port Was Deliberate')).toContainEqual([
      'attributed',
      'Putin',
      'Zelensky',
    ]);
    expect(rows('Monday 3 June 2019 Blaming Hamas Netanyahu says the rocket attack will be answered')).toContainEqual([
      'attributed',
      'Hamas',
      'Netanyahu',
    ]);
  });

  it('needs an attack in sight and a speech verb right after the speaker', () => {
    expect(rows('Blaming Hamas, Netanyahu says the talks will go on.')).toEqual([]);
    expect(rows('Blaming Hamas for the delay, the envoy left the talks after the rocket attack.')).toEqual([]);
  });
});

describe('scraped copy without commas: a determiner after a noun opens another noun phrase', () => {
  it('ends the attacker before the reporting clause', () => {
    expect(rows('The convoy came under attack from rival jihadist fighters the monitor said.')).toEqual([
      ['attributed', 'rival jihadist fighters', 'monitor'],
    ]);
    expect(summary('Villages shelled by Turkish troops this week include Tal Rifaat.')).toEqual([
      ['attributed', 'Turkey'],
    ]);
  });

  it('keeps an apposition that names the group', () => {
    expect(
      summary('A suicide bomber from the Somali al Qaeda affiliate the Shabaab killed nine people.'),
    ).toContainEqual(['attributed', 'al-Shabaab']);
  });
});

describe('taking a place by force is an attack by the one who takes it', () => {
  it('reads seize, capture and overrun with a place or a military site as object', () => {
    expect(rows('Scores dead as Boko Haram seizes Nigerian army base: officials')).toEqual([
      ['attributed', 'Boko Haram', 'officials'],
    ]);
    expect(summary('Al-Shabaab fighters overran an army outpost near Baidoa on Monday.')).toEqual([
      ['attributed', 'al-Shabaab'],
    ]);
    expect(rows('Rebels seized control of the airport on Sunday, the monitor said.')).toEqual([
      ['attributed', 'Rebels', 'monitor'],
    ]);
  });

  it('not with goods or people taken', () => {
    expect(summary('Police seized weapons and explosives at the farm.')).toEqual([]);
    expect(summary('Boko Haram captured three soldiers near the town.')).toEqual([]);
  });

  it('ends the span at a colon', () => {
    expect(extract('Scores dead as Boko Haram seizes Nigerian army base: officials').claims[0]?.text).toBe(
      'Boko Haram seizes Nigerian army base',
    );
  });
});

describe('fighters with a participle phrase whose place is a hyphenated name', () => {
  it('reads the fighters as the subject past "positioned in Bab al-Nayrab neighborhood"', () => {
    expect(
      rows(
        'A police source said that terrorist groups positioned in Bab al-Nayrab neighborhood fired a mortar shell on a school.',
      ),
    ).toEqual([['attributed', 'terrorists', 'police source']]);
    expect(
      summary('The terrorist organizations positioned in Wadi al-Dahab forests targeted with rocket shells a village.'),
    ).toEqual([['attributed', 'terrorists']]);
  });
});

describe('a second verb after "and" shares the named subject of the verb right before', () => {
  it('reads "X infiltrated A in B province and attacked a school"', () => {
    expect(
      rows(
        'The monitor said several Shabaab fighters infiltrated Afgoye in Lower Shabelle region and attacked a police station.',
      ),
    ).toEqual([['attributed', 'al-Shabaab', 'monitor']]);
  });

  it('not past a nearer verb whose subject is no actor', () => {
    expect(summary('The YPG said the raids happened on June 28 and targeted the Kurdish-held town.')).toEqual([]);
  });
});

describe('"the same group" refers back like "the group"', () => {
  it('takes the group named before, and names no one without one', () => {
    expect(
      summary('Boko Haram killed 19 people in Kwakwa. A few hours later the same group attacked Dalori, killing 12.'),
    ).toEqual([
      ['attributed', 'Boko Haram'],
      ['attributed', 'Boko Haram'],
    ]);
    expect(
      rows('Gunmen killed 19 people in Sokolo. Later the same group attacked Dougouba, a village official said.'),
    ).toEqual([]);
  });
});

describe('issue 13 leftovers that already hold (regression)', () => {
  it('a source after the clause, a negated relative clause, a threat', () => {
    expect(rows('Rebels attacked the barracks, state television said on Saturday, citing a military source.')).toEqual([
      ['attributed', 'Rebels', 'state television'],
    ]);
    expect(summary('Police are hunting militants who did not claim the attack on the bus station.')).toEqual([]);
    expect(summary('The rebel group vowed to attack army positions in the province.')).toEqual([]);
  });
});

describe("a group's statement that its own attacks had an effect is its claim", () => {
  it('reads "its forces\' attacks on X have killed", with the apostrophe lost too', () => {
    const said = 'Kataib Hezbollah announced in a statement on Thursday that its forces';
    expect(summary(`${said}' attacks on militants near the dam have killed 14 fighters.`)).toEqual([
      ['claimed', "Kata'ib Hezbollah"],
    ]);
    expect(summary(`${said} sporadic raids on militants near the dam have killed 14 fighters.`)).toEqual([
      ['claimed', "Kata'ib Hezbollah"],
    ]);
    expect(summary('Hezbollah said that its strikes on the militants destroyed two tanks.')).toEqual([
      ['claimed', 'Hezbollah'],
    ]);
  });

  it('not a plan nor a negated effect', () => {
    expect(summary('Hezbollah said its attacks on the town would continue.')).toEqual([]);
    expect(summary('Hezbollah said its attacks on the town have not killed any civilians.')).toEqual([]);
  });
});

describe("an owned denial noun concerns the article's attack however far back", () => {
  it('reads "denials from the X administration" paragraphs after the attack', () => {
    const text =
      'A chlorine attack killed 40 people in the town of Saraqib on Tuesday, rescuers said.\n\n' +
      'Diplomats met in Geneva on Thursday. Moscow backed denials from the Syrian government by calling it a staged provocation.';
    expect(summary(text)).toContainEqual(['denied', 'Syria']);
  });

  it('not in an article with no attack before it', () => {
    expect(
      summary('Talks resumed in Geneva. Moscow backed denials from the Syrian government over the leaked memo.'),
    ).toEqual([]);
  });
});

describe('a reported bare "X were responsible" concerns the article\'s attack however far back', () => {
  it('reads it paragraphs after the attack when a speech verb reports it and it ends the clause', () => {
    const text =
      'A nerve gas attack killed 70 people in the town of Douma on Saturday, rescuers said.\n\n' +
      'Inspectors asked for access to the area. Their report is due next month.\n\n' +
      'Ministers from several European countries joined Washington in saying Hezbollah fighters were responsible.';
    expect(summary(text)).toContainEqual(['attributed', 'Hezbollah']);
  });

  it('not with no speech verb, nor before any attack', () => {
    expect(
      summary(
        'A nerve gas attack killed 70 people in Douma on Saturday.\n\nInspectors asked for access.\n\nThe ministry was responsible.',
      ),
    ).toEqual([]);
    expect(summary('Ministers said Hezbollah was responsible.\n\nLater, gunmen attacked a bus.')).not.toContainEqual([
      'attributed',
      'Hezbollah',
    ]);
  });
});

describe("a verb phrase read as a quote's speaker is no source of the claim in it", () => {
  it('gives the suspected group with no verb-phrase source ("…, rounded up X and shot them, said Y")', () => {
    const text =
      'The gunmen, suspected to be members of Boko Haram, rounded up the traders near the village of Dalori ' +
      'and shot them, said Modu Ali, a leader of the vigilante group fighting alongside the army.';
    const [c, ...rest] = extract(text).claims;
    expect(rest).toEqual([]);
    expect([c?.status, c?.actor?.name]).toEqual(['attributed', 'Boko Haram']);
    // the attribution layer names Modu Ali (or, until it does, no one): never "rounded up the traders…"
    expect([null, 'Modu Ali']).toContain(c?.source?.name ?? null);
  });

  it('keeps a one-word source the tagger reads as a verb, and a misread plural noun', () => {
    expect(rows('Syria air strikes kill 10 children: monitor')).toEqual([['attributed', 'Syria', 'monitor']]);
  });
});
