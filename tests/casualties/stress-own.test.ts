import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

/**
 * A stress set of casualty sentences written for this test (none is from a data set): the
 * constructions of ANNOTATION.md §2 in other words, orders and casings — description and name
 * appositions, a nationality before a full name, dash lists, gapping, possessive death nouns, "claimed the lives of", "left N dead",
 * tolls that rise, "the dead numbered N", passives, lists, number words, "both", qualifiers, vague counts, families, subsets,
 * fronted participles ("Killed in the attack were …"), injuries coordinated under "caused",
 * kin words in "-in-law", editors' glosses in brackets, gapped counts after a comma or in a chain,
 * Title Case headlines and upper-case wire copy — and sentences that must give no figure.
 */
const FIGURES: [string, [string, string, number | null, number | null][]][] = [
  [
    'The dead included a forklift driver, Luis Ortega, and his supervisor, Angela Brooks.',
    [
      ['a forklift driver, Luis Ortega', 'killed', 1, 1],
      ['his supervisor, Angela Brooks', 'killed', 1, 1],
    ],
  ],
  [
    'The dead included a forklift driver, Luis Ortega, 34, and his supervisor, Angela Brooks, 51.',
    [
      ['a forklift driver, Luis Ortega', 'killed', 1, 1],
      ['his supervisor, Angela Brooks', 'killed', 1, 1],
    ],
  ],
  [
    'Among those killed were a nurse, Marta Ruiz, and a schoolteacher, Peter Okafor.',
    [
      ['a nurse, Marta Ruiz', 'killed', 1, 1],
      ['a schoolteacher, Peter Okafor', 'killed', 1, 1],
    ],
  ],
  [
    'Three villagers — Samuel Diallo, Ibrahim Keita and Moussa Traore — were shot dead at a checkpoint.',
    [
      ['Three villagers', 'killed', 3, 3],
      ['Samuel Diallo', 'killed', 1, 1],
      ['Ibrahim Keita', 'killed', 1, 1],
      ['Moussa Traore', 'killed', 1, 1],
    ],
  ],
  [
    'Five were killed and 12 wounded when the truck exploded.',
    [
      ['Five', 'killed', 5, 5],
      ['12', 'injured', 12, 12],
    ],
  ],
  [
    'Gunmen killed seven soldiers and wounded nine in the ambush.',
    [
      ['seven soldiers', 'killed', 7, 7],
      ['nine', 'injured', 9, 9],
    ],
  ],
  [
    'Four police officers were killed and another six hurt in the clashes.',
    [
      ['Four police officers', 'killed', 4, 4],
      ['another six', 'injured', 6, 6],
    ],
  ],
  ['The fire claimed the lives of 14 workers at the plant.', [['14 workers', 'killed', 14, 14]]],
  ['The bombing claimed the lives of at least nine people.', [['at least nine people', 'killed', 9, null]]],
  [
    'The landslide of violence left 23 dead and dozens injured.',
    [
      ['23', 'killed', 23, 23],
      ['dozens', 'injured', 24, null],
    ],
  ],
  ['The raid left at least eight people dead, residents said.', [['at least eight people', 'killed', 8, null]]],
  ['The death toll rose to 31 on Tuesday.', [['31', 'killed', 31, 31]]],
  ['The toll from the blast has climbed to 47, the ministry said.', [['47', 'killed', 47, 47]]],
  ['Nine civilians were killed by an airstrike on the village.', [['Nine civilians', 'killed', 9, 9]]],
  ['Two aid workers were abducted by armed men near the border.', [['Two aid workers', 'abducted', 2, 2]]],
  ['Thirty-two people are missing after the ferry attack.', [['Thirty-two people', 'missing', 32, 32]]],
  ['Militants killed a family of five in their home.', [['a family of five', 'killed', 5, 5]]],
  [
    'The strike killed 18 people, including six children.',
    [
      ['18 people', 'killed', 18, 18],
      ['six children', 'killed', 6, 6],
    ],
  ],
  ['More than 40 people died in the attack on the market.', [['More than 40 people', 'killed', 41, null]]],
  ['Up to 15 people may have been killed, witnesses said.', [['Up to 15 people', 'killed', null, 15]]],
  ['Some 200 fighters were killed in the offensive, the army said.', [['Some 200 fighters', 'killed', 200, 200]]],
  [
    'Dozens of people were wounded in the stampede that followed the shooting.',
    [['Dozens of people', 'injured', 24, null]],
  ],
  ['At least 3 soldiers killed in roadside bomb attack.', [['At least 3 soldiers', 'killed', 3, null]]],
  ['Car Bomb Kills 12 In Northern Town', [['12', 'killed', 12, 12]]],
  [
    'Gunmen Kill Five Farmers, Wound Three Near Border',
    [
      ['Five Farmers', 'killed', 5, 5],
      ['Three', 'injured', 3, 3],
    ],
  ],
  [
    'SEVEN PEASANTS WERE MURDERED BY A DEATH SQUAD IN THE DEPARTMENT OF SAN MIGUEL.',
    [['SEVEN PEASANTS', 'killed', 7, 7]],
  ],
  [
    'TERRORISTS KILLED TWO SOLDIERS AND WOUNDED FOUR OTHERS.',
    [
      ['TWO SOLDIERS', 'killed', 2, 2],
      ['FOUR OTHERS', 'injured', 4, 4],
    ],
  ],
  [
    'The shelling killed a woman and her two daughters.',
    [
      ['a woman', 'killed', 1, 1],
      ['two daughters', 'killed', 2, 2],
    ],
  ],
  ['A police officer was stabbed to death outside the station.', [['A police officer', 'killed', 1, 1]]],
  ['The mayor was gunned down in front of his home.', [['The mayor', 'killed', 1, 1]]],
  ['Her brother died in the blast, the family said.', [['Her brother', 'killed', 1, 1]]],
  ['Seven of the 12 miners were killed.', [['Seven of the 12 miners', 'killed', 7, 7]]],
  [
    'Hundreds were injured and scores killed in the fighting.',
    [
      ['Hundreds', 'injured', 200, null],
      ['scores', 'killed', 40, null],
    ],
  ],
  ['A dozen people were hurt in the explosion.', [['A dozen people', 'injured', 12, 12]]],
  [
    'The explosion killed two and injured 30.',
    [
      ['two', 'killed', 2, 2],
      ['30', 'injured', 30, 30],
    ],
  ],
  ['The attack, which killed 11 people, was the deadliest this year.', [['11 people', 'killed', 11, 11]]],
  [
    'A bomb exploded at a bus station, killing at least 6 people and wounding 20 others.',
    [
      ['at least 6 people', 'killed', 6, null],
      ['20 others', 'injured', 20, 20],
    ],
  ],
  ['The bodies of 13 men were found in a ditch.', [['13 men', 'killed', 13, 13]]],
  ['Nearly 100 people have been killed since the fighting began.', [['Nearly 100 people', 'killed', null, 100]]],
  ['The war has killed more than 500,000 people.', [['more than 500,000 people', 'killed', 500001, null]]],
  ['The blast killed between 10 and 15 people.', [['between 10 and 15 people', 'killed', 10, 15]]],
  ['Six children were among the dead.', [['Six children', 'killed', 6, 6]]],
  [
    'Two journalists, Ana Lopez and Tom Reed, who were killed on Sunday, were buried today.',
    [
      ['Two journalists', 'killed', 2, 2],
      ['Ana Lopez', 'killed', 1, 1],
      ['Tom Reed', 'killed', 1, 1],
    ],
  ],
  ['A priest was also murdered.', [['A priest', 'killed', 1, 1]]],
  [
    'The militia killed three, including a child.',
    [
      ['three', 'killed', 3, 3],
      ['a child', 'killed', 1, 1],
    ],
  ],
  [
    'At least 22 were killed, and more than 50 were wounded.',
    [
      ['At least 22', 'killed', 22, null],
      ['more than 50', 'injured', 51, null],
    ],
  ],
  [
    'Forty-eight people lost their lives in the crash of the military helicopter.',
    [['Forty-eight people', 'killed', 48, 48]],
  ],
  [
    'The bombing left 9 people dead and 40 wounded.',
    [
      ['9 people', 'killed', 9, 9],
      ['40', 'injured', 40, 40],
    ],
  ],
  ['The ambush cost the lives of six soldiers.', [['six soldiers', 'killed', 6, 6]]],
  ['Rescuers pulled 12 bodies from the rubble.', [['12 bodies', 'killed', 12, 12]]],
  [
    'At least 17 people were killed Tuesday when a suicide bomber struck a crowded market.',
    [['At least 17 people', 'killed', 17, null]],
  ],
  [
    'The dead were identified as Carlos Mendez, 22, Rosa Vega, 19, and Jorge Pena, 40.',
    [
      ['Carlos Mendez', 'killed', 1, 1],
      ['Rosa Vega', 'killed', 1, 1],
      ['Jorge Pena', 'killed', 1, 1],
    ],
  ],
  ['The slain officer, Sgt. Maria Chen, had served 12 years.', [['The slain officer', 'killed', 1, 1]]],
  [
    'Among the wounded were a 10-year-old girl and her grandmother.',
    [
      ['a 10-year-old girl', 'injured', 1, 1],
      ['her grandmother', 'injured', 1, 1],
    ],
  ],
  [
    'Rebels shot dead a village elder, Abdi Warsame, and his nephew.',
    [
      ['a village elder, Abdi Warsame', 'killed', 1, 1],
      ['his nephew', 'killed', 1, 1],
    ],
  ],
  [
    'Fourteen were wounded, four of them critically.',
    [
      ['Fourteen', 'injured', 14, 14],
      ['four of them', 'injured', 4, 4],
    ],
  ],
  [
    'Six died, 19 hurt in bus bombing',
    [
      ['Six', 'killed', 6, 6],
      ['19', 'injured', 19, 19],
    ],
  ],
  [
    'Two Killed, 14 Hurt As Bomb Rips Through Bus',
    [
      ['Two', 'killed', 2, 2],
      ['14', 'injured', 14, 14],
    ],
  ],
  ['FOUR DEAD IN EXPLOSION AT FUEL DEPOT', [['FOUR', 'killed', 4, 4]]],
  [
    'THE ATTACK LEFT 12 DEAD AND 30 WOUNDED, ACCORDING TO POLICE.',
    [
      ['12', 'killed', 12, 12],
      ['30', 'injured', 30, 30],
    ],
  ],
  [
    'AT LEAST 25 PEOPLE WERE KILLED AND DOZENS INJURED.',
    [
      ['AT LEAST 25 PEOPLE', 'killed', 25, null],
      ['DOZENS', 'injured', 24, null],
    ],
  ],
  ['A GUERRILLA ATTACK CLAIMED THE LIVES OF SIX SOLDIERS.', [['SIX SOLDIERS', 'killed', 6, 6]]],
  ['The violence claimed 21 lives over the weekend.', [['21 lives', 'killed', 21, 21]]],
  ['The clashes claimed at least 30 lives, the ministry said.', [['at least 30 lives', 'killed', 30, null]]],
  ['The fighting has claimed more than 3,000 lives since March.', [['more than 3,000 lives', 'killed', 3001, null]]],
  ["The two journalists' deaths drew condemnation from rights groups.", [['two journalists', 'killed', 2, 2]]],
  ['The killing of three aid workers has shocked the region.', [['three aid workers', 'killed', 3, 3]]],
  [
    'The murder of the judge and his bodyguard was condemned.',
    [
      ['the judge', 'killed', 1, 1],
      ['his bodyguard', 'killed', 1, 1],
    ],
  ],
  ['Police confirmed the deaths of 11 people in the raid.', [['11 people', 'killed', 11, 11]]],
  ['Rescuers recovered the bodies of four children from the rubble.', [['four children', 'killed', 4, 4]]],
  ['The massacre of 30 villagers was blamed on the militia.', [['30 villagers', 'killed', 30, 30]]],
  [
    'The bomb wounded a dozen, including two police officers.',
    [
      ['a dozen', 'injured', 12, 12],
      ['two police officers', 'injured', 2, 2],
    ],
  ],
  [
    'The toll rose to 18 after three of the wounded died in hospital.',
    [
      ['18', 'killed', 18, 18],
      ['three of the wounded', 'killed', 3, 3],
    ],
  ],
  ['The death toll has risen to at least 52, officials said.', [['at least 52', 'killed', 52, null]]],
  ['Officials put the death toll at 64.', [['64', 'killed', 64, 64]]],
  ['The toll stood at 9 on Sunday evening.', [['9', 'killed', 9, 9]]],
  ['The dead numbered at least 40.', [['at least 40', 'killed', 40, null]]],
  [
    'Casualties included 12 dead and 25 wounded.',
    [
      ['12', 'killed', 12, 12],
      ['25', 'injured', 25, 25],
    ],
  ],
  [
    'Dozens were killed and hundreds wounded, witnesses said.',
    [
      ['Dozens', 'killed', 24, null],
      ['hundreds', 'injured', 200, null],
    ],
  ],
  ['A family of four was killed when the shell hit their house.', [['A family of four', 'killed', 4, 4]]],
  [
    'A mother and her three children were killed in the strike.',
    [
      ['A mother', 'killed', 1, 1],
      ['three children', 'killed', 3, 3],
    ],
  ],
  [
    'An explosion killed the driver, a passenger and a bystander.',
    [
      ['the driver', 'killed', 1, 1],
      ['a passenger', 'killed', 1, 1],
      ['a bystander', 'killed', 1, 1],
    ],
  ],
  [
    'The shooting killed the owner and two customers.',
    [
      ['the owner', 'killed', 1, 1],
      ['two customers', 'killed', 2, 2],
    ],
  ],
  [
    'The dead included at least 8 children and 3 women.',
    [
      ['at least 8 children', 'killed', 8, null],
      ['3 women', 'killed', 3, 3],
    ],
  ],
  [
    'Gunmen killed 5 people and abducted 12 others.',
    [
      ['5 people', 'killed', 5, 5],
      ['12 others', 'abducted', 12, 12],
    ],
  ],
  ['An estimated 70 people died.', [['An estimated 70 people', 'killed', 70, 70]]],
  ['Roughly two dozen people were wounded in the blast.', [['Roughly two dozen people', 'injured', 24, 24]]],
  ['About a dozen fighters were killed, the group said.', [['About a dozen fighters', 'killed', 12, 12]]],
  ['Over 100 people were hurt during the protests.', [['Over 100 people', 'injured', 101, null]]],
  ['Several people were wounded when police fired on the crowd.', [['Several people', 'injured', 3, null]]],
  ['Two suspects were killed by security forces, police said.', [['Two suspects', 'killed', 2, 2]]],
  ['The suicide bomber killed himself and 14 others.', [['14 others', 'killed', 14, 14]]],
  ['The attacker was killed along with five civilians.', [['five civilians', 'killed', 5, 5]]],
  [
    'The blast killed a forklift driver, Luis Ortega, and his supervisor, Angela Brooks.',
    [
      ['a forklift driver, Luis Ortega', 'killed', 1, 1],
      ['his supervisor, Angela Brooks', 'killed', 1, 1],
    ],
  ],
  [
    'The blast killed a forklift driver, Luis Ortega, and his supervisor.',
    [
      ['a forklift driver, Luis Ortega', 'killed', 1, 1],
      ['his supervisor', 'killed', 1, 1],
    ],
  ],
  ['The blast killed a forklift driver, Luis Ortega.', [['a forklift driver, Luis Ortega', 'killed', 1, 1]]],
  [
    'The blast killed his supervisor, Angela Brooks, and a forklift driver.',
    [
      ['his supervisor, Angela Brooks', 'killed', 1, 1],
      ['a forklift driver', 'killed', 1, 1],
    ],
  ],
  [
    'A forklift driver, Luis Ortega, and his supervisor, Angela Brooks, were killed in the blast.',
    [
      ['A forklift driver, Luis Ortega', 'killed', 1, 1],
      ['his supervisor', 'killed', 1, 1],
    ],
  ],
  [
    'The blast killed a driver, a cook and a guard.',
    [
      ['a driver', 'killed', 1, 1],
      ['a cook', 'killed', 1, 1],
      ['a guard', 'killed', 1, 1],
    ],
  ],
  [
    'The blast killed Luis Ortega, a forklift driver, and Angela Brooks, his supervisor.',
    [
      ['Luis Ortega', 'killed', 1, 1],
      ['Angela Brooks', 'killed', 1, 1],
    ],
  ],
  [
    'The dead included Luis Ortega, a forklift driver, and Angela Brooks.',
    [
      ['Luis Ortega', 'killed', 1, 1],
      ['Angela Brooks', 'killed', 1, 1],
    ],
  ],
  [
    'The dead included a forklift driver and his supervisor.',
    [
      ['a forklift driver', 'killed', 1, 1],
      ['his supervisor', 'killed', 1, 1],
    ],
  ],
  ["Luis Ortega's killing sparked protests across the province.", [['Luis Ortega', 'killed', 1, 1]]],
  ["The mayor's murder sparked protests.", [['The mayor', 'killed', 1, 1]]],
  ["Police are investigating the journalist's murder.", [['the journalist', 'killed', 1, 1]]],
  ["The three soldiers' deaths were confirmed by the army.", [['three soldiers', 'killed', 3, 3]]],
  ["Rebels denied any role in Dr Maria Lopez's assassination.", [['Dr Maria Lopez', 'killed', 1, 1]]],
  ['Two gunmen were shot dead by police.', [['Two gunmen', 'killed', 2, 2]]],
  [
    'The driver and his son died in the blast.',
    [
      ['The driver', 'killed', 1, 1],
      ['his son', 'killed', 1, 1],
    ],
  ],
  [
    'Among the dead were two guards and a cook.',
    [
      ['two guards', 'killed', 2, 2],
      ['a cook', 'killed', 1, 1],
    ],
  ],
  [
    'Farmers Union member Tomas Ibarra and his brother-in-law Rafael Ocampo were shot to death outside their workshop.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother-in-law Rafael Ocampo', 'killed', 1, 1],
    ],
  ],
  [
    'Union member Tomas Ibarra and his brother-in-law Rafael Ocampo were shot to death outside their workshop.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother-in-law Rafael Ocampo', 'killed', 1, 1],
    ],
  ],
  [
    'Tomas Ibarra and his brother-in-law Rafael Ocampo were shot to death outside their workshop.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother-in-law Rafael Ocampo', 'killed', 1, 1],
    ],
  ],
  [
    'Tomas Ibarra and his brother Rafael Ocampo were shot to death outside their workshop.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother Rafael Ocampo', 'killed', 1, 1],
    ],
  ],
  [
    'Tomas Ibarra and his cousin were shot to death outside their workshop.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his cousin', 'killed', 1, 1],
    ],
  ],
  [
    'TOMAS IBARRA AND HIS COUSIN WERE SHOT TO DEATH OUTSIDE THEIR WORKSHOP.',
    [
      ['TOMAS IBARRA', 'killed', 1, 1],
      ['HIS COUSIN', 'killed', 1, 1],
    ],
  ],
  [
    'Tomas Ibarra and his brother-in-law were shot dead.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother-in-law', 'killed', 1, 1],
    ],
  ],
  [
    'Gunmen killed Tomas Ibarra and his brother-in-law.',
    [
      ['Tomas Ibarra', 'killed', 1, 1],
      ['his brother-in-law', 'killed', 1, 1],
    ],
  ],
  [
    'UNION ORGANISER TOMAS IBARRA, A CANDIDATE FOR THE TOWN COUNCIL, AND HIS BROTHER - IN - LAW RAFAEL OCAMPO WERE GUNNED DOWN OUTSIDE A CAFE ON TUESDAY NIGHT, POLICE SAID.',
    [
      ['TOMAS IBARRA', 'killed', 1, 1],
      ['HIS BROTHER - IN - LAW RAFAEL OCAMPO', 'killed', 1, 1],
    ],
  ],
  [
    'TOMAS IBARRA AND HIS BROTHER - IN - LAW RAFAEL OCAMPO WERE SHOT TO DEATH.',
    [
      ['TOMAS IBARRA', 'killed', 1, 1],
      ['HIS BROTHER - IN - LAW RAFAEL OCAMPO', 'killed', 1, 1],
    ],
  ],
  [
    'Four were wounded by the first blast, six of them seriously.',
    [
      ['Four', 'injured', 4, 4],
      ['six of them', 'injured', 6, 6],
    ],
  ],
  [
    'Three people were killed by gunmen, two of them children.',
    [
      ['Three people', 'killed', 3, 3],
      ['two of them', 'killed', 2, 2],
    ],
  ],
  [
    'Five people were killed in Homs, 12 in Hama and three in Idlib.',
    [
      ['Five people', 'killed', 5, 5],
      ['12', 'killed', 12, 12],
      ['three', 'killed', 3, 3],
    ],
  ],
  ['Two soldiers were killed in the attack, police said.', [['Two soldiers', 'killed', 2, 2]]],
  [
    'Six were killed in Aleppo, while two died in Hama.',
    [
      ['Six', 'killed', 6, 6],
      ['two', 'killed', 2, 2],
    ],
  ],
  [
    'Nine were killed in the raid, 14 people were wounded.',
    [
      ['Nine', 'killed', 9, 9],
      ['14 people', 'injured', 14, 14],
    ],
  ],
  [
    'Four were wounded by the first blast, six by the second.',
    [
      ['Four', 'injured', 4, 4],
      ['six', 'injured', 6, 6],
    ],
  ],
  [
    'THE MINISTER SAID THE MURDERERS OF THE FIVE ALU [ANDEAN LABOUR UNION] ORGANISERS WERE HIRED GUNMEN.',
    [['FIVE ALU [ANDEAN LABOUR UNION] ORGANISERS', 'killed', 5, 5]],
  ],
  ['SIX [NATIONAL POLICE] AGENTS WERE KILLED IN THE AMBUSH.', [['SIX [NATIONAL POLICE] AGENTS', 'killed', 6, 6]]],
  ['The attack killed 12 (twelve) people.', [['12 (twelve) people', 'killed', 12, 12]]],
  [
    'Soldiers killed five ALU [Andean Labour Union] organisers.',
    [['five ALU [Andean Labour Union] organisers', 'killed', 5, 5]],
  ],
  [
    'Wounded in the shooting were three students and a teacher.',
    [
      ['three students', 'injured', 3, 3],
      ['a teacher', 'injured', 1, 1],
    ],
  ],
  ['Also killed was a nurse, Maria Duarte.', [['a nurse, Maria Duarte', 'killed', 1, 1]]],
  [
    'Killed were six soldiers and a civilian.',
    [
      ['six soldiers', 'killed', 6, 6],
      ['a civilian', 'killed', 1, 1],
    ],
  ],
  ['KILLED IN THE AMBUSH WERE FOUR POLICEMEN.', [['FOUR POLICEMEN', 'killed', 4, 4]]],
  ['Among those killed were two nurses.', [['two nurses', 'killed', 2, 2]]],
  ['Police said: Killed in the raid were three farmers.', [['three farmers', 'killed', 3, 3]]],
  [
    'The shelling caused the death of a woman and injuries to her two sons.',
    [
      ['a woman', 'killed', 1, 1],
      ['two sons', 'injured', 2, 2],
    ],
  ],
  [
    'The shelling caused the deaths of three men and serious injuries to four children.',
    [
      ['three men', 'killed', 3, 3],
      ['four children', 'injured', 4, 4],
    ],
  ],
  ['The explosion killed a man and caused injuries to his hand.', [['a man', 'killed', 1, 1]]],
  [
    'Terrorists targeted the neighborhood with rocket shells, claiming the lives of three citizens and injuring seven others.',
    [
      ['three citizens', 'killed', 3, 3],
      ['seven others', 'injured', 7, 7],
    ],
  ],
  [
    'Three citizens were martyred and seven others were injured when terrorists fired shells on the town.',
    [
      ['Three citizens', 'killed', 3, 3],
      ['seven others', 'injured', 7, 7],
    ],
  ],
  [
    'A child was martyred and four civilians were injured in a terrorist attack on the village.',
    [
      ['A child', 'killed', 1, 1],
      ['four civilians', 'injured', 4, 4],
    ],
  ],
  [
    'The terrorist attack resulted in the martyrdom of two civilians and the injury of five others.',
    [
      ['two civilians', 'killed', 2, 2],
      ['five others', 'injured', 5, 5],
    ],
  ],
  [
    'A mortar shell fell on the school, leaving two students dead and 11 injured.',
    [
      ['two students', 'killed', 2, 2],
      ['11', 'injured', 11, 11],
    ],
  ],
  ['The toll of the massacre reached 45 martyrs, most of them women and children.', [['45 martyrs', 'killed', 45, 45]]],
  [
    'Medical sources said the dead included 11 children and seven women.',
    [
      ['11 children', 'killed', 11, 11],
      ['seven women', 'killed', 7, 7],
    ],
  ],
  [
    'An army unit killed scores of terrorists and destroyed their vehicles.',
    [['scores of terrorists', 'killed', 40, null]],
  ],
  [
    'Fourteen civilians, including five children, lost their lives in the air raid.',
    [
      ['Fourteen civilians', 'killed', 14, 14],
      ['five children', 'killed', 5, 5],
    ],
  ],
  ['The bombardment killed an entire family of seven in the village.', [['an entire family of seven', 'killed', 7, 7]]],
  [
    'At least eight people, among them a paramedic, were killed.',
    [
      ['At least eight people', 'killed', 8, null],
      ['a paramedic', 'killed', 1, 1],
    ],
  ],
  [
    'The strikes killed eight civilians - five of them children - in the town.',
    [
      ['eight civilians', 'killed', 8, 8],
      ['five of them', 'killed', 5, 5],
    ],
  ],
  ['Two rescue workers were among those killed in the second strike.', [['Two rescue workers', 'killed', 2, 2]]],
  ['Residents said the attack left scores dead.', [['scores', 'killed', 40, null]]],
  [
    'The attack killed a 12-year-old boy and wounded his father.',
    [
      ['a 12-year-old boy', 'killed', 1, 1],
      ['his father', 'injured', 1, 1],
    ],
  ],
  ['Nine people died of their wounds in hospital on Sunday.', [['Nine people', 'killed', 9, 9]]],
  ['Three of the injured later died in hospital.', [['Three of the injured', 'killed', 3, 3]]],
  ['Five bodies were recovered from the debris on Monday.', [['Five bodies', 'killed', 5, 5]]],
  ['The body of a young man was found in an orchard near the village.', [['a young man', 'killed', 1, 1]]],
  [
    'The monitor said 112 fighters on both sides had been killed in 48 hours of clashes.',
    [['112 fighters', 'killed', 112, 112]],
  ],
  [
    'A suicide car bomb killed 14 soldiers and wounded more than 30 at a checkpoint.',
    [
      ['14 soldiers', 'killed', 14, 14],
      ['more than 30', 'injured', 31, null],
    ],
  ],
  [
    'Airstrikes killed at least 27 civilians on Sunday, including children, a monitor said.',
    [['at least 27 civilians', 'killed', 27, null]],
  ],
  [
    'The Observatory said the raids killed 16 people, among them five children.',
    [
      ['16 people', 'killed', 16, 16],
      ['five children', 'killed', 5, 5],
    ],
  ],
  [
    'At least two dozen people were killed and scores injured.',
    [
      ['At least two dozen people', 'killed', 24, null],
      ['scores', 'injured', 40, null],
    ],
  ],
  ['BOTH POLICEMEN WERE WOUNDED IN THE ATTACK.', [['BOTH POLICEMEN', 'injured', 2, 2]]],
  ['BOTH SOLDIERS WERE KILLED.', [['BOTH SOLDIERS', 'killed', 2, 2]]],
  ['Both men were killed in the blast.', [['Both men', 'killed', 2, 2]]],
  ['Both policemen were wounded in the attack.', [['Both policemen', 'injured', 2, 2]]],
  ['Both soldiers died in the blast.', [['Both soldiers', 'killed', 2, 2]]],
  [
    'Both the driver and his son died in the blast.',
    [
      ['the driver', 'killed', 1, 1],
      ['his son', 'killed', 1, 1],
    ],
  ],
  ['Both women were injured, police said.', [['Both women', 'injured', 2, 2]]],
  ['Gunmen killed both journalists on Tuesday.', [['both journalists', 'killed', 2, 2]]],
  ['TWO POLICEMEN WERE WOUNDED IN THE ATTACK.', [['TWO POLICEMEN', 'injured', 2, 2]]],
  ['The wounded totalled 112, hospital staff said.', [['112', 'injured', 112, 112]]],
  ['THE DEAD NUMBER MORE THAN 30.', [['MORE THAN 30', 'killed', 31, null]]],
  [
    'Dozens of rebels were killed in the village including the Jordanian Omar Haddad and Karim Nasser.',
    [
      ['Dozens of rebels', 'killed', 24, null],
      ['the Jordanian Omar Haddad', 'killed', 1, 1],
      ['Karim Nasser', 'killed', 1, 1],
    ],
  ],
  [
    'Dozens of rebels were killed in the village, including the Jordanian Omar Haddad.',
    [
      ['Dozens of rebels', 'killed', 24, null],
      ['the Jordanian Omar Haddad', 'killed', 1, 1],
    ],
  ],
  ['The strike killed the Jordanian Omar Haddad.', [['the Jordanian Omar Haddad', 'killed', 1, 1]]],
  ['The strike killed the Iraqi commander Omar Haddad.', [['the Iraqi commander Omar Haddad', 'killed', 1, 1]]],
  ['Gunmen attacked the Italian embassy, killing a guard.', [['a guard', 'killed', 1, 1]]],
  [
    'The blast killed the Lebanese Hassan Karim Abbas and two others.',
    [
      ['the Lebanese Hassan Karim Abbas', 'killed', 1, 1],
      ['two others', 'killed', 2, 2],
    ],
  ],
];

