import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { parse } from '../../src/document/parse.js';
import { findIncidents } from '../../src/incidents/index.js';
import type { Extraction, Incident } from '../../src/types.js';

const run = (text: string, publishedAt = '2021-06-14'): Extraction => extract(text, { publishedAt });
const texts = (i: Incident): string[] => i.casualties.map((f) => f.text);

describe('incidents: grouping', () => {
  it('keeps two events told in one sentence apart, each with its place', () => {
    const x = run(
      'Jets carried out four raids on Karmel, resulting in five deaths, and earlier, an air raid in Tobruk killed two farmers.',
    );
    expect(x.incidents.map((i) => [i.place?.text, texts(i)])).toEqual([
      ['Karmel', ['five deaths']],
      ['Tobruk', ['two farmers']],
    ]);
    expect(x.incidents[1]!.mentions.map((m) => m.text)).toEqual(['an air raid']);
  });

  it('puts a headline and its repeats in the body into one incident, each a figure of its own', () => {
    const x = run(`Car bomb kills 12 in port town

A car bomb killed at least 12 people in the town of Lamu on Sunday, police said. Officials later said 12 people had died in the blast.`);
    expect(x.incidents).toHaveLength(1);
    const [i] = x.incidents;
    expect(texts(i!)).toEqual(['12', 'at least 12 people', '12 people']);
    expect(i!.place?.text).toBe('the town of Lamu');
    expect(i!.date?.value).toBe('2021-06-13');
    expect(i!.mentions.map((m) => m.text)).toContain('the blast');
  });

  it('reads a place only after a preposition followed by a capitalised name, an article glued to it included', () => {
    const glued = run('A rocket hit a market in the early morning in el-Qadira, killing three traders.');
    expect(glued.incidents.map((i) => [i.place?.text, texts(i)])).toEqual([['el-Qadira', ['three traders']]]);
    // "in the early morning", "in the old quarter": no capitalised word, no place.
    const none = run(
      'A rocket hit a market in the early morning on Tuesday, killing three traders in the old quarter.',
    );
    expect(none.incidents.map((i) => [i.place?.text ?? null, texts(i)])).toEqual([[null, ['three traders']]]);
  });

  it('leaves a cumulative toll out of every incident', () => {
    const x = run(
      'A roadside bomb killed three soldiers near Garissa on Monday. The insurgency has killed more than 9,000 people since 2015.',
    );
    expect(x.casualties.map((f) => f.scope)).toEqual(['incident', 'cumulative']);
    expect(x.incidents.flatMap(texts)).toEqual(['three soldiers']);
  });

  it('opens a new incident for an event on another day or announced as another one', () => {
    const days = run(
      'Two people died in a bombing in the market on Monday. On Wednesday, a second blast killed four people.',
    );
    expect(days.incidents.map(texts)).toEqual([['Two people'], ['four people']]);
    const another = run('A mortar shell killed two children. Meanwhile, another shell killed three women.');
    expect(another.incidents.map(texts)).toEqual([['two children'], ['three women']]);
  });

  it('opens a new incident for an attack an "earlier" date looks back to, even in the same province', () => {
    const x = run(
      'A drone strike killed nine farmers in the south of Darfa province on Saturday. Earlier this week a gas attack hit the village of Umm Tal in Darfa, killing at least 40 civilians.',
    );
    expect(x.incidents.map(texts)).toEqual([['nine farmers'], ['at least 40 civilians']]);
    const same = run(
      'A drone strike killed nine farmers in Darfa on Saturday. The strike earlier this week had hit the same village.',
    );
    expect(same.incidents).toHaveLength(1);
  });

  it('opens a new incident for an attack told anew in another month or year, not for a date of something else', () => {
    const x = run(
      'A car bomb killed eight people in the market on Monday. Hundreds of civilians died in a gas attack on the town in August 2013.',
    );
    expect(x.incidents.map(texts)).toEqual([['eight people'], ['Hundreds of civilians']]);
    const y = run(
      'A car bomb killed eight people in the market on Monday. The slain officer, who was killed in the blast, had been posted to the town last year.',
    );
    expect(y.incidents).toHaveLength(1);
  });

  it('cuts at an attack of another year, however it is written, and goes on with the event of the article', () => {
    const recalled = run(
      'A nerve gas attack on the suburbs killed at least 200 people on Tuesday, medics said. It was the worst since the 1995 gas attack that killed 12 commuters. Doctors said 40 more people had died in hospitals.',
    );
    expect(recalled.incidents.map(texts)).toEqual([['at least 200 people', '40 more people'], ['12 commuters']]);
    const opening = run(
      'A nerve gas attack on the suburbs killed at least 200 people on Tuesday.\n\nIn 1995 a gas attack killed 12 commuters.',
    );
    expect(opening.incidents.map(texts)).toEqual([['at least 200 people'], ['12 commuters']]);
    expect(opening.incidents[1]!.date?.value).toBe('1995');
  });

  it('does not take the place where the attackers are for the place of the event', () => {
    const x = run(
      'A shell wounded a man in the Karmel district of Tobruk on Monday. Police said militants positioned in Wadi Hamra fired shells at the district again, wounding a boy.',
    );
    expect(x.incidents).toHaveLength(1);
    expect(x.incidents[0]!.place?.text).toBe('the Karmel district of Tobruk');
  });

  it('keeps a phrase referring back in its event when it names a new place, and another attack apart in the same place', () => {
    const back = run(
      'An air strike killed 18 civilians in the province of Idlib on Saturday. The monitor said the strike on Kafr Nabl had also wounded 30 people.',
    );
    expect(back.incidents.map(texts)).toEqual([['18 civilians', '30 people']]);
    const another = run(
      'A car bomb killed six people in Homs on Monday. Another car bomb in Homs killed three soldiers.',
    );
    expect(another.incidents.map(texts)).toEqual([['six people'], ['three soldiers']]);
  });

  it('never takes a month or weekday for a place, also when copy lost its apostrophe', () => {
    const x = run(
      'A car bomb killed six people in Homs on Tuesday. Doctors said 31 people hurt in Tuesdays attack were treated.',
    );
    expect(x.incidents.map(texts)).toEqual([['six people', '31 people']]);
    expect(x.incidents[0]!.place?.text).toBe('Homs');
  });

  it('keeps fighting between armed sides apart from an attack told before it', () => {
    const x = run(
      'A massacre in the village killed nine farmers on Monday. The heavy fighting that followed killed 40 rebels and 12 soldiers.',
    );
    expect(x.incidents.map(texts)).toEqual([['nine farmers'], ['40 rebels', '12 soldiers']]);
    expect(x.incidents[1]!.tolls.killed!.best.value).toBe(52);
  });

  it('does not take a body for a place', () => {
    const x = run('A source at Riverside Police Command said a rocket killed two people in Harasta on Monday.');
    expect(x.incidents[0]!.place?.text).toBe('Harasta');
  });

  it('joins a later sentence to the place it names, not to the last event told', () => {
    const x = run(
      'A car bomb killed six people in Mosul on Friday. A drone strike in Kirkuk killed two fighters. Police in Mosul said later that the toll had risen to nine.',
    );
    expect(x.incidents.map((i) => [i.place?.text, texts(i)])).toEqual([
      ['Mosul', ['six people', 'nine']],
      ['Kirkuk', ['two fighters']],
    ]);
  });

  it('lets a figure with no evidence of its own borrow the attack of the sentence before it', () => {
    const x = run(
      'Gunmen stormed a hotel in Mogadishu on Friday. Twelve guests died. Hours later, a bomb exploded at a checkpoint in Baidoa. Five soldiers died.',
    );
    expect(x.incidents.map((i) => [i.place?.text, texts(i)])).toEqual([
      ['Mogadishu', ['Twelve guests']],
      ['Baidoa', ['Five soldiers']],
    ]);
  });

  it('gives a claim to the incident of its figures or of the attack it names', () => {
    const x = run(
      'A suicide bomber killed nine soldiers at a checkpoint in Tal Afar on Sunday. ISIS claimed responsibility for the attack.',
    );
    const [i] = x.incidents;
    expect(i!.claims).toHaveLength(1);
    expect(i!.claims[0]).toBe(x.claims[0]);
    expect(i!.casualties[0]).toBe(x.casualties[0]);
  });

  it('ties the date written in a phrase that names the event', () => {
    const x = run(
      'Rebels said the army had shelled the village. Nine villagers were killed in Saturday’s attack, medics said on Monday.',
    );
    expect(x.incidents[0]!.date?.text).toBe('Saturday');
    expect(x.incidents[0]!.mentions.map((m) => m.text)).toContain('Saturday’s attack');
  });
});

