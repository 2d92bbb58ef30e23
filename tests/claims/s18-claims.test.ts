import { describe, expect, it } from 'vitest';
import { claimRows, holdsRows, type ClaimRow } from './helpers.js';

// s18: sentences written for these tests (ANNOTATION.md §3), none taken from a data set.
// - a reported state operation is a required attribution whatever its scale or target (an offensive,
//   a stepped-up bombardment, strikes on fighters), where the article's own narration of one is none;
// - a state's own voice (its army, its military sources, its defence ministry, its state-run medium,
//   its office) reporting its operation makes it the state's claim;
// - a country's possessive before a military noun or an attack on a named target (`Russia's air
//   strikes`, `Turkey's shelling of Afrin`) names the state;
// - a country's acronym before a military noun (`US airstrikes`, `U.S. strikes`) names the state.
// Each row: the text and the claims it must hold ([status, actor, source]; '*' = any), or 'none'.

const SYRIA = 'Syria has been at war since 2011. Syrian troops and rebels fought near Damascus. ';
const cases: [string, ClaimRow[] | 'none'][] = [
  // reported operations: campaigns, escalations, strikes on fighters
  [SYRIA + 'Activists said government forces launched an offensive on the town.', [['attributed', 'Syria', '*']]],
  [
    SYRIA + 'Residents said Turkish troops launched a ground offensive near the border town.',
    [['attributed', 'Turkey', '*']],
  ],
  [
    SYRIA + 'Activists said regime forces intensified their bombardment of the town.',
    [['attributed', 'Syria', 'Activists']],
  ],
  [
    SYRIA + 'The monitor said Syrian government forces and Russian jets stepped up their raids on the suburb.',
    [
      ['attributed', 'Syria', '*'],
      ['attributed', 'Russia', '*'],
    ],
  ],
  [SYRIA + 'The monitor said Russian jets targeted rebel positions in the hills.', [['attributed', 'Russia', '*']]],
  [SYRIA + 'Local sources reported that Iraqi warplanes pounded militant hideouts.', [['attributed', 'Iraq', '*']]],
  // the same, narrated by the article: no claim
  [SYRIA + 'Government forces launched an offensive on the town.', 'none'],
  [SYRIA + 'Russian jets targeted rebel positions in the hills.', 'none'],
  [SYRIA + 'Regime forces intensified their bombardment of the town.', 'none'],
  // a state's own voice: claimed
  [
    SYRIA + 'A military source told the agency that army units killed dozens of terrorists near Hama.',
    [['claimed', 'Syria', '*']],
  ],
  [
    'The Russian Defence Ministry said Russian jets struck militant positions near Palmyra.',
    [['claimed', 'Russia', '*']],
  ],
  [SYRIA + 'SANA reported that Syrian warplanes destroyed a convoy of terrorists.', [['claimed', 'Syria', '*']]],
  ['TASS reported that Russian warplanes hit militant positions near the city.', [['claimed', 'Russia', '*']]],
  [
    'The Pentagon said in a statement that US jets struck an IS convoy near the border.',
    [['claimed', 'United States', '*']],
  ],
  [
    SYRIA + 'Military sources said Syrian helicopters shelled the militants in the valley.',
    [['claimed', 'Syria', '*']],
  ],
  // a state's own statement of its act ("said its jets struck…"), and its denial
  ['The Russian Defence Ministry said its jets struck militant positions near Palmyra.', [['claimed', 'Russia', '*']]],
  ['The Turkish military said its warplanes hit PKK shelters in northern Iraq.', [['claimed', 'Turkey', '*']]],
  [SYRIA + 'The Syrian army said its units destroyed terrorist positions near Idlib.', [['claimed', 'Syria', '*']]],
  ['The Russian Defence Ministry said its jets did not strike the hospital.', [['denied', 'Russia', '*']]],
  // "the sources said" after a state's "military sources said": the same voice
  [
    SYRIA +
      'Government troops advanced on Monday, military sources said. "Syrian warplanes targeted the militants\' strongholds heavily," the sources said.',
    [['claimed', 'Syria', '*']],
  ],
  [
    SYRIA +
      'Rebels fled the village, opposition sources said. "Regime helicopters dropped barrel bombs on the bakery," the sources said.',
    [['attributed', 'Syria', '*']],
  ],
  // a support participle with its particle ("backed up by") modifies the subject
  [
    SYRIA +
      'The Syrian army and its allies, backed up by Russian jets, launched an offensive on the town, activists said.',
    [['attributed', 'Syria', '*']],
  ],
  [
    SYRIA + 'Hezbollah fighters backed up by Syrian troops stormed the village, residents said.',
    [['attributed', 'Hezbollah', '*']],
  ],
  // aspectual verbs with an attack or an operation as their object
  [SYRIA + 'Activists said the Syrian army began an offensive on the town.', [['attributed', 'Syria', '*']]],
  [
    SYRIA + 'Residents said regime jets resumed their raids on the town after a short lull.',
    [['attributed', 'Syria', '*']],
  ],
  [
    SYRIA + 'The monitor said Turkish troops continued their shelling of Kurdish villages.',
    [['attributed', 'Turkey', '*']],
  ],
  [
    SYRIA + 'Activists said Islamic State militants mounted an attack on the checkpoint.',
    [['attributed', 'Islamic State', '*']],
  ],
  [SYRIA + 'The monitor said government forces began talks with the rebels.', 'none'],
  [SYRIA + 'Residents said the army continued its work in the town.', 'none'],
  [SYRIA + 'The army began an offensive on the town.', 'none'],
  // the last of coordinated agents after a support participle is no subject
  [
    SYRIA +
      "The Syrian army and its allies backed by the country's jets and artillery units launched an offensive on the town, activists said.",
    [['attributed', 'Syria', '*']],
  ],
  // a coalition's forces named by a two-word force noun after the article named the coalition
  [
    'The US-led coalition has fought IS since 2014. Coalition war planes struck the town, the monitor said.',
    [['attributed', 'US-led coalition', '*']],
  ],
  [
    'The Saudi-led coalition has bombed Yemen since 2015. Coalition fighter jets hit a wedding hall, medics said.',
    [['attributed', 'Saudi-led coalition', '*']],
  ],
  // "the coalitions airstrike": a possessive whose apostrophe scraped copy lost, after the coalition is named
  [
    'The US-led coalition has fought IS since 2014. The coalitions airstrike killed 12 civilians in the village, activists said.',
    [['attributed', 'US-led coalition', '*']],
  ],
  [
    'The Saudi-led coalition has bombed Yemen since 2015. Medics said the coalitions air raid hit a school bus.',
    [['attributed', 'Saudi-led coalition', '*']],
  ],
  ['Rival coalitions formed in parliament. The coalitions talks collapsed on Monday.', 'none'],
  ['The coalitions airstrike killed 12 civilians in the village, activists said.', 'none'],
  // "occupation forces", as state and partisan media name another state's forces
  [
    SYRIA + 'Activists said the bombing was carried out by aircraft of the Russian occupation forces.',
    [['attributed', 'Russia', '*']],
  ],
  [
    SYRIA + 'The massacre was committed by US occupation forces, the ministry said.',
    [['attributed', 'United States', '*']],
  ],
  [
    'Israeli occupation forces raided the camp and shot a teenager, Palestinian medics said.',
    [['attributed', 'Israel', '*']],
  ],
  // a medium citing the state's voice
  [
    SYRIA + 'Syrian jets killed 30 militants near Hama, state media reported citing a military source.',
    [['claimed', 'Syria', '*']],
  ],
  [
    SYRIA + 'Government helicopters struck the rebels near Homs, local media reported quoting an army officer.',
    [['claimed', 'Syria', '*']],
  ],
  [
    SYRIA + 'Syrian jets bombed a market near Hama, opposition media reported citing activists.',
    [['attributed', 'Syria', '*']],
  ],
  // a state as the subject of a cue the attribution layer may misread ("declared the end of the truce")
  // is no voice of its own operation: the raids stay attributions
  [
    SYRIA +
      'Since Monday when the Assad regime declared the end of the truce at least 40 civilians have been killed by regime and Russian airstrikes on Aleppo according to rescuers.',
    [
      ['attributed', 'Syria', '*'],
      ['attributed', 'Russia', '*'],
    ],
  ],
  // another side's voice stays an attribution
  [SYRIA + 'A rebel military source said regime jets bombed the town.', [['attributed', 'Syria', '*']]],
  [SYRIA + 'Local civil defence sources said regime airstrikes destroyed a mosque.', [['attributed', 'Syria', '*']]],
  ['The health ministry said Israeli strikes killed 12 people in the camp.', [['attributed', 'Israel', '*']]],
  ['The Russian Defence Ministry said Syrian jets struck a convoy.', [['attributed', 'Syria', '*']]],
  ['TASS reported that Syrian jets hit a hospital.', [['attributed', 'Syria', '*']]],
  // a country's possessive before a military noun or an attack on its target
  [SYRIA + "Russia's air strikes on Idlib killed nine civilians, activists said.", [['attributed', 'Russia', '*']]],
  ["Turkey's shelling of Afrin killed four civilians, Kurdish officials said.", [['attributed', 'Turkey', '*']]],
  ["Israel's bombardment of the airport damaged two runways, the monitor said.", [['attributed', 'Israel', '*']]],
  [
    SYRIA + "Rescuers said Russia's bombing campaign in Idlib had killed 40 civilians this week.",
    [['attributed', 'Russia', '*']],
  ],
  ["Britain's worst bombing in decades killed 22 people at a concert.", 'none'],
  ["France's deadliest attack since 2015 killed 86 people.", 'none'],
  // a country's acronym before a military noun
  [SYRIA + 'US airstrikes killed 20 civilians in Raqqa, activists said.', [['attributed', 'United States', '*']]],
  [SYRIA + 'U.S. strikes hit a school in the village, residents said.', [['attributed', 'United States', '*']]],
  [SYRIA + 'The monitor said US air strikes destroyed a bridge near Mosul.', [['attributed', 'United States', '*']]],
  ['There have been no US strikes in the region so far, officials said.', 'none'],
  ['UK officials said the US attack on the embassy was planned for months.', 'none'],
];

describe('s18: reported state operations, a state’s own voice, possessive and acronym states', () => {
  for (const [text, want] of cases) {
    it(text.replace(SYRIA, ''), () => {
      const got = claimRows(text);
      if (want === 'none') expect(got.filter((g) => g[0] !== 'unclaimed')).toEqual([]);
      else expect(holdsRows(got, want), JSON.stringify(got)).toBe(true);
    });
  }
});
