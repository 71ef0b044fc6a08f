import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { contentHash } from '@/lib/import/content-hash';
import type { EntityAdjustment, FalseMatch, OwnEntity, UserDocument } from '@/lib/import/types';

export const USER_DATABASE_NAME = 'user-data';

/** Something the user deleted, kept so that the deletion can be undone until `deletedAt + UNDO_WINDOW_MS`. */
export type TrashEntry =
  | { id: string; kind: 'document'; item: UserDocument; deletedAt: number }
  | { id: string; kind: 'entity'; item: OwnEntity; adjustment: EntityAdjustment | null; deletedAt: number };

export interface Preference {
  key: 'bundledCorpusHidden';
  value: boolean;
}

export interface UserDatabase extends DBSchema {
  documents: { key: string; value: UserDocument; indexes: { contentHash: string } };
  entities: { key: string; value: OwnEntity };
  entityAdjustments: { key: string; value: EntityAdjustment };
  falseMatches: { key: string; value: FalseMatch; indexes: { url: string } };
  trash: { key: string; value: TrashEntry };
  preferences: { key: string; value: Preference };
}

type UpgradeTransaction = IDBPTransaction<UserDatabase, StoreNames<UserDatabase>[], 'versionchange'>;

/**
 * The schema's history, one step per version: a database at any older version is brought forward step by step
 * in the one upgrade transaction, so an upgrade either completes or leaves the old database as it was. Never
 * edit a released step; add the next one.
 */
export const MIGRATIONS: readonly ((db: IDBPDatabase<UserDatabase>, transaction: UpgradeTransaction) => Promise<void> | void)[] = [
  // 1: documents and own entities, with the user's choices as preferences.
  (db) => {
    db.createObjectStore('documents', { keyPath: 'id' });
    db.createObjectStore('entities', { keyPath: 'id' });
    db.createObjectStore('preferences', { keyPath: 'key' });
  },
  // 2: duplicate detection (a unique content hash, backfilled), adjustments of any entity, false matches, undo.
  async (db, transaction) => {
    db.createObjectStore('entityAdjustments', { keyPath: 'entityId' });
    db.createObjectStore('falseMatches', { keyPath: 'id' }).createIndex('url', 'url');
    db.createObjectStore('trash', { keyPath: 'id' });
    const documents = transaction.objectStore('documents');
    const trash = transaction.objectStore('trash');
    const seen = new Set<string>();
    let cursor = await documents.openCursor();
    while (cursor) {
      const document = migrateDocumentToV2(cursor.value as unknown as VersionOneDocument);
      if (seen.has(document.contentHash)) {
        // Version 1 allowed the same text twice; the copy goes where the user can still restore its metadata.
        await trash.put({ id: `document:${document.id}`, kind: 'document', item: document, deletedAt: Date.now() });
        await cursor.delete();
      } else {
        seen.add(document.contentHash);
        await cursor.update(document);
      }
      cursor = await cursor.continue();
    }
    documents.createIndex('contentHash', 'contentHash', { unique: true });
  },
];

export const USER_DATABASE_VERSION = MIGRATIONS.length;

/** A document as version 1 stored it: the hash did not exist yet. */
export type VersionOneDocument = Omit<UserDocument, 'contentHash'>;

export function migrateDocumentToV2(document: VersionOneDocument): UserDocument {
  return { ...document, contentHash: contentHash(document.text) };
}

export async function runMigrations(db: IDBPDatabase<UserDatabase>, oldVersion: number, newVersion: number, transaction: UpgradeTransaction): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) await MIGRATIONS[version - 1]!(db, transaction);
}
