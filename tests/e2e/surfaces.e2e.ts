import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, startHarness, withDriverRetry, type Harness, type InExtension } from './harness';
import { openSurface, PageErrors, settle, type ColorScheme } from './surface-helpers';

/** A bundled document without a title line (its title is derived) and one that states a dateline. */
const DERIVED_TITLE_DOCUMENT = '000_85e5e6620baa6758';
const DATELINE_DOCUMENT = '004_3f5c4176bb4162b4';

const POPUP = { width: 420, height: 600 };
const SIDE_PANEL = { width: 400, height: 800 };
const READER = { width: 1000, height: 800 };

/** What a page shows of the surfaces' state, read in one go. */
const activeElementDescription = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { tag: active?.tagName ?? '', className: active?.className ?? '', entityId: active?.dataset.entityId ?? null };
  });

const resultEntityIds = (page: Page) => page.$$eval('.result-list .chip-list .entity-chip', (chips) => chips.map((chip) => chip.getAttribute('data-entity-id')));

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('.search-box__input', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('.search-box__input', query);
  await page.waitForFunction((typed: string) => document.querySelector('.result-list')?.closest('.corpus-search')?.querySelector('input')?.value === typed && document.querySelector('.result-list__status'), { timeout: 8_000 }, query);
  // The list may still show the previous query's results until the pause after typing is over.
  await page.waitForFunction(() => !document.querySelector('.surface__loading'), { timeout: 8_000 });
  await settle(400);
}

async function stubClipboard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { copiedTexts: string[] };
    scope.copiedTexts = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void scope.copiedTexts.push(text) } });
  });
}

const copiedTexts = (page: Page) => page.evaluate(() => (globalThis as unknown as { copiedTexts: string[] }).copiedTexts);

