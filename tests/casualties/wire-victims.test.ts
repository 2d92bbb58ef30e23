import { describe, expect, it } from 'vitest';
import { brief, figures } from './helpers.js';

/** Each case in mixed case and in the capitals of wire copy. */
function both(text: string): [string, string][] {
  return [
    [text, text],
    [text.toUpperCase(), text],
  ];
}

describe('casualties: victims of wire copy, in mixed case and in capitals', () => {
  it('reads "have been shot to death" where the tagger takes "shot" after "been" for a noun', () => {
    for (const [text] of both('Meanwhile, four farmers have been shot to death by gunmen near the border.')) {
      expect(brief(text).map(([, o, min]) => [o, min])).toEqual([['killed', 4]]);
    }
    for (const [text] of both('The mayor has been beaten to death.')) {
      expect(brief(text).map(([, o, min]) => [o, min])).toEqual([['killed', 1]]);
    }
    // A sentence to death is no killing.
    expect(figures('The colonel was sentenced to death.')).toEqual([]);
  });

  it('knows a surname alone after the full name was written in capitals after a title or description', () => {
    for (const [text] of both(
      'Union leader Marcos Ferrer organised the strike. Ferrer was shot to death outside his office on Friday.',
    )) {
      expect(brief(text).map(([t, o, min]) => [t.toLowerCase(), o, min])).toEqual([['ferrer', 'killed', 1]]);
    }
  });

  it('joins a companion to the subject of its clause across an aside and adjuncts', () => {
    for (const [text] of both(
      'Judge Elena Duarte, 52, was killed at 0730 near her home in the capital, along with three of her guards, a week after the verdict.',
    )) {
      const f = figures(text);
      expect(f.map((x) => [x.text.toLowerCase(), x.count.min])).toEqual([
        ['judge elena duarte', 1],
        ['three of her guards', 3],
      ]);
      expect(f[1]!.outcome).toBe('killed');
    }
    // Not across another clause.
    expect(brief('The colonel was killed in the ambush, and the rebels escaped along with three hostages.')).toEqual([
      ['The colonel', 'killed', 1, 1],
      ['three hostages', 'abducted', 3, 3],
    ]);
  });
});

describe('casualties: religious and civic titles before a victim name', () => {
  it('reads "MSGR", "Councilman", "Justice" as titles, in mixed case and in capitals', () => {
    for (const text of [
      'Police investigated the assassination of Msgr Tomas Vidal in the cathedral.',
      'Councilman Pedro Soto was shot dead outside the town hall.',
      'Justice Ana Beltran, who was killed by a car bomb last month, had received threats.',
    ]) {
      for (const t of [text, text.toUpperCase()]) {
        const f = figures(t);
        expect(
          f.map((x) => [x.outcome, x.count.min]),
          t,
        ).toEqual([['killed', 1]]);
        expect(f[0]!.text.split(' ').length, t).toBe(3);
      }
    }
  });
});

describe('casualties: a subject with an "including" aside in commas', () => {
  it('reads the count before the aside and the part inside it, in mixed case and in capitals', () => {
    for (const text of [
      'Four villagers, including a ten-year-old boy, were killed in the raid.',
      'Nine guards, including two officers, died when the convoy was ambushed.',
    ]) {
      for (const t of [text, text.toUpperCase()]) {
        const f = figures(t);
        expect(
          f.map((x) => [x.outcome, x.count.min, x.partOf !== null]),
          t,
        ).toEqual([
          ['killed', text.startsWith('Four') ? 4 : 9, false],
          ['killed', text.startsWith('Four') ? 1 : 2, true],
        ]);
      }
    }
  });
});

