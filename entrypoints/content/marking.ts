import { browser } from 'wxt/browser';
import { parsePublishedMatcher, sendRequest, type PublishedMatcher } from '@/utils/messages';
import { MARKING_MODULE_GLOBAL, MARKING_MODULE_PATH, type MarkingModule, type PageMarking, type PageMatcher } from './marking-contract';

/**
 * The compiled matcher and the marking code: the matcher's data as the background published it (asked for only
 * when it has not published one yet), the code from the marking bundle, both fetched at once and only on pages
 * with Arabic.
 */
export async function loadMarking(published: Promise<PublishedMatcher | null>): Promise<PageMarking> {
  const url = (browser.runtime.getURL as (path: string) => string)(MARKING_MODULE_PATH);
  const [stored] = await Promise.all([published, import(/* @vite-ignore */ url)]);
  const module = (globalThis as Record<string, unknown>)[MARKING_MODULE_GLOBAL] as MarkingModule | undefined;
  if (!module) throw new Error(`the marking bundle at ${url} did not load`);
  return { matcher: await pageMatcher(module, stored), MarkingSession: module.MarkingSession };
}

async function pageMatcher(module: MarkingModule, stored: PublishedMatcher | null): Promise<PageMatcher> {
  if (stored !== null) {
    try {
      return compileBoth(module, stored);
    } catch {
      // Published by an older version of the extension: the background compiles (and publishes) a current one.
    }
  }
  return compileBoth(module, await askBackground());
}

function compileBoth(module: MarkingModule, published: PublishedMatcher): PageMatcher {
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
