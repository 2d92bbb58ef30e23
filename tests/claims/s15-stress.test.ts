import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// A second stress set (s15) of sentences written for these tests (ANNOTATION.md §3), none taken from a
// data set, with constructions the s14 set does not hold: reported actor-verb clauses with many verbs,
// states named by an adjective + force noun, by-agents deep in a passive, `X-held`/`X-controlled` place
// qualifiers (never the actor), self-claims through a spokesman with a quoted object, habitual denials
// and background lines — in the styles of wire copy, Syrian state media, opposition media, Russian
// media and Gulf media, in normal case, Title Case headlines and capitals.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'
// (no claim but an 'unclaimed' one). `not` rows: an actor that must NOT be an attacker in the text.

type Row = ClaimRow;
const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const BLAST = 'A car bomb went off outside a courthouse on Tuesday, killing nine people. ';
const cases: [string, Row[] | 'none'][] = [
  // reported actor-verb clauses
  [
    SYRIA + 'Residents said army units shelled the southern districts of the town overnight.',
    [['attributed', 'Syria', '*']],
  ],
  [SYRIA + 'Activists said regime helicopters dropped barrel bombs on Daraya.', [['attributed', 'Syria', '*']]],
  ['The monitor said Russian warplanes carried out the raids on Saraqeb.', [['attributed', 'Russia', '*']]],
  [
    'According to the Observatory, Turkish artillery pounded Kurdish villages near Afrin.',
    [['attributed', 'Turkey', '*']],
  ],
  [SYRIA + 'Turkish army tanks shelled the village of Tal Rifaat, activists said.', [['attributed', 'Turkey', '*']]],
  ['Russian military jets bombed the market in Ariha, residents said.', [['attributed', 'Russia', '*']]],
  [SYRIA + 'Activists said Free Syrian Army units shelled the airport.', [['attributed', 'Free Syrian Army', '*']]],
  [SYRIA + 'ARMY HELICOPTERS DROPPED BARREL BOMBS ON DARAYA, ACTIVISTS SAID.', [['attributed', 'Syria', '*']]],
  // (a state's forces striking fighters' positions, reported by its own army: the state's claim, ANNOTATION.md §3
  // as the dev gold was re-read; narrated by the article it is none, tests/claims/s18-claims.test.ts)
  ['Turkish artillery pounded Kurdish positions near Afrin, the army said.', [['claimed', 'Turkey', '*']]],
  ['Israeli tanks fired shells at a house in Khan Younis, Palestinian medics said.', [['attributed', 'Israel', '*']]],
  [
    SYRIA + 'Eyewitnesses told Al Jazeera that government troops torched dozens of homes in the village.',
    [['attributed', 'Syria', '*']],
  ],
  [
    'Iraqi security sources said Islamic State militants stormed a village south of Kirkuk.',
    [['attributed', 'Islamic State', '*']],
  ],
  [
    'The Kurdish-led Syrian Democratic Forces said Turkish drones hit a car in Kobani, killing two.',
    [['attributed', 'Turkey', '*']],
  ],
  ['ACTIVISTS SAY RUSSIAN WARPLANES STRUCK A HOSPITAL IN IDLIB', [['attributed', 'Russia', '*']]],
  ['Monitor Says Turkish Jets Bombed Kurdish Villages Near Qamishli', [['attributed', 'Turkey', '*']]],
  [
    'US-led coalition aircraft bombed a school in Raqqa, killing 12 civilians, rescuers said.',
    [['attributed', '*', '*']],
  ],
  [
    'Local sources told the Syrian Observatory that Iranian-backed militias executed six men in Albu Kamal.',
    [['attributed', '*', '*']],
  ],
  // by-agents deep in a passive
  [
    'The hospital in Kafr Zita, which served about 50,000 people, was hit on Tuesday night by missiles fired from Russian aircraft, doctors said.',
    [['attributed', 'Russia', '*']],
  ],
  [
    'Three aid workers were killed near the border crossing in an ambush carried out by fighters of the Arakan Army, the UN said.',
    [['attributed', 'Arakan Army', '*']],
  ],
  [
    SYRIA +
      'The village was repeatedly targeted last week by Syrian government artillery, according to the White Helmets.',
    [['attributed', 'Syria', '*']],
  ],
  [
    SYRIA + 'Barrel bombs dropped from regime helicopters hit a bakery in Daraya, activists said.',
    [['attributed', 'Syria', '*']],
  ],
  ['Rockets fired from the hills hit the town, police said.', 'none'],
  ['The hospital was struck by Russian aircraft on Monday, doctors said.', [['attributed', 'Russia', '*']]],
  ['IS-held Raqqa was pounded by Russian jets on Sunday, activists said.', [['attributed', 'Russia', '*']]],
  // X-held / X-controlled: a place qualifier, not an attacker
  ['Shells hit the rebel-held town of Douma, killing five, a monitor said.', 'none'],
  ['An air strike on the Houthi-controlled port of Hodeidah killed seven people, medics said.', 'none'],
  ['A car bomb exploded in the Turkish-held town of Azaz, killing eight people.', 'none'],
  ['KURDISH-CONTROLLED QAMISHLI WAS HIT BY A CAR BOMB ON FRIDAY.', 'none'],
  ['Rebel-Held Town Shelled As Talks Stall In Geneva', 'none'],
  ['Mortar rounds landed on the government-held district of Jaramana, state media said.', 'none'],
  // self-claims through a spokesman, with a quoted object
  [
    'Houthi military spokesman Yahya Saree said their forces had targeted "military gatherings" in Marib province.',
    [['claimed', 'Houthis', null]],
  ],
  [
    'Houthi military spokesman Yahya Saree did not mention the market, saying only that the group\'s forces had targeted "military gatherings" in Marib province.',
    [['claimed', 'Houthis', null]],
  ],
  [
    'A Taliban spokesman said on Twitter that the group\'s fighters had killed 20 "invaders" in the attack.',
    [['claimed', 'Taliban', null]],
  ],
  [
    'Islamic State\'s Amaq agency said an IS "soldier" carried out the suicide attack.',
    [['claimed', 'Islamic State', null]],
  ],
  [
    'In a statement, the Ansar Allah movement said its missile force had struck the airport in Abha.',
    [['claimed', 'Houthis', null]],
  ],
  [
    'Tahrir al-Sham said on its Telegram channel that its fighters had shelled regime positions near Kafranbel.',
    [['claimed', 'Tahrir al-Sham', null]],
  ],
  // claims in other wording
  [BLAST + 'Al-Qaeda in the Arabian Peninsula (AQAP) took responsibility for the bombing.', [['claimed', '*', null]]],
  [
    BLAST + 'A group calling itself the Free Balochistan Front said it was responsible for the blast.',
    [['claimed', '*', null]],
  ],
  ['TALIBAN SAY THEY CARRIED OUT KABUL BOMBING', [['claimed', 'Taliban', null]]],
  [BLAST + 'The Pakistani Taliban admitted carrying out the attack.', [['claimed', '*', null]]],
  [
    BLAST + 'The attack was claimed in a statement by Jamaat Nusrat al-Islam wal-Muslimin (JNIM).',
    [['claimed', 'Jamaat Nusrat al-Islam wal-Muslimin', null]],
  ],
  // blame in other wording
  [BLAST + 'Police pinned the blame for the explosion on the Pakistani Taliban.', [['attributed', '*', 'Police']]],
  [BLAST + 'Moscow blamed the attack on Ukraine.', [['attributed', 'Ukraine', 'Russia']]],
  [BLAST + 'Russia laid the blame for the blast on Kyiv.', [['attributed', 'Ukraine', 'Russia']]],
  [BLAST + 'Police blamed the raid on Jalalabad on the Taliban.', [['attributed', 'Taliban', 'Police']]],
  [
    'The Nigerian army said the attack on the village was carried out by Boko Haram fighters.',
    [['attributed', 'Boko Haram', '*']],
  ],
  [
    BLAST + 'Iraqi officials said the bombing was the work of the Islamic State.',
    [['attributed', 'Islamic State', '*']],
  ],
  [
    SYRIA + 'Human Rights Watch said government forces were likely responsible for the chemical attack.',
    [['attributed', 'Syria', '*']],
  ],
  ['The Saudi-led coalition accused the Houthis of firing the missile at Riyadh.', [['attributed', 'Houthis', '*']]],
  [
    'Kabul blamed the Haqqani network for the truck bombing, which killed 90 people.',
    [['attributed', 'Haqqani network', '*']],
  ],
  [BLAST + 'Officials suspect the Islamic State was behind the bombing.', [['attributed', 'Islamic State', '*']]],
  ['Gunmen thought to belong to al-Shabaab stormed the hotel, police said.', [['attributed', 'al-Shabaab', '*']]],
  ['Gunmen believed to be from Boko Haram attacked the village on Sunday.', [['attributed', 'Boko Haram', '*']]],
  [BLAST + 'The bombing was claimed on Telegram by the Islamic State group.', [['claimed', 'Islamic State', null]]],
  ['US-backed Kurdish fighters were killed in the Turkish shelling, the SDF said.', [['attributed', 'Turkey', '*']]],
  // denials
  [BLAST + 'Tahrir al-Sham denied any role in the killing of the activist.', [['denied', 'Tahrir al-Sham', null]]],
  ['Turkey rejected claims that its jets had bombed civilians in Afrin.', [['denied', 'Turkey', null]]],
  [
    BLAST + 'A spokesman for the Taliban denied the group was involved, saying it does not target civilians.',
    [['denied', 'Taliban', null]],
  ],
  [
    'Ukraine blamed Russia for the strike on the station. Moscow dismissed the accusation as "fake news".',
    [
      ['attributed', 'Russia', '*'],
      ['denied', 'Russia', null],
    ],
  ],
  ['Houthis Deny Firing Missile At Marib Mosque', [['denied', 'Houthis', null]]],
  ['The Houthis denied firing a missile at the mosque in Marib.', [['denied', 'Houthis', null]]],
  ['The company denied firing the workers.', 'none'],
  [BLAST + 'Hamas has repeatedly denied any involvement in the bombing.', [['denied', 'Hamas', null]]],
  [BLAST + 'The army has repeatedly accused the rebels of carrying out the bombing.', [['attributed', 'rebels', '*']]],
  [BLAST + 'IS has claimed the attack, its first in the city since 2019.', [['claimed', 'Islamic State', null]]],
  // habitual denials and background lines: no claim
  ['The Houthis have repeatedly denied targeting civilians.', 'none'],
  ['THE RSF HAS ROUTINELY DENIED ATTACKING CIVILIANS.', 'none'],
  [BLAST + 'The ADF has been blamed for the killings of civilians since 2014.', 'none'],
  // (a denial of using a contested weapon concerns any attack with it: kept)
  [SYRIA + 'The Syrian army has always denied using chemical weapons.', [['denied', 'Syria', null]]],
  [
    BLAST + 'Police accused the PKK of the bombing. The PKK has repeatedly denied the accusations.',
    [['denied', 'PKK', null]],
  ],
  ['Moscow has consistently denied that its jets hit civilian targets in Syria.', 'none'],
  ['The Syrian Observatory has documented more than 10,000 air strikes by Russian jets since September 2015.', 'none'],
  ['Russia, which began its air campaign in Syria in 2015, says it only targets terrorists.', 'none'],
  ["Boko Haram's insurgency has killed more than 30,000 people since 2009.", 'none'],
  ['Since 2017, the Saudi-led coalition has been accused by rights groups of bombing hospitals and schools.', 'none'],
  ['Boko Haram, which abducted 276 schoolgirls in Chibok in 2014, is active in the area.', 'none'],
  // other negatives
  ['Hezbollah vowed to retaliate for the killing of its commander.', 'none'],
  [BLAST + 'The government said it would hunt down those responsible for the attack.', 'none'],
  ['Police arrested three men suspected of links to al-Shabaab.', 'none'],
  ['The ministry said Islamic State fighters had been killed in the strikes.', 'none'],
  ['Russian warplanes were seen flying over the town, residents said.', 'none'],
  ['Turkish troops were deployed to the border, officials said.', 'none'],
  ['THE TALIBAN WELCOMED THE RELEASE OF THE PRISONERS.', 'none'],
  // a support participle's agent modifies the subject; campaigns and escalations are no one attack
  [
    SYRIA + 'Hezbollah fighters backed by Syrian troops attacked the town of Zabadani, activists said.',
    [['attributed', 'Hezbollah', '*']],
  ],
  [
    SYRIA + 'Rebels supported by Turkish artillery stormed the village, state media said.',
    [['attributed', 'rebels', '*']],
  ],
  // (a reported escalation of a state's operation is an attribution, ANNOTATION.md §3 as re-read; s18)
  [
    SYRIA + 'Syrian regime forces and Russian jets intensified their bombardment of Aleppo, the monitor said.',
    [
      ['attributed', 'Syria', '*'],
      ['attributed', 'Russia', '*'],
    ],
  ],
  ['THE COALITION AIR STRIKES ON MOSUL ESCALATED IN MARCH AS IRAQI TROOPS ADVANCED.', 'none'],
  [
    SYRIA + "Assad's forces are also stepping up chlorine gas attacks, Human Rights Watch said.",
    [['attributed', 'Syria', 'Human Rights Watch']],
  ],
  [SYRIA + 'The seizure was part of an abortive offensive launched by the army this week.', 'none'],
  [
    SYRIA + 'The rebels denounced the offensive launched by the army in the north with indiscriminate bombings.',
    [['attributed', 'Syria', '*']],
  ],
  // present-tense headline verbs; "terrorist" in a report with a weapon names who fired (Syrian state media)
  ['Militants kill 12 villagers in central Nigeria', [['attributed', 'Militants', null]]],
  ['Syrian regime forces drops vacuum bomb on Idlib', [['attributed', 'Syria', null]]],
  ['Jets drop leaflets over Raqqa, urging residents to leave.', 'none'],
  ['Floods kill 20 in northern Nigeria, officials say', 'none'],
  [
    'The Syrian Observatory says Daesh members slit the throats of the men near Mayadeen.',
    [['attributed', 'Islamic State', 'Syrian Observatory for Human Rights']],
  ],
  [
    'Seven people were injured in terrorist attacks with rocket shells on the Midan neighbourhood, a police source told SANA.',
    [['attributed', 'terrorists', '*']],
  ],
  ['A terrorist attack in the capital killed 30 people, police said.', 'none'],
  ['The opposition described the bombing as a "treacherous terrorist attack".', 'none'],
  // Title Case
  ['Turkish Jets Strike Kurdish Villages In Northern Iraq, Officials Say', [['attributed', 'Turkey', '*']]],
  ['Russian Airstrikes Kill 15 In Idlib Market, Monitor Says', [['attributed', 'Russia', '*']]],
];

const rows = claimRows;
const holds = holdsRows;

describe('stress set (s15): reported clauses, state forces, place qualifiers, background', () => {
  for (const [text, want] of cases)
    it(text.replace(BLAST, '').replace(SYRIA, '').slice(0, 90), () => {
      const got = rows(text);
      if (want === 'none') expect(got.filter((r) => r[0] !== 'unclaimed')).toEqual([]);
      else expect(holds(got, want), JSON.stringify(got)).toBe(true);
    });
});
