import type { DocumentInput } from '@/lib/corpus/corpus';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex, type SerialisedSearchIndex } from '@/lib/search/search-index';
import { createSearchBackend, fetchPrebuiltIndex, type LocalSearchBackend, type SearchBackend } from './search-backend';
import { bundledCorpusHidden, userDocumentInputs, userEntities } from './user-corpus';
import { watchUserDataChanges } from './user-data-signal';

export interface UserAwareSearchBackend extends SearchBackend {
  /** Resolves once the current index (bundled plus the user's) is loaded. */
  ready(): Promise<void>;
}

/**
 * The background's search backend with the user's documents and entities in it. Without any, it is the prebuilt
 * index as shipped. With own entities, extra forms or hidden entities, the bundled documents are recognised again
 * with the user's entities (five articles: milliseconds), so an own name's passages are found in every corpus; a
 * hidden bundled corpus is simply left out. After every change the index is rebuilt from the store on the next
 * request, so IndexedDB stays the one truth.
 */
export function createUserAwareSearchBackend(loadPrebuilt: () => Promise<SerialisedSearchIndex> = fetchPrebuiltIndex): UserAwareSearchBackend {
  const make = (): LocalSearchBackend => {
    let extra: DocumentInput[] = [];
    return createSearchBackend({
      loadIndex: async () => {
        // The store is read while the prebuilt index loads: a cold start waits for the slower of the two only.
        const [prebuilt, userDocuments, hidden, ofUser] = await Promise.all([loadPrebuilt(), userDocumentInputs(), bundledCorpusHidden(), userEntities([])]);
        const entities = ofUser.adjusted ? (await userEntities(prebuilt.entities)).searchable : prebuilt.entities;
        if (!hidden && entities === prebuilt.entities) {
          extra = userDocuments;
          return prebuilt;
        }
        const bundled = hidden ? [] : prebuilt.documents.map(({ id, text, source }) => ({ id, text, source }));
        extra = [...bundled, ...userDocuments];
        return SearchIndex.build({ documents: [], passages: [] }, entities, catalogueRecogniser(entities)).toJSON();
      },
      extraDocuments: async () => extra,
    });
  };
  let backend = make();
  watchUserDataChanges(() => {
    backend = make();
    // Indexing starts now, not at the next lookup: by the time the user searches, it has had a head start.
    void backend.ready().catch(() => undefined);
  });
  return {
    search: (query, limit) => backend.search(query, limit),
    lookupEntity: (entityId, limit) => backend.lookupEntity(entityId, limit),
    passage: (passageId) => backend.passage(passageId),
    document: (documentId) => backend.document(documentId),
    ready: () => backend.ready(),
  };
}
