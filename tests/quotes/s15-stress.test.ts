import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

/**
 * A second stress set of attributions, written for this test (in no data set; issue 12, session 15):
 * other words, other orders and other casings than the session-14 set — statements and interviews,
 * inverted and glued attributions, passives, wire capitals, headline credits, interrupted quotes —
 * and cases that must NOT be quotes (a cue with a plain noun object, a cue verb as a noun, a
 * participle telling of weeping or a picture). Each row: the text, and [kind, content, speaker] of
 * every quote expected.
 */
const STRESS: readonly [string, [string, string, string | null][]][] = [
  [
    'Water supplies in the northern districts have been cut, according to a statement from the city council.',
    [['indirect', 'Water supplies in the northern districts have been cut', 'city council']],
  ],
  [
    'According to the coast guard, the ferry sank about two miles offshore.',
    [['indirect', 'the ferry sank about two miles offshore', 'coast guard']],
  ],
  [
    'The airline said in a short statement on Sunday that all flights were suspended.',
    [['indirect', 'all flights were suspended', 'airline']],
  ],
  [
    'A local doctor told the BBC that hospitals were running out of fuel.',
    [['indirect', 'hospitals were running out of fuel', 'local doctor']],
  ],
  [
    'In an interview with a French newspaper, the president said the sanctions had failed.',
    [['indirect', 'the sanctions had failed', 'president']],
  ],
  [
    'Anna Petrova, who fled the city last week, said the streets were empty.',
    [['indirect', 'the streets were empty', 'Anna Petrova']],
  ],
  [
    '"There is no bread left," said Karim Haddad, a baker in the old town.',
    [['direct', 'There is no bread left,', 'Karim Haddad']],
  ],
  [
    'The radio station quoted an army officer as saying the pass had been secured.',
    [['indirect', 'the pass had been secured', 'army officer']],
  ],
  [
    'A statement from the presidency said the decree would take effect at midnight.',
    [['indirect', 'the decree would take effect at midnight', 'presidency']],
  ],
  [
    'Dozens of families had left the village, it added.',
    [['indirect', 'Dozens of families had left the village', null]],
  ],
  [
    'The minister was quoted as saying the border would stay shut.',
    [['indirect', 'the border would stay shut', 'minister']],
  ],
  [
    'The rebels called the offer "an insult to the martyrs".',
    [['mixed', 'the offer "an insult to the martyrs"', 'rebels']],
  ],
  [
    'The police chief stressed that the investigation was continuing.',
    [['indirect', 'the investigation was continuing', 'police chief']],
  ],
  [
    'The lawyer pointed out that the law had never been tested.',
    [['indirect', 'the law had never been tested', 'lawyer']],
  ],
  [
    'The bishops called on the government to protect the refugees.',
    [['indirect', 'to protect the refugees', 'bishops']],
  ],
  [
    'Heavy fighting broke out near the airport the army said.',
    [['indirect', 'Heavy fighting broke out near the airport', 'army']],
  ],
  [
    'Dozens of houses were burned overnight reported state radio.',
    [['indirect', 'Dozens of houses were burned overnight', 'state radio']],
  ],
  [
    'Two soldiers were wounded in the attack according to the military.',
    [['indirect', 'Two soldiers were wounded in the attack', 'military']],
  ],
  ['The LRA which has terrorised the region for decades has been blamed for the raid.', []],
  [
    'THE GOVERNMENT SAID THE ELECTION WOULD BE HELD IN MAY.',
    [['indirect', 'THE ELECTION WOULD BE HELD IN MAY', 'GOVERNMENT']],
  ],
  ['Seven Dead In Bus Crash: Officials', [['indirect', 'Seven Dead In Bus Crash', 'Officials']]],
  [
    '"The dam is about to break," the engineer said. "Everyone must leave."',
    [
      ['direct', 'The dam is about to break,', 'engineer'],
      ['direct', 'Everyone must leave.', 'engineer'],
    ],
  ],
  [
    '"Where are our children?" asked Leila Nasser, a mother of three.',
    [['direct', 'Where are our children?', 'Leila Nasser']],
  ],
  ['The opposition rejected the proposal outright.', []],
  ['The army reported the incident to the United Nations.', []],
  ['The rebels announced a ceasefire on Tuesday.', []],
  [
    'Witnesses said on Monday three trucks had been set on fire.',
    [['indirect', 'three trucks had been set on fire', 'Witnesses']],
  ],
  [
    'The nurse said the children drank dirty water for days.',
    [['indirect', 'the children drank dirty water for days', 'nurse']],
  ],
  ['Farmers said the trader deals in stolen grain.', [['indirect', 'the trader deals in stolen grain', 'Farmers']]],
  [
    'Prices rose sharply, the bank said, adding that inflation would peak in March.',
    [
      ['indirect', 'Prices rose sharply', 'bank'],
      ['indirect', 'inflation would peak in March', 'bank'],
    ],
  ],
  [
    'The town has fallen, a rebel source told AFP on condition of anonymity.',
    [['indirect', 'The town has fallen', 'rebel source']],
  ],
  [
    'The general told reporters the offensive was going to plan.',
    [['indirect', 'the offensive was going to plan', 'general']],
  ],
  [
    'A police officer, speaking on condition of anonymity, said the gunmen had escaped.',
    [['indirect', 'the gunmen had escaped', 'police officer']],
  ],
  [
    'The commander is reported to have said the city would fall within days.',
    [['indirect', 'the city would fall within days', 'commander']],
  ],
  [
    'The officer was cited as saying the suspects had confessed.',
    [['indirect', 'the suspects had confessed', 'officer']],
  ],
  ['The ministry said Monday that 12 people had died.', [['indirect', '12 people had died', 'ministry']]],
  ["The group's statement said the fighters had withdrawn.", [['indirect', 'the fighters had withdrawn', 'group']]],
  [
    'The report, released on Thursday, said the prisons were overcrowded.',
    [['indirect', 'the prisons were overcrowded', 'report']],
  ],
  [
    'The commander said the city was calm. He said the rebels had fled to the hills.',
    [
      ['indirect', 'the city was calm', 'commander'],
      ['indirect', 'the rebels had fled to the hills', 'commander'],
    ],
  ],
  [
    '"We will rebuild," the mayor said, "but we need help."',
    [
      ['direct', 'We will rebuild,', 'mayor'],
      ['direct', 'but we need help.', 'mayor'],
    ],
  ],
  ['The statement did not say how many people had been arrested.', []],
  ['He declined to say whether troops would be sent.', []],
  ['The general said nothing about the casualties.', []],
  ['Few people believe the war will end soon.', []],
  ['The soldiers shouted at the crowd.', []],
  ['The ministry said: "The situation is under control."', [['direct', 'The situation is under control.', 'ministry']]],
  [
    'The rebels said they had captured the town, while the army said the fighting continued.',
    [
      ['indirect', 'they had captured the town', 'rebels'],
      ['indirect', 'the fighting continued', 'army'],
    ],
  ],
  [
    'The official, who asked not to be named because he was not authorised to speak to the media, said the plan was dead.',
    [['indirect', 'the plan was dead', 'official']],
  ],
  [
    'A spokesman for the group said it would not negotiate.',
    [['indirect', 'it would not negotiate', 'spokesman for the group']],
  ],
  [
    'The group said in a statement posted online that it carried out the attack.',
    [['indirect', 'it carried out the attack', 'group']],
  ],
  [
    'Panos Moumtzis, the U.N. coordinator, said aid was blocked. Explosions killed 20 people in Hama Aleppo and Deir al-Zor Moumtzis said again.',
    [
      ['indirect', 'aid was blocked', 'Panos Moumtzis'],
      ['indirect', 'Explosions killed 20 people in Hama Aleppo and Deir al-Zor', 'Panos Moumtzis'],
    ],
  ],
  [
    'Anna Berg, a local doctor, spoke first. Two schools were hit in the city of Homs Berg said.',
    [['indirect', 'Two schools were hit in the city of Homs', 'Anna Berg']],
  ],
  [
    'Lena Vogt, the mayor, said the dam held. The water rose again in Kassel and Fulda Vogt told reporters.',
    [
      ['indirect', 'the dam held', 'Lena Vogt'],
      ['indirect', 'The water rose again in Kassel and Fulda', 'Lena Vogt'],
    ],
  ],
  ['May peace come to our village the old man cried.', [['indirect', 'May peace come to our village', 'old man']]],
  ['"Get out of here!" the guard yelled at the boys.', [['direct', 'Get out of here!', 'guard']]],
  ['"We won!" the captain exclaimed.', [['direct', 'We won!', 'captain']]],
  ['"Help me," she whispered.', [['direct', 'Help me,', null]]],
  ['A young girl cries in front of a burned house.', []],
  ['The children cried as the bodies were carried out.', []],
  ['A boy screaming for his mother ran down the street.', []],
  ['Media reports that emerged on Friday were denied.', []],
  ['Reuters reports that the army withdrew.', [['indirect', 'the army withdrew', 'Reuters']]],
  [
    'Hafez Darwish, the governor, spoke first. The police fired on the crowd in the square and Omar Darwish told reporters.',
    [],
  ],
  ['It has been claimed that the prisoners were tortured.', [['indirect', 'the prisoners were tortured', null]]],
  ['It is said that the king never slept.', [['indirect', 'the king never slept', null]]],
  ['It was reported to the police.', []],
  ['The attack was reported that night.', []],
  [
    'It is estimated that 3000 people live in the camp, according to the agency.',
    [['indirect', 'It is estimated that 3000 people live in the camp', 'agency']],
  ],
  [
    'A week after it was announced that the mine would close, the union said 400 jobs were at risk.',
    [['indirect', '400 jobs were at risk', 'union']],
  ],
  [
    '"We lost everything," he told the BBC. "Our house, our car, our shop."',
    [
      ['direct', 'We lost everything,', null],
      ['direct', 'Our house, our car, our shop.', null],
    ],
  ],
  [
    'The king said in a televised address that the parliament was dissolved.',
    [['indirect', 'the parliament was dissolved', 'king']],
  ],
  ['The queen said in a recorded speech on Monday that the war was over.', [['indirect', 'the war was over', 'queen']]],
  ['The officer said in a written statement that nobody was hurt.', [['indirect', 'nobody was hurt', 'officer']]],
  ['Talks collapse in Geneva, say diplomats', [['indirect', 'Talks collapse in Geneva', 'diplomats']]],
  ['Hundreds Flee Floods In North, Say Aid Agencies', [['indirect', 'Hundreds Flee Floods In North', 'Aid Agencies']]],
  ['Ceasefire broken, says UN envoy', [['indirect', 'Ceasefire broken', 'UN envoy']]],
  ['Prices, they say, will rise', [['indirect', 'Prices, they say, will rise', null]]],
  ['The rebels said in a statement the fighters had left.', [['indirect', 'the fighters had left', 'rebels']]],
  ['The rebels said in a statement their fighters had left.', [['indirect', 'their fighters had left', 'rebels']]],
  [
    'The army said in a statement on Sunday morning its troops had withdrawn.',
    [['indirect', 'its troops had withdrawn', 'army']],
  ],
  [
    'The company said in a statement Thursday night they removed the listing from the site.',
    [['indirect', 'they removed the listing from the site', 'company']],
  ],
  ['The mayor told reporters Monday the bridge would reopen.', [['indirect', 'the bridge would reopen', 'mayor']]],
  ['The police said in the town the roads were blocked.', [['indirect', 'the roads were blocked', 'police']]],
  ['Food is short the agency said in a report this week.', [['indirect', 'Food is short', 'agency']]],
  ['The minister spoke in the town the rebels had taken.', []],
  ['Omar Saleh dubbed as "the Lion of the North" and two aides were among the dead.', []],
  ['The group which in June declared an Islamic state in the land it holds was defeated.', []],
  ['The Kurds declared a self-ruled zone across the northern areas they control.', []],
  ['The army said the town it holds is calm.', [['indirect', 'the town it holds is calm', 'army']]],
  [
    'The rebels said the villages they captured were safe.',
    [['indirect', 'the villages they captured were safe', 'rebels']],
  ],
  ['The UN said the aid it sent had arrived.', [['indirect', 'the aid it sent had arrived', 'UN']]],
  ['The minister described the raid as "a crime".', [['mixed', 'the raid as "a crime"', 'minister']]],
];

describe('stress set 2: attributions as news writes them (issue 12, session 15)', () => {
  for (const [text, expected] of STRESS) {
    it(text, () => {
      expect(brief(text)).toEqual(expected);
    });
  }
});
