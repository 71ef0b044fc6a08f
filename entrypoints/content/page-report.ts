import { browser } from 'wxt/browser';
import { MAX_POSITIONS, type ReportPageRequest } from '@/utils/messages';
import type { MentionStore } from './page-mentions';

const MIN_INTERVAL_MS = 1000;

/**
 * Tells the background which entities this frame shows, how often and where (document y of the first mentions),
 * for the popup and side panel. Reports at most once a second while the page keeps changing.
 */
export class PageReporter {
  private timer = 0;
  private last = -Infinity;
  private reportedVersion = -1;

  constructor(
    private readonly store: MentionStore | null,
    private readonly hasArabic: () => boolean,
  ) {}

  request(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.last + MIN_INTERVAL_MS - performance.now());
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.send();
    }, wait);
  }

  /** Reports now (first pass done, or a page without Arabic). */
  send(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    if (this.store && this.store.version === this.reportedVersion) return;
    this.last = performance.now();
    this.reportedVersion = this.store?.version ?? 0;
    const message: ReportPageRequest = { type: 'reportPage', hasArabic: this.hasArabic(), entityCounts: this.store?.counts() ?? {}, positions: this.positions() };
    browser.runtime.sendMessage(message).catch(() => {
      // The background restarts or the extension was reloaded: the next change reports again.
    });
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private positions(): Record<string, number[]> {
    const positions: Record<string, number[]> = {};
    if (!this.store) return positions;
    // Blocks in the order they were read (sorting a big page's blocks costs more than the report is worth); a
    // mention's position is its block's top, one layout read per block rather than one per range.
    for (const block of this.store.blocks()) {
      let top: number | undefined;
      for (const mention of this.store.inBlock(block)) {
        const list = (positions[mention.entityId] ??= []);
        if (list.length >= MAX_POSITIONS) continue;
        top ??= topOf(block);
        list.push(top);
      }
    }
    for (const list of Object.values(positions)) list.sort((a, b) => a - b);
    return positions;
  }
}

function topOf(block: Node): number {
  const element = block instanceof Element ? block : block instanceof ShadowRoot ? block.host : null;
  return Math.round((element?.getBoundingClientRect().top ?? 0) + scrollY);
}
