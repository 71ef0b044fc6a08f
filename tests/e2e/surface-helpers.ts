import type { Page } from 'puppeteer-core';
import { BROWSER, withDriverRetry, type Harness } from './harness';

export type ColorScheme = 'light' | 'dark';

/** Every console error and uncaught exception of the pages a test opened, to assert there were none. */
export class PageErrors {
  readonly errors: string[] = [];

  watch(page: Page, label: string): Page {
    page.on('console', (message) => {
      // A served fixture has no favicon: the browser's request for one is not the extension's error.
      if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) this.errors.push(`${label}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`${label}: ${String(error)}`));
    return page;
  }
}

/**
 * Opens an extension page at a given size in the run's colour scheme. Chromium emulates the scheme per page;
 * Firefox got it at launch (`startHarness({ colorScheme })`), as its driver cannot emulate media features.
 */
export async function openSurface(
  harness: Harness,
  errors: PageErrors,
  path: string,
  readySelector: string,
  { width, height, colorScheme }: { width: number; height: number; colorScheme: ColorScheme },
): Promise<Page> {
  // A tab whose blank first document is queried while being replaced stays broken for Firefox's driver
  // (`right-hand side of 'in' should be an object`): give the navigation a moment, and start over in a new tab
  // if the driver still fails.
  const page = await withDriverRetry(async () => {
    const tab = errors.watch(await harness.browser.newPage(), path);
    // Firefox never resolves navigation to moz-extension pages: start it and wait for the content instead.
    void tab.goto(`${harness.extensionOrigin}/${path}`).catch(() => undefined);
    await settle(150);
    try {
      await tab.waitForSelector(readySelector, { timeout: 15_000 });
      return tab;
    } catch (error) {
      await tab.close().catch(() => undefined);
      throw error;
    }
  });
  await page.setViewport({ width, height });
  if (BROWSER === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  return page;
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
