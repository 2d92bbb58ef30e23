// The highlighted view: one self-contained HTML page per article, to check what was found by
// looking at it (open the file in a browser; hover or Tab to an item to see its fields).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from 'newsfacts';
import { render } from 'newsfacts/render';

const text = readFileSync('docs/cookbook/articles/port-blast.txt', 'utf8');
const result = extract(text, { publishedAt: '2021-06-12' });
const html = render(result, text, { title: 'Port Halden blast' });

const out = join(tmpdir(), 'newsfacts-view');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'port-blast.html'), html);
const marks = html.match(/<mark [^>]*data-first/g)?.length ?? 0;
const external = /\b(?:src|href)="(?:https?:)?\/\//.test(html);
console.log(`port-blast.html: ${marks} items marked, external resources: ${external ? 'yes' : 'none'}`);
console.log(
  `the result: ${result.quotes.length} quotes, ${result.casualties.length} figures, ${result.claims.length} claims, ${result.dates.length} dates`,
);
