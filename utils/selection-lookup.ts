import { browser } from 'wxt/browser';
import { t } from './i18n';
import { openSidePanel, requestLookup } from './side-panel';

export const LOOK_UP_MENU_ID = 'look-up-selection';
/** The keyboard command's name in the manifest's `commands`. */
export const LOOK_UP_COMMAND = 'look-up-selection';
/** A selection longer than this is a slip of the mouse, not a name to look up; search takes the start. */
const MAX_SELECTION_LENGTH = 500;

/**
 * "Look up in the corpus" on a selection, from the context menu or the keyboard shortcut: the side panel opens on
 * that query. Registered by the background; the panel is opened first, while the browser still counts the click
 * or key press as the user's.
 */
export function registerSelectionLookup(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LOOK_UP_MENU_ID, title: t('lookUpInCorpus'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOK_UP_MENU_ID) return;
    void lookUpSelection(info.selectionText ?? '', tab?.windowId, tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== LOOK_UP_COMMAND) return;
    const opening = openSidePanelSafely(tab?.windowId, tab?.id);
    void (async () => {
      const selection = tab?.id === undefined ? '' : await selectedTextIn(tab.id);
      await opening;
      if (selection.trim()) await requestLookup({ query: clip(selection) });
    })();
  });
}

/** The context menu's path, also called directly by tests that cannot click a native menu. */
export async function lookUpSelection(selection: string, windowId?: number, tabId?: number): Promise<void> {
  const opening = openSidePanelSafely(windowId, tabId);
  if (selection.trim()) await requestLookup({ query: clip(selection) });
  await opening;
}

function openSidePanelSafely(windowId?: number, tabId?: number): Promise<void> {
  return openSidePanel({ windowId, tabId }).catch((error: unknown) => {
    // Without a gesture (a test calling in directly) the panel stays shut; the lookup still waits for it.
    console.warn('side panel not opened:', error);
  });
}

/** The page's selection, read through the access the shortcut grants to the active tab (`activeTab`). */
async function selectedTextIn(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => getSelection()?.toString() ?? '' });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}

function clip(selection: string): string {
  return selection.trim().slice(0, MAX_SELECTION_LENGTH);
}
