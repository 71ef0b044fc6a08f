import type { Page } from 'puppeteer-core';
import { BROWSER, type Harness } from './harness';

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

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
