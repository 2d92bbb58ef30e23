/**
 * MUC-4 DEV claims with names the library has never seen: each message is read twice, as
 * written and with every distinctive word of its key perpetrators' names replaced by an invented
 * word of the same shape (`FARABUNDO MARTI NATIONAL LIBERATION FRONT` → `ZORAVEK TILOR NATIONAL
 * LIBERATION FRONT`, `FMLN` → four invented consonants), the key renamed the same way. The gap
 * between the two recalls is what the lexicon of known names, not the parse, finds: held-out
 * messages name groups the lexicon does not know. Reads the dev set only (TST1/TST2 are held out).
 *
 *   npx tsx bench/tools/muc4-unseen.ts [--lost [--context]] [dataDir]
 */
import { join, resolve } from 'node:path';
import { extract } from '../../src/extract.js';
import { orgKeys, perpFound, perpsOf, readMucSet, type MucPerp, type MucTemplate } from '../data/muc4.js';

const args = process.argv.slice(2);
const showLost = args.includes('--lost');
const positional = args.filter((a) => !a.startsWith('--'));
const dataDir = resolve(positional[0] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'));
const dev = readMucSet(dataDir, 'dev');
if (dev === null) throw new Error('muc4 dev set not found');
const byMessage = new Map<string, MucTemplate[]>();
for (const t of dev.keys) byMessage.set(t.message, [...(byMessage.get(t.message) ?? []), t]);

/** Words kept: the generic words of group names (heads, modifiers, descriptions), which a reader knows. */
const KEEP = new Set(
  (
    "THE OF AND FOR FRONT ARMY NATIONAL LIBERATION MOVEMENT PATRIOTIC REVOLUTIONARY PEOPLE'S PEOPLE FORCES FORCE " +
    'ARMED GROUP COMMANDO COMMANDOS UNIT BATTALION PARTY GOVERNMENT MILITARY POLICE GUERRILLAS GUERRILLA URBAN ' +
    'POPULAR COMMAND BRIGADE BRIGADES CELL DEATH SQUAD SQUADS SALVADORAN COLOMBIAN PERUVIAN CARTEL ORGANIZATION ' +
    'UNION COMMITTEE COUNCIL DEFENSE SELF-DEFENSE LEFTIST RIGHTIST DRUG TRAFFICKERS MAFIA MAFIAS HIGH OFFICERS ' +
    'TROOPS SOLDIERS LOS LAS EL LA SERVICES INTELLIGENCE SECURITY'
  ).split(' '),
);
const SYLLABLES = ['ZO', 'RA', 'VEK', 'MAN', 'TI', 'LOR', 'KES', 'DU', 'NAR', 'BEL', 'QUI', 'SOT'];
const CONSONANTS = 'BCDFGHKLMPRSTVZ';
let seed = 7;
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
};
/** An invented word of the same shape: consonants for an acronym, syllables for a word. */
const invent = (w: string): string => {
  if (w.length <= 5 && (w.match(/[AEIOU]/g)?.length ?? 0) <= 1)
    return [...w].map(() => CONSONANTS[random(CONSONANTS.length)]).join('');
  let s = '';
  while (s.length < w.length - 1) s += SYLLABLES[random(SYLLABLES.length)];
  return s;
};

const real: [number, number] = [0, 0];
const unseen: [number, number] = [0, 0];
for (const m of dev.messages) {
  const perps = perpsOf(byMessage.get(m.id) ?? []).filter(
    (p) => !p.optional && (p.confidence === 'claimed' || p.confidence === 'accused'),
  );
  if (perps.length === 0) continue;
  const map = new Map<string, string>();
  for (const p of perps)
    for (const n of p.names)
      for (const w of n.replace(/[\\"[\]()]/g, ' ').split(/\s+/))
        if (/^[A-Z][A-Z'-]+$/.test(w) && !KEEP.has(w) && !map.has(w)) map.set(w, invent(w));
  if (map.size === 0) continue;
  const rename = (s: string): string => s.replace(/[A-Z][A-Z'-]*[A-Z]/g, (w) => map.get(w) ?? w);
  const as = extract(m.text);
  const renamed = extract(rename(m.text));
  for (const p of perps) {
    const names = p.names.map(rename);
    if (names.every((n, i) => n === p.names[i])) continue;
    const q: MucPerp = { ...p, names, keys: orgKeys(names) };
    const a = perpFound(p, as);
    const b = perpFound(q, renamed);
    real[1]++;
    unseen[1]++;
    if (a) real[0]++;
    if (b) unseen[0]++;
    if (showLost && a && !b)
      console.log(
        `LOST ${p.confidence} ${m.id} | ${names.join(' / ')} | renamed: ${renamed.claims.map((c) => `${c.status} ${c.actor?.name ?? 'null'}`).join('; ')}`,
      );
    if (showLost && a && !b && args.includes('--context'))
      for (const s of rename(m.text).split(/(?<=\.)\s+/))
        if (names.some((n) => s.includes(n.replace(/[\\"]/g, '')))) console.log(`    > ${s.replace(/\s+/g, ' ')}`);
  }
}
const pc = (x: [number, number]): string => `${((100 * x[0]) / Math.max(1, x[1])).toFixed(1)} % (${x[0]}/${x[1]})`;
console.log(`claimed+accused found: real names ${pc(real)}; invented names ${pc(unseen)}`);
