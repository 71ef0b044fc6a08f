import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deserializeMatcher, findMentions } from '@/lib/match';
import { parsePublishedMatcher, PUBLISHED_MATCHER_KEY } from './messages';
import { handlePageRequest } from './page-request-handler';
import { PageReports } from './page-reports';
import { userStore } from './user-corpus';

type Sender = Parameters<typeof handlePageRequest>[1];
const tabSender = { tab: { id: 7, index: 0 }, frameId: 0, url: 'https://example.org/a' } as Sender;

describe('handlePageRequest', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serves the compiled matcher and publishes it where content scripts read their settings', async () => {
    const reply = await handlePageRequest({ type: 'matcher' }, tabSender, new PageReports());
    expect(reply.ok).toBe(true);
    const published = parsePublishedMatcher((reply as { value: unknown }).value)!;
    expect(published.ownSerialized).toBeNull();
    const found = findMentions(deserializeMatcher(published.serialized), 'التقى وفد حماس في طهران');
    expect(found.map((mention) => mention.id)).toEqual(['org.hamas', 'place.tehran']);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(PUBLISHED_MATCHER_KEY))[PUBLISHED_MATCHER_KEY]).toEqual(published));
  });

  it('remembers a false match for the page without its fragment, and nothing from a private window', async () => {
    const pages = new PageReports();
    const stored = async () => (await (await userStore()).listFalseMatches()).map(({ entityId, url, text }) => ({ entityId, url, text }));
    const before = await stored();
    const privateTab = { ...tabSender, tab: { id: 9, index: 0, incognito: true }, url: 'https://example.org/private' } as Sender;
    expect(await handlePageRequest({ type: 'markFalseMatch', entityId: 'country.qatar', text: 'قطر' }, privateTab, pages)).toEqual({ ok: true, value: 'privateWindow' });
    expect(await stored()).toEqual(before);
    const withFragment = { ...tabSender, url: 'https://example.org/a#comments' } as Sender;
    expect(await handlePageRequest({ type: 'markFalseMatch', entityId: 'country.qatar', text: 'قطر' }, withFragment, pages)).toEqual({ ok: true, value: 'stored' });
    expect(await stored()).toEqual([...before, { entityId: 'country.qatar', url: 'https://example.org/a', text: 'قطر' }]);
  });

  it('records a frame report with its counts and positions for the tab', async () => {
    const pages = new PageReports();
    await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { 'org.hamas': 3 }, positions: { 'org.hamas': [10, 400, 900] } }, tabSender, pages);
    expect(pages.forTab(7)).toEqual([expect.objectContaining({ url: 'https://example.org/a', entityCounts: { 'org.hamas': 3 }, positions: { 'org.hamas': [10, 400, 900] } })]);
  });

  it('answers a surface with every frame report of the asked tab, and nothing of other tabs', async () => {
    const pages = new PageReports();
    await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { 'org.hamas': 2 }, positions: {} }, tabSender, pages);
    await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { 'place.tehran': 1 }, positions: {} }, { ...tabSender, frameId: 3 } as never, pages);
    const reply = await handlePageRequest({ type: 'pageEntities', tabId: 7 }, {} as never, pages);
    expect(reply.ok && (reply.value as { frameId: number; entityCounts: object }[]).map(({ frameId, entityCounts }) => ({ frameId, entityCounts }))).toEqual([
      { frameId: 0, entityCounts: { 'org.hamas': 2 } },
      { frameId: 3, entityCounts: { 'place.tehran': 1 } },
    ]);
    expect(await handlePageRequest({ type: 'pageEntities', tabId: 8 }, {} as never, pages)).toEqual({ ok: true, value: [] });
  });

  it('refuses a report that does not come from a tab', async () => {
    const reply = await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: {}, positions: {} }, {} as never, new PageReports());
    expect(reply.ok).toBe(false);
  });

  it('relays scroll-to only to the frames that reported the entity', async () => {
    const pages = new PageReports();
    await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { 'org.hamas': 1 }, positions: {} }, { ...tabSender, frameId: 0 } as never, pages);
    await handlePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { 'place.tehran': 1 }, positions: {} }, { ...tabSender, frameId: 3 } as never, pages);
    const sent: { frameId?: number; message: unknown }[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown, options?: { frameId?: number }) => {
      sent.push({ frameId: options?.frameId, message });
      return true;
    }) as never);
    const reply = await handlePageRequest({ type: 'scrollToMention', tabId: 7, entityId: 'place.tehran', occurrence: 2 }, {} as never, pages);
    expect(reply).toEqual({ ok: true, value: true });
    expect(sent).toEqual([{ frameId: 3, message: { type: 'scrollToMention', entityId: 'place.tehran', occurrence: 2 } }]);
  });
});

describe('the matcher with the user\'s own entities', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serves them in a matcher of their own, leaving the marks pages can read exactly as without them', async () => {
    const { UserStore } = await import('./user-store/store');
    const store = await UserStore.open();
    await store.putEntity({ id: 'own.source', nameAr: 'خالد الحمدان', nameEn: '', type: 'person', forms: ['الحمدان'], createdAt: 1 });
    await store.putEntity({ id: 'own.office', nameAr: 'مكتب حماس', nameEn: '', type: 'organisation', forms: [], createdAt: 2 });
    store.close();
    vi.resetModules();
    const fresh = await import('./page-request-handler');
    const reply = await fresh.handlePageRequest({ type: 'matcher' }, tabSender, new PageReports());
    const published = parsePublishedMatcher((reply as { value: unknown }).value)!;
    const text = 'قال خالد الحمدان إن مكتب حماس في طهران';
    // An own name overlapping a bundled one does not take its place: the page sees the same marks either way.
    expect(findMentions(deserializeMatcher(published.serialized), text).map((mention) => mention.id)).toEqual(['org.hamas', 'place.tehran']);
    expect(findMentions(deserializeMatcher(published.ownSerialized!), text).map((mention) => mention.id)).toEqual(['own.source', 'own.office']);
  });
});
