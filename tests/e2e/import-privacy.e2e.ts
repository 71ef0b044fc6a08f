import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, FIXTURES_DIR, startHarness, type Harness, type InExtension } from './harness';
import { pollFor, readCard, settledMarks } from './page-helpers';

const OWN_NAME = 'خالد الحمدان';
const OWN_SURNAME = 'الحمدان';

/**
 * A name the user tracks may be a journalist's source: a page's scripts must not learn that it is tracked. This
 * reads everything the page's own world can see — every range of every registered highlight, and the whole DOM —
 * after the content script has marked the page.
 */
describe(`own entities stay private from the page (${BROWSER})`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'en' });
  });
  afterAll(async () => harness?.close());

  it('marks bundled names where the page can read them, and the user\'s own name nowhere the page can read', async () => {
    const options = await harness.openExtensionPage('options.html', '#entity-form');
    await options.type('#entity-form input[name="nameAr"]', OWN_NAME);
    await options.type('#entity-form textarea[name="forms"]', OWN_SURNAME);
    await options.click('#entity-form button[type="submit"]');
    const row = await options.waitForSelector('#entity-list [data-entity-id]');
    const ownId = (await row!.evaluate((element) => element.getAttribute('data-entity-id')))!;
    expect(ownId).toMatch(/^own\./u);
    await options.close();

    const page = await harness.openFixture('import-privacy.html');
    // The control: the page does see marks, so an own name among them would be seen too.
    const bundledMarks = await settledMarks(page, { atLeast: 1 });
    expect(bundledMarks.some((text) => text.includes('حماس'))).toBe(true);
    await expectNothingVisibleToPage(page);

    // The extension did recognise it: the side panel's list for the tab (the frame's report) names it…
    const tabId = await harness.tabIdOf(page.url());
    const reported = await pollFor(async () => {
      const reply = (await harness.inExtension(
        (id: number) => (globalThis as unknown as InExtension).ext.runtime.sendMessage({ type: 'pageEntities', tabId: id }),
        tabId,
      )) as { ok: boolean; value: { entityCounts: Record<string, number> }[] };
      expect(reply.ok).toBe(true);
      return reply.value.reduce((sum, report) => sum + (report.entityCounts[ownId] ?? 0), 0);
    }, (count) => count >= 2);
    expect(reported).toBe(2);

    // …and hovering it opens the card inside the closed shadow root, still showing the page nothing.
    await page.bringToFront();
    const point = await page.evaluate((wanted: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, OWN_NAME);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = await pollFor(() => readCard(harness, page, tabId), (shown) => shown?.entityId === ownId);
    expect(card).toMatchObject({ entityId: ownId, host: 'arabic-lookup-card' });
    expect(card!.text).toContain(OWN_NAME);
    await expectNothingVisibleToPage(page);
    await page.keyboard.press('Escape');

    // Only when the user turns marking of own names on, knowingly, are they marked like the others.
    const setMarkOwn = (on: boolean) =>
      harness.inExtension(async (value: boolean) => {
        const { ext } = globalThis as unknown as InExtension;
        const { pageSettings } = await ext.storage.local.get('pageSettings');
        await ext.storage.local.set({ pageSettings: { ...(pageSettings as object | undefined), markOwnEntities: value } });
      }, on);
    await setMarkOwn(true);
    await page.bringToFront();
    const marks = await settledMarks(page, { atLeast: bundledMarks.length + 2 });
    expect(marks.filter((text) => text.includes(OWN_SURNAME)).sort()).toEqual([OWN_NAME, OWN_SURNAME].sort());
    await setMarkOwn(false);
    await page.waitForFunction(
      (surname: string) =>
        [...(CSS.highlights.get('arabic-lookup-underline') ?? [])].every((abstract) => {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          return !range.toString().includes(surname);
        }),
      { timeout: 5_000 },
      OWN_SURNAME,
    );
    await expectNothingVisibleToPage(page);
    await page.close();
  });

  /** Reads every range of every registered highlight and the whole DOM, from the page's own world. */
  async function expectNothingVisibleToPage(page: Page): Promise<void> {
    const visible = await page.evaluate(() => {
      const texts: string[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const abstract of highlight) {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          texts.push(range.toString());
        }
      }
      return { highlightTexts: texts, html: document.documentElement.outerHTML };
    });
    expect(visible.highlightTexts.filter((text) => text.includes(OWN_SURNAME))).toEqual([]);
    // The DOM names the source exactly as often as the served file does: nothing added, nothing wrapped.
    const served = readFileSync(`${FIXTURES_DIR}import-privacy.html`, 'utf8');
    const count = (text: string) => text.split(OWN_SURNAME).length - 1;
    expect(count(visible.html)).toBe(count(served));
    expect(visible.html).not.toMatch(/own\.[\w-]+/u);
  }

  it('opens the form with a name handed over as "Track this name" does, and then finds its passages in the bundled corpus', async () => {
    const name = 'مكتب حماس';
    const options = await harness.openExtensionPage(`options.html#track=${encodeURIComponent(name)}`, '#entity-form');
    expect(await options.$eval('#entity-form input[name="nameAr"]', (input) => (input as HTMLInputElement).value)).toBe(name);
    await options.click('#entity-form button[type="submit"]');
    const id = await options.waitForFunction(
      (wanted: string) => [...document.querySelectorAll('#entity-list [data-entity-id]')].find((row) => row.querySelector('.entity__name')?.textContent === wanted)?.getAttribute('data-entity-id'),
      {},
      name,
    );
    const entityId = (await id.jsonValue()) as string;
    const reply = (await harness.inExtension(
      (wanted: string) => (globalThis as unknown as InExtension).ext.runtime.sendMessage({ type: 'lookupEntity', entityId: wanted, limit: 10 }),
      entityId,
    )) as { ok: boolean; value: { passages: { documentId: string; text: string }[] } | null };
    expect(reply.ok).toBe(true);
    expect(reply.value?.passages.some((passage) => passage.documentId === '001_5d52c3400be08642' && passage.text.includes(name))).toBe(true);
  });
});
