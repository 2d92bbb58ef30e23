/**
 * How sure the claims extractor is of a claim (0–1): a base per form — the
 * actor's own words and explicit blame are read most reliably, a state named
 * by its adjective or an actor-verb clause least — lowered when the actor is
 * only a pronoun, a plain description or a context-resolved state.
 *
 * The bases are a judgement, ordered by how often each form was right on the
 * development data (the FA-KES dev gold TUNE part and MUC-4 dev): explicit
 * claim/denial words ≥ 0.85, blame and accusation words 0.8, by-phrases and
 * perpetration verbs 0.75, adjective and actor-verb readings 0.65–0.7.
 *
 * @module
 */
import type { Candidate } from './candidate.js';

const BASE: Readonly<Record<string, number>> = {
  'claim-verb': 0.92,
  'claimed-by': 0.92,
  'claim-noun': 0.9,
  'said-it-did': 0.88,
  'said-by-self': 0.88,
  'we-did-it': 0.85,
  'claimed-document': 0.85,
  'claimed-was': 0.85,
  admitted: 0.85,
  'own-medium': 0.8,
  ordered: 0.8,
  denied: 0.88,
  'denied-by': 0.85,
  'no-one-claimed': 0.92,
  'no-claim': 0.9,
  'not-claimed': 0.9,
  unclaimed: 0.9,
  'stop-short': 0.85,
  praise: 0.75,
  implied: 0.75,
  'not-denied': 0.7,
  'said-others-did': 0.7,
  blamed: 0.82,
  'blamed-on': 0.82,
  'blamed-event-on': 0.82,
  'blamed-passive': 0.8,
  'which-blames': 0.8,
  'which-accuses': 0.8,
  'reduced-relative': 0.78,
  'blame-noun': 0.8,
  'to-blame': 0.78,
  accused: 0.82,
  'accused-passive': 0.8,
  'attributed-to': 0.8,
  'held-responsible': 0.82,
  'bears-responsibility': 0.8,
  'responsibility-of': 0.78,
  hallmarks: 0.7,
  'suspected-x': 0.7,
  'suspicion-on': 0.68,
  'suspected-of': 0.75,
  responsible: 0.78,
  'active-predicate': 0.75,
  by: 0.78,
  'by-agent': 0.72,
  perpetrated: 0.75,
  'perpetrated-rel': 0.72,
  'actor-attack': 0.72,
  'agent-attack': 0.68,
  'attack-verb': 0.7,
  'agent-verb': 0.65,
  'attacker-from': 0.72,
};

/**
 * The confidence of a candidate claim.
 *
 * @example
 * ```ts
 * claimConfidence({ form: 'claim-verb', actor: { via: 'known', kind: 'group' } } as Candidate); // 0.92
 * ```
 */
export function claimConfidence(c: Candidate): number {
  let p = BASE[c.form] ?? 0.7;
  const a = c.actor;
  if (a !== null) {
    if (a.via === 'anaphor') p -= 0.1;
    else if (a.kind === 'description') p -= 0.08;
    else if (a.via === 'state') p -= 0.05;
  }
  return Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100;
}