describe('incidents: reconciled toll', () => {
  it('takes low as the smallest, high as the largest and best from the most specific, best-sourced report', () => {
    const x = run(
      'The blast killed dozens of people. Police said 30 people died. A monitoring group said 34 people were killed. Hospital officials said at least 28 had died.',
    );
    const toll = x.incidents[0]!.tolls.killed!;
    expect(toll.low.value).toBe(24);
    expect(toll.low.figures.map((f) => f.text)).toEqual(['dozens of people']);
    expect(toll.high.value).toBe(34);
    expect(toll.best.value).toBe(34);
    expect(toll.best.sources.map((s) => s.name)).toEqual(['monitoring group']);
  });

  it('does not add a subset to the figure it divides, and marks it as a part', () => {
    const x = run('The explosion killed 40 people, including 12 children, officials said.');
    const [whole, part] = x.casualties;
    expect(part!.partOf).toEqual({ start: whole!.start, end: whole!.end, text: whole!.text });
    expect(whole!.partOf).toBeNull();
    const toll = x.incidents[0]!.tolls.killed!;
    expect([toll.low.value, toll.best.value, toll.high.value]).toEqual([40, 40, 40]);
  });

  it('takes parts listed in the next sentence as parts of the figure before, not as the best count', () => {
    const x = run(
      'At least 14 people were killed when the ferry terminal was bombed. Those killed included three sailors.',
    );
    const [whole, part] = x.casualties;
    expect(part!.text).toBe('three sailors');
    expect(part!.partOf).toEqual({ start: whole!.start, end: whole!.end, text: whole!.text });
    const toll = x.incidents[0]!.tolls.killed!;
    expect([toll.low.value, toll.best.value, toll.high.value]).toEqual([14, 14, 14]);
    const y = run('Some 25 villagers were wounded by the mortar fire. They included two nurses and a priest.');
    expect(y.casualties.map((f) => [f.text, f.outcome, f.partOf?.text ?? null])).toEqual([
      ['Some 25 villagers', 'injured', null],
      ['two nurses', 'injured', 'Some 25 villagers'],
      ['a priest', 'injured', 'Some 25 villagers'],
    ]);
    expect(y.incidents[0]!.tolls.injured!.best.value).toBe(25);
  });

  it('adds coordinated counts, and companions, into one candidate', () => {
    const x = run('Gunmen killed a guard and at least 11 others at the bank.');
    expect(x.incidents[0]!.tolls.killed!.best).toMatchObject({ value: 12 });
    expect(x.incidents[0]!.tolls.killed!.best.figures.map((f) => f.text)).toEqual(['a guard', 'at least 11 others']);
    const y = run('The commander was killed along with 12 others in the ambush.');
    expect(y.casualties.every((f) => f.partOf === null)).toBe(true);
    expect(y.incidents[0]!.tolls.killed!.best.value).toBe(13);
  });

  it('counts a named victim only when no count is given', () => {
    const x = run(
      'At least 20 people were killed in the bombing. Colonel Amir Haddad, who was killed in the bombing, led the garrison.',
    );
    expect(x.incidents[0]!.tolls.killed!.low.value).toBe(20);
    const y = run('Gunmen killed the mayor of the town on Friday.');
    expect(y.incidents[0]!.tolls.killed!.best.value).toBe(1);
  });

  it('reconciles each outcome on its own, with an upper bound as the high of a range', () => {
    const x = run('The attack killed between 10 and 15 people and wounded 40, police said.');
    const t = x.incidents[0]!.tolls;
    expect([t.killed!.low.value, t.killed!.best.value, t.killed!.high.value]).toEqual([10, 10, 15]);
    expect(t.injured!.best.value).toBe(40);
  });
});

describe('findIncidents', () => {
  it('returns nothing when there are no figures or claims, and rejects bad inputs with a TypeError', () => {
    const doc = parse('Talks resumed in Geneva on Monday.');
    expect(findIncidents(doc, { casualties: [], claims: [], dates: [] })).toEqual([]);
    expect(() => findIncidents(doc, null as never)).toThrow(TypeError);
    expect(() => findIncidents(doc, { casualties: 'x' } as never)).toThrow(/inputs\.casualties/);
    expect(run('').incidents).toEqual([]);
  });
});
