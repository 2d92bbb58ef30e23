import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from '../types.js';
import { readFakes } from './fakes.js';

/** A text to run through the library, with the publication date a caller would pass. */
export interface BenchText {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
}

/** The five corpus documents with the publication dates of corpus/documents/metadata.json. */
export function corpusTexts(root: string): BenchText[] {
  const dir = join(root, 'corpus', 'documents');
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as {
    documents: { file: string; publishedAt: string }[];
  };
  return meta.documents.map((d) => ({
    id: d.file,
    text: readFileSync(join(dir, d.file), 'utf8'),
    publishedAt: d.publishedAt,
  }));
}

/**
 * The texts speed and memory are measured on: the 402 FA-KES dev articles
 * (title, blank line, content) when the data is present, else the corpus
 * documents repeated to 100 texts. `--quick` keeps the first 100 articles.
 */
export function speedTexts(ctx: BenchContext): { label: string; texts: BenchText[]; fakes: boolean } {
  const fakes = readFakes(ctx.dataDir);
  if (fakes !== null && fakes.length > 0) {
    const all = fakes.map((a) => ({ id: a.id, text: a.text, publishedAt: a.publishedAt }));
    const texts = ctx.quick ? all.slice(0, 100) : all;
    return {
      label: `${texts.length} FA-KES dev articles${ctx.quick ? ' (--quick: the first 100)' : ''}`,
      texts,
      fakes: true,
    };
  }
  const corpus = corpusTexts(ctx.root);
  const texts: BenchText[] = [];
  for (let r = 0; texts.length < 100; r++) for (const t of corpus) texts.push({ ...t, id: `${t.id}#${r}` });
  return {
    label: `the ${corpus.length} corpus documents, repeated to ${texts.length} texts (no FA-KES data)`,
    texts,
    fakes: false,
  };
}