const NONE: string[] = [
  "Officials condemned the soldiers' deaths in the ambush.",
  'Police arrested 40 people after the protest.',
  'The rebels freed 12 hostages on Monday.',
  'The army deployed 300 troops to the town.',
  'Ten thousand people fled the fighting.',
  'The gunman was shot dead by police.',
  "The soldiers' deaths were confirmed by the army on Monday.",
  'No one was hurt in the blast.',
  'None of the passengers were injured.',
  'Twelve bombs exploded across the city on Sunday.',
  'The rebels attacked with 200 fighters and four trucks.',
  'The strike hit five buildings and two schools.',
  'Three hundred people attended the funeral of the victims.',
  "The army's killing of civilians drew protests.",
  "The company's death benefits were cut.",
  'The gunman was killed by police.',
  'The attacker was shot dead.',
  'Police shot dead the gunman.',
  'Police shot the attacker dead.',
  'The bomber died in the blast.',
  'Wounded soldiers were evacuated to the capital.',
  'Killed in action, the sergeant was buried on Friday.',
  'Injured civilians were taken to hospital.',
  'The blast caused heavy damage and injuries to his head.',
  'Both sides traded fire for hours.',
  'The strike hit both buildings.',
  'The dead number among the highest this year.',
  'The injured numbered in the dozens.',
  'The strike killed the Syrian Arab Red Crescent volunteers.',
  'Police said the Saudi Crown Prince was not hurt.',
];

