import { describe, expect, it } from 'vitest';
import { brief, figures, only } from './helpers.js';

const victims = (text: string) => figures(text).map((f) => [f.text, f.victims]);

describe('casualties: victims', () => {
  it('keeps the modifiers of the counted noun and lower-cases common words', () => {
    expect(victims('The convoy attack killed 19 pro-Kurdish Yazidi volunteers.')).toEqual([
      ['19 pro-Kurdish Yazidi volunteers', 'pro-Kurdish Yazidi volunteers'],
    ]);
    expect(victims('SEVEN MINERS WERE KILLED IN THE COLLAPSE.')).toEqual([['SEVEN MINERS', 'miners']]);
    expect(victims('Dozens of schoolteachers were wounded.')).toEqual([['Dozens of schoolteachers', 'schoolteachers']]);
  });

  it('has no victims for a bare count or an outcome noun', () => {
    expect(only('The strike killed 8 near the bakery.').victims).toBeNull();
    expect(only('There were four deaths at the fair.').victims).toBeNull();
    expect(only('Mortars killed dozens of them on Friday.').victims).toBeNull();
  });

  it('keeps a "from/of the same family" part in the victims but not in the span', () => {
    const f = only('A drone strike killed five people from the same household in Binnish.');
    expect([f.text, f.victims]).toEqual(['five people', 'people from the same household']);
    expect(only('Six members of one family died when the shell hit.').victims).toBe('members of one family');
  });

  it('counts coordinated heads once ("soldiers and militiamen")', () => {
    expect(victims('The mine killed 14 soldiers and allied militiamen.')).toEqual([
      ['14 soldiers and allied militiamen', 'soldiers and allied militiamen'],
    ]);
    expect(victims('The mine killed 14 soldiers and 3 militiamen.')).toEqual([
      ['14 soldiers', 'soldiers'],
      ['3 militiamen', 'militiamen'],
    ]);
  });

  it('reads a bracketed acronym inside the phrase', () => {
    expect(only('The raid killed 6 Syrian Arab Red Crescent (SARC) drivers.').victims).toBe(
      'Syrian Arab Red Crescent (SARC) drivers',
    );
  });

  it('counts one for a singular description with an article or possessive', () => {
    const f = only('The sniper killed a young paramedic near the gate.');
    expect([f.text, f.count.min, f.count.max, f.victims]).toEqual(['a young paramedic', 1, 1, 'young paramedic']);
    expect(only('The shell killed her youngest son.').victims).toBe('youngest son');
    expect(only('Another boatman was wounded on the river.').text).toBe('Another boatman');
    expect(only('An Uzbek was killed at the crossing during the clashes.').victims).toBe('Uzbek');
  });

  it('takes the "of" phrase of a relational head into the span', () => {
    const f = only('The car bomb killed the commander of the eastern sector.');
    expect([f.text, f.victims]).toEqual(['the commander of the eastern sector', 'commander of the eastern sector']);
  });

  it('counts one for a named person: titles kept, relative clause and age apposition allowed', () => {
    expect(victims('Brig Gen Omar Tlass, who was killed in the ambush, had led the brigade.')).toEqual([
      ['Brig Gen Omar Tlass', 'Brig Gen Omar Tlass'],
    ]);
    expect(victims('Karim, 31, died after the shootout at the market.')).toEqual([['Karim', 'Karim']]);
    expect(victims('The strike killed Colonel Fadi Nasser.')).toEqual([['Colonel Fadi Nasser', 'Colonel Fadi Nasser']]);
  });

  it('does not take a natural death for a casualty', () => {
    expect(figures('The poet Samir Haddad, who died in 1998, wrote about the river.')).toEqual([]);
  });

  it('does not take a group or a place for a named victim', () => {
    expect(victims('The leader of the rebel group Liwa al-Fatah was killed.')).toEqual([
      ['The leader of the rebel group Liwa al-Fatah', 'leader of the rebel group Liwa al-Fatah'],
    ]);
  });

  it('does not take a place, a group or a name that modifies a noun for a named victim', () => {
    expect(victims('Artillery pounded Wadi Barada and nine people were wounded.')).toEqual([['nine people', 'people']]);
    expect(victims('Troops killed 20 members of Liwa al-Haqq and Saraya al-Nasr militant groups.')).toEqual([
      ['20 members', 'members of Liwa al-Haqq'],
    ]);
    expect(figures('Tags killed Syrian Democratic Forces Raqqa').map((f) => f.text)).toEqual([]);
  });

  it('reads a description without an article when a name ends it', () => {
    expect(victims('The blast killed Liwa al-Haqq commander Yasser Hamid and two guards.')).toEqual([
      ['Liwa al-Haqq commander Yasser Hamid', 'Liwa al-Haqq commander Yasser Hamid'],
      ['two guards', 'guards'],
    ]);
  });

  it('counts the people an outcome participle describes after "N of": dozens of badly wounded men', () => {
    expect(brief('Photos showed dozens of badly wounded men waiting at a field clinic.')).toEqual([
      ['dozens of badly wounded men', 'injured', 24, null],
    ]);
    expect(brief('Hundreds of seriously injured civilians are at hospitals across the city.')).toEqual([
      ['Hundreds of seriously injured civilians', 'injured', 200, null],
    ]);
    expect(brief('The families of the wounded men protested outside the ministry.')).toEqual([]);
  });

  it('counts the noun when "of" names no count: 57 corpses of farmers', () => {
    expect(brief('Villagers found a mass grave containing 57 corpses of farmers shot by the militia.')).toEqual([
      ['57 corpses', 'killed', 57, 57],
    ]);
  });

  it('reads the people after "causing injuries to", not a body part', () => {
    expect(brief('The shell hit the market, causing serious injuries to a boy and damaging shops.')).toEqual([
      ['a boy', 'injured', 1, 1],
    ]);
    expect(brief('The strike inflicted injuries to 14 civilians.')).toEqual([['14 civilians', 'injured', 14, 14]]);
    expect(brief('The blast caused injuries to his head and legs.')).toEqual([]);
  });

  it('makes the subject of "were among N killed" a part of that figure', () => {
    const found = figures('Eight women were among at least 30 people killed in the raid on the village.');
    expect(found.map((f) => [f.text, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['Eight women', 8, 'at least 30 people'],
      ['at least 30 people', 30, null],
    ]);
  });
});
