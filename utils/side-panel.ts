import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** What the side panel should show when it opens: a query to search, or an entity. */
export type LookupTarget = { query: string } | { entityId: string };
export type PendingLookup = LookupTarget & { time: number };

/**
 * The hand-over between whoever opens the panel (popup, context menu, shortcut, hover card) and the panel itself:
 * a panel that is just opening reads it on start, one already open sees it change.
 */
const pendingLookupItem = storage.defineItem<PendingLookup | null>('local:pendingLookup', { fallback: null });
/** An older hand-over is a leftover of a panel that never opened, not something the user just asked for. */
export const PENDING_LOOKUP_MAX_AGE_MS = 30_000;

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel. Call it synchronously in a user-action handler, before any `await`: Chrome's
 * `sidePanel.open()` and Firefox's `sidebarAction.open()` both refuse once the gesture has passed.
 */
export function openSidePanel(where: { windowId?: number; tabId?: number }): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) return chromeSidePanel.open(where.windowId !== undefined ? { windowId: where.windowId } : { tabId: where.tabId });
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

export async function requestLookup(target: LookupTarget): Promise<void> {
  await pendingLookupItem.setValue({ ...target, time: Date.now() });
}

/** The lookup asked for in the last moments, if any; it is consumed, so a reopened panel does not repeat it. */
export async function takePendingLookup(now = Date.now()): Promise<LookupTarget | null> {
  const pending = await pendingLookupItem.getValue();
  if (!pending) return null;
  await pendingLookupItem.setValue(null);
  return now - pending.time <= PENDING_LOOKUP_MAX_AGE_MS ? pending : null;
}

/** Calls `listener` for each lookup asked for while the panel is open. */
export function watchPendingLookups(listener: (target: LookupTarget) => void): () => void {
  return pendingLookupItem.watch((pending) => {
    if (!pending) return;
    void pendingLookupItem.setValue(null);
    listener(pending);
  });
}