function surfaceSuite(lang: 'ar' | 'en', colorScheme: ColorScheme, { functional }: { functional: boolean }) {
  describe(`surfaces in ${lang}, ${colorScheme} (${BROWSER})`, () => {
    let harness: Harness;
    let fixture: Page;
    let tabId: number;
    const errors = new PageErrors();
    const shot = (page: Page, surface: string) => harness.screenshot(page, `surfaces-${surface}-${lang}-${colorScheme}`);

    beforeAll(async () => {
      harness = await startHarness({ lang, colorScheme });
      // Opens the extension page the harness runs its API calls in, before any tab competes for the driver.
      await withDriverRetry(() => harness.errorLog());
      fixture = errors.watch(await harness.openFixture('article.html'), 'fixture');
      tabId = await harness.tabIdOf(fixture.url());
    });
    afterAll(async () => harness?.close());

    it('popup: the search box has the focus, and the page’s entities are listed by type with counts', async () => {
      const popup = await openSurface(harness, errors, `popup.html?tab=${tabId}`, '.page-entities .entity-chip', { ...POPUP, colorScheme });
      const { dir, focused, groups, iran } = await popup.evaluate(() => ({
        dir: document.documentElement.dir,
        focused: document.activeElement?.classList.contains('search-box__input') ?? false,
        groups: [...document.querySelectorAll('.page-entities__group')].map((group) => group.getAttribute('aria-labelledby')),
        iran: document.querySelector('.page-entities [data-entity-id="country.iran"] .entity-chip__count')?.textContent ?? null,
      }));
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(focused).toBe(true);
      expect(groups).toEqual(expect.arrayContaining(['page-entities-person', 'page-entities-organisation', 'page-entities-country']));
      expect(Number(iran)).toBeGreaterThan(0);
      await shot(popup, 'popup-page');

      if (functional) {
        // Keyboard only: into the list with ArrowDown, open the entity with Enter, back with the back button.
        await popup.keyboard.press('ArrowDown');
        const chip = await activeElementDescription(popup);
        expect(chip.className).toContain('entity-chip');
        await popup.keyboard.press('Enter');
        await popup.waitForSelector(`.entity-detail[data-entity-id="${chip.entityId}"] .passage-card`);
        // Focus moves in an effect, which Preact runs after the paint that showed the content.
        await popup.waitForFunction(() => document.activeElement?.id === 'entity-detail-name', { timeout: 5_000 });
        await popup.keyboard.down('Shift');
        await popup.keyboard.press('Tab');
        await popup.keyboard.up('Shift');
        expect((await activeElementDescription(popup)).className).toContain('surface__back');
        await popup.keyboard.press('Enter');
        await popup.waitForSelector('.page-entities .entity-chip');
        await popup.waitForFunction(() => document.activeElement?.classList.contains('search-box__input'), { timeout: 5_000 });
      }
      await popup.close();
    });

    if (functional) {
      it('popup: the switches turn marking off for this site and everywhere, for every surface and tab', async () => {
        const popup = await openSurface(harness, errors, `popup.html?tab=${tabId}`, 'input[name="marking-site"]', { ...POPUP, colorScheme });
        const host = new URL(fixture.url()).host;
        const stored = () => harness.inExtension(async () => (await (globalThis as unknown as InExtension).ext.storage.local.get('pageSettings')).pageSettings as { enabled: boolean; disabledSites: string[] } | undefined);
        expect(await popup.$eval('.marking-switches', (switches) => switches.textContent)).toContain(host);
        await popup.click('input[name="marking-site"]');
        await popup.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[name="marking-site"]')!.checked);
        expect((await stored())?.disabledSites).toEqual([host]);
        // Two switches clicked in quick succession: both changes must be kept. Clicked as elements, not at screen
        // points: the first change re-renders the switches' labels, and a pointer click could land beside its target.
        await popup.$eval('input[name="marking-site"]', (input) => (input as HTMLInputElement).click());
        await popup.$eval('input[name="marking-everywhere"]', (input) => (input as HTMLInputElement).click());
        await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="marking-site"]')!.disabled);
        expect(await stored()).toMatchObject({ enabled: false, disabledSites: [] });
        await popup.$eval('input[name="marking-everywhere"]', (input) => (input as HTMLInputElement).click());
        await popup.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[name="marking-site"]')!.disabled, { timeout: 5_000 });
        expect(await stored()).toMatchObject({ enabled: true, disabledSites: [] });
        await popup.close();
      });
    }

    it('popup: a query in any spelling or in English finds the entity first, then passages with matches and sources', async () => {
      const popup = await openSurface(harness, errors, `popup.html?tab=${tabId}`, '.search-box__input', { ...POPUP, colorScheme });
      const queries = lang === 'ar' ? ['بإيران', 'ايران'] : ['Iran'];
      for (const query of queries) {
        await typeQuery(popup, query);
        expect((await resultEntityIds(popup))[0]).toBe('country.iran');
        const cards = await popup.$$eval('.result-list .passage-card', (articles) =>
          articles.map((article) => ({
            marks: article.querySelectorAll('blockquote mark').length,
            source: article.querySelector('.source-line')?.textContent ?? '',
            reader: article.querySelector('.passage-card__reader-link')?.getAttribute('href') ?? '',
          })),
        );
        expect(cards.length).toBeGreaterThan(2);
        expect(cards.every((card) => card.marks > 0 && card.source.length > 0 && card.reader.startsWith('reader.html?doc='))).toBe(true);
      }
      await shot(popup, 'popup-search');

      if (functional) {
        // From the box: ArrowDown reaches the entity, ArrowDown again the first passage's reader link; ArrowUp twice returns to the box.
        await popup.focus('.search-box__input');
        await popup.keyboard.press('ArrowDown');
        expect((await activeElementDescription(popup)).entityId).toBe('country.iran');
        await popup.keyboard.press('ArrowDown');
        expect((await activeElementDescription(popup)).className).toContain('passage-card__reader-link');
        await popup.keyboard.press('ArrowUp');
        await popup.keyboard.press('ArrowUp');
        expect((await activeElementDescription(popup)).className).toContain('search-box__input');
        // Enter in the box opens the first result.
        await popup.keyboard.press('Enter');
        await popup.waitForSelector('.entity-detail[data-entity-id="country.iran"]');

        await typeQueryAfterBack(popup, 'حماس');
        await stubClipboard(popup);
        const first = await popup.$eval('.result-list .passage-card', (article) => article.getAttribute('data-passage-id'));
        await popup.click('.result-list .passage-card .passage-card__copy');
        await popup.waitForFunction(() => document.querySelector('.result-list .passage-card [role="status"]')?.textContent !== '');
        const [citation] = await copiedTexts(popup);
        expect(citation).toContain(`${first}`);
        expect(citation).toContain(first!.split('#')[0]);
      }
      await popup.close();
    });

    async function typeQueryAfterBack(popup: Page, query: string) {
      await popup.click('.surface__back');
      await popup.waitForSelector('.search-box__input');
      await typeQuery(popup, query);
    }

    it('reader: a passage link opens its document at that passage, highlighted and in view, entities marked', async () => {
      const popup = await openSurface(harness, errors, `popup.html?tab=${tabId}&q=${encodeURIComponent('روسيا')}`, '.result-list .passage-card', { ...POPUP, colorScheme });
      const href = await popup.$eval('.result-list .passage-card .passage-card__reader-link', (link) => link.getAttribute('href')!);
      await popup.close();
      const chosenId = new URLSearchParams(href.split('?')[1]).get('passage')!;
      const reader = await openSurface(harness, errors, href, '.reader__passage--chosen', { ...READER, colorScheme });
      await settle(300);
      const view = await reader.evaluate(() => {
        const chosen = document.querySelector<HTMLElement>('.reader__passage--chosen')!;
        const box = chosen.getBoundingClientRect();
        return {
          chosenId: chosen.dataset.passageId,
          current: chosen.getAttribute('aria-current'),
          focused: document.activeElement === chosen,
          inView: box.top < innerHeight && box.bottom > 0,
          marks: document.querySelectorAll('.reader__body mark.entity-mark').length,
          passages: document.querySelectorAll('.reader__passage').length,
          title: document.querySelector('.reader__title')?.textContent ?? '',
          permalinks: [...document.querySelectorAll('.reader__permalink')].every((link) => link.getAttribute('href')?.startsWith('reader.html?doc=')),
        };
      });
      expect(view).toMatchObject({ chosenId, current: 'true', focused: true, inView: true, permalinks: true });
      expect(view.marks).toBeGreaterThan(3);
      expect(view.passages).toBeGreaterThan(3);
      expect(view.title.length).toBeGreaterThan(5);
      await shot(reader, 'reader');

      if (functional) {
        await stubClipboard(reader);
        await reader.click('.reader__passage--chosen .passage-card__copy');
        await reader.waitForFunction(() => document.querySelector('.reader__passage--chosen [role="status"]')?.textContent !== '');
        const [citation] = await copiedTexts(reader);
        expect(citation).toContain(chosenId);
        expect(citation).toContain(view.title.trim());
      }
      await reader.close();
    });

    if (functional) {
      it('reader: a derived title is marked as derived, and facts the text leaves out say «not stated»', async () => {
        const reader = await openSurface(harness, errors, `reader.html?doc=${DERIVED_TITLE_DOCUMENT}&passage=${encodeURIComponent(`${DERIVED_TITLE_DOCUMENT}#2`)}`, '.reader__passage--chosen', { ...READER, colorScheme });
        const header = await reader.evaluate(() => ({
          derived: document.querySelector('.reader__title .reader__derived')?.textContent ?? '',
          missing: [...document.querySelectorAll('.reader__header .source-line__value--missing')].map((value) => value.textContent),
        }));
        expect(header.derived).toContain(lang === 'ar' ? 'عنوان مأخوذ من الكلمات الأولى' : 'title taken from the first words');
        expect(header.missing).toEqual(Array(2).fill(lang === 'ar' ? 'غير مذكور' : 'not stated'));
        await reader.close();

        const stated = await openSurface(harness, errors, `reader.html?doc=${DATELINE_DOCUMENT}`, '.reader__header .source-line', { ...READER, colorScheme });
        expect(await stated.$$eval('.reader__header .source-line__value', (values) => values.map((value) => value.textContent))).toEqual(
          expect.arrayContaining(['وكالة قدس نت للأنباء', 'طهران', DATELINE_DOCUMENT]),
        );
        await stated.close();
      });

      it('reader: a link naming only the passage (the hover card’s) opens its document there', async () => {
        const reader = await openSurface(harness, errors, `reader.html?passage=${encodeURIComponent(`${DATELINE_DOCUMENT}#3`)}`, '.reader__passage--chosen', { ...READER, colorScheme });
        expect(await reader.$eval('.reader__passage--chosen', (passage) => passage.getAttribute('data-passage-id'))).toBe(`${DATELINE_DOCUMENT}#3`);
        await reader.close();
      });
    }

    it('side panel: the page’s entities by type; one chosen lists its passages, related names and mentions on the page', async () => {
      const panel = await openSurface(harness, errors, `sidepanel.html?tab=${tabId}`, '.page-entities [data-entity-id="country.iran"]', { ...SIDE_PANEL, colorScheme });
      await panel.click('.page-entities [data-entity-id="country.iran"]');
      await panel.waitForSelector('.entity-detail[data-entity-id="country.iran"] .passage-card');
      const detail = await panel.evaluate(() => ({
        total: document.querySelector('.entity-detail > .entity-chip .entity-chip__count')?.textContent ?? '',
        passages: document.querySelectorAll('.entity-detail .card-list > li').length,
        related: document.querySelectorAll('.entity-detail .chip-list .entity-chip').length,
        mentionButtons: document.querySelectorAll('.entity-detail__mention').length,
        wholeText: [...document.querySelectorAll('.entity-detail .passage-card blockquote')].every((quote) => !quote.textContent?.startsWith('…')),
      }));
      expect(detail.passages).toBe(Number(detail.total));
      expect(detail.related).toBeGreaterThan(0);
      expect(detail.mentionButtons).toBeGreaterThan(0);
      expect(detail.wholeText).toBe(true);
      await shot(panel, 'sidepanel-entity');

      if (functional) {
        // Choosing a mention scrolls the page to it and flashes it.
        await fixture.evaluate(() => {
          const scope = globalThis as unknown as { flashed: boolean };
          scope.flashed = false;
          const watch = setInterval(() => {
            if (CSS.highlights.has('arabic-lookup-flash')) {
              scope.flashed = true;
              clearInterval(watch);
            }
          }, 20);
        });
        await panel.click('.entity-detail__mention');
        // The fixture is a background tab now, which paints no frames: poll on a timer, not on animation frames.
        await fixture.waitForFunction(() => (globalThis as unknown as { flashed: boolean }).flashed, { timeout: 10_000, polling: 50 });
      }
      await panel.close();
    });

    if (functional) {
      it('side panel: opened from a hover card’s “more”, it shows that entity', async () => {
        const panel = await openSurface(harness, errors, `sidepanel.html?tab=${tabId}&entity=org.hamas`, '.entity-detail[data-entity-id="org.hamas"] .passage-card', { ...SIDE_PANEL, colorScheme });
        expect(await panel.$eval('#entity-detail-name', (heading) => heading.textContent)).toContain(lang === 'ar' ? 'حماس' : 'Hamas');
        await panel.close();
      });

      it('side panel: a selection looked up from the context menu or the shortcut shows up, opening or already open', async () => {
        // The menu and the shortcut hand the selection over through storage (utils/side-panel.ts); a driver
        // cannot click a native context menu, so the test hands over the same way their handler does.
        const handOver = (query: string) =>
          harness.inExtension((text: string) => (globalThis as unknown as InExtension).ext.storage.local.set({ pendingLookup: { query: text, time: Date.now() } }), query);
        const panel = await openSurface(harness, errors, `sidepanel.html?tab=${tabId}`, '.page-entities .entity-chip', { ...SIDE_PANEL, colorScheme });
        await handOver('لاريجاني');
        await panel.waitForFunction(() => document.querySelector<HTMLInputElement>('.search-box__input')?.value === 'لاريجاني', { timeout: 10_000 });
        await panel.waitForSelector('.result-list .passage-card, .result-list__status');
        await panel.close();

        await handOver('موسكو');
        const opening = await openSurface(harness, errors, `sidepanel.html?tab=${tabId}`, '.search-box__input', { ...SIDE_PANEL, colorScheme });
        await opening.waitForFunction(() => document.querySelector<HTMLInputElement>('.search-box__input')?.value === 'موسكو', { timeout: 10_000 });
        await opening.close();
      });
    }

    if (functional) {
      // Firefox's driver cannot emulate forced colours (nor any media feature); Chromium's can.
      it.runIf(BROWSER === 'chromium')('forced colours: matches and the focus ring take the system colours', async () => {
        const popup = await openSurface(harness, errors, `popup.html?tab=${tabId}&q=${encodeURIComponent('حماس')}`, '.result-list .passage-card mark', { ...POPUP, colorScheme });
        await popup.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const colours = await popup.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.cssText = 'background: Mark; color: MarkText; forced-color-adjust: none';
          document.body.append(probe);
          const mark = getComputedStyle(document.querySelector('.result-list .passage-card mark')!);
          const system = getComputedStyle(probe);
          return { mark: [mark.backgroundColor, mark.color], system: [system.backgroundColor, system.color] };
        });
        expect(colours.mark).toEqual(colours.system);
        await popup.focus('.result-list .passage-card__reader-link');
        await harness.screenshot(popup, `surfaces-popup-search-${lang}-forced-colors`);
        await popup.close();
      });
    }

    it('logs no console error and nothing in the extension’s error log', async () => {
      expect(errors.errors).toEqual([]);
      expect(await harness.errorLog()).toEqual([]);
    });
  });
}

surfaceSuite('ar', 'light', { functional: true });
surfaceSuite('ar', 'dark', { functional: false });
surfaceSuite('en', 'light', { functional: true });
surfaceSuite('en', 'dark', { functional: false });
