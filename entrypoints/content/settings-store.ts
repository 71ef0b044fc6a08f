import { browser } from 'wxt/browser';
import { parsePublishedMatcher, PUBLISHED_MATCHER_KEY, type PublishedMatcher } from '@/utils/messages';
import { PAGE_SETTINGS_KEY, sanitizePageSettings, type PageSettings } from '@/utils/page-settings';

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
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PAGE_SETTINGS_KEY in changes) listener(sanitizePageSettings(changes[PAGE_SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}

/** Calls `listener` with each matcher the background publishes after the user's data changed. */
export function watchPublishedMatcher(listener: (published: PublishedMatcher) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PUBLISHED_MATCHER_KEY in changes)) return;
    const { newValue, oldValue } = changes[PUBLISHED_MATCHER_KEY]!;
    // Every change of the user's data republishes (an imported document too); only a different matcher rereads the page.
    if (JSON.stringify(newValue) === JSON.stringify(oldValue)) return;
    const published = parsePublishedMatcher(newValue);
    if (published) listener(published);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}

export async function setMarkingForSite(site: string, on: boolean): Promise<PageSettings> {
  const settings = await loadPageSettings();
  const others = settings.disabledSites.filter((known) => known !== site);
  const next = sanitizePageSettings({ ...settings, disabledSites: on ? others : [...others, site] });
  await browser.storage.local.set({ [PAGE_SETTINGS_KEY]: next });
  return next;
}
