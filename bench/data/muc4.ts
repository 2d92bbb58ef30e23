/**
 * The MUC-3/4 terrorism corpus (`<data>/muc4/`): upper-case Latin American
 * news wires (1988–90) with their official answer-key templates, read the way
 * `template-guidelines-part1.txt` describes them, and a scorer for what
 * `extract()` finds against the keys' perpetrators and killed counts.
 *
 * Key format (guidelines §4.2 and §7): one template per incident, 25 numbered
 * slots; a slot with several fillers puts each on its own indented line; `/`
 * separates alternative forms of one filler; a leading `?` makes a filler
 * optional; `(OPTIONAL)` after the template number makes the whole template
 * optional; a cross-reference follows a colon (`DEATH: "JESUIT PRIESTS"`,
 * `CLAIMED OR ADMITTED: "FMLN"`); `*` is inapplicable, `-` is null; lines
 * starting with `;;;` are the annotators' comments.
 *
 * The data is never copied into the repository; readers get `null` when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupActor } from '../../src/actors/known.js';
import { nameKey } from '../../src/eval/score.js';
import type { EntityRef, Extraction } from '../../src/types.js';

/** The three MUC-4 sets: dev (1,300 messages, used for tuning) and the TST1 and TST2 test sets (held out). */
export type MucSet = 'dev' | 'tst1' | 'tst2';

/** One wire message. */
export interface MucMessage {
  /** `DEV-MUC3-0001`, `TST1-MUC3-0001`… */
  readonly id: string;
  readonly set: MucSet;
  /** The message body (everything after the id line), upper case as distributed. */
  readonly text: string;
}

/** One filler of a slot: its alternative forms and the alternatives of the slot it cross-references. */
export interface MucFiller {
  /** Alternative forms (`"FMLN"`, `10-`), quotes removed; empty for a bare cross-reference. */
  readonly values: readonly string[];
  /** Alternatives of the referenced filler (`"JESUIT PRIESTS"` → `JESUIT PRIESTS`), quotes removed. */
  readonly refs: readonly string[];
  /** A `?` filler: null is also a right answer. */
  readonly optional: boolean;
}

/** One answer-key template. */
export interface MucTemplate {
  readonly message: string;
  /** `(OPTIONAL)` template, or no relevant incident (`*`). */
  readonly optional: boolean;
  /** Whether the message has no relevant incident (`MESSAGE: TEMPLATE *`). */
  readonly empty: boolean;
  /** Slot number → its fillers (null `-` and inapplicable `*` slots have none). */
  readonly slots: ReadonlyMap<number, readonly MucFiller[]>;
}

/** Slot numbers used here (guidelines §6). */
export const SLOT = {
  template: 1,
  perpIndividual: 9,
  perpOrganisation: 10,
  perpConfidence: 11,
  humNumber: 21,
  humEffect: 23,
} as const;

const MESSAGE_ID = /^((?:DEV|TST\d)-MUC\d-\d{4})\b[^\n]*$/gm;

/** Splits a messages file into messages. */
export function readMucMessages(text: string, set: MucSet): MucMessage[] {
  const heads = [...text.matchAll(MESSAGE_ID)];
  return heads.map((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < heads.length ? heads[i + 1]!.index : text.length;
    return {
      id: m[1]!,
      set,
      text: text
        .slice(from, to)
        .replace(/^\s*\n/, '')
        .trimEnd(),
    };
  });
}

const unquote = (s: string): string => s.trim().replace(/^"|"$/g, '').trim();

/** Splits alternatives on `/` outside double quotes (`"A / B"` stays one). */
function alternatives(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === '/' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((a) => unquote(a.replace(/^\s*\?\s*/, ''))).filter((a) => a !== '' && a !== '-' && a !== '*');
}

/**
 * Reads one filler line: `? 10 / 10- / PLURAL: "PEASANTS"` → values
 * `10`, `10-`, `PLURAL`, refs `PEASANTS`, optional. The cross-reference is the
 * quoted part after the last colon that lies outside quotes.
 */
