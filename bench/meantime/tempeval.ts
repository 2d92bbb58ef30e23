/**
 * TempEval-3 scoring of temporal expressions (UzZaman et al., SemEval-2013
 * Task 1, and its evaluation script): a system TIMEX3 and a gold one match
 * when their extents overlap (relaxed) or are identical (strict); precision
 * and recall count matched items on each side. Attribute accuracy is the share
 * of relaxed-matched gold items whose attribute (type, value) is right, and
 * the attribute F1 is relaxed F1 × attribute accuracy — the "value F1" the
 * task ranked systems by (HeidelTime: 77.61 on the TempEval-3 platinum set).
 */

/** A TIMEX3 as a span with its attributes. */
export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string | null;
}

/** Counts over one or more documents. */
export interface TimexTally {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  type: number;
  value: number;
  /** Matched pairs whose values differ only by a time-zone designator (`T18:00` vs `T18:00Z`). */
  zoneOnly: number;
}

/** An empty tally. */
export function emptyTally(): TimexTally {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, type: 0, value: 0, zoneOnly: 0 };
}

/** Matches one document's system TIMEX3 to its gold (one-to-one, largest overlap first) and adds to `t`. */
export function tallyDocument(gold: readonly Timex[], system: readonly Timex[], t: TimexTally): void {
  t.gold += gold.length;
  t.system += system.length;
  const pairs: { g: number; s: number; ov: number; exact: boolean }[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < system.length; j++) {
      const g = gold[i]!;
      const s = system[j]!;
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (ov > 0) pairs.push({ g: i, s: j, ov, exact: g.start === s.start && g.end === s.end });
    }
  }
  // Largest overlap first; on a tie an identical extent wins (a year inside a gold range "from 2009 to 2011"
  // that MEANTIME also tags on its own).
  pairs.sort((a, b) => b.ov - a.ov || Number(b.exact) - Number(a.exact));
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    const g = gold[p.g]!;
    const s = system[p.s]!;
    t.relaxed++;
    if (g.start === s.start && g.end === s.end) t.strict++;
    if (g.type === s.type) t.type++;
    if (g.value === s.value) t.value++;
    else if (s.value !== null && g.value !== null && g.value.replace(/Z$/, '') === s.value.replace(/Z$/, ''))
      t.zoneOnly++;
  }
}

/** Precision, recall and F1. */
export function prf(hit: number, system: number, gold: number): { p: number; r: number; f: number } {
  const p = system === 0 ? 0 : hit / system;
  const r = gold === 0 ? 0 : hit / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The TempEval-3 figures of a tally. */
export function figures(t: TimexTally): {
  strict: { p: number; r: number; f: number };
  relaxed: { p: number; r: number; f: number };
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
} {
  const strict = prf(t.strict, t.system, t.gold);
  const relaxed = prf(t.relaxed, t.system, t.gold);
  const typeAccuracy = t.relaxed === 0 ? 0 : t.type / t.relaxed;
  const valueAccuracy = t.relaxed === 0 ? 0 : t.value / t.relaxed;
  return {
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: relaxed.f * typeAccuracy,
    valueF1: relaxed.f * valueAccuracy,
  };
}
