import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { extractClaims } from '../../src/claims/index.js';
import { claims, summary, SYRIA } from './helpers.js';

describe('not claims', () => {
  it('leaves out "claimed" as a speech verb and "claimed the lives of"', () => {
    expect(summary('He claimed the government had lied about the talks.')).toEqual([]);
    expect(summary('The war has claimed more than 400,000 lives.')).toEqual([]);
    expect(summary('The explosion claimed the lives of three civilians.')).toEqual([]);
    expect(summary('Moscow claims its campaign targets only militants.')).toEqual([]);
    expect(summary('The United States claims the attacks were staged.')).toEqual([]);
  });

  it('leaves out military campaigns, which name no attack', () => {
    expect(summary('Government forces launched an offensive on the town.')).toEqual([]);
    expect(summary('The Turkish army launched a counter-offensive near the border.')).toEqual([]);
  });

  it('leaves out attacks that are not violent, and denials with no attack in sight', () => {
    expect(summary('The campaign accused the senator of sexual assault.')).toEqual([]);
    expect(summary('Hamas condemned the verbal attacks on its leaders.')).toEqual([]);
    expect(summary('Mr. Smith denied the charges, and the company rejected the allegation.')).toEqual([]);
    expect(summary('The White House took credit for the jobs report.')).toEqual([]);
    expect(summary('The United States has not publicly accused Russia of being behind the bombing.')).toEqual([]);
  });

  it("does not read 'they' as a group named before when fighters of its own sentence are its subject", () => {
    const text =
      'Islamic State fighters held the hill last week. Army units advanced again into the district where they executed a special operation against the militants, the agency reported.';
    expect(summary(text)).not.toContainEqual(['attributed', 'Islamic State']);
    expect(summary('Hamas fighters held the hill last week. The soldiers entered the village, where they shelled houses.')).not.toContainEqual(['attributed', 'Hamas']);
  });

  it('does not take the object of a participle modifying the subject for the actor', () => {
    expect(summary('Turkish troops fighting the PKK have also carried out strikes in the valley, activists said.')).toEqual([
      ['attributed', 'Turkey'],
    ]);
    expect(summary('The rebels fighting Hezbollah have carried out raids in the valley, activists said.')).not.toContainEqual([
      'attributed',
      'Hezbollah',
    ]);
    expect(summary('Danish jets participating in the alliance against Hamas bombed the depot, officials said.')).not.toContainEqual([
      'attributed',
      'Hamas',
    ]);
    // an affiliation, a claim or a weapon participle still names the actor
    expect(summary('Gunmen affiliated with Hamas fired rockets at the town, officials said.')).toContainEqual(['attributed', 'Hamas']);
    expect(summary('Investigators concluded the Houthis were to blame for the convoy attack.')).toContainEqual(['attributed', 'Houthis']);
  });

  it('leaves out conditionals', () => {
    expect(summary('If the attack was carried out by Hezbollah, there will be a response.')).toEqual([]);
    expect(summary('It was unclear whether the Taliban were responsible for the blast.')).toEqual([]);
  });

  it('does not take a group named as a describer for the actor (ANNOTATION §3)', () => {
    expect(summary('The IS-linked militants stormed the prison.')).not.toContainEqual(['attributed', 'Islamic State']);
    expect(summary('Bombers, who were reportedly from an al-Qaida affiliate, stormed the base.')).toEqual([]);
  });

  it('does not read victims or places as attackers', () => {
    expect(summary('Airstrikes killed 20 members of IS near Raqqa.')).toEqual([]);
    expect(summary('The warplanes destroyed nine Hamas targets with ten bombs.')).not.toContainEqual(['attributed', 'Hamas']);
    expect(summary('Allied fighters hit 40 Hezbollah targets on Monday.')).not.toContainEqual(['attributed', 'Hezbollah']);
    expect(summary('Residents of Daraya near Damascus recalled the siege.')).toEqual([]);
  });

  it('does not resolve "the regime" without a focus country', () => {
    expect(summary('"It was an operation the regime has carried out," he said.')).toEqual([]);
  });
});

describe('claims as items of the document', () => {
  it('carries exact input offsets through normalisation (mojibake, curly quotes)', () => {
    const text = 'Reports say Daesh claimed the bombing â€“ its third this month.';
    const [c] = extractClaims(parse(text));
    expect(c).toBeDefined();
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
    expect(text.slice(c!.actor!.mention!.start, c!.actor!.mention!.end)).toBe('Daesh');
    expect(text.slice(c!.event!.start, c!.event!.end)).toBe('the bombing');
  });

  it('flags and drops claims in boilerplate unless asked for them', () => {
    const text = [
      'Gunmen kill five at checkpoint',
      '',
      'Gunmen attacked a checkpoint on Sunday, killing five soldiers, officials said. No group has claimed the attack.',
      '',
      'Latest news',
      '',
      'Boko Haram claimed responsibility for the market bombing in Maiduguri',
    ].join('\n');
    expect(summary(text)).toEqual([['unclaimed', null]]);
    const all = claims(text, { includeBoilerplate: true });
    expect(all.map((c) => [c.status, c.boilerplate])).toEqual([
      ['unclaimed', false],
      ['claimed', true],
    ]);
  });

  it('never crashes or hangs on hostile input', () => {
    const junk = ['claimed by by by '.repeat(2000), '"'.repeat(5000), 'no no no claimed '.repeat(1000), ''];
    for (const t of junk) expect(Array.isArray(extractClaims(parse(t)))).toBe(true);
  });
});
