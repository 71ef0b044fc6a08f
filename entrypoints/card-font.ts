import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isMarkingOn, PAGE_SETTINGS_KEY, sanitizePageSettings, siteOf } from '@/utils/page-settings';
import { CARD_FONT_PATH, registerCardFont } from './content/font';

/** The few calls this script makes, on the browser's own object: the polyfill would weigh ten times the script. */
interface StartApi {
  runtime: { getURL(path: string): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * Registers the hover card's font face before the page is first laid out, where marking is on (see
 * `registerCardFont`): one storage read, no download, nothing else on the page. A content script at document
 * start (listed in wxt.config.ts), written as an unlisted script to stay this small: WXT's content script
 * wrapper would bring the polyfill to every page's start.
 */
export default defineUnlistedScript(() => {
  const api = (globalThis as { browser?: StartApi }).browser ?? (globalThis as unknown as { chrome: StartApi }).chrome;
  void api.storage.local
    .get(PAGE_SETTINGS_KEY)
    .then((stored) => {
      if (isMarkingOn(sanitizePageSettings(stored[PAGE_SETTINGS_KEY]), siteOf(location.href))) registerCardFont(api.runtime.getURL(CARD_FONT_PATH));
    })
    // The card then keeps the system's Arabic fonts (`loadCardFont`).
    .catch(() => undefined);
});
