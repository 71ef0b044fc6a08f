import { browser } from 'wxt/browser';

/**
 * The extension's own log of uncaught errors, kept in extension storage so that a user can attach it to a bug
 * report and tests can read it in both browsers (Firefox shows a driver no background target).
 */
export interface ErrorLogEntry {
  time: number;
  /** Where it happened: `background`, `content`, `popup`, `sidepanel`, `options`, `reader`. */
  context: string;
  message: string;
  stack?: string;
  url?: string;
}

export const ERROR_LOG_KEY = 'errorLog';
/** Enough to diagnose, small enough never to matter for storage. */
const MAX_ENTRIES = 50;

export async function readErrorLog(): Promise<ErrorLogEntry[]> {
  const stored = await browser.storage.local.get(ERROR_LOG_KEY);
  const entries = stored[ERROR_LOG_KEY];
  return Array.isArray(entries) ? (entries as ErrorLogEntry[]) : [];
}

export async function clearErrorLog(): Promise<void> {
  await browser.storage.local.remove(ERROR_LOG_KEY);
}

export async function recordError(context: string, error: unknown, url?: string): Promise<void> {
  const entry: ErrorLogEntry = {
    time: Date.now(),
    context,
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    ...(url ? { url } : {}),
  };
  try {
    const entries = await readErrorLog();
    await browser.storage.local.set({ [ERROR_LOG_KEY]: [...entries, entry].slice(-MAX_ENTRIES) });
  } catch {
    // Storage itself failing must not raise a second error from the error handler.
  }
}

/**
 * Logs uncaught errors and rejections of this context. In a content script the window is shared with the page,
 * so only errors raised by our own scripts are kept: the page's errors are none of our business.
 */
export function captureUncaughtErrors(context: string, { ownScriptsOnly = false } = {}): void {
  const ownOrigin = browser.runtime.getURL('/');
  const isOurs = (where: string | undefined) => !ownScriptsOnly || (where ?? '').startsWith(ownOrigin);
  globalThis.addEventListener('error', (event: ErrorEvent) => {
    if (isOurs(event.filename)) void recordError(context, event.error ?? event.message, event.filename);
  });
  globalThis.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    const stack = reason instanceof Error ? reason.stack : undefined;
    if (!ownScriptsOnly || (stack ?? '').includes(ownOrigin)) void recordError(context, reason);
  });
}
