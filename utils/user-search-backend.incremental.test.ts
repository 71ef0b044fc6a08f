import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entity } from '@/lib/catalogue/types';
import { buildCorpus } from '@/lib/corpus/corpus';
import { createUserDocument } from '@/lib/import/documents';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex } from '@/lib/search/search-index';
import { userStore } from './user-corpus';
import { announceUserDataChange } from './user-data-signal';
import { createUserAwareSearchBackend } from './user-search-backend';

/** Lets a test hold an update after it has read the user's documents, to change the store while it is under way. */
const documentsRead = vi.hoisted(() => ({ hold: null as Promise<void> | null, onRead: (_ids: string[]) => undefined as void }));
vi.mock('./user-corpus', async (importOriginal) => {
  const original = await importOriginal<typeof import('./user-corpus')>();
  return {
    ...original,
    userDocumentInputs: async () => {
      const documents = await original.userDocumentInputs();
      documentsRead.onRead(documents.map((document) => document.id));
      await documentsRead.hold;
      return documents;
    },
  };
});

const hamas: Entity = { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس', 'حركة حماس'] };
const bundledText = 'لقاء في طهران\nقال سامي أبو زهري المتحدث باسم حركة حماس إن اللقاء كان إيجابياً.';
const PREBUILT = SearchIndex.build(buildCorpus([{ id: '000_bundled', text: bundledText }]), [hamas], catalogueRecogniser([hamas])).toJSON();

function userDocument(id: string, text: string, title: string) {
  return createUserDocument(
    { text, source: { title, outlet: null, url: null, date: null }, origin: { kind: 'file', fileName: `${id}.txt`, encoding: 'utf-8' } },
    id,
    1,
  );
}
const welcome = userDocument('u1', 'ترحيب بالمبادرة\nوأكد أبو زهري أن حركة حماس ترحب بالمبادرة المصرية.', 'ترحيب بالمبادرة');
const truce = userDocument('u2', 'هدنة في غزة\nأعلنت حماس قبول الهدنة في قطاع غزة.', 'هدنة في غزة');

/** A backend over the fake store, counting how often an index is made from scratch (loaded or built). */
function countedBackend() {
  let prebuiltLoads = 0;
  const build = vi.spyOn(SearchIndex, 'build');
  const fromJSON = vi.spyOn(SearchIndex, 'fromJSON');
  const backend = createUserAwareSearchBackend(() => {
    prebuiltLoads += 1;
    return Promise.resolve(structuredClone(PREBUILT));
  });
  return { backend, indexesMade: () => ({ prebuiltLoads, built: build.mock.calls.length + fromJSON.mock.calls.length }) };
}

const documentIds = (hits: { documentId: string }[]) => [...new Set(hits.map((hit) => hit.documentId))].sort();

describe('the user-aware search backend after a change of the user\'s documents', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    documentsRead.hold = null;
    documentsRead.onRead = () => undefined;
    (await userStore()).close();
    vi.restoreAllMocks();
  });

  it('finds an added document by search and by entity without making the index again', async () => {
    const store = await userStore();
    const { backend, indexesMade } = countedBackend();
    expect((await backend.lookupEntity('org.hamas'))?.total).toBe(1);
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });

    await store.addDocuments([welcome]);
    await announceUserDataChange();
    expect((await backend.search('المبادرة المصرية'))[0]?.documentId).toBe('user.u1');
    const hamasLookup = await backend.lookupEntity('org.hamas');
    expect(hamasLookup?.total).toBe(2);
    expect(hamasLookup?.passages.map((passage) => passage.documentId).sort()).toEqual(['000_bundled', 'user.u1']);
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });
  });

  it('forgets a deleted document in search, entity counts, passages and documents, without making the index again', async () => {
    const store = await userStore();
    await store.addDocuments([welcome, truce]);
    const { backend, indexesMade } = countedBackend();
    const passageIds = (await backend.document('user.u1'))!.passages.map((passage) => passage.id);
    expect(passageIds.length).toBeGreaterThan(0);
    expect(await backend.passage(passageIds[0]!)).not.toBeNull();
    expect((await backend.lookupEntity('org.hamas'))?.total).toBe(3);
    expect(documentIds(await backend.search('حماس', 20))).toEqual(['000_bundled', 'user.u1', 'user.u2']);

    await store.deleteDocument('user.u1');
    await announceUserDataChange();
    expect(documentIds(await backend.search('حماس', 20))).toEqual(['000_bundled', 'user.u2']);
    expect(await backend.search('المبادرة المصرية')).toEqual([]);
    const hamasLookup = await backend.lookupEntity('org.hamas');
    expect(hamasLookup?.total).toBe(2);
    expect(hamasLookup?.passages.map((passage) => passage.documentId).sort()).toEqual(['000_bundled', 'user.u2']);
    for (const id of passageIds) expect(await backend.passage(id)).toBeNull();
    expect(await backend.document('user.u1')).toBeNull();
    expect(await backend.document('user.u2')).not.toBeNull();
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });
  });

  it('shows an edited source, and finds the document by it, without making the index again', async () => {
    const store = await userStore();
    await store.addDocuments([welcome]);
    const { backend, indexesMade } = countedBackend();
    expect((await backend.document('user.u1'))?.source.outlet).toBeFalsy();

    await store.updateDocumentSource('user.u1', { title: 'ترحيب بالمبادرة', outlet: 'صحيفة الاختبار', url: 'https://example.org/a', date: null });
    await announceUserDataChange();
    const edited = await backend.document('user.u1');
    expect(edited?.source).toMatchObject({ outlet: 'صحيفة الاختبار', url: 'https://example.org/a' });
    expect((await backend.passage(edited!.passages[0]!.id))?.source.outlet).toBe('صحيفة الاختبار');
    expect((await backend.search('صحيفة الاختبار'))[0]?.documentId).toBe('user.u1');
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });
  });

  it('rebuilds the index when the user tracks a new name, so every document is recognised again', async () => {
    const store = await userStore();
    await store.addDocuments([welcome]);
    const { backend, indexesMade } = countedBackend();
    expect(await backend.lookupEntity('own.zuhri')).toBeNull();

    await store.putEntity({ id: 'own.zuhri', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 });
    await announceUserDataChange();
    expect((await backend.lookupEntity('own.zuhri'))?.passages.map((passage) => passage.documentId).sort()).toEqual(['000_bundled', 'user.u1']);
    expect(indexesMade()).toEqual({ prebuiltLoads: 2, built: 2 });
  });

  it('rebuilds the index when the bundled corpus is hidden', async () => {
    const store = await userStore();
    const { backend, indexesMade } = countedBackend();
    expect(await backend.document('000_bundled')).not.toBeNull();

    await store.setBundledCorpusHidden(true);
    await announceUserDataChange();
    expect(await backend.document('000_bundled')).toBeNull();
    expect(indexesMade()).toEqual({ prebuiltLoads: 2, built: 2 });
  });

  it('applies two quick changes, each once, the second arriving while the first is under way', async () => {
    const store = await userStore();
    const { backend, indexesMade } = countedBackend();
    await backend.ready();
    let release = () => undefined as void;
    documentsRead.hold = new Promise<void>((resolve) => (release = resolve));
    const firstRead = new Promise<string[]>((resolve) => (documentsRead.onRead = resolve));

    await store.addDocuments([welcome]);
    await announceUserDataChange();
    // The first update has read the store and not yet applied what it read when the second change arrives.
    expect(await firstRead).toEqual(['user.u1']);
    await store.addDocuments([truce]);
    await announceUserDataChange();
    documentsRead.hold = null;
    release();
    expect(documentIds(await backend.search('حماس', 20))).toEqual(['000_bundled', 'user.u1', 'user.u2']);
    expect((await backend.lookupEntity('org.hamas'))?.total).toBe(3);
    // A document indexed twice would have been refused, and the index made again from scratch.
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });
  });

  it('ends with the store\'s last state when a document is added and deleted in quick succession', async () => {
    const store = await userStore();
    const { backend, indexesMade } = countedBackend();
    await backend.ready();

    await Promise.all([store.addDocuments([welcome]).then(announceUserDataChange), store.addDocuments([truce]).then(announceUserDataChange)]);
    await store.deleteDocument('user.u1');
    await announceUserDataChange();
    expect(documentIds(await backend.search('حماس', 20))).toEqual(['000_bundled', 'user.u2']);
    expect(await backend.document('user.u1')).toBeNull();
    expect(indexesMade()).toEqual({ prebuiltLoads: 1, built: 1 });
  });
});
