import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { captureUncaughtErrors } from '@/utils/error-log';
import { handleMessage, isBackendMessage } from '@/utils/handle-request';
import { registerSelectionLookup } from '@/utils/selection-lookup';
import { registerUserDataMenus } from '@/utils/user-data-menus';
import { parsePageRequest } from '@/utils/messages';
import { handlePageRequest } from '@/utils/page-request-handler';
import { PageReports } from '@/utils/page-reports';
import { createUserAwareSearchBackend } from '@/utils/user-search-backend';

export default defineBackground(() => {
  captureUncaughtErrors('background');
  registerSelectionLookup();
  registerUserDataMenus();
  const pages = new PageReports();
  const corpus = createUserAwareSearchBackend();
  browser.tabs.onRemoved.addListener((tabId) => pages.forget(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (isBackendMessage(message)) {
      void handleMessage(message, corpus).then(sendResponse);
      return true;
    }
    const pageRequest = parsePageRequest(message);
    if (pageRequest) {
      handlePageRequest(pageRequest, sender, pages).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    }
    sendResponse({ ok: false, error: 'unknown request' });
  });
});
