/**
 * Refiner over the candidates of one document: several forms may read the
 * same words (`IS said it carried out the attack` is a claim, and its
 * `it carried out the attack` an attribution to the same group). The same
 * actor is one name or one mention read twice (`Syria regime bombing`: the
 * description `Syria regime` and, inside it, `regime` as the state); the
 * merged claim keeps the resolved actor over a bare description. Where two
 * candidates overlap and name the same actor (or both none), the stronger
 * status wins — the actor's own word (`claimed`, `denied`) over a hedge, a
 * hedge over `unclaimed`, all over an `attributed` reading — and, at equal
 * strength, the longer reading (over the same words, the one that names its source). An attribution with its own source (`which
 * the authorities blame for…`) is a second statement and stays.
 *
 * @module
 */
import type { ClaimStatus } from '../types.js';
import { makeCandidate, type Candidate } from './candidate.js';

const RANK: Record<ClaimStatus, number> = { claimed: 5, denied: 5, hedged: 4, unclaimed: 3, attributed: 1 };

const overlaps = (a: Candidate, b: Candidate): boolean => a.first < b.end && b.first < a.end;
const contains = (a: Candidate, b: Candidate): boolean => a.first <= b.first && b.end <= a.end;

/**
 * The same actor: one name, or one mention read twice (`Syria regime bombing` read as the
 * description `Syria regime` and, inside it, `regime` as the state `Syria`).
 */
function sameActor(a: Candidate, b: Candidate): boolean {
  if ((a.actor?.name ?? null) === (b.actor?.name ?? null)) return true;
  return a.actor !== null && b.actor !== null && a.actor.first < b.actor.end && b.actor.first < a.actor.end;
}

/**
 * A bare description's act inside a group's own claim (`A Taliban spokesman, X, said the group's
 * fighters had planted the bomb`): the claim's own fighters, read twice.
 */
function ownFightersInside(a: Candidate, b: Candidate): boolean {
  const [outer, inner] = contains(a, b) ? [a, b] : [b, a];
  if (!contains(outer, inner) || outer.status !== 'claimed' || inner.status !== 'attributed') return false;
  return inner.source === null && inner.actor !== null && inner.actor.kind === 'description';
}

function better(a: Candidate, b: Candidate): Candidate {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] > RANK[b.status] ? a : b;
  const la = a.end - a.first;
  const lb = b.end - b.first;
  // the same words read twice: the reading that names who reports it says more
  if (la === lb && (a.source === null) !== (b.source === null)) return a.source === null ? b : a;
  return lb > la ? b : a;
}

/** The better of two readings, with the resolved actor when only one reading resolved it (not a bare description). */
function mergeTwo(a: Candidate, b: Candidate): Candidate {
  const w = better(a, b);
  const o = w === a ? b : a;
  if (w.actor !== null && o.actor !== null && w.actor.kind === 'description' && o.actor.kind !== 'description')
    return makeCandidate(w.first, w.end, w.status, o.actor, w.event, w.source, w.form);
  return w;
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
      if (!overlaps(o, c) || !(sameActor(o, c) || ownFightersInside(o, c))) continue;
      // someone else's attribution next to the actor's own word is a second statement: keep both
      // ("X, which the authorities blame for the killing, denied the charge")
      if (o.status !== c.status && (o.source !== null || c.source !== null)) continue;
      // two readings that only share the actor's words are two statements: "pointed the finger at the
      // regime | which denied any responsibility"
      if (o.status !== c.status && !contains(o, c) && !contains(c, o)) continue;
      out[k] = mergeTwo(o, c);
      merged = true;
      break;
    }
    if (!merged) out.push(c);
  }
  return out.sort((a, b) => a.first - b.first);
}
