import type { Source } from './types';
import type { DocumentInput } from './corpus';

/** The shape of `assets/corpus/sources.json`. */
export interface SourcesManifest {
  documents: (Omit<Source, 'titleDerived'> & { id: string; file: string })[];
}

/** Pairs each manifest entry with its text; `readText` is the only part that knows where files live. */
export function manifestInputs(manifest: SourcesManifest, readText: (file: string) => string): DocumentInput[] {
  return manifest.documents.map(({ id, file, ...source }) => ({ id, text: readText(file), source }));
}
