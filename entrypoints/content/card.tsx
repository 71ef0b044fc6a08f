import { render, type VNode } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import componentsCss from '@/components/components.css?inline';
import type { EntitySummary } from '@/components/EntityChip';
import { HoverCard, CARD_PASSAGES, type CardData } from '@/components/hover-card/HoverCard';
import cardCss from '@/components/hover-card/hover-card.css?inline';
import { placeCard } from '@/lib/page/card-placement';
import type { EntityPassage } from '@/lib/search/search-index';
import { t, uiLanguage } from '@/utils/i18n';
import { sendRequest } from '@/utils/messages';
import type { Card, CardEvents, CardSnapshot, OpenedBy } from './card-contract';
import { sliceClock } from './clock';
import { loadCardFont, warmCardFonts } from './font';
import { liveRange, type PageMention } from './page-mentions';
import { UI_HOST_TAG } from './text-blocks';
import { pageTheme } from './theme';

const RELATED_SHOWN = 4;
/** The benchmark reads the card's paint time from this measure. */
export const CARD_PAINT_MEASURE = 'arabic-lookup:card-painted';


/**
 * The hover card and the screen-reader live region, in one closed shadow root whose host is the only node we
 * ever add to the page, and only while the card (or an announcement) is showing.
 */
export class CardController implements Card {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private creating: Promise<ShadowRootContentScriptUi<void>> | undefined;
  private mounted = false;
  private mention: PageMention | null = null;
  /** The mention whose card is laid out in the page, hidden, until the hover delay ends. */
  private staged: PageMention | null = null;
  openedBy: OpenedBy | null = null;
  private data: CardData = { status: 'loading' };
  private announcement = '';
  private unmountTimer = 0;
  private frame = 0;
  private readonly lookups = new Map<string, Promise<CardData>>();
  /** The lookups that have come back with data, by entity: what a card can be staged with at once. */
  private readonly ready = new Map<string, CardData>();
  /** The card last rendered: rendered again as the same element, it is skipped by Preact (showing a staged card). */
  private cardElement: { mention: PageMention; data: CardData; theme: string; element: VNode } | null = null;
  /** The word's box the card was last placed beside: while it stays, the card stays where it is. */
  private placement: { mention: PageMention; word: DOMRect; viewportWidth: number; viewportHeight: number } | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly events: CardEvents,
  ) {
    const follow = () => this.scheduleReposition();
    addEventListener('scroll', follow, { capture: true, passive: true, signal: ctx.signal });
    addEventListener('resize', follow, { passive: true, signal: ctx.signal });
  }

  get current(): PageMention | null {
    return this.mention;
  }

  isOwnHost(target: EventTarget | null): boolean {
    return target !== null && target === this.ui?.shadowHost;
  }

  /**
   * Fetches the card's data and renders it into the shadow root while its host is not yet in the page, so that
   * opening it after the hover delay only attaches and places it.
   */
  prefetch(mention: PageMention): void {
    void warmCardFonts();
    void Promise.all([this.lookup(mention.entityId), this.ensureUi()]).then(([data]) => {
      if (this.mounted || this.mention) return;
      this.data = data;
      this.renderCard(mention);
    });
  }

  stage(mention: PageMention | null): void {
    if (mention === null) return this.unstage();
    const data = this.ready.get(mention.entityId);
    // A card whose data has not come, or while another card shows, opens the slower way.
    if (this.mention || !this.ui || !data) return;
    this.staged = mention;
    this.data = data;
    this.attach(this.ui);
    this.renderCard(mention);
    if (!this.place(mention)) this.unstage();
  }

  private unstage(): void {
    const staged = this.staged;
    this.staged = null;
    if (!staged || this.mention) return;
    this.renderCard(null);
    this.unmountSoon(this.announcement ? 5000 : 0);
  }

  private lookup(entityId: string): Promise<CardData> {
    let pending = this.lookups.get(entityId);
    if (!pending) {
      pending = fetchCardData(entityId);
      this.lookups.set(entityId, pending);
      void pending.then((data) => {
        if (data.status === 'ready') this.ready.set(entityId, data);
        else this.lookups.delete(entityId);
      });
    }
    return pending;
  }

  async open(mention: PageMention, openedBy: OpenedBy): Promise<void> {
    const requested = performance.now();
    this.staged = null;
    this.mention = mention;
    this.openedBy = openedBy;
    void loadCardFont();
    const pending = this.lookup(mention.entityId);
    const ui = await this.ensureUi();
    if (this.mention !== mention) return;
    this.data = { status: 'loading' };
    const data = await Promise.race([pending, nextFrameValue<CardData | null>(null)]);
    if (this.mention !== mention) return;
    if (data) this.data = data;
    this.show(ui);
    if (!data) {
      const later = await pending;
      if (this.mention !== mention) return;
      this.data = later;
      this.renderCard();
    }
    // From the end of the hover delay to the end of the frame that paints the card: a frame callback runs before
    // that frame's style, layout and paint, a message posted from it after them.
    requestAnimationFrame(() => sliceClock.defer(() => performance.measure(CARD_PAINT_MEASURE, { start: requested, end: performance.now() })));
  }

  close(): void {
    if (!this.mention) return;
    this.mention = null;
    this.openedBy = null;
    this.renderCard();
    this.unmountSoon(this.announcement ? 5000 : 0);
    this.events.onClosed();
  }

  /** Says something to screen readers through the live region inside our shadow root. */
  async announce(text: string): Promise<void> {
    const ui = await this.ensureUi();
    this.announcement = '';
    this.show(ui);
    // A change of text is what a live region reads: clear, then set on the next frame.
    requestAnimationFrame(() => {
      this.announcement = text;
      this.renderCard();
    });
    if (!this.mention) this.unmountSoon(5000);
  }

  /** Test-only description of what the card shows (its root is closed to the page and to Firefox's driver). */
  describe(): CardSnapshot | null {
    if (!this.mounted || !this.ui?.shadowHost.isConnected) return null;
    const host = this.ui.shadowHost;
    const card = this.ui.uiContainer.querySelector('[data-card-layer]:not([data-staged]) .hover-card');
    const announcement = this.ui.uiContainer.querySelector('[aria-live]')?.textContent ?? '';
    const rect = card?.getBoundingClientRect();
    const onTop = rect !== undefined && document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === host;
    const box = rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
    return { entityId: card?.getAttribute('data-entity-id') ?? null, text: card?.textContent ?? '', host: host.localName, announcement, onTop, box };
  }

  private async ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: UI_HOST_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: () => hostParent(this.mention ?? this.staged),
      append: 'last',
      // Keys typed in the card must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      css: `${componentsCss}\n${cardCss}`,
      onMount: () => undefined,
      onRemove: () => {
        this.mounted = false;
      },
    });
    this.ui = await this.creating;
    return this.ui;
  }

  private show(ui: ShadowRootContentScriptUi<void>): void {
    this.attach(ui);
    this.renderCard();
  }

  /** Puts the host in the page, where the open or staged mention needs it, and in the top layer. */
  private attach(ui: ShadowRootContentScriptUi<void>): void {
    clearTimeout(this.unmountTimer);
    const host = ui.shadowHost;
    const parent = hostParent(this.mention ?? this.staged);
    // Moved when the name is read elsewhere (a modal dialog), put back when a page that rebuilt its body took it.
    if (!this.mounted || host.parentNode !== parent) {
      if (this.mounted) parent.append(host);
      else ui.mount();
      this.mounted = true;
      raiseToTopLayer(host);
    }
  }

  private unmountSoon(delay: number): void {
    clearTimeout(this.unmountTimer);
    this.unmountTimer = window.setTimeout(() => {
      if (this.mention || !this.ui || !this.mounted) return;
      render(null, this.ui.uiContainer);
      this.ui.remove();
      this.mounted = false;
      this.announcement = '';
    }, delay);
  }

  /**
   * Renders the card for `mention` (the open one by default); off-page while the host is not mounted, and hidden
   * while it is not the open one.
   */
  private renderCard(mention: PageMention | null = this.mention): void {
    if (!this.ui || (!this.mounted && !mention)) return;
    const staged = mention !== this.mention;
    render(
      <>
        {mention && (
          <div class="card-layer" data-card-layer="" data-staged={staged ? '' : undefined} aria-hidden={staged ? 'true' : undefined}>
            {this.cardFor(mention)}
          </div>
        )}
        <div class="visually-hidden" role="status" aria-live="polite">
          {this.announcement}
        </div>
      </>,
      this.ui.uiContainer,
    );
    if (!mention) {
      this.cardElement = null;
      this.placement = null;
    }
    if (this.mounted) this.reposition();
  }

  private cardFor(mention: PageMention): VNode {
    const theme = pageTheme();
    const cached = this.cardElement;
    if (cached?.mention === mention && cached.data === this.data && cached.theme === theme) return cached.element;
    // New content has a new size.
    this.placement = null;
    const element = (
      <HoverCard
        entityId={mention.entityId}
        data={this.data}
        mentionText={mention.text}
        t={t}
        uiLanguage={uiLanguage() === 'ar' ? 'ar' : 'en'}
        theme={theme}
        readerHref={readerHref}
        onOpenReader={(passage) => void browser.runtime.sendMessage({ type: 'openReader', passageId: passage.passageId })}
        onMore={(entityId) => void browser.runtime.sendMessage({ type: 'showEntity', entityId })}
        onSelectEntity={(entityId) => void browser.runtime.sendMessage({ type: 'showEntity', entityId })}
        onClose={() => this.close()}
        onNotThisOne={() => {
          this.close();
          this.events.onNotThisOne(mention);
        }}
      />
    );
    this.cardElement = { mention, data: this.data, theme, element };
    return element;
  }

  private scheduleReposition(): void {
    if (!this.mention || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
    });
  }

  /** Closes the card once its word has left the screen. */
  private reposition(): void {
    if (this.mention && !this.place(this.mention)) this.close();
  }

  /** Places the card beside the word, never over it, inside the viewport; false when the word is not on screen. */
  private place(mention: PageMention): boolean {
    const layer = this.ui?.uiContainer.querySelector<HTMLElement>('[data-card-layer]');
    const card = layer?.firstElementChild as HTMLElement | null | undefined;
    if (!layer || !card) return true;
    const range = liveRange(mention);
    const word = range?.getBoundingClientRect();
    if (!word || (word.width === 0 && word.height === 0) || word.bottom < 0 || word.top > innerHeight) return false;
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const last = this.placement;
    // Where it was placed (while staged, a moment ago, say), beside a word that has not moved since: the card
    // stays, and the page needs no second look.
    if (last?.mention === mention && last.viewportWidth === viewport.width && last.viewportHeight === viewport.height && sameBox(last.word, word)) return true;
    if (!showsAt(mention, word, this.ui?.shadowHost)) return false;
    // A page's CSS zoom (on its body, say) reaches our host too: undone on the layer, the card keeps its size and
    // is placed in the viewport's pixels.
    const pageZoom = this.ui?.shadowHost.currentCSSZoom ?? 1;
    layer.style.zoom = pageZoom === 1 ? '' : String(1 / pageZoom);
    const placed = placeCard(word, { width: card.offsetWidth, height: card.scrollHeight }, viewport, getComputedStyle(mention.startNode.parentElement ?? document.documentElement).direction === 'ltr' ? 'ltr' : 'rtl');
    layer.style.transform = `translate(${Math.round(placed.left)}px, ${Math.round(placed.top)}px)`;
    card.style.maxHeight = `${Math.floor(placed.maxHeight)}px`;
    this.placement = { mention, word, viewportWidth: viewport.width, viewportHeight: viewport.height };
    return true;
  }
}

