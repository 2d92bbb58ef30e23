import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// A third stress set (s16) of sentences written for these tests (ANNOTATION.md §3), none taken from a
// data set, with constructions the s14 and s15 sets do not hold: states named by their capital or a
// possessive (`Ankara's jets`), `belonging to`, hedged modifiers inside by-phrases, sponsor-backed
// groups (`Iran-backed Houthis` → the Houthis), state-media and Russian-media wording (`militants of
// the X terrorist group shelled`), denials in other words (`distanced itself from`, `had nothing to
// do with`), identifications (`the gunmen were identified as members of X`), claims that are not of
// responsibility (`claimed victory`, `claimed that the strikes killed civilians`) and background
// lines — in normal case, Title Case headlines and capitals.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'
// (no claim but an 'unclaimed' one).

type Row = ClaimRow;
const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const BLAST = 'A bomb tore through a crowded bus station on Thursday, killing eleven people. ';
const cases: [string, Row[] | 'none'][] = [
  // a state named by its capital or a possessive, forces "belonging to" it
  [
    SYRIA + "Ankara's warplanes pounded villages east of Manbij, local officials said.",
    [['attributed', 'Turkey', '*']],
  ],
  [
    SYRIA + 'The strikes were carried out by aircraft belonging to the Syrian regime, the monitor said.',
    [['attributed', 'Syria', '*']],
  ],
  ['Witnesses said jets belonging to the Russian air force bombed the bakery.', [['attributed', 'Russia', '*']]],
  // a hedged modifier inside a by-phrase or before fighters: still the group
  [
    'The ambush by suspected ISWAP fighters left nine soldiers dead, a military source said.',
    [['attributed', 'Islamic State West Africa Province', '*']],
  ],
  ['Suspected Al-Shabaab Militants Kill Four In Lamu Raid', [['attributed', 'al-Shabaab', '*']]],
  [
    'Five farmers were hacked to death by presumed Boko Haram insurgents near Maiduguri.',
    [['attributed', 'Boko Haram', '*']],
  ],
  // fighters "thought to be from" a group are the group's
  [
    BLAST + 'Militants thought to be from ISWAP attacked the town.',
    [['attributed', 'Islamic State West Africa Province', '*']],
  ],
  [
    BLAST + 'MILITANTS BELIEVED TO BE FROM BOKO HARAM STORMED THE VILLAGE, POLICE SAID.',
    [['attributed', 'Boko Haram', '*']],
  ],
  [BLAST + 'Residents believed to be from the town attacked the police station.', 'none'],
  // a sponsor-backed group: the group did it, not its sponsor
  [
    'The Iran-backed Houthi militia fired a ballistic missile toward Jazan, the coalition said.',
    [['attributed', 'Houthis', '*']],
  ],
  [
    'Drones launched by the Houthis struck an oil facility in Abqaiq, the Saudi ministry said.',
    [['attributed', 'Houthis', '*']],
  ],
  ['Turkish-backed factions looted homes in Afrin, the Kurdish Red Crescent said.', 'none'],
  // Russian and Syrian state media wording
  [
    'Militants of the Jabhat al-Nusra terrorist group shelled a residential area of Aleppo, the Russian reconciliation centre said.',
    [['attributed', 'Nusra Front', '*']],
  ],
  [
    'Terrorists of the so-called Jaish al-Islam fired mortar shells at the Old City, a source told SANA.',
    [['attributed', 'Army of Islam', '*']],
  ],
  [
    'According to the Defence Ministry, militants from Hayat Tahrir al-Sham launched drones at the Hmeimim air base.',
    [['attributed', 'Tahrir al-Sham', '*']],
  ],
  // Gulf media wording
  [
    'The coalition said the Houthi militia targeted a civilian airport in Abha with an explosive-laden drone.',
    [['attributed', 'Houthis', '*']],
  ],
  // identifications
  [
    BLAST + 'The two gunmen were later identified as members of the Pakistani Taliban, police said.',
    [['attributed', '*', 'police']],
  ],
  [
    BLAST + 'Security officials said the attackers belonged to the Islamic State group.',
    [['attributed', 'Islamic State', '*']],
  ],
  [BLAST + 'Police said the bomber was a member of the Pakistani Taliban.', [['attributed', '*', 'Police']]],
  [BLAST + 'Police said the gunmen were two fighters from al-Shabaab.', [['attributed', 'al-Shabaab', 'Police']]],
  [BLAST + 'The bomber was a teenager from the town, police said.', 'none'],
  [BLAST + 'The victims were members of the Taliban, police said.', 'none'],
  // "the work of X" after a raising verb
  [
    BLAST + 'Officials said the attack appeared to have been the work of the ADF rebels.',
    [['attributed', '*', 'Officials']],
  ],
  [
    BLAST + 'The massacre seems to have been the work of al-Shabaab, analysts say.',
    [['attributed', 'al-Shabaab', '*']],
  ],
  [BLAST + 'The report appeared to be the work of the ADF.', 'none'],
  // a suspecting verb with a group as its object
  [BLAST + 'Investigators suspected the Pakistani Taliban.', [['attributed', '*', 'Investigators']]],
  [
    BLAST + 'No one has claimed the bombing, but police suspect the Islamic State.',
    [['attributed', 'Islamic State', '*']],
  ],
  ['Police suspect the Taliban of nothing, the spokesman joked at the football match.', 'none'],
  // reported by-phrases and passives with a source after them
  [
    BLAST + 'The bombing was carried out by the Baloch Liberation Army, according to provincial officials.',
    [['attributed', 'Balochistan Liberation Army', '*']],
  ],
  [
    BLAST + 'The army said the convoy had been ambushed by JNIM fighters near Boni.',
    [['attributed', 'Jamaat Nusrat al-Islam wal-Muslimin', '*']],
  ],
  // claims in other words
  [
    BLAST + 'Hours later, the Pakistani Taliban said in a message to reporters that it had carried out the bombing.',
    [['claimed', '*', null]],
  ],
  [
    BLAST + 'ISWAP claimed the ambush in a statement released through its propaganda channels.',
    [['claimed', 'Islamic State West Africa Province', null]],
  ],
  [BLAST + 'A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, claimed responsibility.', [['claimed', '*', null]]],
  ['Al-Shabaab Says It Killed 30 Soldiers In Base Raid', [['claimed', 'al-Shabaab', null]]],
  [
    BLAST + 'THE BALOCH LIBERATION ARMY CLAIMED THE BOMBING IN A STATEMENT SENT TO REPORTERS.',
    [['claimed', 'Balochistan Liberation Army', null]],
  ],
  // blame in other words
  [
    BLAST + 'The interior minister pointed the finger at the Baloch Liberation Army.',
    [['attributed', 'Balochistan Liberation Army', '*']],
  ],
  [BLAST + 'The government and the rebels blamed each other for the attack.', [['attributed', '*', '*']]],
  [BLAST + 'Police suspect the ADF of carrying out the massacre.', [['attributed', '*', '*']]],
  [BLAST + 'The ADF is suspected of carrying out the massacre, the army said.', [['attributed', '*', '*']]],
  [
    BLAST + 'Officials in Kabul blamed the Haqqani network, which they say is behind many attacks in the capital.',
    [['attributed', 'Haqqani network', '*']],
  ],
  // denials in other words
  [
    BLAST + 'The Baloch Liberation Army distanced itself from the bombing.',
    [['denied', 'Balochistan Liberation Army', null]],
  ],
  [BLAST + 'The Taliban said they had nothing to do with the attack.', [['denied', 'Taliban', null]]],
  [
    BLAST + 'In a statement, the Rapid Support Forces said its fighters were not involved in the killings.',
    [['denied', '*', null]],
  ],
  [BLAST + 'A Houthi spokesman dismissed the accusations as baseless.', [['denied', 'Houthis', null]]],
  // a disavowal verb denies only with a reflexive and "from"; a pronoun may open the denied clause
  [BLAST + 'The Taliban dissociated themselves from the attack.', [['denied', 'Taliban', null]]],
  ['The army distanced its troops from the border after talks with the rebels.', 'none'],
  [BLAST + 'Hamas distanced itself from the peace talks.', 'none'],
  [BLAST + 'The PKK denied it was involved in the bombing.', [['denied', 'PKK', null]]],
  [BLAST + 'THE PKK DENIED IT WAS BEHIND THE BOMBING.', [['denied', 'PKK', null]]],
  [BLAST + 'Al-Shabaab denied it on Sunday and blamed the army.', [['attributed', 'army', 'al-Shabaab']]],
  ['Moscow Denies Its Jets Struck Idlib Hospital', [['denied', 'Russia', null]]],
  [BLAST + 'THE TALIBAN REJECTED ACCUSATIONS THAT THEY WERE BEHIND THE ATTACK.', [['denied', 'Taliban', null]]],
  // claims that are not of responsibility
  ['Al-Shabaab claimed victory after the battle for the town.', 'none'],
  [SYRIA + 'The rebels claimed that regime strikes had killed 40 civilians.', [['attributed', 'Syria', '*']]],
  ['Hezbollah claimed the hills overlooking the town after a week of fighting.', 'none'],
  ['The army claimed control of the town on Monday.', 'none'],
  // threats, condemnations, background, no claim
  [BLAST + 'The Baloch Liberation Army has warned of more attacks on Chinese workers.', 'none'],
  [BLAST + 'Hamas denounced the bombing as a cowardly crime.', 'none'],
  [BLAST + 'The bombing, for which no group has yet claimed responsibility, was the deadliest this year.', 'none'],
  [BLAST + 'There was no immediate claim of responsibility.', 'none'],
  [BLAST + 'The Pakistani Taliban have carried out hundreds of bombings since 2007.', 'none'],
  [BLAST + 'Boko Haram and its offshoot ISWAP have killed more than 35,000 people in the northeast.', 'none'],
  // running totals: a perfect's victim verb with a count in the thousands; a small count is an attack
  [BLAST + 'Al-Shabaab has killed thousands of civilians in Somalia.', 'none'],
  ['THE MILITIA HAS KILLED AT LEAST 2,400 VILLAGERS IN THE PROVINCE.', 'none'],
  [BLAST + 'The ADF has killed 35 thousand people, the UN says.', 'none'],
  [BLAST + 'Boko Haram has killed 35 people in the town, officials said.', [['attributed', 'Boko Haram', '*']]],
  // a habitual present with a bare plural attack is a practice; a past or a headline narrates one
  [BLAST + 'The Pakistani Taliban regularly carries out bombings in the northwest.', 'none'],
  [BLAST + 'Al-Shabaab still launches sporadic raids on Kenyan border towns.', 'none'],
  [BLAST + 'Al-Shabaab launched raids on two Kenyan border towns on Friday.', [['attributed', 'al-Shabaab', '*']]],
  [BLAST + 'The ADF, which pledged allegiance to the Islamic State in 2019, operates in the region.', 'none'],
  [BLAST + 'Islamic State, which seized large parts of Iraq in 2014, still carries out sporadic attacks.', 'none'],
  ['Russia, which has backed Assad since 2015, says its jets strike only militants.', 'none'],
  ['The Houthis have fired hundreds of missiles at Saudi cities since 2015.', 'none'],
  ['THE FARC HAS CARRIED OUT DOZENS OF KIDNAPPINGS IN THE REGION.', 'none'],
  // victims, targets and sources are never the attacker
  ['Taliban fighters were killed in an air strike in Helmand, officials said.', 'none'],
  ['An attack on a Hezbollah convoy killed three fighters, the group said.', 'none'],
  ['Gunmen attacked a Houthi checkpoint, killing four guards.', 'none'],
  ['ISIS Commander Killed In Drone Strike In Deir Ezzor', 'none'],
  [SYRIA + 'Rebel fighters were shelled by regime artillery as they retreated.', [['attributed', 'Syria', '*']]],
  // Title Case and capitals
  ['Israeli Jets Hit Hamas Targets In Gaza After Rocket Fire', 'none'],
  ['Boko Haram Gunmen Storm Village, Kill 19', [['attributed', 'Boko Haram', '*']]],
  ['RUSSIAN JETS BOMB MARKET IN IDLIB, KILLING 15, MONITOR SAYS', [['attributed', 'Russia', '*']]],
  ['Pakistani Taliban Claim Deadly Peshawar Mosque Blast', [['claimed', '*', null]]],
  // (a known miss until session 17: a headline's present 'launch' is the agent verb 'launched')
  ['HOUTHIS LAUNCH DRONE AT KING KHALID AIRBASE, COALITION SAYS', [['attributed', 'Houthis', '*']]],
];

// Known misses (constructions not read yet): each must still fail, so that a fix shows here.
const misses: [string, Row[]][] = [
  [
    BLAST + 'The Islamic State group\'s Amaq news agency said the attacker was one of its "soldiers".',
    [['claimed', 'Islamic State', null]],
  ],
  [BLAST + 'Nigerian officials attributed the killings to Fulani herdsmen.', [['attributed', '*', '*']]],
];

const rows = claimRows;
const holds = holdsRows;

describe('stress set (s16): capitals and possessives, sponsors, identifications, other denials, background', () => {
  for (const [text, want] of cases)
    it(text.replace(BLAST, '').replace(SYRIA, '').slice(0, 90), () => {
      const got = rows(text);
      if (want === 'none') expect(got.filter((r) => r[0] !== 'unclaimed')).toEqual([]);
      else expect(holds(got, want), JSON.stringify(got)).toBe(true);
    });
  for (const [text, want] of misses)
    it.fails(`(known miss) ${text.replace(BLAST, '').slice(0, 80)}`, () => {
      expect(holds(rows(text), want)).toBe(true);
    });
});
