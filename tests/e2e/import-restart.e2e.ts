import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/launch';
import { BROWSER, startHarness, type Harness } from './harness';

/**
 * What was imported survives every extension context going away: in Firefox a runtime.reload() (what an update
 * does), in Chromium all pages closed and the service worker stopped. A whole browser restart would need a
 * persistent profile, which the shared harness does not offer: the unit tests reopen the database instead.
 */
describe(`imported data across a restart of the extension's contexts (${BROWSER})`, () => {
  let harness: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'import-restart-'));
    harness = await startHarness({ lang: 'en' });
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still lists the imported document afterwards', async () => {
    const path = join(dir, 'باق.txt');
    writeFileSync(path, 'وثيقة باقية\nهذه وثيقة يجب أن تبقى بعد إعادة تحميل الإضافة.');
    let options = await harness.openExtensionPage('options.html', '#import-files');
    await ((await options.$('#import-files')) as ElementHandle<HTMLInputElement>).uploadFile(path);
    await options.waitForSelector('#import-confirm:not([disabled])');
    await options.click('#import-confirm');
    await options.waitForSelector('#document-list [data-document-id]');

    if (BROWSER === 'firefox') {
      await options
        .evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload())
        .catch(() => undefined); // the reload closes this very page
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } else {
      // Chromium unloads an extension loaded over DevTools on runtime.reload() instead of restarting it, so there
      // every context is stopped instead: the pages closed, the service worker stopped.
      const blank = await harness.browser.newPage();
      await options.close();
      await stopServiceWorker(blank);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));

    options = await harness.openExtensionPage('options.html', '#document-list [data-document-id]');
    const excerpt = await options.$eval('#document-list .document__excerpt', (node) => node.textContent);
    expect(excerpt).toBe('وثيقة باقية\nهذه وثيقة يجب أن تبقى بعد إعادة تحميل الإضافة.');
  });
});
