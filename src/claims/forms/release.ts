/**
 * A group's word that it will release someone it holds: `THE ELN HAS PROMISED TO RELEASE THE
 * ENGINEER`, `THE COMMANDO ANNOUNCED THAT THEY WILL RELEASE THE OTHER HOSTAGE` — the kidnappers'
 * own admission of the kidnapping (ANNOTATION.md §3: `claimed`, the actor says it did it, by any
 * medium; the MUC-4 keys read it as CLAIMED OR ADMITTED).
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { phraseAt } from '../lexicon.js';
import { BE_FORMS } from '../../lexicon/en/index.js';
import { skipDate } from './claimed.js';
import { negatedBetween, objectActor, objectEnd, skipForward, subjectOf, type Ctx, type Subject } from '../syntax.js';

/** Modals of a future release (`they will release`). */
const WILL = new Set(['will', 'would', "'ll"]);
const PRONOUNS = new Set(['they', 'it']);

/** Whether a kidnapping word stands in the sentence of token `i` or the two around it. */
function kidnapNearby(ctx: Ctx, i: number): boolean {
  const { toks, doc, lex } = ctx;
  const s = toks[i]!.sentence;
  const from = doc.sentences[Math.max(0, s - 2)]!.firstToken;
  const to = doc.sentences[Math.min(doc.sentences.length - 1, s + 2)]!.endToken;
  for (let k = from; k < to; k++) if (lex.kidnapWords.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * `X promised / agreed to release Y`, `X announced (that) they will release Y`: X claimed, when X
 * is a group (not a state releasing prisoners) and a kidnapping is named nearby.
 */
export function releasePromise(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  if (toks[i]!.pos !== 'VERB') return null;
  let verb = -1;
  let k = i - 1;
  while (k > s0 && toks[k]!.pos === 'ADV') k--;
  if (toks[k]?.lower === 'to' && lex.promiseVerbs.has(toks[k - 1]?.lower ?? '')) verb = k - 1;
  else if (WILL.has(toks[k]?.lower ?? '') && PRONOUNS.has(toks[k - 1]?.lower ?? '')) {
    // "ANNOUNCED THAT IN THE NEXT FEW HOURS, THEY WILL ALSO RELEASE": back to the speech verb
    for (let j = k - 2; j >= s0 && j > k - 14; j--) {
      if (lex.speechVerbs.has(toks[j]!.lower)) {
        verb = j;
        break;
      }
    }
  }
  if (verb < s0 || negatedBetween(ctx, verb - 2, i)) return null;
  if (!kidnapNearby(ctx, i)) return null;
  const end = objectEnd(ctx, i + 1, 6);
  for (let j = i + 1; j < end; j++) if (lex.releasedThings.has(toks[j]!.lower)) return null;
  const subject = subjectOf(ctx, verb, {});
  if (subject === null || subject.actor.kind !== 'group') return null;
  return {
    first: subject.start,
    end,
    status: 'claimed',
    actor: subject.actor,
    event: null,
    source: null,
    form: 'release-promise',
  };
}

/**
 * A group's release of someone it held, done (claims.json `releaseActs`): `THE ELN RELEASED THE
 * ENGINEER`, `the hostages were freed by the Telmora Front`, `TURNED OVER BY THE ZPF TO A
 * COMMISSION` — the kidnappers' admission, claimed, when the actor is a group (not a state freeing
 * prisoners), a kidnapping is named nearby and what is released is no statement or document.
 */
export function releaseAct(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const n = phraseAt(toks, i, lex.releaseActs);
  if (n === 0 || !kidnapNearby(ctx, i)) return null;
  const s0 = ctx.sentence.firstToken;
  let b = i - 1;
  while (b > s0 && toks[b]!.pos === 'ADV') b--;
  let actor: Subject | null;
  let first: number;
  let end: number;
  if (BE_FORMS.has(toks[b]?.lower ?? '') || toks[b]?.lower === 'been') {
    // the passive: "… WAS RELEASED YESTERDAY BY THE ELN", "… TURNED OVER BY THE ELN TO …",
    // "… WAS RELEASED ON 19 FEBRUARY BY THE ELN"
    let k = skipForward(ctx, skipDate(ctx, skipForward(ctx, i + n)));
    if (toks[k]?.lower !== 'by') return null;
    actor = objectActor(ctx, k + 1, {}, 8);
    if (actor === null) return null;
    first = i;
    end = actor.actor.end;
    k = b;
    if (negatedBetween(ctx, k - 2, i)) return null;
  } else {
    if (toks[i]!.pos !== 'VERB') return null;
    actor = subjectOf(ctx, i, {});
    if (actor === null || negatedBetween(ctx, actor.actor.end, i)) return null;
    first = actor.start;
    end = objectEnd(ctx, i + n, 6);
    for (let j = i + n; j < end; j++) if (lex.releasedThings.has(toks[j]!.lower)) return null;
  }
  if (actor.actor.kind !== 'group') return null;
  return { first, end, status: 'claimed', actor: actor.actor, event: null, source: null, form: 'release-promise' };
}
