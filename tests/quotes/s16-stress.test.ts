import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

/**
 * A third stress set of attributions, written for this test (in no data set; issue 12, session 16),
 * on constructions the session-14 and session-15 sets lack: trailing dates after the cue, content
 * opening with a name, a number or a time adjective, coordinated content clauses, more verbs of
 * saying (argue, concede, reiterate, allege, reveal, caution, tweet, affirm, confess), cues with an
 * addressee frame and no addressee, glued attributions after a verb's object, headlines closing on
 * "SOURCE say(s)", wire capitals, quotes over two paragraphs, unbalanced marks — and cues with a
 * plain noun object that must NOT be quotes. Each row: the text, and [kind, content, speaker] of
 * every quote expected.
 */
const STRESS: readonly [string, [string, string, string | null][]][] = [
  [
    'The convoy was hit by a roadside mine, police said Tuesday.',
    [['indirect', 'The convoy was hit by a roadside mine', 'police']],
  ],
  ['The governor said Tuesday the roads were clear again.', [['indirect', 'the roads were clear again', 'governor']]],
  ['Police said early on Sunday that the gunman had been shot.', [['indirect', 'the gunman had been shot', 'Police']]],
  ['The army said Kobani had fallen to the militants.', [['indirect', 'Kobani had fallen to the militants', 'army']]],
  ['Medics said two of the wounded were children.', [['indirect', 'two of the wounded were children', 'Medics']]],
  [
    'The monitor said overnight strikes killed 12 people in the town.',
    [['indirect', 'overnight strikes killed 12 people in the town', 'monitor']],
  ],
  [
    'Two bridges collapsed in the storm state television reported.',
    [['indirect', 'Two bridges collapsed in the storm', 'state television']],
  ],
  ['Shelling resumed the monitor said.', [['indirect', 'Shelling resumed', 'monitor']]],
  [
    'The mayor said the water was safe and that schools would open on Monday.',
    [['indirect', 'the water was safe and that schools would open on Monday', 'mayor']],
  ],
  [
    'The opposition leader argued that the vote had been rigged.',
    [['indirect', 'the vote had been rigged', 'opposition leader']],
  ],
  [
    'The minister conceded that mistakes were made during the evacuation.',
    [['indirect', 'mistakes were made during the evacuation', 'minister']],
  ],
  ['The colonel admitted that his men had fired first.', [['indirect', 'his men had fired first', 'colonel']]],
  [
    'The envoy reiterated that a political solution was the only way.',
    [['indirect', 'a political solution was the only way', 'envoy']],
  ],
  [
    'Prosecutors alleged that the accused had planned the attack for months.',
    [['indirect', 'the accused had planned the attack for months', 'Prosecutors']],
  ],
  ['The envoy affirmed that talks would continue in March.', [['indirect', 'talks would continue in March', 'envoy']]],
  [
    'The police chief confessed that the force had been caught off guard.',
    [['indirect', 'the force had been caught off guard', 'police chief']],
  ],
  [
    'The report revealed that hundreds of detainees had died in custody.',
    [['indirect', 'hundreds of detainees had died in custody', 'report']],
  ],
  [
    'The health minister cautioned that the outbreak could spread to the capital.',
    [['indirect', 'the outbreak could spread to the capital', 'health minister']],
  ],
  ['The senator tweeted that the deal was a betrayal.', [['indirect', 'the deal was a betrayal', 'senator']]],
  [
    'The activist wrote on Facebook that the checkpoint had been abandoned.',
    [['indirect', 'the checkpoint had been abandoned', 'activist']],
  ],
  [
    'In a televised speech on Sunday, the president warned that the crisis would deepen.',
    [['indirect', 'the crisis would deepen', 'president']],
  ],
  [
    'Samir Khalil, 45, a teacher in the camp, said the classrooms were flooded.',
    [['indirect', 'the classrooms were flooded', 'Samir Khalil']],
  ],
  ['The mayor added: "We will not leave anyone behind."', [['direct', 'We will not leave anyone behind.', 'mayor']]],
  ['The minister called it "a crime against humanity".', [['mixed', 'it "a crime against humanity"', 'minister']]],
  ['France joined Germany in saying the election was not free.', [['indirect', 'the election was not free', 'France']]],
  ['The minister confirmed the deaths of three soldiers.', []],
  ['Police reported 12 arrests after the march.', []],
  ['The group claimed the attack in a statement.', []],
  ['The general warned of more attacks in the coming weeks.', []],
  ['The army denied the report.', []],
  ['The old man told the story of his escape.', []],
  ['She said goodbye to her sons at the border.', []],
  [
    'The minister said it was "a dark day for the country".',
    [['mixed', 'it was "a dark day for the country"', 'minister']],
  ],
  [
    'The group "will continue its struggle until victory", its leader said in a statement.',
    [['mixed', 'The group "will continue its struggle until victory"', 'leader']],
  ],
  ['Bomb kills 12 in Kabul market - police', [['indirect', 'Bomb kills 12 in Kabul market', 'police']]],
  [
    'UN says 300,000 displaced by fighting in the east',
    [['indirect', '300,000 displaced by fighting in the east', 'UN']],
  ],
  [
    'GUERRILLAS ATTACKED THE POWER STATION, THE ARMY REPORTED.',
    [['indirect', 'GUERRILLAS ATTACKED THE POWER STATION', 'ARMY']],
  ],
  [
    'POLICE SAID FIVE PEOPLE WERE KILLED IN THE BLAST.',
    [['indirect', 'FIVE PEOPLE WERE KILLED IN THE BLAST', 'POLICE']],
  ],
  [
    'Talks stalled.\n\nThe envoy said: "We are ready to talk.\n\n"But nobody has called us."',
    [['direct', 'We are ready to talk.\n\n"But nobody has called us.', 'envoy']],
  ],
  [
    '"We were asleep when the roof fell," said Amina Yusuf.\n\n"My daughter was still in bed."',
    [
      ['direct', 'We were asleep when the roof fell,', 'Amina Yusuf'],
      ['direct', 'My daughter was still in bed.', 'Amina Yusuf'],
    ],
  ],
  [
    'The mayor said "the water will reach the town by night.',
    [['direct', 'the water will reach the town by night.', 'mayor']],
  ],
  [
    'Rescuers worked through the night, the fire service said in a statement on Sunday.',
    [['indirect', 'Rescuers worked through the night', 'fire service']],
  ],
  [
    'Aid has not reached the valley, according to a statement.',
    [['indirect', 'Aid has not reached the valley', 'statement']],
  ],
  [
    'The navy said late Friday its jets had hit a weapons depot.',
    [['indirect', 'its jets had hit a weapons depot', 'navy']],
  ],
  [
    'Officials in the province said dozens of homes had been destroyed.',
    [['indirect', 'dozens of homes had been destroyed', 'Officials in the province']],
  ],
  [
    'The interior ministry said three suspects, all foreigners, were detained.',
    [['indirect', 'three suspects, all foreigners, were detained', 'interior ministry']],
  ],
  [
    'The rebels said they shot down a drone and captured two soldiers.',
    [['indirect', 'they shot down a drone and captured two soldiers', 'rebels']],
  ],
  [
    'A witness told the BBC by phone that the shooting lasted an hour.',
    [['indirect', 'the shooting lasted an hour', 'witness']],
  ],
  [
    'The spokesman told reporters in Geneva on Friday that talks would resume.',
    [['indirect', 'talks would resume', 'spokesman']],
  ],
  [
    'Residents said government forces stormed the village at dawn.',
    [['indirect', 'government forces stormed the village at dawn', 'Residents']],
  ],
  [
    'The ministry said Friday that Ahmed Saleh was arrested at the airport.',
    [['indirect', 'Ahmed Saleh was arrested at the airport', 'ministry']],
  ],
  ['It was reported that the ship had sunk near the coast.', [['indirect', 'the ship had sunk near the coast', null]]],
  ['The ADF which has pledged allegiance to IS has been blamed for the killings.', []],
  [
    'The president, who was speaking in Paris, said the sanctions would stay.',
    [['indirect', 'the sanctions would stay', 'president']],
  ],
  [
    'The minister was quoted by state media as saying the border would reopen.',
    [['indirect', 'the border would reopen', 'minister']],
  ],
  [
    'State media quoted the minister as saying the talks had failed.',
    [['indirect', 'the talks had failed', 'minister']],
  ],
  [
    'Gunmen killed four guards at the prison officials said on Monday.',
    [['indirect', 'Gunmen killed four guards at the prison', 'officials']],
  ],
  [
    'A fire broke out at the depot the civil defence said.',
    [['indirect', 'A fire broke out at the depot', 'civil defence']],
  ],
  [
    'The army has retaken the hill, a commander told AFP.',
    [['indirect', 'The army has retaken the hill', 'commander']],
  ],
  ['The mayor stressed the need for calm.', []],
  ['The agency announced new rules for aid workers.', []],
  // Glued attributions after a verb's object (the comma lost): the object stays in the content.
  ['Rebels shelled the airport residents said.', [['indirect', 'Rebels shelled the airport', 'residents']]],
  [
    'Gunmen killed four guards at the gate officials said.',
    [['indirect', 'Gunmen killed four guards at the gate', 'officials']],
  ],
  ['Troops entered the town local sources said.', [['indirect', 'Troops entered the town', 'local sources']]],
  ['Five people died the hospital director said.', [['indirect', 'Five people died', 'hospital director']]],
  // A cue with an addressee frame whose "addressee" has a verb right after it: the content's subject.
  ['The mayor warned the dam could burst.', [['indirect', 'the dam could burst', 'mayor']]],
  ['The UN warned the crisis was getting worse.', [['indirect', 'the crisis was getting worse', 'UN']]],
  ['The minister assured the families the search would go on.', [['indirect', 'the search would go on', 'minister']]],
  ['The mayor warned residents to leave.', [['indirect', 'to leave', 'mayor']]],
  // An adjunct of two words after the addressee, then the content without "that".
  [
    'The commander told Reuters by telephone his men had withdrawn.',
    [['indirect', 'his men had withdrawn', 'commander']],
  ],
  ['The envoy said in Geneva the talks would resume.', [['indirect', 'the talks would resume', 'envoy']]],
  // Title Case and lower-case headlines closing on "SOURCE say(s)".
  ['Army Retakes Airport, State TV Says', [['indirect', 'Army Retakes Airport', 'State TV']]],
  ['Army Retakes Airport, Officials Say', [['indirect', 'Army Retakes Airport', 'Officials']]],
  ['Army retakes airport, state TV says', [['indirect', 'Army retakes airport', 'state TV']]],
  ['What The Army Says', []],
  // A cue with a noun object: a verb after a subordinator or free relative is another clause's.
  ['The council stressed the dire situation in the city as the regime continues its bombardment.', []],
  ['The militants admitted losses including one of what they call a commander.', []],
  [
    'The official said the toll as collated from clinics was 213.',
    [['indirect', 'the toll as collated from clinics was 213', 'official']],
  ],
  [
    'The minister said the army, as expected, had taken the town.',
    [['indirect', 'the army, as expected, had taken the town', 'minister']],
  ],
  [
    'The mayor said towns such as Kassel and Fulda were flooded.',
    [['indirect', 'towns such as Kassel and Fulda were flooded', 'mayor']],
  ],
  [
    'The envoy says no matter what the rebels do, the truce will hold.',
    [['indirect', 'no matter what the rebels do, the truce will hold', 'envoy']],
  ],
  [
    'The minister said the plan (though the army opposes it) would go ahead.',
    [['indirect', 'the plan (though the army opposes it) would go ahead', 'minister']],
  ],
  [
    'The spokesman said the town fell as the rebels retreated.',
    [['indirect', 'the town fell as the rebels retreated', 'spokesman']],
  ],
];

describe('stress set 3: attributions as news writes them (issue 12, session 16)', () => {
  for (const [text, expected] of STRESS) {
    it(text, () => {
      expect(brief(text)).toEqual(expected);
    });
  }
});
