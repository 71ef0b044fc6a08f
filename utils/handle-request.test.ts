import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCatalogue } from '@/lib/catalogue/load';
import { catalogueRecogniser } from '@/lib/search/recogniser';
import { SearchIndex, type SerialisedSearchIndex } from '@/lib/search/search-index';
import { bundledCorpus } from '@/scripts/lib/bundled-corpus';
import { handleMessage, handleRequest, isBackendMessage } from './handle-request';
import { sendRequest } from './messages';
import { createSearchBackend, type SearchBackend } from './search-backend';

const ENTITIES = bundledCatalogue().entities;
const prebuilt = JSON.stringify(SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES)).toJSON());
const loadPrebuilt = async () => JSON.parse(prebuilt) as SerialisedSearchIndex;
const startBackground = () => createSearchBackend({ loadIndex: loadPrebuilt, recogniserFor: catalogueRecogniser });

/** What entrypoints/background.ts does with the handler. */
function listen(backend: SearchBackend): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isBackendMessage(message)) return;
    void handleMessage(message, backend).then(sendResponse);
    return true;
  });
}

describe('handleRequest', () => {
  const backend = startBackground();

  it('answers each request type', async () => {
    const found = await handleRequest({ type: 'search', query: 'لاريجاني', limit: 1 }, backend);
    expect(found.ok && found.value).toMatchObject([{ passageId: '004_3f5c4176bb4162b4#7' }]);
    const entity = await handleRequest({ type: 'lookupEntity', entityId: 'person.ali-larijani' }, backend);
    expect(entity.ok && entity.value).toMatchObject({ total: 1, entity: { nameEn: 'Ali Larijani' } });
    const passage = await handleRequest({ type: 'passage', passageId: '004_3f5c4176bb4162b4#7' }, backend);
    expect(passage.ok && passage.value).toMatchObject({ documentId: '004_3f5c4176bb4162b4' });
    const document = await handleRequest({ type: 'document', documentId: '003_d4c994533f4cdb18' }, backend);
    expect(document.ok && document.value).toMatchObject({ source: { title: 'العلاقات الدولية محور المقاومة' } });
  });

  it('answers unknown ids with null and an empty query with no results', async () => {
    expect(await handleRequest({ type: 'passage', passageId: 'nope#1' }, backend)).toEqual({ ok: true, value: null });
    expect(await handleRequest({ type: 'lookupEntity', entityId: 'nobody' }, backend)).toEqual({ ok: true, value: null });
    expect(await handleRequest({ type: 'search', query: '  ' }, backend)).toEqual({ ok: true, value: [] });
  });

  it('turns a failing backend into an error reply, and loads again on the next request', async () => {
    const loadIndex = vi.fn<() => Promise<SerialisedSearchIndex>>().mockRejectedValueOnce(new Error('HTTP 404')).mockImplementation(loadPrebuilt);
    const flaky = createSearchBackend({ loadIndex });
    expect(await handleRequest({ type: 'search', query: 'ظريف' }, flaky)).toEqual({ ok: false, error: 'search: HTTP 404' });
    const retried = await handleRequest({ type: 'search', query: 'ظريف' }, flaky);
    expect(retried.ok).toBe(true);
    expect(loadIndex).toHaveBeenCalledTimes(2);
  });

  it('answers a malformed message with an error', async () => {
    expect(await handleMessage({ type: 'search', query: 7 }, backend)).toEqual({ ok: false, error: 'search: query must be a string' });
    expect(await handleMessage(null, backend)).toMatchObject({ ok: false });
  });
});

describe('messages through the background listener', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sendRequest gets typed values back', async () => {
    listen(startBackground());
    const hits = await sendRequest({ type: 'search', query: 'Zarif طهران', limit: 3 });
    expect(hits[0]!.passageId).toBe('004_3f5c4176bb4162b4#2');
    expect(hits).toHaveLength(3);
  });

  it('sendRequest throws the error of a malformed request', async () => {
    listen(startBackground());
    await expect(sendRequest({ type: 'search', query: 'x', limit: -1 })).rejects.toThrow(/limit/);
  });

  it('answers the same after the service worker is stopped and started again', async () => {
    listen(startBackground());
    const before = await sendRequest({ type: 'lookupEntity', entityId: 'country.iran', limit: 5 });
    expect(before!.passages).toHaveLength(5);
    fakeBrowser.reset();
    const loadIndex = vi.fn(loadPrebuilt);
    listen(createSearchBackend({ loadIndex, recogniserFor: catalogueRecogniser }));
    const after = await sendRequest({ type: 'lookupEntity', entityId: 'country.iran', limit: 5 });
    expect(after).toEqual(before);
    expect(loadIndex).toHaveBeenCalledTimes(1);
  });

  it('leaves messages of other types to other listeners', () => {
    expect(isBackendMessage({ type: 'reportPage' })).toBe(false);
    expect(isBackendMessage({ type: 'search' })).toBe(true);
  });
});
