import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { aliasKey } from '../../src/entities/alias.js';

describe('aliasKey', () => {
  it('does not key a generic head alone', async () => {
    const { extract: ex } = await import('../../src/index.js');
    const r = ex('The Coast Guard of Latakia said 3 fishermen were missing. The police said a boat sank.');
    const guard = r.entities.find((e) => e.name === 'Coast Guard of Latakia');
    const police = r.quotes.find((q) => q.text.includes('boat'))?.speaker;
    expect(police?.entity).not.toBe(guard?.id);
  });
  it('folds transliteration variants of one name together', () => {
    expect(aliasKey("Nabil al-Ja'bari")).toBe(aliasKey('Nabil Jabari'));
    expect(aliasKey('Omar Abdulkarim')).toBe(aliasKey('Omar Abdel Karim'));
    expect(aliasKey('Zoë Brandt')).toBe(aliasKey('Zoe Brandt'));
    expect(aliasKey('Hassan Nouri')).toBe(aliasKey('Hasan Nouri'));
  });
  it('keeps different names apart', () => {
    expect(aliasKey('Omar Karim')).not.toBe(aliasKey('Amer Karim'));
    expect(aliasKey('Alan Price')).not.toBe(aliasKey('Price'));
  });
  it('is linear on hostile input', () => {
    const t = performance.now();
    aliasKey('al-'.repeat(50_000) + 'x');
    aliasKey('abd '.repeat(50_000));
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('entities of an extraction', () => {
  it('gives every "who" an id of one entity in the result', () => {
    const r = extract(
      'The Levant Monitor for Civil Rights said 14 people were killed in the shelling. ' +
        'LMCR said the toll could rise. "We fear more deaths," the Monitor said.',
    );
    const ids = new Set(r.entities.map((e) => e.id));
    const refs = [...r.quotes.map((q) => q.speaker), ...r.casualties.map((c) => c.source)].filter((x) => x !== null);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids.has(ref.entity)).toBe(true);
    // The acronym and the bare head are the named body.
    const monitor = r.entities.find((e) => e.name === 'Levant Monitor for Civil Rights');
    expect(monitor?.kind).toBe('organisation');
    expect(new Set(refs.map((x) => x.entity))).toEqual(new Set([monitor!.id]));
  });

  it('merges spelling variants of a person within an article', () => {
    const r = extract('Omar Abdulkarim, a local official, said 3 people died. Later Omar Abdel Karim said 5 had died.');
    const speakers = r.quotes.map((q) => q.speaker?.entity);
    expect(speakers.length).toBe(2);
    expect(speakers[0]).toBe(speakers[1]);
    const e = r.entities.find((x) => x.id === speakers[0])!;
    expect(e.aliases).toEqual(expect.arrayContaining(['Omar Abdulkarim', 'Omar Abdel Karim']));
  });

  it('gives mentions whose text is the input slice', () => {
    const text = 'Dr. Lina Haddad said 7 people were hurt. Haddad said the clinic was full.';
    const r = extract(text);
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entities: one mention is one entity, whatever resolves it', () => {
  it('gives a bare description that speaks and sources a figure one entity ("police said")', () => {
    const x = extract(
      'Nine people were killed when a fuel truck exploded at a checkpoint on Tuesday, police said.\n\n"The driver ignored our signals," said Marta Ilic, a guard.',
      { publishedAt: '2022-09-07' },
    );
    const police = x.entities.filter((e) => e.name === 'police');
    expect(police).toHaveLength(1);
    const ids = new Set(x.entities.map((e) => e.id));
    expect(ids.size).toBe(x.entities.length);
    expect(x.casualties[0]!.source?.entity).toBe(police[0]!.id);
  });
});
