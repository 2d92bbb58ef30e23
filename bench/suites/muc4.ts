import { extract } from '../../src/extract.js';
import {
  emptyMucScore,
  perpUniverse,
  rate,
  readMucSet,
  scoreMucMessage,
  type MucMessage,
  type MucScore,
  type MucSet,
  type MucTemplate,
  type Share,
} from '../data/muc4.js';
import { pct } from '../format.js';
import type { Suite, SuiteResult } from '../types.js';

/**
 * Scores `extract()` over messages against their keys. The perpetrator universe
 * (names a predicted perpetrator is judged on) is every key organisation of the sets given.
 */
export function scoreMuc(
  sets: readonly { messages: readonly MucMessage[]; keys: readonly MucTemplate[] }[],
  universeKeys: readonly MucTemplate[],
): MucScore {
  const universe = perpUniverse(universeKeys);
  const score = emptyMucScore();
  for (const s of sets) {
    const byMessage = new Map<string, MucTemplate[]>();
    for (const t of s.keys) byMessage.set(t.message, [...(byMessage.get(t.message) ?? []), t]);
    for (const m of s.messages) scoreMucMessage(score, extract(m.text), byMessage.get(m.id) ?? [], universe);
  }
  return score;
}

const cell = (s: Share): string => `${pct(rate(s))} (${s.found}/${s.of})`;
const said = (s: Share): string => `${pct(rate(s))} % (${s.found}/${s.of})`;

/** MUC-4 terrorism wires: perpetrators, claims, accusations and killed counts against the official answer keys. */
export const muc4Suite: Suite = {
  id: 'muc4',
  task: 'all',
  description:
    'MUC-3/4 terrorism wires (upper case) against their answer keys: claims of responsibility, accusations, reported perpetrators, killed counts; dev (tune) vs TST1+TST2 (held out)',
  run(ctx): SuiteResult {
    const sets = (['dev', 'tst1', 'tst2'] as const).map((s) => [s, readMucSet(ctx.dataDir, s)] as const);
    if (sets.some(([, s]) => s === null)) return { tables: [], metrics: {}, skipped: 'muc4/ not found' };
    const get = (id: MucSet) => sets.find(([s]) => s === id)![1]!;
    const dev = get('dev');
    // --quick: every 10th dev message (the test sets are small and always run whole).
    const devMessages = ctx.quick ? dev.messages.filter((_, i) => i % 10 === 0) : dev.messages;
    const allKeys = sets.flatMap(([, s]) => s!.keys);
    const tune = scoreMuc([{ messages: devMessages, keys: dev.keys }], allKeys);
    const held = scoreMuc([get('tst1'), get('tst2')], allKeys);
    const row = (label: string, s: MucScore): (string | number)[] => [
      label,
      s.messages,
      cell(s.claimed),
      cell(s.accused),
      cell(s.perpetrators),
      cell(s.killed),
      cell(s.killedOne),
      cell(s.killedMany),
    ];
    const metrics: Record<string, number> = {};
    for (const [name, s] of [
      ['dev', tune],
      ['heldOut', held],
    ] as const) {
      metrics[`muc4.${name}.claimedFound`] = rate(s.claimed);
      metrics[`muc4.${name}.accusedFound`] = rate(s.accused);
      metrics[`muc4.${name}.perpetratorsRight`] = rate(s.perpetrators);
      metrics[`muc4.${name}.killedFound`] = rate(s.killed);
    }
    return {
      tables: [
        {
          title: `MUC-4: what the answer keys hold that extract() finds${ctx.quick ? ' (--quick: every 10th dev message)' : ''}`,
          columns: [
            'set',
            'messages',
            'claimed found',
            'accused found',
            'perpetrators right',
            'killed counts found',
            'of them: 1 victim',
            '≥ 2 victims',
          ],
          rows: [row('dev (tune)', tune), row('TST1+TST2 (held out)', held)],
          notes: [
            'Keys read as template-guidelines-part1.txt says; (OPTIONAL) templates and ? fillers are left out of every denominator.',
            'claimed found: CLAIMED OR ADMITTED organisations with a `claimed` claim by that actor anywhere in the message;',
            'accused found: SUSPECTED OR ACCUSED (BY AUTHORITIES) organisations with an `attributed` claim on that actor.',
            'A key that lists confidences as alternatives (`CLAIMED OR ADMITTED / REPORTED AS FACT`) is counted under the first and',
            'answered by any (`attributed` answers ACCUSED and REPORTED AS FACT); with a POSSIBLE alternative nothing is required.',
            'perpetrators right: claims (claimed, attributed, hedged) whose actor is an organisation some key of MUC-4 names, one per',
            'message and organisation; right when the message’s own keys name it as perpetrator (any confidence, or as PERP: INDIVIDUAL ID,',
            'where the keys put a general description such as GUERRILLAS when no organisation is named). Judged only in',
            'messages with a relevant incident: a `*` key (guidelines §1.0: clashes with the military, generic or old attacks) says',
            `nothing about who did what (perpetrators left unjudged there: dev ${tune.perpetratorsUnjudged}, held out ${held.perpetratorsUnjudged}).`,
            'Names match alias-tolerantly: equal after normalising, an acronym of the other (FMLN), a run of the other’s words, or one registry entry.',
            'killed counts: HUM TGT fillers with EFFECT DEATH and a numeric NUMBER (1 for a named victim); found when a `killed` figure',
            'of the message has that count (an open key `6-` also takes 7, as `more than 6` reads); each figure answers one key.',
          ],
        },
      ],
      summary: [
        `held out (TST1+TST2): claims of responsibility found ${said(held.claimed)}, accusations ${said(held.accused)}, reported perpetrators right ${said(held.perpetrators)}, killed counts ${said(held.killed)}`,
      ],
      metrics,
    };
  },
};
