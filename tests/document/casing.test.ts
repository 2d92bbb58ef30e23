import { describe, expect, it } from 'vitest';
import { trueCase } from '../../src/document/casing.js';
import { extract, parse } from '../../src/index.js';

describe('trueCase', () => {
  it('lower-cases shouted paragraphs and gives back sentence starts, acronyms and known names', () => {
    const text = 'FOUR GUARDS WERE KILLED IN THE RAID, THE PRV [PRV] SAID. ISLAMIC STATE CLAIMED IT IN DAMASCUS.';
    const view = trueCase(text);
    expect(view).toBe('Four guards were killed in the raid, the PRV [PRV] said. Islamic State claimed it in Damascus.');
    expect(view!.length).toBe(text.length);
  });

  it("gives a possessive its owner's capitals (FMLN'S, ISLAMIC STATE'S)", () => {
    expect(trueCase("THE FMLN'S RADIO AND ISLAMIC STATE'S MEDIA ARM SAID IT'S OVER.")).toBe(
      "The FMLN's radio and Islamic State's media arm said it's over.",
    );
  });

  it('reads a shouted "US" as the pronoun, the dotted "U.S." as the country', () => {
    expect(trueCase('THE REBELS BLAME US FOR THE RAID ON THE U.S. EMBASSY.')).toBe(
      'The rebels blame us for the raid on the U.S. embassy.',
    );
  });

  it('leaves mixed-case text alone, and mixed-case paragraphs of a partly shouted text', () => {
    expect(trueCase('Officials said the road was closed on Monday.')).toBeNull();
    const text = 'LATEST: TWO SOLDIERS WERE WOUNDED NEAR THE BORDER\n\nThe Army said the road was closed.';
    expect(trueCase(text)).toBe(
      'Latest: Two soldiers were wounded near the border\n\nThe Army said the road was closed.',
    );
  });

  it('keeps the capitals of a group name the text introduces, and of no description', () => {
    expect(trueCase('A GROUP CALLING ITSELF THE RED DAWN COMMANDO UNIT SAID IT PLANTED THE BOMB.')).toBe(
      'A group calling itself the Red Dawn Commando Unit said it planted the bomb.',
    );
    expect(trueCase('POLICE SAID A SELF-STYLED "NEW DAWN LIBERATION FRONT" PLANTED THE BOMB.')).toBe(
      'Police said a self-styled "New Dawn Liberation Front" planted the bomb.',
    );
    expect(trueCase('THE "SEVENTH OCTOBER COMMAND" SAID IT PLANTED THE BOMB.')).toBe(
      'The "Seventh October Command" said it planted the bomb.',
    );
    // a description after the cue, a quoted phrase without a head, a verb "called"
    expect(trueCase('A SELF-STYLED COMMANDO UNIT SAID IT PLANTED THE BOMB.')).toBe(
      'A self-styled commando unit said it planted the bomb.',
    );
    expect(trueCase('HE CALLED THE BOMBING "A CRIME" AND THE ARMY CALLED THE GROUP A TERRORIST FRONT.')).toBe(
      'He called the bombing "a crime" and the army called the group a terrorist front.',
    );
  });

  it('keeps the capitals of a name after "the" that ends in a head, not of a force it only describes', () => {
    expect(trueCase("THE BLAST WAS BLAMED ON THE RED HAND BRIGADE AND THE PEOPLE'S LIBERATION FRONT.")).toBe(
      "The blast was blamed on the Red Hand Brigade and the People's Liberation Front.",
    );
    expect(trueCase('THE POLICE HOLD THE\nRED DAWN MOVEMENT RESPONSIBLE.')).toBe(
      'The police hold the\nRed Dawn Movement responsible.',
    );
    expect(trueCase('THE ARMED FORCES, THE REBEL ARMY AND THE 3D INFANTRY BRIGADE FOUGHT ON.')).toBe(
      'The armed forces, the rebel army and the 3d infantry brigade fought on.',
    );
    // number words count forces, they name none (any number word, not a listed few)
    expect(trueCase('THE SIX BRIGADES AND THE TWENTY BATTALIONS MOVED ON THE TOWN.')).toBe(
      'The six brigades and the twenty battalions moved on the town.',
    );
  });

  it('keeps dotted acronyms in capitals, their periods ending no sentence', () => {
    expect(trueCase('GUERRILLAS FIRED ON A U.S. MILITARY CONVOY NEAR THE U.N. OFFICE. NOBODY WAS HURT.')).toBe(
      'Guerrillas fired on a U.S. military convoy near the U.N. office. Nobody was hurt.',
    );
  });

  it('keeps the length when a capital lower-cases to two characters', () => {
    const text = 'İSTANBUL POLICE SAID NINE PEOPLE WERE KILLED.';
    expect(trueCase(text)!.length).toBe(text.length);
  });
});

