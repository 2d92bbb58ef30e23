import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/document/memo.js';

describe('Memo (two generations)', () => {
  it('remembers values, null included', () => {
    const m = new Memo<string | null>(4);
    m.set('Alpha', 'alpha');
    m.set('Beta', null);
    expect(m.get('Alpha')).toBe('alpha');
    expect(m.get('Beta')).toBeNull();
    expect(m.get('Gamma')).toBeUndefined();
  });

  it('keeps a cycle of keys a little longer than its limit (a single cleared map forgot them all)', () => {
    const m = new Memo<number>(4);
    const keys = ['a', 'b', 'c', 'd', 'e'];
    for (const k of keys) m.set(k, k.charCodeAt(0));
    // Second pass: every key is still known, from one generation or the other.
    for (const k of keys) expect(m.get(k)).toBe(k.charCodeAt(0));
  });

  it('forgets keys not used for two generations, so memory stays bounded', () => {
    const m = new Memo<number>(2);
    m.set('old', 1);
    for (let i = 0; i < 5; i++) m.set(`k${i}`, i);
    expect(m.get('old')).toBeUndefined();
    expect(m.get('k4')).toBe(4);
  });

  it('copies a hit of the older generation back, so a word in use survives the next turn', () => {
    const m = new Memo<number>(2);
    m.set('kept', 7);
    m.set('x', 1);
    m.set('y', 2); // 'kept' and 'x' now older
    expect(m.get('kept')).toBe(7); // copied into the recent generation beside 'y'
    m.set('z', 3); // turn: 'y' and 'kept' now older
    expect(m.get('kept')).toBe(7);
    expect(m.get('x')).toBeUndefined();
  });

  it('clear() forgets everything', () => {
    const m = new Memo<number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3);
    m.clear();
    expect(m.get('a')).toBeUndefined();
    expect(m.get('c')).toBeUndefined();
  });
});
