import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMention } from './page-mentions';

/** What the card was opened by: a hover closes it when the pointer leaves, focus when focus leaves. */
export type OpenedBy = 'hover' | 'tap' | 'focus' | 'keyboard' | 'request';

/** A box in the viewport's coordinates. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardSnapshot {
  entityId: string | null;
  text: string;
  host: string;
  /** What the live region last said. */
  announcement: string;
  /** A pointer at the card's centre lands on it: nothing of the page (a modal dialog, a full-screen element) covers it. */
  onTop: boolean;
  /** The card's box in the viewport. */
  box: ViewportBox | null;
}

/** The hover card as the rest of the content script sees it, whether its bundle has loaded yet or not. */
export interface Card {
  readonly current: PageMention | null;
  readonly openedBy: OpenedBy | null;
  isOwnHost(target: EventTarget | null): boolean;
  /** Starts loading what the card for a mention needs, and renders it off-page, before the hover delay ends. */
  prefetch(mention: PageMention): void;
  /**
   * Lays the prefetched card for `mention` out in the page, unseen, before the hover delay ends, so that opening
   * it only shows it; `null` takes away a laid-out card that is not going to open.
   */
  stage(mention: PageMention | null): void;
  open(mention: PageMention, openedBy: OpenedBy): Promise<void>;
  close(): void;
  announce(text: string): Promise<void>;
  describe(): CardSnapshot | null;
}

/** Where the card bundle (`entrypoints/hover-card`) leaves its factory in the content script's world. */
export const CARD_MODULE_GLOBAL = '__arabicLookupHoverCard';
export const CARD_MODULE_PATH = '/hover-card.js';

/** What the card tells the rest of the content script. */
export interface CardEvents {
  onClosed(): void;
  /** The user said the mention does not name its entity ("not this one"). */
  onNotThisOne(mention: PageMention): void;
}

export interface CardModule {
  create(ctx: ContentScriptContext, events: CardEvents): Card;
}