describe('reading text in capitals', () => {
  it('finds the figures and claims of wire copy in capitals, with offsets into the capitals', () => {
    const text =
      'SAN ISIDRO, 4 MAR 91 -- THREE PEASANTS WERE KILLED AND FIVE OTHERS WERE WOUNDED WHEN GUERRILLAS ATTACKED ' +
      'A BUS ON THE COAST ROAD YESTERDAY. THE SHINING PATH CLAIMED RESPONSIBILITY FOR THE ATTACK.';
    const r = extract(text);
    const killed = r.casualties.find((c) => c.outcome === 'killed');
    expect(killed?.count?.min).toBe(3);
    expect(r.casualties.some((c) => c.outcome === 'injured' && c.count?.min === 5)).toBe(true);
    // The narrated "GUERRILLAS ATTACKED A BUS" is an attribution of its own (ANNOTATION.md §3).
    const claimed = r.claims.find((c) => c.status === 'claimed');
    expect(claimed?.actor?.name).toBe('Shining Path');
    for (const item of [...r.casualties, ...r.claims]) expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(killed?.text).toBe(killed?.text.toUpperCase());
  });

  it('tags the true-cased view: common words are not proper nouns', () => {
    const doc = parse('THE SOLDIERS WERE KILLED NEAR THE RIVER YESTERDAY, OFFICIALS SAID.');
    const killed = doc.tokens.find((t) => t.lower === 'killed');
    expect(killed?.pos).toBe('VERB');
    expect(doc.tokens.filter((t) => t.pos === 'PROPN').length).toBe(0);
  });
});

describe('hard-wrapped wire copy in capitals', () => {
  it('keeps a paragraph whole when a wrapped line starts with a name', () => {
    const text =
      '   LIMA, 3 MAR 91 (WIRE) -- [TEXT] THE GOVERNMENT STRONGLY CONDEMNED TODAY\n' +
      'THE MURDER OF FOUR ENGINEERS ON SUNDAY NEAR THE BORDER WITH\n' +
      'SYRIA, A SPOKESMAN OF THE INTERIOR MINISTRY SAID.\n';
    const doc = parse(text);
    // one body paragraph after the wire dateline (which gives the publication date)
    expect(doc.zones.map((z) => z.kind)).toEqual(['dateline', 'body']);
    expect(doc.publication.value).toBe('1991-03-03');
    expect(extract(text).casualties.map((f) => [f.text, f.count.min])).toEqual([['FOUR ENGINEERS', 4]]);
  });

  it("keeps a sentence whole when a wrapped line ends in an editor's bracket", () => {
    const text =
      'THE ARMY REPORTS THAT ELN [NATIONAL LIBERATION ARMY OF COLOMBIA]\n' +
      'URBAN CELLS PLACED BOMBS IN TWO SHOPS IN THE OLD TOWN OF THE CITY.\n';
    expect(parse(text).sentences).toHaveLength(1);
    expect(extract(text).claims.map((c) => [c.status, c.actor?.name])).toEqual([['attributed', 'ELN']]);
    // a stop before the bracket still ends the sentence
    const two =
      'THE GUERRILLAS ATTACKED THE TOWN TODAY, THE ARMY SAID (ACCORDING TO THE RADIO.)\n' +
      'THE MAYOR WAS UNHURT IN THE ATTACK, WHICH LASTED AN HOUR.\n';
    expect(parse(two).sentences).toHaveLength(2);
  });
});

describe('trueCase: names written out before their acronym', () => {
  it('capitalises the words before a bracketed acronym whose letters they open with', () => {
    expect(trueCase('THE BOMB WAS PLANTED BY MEMBERS OF THE PATRIOTIC LABOR PARTY [PLP], THE POLICE SAID.')).toBe(
      'The bomb was planted by members of the Patriotic Labor Party [PLP], the police said.',
    );
    expect(trueCase('THE ARMED FORCES PRESS COMMITTEE (COPREFA) REPORTED THE CLASH.')).toBe(
      'The Armed Forces Press Committee (COPREFA) reported the clash.',
    );
  });

  it('not words the acronym does not spell, nor past an article', () => {
    expect(trueCase('THE TIRED PEASANTS (PCN) LEFT THE TOWN ON FOOT.')).toBe(
      'The tired peasants (PCN) left the town on foot.',
    );
  });

  it('lets the claims read the named body in wire copy', () => {
    const x = extract('THE BOMB WAS PLANTED BY MEMBERS OF THE PATRIOTIC LABOR PARTY [PLP], THE POLICE SAID.');
    expect(x.claims.map((c) => [c.status, c.actor?.name])).toEqual([['attributed', 'PATRIOTIC LABOR PARTY']]);
  });
});