describe('casualties: a stress set of sentences of our own', () => {
  it.each(FIGURES)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each(NONE)('finds no figure in: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('casualties stress (s15): gapped counts before "according to"', () => {
  it('reads a gapped count whose sentence ends in "according to X" (the tagger reads "according" as a verb)', () => {
    expect(brief('Two were killed in Homs and one in Hama according to the monitor.')).toEqual([
      ['Two', 'killed', 2, 2],
      ['one', 'killed', 1, 1],
    ]);
    expect(brief('ONE DIED ON MONDAY AND ONE ON TUESDAY ACCORDING TO HOSPITAL STAFF.')).toEqual([
      ['ONE', 'killed', 1, 1],
      ['ONE', 'killed', 1, 1],
    ]);
    expect(brief('Three guards were shot dead at dawn, and two more at noon according to the prison service.')).toEqual(
      [
        ['Three guards', 'killed', 3, 3],
        ['two more', 'killed', 2, 2],
      ],
    );
  });

  it('keeps a gapped count with a verb of its own out', () => {
    expect(brief('Two were killed in Homs and one in Hama was arrested according to police.')).toEqual([
      ['Two', 'killed', 2, 2],
    ]);
  });
});

describe('casualties stress (s15): "ended the lives of"', () => {
  it('counts the people whose lives a verb of ending took', () => {
    expect(brief('A sniper ended the lives of two boys near the market.')).toEqual([['two boys', 'killed', 2, 2]]);
    expect(brief('THE BOMB ENDED THE LIFE OF A JUDGE.')).toEqual([['A JUDGE', 'killed', 1, 1]]);
    expect(brief('The gunmen ended the life of the mayor.')).toEqual([['the mayor', 'killed', 1, 1]]);
  });

  it('counts nobody for an ending of anything but lives', () => {
    expect(brief('The ceasefire ended the suffering of thousands.')).toEqual([]);
    expect(brief('The film ends with the lives of 12 soldiers.')).toEqual([]);
  });
});
