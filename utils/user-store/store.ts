import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EditableSource, EntityAdjustment, FalseMatch, OwnEntity, UserData, UserDocument } from '@/lib/import/types';
import { StoreError, toStoreError } from './errors';
import { runMigrations, USER_DATABASE_NAME, USER_DATABASE_VERSION, type TrashEntry, type UserDatabase } from './schema';

type WriteTransaction = IDBPTransaction<UserDatabase, StoreNames<UserDatabase>[], 'readwrite'>;

/** How long a deletion can be undone. */
export const UNDO_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface UserStoreOptions {
  name?: string;
  /** False in a private window: every write is refused and nothing reaches the disk. */
  writable?: boolean;
  now?: () => number;
}

export interface DataImportCounts {
  documents: number;
  skippedDuplicates: number;
  entities: number;
}

/**
 * What the user added, in IndexedDB. Every change is one transaction: a failure anywhere (quota, a duplicate
 * raced in by another window) aborts it and leaves what was stored before exactly as it was.
 */
export class UserStore {
  private closedFlag = false;

  private constructor(
    private db: IDBPDatabase<UserDatabase>,
    private readonly options: Required<UserStoreOptions>,
  ) {}

  static async open(options: UserStoreOptions = {}): Promise<UserStore> {
    const resolved = { name: USER_DATABASE_NAME, writable: true, now: Date.now, ...options };
    let store: UserStore | undefined;
    const db = await openUserDatabase(resolved.name, USER_DATABASE_VERSION, () => {
      if (store) store.closedFlag = true;
    });
    store = new UserStore(db, resolved);
    // Off the opening path: a cold background start should not wait for housekeeping.
    if (resolved.writable) void store.purgeExpiredTrash().catch(() => undefined);
    return store;
  }

  get writable(): boolean {
    return this.options.writable;
  }

  /** True once closed, by us or because another context upgraded or deleted the database: open a new one. */
  get closed(): boolean {
    return this.closedFlag;
  }

  close(): void {
    this.closedFlag = true;
    this.db.close();
  }

  listDocuments(): Promise<UserDocument[]> {
    return this.read(() => this.db.getAll('documents'));
  }

  listEntities(): Promise<OwnEntity[]> {
    return this.read(() => this.db.getAll('entities'));
  }

  listAdjustments(): Promise<EntityAdjustment[]> {
    return this.read(() => this.db.getAll('entityAdjustments'));
  }

  listFalseMatches(): Promise<FalseMatch[]> {
    return this.read(() => this.db.getAll('falseMatches'));
  }

  async bundledCorpusHidden(): Promise<boolean> {
    return (await this.read(() => this.db.get('preferences', 'bundledCorpusHidden')))?.value ?? false;
  }

  listTrash(): Promise<TrashEntry[]> {
    return this.read(() => this.db.getAll('trash'));
  }

  /** Adds every document or none: a duplicate or a full disk anywhere in the batch stores nothing. */
  addDocuments(documents: readonly UserDocument[]): Promise<void> {
    return this.write(['documents'], async (tx) => {
      const store = tx.objectStore('documents');
      // Requests are queued, not awaited one by one: a round trip per document would cost seconds for a thousand.
      await Promise.all(documents.map((document) => attempt(() => store.add(document))));
    });
  }

  updateDocumentSource(id: string, source: EditableSource): Promise<UserDocument> {
    return this.write(['documents'], async (tx) => {
      const document = await tx.objectStore('documents').get(id);
      if (!document) throw new StoreError('notFound', id);
      const updated = { ...document, source };
      await tx.objectStore('documents').put(updated);
      return updated;
    });
  }

  deleteDocument(id: string): Promise<void> {
    return this.write(['documents', 'trash'], async (tx) => {
      const document = await tx.objectStore('documents').get(id);
      if (!document) throw new StoreError('notFound', id);
      await tx.objectStore('trash').put({ id: `document:${id}`, kind: 'document', item: document, deletedAt: this.options.now() });
      await tx.objectStore('documents').delete(id);
    });
  }

  putEntity(entity: OwnEntity): Promise<void> {
    return this.write(['entities'], async (tx) => {
      await tx.objectStore('entities').put(entity);
    });
  }

  /** Deletes an own entity with its adjustment (mute); both come back on undo. */
  deleteEntity(id: string): Promise<void> {
    return this.write(['entities', 'entityAdjustments', 'trash'], async (tx) => {
      const entity = await tx.objectStore('entities').get(id);
      if (!entity) throw new StoreError('notFound', id);
      const adjustment = (await tx.objectStore('entityAdjustments').get(id)) ?? null;
      await tx.objectStore('trash').put({ id: `entity:${id}`, kind: 'entity', item: entity, adjustment, deletedAt: this.options.now() });
      await tx.objectStore('entities').delete(id);
      await tx.objectStore('entityAdjustments').delete(id);
    });
  }

  /** Undoes a deletion. A document whose text was added again meanwhile stays deleted: that is a duplicate. */
  restore(trashId: string): Promise<TrashEntry> {
    return this.write(['documents', 'entities', 'entityAdjustments', 'trash'], async (tx) => {
      const entry = await tx.objectStore('trash').get(trashId);
      if (!entry) throw new StoreError('notFound', trashId);
      if (entry.kind === 'document') {
        await tx.objectStore('documents').add(entry.item);
      } else {
        await tx.objectStore('entities').put(entry.item);
        if (entry.adjustment) await tx.objectStore('entityAdjustments').put(entry.adjustment);
      }
      await tx.objectStore('trash').delete(trashId);
      return entry;
    });
  }

