import type { Card } from './card-contract';
import type { Highlighter } from './highlight';
import { liveRange, rectsContain, type MentionStore, type PageMention } from './page-mentions';

/** Time for the pointer to travel from the word into the card before the card closes. */
const CLOSE_GRACE_MS = 350;

/**
 * Finds the mention under the pointer without touching the page's DOM (the caret position at the point, then the
 * mention's own rectangles) and opens its card after the hover delay, on a tap at once, and on keyboard focus of
 * an element holding a mention.
 */
export class HoverTracker {
  private x = -1;
  private y = -1;
  private frame = 0;
  private candidate: PageMention | null = null;
  private openTimer = 0;
  private stageTimer = 0;
  private closeTimer = 0;

  constructor(
    private readonly store: MentionStore,
    private readonly card: Card,
    private readonly highlighter: Highlighter,
    private readonly settings: { hoverDelayMs: number },
    private readonly shadowRoots: () => Iterable<ShadowRoot>,
    signal: AbortSignal,
  ) {
    const options = { capture: true, passive: true, signal };
    addEventListener('pointermove', (event) => this.onPointerMove(event), options);
    addEventListener('pointerup', (event) => this.onPointerUp(event), options);
    addEventListener('focusin', (event) => this.onFocusIn(event), options);
    addEventListener('focusout', (event) => this.onFocusOut(event), options);
    addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true, signal });
    signal.addEventListener('abort', () => this.reset());
  }

  /** The mention whose text is drawn at the point, if any. */
  mentionAt(x: number, y: number): PageMention | null {
    const caret = caretAt(x, y, [...this.shadowRoots()]);
    if (!caret) return null;
    // The store holds the page's current mentions only: no candidate is out of date.
    for (const mention of this.store.atCaret(caret.node, caret.offset)) {
      const range = liveRange(mention);
      if (range && rectsContain(range.getClientRects(), x, y)) return mention;
    }
    return null;
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
    if (this.card.isOwnHost(event.target)) {
      // Inside the card: keep it open.
      clearTimeout(this.closeTimer);
      return;
    }
    if (event.buttons !== 0) {
      // A button held: the user selects text or drags something, and no card opens on the way.
      this.cancelOpening();
      this.candidate = null;
      return;
    }
    this.x = event.clientX;
    this.y = event.clientY;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.hitTest();
    });
  }

  private hitTest(): void {
    const mention = this.mentionAt(this.x, this.y);
    if (mention && mention === this.card.current) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (mention === this.candidate) return;
    this.candidate = mention;
    this.cancelOpening();
    if (mention) {
      this.highlighter.setCurrent(mention);
      this.card.prefetch(mention);
      const delay = this.settings.hoverDelayMs;
      // Laying the card out takes 10–15 ms (its styles, the shaping of its Arabic text): done, unseen, halfway
      // through the delay, it no longer stands between the delay and the card. A pointer only passing over
      // names lays out none.
      this.stageTimer = window.setTimeout(() => {
        if (this.candidate === mention) this.card.stage(mention);
      }, delay / 2);
      this.openTimer = window.setTimeout(() => {
        if (this.candidate === mention) void this.card.open(mention, 'hover');
      }, delay);
    } else {
      if (!this.card.current) this.highlighter.setCurrent(null);
      if (this.card.openedBy === 'hover') this.scheduleClose();
    }
  }

  /** Stops a card on its way: its timers, and the card laid out for it in the page. */
  private cancelOpening(): void {
    clearTimeout(this.stageTimer);
    clearTimeout(this.openTimer);
    this.card.stage(null);
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      this.candidate = null;
      this.card.close();
    }, CLOSE_GRACE_MS);
  }

  private onPointerUp(event: PointerEvent): void {
    if (event.pointerType === 'mouse' || this.card.isOwnHost(event.target)) return;
    const mention = this.mentionAt(event.clientX, event.clientY);
    if (mention) {
      this.highlighter.setCurrent(mention);
      void this.card.open(mention, 'tap');
    } else if (this.card.current) this.card.close();
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.target;
    if (!(target instanceof Element) || this.card.isOwnHost(target)) return;
    const mention = this.store.inPageOrder().find((candidate) => target.contains(candidate.startNode));
    if (!mention) return;
    this.highlighter.setCurrent(mention);
    void this.card.open(mention, 'focus');
  }

  private onFocusOut(event: FocusEvent): void {
    if (this.card.openedBy !== 'focus' || this.card.isOwnHost(event.relatedTarget)) return;
    this.card.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // Closes the card, or stops the one on its way; the pointer moving again starts over.
    if (this.card.current) this.card.close();
    else if (this.candidate) this.cancelOpening();
    this.candidate = null;
  }

  private reset(): void {
    clearTimeout(this.stageTimer);
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    cancelAnimationFrame(this.frame);
  }
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
