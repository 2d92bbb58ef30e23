import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldDocument } from '../src/eval/types.js';
import type { Extraction } from '../src/types.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(root, 'corpus');
/**
 * The development data: `$NEWSFACTS_DATA` when set, else ../shared/data beside the
 * repository (present in CI, may be absent elsewhere).
 */
export const sharedData = process.env['NEWSFACTS_DATA'] || join(root, '..', 'shared', 'data');
export const hasSharedData = existsSync(sharedData);

export interface CorpusDocument {
  file: string;
  text: string;
  publishedAt: string;
  gold: GoldDocument;
}

/** The five corpus documents with their metadata and gold. */
export function corpus(): CorpusDocument[] {
  const meta = JSON.parse(readFileSync(join(corpusDir, 'documents', 'metadata.json'), 'utf8')) as {
    documents: { file: string; publishedAt: string }[];
  };
  return meta.documents.map((d) => ({
    file: d.file,
    publishedAt: d.publishedAt,
    text: readFileSync(join(corpusDir, 'documents', d.file), 'utf8'),
    gold: JSON.parse(readFileSync(join(corpusDir, 'gold', d.file.replace(/\.txt$/, '.json')), 'utf8')) as GoldDocument,
  }));
}

/** Plain texts of the corpus documents (no gold needed). */
export function corpusTexts(): { file: string; text: string }[] {
  const dir = join(corpusDir, 'documents');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** An extraction with nothing found and no publication date, with `over` laid on top. */
export function emptyExtraction(over: Partial<Extraction> = {}): Extraction {
  return {
    document: { publication: { value: null, source: 'none', evidence: null, order: null }, headline: null, zones: [] },
    quotes: [],
    casualties: [],
    claims: [],
    dates: [],
    entities: [],
    incidents: [],
    ...over,
  };
}
