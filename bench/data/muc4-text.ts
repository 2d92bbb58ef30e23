/**
 * The MUC-4 terrorism corpus (`<data>/muc4/`): wire messages in capitals and
 * their answer-key templates. Only what the casing check needs is read: each
 * message's text and the numbers of human targets whose effect is DEATH.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One MUC-4 message with the killed counts its answer keys give. */
export interface MucMessage {
  readonly id: string;
  readonly text: string;
  /** `HUM TGT: NUMBER` values of targets whose `HUM TGT: EFFECT OF INCIDENT` is DEATH. */
  readonly killed: readonly number[];
}

/** The messages of set `name` (`dev`, `tst1`, `tst2`) with their killed counts, or `null` when absent. */
export function readMuc4(dataDir: string | null, name: string): MucMessage[] | null {
  if (dataDir === null) return null;
  const dir = join(dataDir, 'muc4');
  const messagesFile = join(dir, `${name}-messages.txt`);
  const keysFile = join(dir, `${name}-keys.txt`);
  if (!existsSync(messagesFile) || !existsSync(keysFile)) return null;
  const raw = readFileSync(messagesFile, 'utf8');
  const heads = [...raw.matchAll(/^((?:DEV|TST\d)-MUC\d-\d{4}) \([^)]*\)[ \t]*$/gm)];
  const killed = killedKeys(readFileSync(keysFile, 'utf8'));
  return heads.map((h, i) => ({
    id: h[1]!,
    text: raw.slice(h.index + h[0].length, heads[i + 1]?.index ?? raw.length).trim(),
    killed: killed.get(h[1]!) ?? [],
  }));
}

/** Killed counts per message id from an answer-key file. */
function killedKeys(raw: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const t of raw.split(/\n(?=0\.\s+MESSAGE: ID)/)) {
    const id = /MESSAGE: ID\s+(\S+)/.exec(t)?.[1];
    if (id === undefined) continue;
    const dead = new Set<string>();
    for (const l of slot(t, 'HUM TGT: EFFECT OF INCIDENT')) {
      if (l.startsWith('DEATH')) for (const q of l.matchAll(/"([^"]+)"/g)) dead.add(q[1]!);
    }
    const nums = out.get(id) ?? [];
    for (const l of slot(t, 'HUM TGT: NUMBER')) {
      const m = /^\??\s*(\d+)(?:-\d+)?\s*:\s*(.*)$/.exec(l);
      if (m !== null && [...m[2]!.matchAll(/"([^"]+)"/g)].some((q) => dead.has(q[1]!))) nums.push(Number(m[1]));
    }
    out.set(id, nums);
  }
  return out;
}

/** The lines of one slot of a template (its first line and the indented continuation lines). */
function slot(template: string, name: string): string[] {
  const lines = template.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf(name);
    if (at < 0 || !/^\d+\.\s/.test(lines[i]!)) continue;
    out.push(lines[i]!.slice(at + name.length).trim());
    for (let j = i + 1; j < lines.length && /^ {20,}\S/.test(lines[j]!); j++) out.push(lines[j]!.trim());
  }
  return out;
}
