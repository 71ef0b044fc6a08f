import { browser } from 'wxt/browser';
import { parsePublishedMatcher, PUBLISHED_MATCHER_KEY, type PublishedMatcher } from '@/utils/messages';
import { PAGE_SETTINGS_KEY, sanitizePageSettings, withMarkingForSite, type PageSettings } from '@/utils/page-settings';
import { watchLocalKey } from '@/utils/storage-watch';

/**
 * The page settings as the content script reads them: `browser.storage.local` under the key WXT's storage item
 * (`utils/settings.ts`) writes, without WXT's storage layer, which would add a sixth to the script's weight.
 */
export async function loadPageSettings(): Promise<PageSettings> {
  const stored = await browser.storage.local.get(PAGE_SETTINGS_KEY);
  return sanitizePageSettings(stored[PAGE_SETTINGS_KEY]);
}

/**
 * The settings and the matcher the background last published, in one storage read: no round trip through the
 * background (which may be asleep) on a page load. The matcher is null until the background has published one.
 */
export async function loadSettingsAndMatcher(): Promise<{ settings: PageSettings; matcher: PublishedMatcher | null }> {
  const stored = await browser.storage.local.get([PAGE_SETTINGS_KEY, PUBLISHED_MATCHER_KEY]);
  return { settings: sanitizePageSettings(stored[PAGE_SETTINGS_KEY]), matcher: parsePublishedMatcher(stored[PUBLISHED_MATCHER_KEY]) };
}

export function watchPageSettings(listener: (settings: PageSettings) => void, signal: AbortSignal): void {
  const stop = watchLocalKey(PAGE_SETTINGS_KEY, (value) => listener(sanitizePageSettings(value)));
  signal.addEventListener('abort', stop);
}

/** Calls `listener` with each matcher the background publishes after the user's data changed. */
export function watchPublishedMatcher(listener: (published: PublishedMatcher) => void, signal: AbortSignal): void {
  const stop = watchLocalKey(PUBLISHED_MATCHER_KEY, (newValue, oldValue) => {
    // Every change of the user's data republishes (an imported document too); only a different matcher rereads the page.
    if (JSON.stringify(newValue) === JSON.stringify(oldValue)) return;
    const published = parsePublishedMatcher(newValue);
    if (published) listener(published);
  });
  signal.addEventListener('abort', stop);
}

export async function setMarkingForSite(site: string, on: boolean): Promise<PageSettings> {
  const next = withMarkingForSite(await loadPageSettings(), site, on);
  await browser.storage.local.set({ [PAGE_SETTINGS_KEY]: next });
  return next;
}
