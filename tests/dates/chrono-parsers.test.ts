import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { KNOWN_KINDS, parserKind, probedKind } from '../../src/temporal/parsers/chrono.js';

describe("chrono's parsers, classified by what they read", () => {
  it('finds the same relative, month-name and clock parsers as their class names say (names minifiers rename)', () => {
    const byName = new Map<string, string>();
    for (const p of chrono.configuration.createCasualConfiguration(false).parsers)
      byName.set(p.constructor.name, probedKind(p));
    expect(Object.fromEntries(byName)).toEqual(KNOWN_KINDS);
  });

  it('knows the kinds by class name without probing, and probes a class whose name it does not know', () => {
    const parsers = chrono.configuration.createCasualConfiguration(false).parsers;
    const byName = new Map<string, string>();
    for (const p of parsers) byName.set(p.constructor.name, parserKind(p));
    expect(Object.fromEntries(byName)).toEqual(KNOWN_KINDS);
    // A minified build renames the classes: a subclass named otherwise is probed, with the same answer.
    const weekday = parsers.find((p) => p.constructor.name === 'ENWeekdayParser')!;
    const Renamed = class extends (weekday.constructor as new () => chrono.Parser) {};
    Object.defineProperty(Renamed, 'name', { value: 'e' });
    expect(parserKind(new Renamed())).toBe('relative');
  });
});
