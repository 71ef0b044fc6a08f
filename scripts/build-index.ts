/**
 * `tsx scripts/build-index.ts`: prebuilds the search index of the bundled corpus and catalogue into
 * `public/generated/search-index.json`, which the background fetches on its first request instead of indexing.
 * Runs before every `wxt build` (the `build:before` hook in wxt.config.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalogue } from '../lib/catalogue/load';
import { catalogueRecogniser } from '../lib/search/recogniser';
import { SearchIndex } from '../lib/search/search-index';
import { SEARCH_INDEX_PATH } from '../utils/search-backend';
import { bundledCorpus } from './lib/bundled-corpus';

export const SEARCH_INDEX_FILE = fileURLToPath(new URL(`../public${SEARCH_INDEX_PATH}`, import.meta.url));

/** The index of the bundled corpus as the build makes it. */
export function buildBundledIndex(): SearchIndex {
  const { entities } = bundledCatalogue();
  return SearchIndex.build(bundledCorpus(), entities, catalogueRecogniser(entities));
}

export function writeSearchIndex(file = SEARCH_INDEX_FILE): { bytes: number; milliseconds: number; index: SearchIndex } {
  const started = performance.now();
  const index = buildBundledIndex();
  const json = JSON.stringify(index.toJSON());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  return { bytes: Buffer.byteLength(json), milliseconds: performance.now() - started, index };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { bytes, milliseconds, index } = writeSearchIndex();
  const { documents, passages, entities } = index.stats();
  console.log(`search index: ${documents} documents, ${passages} passages, ${entities} entities → ${SEARCH_INDEX_FILE} (${(bytes / 1024).toFixed(1)} KiB, ${milliseconds.toFixed(0)} ms)`);
}
