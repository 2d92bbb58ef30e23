// A folder of articles → one CSV of quotes: file, kind, speaker, cue, offsets, text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'newsfacts';

const folder = process.argv[2] ?? 'docs/cookbook/articles';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const field = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

console.log('file,kind,speaker,speaker_kind,cue,start,end,text');
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const { quotes } = extract(readFileSync(join(folder, file), 'utf8'));
  for (const q of quotes) {
    const row = [file, q.kind, q.speaker?.name, q.speaker?.kind, q.cue?.lemma, q.start, q.end, q.text];
    console.log(row.map(field).join(','));
  }
}
