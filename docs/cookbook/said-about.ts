// Who said what about X: the quotes that name X — by any of the names the article gives it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'newsfacts';

const about = process.argv[2] ?? 'Sea Wolves';
const folder = process.argv[3] ?? 'docs/cookbook/articles';

for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const { quotes, entities } = extract(readFileSync(join(folder, file), 'utf8'));
  // every name of the entity called X in this article (short forms, acronyms), else X itself
  const entity = entities.find((e) => e.aliases.some((a) => a.toLowerCase() === about.toLowerCase()));
  const names = entity ? entity.aliases : [about];
  for (const q of quotes) {
    if (!names.some((n) => q.text.toLowerCase().includes(n.toLowerCase()))) continue;
    console.log(`${file}: ${q.speaker?.name ?? '(no speaker)'} (${q.kind}): ${q.text}`);
  }
}