function sameBox(one: DOMRect, other: DOMRect): boolean {
  return one.left === other.left && one.top === other.top && one.width === other.width && one.height === other.height;
}

/**
 * Whether the page draws the mention where its box is: not when its own scroll box has scrolled it away, or
 * something of the page (a sticky header) lies over it. Asked in the mention's own tree, which sees into its
 * shadow root. Our card, which may still stand where the word was before, is looked through.
 */
function showsAt(mention: PageMention, word: DOMRect, ownHost: Element | undefined): boolean {
  const root = mention.startNode.getRootNode() as Document | ShadowRoot;
  const hit = root.elementsFromPoint(word.left + word.width / 2, word.top + word.height / 2).find((element) => element !== ownHost);
  return hit !== undefined && (hit.contains(mention.startNode) || hit.contains(mention.endNode));
}

/**
 * Where the host goes: at the end of the body, or in the modal dialog or the full-screen element the name was
 * read in. Outside an open modal dialog everything is inert, and outside the full-screen element nothing is hit
 * by the pointer: shown above either, a card elsewhere would be seen but could not be used.
 */
function hostParent(mention: PageMention | null): Element {
  const element = mention?.startNode.parentElement;
  // A name in a web component's shadow root lies in the dialog or full-screen element around its host.
  const ancestors = element ? [...selfAndAncestors(element)] : [];
  const dialog = ancestors.find((ancestor) => ancestor.localName === 'dialog' && ancestor.matches(':modal'));
  if (dialog) return dialog;
  const fullScreen = document.fullscreenElement;
  if (fullScreen && ancestors.includes(fullScreen)) return fullScreen;
  return document.body ?? document.documentElement;
}

