import { browser, type Browser } from 'wxt/browser';
import { bundledCatalogue } from '@/lib/catalogue/load';
import { compileMatcher, serializeMatcher } from '@/lib/match';
import { PUBLISHED_MATCHER_KEY, type PageRequest, type PublishedMatcher, type ScrollToMentionCommand } from './messages';
import type { PageReports } from './page-reports';
import { pageAddressOf } from './page-settings';
import { userEntities, userFalseMatches, userStore } from './user-corpus';
import { addPageToCorpus } from './user-data-menus';
import { announceUserDataChange, watchUserDataChanges } from './user-data-signal';

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

let serializedMatcher: Promise<PublishedMatcher> | undefined;
let watchingUserData = false;

/**
 * The compiled matcher over the entities in force (the bundled catalogue with the user's own, muted and extra
 * forms), serialised once and again after each change of the user's data. It is also published in
 * `storage.local`, where content scripts read it with their settings in one call, without waking this worker.
 * The user's own entities have a matcher of their own (see `PublishedMatcher`): the content script finds them for
 * the side panel and the hover card but registers no page-readable mark for them unless the user turned that on.
 * `storage.local` is the extension's own, never readable by pages.
 */
function currentMatcher(): Promise<PublishedMatcher> {
  if (!watchingUserData) {
    watchingUserData = true;
    watchUserDataChanges(() => {
      serializedMatcher = undefined;
      void currentMatcher().catch(() => undefined);
    });
  }
  if (!serializedMatcher) {
    const compiled = Promise.all([userEntities(bundledCatalogue().entities), userFalseMatches()]).then(
      ([{ entities, ownEntities }, falseMatches]): PublishedMatcher => ({
        serialized: serializeMatcher(compileMatcher(entities)),
        ownSerialized: ownEntities.length > 0 ? serializeMatcher(compileMatcher(ownEntities)) : null,
        entityTypes: Object.fromEntries([...entities, ...ownEntities].map((entity) => [entity.id, entity.type])),
        falseMatches,
      }),
    );
    serializedMatcher = compiled;
    compiled.then(
      (published) => browser.storage.local.set({ [PUBLISHED_MATCHER_KEY]: published }),
      () => (serializedMatcher = undefined),
    );
  }
  return serializedMatcher;
}

/**
 * The background's side of the page requests: the matcher for content scripts, their reports, and the actions
 * the hover card and the surfaces ask for on a tab. Side effects only through `browser.*`; no corpus here.
 */
export async function handlePageRequest(request: PageRequest, sender: Browser.runtime.MessageSender, pages: PageReports): Promise<Reply> {
  switch (request.type) {
    case 'matcher':
      return { ok: true, value: await currentMatcher() };
    case 'reportPage':
      if (sender.tab?.id === undefined) return { ok: false, error: 'reportPage: only a tab can report' };
      pages.record({
        tabId: sender.tab.id,
        frameId: sender.frameId ?? 0,
        url: sender.url ?? '',
        hasArabic: request.hasArabic,
        entityCounts: request.entityCounts,
        positions: request.positions,
        time: Date.now(),
      });
      return { ok: true, value: null };
    case 'pageEntities':
      return { ok: true, value: pages.forTab(request.tabId) };
    case 'scrollToMention': {
      const command: ScrollToMentionCommand = { type: 'scrollToMention', entityId: request.entityId, occurrence: request.occurrence ?? 0 };
      const frames = request.frameId !== undefined ? [request.frameId] : pages.forTab(request.tabId).filter((page) => (page.entityCounts[request.entityId] ?? 0) > 0).map((page) => page.frameId);
      const answers = await Promise.all(
        frames.map((frameId) => browser.tabs.sendMessage(request.tabId, command, { frameId }).then((found) => found === true, () => false)),
      );
      return { ok: true, value: answers.some(Boolean) };
    }
    case 'openReader':
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?passage=${encodeURIComponent(request.passageId)}`), ...openerOf(sender) });
      return { ok: true, value: 'tab' };
    case 'showEntity':
      return { ok: true, value: await showEntity(request.entityId, sender) };
    case 'addPage':
      return { ok: true, value: await addPageToCorpus(await browser.tabs.get(request.tabId)) };
    case 'markFalseMatch':
      return { ok: true, value: await markFalseMatch(request.entityId, request.text, sender) };
  }
}

/**
 * Remembers that a mention on the sender's page does not name the entity; the republished matcher then leaves it
 * unmarked there in every tab. A private window's page stays unremembered: its content script hides the mention
 * for this visit only.
 */
async function markFalseMatch(entityId: string, text: string, sender: Browser.runtime.MessageSender): Promise<'stored' | 'privateWindow'> {
  if (sender.tab?.incognito || !sender.url) return 'privateWindow';
  const store = await userStore();
  await store.addFalseMatch({ id: crypto.randomUUID(), entityId, url: pageAddressOf(sender.url), text, createdAt: Date.now() });
  await announceUserDataChange();
  return 'stored';
}

const openerOf = (sender: Browser.runtime.MessageSender) => (sender.tab?.id !== undefined ? { openerTabId: sender.tab.id, index: sender.tab.index + 1 } : {});

/**
 * Chrome lets `sidePanel.open` run from a click relayed by a content script only before any `await`; Firefox
 * refuses `sidebarAction.open` outside its own user-action handlers. Where the panel cannot open, a tab shows it.
 */
async function showEntity(entityId: string, sender: Browser.runtime.MessageSender): Promise<'sidepanel' | 'tab'> {
  const path = `/sidepanel.html?entity=${encodeURIComponent(entityId)}` as const;
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const tabId = sender.tab?.id;
  if (sidePanel && tabId !== undefined) {
    const options = sidePanel.setOptions({ tabId, path: path.slice(1), enabled: true });
    const opened = sidePanel.open({ tabId });
    try {
      await Promise.all([options, opened]);
      return 'sidepanel';
    } catch {
      // No user gesture reached us: fall back to a tab below.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path), ...openerOf(sender) });
  return 'tab';
}

interface ChromeSidePanel {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}
