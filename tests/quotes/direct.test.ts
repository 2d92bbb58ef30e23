import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

describe('direct quotes', () => {
  it('takes the attribution after the quote, with a pronoun or a name', () => {
    expect(brief('Harbour pilot Lena Moss finished her shift.\n\n"The channel is too shallow," she said.')).toEqual([
      ['direct', 'The channel is too shallow,', 'Lena Moss'],
    ]);
    expect(brief('“We will rebuild the school”, Tomas Varga said.')).toEqual([
      ['direct', 'We will rebuild the school', 'Tomas Varga'],
    ]);
  });

  it('takes an inverted attribution with an apposition', () => {
    const [q] = quotes('"The road is closed until Friday," said Amina Yusuf, a police spokeswoman.');
    expect(q!.text).toBe('The road is closed until Friday,');
    expect(q!.speaker?.name).toBe('Amina Yusuf');
    expect(q!.speaker?.role).toBe('police spokeswoman');
    expect(q!.cue?.lemma).toBe('say');
  });

  it('takes the attribution before the quote, with a colon and an adjunct', () => {
    const [q] = quotes('Finance Minister Lars Berg said in a radio interview: "Taxes will not rise this year."');
    expect(q!.kind).toBe('direct');
    expect(q!.text).toBe('Taxes will not rise this year.');
    expect(q!.speaker).toMatchObject({ name: 'Lars Berg', role: 'Finance Minister', resolvedBy: 'name' });
  });

  it('gives both halves of an interrupted quote to the same speaker', () => {
    const q = quotes('The nurse Ruth Adler spoke first. "We are ready," she said. "But nobody has called us."');
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([
      ['We are ready,', 'Ruth Adler'],
      ['But nobody has called us.', 'Ruth Adler'],
    ]);
  });

  it('continues the previous speaker in a quote paragraph without a cue', () => {
    const q = quotes('"The harvest failed," farmer Tom Okafor said.\n\n"We lost everything we planted in the spring."');
    expect(q.map((x) => [x.text, x.speaker?.name, x.speaker?.resolvedBy, x.cue])).toEqual([
      ['The harvest failed,', 'Tom Okafor', 'name', expect.anything()],
      ['We lost everything we planted in the spring.', 'Tom Okafor', 'continuation', null],
    ]);
  });

  it('reads a quote over several paragraphs as one', () => {
    const text =
      'The farmer Ana Reyes said: “We planted in March.\n\n“The rain never came, and the wells ran dry.”\n\nThe ministry did not comment.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('We planted in March.\n\n“The rain never came, and the wells ran dry.');
    expect(q[0]!.speaker?.name).toBe('Ana Reyes');
  });

  it('reads single marks, guillemets and typewriter quotes', () => {
    expect(brief("Coach Ben Ito said 'we played badly today'.")).toEqual([
      ['direct', 'we played badly today', 'Ben Ito'],
    ]);
    expect(brief('Minister Ida Lund said: «We stay here.»')).toEqual([['direct', 'We stay here.', 'Ida Lund']]);
    expect(brief("''We will win,'' Mr. Hale said.")).toEqual([['direct', 'We will win,', 'Hale']]);
  });

  it('attributes a quote introduced by "with the words" to the verb’s subject', () => {
    expect(brief('The crowd greeted the runners with the words "welcome home".')).toEqual([
      ['direct', 'welcome home', 'crowd'],
    ]);
  });

  it('finds a headline quote with the speaker the headline names', () => {
    const q = quotes(
      "Germany says 'talks must resume' after border clash\n\nTroops exchanged fire near the river on Sunday.",
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['direct', 'talks must resume', 'Germany']]);
    expect(q[0]!.speaker?.kind).toBe('state');
  });

  it('ignores scare quotes, titles and apostrophes', () => {
    expect(quotes('The so-called "green zone" was quiet on Monday.')).toEqual([]);
    expect(quotes('She watched "The Long Road" twice before the festival.')).toEqual([]);
    expect(quotes("The farmers' union met in the '90s and again in 2004.")).toEqual([]);
  });

  it('stops an unclosed quote at its paragraph', () => {
    const q = quotes(
      'Captain Ilse Brandt said "the convoy will leave at noon.\n\nLater the convoy left the depot without her escort.',
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('the convoy will leave at noon.');
    expect(q[0]!.speaker?.name).toBe('Ilse Brandt');
  });

  it('flags quotes in page furniture and drops them unless asked', () => {
    const text =
      'Flood waters rise in the valley\n\nThe river rose by two metres overnight, the water board said.\n\nLatest news\n\nMayor says "no deal" on the budget\n\nSchools reopen after storm';
    expect(quotes(text).every((q) => !q.boilerplate)).toBe(true);
    const all = quotes(text, { includeBoilerplate: true });
    expect(all.some((q) => q.boilerplate && q.text === 'no deal')).toBe(true);
  });
});

describe('a quote ending on its own full stop, question or exclamation mark before the attribution', () => {
  it('takes the quote the sentence splitter cut off as the content of "X said"', () => {
    expect(
      brief('The ferry left late. “Why does nobody fix the engine?” Captain Ilse Brandt said of the company.'),
    ).toEqual([['direct', 'Why does nobody fix the engine?', 'Ilse Brandt']]);
    expect(brief('The ferry left late. “We sail at noon tomorrow.” Ilse Brandt said on Monday.')).toEqual([
      ['direct', 'We sail at noon tomorrow.', 'Ilse Brandt'],
    ]);
    expect(brief('The ferry left late. “Nobody fixes anything!” said Ilse Brandt.')).toEqual([
      ['direct', 'Nobody fixes anything!', 'Ilse Brandt'],
    ]);
  });

  it('not when the verb has an object or is no speech cue', () => {
    expect(brief('The ferry left late. “We sail at noon.” The harbour office reported no delays at the pier.')).toEqual(
      [],
    );
    expect(brief('The ferry left late. “We sail at noon.” Ilse Brandt hails from an old shipping family.')).toEqual([]);
  });
});

describe('an inverted speaker with an unlisted description before the name', () => {
  it('takes "said party whip Ann Lee" whole, not "party whip" as a content opening at the name', () => {
    expect(brief('The vote was close. “We counted every hand,” said party whip Ann Lee.')).toEqual([
      ['direct', 'We counted every hand,', 'Ann Lee'],
    ]);
  });
});

describe('a question quoted before "X asked"', () => {
  it('takes the question the splitter cut off', () => {
    expect(brief('The bridge reopened in May. “Who pays for the repairs?” Councillor Dana Whit asked.')).toEqual([
      ['direct', 'Who pays for the repairs?', 'Dana Whit'],
    ]);
  });
});

describe('a quotation closing on its comma before "X told …"', () => {
  it('is the content, whatever follows the cue and its addressee', () => {
    expect(brief('The market shut early. “We sold out by noon,” Piet Visser, 61, told a shopper passing by.')).toEqual([
      ['direct', 'We sold out by noon,', 'Piet Visser'],
    ]);
    expect(
      brief('The market shut early. "Prices will rise," Piet Visser told "Market Hour," reminding listeners of June.'),
    ).toEqual([['direct', 'Prices will rise,', 'Piet Visser']]);
  });
});
