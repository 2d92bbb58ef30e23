/**
 * Refiner over the candidates of one document: several forms may read the
 * same words (`IS said it carried out the attack` is a claim, and its
 * `it carried out the attack` an attribution to the same group). Where two
 * candidates overlap and name the same actor (or both none), the stronger
 * status wins — the actor's own word (`claimed`, `denied`) over a hedge, a
 * hedge over `unclaimed`, all over an `attributed` reading — and, at equal
 * strength, the longer reading (over the same words, the one that names its source). An attribution with its own source (`which
 * the authorities blame for…`) is a second statement and stays.
 *
 * @module
 */
import type { ClaimStatus } from '../types.js';
import type { Candidate } from './candidate.js';

const RANK: Record<ClaimStatus, number> = { claimed: 5, denied: 5, hedged: 4, unclaimed: 3, attributed: 1 };

const overlaps = (a: Candidate, b: Candidate): boolean => a.first < b.end && b.first < a.end;
const contains = (a: Candidate, b: Candidate): boolean => a.first <= b.first && b.end <= a.end;

function better(a: Candidate, b: Candidate): Candidate {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] > RANK[b.status] ? a : b;
  const la = a.end - a.first;
  const lb = b.end - b.first;
  // the same words read twice: the reading that names who reports it says more
  if (la === lb && (a.source === null) !== (b.source === null)) return a.source === null ? b : a;
  return lb > la ? b : a;
}

/**
 * Keeps one candidate per overlapping same-actor group, in document order.
 *
 * @example
 * ```ts
 * mergeCandidates([claimed, attributedSameActorInside]); // [claimed]
 * ```
 */
export function mergeCandidates(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.first - b.first || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let merged = false;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 6; k--) {
      const o = out[k]!;
      if (!overlaps(o, c) || (o.actor?.name ?? null) !== (c.actor?.name ?? null)) continue;
      // someone else's attribution next to the actor's own word is a second statement: keep both
      // ("X, which the authorities blame for the killing, denied the charge")
      if (o.status !== c.status && (o.source !== null || c.source !== null)) continue;
      // two readings that only share the actor's words are two statements: "pointed the finger at the
      // regime | which denied any responsibility"
      if (o.status !== c.status && !contains(o, c) && !contains(c, o)) continue;
      out[k] = better(o, c);
      merged = true;
      break;
    }
    if (!merged) out.push(c);
  }
  return out.sort((a, b) => a.first - b.first);
}
