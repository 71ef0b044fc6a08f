/** What a content script tells the background about the page it runs in; served to the popup and side panel. */
export interface PageReport {
  tabId: number;
  frameId: number;
  url: string;
  hasArabic: boolean;
  /** entity id → number of mentions in this frame. */
  entityCounts: Record<string, number>;
  /** entity id → document y (CSS px) of its first mentions in page order; absent in a report made before indexing. */
  positions?: Record<string, number[]>;
  time: number;
}

/** The latest report of every frame of every tab, merged per tab on request. */
export class PageReports {
  private readonly byTab = new Map<number, Map<number, PageReport>>();

  record(report: PageReport): void {
    let frames = this.byTab.get(report.tabId);
    if (!frames) this.byTab.set(report.tabId, (frames = new Map()));
    if (report.frameId === 0) {
      // A new top document replaces everything the tab reported before.
      const previous = frames.get(0);
      if (previous && previous.url !== report.url) frames.clear();
    }
    frames.set(report.frameId, report);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }

  forTab(tabId: number): PageReport[] {
    return [...(this.byTab.get(tabId)?.values() ?? [])];
  }
}
