import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entity } from '@/lib/catalogue/types';
import { buildCorpus } from '@/lib/corpus/corpus';
import { createUserDocument } from '@/lib/import/documents';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex } from '@/lib/search/search-index';
import { userStore } from './user-corpus';
import { announceUserDataChange } from './user-data-signal';
import { createUserAwareSearchBackend } from './user-search-backend';

const hamas: Entity = { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس', 'حركة حماس'] };
const bundledText = 'لقاء في طهران\nقال سامي أبو زهري المتحدث باسم حركة حماس إن اللقاء كان إيجابياً.';
const prebuilt = () => Promise.resolve(SearchIndex.build(buildCorpus([{ id: '000_bundled', text: bundledText }]), [hamas], catalogueRecogniser([hamas])).toJSON());

const userDocument = createUserDocument(
  {
    text: 'تصريح جديد\nوأكد أبو زهري أن الحركة ترحب بالمبادرة المصرية.',
    source: { title: 'تصريح جديد', outlet: null, url: null, date: null },
    origin: { kind: 'file', fileName: 'a.txt', encoding: 'utf-8' },
  },
  'u1',
  1,
);

describe('the user-aware search backend', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });

  it('finds an own entity\'s passages in the bundled corpus and in the user\'s documents, and drops the hidden bundled corpus', async () => {
    const store = await userStore();
    await store.addDocuments([userDocument]);
    await store.putEntity({ id: 'own.zuhri', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 });
    const backend = createUserAwareSearchBackend(prebuilt);

    const lookup = await backend.lookupEntity('own.zuhri');
    expect(lookup?.passages.map((passage) => passage.documentId).sort()).toEqual(['000_bundled', 'user.u1']);
    expect((await backend.lookupEntity('org.hamas'))?.total).toBe(1);

    await store.setBundledCorpusHidden(true);
    await announceUserDataChange();
    expect((await backend.lookupEntity('own.zuhri'))?.passages.map((passage) => passage.documentId)).toEqual(['user.u1']);
    expect(await backend.document('000_bundled')).toBeNull();
    store.close();
  });
});
