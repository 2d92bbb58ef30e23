/**
 * `attributed` forms that name a person as the attacker (ANNOTATION.md §3: "a person named as
 * the attacker by police, a court or a source"):
 *
 * - `police named / identified the gunman as Karl Weiss` (the namer is the source), or a group
 *   (`identified the murderers as members of the X`);
 * - `the suspect, identified (by police) as 34-year-old Kevin Marsh, …`;
 * - `the bomber, Karl Weiss, …` (a name in apposition to an attacker noun).
 *
 * The source of the last two is the clause's reporter, which the claims link reads from the
 * attribution layer; here it is `null`.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import { description, objectActor, subjectOf, type Ctx, type Subject } from '../syntax.js';
import { startsAsciiUpper } from '../../syntax/tokens.js';

/** The person named by the capitalised run from `k` (an age adjective before it allowed), or `null`. */
function personAt(ctx: Ctx, k: number): Subject | null {
  const { toks } = ctx;
  const end = ctx.sentence.endToken;
  // "as 34-year-old Kevin Marsh": the age before the name.
  let j = k;
  // (not past "of": "as members of the Shining Path" names a group, whose words are no person's)
  while (j < end && j < k + 6 && !startsAsciiUpper(toks[j]!.value) && toks[j]!.value !== ',' && toks[j]!.lower !== 'of')
    j++;
  if (j >= end || !startsAsciiUpper(toks[j]!.value)) return null;
  let e = j;
  // (A date ends the name: "named the gunman as Karl Weiss Monday".)
  while (
    e + 1 < end &&
    startsAsciiUpper(toks[e + 1]!.value) &&
    (toks[e + 1]!.pos === 'PROPN' || toks[e + 1]!.pos === 'NOUN') &&
    ctx.dateStart[e + 1]! < 0
  )
    e++;
  if (e === j && toks[j]!.pos !== 'PROPN') return null;
  // a group's name is no person's: "as Shining Path guerrillas"
  const named = ctx.idx.startingAt.get(j);
  if (named !== undefined && named.kind !== 'person') return null;
  const s = description(ctx, e);
  return s !== null && s.actor.kind === 'person' && s.actor.first >= j ? s : null;
}

/**
 * The group named from `k` (`as members of the X`, `as X guerrillas`): a group or a state, or
 * fighters (a description head: `as guerrillas`); else `null`.
 */
function groupAt(ctx: Ctx, k: number): Subject | null {
  const s = objectActor(ctx, k, { places: false, descriptions: true }, 10);
  if (s === null || s.actor.kind === 'person' || s.actor.kind === 'media') return null;
  if (s.actor.via === 'description' && s.actor.kind !== 'group')
    return ctx.lex.descriptionHeads.has(ctx.toks[s.actor.end - 1]!.lower) ? s : null;
  return s;
}

/**
 * At an attacker noun (`claims.json` `attackerNouns`, or a `suspectNouns` word): the person the
 * sentence names as that attacker, with the namer as the source when a naming verb governs it.
 */
export function namedAttacker(ctx: Ctx, i: number): Candidate | null {
  const { toks, lex } = ctx;
  const s0 = ctx.sentence.firstToken;
  // "police named the gunman as X": the naming verb before the attacker noun's determiner.
  const det = toks[i - 1]?.pos === 'DET' ? i - 1 : i;
  const verb = det - 1;
  if (verb >= s0 && lex.attackerNamingVerbs.has(toks[verb]!.lower) && toks[i + 1]?.lower === 'as') {
    const who = personAt(ctx, i + 2) ?? groupAt(ctx, i + 2);
    if (who === null) return null;
    const namer = subjectOf(ctx, verb, { descriptions: true });
    return {
      first: namer?.start ?? verb,
      end: who.actor.end,
      status: 'attributed',
      actor: who.actor,
      event: null,
      source: namer?.actor ?? null,
      form: 'named-attacker',
    };
  }
  if (toks[i + 1]?.value !== ',') return null;
  let k = i + 2;
  // "the suspect, identified (by police) as X,"
  if (lex.attackerNamingVerbs.has(toks[k]?.lower ?? '')) {
    let a = k + 1;
    while (a < ctx.sentence.endToken && a < k + 6 && toks[a]!.lower !== 'as' && toks[a]!.value !== ',') a++;
    if (toks[a]?.lower !== 'as') return null;
    k = a + 1;
  } else if (!lex.attackerNouns.has(toks[i]!.lower)) return null;
  const who = personAt(ctx, k);
  if (who === null) return null;
  // An apposition closes with a comma or the sentence ("the bomber, Karl Weiss, had …").
  const after = toks[who.actor.end];
  if (after !== undefined && after.value !== ',' && after.value !== '.' && after.pos !== 'PUNCT') return null;
  return {
    first: det,
    end: who.actor.end,
    status: 'attributed',
    actor: who.actor,
    event: null,
    source: null,
    form: 'named-attacker',
  };
}
