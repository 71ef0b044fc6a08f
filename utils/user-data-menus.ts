import { browser, type Browser } from 'wxt/browser';
import { createUserDocument } from '@/lib/import/documents';
import { isWebUrl } from '@/lib/import/export-format';
import { MAX_NAME_LENGTH } from '@/lib/import/limits';
import { t } from './i18n';
import { pageAddressOf } from './page-settings';
import { readableTextOf, type ReadableText } from './readable-text';
import { userStore } from './user-corpus';
import { announceUserDataChange } from './user-data-signal';
import { toStoreError } from './user-store/errors';

export const ADD_PAGE_MENU_ID = 'add-page-to-corpus';
export const TRACK_NAME_MENU_ID = 'track-name';

export type AddPageOutcome = 'added' | 'duplicate' | 'privateWindow' | 'noText' | 'notAWebPage' | 'quota' | 'failed';

/** "Add this page to my corpus" and "Track this name" in the page's context menu. */
export function registerUserDataMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ADD_PAGE_MENU_ID, title: t('menuAddPage'), contexts: ['page'] });
    browser.contextMenus.create({ id: TRACK_NAME_MENU_ID, title: t('menuTrackName'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_PAGE_MENU_ID && tab) void addPageToCorpus(tab).then((outcome) => showOutcome(tab, outcome));
    if (info.menuItemId === TRACK_NAME_MENU_ID && tab) void trackName(info.selectionText ?? '', tab);
  });
}

/** Stores the tab's reading text with its title and URL as the source. In a private window nothing is written. */
export async function addPageToCorpus(tab: Browser.tabs.Tab): Promise<AddPageOutcome> {
  if (tab.incognito) return 'privateWindow';
  if (tab.id === undefined || (tab.url !== undefined && !isWebUrl(tab.url))) return 'notAWebPage';
  try {
    const page = await readPage(tab.id);
    const address = page?.url ?? tab.url;
    if (!address || !isWebUrl(address)) return 'notAWebPage';
    if (!page || page.text.trim() === '') return 'noText';
    const url = pageAddressOf(address);
    const store = await userStore();
    const document_ = createUserDocument(
      { text: page.text, source: { title: page.title ?? tab.title ?? null, outlet: null, url, date: null }, origin: { kind: 'page', url } },
      crypto.randomUUID().replace(/-/gu, '').slice(0, 20),
      Date.now(),
    );
    await store.addDocuments([document_]);
    await announceUserDataChange();
    return 'added';
  } catch (error) {
    const problem = toStoreError(error).problem;
    return problem === 'duplicate' || problem === 'quota' ? problem : 'failed';
  }
}

/**
 * The tab's reading text, from our content script (there on every page); where it is not (a page loaded before
 * the extension), injected through the user's gesture (`activeTab`: the menu click, the popup).
 */
async function readPage(tabId: number): Promise<(ReadableText & { url?: string }) | undefined> {
  // The content script also says where the page is: without the `tabs` permission the tab's URL shows only
  // after a gesture granted `activeTab`.
  const fromContentScript = (await browser.tabs.sendMessage(tabId, { type: 'readableText' }, { frameId: 0 }).catch(() => undefined)) as
    | (ReadableText & { url: string })
    | undefined;
  if (fromContentScript && typeof fromContentScript.text === 'string') return fromContentScript;
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readableTextOf });
  return injection?.result as ReadableText | undefined;
}

/** Opens the entity form on the options page with the selected name; a private window's selection is not taken. */
async function trackName(selection: string, tab: Browser.tabs.Tab): Promise<void> {
  if (tab.incognito) {
    showOutcome(tab, 'privateWindow');
    return;
  }
  const name = selection.trim().replace(/\s+/gu, ' ').slice(0, MAX_NAME_LENGTH);
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#track=${encodeURIComponent(name)}`), index: tab.index + 1 });
}

/** The toolbar badge tells the outcome for a few seconds: no notification permission needed. */
function showOutcome(tab: Browser.tabs.Tab, outcome: AddPageOutcome): void {
  const action = (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action | undefined;
  if (!action || tab.id === undefined) return;
  const text = outcome === 'added' ? '+1' : outcome === 'duplicate' ? '=' : '!';
  void action.setBadgeText({ tabId: tab.id, text });
  void action.setTitle({ tabId: tab.id, title: t(`addPageOutcome_${outcome}`) });
  setTimeout(() => void action.setBadgeText({ tabId: tab.id!, text: '' }).catch(() => undefined), 4000);
}
