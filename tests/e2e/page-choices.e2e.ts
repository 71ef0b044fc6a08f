import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, startHarness, type Harness, type InExtension } from './harness';
import { centreOfMark, clickInCard, markedTexts, settledMarks, waitForCard } from './page-helpers';

/** The article's marks (page-marking.e2e.ts): two persons, an organisation in two forms, a place twice, one more person. */
const ALL_MARKS = ['جواد ظريف', 'حركة حماس', 'حماس', 'طهران', 'طهران', 'عزت الرشق', 'علي لاريجاني'].sort();

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

  /** Waits until the page's marks are exactly `expected` (they change after a settings change or a republished matcher). */
  async function marksBecome(page: Parameters<typeof markedTexts>[0], expected: string[]): Promise<string[]> {
    let marks: string[] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      marks = (await markedTexts(page)).sort();
      if (JSON.stringify(marks) === JSON.stringify(expected)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return marks;
  }

  it('marks only the kinds of name the settings show, in an open tab at once, and all of them again', async () => {
    const page = await harness.openFixture('page-article.html');
    expect(await settledMarks(page, { atLeast: 7 })).toEqual(ALL_MARKS);
    await setShownTypes(['place', 'organisation']);
    await page.bringToFront();
    expect(await marksBecome(page, ['حركة حماس', 'حماس', 'طهران', 'طهران'].sort())).toEqual(['حركة حماس', 'حماس', 'طهران', 'طهران'].sort());
    await setShownTypes(['person', 'organisation', 'country', 'place', 'event', 'topic']);
    await page.bringToFront();
    expect(await marksBecome(page, ALL_MARKS)).toEqual(ALL_MARKS);
    await page.close();
  });

  it('leaves a mention unmarked on its page once turned away, in every tab, and marks it again when restored', async () => {
    const page = await harness.openFixture('page-article.html');
    const tabId = await harness.tabIdOf(page.url());
    await page.bringToFront();
    await settledMarks(page, { atLeast: 7 });
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
      await storeFalseMatch(page.url(), 'person.javad-zarif', 'جواد ظريف');
    }
    expect(await marksBecome(page, withoutZarif)).toEqual(withoutZarif);

    // Remembered: the same page opened again stays without it; another page still has the name marked.
    const again = await harness.openFixture('page-article.html');
    expect(await marksBecome(again, withoutZarif)).toEqual(withoutZarif);
    const stored = await falseMatches();
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

  /** Writes a false match the way the background does on the card's request, for the driver that cannot click the card. */
  function storeFalseMatch(url: string, entityId: string, text: string): Promise<void> {
    return harness.inExtension(
      async (record: { url: string; entityId: string; text: string }) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('user-data');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction('falseMatches', 'readwrite');
          transaction.objectStore('falseMatches').put({ id: 'test-false-match', createdAt: Date.now(), ...record });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        database.close();
        await (globalThis as unknown as InExtension).ext.storage.local.set({ userDataRevision: Date.now() });
      },
      { url, entityId, text },
    );
  }

  function falseMatches(): Promise<{ entityId: string; text: string; url: string }[]> {
    return harness.inExtension(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('user-data');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction('falseMatches').objectStore('falseMatches').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      database.close();
      return all as { entityId: string; text: string; url: string }[];
    });
  }
});
