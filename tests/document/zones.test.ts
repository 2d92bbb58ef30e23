import { describe, expect, it } from 'vitest';
import { blockShape, datelineLength, patternList } from '../../src/document/zones.js';
import { parse } from '../../src/document/parse.js';

const zonesOf = (text: string): [string, string][] => parse(text).zones.map((z) => [z.kind, z.text]);

describe('zones', () => {
  it('finds the headline below navigation and the dateline above the body', () => {
    const page = [
      'Home',
      'World | Politics | Sport',
      'Skip to content',
      'Flood Waters Rise Across The Delta As Rain Continues',
      'By Jane Okafor',
      '',
      'LAGOS, 4 Sep – Flood waters rose across the delta on Monday, officials said, as more rain fell on the region.',
      '',
      'Residents moved to higher ground while emergency teams handed out food and water to thousands of families.',
    ].join('\n');
    const zones = zonesOf(page);
    expect(zones[0]).toEqual(['boilerplate', 'Home\nWorld | Politics | Sport\nSkip to content']);
    expect(zones[1]).toEqual(['headline', 'Flood Waters Rise Across The Delta As Rain Continues']);
    expect(zones[2]).toEqual(['boilerplate', 'By Jane Okafor']);
    expect(zones[3]).toEqual(['dateline', 'LAGOS, 4 Sep –']);
    expect(zones[4]![0]).toBe('body');
    expect(zones).toHaveLength(5);
  });

  it('makes a section header and the link list after it boilerplate, up to real prose', () => {
    const page = [
      'Ministers Agree New Budget After Long Night Of Talks',
      '',
      'Ministers agreed a new budget early on Tuesday after talks that lasted through the night, the finance ministry said.',
      '',
      'Related stories',
      'Opposition walks out of budget debate',
      'Politics / 2 March 2021',
      'Finance minister warns of tough choices ahead as deficit grows and growth slows down sharply in the region',
      'Markets rally on budget hopes...',
      '',
      'Most read',
      'Ten things to know about the budget',
    ].join('\n');
    const zones = zonesOf(page);
    expect(zones.map(([k]) => k)).toEqual(['headline', 'body', 'boilerplate']);
    expect(zones[2]![1].startsWith('Related stories')).toBe(true);
    expect(zones[2]![1].endsWith('Ten things to know about the budget')).toBe(true);
  });

  it('cuts a link list that a flattened page carries inline off the end of its paragraph', () => {
    const body =
      'Engineers restored power to most of the valley on Monday after the storm brought down lines across the north, ' +
      'the utility said in a statement. Crews worked through the night and said the last rural homes would be back ' +
      'on the grid by the weekend. Reporting by the Valley Desk';
    const page = `Power Returns To Valley After Storm\n\n${body} Most Read Bridge closed for repairs | Ferry fares rise 12 percent`;
    const zones = zonesOf(page);
    expect(zones.map(([k]) => k)).toEqual(['headline', 'body', 'boilerplate']);
    expect(zones[1]![1]).toBe(body);
    expect(zones[2]![1]).toBe('Most Read Bridge closed for repairs | Ferry fares rise 12 percent');
    // `Read also` introduces one link, and the article goes on after it.
    const link = `Power Returns To Valley After Storm\n\n${body} Read also Floods close schools Crews said more rain was due.`;
    expect(zonesOf(link).map(([k]) => k)).toEqual(['headline', 'body']);
    // A header glued to a word or in lower case inside a sentence is no header.
    const prose = `Power Returns To Valley After Storm\n\n${body} and most read the notice on the Related Newsletter page.`;
    expect(zonesOf(prose).map(([k]) => k)).toEqual(['headline', 'body']);
  });

  it('takes no inline header with more than a link list after it as a tail (joined pages, one huge paragraph)', () => {
    const body =
      'Engineers restored power to most of the valley on Monday after the storm brought down lines across the north, ' +
      'the utility said in a statement. ';
    // The header stands 200+ characters in, then about 6 KB of the story go on in the same paragraph.
    const page = `Power Returns To Valley After Storm\n\n${body.repeat(2)} Most Read Bridge closed for repairs. ${body.repeat(40)}`;
    expect(zonesOf(page).map(([k]) => k)).toEqual(['headline', 'body']);
    // Near the end of the paragraph the same header still opens the closing list.
    const tail = `Power Returns To Valley After Storm\n\n${body.repeat(40)} Most Read Bridge closed for repairs | Ferry fares rise`;
    expect(zonesOf(tail).map(([k]) => k)).toEqual(['headline', 'body', 'boilerplate']);
  });

  it('ends a link list at real prose that follows it', () => {
    const page = [
      'Storm Hits Coast Leaving Thousands Without Power',
      '',
      'A storm hit the coast on Sunday, cutting power to thousands of homes across the region, the utility said.',
      '',
      'Read more',
      'Storm season outlook',
      '',
      'Engineers worked through the night to restore power lines brought down by the wind and falling trees in the north.',
      'Officials said most homes would be reconnected within two days, though some rural areas could wait longer.',
    ].join('\n');
    const kinds = parse(page).zones.map((z) => z.kind);
    expect(kinds).toEqual(['headline', 'body', 'boilerplate', 'body']);
  });

  it('catches subscription prompts with the short title glued above them', () => {
    const page = [
      'Council Votes To Close Library Branches In Budget Cuts',
      '',
      'The council voted on Wednesday to close four library branches, saying it had no other way to balance its books.',
      '',
      'Our Winter Appeal',
      'Support our journalism',
      'You have reached your free article limit.',
      'Subscribe to continue reading.',
    ].join('\n');
    const zones = zonesOf(page);
    expect(zones.at(-1)).toEqual([
      'boilerplate',
      'Our Winter Appeal\nSupport our journalism\nYou have reached your free article limit.\nSubscribe to continue reading.',
    ]);
  });

  it('takes a lone two- or three-word title as the headline, but not a site name beside a longer title', () => {
    expect(
      parse('Flood Waters Recede\n\nThe river fell by a metre overnight, officials said on Tuesday.').headline?.text,
    ).toBe('Flood Waters Recede');
    const twoShort = parse(
      'Daily Courier\nFlood Waters Recede\n\nThe river fell by a metre overnight, officials said on Tuesday.',
    );
    expect(twoShort.headline).toBeNull();
  });

  it('takes a short first line ending with a full stop as the headline when it stands apart', () => {
    const doc = parse(
      'Mayor: Bridge Repairs ‘Will Take Until Spring.’\n\nThe mayor said on Monday that repairs to the old bridge would take until spring, citing a shortage of steel.',
    );
    expect(doc.headline?.text).toBe('Mayor: Bridge Repairs ‘Will Take Until Spring.’');
    // A long opening paragraph is not a headline.
    const lead = parse(
      'The mayor said on Monday that repairs to the old bridge would take until spring, citing a shortage of steel.\n\nShe spoke after a council meeting.',
    );
    expect(lead.headline).toBeNull();
    const quoteLead = parse(
      '"The harvest failed," farmer Tom Okafor said.\n\n"We lost everything we planted in the spring."',
    );
    expect(quoteLead.headline).toBeNull();
    const longLead = parse(
      'The mayor said on Monday that repairs to the old bridge would take until spring, citing a shortage of steel and of trained workers in the region.\n\nShe spoke after a long council meeting at which members of the public asked why the work had been delayed for so long.',
    );
    expect(longLead.headline).toBeNull();
  });

  it('keeps a section label inside an article from swallowing the prose under it', () => {
    const page = [
      'Morning Briefing: What To Watch Today In The Capital',
      '',
      'Good morning. Here is what you need to know today.',
      '',
      'Top stories',
      '',
      'BUDGET VOTE DELAYED The vote on the budget was delayed again on Monday. Party leaders said they needed more time. A new date has not been set. [Staff, Capital News]',
    ].join('\n');
    const kinds = parse(page).zones.map((z) => z.kind);
    expect(kinds).toEqual(['headline', 'body', 'boilerplate', 'body']);
  });

  it('treats archive banners and credit lines as boilerplate', () => {
    expect(blockShape('The article has changed 5 times. There is an RSS feed of changes available.')).toBe('furniture');
    expect(blockShape('Version 0 Version 1 Version 2')).toBe('furniture');
    expect(blockShape('(about 3 hours later)')).toBe('furniture');
    expect(blockShape('- With Reuters inputs')).toBe('furniture');
    expect(blockShape('You may also likeMORE')).toBe('header');
    expect(blockShape('Video Transcript')).toBe('title'); // a header word followed by a real word is not a header
    expect(blockShape('12/03/2018 10:30 by editor')).toBe('stamp');
    expect(blockShape('Sport / 9 February 2018')).toBe('stamp');
    expect(blockShape('Officials said the bridge would reopen.')).toBe('prose');
    expect(blockShape('Rebels Retake Key Town')).toBe('title');
    expect(blockShape('Residents say the water is still rising and...')).toBe('teaser');
  });

  it('recognises dateline shapes at the start of a paragraph', () => {
    const cases: [string, boolean, string][] = [
      ['Paris, 3 March – The minister said', true, 'Paris, 3 March –'],
      ['BEIRUT (Reuters) - Syrian troops', false, 'BEIRUT (Reuters) -'],
      ['Kabul/Islamabad: Officials from both', true, 'Kabul/Islamabad:'],
      ['NEW YORK/LONDON Stocks fell', false, 'NEW YORK/LONDON'],
      ['NEW YORK (Reuters) - Stocks fell', false, 'NEW YORK (Reuters) -'],
      ['Cairo, Jan. 5, 2019 — Egypt said', false, 'Cairo, Jan. 5, 2019 —'],
      // A country or region after the place (Reuters and AP style).
      ['GOMA, Congo, March 3 (Reuters) - Rebels said', false, 'GOMA, Congo, March 3 (Reuters) -'],
      ['RAFAH, Gaza Strip (AP) — Israeli troops', false, 'RAFAH, Gaza Strip (AP) —'],
      ['MAIDUGURI, Nigeria (Reuters) - Gunmen', false, 'MAIDUGURI, Nigeria (Reuters) -'],
    ];
    for (const [text, first, expected] of cases) expect(text.slice(0, datelineLength(text, first))).toBe(expected);
    // Not datelines: an all-caps acronym followed by a name, a quote intro in mid-article.
    expect(datelineLength('NATO Secretary General Jens Stoltenberg said', false)).toBe(0);
    expect(datelineLength('Kerry: We will not give up', false)).toBe(0);
    expect(datelineLength('AT LEAST six people died', true)).toBe(0);
    expect(datelineLength('BUDGET VOTE DELAYED The vote was delayed', false)).toBe(0);
  });

  it('takes the title above a byline with its outlet as the headline, below a breadcrumb', () => {
    const page = [
      'Skip to main content',
      'News | Asia | Weather',
      '',
      'Ferry Sinks Off Island Coast',
      '',
      'By Grace Mensah, Coastal Herald',
      'Updated 4:15 PM WAT, Tue June 3, 2025',
      '',
      'A ferry sank off the island on Monday evening, and rescuers pulled 40 people from the water, officials said.',
      '',
      'The coast guard said the search would go on through the night as more boats joined it.',
    ].join('\n');
    const zones = zonesOf(page);
    expect(zones[0]).toEqual(['boilerplate', 'Skip to main content\nNews | Asia | Weather']);
    expect(zones[1]).toEqual(['headline', 'Ferry Sinks Off Island Coast']);
    expect(zones[2]).toEqual(['boilerplate', 'By Grace Mensah, Coastal Herald']);
    expect(zones[3]).toEqual(['dateline', 'Updated 4:15 PM WAT, Tue June 3, 2025']);
    // A three-word title right above a byline is the headline too.
    expect(parse(page.replace('Ferry Sinks Off Island Coast', 'Ferry Sinks Again')).headline?.text).toBe(
      'Ferry Sinks Again',
    );
    expect(blockShape('By Grace Mensah and Tom Reyes, Coastal Herald')).toBe('furniture');
    expect(blockShape('Home › World › Middle East')).toBe('furniture');
    expect(blockShape('Accueil › Économie › Énergie')).toBe('furniture');
    // A table row flattened with bars is no breadcrumb: its cells are figures.
    expect(blockShape('Aleppo | 12 | 3')).not.toBe('furniture');
    expect(blockShape('Killed | 45 | Injured | 120')).not.toBe('furniture');
    // One bar is a headline with its site's name, not a breadcrumb.
    expect(blockShape('Ferry Sinks Off Island Coast | Coastal Herald')).toBe('title');
  });
});

describe('patternList', () => {
  it('joins anchored patterns into one expression that matches the same lines', () => {
    const patterns = ['^menu$', '^(?:sign in|log in)$', 'feed of changes', '^a|b', '^(x)\\1$'];
    const list = patternList(patterns, 'i');
    // two joined, the unanchored one, the top-level alternation and the back-reference kept apart
    expect(list.length).toBe(4);
    const lines = ['Menu', 'log in', 'login', 'an rss feed of changes', 'abc', 'cab', 'xx', 'x', 'menu bar'];
    for (const line of lines) {
      const one = patterns.some((p) => new RegExp(p, 'i').test(line));
      expect(
        list.some((re) => re.test(line)),
        line,
      ).toBe(one);
    }
  });
});