  putAdjustment(adjustment: EntityAdjustment): Promise<void> {
    return this.write(['entityAdjustments'], async (tx) => {
      const unchanged = !adjustment.hidden && !adjustment.muted && adjustment.extraForms.length === 0;
      if (unchanged) await tx.objectStore('entityAdjustments').delete(adjustment.entityId);
      else await tx.objectStore('entityAdjustments').put(adjustment);
    });
  }

  addFalseMatch(falseMatch: FalseMatch): Promise<void> {
    return this.write(['falseMatches'], async (tx) => {
      await tx.objectStore('falseMatches').put(falseMatch);
    });
  }

  deleteFalseMatch(id: string): Promise<void> {
    return this.write(['falseMatches'], async (tx) => {
      await tx.objectStore('falseMatches').delete(id);
    });
  }

  setBundledCorpusHidden(hidden: boolean): Promise<void> {
    return this.write(['preferences'], async (tx) => {
      await tx.objectStore('preferences').put({ key: 'bundledCorpusHidden', value: hidden });
    });
  }

  /** Everything for an export, read in one transaction so that it is one consistent state. */
  exportData(settings: Record<string, unknown> | null): Promise<UserData> {
    return this.read(async () => {
      const tx = this.db.transaction(['documents', 'entities', 'entityAdjustments', 'falseMatches', 'preferences'], 'readonly');
      const [documents, entities, entityAdjustments, falseMatches, hidden] = await Promise.all([
        tx.objectStore('documents').getAll(),
        tx.objectStore('entities').getAll(),
        tx.objectStore('entityAdjustments').getAll(),
        tx.objectStore('falseMatches').getAll(),
        tx.objectStore('preferences').get('bundledCorpusHidden'),
      ]);
      return { documents, entities, entityAdjustments, falseMatches, bundledCorpusHidden: hidden?.value ?? false, settings };
    });
  }

  /**
   * Brings an export into this store, all or nothing. Entities, adjustments and false matches replace those with
   * the same id; a document whose text is already stored is skipped, so importing the same file twice changes
   * nothing.
   */
  importData(data: UserData): Promise<DataImportCounts> {
    return this.write(['documents', 'entities', 'entityAdjustments', 'falseMatches', 'preferences'], async (tx) => {
      const documents = tx.objectStore('documents');
      // Requests are queued together, not awaited one by one: a round trip per document would cost seconds.
      const storedKeys = await Promise.all(data.documents.map((document) => documents.index('contentHash').getKey(document.contentHash)));
      const seen = new Set<string>();
      const fresh = data.documents.filter((document, index) => {
        if (storedKeys[index] !== undefined || seen.has(document.contentHash)) return false;
        seen.add(document.contentHash);
        return true;
      });
      await Promise.all([
        ...fresh.map((document) => attempt(() => documents.put(document))),
        ...data.entities.map((entity) => attempt(() => tx.objectStore('entities').put(entity))),
        ...data.entityAdjustments.map((adjustment) => attempt(() => tx.objectStore('entityAdjustments').put(adjustment))),
        ...data.falseMatches.map((falseMatch) => attempt(() => tx.objectStore('falseMatches').put(falseMatch))),
        attempt(() => tx.objectStore('preferences').put({ key: 'bundledCorpusHidden', value: data.bundledCorpusHidden })),
      ]);
      return { documents: fresh.length, skippedDuplicates: data.documents.length - fresh.length, entities: data.entities.length };
    });
  }

  async purgeExpiredTrash(): Promise<void> {
    const cutoff = this.options.now() - UNDO_WINDOW_MS;
    await this.write(['trash'], async (tx) => {
      let cursor = await tx.objectStore('trash').openCursor();
      while (cursor) {
        if (cursor.value.deletedAt < cutoff) await cursor.delete();
        cursor = await cursor.continue();
      }
    });
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async write<T>(storeNames: StoreNames<UserDatabase>[], run: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    if (!this.options.writable) throw new StoreError('privateWindow');
    const tx = this.db.transaction(storeNames, 'readwrite');
    try {
      const result = await run(tx);
      await tx.done;
      return result;
    } catch (error) {
      // An abort after a failed request is what keeps the batch all-or-nothing; it may already have happened.
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      await tx.done.catch(() => undefined);
      throw toStoreError(error);
    }
  }
}

/**
 * Makes one request of a batch. IndexedDB throws at once for a bad key; as a rejection instead, the throw joins the
 * batch's `Promise.all`, so the requests already queued are still observed when the transaction aborts.
 */
function attempt<T>(makeRequest: () => Promise<T>): Promise<T> {
  try {
    return makeRequest();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Opens (creating or upgrading) the database. Another context holding an older version open closes it when
 * asked, so an extension update never waits on a forgotten tab.
 */
export function openUserDatabase(name: string, version: number, onClosedForOthers?: () => void): Promise<IDBPDatabase<UserDatabase>> {
  return openDB<UserDatabase>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
      runMigrations(db, oldVersion, newVersion ?? version, transaction).catch((error: unknown) => {
        console.error('user-data migration failed', error);
        transaction.abort();
      });
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosedForOthers?.();
    },
  });
}
