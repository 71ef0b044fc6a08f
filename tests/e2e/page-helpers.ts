import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { BROWSER, type Harness, type InExtension } from './harness';
import type { CardSnapshot, ViewportBox } from '../../entrypoints/content/card-contract';
import { CARD_FONT_FAMILY } from '../../entrypoints/content/font';
import type { PageSettings } from '../../utils/page-settings';

/**
 * Opens a fixture with its tab's id, and brings it back in front: `tabIdOf` opens an extension page in front, and
 * a hidden page runs no animation frames (and no user hovers it).
 */
export async function openInFront(harness: Harness, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await harness.openFixture(path);
  const tabId = await harness.tabIdOf(page.url());
  await page.bringToFront();
  return { page, tabId };
}

/** The texts of the ranges our highlights hold, read from the page's own world (the registry is shared). */
export async function markedTexts(page: Page | Frame, name = 'arabic-lookup-underline'): Promise<string[]> {
  return page.evaluate((highlightName: string) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((abstract) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      return range.toString();
    });
  }, name);
}

/** Waits until the marked texts stop changing for a few polls, then returns them (sorted). */
export async function settledMarks(page: Page | Frame, { atLeast = 1, timeoutMs = 8_000, name }: { atLeast?: number; timeoutMs?: number; name?: string } = {}): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stable = 0;
  for (;;) {
    const texts = (await markedTexts(page, name)).sort();
    const key = JSON.stringify(texts);
    stable = key === last && texts.length >= atLeast ? stable + 1 : 0;
    last = key;
    if (stable >= 3 || Date.now() > deadline) return texts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The box of the first marked range whose text is `text` (viewport coordinates of the page or frame). */
export async function boxOfMark(page: Page | Frame, text: string, name = 'arabic-lookup-underline'): Promise<ViewportBox> {
  const box = await page.evaluate(
    (wanted: string, highlightName: string) => {
      for (const abstract of CSS.highlights.get(highlightName) ?? []) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        if (range.toString() !== wanted) continue;
        const { left, top, right, bottom } = range.getClientRects()[0]!;
        return { left, top, right, bottom };
      }
      return null;
    },
    text,
    name,
  );
  if (!box) throw new Error(`no mark reads «${text}»`);
  return box;
}

/** The centre of `text` in the paragraph `paragraphId` of the open shadow root of `hostId`, from the text itself, not our marks. */
export function centreOfShadowText(page: Page, hostId: string, paragraphId: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (host: string, paragraph: string, wanted: string) => {
      const node = document.getElementById(host)!.shadowRoot!.getElementById(paragraph)!.firstChild as Text;
      const start = node.data.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    hostId,
    paragraphId,
    text,
  );
}

/** The centre of the first marked range whose text is `text` (viewport coordinates of the page or frame). */
export async function centreOfMark(page: Page | Frame, text: string, name = 'arabic-lookup-underline'): Promise<{ x: number; y: number }> {
  const { left, top, right, bottom } = await boxOfMark(page, text, name);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/**
 * The load status of each face of the card's font family in the page's `document.fonts` (as the page's own
 * scripts see them): registered at document start, loaded for the first card, never added later.
 */
export async function cardFontFaces(page: Page): Promise<string[]> {
  return page.evaluate((family: string) => [...document.fonts].filter((face) => face.family.includes(family)).map((face) => face.status), CARD_FONT_FAMILY);
}

/** What a test reads of the card in either browser (the DevTools protocol sees its DOM, not its geometry). */
export type CardView = Pick<CardSnapshot, 'entityId' | 'text' | 'host' | 'announcement'>;

/**
 * What the hover card shows. Its shadow root is closed: in Chromium the DevTools protocol pierces it
 * (`DOM.getDocument` with `pierce: true`); Firefox's driver cannot, so the test asks the content script through
 * the extension (the test-only `describeCard` command, answerable to the extension alone).
 */
export async function readCard(harness: Harness, page: Page, tabId: number): Promise<CardView | null> {
  if (BROWSER === 'chromium') return readCardOverCdp(await page.createCDPSession());
  return describeCard(harness, tabId);
}

/** What the content script itself says of its card: also whether anything of the page covers it, and its box. */
export function describeCard(harness: Harness, tabId: number): Promise<CardSnapshot | null> {
  return harness.inExtension(
    (id: number) =>
      (globalThis as unknown as { ext: { tabs: { sendMessage(tab: number, message: unknown, options?: object): Promise<unknown> } } }).ext.tabs.sendMessage(id, { type: 'describeCard' }, { frameId: 0 }),
    tabId,
  ) as Promise<CardSnapshot | null>;
}

/** Clicks a button of the hover card by its class, where the DevTools protocol can reach into the closed root (Chromium). */
export async function clickInCard(page: Page, className: string): Promise<void> {
  const session = await page.createCDPSession();
  try {
    // Read again for a moment: once in some ten runs, the first read of a card already shown had no button yet.
    const findButton = async () => {
      const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      return find(root, (node) => (attribute(node, 'class') ?? '').split(' ').includes(className));
    };
    const button = await pollFor(findButton, (node) => node?.backendNodeId !== undefined, 3_000);
    if (!button?.backendNodeId) throw new Error(`no ${className} in the card`);
    // The footer of a tall card may lie below its own scroll box.
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await session.detach();
  }
}

interface CdpNode {
  backendNodeId?: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/**
 * The weight and size (`700 13px`) of every element of the card that holds text, read over the DevTools protocol
 * from its closed root (Chromium).
 */
export async function cardFontSettings(page: Page): Promise<string[]> {
  const session = await page.createCDPSession();
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId: number } };
    const card = find(root, (node) => (attribute(node, 'class') ?? '').split(' ').includes('hover-card'));
    if (!card) throw new Error('no card is shown');
    const holders: (CdpNode & { nodeId: number })[] = [];
    const collect = (node: CdpNode & { nodeId: number }) => {
      if (node.children?.some((child) => child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '')) holders.push(node);
      for (const child of node.children ?? []) collect(child as CdpNode & { nodeId: number });
    };
    collect(card as CdpNode & { nodeId: number });
    const settings = new Set<string>();
    for (const holder of holders) {
      const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: holder.nodeId })) as { computedStyle: { name: string; value: string }[] };
      const value = (name: string) => computedStyle.find((property) => property.name === name)?.value;
      settings.add(`${value('font-weight')} ${value('font-size')}`);
    }
    return [...settings].sort();
  } finally {
    await session.detach();
  }
}

