import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { BROWSER, startHarness, type Harness, type InExtension } from './harness';
import { cardFontFaces, centreOfShadowText, markedTexts, openInFront, pollFor, setPageSettings, settledMarks, waitForCard } from './page-helpers';

describe(`page marking on frames, shadow roots, feeds and a 2 MB page (${BROWSER})`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'ar' });
  });
  afterAll(async () => harness?.close());

  it('marks same-origin and cross-origin frames, each in its own document', async () => {
    const page = await harness.openFixture('page-frames.html');
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    const frameOf = async (id: string): Promise<Frame> => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const host = id === 'same' ? '127.0.0.1' : 'localhost';
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame() && candidate.url() === `http://${host}:${new URL(page.url()).port}/page-split.html`);
        if (frame) return frame;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no frame ${id}`);
    };
    expect(await settledMarks(page)).toEqual(['طهران']);
    for (const id of ['same', 'cross']) {
      const frame = await frameOf(id);
      expect(await settledMarks(frame, { atLeast: 3 }), id).toEqual(['حزب الله', 'حزب الله', 'علي لاريجاني'].sort());
    }
    await page.close();
  });

  it('marks text in open shadow roots (nested too) and hovers there; closed roots stay private', async () => {
    const { page, tabId } = await openInFront(harness, 'page-shadow.html');
    expect(await settledMarks(page, { atLeast: 4 })).toEqual(['جواد ظريف', 'حماس', 'حماس', 'علي لاريجاني'].sort());
    const adopted = await page.evaluate(() => document.getElementById('host')!.shadowRoot!.adoptedStyleSheets.length);
    expect(adopted).toBe(1);
    const point = await centreOfShadowText(page, 'host', 'in-shadow', 'جواد ظريف');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(harness, page, tabId, (shown) => Boolean(shown?.entityId), 4_000);
    expect(card?.entityId).toBe('person.javad-zarif');
    await harness.screenshot(page, 'shadow-dom');
    await page.close();
  });

  it('keeps up with a feed that adds a post every 20 ms, within a bounded budget', async () => {
    const page = await harness.openFixture('page-feed.html');
    const newestMarked = async () =>
      page.evaluate(() => {
        let newest = 0;
        for (const range of CSS.highlights.get('arabic-lookup-underline') ?? []) {
          const post = (range.startContainer.parentElement as HTMLElement | null)?.closest<HTMLElement>('.post');
          newest = Math.max(newest, Number(post?.dataset.post ?? 0));
        }
        return newest;
      });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const first = await newestMarked();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const second = await newestMarked();
    const posted = await page.evaluate(() => (window as unknown as { stopFeed(): number }).stopFeed());
    // Marking follows the feed while it runs: the newest marked post moved on by most of a second's posts.
    expect(first).toBeGreaterThan(0);
    expect(second - first).toBeGreaterThan(20);
    expect(posted - second).toBeLessThan(60);
    // Once the page is still, every post on screen is marked: two names each.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const unmarked = await page.evaluate(() => {
      const marked = new Set<Element>();
      for (const range of CSS.highlights.get('arabic-lookup-underline') ?? []) marked.add(range.startContainer.parentElement!);
      return [...document.querySelectorAll('.post')].filter((post) => post.getBoundingClientRect().top < innerHeight && !marked.has(post)).length;
    });
    expect(unmarked).toBe(0);
    await page.close();
  });

  it('registers only the mentions near the viewport of a 2 MB page, and follows scrolling', async () => {
    const page = await harness.openFixture('page-big.html');
    const texts = await settledMarks(page, { atLeast: 5 });
    const paragraphs = await page.evaluate(() => (window as unknown as { paragraphs: number }).paragraphs);
    expect(paragraphs).toBeGreaterThan(3000);
    // A screen above and below: a few hundred ranges, not the tens of thousands on the page.
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.length).toBeLessThan(1500);
    await page.evaluate(() => document.querySelector('#page p:nth-child(2500)')!.scrollIntoView());
    await page.waitForFunction(
      () => {
        const target = document.querySelector('#page p:nth-child(2500)')!;
        return [...(CSS.highlights.get('arabic-lookup-underline') ?? [])].some((range) => target.contains(range.startContainer));
      },
      { timeout: 5_000 },
    );
    await page.close();
  });

  it('reads one block of 300,000 characters in windows and registers only the mentions near the viewport', async () => {
    const page = await harness.openFixture('page-long-block.html');
    const near = await settledMarks(page, { atLeast: 5 });
    const sentences = await page.evaluate(() => (window as unknown as { sentences: number }).sentences);
    // Every sentence names someone: thousands of mentions in the block, a screen's worth registered.
    expect(sentences).toBeGreaterThan(4000);
    expect(near.length).toBeGreaterThan(5);
    expect(near.length).toBeLessThan(sentences / 4);
    expect(near).not.toContain('علي لاريجاني');
    // The name at the very end was found (the last window) and is registered once it is scrolled to.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect(await pollFor(() => markedTexts(page), (texts) => texts.includes('علي لاريجاني'))).toContain('علي لاريجاني');
    await page.close();
  });

  it('applies settings at once: style, then marking off for the site, then on again', async () => {
    const page = await harness.openFixture('page-article.html');
    await settledMarks(page, { atLeast: 8 });
    const site = new URL(page.url()).host;
    await setPageSettings(harness, { enabled: true, disabledSites: [], highlightStyle: 'background', hoverDelayMs: 300 });
    expect(await settledMarks(page, { atLeast: 8, name: 'arabic-lookup-background' })).toHaveLength(8);
    expect(await markedTexts(page)).toEqual([]);
    await setPageSettings(harness, { enabled: true, disabledSites: [site], highlightStyle: 'underline', hoverDelayMs: 300 });
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 5_000 });
    // A page of the site opened now is not marked; the card's font face, registered at every page's start, is
    // never loaded there.
    const offPage = await harness.openFixture('page-article.html');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await markedTexts(offPage)).toEqual([]);
    expect(await cardFontFaces(offPage)).toEqual(['unloaded']);
    await offPage.close();
    await setPageSettings(harness, { enabled: true, disabledSites: [], highlightStyle: 'underline', hoverDelayMs: 300 });
    expect(await settledMarks(page, { atLeast: 8 })).toHaveLength(8);
    await page.close();
  });

  it('reports the page entities to the background and scrolls to a mention on request', async () => {
    const { page, tabId } = await openInFront(harness, 'page-big.html');
    const report = await harness.inExtension(async (id: number) => {
      const api = (globalThis as unknown as InExtension).ext;
      for (let attempt = 0; attempt < 100; attempt++) {
        const reply = (await api.runtime.sendMessage({ type: 'pageEntities', tabId: id })) as { value: { entityCounts: Record<string, number>; positions?: Record<string, number[]> }[] };
        // The first reports come while the page is still being read; wait for the whole page.
        if ((reply.value[0]?.entityCounts['person.izzat-rishq'] ?? 0) > 1000) return reply.value[0]!;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    }, tabId);
    expect(report?.entityCounts['person.izzat-rishq']).toBeGreaterThan(1000);
    expect(report?.positions?.['person.izzat-rishq']?.length).toBe(50);
    const scrolled = await harness.inExtension(
      (id: number) => (globalThis as unknown as InExtension).ext.runtime.sendMessage({ type: 'scrollToMention', tabId: id, entityId: 'person.izzat-rishq', occurrence: 900 }),
      tabId,
    );
    expect(scrolled).toEqual({ ok: true, value: true });
    const scrolledTo = await page.evaluate(() => window.scrollY);
    expect(scrolledTo).toBeGreaterThan(10_000);
    await page.close();
  });

  it('has logged no error in any context', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });
});
