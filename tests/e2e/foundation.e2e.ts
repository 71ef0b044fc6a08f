import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type InExtension } from './harness';

describe(`foundation (${process.env.BROWSER ?? 'chromium'})`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'ar' });
  });
  afterAll(async () => harness?.close());

  it('starts the background with an empty error log', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });

  it.each(['popup', 'sidepanel'])('renders the %s page in Arabic, right to left', async (name) => {
    const page = await harness.openExtensionPage(`${name}.html`, 'h1');
    const { dir, lang, heading } = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      heading: document.querySelector('h1')?.textContent ?? '',
    }));
    expect({ dir, lang }).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(heading).toMatch(/^[\u0600-\u06FF\s]+$/u);
    await harness.screenshot(page, `${name}-ar`);
    await page.close();
  });

  it('runs the content script on a served Arabic page, which reports itself to the background', async () => {
    const page = await harness.openFixture('article.html');
    const fixtureUrl = page.url();
    const tabId = await harness.tabIdOf(fixtureUrl);
    const reply = await harness.inExtension(
      (id: number) => (globalThis as unknown as InExtension).ext.runtime.sendMessage({ type: 'pageEntities', tabId: id }),
      tabId,
    );
    const reports = (reply as { value: { url: string }[] }).value;
    expect(reports).toEqual([expect.objectContaining({ url: fixtureUrl, hasArabic: true })]);
    await page.close();
  });

  it('has logged no error in any context', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });
});
