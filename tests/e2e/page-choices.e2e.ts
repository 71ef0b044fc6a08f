import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, startHarness, type Harness, type InExtension } from './harness';
import { centreOfMark, clickInCard, markedTexts, openInFront, pollFor, settledMarks, waitForCard } from './page-helpers';

/** The article's marks (page-marking.e2e.ts): two persons, an organisation in two forms, a place twice, one more person. */
const ALL_MARKS = ['جواد ظريف', 'حركة حماس', 'حماس', 'طهران', 'طهران', 'عزت الرشق', 'علي لاريجاني', 'مجلس الشورى'].sort();

describe(`the reader's choices on pages: kinds of name shown, "not this one" (${BROWSER})`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'ar' });
  });
  afterAll(async () => harness?.close());

  const setShownTypes = (types: string[]) =>
    harness.inExtension(async (shownTypes: string[]) => {
      const { ext } = globalThis as unknown as InExtension;
      const { pageSettings } = await ext.storage.local.get('pageSettings');
      await ext.storage.local.set({ pageSettings: { ...(pageSettings as object | undefined), shownTypes } });
    }, types);

  /** The page's marks once they are exactly `expected` (they change after a settings change or a republished matcher). */
  const marksBecome = (page: Page, expected: string[]) =>
    pollFor(async () => (await markedTexts(page)).sort(), (marks) => JSON.stringify(marks) === JSON.stringify(expected), 6_000);

  it('marks only the kinds of name the settings show, in an open tab at once, and all of them again', async () => {
    const page = await harness.openFixture('page-article.html');
    expect(await settledMarks(page, { atLeast: 8 })).toEqual(ALL_MARKS);
    await setShownTypes(['place', 'organisation']);
    await page.bringToFront();
    expect(await marksBecome(page, ['حركة حماس', 'حماس', 'طهران', 'طهران', 'مجلس الشورى'].sort())).toEqual(['حركة حماس', 'حماس', 'طهران', 'طهران', 'مجلس الشورى'].sort());
    await setShownTypes(['person', 'organisation', 'country', 'place', 'event', 'topic']);
    await page.bringToFront();
    expect(await marksBecome(page, ALL_MARKS)).toEqual(ALL_MARKS);
    await page.close();
  });

  it('leaves a mention unmarked on its page once turned away, in every tab, and marks it again when restored', async () => {
    const { page, tabId } = await openInFront(harness, 'page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const withoutZarif = ALL_MARKS.filter((text) => text !== 'جواد ظريف');

    if (BROWSER === 'chromium') {
      // The card's own button (the DevTools protocol reaches into its closed root; Firefox's driver cannot).
      const point = await centreOfMark(page, 'جواد ظريف');
      await page.mouse.move(point.x, point.y);
      const card = await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.javad-zarif' && shown.text.includes('ليس هذا'));
      expect(card?.entityId).toBe('person.javad-zarif');
      await clickInCard(page, 'hover-card__not-this-one');
    } else {
      // What the background stores on the card's request.
      await falseMatchStore({ url: page.url(), entityId: 'person.javad-zarif', text: 'جواد ظريف' });
    }
    expect(await marksBecome(page, withoutZarif)).toEqual(withoutZarif);

    // Remembered: the same page opened again stays without it; another page still has the name marked.
    const again = await harness.openFixture('page-article.html');
    expect(await marksBecome(again, withoutZarif)).toEqual(withoutZarif);
    const elsewhere = await harness.openFixture('page-article.html?another-page');
    expect(await marksBecome(elsewhere, ALL_MARKS)).toEqual(ALL_MARKS);
    await elsewhere.close();
    const stored = await falseMatchStore();
    expect(stored).toEqual([expect.objectContaining({ entityId: 'person.javad-zarif', text: 'جواد ظريف', url: page.url() })]);

    // Restored from the options page's list, the name is marked again.
    const options = await harness.openExtensionPage('options.html', '#false-match-list button');
    await options.click('#false-match-list button');
    await options.waitForSelector('#false-matches-heading ~ p.hint');
    await options.close();
    await again.bringToFront();
    expect(await marksBecome(again, ALL_MARKS)).toEqual(ALL_MARKS);
    await again.close();
    await page.close();
    expect(await harness.errorLog()).toEqual([]);
  });

  type StoredFalseMatch = { url: string; entityId: string; text: string };

  /**
   * The false matches in the user's store, read in the extension; with `added`, first written the way the
   * background does on the card's request (for the driver that cannot click the card) and announced.
   */
  function falseMatchStore(added: StoredFalseMatch | null = null): Promise<StoredFalseMatch[]> {
    return harness.inExtension(async (record: StoredFalseMatch | null) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('user-data');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<StoredFalseMatch[]>((resolve, reject) => {
        const transaction = database.transaction('falseMatches', 'readwrite');
        const store = transaction.objectStore('falseMatches');
        if (record) store.put({ id: 'test-false-match', createdAt: Date.now(), ...record });
        const request = store.getAll();
        transaction.oncomplete = () => resolve(request.result as StoredFalseMatch[]);
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
      if (record) await (globalThis as unknown as InExtension).ext.storage.local.set({ userDataRevision: Date.now() });
      return all;
    }, added);
  }
});