export function parseFiller(line: string): MucFiller {
  let s = line.trim();
  const optional = s.startsWith('?');
  if (optional) s = s.slice(1).trim();
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === ':' && !quoted) colon = i;
  }
  // A colon introduces a cross-reference only when a quoted string follows it.
  if (colon >= 0 && /^\s*\??\s*"/.test(s.slice(colon + 1))) {
    return { values: alternatives(s.slice(0, colon)), refs: alternatives(s.slice(colon + 1)), optional };
  }
  return { values: alternatives(s), refs: [], optional };
}

const SLOT_LINE = /^(\d{1,2})\.\s+(\S.*?)(?:\s{2,}(.*))?$/;

/** Splits a keys file into templates. */
export function readMucKeys(text: string): MucTemplate[] {
  const out: MucTemplate[] = [];
  let slots: Map<number, string[]> | null = null;
  let last = -1;
  const flush = (): void => {
    if (slots === null) return;
    const id = (slots.get(0)?.[0] ?? '').trim().split(/\s+/)[0] ?? '';
    const tmpl = (slots.get(SLOT.template)?.[0] ?? '').trim();
    const parsed = new Map<number, MucFiller[]>();
    for (const [n, lines] of slots) {
      if (n <= SLOT.template) continue;
      const fillers = lines
        .map((l) => l.trim())
        .filter((l) => l !== '' && l !== '-' && l !== '*')
        .map(parseFiller)
        .filter((f) => f.values.length > 0 || f.refs.length > 0);
      if (fillers.length > 0) parsed.set(n, fillers);
    }
    out.push({
      message: id,
      optional: /OPTIONAL/.test(tmpl),
      empty: tmpl === '*' || tmpl === '',
      slots: parsed,
    });
    slots = null;
  };
  for (const raw of text.split('\n')) {
    if (raw.startsWith(';;;')) continue;
    const m = SLOT_LINE.exec(raw);
    if (m !== null) {
      const n = Number(m[1]);
      if (n === 0) flush();
      slots ??= new Map();
      slots.set(n, [m[3] ?? '']);
      last = n;
    } else if (/^\s{10,}\S/.test(raw) && slots !== null && last >= 0) {
      slots.get(last)!.push(raw);
    }
  }
  flush();
  return out;
}

/** The messages and keys of one set, or `null` when its files are absent. */
export function readMucSet(
  dataDir: string | null,
  set: MucSet,
): { messages: MucMessage[]; keys: MucTemplate[] } | null {
  if (dataDir === null) return null;
  const dir = join(dataDir, 'muc4');
  const prefix = set === 'dev' ? 'dev' : set;
  const mf = join(dir, `${prefix}-messages.txt`);
  const kf = join(dir, `${prefix}-keys.txt`);
  if (!existsSync(mf) || !existsSync(kf)) return null;
  return { messages: readMucMessages(readFileSync(mf, 'utf8'), set), keys: readMucKeys(readFileSync(kf, 'utf8')) };
}

// ───────────────────────────── names ─────────────────────────────

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'in']);

