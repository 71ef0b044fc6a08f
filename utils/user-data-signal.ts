import { browser } from 'wxt/browser';
import { watchLocalKey } from './storage-watch';

/**
 * The user's data lives in IndexedDB, which raises no event across contexts. Whoever changes it bumps this
 * revision in extension storage; the background (which rebuilds the index and matcher) and open options pages
 * watch it.
 */
export const USER_DATA_REVISION_KEY = 'userDataRevision';

export async function announceUserDataChange(): Promise<void> {
  await browser.storage.local.set({ [USER_DATA_REVISION_KEY]: Date.now() });
}

export function watchUserDataChanges(listener: () => void): () => void {
  return watchLocalKey(USER_DATA_REVISION_KEY, () => listener());
}