describe('casualties: objects past an adjunct, and lists of names in capitals', () => {
  it('reads the object after an adjunct in commas ("murdered, at gunpoint, a guard")', () => {
    for (const text of [
      'The rebels murdered, at close range, a guard at the gate.',
      'Gunmen killed, in broad daylight, three traders.',
    ]) {
      for (const t of [text, text.toUpperCase()])
        expect(
          figures(t).map((f) => f.outcome),
          t,
        ).toEqual(['killed']);
    }
    // A reporting clause in commas is no adjunct.
    expect(figures('The army killed, the ministry said, 12 rebels.')).toEqual([]);
  });

  it('reads each name of a semicolon list in capitals, a given name tagged an adjective too', () => {
    const t = 'THE GRENADE EXPLODED, KILLING ROSA MEDINA, 38; PILAR SOTO, 21; AND A TAXI DRIVER.';
    expect(figures(t).map((f) => f.text)).toEqual(['ROSA MEDINA', 'PILAR SOTO', 'A TAXI DRIVER']);
    // An adjective before people is no given name.
    expect(figures('THE BODIES OF 9 ALLEGED GUERRILLAS WERE FOUND.').map((f) => f.text)).toEqual([
      '9 ALLEGED GUERRILLAS',
    ]);
  });
});

describe('casualties: surnames ending in -man in capitals', () => {
  it('reads a lowered surname in -man after a given name as a name', () => {
    for (const t of ['GUNMEN SHOT DEAD KHALED OTHMAN ON MONDAY.', 'A TRADER NAMED OMAR SULEMAN, 40, WAS KILLED.']) {
      expect(
        figures(t).map((f) => [f.outcome, f.count.min]),
        t,
      ).toEqual([['killed', 1]]);
      expect(figures(t)[0]!.text, t).toMatch(/MAN$/);
    }
  });
});

describe('casualties: the first of two surnames used alone', () => {
  it('knows "Rodriguez" after "Jose Rodriguez Porth", nor a given name in the middle', () => {
    expect(
      figures('Union leader Tomas Ibarra Quiroga was threatened in May. Ibarra was shot dead on Friday.').map(
        (f) => f.text,
      ),
    ).toEqual(['Ibarra']);
    expect(
      figures('Judge Ana Maria Lopez was threatened in May. Maria was shot dead on Friday.').map((f) => f.text),
    ).toEqual([]);
  });
});

describe('casualties: "lost his life" and "among the N killed was"', () => {
  it('reads a singular "lost his/her life" as a death', () => {
    expect(figures('A ferryman lost his life when the shell hit the pier.').map((f) => [f.text, f.outcome])).toEqual([
      ['A ferryman', 'killed'],
    ]);
    expect(figures('He would give his life for the valley.')).toEqual([]);
  });

  it('reads the people after "Among the <people> killed was/were"', () => {
    expect(
      figures('AMONG THE MONKS MURDERED WAS BROTHER TOMAS VELLA, ABBOT OF THE MONASTERY.').map((f) => [
        f.text,
        f.outcome,
      ]),
    ).toEqual([['BROTHER TOMAS VELLA', 'killed']]);
  });
});

describe('casualties: a day of a month in wire copy is no count', () => {
  it('reads "the murder on 26 FEBRUARY of X" past the day, and no "26 JANUARY …" count', () => {
    expect(
      figures('THE STRIKE FOLLOWED THE MURDER ON 14 FEBRUARY OF COUNCILMAN RAUL PEDROZA IN THE MARKET.').map((f) => [
        f.text,
        f.outcome,
      ]),
    ).toEqual([['COUNCILMAN RAUL PEDROZA', 'killed']]);
    expect(
      figures('THE ARMY SAID THAT ON 19 AUGUST REBEL COMMANDOS KILLED FOUR FARMERS NEAR TORRES.').map((f) => [
        f.text,
        f.count.min,
      ]),
    ).toEqual([['FOUR FARMERS', 4]]);
  });
});

describe('casualties: a count coordinated after an uncounted plural', () => {
  it('reads "killed the monks and two other people" as the count after "and"', () => {
    expect(
      figures('Raiders killed the monks and two other people at the abbey.').map((f) => [f.text, f.count.min]),
    ).toEqual([['two other people', 2]]);
    expect(figures('Raiders killed the monks and burned the abbey.')).toEqual([]);
  });
});
