import { browser } from 'wxt/browser';
import { MATCHER_MODULE_GLOBAL, MATCHER_MODULE_PATH, type FindMentions, type MatcherModule } from './matcher-contract';

/**
 * The compiled matcher: its data as the background published it (asked for only when it has not published one
 * yet), its code from the matcher bundle, both fetched at once and only on pages with Arabic.
 */
export async function loadMatcher(published: Promise<string | null>): Promise<FindMentions> {
  const url = (browser.runtime.getURL as (path: string) => string)(MATCHER_MODULE_PATH);
  const [stored] = await Promise.all([published, import(/* @vite-ignore */ url)]);
  const module = (globalThis as Record<string, unknown>)[MATCHER_MODULE_GLOBAL] as MatcherModule | undefined;
  if (!module) throw new Error(`the matcher bundle at ${url} did not load`);
  if (stored !== null) {
    try {
      return module.compile(stored);
    } catch {
      // Published by an older version of the extension: the background compiles (and publishes) a current one.
    }
  }
  return module.compile(await askBackground());
}

async function askBackground(): Promise<string> {
  const reply = (await browser.runtime.sendMessage({ type: 'matcher' })) as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!reply?.ok || typeof reply.value !== 'string') throw new Error(`matcher: ${reply?.error ?? 'no reply from the background'}`);
  return reply.value;
}
