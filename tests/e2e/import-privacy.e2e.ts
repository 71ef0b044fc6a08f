import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, FIXTURES_DIR, startHarness, type Harness, type InExtension } from './harness';
import { settledMarks } from './page-helpers';

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
    await options.waitForSelector('#entity-list [data-entity-id]');
    await options.close();

    const page = await harness.openFixture('import-privacy.html');
    // The control: the page does see marks, so an own name among them would be seen too.
    const bundledMarks = await settledMarks(page, { atLeast: 1 });
    expect(bundledMarks.some((text) => text.includes('حماس'))).toBe(true);

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
    await page.close();
  });

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
