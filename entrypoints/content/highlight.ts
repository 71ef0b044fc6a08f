import { runInSlices } from '@/lib/page/time-slices';
import type { HighlightStyle } from '@/utils/page-settings';
import { sliceClock } from './clock';
import highlightCss from './highlight-style.css?inline';
import { liveRange, mayMarkOnPage, type MentionStore, type PageMention } from './page-mentions';

/** Registered names; the manifest CSS styles each. */
const NAMES = { underline: 'arabic-lookup-underline', background: 'arabic-lookup-background', current: 'arabic-lookup-current', flash: 'arabic-lookup-flash' } as const;

export const highlightApiAvailable = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * A block with more mentions than this (a plain-text file is one block) has only those within a screen of the
 * viewport registered, found by a binary search over their positions, and is registered again as the page scrolls.
 */
const LARGE_BLOCK_MENTIONS = 200;

/**
 * Paints the mentions near the viewport through the CSS Custom Highlight API. Painting cost grows with every
 * registered range, visible or not, so only blocks an IntersectionObserver reports within a screen of the
 * viewport are registered, and each update builds one new Highlight and sets it once. Without the API
 * nothing is painted and hover lookup still works.
 */
export class Highlighter {
  private readonly near = new Set<Node>();
  private readonly observed = new WeakSet<Element>();
  private readonly observer: IntersectionObserver;
  private frame = 0;
  private style: HighlightStyle;
  private current: PageMention | null = null;
  private readonly styledRoots = new WeakSet<ShadowRoot>();
  private sheet: CSSStyleSheet | null = null;
  private stopped = false;
  private deferObserving = true;
  private readonly unobserved: Element[] = [];
  /** A large block is near: scrolling changes which of its mentions are registered. */
  private followScrolling = false;

  constructor(
    private readonly store: MentionStore,
    style: HighlightStyle,
    /** Whether the user's own entities are registered too (see `PageSettings.markOwnEntities`). */
    private markOwn = false,
  ) {
    this.style = style;
    this.observer = new IntersectionObserver((entries) => this.onIntersection(entries), { rootMargin: '100% 0px' });
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  private readonly onScroll = () => {
    if (this.followScrolling) this.scheduleRegister();
  };

  setStyle(style: HighlightStyle, markOwn = this.markOwn): void {
    this.style = style;
    this.markOwn = markOwn;
    this.setCurrent(this.current);
    this.registerNow();
  }

  /**
   * A block's mentions changed: watch it, and repaint if it is near the viewport. While the first pass reads the
   * page, blocks are only queued: observing thousands of elements would double the time to index a big page.
   */
  blockChanged(block: Node): void {
    const element = elementOf(block);
    if (!element) return;
    if (!this.observed.has(element) && this.store.inBlock(block).length > 0) {
      this.observed.add(element);
      if (this.deferObserving) this.unobserved.push(element);
      else this.observer.observe(element);
    }
    if (this.near.has(block) || this.near.has(element)) this.scheduleRegister();
  }

  /** Observes, in slices, the blocks queued while the first pass ran; later blocks are observed at once. */
  async observeQueued(signal: AbortSignal): Promise<void> {
    this.deferObserving = false;
    const queue = this.unobserved.splice(0);
    let index = 0;
    await runInSlices(
      () => {
        const element = queue[index++];
        if (element?.isConnected) this.observer.observe(element);
        return index < queue.length;
      },
      { signal, clock: sliceClock },
    );
  }

  /** Blocks the first pass saw on screen: painted without waiting for the observer (hidden ones have no box). */
  markNear(blocks: readonly Node[]): void {
    for (const block of blocks) if (elementOf(block)?.getClientRects().length) this.near.add(block);
    this.registerNow();
  }

  /** The mention the user is on (hover, focus, keyboard): emphasised in every style, even "none until hover". */
  setCurrent(mention: PageMention | null): void {
    this.current = mention;
    if (!highlightApiAvailable || this.stopped) return;
    // The user's own names get no emphasis the page could read: the card alone shows which one is current.
    if (mention && mayMarkOnPage(mention, this.markOwn)) CSS.highlights.set(NAMES.current, new Highlight(mention.range));
    else CSS.highlights.delete(NAMES.current);
  }

  /** Blinks a mention (scroll-to, keyboard moves): once, steady, when the user prefers reduced motion. */
  flash(mention: PageMention): void {
    if (!highlightApiAvailable || !mayMarkOnPage(mention, this.markOwn)) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const steps = reduced ? [true, false] : [true, false, true, false, true, false];
    let index = 0;
    const step = () => {
      if (steps[index]) CSS.highlights.set(NAMES.flash, new Highlight(mention.range));
      else CSS.highlights.delete(NAMES.flash);
      if (++index < steps.length) setTimeout(step, reduced ? 1200 : 250);
    };
    step();
  }

  /** Firefox paints no document ::highlight() rule inside shadow roots: each open root adopts the rules too. */
  styleShadowRoot(root: ShadowRoot): void {
    if (this.styledRoots.has(root)) return;
    this.styledRoots.add(root);
    try {
      this.sheet ??= createSheet(highlightCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // Firefox 140 (ESR) refuses a sheet made in a content script (bug 1770592) and takes one made in the page's
      // world. A page that froze its adoptedStyleSheets keeps its shadow root unstyled; hover lookup still works there.
      adoptInPageWorld(root, highlightCss);
    }
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    if (!highlightApiAvailable) return;
    for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    // Newly observed blocks far from the viewport arrive here too: only a change of the near set repaints.
    let changed = false;
    for (const entry of entries) {
      if (entry.isIntersecting === this.near.has(entry.target)) continue;
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
      changed = true;
    }
    if (changed) this.scheduleRegister();
  }

  private scheduleRegister(): void {
    if (this.frame || this.stopped) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.registerNow();
    });
  }

  registerNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!highlightApiAvailable || this.stopped) return;
    CSS.highlights.delete(NAMES.underline);
    CSS.highlights.delete(NAMES.background);
    if (this.current && !this.store.inBlock(this.current.block).includes(this.current)) this.setCurrent(null);
    if (this.style === 'hover-only') return;
    const ranges: StaticRange[] = [];
    const seen = new Set<Node>();
    this.followScrolling = false;
    for (const node of this.near) {
      for (const candidate of [node, ...shadowBlockAlias(node)]) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const mentions = this.store.inBlock(candidate);
        const large = mentions.length > LARGE_BLOCK_MENTIONS;
        if (large) this.followScrolling = true;
        const [from, to] = large ? nearViewport(mentions) : [0, mentions.length];
        for (let index = from; index < to; index++) if (mayMarkOnPage(mentions[index]!, this.markOwn)) ranges.push(mentions[index]!.range);
      }
    }
    CSS.highlights.set(this.style === 'background' ? NAMES.background : NAMES.underline, new Highlight(...ranges));
  }
}

/**
 * The mentions of one block (in page order) within a screen of the viewport, as `[from, to)`: a block's text runs
 * down the page as it goes on, so two binary searches over the mentions' boxes find them.
 */
function nearViewport(mentions: readonly PageMention[]): [number, number] {
  const top = -innerHeight;
  const bottom = 2 * innerHeight;
  const box = (index: number) => liveRange(mentions[index]!)?.getBoundingClientRect() ?? null;
  // The first mention not wholly above the band, then the first one wholly below it.
  const firstAt = (isPast: (rect: DOMRect) => boolean) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const rect = box(middle);
      if (rect && !isPast(rect)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const from = firstAt((rect) => rect.bottom >= top);
  const to = firstAt((rect) => rect.top > bottom);
  return [from, Math.max(from, to)];
}

function elementOf(block: Node): Element | null {
  return block instanceof Element ? block : block instanceof ShadowRoot ? block.host : null;
}

/** Text directly in a shadow root has the root as its block, observed through its host. */
function shadowBlockAlias(node: Node): Node[] {
  return node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [];
}

/** Firefox's view of page objects from a content script (Xray vision): `wrappedJSObject` is the page's own. */
type PageWorld<T> = T & { wrappedJSObject?: T };

function adoptInPageWorld(root: ShadowRoot, css: string): void {
  const pageWindow = (window as PageWorld<Window & typeof globalThis>).wrappedJSObject;
  const pageRoot = (root as PageWorld<ShadowRoot>).wrappedJSObject;
  if (!pageWindow || !pageRoot) return;
  try {
    const sheet = new pageWindow.CSSStyleSheet();
    sheet.replaceSync(css);
    pageRoot.adoptedStyleSheets = pageWindow.Array.of(...pageRoot.adoptedStyleSheets, sheet);
  } catch {
    // Frozen by the page: see styleShadowRoot.
  }
}

function createSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
