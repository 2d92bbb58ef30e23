import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// A fourth stress set (s17) of sentences written for these tests (ANNOTATION.md §3), none taken from a
// data set, with constructions the s14–s16 sets do not hold: reported actor-verb clauses with other
// verbs and other reporters (`activists said regime helicopters dropped…`, `the monitor said Russian
// warplanes carried out the raids`), forces named by an adjective and a force noun (`coalition
// aircraft`, `US-led coalition jets`, `Turkish troops`), passives with the by-agent late in the
// sentence, place qualifiers (`rebel-held`, `Houthi-controlled`: never an actor), self-claims through
// a spokesman with a quoted object, standing denials of a practice (background), and Title Case and
// capital headlines of claims, denials and blame.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'
// (no claim but an 'unclaimed' one).

type Row = ClaimRow;
const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const YEMEN = 'Yemen has been at war since 2014. The Houthis hold the capital, Sanaa. ';
const BLAST = 'A bomb tore through a crowded bus station on Thursday, killing eleven people. ';
const cases: [string, Row[] | 'none'][] = [
  // reported actor-verb clauses: many verbs, many reporters
  [
    SYRIA + 'Activists said regime helicopters dropped barrel bombs on the town of Daraya.',
    [['attributed', 'Syria', '*']],
  ],
  [SYRIA + 'The monitor said Russian warplanes carried out the raids on Saraqeb.', [['attributed', 'Russia', '*']]],
  [SYRIA + 'Residents said army units shelled the town overnight.', [['attributed', 'Syria', '*']]],
  [SYRIA + 'Medics in the town told AFP that Turkish artillery hit a bakery at dawn.', [['attributed', 'Turkey', '*']]],
  [
    'Rescue workers said US-led coalition jets struck a school sheltering displaced families.',
    [['attributed', '*', '*']],
  ],
  [
    SYRIA + 'According to opposition activists, government forces pounded the district with rockets.',
    [['attributed', 'Syria', '*']],
  ],
  [
    'Local sources reported that Israeli aircraft targeted a crowded bakery near Damascus airport.',
    [['attributed', 'Israel', '*']],
  ],
  // (a state's forces striking an armed target, reported: an attribution all the same, ANNOTATION.md §3 as the
  // dev gold was re-read; only the article's own narration of it is none; s18)
  [
    'Local sources reported that Israeli aircraft targeted a weapons depot near Damascus airport.',
    [['attributed', 'Israel', '*']],
  ],
  // a state named by its forces as the subject of a perpetration or responsibility predicate
  [SYRIA + 'The Observatory said Russian planes carried out the raids.', [['attributed', 'Russia', '*']]],
  [
    SYRIA + 'TURKISH TROOPS CARRIED OUT THE ATTACK ON THE VILLAGE, KURDISH OFFICIALS SAID.',
    [['attributed', 'Turkey', '*']],
  ],
  [SYRIA + 'Russian planes were behind the attack, activists said.', [['attributed', 'Russia', '*']]],
  [
    SYRIA + 'Activists said Russian and Syrian jets were behind the attack.',
    [
      ['attributed', 'Russia', '*'],
      ['attributed', 'Syria', '*'],
    ],
  ],
  [SYRIA + 'Activists said Russian planes were responsible for the massacre.', [['attributed', 'Russia', '*']]],
  [SYRIA + 'Russian planes carried out reconnaissance flights over the town.', 'none'],
  // a bare "coalition" before forces, after the article named the coalition
  [
    'Yemen has been at war since 2014. The Saudi-led coalition has bombed the Houthis since 2015. ' +
      "The Houthis' al-Masirah TV said coalition warplanes struck a school bus in Saada, killing 40 children.",
    [['attributed', 'Saudi-led coalition', '*']],
  ],
  [
    'The US-led coalition is fighting IS in Syria. Activists said coalition aircraft struck a bakery in Raqqa.',
    [['attributed', 'US-led coalition', 'Activists']],
  ],
  ['Residents said coalition jets bombed a school bus in Saada.', 'none'],
  // an attack "from" a state's forces (not from a place)
  [
    SYRIA + 'The convoy came under fire from Turkish troops near the border, the SDF said.',
    [['attributed', 'Turkey', 'Syrian Democratic Forces']],
  ],
  [
    SYRIA + 'Residents said the town came under heavy shelling from government forces.',
    [['attributed', 'Syria', 'Residents']],
  ],
  [SYRIA + 'The district came under attack from Russian jets, activists said.', [['attributed', 'Russia', '*']]],
  [SYRIA + 'Residents said the town came under heavy shelling from the north.', 'none'],
  [SYRIA + 'The convoy came under fire from Turkey, the SDF said.', 'none'],
  // passives with a by-agent late in the sentence
  [
    SYRIA +
      'Nine civilians, among them four children, were killed on Sunday in raids carried out by Russian aircraft on the village, the Observatory said.',
    [['attributed', 'Russia', '*']],
  ],
  [
    'An air strike killed nine people in the north on Monday. The hospital in the northern town was struck twice within an hour by jets of the Saudi-led coalition, medics said.',
    [['attributed', '*', '*']],
  ],
  [
    'Two aid workers were abducted on the road to Kidal late on Friday by gunmen of the Islamic State in the Greater Sahara, officials said.',
    [['attributed', 'Islamic State in the Greater Sahara', '*']],
  ],
  // place qualifiers: never the actor
  [SYRIA + 'In rebel-held eastern Ghouta, shelling killed 12 people on Tuesday, activists said.', 'none'],
  [YEMEN + 'An air strike hit a fish market in the Houthi-controlled port of Hodeidah, residents said.', 'none'],
  ['Rockets fell on government-held neighbourhoods of Aleppo, state media said.', 'none'],
  ['AIR STRIKES KILL NINE IN ISIS-HELD TOWN, MONITOR SAYS', 'none'],
  [
    SYRIA + 'Russian jets bombed the rebel-held town of Khan Sheikhoun, the monitor said.',
    [['attributed', 'Russia', '*']],
  ],
  // self-claims through a spokesman, a medium, a quoted object
  [
    YEMEN + 'A Houthi military spokesman said their forces had targeted "military gatherings" in Marib province.',
    [['claimed', 'Houthis', null]],
  ],
  [
    'In a message on Telegram, Islamic State said its "soldiers" had detonated an explosive device in the market.',
    [['claimed', 'Islamic State', null]],
  ],
  [
    'Al-Shabaab took responsibility for the truck bombing in a statement read on its Andalus radio.',
    [['claimed', 'al-Shabaab', null]],
  ],
  ['Hezbollah acknowledged that its fighters had fired the anti-tank missile.', [['claimed', 'Hezbollah', null]]],
  [
    'The Taliban issued a statement saying their fighters had stormed the police compound.',
    [['claimed', 'Taliban', null]],
  ],
  [
    'Responsibility for the bombing was later claimed, in a post on Telegram, by Islamic State.',
    [['claimed', 'Islamic State', null]],
  ],
  // a pronoun after its own sentence's subject, a monitor, is the monitor (the source), not a state named before
  [
    SYRIA + 'The Syrian Network for Human Rights documented 12 deaths in strikes it blamed on Russian aircraft.',
    [['attributed', 'Russia', 'Syrian Network for Human Rights']],
  ],
  [
    BLAST + 'Human Rights Watch said it had documented the attack by the Taliban.',
    [['attributed', 'Taliban', 'Human Rights Watch']],
  ],
  // a claim passive with an aside before its by-agent
  ['The bombing was claimed, in a statement on its website, by the Pakistani Taliban.', [['claimed', '*', null]]],
  ['THE BOMBING WAS CLAIMED, IN A STATEMENT, BY THE ELN.', [['claimed', 'ELN', null]]],
  [BLAST + 'The attack was claimed, police said, by al-Shabaab.', 'none'],
  // fighters a group reports with a modifier naming another party are not its own (no self-claim)
  [
    SYRIA + 'Turkish-backed rebels shelled the Kurdish-held town of Tal Rifaat, the SDF said.',
    [['attributed', 'rebels', 'Syrian Democratic Forces']],
  ],
  [SYRIA + 'The SDF said Syrian rebels shelled the village.', [['attributed', 'Syrian rebels', '*']]],
  [
    SYRIA + 'The Free Syrian Army said the rebels had shelled an army checkpoint.',
    [['claimed', 'Free Syrian Army', null]],
  ],
  // a spokesman named in apposition speaks for the group his role noun names; the group's fighters are its own
  [
    BLAST + "A Taliban spokesman, Zabihullah Mujahid, said the group's fighters had planted the bomb.",
    [['claimed', 'Taliban', null]],
  ],
  [
    BLAST + 'An al-Shabaab spokesman, Abdiasis Abu Musab, said the group carried out the attack.',
    [['claimed', 'al-Shabaab', null]],
  ],
  [
    BLAST + 'A police spokesman, John Kamau, said al-Shabaab carried out the attack.',
    [['attributed', 'al-Shabaab', '*']],
  ],
  // blame in other orders
  ['The Observatory blamed the strikes on Russian aircraft.', [['attributed', 'Russia', '*']]],
  [
    'Iraqi officials said the Islamic State was behind the twin suicide bombings.',
    [['attributed', 'Islamic State', '*']],
  ],
  [
    'Kenyan police on Monday accused al-Shabaab, the Somali jihadist group, of planting the roadside bomb.',
    [['attributed', 'al-Shabaab', '*']],
  ],
  [BLAST + 'Authorities in Maiduguri held Boko Haram responsible for the blast.', [['attributed', 'Boko Haram', '*']]],
  [BLAST + 'Security officials suspect the Pakistani Taliban of carrying out the attack.', [['attributed', '*', '*']]],
  // denials
  ['Moscow denied that its jets had bombed the hospital, calling the reports fake news.', [['denied', 'Russia', null]]],
  [
    BLAST + 'The Houthis rejected accusations that they had fired the missile at the mosque.',
    [['denied', 'Houthis', null]],
  ],
  ['The Pentagon denied US aircraft were involved in the raid on the village.', [['denied', '*', null]]],
  // a state speaking through its ministry or spokesman, named by a possessive (capital or country)
  [SYRIA + "Turkey's defence ministry denied that its planes struck the convoy.", [['denied', 'Turkey', null]]],
  [SYRIA + "Ankara's defence ministry denied that its planes bombed the convoy.", [['denied', 'Turkey', null]]],
  [SYRIA + "Russia's foreign ministry denied any involvement in the attack.", [['denied', 'Russia', null]]],
  [SYRIA + "Israel's army spokesman denied that its jets struck the school.", [['denied', 'Israel', null]]],
  [
    SYRIA.toUpperCase() + "RUSSIA'S DEFENCE MINISTRY DENIED THAT ITS JETS BOMBED THE HOSPITAL.",
    [['denied', 'Russia', null]],
  ],
  [SYRIA + 'The Syrian defence ministry denied that its planes bombed the convoy.', [['denied', 'Syria', null]]],
  // a state named in capitals keeps its canonical name
  [BLAST.toUpperCase() + 'RUSSIA DENIED ANY INVOLVEMENT IN THE ATTACK.', [['denied', 'Russia', null]]],
  [BLAST.toUpperCase() + 'THE GOVERNMENT BLAMED TURKEY FOR THE ATTACK.', [['attributed', 'Turkey', '*']]],
  // a denied report whose content clause has no "that"
  [
    'A bomb killed nine at a hospital in Idlib. Russia rejected claims its jets hit the hospital.',
    [['denied', 'Russia', null]],
  ],
  ['Russia Rejects Claims Its Jets Hit Idlib Hospital', [['denied', 'Russia', null]]],
  [BLAST + 'The army denied reports its troops had shelled the village.', [['denied', '*', null]]],
  // standing denials, threats, practices, allegiance: background
  [YEMEN + 'The Houthis have repeatedly denied targeting civilians.', 'none'],
  [SYRIA + 'The Syrian government routinely denies using barrel bombs.', 'none'],
  ['Al-Shabaab vowed revenge for the killing of its commander.', 'none'],
  ['Boko Haram warned of more attacks on schools that teach Western subjects.', 'none'],
  ['Washington has long accused Iran of arming the Houthis.', 'none'],
  ['Islamic State, which frequently carries out bombings in Baghdad, was driven out of Mosul in 2017.', 'none'],
  ['Since 2014 the coalition has conducted thousands of air strikes in Iraq and Syria.', 'none'],
  ['The Taliban have been blamed for most civilian casualties in the country since 2001.', 'none'],
  // victims, targets, sources: never the actor
  [
    SYRIA + 'Turkish artillery pounded homes in the Kurdish-held village of Tal Rifaat, state media said.',
    [['attributed', 'Turkey', '*']],
  ],
  ['An air strike killed a senior al-Shabaab commander near Jilib, the US military said.', 'none'],
  ['Hamas said Israeli strikes killed 12 people in Gaza.', [['attributed', 'Israel', 'Hamas']]],
  // Title Case headlines
  ['Hamas Denies Role In Attack On Israeli Bus', [['denied', 'Hamas', null]]],
  ['Houthi Rebels Claim Downing Of Saudi Jet', [['claimed', 'Houthis', null]]],
  ['Army Blames IS For Bombing Of Baghdad Market', [['attributed', 'Islamic State', '*']]],
  ['Taliban Deny Involvement In Kabul Blast', [['denied', 'Taliban', null]]],
  ['Syria Accuses Israel Of Air Strike Near Damascus', [['attributed', 'Israel', 'Syria']]],
  ['Government Blames Al-Shabaab For Hotel Siege', [['attributed', 'al-Shabaab', '*']]],
  ['Al-Shabaab Threatens New Attacks On Kenya', 'none'],
  ['Turkey Denies Its Jets Struck Kurdish Convoy', [['denied', 'Turkey', null]]],
  ['Pentagon Denies US Jets Hit Mosque In Aleppo', [['denied', 'United States', null]]],
  ['Al-Shabaab Says It Carried Out Mogadishu Hotel Attack', [['claimed', 'al-Shabaab', null]]],
  ['Kenya Accuses Al-Shabaab Of Bus Massacre', [['attributed', 'al-Shabaab', 'Kenya']]],
  ['Turkish Jets Pound Kurdish Villages, Monitor Says', [['attributed', 'Turkey', '*']]],
  ['UN Blames Syrian Government For Chemical Attack', [['attributed', 'Syria', '*']]],
  ['Hezbollah Condemns Bombing Of Beirut Mosque', 'none'],
  // capitals
  ['HAMAS DENIES ROLE IN ATTACK ON ISRAELI BUS', [['denied', 'Hamas', null]]],
  ['TALIBAN CLAIM ATTACK ON KABUL POLICE STATION', [['claimed', 'Taliban', null]]],
  [
    SYRIA.toUpperCase() + 'ACTIVISTS SAID REGIME HELICOPTERS DROPPED BARREL BOMBS ON THE TOWN.',
    [['attributed', 'Syria', '*']],
  ],
  // a copula identifying the attackers (read since the MUC-4 branch's "the killers were X guerrillas")
  [BLAST + 'Officials said the attackers were Boko Haram fighters.', [['attributed', 'Boko Haram', '*']]],
];

