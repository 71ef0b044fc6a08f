import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PUBLISHED_MATCHER_KEY, type PublishedMatcher } from '@/utils/messages';
import { PAGE_SETTINGS_KEY } from '@/utils/page-settings';
import { setMarkingForSite, watchPageSettings, watchPublishedMatcher } from './settings-store';

const published = (serialized: string): PublishedMatcher => ({ serialized, ownSerialized: null, entityTypes: { 'country.qatar': 'country' }, falseMatches: [] });

describe('content settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rereads the page only for a matcher other than the last one published', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchPublishedMatcher((matcher) => seen.push(matcher.serialized), controller.signal);
    await fakeBrowser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: published('a') });
    await fakeBrowser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: published('a') });
    await fakeBrowser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: { serialized: 'old version' } });
    await fakeBrowser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: published('b') });
    controller.abort();
    await fakeBrowser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: published('c') });
    expect(seen).toEqual(['a', 'b']);
  });

  it('turns a site off and on again, and the watcher sees each change', async () => {
    const sites: string[][] = [];
    const controller = new AbortController();
    watchPageSettings((settings) => sites.push(settings.disabledSites), controller.signal);
    await setMarkingForSite('news.example', false);
    await setMarkingForSite('news.example', false);
    await setMarkingForSite('news.example', true);
    controller.abort();
    expect(sites).toEqual([['news.example'], ['news.example'], []]);
    expect((await fakeBrowser.storage.local.get(PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY]).toMatchObject({ disabledSites: [] });
  });
});
