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
  const page = await harness.openExtensionPage(path, readySelector, (tab) => errors.watch(tab, path));
  await page.setViewport({ width, height }).catch((error: unknown) => {
    // Firefox 140's driver sizes the page but knows no screen orientation override, which puppeteer sends along.
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  });
  if (BROWSER === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  return page;
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
