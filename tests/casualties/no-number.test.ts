import { describe, expect, it } from 'vitest';
import { brief, figures, only } from './helpers.js';

describe('casualties: victims without a number', () => {
  it('reads a killing told by its manner and "to death", active or passive, but not a sentence to death', () => {
    expect(brief('Masked men stabbed the village headman to death on Friday.')).toEqual([
      ['the village headman', 'killed', 1, 1],
    ]);
    expect(brief('A shepherd was beaten to death by the militia near the well.')).toEqual([
      ['A shepherd', 'killed', 1, 1],
    ]);
    expect(brief('The judge was sentenced to death in absentia.')).toEqual([]);
  });

  it('reads "shot dead" and "gunned down" with their victims, a pronoun taking the count it refers to', () => {
    expect(brief('Gunmen shot dead the mayor of the town on Friday.')).toEqual([
      ['the mayor of the town', 'killed', 1, 1],
    ]);
    expect(brief('Three protesters were gunned down outside the ministry.')).toEqual([
      ['Three protesters', 'killed', 3, 3],
    ]);
    // Counted earlier in the same sentence: the figure is where the people are counted.
    const [f] = figures('The gunmen followed the four herders and gunned them down.');
    expect([f!.text, f!.count.min, f!.victims]).toEqual(['four herders', 4, 'herders']);
    const [g] = figures('Troops surrounded six farmers in a field. Soldiers then gunned them down.');
    expect([g!.text, g!.count.min, g!.victims]).toEqual(['them', 6, 'farmers']);
    expect(g!.confidence).toBeLessThan(0.9);
    expect(brief('The court struck down the law, and rebels shot down a helicopter.')).toEqual([]);
  });

  it('reads a participle before a singular noun after "the": the slain lawyer', () => {
    expect(brief('Hundreds attended the funeral of the slain lawyer on Sunday.')).toEqual([
      ['the slain lawyer', 'killed', 1, 1],
    ]);
  });

  it('reads people declared dead, relatives who died, a pair who died, a priest also murdered', () => {
    expect(brief('The driver was declared dead at the hospital after the ambush.')).toEqual([
      ['The driver', 'killed', 1, 1],
    ]);
    expect(brief('Her brother died in the blast.')).toEqual([['Her brother', 'killed', 1, 1]]);
    expect(brief('The farmer and his son died when the shell hit their car.')).toEqual([
      ['The farmer', 'killed', 1, 1],
      ['his son', 'killed', 1, 1],
    ]);
    expect(brief('During the raid a priest was also murdered.')).toEqual([['a priest', 'killed', 1, 1]]);
  });

  it('makes named victims in apposition to a count parts of that count', () => {
    const [whole, a, b] = figures(
      'Two engineers, Karim Nassar and Youssef Darwish, who were killed in the strike, worked for the utility.',
    );
    expect([whole!.text, whole!.count.min]).toEqual(['Two engineers', 2]);
    expect([a!.text, b!.text]).toEqual(['Karim Nassar', 'Youssef Darwish']);
    for (const part of [a!, b!])
      expect(part.partOf).toEqual({ start: whole!.start, end: whole!.end, text: 'Two engineers' });
  });

  it('makes as many names as the count, after it, its parts: "killed two reporters, X and Y,"', () => {
    const found = figures(
      'Soldiers at a checkpoint killed two local reporters, Ana Ruiz and Juan Soto, late on Friday.',
    );
    expect(found.map((f) => [f.text, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['two local reporters', 2, null],
      ['Ana Ruiz', 1, 'two local reporters'],
      ['Juan Soto', 1, 'two local reporters'],
    ]);
    expect(
      brief('The patrol killed three journalists: Ana Ruiz, a photographer, Juan Soto, a cameraman, and Luis Vega.'),
    ).toEqual([
      ['three journalists', 'killed', 3, 3],
      ['Ana Ruiz', 'killed', 1, 1],
      ['Juan Soto', 'killed', 1, 1],
      ['Luis Vega', 'killed', 1, 1],
    ]);
    // Fewer names than the count: not an apposition of it.
    expect(brief('The blast killed three guards, Ana Ruiz said on Friday.')).toEqual([
      ['three guards', 'killed', 3, 3],
    ]);
  });

  it('reads a subject across an apposition or a relative clause set off by commas', () => {
    expect(brief('Tomas Ferrer, headmaster of the village school, was shot dead by masked men.')).toEqual([
      ['Tomas Ferrer', 'killed', 1, 1],
    ]);
    // A subset set off by commas is read by the subset rules.
    expect(brief('At least 40 fighters, among them 9 children, were killed in the shelling.')).toEqual([
      ['At least 40 fighters', 'killed', 40, null],
      ['9 children', 'killed', 9, 9],
    ]);
  });

  it('gives a death told after another outcome of the same people the last word', () => {
    expect(
      brief('The opposition leader Tomas Ferrer, who was abducted on Friday, was found dead near the dam.'),
    ).toEqual([['The opposition leader Tomas Ferrer', 'killed', 1, 1]]);
    expect(brief('Two herders were kidnapped and later executed by the militia.')).toEqual([
      ['Two herders', 'killed', 2, 2],
    ]);
    // Each outcome word with its own people: no later state to give.
    expect(brief('The blast killed 30 people, including 4 children, and wounded 50 others.')).toEqual([
      ['30 people', 'killed', 30, 30],
      ['4 children', 'killed', 4, 4],
      ['50 others', 'injured', 50, 50],
    ]);
  });

  it('reads "the murder of X and of Y", and names listed after a colon', () => {
    expect(brief('Students marched against the murder of teacher Ana Ferrer and of nurse Lucia Prado.')).toEqual([
      ['teacher Ana Ferrer', 'killed', 1, 1],
      ['nurse Lucia Prado', 'killed', 1, 1],
    ]);
    expect(
      brief(
        'After the ambush, these officers died in the fighting: Captain Ana Ferrer, First Lieutenant Tomas Prado and Sergeant Luis Vega.',
      ),
    ).toEqual([
      ['Captain Ana Ferrer', 'killed', 1, 1],
      ['First Lieutenant Tomas Prado', 'killed', 1, 1],
      ['Sergeant Luis Vega', 'killed', 1, 1],
    ]);
  });

  it('reads the one victim before "\'s murder", not the killer before "\'s killing of"', () => {
    expect(brief("Lawyers went on strike after prosecutor Marta Ibarra's murder.")).toEqual([
      ['Marta Ibarra', 'killed', 1, 1],
    ]);
    expect(brief("The teacher's death in the air strike shocked the village.")).toEqual([
      ['The teacher', 'killed', 1, 1],
    ]);
    expect(brief("The militia's killing of four herders was condemned.")).toEqual([['four herders', 'killed', 4, 4]]);
    expect(brief("His grandfather's death last winter saddened him.")).toEqual([]);
  });

  it('reads a person named after an occupation: a banker, a candidate, a magistrate', () => {
    expect(brief('Prominent banker Julio Ibarra was murdered outside his home.')).toEqual([
      ['Julio Ibarra', 'killed', 1, 1],
    ]);
    expect(brief('Police are investigating the assassination of opposition candidate Marta Ibarra.')).toEqual([
      ['opposition candidate Marta Ibarra', 'killed', 1, 1],
    ]);
  });

  it('reads a conjunct after an aside in brackets or dashes, a possessive before a count, "both of whom"', () => {
    expect(brief('Four nurses (three Danes and a Swede) and two drivers were killed in the convoy.')).toEqual([
      ['Four nurses', 'killed', 4, 4],
      ['two drivers', 'killed', 2, 2],
    ]);
    // The groups between the dashes add up to the count: its parts, figures of their own (ANNOTATION.md §2).
    expect(brief('Four nurses -- three Danes and a Swede -- and two drivers were killed in the convoy.')).toEqual([
      ['Four nurses', 'killed', 4, 4],
      ['three Danes', 'killed', 3, 3],
      ['a Swede', 'killed', 1, 1],
      ['two drivers', 'killed', 2, 2],
    ]);
    expect(brief('The raid killed a farmer and his three sons.')).toEqual([
      ['a farmer', 'killed', 1, 1],
      ['three sons', 'killed', 3, 3],
    ]);
    expect(brief('Marta Ibarra and Julio Vega, both of whom were judges, were shot dead in the capital.')).toEqual([
      ['Marta Ibarra', 'killed', 1, 1],
      ['Julio Vega', 'killed', 1, 1],
    ]);
  });

  it('reads one terrorist killed as a victim, a terrorist killing as the agent', () => {
    expect(brief('The ministry said a foreign terrorist was killed near the border crossing.')).toEqual([
      ['a foreign terrorist', 'killed', 1, 1],
    ]);
    expect(brief('A terrorist killed five people at the market.')).toEqual([['five people', 'killed', 5, 5]]);
  });

  it('reads the names after "the dead were identified as"', () => {
    expect(brief('A car bomb exploded in the market. The dead were identified as Ana Ruiz and Juan Soto.')).toEqual([
      ['Ana Ruiz', 'killed', 1, 1],
      ['Juan Soto', 'killed', 1, 1],
    ]);
    expect(brief('The suspects were identified as Ana Ruiz and Juan Soto.')).toEqual([]);
  });

  it('reads a list whose items are set apart by semicolons, a name with its age', () => {
    expect(brief('The bomb killed Ana Ruiz, 42; Juan Soto, 19; and a police officer.')).toEqual([
      ['Ana Ruiz', 'killed', 1, 1],
      ['Juan Soto', 'killed', 1, 1],
      ['a police officer', 'killed', 1, 1],
    ]);
  });

  it('counts the part in "7 of the 12 miners", and a count in quotation marks', () => {
    expect(brief('Rescuers said 7 of the 12 miners were killed.')).toEqual([['7 of the 12 miners', 'killed', 7, 7]]);
    const f = only('The army said "dozens" of fighters were also killed.');
    expect([f.text, f.count.min, f.count.max, f.victims]).toEqual(['"dozens" of fighters', 24, null, 'fighters']);
  });

  it('gives every figure a confidence between 0 and 1, highest for a count with its victims', () => {
    const [a, b, c] = figures('The blast killed 12 villagers and wounded dozens. A teacher was also killed.');
    expect(a!.confidence).toBe(0.9);
    expect(b!.confidence).toBeLessThan(a!.confidence);
    expect(c!.confidence).toBeLessThan(a!.confidence);
    for (const f of [a!, b!, c!]) expect(f.confidence).toBeGreaterThan(0);
  });
});

describe('casualties: named victims in wire copy', () => {
  it('reads a name the tagger splits with a verb tag, after a description without an article', () => {
    expect(brief('Unions asked for an inquiry into the assassination of union leader Hector Palacios.')).toEqual([
      ['union leader Hector Palacios', 'killed', 1, 1],
    ]);
    expect(brief('The vote came after gunmen killed presidential hopeful Ramon Estrada at a rally.')).toEqual([
      ['presidential hopeful Ramon Estrada', 'killed', 1, 1],
    ]);
  });

  it('reads the surname of a person named in full before, alone as the victim', () => {
    expect(
      brief('Teodoro Villalba ran the cooperative. Villalba, a former teacher, was gunned down near the market.'),
    ).toEqual([['Villalba', 'killed', 1, 1]]);
    expect(brief('Ahrar al-Sham fighters held the hill. Two fighters were killed there.')).toEqual([
      ['Two fighters', 'killed', 2, 2],
    ]);
  });

  it('reads a name governed by a preposition when its relative clause tells of the death', () => {
    expect(brief('He now carries the banner of Tomas Ibarra, who was killed last week.')).toEqual([
      ['Tomas Ibarra', 'killed', 1, 1],
    ]);
  });

  it('reads a subject past an apposition with a participle, or a long relative clause after an age', () => {
    expect(brief('Mario Ledesma, a night guard working at the depot, was killed.')).toEqual([
      ['Mario Ledesma', 'killed', 1, 1],
    ]);
    expect(
      brief(
        'Ana Quintero, 51, who was selling fruit at the corner of the bus station in the old quarter of the city, was killed.',
      ),
    ).toEqual([['Ana Quintero', 'killed', 1, 1]]);
  });

  it('reads the names listed after a colon once the sentence tells of combat', () => {
    expect(brief('The following guards died in combat: Sergeant Luis Arce, Corporal Rene Vaca.')).toEqual([
      ['Sergeant Luis Arce', 'killed', 1, 1],
      ['Corporal Rene Vaca', 'killed', 1, 1],
    ]);
  });

  it('does not take a speaker after a closing quotation mark as a victim', () => {
    expect(brief('"Three people were killed and five others injured" Morales told the radio.')).toEqual([
      ['Three people', 'killed', 3, 3],
      ['five others', 'injured', 5, 5],
    ]);
  });
});

describe('casualties: lists of named victims', () => {
  it('reads the names that spell out a plural description without a count, and names listed with commas', () => {
    expect(brief('Mourners recalled the murder of the nurses Ana Beltran, Rosa Quispe and Elena Mamani.')).toEqual([
      ['Ana Beltran', 'killed', 1, 1],
      ['Rosa Quispe', 'killed', 1, 1],
      ['Elena Mamani', 'killed', 1, 1],
    ]);
  });

  it('goes past the apposition of a named victim to the next one', () => {
    expect(
      brief(
        'A death squad killed Tomas Vidal, head of the teachers union, and farm leader Ruben Ocampo near the river.',
      ),
    ).toEqual([
      ['Tomas Vidal', 'killed', 1, 1],
      ['farm leader Ruben Ocampo', 'killed', 1, 1],
    ]);
  });

  it('reads the names after "identified the dead (men) as", with their ages', () => {
    expect(brief('The coroner identified the dead men as Raul Sotelo, 44, and Hugo Pardo, 31.')).toEqual([
      ['Raul Sotelo', 'killed', 1, 1],
      ['Hugo Pardo', 'killed', 1, 1],
    ]);
  });

  it('reads the names in capitals whose given names the true-cased view lowered', () => {
    expect(brief('THE COLUMN MURDERED THE MINERS IGNACIO TARQUI AND FELICIANO CHOQUE AT DAWN.')).toEqual([
      ['IGNACIO TARQUI', 'killed', 1, 1],
      ['FELICIANO CHOQUE', 'killed', 1, 1],
    ]);
    expect(brief('MINERS LEADER EUSEBIO TARQUI AND FOUR OTHER PEOPLE WERE KILLED.')).toEqual([
      ['EUSEBIO TARQUI', 'killed', 1, 1],
      ['FOUR OTHER PEOPLE', 'killed', 4, 4],
    ]);
  });

  it('reads a clause after a reporting verb whose subject is a pair of names', () => {
    expect(brief('The bulletin said Mateo Rivas and Julio Cano were murdered by the patrol.')).toEqual([
      ['Mateo Rivas', 'killed', 1, 1],
      ['Julio Cano', 'killed', 1, 1],
    ]);
  });

  it('keeps a victim introduced by "including" with the figure it is part of, not the next conjunct', () => {
    const found = figures('The raid killed 12, including guide Pablo Ortiz, and left 20 people injured.');
    expect(found.map((f) => [f.text, f.outcome, f.partOf?.text ?? null])).toEqual([
      ['12', 'killed', null],
      ['guide Pablo Ortiz', 'killed', '12'],
      ['20 people', 'injured', null],
    ]);
  });
});

describe('casualties: appositions, ages and parts around named victims', () => {
  it('goes past an apposition opened by "of" and a description in brackets', () => {
    expect(brief('Councillor Rosa Ibanez, of the (PRD) party, was murdered on Sunday.')).toEqual([
      ['Councillor Rosa Ibanez', 'killed', 1, 1],
    ]);
    expect(brief('A cameraman of the (RTV) news service was also killed.')).toEqual([['A cameraman', 'killed', 1, 1]]);
  });

  it('reads the first of two named victims past its age, in years or bare', () => {
    expect(brief('Mark Dillon, 22 years old, and Peter Haines, 23, were murdered on the road.')).toEqual([
      ['Mark Dillon', 'killed', 1, 1],
      ['Peter Haines', 'killed', 1, 1],
    ]);
  });

  it('reads a name after a bare singular description, not after a group noun', () => {
    expect(brief('In the raid, army deserter Hugo Salas and Luis Prado were killed.')).toEqual([
      ['Hugo Salas', 'killed', 1, 1],
      ['Luis Prado', 'killed', 1, 1],
    ]);
    expect(brief('The commander of rebel group Jabhat al-Wadi was killed on Monday.')).toEqual([
      ['The commander of rebel group Jabhat al-Wadi', 'killed', 1, 1],
    ]);
  });

  it('makes the groups in commas that add up to a count its parts', () => {
    const found = figures('Four passengers, three women and a boy, also died in the crash.');
    expect(found.map((f) => [f.text, f.count.min, f.partOf?.text ?? null])).toEqual([
      ['Four passengers', 4, null],
      ['three women', 3, 'Four passengers'],
      ['a boy', 1, 'Four passengers'],
    ]);
  });
});

describe('casualties: more ways a single victim is told', () => {
  it('reads "the body of" a person as a death, not the body of a thing', () => {
    expect(brief('Villagers found the body of a shepherd near the well.')).toEqual([['a shepherd', 'killed', 1, 1]]);
    expect(brief('The body of the truck was riddled with holes.')).toEqual([]);
  });

  it('reads a description with "named" and a name', () => {
    expect(brief('During the raid a farmer named Ramiro Quispe was killed.')).toEqual([
      ['a farmer named Ramiro Quispe', 'killed', 1, 1],
    ]);
  });

  it("reads a name's possessive as the determiner of the victim", () => {
    expect(brief("In the ambush the governor's driver was killed.")).toEqual([
      ["the governor's driver", 'killed', 1, 1],
    ]);
    expect(brief("Gunmen stopped the car and Ortega's bodyguard was killed.")).toEqual([
      ["Ortega's bodyguard", 'killed', 1, 1],
    ]);
  });

  it('reads a serial list of singular victims, and goes on past an uncounted plural', () => {
    expect(brief('Yesterday a guard, a nurse, and magistrate Elena Cruz were murdered.')).toEqual([
      ['a guard', 'killed', 1, 1],
      ['a nurse', 'killed', 1, 1],
      ['Elena Cruz', 'killed', 1, 1],
    ]);
    expect(brief('Troops killed the monks, their driver, and the driver’s young son.')).toEqual([
      ['their driver', 'killed', 1, 1],
      ['the driver’s young son', 'killed', 1, 1],
    ]);
    expect(brief('Gunmen killed the guards, a spokesman said.')).toEqual([]);
  });

  it('goes past an apposition opened by an adverb', () => {
    expect(brief('A tourist named Anna Berg, apparently a Swedish citizen, was killed in the blast.')).toEqual([
      ['A tourist named Anna Berg', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: killing nouns with a place or date before "of"', () => {
  it('reads the victim after "the murder in <place> of" and "the assassination on <date> of"', () => {
    expect(brief('The council condemned the murder in Cusco of union leaders Rosa Mamani and Pedro Condori.')).toEqual([
      ['Rosa Mamani', 'killed', 1, 1],
      ['Pedro Condori', 'killed', 1, 1],
    ]);
    expect(brief('The party withdrew after the assassination on 3 May of its candidate Luis Roca.')).toEqual([
      ['its candidate Luis Roca', 'killed', 1, 1],
    ]);
    expect(brief('The rebels retook the town after killing at least 30 members of the militia.')).toEqual([
      ['at least 30 members', 'killed', 30, null],
    ]);
  });

  it('reads "took the life of" one person and a bare possessive apostrophe', () => {
    expect(brief('Shelling on the market claimed the life of a vendor.')).toEqual([['a vendor', 'killed', 1, 1]]);
    expect(brief('The minister denounced Tomas Reyes’ assassination.')).toEqual([['Tomas Reyes', 'killed', 1, 1]]);
  });

  it('reads a list of names that goes on to a counted group', () => {
    expect(brief('They condemned the killing of rector Pablo Ruiz, four other teachers, and two guards.')).toEqual([
      ['rector Pablo Ruiz', 'killed', 1, 1],
      ['four other teachers', 'killed', 4, 4],
      ['two guards', 'killed', 2, 2],
    ]);
  });

  it('reads a name in capitals whose age follows, and an apposition with an adjectival participle', () => {
    expect(brief('MEANWHILE, ANACLETO QUISBERT TITO, 34, A MEMBER OF THE PATROL, WAS SHOT TO DEATH.')).toEqual([
      ['ANACLETO QUISBERT TITO', 'killed', 1, 1],
    ]);
    expect(brief('Ana Soto, leader of the disbanded miners union, died in hospital after the ambush.')).toEqual([
      ['Ana Soto', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: long lists of named victims', () => {
  it('reads every name of a long subject list, lowered given names included', () => {
    const text =
      'BROTHER JUAN SOTO, PEDRO RUIZ, AMANCIO LEON, ELADIO ROCA, MARIO VEGA, AND LUIS PAZ WERE KILLED AT THE ABBEY.';
    expect(brief(text).map((f) => f[0])).toEqual([
      'BROTHER JUAN SOTO',
      'PEDRO RUIZ',
      'AMANCIO LEON',
      'ELADIO ROCA',
      'MARIO VEGA',
      'LUIS PAZ',
    ]);
  });

  it('reads names after a colon past a role word before each', () => {
    expect(brief('THESE GUARDS DIED IN COMBAT: AGENT ROSA VIDAL, GUARD TOMAS MENA AND SERGEANT IVAN CRUZ.')).toEqual([
      ['AGENT ROSA VIDAL', 'killed', 1, 1],
      ['TOMAS MENA', 'killed', 1, 1],
      ['SERGEANT IVAN CRUZ', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: more list and name shapes of wire copy', () => {
  it('reads a serial list of descriptions after a killing noun', () => {
    expect(
      brief('They are investigating the murders of the mayor of Tarma, another judge, and the police chief.'),
    ).toEqual([
      ['the mayor of Tarma', 'killed', 1, 1],
      ['another judge', 'killed', 1, 1],
      ['the police chief', 'killed', 1, 1],
    ]);
  });

  it('goes past an apposition opened by "another", reads "de" inside a name in capitals', () => {
    expect(brief('Hugo Lara, another union leader, was killed on Friday.')).toEqual([['Hugo Lara', 'killed', 1, 1]]);
    expect(brief('GUNMEN KILLED ROSALIA DE MENDIETA, WIFE OF A JUDGE, IN THE PORT.')).toEqual([
      ['ROSALIA DE MENDIETA', 'killed', 1, 1],
    ]);
  });

  it('reads the names in capitals that spell out a count, lowered given names included', () => {
    const found = figures('PATROLS KILLED TWO FARMERS: ROBNERTO QUIJANO, A TENANT, AND EVARISTO MENDIETA.');
    expect(found.map((f) => [f.text, f.partOf?.text ?? null])).toEqual([
      ['TWO FARMERS', null],
      ['ROBNERTO QUIJANO', 'TWO FARMERS'],
      ['EVARISTO MENDIETA', 'TWO FARMERS'],
    ]);
  });
});

describe('casualties: lists that mix counts, descriptions and names', () => {
  it('goes on from a counted group to descriptions in a serial list', () => {
    expect(brief('He condemned the killing of the four monks, a cook, and her son.')).toEqual([
      ['four monks', 'killed', 4, 4],
      ['a cook', 'killed', 1, 1],
      ['her son', 'killed', 1, 1],
    ]);
  });

  it('reads the names after a possessive plural description later in a list', () => {
    expect(
      brief('Mourners saw the bodies of Father Tomas Ruiz and his fellow monks Pablo Soto and Ivan Mena.'),
    ).toEqual([
      ['Father Tomas Ruiz', 'killed', 1, 1],
      ['Pablo Soto', 'killed', 1, 1],
      ['Ivan Mena', 'killed', 1, 1],
    ]);
  });

  it('makes the groups between dashes that add up to a count its parts', () => {
    const found = figures('The mine collapsed. Five miners -- three men and two women -- were killed in the blast.');
    expect(found.map((f) => [f.text, f.partOf?.text ?? null])).toEqual([
      ['Five miners', null],
      ['three men', 'Five miners'],
      ['two women', 'Five miners'],
    ]);
  });
});

describe('casualties: a second passive and a pronoun object', () => {
  it('reads the subject shared by "was arrested and was later killed", not by "were arrested and released"', () => {
    expect(brief('Police said the guide was detained and was later killed by his captors.')).toEqual([
      ['the guide', 'killed', 1, 1],
    ]);
    expect(brief('Police said two men were detained and later freed.')).toEqual([]);
  });

  it('reads "them" after a killing verb as the people counted before it, the figure where they are counted', () => {
    const [f] = figures('Gunmen seized dozens of clansmen and executed them near the river.');
    expect([f!.text, f!.count.min, f!.victims]).toEqual(['dozens of clansmen', 24, 'clansmen']);
  });
});

describe('casualties: victims identified by name after their count', () => {
  it('gives the names after "the victims were identified as" the outcome of the figure before them', () => {
    expect(
      brief('A mine killed two herders near the border. The victims were identified as Omar Haddad and Sami Nasr.'),
    ).toEqual([
      ['two herders', 'killed', 2, 2],
      ['Omar Haddad', 'killed', 1, 1],
      ['Sami Nasr', 'killed', 1, 1],
    ]);
    expect(brief('The victims were identified as Omar Haddad and Sami Nasr.')).toEqual([]);
  });
});

describe('casualties: the last name of a list in capitals', () => {
  it('reads a name after "and" whose given name the true-cased view lowered, and the list before it', () => {
    expect(brief('IN THE RAID ELEUTERIO MAMANI, ISIDORO CHOQUE, AND DIONISIO HUARACHI WERE KILLED.')).toEqual([
      ['ELEUTERIO MAMANI', 'killed', 1, 1],
      ['ISIDORO CHOQUE', 'killed', 1, 1],
      ['DIONISIO HUARACHI', 'killed', 1, 1],
    ]);
  });
});

describe('casualties: nouns that presuppose a death', () => {
  it('reads the person of "the funeral of" and "the killers of"', () => {
    expect(brief('Thousands attended the funeral of union leader Rosa Quispe on Sunday.')).toEqual([
      ['union leader Rosa Quispe', 'killed', 1, 1],
    ]);
    expect(brief('Police are hunting the killers of two shepherds found near the well.')).toEqual([
      ['two shepherds', 'killed', 2, 2],
    ]);
  });
});
