import { browser } from 'wxt/browser';

/**
 * Calls `listener` whenever `key` of `browser.storage.local` changes, from any context; returns the way to stop.
 * Plain `browser.storage`, not WXT's storage layer, so the content script can use it without that weight.
 */
export function watchLocalKey(key: string, listener: (newValue: unknown, oldValue: unknown) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[key] : undefined;
    if (change) listener(change.newValue, change.oldValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
