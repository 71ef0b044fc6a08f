import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { BrowserName } from '../../scripts/lib/browsers';
import { launchWithExtension, reportedTabId, type ExtensionBrowser } from '../../scripts/lib/launch';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import type { ErrorLogEntry } from '../../utils/error-log';

export const BROWSER: BrowserName = process.env.BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL(`../../artifacts/e2e/${BROWSER}/`, import.meta.url));

export interface Harness extends ExtensionBrowser {
  server: StaticServer;
  /** Opens an extension page (`popup.html?tab=3`) and waits until `readySelector` is in it. */
  /** `beforeLoad` sees each tab before it navigates (to watch its console from the start). */
  openExtensionPage(path: string, readySelector?: string, beforeLoad?: (page: Page) => void): Promise<Page>;
  openFixture(path: string): Promise<Page>;
  /** Runs a function where the extension's APIs are (an extension page), in either browser. */
  inExtension<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  errorLog(): Promise<ErrorLogEntry[]>;
  /** The id of the tab showing `url`, once its content script has reported. */
  tabIdOf(url: string): Promise<number>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Firefox 140 (ESR) refuses, under an extension page's CSP, the `Function()` with which `waitForFunction` builds
 * its predicate inside the page. There the predicate is evaluated from the driver instead, every 100 ms
 * (an evaluation from the driver is not the page's own code), until it returns a truthy value.
 */
function pollFromOutside(page: Page): void {
  page.waitForFunction = (async (predicate: Parameters<Page['waitForFunction']>[0], { timeout = 30_000 }: { timeout?: number } = {}, ...args: unknown[]) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await page.evaluateHandle(predicate as (...values: unknown[]) => unknown, ...args);
      if (await handle.evaluate((value) => Boolean(value))) return handle;
      await handle.dispose();
      if (Date.now() > deadline) throw new Error(`waitForFunction: still false after ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }) as Page['waitForFunction'];
}

export async function startHarness({ lang = 'en', colorScheme }: { lang?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  const launched = await launchWithExtension(BROWSER, { headless: true, lang, colorScheme });
  const server = await serveFolder(FIXTURES_DIR);
  let extensionPage: Page | undefined;

  // A tab whose blank first document is queried while being replaced stays broken for Firefox's driver: give the
  // navigation a moment, and start over in a new tab if the driver still fails (`withDriverRetry`).
  const openExtensionPage = (path: string, readySelector = 'body', beforeLoad?: (page: Page) => void) =>
    withDriverRetry(async () => {
      const page = await launched.browser.newPage();
      beforeLoad?.(page);
      // Firefox never resolves navigation to moz-extension pages: start it and wait for the content instead.
      void page.goto(`${launched.extensionOrigin}/${path}`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 150));
      try {
        await page.waitForSelector(readySelector, { timeout: 15_000 });
        if (BROWSER === 'firefox') pollFromOutside(page);
        return page;
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
    });

  const inExtension = async <T,>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T> => {
    if (!extensionPage) {
      extensionPage = await openExtensionPage('reader.html', '#app');
      await extensionPage.evaluate(() => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi; ext: ExtensionApi };
        scope.ext = (scope.browser ?? scope.chrome)!;
      });
    }
    return extensionPage.evaluate(fn as (...args: unknown[]) => T, ...args) as Promise<T>;
  };

  return {
    ...launched,
    server,
    openExtensionPage,
    async openFixture(path) {
      const page = await launched.browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    inExtension,
    errorLog: () =>
      inExtension(async () => {
        const stored = await (globalThis as unknown as InExtension).ext.storage.local.get('errorLog');
        return (stored.errorLog ?? []) as ErrorLogEntry[];
      }),
    async tabIdOf(url) {
      await inExtension(() => undefined);
      return reportedTabId(extensionPage!, url);
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = `${ARTIFACTS_DIR}${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await launched.browser.close();
      await server.close();
    },
  };
}

/** The subset of the WebExtension API tests call from an extension page. */
export interface ExtensionApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Functions given to `inExtension` run inside the extension page, so they can use nothing from this file:
 * they reach the API as `(globalThis as unknown as InExtension).ext` (`browser` in Firefox, `chrome` in Chromium).
 */
export interface InExtension {
  ext: ExtensionApi;
}

/**
 * Retries a step that Firefox's driver sometimes fails with a protocol error while a fresh tab is still on its
 * initial blank document (`right-hand side of 'in' should be an object`); a real failure fails every attempt.
 */
export async function withDriverRetry<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= attempts || !isDriverProtocolError(error)) throw error;
    }
  }
}

function isDriverProtocolError(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause.name === 'ProtocolError' || cause.message.includes('Protocol error')) return true;
  }
  return false;
}
