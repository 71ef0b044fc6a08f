import { browser } from 'wxt/browser';
import { parsePublishedMatcher, sendRequest, type PublishedMatcher } from '@/utils/messages';
import { MATCHER_MODULE_GLOBAL, MATCHER_MODULE_PATH, type MatcherModule, type PageMatcher } from './matcher-contract';

/**
 * The compiled matcher: its data as the background published it (asked for only when it has not published one
 * yet), its code from the matcher bundle, both fetched at once and only on pages with Arabic.
 */
export async function loadMatcher(published: Promise<PublishedMatcher | null>): Promise<PageMatcher> {
  const url = (browser.runtime.getURL as (path: string) => string)(MATCHER_MODULE_PATH);
  const [stored] = await Promise.all([published, import(/* @vite-ignore */ url)]);
  const module = (globalThis as Record<string, unknown>)[MATCHER_MODULE_GLOBAL] as MatcherModule | undefined;
  if (!module) throw new Error(`the matcher bundle at ${url} did not load`);
  if (stored !== null) {
    try {
      return compileBoth(module, stored);
    } catch {
      // Published by an older version of the extension: the background compiles (and publishes) a current one.
    }
  }
  return compileBoth(module, await askBackground());
}

function compileBoth(module: MatcherModule, published: PublishedMatcher): PageMatcher {
  return {
    find: module.compile(published.serialized),
    findOwn: published.ownSerialized === null ? null : module.compile(published.ownSerialized),
    entityTypes: published.entityTypes,
    falseMatches: published.falseMatches,
  };
}

async function askBackground(): Promise<PublishedMatcher> {
  const served = parsePublishedMatcher(await sendRequest({ type: 'matcher' }));
  if (!served) throw new Error('matcher: the background served no matcher this version reads');
  return served;
}