async function readCardOverCdp(session: CDPSession): Promise<CardView | null> {
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (node) => node.localName === 'arabic-lookup-card');
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    if (shadow?.shadowRootType !== 'closed') throw new Error(`the card's shadow root is ${shadow?.shadowRootType ?? 'missing'}`);
    // A card laid out before its hover delay ends sits in a staged layer: not shown yet.
    const layer = find(shadow, (node) => attribute(node, 'data-card-layer') !== null && attribute(node, 'data-staged') === null);
    const card = layer && find(layer, (node) => (attribute(node, 'class') ?? '').split(' ').includes('hover-card'));
    const live = find(shadow, (node) => attribute(node, 'aria-live') !== null);
    const announcement = live ? textOf(live) : '';
    if (!card) return { entityId: null, text: '', host: host.localName!, announcement };
    return { entityId: attribute(card, 'data-entity-id'), text: textOf(card), host: host.localName!, announcement };
  } finally {
    await session.detach();
  }
}

function find(node: CdpNode, test: (node: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function attribute(node: CdpNode, name: string): string | null {
  const attributes = node.attributes ?? [];
  for (let index = 0; index < attributes.length; index += 2) if (attributes[index] === name) return attributes[index + 1] ?? null;
  return null;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The page's DOM compared with the snapshot its own inline script took while parsing (before any content script). */
export async function domChangesSinceLoad(page: Page): Promise<{ sameHtml: boolean; nodeDelta: number; ourHosts: number; htmlWithoutHost: string; initialHtml: string }> {
  return page.evaluate(() => {
    const scope = window as unknown as { initialHtml: string; initialNodes: number };
    const html = document.documentElement.outerHTML;
    const withoutHost = html.replace(/<arabic-lookup-card[^>]*><\/arabic-lookup-card>/g, '');
    return {
      sameHtml: html === scope.initialHtml,
      nodeDelta: document.getElementsByTagName('*').length - scope.initialNodes,
      ourHosts: document.getElementsByTagName('arabic-lookup-card').length,
      htmlWithoutHost: withoutHost,
      initialHtml: scope.initialHtml,
    };
  });
}

/** How many hosts of our card the page holds (one while a card shows or is staged, else none). */
export function cardHostsIn(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('arabic-lookup-card').length);
}

/** Polls the card until `accept` is true of it (or the time is up), and returns the last snapshot. */
export function waitForCard(harness: Harness, page: Page, tabId: number, accept: (card: CardView | null) => boolean, timeoutMs = 5_000): Promise<CardView | null> {
  return pollFor(() => readCard(harness, page, tabId), accept, timeoutMs);
}

/** Calls `read` every 100 ms until `accept` is true of its value or the time is up; returns the last value. */
export async function pollFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Stores the page settings (`browser.storage.local`), as the options page does; open tabs apply them at once. */
export async function setPageSettings(harness: Harness, settings: Partial<PageSettings>): Promise<void> {
  await harness.inExtension(async (value: Partial<PageSettings>) => {
    await (globalThis as unknown as InExtension).ext.storage.local.set({ pageSettings: value });
  }, settings);
}

/** Presses a page shortcut: Alt+Shift and a key, by physical key code. */
export async function pressShortcut(page: Page, code: 'KeyM' | 'KeyN' | 'KeyP'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}
