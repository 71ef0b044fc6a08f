import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCorpus, type Corpus, type DocumentInput } from '../../lib/corpus/corpus';
import { manifestInputs, type SourcesManifest } from '../../lib/corpus/sources-manifest';

export const CORPUS_DIR = fileURLToPath(new URL('../../assets/corpus/', import.meta.url));

/** The bundled documents as Node reads them (tests, CLIs, benchmarks). */
export function bundledInputs(): DocumentInput[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'sources.json'), 'utf8')) as SourcesManifest;
  return manifestInputs(manifest, (file) => readFileSync(join(CORPUS_DIR, file), 'utf8'));
}

export function bundledCorpus(): Corpus {
  return buildCorpus(bundledInputs());
}
