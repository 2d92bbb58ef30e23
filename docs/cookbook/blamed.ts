// Who was blamed, by whom: every responsibility claim with its actor and who says so.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'newsfacts';

const folder = process.argv[2] ?? 'docs/cookbook/articles';
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  for (const c of extract(readFileSync(join(folder, file), 'utf8')).claims) {
    // claimed, hedged and denied are the actor's own word; an attribution is the source's,
    // or the article's when it names no source
    const byWhom = c.status === 'attributed' ? (c.source?.name ?? 'the article') : (c.actor?.name ?? '—');
    console.log(
      `${file}: ${c.status.padEnd(10)} actor: ${c.actor?.name ?? '(none)'} · by: ${byWhom} · event: ${c.event?.text ?? '—'}`,
    );
  }
}
