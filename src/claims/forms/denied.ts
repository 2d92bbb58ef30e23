/**
 * `denied` forms: the actor says it did not do it.
 *
 * - `X denied (any) involvement / responsibility / a role in EVENT`;
 * - `X denied the charges / the accusations / those reports`;
 * - `X denied carrying out / being behind / using chemical weapons in EVENT`;
 * - `X denied that it (was behind | carried out | was involved in) EVENT`.
 *
 * The subject may be a registry actor, a context-resolved state (`the
 * regime`), a country or capital standing for its government (`Moscow
 * denied…`), a pronoun (`though it denied any responsibility`) or a
 * description (`the rebels denied…`).
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { phraseAt } from '../lexicon.js';
import {
  attackContext,
  eventAfter,
  eventEndingNear,
  negatedBetween,
  skipForward,
  subjectOf,
  type Ctx,
  type EventSpan,
} from '../syntax.js';
import { governingSubject } from './claimed.js';

const QUANTIFIERS = new Set(['any', 'all', 'the', 'its', 'their', 'those', 'these', 'such', 'a', 'an', 'that', 'this']);

/** End of the denied object, or -1 when the object is not about responsibility. */
function deniedObject(ctx: Ctx, j: number): { end: number; event: EventSpan | null } | null {
  const { toks, lex } = ctx;
  const limit = Math.min(ctx.sentence.endToken, j + 14);
  let k = j;
  while (k < j + 3 && (QUANTIFIERS.has(toks[k]?.lower ?? '') || toks[k]?.pos === 'ADJ')) k++;
  const w = toks[k]?.lower ?? '';
  if (lex.denialObjects.has(w)) {
    // "rejected accusations that it was behind the attack": read the clause for the event
    if (toks[k + 1]?.lower === 'that') {
      const clause = deniedObject(ctx, k + 1);
      if (clause !== null) return clause;
    }
    const event = eventAfter(ctx, k + 1, 6);
    return { end: event?.end ?? k + 1, event };
  }
  if (lex.perpetrationGerunds.has(w)) {
    const next = toks[k + 1]?.lower ?? '';
    if (w === 'being' && !lex.responsibleWords.has(next)) return null;
    if (w === 'having' && phraseAt(toks, k + 1, lex.perpetration) === 0 && !lex.responsibleWords.has(next)) return null;
    if (w === 'using' || w === 'dropping' || w === 'firing') {
      let ok = false;
      for (let m = k + 1; m < Math.min(limit, k + 5); m++) if (lex.weapons.has(toks[m]!.lower)) ok = true;
      if (!ok) return null;
    }
    const from = toks[k + 1]?.lower === 'out' ? k + 2 : k + 1; // "carrying out"
    const event = eventAfter(ctx, from, 8);
    let end = event?.end ?? Math.min(k + 2, ctx.sentence.endToken);
    if (event === null) {
      for (let m = k + 1; m < Math.min(limit, k + 6); m++) {
        if (toks[m]!.value === ',' || toks[m]!.value === '.') break;
        end = m + 1;
      }
    }
    return { end, event };
  }
  // "denied that it was behind…", "denied its aircraft were involved in…"
  const c = skipForward(ctx, j, true);
  for (let m = c; m < limit; m++) {
    const t = toks[m]!;
    if (t.value === '.' || t.value === ';') break;
    const n = phraseAt(toks, m, lex.perpetration);
    if (n > 0 || lex.responsibleWords.has(t.lower)) {
      if (negatedBetween(ctx, c, m)) return null;
      const after = m + Math.max(n, 1);
      const event = eventAfter(ctx, toks[after]?.lower === 'for' || toks[after]?.lower === 'in' ? after + 1 : after, 8);
      return { end: event?.end ?? after, event };
    }
  }
  return null;
}

/**
 * `EVENT, which X denied.`: a relative clause with no object after the verb
 * denies the attack phrase it hangs on (the accusation just reported).
 */
function deniedAntecedent(ctx: Ctx, i: number): { end: number; event: EventSpan | null } | null {
  const { toks } = ctx;
  const after = toks[i + 1];
  if (after !== undefined && after.sentence === ctx.sentence.index && after.pos !== 'PUNCT') return null;
  const subject = subjectOf(ctx, i, { places: true, descriptions: true });
  if (subject === null) return null;
  let k = subject.start - 1;
  if (toks[k]?.lower !== 'which' && toks[k]?.lower !== 'that') return null;
  k--;
  if (toks[k]?.value === ',') k--;
  const event = eventEndingNear(ctx, k);
  return event === null ? null : { end: i + 1, event };
}

/** Whether a weapon of a contested attack is named between `a` and `b` ("denied using chemical weapons"). */
function weaponsNamed(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b && k < ctx.toks.length; k++) if (ctx.lex.contested.has(ctx.toks[k]!.lower)) return true;
  return false;
}

/** `X denied involvement in…`, `X denied carrying out…`, `X denied that it was behind…`. */
export function denial(ctx: Ctx, i: number): Candidate | null {
  const { toks } = ctx;
  const t = toks[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'AUX') return null;
  // passive "was denied permission" / "were denied access"
  const prev = toks[i - 1]?.lower ?? '';
  if (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'being') return null;
  const obj = deniedObject(ctx, skipForward(ctx, i + 1)) ?? deniedAntecedent(ctx, i);
  if (obj === null) return null;
  // "Mr. X denied the charges": a denial is a claim only about an attack
  if (obj.event === null && !attackContext(ctx) && !weaponsNamed(ctx, i, obj.end)) return null;
  let subject = subjectOf(ctx, i, { places: true, descriptions: true });
  if (subject === null && t.lower === 'denying') subject = governingSubject(ctx, i);
  if (subject === null) return null;
  if (negatedBetween(ctx, subject.actor.end, i)) return null;
  if (subject.actor.kind === 'media' && subject.actor.affiliation === null) return null;
  const actor =
    subject.actor.kind === 'media' && subject.actor.affiliation !== null
      ? { ...subject.actor, name: subject.actor.affiliation, kind: 'group' as const }
      : subject.actor;
  return {
    first: subject.start,
    end: obj.end,
    status: 'denied',
    actor,
    event: obj.event,
    source: null,
    form: 'denied',
  };
}
