import { writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, startHarness, type Harness, type InExtension } from './harness';
import { ARTICLE_1256, ARTICLE_UTF16, HOSTILE_TEXT, writeImportFiles, type ImportFiles } from './import-files';

const READY = '#import-files';

describe(`import on the options page (${BROWSER})`, () => {
  let harness: Harness;
  let files: ImportFiles;
  let options: Page;
  /** The page's title before any hostile file is read: a script that ran would have changed it. */
  let initialTitle: string;
  beforeAll(async () => {
    files = writeImportFiles();
    harness = await startHarness({ lang: 'en' });
    options = await openOptions();
    initialTitle = await options.evaluate(() => document.title);
  });
  afterAll(async () => {
    await harness?.close();
    files?.remove();
  });

  const openOptions = (): Promise<Page> => harness.openExtensionPage('options.html', READY);
  const choose = async (...names: string[]) => {
    const input = (await options.$(READY)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(...names.map((name) => files.path(name)));
    await options.waitForSelector('#pending-files');
  };
  const pendingRows = () =>
    options.$$eval('#pending-files li', (rows) =>
      rows.map((row) => ({
        name: row.getAttribute('data-file'),
        problem: row.querySelector('.pending__problem')?.textContent ?? null,
        preview: row.querySelector('.pending__preview')?.textContent ?? null,
        encoding: row.querySelector('select')?.value ?? null,
      })),
    );
  const confirmImport = async () => {
    await options.click('#import-confirm');
    await options.waitForSelector('[data-testid="notice"]');
    return options.$eval('[data-testid="notice"] .notice__text', (node) => node.textContent);
  };
  const storedDocuments = () =>
    options.$$eval('#document-list [data-document-id]', (rows) =>
      rows.map((row) => ({ title: (row.querySelector('input[name="title"]') as HTMLInputElement).value, excerpt: row.querySelector('.document__excerpt')?.textContent ?? '' })),
    );

  it('reads each good file in its encoding and refuses each bad one with a clear reason', async () => {
    await choose('وفد-1256.txt', 'doha-utf16.txt', 'hostile.txt', 'hostile.html', 'notes.md', 'empty.txt', 'report.txt', 'truncated.txt', 'gigantic.txt', 'broken.json');
    const rows = await pendingRows();
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(byName['وفد-1256.txt']).toMatchObject({ encoding: 'windows-1256', problem: null, preview: ARTICLE_1256 });
    expect(byName['doha-utf16.txt']).toMatchObject({ encoding: 'utf-16le', problem: null, preview: ARTICLE_UTF16 });
    expect(byName['hostile.html']!.preview).toBe('صفحة معادية\n\nهذه فقرة عربية حقيقية عن لبنان وسوريا.');
    expect(byName['notes.md']!.preview).toBe('ملاحظات\n\nزار الوفد بيروت أمس.');
    expect(byName['empty.txt']!.problem).toMatch(/empty/u);
    expect(byName['report.txt']!.problem).toMatch(/not a text file/u);
    expect(byName['truncated.txt']!.problem).toMatch(/truncated/u);
    expect(byName['gigantic.txt']!.problem).toMatch(/larger than the 5 MB limit/u);
    expect(byName['broken.json']!.problem).toMatch(/JSON is malformed/u);
    await harness.screenshot(options, 'import-review');
  });

  it('stores the good files, renders hostile text as text, and runs none of it', async () => {
    expect(await confirmImport()).toMatch(/Added 5 documents\. 5 files refused/u);
    const documents = await storedDocuments();
    expect(documents.map((document) => document.title).sort()).toEqual(['', '', '', '', 'صفحة معادية'].sort());
    expect(documents.some((document) => document.excerpt === HOSTILE_TEXT)).toBe(true);
    const inert = await options.evaluate(() => ({
      title: document.title,
      pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
      elements: document.querySelectorAll('#app img, #app script, #app iframe').length,
    }));
    expect(inert).toEqual({ title: initialTitle, pwned: false, elements: 0 });
  });

  it('shows the hostile document as text in the reader too, and the search finds it', async () => {
    const id = await options.$$eval(
      '#document-list [data-document-id]',
      (rows, hostile) => rows.find((row) => row.querySelector('.document__excerpt')?.textContent === hostile)?.getAttribute('data-document-id') ?? '',
      HOSTILE_TEXT,
    );
    expect(id).toMatch(/^user\./u);
    const reader = await harness.openExtensionPage(`reader.html?doc=${encodeURIComponent(id)}`, '.surface--reader');
    const shown = await reader.evaluate(() => ({
      text: document.querySelector('main')?.textContent ?? '',
      elements: document.querySelectorAll('main img, main script, main iframe').length,
      pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
    }));
    expect(shown.text).toContain('<img src=x onerror="document.title=\'pwned\'"><script>');
    expect({ elements: shown.elements, pwned: shown.pwned }).toEqual({ elements: 0, pwned: false });
    expect(await reader.evaluate(() => document.title)).not.toBe('pwned');
    await reader.close();

    const reply = (await harness.inExtension(
      (query: string) => (globalThis as unknown as InExtension).ext.runtime.sendMessage({ type: 'search', query, limit: 5 }),
      'مريب',
    )) as { ok: boolean; value: { documentId: string }[] };
    expect(reply.value.map((hit) => hit.documentId)).toContain(id);
    // Other pages took the front; a page in the background gets no animation frames, and Preact's effects wait for them.
    await options.bringToFront();
  });

  it('skips a duplicate of a stored document and leaves the corpus as it was', async () => {
    const before = await storedDocuments();
    await choose('duplicate-1256.txt');
    await options.click('#import-confirm');
    await options.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('Added 0 documents'));
    expect((await pendingRows())[0]!.problem).toMatch(/already in your corpus \(“وفد حماس يزور طهران”\)|already in your corpus/u);
    expect(await storedDocuments()).toEqual(before);
  });

  it('edits a document\'s source and refuses a javascript: URL', async () => {
    const row = '#document-list [data-document-id]';
    await options.$eval(`${row} input[name="outlet"]`, (input) => (input as HTMLInputElement).focus());
    await options.keyboard.type('وكالة الأنباء');
    await options.click(`${row} button[type="submit"]`);
    await options.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('Saved'));
    expect(await options.$eval(`${row} input[name="outlet"]`, (input) => (input as HTMLInputElement).value)).toBe('وكالة الأنباء');

    await options.$eval(`${row} input[name="url"]`, (input) => (input as HTMLInputElement).focus());
    await options.keyboard.type('javascript:alert(1)');
    await options.click(`${row} button[type="submit"]`);
    await options.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent?.includes('http'));
  });

  it('tracks an own name, deletes it and undoes the deletion', async () => {
    await options.type('#entity-form input[name="nameAr"]', 'سامي أبو زهري');
    await options.type('#entity-form input[name="nameEn"]', 'Sami Abu Zuhri');
    await options.type('#entity-form textarea[name="forms"]', 'أبو زهري');
    await options.click('#entity-form button[type="submit"]');
    await options.waitForSelector('#entity-list [data-entity-id]');
    await options.click('#entity-list [data-entity-id] button.danger');
    await options.waitForFunction(() => !document.querySelector('#entity-list'));
    // The undo notice may come a render after the list is gone.
    await options.waitForSelector('[data-testid="notice"] .notice__action');
    await options.click('[data-testid="notice"] .notice__action');
    await options.waitForSelector('#entity-list [data-entity-id]');
    expect(await options.$eval('#entity-list .entity__name', (node) => node.textContent)).toBe('سامي أبو زهري');
  });

  it('mutes a bundled entity and gives it another form, without changing the bundled list', async () => {
    await options.type('#bundled-entity-search', 'حماس');
    const row = '#bundled-entity-list [data-entity-id="org.hamas"]';
    await options.waitForSelector(row);
    await options.click(`${row} input[name="muted"]`);
    await options.waitForFunction((selector) => (document.querySelector(`${selector} input[name="muted"]`) as HTMLInputElement | null)?.checked, {}, row);
    await options.type(`${row} textarea[name="extraForms"]`, 'حركة المقاومة');
    await options.click(`${row} button[type="submit"]`);
    await options.$eval('#bundled-entity-search', (input) => ((input as HTMLInputElement).value = ''));
    await options.type('#bundled-entity-search', ' ');
    await options.keyboard.press('Backspace');
    // Without a query the panel lists the adjusted entities.
    await options.waitForFunction((selector) => (document.querySelector(`${selector} textarea`) as HTMLTextAreaElement | null)?.value === 'حركة المقاومة', {}, row);
  });

  it('exports everything and imports it back into an emptied store to the same state', async () => {
    const exportJson = async () =>
      options.evaluate(async () => {
        const captured = new Promise<string>((resolve) => {
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            void fetch(this.href).then((response) => response.text()).then(resolve);
          };
        });
        (document.querySelector('#export-all') as HTMLButtonElement).click();
        return captured;
      });
    const first = JSON.parse(await exportJson());
    expect(first.documents).toHaveLength(5);
    expect(first.entities).toHaveLength(1);
    expect(first.entityAdjustments).toEqual([{ entityId: 'org.hamas', hidden: false, muted: true, extraForms: ['حركة المقاومة'] }]);

    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('user-data');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    // A fresh page: Firefox never settles a reload of a moz-extension page for the driver.
    await options.close();
    options = await openOptions();
    await options.waitForSelector('#documents-heading');
    expect(await storedDocuments()).toEqual([]);

    writeFileSync(files.path('export.json'), JSON.stringify(first));
    await choose('export.json');
    expect(await confirmImport()).toMatch(/Added 5 documents\. 0 files refused/u);
    const second = JSON.parse(await exportJson());
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
  });

  it('adds the page a popup was opened on to the corpus, with its title and address, once', async () => {
    const page = await harness.openFixture('page-article.html');
    const tabId = await harness.tabIdOf(page.url());
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`, '#add-page:not([disabled])');
    const addAndRead = async () => {
      await popup.click('#add-page');
      // Polled on a timer rather than on animation frames, which a tab not in front does not paint.
      await popup.waitForFunction(() => document.querySelector('#add-page-status')?.textContent !== '', { timeout: 10_000, polling: 100 });
      return popup.$eval('#add-page-status', (status) => status.textContent);
    };
    expect(await addAndRead()).toBe('Added this page to your corpus.');
    // The options page is a background tab now: polled on a timer, as it paints no frames.
    await options.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('#document-list input[name="title"]')].some((input) => input.value === 'وفد حماس في طهران'), { timeout: 10_000, polling: 100 });
    const url = await options.$eval('#document-list input[name="url"]', (input) => (input as HTMLInputElement).value).catch(() => null);
    expect(url).toBe(page.url());
    expect(await addAndRead()).toBe("This page's text is already in your corpus.");
    await popup.close();
    await page.close();
  });

  it('has logged no error in any context', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });
});
