/**
 * `hedged` forms: the actor stops short of claiming.
 *
 * - `X praised / celebrated / hailed EVENT` (or `the attackers`, `the operation`);
 * - `X … stopped short of (explicitly) claiming responsibility`, also after a
 *   coordinated first verb (`It celebrated … but stopped short of claiming…`);
 * - `X implied / suggested it was behind EVENT`.
 *
 * A group that is said to have done something else is not hedging; the forms
 * need a group (or its medium) as subject.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { phraseAt } from '../lexicon.js';
import {
  eventAfter,
  eventInSentence,
  skipForward,
  subjectOf,
  type Ctx,
  type EventSpan,
  type ResolvedActor,
} from '../syntax.js';
import { selfReference } from './claimed.js';

function groupActor(a: ResolvedActor): ResolvedActor | null {
  if (a.kind === 'media') return a.affiliation === null ? null : { ...a, name: a.affiliation, kind: 'group' };
  return a.kind === 'group' ? a : null;
}

/** The event a claim concerns when its own sentence names none: the previous sentence's (a continuation). */
function continuedEvent(ctx: Ctx, actor: ResolvedActor): EventSpan | null {
  if (actor.via !== 'anaphor') return null;
  const s = ctx.doc.sentences[ctx.sentence.index - 1];
  return s === undefined || s.paragraph !== ctx.sentence.paragraph ? null : eventInSentence(ctx, s);
}

/** `X praised the attack`, `X celebrated the bombing`, `X hailed the attackers`. */
export function praise(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const j = skipForward(ctx, i + 1);
  let end = -1;
  let event = eventAfter(ctx, j, 6);
  if (event !== null && event.cls !== 'generic') end = event.end;
  else {
    event = null;
    // "did not claim the attack, but praised it": the pronoun refers to the attack named before it
    // in the sentence (not to anything else: "praised it as a victory" after no attack is no praise)
    const w = toks[j]?.lower;
    if ((w === 'it' || w === 'them') && toks[j]!.pos === 'PRON') {
      const named = eventInSentence(ctx, ctx.sentence);
      if (named !== null && named.end <= j) end = j + 1;
    }
    for (let k = j; end < 0 && k < Math.min(ctx.sentence.endToken, j + 4); k++) {
      if (lex.hedgeObjects.has(toks[k]!.lower)) {
        end = k + 1;
        break;
      }
      if (toks[k]!.pos !== 'DET' && toks[k]!.pos !== 'ADJ') break;
    }
  }
  if (end < 0) return null;
  const subject = subjectOf(ctx, i, {});
  if (subject === null) return null;
  const actor = groupActor(subject.actor);
  if (actor === null) return null;
  return { first: subject.start, end, status: 'hedged', actor, event, source: null, form: 'praise' };
}

/** `… stopped short of (explicitly) claiming responsibility`. */
export function stopShort(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const n = phraseAt(toks, i, lex.stopShort);
  if (n === 0) return null;
  let k = skipForward(ctx, i + n);
  if (!lex.claimVerbs.has(toks[k]?.lower ?? '')) return null;
  k++;
  let event = null;
  if (lex.responsibilityNouns.has(toks[k]?.lower ?? '')) {
    k++;
    if (toks[k]?.lower === 'for') {
      event = eventAfter(ctx, k + 1);
      if (event !== null) k = event.end;
    }
  } else {
    event = eventAfter(ctx, k, 5);
    if (event !== null) k = event.end;
  }
  const subject = subjectOf(ctx, i, {});
  if (subject === null) return null;
  const actor = groupActor(subject.actor);
  if (actor === null) return null;
  return {
    first: subject.start,
    end: k,
    status: 'hedged',
    actor,
    event: event ?? continuedEvent(ctx, subject.actor),
    source: null,
    form: 'stop-short',
  };
}

/** `X implied it was behind EVENT`. */
export function implied(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const c = skipForward(ctx, i + 1, true);
  const self = selfReference(ctx, c);
  if (self < 0) return null;
  let k = self;
  while (k < self + 3 && (toks[k]?.pos === 'AUX' || toks[k]?.pos === 'ADV')) k++;
  const perp = phraseAt(toks, k, lex.perpetration);
  if (perp === 0 && !lex.responsibleWords.has(toks[k]?.lower ?? '')) return null;
  const after = k + Math.max(perp, 1);
  const event = eventAfter(ctx, toks[after]?.lower === 'for' ? after + 1 : after);
  if (event === null) return null;
  const subject = subjectOf(ctx, i, {});
  if (subject === null) return null;
  const actor = groupActor(subject.actor);
  if (actor === null) return null;
  return { first: subject.start, end: event.end, status: 'hedged', actor, event, source: null, form: 'implied' };
}
