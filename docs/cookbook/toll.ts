// The toll of an incident and where each figure came from: per outcome, every figure the
// articles give for the event (not the running totals of a war), its count, who reports it,
// and where it is.
import { readFileSync } from 'node:fs';
import { extract, type CasualtyFigure, type Count } from 'newsfacts';

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['docs/cookbook/articles/port-blast.txt', 'docs/cookbook/articles/port-blast-toll.txt'];

const show = (c: Count) =>
  c.min === c.max
    ? `${c.min}`
    : c.max === null
      ? `at least ${c.min}`
      : c.min === null
        ? `up to ${c.max}`
        : `${c.min}–${c.max}`;

const found: { file: string; line: number; figure: CasualtyFigure }[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const figure of extract(text).casualties) {
    const line = text.slice(0, figure.start).split('\n').length;
    if (figure.scope === 'incident') found.push({ file: file.replace(/^.*\//, ''), line, figure });
    else
      console.log(
        `not the incident's toll: ${figure.outcome} ${show(figure.count)}, "${figure.text}" (${file.replace(/^.*\//, '')})`,
      );
  }
}
for (const outcome of ['killed', 'injured', 'missing', 'abducted'] as const) {
  const figures = found.filter((f) => f.figure.outcome === outcome);
  if (figures.length === 0) continue;
  const lows = figures.map((f) => f.figure.count.min ?? 0);
  console.log(`${outcome}: from ${Math.min(...lows)} to ${Math.max(...lows)} in ${figures.length} figure(s)`);
  for (const { file, line, figure } of figures) {
    console.log(
      `  ${show(figure.count).padEnd(12)} "${figure.text}" — ${figure.source?.name ?? 'no source named'} (${file}, line ${line})`,
    );
  }
}
