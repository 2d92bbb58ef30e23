/**
 * `unclaimed` forms (`actor: null`): the text says no one has claimed it.
 *
 * - `no group has (yet) claimed responsibility for EVENT`, `No one immediately claimed…`,
 *   `no group or individual has claimed…`, `nobody has claimed…`;
 * - `no group has said it carried out EVENT`, `nobody has said they were behind EVENT`;
 * - `there was no (immediate) claim of responsibility for EVENT`;
 * - `EVENT went / remained unclaimed`.
 *
 * (`EVENT has not been claimed` is read in `claimed.ts`, next to the passive claim.)
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { phraseAt } from '../lexicon.js';
import { eventAfter, eventBefore, type Ctx } from '../syntax.js';

const MODIFIERS = new Set([
  'other',
  'militant',
  'armed',
  'terrorist',
  'jihadist',
  'rebel',
  'insurgent',
  'single',
  'known',
]);

/** Extends over "responsibility" and "for EVENT" after token `k`; returns the end and the event. */
function tail(ctx: Ctx, k: number): { end: number; event: ReturnType<typeof eventAfter> } {
  const { toks, lex } = ctx;
  let end = k;
  if (lex.responsibilityNouns.has(toks[end]?.lower ?? '')) end++;
  else {
    // "no group has claimed the rocket fire that hit the airport"
    const object = eventAfter(ctx, end, 5);
    if (object !== null && object.cls !== 'generic') return { end: object.end, event: object };
  }
  let event = null;
  if (toks[end]?.lower === 'for' || toks[end]?.lower === 'in' || toks[end]?.lower === 'of') {
    event = eventAfter(ctx, end + 1);
    if (event !== null) end = event.end;
  }
  return { end, event };
}

/** `no group has claimed…`, `nobody claimed…`, `no claim of responsibility…`. */
export function noOneClaimed(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  let k = i + 1;
  // "no claim of responsibility", "no immediate claim"
  if (t.lower === 'no') {
    let j = k;
    while (j < k + 2 && (toks[j]?.pos === 'ADJ' || toks[j]?.lower === 'immediate' || toks[j]?.lower === 'official'))
      j++;
    if (lex.claimNouns.has(toks[j]?.lower ?? '')) {
      let end = j + 1;
      let event = null;
      if (toks[end]?.lower === 'of' && lex.responsibilityNouns.has(toks[end + 1]?.lower ?? '')) {
        const r = tail(ctx, end + 1);
        end = r.end;
        event = r.event;
      } else if (toks[end]?.lower === 'for') {
        const r = tail(ctx, end);
        end = r.end;
        event = r.event;
      }
      return { first: i, end, status: 'unclaimed', actor: null, event, source: null, form: 'no-claim' };
    }
  }
  // "no group", "no one", "none", "nobody", "no group or individual", "no other militant group"
  if (t.lower === 'no') {
    while (k < i + 4 && MODIFIERS.has(toks[k]?.lower ?? '')) k++;
    if (!lex.unclaimedHeads.has(toks[k]?.lower ?? '')) return null;
    k++;
    if (toks[k]?.lower === 'or' && lex.unclaimedHeads.has(toks[k + 1]?.lower ?? '')) k += 2;
  } else if (t.lower === 'none' && toks[k]?.lower === 'of') {
    k += 2; // "none of the groups"
    while (k < i + 6 && toks[k] !== undefined && toks[k]!.pos !== 'AUX' && toks[k]!.pos !== 'VERB') k++;
  }
  // auxiliaries and adverbs: "has yet", "has so far", "immediately", "publicly"
  while (k < i + 10 && toks[k] !== undefined) {
    const w = toks[k]!;
    if (w.pos === 'AUX' || w.pos === 'ADV' || w.lower === 'yet' || w.lower === 'so' || w.lower === 'far') k++;
    else break;
  }
  if (!lex.claimVerbs.has(toks[k]?.lower ?? '')) return saidItDid(ctx, i, k);
  return noOneClaimedFrom(i, tail(ctx, k + 1));
}

/** The `unclaimed` candidate from `i` over a tail read by {@link tail}. */
function noOneClaimedFrom(i: number, r: ReturnType<typeof tail>): Candidate {
  return {
    first: i,
    end: r.end,
    status: 'unclaimed',
    actor: null,
    event: r.event,
    source: null,
    form: 'no-one-claimed',
  };
}

/**
 * `no group has said it carried out EVENT`, `nobody has said they were behind EVENT`: a speech
 * verb at `k` whose content is the subject's own act, said by no one.
 */
function saidItDid(ctx: Ctx, i: number, k: number): Candidate | null {
  const { toks, lex } = ctx;
  if (!lex.speechVerbs.has(toks[k]?.lower ?? '')) return null;
  let j = k + 1;
  if (toks[j]?.lower === 'that') j++;
  // The group's own pronoun (src/lexicon/claims.json anaphors: `it`, `they`).
  if (!lex.anaphors.has(toks[j]?.lower ?? '')) return null;
  j++;
  while (j < k + 6 && toks[j] !== undefined && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV')) j++;
  const n = phraseAt(toks, j, lex.perpetration);
  let end: number;
  if (n > 0) end = j + n;
  else if (lex.responsibleWords.has(toks[j]?.lower ?? '')) end = j + 1;
  else return null;
  return noOneClaimedFrom(i, tail(ctx, end));
}

/** `EVENT went unclaimed`, `EVENT remains unclaimed`. */
export function unclaimedAdjective(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  const prev = toks[i - 1]?.lower ?? '';
  if (!['went', 'go', 'goes', 'remained', 'remains', 'remain', 'was', 'is', 'were', 'are', 'been'].includes(prev))
    return null;
  const event = eventBefore(ctx, i - 1);
  return {
    first: event?.first ?? i - 1,
    end: i + 1,
    status: 'unclaimed',
    actor: null,
    event,
    source: null,
    form: 'unclaimed',
  };
}
