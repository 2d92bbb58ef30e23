import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';
import { extract } from '../../src/extract.js';

describe('a quote joined to an attribution by a conjunction', () => {
  it('gives "…, she said, but “…”" the same speaker', () => {
    expect(
      brief(
        'Ines Lund visited the port. Troops were moving north, she said, but "nobody knows how long the truce will hold."',
      ),
    ).toEqual([
      ['indirect', 'Troops were moving north', 'Ines Lund'],
      ['direct', 'nobody knows how long the truce will hold.', 'Ines Lund'],
    ]);
  });

  it('reads upper-case copy and "and" alike', () => {
    expect(brief('TROOPS WERE MOVING NORTH, OLAV RUD SAID, AND "NOBODY KNOWS WHEN THEY WILL STOP."')).toEqual([
      ['indirect', 'TROOPS WERE MOVING NORTH', 'OLAV RUD'],
      ['direct', 'NOBODY KNOWS WHEN THEY WILL STOP.', 'OLAV RUD'],
    ]);
  });

  it('takes no scare quote in a clause of its own after the conjunction', () => {
    expect(brief('The ferry left late, Olav Rud said, but a "strange calm" followed.')).toEqual([
      ['indirect', 'The ferry left late', 'Olav Rud'],
    ]);
  });
});

describe('a speaker owned by a possessive pronoun', () => {
  it('names the office after the pronoun’s antecedent', () => {
    expect(
      brief('Premier Adel Nouri condemned the raid. "Those responsible will face justice," his office said.'),
    ).toEqual([['direct', 'Those responsible will face justice,', "Adel Nouri's office"]]);
    expect(brief('Chancellor Maria Lind visited the border town. "We will rebuild," her spokesman said.')).toEqual([
      ['direct', 'We will rebuild,', "Maria Lind's spokesman"],
    ]);
  });

  it('keeps the description when the pronoun has no antecedent that can speak', () => {
    expect(brief('Troops entered the town. "It is over," their commander said.')).toEqual([
      ['direct', 'It is over,', 'commander'],
    ]);
  });
});

describe('a possessive pronoun before a name', () => {
  it('lets the name speak', () => {
    expect(
      brief('The Levant Rights Monitor counted the dead. Its director Omar Haddad said the toll could rise.'),
    ).toEqual([['indirect', 'the toll could rise', 'Omar Haddad']]);
  });
});

describe("a state's body named by its possessive", () => {
  const speakerOf = (text: string): { name: string; aliases: string[] } => {
    const x = extract(text);
    const q = x.quotes[0]!;
    const e = x.entities.find((e) => e.id === q.speaker!.entity)!;
    return { name: q.speaker!.name, aliases: e.aliases };
  };

  it('restores the apostrophe a scraped page lost, and knows the demonym form', () => {
    const s = speakerOf('The crossing would stay shut Jordans foreign ministry said on Sunday.');
    expect(s.name).toBe("Jordan's foreign ministry");
    expect(s.aliases).toContain('Jordanian foreign ministry');
    expect(speakerOf('Egypts army said the crossing would stay shut.').aliases).toContain('Egyptian army');
  });

  it('is one entity with the demonym form met first', () => {
    const x = extract(
      "The Jordanian foreign ministry said the crossing would stay shut. Jordan's foreign ministry said later it would reopen.",
    );
    expect(x.quotes.map((q) => q.speaker?.entity)).toEqual([
      x.quotes[0]!.speaker!.entity,
      x.quotes[0]!.speaker!.entity,
    ]);
  });

  it('leaves a place before a name alone', () => {
    expect(brief('Jordans envoy Omar Haddad said the crossing would stay shut.')).toEqual([
      ['indirect', 'the crossing would stay shut', 'Omar Haddad'],
    ]);
  });
});

describe('a content without "that" whose subject carries a relative clause', () => {
  it('is reported speech when the relative clause is followed by the content’s verb', () => {
    expect(brief('The agency said several soldiers who took part in the raid had trouble breathing.')).toEqual([
      ['indirect', 'several soldiers who took part in the raid had trouble breathing', 'agency'],
    ]);
    expect(brief('THE ARMY SAID THE CONVOY WHICH LEFT ALEPPO ON MONDAY WAS HIT BY A MINE.')).toEqual([
      ['indirect', 'THE CONVOY WHICH LEFT ALEPPO ON MONDAY WAS HIT BY A MINE', 'ARMY'],
    ]);
  });

  it('is no content when the relative clause closes a noun object, or speaks itself', () => {
    expect(brief('The agency reported the attack which killed ten people near the base used by troops.')).toEqual([]);
    expect(brief('The agency quoted a soldier who said "the road is cut."').map((q) => q[2])).toEqual(['soldier']);
  });
});

describe('a speech verb the tagger reads as an adjective', () => {
  it('is the cue after its subject and before "that"', () => {
    expect(brief('State media alleged on Saturday that rebels had used gas.')).toEqual([
      ['indirect', 'rebels had used gas', 'State media'],
    ]);
    expect(brief('The rebels alleged that the army had used gas.')).toEqual([
      ['indirect', 'the army had used gas', 'rebels'],
    ]);
  });

  it('is no cue before its noun', () => {
    expect(brief('The alleged attack that killed ten people was denied.')).toEqual([]);
  });
});