/** The element and its ancestors, climbing out of shadow roots to their hosts. */
function* selfAndAncestors(element: Element): Generator<Element> {
  for (let current: Element | null = element; current; current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentElement) yield current;
}

/**
 * Shows the host as a manual popover: in the top layer, above all of the page, a modal dialog or a full-screen
 * element included (under those it was covered). Without the Popover API the host stays in the page's own
 * layers, at the highest z-index.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  host.popover = 'manual';
  try {
    host.showPopover();
  } catch {
    // Shown already, or the document cannot show popovers now: the card is still in the page.
  }
}

function readerHref(passage: EntityPassage): string {
  return browser.runtime.getURL(`/reader.html?doc=${encodeURIComponent(passage.documentId)}&passage=${encodeURIComponent(passage.passageId)}`);
}

async function fetchCardData(entityId: string): Promise<CardData> {
  try {
    const lookup = await sendRequest({ type: 'lookupEntity', entityId, limit: CARD_PASSAGES });
    if (!lookup) return { status: 'failed', error: entityId };
    const related = await Promise.all(
      lookup.related.slice(0, RELATED_SHOWN).map(async ({ entityId: id }): Promise<EntitySummary | null> => {
        const other = await sendRequest({ type: 'lookupEntity', entityId: id, limit: 1 }).catch(() => null);
        return other ? { id: other.entity.id, nameAr: other.entity.nameAr, nameEn: other.entity.nameEn, type: other.entity.type } : null;
      }),
    );
    return { status: 'ready', lookup, related: related.filter((entity): entity is EntitySummary => entity !== null) };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Resolves with `value` after the next frame: how long the card waits for its data before painting "loading". */
function nextFrameValue<T>(value: T): Promise<T> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(value)));
}
