import { browser } from 'wxt/browser';
import { sendRequest, type PageEntitiesRequest } from './messages';
import type { PageReport } from './page-reports';

/** What the surfaces know of a tab's page: its address and every entity its frames found, with counts. */
export interface PageEntities {
  /** The top frame's URL, or null when no content script reported (a browser page, a store, a PDF). */
  url: string | null;
  /** entity id → mentions in all frames together. */
  counts: Map<string, number>;
}

/** Adds up the reports of a tab's frames. */
export function mergePageReports(reports: readonly PageReport[]): PageEntities {
  const counts = new Map<string, number>();
  for (const report of reports) {
    for (const [entityId, count] of Object.entries(report.entityCounts)) counts.set(entityId, (counts.get(entityId) ?? 0) + count);
  }
  const top = reports.find((report) => report.frameId === 0);
  return { url: top?.url ?? null, counts };
}

export async function fetchPageEntities(tabId: number): Promise<PageEntities> {
  const request: PageEntitiesRequest = { type: 'pageEntities', tabId };
  const reply = (await browser.runtime.sendMessage(request)) as { ok?: boolean; value?: PageReport[] } | undefined;
  return mergePageReports(reply?.ok && Array.isArray(reply.value) ? reply.value : []);
}

/**
 * The tab a surface is about: `?tab=<id>` in its address (tests, and a side panel opened for a tab), otherwise
 * the active tab of the window it belongs to.
 */
export async function surfaceTabId(search: string = location.search): Promise<number | null> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/**
 * Asks the tab to scroll to the entity's mention number `occurrence` and flash it; the background finds the frame
 * that holds it. Resolves to whether some frame showed it.
 */
export async function showMentionInTab(tabId: number, entityId: string, occurrence: number): Promise<boolean> {
  return (await sendRequest({ type: 'scrollToMention', tabId, entityId, occurrence })) === true;
}