describe('an inverted attribution whose comma was lost', () => {
  it('follows a content ending in a verb', () => {
    expect(brief('The toll is expected to rise added the monitor.')).toEqual([
      ['indirect', 'The toll is expected to rise', 'monitor'],
    ]);
  });

  it('ends in adjuncts and a participle phrase', () => {
    expect(
      brief('We are working to gather more facts said army spokesman Omar Haddad in a statement expressing concern.'),
    ).toEqual([['indirect', 'We are working to gather more facts', 'Omar Haddad']]);
    expect(brief('We are working to gather more facts said Omar Haddad on Monday expressing concern.')).toEqual([
      ['indirect', 'We are working to gather more facts', 'Omar Haddad'],
    ]);
  });

  it('is no inversion when a clause follows the cue', () => {
    expect(brief('An activist named Omar Haddad said the blast killed 20 fighters including a commander.')).toEqual([
      ['indirect', 'the blast killed 20 fighters including a commander', 'Omar Haddad'],
    ]);
  });
});

describe('a headline run into the first sentence', () => {
  it('leaves a counted time unit out of the speaker', () => {
    expect(brief('Shelling in the Last Two Days Activists in Hama province said the town was hit again.')).toEqual([
      ['indirect', 'the town was hit again', 'Activists in Hama province'],
    ]);
  });
});

describe("a person's possessive that lost its apostrophe", () => {
  it('owns the description after it, named by the fullest name', () => {
    expect(brief('Premier Omar Haddad spoke on Monday. Haddads spokesman said the talks would resume.')).toEqual([
      ['indirect', 'the talks would resume', "Omar Haddad's spokesman"],
    ]);
    expect(brief('U.N. Secretary General Lena Ki-moons office said the talks would resume.')[0]![2]).toBe(
      "Lena Ki-moon's office",
    );
  });

  it('leaves bodies, outlets and a place before a role alone', () => {
    expect(brief('A Reuters correspondent said the town was calm.')[0]![2]).toBe('Reuters correspondent');
    expect(brief('United Nations spokesman Omar Haddad said the town was calm.')[0]![2]).toBe('Omar Haddad');
    expect(brief('Lt. Gen. Omar Haddad Jordans interior minister said the town was calm.')[0]![2]).not.toContain(
      "Haddad's",
    );
  });
});

describe('an opening mark that never closes', () => {
  it('ends with its sentence when a long paragraph runs on after it', () => {
    expect(
      brief(
        'Omar Haddad, a spokesman for the group, said "Sleeper cells were most likely behind the attack. The front was crushed in 2014. Talks have failed. Aid is blocked. Fuel ran out.',
      ),
    ).toEqual([['direct', 'Sleeper cells were most likely behind the attack.', 'Omar Haddad']]);
  });

  it('keeps a short unclosed quote to the paragraph end', () => {
    expect(brief('Maria Lind said: "We waited for hours. Nobody came.')).toEqual([
      ['direct', 'We waited for hours. Nobody came.', 'Maria Lind'],
    ]);
  });
});

describe('a dated document', () => {
  it('speaks for the body that issued it, not the month', () => {
    expect(
      brief('According to a February report by the Levant Policy Centre the war has killed 400,000 people.'),
    ).toEqual([['indirect', 'the war has killed 400,000 people', 'Levant Policy Centre']]);
  });
});

describe('a second reference by the kind of body', () => {
  it('takes the earlier body of that kind over a more recent body of another kind', () => {
    expect(
      brief(
        'The Levant Observatory said 45 civilians died. The Faylaq Brigade, part of the rebel alliance, said it had begun an offensive. The monitor said the strikes hit rebel areas.',
      ).map((q) => q[2]),
    ).toEqual(['Levant Observatory', 'Faylaq Brigade', 'Levant Observatory']);
  });

  it('reaches a body of that kind named but not quoted', () => {
    expect(
      brief(
        'The toll was put at 45 by the Levant Human Rights Observatory. The Faylaq Brigade said it had begun an offensive. The monitor said the strikes hit rebel areas.',
      ).map((q) => q[2]),
    ).toEqual(['Faylaq Brigade', 'Levant Human Rights Observatory']);
  });

  it('still takes any body quoted before for "the group"', () => {
    expect(
      brief('The Faylaq Brigade said it had begun an offensive. The group said the strikes hit rebel areas.').map(
        (q) => q[2],
      ),
    ).toEqual(['Faylaq Brigade', 'Faylaq Brigade']);
  });
});

describe('a content with a relative clause before a comma-less attribution', () => {
  it('reads the past verb with its object after the relative clause as the main verb', () => {
    expect(
      brief('The raids which began on Saturday killed 45 civilians in the town the Harbour Observatory said.'),
    ).toEqual([
      ['indirect', 'The raids which began on Saturday killed 45 civilians in the town', 'Harbour Observatory'],
    ]);
  });

  it('still reads a relative clause between a subject and its cue', () => {
    expect(brief('The Harbour Observatory, which monitors the war, said the raids killed 45 civilians.')).toEqual([
      ['indirect', 'the raids killed 45 civilians', 'Harbour Observatory'],
    ]);
  });
});

describe('a weekday after the cue, then a counted subject', () => {
  it('leaves the number to the content', () => {
    expect(brief('The ministry said on Sunday six long-range bombers had struck the city.')).toEqual([
      ['indirect', 'six long-range bombers had struck the city', 'ministry'],
    ]);
    expect(brief('THE MINISTRY SAID ON SUNDAY 12 BOMBERS HAD STRUCK THE CITY.')[0]?.[1]).toBe(
      '12 BOMBERS HAD STRUCK THE CITY',
    );
  });
});
