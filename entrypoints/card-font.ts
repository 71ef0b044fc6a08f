import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FONT_PATH, registerCardFont } from './content/font';

/** The one call this script makes, on the browser's own object: the polyfill would weigh ten times the script. */
type Runtime = { runtime: { getURL(path: string): string } };

/**
 * Registers the hover card's font face before the page is first laid out (see `registerCardFont`). A content
 * script at document start (listed in wxt.config.ts), written as an unlisted script to stay this small: WXT's
 * content script wrapper would bring the polyfill to every page's start. It registers at once, on every page:
 * waiting for the settings (an asynchronous read) sometimes let a 2 MB page be laid out first, and then
 * registering cost a second layout of it. A face nothing uses is never downloaded.
 */
export default defineUnlistedScript(() => {
  const api = (globalThis as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
  try {
    registerCardFont(api.runtime.getURL(CARD_FONT_PATH));
  } catch {
    // A document that takes no font faces: the card, if it ever shows there, keeps the system's fonts.
  }
});
