import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureUncaughtErrors } from '@/utils/error-log';

/** Arabic letters (base block and supplements): a page without any is left alone at almost no cost. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    captureUncaughtErrors('content', { ownScriptsOnly: true });
    const hasArabic = ARABIC.test(document.body?.textContent?.slice(0, 200_000) ?? '');
    void browser.runtime.sendMessage({ type: 'reportPage', hasArabic });
  },
});
