import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardSnapshot } from '../../entrypoints/content/card-contract';
import { CARD_FONT_SETTINGS } from '../../entrypoints/content/font';
import { DEFAULT_PAGE_SETTINGS } from '../../utils/page-settings';
import { BROWSER, startHarness, type Harness } from './harness';
import {
  boxOfMark,
  cardFontFaces,
  cardHostsIn,
  cardFontSettings,
  centreOfMark,
  centreOfShadowText,
  clickInCard,
  describeCard,
  domChangesSinceLoad,
  openInFront,
  pollFor,
  pressShortcut,
  readCard,
  setPageSettings,
  settledMarks,
  waitForCard,
} from './page-helpers';

describe(`page marking and hover card (${BROWSER})`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'ar' });
  });
  afterAll(async () => harness?.close());

  it('marks the names of a short article, and nothing in attributes, fields, editable or hidden text', async () => {
    const page = await harness.openFixture('page-article.html');
    const marks = await settledMarks(page, { atLeast: 8 });
    expect(marks).toEqual(['جواد ظريف', 'حركة حماس', 'حماس', 'طهران', 'طهران', 'عزت الرشق', 'علي لاريجاني', 'مجلس الشورى'].sort());
    const inside = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('arabic-lookup-underline') ?? [])];
      const skipped = ['#attributes', '#field', '#area', 'select', '#editable', '.gone', '[hidden]', 'script'].map((selector) => document.querySelector(selector)!);
      return ranges.filter((range) => skipped.some((element) => element.contains(range.startContainer))).length;
    });
    expect(inside).toBe(0);
    const dom = await domChangesSinceLoad(page);
    expect(dom).toMatchObject({ sameHtml: true, nodeDelta: 0, ourHosts: 0 });
    await page.close();
  });

  it('recognises names split by inline markup within one block, not across blocks', async () => {
    const page = await harness.openFixture('page-split.html');
    expect(await settledMarks(page, { atLeast: 3 })).toEqual(['حزب الله', 'حزب الله', 'علي لاريجاني'].sort());
    await page.close();
  });

  it('shows the right card on hover, adds only its host to the page, and closes on Escape', async () => {
    const { page, tabId } = await openInFront(harness, 'page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // The card's font face was added before the page's first script (so before any layout) and is not loaded
    // until a card needs it: added later, it makes the browser lay out the whole page again (a second at 2 MB).
    expect(await page.evaluate(() => (window as unknown as { cardFontBeforePageScripts: boolean }).cardFontBeforePageScripts)).toBe(true);
    expect(await cardFontFaces(page)).toEqual(['unloaded']);
    const point = await centreOfMark(page, 'عزت الرشق');
    await page.mouse.move(point.x, point.y);
    // The card shows at once, its data when the background answers (its first answer loads the corpus index).
    const card = await waitForCard(harness, page, tabId, (shown) => Boolean(shown?.text.includes('Izzat al-Rishq')), 8_000);
    expect(card).toMatchObject({ entityId: 'person.izzat-rishq', host: 'arabic-lookup-card' });
    // The catalogue's names and type, and passages of the corpus (not the loading or error line).
    expect(card!.text).toContain('عزت الرشق');
    expect(card!.text).toContain('Izzat al-Rishq');
    expect(card!.text).toMatch(/عدد المقاطع: \d+/u);
    await harness.screenshot(page, 'hover-card');
    // The font settings warmed before the first card are the ones it uses (a change of the card's CSS must follow).
    if (BROWSER === 'chromium') expect(await cardFontSettings(page)).toEqual([...CARD_FONT_SETTINGS].sort());
    expect(await pollFor(() => cardFontFaces(page), (faces) => faces[0] === 'loaded')).toEqual(['loaded']);
    const dom = await domChangesSinceLoad(page);
    expect(dom.ourHosts).toBe(1);
    expect(dom.nodeDelta).toBe(1);
    expect(dom.htmlWithoutHost).toBe(dom.initialHtml);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementsByTagName('arabic-lookup-card').length === 0, { timeout: 5_000 });
    expect((await domChangesSinceLoad(page)).sameHtml).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays the card out unseen and untouchable while the pointer rests on a name (not when it only passes), and takes it away when the pointer moves on or Escape is pressed', async () => {
    const { page, tabId } = await openInFront(harness, 'page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const hostsInPage = () => cardHostsIn(page);
    const point = await centreOfMark(page, 'عزت الرشق');
    // Where the card shows: the screen there is compared while it is laid out but not yet shown.
    await page.mouse.move(point.x, point.y);
    const box = (await pollFor(() => describeCard(harness, tabId), (card) => card?.box != null, 4_000))!.box!;
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    expect(await pollFor(hostsInPage, (count) => count === 0)).toBe(0);
    const clip = { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
    const unmarked = await page.screenshot({ clip });

    // Halfway through a long delay the card is laid out in the page; until the delay ends it is not shown.
    await setPageSettings(harness, { ...DEFAULT_PAGE_SETTINGS, hoverDelayMs: 2000 });
    try {
      // A pointer only passing over the name lays nothing out.
      await page.evaluate(() => {
        const scope = window as unknown as { hostAdded: boolean };
        scope.hostAdded = false;
        new MutationObserver(() => (scope.hostAdded ||= document.getElementsByTagName('arabic-lookup-card').length > 0)).observe(document.body, { childList: true, subtree: true });
      });
      await page.mouse.move(point.x, point.y);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.mouse.move(5, 5);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(await page.evaluate(() => (window as unknown as { hostAdded: boolean }).hostAdded)).toBe(false);
      await page.mouse.move(point.x, point.y);
      expect(await pollFor(hostsInPage, (count) => count === 1, 1_800)).toBe(1);
      expect((await readCard(harness, page, tabId))?.entityId).toBeNull();
      expect(Buffer.compare(await page.screenshot({ clip }), unmarked)).toBe(0);
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
      expect(hit).not.toBe('arabic-lookup-card');
      // Nor read out: the page's accessibility tree (Chromium's, over the DevTools protocol) does not have it yet.
      const readOut = async () => JSON.stringify(await page.accessibility.snapshot()).includes('Izzat al-Rishq');
      if (BROWSER === 'chromium') expect(await readOut()).toBe(false);
      // Moving on takes it away and leaves the page as it was loaded.
      await page.mouse.move(5, 5);
      expect(await pollFor(hostsInPage, (count) => count === 0)).toBe(0);
      expect(await domChangesSinceLoad(page)).toMatchObject({ sameHtml: true, ourHosts: 0 });
      // Escape stops a card on its way, as it closes a shown one.
      await page.mouse.move(point.x, point.y);
      expect(await pollFor(hostsInPage, (count) => count === 1, 1_800)).toBe(1);
      await page.keyboard.press('Escape');
      expect(await pollFor(hostsInPage, (count) => count === 0)).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await hostsInPage()).toBe(0);
      await page.mouse.move(5, 5);
      // Resting to the end of the delay shows it where it showed before.
      await page.mouse.move(point.x, point.y);
      const shown = await waitForCard(harness, page, tabId, (card) => card?.entityId === 'person.izzat-rishq', 4_000);
      expect(shown?.entityId).toBe('person.izzat-rishq');
      expect((await describeCard(harness, tabId))?.box).toEqual(box);
      if (BROWSER === 'chromium') expect(await readOut()).toBe(true);
      expect(Buffer.compare(await page.screenshot({ clip }), unmarked)).not.toBe(0);
    } finally {
      await setPageSettings(harness, DEFAULT_PAGE_SETTINGS);
      await page.close();
    }
  });

  it('leaves the layout of the page where it was while a card is shown (a centred grid body with gaps)', async () => {
    const { page, tabId } = await openInFront(harness, 'page-centred.html');
    await settledMarks(page, { atLeast: 4 });
    const layout = () =>
      page.evaluate(() => [...document.body.children].map((element) => [element.localName, ...Object.values(element.getBoundingClientRect().toJSON())].join(' ')));
    const before = await layout();
    const point = await centreOfMark(page, 'عزت الرشق');
    await page.mouse.move(point.x, point.y);
    expect(await waitForCard(harness, page, tabId, (shown) => Boolean(shown?.entityId), 4_000)).toMatchObject({ entityId: 'person.izzat-rishq' });
    const shown = await layout();
    // Our host is the body's last child while the card shows; every element of the page keeps its box.
    expect(shown.at(-1)).toMatch(/^arabic-lookup-card /u);
    expect(shown.slice(0, -1)).toEqual(before);
    expect(await describeCard(harness, tabId)).toMatchObject({ entityId: 'person.izzat-rishq', onTop: true });
    await page.close();
  });

  it('shows the card again after the page removed its host (a page that rebuilds its body)', async () => {
    const { page, tabId } = await openInFront(harness, 'page-centred.html');
    await settledMarks(page, { atLeast: 4 });
    const hostsInPage = () => cardHostsIn(page);
    let point = await centreOfMark(page, 'عزت الرشق');
    await page.mouse.move(point.x, point.y);
    await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000);
    await page.evaluate(() => document.getElementsByTagName('arabic-lookup-card')[0]!.remove());
    // Straight to another name: the card is replaced, not closed first.
    point = await centreOfMark(page, 'جواد ظريف');
    await page.mouse.move(point.x, point.y);
    expect(await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.javad-zarif', 4_000)).toMatchObject({ entityId: 'person.javad-zarif' });
    expect(await pollFor(hostsInPage, (count) => count === 1)).toBe(1);
    await page.close();
  });

  /**
   * Hovers «عزت الرشق» and expects its card where a pointer reaches it, then (Chromium, whose driver reaches into
   * the closed root) closes it with a real click on its button. `whileShown` runs while the card shows.
   */
  async function expectUsableCard(page: Page, tabId: number, { whileShown = async () => {}, point }: { whileShown?: () => Promise<void>; point?: { x: number; y: number } } = {}): Promise<void> {
    const at = point ?? (await centreOfMark(page, 'عزت الرشق'));
    await page.mouse.move(at.x, at.y);
    await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000);
    expect(await pollFor(() => describeCard(harness, tabId), (card) => card?.onTop === true, 2_000)).toMatchObject({ entityId: 'person.izzat-rishq', onTop: true });
    await whileShown();
    if (BROWSER === 'chromium') {
      await clickInCard(page, 'hover-card__close');
      await page.waitForFunction(() => document.getElementsByTagName('arabic-lookup-card').length === 0, { timeout: 5_000 });
    }
  }

  it('shows the card above a modal dialog the name was read in, and takes clicks there', async () => {
    const { page, tabId } = await openInFront(harness, 'page-dialog.html');
    await settledMarks(page, { atLeast: 4 });
    const corner = () => page.screenshot({ clip: { x: 2, y: 2, width: 4, height: 4 }, encoding: 'base64' });
    const dimmed = await corner();
    // The page's backdrop rule does not dim the page a second time behind our card.
    await expectUsableCard(page, tabId, { whileShown: async () => expect(await corner()).toBe(dimmed) });
    await page.close();
  });

  it('shows the card above a modal dialog for a name read in a shadow root inside it, and takes clicks there', async () => {
    const { page, tabId } = await openInFront(harness, 'page-dialog-shadow.html');
    await settledMarks(page, { atLeast: 4 });
    await expectUsableCard(page, tabId, { point: await centreOfShadowText(page, 'article', 'text', 'عزت الرشق') });
    await page.close();
  });

  it('shows the card over a reading view the page put in full screen, and takes clicks there', async () => {
    const { page, tabId } = await openInFront(harness, 'page-fullscreen.html');
    await settledMarks(page, { atLeast: 4 });
    await page.evaluate(() => document.getElementById('reader')!.requestFullscreen());
    await page.waitForFunction(() => document.fullscreenElement !== null, { timeout: 5_000 });
    await expectUsableCard(page, tabId);
    await page.close();
  });

  it('follows a name scrolled in its own box, and closes once the box hides it', async () => {
    const { page, tabId } = await openInFront(harness, 'page-scroller.html');
    await settledMarks(page, { atLeast: 3 });
    const point = await centreOfMark(page, 'عزت الرشق');
    await page.mouse.move(point.x, point.y);
    await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000);
    const hostsInPage = () => cardHostsIn(page);
    // The card's edge on the word's side, which follows the word (the far edge may be held by the viewport).
    const nearEdge = async () => {
      const card = (await describeCard(harness, tabId))?.box;
      const word = await boxOfMark(page, 'عزت الرشق');
      return card ? (card.top >= word.bottom ? card.top : card.bottom) : NaN;
    };
    const before = await nearEdge();
    // A little: the name is still in the box, and its card moves with it.
    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 8));
    expect(await pollFor(nearEdge, (edge) => Math.abs(edge - (before - 8)) < 1, 2_000)).toBeCloseTo(before - 8, 0);
    expect(await hostsInPage()).toBe(1);
    // Out of the box, though still inside the viewport (the box starts 240 px down).
    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, 120));
    expect(await pollFor(hostsInPage, (count) => count === 0, 3_000)).toBe(0);
    await page.close();
  });

  it('places the card beside the word and inside the viewport on a zoomed page, at its own size', async () => {
    const { page, tabId } = await openInFront(harness, 'page-zoom.html');
    await settledMarks(page, { atLeast: 4 });
    const word = await boxOfMark(page, 'عزت الرشق');
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000);
    const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
    const inside = (card: CardSnapshot | null) =>
      card?.box != null && card.box.left >= 0 && card.box.top >= 0 && card.box.right <= viewport.width && card.box.bottom <= viewport.height;
    const card = await pollFor(() => describeCard(harness, tabId), inside, 2_000);
    expect(inside(card)).toBe(true);
    const { left, top, right, bottom } = card!.box!;
    expect(left >= word.right || right <= word.left || top >= word.bottom || bottom <= word.top).toBe(true);
    // The page's zoom does not scale the card: 380 px wide, as on any page.
    expect(Math.round(right - left)).toBe(380);
    await page.close();
  });

  it('opens no card while a button is held (selecting text), and opens it once the pointer rests again', async () => {
    const { page, tabId } = await openInFront(harness, 'page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const word = await boxOfMark(page, 'عزت الرشق');
    const y = (word.top + word.bottom) / 2;
    // A selection dragged from just beside the name across it.
    await page.mouse.move(word.right + 30, y);
    await page.mouse.down();
    await page.mouse.move((word.left + word.right) / 2, y, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await readCard(harness, page, tabId)).toBeNull();
    await page.mouse.up();
    await page.mouse.move((word.left + word.right) / 2 + 2, y);
    expect(await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000)).toMatchObject({ entityId: 'person.izzat-rishq' });
    await page.close();
  });

  // Print media is emulated over the DevTools protocol, which Firefox's driver does not speak.
  it.runIf(BROWSER === 'chromium')('leaves marks and the card out of a printed page', async () => {
    const { page, tabId } = await openInFront(harness, 'page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const word = await boxOfMark(page, 'عزت الرشق');
    await page.mouse.move((word.left + word.right) / 2, (word.top + word.bottom) / 2);
    await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'person.izzat-rishq', 4_000);
    await page.emulateMediaType('print');
    const printed = () => page.screenshot({ encoding: 'base64' });
    const withExtension = await printed();
    // The same page without our marks (the highlight registry is the page's too) and without our host.
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.getElementsByTagName('arabic-lookup-card')[0]?.remove();
    });
    expect(withExtension === (await printed())).toBe(true);
    await page.close();
  });

  it('moves through mentions by keyboard, opens the card on focus, and toggles the site, announcing each', async () => {
    const { page, tabId } = await openInFront(harness, 'page-split.html');
    await settledMarks(page, { atLeast: 3 });

    await pressShortcut(page, 'KeyN');
    let card = await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'org.hezbollah' && /1/u.test(shown.announcement));
    expect(card?.entityId).toBe('org.hezbollah');
    expect(card?.announcement).toMatch(/حزب الله.*1.*3/u);
    await pressShortcut(page, 'KeyP');
    card = await waitForCard(harness, page, tabId, (shown) => /3.*3/u.test(shown?.announcement ?? ''));
    expect(card?.entityId).toBe('person.ali-larijani');
    await page.keyboard.press('Escape');

    // Focus by keyboard: the first link holds the start of «حزب الله».
    await page.focus('#links a');
    card = await waitForCard(harness, page, tabId, (shown) => shown?.entityId === 'org.hezbollah');
    expect(card?.entityId).toBe('org.hezbollah');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await pressShortcut(page, 'KeyM');
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 5_000 });
    card = await waitForCard(harness, page, tabId, (shown) => (shown?.announcement ?? '') !== '');
    expect(card?.announcement).toMatch(/متوقف/u);
    await pressShortcut(page, 'KeyM');
    expect(await settledMarks(page, { atLeast: 3 })).toHaveLength(3);
    await page.close();
  });

  it('has logged no error in any context', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });
});