// Known misses (constructions not read yet): each must still fail, so that a fix shows here.
const misses: [string, Row[]][] = [
  // "IS" in capitals is the verb to the casing layer, even after a blame verb
  ['ARMY BLAMES IS FOR BOMBING OF BAGHDAD MARKET', [['attributed', 'Islamic State', '*']]],
];

const rows = claimRows;
const holds = holdsRows;

describe('stress set (s17): reported clauses, late by-agents, place qualifiers, spokesmen, standing denials', () => {
  for (const [text, want] of cases)
    it(text.replace(BLAST, '').replace(SYRIA, '').replace(YEMEN, '').slice(0, 90), () => {
      const got = rows(text);
      if (want === 'none') expect(got.filter((r) => r[0] !== 'unclaimed')).toEqual([]);
      else expect(holds(got, want), JSON.stringify(got)).toBe(true);
    });
  for (const [text, want] of misses)
    it.fails(`(known miss) ${text.replace(BLAST, '').slice(0, 80)}`, () => {
      expect(holds(rows(text), want)).toBe(true);
    });
});

describe("stress set (s17): one reading of a group's own fighters inside its claim", () => {
  it('keeps only the claim when the spokesman names "the group\'s fighters"', () => {
    const got = rows(BLAST + "Taliban spokesman Zabihullah Mujahid said the movement's fighters had planted the bomb.");
    expect(got).toEqual([['claimed', 'Taliban', null]]);
  });
});