/** Initials of a name's content words (`farabundo marti national liberation front` → `fmlnf`, and without the last word). */
function initials(key: string): string[] {
  const words = key.split(' ').filter((w) => w !== '' && !STOP.has(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  return [all, all.slice(0, -1)];
}

/** Whether two name keys name the same body: equal, one an acronym of the other, or one a run of the other's words. */
function sameName(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  if (initials(a).includes(b) || initials(b).includes(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.split(' ').every((w) => STOP.has(w))) return false;
  return ` ${long} `.includes(` ${short} `);
}

/** Every name key a key organisation goes by: its alternatives, plus the registry's aliases for them. */
export function orgKeys(alternatives: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const a of alternatives) {
    keys.add(nameKey(a));
    const known = lookupActor(a);
    if (known !== null) for (const k of [known.name, ...known.aliases]) keys.add(nameKey(k));
  }
  keys.delete('');
  return keys;
}

/** Every name key a predicted "who" goes by: its name, and its entity's aliases. */
export function refKeys(ref: EntityRef, x: Extraction): Set<string> {
  const keys = new Set([nameKey(ref.name)]);
  const e = x.entities.find((en) => en.id === ref.entity);
  for (const a of e?.aliases ?? []) keys.add(nameKey(a));
  if (ref.mention !== null) keys.add(nameKey(ref.mention.text));
  keys.delete('');
  return keys;
}

/** Whether a predicted "who" names the key organisation (alias-tolerant). */
export function namesOrg(ref: EntityRef, x: Extraction, org: ReadonlySet<string>): boolean {
  const mine = refKeys(ref, x);
  for (const m of mine) for (const o of org) if (sameName(m, o)) return true;
  return false;
}

// ───────────────────────────── counts ─────────────────────────────

/** A key count (`6`, `6-`, `6-8`, `~10`; `PLURAL` and other words are not counts). */
export interface MucCount {
  readonly min: number;
  readonly max: number | null;
  readonly approximate: boolean;
}

/** Reads a HUM TGT: NUMBER value, or `null` when it is not a number. */
export function mucCount(v: string): MucCount | null {
  const m = /^(~)?\s*(\d+)\s*(?:(-)\s*(\d+)?)?$/.exec(v.trim());
  if (m === null) return null;
  const min = Number(m[2]);
  const max = m[3] === undefined ? min : m[4] === undefined ? null : Number(m[4]);
  return { min, max, approximate: m[1] !== undefined };
}

/**
 * Whether a predicted count is the key's count: the same number as written.
 * An open key (`6-`, at least 6) also takes a prediction of 7 and up-open
 * (`more than 6` is normalised to a minimum of 7 by the extractor).
 */
export function sameCount(p: { min: number | null; max: number | null }, k: MucCount): boolean {
  if (k.max === null) return p.min === k.min || p.min === k.min + 1;
  if (k.max !== k.min) return p.min === k.min && p.max === k.max;
  return p.min === k.min || p.max === k.min;
}

// ───────────────────────────── scoring ─────────────────────────────

/** Confidence categories scored. */
export type MucConfidence = 'claimed' | 'accused' | 'fact' | 'possible' | 'other';

/** Maps a key's confidence set fill to a category. */
function confidenceOf(v: string): MucConfidence {
  if (v.startsWith('CLAIMED')) return 'claimed';
  if (v.startsWith('SUSPECTED')) return 'accused';
  if (v.startsWith('REPORTED AS FACT')) return 'fact';
  if (v.startsWith('POSSIBLE')) return 'possible';
  return 'other';
}

/** A perpetrator organisation of one message, with its confidence. */
export interface MucPerp {
  readonly message: string;
  /** The key's alternatives (`FARABUNDO MARTI NATIONAL LIBERATION FRONT`, `FMLN`). */
  readonly names: readonly string[];
  readonly keys: ReadonlySet<string>;
  readonly confidence: MucConfidence;
  /**
   * Every confidence the key accepts: a `/` lists alternatives of the fill (guidelines §4.2),
   * `CLAIMED OR ADMITTED / REPORTED AS FACT: "X"` takes either; `confidence` is the first.
   */
  readonly confidences: readonly MucConfidence[];
  /** From an optional template or a `?` filler, or a POSSIBLE alternative (then nothing is required). */
  readonly optional: boolean;
}

/** The claim statuses that answer a key confidence: claimed → `claimed`; accused or reported as fact → `attributed`. */
const STATUS_OF: Partial<Record<MucConfidence, string>> = {
  claimed: 'claimed',
  accused: 'attributed',
  fact: 'attributed',
};

/** Whether an extraction has a claim that answers the key perpetrator: one of its confidences' statuses, by that actor. */
export function perpFound(p: MucPerp, x: Extraction): boolean {
  const want = new Set(p.confidences.map((c) => STATUS_OF[c]).filter((s) => s !== undefined));
  return x.claims.some((c) => want.has(c.status) && c.actor !== null && namesOrg(c.actor, x, p.keys));
}

/** A killed count of one message: a HUM TGT with EFFECT DEATH and a numeric NUMBER. */
export interface MucKilled {
  readonly message: string;
  readonly victims: string;
  readonly count: MucCount;
  readonly optional: boolean;
}

/** The perpetrators of a message's templates (one per message, organisation and confidence). */
export function perpsOf(templates: readonly MucTemplate[]): MucPerp[] {
  const out: MucPerp[] = [];
  for (const t of templates) {
    if (t.empty) continue;
    for (const f of t.slots.get(SLOT.perpConfidence) ?? []) {
      const conf = f.values[0];
      if (conf === undefined || f.refs.length === 0) continue;
      const confidence = confidenceOf(conf);
      const confidences = f.values.map(confidenceOf);
      const keys = orgKeys(f.refs);
      // "CLAIMED OR ADMITTED / POSSIBLE": the key also takes a mere mention, so nothing is required
      const optional = t.optional || f.optional || (confidence !== 'possible' && confidences.includes('possible'));
      const same = out.find(
        (p) => p.message === t.message && p.confidence === confidence && [...p.keys].some((k) => keys.has(k)),
      );
      if (same !== undefined) {
        // The same organisation in two templates: required if either requires it.
        if (!optional && same.optional) out[out.indexOf(same)] = { ...same, optional: false };
        continue;
      }
      out.push({ message: t.message, names: f.refs, keys, confidence, confidences, optional });
    }
  }
  return out;
}

/**
 * Name keys of the perpetrators a message's templates give in PERP: INDIVIDUAL ID (slot 9):
 * the general descriptions the guidelines put there when no organisation is named
 * (`GUERRILLAS`, `URBAN GUERRILLAS`, `GROUP OF ARMED MEN`, part 2 on slot 9), and subparts of a
 * named organisation (`EPL [POPULAR LIBERATION ARMY] UNIT`).
 */
export function perpIndividualKeys(templates: readonly MucTemplate[]): Set<string> {
  const keys = new Set<string>();
  for (const t of templates) {
    if (t.empty) continue;
    for (const f of t.slots.get(SLOT.perpIndividual) ?? []) for (const v of f.values) keys.add(nameKey(v));
  }
  keys.delete('');
  return keys;
}

/** The killed counts of a message's templates. */
export function killedOf(templates: readonly MucTemplate[]): MucKilled[] {
  const out: MucKilled[] = [];
  for (const t of templates) {
    if (t.empty) continue;
    const numbers = t.slots.get(SLOT.humNumber) ?? [];
    for (const eff of t.slots.get(SLOT.humEffect) ?? []) {
      if (!eff.values.includes('DEATH')) continue;
      const num = numbers.find((n) => n.refs.some((r) => eff.refs.includes(r)));
      if (num === undefined) continue;
      const count = num.values.map(mucCount).find((c) => c !== null);
      if (count === undefined || count === null) continue;
      out.push({
        message: t.message,
        victims: eff.refs[0] ?? '',
        count,
        optional: t.optional || eff.optional || num.optional,
      });
    }
  }
  return out;
}

/** Found / required tallies of one measure. */
export interface Share {
  found: number;
  of: number;
}

/** What the MUC-4 scorer counts over a set of messages. */
export interface MucScore {
  messages: number;
  /** CLAIMED OR ADMITTED organisations found as a `claimed` claim by that actor. */
  claimed: Share;
  /** SUSPECTED OR ACCUSED (BY AUTHORITIES) organisations found as an `attributed` claim on that actor. */
  accused: Share;
  /**
   * Claims (claimed, attributed, hedged) whose actor is an organisation of some key of the set: right when the message's keys name it.
   * Judged only in messages with a relevant incident (a template that is not `*`).
   */
  perpetrators: Share;
  /**
   * Predicted perpetrators left unjudged because the message's key is `*`: no relevant incident
   * (guidelines §1.0: clashes with the military, generic or old attacks), so the key says nothing about who did what.
   */
  perpetratorsUnjudged: number;
  /** Killed counts found as a `killed` figure with the same count. */
  killed: Share;
  /** The same, for keys of a single victim (count 1: mostly named victims, no number in the text). */
  killedOne: Share;
  /** The same, for counts of two or more. */
  killedMany: Share;
}

/** An empty score to add messages to. */
export function emptyMucScore(): MucScore {
  const z = (): Share => ({ found: 0, of: 0 });
  return {
    messages: 0,
    claimed: z(),
    accused: z(),
    perpetrators: z(),
    perpetratorsUnjudged: 0,
    killed: z(),
    killedOne: z(),
    killedMany: z(),
  };
}

/** Statuses that name an actor as a perpetrator. */
const NAMING = new Set(['claimed', 'attributed', 'hedged']);

/**
 * Adds one message's extraction to a score.
 *
 * @param universe - name keys of every perpetrator organisation in the set's keys:
 *   a predicted perpetrator is judged only when the keys know its name.
 */
export function scoreMucMessage(
  into: MucScore,
  x: Extraction,
  templates: readonly MucTemplate[],
  universe: readonly ReadonlySet<string>[],
): void {
  into.messages++;
  const perps = perpsOf(templates);
  for (const p of perps) {
    if (p.optional) continue;
    if (p.confidence !== 'claimed' && p.confidence !== 'accused') continue;
    const share = p.confidence === 'claimed' ? into.claimed : into.accused;
    share.of++;
    if (perpFound(p, x)) share.found++;
  }
  // Predicted perpetrators, one per (message, organisation of the universe). A message whose key is
  // `*` reports no relevant incident (guidelines §1.0: guerrilla clashes with the military, generic or
  // old attacks are left out), so its key does not say who did what: its perpetrators are not judged.
  const relevant = templates.some((t) => !t.empty);
  // A general description the key gives as PERP: INDIVIDUAL ID ("GUERRILLAS") names the perpetrator too.
  const individuals = perpIndividualKeys(templates);
  const judged = new Set<ReadonlySet<string>>();
  for (const c of x.claims) {
    if (!NAMING.has(c.status) || c.actor === null) continue;
    const org = universe.find((u) => namesOrg(c.actor!, x, u));
    if (org === undefined || judged.has(org)) continue;
    judged.add(org);
    if (!relevant) {
      into.perpetratorsUnjudged++;
      continue;
    }
    into.perpetrators.of++;
    if (
      perps.some((p) => [...p.keys].some((k) => org.has(k)) || namesOrg(c.actor!, x, p.keys)) ||
      namesOrg(c.actor, x, individuals)
    )
      into.perpetrators.found++;
  }
  // Killed counts: each predicted figure answers one key count at most.
  const used = new Set<number>();
  for (const k of killedOf(templates)) {
    if (k.optional) continue;
    const i = x.casualties.findIndex((f, j) => !used.has(j) && f.outcome === 'killed' && sameCount(f.count, k.count));
    const hit = i >= 0;
    if (hit) used.add(i);
    for (const s of [into.killed, k.count.min === 1 && k.count.max === 1 ? into.killedOne : into.killedMany]) {
      s.of++;
      if (hit) s.found++;
    }
  }
}

/** Name keys of every perpetrator organisation in a set's keys, one set per organisation. */
export function perpUniverse(keys: readonly MucTemplate[]): ReadonlySet<string>[] {
  const out: Set<string>[] = [];
  for (const p of perpsOf(keys)) {
    const same = out.find((u) => [...p.keys].some((k) => u.has(k)));
    if (same !== undefined) for (const k of p.keys) same.add(k);
    else out.push(new Set(p.keys));
  }
  return out;
}

/** `found / of`, 0 when there is nothing to find. */
export function rate(s: Share): number {
  return s.of === 0 ? 0 : s.found / s.of;
}
