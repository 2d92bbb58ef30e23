/**
 * The casualty reader's speed changes of s18 keep its answers: a counted phrase read again at the
 * same token (each conjunct of a subject, each anchor of a sentence, a next sentence read with the
 * figures before it) is the phrase read the first time, and a surname named in full earlier is
 * still known in shouted wire copy. Sentences written for these tests, in no data set.
 */
import { describe, expect, it } from 'vitest';
import { extractCasualties, parse } from '../../src/index.js';

/** [text, outcome, min, max, victims, partOf] of every figure. */
function figures(text: string): (string | number | null)[][] {
  return extractCasualties(parse(text)).map((f) => [
    f.text,
    f.outcome,
    f.count.min,
    f.count.max,
    f.victims,
    f.partOf?.text ?? null,
  ]);
}

describe('counted phrases read again (s18 memo)', () => {
  it('reads each conjunct of a subject once as its own figure, and a second anchor’s object apart', () => {
    expect(
      figures('Three farmers and two teachers were killed when the bridge collapsed, and four farmers were injured.'),
    ).toEqual([
      ['Three farmers', 'killed', 3, 3, 'farmers', null],
      ['two teachers', 'killed', 2, 2, 'teachers', null],
      ['four farmers', 'injured', 4, 4, 'farmers', null],
    ]);
  });

  it('keeps two verbs of one sentence on their own objects', () => {
    expect(
      figures('Gunmen killed 14 miners and wounded 9 others near the quarry; the 14 miners were buried on Sunday.'),
    ).toEqual([
      ['14 miners', 'killed', 14, 14, 'miners', null],
      ['9 others', 'injured', 9, 9, 'others', null],
    ]);
  });

  it('keeps a subset and its whole when the walk reads the whole again', () => {
    expect(figures('At least 12 villagers, including five children, died in the flood, officials said.')).toEqual([
      ['At least 12 villagers', 'killed', 12, null, 'villagers', null],
      ['five children', 'killed', 5, 5, 'children', 'At least 12 villagers'],
    ]);
  });

  it('gives no figure for a percentage or a negated death', () => {
    expect(figures('The mayor said 40 percent of the houses were damaged but nobody was killed.')).toEqual([]);
    expect(figures('About 30 percent of the voters stayed home, and no one was hurt.')).toEqual([]);
  });
});

describe('surnames of full names (s18 shouted-word test first)', () => {
  it('knows a surname alone after the full name, in capitals and in mixed case', () => {
    expect(
      figures(
        'POLICE SAID FARM MANAGER TOMAS ORVILLE WAS WOUNDED ON FRIDAY. ON SATURDAY GUNMEN KILLED ORVILLE AT HIS HOME.',
      ),
    ).toEqual([
      ['TOMAS ORVILLE', 'injured', 1, 1, 'Tomas Orville', null],
      ['ORVILLE', 'killed', 1, 1, 'Orville', null],
    ]);
    expect(
      figures(
        'Police said the farm manager Tomas Orville was wounded on Friday. On Saturday gunmen killed Orville at his home.',
      ),
    ).toEqual([
      ['the farm manager Tomas Orville', 'injured', 1, 1, 'farm manager Tomas Orville', null],
      ['Orville', 'killed', 1, 1, 'Orville', null],
    ]);
    expect(figures('THE TEACHER BENITA SALCEDO WAS ABDUCTED IN MARCH. SALCEDO WAS FOUND DEAD IN MAY.')).toEqual([
      ['THE TEACHER BENITA SALCEDO', 'abducted', 1, 1, 'teacher Benita Salcedo', null],
      ['SALCEDO', 'killed', 1, 1, 'Salcedo', null],
    ]);
  });

  it('takes no lone capitalised word for a person when no full name came before', () => {
    expect(figures('On Saturday gunmen killed Orville at his home.')).toEqual([]);
  });
});
