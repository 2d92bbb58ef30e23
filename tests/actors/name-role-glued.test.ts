import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speaker = (text: string) => extract(text).quotes[0]?.speaker ?? null;

describe('a person and a role with the comma between them lost', () => {
  it('reads the name before "head of …" as the person', () => {
    const s = speaker(
      'Fighting went on near the border. Omar Haddad head of the local council said the road was closed.',
    );
    expect(s?.name).toBe('Omar Haddad');
    expect(s?.kind).toBe('person');
  });
  it('reads the name after "head of the … council" as the person, the role kept', () => {
    const s = speaker(
      'Fighting went on near the border. The head of the regional council Omar Haddad said the road was closed.',
    );
    expect(s?.name).toBe('Omar Haddad');
    expect(s?.role).toBe('head of the regional council');
  });
  it('keeps a capitalised modifier of a role without a preposition a modifier', () => {
    expect(speaker('Fighting went on near the border. UN envoy Kofi Annan said the road was closed.')?.name).toBe(
      'Kofi Annan',
    );
  });
  it('reads two capitalised words the name list does not know before "head of …" as the person', () => {
    const s = speaker(
      'Fighting went on near the border. Zoltar Bakri head of the local council said the road was closed.',
    );
    expect(s?.name).toBe('Zoltar Bakri');
    expect(s?.kind).toBe('person');
  });
  it('keeps a body before "envoy for …" a body, not a person', () => {
    const s = speaker('United Nations envoy for Libya Jan Kubis said on Monday that the talks would resume.');
    expect(s?.name).not.toBe('United Nations');
  });
});
