/**
 * How the page is marked, kept in `browser.storage` so that the popup, the options page and every open tab share
 * one truth: a change made in one surface is applied at once in every tab (their content scripts watch it).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTINGS_KEY, sanitizePageSettings, withMarkingForSite, type PageSettings } from './page-settings';

export * from './page-settings';

export const pageSettingsItem = storage.defineItem<PageSettings>(`local:${PAGE_SETTINGS_KEY}`, { fallback: DEFAULT_PAGE_SETTINGS });

export async function loadPageSettings(): Promise<PageSettings> {
  return sanitizePageSettings(await pageSettingsItem.getValue());
}

/** Calls `listener` with the new settings whenever any surface changes them; returns the way to stop. */
export function watchPageSettings(listener: (settings: PageSettings) => void): () => void {
  return pageSettingsItem.watch((value) => listener(sanitizePageSettings(value)));
}

export async function updatePageSettings(change: Partial<PageSettings>): Promise<PageSettings> {
  const next = sanitizePageSettings({ ...(await loadPageSettings()), ...change });
  await pageSettingsItem.setValue(next);
  return next;
}

export async function setMarkingForSite(site: string, on: boolean): Promise<PageSettings> {
  const next = withMarkingForSite(await loadPageSettings(), site, on);
  await pageSettingsItem.setValue(next);
  return next;
}
