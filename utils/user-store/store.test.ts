import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createUserDocument } from '@/lib/import/documents';
import type { OwnEntity, UserDocument } from '@/lib/import/types';
import { StoreError } from './errors';
import { USER_DATABASE_VERSION } from './schema';
import { UNDO_WINDOW_MS, UserStore, openUserDatabase } from './store';

// The in-memory IndexedDB of fake-indexeddb stands in for the browser's in Node; the same store runs against the
// real one in both browsers in tests/e2e/import-store.e2e.ts.
let clock: number;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = 1_700_000_000_000;
});
const open = (writable = true) => UserStore.open({ writable, now: () => clock });

function doc(n: number, text = `نص الوثيقة رقم ${n} عن حماس وطهران.`): UserDocument {
  return createUserDocument({ text, source: { title: `وثيقة ${n}`, outlet: null, url: null, date: null }, origin: { kind: 'file', fileName: `${n}.txt`, encoding: 'utf-8' } }, `d${n}`, clock);
}

const entity: OwnEntity = { id: 'own.e1', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 };

describe('UserStore', () => {
  it('keeps documents across closing and reopening the database', async () => {
    const store = await open();
    await store.addDocuments([doc(1), doc(2)]);
    store.close();
    const reopened = await open();
    expect((await reopened.listDocuments()).map((document) => document.id)).toEqual(['user.d1', 'user.d2']);
  });

  it('stores nothing of a batch that fails mid-way (a duplicate at the third of five documents)', async () => {
    const store = await open();
    await store.addDocuments([doc(1)]);
    const batch = [doc(2), doc(3), { ...doc(1), id: 'user.copy' }, doc(4), doc(5)];
    await expect(store.addDocuments(batch)).rejects.toMatchObject({ problem: 'duplicate' });
    expect((await store.listDocuments()).map((document) => document.id)).toEqual(['user.d1']);
  });

  it('leaves everything untouched when an export import fails mid-way', async () => {
    const store = await open();
    await store.addDocuments([doc(1)]);
    await store.putEntity(entity);
    const broken = { id: undefined } as unknown as OwnEntity;
    const data = { documents: [doc(2)], entities: [{ ...entity, nameAr: 'changed' }, broken], entityAdjustments: [], falseMatches: [], bundledCorpusHidden: true, settings: null };
    await expect(store.importData(data)).rejects.toBeInstanceOf(StoreError);
    expect(await store.exportData(null)).toEqual({ documents: [doc(1)], entities: [entity], entityAdjustments: [], falseMatches: [], bundledCorpusHidden: false, settings: null });
  });

  it('writes nothing in a private window', async () => {
    const store = await open(false);
    await expect(store.addDocuments([doc(1)])).rejects.toMatchObject({ problem: 'privateWindow' });
    await expect(store.putEntity(entity)).rejects.toMatchObject({ problem: 'privateWindow' });
    expect(await store.listDocuments()).toEqual([]);
  });

  it('undoes a document deletion within the window, and forgets it after', async () => {
    const store = await open();
    await store.addDocuments([doc(1), doc(2)]);
    await store.deleteDocument('user.d1');
    expect((await store.listDocuments()).map((document) => document.id)).toEqual(['user.d2']);
    await store.restore('document:user.d1');
    expect((await store.listDocuments()).map((document) => document.id)).toEqual(['user.d1', 'user.d2']);

    await store.deleteDocument('user.d2');
    clock += UNDO_WINDOW_MS + 1;
    await store.purgeExpiredTrash();
    await expect(store.restore('document:user.d2')).rejects.toMatchObject({ problem: 'notFound' });
  });

  it('brings back a deleted entity with its mute', async () => {
    const store = await open();
    await store.putEntity(entity);
    await store.putAdjustment({ entityId: entity.id, hidden: false, muted: true, extraForms: [] });
    await store.deleteEntity(entity.id);
    expect(await store.listAdjustments()).toEqual([]);
    await store.restore(`entity:${entity.id}`);
    expect(await store.listEntities()).toEqual([entity]);
    expect(await store.listAdjustments()).toEqual([{ entityId: entity.id, hidden: false, muted: true, extraForms: [] }]);
  });

  it('edits a document\'s source metadata', async () => {
    const store = await open();
    await store.addDocuments([doc(1)]);
    const source = { title: 'عنوان جديد', outlet: 'الجزيرة', url: 'https://example.org/', date: '2024-02-03' };
    await store.updateDocumentSource('user.d1', source);
    expect((await store.listDocuments())[0]!.source).toEqual(source);
  });

  it('restores the same state from its own export into an empty store, and changes nothing importing it twice', async () => {
    const first = await open();
    await first.addDocuments([doc(1), doc(2)]);
    await first.putEntity(entity);
    await first.putAdjustment({ entityId: 'org.hamas', hidden: false, muted: true, extraForms: ['الحركة'] });
    await first.addFalseMatch({ id: 'f1', entityId: 'country.qatar', url: 'https://example.org/', text: 'قطر', createdAt: 3 });
    await first.setBundledCorpusHidden(true);
    const exported = await first.exportData({ hoverDelayMs: 250 });

    globalThis.indexedDB = new IDBFactory();
    const second = await open();
    expect(await second.importData(exported)).toEqual({ documents: 2, skippedDuplicates: 0, entities: 1 });
    expect(await second.importData(exported)).toEqual({ documents: 0, skippedDuplicates: 2, entities: 1 });
    expect(await second.exportData({ hoverDelayMs: 250 })).toEqual(exported);
  });
});

describe('schema migrations', () => {
  it('brings a version 1 database forward: hashes backfilled, a duplicate moved to the trash, nothing lost', async () => {
    const v1 = await openUserDatabase('user-data', 1);
    const { contentHash: _a, ...first } = doc(1);
    const { contentHash: _b, ...copy } = { ...doc(1), id: 'user.copy' };
    const { contentHash: _c, ...second } = doc(2);
    for (const record of [first, copy, second]) await v1.put('documents', record as UserDocument);
    v1.close();

    const store = await open();
    expect((await store.listDocuments()).map((document) => [document.id, document.contentHash])).toEqual([
      ['user.copy', doc(1).contentHash],
      ['user.d2', doc(2).contentHash],
    ]);
    expect((await store.listTrash()).map((entry) => entry.id)).toEqual(['document:user.d1']);
    await expect(store.addDocuments([{ ...doc(2), id: 'user.again' }])).rejects.toMatchObject({ problem: 'duplicate' });
  });

  it('is at the version the migrations list reaches', async () => {
    (await open()).close();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('user-data');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(USER_DATABASE_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['documents', 'entities', 'entityAdjustments', 'falseMatches', 'preferences', 'trash']);
    raw.close();
  });
});

describe('a store another context needs closed', () => {
  it('closes itself when the database is deleted elsewhere, and says so', async () => {
    const store = await open();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('user-data');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(store.closed).toBe(true);
    const reopened = await open();
    expect(await reopened.listDocuments()).toEqual([]);
  });
});
