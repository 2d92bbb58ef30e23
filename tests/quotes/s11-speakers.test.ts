import { describe, expect, it } from 'vitest';
import { brief, quotes } from './helpers.js';

describe('speaker names and roles (issue 12)', () => {
  it('keeps a spokesman’s whole name after his role, known given name or not', () => {
    const [q] = quotes('Port spokesman Akuba Jean Marc Dossou said the ship had left on time.');
    expect(q!.speaker?.name).toBe('Akuba Jean Marc Dossou');
    expect(q!.speaker?.role).toBe('Port spokesman');
  });

  it('reads a body’s name across an ampersand', () => {
    expect(brief('Freight traffic doubled last year, according to the Harbour Safety & Cargo Data Bureau.')).toEqual([
      ['indirect', 'Freight traffic doubled last year', 'Harbour Safety & Cargo Data Bureau'],
    ]);
  });
});
