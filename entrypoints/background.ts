import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { captureUncaughtErrors } from '@/utils/error-log';
import { registerSelectionLookup } from '@/utils/selection-lookup';
import { PageReports } from '@/utils/page-reports';

export default defineBackground(() => {
  captureUncaughtErrors('background');
  registerSelectionLookup();
  const pages = new PageReports();
  browser.tabs.onRemoved.addListener((tabId) => pages.forget(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = message as { type?: unknown; tabId?: unknown; hasArabic?: unknown; entityCounts?: unknown };
    if (request?.type === 'reportPage' && sender.tab?.id !== undefined) {
      pages.record({
        tabId: sender.tab.id,
        frameId: sender.frameId ?? 0,
        url: sender.url ?? '',
        hasArabic: request.hasArabic === true,
        entityCounts: {},
        time: Date.now(),
      });
      sendResponse({ ok: true });
      return;
    }
    if (request?.type === 'pageEntities' && typeof request.tabId === 'number') {
      sendResponse({ ok: true, pages: pages.forTab(request.tabId) });
      return;
    }
    sendResponse({ ok: false, error: 'unknown request' });
  });
});
