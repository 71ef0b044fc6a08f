import type { Entity } from '@/lib/catalogue/types';
import type { DocumentInput } from '@/lib/corpus/corpus';
import { hash53 } from '@/lib/import/content-hash';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex, type SerialisedSearchIndex } from '@/lib/search/search-index';
import { fetchPrebuiltIndex, type SearchBackend } from './search-backend';
import { bundledCorpusHidden, userDocumentInputs, userEntities } from './user-corpus';
import { watchUserDataChanges } from './user-data-signal';

export interface UserAwareSearchBackend extends SearchBackend {
  /** Resolves once the current index (bundled plus the user's) is loaded, and brought up to date after a change. */
  ready(): Promise<void>;
}

/** The index queries are answered from, and what it was made of, to tell what a change in the store requires. */
interface LiveIndex {
  index: SearchIndex;
  /** The catalogue as shipped: the user's own entities and adjustments apply to it. */
  bundledEntities: readonly Entity[];
  /** The entities every document in the index was recognised with. */
  entitiesFingerprint: string;
  bundledHidden: boolean;
  /** The user's documents in the index, by id, with the fingerprint of their text and source. */
  userDocuments: ReadonlyMap<string, string>;
}

/**
 * The background's search backend with the user's documents and entities in it. Without any, it is the prebuilt
 * index as shipped. With own entities, extra forms or hidden entities, the bundled documents are recognised again
 * with the user's entities (five articles: milliseconds), so an own name's passages are found in every corpus; a
 * hidden bundled corpus is simply left out.
 *
 * IndexedDB stays the one truth: after every change the store is read again and compared with what the index
 * holds. When only the user's documents differ (added, deleted, or with another text or source), those are
 * removed from and added to the live index, so importing one document into a thousand costs that document only.
 * When the searchable entities or the hidden-bundled flag differ, every document has to be recognised again,
 * and the index is rebuilt from scratch.
 *
 * Updates run one at a time, each reading the store when it starts, so the last state of the store wins and no
 * change is applied twice; changes arriving while one waits to start are covered by it. A request made after a
 * change waits for the update; an index is changed only synchronously, so no request sees half of an update.
 */
export function createUserAwareSearchBackend(loadPrebuilt: () => Promise<SerialisedSearchIndex> = fetchPrebuiltIndex): UserAwareSearchBackend {
  let current: Promise<LiveIndex> | null = null;
  let updateWaitingToStart = false;

  const remember = (loading: Promise<LiveIndex>): Promise<LiveIndex> => {
    current = loading;
    // A failed load or update is not remembered, so the next request loads again from scratch.
    loading.catch(() => {
      if (current === loading) current = null;
    });
    return loading;
  };
  const live = (): Promise<LiveIndex> => current ?? remember(loadLiveIndex(loadPrebuilt));

  watchUserDataChanges(() => {
    if (updateWaitingToStart) return;
    updateWaitingToStart = true;
    const previous = current;
    // Started now, not at the next lookup: by the time the user searches, it has had a head start.
    remember(
      (async () => {
        const base = previous ? await previous.catch(() => null) : null;
        updateWaitingToStart = false;
        return base ? updatedLiveIndex(base, loadPrebuilt) : loadLiveIndex(loadPrebuilt);
      })(),
    );
  });

  return {
    search: async (query, limit) => (await live()).index.search(query, { limit }),
    lookupEntity: async (entityId, limit) => (await live()).index.lookupEntity(entityId, limit),
    passage: async (passageId) => (await live()).index.passage(passageId),
    document: async (documentId) => (await live()).index.document(documentId),
    ready: async () => void (await live()),
  };
}

async function loadLiveIndex(loadPrebuilt: () => Promise<SerialisedSearchIndex>): Promise<LiveIndex> {
  // The store is read while the prebuilt index loads: a cold start waits for the slower of the two only.
  const [prebuilt, userDocuments, bundledHidden, ofUser] = await Promise.all([loadPrebuilt(), userDocumentInputs(), bundledCorpusHidden(), userEntities([])]);
  const entities = ofUser.adjusted ? (await userEntities(prebuilt.entities)).searchable : prebuilt.entities;
  let index: SearchIndex;
  if (!bundledHidden && entities === prebuilt.entities) {
    index = SearchIndex.fromJSON(prebuilt, catalogueRecogniser(prebuilt.entities));
    index.addDocuments(userDocuments);
  } else {
    const bundled = bundledHidden ? [] : prebuilt.documents.map(({ id, text, source }) => ({ id, text, source }));
    index = SearchIndex.build({ documents: [], passages: [] }, entities, catalogueRecogniser(entities));
    index.addDocuments([...bundled, ...userDocuments]);
  }
  return {
    index,
    bundledEntities: prebuilt.entities,
    entitiesFingerprint: entitiesFingerprint(entities),
    bundledHidden,
    userDocuments: new Map(userDocuments.map((document) => [document.id, documentFingerprint(document)])),
  };
}

/** The live index brought up to the store's present state: in place when only documents changed, else rebuilt. */
async function updatedLiveIndex(live: LiveIndex, loadPrebuilt: () => Promise<SerialisedSearchIndex>): Promise<LiveIndex> {
  const [userDocuments, bundledHidden, ofUser] = await Promise.all([userDocumentInputs(), bundledCorpusHidden(), userEntities(live.bundledEntities)]);
  const entities = ofUser.adjusted ? ofUser.searchable : live.bundledEntities;
  if (bundledHidden !== live.bundledHidden || entitiesFingerprint(entities) !== live.entitiesFingerprint) return loadLiveIndex(loadPrebuilt);

  const fingerprints = new Map(userDocuments.map((document) => [document.id, documentFingerprint(document)]));
  const toRemove = [...live.userDocuments].filter(([id, fingerprint]) => fingerprints.get(id) !== fingerprint).map(([id]) => id);
  const toAdd = userDocuments.filter((document) => live.userDocuments.get(document.id) !== fingerprints.get(document.id));
  if (toRemove.length === 0 && toAdd.length === 0) return live;
  try {
    live.index.removeDocuments(toRemove);
    live.index.addDocuments(toAdd);
  } catch {
    // Half an update must not be served: requests wait for this update, and get a rebuilt index instead.
    return loadLiveIndex(loadPrebuilt);
  }
  return { ...live, userDocuments: fingerprints };
}

/** Muting an entity leaves it searchable, so only what the recogniser is compiled from counts here. */
function entitiesFingerprint(entities: readonly Entity[]): string {
  return JSON.stringify(entities);
}

/** Tells a document's stored version from another (an edited source, a replaced text) without keeping its text. */
function documentFingerprint({ text, source }: DocumentInput): string {
  return `${text.length}:${hash53(text)}:${JSON.stringify(source ?? {})}`;
}
