import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser, type BrowserName } from './browsers';
import { GECKO_ID } from './extension-ids';

export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url)),
  firefox: fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url)),
};

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash. */
  extensionOrigin: string;
}

export interface LaunchOptions {
  headless: boolean;
  /** UI language, e.g. `ar` or `en`. */
  lang?: string;
  /**
   * The colour scheme pages see, for Firefox, whose WebDriver BiDi driver cannot emulate media features per page
   * (Chromium tests use `page.emulateMediaFeatures`); the system's when not given.
   */
  colorScheme?: 'light' | 'dark';
}

/** Starts the browser with the built extension loaded; never a browser without it. */
export async function launchWithExtension(name: BrowserName, { headless, lang = 'en', colorScheme }: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findBrowser(name);
  return name === 'chromium' ? launchChromium(executablePath, headless, lang) : launchFirefox(executablePath, headless, lang, colorScheme);
}

async function launchChromium(executablePath: string, headless: boolean, lang: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    enableExtensions: [BUILD_DIRS.chromium],
    args: [...CHROMIUM_ARGS, `--lang=${lang}`],
    env: { ...process.env, LANGUAGE: lang },
    defaultViewport: null,
  });
  try {
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 15_000 });
    return { name: 'chromium', browser, extensionOrigin: `chrome-extension://${new URL(worker.url()).host}` };
  } catch (error) {
    await browser.close();
    throw new Error(`Chromium started but the extension did not load from ${BUILD_DIRS.chromium}: ${String(error)}`);
  }
}

/** Firefox's `layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light, 2 the system's. */
const FIREFOX_COLOR_SCHEME = { dark: 0, light: 1 } as const;

async function launchFirefox(executablePath: string, headless: boolean, lang: string, colorScheme?: 'light' | 'dark'): Promise<ExtensionBrowser> {
  // A profile's extension UUID is random; pinning it gives extension pages a known address.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
      ...(colorScheme ? { 'layout.css.prefers-color-scheme.content-override': FIREFOX_COLOR_SCHEME[colorScheme] } : {}),
    },
    defaultViewport: null,
  });
  try {
    await browser.installExtension(BUILD_DIRS.firefox);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox started but the extension did not install from ${BUILD_DIRS.firefox}: ${String(error)}`);
  }
  return { name: 'firefox', browser, extensionOrigin: `moz-extension://${uuid}` };
}

/**
 * The id of the tab showing `url`, as the extension knows it: from the content scripts' reports, which carry the
 * URL without the `tabs` permission. `extensionPage` is any open page of the extension.
 */
export async function reportedTabId(extensionPage: Page, url: string, timeoutMs = 5_000): Promise<number> {
  const tabId = await extensionPage.evaluate(
    async (wanted: string, deadline: number) => {
      const scope = globalThis as unknown as { browser?: MinimalApi; chrome?: MinimalApi };
      const api = (scope.browser ?? scope.chrome)!;
      while (Date.now() < deadline) {
        for (const tab of await api.tabs.query({})) {
          const reply = (await api.runtime.sendMessage({ type: 'pageEntities', tabId: tab.id })) as { value?: { url: string }[] };
          if (reply?.value?.some((report) => report.url === wanted)) return tab.id ?? -1;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return -1;
    },
    url,
    Date.now() + timeoutMs,
  );
  if (tabId === -1) throw new Error(`No content script reported ${url} within ${timeoutMs} ms.`);
  return tabId;
}

interface MinimalApi {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Stops the extension's MV3 service worker (Chromium), as the browser does after 30 s idle; the next message
 * starts a fresh one. `page` is any page the DevTools session can attach to.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  const isExtensionWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://');
  for (let waited = 0; page.browser().targets().some(isExtensionWorker); waited += 20) {
    if (waited > 3_000) throw new Error('The service worker did not stop.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
