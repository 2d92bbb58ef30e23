// Dates when only the article's URL is known: a dated path anchors the publication date,
// and every relative date is resolved against it.
import { readFileSync } from 'node:fs';
import { extract } from 'newsfacts';

const text = readFileSync('docs/cookbook/articles/harbour-talks.txt', 'utf8');

const without = extract(text);
console.log(
  'no URL:  ',
  without.document.publication.value,
  without.dates.map((d) => `${d.text} → ${d.value}`).join('; '),
);

const url = 'https://news.example.org/world/2021/jun/29/harbour-talks-stall';
const { document, dates } = extract(text, { url });
console.log('with URL:', document.publication.value, `(from ${document.publication.source})`);
for (const d of dates) console.log(`  ${d.type.padEnd(8)} ${d.text.padEnd(12)} → ${d.value}`);
