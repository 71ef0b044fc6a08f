/**
 * The background's corpus index behind one interface, so a bigger store (IndexedDB, a worker) can replace it.
 * The local backend loads the prebuilt index on its first request, not at start-up; everything it holds is
 * rebuilt from that file (and from `extraDocuments`), so a stopped and restarted MV3 service worker answers alike.
 */
import { browser } from 'wxt/browser';
import type { Entity } from '@/lib/catalogue/types';
import type { DocumentInput } from '@/lib/corpus/corpus';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex, type DocumentView, type EntityLookup, type SerialisedSearchIndex } from '@/lib/search/search-index';
import type { PassageView, Recognise, SearchHit } from '@/lib/search/types';

export interface SearchBackend {
  search(query: string, limit?: number): Promise<SearchHit[]>;
  lookupEntity(entityId: string, limit?: number): Promise<EntityLookup | null>;
  passage(passageId: string): Promise<PassageView | null>;
  document(documentId: string): Promise<DocumentView | null>;
}

/** Where `scripts/build-index.ts` writes the prebuilt index, relative to the extension root (it ships in `public/`). */
export const SEARCH_INDEX_PATH = '/generated/search-index.json';

export interface LocalSearchBackendOptions {
  /** Reads the prebuilt index; the extension's own file unless given (tests pass one in). */
  loadIndex?: () => Promise<SerialisedSearchIndex>;
  /** Makes the recogniser for queries and added documents from the index's catalogue (the compiled matcher unless given). */
  recogniserFor?: (entities: readonly Entity[]) => Recognise;
  /** Documents added at run time and kept elsewhere (IndexedDB), indexed again after every start. */
  extraDocuments?: () => Promise<DocumentInput[]>;
}

/** Timing of the last load, for the cold-start measurement. */
export interface LoadTiming {
  /** Milliseconds from the first request to a usable index. */
  loadMs: number;
  passages: number;
}

export interface LocalSearchBackend extends SearchBackend {
  /** Resolves once the index is loaded (it loads on first use otherwise). */
  ready(): Promise<void>;
  loadTiming(): LoadTiming | null;
}

export function createSearchBackend(options: LocalSearchBackendOptions = {}): LocalSearchBackend {
  const { loadIndex = fetchPrebuiltIndex, recogniserFor = catalogueRecogniser, extraDocuments } = options;
  let loading: Promise<SearchIndex> | null = null;
  let timing: LoadTiming | null = null;

  const load = async (): Promise<SearchIndex> => {
    const started = performance.now();
    const data = await loadIndex();
    const index = SearchIndex.fromJSON(data, recogniserFor(data.entities));
    const extra = (await extraDocuments?.()) ?? [];
    if (extra.length > 0) index.addDocuments(extra);
    timing = { loadMs: performance.now() - started, passages: index.stats().passages };
    return index;
  };
  const index = (): Promise<SearchIndex> => {
    // A failed load is not remembered, so the next request tries again.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };

  return {
    search: async (query, limit) => (await index()).search(query, { limit }),
    lookupEntity: async (entityId, limit) => (await index()).lookupEntity(entityId, limit),
    passage: async (passageId) => (await index()).passage(passageId),
    document: async (documentId) => (await index()).document(documentId),
    ready: async () => void (await index()),
    loadTiming: () => timing,
  };
}

export async function fetchPrebuiltIndex(): Promise<SerialisedSearchIndex> {
  const url = new URL(SEARCH_INDEX_PATH.slice(1), browser.runtime.getURL('/')).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index ${url}: HTTP ${response.status}`);
  return (await response.json()) as SerialisedSearchIndex;
}
