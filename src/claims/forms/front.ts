/**
 * Front organisations (issue 13): a group the text describes as another's front in an apposition
 * right after its name — `THE X, A FRONT OF THE Y,`, `X, A Y FRONT ORGANIZATION` — acts for that
 * group, so what is claimed or attributed to the front is the parent's too (ANNOTATION.md §3: a
 * claim made for an actor is the actor's).
 *
 * @module
 */
import { actorOf, type Ctx, type ResolvedActor } from '../syntax.js';

/** Words after the front noun that belong to it (`front organization`, `front group`). */
const FRONT_TAILS: ReadonlySet<string> = new Set(['organization', 'organisation', 'group']);

/**
 * The group whose front the actor ending at token `end` is said to be, in an apposition right after
 * it (`, a front of the Y`, `, a front for Y`, `, a Y front organization`); `null` when none.
 *
 * @example
 * ```ts
 * // "THE DLF, A FRONT OF THE TELMORAN PATRIOTIC FRONT, CLAIMED…": the actor DLF ends before the comma
 * frontParent(ctx, dlf.end); // the Telmoran Patriotic Front
 * ```
 */
export function frontParent(ctx: Ctx, end: number): ResolvedActor | null {
  const { toks, idx } = ctx;
  if (toks[end]?.value !== ',' || (toks[end + 1]?.lower !== 'a' && toks[end + 1]?.lower !== 'an')) return null;
  let k = end + 2;
  if (toks[k]?.lower === 'front') {
    // ", a front (organization) of / for (the) Y"
    k++;
    if (FRONT_TAILS.has(toks[k]?.lower ?? '')) k++;
    if (toks[k]?.lower !== 'of' && toks[k]?.lower !== 'for') return null;
    k++;
    if (toks[k]?.lower === 'the') k++;
    const m = idx.startingAt.get(k);
    return m !== undefined && !m.modifier && m.kind === 'group' ? actorOf(m) : null;
  }
  // ", a Y front (organization)": the parent's name as the front noun's modifier
  const m = idx.startingAt.get(k);
  if (m === undefined || m.kind !== 'group' || toks[m.endToken]?.lower !== 'front') return null;
  return actorOf(m);
}
