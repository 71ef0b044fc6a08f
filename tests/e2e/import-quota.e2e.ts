import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/launch';
import { BROWSER, startHarness, type Harness } from './harness';

// Storage.overrideQuotaForOrigin is a Chromium DevTools call; Firefox offers no way to shrink an origin's quota
// at run time, so there the all-or-nothing write is proven by the unit tests (utils/user-store) alone.
describe.skipIf(BROWSER !== 'chromium')('import when storage is full (chromium)', () => {
  let harness: Harness;
  let options: Page;
  let dir: string;
  /** Text that does not compress: Chromium compresses large IndexedDB values, and a repeated sentence shrinks to nothing. */
  const file = (name: string, kilobytes: number, seed: number) => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    let state = seed;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const words: string[] = [];
    for (let bytes = 0; bytes < kilobytes * 1024; ) {
      const word = Array.from({ length: 2 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join('');
      words.push(random() < 0.08 ? `${word}.\n` : word);
      bytes += word.length * 2 + 1;
    }
    writeFileSync(join(dir, name), words.join(' '));
    return join(dir, name);
  };
  const documentCount = () => options.$$eval('#document-list [data-document-id]', (rows) => rows.length).catch(() => 0);
  const importFiles = async (paths: string[]) => {
    await ((await options.$('#import-files')) as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    await options.waitForSelector('#import-confirm:not([disabled])');
    await options.evaluate(() => document.querySelector('[data-testid="notice"] .notice__close')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await options.click('#import-confirm');
    await options.waitForSelector('[data-testid="notice"]');
    return options.$eval('[data-testid="notice"] .notice__text', (node) => node.textContent ?? '');
  };

  let holder: Page;
  const reopen = async () => {
    // Every connection goes (this page's and the background's), then Chromium keeps the database's backing store
    // open for about two seconds more, with the quota it read.
    await options.close();
    await stopServiceWorker(holder);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    options = await harness.openExtensionPage('options.html', '#import-files');
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'import-quota-'));
    harness = await startHarness({ lang: 'en' });
    options = await harness.openExtensionPage('options.html', '#import-files');
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says the storage is full, stores none of the batch, and keeps what was stored', async () => {
    expect(await importFiles([file('first.txt', 20, 1), file('second.txt', 20, 2)])).toMatch(/Added 2 documents/u);
    expect(await documentCount()).toBe(2);

    // The override lives as long as the DevTools session that set it: a blank page holds it while the options page
    // is reopened.
    holder = await harness.browser.newPage();
    const cdp = await holder.createCDPSession();
    const { usage } = await options.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: harness.extensionOrigin, quotaSize: (usage ?? 0) + 16 * 1024 });
    // Chromium reads the quota when it opens a database's backing store: a page opened afterwards meets the new one.
    await reopen();
    const batch = Array.from({ length: 8 }, (_, index) => file(`big-${index}.txt`, 400, 10 + index));
    expect(await importFiles(batch)).toMatch(/storage is full\. Nothing was saved/u);
    expect(await documentCount()).toBe(2);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: harness.extensionOrigin });
    await reopen();
    expect(await importFiles(batch)).toMatch(/Added 8 documents/u);
    expect(await documentCount()).toBe(10);
  });
});
